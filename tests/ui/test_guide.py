"""The user guide opens in every language, with its pictures."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from shopcloser.ui.dialogs.guide_dialog import GuideDialog, guide_file
from tests.screen import skip_unless_desktop_screen


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_each_language_has_a_complete_guide(language: str) -> None:
    path = guide_file(language)
    assert path.name == f"user-guide.{language}.md"
    text = path.read_text(encoding="utf-8")
    chapters = re.findall(r"^## (\d+)\.", text, re.M)
    assert chapters == [str(n) for n in range(1, 9)]
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
        assert (path.parent / image).is_file(), image


def test_the_guide_dialog_shows_the_guide(qtbot: QtBot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "seller centre" in dialog.browser.toPlainText()


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_bold_text_in_the_guide_renders_as_bold(qtbot: QtBot, language: str) -> None:
    """CommonMark does not close ``**`` between CJK punctuation and a CJK letter: the
    guide's bold runs must come out bold, as written, with no ``**`` left in the text."""
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    source = guide_file(language).read_text(encoding="utf-8")
    browser.setMarkdown(source)  # as GuideDialog shows it
    bold: set[str] = set()
    prose: list[str] = []
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid():
                style = fragment.charFormat()
                if not style.fontFixedPitch():  # code spans show masks such as 王**
                    prose.append(fragment.text())
                if style.fontWeight() >= QFont.Weight.Bold:
                    bold.add(fragment.text())
            fragments += 1
        block = block.next()
    assert not [text for text in prose if "**" in text]
    written = re.findall(r"\*\*([^*`\n]+)\*\*", re.sub(r"`[^`\n]*`", "", source))
    assert [span for span in written if span not in bold] == []


def test_the_zh_tw_guide_masks_names_in_traditional_characters() -> None:
    text = guide_file("zh_TW").read_text(encoding="utf-8")
    assert "张" not in text
    assert "`張**`" in text


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_guides_pictures_fit_its_page(qtbot: QtBot, language: str) -> None:
    """The pictures of the window (1100 pixels wide) made the guide scroll sideways."""
    from shopcloser import i18n
    from shopcloser.ui.application import create_application

    app = create_application(language)
    try:
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        skip_unless_desktop_screen(dialog)
        browser = dialog.browser
        assert "](images/" in guide_file(language).read_text(encoding="utf-8")
        assert browser.horizontalScrollBar().maximum() == 0
        assert set(_picture_widths(browser)) == {1100}  # the dialog opens wide enough
        dialog.resize(760, 600)  # a smaller screen, or the merchant made it smaller
        qtbot.waitUntil(lambda: browser.viewport().width() < 760)
        assert browser.horizontalScrollBar().maximum() == 0
        room = browser.viewport().width() - 2 * browser.document().documentMargin()
        assert max(_picture_widths(browser)) <= room
        dialog.resize(2400, 900)  # wider than the pictures: shown at their own size
        qtbot.waitUntil(lambda: browser.viewport().width() > 2000)
        assert browser.horizontalScrollBar().maximum() == 0
        assert set(_picture_widths(browser)) == {1100}
    finally:
        i18n.install_translators(app, "en")


def _picture_widths(browser: QTextBrowser) -> list[float]:
    widths = []
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                widths.append(form.toImageFormat().width())
            fragments += 1
        block = block.next()
    assert widths, "the guide shows no picture"
    return widths
