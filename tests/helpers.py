"""Small helpers shared by tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopcloser.store.database import Store

REPO = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m shopcloser`` in a child process, as a merchant's script would."""
    command = [sys.executable, "-m", "shopcloser"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def downgrade_store(store: Store, revision: str) -> None:
    """Take ``store``'s schema back to ``revision`` and close it: a store as an older
    version of the app left it, for the upgrade tests."""
    from alembic import command
    from alembic.config import Config

    from shopcloser.store.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    store.close()
