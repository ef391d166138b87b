<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupTab</name>
    <message numerus="yes">
        <source>Personal data removed from %n order(s).</source>
        <translation>
            <numerusform>Personal data removed from %n order.</numerusform>
            <numerusform>Personal data removed from %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>Deleted %n older copy of the data file.</numerusform>
            <numerusform>Deleted %n older copies of the data file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Personal data removed from %n order(s). It is kept in the backup {path}.</source>
        <translation>
            <numerusform>Personal data removed from %n order. It is kept in the backup {path}.</numerusform>
            <numerusform>Personal data removed from %n orders. It is kept in the backup {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copies of the data file.</source>
        <translation>
            <numerusform>Deleted %n older copy of the data file.</numerusform>
            <numerusform>Deleted %n older copies of the data file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Order report {name}: %n row(s)</source>
        <translation>
            <numerusform>  Order report {name}: %n row</numerusform>
            <numerusform>  Order report {name}: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Item report {name}: %n row(s)</source>
        <translation>
            <numerusform>  Item report {name}: %n row</numerusform>
            <numerusform>  Item report {name}: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>%n file of this import was exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import all the files together: they are then applied in the order they were exported.</numerusform>
            <numerusform>%n files of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (shopcloser undo {id}) and import all the files together: they are then applied in the order they were exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This import put %n order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (shopcloser undo {id}) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>This import put %n order back to an earlier state ({orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (shopcloser undo {id}) and leave the older file out, or export this order again from the seller centre and import the new export.</numerusform>
            <numerusform>This import put %n orders back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (shopcloser undo {id}) and leave the older file out, or export these orders again from the seller centre and import the new export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %n order(s) (for example {orders}): a file given after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order given. If the later file is the older export, undo this import (shopcloser undo {id}), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>Files of this import disagree about %n order ({orders}): a file given after another shows it at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order given. If the later file is the older export, undo this import (shopcloser undo {id}), then import the older file first and the newer one on its own.</numerusform>
            <numerusform>Files of this import disagree about %n orders (for example {orders}): a file given after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order given. If the later file is the older export, undo this import (shopcloser undo {id}), then import the older file first and the newer one on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again: if the new reason is not dealt with yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>%n order you marked handled has a new reason to block closure since this import ({orders}): a refund asked for after you marked it, say. It stays marked. Look at it again: if the new reason is not dealt with yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking until it is.</numerusform>
            <numerusform>%n orders you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again: if the new reason is not dealt with yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking until it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (shopcloser undo {id}).</source>
        <translation>
            <numerusform>%n order in the item report is in no order report imported so far: ShopCloser knows only its items, not its buyer, address or amounts. Import the order report that holds it. If the item report is from another shop, undo this import (shopcloser undo {id}).</numerusform>
            <numerusform>%n orders in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (shopcloser undo {id}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %n order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>The item report and the order report show %n order at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</numerusform>
            <numerusform>The item report and the order report show %n orders at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n order(s) handled.</source>
        <translation>
            <numerusform>Marked %n order handled.</numerusform>
            <numerusform>Marked %n orders handled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were already handled; their earlier marks stay in the log.</source>
        <translation>
            <numerusform>%n of them was already handled; its earlier mark stays in the log.</numerusform>
            <numerusform>%n of them were already handled; their earlier marks stay in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the handled-marks of %n order(s).</source>
        <translation>
            <numerusform>Undid the handled-marks of %n order.</numerusform>
            <numerusform>Undid the handled-marks of %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were not marked handled; they were left as they were: {ids}</source>
        <translation>
            <numerusform>%n order was not marked handled; it was left as it was: {ids}</numerusform>
            <numerusform>%n orders were not marked handled; they were left as they were: {ids}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln file(s) of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (File → Import history) and import all the files together: they are then applied in the order they were exported.</source>
        <translation>
            <numerusform>%Ln file of this import was exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (File → Import history) and import all the files together: they are then applied in the order they were exported.</numerusform>
            <numerusform>%Ln files of this import were exported before files an earlier import brought in ({files}). Orders in both now show the older state. To keep the newer one, undo this import (File → Import history) and import all the files together: they are then applied in the order they were exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This import put %Ln order(s) back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (File → Import history) and leave the older file out, or export these orders again from the seller centre and import the new export.</source>
        <translation>
            <numerusform>This import put %Ln order back to an earlier state ({orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (File → Import history) and leave the older file out, or export this order again from the seller centre and import the new export.</numerusform>
            <numerusform>This import put %Ln orders back to an earlier state (for example {orders}): an earlier order status than before (such as 买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing no refund after one was asked for, or a payment, shipping or receipt time now missing or earlier. A file of this import is probably an older export than one imported before. To keep the newer state, undo this import (File → Import history) and leave the older file out, or export these orders again from the seller centre and import the new export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files of this import disagree about %Ln order(s) (for example {orders}): a file chosen after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order chosen. If the later file is the older export, undo this import (File → Import history), then import the older file first and the newer one on its own.</source>
        <translation>
            <numerusform>Files of this import disagree about %Ln order ({orders}): a file chosen after another shows it at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order chosen. If the later file is the older export, undo this import (File → Import history), then import the older file first and the newer one on its own.</numerusform>
            <numerusform>Files of this import disagree about %Ln orders (for example {orders}): a file chosen after another shows them at an earlier step (an earlier order status, or no refund where one was asked for), and the later file was kept. Files whose names hold no export time are read in the order chosen. If the later file is the older export, undo this import (File → Import history), then import the older file first and the newer one on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again (in Order reconciliation, choose Show: “Handled by you”): if the new reason is not dealt with yet, undo its mark so that it counts as blocking until it is.</source>
        <translation>
            <numerusform>%Ln order you marked handled has a new reason to block closure since this import ({orders}): a refund asked for after you marked it, say. It stays marked. Look at it again (in Order reconciliation, choose Show: “Handled by you”): if the new reason is not dealt with yet, undo its mark so that it counts as blocking until it is.</numerusform>
            <numerusform>%Ln orders you marked handled have a new reason to block closure since this import (for example {orders}): a refund asked for after you marked them, say. They stay marked. Look at each again (in Order reconciliation, choose Show: “Handled by you”): if the new reason is not dealt with yet, undo its mark so that it counts as blocking until it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (File → Import history).</source>
        <translation>
            <numerusform>%Ln order in the item report is in no order report imported so far: ShopCloser knows only its items, not its buyer, address or amounts. Import the order report that holds it. If the item report is from another shop, undo this import (File → Import history).</numerusform>
            <numerusform>%Ln orders in the item report are in no order report imported so far: ShopCloser knows only their items, not their buyer, address or amounts. Import the order report that holds them. If the item report is from another shop, undo this import (File → Import history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item report and the order report show %Ln order(s) at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</source>
        <translation>
            <numerusform>The item report and the order report show %Ln order at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</numerusform>
            <numerusform>The item report and the order report show %Ln orders at different steps (for example {orders}): they were exported at different times. ShopCloser takes an order&apos;s status from the order report and its refunds from the item report, so what blocks closure may be out of date. Export both reports again from the seller centre, one right after the other, and import them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>Order report {name}: %Ln row</numerusform>
            <numerusform>Order report {name}: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Item report {name}: %Ln row(s)</source>
        <translation>
            <numerusform>Item report {name}: %Ln row</numerusform>
            <numerusform>Item report {name}: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more file(s) (File → Import history lists them all)</source>
        <translation>
            <numerusform>… and %Ln more file (File → Import history lists them all)</numerusform>
            <numerusform>… and %Ln more files (File → Import history lists them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message numerus="yes">
        <source>Mark %Ln order(s) as handled. They stop blocking closure.</source>
        <translation>
            <numerusform>Mark %Ln order as handled. It stops blocking closure.</numerusform>
            <numerusform>Mark %Ln orders as handled. They stop blocking closure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersReport</name>
    <message numerus="yes">
        <source>%Ln entries of the marks log were saved as {path}.</source>
        <translation>
            <numerusform>%Ln entry of the marks log was saved as {path}.</numerusform>
            <numerusform>%Ln entries of the marks log were saved as {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message numerus="yes">
        <source>Marked %Ln order(s) handled ({action}).</source>
        <translation>
            <numerusform>Marked %Ln order handled ({action}).</numerusform>
            <numerusform>Marked %Ln orders handled ({action}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the marks of %Ln order(s).</source>
        <translation>
            <numerusform>Undid the marks of %Ln order.</numerusform>
            <numerusform>Undid the marks of %Ln orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were not marked handled.</source>
        <translation>
            <numerusform>%Ln was not marked handled.</numerusform>
            <numerusform>%Ln were not marked handled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>Not yet: %Ln order(s) still block closing the shop</source>
        <translation>
            <numerusform>Not yet: %Ln order still blocks closing the shop</numerusform>
            <numerusform>Not yet: %Ln orders still block closing the shop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message numerus="yes">
        <source>All %Ln row(s) read · finishing…</source>
        <translation>
            <numerusform>%Ln row read · finishing…</numerusform>
            <numerusform>All %Ln rows read · finishing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s)</source>
        <translation>
            <numerusform>{done} of %Ln row</numerusform>
            <numerusform>{done} of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln row(s) · {speed} rows/s · about {left} s left</source>
        <translation>
            <numerusform>{done} of %Ln row · {speed} rows/s · about {left} s left</numerusform>
            <numerusform>{done} of %Ln rows · {speed} rows/s · about {left} s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · {speed} rows/s</source>
        <translation>
            <numerusform>%Ln row · {speed} rows/s</numerusform>
            <numerusform>%Ln rows · {speed} rows/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message numerus="yes">
        <source>%Ln finished order(s) still inside after-sales</source>
        <translation>
            <numerusform>%Ln finished order still inside after-sales</numerusform>
            <numerusform>%Ln finished orders still inside after-sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stock item(s) without a decision</source>
        <translation>
            <numerusform>%Ln stock item without a decision</numerusform>
            <numerusform>%Ln stock items without a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message numerus="yes">
        <source>How many units of %Ln SKU(s) do you still hold?</source>
        <translation>
            <numerusform>How many units of %Ln SKU do you still hold?</numerusform>
            <numerusform>How many units of %Ln SKUs do you still hold?</numerusform>
        </translation>
    </message>
</context>
</TS>
