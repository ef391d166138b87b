"""Options shared by the window's command line and every command."""

from __future__ import annotations

import argparse

from shopcloser import __version__


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the store: a file path or a SQLAlchemy URL (default: shopcloser.db in the "
        "data folder)",
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "zh_TW", "en"], help="language (default: as in Settings)"
    )
    parser.add_argument("--version", action="version", version=f"ShopCloser {__version__}")
