"""install-desktop and uninstall-desktop: a valid menu entry that starts this Footwork, with a
translated action per built-in routine, and an uninstall that removes only Footwork's files."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from footwork.platform import desktop
from footwork.routine.library import discover

ROOT = Path(__file__).resolve().parents[2]
ENTRY = f"applications/{desktop.APP_ID}.desktop"


def read_entry(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser


def builtin_routines() -> dict[str, str]:
    return {e.routine.id: e.routine.name for e in discover()
            if e.origin == "built-in" and e.routine}


def test_shipped_entry_offers_every_builtin_routine_and_marks_its_texts() -> None:
    entry = read_entry(desktop.assets() / f"{desktop.APP_ID}.desktop")
    main = entry["Desktop Entry"]
    assert main["Exec"] == "footwork"
    assert main["Icon"] == desktop.APP_ID
    for key, _context, text in desktop.ENTRY_TEXTS:
        assert main[key] == text, f"{key} differs from its text marked for translation"
    actions = main["Actions"].rstrip(";").split(";")
    assert sorted(actions) == sorted(builtin_routines())
    for routine_id, name in builtin_routines().items():
        action = entry[f"Desktop Action {routine_id}"]
        assert action["Name"] == name
        assert action["Exec"] == f"footwork --start {routine_id}"


def test_installed_entry_runs_this_footwork_in_every_language(tmp_path: Path) -> None:
    command = ["/opt/my apps/bin/footwork"]
    written = desktop.install(tmp_path, command)
    assert sorted(written) == sorted(desktop.targets(tmp_path))
    entry = read_entry(tmp_path / ENTRY)
    main = entry["Desktop Entry"]
    assert main["Exec"] == '"/opt/my apps/bin/footwork"'
    assert main["TryExec"] == "/opt/my apps/bin/footwork"
    assert main["Comment[de]"].startswith("Ein geführter Trainings-Timer")
    action = entry["Desktop Action foot-strength"]
    assert action["Exec"] == '"/opt/my apps/bin/footwork" --start foot-strength'
    assert action["Name[de]"] == "Fußkraft und Beweglichkeit"
    assert action["Name[fr]"] == "Force et mobilité des pieds"
    assert {"Name[de]", "Name[es]", "Name[fr]"} <= set(entry["Desktop Action marbles"])
    check = subprocess.run(["desktop-file-validate", str(tmp_path / ENTRY)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert "error" not in check.stdout, check.stdout


def test_icons_and_metainfo_are_copied_as_shipped(tmp_path: Path) -> None:
    desktop.install(tmp_path, ["footwork"], translators={})
    svg = tmp_path / "icons/hicolor/scalable/apps" / f"{desktop.APP_ID}.svg"
    assert svg.read_bytes() == (desktop.assets() / f"{desktop.APP_ID}.svg").read_bytes()
    for size in desktop.ICON_SIZES:
        png = tmp_path / f"icons/hicolor/{size}x{size}/apps/{desktop.APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width
    assert (tmp_path / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()


def test_uninstall_removes_what_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    other = tmp_path / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    written = desktop.install(tmp_path, ["footwork"], translators={})
    assert sorted(desktop.uninstall(tmp_path)) == sorted(written)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [other]
    assert desktop.uninstall(tmp_path) == []


@pytest.mark.parametrize(("argv", "value"), [
    (["/usr/bin/footwork", "--start", "foot-strength"], "/usr/bin/footwork --start foot-strength"),
    (["/home/a b/footwork"], '"/home/a b/footwork"'),
    (["/tmp/$x/100%/footwork"], '"/tmp/\\\\$x/100%%/footwork"'),
    (['/tmp/say "hi"/footwork'], '"/tmp/say \\\\"hi\\\\"/footwork"'),
])
def test_exec_value_quotes_as_the_desktop_entry_spec_says(argv: list[str], value: str) -> None:
    assert desktop.exec_value(argv) == value


def test_data_home_is_xdg_data_home_when_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/runner")
    assert desktop.data_home({"XDG_DATA_HOME": "/data"}) == Path("/data")
    assert desktop.data_home({"XDG_DATA_HOME": "relative"}) == Path("/home/runner/.local/share")
    assert desktop.data_home({}) == Path("/home/runner/.local/share")


def test_icon_pngs_are_rendered_from_the_svg() -> None:
    check = subprocess.run([sys.executable, str(ROOT / "tools" / "render_icons.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
