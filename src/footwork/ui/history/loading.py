"""Reading thousands of rows without a pause of Python's cycle collector in the middle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while the history is read and drawn.

    Ten years of history make some 30,000 small tuples; the full collection they set off
    walks every object of Qt, pyqtgraph and numpy (20-25 ms) and finds nothing to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
