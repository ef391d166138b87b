"""Why a file cannot be imported, in the merchant's words, and what to do about it.

Each function returns the ``UserError`` to raise. The texts are marked for translation and
do not name the file ("this file"): the import service names the file it was opening or
reading in the refusal (``messages.naming_file``), shown in a line above the text.
"""

from __future__ import annotations

import errno

from shopcloser.formats.report import ReportKind
from shopcloser.messages import QT_TRANSLATE_NOOP, PasswordRequired, UserError, WrongPassword

_EXPORT_AGAIN = "卖家中心 → 已卖出的宝贝 → 批量导出"


def empty_file() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file is empty. Export the report again from the seller centre ({where}) "
            "and wait until the download has finished before importing it.",
        ),
        where=_EXPORT_AGAIN,
    )


def broken_download() -> UserError:
    """A file holding a run of NUL bytes, at its end or after the start of a report: what
    a download (or copy) that broke off may leave (see ``opening``)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file is incomplete: part of it was never downloaded (it holds only empty "
            "bytes there), as happens when a download is interrupted. Nothing was imported "
            "from it. Export the report again from the seller centre ({where}), wait until "
            "the download has finished, then import the new file.",
        ),
        where=_EXPORT_AGAIN,
    )


def no_rows() -> UserError:
    """A report with its header row and nothing below: an export of a period without
    orders, or a download that stopped right after its first line."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This report has its header row but no rows below it, so it holds no order to "
            "import. Check the period you chose when exporting it, then export the report "
            "again from the seller centre ({where}) and import the new file. If the shop "
            "had no orders in that period, leave this file out.",
        ),
        where=_EXPORT_AGAIN,
    )


def no_readable_order(column: str) -> UserError:
    """A report none of whose rows has an order number that can be read (each is empty,
    or a text such as a summary line): importing it would add nothing and say so
    nowhere but in a list of flagged rows."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "No row of this file has an order number that can be read (column {column}), "
            "so it holds no order to import: it may be another kind of report, or its "
            "order numbers were removed or changed after it was downloaded. Check that it "
            "is the order report (订单报表) or the item report (宝贝报表), then export it "
            "again from the seller centre ({where}) and import the downloaded file as it "
            "is.",
        ),
        column=column,
        where=_EXPORT_AGAIN,
    )


def row_without_order_number(row: int, column: str) -> UserError:
    """A row that holds an order or an item (a status, a refund, a sub-order number) but
    no order number: it cannot be filed under its order, and leaving it out could hide an
    order that still blocks closing."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of this file holds an order or an item but no order number that can "
            "be read (column {column}), so it cannot be filed under its order. Nothing was "
            "imported from it. Cells merged or cleared in Excel or WPS leave order numbers "
            "out like this: export the report again from the seller centre ({where}) and "
            "import the downloaded file as it is.",
        ),
        row=row,
        column=column,
        where=_EXPORT_AGAIN,
    )


def header_repeated(row: int, column: str) -> UserError:
    """A second header row below the first: two exports joined into one file (with
    ``copy /b`` or by pasting one below the other)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of this file repeats the header row ({column}, 订单状态 …): two exports "
            "were probably joined into one file. Import the exports as they were downloaded, "
            "each as its own file (several files can be chosen at once).",
        ),
        row=row,
        column=column,
    )


def not_a_spreadsheet() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file is not a spreadsheet (CSV or Excel xlsx), so it cannot be an order "
            "report. Choose the order report (订单报表) or the item report (宝贝报表) you "
            "downloaded from the seller centre ({where}).",
        ),
        where=_EXPORT_AGAIN,
    )


def other_spreadsheet() -> UserError:
    """An OpenDocument (LibreOffice, OpenOffice) or Apple Numbers file: a spreadsheet, but
    never one the seller centre exports."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is a LibreOffice, OpenOffice or Apple Numbers spreadsheet, not a file the "
            "seller centre exports (saving a report in another program can also damage its "
            "order numbers). Import the CSV or Excel xlsx file downloaded from the seller "
            "centre ({where}) as it is.",
        ),
        where=_EXPORT_AGAIN,
    )


def old_excel_format() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is an old-format Excel file (.xls). The seller centre never makes these, "
            "and saving a report in Excel damages its order numbers. Export the report "
            "again from the seller centre ({where}) and import the downloaded file as it "
            "is.",
        ),
        where=_EXPORT_AGAIN,
    )


def damaged_workbook() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file is damaged or incomplete (perhaps the download was cut short), "
            "so it cannot be read. Download the report again from the seller centre "
            "({where}) and import the new file.",
        ),
        where=_EXPORT_AGAIN,
    )


def password_required() -> PasswordRequired:
    return PasswordRequired(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file is protected with a password. Enter the password you set "
            "for it to import it.",
        )
    )


def wrong_password() -> WrongPassword:
    return WrongPassword(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The password does not open this Excel file. Check it (capital letters count) "
            "and try again, or export the report again from the seller centre without a "
            "password.",
        )
    )


def web_page() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file is a web page (HTML) under a spreadsheet's name, not a report the "
            "seller centre exported. Export the order report (订单报表) or the item report "
            "(宝贝报表) from the seller centre ({where}) and import the CSV or xlsx file as "
            "it was downloaded.",
        ),
        where=_EXPORT_AGAIN,
    )


def semicolons() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file separates its columns with semicolons (;), not commas: a program set "
            "up for another country saved it again. Export the report again from the seller "
            "centre ({where}) and import the downloaded file as it is.",
        ),
        where=_EXPORT_AGAIN,
    )


def garbled_text() -> UserError:
    """No header row, and the first rows read like an export's Chinese text garbled by a
    program that opened it with the wrong character set (see ``garbled``)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The Chinese text in this file is garbled: another program opened the report "
            "with the wrong character set and saved it again, so its column names (such as "
            "订单编号) can no longer be read. The garbling cannot be undone safely. Import "
            "the file exactly as it was downloaded, or export the report again from the "
            "seller centre ({where}). To look at a report in another program, open a copy.",
        ),
        where=_EXPORT_AGAIN,
    )


def no_id_column() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file has no order number column, so it is not an order report the app "
            "can read. Expected the order report (订单报表, with a 订单编号 column) or the "
            "item report (宝贝报表, with 订单编号, or 子订单编号 and 主订单编号). Export them "
            "from the seller centre ({where}) and import the files as they were "
            "downloaded.",
        ),
        where=_EXPORT_AGAIN,
    )


def no_link_column() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This item report has no 主订单编号 or 订单编号 column, so its items cannot be "
            "matched to their orders. Export the item report (宝贝报表) again from the "
            "seller centre ({where}) and import it as it was downloaded.",
        ),
        where=_EXPORT_AGAIN,
    )


def a_backup_workbook() -> UserError:
    """A backup ShopCloser wrote, chosen to import: its sheets of orders and items
    were refused as pasted together, which sent the merchant the wrong way."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file is a ShopCloser backup, not a report exported from the seller "
            "centre. To bring a backup back, use Restore from a backup… on the Data "
            "backup tab (command line: shopcloser restore), into a new, empty data file.",
        )
    )


def orders_on_several_sheets(sheets: list[str]) -> UserError:
    """A workbook with a header row of orders or items on more than one sheet: only one
    sheet of a file is read, and the others' orders would be missing without a word."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file has orders on more than one sheet ({sheets}), but only one "
            "sheet of a file can be imported, so orders on the others would be missing. "
            "Nothing was imported from it. Import the reports as the seller centre "
            "exported them ({where}), one file each; if you put the sheets together "
            "yourself, move each sheet into a workbook of its own and import those.",
        ),
        sheets=[f"“{name}”" for name in sheets],
        where=_EXPORT_AGAIN,
    )


def no_status_column(kind: ReportKind) -> UserError:
    """A file with order numbers but no 订单状态: a refund report, a list of order ids."""
    if kind is ReportKind.ITEMS:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This file has no order status column (订单状态), so it is not the item "
                "report (宝贝报表) of the seller centre, and importing it would wipe the "
                "status of the items it names. Nothing was imported from it. Export the "
                "item report from the seller centre ({where}) and import it as it was "
                "downloaded.",
            ),
            where=_EXPORT_AGAIN,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file has order numbers but no order status column (订单状态), so it is "
            "not the order report (订单报表) of the seller centre: it may be a refund "
            "report or a list of order numbers, and importing it would wipe the status of "
            "the orders it names. Nothing was imported from it. Export the order report "
            "from the seller centre ({where}) and import it as it was downloaded.",
        ),
        where=_EXPORT_AGAIN,
    )


def zip_bomb() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file unpacks to far more data than any seller-centre export (it "
            'looks like a "zip bomb"); opening it could exhaust the computer\'s memory, so '
            "it was not read. Import the report as downloaded from the seller centre "
            "({where}).",
        ),
        where=_EXPORT_AGAIN,
    )


def too_much_text_held() -> UserError:
    # The seller centre writes its texts inside the sheet; a workbook saved again by Excel
    # keeps them in one part that a reader must hold whole (xlsx_safety.MAX_HELD).
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file keeps more text in one place than ShopCloser can read safely, "
            "so it was not read. The seller centre's own exports never do this, but a "
            "workbook saved again in Excel or another program can. Import the report as "
            "downloaded from the seller centre ({where}); for a very large shop, export "
            "shorter periods and import the files together.",
        ),
        where=_EXPORT_AGAIN,
    )


def too_many_parts(count: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file is made of {count} parts, far more than any seller-centre "
            "export, so it was not read. Import the report as downloaded from the seller "
            "centre ({where}).",
        ),
        count=count,
        where=_EXPORT_AGAIN,
    )


def huge_sheet(cells: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A sheet in this Excel file claims to span {cells} cells, far more than it "
            "really holds; reading it could exhaust the computer's memory, so it was not "
            "read. Import the report as downloaded from the seller centre ({where}), not "
            "a copy changed by another program.",
        ),
        cells=f"{cells:,}",
        where=_EXPORT_AGAIN,
    )


def xml_entities() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file contains instructions (XML entity declarations) that no "
            "seller-centre export has and that can be used to attack the computer, so it "
            "was not read. Import the report as downloaded from the seller centre "
            "({where}).",
        ),
        where=_EXPORT_AGAIN,
    )


def damaged_row(row: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of this file cannot be read (the file looks damaged or is not a "
            "seller-centre report). Nothing was imported from it. Download the report "
            "again from the seller centre ({where}) and import the new file.",
        ),
        row=row,
        where=_EXPORT_AGAIN,
    )


def text_too_long(row: int, column: str, length: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of this file holds a text of {length} characters (column {column}), "
            "more than a spreadsheet cell can hold (32,767), so the file cannot be a "
            "seller-centre report as downloaded. Nothing was imported from it. Download the "
            "report again from the seller centre ({where}) and import the new file.",
        ),
        row=row,
        column=column,
        length=length,
        where=_EXPORT_AGAIN,
    )


def text_far_too_long(row: int) -> UserError:
    """A CSV field past the csv module's limit (131,072 characters): its length and column
    are not known, only that it is far more than a cell holds."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of this file holds a text far longer than a spreadsheet cell can hold "
            "(32,767 characters), so the file cannot be a seller-centre report as downloaded. "
            "Nothing was imported from it. Download the report again from the seller centre "
            "({where}) and import the new file.",
        ),
        row=row,
        where=_EXPORT_AGAIN,
    )


def row_far_too_large() -> UserError:
    """A CSV row with over a million cells or over 16 MB of text (see
    :mod:`shopcloser.formats.csv_bounds`): found on the bytes, so its row number is not
    known (line breaks inside cells make lines and rows differ)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A row of this file is far larger than any row of a seller-centre report: it "
            "holds more than a million cells or more than 16 MB of text (a damaged file, or "
            "a quote mark that was never closed, does that). Reading it could exhaust the "
            "computer's memory, so nothing was imported from it. Download the report again "
            "from the seller centre ({where}) and import the new file as it is.",
        ),
        where=_EXPORT_AGAIN,
    )


def damaged_rows_from(row: int) -> UserError:
    """A workbook whose sheet stops decoding around ``row``: a stream finishes a row only
    once it has read the start of the next, so the damage may be in the row after."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file cannot be read from row {row} on (the file looks damaged or is not a "
            "seller-centre report). Nothing was imported from it. Download the report "
            "again from the seller centre ({where}) and import the new file.",
        ),
        row=row,
        where=_EXPORT_AGAIN,
    )


def rows_out_of_order(row: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "In this file, row {row} comes after a row with the same or a higher number, so "
            "rows would be lost or misplaced when it is read: another program has changed "
            "the file since it was downloaded. Nothing was imported from it. Download the "
            "report again from the seller centre ({where}) and import the new file as it "
            "is.",
        ),
        row=row,
        where=_EXPORT_AGAIN,
    )


def mixed_encoding() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Part of this file's text cannot be read: it mixes character encodings, as "
            "happens when files are pasted together. Nothing was imported from it. Import "
            "the reports as downloaded from the seller centre ({where}), one file each.",
        ),
        where=_EXPORT_AGAIN,
    )


def file_changed() -> UserError:
    """The file is not as long as when it was checked: another program wrote to it,
    emptied it or replaced it while the import ran."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file changed while it was being imported: another program (a browser "
            "still downloading it, a sync tool, an editor) wrote to it, emptied it or "
            "replaced it. Nothing was imported from it. Wait until that program has "
            "finished with the file, then import it again.",
        )
    )


def not_allowed() -> UserError:
    """The system refused to let us read the file (PermissionError): its own text for that
    would reach the merchant untranslated."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file cannot be opened: ShopCloser is not allowed to read it, or another "
            "program (Excel, for one) keeps it locked. Close it in that program, or copy it "
            "to your Documents folder, then try again.",
        )
    )


def cannot_read(error: OSError) -> UserError:
    """The refusal for a file the system will not let us open or read. The system's own
    text for the error is in English whatever the merchant's language: the common
    causes get a message of their own, the others one that says what to check."""
    if isinstance(error, PermissionError):
        return not_allowed()
    if error.errno == errno.EIO:
        return read_error()
    return unreadable()


def read_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file cannot be read: the disk, USB stick or network drive it is on "
            "reports an error. Copy the file to your computer (your Documents folder, "
            "say) or download it again, then import the copy.",
        )
    )


def unreadable() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file cannot be opened. Check that it is still there and not open in "
            "another program, then try again.",
        )
    )


def xml_defences_off(setting: str) -> UserError:
    """openpyxl would parse XML without defusedxml: checked at start-up, not per file."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "ShopCloser's protection against malicious Excel files is switched off or "
            "missing, so ShopCloser does not start. If the environment variable {setting} "
            "is set, remove it: it switches the protection off. Otherwise reinstall "
            "ShopCloser: a part of it (defusedxml) is missing.",
        ),
        setting=setting,
    )
