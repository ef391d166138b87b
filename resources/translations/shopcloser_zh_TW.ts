<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Import {id} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {name}: {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items updated: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to review (imported with what could be read): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {file} row {row}: {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order status “{status}” in {n} rows: these orders count as blocking until you check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown refund status “{status}” in {n} rows: these orders count as blocking until you check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly blocking closure: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer blocking: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking closure now: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps you close a Taobao or Tmall shop, or switch off its order insurance, without leaving an order unfinished and without losing or leaking data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Components&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} and PySide6 {pyside} are used under the GNU LGPL version 3. You may obtain their source code from https://download.qt.io and replace the Qt libraries in the installation folder with your own build.&lt;/p&gt;&lt;p&gt;SQLAlchemy and Alembic (MIT), openpyxl (MIT), python-calamine (MIT), platformdirs (MIT), msoffcrypto-tool (MIT), defusedxml (PSF) and Python (PSF).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStockDialog</name>
    <message>
        <source>Add a stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商家编码, e.g. SKU-1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units you still hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks closure because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only from item report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {sheet}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {sheet}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {sheet}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiping freed space in the data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copy with buyers&apos; personal data. Keep it protected with a password, somewhere safe and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants: buyers&apos; names, phones, addresses and Alipay accounts are masked. It cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Manifest sheet lists each sheet&apos;s rows and checksum; Verify in ShopCloser checks them. Changing this workbook makes Verify fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are the shop&apos;s local time, as in the seller centre&apos;s exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order, with every column of your export files under its original header, plus its status code and what ShopCloser recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item (sub-order) with its refund status, under the original headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and refunds: time, order, amount and kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per buyer: member name, Alipay account, receiver, phone, address, number of orders, total paid, first and last order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with a refund or return, whatever its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time an order was marked handled (or the mark undone), by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each import: when, which files (with their checksums), what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops the orders belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each import overwrote, so that it can still be undone after a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows and checksum of every sheet, for Verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Closing the shop deletes its orders on the platform for good. Keep a backup workbook of your orders, buyers and after-sales records before you close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Excel workbook with every order (under your export files&apos; own column names), items, payments and refunds, customers, after-sales and your handling log. It is checked after writing. Keep a password-protected full copy somewhere safe and offline; give staff or accountants a masked copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify reads a backup and checks every sheet against its manifest. Restore brings a full backup back, but only into an empty data file (for example on a new computer): it never mixes with orders already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a verified backup holds your data, you can remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser. Orders, statuses and amounts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge becomes available once a full backup of the data as it is now has been written (or verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified backup: {path} (verified {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders} orders, {items} items, {marks} handling log entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does NOT match its manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this file: use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is intact: {orders} orders, {items} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is older than the data in ShopCloser now (or from another shop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: differs from the data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {name} into this data file? This works only while the data file is empty; the backup is checked first, and nothing is changed if anything does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good?

They will then exist only in the backup
{path}
(verified {when}). Keep that file, and its password, safe. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data removed from {orders} orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept only in the backup {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {n} older copies of the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup step is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file and no data were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser hit a problem; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup step is still running. Stop it and close? Nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ShopCloser hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. The details are also in the log file {log}; please send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the backup with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full backup holds buyers&apos; names, phones and addresses: protect it with a password and keep it somewhere safe. Excel and LibreOffice ask for the password when they open it. ShopCloser does not keep the password: if you lose it, nobody can open the backup.

A masked copy hides buyers&apos; personal data, for sharing; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password, anyone who gets the file can read buyers&apos; personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller centre exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it to import the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Stop it and close? Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were imported with what could be read. Check them in the seller centre; they are marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items added: {added}, updated: {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now blocking closure: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly blocking: {n} · No longer blocking: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to review: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “{text}” on {n} rows: these orders need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {n} order(s) as handled. They stop blocking closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the tracking number, or what you agreed with the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (kept for next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With “Other”, write in the note what you did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The order numbers in this file were damaged by Excel (column {column} shows {value} instead of the full number), so orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Export the report again from the seller centre ({where}) and wait until the download has finished before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a spreadsheet (CSV or Excel xlsx), so it cannot be an order report. Choose the order report (订单报表) or the item report (宝贝报表) you downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old-format Excel file (.xls). The seller centre never makes these, and saving a report in Excel damages its order numbers. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file is damaged or incomplete (perhaps the download was cut short), so it cannot be read. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file is protected with a password. Enter the password you set for it to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this Excel file. Check it (capital letters count) and try again, or export the report again from the seller centre without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no order number column, so it is not an order report the app can read. Expected the order report (订单报表, with a 订单编号 column) or the item report (宝贝报表, with 订单编号, or 子订单编号 and 主订单编号). Export them from the seller centre ({where}) and import the files as they were downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item report has no 主订单编号 or 订单编号 column, so its items cannot be matched to their orders. Export the item report (宝贝报表) again from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file unpacks to far more data than any seller-centre export (it looks like a &quot;zip bomb&quot;); opening it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file is made of {count} parts, far more than any seller-centre export, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet in this Excel file claims to span {cells} cells, far more than it really holds; reading it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}), not a copy changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file contains instructions (XML entity declarations) that no seller-centre export has and that can be used to attack the computer, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of this file cannot be read (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this file&apos;s text cannot be read: it mixes character encodings, as happens when files are pasted together. Nothing was imported from it. Import the reports as downloaded from the seller centre ({where}), one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened ({reason}). Check that it is still there and not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} lists order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} lists item {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist or is not a file. Check the name and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} could not be opened ({detail}). Choose another file with --db, or move this one away and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of ShopCloser. Install that version to open it; this version has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} needs an upgrade; open it in ShopCloser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser is open on this data file in another window, so it cannot be changed from here. Do this in that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} could not be read. Check the name, and save it as plain text with the password on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is empty. Put the password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is empty. Put the workbook&apos;s password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a ShopCloser backup workbook. Choose a file that ShopCloser wrote with Export backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be read. Use another copy of the backup, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} was written by a newer version of ShopCloser. Install that version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a stock list. Save it as CSV or Excel (.xlsx) with a header row, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock list has no SKU column. Give the column of codes a header such as 商家编码 or SKU (and optionally 标题 and 数量), then choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the stock list has the quantity “{value}”, which is not a whole number of 0 or more. Correct it, then choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock list is too large (more than {lines} rows or 50 MB). Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is protected with a password. Give the password to open it (in the command line: --password-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for {name} is not correct. Check it (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be read ({detail}). Check the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text in the data is {length} characters long; a spreadsheet cell holds at most 32,767. Please report this to support with the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to write the backup. Free some space or choose another drive, then try again. No backup file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser cannot write in the folder {folder}. Choose another folder (for example your Documents folder or a USB drive) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is open in another program (such as Excel). Close it there, or choose another file name, and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check the drive and the folder, or choose another place, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the backup inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty. Choose a password to protect the backup with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not match the data when it was read back (sheets: {sheets}), so it was not saved. Check the drive, then try again or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number {id}. The list of imports shows the numbers you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id} cannot be undone yet: import {latest} was made after it. Undo the newer imports first, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SKU (商家编码) of the stock item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SKU can be at most {limit} characters long; shorten “{sku}…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity cannot be below 0. Enter how many units you still hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU {sku} is listed already. Change its quantity in the list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one stock item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These SKUs are not in the stock list: {skus}. Add them first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} order number(s) are not in your data: {ids}. Check the numbers, or import the export that contains them first. No order was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} order number(s) are not in your data: {ids}. Check the numbers. No mark was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was given. Choose at least one order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” is not a way of handling an order. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup of the data as it is now, so personal data was not removed. Export a backup (not a masked copy) first; then purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is no longer the file ShopCloser wrote and verified (it was moved, changed or deleted), so personal data was not removed. Export a new backup first; then purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data was removed, but the old bytes could not yet be wiped from the data file because another program is reading it. Close other ShopCloser windows and run Purge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as {path} ({reason}). If the file is open in Excel, close it; otherwise choose another folder with enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty data file, and this one already holds orders or imports. Start ShopCloser with a new data file (--db NEW.db, or move the current one away) and restore there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a masked copy for sharing: buyers&apos; details in it are masked, so it cannot be restored. Restore the full backup instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not match its manifest (sheets: {sheets}): it was changed or damaged after it was written, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} lacks sheets that a restore needs, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Mark handled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this buyer&apos;s full name, phone and address (only on this screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, but still inside the after-sales window: the buyer can still ask for a refund. It does not block closing the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order does not block closing the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled: {action}, by {who} on {when}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>Waiting for the buyer to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Alipay payment created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, waiting for you to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped, waiting for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for (cash on delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment being confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, shipping not allowed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund asked, waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the buyer to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned, waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You refused the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund state not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not finished: it is unpaid, not yet shipped, or not yet received. Ship it, or agree with the buyer to cancel it, and wait until the platform shows it finished or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export shows a status ShopCloser does not know. Look the order up in the seller centre and handle it as the platform shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A buyer has asked for a refund or a return that is not settled yet. Agree, refuse with a reason, or confirm the returned goods in the seller centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item shows a refund state ShopCloser does not know. Look the refund up in the seller centre and settle it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your orders first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: orders still block closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost: no order blocks, a few things need care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: nothing stands in the way of closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders that blocked closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, still inside after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the shop close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders still blocking, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the marks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock items still needing a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} — {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Find an order by number, buyer or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet. Import the order report you exported from the seller centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo their marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected orders block again if still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, in after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any refund state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any open refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order blocks closing the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches. Try another filter or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {n} order(s) handled ({action}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last marking was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the marks of {n} order(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were not marked handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you close the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser ticks this itself from your imported orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide for certain: closing deletes the shop and its data for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish every remaining order (no order still blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal with the stock you still hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure the account: change the password, check for misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle any rule violations on the platform first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a verified backup of orders, buyers and after-sales records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish after-sales work and disputes (no open refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the shop&apos;s decoration and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell suppliers, couriers, staff and partners in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure returns and refunds can still be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect, then delete, buyers&apos; personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by importing your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the seller centre, open 已卖出的宝贝 (items sold), choose 批量导出 (export), and download both the order report and the item report. Then import them here, or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: {n} orders still block closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Order reconciliation to see each one and why it blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order blocks closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the remaining steps below before you close the shop on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows · {speed} rows/s · about {left} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} rows · {speed} rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders that blocked closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks log only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders} orders · {blocking} still block · {handled} handled by you · {watch} finished but inside after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} finished orders still inside after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stock items without a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you close, see to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王小明 (customer service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded when you mark orders handled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales window for finished orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Before you close, decide what happens to the stock you still hold: sell it off, return it to the supplier, write it off, or keep it. ShopCloser lists the SKUs (商家编码) from your item reports; enter how many units you still hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SKUs from my orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold none of the selected SKUs any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skus} SKUs · {undecided} need a decision · {units} units still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units of {n} SKU(s) do you still hold?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopCloser hit an internal error. Details are in {log}; please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blocking closure: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by you: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: {orders}, items: {items}, handling log entries: {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked. It cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} in ShopCloser now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: differs from the data in ShopCloser now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup matches its manifest: {orders} orders, {items} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {orders} orders, {items} items, {marks} handling log entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good. They stay only in the backup {path} (verified {when}). To go ahead, run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data removed from {orders} orders. It is kept in the backup {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {n} older copies of the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders removed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders put back as they were: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items removed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items put back as they were: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {n} orders handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them were already handled; their earlier marks stay in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the handled-marks of {n} orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orders were not marked handled; they were left as they were: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
