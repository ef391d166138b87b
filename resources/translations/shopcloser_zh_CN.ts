<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ShopCloser</source>
        <translation>关于 ShopCloser</translation>
    </message>
    <message>
        <source>Helps you close a Taobao or Tmall shop, or switch off its order insurance, without leaving an order unfinished and without losing or leaking data.</source>
        <translation>帮您关闭淘宝或天猫店铺，或关闭店铺的订单险，不留下未完成的订单，也不丢失、不泄露数据。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Components&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} and PySide6 {pyside} are used under the GNU LGPL version 3. You may obtain their source code from https://download.qt.io and replace the Qt libraries in the installation folder with your own build.&lt;/p&gt;&lt;p&gt;SQLAlchemy and Alembic (MIT), openpyxl (MIT), python-calamine-plus (MIT), platformdirs (MIT), msoffcrypto-tool (MIT), defusedxml (PSF) and Python (PSF).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;第三方组件&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt {qt} 和 PySide6 {pyside} 依据 GNU LGPL 第 3 版使用。您可以从 https://download.qt.io 获取它们的源代码，并用您自己编译的版本替换安装文件夹中的 Qt 库。&lt;/p&gt;&lt;p&gt;SQLAlchemy 和 Alembic（MIT）、openpyxl（MIT）、python-calamine-plus（MIT）、platformdirs（MIT）、msoffcrypto-tool（MIT）、defusedxml（PSF）以及 Python（PSF）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddStockDialog</name>
    <message>
        <source>Add a stock item</source>
        <translation>添加库存商品</translation>
    </message>
    <message>
        <source>商家编码, e.g. SKU-1001</source>
        <translation>商家编码，例如 SKU-1001</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Units you still hold</source>
        <translation>剩余件数</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Handling log</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Undo data</source>
        <translation>撤销导入所需数据</translation>
    </message>
    <message>
        <source>Leftover stock</source>
        <translation>剩余库存</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>校验清单</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>已标记处理</translation>
    </message>
    <message>
        <source>Blocks closure because</source>
        <translation>阻碍关店的原因</translation>
    </message>
    <message>
        <source>Known only from item report</source>
        <translation>仅见于宝贝报表</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>无法读取的单元格</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>首次导入编号</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最近导入编号</translation>
    </message>
    <message>
        <source>Shop no.</source>
        <translation>店铺序号</translation>
    </message>
    <message>
        <source>Item key</source>
        <translation>宝贝标识</translation>
    </message>
    <message>
        <source>Line in order</source>
        <translation>订单内序号</translation>
    </message>
    <message>
        <source>Refund status code</source>
        <translation>退款状态代码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Sub-order number</source>
        <translation>子订单编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>买家会员名</translation>
    </message>
    <message>
        <source>Alipay account</source>
        <translation>支付宝账号</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>累计实付金额</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入编号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>新增订单</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>更新订单</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <source>Items added</source>
        <translation>新增宝贝</translation>
    </message>
    <message>
        <source>Items updated</source>
        <translation>更新宝贝</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>待核对行数</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>文件序号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <source>Rows in file</source>
        <translation>文件行数</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>文件 SHA-256 校验值</translation>
    </message>
    <message>
        <source>File details</source>
        <translation>文件详情</translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Row key</source>
        <translation>行标识</translation>
    </message>
    <message>
        <source>Before the import</source>
        <translation>导入前的内容</translation>
    </message>
    <message>
        <source>Merchant code (SKU)</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Units left</source>
        <translation>剩余件数</translation>
    </message>
    <message>
        <source>What happens to it</source>
        <translation>处理去向</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>Writing {sheet}…</source>
        <translation>正在写入“{sheet}”…</translation>
    </message>
    <message>
        <source>Compressing the workbook…</source>
        <translation>正在压缩工作簿…</translation>
    </message>
    <message>
        <source>Checking {sheet}…</source>
        <translation>正在校验“{sheet}”…</translation>
    </message>
    <message>
        <source>Encrypting the workbook…</source>
        <translation>正在加密工作簿…</translation>
    </message>
    <message>
        <source>Restoring {sheet}…</source>
        <translation>正在恢复“{sheet}”…</translation>
    </message>
    <message>
        <source>Removing personal data…</source>
        <translation>正在清除个人信息…</translation>
    </message>
    <message>
        <source>Wiping freed space in the data file…</source>
        <translation>正在擦除数据文件中腾出的空间…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>SHA-256 of the contents</source>
        <translation>内容的 SHA-256 校验值</translation>
    </message>
    <message>
        <source>ShopCloser backup</source>
        <translation>ShopCloser 备份</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>ShopCloser version</source>
        <translation>ShopCloser 版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本类型</translation>
    </message>
    <message>
        <source>Full copy with buyers&apos; personal data. Keep it protected with a password, somewhere safe and offline.</source>
        <translation>完整副本，含买家个人信息。请用密码保护，并离线存放在安全的地方。</translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants: buyers&apos; names, phones, addresses and Alipay accounts are masked. It cannot be restored.</source>
        <translation>供员工和会计使用的脱敏副本：买家的姓名、电话、地址和支付宝账号都已打码。此副本不能用于恢复。</translation>
    </message>
    <message>
        <source>The Manifest sheet lists each sheet&apos;s rows and checksum; Verify in ShopCloser checks them. Changing this workbook makes Verify fail.</source>
        <translation>“校验清单”工作表列出了每个工作表的行数和校验值，ShopCloser 的“校验备份”会逐一核对。改动本工作簿会导致校验失败。</translation>
    </message>
    <message>
        <source>Times are the shop&apos;s local time, as in the seller centre&apos;s exports.</source>
        <translation>时间均为店铺当地时间，与卖家中心导出的文件一致。</translation>
    </message>
    <message>
        <source>Every order, with every column of your export files under its original header, plus its status code and what ShopCloser recorded.</source>
        <translation>全部订单：保留导出文件中的每一列及其原始列名，另附状态代码和 ShopCloser 记录的信息。</translation>
    </message>
    <message>
        <source>Every item (sub-order) with its refund status, under the original headers.</source>
        <translation>全部宝贝（子订单）及其退款状态，沿用原始列名。</translation>
    </message>
    <message>
        <source>Payments and refunds: time, order, amount and kind.</source>
        <translation>付款和退款记录：时间、订单、金额和类型。</translation>
    </message>
    <message>
        <source>One row per buyer: member name, Alipay account, receiver, phone, address, number of orders, total paid, first and last order.</source>
        <translation>每位买家一行：会员名、支付宝账号、收货人、电话、地址、订单数、累计实付金额、首次和最近下单时间。</translation>
    </message>
    <message>
        <source>Items with a refund or return, whatever its state.</source>
        <translation>有退款或退货的宝贝，无论处理到哪一步。</translation>
    </message>
    <message>
        <source>Every time an order was marked handled (or the mark undone), by whom.</source>
        <translation>每一次把订单标记为已处理（或撤销标记）的记录，以及操作人。</translation>
    </message>
    <message>
        <source>Stock left when the shop closes: each SKU, how much is left and what happens to it.</source>
        <translation>关店时剩下的库存：每个商家编码、剩余数量，以及准备怎么处理。</translation>
    </message>
    <message>
        <source>This shop&apos;s settings in ShopCloser: the closure steps ticked, the after-sales days.</source>
        <translation>这家店在 ShopCloser 中的设置：已勾选的关店步骤、售后期天数。</translation>
    </message>
    <message>
        <source>Each import: when, which files (with their checksums), what changed.</source>
        <translation>每次导入的时间、导入的文件（含校验值）以及改动的内容。</translation>
    </message>
    <message>
        <source>The shops the orders belong to.</source>
        <translation>订单所属的店铺。</translation>
    </message>
    <message>
        <source>What each import overwrote, so that it can still be undone after a restore.</source>
        <translation>每次导入覆盖掉的内容，以便恢复备份后仍能撤销导入。</translation>
    </message>
    <message>
        <source>Rows and checksum of every sheet, for Verify.</source>
        <translation>每个工作表的行数和校验值，供校验使用。</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Closing the shop deletes its orders on the platform for good. Keep a backup workbook of your orders, buyers and after-sales records before you close.</source>
        <translation>关店后，平台上的订单会被永久删除。关店前，请把订单、买家和售后记录备份成一个 Excel 工作簿并保存好。</translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation>导出备份…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>One Excel workbook with every order (under your export files&apos; own column names), items, payments and refunds, customers, after-sales and your handling log. It is checked after writing. Keep a password-protected full copy somewhere safe and offline; give staff or accountants a masked copy.</source>
        <translation>一个 Excel 工作簿，包含全部订单（沿用导出文件的原始列名）、宝贝、付款和退款、客户、售后以及您的处理记录，写入后会自动校验。设有密码的完整备份请离线存放在安全的地方；给员工或会计的请用脱敏副本。</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>校验备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Check or restore a backup</source>
        <translation>校验或恢复备份</translation>
    </message>
    <message>
        <source>Verify reads a backup and checks every sheet against its manifest. Restore brings a full backup back, but only into an empty data file (for example on a new computer): it never mixes with orders already here.</source>
        <translation>“校验”会读取备份，并按校验清单逐一核对每个工作表。“恢复”会把完整备份还原回来，但只能恢复到空的数据文件中（例如在新电脑上），绝不会和这里已有的订单混在一起。</translation>
    </message>
    <message>
        <source>Purge personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Once a verified backup holds your data, you can remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser. Orders, statuses and amounts stay.</source>
        <translation>数据已存入一份校验通过的备份后，您可以从 ShopCloser 中删除买家的姓名、电话、地址、支付宝账号和留言。订单、状态和金额会保留。</translation>
    </message>
    <message>
        <source>Purge becomes available once a full backup of the data as it is now has been written (or verified).</source>
        <translation>为当前数据写入（或校验）一份完整备份后，才能清除个人信息。</translation>
    </message>
    <message>
        <source>Verified backup: {path} (verified {when})</source>
        <translation>已校验的备份：{path}（校验于 {when}）</translation>
    </message>
    <message>
        <source>Nothing to back up yet: import your orders first (File → Import orders…).</source>
        <translation>还没有可备份的内容：请先导入订单（文件 → 导入订单…）。</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>导出备份</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>正在写入备份</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>Orders: {orders}, items: {items}, handling log entries: {marks}.</source>
        <translation>共 {orders} 笔订单、{items} 件宝贝、{marks} 条处理记录。</translation>
    </message>
    <message>
        <source>{name} is intact. Orders: {orders}, items: {items}.</source>
        <translation>{name} 完好无损：{orders} 笔订单，{items} 件宝贝。</translation>
    </message>
    <message numerus="yes">
        <source>Personal data removed from %n order(s).</source>
        <translation>
            <numerusform>已清除 %n 笔订单中的个人信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>已删除数据文件的 %n 个旧副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password safe.</source>
        <translation>已用您的密码加密，请妥善保管密码。</translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked.</source>
        <translation>脱敏副本：买家个人信息已打码。</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <source>{name} does NOT match its manifest:</source>
        <translation>{name} 与校验清单不一致：</translation>
    </message>
    <message>
        <source>Do not rely on this file: use another copy of the backup.</source>
        <translation>请不要使用这个文件，改用这份备份的其他副本。</translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation>它包含 ShopCloser 中当前的全部数据。</translation>
    </message>
    <message>
        <source>It is older than the data in ShopCloser now (or from another shop):</source>
        <translation>它比 ShopCloser 中的当前数据旧（或来自另一家店铺）：</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation>{sheet}：缺少这个工作表</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation>{sheet}：这个工作表不在校验清单中</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation>{sheet}：应有 {expected} 行，实际 {found} 行</translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation>{sheet}：内容被改动过</translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation>{sheet}：有单元格被手动改过（{found}）</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} now</source>
        <translation>{sheet}：备份中有 {expected} 行，现在有 {found} 行</translation>
    </message>
    <message>
        <source>{sheet}: differs from the data now</source>
        <translation>{sheet}：与当前数据不同</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore {name} into this data file? This works only while the data file is empty; the backup is checked first, and nothing is changed if anything does not match.</source>
        <translation>要把 {name} 恢复到这个数据文件中吗？只有数据文件为空时才能恢复；恢复前会先校验备份，只要有一处不符，就不会做任何改动。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>Restored from {path}:</source>
        <translation>已从 {path} 恢复：</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Remove buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good?

They will then exist only in the backup
{path}
(verified {when}). Keep that file, and its password, safe. This cannot be undone.</source>
        <translation>要从 ShopCloser 中永久删除买家的姓名、电话、地址、支付宝账号和留言吗？

删除后，这些信息只保存在备份
{path}
（校验于 {when}）中。请妥善保管该文件及其密码。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Purging personal data</source>
        <translation>正在清除个人信息</translation>
    </message>
    <message>
        <source>It is kept only in the backup {path}.</source>
        <translation>这些信息现在只保存在备份 {path} 中。</translation>
    </message>
    <message>
        <source>Another backup step is still running. Wait for it to finish.</source>
        <translation>另一项备份操作仍在进行，请等它完成。</translation>
    </message>
    <message>
        <source>Cancelled: no file and no data were changed.</source>
        <translation>已取消：没有改动任何文件和数据。</translation>
    </message>
    <message>
        <source>ShopCloser hit a problem; nothing was changed.</source>
        <translation>ShopCloser 遇到问题，没有做任何改动。</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>A backup step is still running. Stop it and close? Nothing will be changed.</source>
        <translation>备份操作仍在进行。要停止并关闭吗？不会做任何改动。</translation>
    </message>
    <message>
        <source>The step was already being saved, so it could not be stopped: it is complete.</source>
        <translation>这一步已经在保存，无法再停止：它已经完成。</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it:</source>
        <translation>{name} 设有密码，请输入密码：</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>write the backup workbook of all orders</source>
        <translation>写出包含全部订单的备份工作簿</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>要写出的工作簿</translation>
    </message>
    <message>
        <source>protect the workbook with the password on its first line</source>
        <translation>用该文件第一行的密码加密工作簿</translation>
    </message>
    <message>
        <source>a copy for staff and accountants: buyers&apos; personal data masked</source>
        <translation>给员工和会计的副本：买家个人信息打码</translation>
    </message>
    <message>
        <source>check a backup workbook against its manifest</source>
        <translation>按校验清单检查备份工作簿</translation>
    </message>
    <message>
        <source>the backup workbook</source>
        <translation>备份工作簿</translation>
    </message>
    <message>
        <source>the password of a protected backup</source>
        <translation>加密备份的密码</translation>
    </message>
    <message>
        <source>also check that the backup holds the data in ShopCloser as it is now</source>
        <translation>同时检查备份是否包含 ShopCloser 中的当前数据</translation>
    </message>
    <message>
        <source>restore a backup into an empty data file</source>
        <translation>把备份恢复到空的数据文件中</translation>
    </message>
    <message>
        <source>remove buyers&apos; names, phones, addresses and messages (needs a verified backup)</source>
        <translation>删除买家的姓名、电话、地址和留言（需要一份已校验的备份）</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>确认：此操作无法撤销</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>Orders: {orders}, items: {items}, handling log entries: {marks}</source>
        <translation>订单：{orders}，宝贝：{items}，处理记录：{marks}</translation>
    </message>
    <message>
        <source>Protected with your password. Keep the password somewhere safe.</source>
        <translation>已用您的密码加密。请把密码保存在安全的地方。</translation>
    </message>
    <message>
        <source>Masked copy: buyers&apos; personal data is masked. It cannot be restored.</source>
        <translation>脱敏副本：买家个人信息已打码。此副本不能用于恢复。</translation>
    </message>
    <message>
        <source>SHA-256 of the file: {sha}</source>
        <translation>文件的 SHA-256 校验值：{sha}</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is missing</source>
        <translation>{sheet}：缺少这个工作表</translation>
    </message>
    <message>
        <source>{sheet}: the sheet is not in the manifest</source>
        <translation>{sheet}：这个工作表不在校验清单中</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows expected, {found} found</source>
        <translation>{sheet}：应有 {expected} 行，实际 {found} 行</translation>
    </message>
    <message>
        <source>{sheet}: the contents were changed</source>
        <translation>{sheet}：内容被改动过</translation>
    </message>
    <message>
        <source>{sheet}: a cell was changed by hand ({found})</source>
        <translation>{sheet}：有单元格被手动改过（{found}）</translation>
    </message>
    <message>
        <source>{sheet}: {expected} rows in the backup, {found} in ShopCloser now</source>
        <translation>{sheet}：备份中有 {expected} 行，ShopCloser 中现有 {found} 行</translation>
    </message>
    <message>
        <source>{sheet}: differs from the data in ShopCloser now</source>
        <translation>{sheet}：与 ShopCloser 中的当前数据不同</translation>
    </message>
    <message>
        <source>The backup does not match:</source>
        <translation>备份不一致：</translation>
    </message>
    <message>
        <source>The backup matches its manifest. Orders: {orders}, items: {items}.</source>
        <translation>备份与校验清单一致：{orders} 笔订单，{items} 件宝贝。</translation>
    </message>
    <message>
        <source>Restored. Orders: {orders}, items: {items}, handling log entries: {marks}.</source>
        <translation>已恢复 {orders} 笔订单、{items} 件宝贝、{marks} 条处理记录。</translation>
    </message>
    <message numerus="yes">
        <source>Personal data removed from %n order(s). It is kept in the backup {path}.</source>
        <translation>
            <numerusform>已清除 %n 笔订单中的个人信息。这些信息保存在备份 {path} 中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>已删除数据文件的 %n 个旧副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds the data in ShopCloser as it is now.</source>
        <translation>它包含 ShopCloser 中当前的全部数据。</translation>
    </message>
    <message>
        <source>This check was not noted in the data file: ShopCloser has it open in a window, or a command is changing it (or no lock can be made beside it). To purge personal data relying on this backup, verify it in that window, or run this again once the window is closed or the command has finished.</source>
        <translation>这次校验没有记在数据文件中：有 ShopCloser 窗口正在使用它，或者有命令正在修改它（也可能是无法在它旁边创建锁文件）。如果要依靠这份备份清除个人信息，请在那个窗口中校验它，或者等窗口关闭、命令结束后再运行一次。</translation>
    </message>
    <message>
        <source>This removes buyers&apos; names, phones, addresses, Alipay accounts and messages from ShopCloser for good. They stay only in the backup {path} (verified {when}). To go ahead, run the command again with --yes.</source>
        <translation>此操作会从 ShopCloser 中永久删除买家的姓名、电话、地址、支付宝账号和留言，之后这些信息只保存在备份 {path}（校验于 {when}）中。如要继续，请加上 --yes 重新运行该命令。</translation>
    </message>
    <message>
        <source>list the imports done so far, newest first</source>
        <translation>列出至今的每次导入，最新的在前</translation>
    </message>
    <message>
        <source>undo the most recent import</source>
        <translation>撤销最近一次导入</translation>
    </message>
    <message>
        <source>the import&apos;s number</source>
        <translation>导入的编号</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>新增订单</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>更新订单</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <source>Items added</source>
        <translation>新增宝贝</translation>
    </message>
    <message>
        <source>Items updated</source>
        <translation>更新宝贝</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>no, can be undone</source>
        <translation>否，可撤销</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Import {id} undone.</source>
        <translation>编号 {id} 的导入已撤销。</translation>
    </message>
    <message>
        <source>Orders removed: {n}</source>
        <translation>移除的订单：{n}</translation>
    </message>
    <message>
        <source>Orders put back as they were: {n}</source>
        <translation>恢复原样的订单：{n}</translation>
    </message>
    <message>
        <source>Items removed: {n}</source>
        <translation>移除的宝贝：{n}</translation>
    </message>
    <message>
        <source>Items put back as they were: {n}</source>
        <translation>恢复原样的宝贝：{n}</translation>
    </message>
    <message>
        <source>import order and item reports (CSV or xlsx) exported from the shop</source>
        <translation>导入从店铺导出的订单报表和宝贝报表（CSV 或 xlsx）</translation>
    </message>
    <message>
        <source>report files</source>
        <translation>报表文件</translation>
    </message>
    <message>
        <source>a file whose first line is the password of protected workbooks</source>
        <translation>一个文件，其第一行是加密工作簿的密码</translation>
    </message>
    <message>
        <source>Import {id} done.</source>
        <translation>编号 {id} 的导入已完成。</translation>
    </message>
    <message numerus="yes">
        <source>  Order report {name}: %n row(s)</source>
        <translation>
            <numerusform>  订单报表 {name}：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Item report {name}: %n row(s)</source>
        <translation>
            <numerusform>  宝贝报表 {name}：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation>新增订单：{n}</translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation>更新订单：{n}</translation>
    </message>
    <message>
        <source>Orders removed: {n} (known only from items, which all moved to other orders)</source>
        <translation>移除订单：{n}（这些订单只从宝贝得知，而它们的宝贝都已移到其他订单）</translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation>未变的订单：{n}</translation>
    </message>
    <message>
        <source>Items added: {n}</source>
        <translation>新增宝贝：{n}</translation>
    </message>
    <message>
        <source>Items updated: {n}</source>
        <translation>更新宝贝：{n}</translation>
    </message>
    <message>
        <source>Rows to review (imported with what could be read): {n}</source>
        <translation>待核对的行（已按能读取的内容导入）：{n}</translation>
    </message>
    <message>
        <source>  {file} row {row}: {cells} (order {order})</source>
        <translation>  {file} 第 {row} 行：{cells}（订单 {order}）</translation>
    </message>
    <message>
        <source>  {file} row {row}: {cells}</source>
        <translation>  {file} 第 {row} 行：{cells}</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  ……另有 {n} 行</translation>
    </message>
    <message>
        <source>Unknown order status “{status}” (orders: {n}): these orders count as blocking until you check them.</source>
        <translation>有 {n} 笔订单的订单状态“{status}”无法识别：在您核对之前，这些订单都算作阻碍关店。</translation>
    </message>
    <message>
        <source>Unknown order status “{status}” on items only (orders: {n}): kept on the items as written. The order report gives these orders a known status, so it does not change whether they block.</source>
        <translation>订单状态“{status}”无法识别，只出现在 {n} 笔订单的宝贝行上：已按原文保存在宝贝上。订单报表给了这些订单可识别的状态，所以它不影响这些订单是否阻碍关店。</translation>
    </message>
    <message>
        <source>Unknown refund status “{status}” (orders: {n}): these orders count as blocking until you check their refunds.</source>
        <translation>有 {n} 笔订单的退款状态“{status}”无法识别：在您核对这些退款之前，这些订单都算作阻碍关店。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>这次导入的 %n 个文件（{files}）导出得比之前一次导入的文件更早。两边都有的订单现在显示的是较旧的状态。如果要保留较新的状态，请撤销这次导入（shopcloser undo {id}），再把所有文件一起导入：它们会按导出的先后顺序处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} was exported on {date}, before {newer} (exported on {newer_date}), which an earlier import brought in. Orders in both files now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import both files together: they are then applied in the order they were exported.</source>
        <translation>{file} 的导出时间是 {date}，早于之前一次导入的 {newer}（导出时间 {newer_date}）。两份文件中都有的订单现在显示的是较旧的状态。如果要保留较新的状态，请撤销这次导入（shopcloser undo {id}），再把两个文件一起导入：它们会按导出的先后顺序处理。</translation>
    </message>
    <message numerus="yes">
        <source>This import put %n order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (shopcloser undo {id}) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>这次导入让 %n 笔订单退回了更早的状态（涉及订单：{orders}）：订单状态退回到之前的阶段（比如从“卖家已发货，等待买家确认”变回“买家已付款，等待卖家发货”），宝贝申请过退款后又显示没有退款，或者付款、发货、确认收货时间不见了或变早了。这次导入的某个文件很可能比之前导入的文件导出得更早。如果要保留较新的状态，请撤销这次导入（shopcloser undo {id}），不要再导入那个较旧的文件；或者从卖家中心重新导出这些订单，再导入新导出的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %n order(s) (for example {orders}): a file given after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order given. If the later file is the older export, undo this import (shopcloser undo {id}), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>这次导入的文件对 %n 笔订单的说法不一致（涉及订单：{orders}）：后给出的文件显示的阶段更早（订单状态更早，或者申请过的退款不见了），而保留的是后给出的文件。文件名里没有导出时间的文件，按给出的顺序读取。如果后给出的文件是较旧的导出，请撤销这次导入（shopcloser undo {id}），然后先导入较旧的文件，再单独导入较新的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again: if the new reason is not dealt with yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>您已标记为已处理的订单中，有 %n 笔在这次导入后出现了新的阻碍关店的原因（涉及订单：{orders}），比如在您标记之后买家又申请了退款。标记仍然保留。请逐一再看一遍：如果新的原因还没处理好，请撤销它的标记（shopcloser unmark 订单编号），让它在处理好之前继续算作阻碍关店。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (shopcloser undo {id}).</source>
        <translation>
            <numerusform>宝贝报表中有 %n 笔订单不在目前导入过的任何订单报表里：ShopCloser 只知道订单里的宝贝，不知道买家、地址和金额。请导入包含这些订单的订单报表。如果这份宝贝报表来自别的店铺，请撤销这次导入（shopcloser undo {id}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %n order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>宝贝报表和订单报表显示的 %n 笔订单所处阶段不一致（涉及订单：{orders}）：两份报表是在不同时间导出的。ShopCloser 按订单报表确定订单状态，按宝贝报表确定退款，所以哪些订单阻碍关店可能已经过时。请从卖家中心重新导出这两份报表（导出一份后紧接着导出另一份），然后一起导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly blocking closure: {n}</source>
        <translation>新增阻碍关店的订单：{n}</translation>
    </message>
    <message>
        <source>No longer blocking: {n}</source>
        <translation>不再阻碍关店的订单：{n}</translation>
    </message>
    <message>
        <source>Still blocking closure now: {n}</source>
        <translation>目前仍阻碍关店的订单：{n}</translation>
    </message>
    <message>
        <source>{prog}: {message}</source>
        <translation>{prog}：{message}</translation>
    </message>
    <message>
        <source>ShopCloser, without the window.</source>
        <translation>不打开窗口使用 ShopCloser。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何改动。</translation>
    </message>
    <message>
        <source>Interrupted. A change to the data file is saved whole or not at all: shopcloser status shows what it holds now.</source>
        <translation>已中断。对数据文件的改动要么全部保存，要么完全没有保存：运行 shopcloser status 可以查看它现在的内容。</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>已中断：没有做任何改动。</translation>
    </message>
    <message>
        <source>ShopCloser hit an internal error, and its log file could not be written in {folder}. Please tell support which command you ran.</source>
        <translation>ShopCloser 遇到内部错误，而且无法在 {folder} 中写入日志文件。请告诉技术支持您运行的是哪条命令。</translation>
    </message>
    <message>
        <source>ShopCloser hit an internal error. Details are in {log}; please send that file to support.</source>
        <translation>ShopCloser 遇到内部错误。详细信息在 {log} 中，请把这个文件发给技术支持。</translation>
    </message>
    <message>
        <source>list orders, or only those still blocking closure</source>
        <translation>列出订单，或只列出仍阻碍关店的订单</translation>
    </message>
    <message>
        <source>only orders that still block closing the shop</source>
        <translation>只列出仍阻碍关店的订单</translation>
    </message>
    <message>
        <source>blocking, watch, handled, flagged (rows to review) or all</source>
        <translation>blocking（仍阻碍）、watch（售后期内）、handled（已处理）、flagged（待核对的行）或 all（全部）</translation>
    </message>
    <message>
        <source>order number, buyer nick or item title</source>
        <translation>订单编号、买家会员名或宝贝标题</translation>
    </message>
    <message>
        <source>print a JSON array for scripts</source>
        <translation>输出 JSON 数组，供脚本使用</translation>
    </message>
    <message>
        <source>mark orders handled (all of them, or none)</source>
        <translation>把订单标记为已处理（要么全部标记，要么一个都不标记）</translation>
    </message>
    <message>
        <source>order numbers</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>a note kept with the mark (needed with --action other)</source>
        <translation>随标记保存的备注（--action other 时必须填写）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n order(s) handled.</source>
        <translation>
            <numerusform>已将 %n 笔订单标记为已处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were already handled; their earlier marks stay in the log.</source>
        <translation>
            <numerusform>其中 %n 笔此前已处理过，之前的标记仍保留在记录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the handled-marks of %n order(s).</source>
        <translation>
            <numerusform>已撤销 %n 笔订单的“已处理”标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were not marked handled; they were left as they were: {ids}</source>
        <translation>
            <numerusform>%n 笔订单原本就没有标记为已处理，保持不变：{ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>only orders in this status: %(choices)s</source>
        <translation>只列出处于此状态的订单：%(choices)s</translation>
    </message>
    <message>
        <source>what you did: %(choices)s</source>
        <translation>您做了什么：%(choices)s</translation>
    </message>
    <message>
        <source>who handled them (default: name in Settings)</source>
        <translation>处理人（默认：设置中的名字）</translation>
    </message>
    <message>
        <source>undo the handled-marks of orders</source>
        <translation>撤销订单的已处理标记</translation>
    </message>
    <message>
        <source>who undid them (default: name in Settings)</source>
        <translation>撤销人（默认：设置中的名字）</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>show how many orders there are and how many block</source>
        <translation>显示共有多少订单、多少仍阻碍关店</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>输出 JSON，供脚本使用</translation>
    </message>
    <message>
        <source>Orders: {n}</source>
        <translation>订单：{n}</translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation>宝贝：{n}</translation>
    </message>
    <message>
        <source>Still blocking closure: {n}</source>
        <translation>仍阻碍关店：{n}</translation>
    </message>
    <message>
        <source>Handled by you: {n}</source>
        <translation>已由您处理：{n}</translation>
    </message>
    <message>
        <source>Orders with rows to review: {n}</source>
        <translation>有待核对行的订单：{n}</translation>
    </message>
    <message>
        <source>“{word}” is neither a command nor a file. The commands are: {commands}.</source>
        <translation>“{word}”既不是命令，也不是文件。可用的命令有：{commands}。</translation>
    </message>
    <message>
        <source>The window cannot open: this computer has no screen (DISPLAY is not set). Scripts run one of the commands instead: {commands}.</source>
        <translation>窗口无法打开：这台电脑没有屏幕（未设置 DISPLAY）。在脚本中请改用以下命令之一：{commands}。</translation>
    </message>
    <message>
        <source>Open the ShopCloser window. For scripts, run one of the commands listed at the end instead (shopcloser COMMAND --help tells more).</source>
        <translation>打开 ShopCloser 窗口。在脚本中请改用最后列出的命令之一（shopcloser 命令 --help 会说明详情）。</translation>
    </message>
    <message>
        <source>open on a bundled sample export</source>
        <translation>打开时载入自带的示例导出文件</translation>
    </message>
    <message>
        <source>spreadsheets to import on start</source>
        <translation>启动时要导入的表格文件</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的%(type)s值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>int</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}：</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多给的值 %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <source>the store: a file path or a SQLAlchemy URL (default: shopcloser.db in the data folder)</source>
        <translation>数据文件：文件路径或 SQLAlchemy URL（默认：数据文件夹中的 shopcloser.db）</translation>
    </message>
    <message>
        <source>language (default: as in Settings)</source>
        <translation>语言（默认：与设置中相同）</translation>
    </message>
    <message>
        <source>There is no data file at {path} yet, so it reads as empty. Nothing was created.</source>
        <translation>{path} 处还没有数据文件，因此按空数据读取。没有创建任何文件。</translation>
    </message>
    <message>
        <source>Cancelling… (Ctrl-C again stops at once.)</source>
        <translation>正在取消…（再按一次 Ctrl-C 立即停止。）</translation>
    </message>
    <message>
        <source>Already saving: the change can no longer be stopped and is kept whole. (Ctrl-C again stops at once.)</source>
        <translation>已经在保存：这次改动无法再取消，会完整保存下来。（再按一次 Ctrl-C 立即停止。）</translation>
    </message>
    <message>
        <source>Stopped at once. A change to the data file is saved whole or not at all: shopcloser status shows what it holds now.</source>
        <translation>已立即停止。对数据文件的改动要么全部保存，要么完全没有保存：运行 shopcloser status 可以查看它现在的内容。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ShopCloser hit a problem</source>
        <translation>ShopCloser 遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. Its log file could not be written in {folder}, so please copy the details below and send them to support.</source>
        <translation>ShopCloser 内部出错了。出错的这一步没有改动您的数据。日志文件无法写入 {folder}，请复制下方的详细信息发给技术支持。</translation>
    </message>
    <message>
        <source>Something went wrong inside ShopCloser. Your data has not been changed by the step that failed. The details are also in the log file {log}; please send them to support.</source>
        <translation>ShopCloser 内部出错了。出错的这一步没有改动您的数据。详细信息也已写入日志文件 {log}，请发给技术支持。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
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
        <translation>导出备份</translation>
    </message>
    <message>
        <source>Protect the backup with a password</source>
        <translation>用密码保护备份</translation>
    </message>
    <message>
        <source>Masked copy for staff and accountants</source>
        <translation>给员工和会计的脱敏副本</translation>
    </message>
    <message>
        <source>The full backup holds buyers&apos; names, phones and addresses: protect it with a password and keep it somewhere safe. Excel and LibreOffice ask for the password when they open it. ShopCloser does not keep the password: if you lose it, nobody can open the backup.

A masked copy hides buyers&apos; personal data, for sharing; it cannot be restored.</source>
        <translation>完整备份包含买家的姓名、电话和地址：请设置密码，并存放在安全的地方。用 Excel 或 LibreOffice 打开时会要求输入密码。ShopCloser 不会保存密码：密码一旦丢失，谁也打不开这份备份。

脱敏副本隐藏了买家个人信息，适合分享给他人，但不能用于恢复。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets the file can read buyers&apos; personal data.</source>
        <translation>不设密码的话，任何拿到这个文件的人都能看到买家的个人信息。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xlsm *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then try again.</source>
        <translation>已有导入正在进行，请等它完成后再试。</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Enter it to import the file:</source>
        <translation>{name} 设有密码，请输入密码以导入该文件：</translation>
    </message>
    <message>
        <source>The import was already being saved, so it could not be stopped: it is complete. To take it back, undo it under File → Import history…</source>
        <translation>这次导入已经在保存，无法再停止：导入已经完成。如果不想要这次导入，请在“文件 → 导入记录…”中撤销它。</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>正在导入订单</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入：没有做任何改动。</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and close? Nothing will be imported.</source>
        <translation>导入仍在进行。要停止并关闭吗？将不会导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import you have made, newest first. Undoing the newest import puts your orders back exactly as they were before it; your handled-marks stay.</source>
        <translation>您做过的每一次导入，最新的在前。撤销最新一次导入后，订单会完全恢复到导入之前的样子；您的“已处理”标记保持不变。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Orders added / updated</source>
        <translation>新增 / 更新订单</translation>
    </message>
    <message>
        <source>Orders removed</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <source>Items added / updated</source>
        <translation>新增 / 更新宝贝</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Orders known only from an item report, removed because a newer item report lists all their items under other orders.</source>
        <translation>只从宝贝报表得知的订单：较新的宝贝报表把它们的宝贝全部列在了其他订单下，所以这些订单被移除。</translation>
    </message>
    <message>
        <source>&amp;Undo the newest import…</source>
        <translation>撤销最新一次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Not known: the version of ShopCloser that made this import did not count them.</source>
        <translation>不详：做这次导入的 ShopCloser 版本还没有统计这一项。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import {id} ({files})? Orders it added are removed and orders it changed go back to how they were.</source>
        <translation>要撤销编号 {id} 的导入（{files}）吗？这次导入新增的订单会被移除，改动过的订单会恢复原样。</translation>
    </message>
    <message>
        <source>Import {id} of {when} undone. Orders: {removed} removed, {restored} put back as they were. Items: {items_removed} removed, {items_restored} put back as they were.</source>
        <translation>编号 {id} 的导入（{when}）已撤销。订单：移除 {removed} 笔，恢复原样 {restored} 笔。宝贝：移除 {items_removed} 件，恢复原样 {items_restored} 件。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>无法读取的内容</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>These rows were imported with what could be read. Check them in the seller centre. To find their orders again later, show the orders “With rows to review” in the orders list.</source>
        <translation>这些行已按能读取的内容导入。请到卖家中心核对。以后要再找到这些订单，请在订单列表中显示“含待核对的行”。</translation>
    </message>
    <message>
        <source>Only the first {listed} of the {total} rows to review are listed here. To see the orders of all of them, choose Show: “With rows to review” in the orders list.</source>
        <translation>这里只列出了 {total} 行待核对内容中的前 {listed} 行。要查看所有这些行的订单，请在订单列表中选择显示：“含待核对的行”。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (File → Import history) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>这次导入的 %Ln 个文件（{files}）导出得比之前一次导入的文件更早。两边都有的订单现在显示的是较旧的状态。如果要保留较新的状态，请撤销这次导入（文件 → 导入记录），再把所有文件一起导入：它们会按导出的先后顺序处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %Ln order(s) (for example {orders}): a file chosen after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order chosen. If the later file is the older export, undo this import (File → Import history), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>这次导入的文件对 %Ln 笔订单的说法不一致（涉及订单：{orders}）：后选择的文件显示的阶段更早（订单状态更早，或者申请过的退款不见了），而保留的是后选择的文件。文件名里没有导出时间的文件，按选择的顺序读取。如果后选择的文件是较旧的导出，请撤销这次导入（文件 → 导入记录），然后先导入较旧的文件，再单独导入较新的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %Ln order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>宝贝报表和订单报表显示的 %Ln 笔订单所处阶段不一致（涉及订单：{orders}）：两份报表是在不同时间导出的。ShopCloser 按订单报表确定订单状态，按宝贝报表确定退款，所以哪些订单阻碍关店可能已经过时。请从卖家中心重新导出这两份报表（导出一份后紧接着导出另一份），然后一起导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders added: {n}</source>
        <translation>新增订单：{n}</translation>
    </message>
    <message>
        <source>Orders updated: {n}</source>
        <translation>更新订单：{n}</translation>
    </message>
    <message>
        <source>Orders removed: {n} (known only from items, which all moved to other orders)</source>
        <translation>移除订单：{n}（这些订单只从宝贝得知，而它们的宝贝都已移到其他订单）</translation>
    </message>
    <message>
        <source>Orders unchanged: {n}</source>
        <translation>未变的订单：{n}</translation>
    </message>
    <message>
        <source>Items added: {added}, updated: {updated}</source>
        <translation>新增宝贝：{added}，更新宝贝：{updated}</translation>
    </message>
    <message>
        <source>Now blocking closure: {n}</source>
        <translation>目前阻碍关店：{n}</translation>
    </message>
    <message>
        <source>Newly blocking: {n} · No longer blocking: {m}</source>
        <translation>新增阻碍：{n} · 不再阻碍：{m}</translation>
    </message>
    <message>
        <source>Rows to review: {n}</source>
        <translation>待核对的行：{n}</translation>
    </message>
    <message>
        <source>Unknown status “{text}” (orders: {n}): these orders need review</source>
        <translation>有 {n} 笔订单的状态“{text}”无法识别：这些订单需要核对</translation>
    </message>
    <message>
        <source>Unknown status “{text}” on items only (orders: {n}): kept on the items; the order report gives these orders a known status, so it does not change whether they block</source>
        <translation>状态“{text}”无法识别，只出现在 {n} 笔订单的宝贝行上：已保存在宝贝上；订单报表给了这些订单可识别的状态，所以它不影响这些订单是否阻碍关店</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>import-summary-{id}.txt</source>
        <translation>导入摘要-{id}.txt</translation>
    </message>
    <message>
        <source>The summary could not be saved as {path} ({reason}). Choose another folder, or free some disk space, and try again.</source>
        <translation>无法把摘要保存为 {path}（{reason}）。请换一个文件夹，或腾出一些磁盘空间，然后再试一次。</translation>
    </message>
    <message>
        <source>{file} was exported on {date}, before {newer} (exported on {newer_date}), which an earlier import brought in. Orders in both files now show the older state. To keep the newer one, undo this import (File → Import history) and import both files together: they are then applied in the order they were exported.</source>
        <translation>{file} 的导出时间是 {date}，早于之前一次导入的 {newer}（导出时间 {newer_date}）。两份文件中都有的订单现在显示的是较旧的状态。如果要保留较新的状态，请撤销这次导入（文件 → 导入记录），再把两个文件一起导入：它们会按导出的先后顺序处理。</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter on it, to see its order in the list</source>
        <translation>双击一行或选中后按回车键，在订单列表中查看它的订单</translation>
    </message>
    <message>
        <source>Rows to review</source>
        <translation>待核对的行</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>本次导入的结果</translation>
    </message>
    <message numerus="yes">
        <source>This import put %Ln order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (File → Import history) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>这次导入让 %Ln 笔订单退回了更早的状态（涉及订单：{orders}）：订单状态退回到之前的阶段（比如从“卖家已发货，等待买家确认”变回“买家已付款，等待卖家发货”），宝贝申请过退款后又显示没有退款，或者付款、发货、确认收货时间不见了或变早了。这次导入的某个文件很可能比之前导入的文件导出得更早。如果要保留较新的状态，请撤销这次导入（文件 → 导入记录），不要再导入那个较旧的文件；或者从卖家中心重新导出这些订单，再导入新导出的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again (in Order reconciliation, choose Show: “Handled by you”): if the new reason is not dealt with yet, undo its mark so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>您已标记为已处理的订单中，有 %Ln 笔在这次导入后出现了新的阻碍关店的原因（涉及订单：{orders}），比如在您标记之后买家又申请了退款。标记仍然保留。请逐一再看一遍（在“订单核对”中选择显示：“已由您处理”）：如果新的原因还没处理好，请撤销它的标记，让它在处理好之前继续算作阻碍关店。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (File → Import history).</source>
        <translation>
            <numerusform>宝贝报表中有 %Ln 笔订单不在目前导入过的任何订单报表里：ShopCloser 只知道订单里的宝贝，不知道买家、地址和金额。请导入包含这些订单的订单报表。如果这份宝贝报表来自别的店铺，请撤销这次导入（文件 → 导入记录）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>订单报表 {name}：%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Item report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>宝贝报表 {name}：%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more file(s) (File → Import history lists them all)</source>
        <translation>
            <numerusform>……另有 %Ln 个文件（文件 → 导入记录中列出了全部文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown refund status “{text}” (orders: {n}): these orders need review</source>
        <translation>有 {n} 笔订单的退款状态“{text}”无法识别：这些订单需要核对</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problems} (order {order})</source>
        <translation>{file} 第 {row} 行：{problems}（订单 {order}）</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problems}</source>
        <translation>{file} 第 {row} 行：{problems}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 行</translation>
    </message>
    <message>
        <source>Save import summary</source>
        <translation>保存导入摘要</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
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
        <translation>概览</translation>
    </message>
    <message>
        <source>Order reconciliation</source>
        <translation>订单核对</translation>
    </message>
    <message>
        <source>Data backup</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export backup…</source>
        <translation>导出备份(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>查找订单(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About ShopCloser</source>
        <translation>关于 ShopCloser(&amp;A)</translation>
    </message>
    <message>
        <source>The log folder {folder} could not be made (a file may be in its place, or the disk may be full or protected), so ShopCloser keeps no log file.</source>
        <translation>无法创建日志文件夹 {folder}（可能有同名文件占用了这个位置，或者磁盘已满或受保护），因此 ShopCloser 不会保存日志文件。</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) as handled. They stop blocking closure.</source>
        <translation>
            <numerusform>将 %Ln 笔订单标记为已处理，标记后不再阻碍关店。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the tracking number, or what you agreed with the buyer</source>
        <translation>例如物流单号，或与买家协商的结果</translation>
    </message>
    <message>
        <source>Your name (kept for next time)</source>
        <translation>您的姓名（下次自动填写）</translation>
    </message>
    <message>
        <source>Now ({time})</source>
        <translation>现在（{time}）</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>With “Other”, write in the note what you did.</source>
        <translation>选择“其他”时，请在备注中写明您是怎么处理的。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The order numbers in this file were damaged by Excel (column {column} shows {value} instead of the full number), so orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation>这个文件里的订单编号已被 Excel 改坏了（“{column}”列显示的是 {value}，而不是完整的编号），无法区分各个订单。请重新从卖家中心导出报表（卖家中心 → 已卖出的宝贝 → 批量导出），下载后直接导入，不要先用 Excel 打开并保存。</translation>
    </message>
    <message>
        <source>The order numbers in this file were damaged by Excel: in column {column} every long number ends in zeros ({value}, for one), because Excel keeps only the first 15 digits of a number. Orders cannot be told apart. Export the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the downloaded file directly, without opening and saving it in Excel.</source>
        <translation>这个文件里的订单编号已被 Excel 改坏了：“{column}”列里每个长编号的末尾都变成了 0（例如 {value}），因为 Excel 只保留数字的前 15 位。这样无法区分各个订单。请重新从卖家中心导出报表（卖家中心 → 已卖出的宝贝 → 批量导出），下载后直接导入，不要先用 Excel 打开并保存。</translation>
    </message>
    <message>
        <source>The file is empty. Export the report again from the seller centre ({where}) and wait until the download has finished before importing it.</source>
        <translation>这个文件是空的。请重新从卖家中心导出报表（{where}），等下载完成后再导入。</translation>
    </message>
    <message>
        <source>This file is incomplete: part of it was never downloaded (it holds only empty bytes there), as happens when a download is interrupted. Nothing was imported from it. Export the report again from the seller centre ({where}), wait until the download has finished, then import the new file.</source>
        <translation>这个文件不完整：其中有一部分根本没有下载下来（那里只有空字节），下载中途被打断时就会这样。这个文件中的内容都没有导入。请重新从卖家中心导出报表（{where}），等下载完成后，再导入新文件。</translation>
    </message>
    <message>
        <source>This report has its header row but no rows below it, so it holds no order to import. Check the period you chose when exporting it, then export the report again from the seller centre ({where}) and import the new file. If the shop had no orders in that period, leave this file out.</source>
        <translation>这份报表只有表头，下面没有任何一行，所以没有可导入的订单。请检查导出时选择的时间段，然后从卖家中心重新导出报表（{where}），再导入新文件。如果店铺在那段时间里确实没有订单，导入时不用选这个文件。</translation>
    </message>
    <message>
        <source>No row of this file has an order number that can be read (column {column}), so it holds no order to import: it may be another kind of report, or its order numbers were removed or changed after it was downloaded. Check that it is the order report (订单报表) or the item report (宝贝报表), then export it again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>这个文件里没有一行能读出订单编号（“{column}”列），所以没有可导入的订单：它可能是别的报表，或者下载后订单编号被删掉或改动过。请确认它是订单报表或宝贝报表，然后从卖家中心重新导出（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds an order or an item but no order number that can be read (column {column}), so it cannot be filed under its order. Nothing was imported from it. Cells merged or cleared in Excel or WPS leave order numbers out like this: export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>这个文件的第 {row} 行有订单或宝贝的内容，却读不出订单编号（“{column}”列），所以无法归到它所属的订单下。这个文件中的内容都没有导入。在 Excel 或 WPS 里合并或清空单元格会让订单编号像这样丢失：请从卖家中心重新导出报表（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>Row {row} of this file repeats the header row ({column}, 订单状态 …): two exports were probably joined into one file. Import the exports as they were downloaded, each as its own file (several files can be chosen at once).</source>
        <translation>这个文件的第 {row} 行又是一行表头（{column}、订单状态……）：很可能是把两份导出文件合并成了一个文件。请按下载时的样子分别导入每一份导出文件（可以一次选择多个文件）。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet (CSV or Excel xlsx), so it cannot be an order report. Choose the order report (订单报表) or the item report (宝贝报表) you downloaded from the seller centre ({where}).</source>
        <translation>这个文件不是表格文件（CSV 或 Excel xlsx），不可能是订单报表。请选择从卖家中心下载的订单报表或宝贝报表（位置：{where}）。</translation>
    </message>
    <message>
        <source>This is a LibreOffice, OpenOffice or Apple Numbers spreadsheet, not a file the seller centre exports (saving a report in another program can also damage its order numbers). Import the CSV or Excel xlsx file downloaded from the seller centre ({where}) as it is.</source>
        <translation>这是 LibreOffice、OpenOffice 或苹果 Numbers 的表格文件，不是卖家中心导出的文件（而且用其他程序保存报表也可能损坏其中的订单编号）。请导入从卖家中心下载的 CSV 或 Excel xlsx 文件（{where}），不要改动。</translation>
    </message>
    <message>
        <source>This is an old-format Excel file (.xls). The seller centre never makes these, and saving a report in Excel damages its order numbers. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>这是旧格式的 Excel 文件（.xls）。卖家中心从不导出这种格式，而且用 Excel 保存报表会损坏其中的订单编号。请重新从卖家中心导出报表（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or incomplete (perhaps the download was cut short), so it cannot be read. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>这个 Excel 文件已损坏或不完整（可能是下载中断了），无法读取。请从卖家中心重新下载报表（{where}），然后导入新文件。</translation>
    </message>
    <message>
        <source>This Excel file is protected with a password. Enter the password you set for it to import it.</source>
        <translation>这个 Excel 文件设有密码。请输入您为它设置的密码，然后导入。</translation>
    </message>
    <message>
        <source>The password does not open this Excel file. Check it (capital letters count) and try again, or export the report again from the seller centre without a password.</source>
        <translation>这个密码打不开该 Excel 文件。请检查密码（区分大小写）后重试，或者从卖家中心重新导出一份不设密码的报表。</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) under a spreadsheet&apos;s name, not a report the seller centre exported. Export the order report (订单报表) or the item report (宝贝报表) from the seller centre ({where}) and import the CSV or xlsx file as it was downloaded.</source>
        <translation>这个文件是一个网页（HTML），只是用了表格文件的名字，不是卖家中心导出的报表。请导出订单报表或宝贝报表（位置：{where}），下载后直接导入 CSV 或 xlsx 文件。</translation>
    </message>
    <message>
        <source>This file separates its columns with semicolons (;), not commas: a program set up for another country saved it again. Export the report again from the seller centre ({where}) and import the downloaded file as it is.</source>
        <translation>这个文件用分号（;）而不是逗号分隔各列：它被一个按其他国家习惯设置的程序重新保存过。请重新导出报表（位置：{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>The Chinese text in this file is garbled: another program opened the report with the wrong character set and saved it again, so its column names (such as 订单编号) can no longer be read. The garbling cannot be undone safely. Import the file exactly as it was downloaded, or export the report again from the seller centre ({where}). To look at a report in another program, open a copy.</source>
        <translation>这个文件里的中文已经乱码：另一个程序用错误的字符集打开了报表，又把它保存了一遍，所以列名（例如“订单编号”）已经无法识别。乱码无法可靠地还原。请导入下载时的原始文件，或者重新导出报表（位置：{where}）。如果想在别的程序里查看报表，请打开一份副本。</translation>
    </message>
    <message>
        <source>This file has no order number column, so it is not an order report the app can read. Expected the order report (订单报表, with a 订单编号 column) or the item report (宝贝报表, with 订单编号, or 子订单编号 and 主订单编号). Export them from the seller centre ({where}) and import the files as they were downloaded.</source>
        <translation>这个文件中没有存放订单编号的列，不是本软件能读取的订单报表。需要的是订单报表（含“订单编号”列）或宝贝报表（含“订单编号”列，或“子订单编号”和“主订单编号”列）。请从卖家中心导出（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>This item report has no 主订单编号 or 订单编号 column, so its items cannot be matched to their orders. Export the item report (宝贝报表) again from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>这份宝贝报表没有“主订单编号”或“订单编号”列，无法把宝贝对应到所属的订单。请从卖家中心重新导出宝贝报表（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>This file is a ShopCloser backup, not a report exported from the seller centre. To bring a backup back, use Restore from a backup… on the Data backup tab (command line: shopcloser restore), into a new, empty data file.</source>
        <translation>这个文件是 ShopCloser 的备份，不是从卖家中心导出的报表。要把备份里的数据找回来，请在“数据备份”页使用“从备份恢复…”（命令行：shopcloser restore），恢复到一个新的空数据文件中。</translation>
    </message>
    <message>
        <source>This Excel file has orders on more than one sheet ({sheets}), but only one sheet of a file can be imported, so orders on the others would be missing. Nothing was imported from it. Import the reports as the seller centre exported them ({where}), one file each; if you put the sheets together yourself, move each sheet into a workbook of its own and import those.</source>
        <translation>这个 Excel 文件里不止一张工作表有订单（{sheets}），但每个文件只能导入一张工作表，其余工作表上的订单就会漏掉。因此这个文件没有导入任何内容。请导入卖家中心导出的原文件（{where}），每份报表一个文件；如果是您自己把几张表合到一起的，请把每张工作表各放进一个单独的工作簿，再分别导入。</translation>
    </message>
    <message>
        <source>This file has no order status column (订单状态), so it is not the item report (宝贝报表) of the seller centre, and importing it would wipe the status of the items it names. Nothing was imported from it. Export the item report from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>这个文件没有“订单状态”列，所以不是卖家中心导出的宝贝报表；如果导入，文件里提到的宝贝的状态会被清空。这个文件中的内容都没有导入。请从卖家中心导出宝贝报表（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>This file has order numbers but no order status column (订单状态), so it is not the order report (订单报表) of the seller centre: it may be a refund report or a list of order numbers, and importing it would wipe the status of the orders it names. Nothing was imported from it. Export the order report from the seller centre ({where}) and import it as it was downloaded.</source>
        <translation>这个文件有订单编号，但没有“订单状态”列，所以不是卖家中心导出的订单报表，可能是退款报表或一份订单编号清单；如果导入，文件里提到的订单的状态会被清空。这个文件中的内容都没有导入。请从卖家中心导出订单报表（{where}），下载后原样导入。</translation>
    </message>
    <message>
        <source>This Excel file unpacks to far more data than any seller-centre export (it looks like a &quot;zip bomb&quot;); opening it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>这个 Excel 文件解压后的数据量远超任何卖家中心导出的文件（看起来像“压缩炸弹”），打开它可能会耗尽电脑内存，因此没有读取。请导入从卖家中心直接下载的报表（位置：{where}）。</translation>
    </message>
    <message>
        <source>This Excel file keeps more text in one place than ShopCloser can read safely, so it was not read. The seller centre&apos;s own exports never do this, but a workbook saved again in Excel or another program can. Import the report as downloaded from the seller centre ({where}); for a very large shop, export shorter periods and import the files together.</source>
        <translation>这个 Excel 文件把过多的文字集中存放在一处，ShopCloser 无法安全读取，因此没有读取。卖家中心导出的文件不会这样存放，但用 Excel 或其他程序另存过的表格可能会。请导入从卖家中心直接下载的报表（位置：{where}）；店铺很大时，可分几个较短的时间段导出，再把这些文件一起导入。</translation>
    </message>
    <message>
        <source>This Excel file is made of {count} parts, far more than any seller-centre export, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>这个 Excel 文件由 {count} 个部分组成，远多于任何卖家中心导出的文件，因此没有读取。请导入从卖家中心直接下载的报表（位置：{where}）。</translation>
    </message>
    <message>
        <source>A sheet in this Excel file claims to span {cells} cells, far more than it really holds; reading it could exhaust the computer&apos;s memory, so it was not read. Import the report as downloaded from the seller centre ({where}), not a copy changed by another program.</source>
        <translation>这个 Excel 文件中有一个工作表声称占用 {cells} 个单元格，远超实际内容；读取它可能会耗尽电脑内存，因此没有读取。请导入从卖家中心直接下载的报表（位置：{where}），不要用被其他程序改过的副本。</translation>
    </message>
    <message>
        <source>This Excel file contains instructions (XML entity declarations) that no seller-centre export has and that can be used to attack the computer, so it was not read. Import the report as downloaded from the seller centre ({where}).</source>
        <translation>这个 Excel 文件含有卖家中心导出的文件里从不会有的指令（XML 实体声明），这类指令可能被用来攻击电脑，因此没有读取。请导入从卖家中心直接下载的报表（位置：{where}）。</translation>
    </message>
    <message>
        <source>Row {row} of this file cannot be read (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>这个文件的第 {row} 行无法读取（文件可能已损坏，或者不是卖家中心的报表）。这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），然后导入新文件。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds a text of {length} characters (column {column}), more than a spreadsheet cell can hold (32,767), so the file cannot be a seller-centre report as downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>这个文件的第 {row} 行有一段 {length} 个字符的文字（“{column}”列），超过了电子表格一个单元格能容纳的上限（32,767 个字符），所以它不可能是从卖家中心直接下载的报表。这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），然后导入新文件。</translation>
    </message>
    <message>
        <source>Row {row} of this file holds a text far longer than a spreadsheet cell can hold (32,767 characters), so the file cannot be a seller-centre report as downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>这个文件的第 {row} 行有一段文字远远超过了电子表格一个单元格能容纳的上限（32,767 个字符），所以它不可能是从卖家中心直接下载的报表。这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），然后导入新文件。</translation>
    </message>
    <message>
        <source>A row of this file is far larger than any row of a seller-centre report: it holds more than a million cells or more than 16 MB of text (a damaged file, or a quote mark that was never closed, does that). Reading it could exhaust the computer&apos;s memory, so nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file as it is.</source>
        <translation>这个文件中有一行比卖家中心报表的任何一行都大得多：它有一百多万个单元格，或者超过 16 MB 的文字（文件损坏，或者有个引号一直没有闭合，都会这样）。读取它可能耗尽电脑的内存，所以这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），然后原样导入新文件。</translation>
    </message>
    <message>
        <source>This file cannot be read from row {row} on (the file looks damaged or is not a seller-centre report). Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file.</source>
        <translation>这个文件从第 {row} 行起无法读取（文件可能已损坏，或者不是卖家中心的报表）。这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），然后导入新文件。</translation>
    </message>
    <message>
        <source>In this file, row {row} comes after a row with the same or a higher number, so rows would be lost or misplaced when it is read: another program has changed the file since it was downloaded. Nothing was imported from it. Download the report again from the seller centre ({where}) and import the new file as it is.</source>
        <translation>这个文件的第 {row} 行排在一个行号相同或更大的行之后，读取时会有行丢失或错位：文件下载后被其他程序改动过。这个文件中的内容都没有导入。请从卖家中心重新下载报表（{where}），不要改动，直接导入新文件。</translation>
    </message>
    <message>
        <source>Part of this file&apos;s text cannot be read: it mixes character encodings, as happens when files are pasted together. Nothing was imported from it. Import the reports as downloaded from the seller centre ({where}), one file each.</source>
        <translation>这个文件中有部分文字无法读取：里面混用了不同的字符编码，把几个文件拼在一起时常会这样。这个文件中的内容都没有导入。请把从卖家中心下载的报表（位置：{where}）分别导入，一份报表一个文件。</translation>
    </message>
    <message>
        <source>This file changed while it was being imported: another program (a browser still downloading it, a sync tool, an editor) wrote to it, emptied it or replaced it. Nothing was imported from it. Wait until that program has finished with the file, then import it again.</source>
        <translation>这个文件在导入过程中被改动了：另一个程序（还在下载它的浏览器、同步工具或编辑器）写入了内容、把它清空或替换了。这个文件中的内容都没有导入。请等那个程序处理完这个文件，再重新导入。</translation>
    </message>
    <message>
        <source>The file cannot be opened: ShopCloser is not allowed to read it, or another program (Excel, for one) keeps it locked. Close it in that program, or copy it to your Documents folder, then try again.</source>
        <translation>无法打开这个文件：ShopCloser 没有读取它的权限，或者有其他程序（比如 Excel）正在占用它。请在那个程序中关闭它，或者把它复制到“文档”文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>The file cannot be read: the disk, USB stick or network drive it is on reports an error. Copy the file to your computer (your Documents folder, say) or download it again, then import the copy.</source>
        <translation>无法读取这个文件：文件所在的磁盘、U 盘或网络驱动器报告了读取错误。请把文件复制到电脑上（比如“文档”文件夹），或者重新下载，然后导入复制后的文件。</translation>
    </message>
    <message>
        <source>The file cannot be opened. Check that it is still there and not open in another program, then try again.</source>
        <translation>无法打开这个文件。请确认文件还在原来的位置，并且没有在其他程序中打开，然后重试。</translation>
    </message>
    <message>
        <source>ShopCloser&apos;s protection against malicious Excel files is switched off or missing, so ShopCloser does not start. If the environment variable {setting} is set, remove it: it switches the protection off. Otherwise reinstall ShopCloser: a part of it (defusedxml) is missing.</source>
        <translation>ShopCloser 防范恶意 Excel 文件的保护已被关闭或缺失，因此 ShopCloser 不会启动。如果设置了环境变量 {setting}，请删除它：它会关闭这项保护。否则请重新安装 ShopCloser：它的一个组件（defusedxml）缺失了。</translation>
    </message>
    <message>
        <source>The file {file} lists order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation>文件 {file} 中订单 {id} 出现了两次，内容却不同（第 {first} 行和第 {second} 行）。请从卖家中心重新导出报表，然后导入新文件。本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file {file} lists items of order {id} in two places (rows {first} and {second}, with other rows between them) that do not agree. The seller centre lists each order&apos;s items together, once, so the file was changed after it was downloaded or put together from several reports. Import each item report as it was downloaded, one file each, or export it again from the seller centre. Nothing was imported.</source>
        <translation>文件 {file} 中订单 {id} 的宝贝出现在两处（第 {first} 行和第 {second} 行，中间隔着其他行），而且内容对不上。卖家中心导出时会把同一订单的宝贝排在一起，只列一次，所以这个文件在下载后被改动过，或者是由几份报表拼起来的。请把每份宝贝报表按下载时的原样分别导入，或者从卖家中心重新导出。本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file {file} lists item {sub_order} of order {id} twice with different contents (rows {first} and {second}). Export the report again from the seller centre and import the new file. Nothing was imported.</source>
        <translation>文件 {file} 中订单 {id} 的宝贝（子订单 {sub_order}）出现了两次，内容却不同（第 {first} 行和第 {second} 行）。请从卖家中心重新导出报表，然后导入新文件。本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a report. Import the report files inside it instead. Nothing was imported.</source>
        <translation>{path} 是一个文件夹，不是报表。请改为导入其中的报表文件。本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file {path} does not exist or is not a file. Check the name and try again. Nothing was imported.</source>
        <translation>文件 {path} 不存在，或者不是一个文件。请检查文件名后重试。本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>The data file {path} is busy: another ShopCloser command (an import, for one) is writing to it. Try again when it has finished.</source>
        <translation>数据文件 {path} 正忙：另一个 ShopCloser 命令（例如导入）正在写入。请等它完成后再试。</translation>
    </message>
    <message>
        <source>There is not enough free disk space to save changes to the data file {path}. Free some space on that disk, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>磁盘空间不足，无法把改动保存到数据文件 {path}。请在那个磁盘上腾出一些空间，然后再试一次。ShopCloser 保存每项改动时要么全部保存，要么完全不保存：数据文件不会只写了一半。</translation>
    </message>
    <message>
        <source>The data file {path} cannot be written: it, its folder, or the files SQLite keeps beside it (ending in -wal and -shm) are read-only or belong to another user. Make them writable, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>无法写入数据文件 {path}：它本身、它所在的文件夹，或者 SQLite 放在它旁边的文件（以 -wal 和 -shm 结尾）是只读的，或者属于另一个用户。请把它们改为可写，然后再试一次。ShopCloser 保存每项改动时要么全部保存，要么完全不保存：数据文件不会只写了一半。</translation>
    </message>
    <message>
        <source>The disk refused to save changes to the data file {path}: it may be full, or a drive was removed. Check the disk and free some space on it, then try again. ShopCloser saves each change whole or not at all: the data file is not left half written.</source>
        <translation>磁盘拒绝保存对数据文件 {path} 的改动：磁盘可能已满，或者移动硬盘、U 盘已被拔出。请检查磁盘并腾出一些空间，然后再试一次。ShopCloser 保存每项改动时要么全部保存，要么完全不保存：数据文件不会只写了一半。</translation>
    </message>
    <message>
        <source>ShopCloser cannot use the database {url} ({detail}). Give the path of a data file with --db instead.</source>
        <translation>ShopCloser 无法使用数据库 {url}（{detail}）。请改用 --db 指定一个数据文件的路径。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file. Name a file in it with --db (for example {example}).</source>
        <translation>{path} 是一个文件夹，不是数据文件。请用 --db 指定其中的一个文件（例如 {example}）。</translation>
    </message>
    <message>
        <source>The data file {path} could not be opened ({detail}). Choose another file with --db, or move this one away and start again.</source>
        <translation>无法打开数据文件 {path}（{detail}）。请用 --db 选择其他文件，或者把这个文件移到别处后重新启动。</translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of ShopCloser. Install that version to open it; this version has not changed it.</source>
        <translation>数据文件 {path} 是由更新版本的 ShopCloser 写入的。请安装该版本来打开它；当前版本没有改动这个文件。</translation>
    </message>
    <message>
        <source>The data file {path} needs an upgrade; open it in ShopCloser first.</source>
        <translation>数据文件 {path} 需要升级，请先在 ShopCloser 窗口中打开它。</translation>
    </message>
    <message>
        <source>The password file {path} could not be read. Check the name, and save it as plain text with the password on the first line.</source>
        <translation>无法读取密码文件 {path}。请检查文件名，并把它保存为纯文本文件，密码写在第一行。</translation>
    </message>
    <message>
        <source>The password file {path} is empty. Put the password on its first line.</source>
        <translation>密码文件 {path} 是空的。请把密码写在第一行。</translation>
    </message>
    <message>
        <source>This Excel file is protected with a password. Put the password on the first line of a text file and run the command again with --password-file FILE.</source>
        <translation>这个 Excel 文件设有密码。请把密码写在一个文本文件的第一行，然后加上 --password-file 密码文件 重新运行这条命令。</translation>
    </message>
    <message>
        <source>{name} is not a ShopCloser backup workbook. Choose a file that ShopCloser wrote with Export backup.</source>
        <translation>{name} 不是 ShopCloser 的备份工作簿。请选择用 ShopCloser 的“导出备份”生成的文件。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be read. Use another copy of the backup, or make a new one.</source>
        <translation>备份 {name} 已损坏，无法读取。请使用这份备份的其他副本，或者重新备份一次。</translation>
    </message>
    <message>
        <source>The backup {name} was written by a newer version of ShopCloser. Install that version to read it.</source>
        <translation>备份 {name} 是由更新版本的 ShopCloser 写入的。请安装该版本来读取它。</translation>
    </message>
    <message>
        <source>This file cannot be read as a stock list. Save it as CSV or Excel (.xlsx) with a header row, then choose it again.</source>
        <translation>无法把这个文件当作库存清单读取。请把它另存为带标题行的 CSV 或 Excel（.xlsx）文件，然后重新选择。</translation>
    </message>
    <message>
        <source>The stock list has no SKU column. Give the column of codes a header such as 商家编码 or SKU (and optionally 标题 and 数量), then choose the file again.</source>
        <translation>库存清单中没有存放商家编码的列。请给编码所在的列加上标题，例如“商家编码”或“SKU”（还可以加上“标题”和“数量”列），然后重新选择该文件。</translation>
    </message>
    <message>
        <source>Row {row} of the stock list has the quantity “{value}”, which is not a whole number of 0 or more. Correct it, then choose the file again.</source>
        <translation>库存清单第 {row} 行的数量是“{value}”，不是大于或等于 0 的整数。请改正后重新选择该文件。</translation>
    </message>
    <message>
        <source>The stock list is too large (more than {lines} rows or 50 MB). Split it into smaller files and import them one by one.</source>
        <translation>库存清单太大了（超过 {lines} 行或 50 MB）。请拆分成几个小文件，逐个导入。</translation>
    </message>
    <message>
        <source>The backup {name} is protected with a password. Give the password to open it (in the command line: --password-file FILE).</source>
        <translation>备份 {name} 设有密码。请提供密码以打开它（命令行中用 --password-file 密码文件）。</translation>
    </message>
    <message>
        <source>The password for {name} is not correct. Check it (capital letters count) and try again.</source>
        <translation>{name} 的密码不正确。请检查密码（区分大小写）后重试。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and try again.</source>
        <translation>文件 {path} 不存在。请检查文件名后重试。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({detail}). Check the drive.</source>
        <translation>无法读取文件 {path}（{detail}）。请检查文件所在的磁盘。</translation>
    </message>
    <message>
        <source>One text in the data is {length} characters long; a spreadsheet cell holds at most 32,767. Please report this to support with the log file.</source>
        <translation>数据中有一段文字长达 {length} 个字符，而表格的一个单元格最多只能容纳 32,767 个字符。请把这个问题连同日志文件一起报告给技术支持。</translation>
    </message>
    <message>
        <source>There is not enough free disk space to write the backup. Free some space or choose another drive, then try again. No backup file was changed.</source>
        <translation>磁盘空间不足，无法写入备份。请腾出一些空间或换一个磁盘，然后重试。没有改动任何备份文件。</translation>
    </message>
    <message>
        <source>ShopCloser cannot write in the folder {folder}. Choose another folder (for example your Documents folder or a USB drive) and try again.</source>
        <translation>ShopCloser 无法写入文件夹 {folder}。请换一个文件夹（例如“文档”文件夹或 U 盘）后重试。</translation>
    </message>
    <message>
        <source>The file {path} is open in another program (such as Excel). Close it there, or choose another file name, and try again. The file was not changed.</source>
        <translation>文件 {path} 正在其他程序（例如 Excel）中打开。请先在那个程序里关闭它，或者换一个文件名，然后重试。该文件没有被改动。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check the drive and the folder, or choose another place, and try again.</source>
        <translation>无法把备份写入 {path}（{detail}）。请检查磁盘和文件夹，或者换一个位置，然后重试。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the backup inside it.</source>
        <translation>{path} 是一个文件夹。请在其中为备份指定一个文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the backup.</source>
        <translation>文件夹 {folder} 不存在。请为备份选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>The password is empty. Choose a password to protect the backup with.</source>
        <translation>密码为空。请设置一个密码来保护备份。</translation>
    </message>
    <message>
        <source>The backup did not match the data when it was read back (sheets: {sheets}), so it was not saved. Check the drive, then try again or choose another place.</source>
        <translation>写入后回读时，备份与数据不一致（工作表：{sheets}），因此没有保存。请检查磁盘，然后重试或换一个位置。</translation>
    </message>
    <message>
        <source>There is no import number {id}. The list of imports shows the numbers you can use.</source>
        <translation>没有编号为 {id} 的导入。导入列表中列出了可用的编号。</translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation>编号 {id} 的导入已经撤销过了。</translation>
    </message>
    <message>
        <source>Import {id} cannot be undone yet: import {latest} was made after it. Undo the newer imports first, newest first.</source>
        <translation>编号 {id} 的导入暂时不能撤销：在它之后还有编号 {latest} 的导入。请从最新的一次开始，依次撤销较新的导入。</translation>
    </message>
    <message>
        <source>Enter the SKU (商家编码) of the stock item first.</source>
        <translation>请先输入库存商品的商家编码。</translation>
    </message>
    <message>
        <source>An SKU can be at most {limit} characters long; shorten “{sku}…”.</source>
        <translation>商家编码最多 {limit} 个字符，请缩短“{sku}…”。</translation>
    </message>
    <message>
        <source>A quantity cannot be below 0. Enter how many units you still hold.</source>
        <translation>数量不能小于 0。请输入您手上还剩多少件。</translation>
    </message>
    <message>
        <source>The SKU {sku} is listed already. Change its quantity in the list instead.</source>
        <translation>商家编码 {sku} 已在列表中。请直接在列表中修改它的数量。</translation>
    </message>
    <message>
        <source>Choose at least one stock item first.</source>
        <translation>请先选择至少一个库存商品。</translation>
    </message>
    <message>
        <source>These SKUs are not in the stock list: {skus}. Add them first; nothing was changed.</source>
        <translation>以下商家编码不在库存清单中：{skus}。请先添加它们；没有做任何改动。</translation>
    </message>
    <message>
        <source>Order numbers not in your data ({count}): {ids}. Check the numbers, or import the export that contains them first. No order was marked.</source>
        <translation>不在您数据中的订单编号（{count} 个）：{ids}。请检查编号，或者先导入包含这些订单的导出文件。没有标记任何订单。</translation>
    </message>
    <message>
        <source>Order numbers not in your data ({count}): {ids}. Check the numbers. No mark was undone.</source>
        <translation>不在您数据中的订单编号（{count} 个）：{ids}。请检查编号。没有撤销任何标记。</translation>
    </message>
    <message>
        <source>No order was given. Choose at least one order first.</source>
        <translation>没有指定订单。请先选择至少一笔订单。</translation>
    </message>
    <message>
        <source>“{action}” is not a way of handling an order. Choose one of: {choices}.</source>
        <translation>“{action}”不是有效的订单处理方式。请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>A mark with the action “Other (see note)” needs a note saying what you did (on the command line: --note). No order was marked.</source>
        <translation>处理方式选“其他（见备注）”时，必须填写备注，写明您是怎么处理的（命令行中用 --note）。没有标记任何订单。</translation>
    </message>
    <message>
        <source>There is no verified backup of the data as it is now, so personal data was not removed. Export a backup (not a masked copy) first; then purge.</source>
        <translation>当前数据还没有校验过的备份，因此没有清除个人信息。请先导出一份备份（不是脱敏副本），再清除。</translation>
    </message>
    <message>
        <source>The backup {path} is no longer the file ShopCloser wrote and verified (it was moved, changed or deleted), so personal data was not removed. Export a new backup first; then purge.</source>
        <translation>备份 {path} 已不是 ShopCloser 当初写入并校验的那个文件（被移动、修改或删除了），因此没有清除个人信息。请先导出一份新备份，再清除。</translation>
    </message>
    <message>
        <source>Personal data was removed, but the old bytes could not yet be wiped from the data file because another program is reading it. Close other ShopCloser windows and run Purge again.</source>
        <translation>个人信息已清除，但由于有其他程序正在读取数据文件，旧数据还没能从文件中彻底擦除。请关闭其他 ShopCloser 窗口，然后再清除一次。</translation>
    </message>
    <message>
        <source>The report could not be saved as {path} ({reason}). If the file is open in Excel, close it; otherwise choose another folder with enough free space.</source>
        <translation>无法把报表保存为 {path}（{reason}）。如果该文件正在 Excel 中打开，请先关闭；否则请换一个空间充足的文件夹。</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty data file, and this one already holds orders or imports. Start ShopCloser with a new data file (--db NEW.db, or move the current one away) and restore there. Nothing was changed.</source>
        <translation>备份只能恢复到空的数据文件中，而当前数据文件里已有订单或导入记录。请用新的数据文件启动 ShopCloser（使用 --db NEW.db，或者把当前文件移到别处），再在那里恢复。没有做任何改动。</translation>
    </message>
    <message>
        <source>This is a masked copy for sharing: buyers&apos; details in it are masked, so it cannot be restored. Restore the full backup instead. Nothing was changed.</source>
        <translation>这是用于分享的脱敏副本：其中的买家信息已打码，因此不能用来恢复。请改用完整备份来恢复。没有做任何改动。</translation>
    </message>
    <message>
        <source>The backup does not match its manifest (sheets: {sheets}): it was changed or damaged after it was written, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation>备份与校验清单不一致（工作表：{sheets}）：它在写入后被修改或损坏了，因此没有恢复。请使用这份备份的其他副本。没有做任何改动。</translation>
    </message>
    <message>
        <source>The backup {name} lacks sheets that a restore needs, so it was not restored. Use another copy of the backup. Nothing was changed.</source>
        <translation>备份 {name} 缺少恢复所需的工作表，因此没有恢复。请使用这份备份的其他副本。没有做任何改动。</translation>
    </message>
    <message>
        <source>ShopCloser is open on this data file in another window, or a command is changing it, so it cannot be changed from here. Do this in that window, or try again once the window is closed or the command has finished.</source>
        <translation>另一个 ShopCloser 窗口正在使用这个数据文件，或者有命令正在修改它，因此无法在这里修改。请在那个窗口中操作，或者等窗口关闭、命令结束后重试。</translation>
    </message>
    <message>
        <source>The file {file} cannot be imported, so nothing was imported.</source>
        <translation>文件 {file} 无法导入，因此本次没有导入任何内容。</translation>
    </message>
    <message>
        <source>Row longer than the header: {read} cells for {columns} columns; what is past the last column was not imported</source>
        <translation>这一行比表头长：表头有 {columns} 列，这一行有 {read} 个单元格；最后一列之后的内容没有导入</translation>
    </message>
    <message>
        <source>Incomplete row: only {read} of {columns} columns (the file may be cut short)</source>
        <translation>这一行不完整：只读到 {columns} 列中的 {read} 列（文件可能被截断了）</translation>
    </message>
    <message>
        <source>Incomplete row: the file ends inside its last cell (it may be cut short)</source>
        <translation>这一行不完整：文件在它的最后一格中间就结束了（文件可能被截断了）</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}：{value}</translation>
    </message>
    <message>
        <source>There is no data file at {path} to compare the backup with. Name the data file that holds your orders with --db. Nothing was changed.</source>
        <translation>找不到数据文件 {path}，无法与备份比对。请用 --db 指定存有您订单的数据文件。没有改动任何内容。</translation>
    </message>
    <message>
        <source>There is no data file at {path}: nothing has been imported into it. Name the data file that holds your orders with --db. Nothing was changed.</source>
        <translation>{path} 处没有数据文件：还没有往其中导入过任何内容。请用 --db 指定存有您订单的数据文件。没有改动任何内容。</translation>
    </message>
    <message>
        <source>ShopCloser could not write its output ({error}): the disk may be full. What the command did is done all the same; shopcloser status shows what the data file holds now.</source>
        <translation>ShopCloser 无法写出输出内容（{error}）：磁盘可能已满。命令本身要做的事已经做完；运行 shopcloser status 可以查看数据文件现在的内容。</translation>
    </message>
    <message>
        <source>Nothing to back up yet: this data file holds no orders. Import your orders first (shopcloser import FILE…), or name the data file that holds them with --db. No file was written.</source>
        <translation>还没有可备份的内容：这个数据文件中没有订单。请先导入订单（shopcloser import 文件…），或者用 --db 指定存有订单的数据文件。没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Mark handled…</source>
        <translation>标记为已处理…</translation>
    </message>
    <message>
        <source>Undo the mark</source>
        <translation>撤销标记</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show this buyer&apos;s full name, phone and address (only on this screen)</source>
        <translation>显示这位买家的完整姓名、电话和地址（仅在此界面显示）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Received by the buyer</source>
        <translation>确认收货时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>History of marks</source>
        <translation>标记记录</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>选择一笔订单即可查看详情。</translation>
    </message>
    <message>
        <source>Order {id}</source>
        <translation>订单 {id}</translation>
    </message>
    <message>
        <source>• {reason}: {help}</source>
        <translation>• {reason}：{help}</translation>
    </message>
    <message>
        <source>Finished, but still inside the after-sales window: the buyer can still ask for a refund. It does not block closing the shop.</source>
        <translation>交易已成功，但仍在售后期内：买家还可以申请退款。这不妨碍关店。</translation>
    </message>
    <message>
        <source>This order does not block closing the shop.</source>
        <translation>这笔订单不妨碍关店。</translation>
    </message>
    <message>
        <source>What the import could not read (check it in the seller centre):</source>
        <translation>导入时未能读取的内容（请到卖家中心核对）：</translation>
    </message>
    <message>
        <source>Handled: {action}, by {who} on {when}. {note}</source>
        <translation>已处理：{action}，由 {who} 于 {when} 标记。{note}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>could not be read (see above)</source>
        <translation>未能读取（见上方）</translation>
    </message>
    <message>
        <source>not in the files</source>
        <translation>文件中没有</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>Waiting for the buyer to pay</source>
        <translation>等待买家付款</translation>
    </message>
    <message>
        <source>No Alipay payment created</source>
        <translation>未创建支付宝交易</translation>
    </message>
    <message>
        <source>Paid, waiting for you to ship</source>
        <translation>买家已付款，等待您发货</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped, waiting for the buyer</source>
        <translation>已发货，等待买家确认收货</translation>
    </message>
    <message>
        <source>Signed for (cash on delivery)</source>
        <translation>买家已签收（货到付款）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <source>Closed after a refund</source>
        <translation>退款后交易关闭</translation>
    </message>
    <message>
        <source>Closed before payment</source>
        <translation>未付款，交易关闭</translation>
    </message>
    <message>
        <source>Payment being confirmed</source>
        <translation>付款确认中</translation>
    </message>
    <message>
        <source>Waiting for pre-authorisation</source>
        <translation>等待预授权确认</translation>
    </message>
    <message>
        <source>Paid, shipping not allowed yet</source>
        <translation>已付款，暂不能发货</translation>
    </message>
    <message>
        <source>Status not recognised</source>
        <translation>无法识别的状态</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>无退款</translation>
    </message>
    <message>
        <source>Refund asked, waiting for you</source>
        <translation>买家申请退款，等待您处理</translation>
    </message>
    <message>
        <source>Waiting for the buyer to return</source>
        <translation>等待买家退货</translation>
    </message>
    <message>
        <source>Returned, waiting for you</source>
        <translation>买家已退货，等待您确认收货</translation>
    </message>
    <message>
        <source>You refused the refund</source>
        <translation>您已拒绝退款</translation>
    </message>
    <message>
        <source>Refund closed</source>
        <translation>退款关闭</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款成功</translation>
    </message>
    <message>
        <source>Refund state not recognised</source>
        <translation>无法识别的退款状态</translation>
    </message>
    <message>
        <source>Refund state not in the files</source>
        <translation>文件中没有退款状态</translation>
    </message>
    <message>
        <source>Order still open</source>
        <translation>订单未完成</translation>
    </message>
    <message>
        <source>Refund still open</source>
        <translation>退款未完结</translation>
    </message>
    <message>
        <source>The order is not finished: it is unpaid, not yet shipped, or not yet received. Ship it, or agree with the buyer to cancel it, and wait until the platform shows it finished or closed.</source>
        <translation>订单还没有完成：买家未付款、您还没发货，或者买家还没收货。请发货，或与买家协商取消订单，并等到平台显示“交易成功”或“交易关闭”。</translation>
    </message>
    <message>
        <source>The export shows a status ShopCloser does not know. Look the order up in the seller centre and handle it as the platform shows it.</source>
        <translation>导出文件中的订单状态 ShopCloser 无法识别。请在卖家中心查到这笔订单，按平台显示的状态处理。</translation>
    </message>
    <message>
        <source>A buyer has asked for a refund or a return that is not settled yet. Agree, refuse with a reason, or confirm the returned goods in the seller centre.</source>
        <translation>买家申请的退款或退货还没有处理完。请在卖家中心同意申请、说明理由后拒绝，或者确认收到退货。</translation>
    </message>
    <message>
        <source>An item shows a refund state ShopCloser does not know. Look the refund up in the seller centre and settle it there.</source>
        <translation>有宝贝的退款状态 ShopCloser 无法识别。请在卖家中心查到这笔退款并处理完毕。</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled with the buyer</source>
        <translation>已与买家协商取消</translation>
    </message>
    <message>
        <source>Closed on the platform</source>
        <translation>平台上已关闭</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>其他（见备注）</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation>撤销标记</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Sold off</source>
        <translation>清仓售出</translation>
    </message>
    <message>
        <source>Returned to supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>自留</translation>
    </message>
    <message>
        <source>Import your orders first</source>
        <translation>请先导入订单</translation>
    </message>
    <message>
        <source>Not yet: orders still block closing the shop</source>
        <translation>还不行：仍有订单阻碍关店</translation>
    </message>
    <message>
        <source>Almost: no order blocks, a few things need care</source>
        <translation>快了：没有订单阻碍关店，还有几件事要留意</translation>
    </message>
    <message>
        <source>Yes: nothing stands in the way of closing the shop</source>
        <translation>可以：已没有任何事项妨碍关店</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Marks log</source>
        <translation>标记记录</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled?</source>
        <translation>是否已处理</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why it blocked</source>
        <translation>阻碍原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录类型</translation>
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
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Report made at</source>
        <translation>报表生成时间</translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation>列出的订单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Only orders that blocked closure</source>
        <translation>仅阻碍过关店的订单</translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation>仍阻碍关店</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您处理</translation>
    </message>
    <message>
        <source>Finished, still inside after-sales</source>
        <translation>交易成功，仍在售后期内</translation>
    </message>
    <message>
        <source>Can the shop close?</source>
        <translation>可以关店了吗？</translation>
    </message>
    <message>
        <source>Orders still blocking, by reason</source>
        <translation>仍阻碍关店的订单（按原因）</translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation>全部订单（按状态）</translation>
    </message>
    <message>
        <source>Entries in the marks log</source>
        <translation>标记记录条数</translation>
    </message>
    <message>
        <source>Stock items still needing a decision</source>
        <translation>尚未决定去向的库存商品</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation>阻碍原因</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
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
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the reconciliation report</source>
        <translation>保存订单核对报告</translation>
    </message>
    <message>
        <source>reconciliation-report</source>
        <translation>订单核对报告</translation>
    </message>
    <message>
        <source>blocking-orders-report</source>
        <translation>阻碍关店的订单</translation>
    </message>
    <message>
        <source>Saving the reconciliation report</source>
        <translation>正在保存订单核对报告</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>The reconciliation report was saved as {path}.</source>
        <translation>订单核对报告已保存为 {path}。</translation>
    </message>
    <message>
        <source>Save the marks log</source>
        <translation>保存标记记录</translation>
    </message>
    <message>
        <source>marks-log</source>
        <translation>标记记录</translation>
    </message>
    <message>
        <source>Marks log saved</source>
        <translation>标记记录已保存</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries of the marks log were saved as {path}.</source>
        <translation>
            <numerusform>已将 %Ln 条标记记录保存为 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Find an order by number, buyer or item</source>
        <translation>按订单编号、买家或宝贝查找订单</translation>
    </message>
    <message>
        <source>No orders yet. Import the order report you exported from the seller centre.</source>
        <translation>还没有订单。请导入从卖家中心导出的订单报表。</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Leftover stock</source>
        <translation>剩余库存</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>标记为已处理…</translation>
    </message>
    <message>
        <source>Undo their marks</source>
        <translation>撤销这些标记</translation>
    </message>
    <message>
        <source>The selected orders block again if still open</source>
        <translation>所选订单如果仍未完成，会重新阻碍关店</translation>
    </message>
    <message>
        <source>Undo last marking</source>
        <translation>撤销上一次标记</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) handled ({action}).</source>
        <translation>
            <numerusform>已将 %Ln 笔订单标记为已处理（{action}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the marks of %Ln order(s).</source>
        <translation>
            <numerusform>已撤销 %Ln 笔订单的标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were not marked handled.</source>
        <translation>
            <numerusform>其中 %Ln 笔原本就没有标记为已处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Still blocking</source>
        <translation>仍阻碍关店</translation>
    </message>
    <message>
        <source>Finished, in after-sales</source>
        <translation>交易成功，在售后期内</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您处理</translation>
    </message>
    <message>
        <source>With rows to review</source>
        <translation>含待核对的行</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any refund state</source>
        <translation>全部退款状态</translation>
    </message>
    <message>
        <source>Any open refund</source>
        <translation>有未完结的退款</translation>
    </message>
    <message>
        <source>No order blocks closing the shop.</source>
        <translation>没有订单阻碍关店。</translation>
    </message>
    <message>
        <source>No order matches. Try another filter or search.</source>
        <translation>没有符合条件的订单。请换个筛选条件或搜索词试试。</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>已选 {n} 笔</translation>
    </message>
    <message>
        <source>The last marking was undone.</source>
        <translation>已撤销上一次标记。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>您的订单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Still blocking closure</source>
        <translation>仍阻碍关店</translation>
    </message>
    <message>
        <source>Handled by you</source>
        <translation>已由您处理</translation>
    </message>
    <message>
        <source>Before you close the shop</source>
        <translation>关店前的准备</translation>
    </message>
    <message>
        <source>Your files do not show whether refunds are still open: the item report is missing, or it is an older export without a 退款状态 (refund state) column. Check the refunds in the seller centre, then tick this yourself.</source>
        <translation>您的文件看不出是否还有未完结的退款：没有导入宝贝报表，或者它是较早的导出，没有“退款状态”这一列。请在卖家中心查看退款情况，然后自己勾选此项。</translation>
    </message>
    <message>
        <source>ShopCloser ticks this itself from your imported orders.</source>
        <translation>此项由 ShopCloser 根据您导入的订单自动勾选。</translation>
    </message>
    <message>
        <source>Decide for certain: closing deletes the shop and its data for good</source>
        <translation>想清楚再决定：关店会永久删除店铺及其数据</translation>
    </message>
    <message>
        <source>Finish every remaining order (no order still blocks)</source>
        <translation>处理完所有剩余订单（没有订单阻碍关店）</translation>
    </message>
    <message>
        <source>Deal with the stock you still hold</source>
        <translation>处理好手上的剩余库存</translation>
    </message>
    <message>
        <source>Secure the account: change the password, check for misuse</source>
        <translation>保护好账号：修改密码，检查有没有被盗用</translation>
    </message>
    <message>
        <source>Settle any rule violations on the platform first</source>
        <translation>先处理完平台上的违规记录</translation>
    </message>
    <message>
        <source>Keep a verified backup of orders, buyers and after-sales records</source>
        <translation>保留一份校验过的订单、买家和售后记录备份</translation>
    </message>
    <message>
        <source>Finish after-sales work and disputes (no open refund)</source>
        <translation>处理完售后和纠纷（没有未完结的退款）</translation>
    </message>
    <message>
        <source>Clear the shop&apos;s decoration and content</source>
        <translation>清理店铺装修和内容</translation>
    </message>
    <message>
        <source>Tell suppliers, couriers, staff and partners in advance</source>
        <translation>提前通知供应商、快递公司、员工和合作伙伴</translation>
    </message>
    <message>
        <source>Make sure returns and refunds can still be completed</source>
        <translation>确保退货和退款仍能顺利完成</translation>
    </message>
    <message>
        <source>Protect, then delete, buyers&apos; personal information</source>
        <translation>先保护好、再删除买家个人信息</translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation>已处理 {done}/{total} 笔</translation>
    </message>
    <message>
        <source>Start by importing your orders</source>
        <translation>先导入您的订单</translation>
    </message>
    <message>
        <source>In the seller centre, open 已卖出的宝贝 (items sold), choose 批量导出 (export), and download both the order report and the item report. Then import them here, or drop them on this window.</source>
        <translation>在卖家中心打开“已卖出的宝贝”，选择“批量导出”，把订单报表和宝贝报表都下载下来。然后在这里导入，或者直接把文件拖到这个窗口中。</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %Ln order(s) still block closing the shop</source>
        <translation>
            <numerusform>还不行：仍有 %Ln 笔订单阻碍关店</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Order reconciliation to see each one and why it blocks.</source>
        <translation>打开“订单核对”，可查看每一笔订单及其阻碍原因。</translation>
    </message>
    <message>
        <source>No order blocks closing the shop</source>
        <translation>没有订单阻碍关店</translation>
    </message>
    <message>
        <source>Check the remaining steps below before you close the shop on the platform.</source>
        <translation>在平台上关店之前，请检查下面剩下的步骤。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>The password you entered does not open {name}. Check it (capital letters count) and enter it again.</source>
        <translation>您输入的密码打不开 {name}。请检查密码（区分大小写）后再输入一次。</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read · finishing…</source>
        <translation>
            <numerusform>已读取全部 %Ln 行 · 正在收尾…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s)</source>
        <translation>
            <numerusform>{done}/%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s) · {speed} rows/s · about {left} s left</source>
        <translation>
            <numerusform>{done}/%Ln 行 · 每秒 {speed} 行 · 约剩 {left} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · {speed} rows/s</source>
        <translation>
            <numerusform>%Ln 行 · 每秒 {speed} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消…不会做任何改动。</translation>
    </message>
    <message>
        <source>Already saving: this can no longer be stopped. It ends in a moment.</source>
        <translation>已经在保存，无法再取消，马上就会完成。</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报表…</translation>
    </message>
    <message>
        <source>All orders…</source>
        <translation>全部订单…</translation>
    </message>
    <message>
        <source>Only orders that blocked closure…</source>
        <translation>仅阻碍过关店的订单…</translation>
    </message>
    <message>
        <source>Marks log only…</source>
        <translation>仅标记记录…</translation>
    </message>
    <message>
        <source>Orders: {orders} · still blocking: {blocking} · handled by you: {handled} · finished, in after-sales: {watch}</source>
        <translation>{orders} 笔订单 · {blocking} 笔仍阻碍关店 · {handled} 笔已由您处理 · {watch} 笔交易成功但仍在售后期内</translation>
    </message>
    <message>
        <source>{done} of {total} handled</source>
        <translation>已处理 {done}/{total} 笔</translation>
    </message>
    <message>
        <source>Still blocking, by reason</source>
        <translation>仍阻碍关店（按原因）</translation>
    </message>
    <message>
        <source>All orders, by status</source>
        <translation>全部订单（按状态）</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason}：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished order(s) still inside after-sales</source>
        <translation>
            <numerusform>%Ln 笔交易成功的订单仍在售后期内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stock item(s) without a decision</source>
        <translation>
            <numerusform>%Ln 个库存商品尚未决定去向</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>还需要做：</translation>
    </message>
    <message>
        <source>Before you close, see to:</source>
        <translation>关店前请留意：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
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
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your name (recorded when you mark orders handled)</source>
        <translation>您的姓名（标记订单为已处理时会记录下来）</translation>
    </message>
    <message>
        <source>After-sales window for finished orders</source>
        <translation>交易成功订单的售后期</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Before you close, decide what happens to the stock you still hold: sell it off, return it to the supplier, write it off, or keep it. ShopCloser lists the SKUs (商家编码) from your item reports; enter how many units you still hold.</source>
        <translation>关店前，请决定手上剩余库存的去向：清仓售出、退回供应商、报损，或者自留。ShopCloser 会列出宝贝报表中的商家编码，请填写每个编码还剩多少件。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Units held</source>
        <translation>剩余件数</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>已售件数</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Add SKUs from my orders</source>
        <translation>从我的订单添加商家编码</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>导入清单…</translation>
    </message>
    <message>
        <source>Units held…</source>
        <translation>剩余件数…</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>已无剩余</translation>
    </message>
    <message>
        <source>You hold none of the selected SKUs any more</source>
        <translation>所选商家编码都已没有剩余库存</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>决定去向</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{skus} SKUs · {undecided} need a decision · {units} units still held</source>
        <translation>{skus} 个商家编码 · {undecided} 个待决定去向 · 剩余 {units} 件</translation>
    </message>
    <message>
        <source>Import a stock list</source>
        <translation>导入库存清单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>How many units of %Ln SKU(s) do you still hold?</source>
        <translation>
            <numerusform>这 %Ln 个商家编码您还剩多少件？</numerusform>
        </translation>
    </message>
</context>
</TS>
