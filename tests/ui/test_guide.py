"""The user guide opens in every language, with its pictures."""

from __future__ import annotations

import re
import shlex
import unicodedata
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from shopcloser.store.database import Store
from shopcloser.ui.dialogs.guide_dialog import GuideDialog, guide_file
from tests.screen import skip_unless_desktop_screen

DATA = Path(__file__).resolve().parents[1] / "data"


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
    """The pictures of the window (1100 pixels wide) made the guide scroll sideways. The
    import summary's picture (760 pixels) is shown at its own size too, where it fits."""
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
        natural = _natural_widths(browser)
        assert set(natural) == {1100, 760}
        assert _picture_widths(browser) == natural  # the dialog opens wide enough
        dialog.resize(760, 600)  # a smaller screen, or the merchant made it smaller
        qtbot.waitUntil(lambda: browser.viewport().width() < 760)
        assert browser.horizontalScrollBar().maximum() == 0
        room = browser.viewport().width() - 2 * browser.document().documentMargin()
        assert _picture_widths(browser) == [min(width, room) for width in natural]
        dialog.resize(2400, 900)  # wider than the pictures: shown at their own size
        qtbot.waitUntil(lambda: browser.viewport().width() > 2000)
        assert browser.horizontalScrollBar().maximum() == 0
        assert _picture_widths(browser) == natural
    finally:
        i18n.install_translators(app, "en")


def _natural_widths(browser: QTextBrowser) -> list[float]:
    """The pictures' own widths, in the guide's order."""
    document = browser.document()
    widths = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                name = QUrl(form.toImageFormat().name())
                image = document.resource(QTextDocument.ResourceType.ImageResource, name)
                assert isinstance(image, QImage | QPixmap), name
                widths.append(float(image.width()))
            fragments += 1
        block = block.next()
    return widths


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


LANGUAGES = ("en", "zh_CN", "zh_TW")
# A code block does not wrap: a command line of 87 characters made the guide scroll
# sideways in a 760-pixel window. Wide (CJK) characters take two columns.
CODE_COLUMNS = 80


def _sections(text: str) -> dict[str, str]:
    """The guide's chapters by number ("1" … "8"), each with its text."""
    parts = re.split(r"^## (\d+)\.", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _code_lines(text: str) -> list[str]:
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, re.M | re.S)
    return [line for block in blocks for line in block.splitlines()]


def _commands(text: str) -> list[str]:
    """The code lines without their comments, which are in the guide's language."""
    return [line.split("  #")[0].rstrip() for line in _code_lines(text)]


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _plain(text: str) -> str:
    """A window text as the merchant reads it: no mnemonic (导入订单(&I)… → 导入订单…)."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip()


def test_the_guides_say_the_same_things_in_every_language() -> None:
    """The same chapters and sections, pictures, tables and command lines in each."""

    def shape(language: str) -> list[str]:
        text = guide_file(language).read_text(encoding="utf-8")
        marks = re.findall(r"^(#{2,4}) |^(\|[-|]+\|)$|^!\[[^\]]*\]\(images/[^-]+-(\w+)", text, re.M)
        return ["".join(mark) for mark in marks]

    def rows(language: str) -> list[int]:
        text = guide_file(language).read_text(encoding="utf-8")
        tables = re.findall(r"(?:^\|.*\|\n)+", text, re.M)
        return [table.count("\n") for table in tables]

    assert shape("zh_CN") == shape("en")
    assert shape("zh_TW") == shape("en")
    assert rows("zh_CN") == rows("en")
    assert rows("zh_TW") == rows("en")
    for language in ("zh_CN", "zh_TW"):
        text = guide_file(language).read_text(encoding="utf-8")
        assert _commands(text) == _commands(guide_file("en").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_code_lines_fit_its_window(language: str) -> None:
    text = guide_file(language).read_text(encoding="utf-8")
    assert [line for line in _code_lines(text) if _columns(line) > CODE_COLUMNS] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_command_lines_are_the_clis_own(language: str) -> None:
    """Each ``shopcloser …`` command the guide quotes, with its options, is taken by the
    command line as written (an unknown command or option would exit with code 2)."""
    from shopcloser.cli import COMMANDS
    from shopcloser.cli.main import build_parser

    text = guide_file(language).read_text(encoding="utf-8")
    spans = re.findall(r"`(shopcloser [^`\n]+)`", text) + _code_lines(text)
    commands = [
        words[1:]
        for span in spans
        if (words := shlex.split(span.split("  #")[0]))[0] == "shopcloser" and COMMANDS & set(words)
    ]
    assert {"import", "batches", "undo"} <= {word for words in commands for word in words}
    for words in commands:
        try:
            build_parser().parse_args(words)
        except SystemExit as refused:
            pytest.fail(f"shopcloser {' '.join(words)}: refused ({refused.code})")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menus_and_buttons_the_import_chapter_names_are_the_windows(
    language: str, qtbot: QtBot, store: Store
) -> None:
    """The guide said File → Settings where the menu reads Settings…: every menu path the
    guide quotes (File → …, Help → …) is the window's own, and every name set in bold in
    the import chapter is a text of the window, its menus or the import's dialogs."""
    from shopcloser import i18n
    from shopcloser.services.importing import import_files
    from shopcloser.ui.application import create_application
    from shopcloser.ui.dialogs.import_history_dialog import ImportHistoryDialog
    from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
    from shopcloser.ui.main_window import MainWindow
    from tests.ui.test_translations import _visible_texts

    app = create_application(language)
    try:
        summary = import_files(store, [DATA / "orders-2017.csv", DATA / "items-2017.csv"])
        window = MainWindow(store)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.overview.status is not None, timeout=5000)
        dialogs = [
            ImportSummaryDialog(summary, window),
            ImportHistoryDialog(window.state, window),
            ProgressDialog(QApplication.translate("ImportFlow", "Importing orders"), window),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        texts = {_plain(text) for root in [window, *dialogs] for _, text in _visible_texts(root)}
        menus = {
            _plain(action.text()): {_plain(item.text()) for item in menu.actions()}
            for action in window.menuBar().actions()
            if (menu := cast("QMenu | None", action.menu())) is not None
        }
    finally:
        i18n.install_translators(app, "en")

    text = guide_file(language).read_text(encoding="utf-8")
    for title, items in menus.items():
        for quoted in re.findall(rf"(?<!\w){re.escape(title)} → ([^*\n]+)", text):
            assert any(quoted.startswith(item) for item in items if item), (title, quoted)
    bold = re.findall(r"\*\*([^*\n]+)\*\*", _sections(text)["2"])
    assert bold
    names = [part for span in bold for part in re.split(r" → |: |：", span)]
    assert [name for name in names if name not in texts] == []
