from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from shopcloser.store.database import open_store
from shopcloser.ui.main_window import MainWindow, first_size
from tests.screen import skip_unless_desktop_screen


def test_every_tab_can_be_visited(window: MainWindow, qtbot: QtBot) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Overview", "Order reconciliation", "Data backup"]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert window.tabs.currentWidget().isVisible()


def test_an_empty_store_invites_an_import(window: MainWindow) -> None:
    assert window.overview.counts["orders"].text() == "0"
    assert "import" in window.overview.verdict.text().lower()


def test_menus_have_the_expected_commands(window: MainWindow) -> None:
    # PySide6's stubs type QAction.menu() as QObject; the menu bar's actions hold QMenus.
    menus = {a.text().replace("&", ""): cast(QMenu, a.menu()) for a in window.menuBar().actions()}
    assert set(menus) >= {"File", "Help"}
    file_items = [a.text().replace("&", "") for a in menus["File"].actions() if a.text()]
    assert file_items == [
        "Import orders…",
        "Import history…",
        "Export backup…",
        "Settings…",
        "Quit",
    ]
    help_items = [a.text().replace("&", "") for a in menus["Help"].actions() if a.text()]
    assert help_items == ["User guide", "Open log folder", "About ShopCloser"]
    assert not window.import_action.shortcut().isEmpty()
    assert not window.backup_action.shortcut().isEmpty()
    assert not window.find_action.shortcut().isEmpty()


def test_find_goes_to_the_order_search(window: MainWindow, qtbot: QtBot) -> None:
    window.find_action.trigger()
    assert window.tabs.currentWidget() is window.orders
    qtbot.waitUntil(lambda: window.orders.search.hasFocus() or not window.isActiveWindow())


def test_about_shows_version_and_licences(window: MainWindow, qtbot: QtBot) -> None:
    from shopcloser import __version__
    from shopcloser.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    assert "LGPL" in browser.toPlainText()
    dialog.close()


def test_geometry_is_remembered(window: MainWindow, store: object, qtbot: QtBot) -> None:
    window.resize(761, 543)
    window.close()
    again = MainWindow(window.state.store)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (761, 543)
    qtbot.waitUntil(lambda: again.overview.status is not None, timeout=5000)


@pytest.mark.parametrize(
    ("free", "opens_at"),
    [
        ((1920, 1040), (1100, 720)),  # a desktop with a taskbar
        ((1366, 728), (1100, 668)),  # the common laptop: 768 less a 40-pixel taskbar
        ((1280, 680), (1100, 620)),
    ],
)
def test_the_window_first_opens_within_the_free_screen(
    free: tuple[int, int], opens_at: tuple[int, int]
) -> None:
    """1100×720 with its frame (some 30 pixels of title bar) is taller than a 1366×768
    laptop's screen less its taskbar: the status bar would open under the taskbar."""
    assert first_size(QSize(*free)).toTuple() == opens_at


def test_a_first_window_opens_at_its_first_size(window: MainWindow) -> None:
    skip_unless_desktop_screen(window)
    free = window.screen().availableGeometry().size()
    assert window.size() == first_size(free)
    assert free.toTuple() == (1920, 1080)  # the tests' desktop screen


def test_checklist_ticks_are_kept_in_the_store(window: MainWindow, qtbot: QtBot) -> None:
    window.overview.steps["backup"].setChecked(True)
    again = MainWindow(window.state.store)
    qtbot.addWidget(again)
    assert again.overview.steps["backup"].isChecked()
    orders_step = again.overview.steps["orders"]
    # ticked by the app, not by hand
    qtbot.mouseClick(orders_step, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert not orders_step.isChecked()
    qtbot.waitUntil(lambda: again.overview.status is not None, timeout=5000)


def test_the_status_bar_names_the_data_file_as_the_merchant_knows_it(qtbot: QtBot) -> None:
    """Inside the home folder it reads ``~/…`` (the whole path in its tooltip)."""
    from shopcloser.ui.application import create_application

    create_application("en")
    db = Path.home() / "Documents" / "ShopCloser" / "shopcloser.db"
    db.parent.mkdir(parents=True)
    store = open_store(str(db))
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        status = window._status
        assert status.text() == "Data file: ~/Documents/ShopCloser/shopcloser.db"
        assert status.toolTip() == str(db)
        qtbot.waitUntil(lambda: window.overview.status is not None, timeout=5000)
    finally:
        window.close()
        store.close()


def test_open_log_folder_says_when_the_folder_cannot_be_made(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: with a file where the log folder belongs, Help > Open log folder raised
    (a bug dialog); the window itself runs without a log then."""
    from PySide6.QtWidgets import QMessageBox

    from shopcloser import paths

    blocked = tmp_path / "logs"
    blocked.write_text("not a folder")
    monkeypatch.setattr(paths, "log_dir", lambda: blocked / "ShopCloser")
    window.open_log_folder()
    box = window.findChild(QMessageBox, "noLogFolder")
    assert box is not None
    assert "could not be made" in box.text() and str(blocked) in box.text()
    box.close()


def test_export_backup_follows_the_leftover_stock(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leftover stock alone is something a backup keeps (it may be listed before any
    import): Export backup… is offered once a line is added, and taken back when the last
    one is removed. Before, both waited for an import or a restart."""
    from shopcloser.ui.tabs.inventory import AddStockDialog

    def filled(dialog: AddStockDialog) -> int:
        dialog.sku.setText("SKU-1")
        dialog.title.setText("围巾")
        dialog.quantity.setValue(5)
        return 1

    monkeypatch.setattr(AddStockDialog, "exec", filled)
    stock = window.orders.stock
    assert not window.backup_action.isEnabled()
    stock.add()
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(window.backup_action.isEnabled, timeout=15_000)
    assert window.backup.export_button.isEnabled() and window.backup.export_state.isHidden()

    stock.table.selectRow(0)
    stock.remove()
    qtbot.waitUntil(lambda: stock.model.rowCount() == 0, timeout=15_000)
    qtbot.waitUntil(lambda: not window.backup_action.isEnabled(), timeout=15_000)
    assert "import your orders first" in window.backup.export_state.text()


def test_export_backup_waits_for_something_to_back_up(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: Export backup… was offered on an empty data file, and wrote a workbook that
    kept nothing. Now it waits for a restore or an import, says why meanwhile, and goes
    again when an undo empties the data file."""
    from PySide6.QtWidgets import QMessageBox

    from shopcloser.services.backup import write_backup
    from shopcloser.services.importing import import_files
    from shopcloser.ui.dialogs.import_history_dialog import UNDONE, ImportHistoryDialog
    from tests.ui.test_import_flow import DATA, _cell_text, _wait_for_summary

    tab = window.backup

    def offered() -> bool:
        assert window.backup_action.isEnabled() == tab.export_button.isEnabled()
        return window.backup_action.isEnabled()

    def why() -> str:
        assert tab.export_button.toolTip() == window.backup_action.statusTip()
        assert tab.export_state.isHidden() == (tab.export_state.text() == "")
        return tab.export_state.text()

    assert not offered()
    assert "import your orders first" in why()

    other = open_store(str(tmp_path / "other.db"))
    import_files(other, [DATA / "orders-2017.csv"], helper=False)
    backup = tmp_path / "backup.xlsx"
    write_backup(other, backup)
    other.close()
    with qtbot.waitSignal(tab.finished, timeout=60_000):
        tab.restore_from(backup)
    assert "Restored from" in tab.last_result
    assert offered() and why() == ""

    history = ImportHistoryDialog(window.state, window)
    qtbot.addWidget(history)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.undo_button.click()
    qtbot.waitUntil(lambda: _cell_text(history.table, 0, UNDONE) != "", timeout=15_000)
    assert not offered()  # the undo emptied the data file
    assert "import your orders first" in why()

    window.import_files([DATA / "orders-2017.csv"])
    _wait_for_summary(qtbot).close()
    assert offered() and why() == ""
