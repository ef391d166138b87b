"""The user guide, offline, in the merchant's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from shopcloser import paths


def guide_file(language: str) -> Path:
    folder = paths.resources_dir() / "guide"
    for name in (f"user-guide.{language}.md", "user-guide.en.md"):
        if (folder / name).exists():
            return folder / name
    return folder / "user-guide.en.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        language = QLocale().name() if QLocale().language() == QLocale.Language.Chinese else "en"
        if language == "zh_HK":
            language = "zh_TW"
        path = guide_file(language)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        if path.exists():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)
