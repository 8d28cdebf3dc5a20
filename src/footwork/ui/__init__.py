"""The Qt widgets. Importing the package makes PySide6 stop reading every module's source.

PySide6 6.11 looks at each module imported after it, to know whether that module selected one
of its ``__feature__`` options (snake_case, true_property): it reads the module's whole source
through ``inspect.getsource`` and keeps it in ``linecache``. Footwork selects no feature, so
that reading only costs time and memory: about 8 ms of the start to the first paint and the
sources of every module in memory (``benchmarks/startup.py``). :func:`skip_source_scan`
answers "uses PySide" for every module, the answer the scan gives Footwork's own modules;
with no feature selected, that answer changes no attribute a module sees.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature, the scan's home


def _uses_pyside(module: object) -> bool:
    return True


def skip_source_scan() -> bool:
    """Replace PySide6's per-import source scan by a constant answer; False when this
    PySide6 has no such scan (then nothing is changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


skip_source_scan()
