"""What the app needs from the runner's settings, whatever keeps them.

The file behind them (``settings.ini`` through QSettings) lives in ``footwork.ui``; services
and tests only see this protocol. Getters always return a valid value; setters of a value out
of range raise ``ValueError``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from footwork.services.reminders import Schedule

GOAL_RANGE = (1, 14)  # sessions a week: up to two a day
DEFAULT_PROGRAM_WEEKS = 6
DEFAULT_VOLUME = 1.0  # linear, as CuePlayer.set_volume takes it
AUTO_BACKEND = "auto"  # the first backend that can play (footwork.audio.choose uses it)


class ProgramSettings(Protocol):
    """The weekly goal and the program's start and length (edited on History)."""

    weekly_goal: int
    program_start: date | None
    program_weeks: int


class SettingsModel(ProgramSettings, Protocol):
    """Every setting: the program's, the sound's, the language and the last routine."""

    voice_on: bool
    tones_on: bool
    volume: float
    audio_backend: str
    last_routine: str
    language: str  # a locale name ("de", "pt_BR"); "" follows the system
    reminder: Schedule  # the workout reminder: on or off, its time and days
