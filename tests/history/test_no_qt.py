"""The history package is core: it never imports Qt (checked by a rule, not by hope)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import footwork.history

PACKAGE = Path(footwork.history.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "footwork.ui",
             "footwork.app", "footwork.audio")


def _imports(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_history_module_imports_qt_or_the_shell() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) > 5
    for module in modules:
        bad = {n for n in _imports(module) if n.split(".")[0] in FORBIDDEN or n in FORBIDDEN
               or n.startswith(tuple(f"{f}." for f in FORBIDDEN))}
        assert not bad, f"{module.name} imports {bad}"


def test_importing_the_history_loads_no_qt() -> None:
    code = ("import sys, pkgutil, importlib, footwork.history as h\n"
            "for m in pkgutil.iter_modules(h.__path__):\n"
            "    importlib.import_module(h.__name__ + '.' + m.name)\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in"
            " ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'pyqtgraph')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
