"""The runner's settings, typed, in ``settings.ini`` in the user's data folder.

A thin wrapper over :class:`QSettings` (INI format, so the file is readable and the README can
name it). Every getter returns a valid value: a missing, damaged or out-of-range entry gives
the default. Setters write at once (``sync``), so another :class:`Settings` sees the change.
Only ids and numbers are stored, never translated text.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from footwork import paths
from footwork.services.settings import (
    AUTO_BACKEND,
    DEFAULT_PROGRAM_WEEKS,
    DEFAULT_VOLUME,
    GOAL_RANGE,
)

if TYPE_CHECKING:
    from footwork.services.reminders import Schedule

__all__ = ["GOAL_RANGE", "Settings"]


class Settings:
    """Typed access to the settings file (default: ``settings.ini`` in the data folder); the
    QSettings adapter of :class:`footwork.services.settings.SettingsModel`."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / "settings.ini"
        # on failure QSettings keeps the values in memory; status() says the file failed
        with suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qt = QSettings(str(self.path), QSettings.Format.IniFormat)

    # ----- plumbing -----------------------------------------------------------------------------
    def _get(self, key: str) -> object:
        return self._qt.value(key)

    def _set(self, key: str, value: object) -> None:
        if value is None:
            self._qt.remove(key)
        else:
            self._qt.setValue(key, value)
        self._qt.sync()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        raw = self._get(key)
        try:
            value = int(str(raw))
        except ValueError:
            return default
        return value if low <= value <= high else default

    def _float(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(str(self._get(key)))
        except ValueError:
            return default
        return value if low <= value <= high else default

    def _bool(self, key: str, default: bool) -> bool:
        raw = self._get(key)
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        return default

    def _text(self, key: str, default: str) -> str:
        raw = self._get(key)
        return raw if isinstance(raw, str) else default

    def ok(self) -> bool:
        """Whether the file could be read and written."""
        return self._qt.status() == QSettings.Status.NoError

    # ----- history: goal and program ------------------------------------------------------------
    @property
    def weekly_goal(self) -> int:
        """Sessions a week that meet the goal (default 5)."""
        from footwork.history.adherence import DEFAULT_GOAL  # SQLite loads after the paint

        return self._int("history/weekly_goal", DEFAULT_GOAL, *GOAL_RANGE)

    @weekly_goal.setter
    def weekly_goal(self, value: int) -> None:
        if not GOAL_RANGE[0] <= value <= GOAL_RANGE[1]:
            raise ValueError(f"the weekly goal must be {GOAL_RANGE[0]} to {GOAL_RANGE[1]}")
        self._set("history/weekly_goal", int(value))

    @property
    def program_start(self) -> date | None:
        """The day the program started (None: the day of the first counted session)."""
        raw = self._get("history/program_start")
        try:
            return date.fromisoformat(str(raw)) if raw else None
        except ValueError:
            return None

    @program_start.setter
    def program_start(self, value: date | None) -> None:
        self._set("history/program_start", value.isoformat() if value else None)

    @property
    def program_weeks(self) -> int:
        """How long the program lasts: 4, 5 or 6 weeks (default 6)."""
        from footwork.history.adherence import PROGRAM_WEEKS  # SQLite loads after the paint

        value = self._int("history/program_weeks", DEFAULT_PROGRAM_WEEKS, 0, 99)
        return value if value in PROGRAM_WEEKS else DEFAULT_PROGRAM_WEEKS

    @program_weeks.setter
    def program_weeks(self, value: int) -> None:
        from footwork.history.adherence import PROGRAM_WEEKS

        if value not in PROGRAM_WEEKS:
            raise ValueError(f"the program lasts 4 to 6 weeks, got {value}")
        self._set("history/program_weeks", int(value))

    # ----- audio and language -------------------------------------------------------------------
    @property
    def voice_on(self) -> bool:
        """Spoken cues (default on)."""
        return self._bool("audio/voice_on", True)

    @voice_on.setter
    def voice_on(self, value: bool) -> None:
        self._set("audio/voice_on", bool(value))

    @property
    def tones_on(self) -> bool:
        """Beeps and tones (default on)."""
        return self._bool("audio/tones_on", True)

    @tones_on.setter
    def tones_on(self, value: bool) -> None:
        self._set("audio/tones_on", bool(value))

    @property
    def volume(self) -> float:
        """Cue volume from 0.0 (mute) to 1.0 (the clips as recorded; the default)."""
        return self._float("audio/volume", DEFAULT_VOLUME, 0.0, 1.0)

    @volume.setter
    def volume(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"the volume is 0.0 to 1.0, got {value}")
        self._set("audio/volume", float(value))

    @property
    def audio_backend(self) -> str:
        """The preferred audio backend id (``footwork.audio.choose.BACKENDS``) or "auto"."""
        value = self._text("audio/backend", AUTO_BACKEND).strip()
        return value or AUTO_BACKEND

    @audio_backend.setter
    def audio_backend(self, value: str) -> None:
        if not value.strip():
            raise ValueError("the audio backend id is empty")
        self._set("audio/backend", value.strip())

    @property
    def last_routine(self) -> str:
        """The id of the routine started last ("": none yet), selected on the next start."""
        return self._text("general/last_routine", "")

    @last_routine.setter
    def last_routine(self, value: str) -> None:
        self._set("general/last_routine", value or None)

    @property
    def language(self) -> str:
        """The chosen language as a locale name (``"de"``, ``"pt_BR"``); "" follows the system."""
        return self._text("general/language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("general/language", value or None)

    # ----- reminders ----------------------------------------------------------------------------
    @property
    def reminder(self) -> Schedule:
        """The workout reminder: on or off, a time of day ("18:00") and days (0 Monday...)."""
        from footwork.services.reminders import EVERY_DAY, Schedule  # after the first paint

        try:
            at = time.fromisoformat(self._text("reminders/time", ""))
        except ValueError:
            at = Schedule().at
        on = self._bool("reminders/on", False)
        raw = self._get("reminders/days")
        items = raw if isinstance(raw, list) else str(raw).split(",")
        try:
            days = EVERY_DAY if raw is None else frozenset(
                int(str(d)) for d in items if str(d).strip() not in ("", "none"))
            return Schedule(on, at.replace(second=0, microsecond=0), days)
        except ValueError:  # a damaged entry: every day
            return Schedule(on, at.replace(second=0, microsecond=0))

    @reminder.setter
    def reminder(self, value: Schedule) -> None:
        self._set("reminders/on", bool(value.on))
        self._set("reminders/time", value.at.strftime("%H:%M"))
        self._set("reminders/days", ",".join(str(d) for d in sorted(value.days)) or "none")
