<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../shopcloser/ui/dialogs/about_dialog.py" line="15"/>
        <source>About ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/about_dialog.py" line="19"/>
        <source>Helps you close a Taobao or Tmall shop, or switch off its order insurance, without leaving an order unfinished and without losing or leaking data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/about_dialog.py" line="29"/>
        <source>&lt;p&gt;&lt;b&gt;Components&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} and PySide6 {pyside} are used under the GNU LGPL version 3. You may obtain their source code from https://download.qt.io and replace the Qt libraries in the installation folder with your own build.&lt;/p&gt;&lt;p&gt;SQLAlchemy and Alembic (MIT), openpyxl (MIT), python-calamine (MIT), platformdirs (MIT), msoffcrypto-tool (MIT), defusedxml (PSF) and Python (PSF).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../shopcloser/ui/tabs/backup.py" line="16"/>
        <source>Closing the shop deletes its orders on the platform for good. Keep a backup workbook of your orders, buyers and after-sales records before you close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../shopcloser/ui/dialogs/error_dialog.py" line="22"/>
        <source>ShopCloser hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/error_dialog.py" line="25"/>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. The details are also in the log file {log}; please send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/error_dialog.py" line="35"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../shopcloser/ui/errors.py" line="17"/>
        <source>ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../shopcloser/ui/dialogs/guide_dialog.py" line="24"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="38"/>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="40"/>
        <source>Seller centre exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="50"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="51"/>
        <source>An import is already running. Wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="59"/>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="61"/>
        <source>{name} is protected with a password. Enter it to import the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="77"/>
        <source>Importing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="109"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="122"/>
        <source>Import in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/import_flow.py" line="123"/>
        <source>An import is still running. Stop it and close? Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="38"/>
        <source>ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="47"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="48"/>
        <source>Order reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="49"/>
        <source>Data backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="65"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="67"/>
        <source>&amp;Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="70"/>
        <source>&amp;Export backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="75"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="88"/>
        <source>&amp;Find order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="95"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="98"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="100"/>
        <source>&amp;About ShopCloser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/main_window.py" line="160"/>
        <source>Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../shopcloser/formats/cleaning.py" line="40"/>
        <source>The order numbers in this file were damaged by Excel (column {column} shows {value} instead of the full number), so orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="17"/>
        <source>The file is empty. Export the report again from the seller centre ({where}) and wait until the download has finished before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="28"/>
        <source>This file is not a spreadsheet (CSV or Excel xlsx), so it cannot be an order report. Choose the order report (订单报表) or the item report (宝贝报表) you downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="40"/>
        <source>This is an old-format Excel file (.xls). The seller centre never makes these, and saving a report in Excel damages its order numbers. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="53"/>
        <source>This Excel file is damaged or incomplete (perhaps the download was cut short), so it cannot be read. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="65"/>
        <source>This Excel file is protected with a password. Enter the password you set for it to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="75"/>
        <source>The password does not open this Excel file. Check it (capital letters count) and try again, or export the report again from the seller centre without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="86"/>
        <source>This file has no order number column, so it is not an order report the app can read. Expected the order report (订单报表, with a 订单编号 column) or the item report (宝贝报表, with 订单编号, or 子订单编号 and 主订单编号). Export them from the seller centre ({where}) and import the files as they were downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="100"/>
        <source>This item report has no 主订单编号 or 订单编号 column, so its items cannot be matched to their orders. Export the item report (宝贝报表) again from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="112"/>
        <source>This Excel file unpacks to far more data than any seller-centre export (it looks like a &quot;zip bomb&quot;); opening it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="125"/>
        <source>This Excel file is made of {count} parts, far more than any seller-centre export, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="138"/>
        <source>A sheet in this Excel file claims to span {cells} cells, far more than it really holds; reading it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}), not a copy changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="152"/>
        <source>This Excel file contains instructions (XML entity declarations) that no seller-centre export has and that can be used to attack the computer, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="165"/>
        <source>Row {row} of this file cannot be read (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="178"/>
        <source>Part of this file&apos;s text cannot be read: it mixes character encodings, as happens when files are pasted together. Nothing was imported from it. Import the reports as downloaded from the seller centre ({where}), one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/formats/refusals.py" line="190"/>
        <source>The file cannot be opened ({reason}). Check that it is still there and not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/services/import_writer.py" line="96"/>
        <source>The file {file} lists order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/services/import_writer.py" line="108"/>
        <source>The file {file} lists item {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/services/importing.py" line="105"/>
        <source>The file {path} does not exist or is not a file. Check the name and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/store/database.py" line="100"/>
        <source>The data file {path} could not be opened ({detail}). Choose another file with --db, or move this one away and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/store/database.py" line="111"/>
        <source>The data file {path} was written by a newer version of ShopCloser. Install that version to open it; this version has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/store/database.py" line="122"/>
        <source>The data file {path} needs an upgrade; open it in ShopCloser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/store/lock.py" line="68"/>
        <source>ShopCloser is open on this data file in another window, so it cannot be changed from here. Do this in that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../shopcloser/ui/tabs/orders.py" line="21"/>
        <source>Find an order by number, buyer or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/orders.py" line="24"/>
        <source>No orders yet. Import the order report you exported from the seller centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/orders.py" line="28"/>
        <source>Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="51"/>
        <source>Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="55"/>
        <source>Your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="59"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="60"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="61"/>
        <source>Still blocking closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="62"/>
        <source>Handled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="72"/>
        <source>Before you close the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="80"/>
        <source>ShopCloser ticks this itself from your imported orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="118"/>
        <source>Decide for certain: closing deletes the shop and its data for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="119"/>
        <source>Finish every remaining order (no order still blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="120"/>
        <source>Deal with the stock you still hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="121"/>
        <source>Secure the account: change the password, check for misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="122"/>
        <source>Settle any rule violations on the platform first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="123"/>
        <source>Keep a verified backup of orders, buyers and after-sales records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="124"/>
        <source>Finish after-sales work and disputes (no open refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="125"/>
        <source>Clear the shop&apos;s decoration and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="126"/>
        <source>Tell suppliers, couriers, staff and partners in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="127"/>
        <source>Make sure returns and refunds can still be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="128"/>
        <source>Protect, then delete, buyers&apos; personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="154"/>
        <source>{done} of {total} handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="157"/>
        <source>Start by importing your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="160"/>
        <source>In the seller centre, open 已卖出的宝贝 (items sold), choose 批量导出 (export), and download both the order report and the item report. Then import them here, or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="167"/>
        <source>Not yet: {n} orders still block closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="172"/>
        <source>Open Order reconciliation to see each one and why it blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="175"/>
        <source>No order blocks closing the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/tabs/overview.py" line="178"/>
        <source>Check the remaining steps below before you close the shop on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../shopcloser/ui/dialogs/progress_dialog.py" line="18"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/progress_dialog.py" line="23"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/progress_dialog.py" line="44"/>
        <source>{done} of {total} rows · {speed} rows/s · about {left} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/progress_dialog.py" line="54"/>
        <source>{done} rows · {speed} rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/progress_dialog.py" line="61"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="38"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="49"/>
        <source>e.g. 王小明 (customer service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="52"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="54"/>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Your name (recorded when you mark orders handled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/ui/dialogs/settings_dialog.py" line="66"/>
        <source>After-sales window for finished orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../shopcloser/cli/main.py" line="65"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/main.py" line="68"/>
        <source>Interrupted: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/main.py" line="74"/>
        <source>ShopCloser hit an internal error. Details are in {log}; please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/status_cmd.py" line="23"/>
        <source>Orders: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/status_cmd.py" line="24"/>
        <source>Items: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/status_cmd.py" line="25"/>
        <source>Still blocking closure: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopcloser/cli/status_cmd.py" line="26"/>
        <source>Handled by you: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
