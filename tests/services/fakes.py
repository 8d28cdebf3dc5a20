"""Settings kept in memory: what the services need, without QSettings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from footwork.services.reminders import Schedule


@dataclass
class MemorySettings:
    weekly_goal: int = 5
    program_start: date | None = None
    program_weeks: int = 6
    voice_on: bool = True
    tones_on: bool = True
    volume: float = 1.0
    audio_backend: str = "auto"
    last_routine: str = ""
    language: str = ""
    reminder: Schedule = field(default_factory=Schedule)
