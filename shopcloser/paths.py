"""Where ShopCloser keeps its data, settings and logs, and where its resources are."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

from shopcloser import APP_NAME

_dirs = PlatformDirs(APP_NAME, appauthor=False, ensure_exists=False)
DEFAULT_DB_NAME = "shopcloser.db"


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def config_dir() -> Path:
    return Path(_dirs.user_config_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def shown_path(path: Path) -> str:
    """``path`` as the merchant reads it: ``~/…`` inside their home folder, where that is
    how paths are written (not on Windows, whose merchants know no ``~``)."""
    if sys.platform != "win32":
        try:
            return str(Path("~") / path.relative_to(Path.home()))
        except ValueError:  # outside the home folder
            pass
    return str(path)


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or the copy a frozen build carries."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
