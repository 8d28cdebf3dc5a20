"""Importing footwork.ui stops PySide6 from reading every later module's source."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# A module imported after PySide6, in a fresh process: does its source end up in linecache?
PROBE = textwrap.dedent("""
    import linecache, sys
    import PySide6.QtCore
    if sys.argv[1] == "footwork":
        import footwork.ui
    import colorsys  # a module nothing imported before
    print(any(name.endswith("colorsys.py") for name in linecache.cache))
""")


def _source_read(first: str) -> bool:
    done = subprocess.run([sys.executable, "-c", PROBE, first], capture_output=True,
                          text=True, check=True, timeout=60)
    return done.stdout.strip() == "True"


def test_pyside_reads_the_source_of_each_module_imported_after_it() -> None:
    assert _source_read("pyside only")  # what skip_source_scan exists for, in this PySide6


def test_after_footwork_ui_no_module_source_is_read() -> None:
    assert not _source_read("footwork")


def test_the_scan_was_found_and_replaced() -> None:
    from footwork import ui

    assert ui.skip_source_scan()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is ui._uses_pyside
