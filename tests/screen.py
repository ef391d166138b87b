"""The screen windows are shown on without a display: a desktop's, 1920×1080.

Qt's offscreen platform has an 800×800 screen of its own, smaller than the size the
window first opens at on a desktop (it fits itself into a smaller screen), so tests,
benches and the guide's pictures name this one.
"""

from __future__ import annotations

from pathlib import Path

DESKTOP_SCREEN = Path(__file__).with_name("desktop-screen.json")


def offscreen_desktop() -> str:
    """The value of ``QT_QPA_PLATFORM`` for the offscreen platform with a desktop screen."""
    return f"offscreen:configfile={DESKTOP_SCREEN}"
