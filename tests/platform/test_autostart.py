"""The start-at-login option writes an XDG autostart entry that runs Footwork hidden, and
removing the option removes the file."""

from __future__ import annotations

import configparser
import os
import shlex
import sys
from pathlib import Path

import pytest

from footwork.platform.autostart import (
    Autostart,
    AutostartError,
    autostart_dir,
    launch_command,
)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_folder_is_xdg_config_home_autostart(tmp_path: Path) -> None:
    assert autostart_dir({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "autostart"
    assert autostart_dir({}, home=tmp_path) == tmp_path / ".config" / "autostart"
    assert autostart_dir({"XDG_CONFIG_HOME": "relative"}, home=tmp_path) == (
        tmp_path / ".config" / "autostart")


def test_on_writes_an_entry_that_starts_footwork_hidden_and_off_removes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    option = Autostart(platform="linux")
    assert not option.enabled
    option.set_enabled(True)
    assert option.path == tmp_path / "autostart" / "io.github.footwork.Footwork.desktop"
    assert option.enabled
    entry = read_entry(option.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Footwork"
    assert entry["Exec"].endswith("--hidden")
    assert shlex.split(entry["Exec"])[0] == launch_command()[0]
    assert list(tmp_path.joinpath("autostart").iterdir()) == [option.path]
    option.set_enabled(False)
    assert not option.path.exists()
    assert not option.enabled
    option.set_enabled(False)  # already off: nothing to do


def test_this_footwork_is_what_starts() -> None:
    command = launch_command()
    assert command[-1] == "--hidden"
    assert command[:-1] in ([sys.executable, "-m", "footwork"],) or (
        Path(command[0]).name == "footwork" and os.access(command[0], os.X_OK))


def test_a_path_with_spaces_is_quoted_in_the_entry(tmp_path: Path) -> None:
    option = Autostart(tmp_path, ["/home/a b/.venv/bin/footwork", "--hidden"], platform="linux")
    option.set_enabled(True)
    exec_line = read_entry(option.path)["Exec"]
    assert shlex.split(exec_line) == ["/home/a b/.venv/bin/footwork", "--hidden"]


def test_a_folder_that_cannot_be_written_gives_a_message_naming_the_file(
        tmp_path: Path) -> None:
    blocked = tmp_path / "autostart"
    blocked.write_text("a file where the folder should be")
    option = Autostart(blocked, ["footwork", "--hidden"], platform="linux")
    with pytest.raises(AutostartError, match=r"Footwork\.desktop"):
        option.set_enabled(True)


def test_on_macos_and_windows_the_option_is_not_offered(tmp_path: Path) -> None:
    for platform in ("darwin", "win32"):
        option = Autostart(tmp_path, ["footwork"], platform=platform)
        assert not option.supported
        assert not option.enabled
        with pytest.raises(AutostartError, match="README"):
            option.set_enabled(True)
        assert not any(tmp_path.iterdir())
