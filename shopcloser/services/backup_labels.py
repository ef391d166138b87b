"""Sheet names, column titles and About texts of the backup workbook, in English.

The window and the command line pass these texts translated (context "Backup"); the
workbook then speaks the merchant's language. Only titles are translated: verify and
restore find sheets and columns by key, so a backup written in Chinese restores on an
English system. The Orders and Items sheets keep the export files' own Chinese headers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from shopcloser.messages import QT_TRANSLATE_NOOP

CONTEXT = "Backup"
Labels = Mapping[str, str]

DEFAULT_LABELS: dict[str, str] = {
    # Sheets
    "sheet.about": QT_TRANSLATE_NOOP("Backup", "About"),
    "sheet.orders": QT_TRANSLATE_NOOP("Backup", "Orders"),
    "sheet.items": QT_TRANSLATE_NOOP("Backup", "Items"),
    "sheet.transactions": QT_TRANSLATE_NOOP("Backup", "Transactions"),
    "sheet.customers": QT_TRANSLATE_NOOP("Backup", "Customers"),
    "sheet.after_sales": QT_TRANSLATE_NOOP("Backup", "After-sales"),
    "sheet.marks": QT_TRANSLATE_NOOP("Backup", "Handling log"),
    "sheet.batches": QT_TRANSLATE_NOOP("Backup", "Import history"),
    "sheet.shops": QT_TRANSLATE_NOOP("Backup", "Shops"),
    "sheet.changes": QT_TRANSLATE_NOOP("Backup", "Undo data"),
    "sheet.inventory": QT_TRANSLATE_NOOP("Backup", "Leftover stock"),
    "sheet.settings": QT_TRANSLATE_NOOP("Backup", "Shop settings"),
    "sheet.manifest": QT_TRANSLATE_NOOP("Backup", "Manifest"),
    # Columns the app adds to orders and items
    "col.status": QT_TRANSLATE_NOOP("Backup", "Status code"),
    "col.handled": QT_TRANSLATE_NOOP("Backup", "Marked handled"),
    "col.blocking_reasons": QT_TRANSLATE_NOOP("Backup", "Blocks closure because"),
    "col.from_items_only": QT_TRANSLATE_NOOP("Backup", "Known only from item report"),
    "col.problems": QT_TRANSLATE_NOOP("Backup", "Cells that could not be read"),
    "col.first_batch_id": QT_TRANSLATE_NOOP("Backup", "First import"),
    "col.last_batch_id": QT_TRANSLATE_NOOP("Backup", "Last import"),
    "col.shop_id": QT_TRANSLATE_NOOP("Backup", "Shop no."),
    "col.item_key": QT_TRANSLATE_NOOP("Backup", "Item key"),
    "col.line_no": QT_TRANSLATE_NOOP("Backup", "Line in order"),
    "col.refund_status": QT_TRANSLATE_NOOP("Backup", "Refund status code"),
    # Transactions, customers, after-sales
    "col.time": QT_TRANSLATE_NOOP("Backup", "Time"),
    "col.order": QT_TRANSLATE_NOOP("Backup", "Order number"),
    "col.sub_order": QT_TRANSLATE_NOOP("Backup", "Sub-order number"),
    "col.kind": QT_TRANSLATE_NOOP("Backup", "Kind"),
    "col.amount": QT_TRANSLATE_NOOP("Backup", "Amount"),
    "col.state": QT_TRANSLATE_NOOP("Backup", "Status"),
    "kind.payment": QT_TRANSLATE_NOOP("Backup", "Payment"),
    "kind.refund": QT_TRANSLATE_NOOP("Backup", "Refund"),
    "col.member": QT_TRANSLATE_NOOP("Backup", "Member name"),
    "col.alipay": QT_TRANSLATE_NOOP("Backup", "Alipay account"),
    "col.receiver": QT_TRANSLATE_NOOP("Backup", "Receiver"),
    "col.phone": QT_TRANSLATE_NOOP("Backup", "Phone"),
    "col.address": QT_TRANSLATE_NOOP("Backup", "Address"),
    "col.order_count": QT_TRANSLATE_NOOP("Backup", "Orders"),
    "col.total_paid": QT_TRANSLATE_NOOP("Backup", "Total paid"),
    "col.first_order": QT_TRANSLATE_NOOP("Backup", "First order"),
    "col.last_order": QT_TRANSLATE_NOOP("Backup", "Last order"),
    "col.item_title": QT_TRANSLATE_NOOP("Backup", "Item"),
    "col.refund_text": QT_TRANSLATE_NOOP("Backup", "Refund status"),
    "col.refund_amount": QT_TRANSLATE_NOOP("Backup", "Refund amount"),
    "col.paid_amount": QT_TRANSLATE_NOOP("Backup", "Paid"),
    "col.order_status": QT_TRANSLATE_NOOP("Backup", "Order status"),
    # Handling log
    "col.mark.id": QT_TRANSLATE_NOOP("Backup", "No."),
    "col.mark.order_id": QT_TRANSLATE_NOOP("Backup", "Order number"),
    "col.mark.kind": QT_TRANSLATE_NOOP("Backup", "Entry"),
    "col.mark.action": QT_TRANSLATE_NOOP("Backup", "Action"),
    "col.mark.note": QT_TRANSLATE_NOOP("Backup", "Note"),
    "col.mark.by": QT_TRANSLATE_NOOP("Backup", "By"),
    "col.mark.at": QT_TRANSLATE_NOOP("Backup", "Time"),
    # Import history
    "col.batch.id": QT_TRANSLATE_NOOP("Backup", "Import"),
    "col.batch.started_at": QT_TRANSLATE_NOOP("Backup", "Started"),
    "col.batch.finished_at": QT_TRANSLATE_NOOP("Backup", "Finished"),
    "col.batch.undone_at": QT_TRANSLATE_NOOP("Backup", "Undone"),
    "col.batch.orders_added": QT_TRANSLATE_NOOP("Backup", "Orders added"),
    "col.batch.orders_updated": QT_TRANSLATE_NOOP("Backup", "Orders updated"),
    "col.batch.orders_removed": QT_TRANSLATE_NOOP("Backup", "Orders removed"),
    "col.batch.items_added": QT_TRANSLATE_NOOP("Backup", "Items added"),
    "col.batch.items_updated": QT_TRANSLATE_NOOP("Backup", "Items updated"),
    "col.batch.flagged_rows": QT_TRANSLATE_NOOP("Backup", "Rows to review"),
    "col.file.no": QT_TRANSLATE_NOOP("Backup", "File no."),
    "col.file.name": QT_TRANSLATE_NOOP("Backup", "File"),
    "col.file.kind": QT_TRANSLATE_NOOP("Backup", "Report"),
    "col.file.rows": QT_TRANSLATE_NOOP("Backup", "Rows in file"),
    "col.file.sha256": QT_TRANSLATE_NOOP("Backup", "File SHA-256"),
    "col.file.json": QT_TRANSLATE_NOOP("Backup", "File details"),
    # Shops and undo data
    "col.shop.id": QT_TRANSLATE_NOOP("Backup", "Shop no."),
    "col.shop.platform_shop_id": QT_TRANSLATE_NOOP("Backup", "Shop ID"),
    "col.shop.name": QT_TRANSLATE_NOOP("Backup", "Shop name"),
    "col.change.id": QT_TRANSLATE_NOOP("Backup", "No."),
    "col.change.batch_id": QT_TRANSLATE_NOOP("Backup", "Import"),
    "col.change.table_name": QT_TRANSLATE_NOOP("Backup", "Table"),
    "col.change.row_key": QT_TRANSLATE_NOOP("Backup", "Row key"),
    "col.change.before": QT_TRANSLATE_NOOP("Backup", "Before the import"),
    "col.stock.id": QT_TRANSLATE_NOOP("Backup", "No."),
    "col.stock.sku": QT_TRANSLATE_NOOP("Backup", "Merchant code (SKU)"),
    "col.stock.title": QT_TRANSLATE_NOOP("Backup", "Item"),
    "col.stock.quantity": QT_TRANSLATE_NOOP("Backup", "Units left"),
    "col.stock.disposition": QT_TRANSLATE_NOOP("Backup", "What happens to it"),
    "col.stock.note": QT_TRANSLATE_NOOP("Backup", "Note"),
    "col.stock.source": QT_TRANSLATE_NOOP("Backup", "Came from"),
    "col.stock.updated_by": QT_TRANSLATE_NOOP("Backup", "Changed by"),
    "col.stock.updated_at": QT_TRANSLATE_NOOP("Backup", "Changed at"),
    "col.setting.key": QT_TRANSLATE_NOOP("Backup", "Setting"),
    "col.setting.value": QT_TRANSLATE_NOOP("Backup", "Value"),
    # Progress
    "progress.writing": QT_TRANSLATE_NOOP("Backup", "Writing {sheet}…"),
    "progress.compressing": QT_TRANSLATE_NOOP("Backup", "Compressing the workbook…"),
    "progress.checking": QT_TRANSLATE_NOOP("Backup", "Checking {sheet}…"),
    "progress.encrypting": QT_TRANSLATE_NOOP("Backup", "Encrypting the workbook…"),
    "progress.restoring": QT_TRANSLATE_NOOP("Backup", "Restoring {sheet}…"),
    "progress.purging": QT_TRANSLATE_NOOP("Backup", "Removing personal data…"),
    "progress.wiping": QT_TRANSLATE_NOOP("Backup", "Wiping freed space in the data file…"),
    # Manifest
    "col.manifest.title": QT_TRANSLATE_NOOP("Backup", "Sheet"),
    "col.manifest.key": QT_TRANSLATE_NOOP("Backup", "Contents"),
    "col.manifest.part": QT_TRANSLATE_NOOP("Backup", "Part"),
    "col.manifest.rows": QT_TRANSLATE_NOOP("Backup", "Rows"),
    "col.manifest.sha256": QT_TRANSLATE_NOOP("Backup", "SHA-256 of the contents"),
    # About
    "about.heading": QT_TRANSLATE_NOOP("Backup", "ShopCloser backup"),
    "about.what": QT_TRANSLATE_NOOP("Backup", "What"),
    "about.value": QT_TRANSLATE_NOOP("Backup", "Details"),
    "about.shops": QT_TRANSLATE_NOOP("Backup", "Shop"),
    "about.written": QT_TRANSLATE_NOOP("Backup", "Written"),
    "about.version": QT_TRANSLATE_NOOP("Backup", "ShopCloser version"),
    "about.copy": QT_TRANSLATE_NOOP("Backup", "Copy"),
    "about.full": QT_TRANSLATE_NOOP(
        "Backup",
        "Full copy with buyers' personal data. Keep it protected with a password, "
        "somewhere safe and offline.",
    ),
    "about.masked": QT_TRANSLATE_NOOP(
        "Backup",
        "Masked copy for staff and accountants: buyers' names, phones, addresses and "
        "Alipay accounts are masked. It cannot be restored.",
    ),
    "about.check": QT_TRANSLATE_NOOP(
        "Backup",
        "The Manifest sheet lists each sheet's rows and checksum; Verify in ShopCloser "
        "checks them. Changing this workbook makes Verify fail.",
    ),
    "about.times": QT_TRANSLATE_NOOP(
        "Backup", "Times are the shop's local time, as in the seller centre's exports."
    ),
    "desc.orders": QT_TRANSLATE_NOOP(
        "Backup",
        "Every order, with every column of your export files under its original header, "
        "plus its status code and what ShopCloser recorded.",
    ),
    "desc.items": QT_TRANSLATE_NOOP(
        "Backup", "Every item (sub-order) with its refund status, under the original headers."
    ),
    "desc.transactions": QT_TRANSLATE_NOOP(
        "Backup", "Payments and refunds: time, order, amount and kind."
    ),
    "desc.customers": QT_TRANSLATE_NOOP(
        "Backup",
        "One row per buyer: member name, Alipay account, receiver, phone, address, number "
        "of orders, total paid, first and last order.",
    ),
    "desc.after_sales": QT_TRANSLATE_NOOP(
        "Backup", "Items with a refund or return, whatever its state."
    ),
    "desc.marks": QT_TRANSLATE_NOOP(
        "Backup", "Every time an order was marked handled (or the mark undone), by whom."
    ),
    "desc.inventory": QT_TRANSLATE_NOOP(
        "Backup",
        "Stock left when the shop closes: each SKU, how much is left and what happens to it.",
    ),
    "desc.settings": QT_TRANSLATE_NOOP(
        "Backup",
        "This shop's settings in ShopCloser: the closure steps ticked, the after-sales days.",
    ),
    "desc.batches": QT_TRANSLATE_NOOP(
        "Backup", "Each import: when, which files (with their checksums), what changed."
    ),
    "desc.shops": QT_TRANSLATE_NOOP("Backup", "The shops the orders belong to."),
    "desc.changes": QT_TRANSLATE_NOOP(
        "Backup", "What each import overwrote, so that it can still be undone after a restore."
    ),
    "desc.manifest": QT_TRANSLATE_NOOP("Backup", "Rows and checksum of every sheet, for Verify."),
}


def translated_labels(translate: Callable[[str, str], str]) -> dict[str, str]:
    """All labels passed through ``translate(context, text)`` (Qt's translate)."""
    return {key: translate(CONTEXT, text) for key, text in DEFAULT_LABELS.items()}


def label(labels: Labels, key: str) -> str:
    """A label, falling back to the English default."""
    return labels.get(key) or DEFAULT_LABELS.get(key, key)
