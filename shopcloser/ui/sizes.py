"""Sizes windows open at, fitted to the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Room the frame and title bar take around the size given to resize().
FRAME_ROOM = QSize(40, 60)


def fitted(wanted: QSize, free: QSize) -> QSize:
    """``wanted``, or as much of it as fits, with its frame, the screen's free area (a
    1366×768 laptop with a taskbar leaves about 728 pixels of height)."""
    return wanted.boundedTo(free - FRAME_ROOM)


def fitted_on_screen(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, fitted to the free area of the screen ``widget`` opens on."""
    return fitted(wanted, widget.screen().availableGeometry().size())
