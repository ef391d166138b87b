"""The Data backup tab, driven as the merchant would (file dialogs bypassed with a path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from shopcloser.store.database import Store
from shopcloser.ui.state import AppState
from shopcloser.ui.tabs import backup as backup_tab
from shopcloser.ui.tabs.backup import BackupTab
from tests.ui.prompts import answer_password_prompts


def _tab(qtbot: QtBot, store: Store) -> BackupTab:
    state = AppState(store)
    tab = BackupTab(state)
    state.setParent(tab)  # Qt owns it from here: it goes when the tab goes
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _run(qtbot: QtBot, tab: BackupTab, start: object) -> None:
    with qtbot.waitSignal(tab.finished, timeout=60_000):
        start()  # type: ignore[operator]


def test_export_then_verify_then_purge(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, seeded)
    assert not tab.purge_button.isEnabled()
    assert "Purge becomes available" in tab.purge_state.text()

    out = tmp_path / "backup.xlsx"
    _run(qtbot, tab, lambda: tab.export_to(out, password="secret-1"))
    assert out.is_file()
    assert "written and verified" in tab.last_result and "password" in tab.last_result
    assert tab.purge_button.isEnabled()
    assert str(out) in tab.purge_state.text()

    _run(qtbot, tab, lambda: tab.verify_file(out, password="secret-1"))
    assert "is intact. Orders: 4, items: 5." in tab.last_result
    assert "as it is now" in tab.last_result

    asked = answer_password_prompts(monkeypatch)  # asked again after the wrong one: Cancel
    _run(qtbot, tab, lambda: tab.verify_file(out, password="not it"))
    assert len(asked) == 1 and "does not open backup.xlsx" in asked[0]
    assert "Cancelled" in tab.last_result

    _run(qtbot, tab, tab.purge)
    assert "Personal data removed from 4 orders" in tab.last_result
    assert str(out) in tab.last_result


def test_a_masked_copy_does_not_enable_purge(qtbot: QtBot, seeded: Store, tmp_path: Path) -> None:
    tab = _tab(qtbot, seeded)
    _run(qtbot, tab, lambda: tab.export_to(tmp_path / "masked.xlsx", masked=True))
    assert "Masked copy" in tab.last_result
    assert not tab.purge_button.isEnabled()


def test_restore_into_a_store_with_data_is_refused_plainly(
    qtbot: QtBot, seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    tab = _tab(qtbot, seeded)
    out = tmp_path / "backup.xlsx"
    _run(qtbot, tab, lambda: tab.export_to(out))
    _run(qtbot, tab, lambda: tab.restore_from(out))
    assert "empty data file" in tab.last_result

    fresh = _tab(qtbot, empty_store)
    _run(qtbot, fresh, lambda: fresh.restore_from(out))
    assert "Restored from" in fresh.last_result and "Orders: 4," in fresh.last_result
    assert fresh.purge_button.isEnabled()  # the backup it came from holds the data


def test_cancel_from_the_progress_dialog_leaves_no_file(
    qtbot: QtBot, seeded: Store, tmp_path: Path
) -> None:
    tab = _tab(qtbot, seeded)
    out = tmp_path / "backup.xlsx"
    with qtbot.waitSignal(tab.finished, timeout=60_000):
        tab.export_to(out)
        assert tab.dialog is not None
        tab.dialog.cancel_button.click()
    assert "Cancelled" in tab.last_result or "written" in tab.last_result
    if "Cancelled" in tab.last_result:
        assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if ".shopcloser-tmp" in p.name] == []


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers ``path``; the restore's confirmation answers Yes."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    monkeypatch.setattr(backup_tab, "confirm", lambda *args: True)


def _restoring_a_protected_backup(
    qtbot: QtBot,
    seeded: Store,
    empty_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> BackupTab:
    """The tab of an empty store, its restore about to pick a backup of ``seeded``
    protected with the password "shop-123"."""
    out = tmp_path / "backup.xlsx"
    tab = _tab(qtbot, seeded)
    _run(qtbot, tab, lambda: tab.export_to(out, password="shop-123"))
    fresh = _tab(qtbot, empty_store)
    choose_file(monkeypatch, out)
    return fresh


def test_restore_asks_a_protected_backups_password_until_it_opens_it(
    qtbot: QtBot,
    seeded: Store,
    empty_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh = _restoring_a_protected_backup(qtbot, seeded, empty_store, tmp_path, monkeypatch)
    asked = answer_password_prompts(monkeypatch, "shop-124", "shop-123")
    _run(qtbot, fresh, fresh.choose_and_restore)  # the first run: refused, nothing changed
    qtbot.waitUntil(lambda: "Restored from" in fresh.last_result, timeout=60_000)
    assert "Orders: 4," in fresh.last_result
    assert len(asked) == 2
    assert "does not open" not in asked[0]
    assert "backup.xlsx is protected with a password" in asked[0]
    warning, label = asked[1].splitlines()
    assert warning == (
        "The password you entered does not open backup.xlsx. Check it (capital letters "
        "count) and enter it again."
    )
    assert "backup.xlsx is protected with a password" in label


def test_restore_cancelled_at_the_password_changes_nothing(
    qtbot: QtBot,
    seeded: Store,
    empty_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The prompt is the one that takes no empty password; its Cancel ends the restore."""
    fresh = _restoring_a_protected_backup(qtbot, seeded, empty_store, tmp_path, monkeypatch)
    asked = answer_password_prompts(monkeypatch)  # nothing typed: Cancel
    fresh.choose_and_restore()
    assert len(asked) == 1
    assert fresh.operation is None  # nothing was started
    assert fresh.last_result == ""
