"""The user guide opens in every language, with its pictures."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from shopcloser.ui.dialogs.guide_dialog import GuideDialog, guide_file


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
