"""The app icon: our SVG, and the PNG, ICO and ICNS files rendered from it."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest
from pytestqt.qtbot import QtBot

from tests.packaging.helpers import REPO

ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_svg_is_square_and_scalable() -> None:
    root = ET.parse(ICONS / "shopcloser.svg").getroot()
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_has_its_size(size: int) -> None:
    data = (ICONS / f"shopcloser-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_ico_holds_the_windows_sizes() -> None:
    data = (ICONS / "shopcloser.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        sizes.add((width or 256, height or 256))  # 0 means 256 in an ICO directory
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= sizes


def test_icns_is_an_icns_file() -> None:
    data = (ICONS / "shopcloser.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_window_icon_renders_from_the_svg(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon

    from shopcloser import paths

    # The file create_application() gives the window, through QtSvg's icon engine.
    icon = QIcon(str(paths.resources_dir() / "icons" / "shopcloser.svg"))
    assert not icon.isNull()
    # Drawn at any size, not only at the sizes of a bitmap.
    assert icon.pixmap(48, 48).width() == 48
    assert icon.pixmap(200, 200).width() == 200
