"""Loading the program's libraries without Python's cycle collector in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def libraries_loading() -> Iterator[None]:
    """Pause the cycle collector while modules load, then set what they made aside.

    Loading SQLAlchemy, Qt's bindings and our own modules makes hundreds of thousands of
    objects that live as long as the program, and the collector walked them again and
    again as they piled up: about 50 ms of each start (measured on a command's start).
    ``gc.freeze`` then moves them out of the collector's sight for good, so that later
    collections do not walk them either.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
