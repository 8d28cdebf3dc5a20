"""Rules the codebase keeps: no Qt in the core, and a wheel that carries its assets."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ["domain", "routine", "session", "history"]
CORE_FILES = ["cues.py", "paths.py", "i18n.py", "cli.py"]


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
            assert not name.startswith(("PySide6", "pyqtgraph", "footwork.ui", "footwork.app")), (
                f"{path.name} imports {name}")


def test_importing_the_core_and_running_a_plan_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from footwork.cli import main\n"
        "main(['plan', 'foot-strength', '--json'])\n"
        "import footwork.history, footwork.routine, footwork.session\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel and installed into a fresh virtual environment.

    The new environment sees this one's site-packages for the dependencies (PySide6 is large),
    but footwork itself comes only from the wheel: its assets must be inside it.
    """
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(work / "dist"), str(ROOT)], check=True)
    (wheel,) = (work / "dist").glob("footwork-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import site; print(site.getsitepackages()[0])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    deps = [p for p in sys.path if p.endswith("site-packages")]
    # dependencies from here, but never this checkout's editable footwork
    (Path(site) / "deps.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site,
                    str(wheel)], check=True)
    return env_dir


def run_installed(env_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Runs the ``footwork`` script the wheel installed, with the new environment's Python."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    (script,) = env_dir.glob("lib/python*/site-packages/bin/footwork")
    return subprocess.run([str(env_dir / "bin" / "python"), str(script), *argv],
                          capture_output=True, text=True, cwd=env_dir, env=env)


def test_wheel_carries_routines_and_the_plan_command_works(installed_wheel: Path) -> None:
    version = run_installed(installed_wheel, "--version")
    assert version.returncode == 0 and version.stdout.startswith("footwork ")
    located = subprocess.run(
        [str(installed_wheel / "bin" / "python"), "-c",
         "import footwork.paths as p; print(p.assets_dir())"],
        capture_output=True, text=True, cwd=installed_wheel, check=True).stdout.strip()
    assert str(installed_wheel) in located and located.endswith("footwork/assets")
    package = Path(located).parent
    assert (package / "assets" / "sounds" / "en" / "switch_feet.wav").is_file()
    assert {p.name for p in (package / "translations").glob("*.qm")} >= {
        "footwork_de.qm", "footwork_es.qm", "footwork_fr.qm"}
    table = run_installed(installed_wheel, "plan", "foot-strength")
    assert table.returncode == 0, table.stderr
    assert "Total: 29:04" in table.stdout
    as_json = run_installed(installed_wheel, "plan", "foot-strength", "--json")
    assert as_json.returncode == 0 and '"routine": "foot-strength"' in as_json.stdout
