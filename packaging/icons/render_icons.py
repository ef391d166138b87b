"""Render the app icon's PNG, ICO and ICNS files from resources/icons/shopcloser.svg.

Run after changing the SVG, and commit the results (the build does not render them, so
that building needs neither Pillow nor a screen):

    .venv/bin/python packaging/icons/render_icons.py

Qt draws the PNGs (QtSvg ships with PySide6-Essentials); Pillow packs them into the
multi-size Windows .ico and macOS .icns (Pillow is in the ``dev`` extra).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "shopcloser.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (the .deb installs each into hicolor)."""
    return ICONS / f"shopcloser-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")


def pack_ico_and_icns() -> None:
    from PIL import Image

    images = {size: Image.open(png_path(size)).convert("RGBA") for size in PNG_SIZES}
    largest = images[256]
    largest.save(
        ICONS / "shopcloser.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    # ICNS wants 16..512 (and 1024, which Pillow scales from 512).
    images[512].save(
        ICONS / "shopcloser.icns",
        format="ICNS",
        append_images=[images[s] for s in (16, 32, 64, 128, 256)],
    )


def main() -> int:
    render_pngs()
    pack_ico_and_icns()
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
