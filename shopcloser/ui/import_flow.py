"""Importing from the window: choose files, ask passwords, run in the background, summarise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shopcloser import i18n
from shopcloser.formats.report import is_encrypted_workbook
from shopcloser.messages import PasswordRequired, UserError, WrongPassword
from shopcloser.ui import state as changes
from shopcloser.ui.dialogs.error_dialog import show_bug
from shopcloser.ui.dialogs.password_prompt import ask_password
from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
from shopcloser.ui.errors import show_user_error
from shopcloser.ui.state import AppState
from shopcloser.ui.worker import Operation, stop_to_close

LAST_FOLDER_KEY = "folders/import"


class ImportFlow(QObject):
    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.operation: Operation | None = None
        self.dialog: ProgressDialog | None = None
        self.last_summary: Any = None
        # The files of the import under way, their passwords, and the files whose password
        # did not open them (asked again once the refused import has ended).
        self._files: list[Path] = []
        self._passwords: dict[Path, str] = {}
        self._ask_again: list[Path] = []

    def choose_and_import(self) -> None:
        prefs = i18n.settings()
        folder = str(prefs.value(LAST_FOLDER_KEY, str(Path.home())))
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import orders"),
            folder,
            # Old .xls files are listed too, so that choosing one says why it is refused.
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.xls);;All files (*)"),
        )
        if files:
            prefs.setValue(LAST_FOLDER_KEY, str(Path(files[0]).parent))
            self.start([Path(f) for f in files])

    def start(self, files: list[Path]) -> None:
        if self.operation is not None and self.operation.is_running():
            QMessageBox.information(
                self.window,
                self.tr("Import"),
                self.tr("An import is already running. Wait for it to finish, then try again."),
            )
            return
        from shopcloser.services.importing import once_each

        files = once_each(files)  # a protected workbook chosen twice: its password once
        passwords: dict[Path, str] = {}
        for path in files:
            if is_encrypted_workbook(path):
                password = self.ask_password(path)
                if password is None:
                    self._cancelled()
                    return
                passwords[path] = password
        self._run(files, passwords)

    def _run(self, files: list[Path], passwords: dict[Path, str]) -> None:
        from shopcloser.services.importing import import_files

        self._files, self._passwords, self._ask_again = files, passwords, []
        self.window.statusBar().clearMessage()  # type: ignore[attr-defined]  # a stale "cancelled"
        store = self.state.store
        self.operation = Operation(
            lambda progress, cancel: import_files(
                store, files, passwords=passwords, progress=progress, cancel=cancel
            ),
            self,
            store_path=store.path,
        )
        self.dialog = ProgressDialog(self.tr("Importing orders"), self.window)
        self.dialog.stops(self.operation.cancel)
        self.operation.progressed.connect(self.dialog.update_progress)
        self.operation.succeeded.connect(self._done)
        self.operation.refused.connect(self._refused)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.crashed.connect(self._crashed)
        self.operation.finished.connect(self._finished)
        self.dialog.show()
        self.operation.start()
        # Loaded while the import runs, in a turn of its own: loaded when the import ended
        # (20-45 ms), it made the window stand still longest just then.
        QTimer.singleShot(0, self, _load_summary_dialog)

    def ask_password(self, path: Path, *, again: bool = False) -> str | None:
        """The password of the workbook at ``path``, or None when the merchant cancels;
        ``again`` after the last one given did not open it."""
        return ask_password(
            self.window,
            path.name,
            self.tr("{name} is protected with a password. Enter it to import the file:").format(
                name=path.name
            ),
            again=again,
        )

    def _finished(self) -> None:
        self._close_dialog()
        if not self._ask_again:
            return
        # The refused import changed nothing: ask for the password that did not open its
        # file, then import the same files again (Cancel ends it, nothing changed).
        passwords = dict(self._passwords)
        for path in self._ask_again:
            password = self.ask_password(path, again=True)
            if password is None:
                self._ask_again = []
                self._cancelled()
                return
            passwords[path] = password
        self._run(self._files, passwords)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, summary: Any) -> None:
        self._close_dialog()
        self.last_summary = summary
        self.state.announce(changes.ORDERS, changes.BATCHES)
        # Built in a turn of its own: with the tabs' refreshes in the same turn, the window
        # stood still 120 ms and more after a large import.
        QTimer.singleShot(0, self, lambda: self._show_summary(summary))

    def _show_summary(self, summary: Any) -> None:
        from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog

        dialog = ImportSummaryDialog(summary, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per import otherwise
        # Not modal: the merchant looks up its flagged orders in the window meanwhile.
        dialog.order_chosen.connect(self.window.show_order)  # type: ignore[attr-defined]
        dialog.show()

    def _refused(self, err: UserError) -> None:
        self._close_dialog()
        if isinstance(err, (WrongPassword, PasswordRequired)) and err.file is not None:
            self._ask_again = [path for path in self._files if path.name == err.file]
            if self._ask_again:
                return  # asked once the import has ended (``_finished``)
        show_user_error(self.window, err)

    def _cancelled(self) -> None:
        self._close_dialog()
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Import cancelled: nothing was changed."), 8000
        )

    def _crashed(self, details: str) -> None:
        self._close_dialog()
        show_bug(self.window, details)

    def confirm_close(self) -> bool:
        """Closing during an import cancels it (after asking); the store stays as it was,
        unless the import was already saving."""
        return stop_to_close(
            self.operation,
            self.window,
            lambda: (
                self.tr("Import in progress"),
                self.tr("An import is still running. Stop it and close? Nothing will be imported."),
                self.tr(
                    "The import was already being saved, so it could not be stopped: it is "
                    "complete. To take it back, undo it under File → Import history…"
                ),
            ),
        )


def _load_summary_dialog() -> None:
    import shopcloser.ui.dialogs.import_summary_dialog  # noqa: F401
