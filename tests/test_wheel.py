"""The sdist and the wheel, tested as users get them: built with ``python -m build`` (the wheel
from the sdist), installed with pip and its dependencies into a fresh virtual environment
outside the repository, and run from there: the commands, the self-check, and the desktop
entry, checked by Debian's own validators (desktop-file-utils and appstream).

Integration-sized: one build and one install for the whole session (about 15 s with pip's cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.footwork.Footwork"
DESKTOP_FILES = [
    f"assets/desktop/{APP_ID}.desktop",
    f"assets/desktop/{APP_ID}.metainfo.xml",
    f"assets/desktop/{APP_ID}.svg",
    *(f"assets/desktop/icons/{n}x{n}/{APP_ID}.png" for n in (48, 128, 256)),
]


@dataclass(frozen=True)
class Installed:
    sdist: Path
    wheel: Path
    env: Path

    def run(self, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
        """``footwork ARGV`` as the wheel installed it, from outside the repository."""
        hidden = ("PYTHONPATH", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
        environ = {k: v for k, v in os.environ.items() if k not in hidden} | env
        return subprocess.run([str(self.env / "bin" / "footwork"), *argv],
                              capture_output=True, text=True, cwd=self.env, env=environ)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    (sdist,) = dist.glob("footwork-*.tar.gz")
    (wheel,) = dist.glob("footwork-*.whl")
    env = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True)
    return Installed(sdist, wheel, env)


def test_sdist_and_wheel_carry_the_assets(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for path in [*DESKTOP_FILES, "assets/sounds/en/switch_feet.wav",
                 "assets/routines/foot-strength.toml", "translations/footwork_de.qm",
                 "translations/footwork_es.qm", "translations/footwork_fr.qm", "__main__.py"]:
        assert f"footwork/{path}" in names, f"the wheel lacks footwork/{path}"
    with tarfile.open(installed.sdist) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for path in [*DESKTOP_FILES, "tools/render_icons.py", "src/footwork/platform/desktop.py"]:
        assert path in names, f"the sdist lacks {path}"


def test_installed_commands_run_from_the_wheel(installed: Installed) -> None:
    version = installed.run("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("footwork ")
    located = subprocess.run(
        [str(installed.env / "bin" / "python"), "-c",
         "import footwork.paths as p; print(p.assets_dir())"],
        capture_output=True, text=True, cwd=installed.env, check=True).stdout.strip()
    assert located.startswith(str(installed.env))
    assert located.endswith("footwork/assets")
    table = installed.run("plan", "foot-strength")
    assert table.returncode == 0, table.stderr
    assert "Total: 29:44" in table.stdout
    routines = installed.run("routines")
    assert routines.returncode == 0, routines.stderr
    assert [line.split()[0] for line in routines.stdout.splitlines()] == [
        "ball-roll", "foot-strength", "marbles", "quick-mobility"]
    as_module = subprocess.run([str(installed.env / "bin" / "python"), "-m", "footwork",
                                "--version"], capture_output=True, text=True, cwd=installed.env)
    assert as_module.stdout == version.stdout


def test_installed_self_check_finds_everything(installed: Installed) -> None:
    check = installed.run("--self-check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "ok      translations: de, es, fr (3 .qm)" in check.stdout
    assert "(offscreen)" in check.stdout
    assert check.stdout.splitlines()[-1] == "Everything bundled was found."


def test_install_desktop_writes_valid_files_and_uninstall_removes_them(
    installed: Installed, tmp_path: Path
) -> None:
    home = tmp_path / "usr" / "share"  # laid out as a prefix, for appstreamcli validate-tree
    written = installed.run("install-desktop", XDG_DATA_HOME=str(home))
    assert written.returncode == 0, written.stderr
    entry = home / "applications" / f"{APP_ID}.desktop"
    metainfo = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    footwork = installed.env / "bin" / "footwork"
    assert f"Exec={footwork}\n" in entry.read_text()
    assert f"Exec={footwork} --start foot-strength\n" in entry.read_text()
    for size in ("48x48", "128x128", "256x256", "scalable"):
        assert (home / "icons" / "hicolor" / size / "apps").iterdir()
    desktop_check = subprocess.run(["desktop-file-validate", str(entry)],
                                   capture_output=True, text=True)
    assert desktop_check.returncode == 0, desktop_check.stdout + desktop_check.stderr
    assert "error" not in desktop_check.stdout
    appstream_check = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                                     capture_output=True, text=True)
    assert appstream_check.returncode == 0, appstream_check.stdout + appstream_check.stderr
    # the tree: the metainfo's launchable is the installed entry, its icon is there
    tree_check = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path)],
                                capture_output=True, text=True)
    assert tree_check.returncode == 0, tree_check.stdout + tree_check.stderr
    print(desktop_check.stdout, appstream_check.stdout, tree_check.stdout, sep="\n")  # pytest -s
    removed = installed.run("uninstall-desktop", XDG_DATA_HOME=str(home))
    assert removed.returncode == 0, removed.stderr
    assert len(removed.stdout.splitlines()) == len(written.stdout.splitlines()) == 6
    assert [p for p in home.rglob("*") if p.is_file()] == []
