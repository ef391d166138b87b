<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ShopCloser</source>
        <translation>關於 ShopCloser</translation>
    </message>
    <message>
        <source>Helps you close a Taobao or Tmall shop, or switch off its order insurance, without leaving an order unfinished and without losing or leaking data.</source>
        <translation>幫您關閉淘寶或天貓店鋪，或關閉店鋪的訂單險，不留下未完成的訂單，也不會遺失或外洩資料。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Components&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} and PySide6 {pyside} are used under the GNU LGPL version 3. You may obtain their source code from https://download.qt.io and replace the Qt libraries in the installation folder with your own build.&lt;/p&gt;&lt;p&gt;SQLAlchemy and Alembic (MIT), openpyxl (MIT), python-calamine-plus (MIT), platformdirs (MIT), msoffcrypto-tool (MIT), defusedxml (PSF) and Python (PSF).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;第三方元件&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} 和 PySide6 {pyside} 依據 GNU LGPL 第 3 版使用。您可以從 https://download.qt.io 取得它們的原始碼，並用您自己編譯的版本替換安裝資料夾中的 Qt 函式庫。&lt;/p&gt;&lt;p&gt;SQLAlchemy 和 Alembic（MIT）、openpyxl（MIT）、python-calamine-plus（MIT）、platformdirs（MIT）、msoffcrypto-tool（MIT）、defusedxml（PSF）以及 Python（PSF）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddStockDialog</name>
    <message>
        <source>Add a stock item</source>
        <translation>新增庫存商品</translation>
    </message>
    <message>
        <source>商家编码, e.g. SKU-1001</source>
        <translation>商家編碼，例如 SKU-1001</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家編碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Units you still hold</source>
        <translation>剩餘件數</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>About</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易記錄</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售後</translation>
    </message>
    <message>
        <source>Handling log</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Undo data</source>
        <translation>復原匯入所需資料</translation>
    </message>
    <message>
        <source>Leftover stock</source>
        <translation>剩餘庫存</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>店鋪設定</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>驗證清單</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>狀態碼</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>已標記處理</translation>
    </message>
    <message>
        <source>Blocks closure because</source>
        <translation>阻礙關店的原因</translation>
    </message>
    <message>
        <source>Known only from item report</source>
        <translation>僅見於寶貝報表</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>無法讀取的儲存格</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>首次匯入編號</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最近匯入編號</translation>
    </message>
    <message>
        <source>Shop no.</source>
        <translation>店鋪序號</translation>
    </message>
    <message>
        <source>Item key</source>
        <translation>商品識別碼</translation>
    </message>
    <message>
        <source>Line in order</source>
        <translation>訂單內序號</translation>
    </message>
    <message>
        <source>Refund status code</source>
        <translation>退款狀態碼</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Sub-order number</source>
        <translation>子訂單編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>買家會員名</translation>
    </message>
    <message>
        <source>Alipay account</source>
        <translation>支付寶帳號</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>累計實付金額</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下單</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下單</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>退款狀態</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金額</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>實付金額</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>訂單狀態</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記錄類型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入編號</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>復原時間</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>更新訂單</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除訂單</translation>
    </message>
    <message>
        <source>Items added</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Items updated</source>
        <translation>更新商品</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>待核對列數</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>檔案序號</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表類型</translation>
    </message>
    <message>
        <source>Rows in file</source>
        <translation>檔案列數</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>檔案 SHA-256 檢查碼</translation>
    </message>
    <message>
        <source>File details</source>
        <translation>檔案詳情</translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation>店鋪 ID</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店鋪名稱</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Row key</source>
        <translation>列識別碼</translation>
    </message>
    <message>
        <source>Before the import</source>
        <translation>匯入前的內容</translation>
    </message>
    <message>
        <source>Merchant code (SKU)</source>
        <translation>商家編碼</translation>
    </message>
    <message>
        <source>Units left</source>
        <translation>剩餘件數</translation>
    </message>
    <message>
        <source>What happens to it</source>
        <translation>處理去向</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>設定值</translation>
    </message>
    <message>
        <source>Writing {sheet}…</source>
        <translation>正在寫入「{sheet}」…</translation>
    </message>
    <message>
        <source>Compressing the workbook…</source>
        <translation>正在壓縮活頁簿…</translation>
    </message>
    <message>
        <source>Checking {sheet}…</source>
        <translation>正在驗證「{sheet}」…</translation>
    </message>
    <message>
        <source>Encrypting the workbook…</source>
        <translation>正在加密活頁簿…</translation>
    </message>
    <message>
        <source>Restoring {sheet}…</source>
        <translation>正在還原「{sheet}」…</translation>
    </message>
    <message>
        <source>Removing personal data…</source>
        <translation>正在清除個人資料…</translation>
    </message>
    <message>
        <source>Wiping freed space in the data file…</source>
        <translation>正在抹除資料檔案中空出的空間…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>SHA-256 of the contents</source>
        <translation>內容的 SHA-256 檢查碼</translation>
    </message>
    <message>
        <source>ShopCloser backup</source>
        <translation>ShopCloser 備份</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>寫入時間</translation>
    </message>
    <message>
        <source>ShopCloser version</source>
        <translation>ShopCloser 版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本類型</translation>
    </message>
    <message>
        <source>Full copy with buyers&apos; personal data. Keep it protected with a password, somewhere safe and offline.</source>
        <translation>完整副本，含買家個人資料。請用密碼保護，並離線存放在安全的地方。</translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants: buyers&apos; names, phones, addresses and Alipay accounts are masked. It cannot be restored.</source>
        <translation>供員工和會計使用的遮蔽副本：買家的姓名、電話、地址和支付寶帳號都已遮蔽。此副本不能用於還原。</translation>
    </message>
    <message>
        <source>The Manifest sheet lists each sheet&apos;s rows and checksum; Verify in ShopCloser checks them. Changing this workbook makes Verify fail.</source>
        <translation>「驗證清單」工作表列出了每個工作表的列數和檢查碼，ShopCloser 的「驗證備份」會逐一核對。改動本活頁簿會導致驗證失敗。</translation>
    </message>
    <message>
        <source>Times are the shop&apos;s local time, as in the seller centre&apos;s exports.</source>
        <translation>時間均為店鋪當地時間，與賣家中心匯出的檔案一致。</translation>
    </message>
    <message>
        <source>Every order, with every column of your export files under its original header, plus its status code and what ShopCloser recorded.</source>
        <translation>全部訂單：保留匯出檔案中的每一欄及其原始欄名，另附狀態碼和 ShopCloser 記錄的資訊。</translation>
    </message>
    <message>
        <source>Every item (sub-order) with its refund status, under the original headers.</source>
        <translation>全部商品（子訂單）及其退款狀態，沿用原始欄名。</translation>
    </message>
    <message>
        <source>Payments and refunds: time, order, amount and kind.</source>
        <translation>付款和退款記錄：時間、訂單、金額和類型。</translation>
    </message>
    <message>
        <source>One row per buyer: member name, Alipay account, receiver, phone, address, number of orders, total paid, first and last order.</source>
        <translation>每位買家一列：會員名、支付寶帳號、收件人、電話、地址、訂單數、累計實付金額、首次和最近下單時間。</translation>
    </message>
    <message>
        <source>Items with a refund or return, whatever its state.</source>
        <translation>有退款或退貨的商品，無論處理到哪一步。</translation>
    </message>
    <message>
        <source>Every time an order was marked handled (or the mark undone), by whom.</source>
        <translation>每一次把訂單標記為已處理（或取消標記）的記錄，以及操作人。</translation>
    </message>
    <message>
        <source>Stock left when the shop closes: each SKU, how much is left and what happens to it.</source>
        <translation>關店時剩下的庫存：每個商家編碼、剩餘數量，以及準備怎麼處理。</translation>
    </message>
    <message>
        <source>This shop&apos;s settings in ShopCloser: the closure steps ticked, the after-sales days.</source>
        <translation>這家店在 ShopCloser 中的設定：已勾選的關店步驟、售後期天數。</translation>
    </message>
    <message>
        <source>Each import: when, which files (with their checksums), what changed.</source>
        <translation>每次匯入的時間、匯入的檔案（含檢查碼）以及改動的內容。</translation>
    </message>
    <message>
        <source>The shops the orders belong to.</source>
        <translation>訂單所屬的店鋪。</translation>
    </message>
    <message>
        <source>What each import overwrote, so that it can still be undone after a restore.</source>
        <translation>每次匯入覆蓋掉的內容，以便還原備份後仍能復原匯入。</translation>
    </message>
    <message>
        <source>Rows and checksum of every sheet, for Verify.</source>
        <translation>每個工作表的列數和檢查碼，供驗證使用。</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Closing the shop deletes its orders on the platform for good. Keep a backup workbook of your orders, buyers and after-sales records before you close.</source>
        <translation>關店後，平台上的訂單會被永久刪除。關店前，請把訂單、買家和售後記錄備份成一個 Excel 活頁簿並儲存好。</translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation>匯出備份…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>備份資料</translation>
    </message>
    <message>
        <source>One Excel workbook with every order (under your export files&apos; own column names), items, payments and refunds, customers, after-sales and your handling log. It is checked after writing. Keep a password-protected full copy somewhere safe and offline; give staff or accountants a masked copy.</source>
        <translation>一個 Excel 活頁簿，包含全部訂單（沿用匯出檔案的原始欄名）、商品、付款和退款、客戶、售後以及您的處理記錄，寫入後會自動驗證。設有密碼的完整備份請離線存放在安全的地方；給員工或會計的請用遮蔽副本。</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>驗證備份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>從備份還原…</translation>
    </message>
    <message>
        <source>Check or restore a backup</source>
        <translation>驗證或還原備份</translation>
    </message>
    <message>
        <source>Verify reads a backup and checks every sheet against its manifest. Restore brings a full backup back, but only into an empty data file (for example on a new computer): it never mixes with orders already here.</source>
        <translation>「驗證」會讀取備份，並依驗證清單逐一核對每個工作表。「還原」會把完整備份還原回來，但只能還原到空的資料檔案中（例如在新電腦上），絕不會和這裡已有的訂單混在一起。</translation>
    </message>
    <message>
        <source>Purge personal data…</source>
        <translation>清除個人資料…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Once a verified backup holds your data, you can remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser. Orders, statuses and amounts stay.</source>
        <translation>資料已存入一份驗證通過的備份後，您可以從 ShopCloser 中刪除買家的姓名、電話、地址、支付寶帳號和留言。訂單、狀態和金額會保留。</translation>
    </message>
    <message>
        <source>Purge becomes available once a full backup of the data as it is now has been written (or verified).</source>
        <translation>為目前資料寫入（或驗證）一份完整備份後，才能清除個人資料。</translation>
    </message>
    <message>
        <source>Verified backup: {path} (verified {when})</source>
        <translation>已驗證的備份：{path}（驗證於 {when}）</translation>
    </message>
    <message>
        <source>Nothing to back up yet: import your orders first (File → Import orders…).</source>
        <translation>還沒有可備份的內容：請先匯入訂單（檔案 → 匯入訂單…）。</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>匯出備份</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>正在寫入備份</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>備份已寫入並通過驗證：{path}</translation>
    </message>
    <message>
        <source>Orders: {orders}, items: {items}, handling log entries: {marks}.</source>
        <translation>共 {orders} 筆訂單、{items} 件商品、{marks} 筆處理記錄。</translation>
    </message>
    <message>
        <source>{name} is intact. Orders: {orders}, items: {items}.</source>
        <translation>{name} 完好無損：{orders} 筆訂單，{items} 件商品。</translation>
    </message>
    <message numerus="yes">
        <source>Personal data removed from %n order(s).</source>
        <translation>
            <numerusform>已清除 %n 筆訂單中的個人資料。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>已刪除資料檔案的 %n 個舊副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password safe.</source>
        <translation>已用您的密碼加密，請妥善保管密碼。</translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked.</source>
        <translation>遮蔽副本：買家個人資料已遮蔽。</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>驗證備份</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>正在驗證備份</translation>
    </message>
    <message>
        <source>{name} does NOT match its manifest:</source>
        <translation>{name} 與驗證清單不一致：</translation>
    </message>
    <message>
        <source>Do not rely on this file: use another copy of the backup.</source>
        <translation>請不要使用這個檔案，改用這份備份的其他副本。</translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation>它包含 ShopCloser 中目前的全部資料。</translation>
    </message>
    <message>
        <source>It is older than the data in ShopCloser now (or from another shop):</source>
        <translation>它比 ShopCloser 中的目前資料舊（或來自另一家店鋪）：</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation>{sheet}：缺少這個工作表</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation>{sheet}：這個工作表不在驗證清單中</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation>{sheet}：應有 {expected} 列，實際 {found} 列</translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation>{sheet}：內容被改動過</translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation>{sheet}：有儲存格被手動改過（{found}）</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} now</source>
        <translation>{sheet}：備份中有 {expected} 列，現在有 {found} 列</translation>
    </message>
    <message>
        <source>{sheet}: differs from the data now</source>
        <translation>{sheet}：與目前資料不同</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Restore {name} into this data file? This works only while the data file is empty; the backup is checked first, and nothing is changed if anything does not match.</source>
        <translation>要把 {name} 還原到這個資料檔案中嗎？只有資料檔案為空時才能還原；還原前會先驗證備份，只要有一處不符，就不會做任何改動。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在還原備份</translation>
    </message>
    <message>
        <source>Restored from {path}:</source>
        <translation>已從 {path} 還原：</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>清除個人資料</translation>
    </message>
    <message>
        <source>Remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good?

They will then exist only in the backup
{path}
(verified {when}). Keep that file, and its password, safe. This cannot be undone.</source>
        <translation>要從 ShopCloser 中永久刪除買家的姓名、電話、地址、支付寶帳號和留言嗎？

刪除後，這些資訊只儲存在備份
{path}
（驗證於 {when}）中。請妥善保管該檔案及其密碼。此操作無法復原。</translation>
    </message>
    <message>
        <source>Purging personal data</source>
        <translation>正在清除個人資料</translation>
    </message>
    <message>
        <source>It is kept only in the backup {path}.</source>
        <translation>這些資訊現在只儲存在備份 {path} 中。</translation>
    </message>
    <message>
        <source>Another backup step is still running. Wait for it to finish.</source>
        <translation>另一項備份操作仍在進行，請等它完成。</translation>
    </message>
    <message>
        <source>Cancelled: no file and no data were changed.</source>
        <translation>已取消：沒有改動任何檔案和資料。</translation>
    </message>
    <message>
        <source>ShopCloser hit a problem; nothing was changed.</source>
        <translation>ShopCloser 遇到問題，沒有做任何改動。</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>A backup step is still running. Stop it and close? Nothing will be changed.</source>
        <translation>備份操作仍在進行。要停止並關閉嗎？不會做任何改動。</translation>
    </message>
    <message>
        <source>The step was already being saved, so it could not be stopped: it is complete.</source>
        <translation>這一步已經在儲存，無法再停止：它已經完成。</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it:</source>
        <translation>{name} 設有密碼，請輸入密碼：</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>write the backup workbook of all orders</source>
        <translation>寫出包含全部訂單的備份活頁簿</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>要寫出的活頁簿</translation>
    </message>
    <message>
        <source>protect the workbook with the password on its first line</source>
        <translation>用該檔案第一行的密碼加密活頁簿</translation>
    </message>
    <message>
        <source>a copy for staff and accountants: buyers&apos; personal data masked</source>
        <translation>給員工和會計的副本：買家個人資料遮蔽</translation>
    </message>
    <message>
        <source>check a backup workbook against its manifest</source>
        <translation>依驗證清單檢查備份活頁簿</translation>
    </message>
    <message>
        <source>the backup workbook</source>
        <translation>備份活頁簿</translation>
    </message>
    <message>
        <source>the password of a protected backup</source>
        <translation>加密備份的密碼</translation>
    </message>
    <message>
        <source>also check that the backup holds the data in ShopCloser as it is now</source>
        <translation>同時檢查備份是否包含 ShopCloser 中的目前資料</translation>
    </message>
    <message>
        <source>restore a backup into an empty data file</source>
        <translation>把備份還原到空的資料檔案中</translation>
    </message>
    <message>
        <source>remove buyers&apos; names, phones, addresses and messages (needs a verified backup)</source>
        <translation>刪除買家的姓名、電話、地址和留言（需要一份已驗證的備份）</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>確認：此操作無法復原</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>備份已寫入並通過驗證：{path}</translation>
    </message>
    <message>
        <source>Orders: {orders}, items: {items}, handling log entries: {marks}</source>
        <translation>訂單：{orders}，商品：{items}，處理記錄：{marks}</translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password somewhere safe.</source>
        <translation>已用您的密碼加密。請把密碼儲存在安全的地方。</translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked. It cannot be restored.</source>
        <translation>遮蔽副本：買家個人資料已遮蔽。此副本不能用於還原。</translation>
    </message>
    <message>
        <source>SHA-256 of the file: {sha}</source>
        <translation>檔案的 SHA-256 檢查碼：{sha}</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation>{sheet}：缺少這個工作表</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation>{sheet}：這個工作表不在驗證清單中</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation>{sheet}：應有 {expected} 列，實際 {found} 列</translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation>{sheet}：內容被改動過</translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation>{sheet}：有儲存格被手動改過（{found}）</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} in ShopCloser now</source>
        <translation>{sheet}：備份中有 {expected} 列，ShopCloser 中現有 {found} 列</translation>
    </message>
    <message>
        <source>{sheet}: differs from the data in ShopCloser now</source>
        <translation>{sheet}：與 ShopCloser 中的目前資料不同</translation>
    </message>
    <message>
        <source>The backup does not match:</source>
        <translation>備份不一致：</translation>
    </message>
    <message>
        <source>The backup matches its manifest. Orders: {orders}, items: {items}.</source>
        <translation>備份與驗證清單一致：{orders} 筆訂單，{items} 件商品。</translation>
    </message>
    <message>
        <source>Restored. Orders: {orders}, items: {items}, handling log entries: {marks}.</source>
        <translation>已還原 {orders} 筆訂單、{items} 件商品、{marks} 筆處理記錄。</translation>
    </message>
    <message numerus="yes">
        <source>Personal data removed from %n order(s). It is kept in the backup {path}.</source>
        <translation>
            <numerusform>已清除 %n 筆訂單中的個人資料。這些資訊儲存在備份 {path} 中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>已刪除資料檔案的 %n 個舊副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation>它包含 ShopCloser 中目前的全部資料。</translation>
    </message>
    <message>
        <source>This check was not noted in the data file: ShopCloser has it open in a window, or a command is changing it (or no lock can be made beside it). To purge personal data relying on this backup, verify it in that window, or run this again once the window is closed or the command has finished.</source>
        <translation>這次驗證沒有記在資料檔案中：有 ShopCloser 視窗正在使用它，或者有指令正在修改它（也可能是無法在它旁邊建立鎖定檔案）。如果要依靠這份備份清除個人資料，請在那個視窗中驗證它，或者等視窗關閉、指令結束後再執行一次。</translation>
    </message>
    <message>
        <source>This removes buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good. They stay only in the backup {path} (verified {when}). To go ahead, run the command again with --yes.</source>
        <translation>此操作會從 ShopCloser 中永久刪除買家的姓名、電話、地址、支付寶帳號和留言，之後這些資訊只儲存在備份 {path}（驗證於 {when}）中。如要繼續，請加上 --yes 重新執行該指令。</translation>
    </message>
    <message>
        <source>list the imports done so far, newest first</source>
        <translation>列出至今的每次匯入，最新的在前</translation>
    </message>
    <message>
        <source>undo the most recent import</source>
        <translation>復原最近一次匯入</translation>
    </message>
    <message>
        <source>the import&apos;s number</source>
        <translation>匯入的編號</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>還沒有匯入記錄。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入編號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>更新訂單</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除訂單</translation>
    </message>
    <message>
        <source>Items added</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Items updated</source>
        <translation>更新商品</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>no, can be undone</source>
        <translation>否，可復原</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Import {id} undone.</source>
        <translation>編號 {id} 的匯入已復原。</translation>
    </message>
    <message>
        <source>Orders removed: {n}</source>
        <translation>移除的訂單：{n}</translation>
    </message>
    <message>
        <source>Orders put back as they were: {n}</source>
        <translation>恢復原樣的訂單：{n}</translation>
    </message>
    <message>
        <source>Items removed: {n}</source>
        <translation>移除的商品：{n}</translation>
    </message>
    <message>
        <source>Items put back as they were: {n}</source>
        <translation>恢復原樣的商品：{n}</translation>
    </message>
    <message>
        <source>import order and item reports (CSV or xlsx) exported from the shop</source>
        <translation>匯入從店鋪匯出的訂單報表和寶貝報表（CSV 或 xlsx）</translation>
    </message>
    <message>
        <source>report files</source>
        <translation>報表檔案</translation>
    </message>
    <message>
        <source>a file whose first line is the password of protected workbooks</source>
        <translation>一個檔案，其第一行是加密活頁簿的密碼</translation>
    </message>
    <message>
        <source>Import {id} done.</source>
        <translation>編號 {id} 的匯入已完成。</translation>
    </message>
    <message numerus="yes">
        <source>  Order report {name}: %n row(s)</source>
        <translation>
            <numerusform>  訂單報表 {name}：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Item report {name}: %n row(s)</source>
        <translation>
            <numerusform>  寶貝報表 {name}：%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation>新增訂單：{n}</translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation>更新訂單：{n}</translation>
    </message>
    <message>
        <source>Orders removed: {n} (known only from items, which all moved to other orders)</source>
        <translation>移除訂單：{n}（這些訂單只從商品得知，而它們的商品都已移到其他訂單）</translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation>未變的訂單：{n}</translation>
    </message>
    <message>
        <source>Items added: {n}</source>
        <translation>新增商品：{n}</translation>
    </message>
    <message>
        <source>Items updated: {n}</source>
        <translation>更新商品：{n}</translation>
    </message>
    <message>
        <source>Rows to review (imported with what could be read): {n}</source>
        <translation>待核對的列（已依能讀取的內容匯入）：{n}</translation>
    </message>
    <message>
        <source>  {file} row {row}: {cells} (order {order})</source>
        <translation>  {file} 第 {row} 列：{cells}（訂單 {order}）</translation>
    </message>
    <message>
        <source>  {file} row {row}: {cells}</source>
        <translation>  {file} 第 {row} 列：{cells}</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  ……另有 {n} 列</translation>
    </message>
    <message>
        <source>Unknown order status “{status}” (orders: {n}): these orders count as blocking until you check them.</source>
        <translation>有 {n} 筆訂單的訂單狀態「{status}」無法識別：在您核對之前，這些訂單都算作阻礙關店。</translation>
    </message>
    <message>
        <source>Unknown order status “{status}” on items only (orders: {n}): kept on the items as written. The order report gives these orders a known status, so it does not change whether they block.</source>
        <translation>訂單狀態「{status}」無法識別，只出現在 {n} 筆訂單的商品列上：已照原文保留在商品上。訂單報表給了這些訂單可識別的狀態，所以它不影響這些訂單是否阻礙關店。</translation>
    </message>
    <message>
        <source>Unknown refund status “{status}” (orders: {n}): these orders count as blocking until you check their refunds.</source>
        <translation>有 {n} 筆訂單的退款狀態「{status}」無法識別：在您核對這些退款之前，這些訂單都算作阻礙關店。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>這次匯入的 %n 個檔案（{files}）匯出得比之前一次匯入的檔案更早。兩邊都有的訂單現在顯示的是較舊的狀態。如果要保留較新的狀態，請復原這次匯入（shopcloser undo {id}），再把所有檔案一起匯入：它們會依匯出的先後順序處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} was exported on {date}, before {newer} (exported on {newer_date}), which an earlier import brought in. Orders in both files now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import both files together: they are then applied in the order they were exported.</source>
        <translation>{file} 的匯出時間是 {date}，早於之前一次匯入的 {newer}（匯出時間 {newer_date}）。兩份檔案中都有的訂單現在顯示的是較舊的狀態。如果要保留較新的狀態，請復原這次匯入（shopcloser undo {id}），再把兩個檔案一起匯入：它們會依匯出的先後順序處理。</translation>
    </message>
    <message numerus="yes">
        <source>This import put %n order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (shopcloser undo {id}) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>這次匯入讓 %n 筆訂單退回了更早的狀態（涉及訂單：{orders}）：訂單狀態退回到之前的階段（比如從「卖家已发货，等待买家确认」變回「买家已付款，等待卖家发货」），商品申請過退款後又顯示沒有退款，或者付款、出貨、確認收貨時間不見了或變早了。這次匯入的某個檔案很可能比之前匯入的檔案匯出得更早。如果要保留較新的狀態，請復原這次匯入（shopcloser undo {id}），不要再匯入那個較舊的檔案；或者從賣家中心重新匯出這些訂單，再匯入新匯出的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %n order(s) (for example {orders}): a file given after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order given. If the later file is the older export, undo this import (shopcloser undo {id}), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>這次匯入的檔案對 %n 筆訂單的說法不一致（涉及訂單：{orders}）：後給出的檔案顯示的階段更早（訂單狀態更早，或者申請過的退款不見了），而保留的是後給出的檔案。檔名中沒有匯出時間的檔案，按給出的順序讀取。如果後給出的檔案是較舊的匯出，請復原這次匯入（shopcloser undo {id}），然後先匯入較舊的檔案，再單獨匯入較新的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again: if the new reason is not dealt with yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>您已標記為已處理的訂單中，有 %n 筆在這次匯入後出現了新的阻礙關店的原因（涉及訂單：{orders}），比如在您標記之後買家又申請了退款。標記仍然保留。請逐一再看一遍：如果新的原因還沒處理好，請取消它的標記（shopcloser unmark 訂單編號），讓它在處理好之前繼續算作阻礙關店。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (shopcloser undo {id}).</source>
        <translation>
            <numerusform>寶貝報表中有 %n 筆訂單不在目前匯入過的任何訂單報表裡：ShopCloser 只知道訂單裡的商品，不知道買家、地址和金額。請匯入包含這些訂單的訂單報表。如果這份寶貝報表來自別的店鋪，請復原這次匯入（shopcloser undo {id}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %n order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>寶貝報表和訂單報表顯示的 %n 筆訂單所處階段不一致（涉及訂單：{orders}）：兩份報表是在不同時間匯出的。ShopCloser 依訂單報表判斷訂單狀態，依寶貝報表判斷退款，所以哪些訂單阻礙關店可能已經過時。請從賣家中心重新匯出這兩份報表（匯出一份後緊接著匯出另一份），然後一起匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly blocking closure: {n}</source>
        <translation>新增阻礙關店的訂單：{n}</translation>
    </message>
    <message>
        <source>No longer blocking: {n}</source>
        <translation>不再阻礙關店的訂單：{n}</translation>
    </message>
    <message>
        <source>Still blocking closure now: {n}</source>
        <translation>目前仍阻礙關店的訂單：{n}</translation>
    </message>
    <message>
        <source>{prog}: {message}</source>
        <translation>{prog}：{message}</translation>
    </message>
    <message>
        <source>ShopCloser, without the window.</source>
        <translation>不開啟視窗使用 ShopCloser。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：沒有做任何改動。</translation>
    </message>
    <message>
        <source>Interrupted. A change to the data file is saved whole or not at all: shopcloser status shows what it holds now.</source>
        <translation>已中斷。對資料檔案的改動不是全部儲存，就是完全沒有儲存：執行 shopcloser status 可以查看它現在的內容。</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>已中斷：沒有做任何改動。</translation>
    </message>
    <message>
        <source>ShopCloser hit an internal error, and its log file could not be written in {folder}. Please tell support which command you ran.</source>
        <translation>ShopCloser 發生內部錯誤，而且無法在 {folder} 中寫入記錄檔。請告訴技術支援您執行的是哪個指令。</translation>
    </message>
    <message>
        <source>ShopCloser hit an internal error. Details are in {log}; please send that file to support.</source>
        <translation>ShopCloser 發生內部錯誤。詳細資訊在 {log} 中，請把這個檔案提供給技術支援。</translation>
    </message>
    <message>
        <source>list orders, or only those still blocking closure</source>
        <translation>列出訂單，或只列出仍阻礙關店的訂單</translation>
    </message>
    <message>
        <source>only orders that still block closing the shop</source>
        <translation>只列出仍阻礙關店的訂單</translation>
    </message>
    <message>
        <source>blocking, watch, handled, flagged (rows to review) or all</source>
        <translation>blocking（仍阻礙）、watch（售後期內）、handled（已處理）、flagged（待核對的列）或 all（全部）</translation>
    </message>
    <message>
        <source>order number, buyer nick or item title</source>
        <translation>訂單編號、買家會員名或商品標題</translation>
    </message>
    <message>
        <source>print a JSON array for scripts</source>
        <translation>輸出 JSON 陣列，供指令碼使用</translation>
    </message>
    <message>
        <source>mark orders handled (all of them, or none)</source>
        <translation>把訂單標記為已處理（要嘛全部標記，要嘛一筆都不標記）</translation>
    </message>
    <message>
        <source>order numbers</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>a note kept with the mark (needed with --action other)</source>
        <translation>隨標記保存的備註（--action other 時必須填寫）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>共 %n 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n order(s) handled.</source>
        <translation>
            <numerusform>已將 %n 筆訂單標記為已處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were already handled; their earlier marks stay in the log.</source>
        <translation>
            <numerusform>其中 %n 筆此前已處理過，之前的標記仍保留在記錄中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the handled-marks of %n order(s).</source>
        <translation>
            <numerusform>已取消 %n 筆訂單的「已處理」標記。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were not marked handled; they were left as they were: {ids}</source>
        <translation>
            <numerusform>%n 筆訂單原本就沒有標記為已處理，保持不變：{ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>only orders in this status: %(choices)s</source>
        <translation>只列出處於此狀態的訂單：%(choices)s</translation>
    </message>
    <message>
        <source>what you did: %(choices)s</source>
        <translation>您做了什麼：%(choices)s</translation>
    </message>
    <message>
        <source>who handled them (default: name in Settings)</source>
        <translation>處理人（預設：設定中的名字）</translation>
    </message>
    <message>
        <source>undo the handled-marks of orders</source>
        <translation>取消訂單的已處理標記</translation>
    </message>
    <message>
        <source>who undid them (default: name in Settings)</source>
        <translation>取消人（預設：設定中的名字）</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>show how many orders there are and how many block</source>
        <translation>顯示共有多少訂單、多少仍阻礙關店</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>輸出 JSON，供指令碼使用</translation>
    </message>
    <message>
        <source>Orders: {n}</source>
        <translation>訂單：{n}</translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation>商品：{n}</translation>
    </message>
    <message>
        <source>Still blocking closure: {n}</source>
        <translation>仍阻礙關店：{n}</translation>
    </message>
    <message>
        <source>Handled by you: {n}</source>
        <translation>已由您處理：{n}</translation>
    </message>
    <message>
        <source>Orders with rows to review: {n}</source>
        <translation>含待核對列的訂單：{n}</translation>
    </message>
    <message>
        <source>“{word}” is neither a command nor a file. The commands are: {commands}.</source>
        <translation>「{word}」既不是指令，也不是檔案。可用的指令有：{commands}。</translation>
    </message>
    <message>
        <source>The window cannot open: this computer has no screen (DISPLAY is not set). Scripts run one of the commands instead: {commands}.</source>
        <translation>視窗無法開啟：這台電腦沒有螢幕（未設定 DISPLAY）。在指令碼中請改用以下指令之一：{commands}。</translation>
    </message>
    <message>
        <source>Open the ShopCloser window. For scripts, run one of the commands listed at the end instead (shopcloser COMMAND --help tells more).</source>
        <translation>開啟 ShopCloser 視窗。在指令碼中請改用最後列出的指令之一（shopcloser 指令 --help 會說明詳情）。</translation>
    </message>
    <message>
        <source>open on a bundled sample export</source>
        <translation>開啟時載入內附的範例匯出檔案</translation>
    </message>
    <message>
        <source>spreadsheets to import on start</source>
        <translation>啟動時要匯入的試算表檔案</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示本說明訊息並結束</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本號並結束</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選項：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的%(type)s值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>int</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}：</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項 %(option)s 不明確，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多給的值 %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>參數 %s 中必須給出一個</translation>
    </message>
    <message>
        <source>the store: a file path or a SQLAlchemy URL (default: shopcloser.db in the data folder)</source>
        <translation>資料檔案：檔案路徑或 SQLAlchemy URL（預設：資料資料夾中的 shopcloser.db）</translation>
    </message>
    <message>
        <source>language (default: as in Settings)</source>
        <translation>語言（預設：與設定中相同）</translation>
    </message>
    <message>
        <source>There is no data file at {path} yet, so it reads as empty. Nothing was created.</source>
        <translation>{path} 處還沒有資料檔案，因此依空資料讀取。沒有建立任何檔案。</translation>
    </message>
    <message>
        <source>Cancelling… (Ctrl-C again stops at once.)</source>
        <translation>正在取消…（再按一次 Ctrl-C 立即停止。）</translation>
    </message>
    <message>
        <source>Already saving: the change can no longer be stopped and is kept whole. (Ctrl-C again stops at once.)</source>
        <translation>已經在儲存：這次變更無法再取消，會完整保存下來。（再按一次 Ctrl-C 立即停止。）</translation>
    </message>
    <message>
        <source>Stopped at once. A change to the data file is saved whole or not at all: shopcloser status shows what it holds now.</source>
        <translation>已立即停止。對資料檔案的改動不是全部儲存，就是完全沒有儲存：執行 shopcloser status 可以查看它現在的內容。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ShopCloser hit a problem</source>
        <translation>ShopCloser 遇到問題</translation>
    </message>
    <message>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. Its log file could not be written in {folder}, so please copy the details below and send them to support.</source>
        <translation>ShopCloser 內部發生錯誤。出錯的這一步沒有改動您的資料。記錄檔無法寫入 {folder}，請複製下方的詳細資訊提供給技術支援。</translation>
    </message>
    <message>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. The details are also in the log file {log}; please send them to support.</source>
        <translation>ShopCloser 內部發生錯誤。出錯的這一步沒有改動您的資料。詳細資訊也已寫入記錄檔 {log}，請提供給技術支援。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ShopCloser</source>
        <translation>ShopCloser</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export backup</source>
        <translation>匯出備份</translation>
    </message>
    <message>
        <source>Protect the backup with a password</source>
        <translation>用密碼保護備份</translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants</source>
        <translation>給員工和會計的遮蔽副本</translation>
    </message>
    <message>
        <source>The full backup holds buyers&apos; names, phones and addresses: protect it with a password and keep it somewhere safe. Excel and LibreOffice ask for the password when they open it. ShopCloser does not keep the password: if you lose it, nobody can open the backup.

A masked copy hides buyers&apos; personal data, for sharing; it cannot be restored.</source>
        <translation>完整備份包含買家的姓名、電話和地址：請設定密碼，並存放在安全的地方。用 Excel 或 LibreOffice 開啟時會要求輸入密碼。ShopCloser 不會儲存密碼：密碼一旦遺失，誰也打不開這份備份。

遮蔽副本隱藏了買家個人資料，適合分享給他人，但不能用於還原。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets the file can read buyers&apos; personal data.</source>
        <translation>不設密碼的話，任何拿到這個檔案的人都能看到買家的個人資料。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用說明</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import orders</source>
        <translation>匯入訂單</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx *.xlsm *.xls);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then try again.</source>
        <translation>已有匯入正在進行，請等它完成後再試。</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it to import the file:</source>
        <translation>{name} 設有密碼，請輸入密碼以匯入該檔案：</translation>
    </message>
    <message>
        <source>The import was already being saved, so it could not be stopped: it is complete. To take it back, undo it under File → Import history…</source>
        <translation>這次匯入已經在儲存，無法再停止：匯入已經完成。如果不想要這次匯入，請在「檔案 → 匯入記錄…」中復原它。</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>正在匯入訂單</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消匯入：沒有做任何改動。</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and close? Nothing will be imported.</source>
        <translation>匯入仍在進行。要停止並關閉嗎？將不會匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>Every import you have made, newest first. Undoing the newest import puts your orders back exactly as they were before it; your handled-marks stay.</source>
        <translation>您做過的每一次匯入，最新的在前。復原最新一次匯入後，訂單會完全恢復成匯入之前的樣子；您的「已處理」標記保持不變。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入編號</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Orders added / updated</source>
        <translation>新增 / 更新訂單</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除訂單</translation>
    </message>
    <message>
        <source>Items added / updated</source>
        <translation>新增 / 更新商品</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Orders known only from an item report, removed because a newer item report lists all their items under other orders.</source>
        <translation>只從寶貝報表得知的訂單：較新的寶貝報表把它們的商品全部列在其他訂單下，所以這些訂單被移除。</translation>
    </message>
    <message>
        <source>&amp;Undo the newest import…</source>
        <translation>復原最新一次匯入(&amp;U)…</translation>
    </message>
    <message>
        <source>Not known: the version of ShopCloser that made this import did not count them.</source>
        <translation>不詳：進行這次匯入的 ShopCloser 版本尚未統計這一項。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Undo import {id} ({files})? Orders it added are removed and orders it changed go back to how they were.</source>
        <translation>要復原編號 {id} 的匯入（{files}）嗎？這次匯入新增的訂單會被移除，改動過的訂單會恢復原樣。</translation>
    </message>
    <message>
        <source>Import {id} of {when} undone. Orders: {removed} removed, {restored} put back as they were. Items: {items_removed} removed, {items_restored} put back as they were.</source>
        <translation>編號 {id} 的匯入（{when}）已復原。訂單：移除 {removed} 筆，恢復原樣 {restored} 筆。商品：移除 {items_removed} 件，恢復原樣 {items_restored} 件。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>無法讀取的內容</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>These rows were imported with what could be read. Check them in the seller centre. To find their orders again later, show the orders “With rows to review” in the orders list.</source>
        <translation>這些資料列已依能讀取的內容匯入。請到賣家中心核對。日後要再找到這些訂單，請在訂單清單中顯示「含待核對的列」。</translation>
    </message>
    <message>
        <source>Only the first {listed} of the {total} rows to review are listed here. To see the orders of all of them, choose Show: “With rows to review” in the orders list.</source>
        <translation>這裡只列出 {total} 列待核對內容中的前 {listed} 列。要查看所有這些列的訂單，請在訂單清單中選擇顯示：「含待核對的列」。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (File → Import history) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>這次匯入的 %Ln 個檔案（{files}）匯出得比之前一次匯入的檔案更早。兩邊都有的訂單現在顯示的是較舊的狀態。如果要保留較新的狀態，請復原這次匯入（檔案 → 匯入記錄），再把所有檔案一起匯入：它們會依匯出的先後順序處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %Ln order(s) (for example {orders}): a file chosen after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order chosen. If the later file is the older export, undo this import (File → Import history), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>這次匯入的檔案對 %Ln 筆訂單的說法不一致（涉及訂單：{orders}）：後選取的檔案顯示的階段更早（訂單狀態更早，或者申請過的退款不見了），而保留的是後選取的檔案。檔名中沒有匯出時間的檔案，按選取的順序讀取。如果後選取的檔案是較舊的匯出，請復原這次匯入（檔案 → 匯入記錄），然後先匯入較舊的檔案，再單獨匯入較新的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %Ln order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>寶貝報表和訂單報表顯示的 %Ln 筆訂單所處階段不一致（涉及訂單：{orders}）：兩份報表是在不同時間匯出的。ShopCloser 依訂單報表判斷訂單狀態，依寶貝報表判斷退款，所以哪些訂單阻礙關店可能已經過時。請從賣家中心重新匯出這兩份報表（匯出一份後緊接著匯出另一份），然後一起匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation>新增訂單：{n}</translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation>更新訂單：{n}</translation>
    </message>
    <message>
        <source>Orders removed: {n} (known only from items, which all moved to other orders)</source>
        <translation>移除訂單：{n}（這些訂單只從商品得知，而它們的商品都已移到其他訂單）</translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation>未變的訂單：{n}</translation>
    </message>
    <message>
        <source>Items added: {added}, updated: {updated}</source>
        <translation>新增商品：{added}，更新商品：{updated}</translation>
    </message>
    <message>
        <source>Now blocking closure: {n}</source>
        <translation>目前阻礙關店：{n}</translation>
    </message>
    <message>
        <source>Newly blocking: {n} · No longer blocking: {m}</source>
        <translation>新增阻礙：{n} · 不再阻礙：{m}</translation>
    </message>
    <message>
        <source>Rows to review: {n}</source>
        <translation>待核對的列：{n}</translation>
    </message>
    <message>
        <source>Unknown status “{text}” (orders: {n}): these orders need review</source>
        <translation>有 {n} 筆訂單的狀態「{text}」無法識別：這些訂單需要核對</translation>
    </message>
    <message>
        <source>Unknown status “{text}” on items only (orders: {n}): kept on the items; the order report gives these orders a known status, so it does not change whether they block</source>
        <translation>狀態「{text}」無法識別，只出現在 {n} 筆訂單的商品列上：已保留在商品上；訂單報表給了這些訂單可識別的狀態，所以它不影響這些訂單是否阻礙關店</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>import-summary-{id}.txt</source>
        <translation>匯入摘要-{id}.txt</translation>
    </message>
    <message>
        <source>The summary could not be saved as {path} ({reason}). Choose another folder, or free some disk space, and try again.</source>
        <translation>無法把摘要儲存為 {path}（{reason}）。請換一個資料夾，或騰出一些磁碟空間，然後再試一次。</translation>
    </message>
    <message>
        <source>{file} was exported on {date}, before {newer} (exported on {newer_date}), which an earlier import brought in. Orders in both files now show the older state. To keep the newer one, undo this import (File → Import history) and import both files together: they are then applied in the order they were exported.</source>
        <translation>{file} 的匯出時間是 {date}，早於之前一次匯入的 {newer}（匯出時間 {newer_date}）。兩份檔案中都有的訂單現在顯示的是較舊的狀態。如果要保留較新的狀態，請復原這次匯入（檔案 → 匯入記錄），再把兩個檔案一起匯入：它們會依匯出的先後順序處理。</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter on it, to see its order in the list</source>
        <translation>按兩下一列或選取後按 Enter 鍵，在訂單清單中查看它的訂單</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>待核對的列</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>本次匯入的結果</translation>
    </message>
    <message numerus="yes">
        <source>This import put %Ln order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (File → Import history) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>這次匯入讓 %Ln 筆訂單退回了更早的狀態（涉及訂單：{orders}）：訂單狀態退回到之前的階段（比如從「卖家已发货，等待买家确认」變回「买家已付款，等待卖家发货」），商品申請過退款後又顯示沒有退款，或者付款、出貨、確認收貨時間不見了或變早了。這次匯入的某個檔案很可能比之前匯入的檔案匯出得更早。如果要保留較新的狀態，請復原這次匯入（檔案 → 匯入記錄），不要再匯入那個較舊的檔案；或者從賣家中心重新匯出這些訂單，再匯入新匯出的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again (in Order reconciliation, choose Show: “Handled by you”): if the new reason is not dealt with yet, undo its mark so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>您已標記為已處理的訂單中，有 %Ln 筆在這次匯入後出現了新的阻礙關店的原因（涉及訂單：{orders}），比如在您標記之後買家又申請了退款。標記仍然保留。請逐一再看一遍（在「訂單核對」中選擇顯示：「已由您處理」）：如果新的原因還沒處理好，請取消它的標記，讓它在處理好之前繼續算作阻礙關店。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (File → Import history).</source>
        <translation>
            <numerusform>寶貝報表中有 %Ln 筆訂單不在目前匯入過的任何訂單報表裡：ShopCloser 只知道訂單裡的商品，不知道買家、地址和金額。請匯入包含這些訂單的訂單報表。如果這份寶貝報表來自別的店鋪，請復原這次匯入（檔案 → 匯入記錄）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>訂單報表 {name}：%Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Item report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>寶貝報表 {name}：%Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more file(s) (File → Import history lists them all)</source>
        <translation>
            <numerusform>……另有 %Ln 個檔案（檔案 → 匯入記錄中列出了全部檔案）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown refund status “{text}” (orders: {n}): these orders need review</source>
        <translation>有 {n} 筆訂單的退款狀態「{text}」無法識別：這些訂單需要核對</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problems} (order {order})</source>
        <translation>{file} 第 {row} 列：{problems}（訂單 {order}）</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problems}</source>
        <translation>{file} 第 {row} 列：{problems}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 列</translation>
    </message>
    <message>
        <source>Save import summary</source>
        <translation>儲存匯入摘要</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopCloser</source>
        <translation>ShopCloser</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Order reconciliation</source>
        <translation>訂單核對</translation>
    </message>
    <message>
        <source>Data backup</source>
        <translation>資料備份</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>匯入訂單(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export backup…</source>
        <translation>匯出備份(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>匯入記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>尋找訂單(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About ShopCloser</source>
        <translation>關於 ShopCloser(&amp;A)</translation>
    </message>
    <message>
        <source>The log folder {folder} could not be made (a file may be in its place, or the disk may be full or protected), so ShopCloser keeps no log file.</source>
        <translation>無法建立記錄檔資料夾 {folder}（可能有同名檔案佔用了這個位置，或者磁碟已滿或受保護），因此 ShopCloser 不會保存記錄檔。</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>資料檔案：{path}</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark handled</source>
        <translation>標記為已處理</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) as handled. They stop blocking closure.</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為已處理，標記後不再阻礙關店。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the tracking number, or what you agreed with the buyer</source>
        <translation>例如物流單號，或與買家協商的結果</translation>
    </message>
    <message>
        <source>Your name (kept for next time)</source>
        <translation>您的姓名（下次自動填寫）</translation>
    </message>
    <message>
        <source>Now ({time})</source>
        <translation>現在（{time}）</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>With “Other”, write in the note what you did.</source>
        <translation>選擇「其他」時，請在備註中寫明您是怎麼處理的。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The order numbers in this file were damaged by Excel (column {column} shows {value} instead of the full number), so orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation>這個檔案裡的訂單編號已被 Excel 改壞了（「{column}」欄顯示的是 {value}，而不是完整的編號），無法區分各個訂單。請重新從賣家中心匯出報表（卖家中心 → 已卖出的宝贝 → 批量导出），下載後直接匯入，不要先用 Excel 開啟並儲存。</translation>
    </message>
    <message>
        <source>The order numbers in this file were damaged by Excel: in column {column} every long number ends in zeros ({value}, for one), because Excel keeps only the first 15 digits of a number. Orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation>這個檔案裡的訂單編號已被 Excel 改壞了：「{column}」欄裡每個長編號的結尾都變成了 0（例如 {value}），因為 Excel 只保留數字的前 15 位。這樣無法區分各個訂單。請重新從賣家中心匯出報表（卖家中心 → 已卖出的宝贝 → 批量导出），下載後直接匯入，不要先用 Excel 開啟並儲存。</translation>
    </message>
    <message>
        <source>The file is empty. Export the report again from the seller centre ({where}) and wait until the download has finished before importing it.</source>
        <translation>這個檔案是空的。請重新從賣家中心匯出報表（{where}），等下載完成後再匯入。</translation>
    </message>
    <message>
        <source>This file is incomplete: part of it was never downloaded (it holds only empty bytes there), as happens when a download is interrupted. Nothing was imported from it. Export the report again from the seller centre ({where}), wait until the download has finished, then import the new file.</source>
        <translation>這個檔案不完整：其中有一部分根本沒有下載下來（那裡只有空位元組），下載中途被中斷時就會這樣。這個檔案中的內容都沒有匯入。請重新從賣家中心匯出報表（{where}），等下載完成後，再匯入新檔案。</translation>
    </message>
    <message>
        <source>This report has its header row but no rows below it, so it holds no order to import. Check the period you chose when exporting it, then export the report again from the seller centre ({where}) and import the new file. If the shop had no orders in that period, leave this file out.</source>
        <translation>這份報表只有標題列，下面沒有任何一列，所以沒有可匯入的訂單。請檢查匯出時選擇的時段，然後從賣家中心重新匯出報表（{where}），再匯入新檔案。如果店鋪在那段期間確實沒有訂單，匯入時不用選這個檔案。</translation>
    </message>
    <message>
        <source>No row of this file has an order number that can be read (column {column}), so it holds no order to import: it may be another kind of report, or its order numbers were removed or changed after it was downloaded. Check that it is the order report (订单报表) or the item report (宝贝报表), then export it again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>這個檔案裡沒有一列能讀出訂單編號（「{column}」欄），所以沒有可匯入的訂單：它可能是別的報表，或者下載後訂單編號被刪掉或改動過。請確認它是訂單報表或寶貝報表，然後從賣家中心重新匯出（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds an order or an item but no order number that can be read (column {column}), so it cannot be filed under its order. Nothing was imported from it. Cells merged or cleared in Excel or WPS leave order numbers out like this: export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>這個檔案的第 {row} 列有訂單或商品的內容，卻讀不出訂單編號（「{column}」欄），所以無法歸到它所屬的訂單下。這個檔案中的內容都沒有匯入。在 Excel 或 WPS 裡合併或清除儲存格會讓訂單編號像這樣遺失：請從賣家中心重新匯出報表（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>Row {row} of this file repeats the header row ({column}, 订单状态 …): two exports were probably joined into one file. Import the exports as they were downloaded, each as its own file (several files can be chosen at once).</source>
        <translation>這個檔案的第 {row} 列又是一列標題（{column}、订单状态……）：很可能是把兩份匯出檔案合併成了一個檔案。請按下載時的樣子分別匯入每一份匯出檔案（可以一次選取多個檔案）。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet (CSV or Excel xlsx), so it cannot be an order report. Choose the order report (订单报表) or the item report (宝贝报表) you downloaded from the seller centre ({where}).</source>
        <translation>這個檔案不是試算表（CSV 或 Excel xlsx），不可能是訂單報表。請選擇從賣家中心下載的訂單報表或寶貝報表（位置：{where}）。</translation>
    </message>
    <message>
        <source>This is a LibreOffice, OpenOffice or Apple Numbers spreadsheet, not a file the seller centre exports (saving a report in another program can also damage its order numbers). Import the CSV or Excel xlsx file downloaded from the seller centre ({where}) as it is.</source>
        <translation>這是 LibreOffice、OpenOffice 或蘋果 Numbers 的試算表檔案，不是賣家中心匯出的檔案（而且用其他程式儲存報表也可能損壞其中的訂單編號）。請匯入從賣家中心下載的 CSV 或 Excel xlsx 檔案（{where}），不要改動。</translation>
    </message>
    <message>
        <source>This is an old-format Excel file (.xls). The seller centre never makes these, and saving a report in Excel damages its order numbers. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>這是舊格式的 Excel 檔案（.xls）。賣家中心從不匯出這種格式，而且用 Excel 儲存報表會損壞其中的訂單編號。請重新從賣家中心匯出報表（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or incomplete (perhaps the download was cut short), so it cannot be read. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>這個 Excel 檔案已損壞或不完整（可能是下載中斷了），無法讀取。請從賣家中心重新下載報表（{where}），然後匯入新檔案。</translation>
    </message>
    <message>
        <source>This Excel file is protected with a password. Enter the password you set for it to import it.</source>
        <translation>這個 Excel 檔案設有密碼。請輸入您為它設定的密碼，然後匯入。</translation>
    </message>
    <message>
        <source>The password does not open this Excel file. Check it (capital letters count) and try again, or export the report again from the seller centre without a password.</source>
        <translation>這個密碼打不開該 Excel 檔案。請檢查密碼（區分大小寫）後重試，或者從賣家中心重新匯出一份不設密碼的報表。</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) under a spreadsheet&apos;s name, not a report the seller centre exported. Export the order report (订单报表) or the item report (宝贝报表) from the seller centre ({where}) and import the CSV or xlsx file as it was downloaded.</source>
        <translation>這個檔案是一個網頁（HTML），只是用了試算表檔案的名稱，不是賣家中心匯出的報表。請匯出訂單報表或寶貝報表（位置：{where}），下載後直接匯入 CSV 或 xlsx 檔案。</translation>
    </message>
    <message>
        <source>This file separates its columns with semicolons (;), not commas: a program set up for another country saved it again. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>這個檔案用分號（;）而不是逗號分隔各欄：它被一個按其他國家習慣設定的程式重新儲存過。請重新匯出報表（位置：{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>The Chinese text in this file is garbled: another program opened the report with the wrong character set and saved it again, so its column names (such as 订单编号) can no longer be read. The garbling cannot be undone safely. Import the file exactly as it was downloaded, or export the report again from the seller centre ({where}). To look at a report in another program, open a copy.</source>
        <translation>這個檔案裡的中文已經變成亂碼：另一個程式用錯誤的字元集開啟了報表，又把它儲存了一遍，所以欄位名稱（例如「订单编号」）已經無法辨識。亂碼無法可靠地還原。請匯入下載時的原始檔案，或重新匯出報表（位置：{where}）。如果想在別的程式裡查看報表，請開啟一份副本。</translation>
    </message>
    <message>
        <source>This file has no order number column, so it is not an order report the app can read. Expected the order report (订单报表, with a 订单编号 column) or the item report (宝贝报表, with 订单编号, or 子订单编号 and 主订单编号). Export them from the seller centre ({where}) and import the files as they were downloaded.</source>
        <translation>這個檔案中沒有存放訂單編號的欄，不是本軟體能讀取的訂單報表。需要的是訂單報表（含「订单编号」欄）或寶貝報表（含「订单编号」欄，或「子订单编号」和「主订单编号」欄）。請從賣家中心匯出（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>This item report has no 主订单编号 or 订单编号 column, so its items cannot be matched to their orders. Export the item report (宝贝报表) again from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>這份寶貝報表沒有「主订单编号」或「订单编号」欄，無法把商品對應到所屬的訂單。請從賣家中心重新匯出寶貝報表（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>This file is a ShopCloser backup, not a report exported from the seller centre. To bring a backup back, use Restore from a backup… on the Data backup tab (command line: shopcloser restore), into a new, empty data file.</source>
        <translation>這個檔案是 ShopCloser 的備份，不是從賣家中心匯出的報表。要把備份裡的資料找回來，請在「資料備份」頁使用「從備份還原…」（指令列：shopcloser restore），還原到一個新的空資料檔案中。</translation>
    </message>
    <message>
        <source>This Excel file has orders on more than one sheet ({sheets}), but only one sheet of a file can be imported, so orders on the others would be missing. Nothing was imported from it. Import the reports as the seller centre exported them ({where}), one file each; if you put the sheets together yourself, move each sheet into a workbook of its own and import those.</source>
        <translation>這個 Excel 檔案中不只一張工作表有訂單（{sheets}），但每個檔案只能匯入一張工作表，其他工作表上的訂單就會遺漏。因此這個檔案沒有匯入任何內容。請匯入賣家中心匯出的原始檔案（{where}），每份報表一個檔案；如果是您自己把幾張表合併在一起的，請把每張工作表各放進一個獨立的活頁簿，再分別匯入。</translation>
    </message>
    <message>
        <source>This file has no order status column (订单状态), so it is not the item report (宝贝报表) of the seller centre, and importing it would wipe the status of the items it names. Nothing was imported from it. Export the item report from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>這個檔案沒有「订单状态」欄，所以不是賣家中心匯出的寶貝報表；如果匯入，檔案裡提到的商品狀態會被清空。這個檔案的內容都沒有匯入。請從賣家中心匯出寶貝報表（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>This file has order numbers but no order status column (订单状态), so it is not the order report (订单报表) of the seller centre: it may be a refund report or a list of order numbers, and importing it would wipe the status of the orders it names. Nothing was imported from it. Export the order report from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>這個檔案有訂單編號，但沒有「订单状态」欄，所以不是賣家中心匯出的訂單報表，可能是退款報表或一份訂單編號清單；如果匯入，檔案裡提到的訂單狀態會被清空。這個檔案的內容都沒有匯入。請從賣家中心匯出訂單報表（{where}），下載後原樣匯入。</translation>
    </message>
    <message>
        <source>This Excel file unpacks to far more data than any seller-centre export (it looks like a &quot;zip bomb&quot;); opening it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>這個 Excel 檔案解壓縮後的資料量遠超任何賣家中心匯出的檔案（看起來像「壓縮炸彈」），開啟它可能會耗盡電腦記憶體，因此沒有讀取。請匯入從賣家中心直接下載的報表（位置：{where}）。</translation>
    </message>
    <message>
        <source>This Excel file keeps more text in one place than ShopCloser can read safely, so it was not read. The seller centre&apos;s own exports never do this, but a workbook saved again in Excel or another program can. Import the report as downloaded from the seller centre ({where}); for a very large shop, export shorter periods and import the files together.</source>
        <translation>這個 Excel 檔案把過多的文字集中存放在一處，ShopCloser 無法安全讀取，因此沒有讀取。賣家中心匯出的檔案不會這樣存放，但用 Excel 或其他程式另存過的活頁簿可能會。請匯入從賣家中心直接下載的報表（位置：{where}）；店鋪很大時，可分幾個較短的時段匯出，再把這些檔案一起匯入。</translation>
    </message>
    <message>
        <source>This Excel file is made of {count} parts, far more than any seller-centre export, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>這個 Excel 檔案由 {count} 個部分組成，遠多於任何賣家中心匯出的檔案，因此沒有讀取。請匯入從賣家中心直接下載的報表（位置：{where}）。</translation>
    </message>
    <message>
        <source>A sheet in this Excel file claims to span {cells} cells, far more than it really holds; reading it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}), not a copy changed by another program.</source>
        <translation>這個 Excel 檔案中有一個工作表聲稱佔用 {cells} 個儲存格，遠超實際內容；讀取它可能會耗盡電腦記憶體，因此沒有讀取。請匯入從賣家中心直接下載的報表（位置：{where}），不要用被其他程式改過的副本。</translation>
    </message>
    <message>
        <source>This Excel file contains instructions (XML entity declarations) that no seller-centre export has and that can be used to attack the computer, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>這個 Excel 檔案含有賣家中心匯出的檔案裡從不會有的指令（XML 實體宣告），這類指令可能被用來攻擊電腦，因此沒有讀取。請匯入從賣家中心直接下載的報表（位置：{where}）。</translation>
    </message>
    <message>
        <source>Row {row} of this file cannot be read (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>這個檔案的第 {row} 列無法讀取（檔案可能已損壞，或者不是賣家中心的報表）。這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），然後匯入新檔案。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds a text of {length} characters (column {column}), more than a spreadsheet cell can hold (32,767), so the file cannot be a seller-centre report as downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>這個檔案的第 {row} 列有一段 {length} 個字元的文字（「{column}」欄），超過了試算表一個儲存格能容納的上限（32,767 個字元），所以它不可能是從賣家中心直接下載的報表。這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），然後匯入新檔案。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds a text far longer than a spreadsheet cell can hold (32,767 characters), so the file cannot be a seller-centre report as downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>這個檔案的第 {row} 列有一段文字遠遠超過了試算表一個儲存格能容納的上限（32,767 個字元），所以它不可能是從賣家中心直接下載的報表。這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），然後匯入新檔案。</translation>
    </message>
    <message>
        <source>A row of this file is far larger than any row of a seller-centre report: it holds more than a million cells or more than 16 MB of text (a damaged file, or a quote mark that was never closed, does that). Reading it could exhaust the computer&apos;s memory, so nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file as it is.</source>
        <translation>這個檔案中有一列比賣家中心報表的任何一列都大得多：它有一百多萬個儲存格，或者超過 16 MB 的文字（檔案損壞，或者有個引號一直沒有閉合，都會這樣）。讀取它可能耗盡電腦的記憶體，所以這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），然後原樣匯入新檔案。</translation>
    </message>
    <message>
        <source>This file cannot be read from row {row} on (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>這個檔案從第 {row} 列起無法讀取（檔案可能已損壞，或者不是賣家中心的報表）。這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），然後匯入新檔案。</translation>
    </message>
    <message>
        <source>In this file, row {row} comes after a row with the same or a higher number, so rows would be lost or misplaced when it is read: another program has changed the file since it was downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file as it is.</source>
        <translation>這個檔案的第 {row} 列排在一個列號相同或更大的列之後，讀取時會有資料列遺失或錯位：檔案下載後被其他程式改動過。這個檔案中的內容都沒有匯入。請從賣家中心重新下載報表（{where}），不要改動，直接匯入新檔案。</translation>
    </message>
    <message>
        <source>Part of this file&apos;s text cannot be read: it mixes character encodings, as happens when files are pasted together. Nothing was imported from it. Import the reports as downloaded from the seller centre ({where}), one file each.</source>
        <translation>這個檔案中有部分文字無法讀取：裡面混用了不同的字元編碼，把幾個檔案拼在一起時常會這樣。這個檔案中的內容都沒有匯入。請把從賣家中心下載的報表（位置：{where}）分別匯入，一份報表一個檔案。</translation>
    </message>
    <message>
        <source>This file changed while it was being imported: another program (a browser still downloading it, a sync tool, an editor) wrote to it, emptied it or replaced it. Nothing was imported from it. Wait until that program has finished with the file, then import it again.</source>
        <translation>這個檔案在匯入過程中被改動了：另一個程式（還在下載它的瀏覽器、同步工具或編輯器）寫入了內容、把它清空或替換了。這個檔案中的內容都沒有匯入。請等那個程式處理完這個檔案，再重新匯入。</translation>
    </message>
    <message>
        <source>The file cannot be opened: ShopCloser is not allowed to read it, or another program (Excel, for one) keeps it locked. Close it in that program, or copy it to your Documents folder, then try again.</source>
        <translation>無法開啟這個檔案：ShopCloser 沒有讀取它的權限，或者有其他程式（例如 Excel）正在佔用它。請在那個程式中關閉它，或者把它複製到「文件」資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>The file cannot be read: the disk, USB stick or network drive it is on reports an error. Copy the file to your computer (your Documents folder, say) or download it again, then import the copy.</source>
        <translation>無法讀取這個檔案：檔案所在的磁碟、隨身碟或網路磁碟機回報了讀取錯誤。請把檔案複製到電腦上（例如「文件」資料夾），或重新下載，然後匯入複製後的檔案。</translation>
    </message>
    <message>
        <source>The file cannot be opened. Check that it is still there and not open in another program, then try again.</source>
        <translation>無法開啟這個檔案。請確認檔案還在原來的位置，而且沒有在其他程式中開啟，然後重試。</translation>
    </message>
    <message>
        <source>ShopCloser&apos;s protection against malicious Excel files is switched off or missing, so ShopCloser does not start. If the environment variable {setting} is set, remove it: it switches the protection off. Otherwise reinstall ShopCloser: a part of it (defusedxml) is missing.</source>
        <translation>ShopCloser 防範惡意 Excel 檔案的保護已被關閉或缺失，因此 ShopCloser 不會啟動。如果設定了環境變數 {setting}，請刪除它：它會關閉這項保護。否則請重新安裝 ShopCloser：它的一個元件（defusedxml）缺失了。</translation>
    </message>
    <message>
        <source>The file {file} lists order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation>檔案 {file} 中訂單 {id} 出現了兩次，內容卻不同（第 {first} 列和第 {second} 列）。請從賣家中心重新匯出報表，然後匯入新檔案。本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file {file} lists items of order {id} in two places (rows {first} and {second}, with other rows between them) that do not agree. The seller centre lists each order&apos;s items together, once, so the file was changed after it was downloaded or put together from several reports. Import each item report as it was downloaded, one file each, or export it again from the seller centre. Nothing was imported.</source>
        <translation>檔案 {file} 中訂單 {id} 的商品出現在兩處（第 {first} 列和第 {second} 列，中間隔著其他列），而且內容對不上。賣家中心匯出時會把同一訂單的商品排在一起，只列一次，所以這個檔案在下載後被改動過，或者是由幾份報表拼起來的。請把每份寶貝報表按下載時的原樣分別匯入，或者從賣家中心重新匯出。本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file {file} lists item {sub_order} of order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation>檔案 {file} 中訂單 {id} 的商品（子訂單 {sub_order}）出現了兩次，內容卻不同（第 {first} 列和第 {second} 列）。請從賣家中心重新匯出報表，然後匯入新檔案。本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a report. Import the report files inside it instead. Nothing was imported.</source>
        <translation>{path} 是一個資料夾，不是報表。請改為匯入其中的報表檔案。本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The file {path} does not exist or is not a file. Check the name and try again. Nothing was imported.</source>
        <translation>檔案 {path} 不存在，或者不是一個檔案。請檢查檔名後重試。本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The data file {path} is busy: another ShopCloser command (an import, for one) is writing to it. Try again when it has finished.</source>
        <translation>資料檔案 {path} 正忙：另一個 ShopCloser 指令（例如匯入）正在寫入。請等它完成後再試。</translation>
    </message>
    <message>
        <source>There is not enough free disk space to save changes to the data file {path}. Free some space on that disk, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>磁碟空間不足，無法把改動儲存到資料檔案 {path}。請在那個磁碟上騰出一些空間，然後再試一次。ShopCloser 儲存每項改動時不是全部儲存，就是完全不儲存：資料檔案不會只寫了一半。</translation>
    </message>
    <message>
        <source>The data file {path} cannot be written: it, its folder, or the files SQLite keeps beside it (ending in -wal and -shm) are read-only or belong to another user. Make them writable, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>無法寫入資料檔案 {path}：它本身、它所在的資料夾，或 SQLite 放在它旁邊的檔案（以 -wal 和 -shm 結尾）是唯讀的，或屬於另一個使用者。請把它們改為可寫入，然後再試一次。ShopCloser 儲存每項改動時不是全部儲存，就是完全不儲存：資料檔案不會只寫了一半。</translation>
    </message>
    <message>
        <source>The disk refused to save changes to the data file {path}: it may be full, or a drive was removed. Check the disk and free some space on it, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>磁碟拒絕儲存對資料檔案 {path} 的改動：磁碟可能已滿，或外接硬碟、隨身碟已被拔出。請檢查磁碟並騰出一些空間，然後再試一次。ShopCloser 儲存每項改動時不是全部儲存，就是完全不儲存：資料檔案不會只寫了一半。</translation>
    </message>
    <message>
        <source>ShopCloser cannot use the database {url} ({detail}). Give the path of a data file with --db instead.</source>
        <translation>ShopCloser 無法使用資料庫 {url}（{detail}）。請改用 --db 指定一個資料檔案的路徑。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file. Name a file in it with --db (for example {example}).</source>
        <translation>{path} 是一個資料夾，不是資料檔案。請用 --db 指定其中的一個檔案（例如 {example}）。</translation>
    </message>
    <message>
        <source>The data file {path} could not be opened ({detail}). Choose another file with --db, or move this one away and start again.</source>
        <translation>無法開啟資料檔案 {path}（{detail}）。請用 --db 選擇其他檔案，或者把這個檔案移到別處後重新啟動。</translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of ShopCloser. Install that version to open it; this version has not changed it.</source>
        <translation>資料檔案 {path} 是由更新版本的 ShopCloser 寫入的。請安裝該版本來開啟它；目前版本沒有改動這個檔案。</translation>
    </message>
    <message>
        <source>The data file {path} needs an upgrade; open it in ShopCloser first.</source>
        <translation>資料檔案 {path} 需要升級，請先在 ShopCloser 視窗中開啟它。</translation>
    </message>
    <message>
        <source>The password file {path} could not be read. Check the name, and save it as plain text with the password on the first line.</source>
        <translation>無法讀取密碼檔案 {path}。請檢查檔名，並把它儲存為純文字檔，密碼寫在第一行。</translation>
    </message>
    <message>
        <source>The password file {path} is empty. Put the password on its first line.</source>
        <translation>密碼檔案 {path} 是空的。請把密碼寫在第一行。</translation>
    </message>
    <message>
        <source>This Excel file is protected with a password. Put the password on the first line of a text file and run the command again with --password-file FILE.</source>
        <translation>這個 Excel 檔案設有密碼。請把密碼寫在一個文字檔的第一行，然後加上 --password-file 密碼檔案 重新執行這個指令。</translation>
    </message>
    <message>
        <source>{name} is not a ShopCloser backup workbook. Choose a file that ShopCloser wrote with Export backup.</source>
        <translation>{name} 不是 ShopCloser 的備份活頁簿。請選擇用 ShopCloser 的「匯出備份」產生的檔案。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be read. Use another copy of the backup, or make a new one.</source>
        <translation>備份 {name} 已損壞，無法讀取。請使用這份備份的其他副本，或者重新備份一次。</translation>
    </message>
    <message>
        <source>The backup {name} was written by a newer version of ShopCloser. Install that version to read it.</source>
        <translation>備份 {name} 是由更新版本的 ShopCloser 寫入的。請安裝該版本來讀取它。</translation>
    </message>
    <message>
        <source>This file cannot be read as a stock list. Save it as CSV or Excel (.xlsx) with a header row, then choose it again.</source>
        <translation>無法把這個檔案當作庫存清單讀取。請把它另存為帶標題列的 CSV 或 Excel（.xlsx）檔案，然後重新選擇。</translation>
    </message>
    <message>
        <source>The stock list has no SKU column. Give the column of codes a header such as 商家编码 or SKU (and optionally 标题 and 数量), then choose the file again.</source>
        <translation>庫存清單中沒有存放商家編碼的欄。請給編碼所在的欄加上標題「商家編碼」或「SKU」（也可以加上「標題」和「數量」欄；簡體或繁體字皆可），然後重新選擇該檔案。</translation>
    </message>
    <message>
        <source>Row {row} of the stock list has the quantity “{value}”, which is not a whole number of 0 or more. Correct it, then choose the file again.</source>
        <translation>庫存清單第 {row} 列的數量是「{value}」，不是大於或等於 0 的整數。請改正後重新選擇該檔案。</translation>
    </message>
    <message>
        <source>The stock list is too large (more than {lines} rows or 50 MB). Split it into smaller files and import them one by one.</source>
        <translation>庫存清單太大了（超過 {lines} 列或 50 MB）。請拆分成幾個小檔案，逐個匯入。</translation>
    </message>
    <message>
        <source>The backup {name} is protected with a password. Give the password to open it (in the command line: --password-file FILE).</source>
        <translation>備份 {name} 設有密碼。請提供密碼以開啟它（命令列中用 --password-file 密碼檔案）。</translation>
    </message>
    <message>
        <source>The password for {name} is not correct. Check it (capital letters count) and try again.</source>
        <translation>{name} 的密碼不正確。請檢查密碼（區分大小寫）後重試。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and try again.</source>
        <translation>檔案 {path} 不存在。請檢查檔名後重試。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({detail}). Check the drive.</source>
        <translation>無法讀取檔案 {path}（{detail}）。請檢查檔案所在的磁碟。</translation>
    </message>
    <message>
        <source>One text in the data is {length} characters long; a spreadsheet cell holds at most 32,767. Please report this to support with the log file.</source>
        <translation>資料中有一段文字長達 {length} 個字元，而試算表的一個儲存格最多只能容納 32,767 個字元。請把這個問題連同記錄檔一起回報給技術支援。</translation>
    </message>
    <message>
        <source>There is not enough free disk space to write the backup. Free some space or choose another drive, then try again. No backup file was changed.</source>
        <translation>磁碟空間不足，無法寫入備份。請空出一些空間或換一個磁碟，然後重試。沒有改動任何備份檔案。</translation>
    </message>
    <message>
        <source>ShopCloser cannot write in the folder {folder}. Choose another folder (for example your Documents folder or a USB drive) and try again.</source>
        <translation>ShopCloser 無法寫入資料夾 {folder}。請換一個資料夾（例如「文件」資料夾或隨身碟）後重試。</translation>
    </message>
    <message>
        <source>The file {path} is open in another program (such as Excel). Close it there, or choose another file name, and try again. The file was not changed.</source>
        <translation>檔案 {path} 正在其他程式（例如 Excel）中開啟。請先在那個程式裡關閉它，或者換一個檔名，然後重試。該檔案沒有被改動。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check the drive and the folder, or choose another place, and try again.</source>
        <translation>無法把備份寫入 {path}（{detail}）。請檢查磁碟和資料夾，或者換一個位置，然後重試。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the backup inside it.</source>
        <translation>{path} 是一個資料夾。請在其中為備份指定一個檔名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the backup.</source>
        <translation>資料夾 {folder} 不存在。請為備份選擇一個已有的資料夾。</translation>
    </message>
    <message>
        <source>The password is empty. Choose a password to protect the backup with.</source>
        <translation>密碼為空。請設定一個密碼來保護備份。</translation>
    </message>
    <message>
        <source>The backup did not match the data when it was read back (sheets: {sheets}), so it was not saved. Check the drive, then try again or choose another place.</source>
        <translation>寫入後回讀時，備份與資料不一致（工作表：{sheets}），因此沒有儲存。請檢查磁碟，然後重試或換一個位置。</translation>
    </message>
    <message>
        <source>There is no import number {id}. The list of imports shows the numbers you can use.</source>
        <translation>沒有編號為 {id} 的匯入。匯入清單中列出了可用的編號。</translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation>編號 {id} 的匯入已經復原過了。</translation>
    </message>
    <message>
        <source>Import {id} cannot be undone yet: import {latest} was made after it. Undo the newer imports first, newest first.</source>
        <translation>編號 {id} 的匯入暫時不能復原：在它之後還有編號 {latest} 的匯入。請從最新的一次開始，依次復原較新的匯入。</translation>
    </message>
    <message>
        <source>Enter the SKU (商家编码) of the stock item first.</source>
        <translation>請先輸入庫存商品的商家編碼。</translation>
    </message>
    <message>
        <source>An SKU can be at most {limit} characters long; shorten “{sku}…”.</source>
        <translation>商家編碼最多 {limit} 個字元，請縮短「{sku}…」。</translation>
    </message>
    <message>
        <source>A quantity cannot be below 0. Enter how many units you still hold.</source>
        <translation>數量不能小於 0。請輸入您手上還剩多少件。</translation>
    </message>
    <message>
        <source>The SKU {sku} is listed already. Change its quantity in the list instead.</source>
        <translation>商家編碼 {sku} 已在清單中。請直接在清單中修改它的數量。</translation>
    </message>
    <message>
        <source>Choose at least one stock item first.</source>
        <translation>請先選擇至少一個庫存商品。</translation>
    </message>
    <message>
        <source>These SKUs are not in the stock list: {skus}. Add them first; nothing was changed.</source>
        <translation>以下商家編碼不在庫存清單中：{skus}。請先新增它們；沒有做任何改動。</translation>
    </message>
    <message>
        <source>Order numbers not in your data ({count}): {ids}. Check the numbers, or import the export that contains them first. No order was marked.</source>
        <translation>不在您資料中的訂單編號（{count} 個）：{ids}。請檢查編號，或者先匯入包含這些訂單的匯出檔案。沒有標記任何訂單。</translation>
    </message>
    <message>
        <source>Order numbers not in your data ({count}): {ids}. Check the numbers. No mark was undone.</source>
        <translation>不在您資料中的訂單編號（{count} 個）：{ids}。請檢查編號。沒有取消任何標記。</translation>
    </message>
    <message>
        <source>No order was given. Choose at least one order first.</source>
        <translation>沒有指定訂單。請先選擇至少一筆訂單。</translation>
    </message>
    <message>
        <source>“{action}” is not a way of handling an order. Choose one of: {choices}.</source>
        <translation>「{action}」不是有效的訂單處理方式。請從以下選項中選擇：{choices}。</translation>
    </message>
    <message>
        <source>A mark with the action “Other (see note)” needs a note saying what you did (on the command line: --note). No order was marked.</source>
        <translation>處理方式選「其他（見備註）」時，必須填寫備註，寫明您是怎麼處理的（命令列中用 --note）。沒有標記任何訂單。</translation>
    </message>
    <message>
        <source>There is no verified backup of the data as it is now, so personal data was not removed. Export a backup (not a masked copy) first; then purge.</source>
        <translation>目前資料還沒有驗證過的備份，因此沒有清除個人資料。請先匯出一份備份（不是遮蔽副本），再清除。</translation>
    </message>
    <message>
        <source>The backup {path} is no longer the file ShopCloser wrote and verified (it was moved, changed or deleted), so personal data was not removed. Export a new backup first; then purge.</source>
        <translation>備份 {path} 已不是 ShopCloser 當初寫入並驗證的那個檔案（被移動、修改或刪除了），因此沒有清除個人資料。請先匯出一份新備份，再清除。</translation>
    </message>
    <message>
        <source>Personal data was removed, but the old bytes could not yet be wiped from the data file because another program is reading it. Close other ShopCloser windows and run Purge again.</source>
        <translation>個人資料已清除，但由於有其他程式正在讀取資料檔案，舊資料還沒能從檔案中徹底抹除。請關閉其他 ShopCloser 視窗，然後再清除一次。</translation>
    </message>
    <message>
        <source>The report could not be saved as {path} ({reason}). If the file is open in Excel, close it; otherwise choose another folder with enough free space.</source>
        <translation>無法把報表儲存為 {path}（{reason}）。如果該檔案正在 Excel 中開啟，請先關閉；否則請換一個空間充足的資料夾。</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty data file, and this one already holds orders or imports. Start ShopCloser with a new data file (--db NEW.db, or move the current one away) and restore there. Nothing was changed.</source>
        <translation>備份只能還原到空的資料檔案中，而目前資料檔案裡已有訂單或匯入記錄。請用新的資料檔案啟動 ShopCloser（使用 --db NEW.db，或者把目前檔案移到別處），再在那裡還原。沒有做任何改動。</translation>
    </message>
    <message>
        <source>This is a masked copy for sharing: buyers&apos; details in it are masked, so it cannot be restored. Restore the full backup instead. Nothing was changed.</source>
        <translation>這是用於分享的遮蔽副本：其中的買家資訊已遮蔽，因此不能用來還原。請改用完整備份來還原。沒有做任何改動。</translation>
    </message>
    <message>
        <source>The backup does not match its manifest (sheets: {sheets}): it was changed or damaged after it was written, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation>備份與驗證清單不一致（工作表：{sheets}）：它在寫入後被修改或損壞了，因此沒有還原。請使用這份備份的其他副本。沒有做任何改動。</translation>
    </message>
    <message>
        <source>The backup {name} lacks sheets that a restore needs, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation>備份 {name} 缺少還原所需的工作表，因此沒有還原。請使用這份備份的其他副本。沒有做任何改動。</translation>
    </message>
    <message>
        <source>ShopCloser is open on this data file in another window, or a command is changing it, so it cannot be changed from here. Do this in that window, or try again once the window is closed or the command has finished.</source>
        <translation>另一個 ShopCloser 視窗正在使用這個資料檔案，或者有指令正在修改它，因此無法在這裡修改。請在那個視窗中操作，或者等視窗關閉、指令結束後重試。</translation>
    </message>
    <message>
        <source>The file {file} cannot be imported, so nothing was imported.</source>
        <translation>檔案 {file} 無法匯入，因此本次沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>Row longer than the header: {read} cells for {columns} columns; what is past the last column was not imported</source>
        <translation>這一列比標題列長：標題列有 {columns} 欄，這一列有 {read} 個儲存格；最後一欄之後的內容沒有匯入</translation>
    </message>
    <message>
        <source>Incomplete row: only {read} of {columns} columns (the file may be cut short)</source>
        <translation>這一列不完整：只讀到 {columns} 欄中的 {read} 欄（檔案可能被截斷了）</translation>
    </message>
    <message>
        <source>Incomplete row: the file ends inside its last cell (it may be cut short)</source>
        <translation>這一列不完整：檔案在它的最後一格中間就結束了（檔案可能被截斷了）</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}：{value}</translation>
    </message>
    <message>
        <source>There is no data file at {path} to compare the backup with. Name the data file that holds your orders with --db. Nothing was changed.</source>
        <translation>找不到資料檔案 {path}，無法與備份比對。請用 --db 指定存有您訂單的資料檔案。沒有改動任何內容。</translation>
    </message>
    <message>
        <source>There is no data file at {path}: nothing has been imported into it. Name the data file that holds your orders with --db. Nothing was changed.</source>
        <translation>{path} 處沒有資料檔案：還沒有往其中匯入過任何內容。請用 --db 指定存有您訂單的資料檔案。沒有改動任何內容。</translation>
    </message>
    <message>
        <source>ShopCloser could not write its output ({error}): the disk may be full. What the command did is done all the same; shopcloser status shows what the data file holds now.</source>
        <translation>ShopCloser 無法寫出輸出內容（{error}）：磁碟可能已滿。指令本身要做的事已經做完；執行 shopcloser status 可以查看資料檔案現在的內容。</translation>
    </message>
    <message>
        <source>Nothing to back up yet: this data file holds no orders. Import your orders first (shopcloser import FILE…), or name the data file that holds them with --db. No file was written.</source>
        <translation>還沒有可備份的內容：這個資料檔案中沒有訂單。請先匯入訂單（shopcloser import 檔案…），或者用 --db 指定存有訂單的資料檔案。沒有寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Mark handled…</source>
        <translation>標記為已處理…</translation>
    </message>
    <message>
        <source>Undo the mark</source>
        <translation>取消標記</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>買家</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>買家暱稱</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation>買家留言</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show this buyer&apos;s full name, phone and address (only on this screen)</source>
        <translation>顯示這位買家的完整姓名、電話和地址（僅在此畫面顯示）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款時間</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Received by the buyer</source>
        <translation>確認收貨時間</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家編碼</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記錄類型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>History of marks</source>
        <translation>標記記錄</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>選擇一筆訂單即可檢視詳情。</translation>
    </message>
    <message>
        <source>Order {id}</source>
        <translation>訂單 {id}</translation>
    </message>
    <message>
        <source>• {reason}: {help}</source>
        <translation>• {reason}：{help}</translation>
    </message>
    <message>
        <source>Finished, but still inside the after-sales window: the buyer can still ask for a refund. It does not block closing the shop.</source>
        <translation>交易已成功，但仍在售後期內：買家還可以申請退款。這不妨礙關店。</translation>
    </message>
    <message>
        <source>This order does not block closing the shop.</source>
        <translation>這筆訂單不妨礙關店。</translation>
    </message>
    <message>
        <source>What the import could not read (check it in the seller centre):</source>
        <translation>匯入時未能讀取的內容（請到賣家中心核對）：</translation>
    </message>
    <message>
        <source>Handled: {action}, by {who} on {when}. {note}</source>
        <translation>已處理：{action}，由 {who} 於 {when} 標記。{note}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>could not be read (see above)</source>
        <translation>未能讀取（見上方）</translation>
    </message>
    <message>
        <source>not in the files</source>
        <translation>檔案中沒有</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>Waiting for the buyer to pay</source>
        <translation>等待買家付款</translation>
    </message>
    <message>
        <source>No Alipay payment created</source>
        <translation>未建立支付寶交易</translation>
    </message>
    <message>
        <source>Paid, waiting for you to ship</source>
        <translation>買家已付款，等待您出貨</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分出貨</translation>
    </message>
    <message>
        <source>Shipped, waiting for the buyer</source>
        <translation>已出貨，等待買家確認收貨</translation>
    </message>
    <message>
        <source>Signed for (cash on delivery)</source>
        <translation>買家已簽收（貨到付款）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <source>Closed after a refund</source>
        <translation>退款後交易關閉</translation>
    </message>
    <message>
        <source>Closed before payment</source>
        <translation>未付款，交易關閉</translation>
    </message>
    <message>
        <source>Payment being confirmed</source>
        <translation>付款確認中</translation>
    </message>
    <message>
        <source>Waiting for pre-authorisation</source>
        <translation>等待預授權確認</translation>
    </message>
    <message>
        <source>Paid, shipping not allowed yet</source>
        <translation>已付款，暫不能出貨</translation>
    </message>
    <message>
        <source>Status not recognised</source>
        <translation>無法識別的狀態</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>無退款</translation>
    </message>
    <message>
        <source>Refund asked, waiting for you</source>
        <translation>買家申請退款，等待您處理</translation>
    </message>
    <message>
        <source>Waiting for the buyer to return</source>
        <translation>等待買家退貨</translation>
    </message>
    <message>
        <source>Returned, waiting for you</source>
        <translation>買家已退貨，等待您確認收貨</translation>
    </message>
    <message>
        <source>You refused the refund</source>
        <translation>您已拒絕退款</translation>
    </message>
    <message>
        <source>Refund closed</source>
        <translation>退款關閉</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款成功</translation>
    </message>
    <message>
        <source>Refund state not recognised</source>
        <translation>無法識別的退款狀態</translation>
    </message>
    <message>
        <source>Refund state not in the files</source>
        <translation>檔案中沒有退款狀態</translation>
    </message>
    <message>
        <source>Order still open</source>
        <translation>訂單未完成</translation>
    </message>
    <message>
        <source>Refund still open</source>
        <translation>退款未完結</translation>
    </message>
    <message>
        <source>The order is not finished: it is unpaid, not yet shipped, or not yet received. Ship it, or agree with the buyer to cancel it, and wait until the platform shows it finished or closed.</source>
        <translation>訂單還沒有完成：買家未付款、您還沒出貨，或者買家還沒收貨。請出貨，或與買家協商取消訂單，並等到平台顯示「交易成功」或「交易關閉」。</translation>
    </message>
    <message>
        <source>The export shows a status ShopCloser does not know. Look the order up in the seller centre and handle it as the platform shows it.</source>
        <translation>匯出檔案中的訂單狀態 ShopCloser 無法識別。請在賣家中心查到這筆訂單，依平台顯示的狀態處理。</translation>
    </message>
    <message>
        <source>A buyer has asked for a refund or a return that is not settled yet. Agree, refuse with a reason, or confirm the returned goods in the seller centre.</source>
        <translation>買家申請的退款或退貨還沒有處理完。請在賣家中心同意申請、說明理由後拒絕，或者確認收到退貨。</translation>
    </message>
    <message>
        <source>An item shows a refund state ShopCloser does not know. Look the refund up in the seller centre and settle it there.</source>
        <translation>有商品的退款狀態 ShopCloser 無法識別。請在賣家中心查到這筆退款並處理完畢。</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled with the buyer</source>
        <translation>已與買家協商取消</translation>
    </message>
    <message>
        <source>Closed on the platform</source>
        <translation>平台上已關閉</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>其他（見備註）</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>標記為已處理</translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation>取消標記</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Sold off</source>
        <translation>清倉售出</translation>
    </message>
    <message>
        <source>Returned to supplier</source>
        <translation>退回供應商</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>自行保留</translation>
    </message>
    <message>
        <source>Import your orders first</source>
        <translation>請先匯入訂單</translation>
    </message>
    <message>
        <source>Not yet: orders still block closing the shop</source>
        <translation>還不行：仍有訂單阻礙關店</translation>
    </message>
    <message>
        <source>Almost: no order blocks, a few things need care</source>
        <translation>快了：沒有訂單阻礙關店，還有幾件事要留意</translation>
    </message>
    <message>
        <source>Yes: nothing stands in the way of closing the shop</source>
        <translation>可以：已沒有任何事項妨礙關店</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Marks log</source>
        <translation>標記記錄</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Handled?</source>
        <translation>是否已處理</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Why it blocked</source>
        <translation>阻礙原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記錄類型</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>無需處理</translation>
    </message>
    <message>
        <source>Report made at</source>
        <translation>報表產生時間</translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation>列出的訂單</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部訂單</translation>
    </message>
    <message>
        <source>Only orders that blocked closure</source>
        <translation>僅阻礙過關店的訂單</translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation>仍阻礙關店</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您處理</translation>
    </message>
    <message>
        <source>Finished, still inside after-sales</source>
        <translation>交易成功，仍在售後期內</translation>
    </message>
    <message>
        <source>Can the shop close?</source>
        <translation>可以關店了嗎？</translation>
    </message>
    <message>
        <source>Orders still blocking, by reason</source>
        <translation>仍阻礙關店的訂單（依原因）</translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation>全部訂單（依狀態）</translation>
    </message>
    <message>
        <source>Entries in the marks log</source>
        <translation>標記記錄筆數</translation>
    </message>
    <message>
        <source>Stock items still needing a decision</source>
        <translation>尚未決定去向的庫存商品</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>買家</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation>阻礙原因</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{action} — {who}, {when}</source>
        <translation>{action} — {who}，{when}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
</context>
<context>
    <name>OrdersReport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the reconciliation report</source>
        <translation>儲存訂單核對報告</translation>
    </message>
    <message>
        <source>reconciliation-report</source>
        <translation>訂單核對報告</translation>
    </message>
    <message>
        <source>blocking-orders-report</source>
        <translation>阻礙關店的訂單</translation>
    </message>
    <message>
        <source>Saving the reconciliation report</source>
        <translation>正在儲存訂單核對報告</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>報告已儲存</translation>
    </message>
    <message>
        <source>The reconciliation report was saved as {path}.</source>
        <translation>訂單核對報告已儲存為 {path}。</translation>
    </message>
    <message>
        <source>Save the marks log</source>
        <translation>儲存標記記錄</translation>
    </message>
    <message>
        <source>marks-log</source>
        <translation>標記記錄</translation>
    </message>
    <message>
        <source>Marks log saved</source>
        <translation>標記記錄已儲存</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries of the marks log were saved as {path}.</source>
        <translation>
            <numerusform>已將 %Ln 筆標記記錄儲存為 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Find an order by number, buyer or item</source>
        <translation>依訂單編號、買家或商品搜尋訂單</translation>
    </message>
    <message>
        <source>No orders yet. Import the order report you exported from the seller centre.</source>
        <translation>還沒有訂單。請匯入從賣家中心匯出的訂單報表。</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>匯入訂單…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Leftover stock</source>
        <translation>剩餘庫存</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>標記為已處理…</translation>
    </message>
    <message>
        <source>Undo their marks</source>
        <translation>取消這些標記</translation>
    </message>
    <message>
        <source>The selected orders block again if still open</source>
        <translation>所選訂單如果仍未完成，會重新阻礙關店</translation>
    </message>
    <message>
        <source>Undo last marking</source>
        <translation>復原上一次標記</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) handled ({action}).</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單標記為已處理（{action}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the marks of %Ln order(s).</source>
        <translation>
            <numerusform>已取消 %Ln 筆訂單的標記。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were not marked handled.</source>
        <translation>
            <numerusform>其中 %Ln 筆原本就沒有標記為已處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>尋找訂單</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>訂單狀態</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Still blocking</source>
        <translation>仍阻礙關店</translation>
    </message>
    <message>
        <source>Finished, in after-sales</source>
        <translation>交易成功，在售後期內</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您處理</translation>
    </message>
    <message>
        <source>With rows to review</source>
        <translation>含待核對的列</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部訂單</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Any refund state</source>
        <translation>全部退款狀態</translation>
    </message>
    <message>
        <source>Any open refund</source>
        <translation>有未完結的退款</translation>
    </message>
    <message>
        <source>No order blocks closing the shop.</source>
        <translation>沒有訂單阻礙關店。</translation>
    </message>
    <message>
        <source>No order matches. Try another filter or search.</source>
        <translation>沒有符合條件的訂單。請換個篩選條件或搜尋詞試試。</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>已選 {n} 筆</translation>
    </message>
    <message>
        <source>The last marking was undone.</source>
        <translation>已復原上一次標記。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Import orders…</source>
        <translation>匯入訂單…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>您的訂單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation>仍阻礙關店</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您處理</translation>
    </message>
    <message>
        <source>Before you close the shop</source>
        <translation>關店前的準備</translation>
    </message>
    <message>
        <source>Your files do not show whether refunds are still open: the item report is missing, or it is an older export without a 退款状态 (refund state) column. Check the refunds in the seller centre, then tick this yourself.</source>
        <translation>您的檔案看不出是否還有未完結的退款：沒有匯入寶貝報表，或者它是較早的匯出，沒有「退款状态」這一欄。請在賣家中心查看退款情況，然後自己勾選此項。</translation>
    </message>
    <message>
        <source>ShopCloser ticks this itself from your imported orders.</source>
        <translation>此項由 ShopCloser 根據您匯入的訂單自動勾選。</translation>
    </message>
    <message>
        <source>Decide for certain: closing deletes the shop and its data for good</source>
        <translation>想清楚再決定：關店會永久刪除店鋪及其資料</translation>
    </message>
    <message>
        <source>Finish every remaining order (no order still blocks)</source>
        <translation>處理完所有剩餘訂單（沒有訂單阻礙關店）</translation>
    </message>
    <message>
        <source>Deal with the stock you still hold</source>
        <translation>處理好手上的剩餘庫存</translation>
    </message>
    <message>
        <source>Secure the account: change the password, check for misuse</source>
        <translation>保護好帳號：修改密碼，檢查有沒有被盜用</translation>
    </message>
    <message>
        <source>Settle any rule violations on the platform first</source>
        <translation>先處理完平台上的違規記錄</translation>
    </message>
    <message>
        <source>Keep a verified backup of orders, buyers and after-sales records</source>
        <translation>保留一份驗證過的訂單、買家和售後記錄備份</translation>
    </message>
    <message>
        <source>Finish after-sales work and disputes (no open refund)</source>
        <translation>處理完售後和糾紛（沒有未完結的退款）</translation>
    </message>
    <message>
        <source>Clear the shop&apos;s decoration and content</source>
        <translation>清理店鋪裝潢和內容</translation>
    </message>
    <message>
        <source>Tell suppliers, couriers, staff and partners in advance</source>
        <translation>提前通知供應商、物流業者、員工和合作夥伴</translation>
    </message>
    <message>
        <source>Make sure returns and refunds can still be completed</source>
        <translation>確保退貨和退款仍能順利完成</translation>
    </message>
    <message>
        <source>Protect, then delete, buyers&apos; personal information</source>
        <translation>先保護好、再刪除買家個人資料</translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation>已處理 {done}/{total} 筆</translation>
    </message>
    <message>
        <source>Start by importing your orders</source>
        <translation>先匯入您的訂單</translation>
    </message>
    <message>
        <source>In the seller centre, open 已卖出的宝贝 (items sold), choose 批量导出 (export), and download both the order report and the item report. Then import them here, or drop them on this window.</source>
        <translation>在賣家中心開啟「已卖出的宝贝」，選擇「批量导出」，把訂單報表和寶貝報表都下載下來。然後在這裡匯入，或者直接把檔案拖到這個視窗中。</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %Ln order(s) still block closing the shop</source>
        <translation>
            <numerusform>還不行：仍有 %Ln 筆訂單阻礙關店</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Order reconciliation to see each one and why it blocks.</source>
        <translation>開啟「訂單核對」，可檢視每一筆訂單及其阻礙原因。</translation>
    </message>
    <message>
        <source>No order blocks closing the shop</source>
        <translation>沒有訂單阻礙關店</translation>
    </message>
    <message>
        <source>Check the remaining steps below before you close the shop on the platform.</source>
        <translation>在平台上關店之前，請檢查下面剩下的步驟。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>The password you entered does not open {name}. Check it (capital letters count) and enter it again.</source>
        <translation>您輸入的密碼打不開 {name}。請檢查密碼（區分大小寫）後再輸入一次。</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密碼</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read · finishing…</source>
        <translation>
            <numerusform>已讀取全部 %Ln 列 · 正在收尾…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s)</source>
        <translation>
            <numerusform>{done}/%Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s) · {speed} rows/s · about {left} s left</source>
        <translation>
            <numerusform>{done}/%Ln 列 · 每秒 {speed} 列 · 約剩 {left} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · {speed} rows/s</source>
        <translation>
            <numerusform>%Ln 列 · 每秒 {speed} 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消…不會做任何改動。</translation>
    </message>
    <message>
        <source>Already saving: this can no longer be stopped. It ends in a moment.</source>
        <translation>已經在儲存，無法再取消，馬上就會完成。</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>儲存報表…</translation>
    </message>
    <message>
        <source>All orders…</source>
        <translation>全部訂單…</translation>
    </message>
    <message>
        <source>Only orders that blocked closure…</source>
        <translation>僅阻礙過關店的訂單…</translation>
    </message>
    <message>
        <source>Marks log only…</source>
        <translation>僅標記記錄…</translation>
    </message>
    <message>
        <source>Orders: {orders} · still blocking: {blocking} · handled by you: {handled} · finished, in after-sales: {watch}</source>
        <translation>{orders} 筆訂單 · {blocking} 筆仍阻礙關店 · {handled} 筆已由您處理 · {watch} 筆交易成功但仍在售後期內</translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation>已處理 {done}/{total} 筆</translation>
    </message>
    <message>
        <source>Still blocking, by reason</source>
        <translation>仍阻礙關店（依原因）</translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation>全部訂單（依狀態）</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason}：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished order(s) still inside after-sales</source>
        <translation>
            <numerusform>%Ln 筆交易成功的訂單仍在售後期內</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stock item(s) without a decision</source>
        <translation>
            <numerusform>%Ln 個庫存商品尚未決定去向</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>還需要做：</translation>
    </message>
    <message>
        <source>Before you close, see to:</source>
        <translation>關店前請留意：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>依照系統設定</translation>
    </message>
    <message>
        <source>e.g. 王小明 (customer service)</source>
        <translation>例如：王小明（客服）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新語言將在下次啟動時生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Your name (recorded when you mark orders handled)</source>
        <translation>您的姓名（標記訂單為已處理時會記錄下來）</translation>
    </message>
    <message>
        <source>After-sales window for finished orders</source>
        <translation>交易成功訂單的售後期</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Before you close, decide what happens to the stock you still hold: sell it off, return it to the supplier, write it off, or keep it. ShopCloser lists the SKUs (商家编码) from your item reports; enter how many units you still hold.</source>
        <translation>關店前，請決定手上剩餘庫存的去向：清倉售出、退回供應商、報廢，或者自行保留。ShopCloser 會列出寶貝報表中的商家編碼，請填寫每個編碼還剩多少件。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家編碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Units held</source>
        <translation>剩餘件數</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未清點</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>已售件數</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Add SKUs from my orders</source>
        <translation>從我的訂單新增商家編碼</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>匯入清單…</translation>
    </message>
    <message>
        <source>Units held…</source>
        <translation>剩餘件數…</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>已無剩餘</translation>
    </message>
    <message>
        <source>You hold none of the selected SKUs any more</source>
        <translation>所選商家編碼都已沒有剩餘庫存</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>決定去向</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{skus} SKUs · {undecided} need a decision · {units} units still held</source>
        <translation>{skus} 個商家編碼 · {undecided} 個待決定去向 · 剩餘 {units} 件</translation>
    </message>
    <message>
        <source>Import a stock list</source>
        <translation>匯入庫存清單</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>How many units of %Ln SKU(s) do you still hold?</source>
        <translation>
            <numerusform>這 %Ln 個商家編碼您還剩多少件？</numerusform>
        </translation>
    </message>
</context>
</TS>
