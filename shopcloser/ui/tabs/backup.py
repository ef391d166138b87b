"""Data backup: the workbook the merchant keeps after the platform deletes the shop.

Export (optionally encrypted, or a masked copy), Verify an earlier backup, Restore into an
empty data file, and Purge personal data once a verified backup holds it. Every long step
runs as an :class:`Operation` behind a progress dialog with Cancel; outcomes are written
plainly in the tab. The methods that take a path are what the buttons call after their
file dialogs, and what tests call directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.formats.workbook_crypto import is_encrypted
from shopcloser.messages import PasswordRequired, UserError, WrongPassword
from shopcloser.services.backup_labels import translated_labels
from shopcloser.services.backup_records import BackupRecord, purge_candidate
from shopcloser.services.status import holds_data
from shopcloser.ui import state as changes
from shopcloser.ui.dialogs.backup_dialogs import ExportOptionsDialog, confirm
from shopcloser.ui.dialogs.error_dialog import show_bug
from shopcloser.ui.dialogs.password_prompt import ask_password
from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
from shopcloser.ui.errors import user_error_text
from shopcloser.ui.state import AppState
from shopcloser.ui.worker import Operation, stop_to_close

if TYPE_CHECKING:  # the verifier loads openpyxl: only when a merchant verifies
    from shopcloser.services.backup_verify import Difference

LAST_FOLDER_KEY = "folders/backup"

# A protected file, and how to run the step on it again with another password.
Retry = tuple[Path, Callable[[str], None]]


class BackupTab(QWidget):
    # Emitted when a background step ends, whatever its outcome.
    finished = Signal()
    # Whether there is anything to back up (File → Export backup… follows it).
    export_possible = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.operation: Operation | None = None
        self.dialog: ProgressDialog | None = None
        self.candidate: BackupRecord | None = None
        self.last_result = ""
        self._dirty = True
        # The running step's file and how to run it again, should its password not open
        # it (the password is asked again once the step has ended).
        self._retry: Retry | None = None
        self._ask_again = False
        intro = QLabel(
            self.tr(
                "Closing the shop deletes its orders on the platform for good. Keep a backup "
                "workbook of your orders, buyers and after-sales records before you close."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.export_button = QPushButton(self.tr("Export backup…"), self)
        self.export_button.clicked.connect(self.start_export)
        export_box = self._box(
            self.tr("Make a backup"),
            self.tr(
                "One Excel workbook with every order (under your export files' own column "
                "names), items, payments and refunds, customers, after-sales and your "
                "handling log. It is checked after writing. Keep a password-protected full "
                "copy somewhere safe and offline; give staff or accountants a masked copy."
            ),
            [self.export_button],
        )
        self.export_state = QLabel(self)  # why Export is not possible yet
        self.export_state.setWordWrap(True)
        export_layout = export_box.layout()
        assert export_layout is not None
        export_layout.addWidget(self.export_state)
        self.has_data = False

        self.verify_button = QPushButton(self.tr("Verify a backup…"), self)
        self.verify_button.clicked.connect(self.choose_and_verify)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.clicked.connect(self.choose_and_restore)
        check_box = self._box(
            self.tr("Check or restore a backup"),
            self.tr(
                "Verify reads a backup and checks every sheet against its manifest. Restore "
                "brings a full backup back, but only into an empty data file (for example on "
                "a new computer): it never mixes with orders already here."
            ),
            [self.verify_button, self.restore_button],
        )

        self.purge_button = QPushButton(self.tr("Purge personal data…"), self)
        self.purge_button.clicked.connect(self.confirm_purge)
        self.purge_state = QLabel(self)
        self.purge_state.setWordWrap(True)
        purge_box = self._box(
            self.tr("Personal data"),
            self.tr(
                "Once a verified backup holds your data, you can remove buyers' names, "
                "phones, addresses, Alipay accounts and messages from ShopCloser. Orders, "
                "statuses and amounts stay."
            ),
            [self.purge_button],
        )
        purge_layout = purge_box.layout()
        assert purge_layout is not None
        purge_layout.addWidget(self.purge_state)

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(export_box)
        layout.addWidget(check_box)
        layout.addWidget(purge_box)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.state.changed.connect(self._on_changed)
        self.purge_button.setEnabled(False)
        self.refresh_export_state()
        if parent is not None:
            self.watch_window(parent.window())

    def _box(self, title: str, text: str, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        explain = QLabel(text, box)
        explain.setWordWrap(True)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(row)
        return box

    # -- purge readiness -------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.refresh_purge_state()

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {changes.ORDERS, changes.BATCHES, changes.STOCK}:  # what a backup keeps
            self.refresh_export_state()  # at once: the File menu's Export follows it
        self._dirty = True
        if self.isVisible():
            self.refresh_purge_state()

    def refresh_purge_state(self) -> None:
        """Enable Purge only while a verified full backup of the data as it is now exists."""
        self._dirty = False
        self.candidate = purge_candidate(self.state.store)
        busy = self.operation is not None and self.operation.is_running()
        self.purge_button.setEnabled(self.candidate is not None and not busy)
        if self.candidate is None:
            self.purge_state.setText(
                self.tr(
                    "Purge becomes available once a full backup of the data as it is now "
                    "has been written (or verified)."
                )
            )
        else:
            self.purge_state.setText(
                self.tr("Verified backup: {path} (verified {when})").format(
                    path=self.candidate.path, when=self.candidate.verified_at
                )
            )

    # -- export ----------------------------------------------------------------------

    def export_unavailable_text(self) -> str:
        return self.tr("Nothing to back up yet: import your orders first (File → Import orders…).")

    def refresh_export_state(self) -> None:
        """Export only when the store holds something to back up: a backup of an empty
        data file kept nothing, yet looked like one."""
        self.has_data = holds_data(self.state.store)
        busy = self.operation is not None and self.operation.is_running()
        self.export_button.setEnabled(self.has_data and not busy)
        why = "" if self.has_data else self.export_unavailable_text()
        self.export_button.setToolTip(why)
        self.export_state.setText(why)
        self.export_state.setVisible(not self.has_data)
        self.export_possible.emit(self.has_data)

    def start_export(self) -> None:
        """Begin writing a backup workbook (File → Export backup…)."""
        if not self.has_data:
            return
        dialog = ExportOptionsDialog(self)
        if not dialog.exec():
            return
        options = dialog.options()
        prefs = i18n.settings()
        folder = Path(str(prefs.value(LAST_FOLDER_KEY, str(Path.home()))))
        kind = "masked" if options.masked else "backup"
        suggested = folder / f"ShopCloser-{kind}-{datetime.now():%Y%m%d-%H%M}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export backup"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            prefs.setValue(LAST_FOLDER_KEY, str(path.parent))
            self.export_to(path, password=options.password, masked=options.masked)

    def export_to(self, path: Path, *, password: str | None = None, masked: bool = False) -> None:
        from shopcloser.services.backup import write_backup

        store, labels = self.state.store, self._labels()
        self._run(
            self.tr("Writing the backup"),
            lambda progress, cancel: write_backup(
                store,
                path,
                password=password,
                masked=masked,
                labels=labels,
                progress=progress,
                cancel=cancel,
            ),
            self._exported,
        )

    def _exported(self, result: Any) -> None:
        lines = [
            self.tr("Backup written and verified: {path}").format(path=result.path),
            self.tr("Orders: {orders}, items: {items}, handling log entries: {marks}.").format(
                orders=result.rows("orders"),
                items=result.rows("items"),
                marks=result.rows("marks"),
            ),
        ]
        if result.encrypted:
            lines.append(self.tr("Protected with your password. Keep the password safe."))
        if result.masked:
            lines.append(self.tr("Masked copy: buyers' personal data is masked."))
        self._show(lines)
        self.state.announce(changes.SETTINGS)

    # -- verify ----------------------------------------------------------------------

    def choose_and_verify(self) -> None:
        path = self._choose(self.tr("Verify a backup"))
        if path is not None:
            go, password = self._password_for(path)
            if go:
                self.verify_file(path, password=password)

    def verify_file(self, path: Path, *, password: str | None = None) -> None:
        from shopcloser.services.backup_verify import verify_backup

        store, labels = self.state.store, self._labels()
        self._run(
            self.tr("Verifying the backup"),
            lambda progress, cancel: verify_backup(
                path,
                password=password,
                store=store,
                compare_store=True,
                labels=labels,
                progress=progress,
                cancel=cancel,
            ),
            self._verified,
            retry=(path, lambda again: self.verify_file(path, password=again)),
        )

    def _verified(self, report: Any) -> None:
        name = report.path.name
        if not report.intact:
            lines = [self.tr("{name} does NOT match its manifest:").format(name=name)]
            lines += ["• " + self.describe(d) for d in report.differences]
            lines.append(self.tr("Do not rely on this file: use another copy of the backup."))
        else:
            lines = [
                self.tr("{name} is intact. Orders: {orders}, items: {items}.").format(
                    name=name, orders=report.rows("orders"), items=report.rows("items")
                )
            ]
            if report.current:
                lines.append(self.tr("It holds the data in ShopCloser as it is now."))
            elif report.store_checked:
                lines.append(
                    self.tr("It is older than the data in ShopCloser now (or from another shop):")
                )
                lines += ["• " + self.describe(d) for d in report.differences[:5]]
        self._show(lines)
        self.state.announce(changes.SETTINGS)

    def describe(self, difference: Difference) -> str:
        d = difference
        texts = {
            "missing": self.tr("{sheet}: the sheet is missing"),
            "not_listed": self.tr("{sheet}: the sheet is not in the manifest"),
            "rows": self.tr("{sheet}: {expected} rows expected, {found} found"),
            "checksum": self.tr("{sheet}: the contents were changed"),
            "unreadable": self.tr("{sheet}: a cell was changed by hand ({found})"),
            "store_rows": self.tr("{sheet}: {expected} rows in the backup, {found} now"),
            "store_checksum": self.tr("{sheet}: differs from the data now"),
        }
        text = texts.get(d.problem, "{sheet}: " + d.problem)
        return text.format(sheet=d.sheet, expected=d.expected, found=d.found)

    # -- restore ---------------------------------------------------------------------

    def choose_and_restore(self) -> None:
        path = self._choose(self.tr("Restore from a backup"))
        if path is None:
            return
        go, password = self._password_for(path)
        if not go:
            return
        if confirm(
            self,
            self.tr("Restore"),
            self.tr(
                "Restore {name} into this data file? This works only while the data file "
                "is empty; the backup is checked first, and nothing is changed if anything "
                "does not match."
            ).format(name=path.name),
        ):
            self.restore_from(path, password=password)

    def restore_from(self, path: Path, *, password: str | None = None) -> None:
        from shopcloser.services.restore import restore_backup

        store, labels = self.state.store, self._labels()
        self._run(
            self.tr("Restoring the backup"),
            lambda progress, cancel: restore_backup(
                store, path, password=password, labels=labels, progress=progress, cancel=cancel
            ),
            self._restored,
            retry=(path, lambda again: self.restore_from(path, password=again)),
        )

    def _restored(self, result: Any) -> None:
        self._show(
            [
                self.tr("Restored from {path}:").format(path=result.path),
                self.tr("Orders: {orders}, items: {items}, handling log entries: {marks}.").format(
                    orders=result.rows.get("orders", 0),
                    items=result.rows.get("items", 0),
                    marks=result.rows.get("marks", 0),
                ),
            ]
        )
        self.state.announce(changes.ORDERS, changes.MARKS, changes.BATCHES, changes.SETTINGS)

    # -- purge -----------------------------------------------------------------------

    def confirm_purge(self) -> None:
        self.refresh_purge_state()
        if self.candidate is None:
            return
        if confirm(
            self,
            self.tr("Purge personal data"),
            self.tr(
                "Remove buyers' names, phones, addresses, Alipay accounts and messages from "
                "ShopCloser for good?\n\nThey will then exist only in the backup\n{path}\n"
                "(verified {when}). Keep that file, and its password, safe. This cannot be "
                "undone."
            ).format(path=self.candidate.path, when=self.candidate.verified_at),
        ):
            self.purge()

    def purge(self) -> None:
        """Purge now (the confirmation has been given)."""
        from shopcloser.services.purge import purge_personal_data

        store, labels = self.state.store, self._labels()
        self._run(
            self.tr("Purging personal data"),
            lambda progress, cancel: purge_personal_data(
                store, labels=labels, progress=progress, cancel=cancel
            ),
            self._purged,
        )

    def _purged(self, result: Any) -> None:
        lines = [
            self.tr("Personal data removed from %n order(s).", "", result.orders),
            self.tr("It is kept only in the backup {path}.").format(path=result.backup.path),
        ]
        if result.copies_deleted:
            lines.append(
                self.tr("Deleted %n older copies of the data file.", "", len(result.copies_deleted))
            )
        self._show(lines)
        self.state.announce(changes.ORDERS, changes.BATCHES)

    # -- running ---------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return translated_labels(QCoreApplication.translate)

    def _choose(self, title: str) -> Path | None:
        prefs = i18n.settings()
        folder = str(prefs.value(LAST_FOLDER_KEY, str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("Excel workbook (*.xlsx)")
        )
        return Path(name) if name else None

    def _password_for(self, path: Path) -> tuple[bool, str | None]:
        """(go ahead?, the password): asks only for a protected backup."""
        if not is_encrypted(path):
            return True, None
        password = self._ask_password(path)
        return password is not None, password

    def _ask_password(self, path: Path, *, again: bool = False) -> str | None:
        return ask_password(
            self,
            path.name,
            self.tr("{name} is protected with a password. Enter it:").format(name=path.name),
            again=again,
        )

    def _run(
        self,
        title: str,
        job: Callable[[Any, Any], Any],
        done: Callable[[Any], None],
        *,
        retry: Retry | None = None,
    ) -> None:
        """Run ``job`` behind a progress dialog; ``retry`` runs it again on the same
        protected file with another password, when the one given does not open it."""
        if self.operation is not None and self.operation.is_running():
            self._show([self.tr("Another backup step is still running. Wait for it to finish.")])
            return
        self._retry, self._ask_again = retry, False
        self._set_buttons(False)
        self.operation = Operation(job, self, store_path=self.state.store.path)
        self.dialog = ProgressDialog(title, self.window())
        self.dialog.stops(self.operation.cancel)
        self.operation.progressed.connect(self.dialog.update_progress)
        self.operation.succeeded.connect(done)
        self.operation.refused.connect(self._refused)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.crashed.connect(self._crashed)
        self.operation.finished.connect(self._ended)
        self.dialog.show()
        self.operation.start()

    def _ended(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._set_buttons(True)
        self.refresh_purge_state()
        retry, self._retry = self._retry, None
        if self._ask_again and retry is not None:
            # The refused step changed nothing: ask for the password again (the prompt says
            # the last one did not open the file), then run the same step with it.
            self._ask_again = False
            path, run_again = retry
            password = self._ask_password(path, again=True)
            if password is None:
                self._cancelled()
            else:
                run_again(password)
                return  # finished is emitted when the step run again ends
        self.finished.emit()

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.export_button, self.verify_button, self.restore_button):
            button.setEnabled(enabled)
        if enabled and not self.has_data:
            self.export_button.setEnabled(False)
        if not enabled:
            self.purge_button.setEnabled(False)

    def _refused(self, err: UserError) -> None:
        if isinstance(err, (WrongPassword, PasswordRequired)) and self._retry is not None:
            self._ask_again = True  # asked once the step has ended (``_ended``)
            return
        self._show([user_error_text(err)], problem=True)

    def _cancelled(self) -> None:
        self._show([self.tr("Cancelled: no file and no data were changed.")])

    def _crashed(self, details: str) -> None:
        self._show([self.tr("ShopCloser hit a problem; nothing was changed.")], problem=True)
        show_bug(self.window(), details)

    def _show(self, lines: list[str], *, problem: bool = False) -> None:
        self.last_result = "\n".join(lines)
        self.result.setText(self.last_result)
        self.result.setStyleSheet("color: #b00020;" if problem else "")

    # -- closing while busy ----------------------------------------------------------

    def watch_window(self, window: QObject) -> None:
        """Ask before the window closes while a step runs (then cancel and wait)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and not self.confirm_close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def confirm_close(self) -> bool:
        """Closing during a backup step cancels it (after asking); nothing half-done stays."""
        return stop_to_close(
            self.operation,
            self,
            lambda: (
                self.tr("Backup in progress"),
                self.tr(
                    "A backup step is still running. Stop it and close? Nothing will be changed."
                ),
                self.tr(
                    "The step was already being saved, so it could not be stopped: it is complete."
                ),
            ),
        )
