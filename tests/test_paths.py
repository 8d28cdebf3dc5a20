"""Where assets are found and user data is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork import paths

REPO = Path(__file__).resolve().parent.parent


def test_user_data_goes_to_footwork_data_dir_when_it_is_set(data_dir: Path) -> None:
    assert paths.data_dir() == data_dir
    assert paths.history_path() == data_dir / "history.sqlite3"
    assert paths.user_routines_dir() == data_dir / "routines"


def test_otherwise_user_data_goes_to_the_platform_data_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FOOTWORK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.data_dir() == tmp_path / "footwork"
    assert paths.history_path() == tmp_path / "footwork" / "history.sqlite3"


def test_a_source_checkout_uses_the_repositorys_assets_and_translations() -> None:
    assert paths.assets_dir() == REPO / "assets"
    assert (paths.builtin_routines_dir() / "foot-strength.toml").is_file()
    assert (paths.sounds_dir() / "go.wav").is_file()
    assert (paths.sounds_dir("de") / "go.wav").is_file()
    assert (paths.translations_dir() / "footwork_de.qm").is_file()


@pytest.mark.parametrize(("data_home", "state_home"), [
    (None, None), ("", "  "), ("/x/data", "/y/state"), ("~/data", "~/state")])
def test_on_linux_the_folders_are_the_ones_platformdirs_gives(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_home: str | None,
        state_home: str | None) -> None:
    import platformdirs

    monkeypatch.setenv("HOME", str(tmp_path))
    for name, value in (("XDG_DATA_HOME", data_home), ("XDG_STATE_HOME", state_home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert paths.user_data_dir() == Path(platformdirs.user_data_dir("footwork", appauthor=False))
    assert paths.user_log_dir() == Path(platformdirs.user_log_dir("footwork", appauthor=False))
    assert paths.user_data_dir().is_relative_to(tmp_path) == (data_home != "/x/data")


def test_elsewhere_platformdirs_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setattr(paths.sys, "platform", "darwin")
    assert paths.user_data_dir() == Path(platformdirs.user_data_dir("footwork", appauthor=False))
    assert paths.user_log_dir() == Path(platformdirs.user_log_dir("footwork", appauthor=False))
