"""Rules the codebase keeps: no Qt in the core or the services. (The wheel: test_wheel.py.)"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ["domain", "routine", "session", "history", "services"]
CORE_FILES = ["cues.py", "paths.py", "i18n.py", "cli.py", "logs.py"]


def core_sources() -> list[Path]:
    package = ROOT / "src" / "footwork"
    files = [p for name in CORE for p in (package / name).rglob("*.py")]
    return files + [package / name for name in CORE_FILES]


@pytest.mark.parametrize("path", core_sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_qt(path: Path) -> None:
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        # cli.py may start the app lazily inside a function; only module-level imports count
        if path.name == "cli.py" and node not in tree.body:
            continue
        for name in names:
            assert not name.startswith(("PySide6", "pyqtgraph", "footwork.ui", "footwork.app",
                                        "footwork.platform", "footwork.audio")), (
                f"{path.name} imports {name}")
            # the arrows point down: ui -> services -> core, never back up
            if "services" not in path.relative_to(ROOT).parts:
                assert not name.startswith("footwork.services"), f"{path.name} imports {name}"


def test_importing_the_core_and_running_a_plan_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from footwork.cli import main\n"
        "main(['plan', 'foot-strength', '--json'])\n"
        "import footwork.history, footwork.routine, footwork.session\n"
        "import footwork.services.notices, footwork.services.program, footwork.services.resume\n"
        "import footwork.services.settings, footwork.services.workout_run\n"
        "import footwork.services.remote\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
