"""Settings: language, the name written on handled-marks, the after-sales window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.services import settings as store_settings
from shopcloser.ui.state import AppState

USER_NAME_KEY = "user/name"


def user_name() -> str:
    return str(i18n.settings().value(USER_NAME_KEY, ""))


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Settings"))
        prefs = i18n.settings()

        self.language = QComboBox(self)
        # Language names are written in their own language, as everywhere.
        for code, label in (
            (i18n.SYSTEM, self.tr("As the system")),
            ("zh_CN", "简体中文"),
            ("zh_TW", "繁體中文"),
            ("en", "English"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(prefs.value(i18n.LANGUAGE_KEY, i18n.SYSTEM))))
        )
        self._initial_language = self.language.currentData()
        self.name = QLineEdit(user_name(), self)
        self.name.setPlaceholderText(self.tr("e.g. 王小明 (customer service)"))
        self.after_sales = QSpinBox(self)
        self.after_sales.setRange(0, 365)
        self.after_sales.setSuffix(self.tr(" days"))
        self.after_sales.setValue(store_settings.after_sales_days(state.store))
        self.restart_note = QLabel(self.tr("The new language is used from the next start."), self)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.restart_note.setVisible(
                self.language.currentData() != self._initial_language
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Your name (recorded when you mark orders handled)"), self.name)
        form.addRow(self.tr("After-sales window for finished orders"), self.after_sales)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        prefs = i18n.settings()
        prefs.setValue(i18n.LANGUAGE_KEY, self.language.currentData())
        prefs.setValue(USER_NAME_KEY, self.name.text().strip())
        prefs.sync()
        store_settings.set_setting(
            self.state.store, store_settings.AFTER_SALES_DAYS, str(self.after_sales.value())
        )
        super().accept()
