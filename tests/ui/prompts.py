"""Answering the window's modal prompts in tests, through the real prompt widgets."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from shopcloser.ui.dialogs.password_prompt import PasswordPrompt


def answer_password_prompts(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Answer password prompts with ``answers`` in turn (typed, then OK), then Cancel.

    Returns what each prompt said: its warning line (if shown) and its label.
    """
    replies = list(answers)
    asked: list[str] = []

    def answer(prompt: PasswordPrompt) -> int:
        shown = [prompt.label_text]
        if not prompt.warning.isHidden():
            shown.insert(0, prompt.warning_text)
        asked.append("\n".join(shown))
        if not replies:
            return QDialog.DialogCode.Rejected
        QTest.keyClicks(prompt.password, replies.pop(0))
        assert prompt.ok_button().isEnabled()
        prompt.ok_button().click()
        return prompt.result()

    monkeypatch.setattr(PasswordPrompt, "exec", answer)
    return asked
