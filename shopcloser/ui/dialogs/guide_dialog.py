"""The user guide, offline, in the merchant's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, QUrl
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from shopcloser import paths
from shopcloser.ui.sizes import fitted_on_screen


def guide_file(language: str) -> Path:
    folder = paths.resources_dir() / "guide"
    for name in (f"user-guide.{language}.md", "user-guide.en.md"):
        if (folder / name).exists():
            return folder / name
    return folder / "user-guide.en.md"


class GuideBrowser(QTextBrowser):
    """Shows the guide's pictures (the window, 1100 pixels wide) no wider than the page,
    so that the guide reads without scrolling sideways; a wider window shows them larger,
    up to their own size."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_pictures()

    def fit_pictures(self) -> None:
        document = self.document()
        room = int(self.viewport().width() - 2 * document.documentMargin())
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    image = document.resource(
                        QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
                    )
                    natural = image.width() if isinstance(image, QImage | QPixmap) else 0
                    width = min(natural, room) if natural else 0
                    if width and picture.width() != width:
                        picture.setWidth(width)  # the height follows, in proportion
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        language = QLocale().name() if QLocale().language() == QLocale.Language.Chinese else "en"
        if language == "zh_HK":
            language = "zh_TW"
        path = guide_file(language)
        self.browser = GuideBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        if path.exists():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # Wide enough for the pictures at their own size, where the screen has room.
        self.resize(fitted_on_screen(self, QSize(1160, 760)))
