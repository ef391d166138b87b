"""Test-wide setup: offscreen Qt, folders redirected away from the real home, a fresh store.

Qt warnings fail tests (``qt_log_level_fail``) and Python warnings are errors
(``filterwarnings``), both set in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw new examples on every run here, to find what nobody thought of; CI
# runs fixed ones (HYPOTHESIS_PROFILE=ci in .ci/run) so that its verdict on a commit does
# not depend on luck. A failure found here is fixed and kept as an ordinary test.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Tests read English source strings unless a test picks a language itself.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # so tests can import tests.samples and bench helpers

from tests.screen import offscreen_desktop  # noqa: E402 - needs the path above

# No display: the offscreen platform, with a desktop's screen (child processes inherit it).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = offscreen_desktop()


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Data, settings and logs go to a temporary folder, never the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        (home / sub).mkdir(mode=0o700)
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[object]:
    from shopcloser.store.database import open_store

    opened = open_store(str(store_path))
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _english_as_the_app_starts(request: pytest.FixtureRequest) -> None:
    """Widgets tested without the whole window get the translators the app installs at
    start (English: its plural forms, "1 order"), as they would in the app."""
    if "qtbot" not in request.fixturenames:
        return
    from shopcloser import i18n

    if i18n.installed_language() is None:
        i18n.install_translators(request.getfixturevalue("qapp"), "en")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
