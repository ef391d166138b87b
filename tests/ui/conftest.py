from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from shopcloser.store.database import Store


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[object]:
    """The real main window on a fresh store, as the merchant would see it."""
    from shopcloser.ui.application import create_application
    from shopcloser.ui.main_window import MainWindow

    create_application("en")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    # Let the first background count finish so that no thread outlives the test.
    qtbot.waitUntil(lambda: main.overview.status is not None, timeout=5000)
    yield main
    main.close()
