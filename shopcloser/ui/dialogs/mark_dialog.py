"""Mark orders handled: what was done, an optional note, and who did it (when is now)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.domain.handling import HandledAction
from shopcloser.ui.dialogs.settings_dialog import USER_NAME_KEY, user_name
from shopcloser.ui.tabs.order_texts import OrderTexts


class MarkDialog(QDialog):
    def __init__(self, count: int, texts: OrderTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark handled"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Mark %Ln order(s) as handled. They stop blocking closure.", "", count),
            self,
        )
        intro.setWordWrap(True)
        self.action = QComboBox(self)
        for action in HandledAction:
            self.action.addItem(texts.action(action.value), action.value)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(
            self.tr("e.g. the tracking number, or what you agreed with the buyer")
        )
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.name = QLineEdit(user_name(), self)
        self.name.setPlaceholderText(self.tr("Your name (kept for next time)"))
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        when = QLabel(self.tr("Now ({time})").format(time=now), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("What you did"), self.action)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Who"), self.name)
        form.addRow(self.tr("When"), when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark handled"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.action.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self._check()

    def chosen_action(self) -> HandledAction:
        return HandledAction(self.action.currentData())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def who(self) -> str:
        return self.name.text().strip()

    def _check(self) -> None:
        # "Other" says nothing by itself: the note must say what was done.
        needs_note = self.chosen_action() is HandledAction.OTHER and not self.note_text()
        self.hint.setText(
            self.tr("With “Other”, write in the note what you did.") if needs_note else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not needs_note)

    def accept(self) -> None:
        if self.who() != user_name():
            prefs = i18n.settings()
            prefs.setValue(USER_NAME_KEY, self.who())
            prefs.sync()
        super().accept()
