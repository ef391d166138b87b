"""Dialogs of the Data backup tab: export options, and confirming a step.

A protected backup's password is asked like every other (``password_prompt``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

MIN_PASSWORD = 6


@dataclass
class ExportOptions:
    password: str | None
    masked: bool


class ExportOptionsDialog(QDialog):
    """Encrypt with a password (typed twice) and/or write a masked copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export backup"))
        self.encrypt = QCheckBox(self.tr("Protect the backup with a password"), self)
        self.encrypt.setChecked(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.masked = QCheckBox(self.tr("Masked copy for staff and accountants"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "The full backup holds buyers' names, phones and addresses: protect it with a "
                "password and keep it somewhere safe. Excel and LibreOffice ask for the "
                "password when they open it. ShopCloser does not keep the password: if you "
                "lose it, nobody can open the backup.\n\nA masked copy hides buyers' personal "
                "data, for sharing; it cannot be restored."
            ),
            self,
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.masked)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for signal in (
            self.encrypt.toggled,
            self.password.textChanged,
            self.confirm.textChanged,
            self.masked.toggled,
        ):
            signal.connect(self._check)
        self._check()
        self.setMinimumWidth(480)

    def _check(self) -> None:
        protect = self.encrypt.isChecked()
        self.password.setEnabled(protect)
        self.confirm.setEnabled(protect)
        hint = ""
        ok = True
        if protect:
            if len(self.password.text()) < MIN_PASSWORD:
                hint = self.tr("Use at least {n} characters.").format(n=MIN_PASSWORD)
                ok = False
            elif self.password.text() != self.confirm.text():
                hint = self.tr("The two passwords are not the same.")
                ok = False
        elif not self.masked.isChecked():
            hint = self.tr(
                "Without a password, anyone who gets the file can read buyers' personal data."
            )
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def options(self) -> ExportOptions:
        password = self.password.text() if self.encrypt.isChecked() else None
        return ExportOptions(password=password or None, masked=self.masked.isChecked())


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
