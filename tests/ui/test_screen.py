"""The tests' desktop screen, named to Qt wherever the repository is."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests import screen

SHOW_SCREEN = (
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    "print(*app.primaryScreen().geometry().size().toTuple())\n"
)


def _screen_of(platform: str) -> str:
    child = subprocess.run(
        [sys.executable, "-c", SHOW_SCREEN],
        env={**os.environ, "QT_QPA_PLATFORM": platform},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    return child.stdout.strip()


@pytest.mark.parametrize("folder", ["a:b", "a;b", "a b"])
def test_a_clone_whose_path_qt_would_cut_still_gets_the_desktop_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    """A clone in "/tmp/a:b": Qt cut the config file's path at its colon and aborted."""
    clone = tmp_path / folder / "tests" / "desktop-screen.json"
    clone.parent.mkdir(parents=True)
    shutil.copy(screen.DESKTOP_SCREEN, clone)
    monkeypatch.setattr(screen, "DESKTOP_SCREEN", clone)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    assert _screen_of(screen.offscreen_desktop()) == "1920 1080"


def test_with_no_path_qt_can_take_the_screen_is_qts_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the clone nor the temporary folder can be named: plain offscreen, whose
    tests needing the desktop skip (see skip_unless_desktop_screen)."""
    clone = tmp_path / "a:b" / "desktop-screen.json"
    clone.parent.mkdir()
    shutil.copy(screen.DESKTOP_SCREEN, clone)
    monkeypatch.setattr(screen, "DESKTOP_SCREEN", clone)
    monkeypatch.setattr(tempfile, "tempdir", str(clone.parent))
    assert screen.offscreen_desktop() == "offscreen"
    assert _screen_of(screen.offscreen_desktop()) == "800 800"
