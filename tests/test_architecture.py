"""Rules the codebase keeps at run time: importing the core and the services, and running a
plan, loads no Qt. Which package may import which is checked by ``lint-imports`` (the
contracts in pyproject.toml's ``[tool.importlinter]``), run by ``make test``. (The wheel:
test_wheel.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_core_and_running_a_plan_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from footwork.cli import main\n"
        "main(['plan', 'foot-strength', '--json'])\n"
        "import footwork.domain, footwork.history, footwork.routine, footwork.session\n"
        "import footwork.services.notices, footwork.services.program, footwork.services.resume\n"
        "import footwork.services.settings, footwork.services.workout_run\n"
        "import footwork.services.remote\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
