"""``python -m shopcloser``: the same entry point as the installed ``shopcloser``."""

from shopcloser.app import run

run()
