"""Every visible string is translated, and the shipped .qm files match their .ts sources."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from shopcloser import i18n
from shopcloser.store.database import Store

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
BIN = Path(sys.executable).parent
CJK = re.compile(r"[\u3400-\u9fff]")
# Words that stay as they are in every language: names, and things that are not prose.
KEEP = re.compile(
    r"ShopCloser|PySide6|Qt|SQLAlchemy|Alembic|openpyxl|python-calamine|platformdirs|"
    r"msoffcrypto-tool|defusedxml|Python|LGPL|MIT|PSF|GNU|English|https?://\S+|\S+\.(?:db|log|xlsx|csv)"
    r"|/\S+|\d[\d.,:%/ -]*"
)
LETTERS = re.compile(r"[A-Za-z]{2,}")


def _ts_messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"shopcloser_{language}.ts").getroot()
    return root.findall("./context/message")


def _translations(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms (a text written with %n)."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _translation(message: ET.Element) -> str:
    return "\n".join(_translations(message))


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_source_string_has_a_finished_translation(language: str) -> None:
    """English is the source language: its file holds only the plural forms."""
    missing = [
        m.findtext("source")
        for m in _ts_messages(language)
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not _translations(m)
        or not all(text.strip() for text in _translations(m))
    ]
    assert not missing, f"{len(missing)} strings untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_placeholders_survive_translation(language: str) -> None:
    placeholders = re.compile(r"\{\w+\}|%L?n")
    for message in _ts_messages(language):
        source = message.findtext("source") or ""
        for translation in _translations(message):
            assert set(placeholders.findall(source)) == set(placeholders.findall(translation)), (
                source
            )


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    """Every text counted with %n reads "1 order" and "2 orders", never "1 order(s)"."""
    counted = [m for m in _ts_messages("zh_CN") if m.get("numerus") == "yes"]
    english = {m.findtext("source"): _translations(m) for m in _ts_messages("en")}
    assert counted and {m.findtext("source") for m in counted} == set(english)
    for source, (one, many) in english.items():
        assert one != many and "(s)" not in one + many, source


@pytest.mark.parametrize(("language", "import_word"), [("zh_CN", "导入"), ("zh_TW", "匯入")])
def test_an_import_is_named_one_way(language: str, import_word: str) -> None:
    """An import is "编号 3 的导入" and its number "导入编号" wherever it is named (window,
    command line, backup workbook). Before: also "第 3 次导入", "序号" and "批次"."""
    other_names = re.compile(
        r"第\s*\{\w+\}\s*次" + import_word + r"|\{\w+\}\s*次" + import_word + r"|批次"
    )
    found = [
        text
        for message in _ts_messages(language)
        if other_names.search(text := _translation(message))
    ]
    assert found == []


def test_the_ts_files_know_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check_zh_CN.ts"
    shutil.copy(TRANSLATIONS / "shopcloser_zh_CN.ts", copy)
    result = subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(REPO / "shopcloser"),
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, "run `make translations` and translate the new strings"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_shipped_qm_files_are_compiled_from_the_ts_files(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"shopcloser_{language}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
    )
    assert fresh.read_bytes() == (TRANSLATIONS / f"shopcloser_{language}.qm").read_bytes(), (
        "run `make translations`"
    )


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if widget.isWindow():
            yield name, widget.windowTitle()
        if isinstance(widget, QLabel) and widget.text():
            yield name, re.sub(r"<[^>]+>", " ", widget.text())
        if isinstance(widget, QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield name, str(model.headerData(column, _horizontal()) or "")
        yield name, widget.toolTip()
        for action in widget.actions():
            yield f"{name} action", action.text()
            # PySide6's stubs type QAction.menu() as QObject; it is a QMenu or None.
            menu = cast("QMenu | None", action.menu())
            if menu is not None:
                for sub in menu.actions():
                    yield f"{name} menu", sub.text()


def _horizontal() -> Qt.Orientation:
    return Qt.Orientation.Horizontal


def _untranslated(root: QWidget) -> list[str]:
    bad = []
    for where, text in _visible_texts(root):
        text = text.replace("&", "").strip()
        if not text or CJK.search(text):
            continue
        if LETTERS.search(KEEP.sub(" ", text)):
            bad.append(f"{where}: {text!r}")
    return bad


def _dialogs(window: QMainWindow) -> list[QWidget]:
    """Every dialog a merchant can open from the window, built but not run."""
    from shopcloser.ui.dialogs.about_dialog import AboutDialog
    from shopcloser.ui.dialogs.error_dialog import ErrorDialog
    from shopcloser.ui.dialogs.guide_dialog import GuideDialog
    from shopcloser.ui.dialogs.import_history_dialog import ImportHistoryDialog
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
    from shopcloser.ui.dialogs.settings_dialog import SettingsDialog

    state = window.state  # type: ignore[attr-defined]
    dialogs: list[QWidget] = [
        AboutDialog(window),
        ErrorDialog("Traceback: details for support", window),
        GuideDialog(window),
        ImportHistoryDialog(state, window),
        ProgressDialog(QApplication.translate("ImportFlow", "Importing orders"), window),
        SettingsDialog(state, window),
    ]
    return dialogs


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_visible_string_is_left_in_english(language: str, qtbot: QtBot, store: Store) -> None:
    from shopcloser.ui.application import create_application
    from shopcloser.ui.main_window import MainWindow

    app = create_application(language)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.overview.status is not None, timeout=5000)
        problems = _untranslated(window)
        for dialog in _dialogs(window):
            qtbot.addWidget(dialog)
            problems += _untranslated(dialog)
        assert not problems, "\n".join(problems)
    finally:
        i18n.install_translators(app, "en")


def test_strings_are_filed_under_the_context_used_at_run_time() -> None:
    """``x.tr("…")`` is filed under the receiver's name by lupdate: in code outside a Qt
    class that silently never translates (contexts like "ctx" or "")."""
    root = ET.parse(TRANSLATIONS / "shopcloser_zh_CN.ts").getroot()
    contexts = {c.findtext("name") or "" for c in root.findall("context")}
    class_names = set()
    for path in (REPO / "shopcloser").rglob("*.py"):
        class_names |= set(re.findall(r"^class (\w+)", path.read_text(encoding="utf-8"), re.M))
    assert contexts <= class_names | {"Messages", "Cli", "Backup", "Errors", "Lists"}, (
        contexts - class_names
    )


# The seller centre's menu path and column names, quoted as it shows them (Simplified),
# also in zh_TW: the merchant looks for exactly these words on the seller centre's pages.
SELLER_CENTRE_PATH = "卖家中心 → 已卖出的宝贝 → 批量导出"
SELLER_CENTRE_NAMES = ("已卖出的宝贝", "批量导出", "主订单编号", "子订单编号", "订单编号")


def _names_in(text: str) -> list[str]:
    text = text.replace(SELLER_CENTRE_PATH, "{path}")
    found = []
    for name in SELLER_CENTRE_NAMES:  # longest first: 订单编号 is inside 主订单编号
        found += [name] * text.count(name)
        text = text.replace(name, "")
    return sorted(found)


def test_zh_tw_quotes_seller_centre_names_as_the_seller_centre_shows_them() -> None:
    root = ET.parse(TRANSLATIONS / "shopcloser_zh_TW.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = _translation(message)
        if SELLER_CENTRE_PATH in source:
            assert SELLER_CENTRE_PATH in translation, source
        assert set(_names_in(source)) <= set(_names_in(translation)), source


# Functions that translate a text they are given: lupdate never sees the texts passed to
# them, so each must be given texts marked with QT_TRANSLATE_NOOP, or be named ``tr`` and
# called as ``Context.tr("…")``, which lupdate reads.
TRANSLATING_A_GIVEN_TEXT = {
    ("shopcloser/i18n.py", "translate"),
    ("shopcloser/i18n.py", "_separator"),  # LIST_SEPARATOR
    ("shopcloser/i18n.py", "problems_joined"),  # PROBLEMS_SEPARATOR
    ("shopcloser/cli/context.py", "tr"),
    ("shopcloser/cli/options.py", "_translated"),
    ("shopcloser/cli/backup_cmd.py", "_labels"),
    ("shopcloser/cli/import_cmd.py", "_problem"),
    ("shopcloser/ui/problem_texts.py", "problem_text"),
    ("shopcloser/ui/tabs/orders_report.py", "tr"),
}


def test_no_helper_hides_texts_from_lupdate() -> None:
    """The orders tab's report dialogs went through ``_tr(text)``: lupdate found none of
    their texts, so they stayed English in Chinese. A new function that translates a
    text it is given must be checked the same way and listed above."""
    found = set()
    for path in (REPO / "shopcloser").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.Lambda):
                continue
            for call in ast.walk(function):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                    continue
                text_at = {"translate": 1, "tr": 0}.get(call.func.attr)
                if text_at is None or len(call.args) <= text_at:
                    continue
                text = call.args[text_at]
                if isinstance(text, ast.Constant) or isinstance(call.func.value, ast.Constant):
                    continue  # a literal text, or bytes.translate of a constant table
                if isinstance(text, ast.Name) and text.id.isupper() and text.id.startswith("_"):
                    continue  # bytes.translate(_TABLE)
                name = getattr(function, "name", "lambda")
                if name == "lambda":  # a lambda inside a listed function
                    continue
                found.add((path.relative_to(REPO).as_posix(), name))
    assert found == TRANSLATING_A_GIVEN_TEXT
