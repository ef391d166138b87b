"""The headless command line: the same services as the window, for scripts and tests.

Kept light: the window's start-up imports this package only to tell a command from a
file name, so the command modules load only when a command runs.
"""

from __future__ import annotations

from collections.abc import Sequence

COMMANDS = frozenset(
    {
        "status",
        "import",
        "batches",
        "undo",
        "orders",
        "mark",
        "unmark",
        "backup",
        "verify",
        "restore",
        "purge-personal-data",
    }
)


def run_cli(argv: Sequence[str]) -> int:
    from shopcloser.cli.main import run_cli as run

    return run(argv)
