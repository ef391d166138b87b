"""Asking for a protected workbook's password: OK only once something is typed.

An empty answer is never a password (Excel cannot protect a file with one), so the
prompt does not accept it rather than sending it on to be refused. Every password the
window asks for (an order report's, a backup's) is asked through :func:`ask_password`, so
that each behaves the same, including the warning when the last password did not open
the file.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Wide enough for a sentence on a line or two; wider when the file's name needs it, so
# that the name (ExportOrderDetailList202005011200.xlsx, say) is never split across lines.
MIN_WIDTH = 440
MAX_WIDTH = 900


class PasswordPrompt(QDialog):
    """``title`` and ``label`` come translated from the caller; ``warning``, when given,
    is shown above the label (e.g. that the last password did not open the file);
    ``name`` is the file's name the texts quote, which is kept on one line."""

    def __init__(
        self,
        title: str,
        label: str,
        warning: str = "",
        parent: QWidget | None = None,
        *,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label_text, self.warning_text = label, warning  # as given, in plain text
        self.warning = QLabel(_unbroken(warning, name), self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warning))
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.label = QLabel(_unbroken(label, name), self)
        self.label.setWordWrap(True)
        for shown in (self.warning, self.label):
            shown.setTextFormat(Qt.TextFormat.RichText)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # What a screen reader says on entering the field: which file, and why again.
        self.label.setBuddy(self.password)
        self.password.setAccessibleName(label)
        self.password.setAccessibleDescription(warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.label)
        layout.addWidget(self.password)
        layout.addWidget(self.buttons)
        self._typed("")
        self._fit_width(name, layout.contentsMargins().left() + layout.contentsMargins().right())

    def _fit_width(self, name: str, margins: int) -> None:
        # The bold warning is the widest rendering of the name; 8 px for the labels' own margins.
        widest = QFontMetrics(self.warning.font()).horizontalAdvance(name) if name else 0
        if widest + margins + 8 > MAX_WIDTH:
            # Longer than the widest prompt's line: kept whole, it was cut off at the
            # prompt's edge (its end, the date and ".xlsx", unseen), so it wraps anywhere.
            self.warning.setText(_unbroken(self.warning_text, name, anywhere=True))
            self.label.setText(_unbroken(self.label_text, name, anywhere=True))
        self.setMinimumWidth(min(max(MIN_WIDTH, widest + margins + 8), MAX_WIDTH))

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _typed(self, text: str) -> None:
        self.ok_button().setEnabled(bool(text))

    def accept(self) -> None:
        if self.password.text():  # Enter in an empty field does nothing either
            super().accept()

    def answer(self) -> str | None:
        """Show the prompt and wait: the password typed, or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.password.text()


def _unbroken(text: str, name: str, *, anywhere: bool = False) -> str:
    """``text`` as rich text in which ``name`` is never wrapped: a browser's second
    download "ExportOrderList202005011200 (1).xlsx", or a name with a hyphen, was split
    at its space or hyphen. With ``anywhere``, a name too long for a line wraps at any
    character instead (a zero-width space between each two)."""
    shown = html.escape(text, quote=False)
    if name:
        quoted = html.escape(name, quote=False)
        if anywhere:
            shown = shown.replace(quoted, html.escape("\u200b".join(name), quote=False))
        else:
            # A label's rich text honours "white-space: nowrap" on paragraphs only, not on a
            # span: the name's spaces and hyphens are made non-breaking instead.
            shown = shown.replace(quoted, quoted.translate(_NO_BREAK))
    return f"<qt>{shown}</qt>"


_NO_BREAK = str.maketrans({" ": "\u00a0", "-": "\u2011"})


def ask_password(parent: QWidget, name: str, label: str, *, again: bool = False) -> str | None:
    """The password of the workbook ``name``, or None when the merchant cancels.

    ``label`` (translated by the caller) says what the password is for; ``again`` after
    the last password given did not open the file.
    """
    warning = (
        QCoreApplication.translate(
            "PasswordPrompt",
            "The password you entered does not open {name}. Check it (capital letters "
            "count) and enter it again.",
        ).format(name=name)
        if again
        else ""
    )
    prompt = PasswordPrompt(
        QCoreApplication.translate("PasswordPrompt", "Password needed"),
        label,
        warning,
        parent=parent,
        name=name,
    )
    try:
        return prompt.answer()
    finally:
        prompt.deleteLater()
