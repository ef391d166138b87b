"""The main window: tabs, menus, status bar, drag and drop, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from shopcloser import i18n, paths
from shopcloser.logs import log_file
from shopcloser.store.database import Store
from shopcloser.ui import state as changes
from shopcloser.ui.import_flow import ImportFlow
from shopcloser.ui.sizes import fitted
from shopcloser.ui.state import AppState
from shopcloser.ui.tabs.backup import BackupTab
from shopcloser.ui.tabs.orders import OrdersTab
from shopcloser.ui.tabs.overview import OverviewTab

_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"


FIRST_SIZE = QSize(1100, 720)


def first_size(free: QSize) -> QSize:
    """The size the window opens at the first time: 1100×720, or as much as fits the
    screen's free area (else its status bar could open under a laptop's taskbar)."""
    return fitted(FIRST_SIZE, free)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = AppState(store, self)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("ShopCloser"))
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 500)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(self.state, self)
        self.orders = OrdersTab(self.state, self)
        self.backup = BackupTab(self.state, self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.orders, self.tr("Order reconciliation"))
        self.tabs.addTab(self.backup, self.tr("Data backup"))
        # The notifications and insurance tabs join here once they have something to show.
        self.setCentralWidget(self.tabs)

        self.importer = ImportFlow(self.state, self)
        self.overview.import_requested.connect(self.choose_and_import)
        self.orders.import_requested.connect(self.choose_and_import)
        self._build_menus()
        self.backup.export_possible.connect(self._export_possible)
        self._export_possible(self.backup.has_data)
        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        self.state.changed.connect(self._refresh_status)
        self._refresh_status(frozenset({changes.ORDERS}))
        self._restore_geometry()

    # Menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import orders…"), QKeySequence.StandardKey.Open, self.choose_and_import
        )
        self.backup_action = self._action(
            self.tr("&Export backup…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
            self.export_backup,
        )
        self.history_action = self._action(
            self.tr("Import &history…"), None, self.open_import_history
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.import_action, self.history_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self.find_action = self._action(
            self.tr("&Find order…"), QKeySequence.StandardKey.Find, self.find_order
        )
        self.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.open_guide
            )
        )
        help_menu.addAction(self._action(self.tr("Open &log folder"), None, self.open_log_folder))
        help_menu.addSeparator()
        about = self._action(self.tr("&About ShopCloser"), None, self.open_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # Commands ----------------------------------------------------------------------
    def choose_and_import(self) -> None:
        self.importer.choose_and_import()

    def import_files(self, files: list[Path]) -> None:
        self.importer.start(files)

    def bring_to_front_and_import(self, files: list[str]) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        if files:
            self.import_files([Path(f) for f in files])

    def _export_possible(self, possible: bool) -> None:
        """File → Export backup… only once there is something to back up; the status bar
        says why while it is not (a menu shows no tooltips)."""
        self.backup_action.setEnabled(possible)
        why = "" if possible else self.backup.export_unavailable_text()
        self.backup_action.setStatusTip(why)
        self.backup_action.setToolTip(why)  # none: Qt's own, the action's text

    def export_backup(self) -> None:
        self.tabs.setCurrentWidget(self.backup)
        self.backup.start_export()

    def show_order(self, order_id: str) -> None:
        """Show one order in the orders list (from a flagged row of an import summary)."""
        self.tabs.setCurrentWidget(self.orders)
        self.orders.show_order_in_list(order_id)

    def find_order(self) -> None:
        self.tabs.setCurrentWidget(self.orders)
        self.orders.focus_search()

    def open_settings(self) -> None:
        from shopcloser.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.state, self).exec():
            self.state.announce(changes.SETTINGS)

    def open_import_history(self) -> None:
        from shopcloser.ui.dialogs.import_history_dialog import ImportHistoryDialog

        ImportHistoryDialog(self.state, self).exec()

    def open_about(self) -> None:
        from shopcloser.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_guide(self) -> None:
        from shopcloser.ui.dialogs.guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def open_log_folder(self) -> None:
        folder = log_file().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # the window runs without a log then (logs.setup_logging)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("ShopCloser"),
                self.tr(
                    "The log folder {folder} could not be made (a file may be in its place, "
                    "or the disk may be full or protected), so ShopCloser keeps no log file."
                ).format(folder=folder),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("noLogFolder")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # Status, drag and drop, geometry -----------------------------------------------
    def _refresh_status(self, what: frozenset[str]) -> None:
        path = self.state.store.path
        shown = paths.shown_path(path) if path is not None else "—"
        self._status.setText(self.tr("Data file: {path}").format(path=shown))
        self._status.setToolTip(str(path or ""))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = _dropped_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def _restore_geometry(self) -> None:
        settings = i18n.settings()
        geometry = settings.value(_GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(first_size(self.screen().availableGeometry().size()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.importer.confirm_close():
            event.ignore()
            return
        settings = i18n.settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.sync()
        super().closeEvent(event)


def _dropped_files(urls: list[QUrl]) -> list[Path]:
    """Every dropped file and folder, whatever its name: the import judges a file by its
    content (a report renamed .txt imports) and says why it refuses one (an old .xls, a
    folder, a picture), rather than the drop doing nothing."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
