"""The screen windows are shown on without a display: a desktop's, 1920×1080.

Qt's offscreen platform has an 800×800 screen of its own, smaller than the size the
window first opens at on a desktop (it fits itself into a smaller screen), so tests,
benches and the guide's pictures name this one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

DESKTOP_SCREEN = Path(__file__).with_name("desktop-screen.json")
DESKTOP_SIZE = (1920, 1080)
# Qt cuts QT_QPA_PLATFORM at these (platforms at ";", their arguments at ":"): a config
# file's path holding one is cut short, and Qt aborts ("Could not find platform config
# file /tmp/a"), e.g. for a clone in "/tmp/a:b".
_CUT_AT = (":", ";")


def desktop_screen_file() -> Path | None:
    """The desktop screen's file at a path Qt can be given: the repository's own, else a
    copy in the temporary folder; None when neither can be named."""
    if not any(cut in str(DESKTOP_SCREEN) for cut in _CUT_AT):
        return DESKTOP_SCREEN
    copy = Path(tempfile.gettempdir()) / "shopcloser-desktop-screen.json"
    if any(cut in str(copy) for cut in _CUT_AT):
        return None
    content = DESKTOP_SCREEN.read_bytes()
    try:
        if not copy.is_file() or copy.read_bytes() != content:
            partial = copy.with_name(f"{copy.name}.{os.getpid()}")
            partial.write_bytes(content)
            partial.replace(copy)  # whole for a process reading it at the same time
    except OSError:  # another user's file of that name
        return None
    return copy


def offscreen_desktop() -> str:
    """The value of ``QT_QPA_PLATFORM`` for the offscreen platform with a desktop screen
    (plain ``offscreen``, with its 800×800 screen, when the screen's file cannot be named:
    the tests that need the desktop's size skip)."""
    screen = desktop_screen_file()
    return f"offscreen:configfile={screen}" if screen is not None else "offscreen"


def skip_unless_desktop_screen(widget: QWidget) -> None:
    """Skip a test that needs the desktop's screen when ``widget`` is on another one
    (a display of the developer's own, or Qt's offscreen 800×800)."""
    import pytest

    size = widget.screen().geometry().size().toTuple()
    if size != DESKTOP_SIZE:
        pytest.skip(
            f"needs the {DESKTOP_SIZE[0]}×{DESKTOP_SIZE[1]} screen of tests/desktop-screen.json,"
            f" not {size[0]}×{size[1]} (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')})"
        )
