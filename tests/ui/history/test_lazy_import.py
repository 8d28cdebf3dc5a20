"""pyqtgraph loads when History first opens, never when the app starts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _loaded_after(statement: str) -> list[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyqtgraph', 'numpy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def test_importing_the_app_and_the_main_window_loads_no_pyqtgraph() -> None:
    assert _loaded_after("import footwork.app, footwork.ui.main_window") == []


def test_opening_the_history_page_module_loads_pyqtgraph() -> None:
    assert "pyqtgraph" in _loaded_after("import footwork.ui.history.page")


def test_only_the_history_package_imports_pyqtgraph() -> None:
    source = ROOT / "src" / "footwork"
    users = sorted(str(p.relative_to(source)) for p in source.rglob("*.py")
                   if "import pyqtgraph" in p.read_text(encoding="utf-8"))
    assert users
    assert all(u.startswith("ui/history/") for u in users), users
