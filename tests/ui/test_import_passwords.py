"""Protected workbooks: the password prompt, and asking again after a wrong password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from shopcloser.ui.dialogs.password_prompt import PasswordPrompt

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_password_prompt_does_not_take_an_empty_password(qtbot: QtBot) -> None:
    prompt = PasswordPrompt("Password needed", "orders.xlsx is protected with a password.")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert not prompt.ok_button().isEnabled()
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)  # Enter on nothing typed
    assert prompt.isVisible() and prompt.result() == 0
    QTest.keyClicks(prompt.password, "shop123")
    assert prompt.ok_button().isEnabled()
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)
    assert not prompt.isVisible()
    assert prompt.password.text() == "shop123"
