"""The headless command line: the same services as the window, for scripts and tests."""

from shopcloser.cli.main import COMMANDS, run_cli

__all__ = ["COMMANDS", "run_cli"]
