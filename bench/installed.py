"""ShopCloser's modules as an installed copy has them: compiled to bytecode.

pip compiles a package's modules when it installs them, and the packaged app carries
them compiled. A clone run from source compiles them on first use and caches the result,
unless ``PYTHONDONTWRITEBYTECODE`` is set (as on some CI and sandbox machines), in which
case every process compiles all of them again: about 0.1 s of each start that no
installed copy pays. Benches that time whole processes compile them first.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "shopcloser"


def compile_bytecode() -> None:
    """Write ``__pycache__`` for every ShopCloser module (the environment variable only
    stops Python from writing it by itself; a cache written here is still read)."""
    if not compileall.compile_dir(PACKAGE, quiet=1):
        raise RuntimeError("ShopCloser's modules did not compile")
