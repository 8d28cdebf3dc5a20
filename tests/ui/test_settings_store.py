"""Settings in settings.ini: typed, defaulted, validated, and seen by every Settings object."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from footwork.ui.settings_store import Settings


def test_defaults_when_nothing_was_saved(data_dir: Path) -> None:
    settings = Settings()
    assert settings.path == data_dir / "settings.ini"
    assert (settings.weekly_goal, settings.program_start, settings.program_weeks) == (5, None, 6)
    assert (settings.voice_on, settings.tones_on, settings.volume) == (True, True, 1.0)
    assert (settings.audio_backend, settings.language) == ("auto", "")


def test_values_persist_for_a_new_settings_object(data_dir: Path) -> None:
    settings = Settings()
    settings.weekly_goal = 3
    settings.program_start = date(2026, 6, 8)
    settings.program_weeks = 4
    settings.voice_on = False
    settings.tones_on = False
    settings.volume = 0.35
    settings.audio_backend = "playsound"
    settings.language = "de"
    again = Settings()
    assert (again.weekly_goal, again.program_start, again.program_weeks) == (
        3, date(2026, 6, 8), 4)
    assert (again.voice_on, again.tones_on, again.volume) == (False, False, 0.35)
    assert (again.audio_backend, again.language) == ("playsound", "de")
    text = (data_dir / "settings.ini").read_text()
    assert "weekly_goal=3" in text
    assert "program_start=2026-06-08" in text
    again.program_start = None
    again.language = ""
    assert Settings().program_start is None
    assert Settings().language == ""


def test_a_damaged_file_gives_the_defaults(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text(
        "[history]\nweekly_goal=lots\nprogram_start=someday\nprogram_weeks=9\n"
        "[audio]\nvoice_on=perhaps\nvolume=11\nbackend=\n")
    settings = Settings()
    assert (settings.weekly_goal, settings.program_start, settings.program_weeks) == (5, None, 6)
    assert (settings.voice_on, settings.volume, settings.audio_backend) == (True, 1.0, "auto")


@pytest.mark.parametrize(("name", "value", "says"), [
    ("weekly_goal", 0, "weekly goal"), ("weekly_goal", 15, "weekly goal"),
    ("program_weeks", 3, "program lasts"), ("program_weeks", 7, "program lasts"),
    ("volume", 1.5, "volume"), ("volume", -0.1, "volume"), ("audio_backend", " ", "backend"),
])
def test_out_of_range_values_are_refused(name: str, value: object, says: str) -> None:
    settings = Settings()
    with pytest.raises(ValueError, match=says):
        setattr(settings, name, value)


def test_a_missing_data_folder_is_made(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "new" / "folder" / "settings.ini")
    settings.weekly_goal = 4
    assert Settings(tmp_path / "new" / "folder" / "settings.ini").weekly_goal == 4
    assert settings.ok()


def test_the_reminder_is_off_at_six_every_day_until_set(data_dir: Path) -> None:
    from datetime import time

    from footwork.services.reminders import EVERY_DAY, Schedule

    assert Settings().reminder == Schedule(False, time(18, 0), EVERY_DAY)
    Settings().reminder = Schedule(True, time(7, 45), frozenset({0, 2, 4}))
    assert Settings().reminder == Schedule(True, time(7, 45), frozenset({0, 2, 4}))
    Settings().reminder = Schedule(True, time(7, 45), frozenset())
    assert Settings().reminder.days == frozenset()


def test_a_damaged_reminder_entry_reads_as_the_default(data_dir: Path) -> None:
    from datetime import time

    (data_dir / "settings.ini").write_text(
        "[reminders]\non=true\ntime=25:99\ndays=1,9,x\n")
    reminder = Settings().reminder
    assert reminder.on
    assert reminder.at == time(18, 0)
    assert len(reminder.days) == 7
