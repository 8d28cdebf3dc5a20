"""Texts the History page shows: dates in the locale, statuses, sides, names of routines.

Stored values are ids (``"partial"``, ``"left"``, ``"toe-spread"``); these functions turn
them into the runner's language when shown, and never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from footwork.domain import SessionStatus, Side
from footwork.routine.library import Entry
from footwork.routine.model import Routine
from footwork.ui import colours
from footwork.ui.texts import routine_text

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")

TRIPOD_ANSWERS = ("outside", "middle", "inside")  # the tripod check's choice ids


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date) -> str:
    """``day`` in the locale's short format (``11/24/26``, ``24.11.26``...)."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def time_text(moment: datetime) -> str:
    """The clock time of ``moment`` (as it was on the runner's clock) in the locale's format."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The locale's first day of the week as 0 = Monday ... 6 = Sunday (as adherence wants)."""
    return QLocale().firstDayOfWeek().value - 1


def status_text(status: SessionStatus) -> str:
    texts = {
        SessionStatus.COMPLETED: translate("HistoryTexts", "Completed"),
        SessionStatus.PARTIAL: translate("HistoryTexts", "Stopped early"),
        SessionStatus.INTERRUPTED: translate("HistoryTexts", "Interrupted"),
        SessionStatus.RUNNING: translate("HistoryTexts", "In progress"),
    }
    return texts[status]


def side_text(side: Side | None) -> str:
    if side == Side.LEFT:
        return translate("HistoryTexts", "Left")
    if side == Side.RIGHT:
        return translate("HistoryTexts", "Right")
    return translate("HistoryTexts", "Both")


def side_key(sides: list[Side | None]) -> str:
    """Rich text naming each side in its colour: "● Left  ● Right", the charts' legend."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f"<span style='color:{colours.SIDES[side]};'>&#9679;</span>&nbsp;{side_text(side)}"
        for side in sides)


def answer_text(answer: str) -> str:
    """A check's answer id as shown (built-in choices such as "middle" are translated)."""
    return routine_text(answer)


def _readable(identifier: str) -> str:
    return identifier.replace("-", " ").replace("_", " ").capitalize()


@dataclass(frozen=True)
class Names:
    """Names of routines and exercises by id, from the routine files (translated when shown).

    A routine file deleted since is still named by the snapshot a session kept of it
    (:meth:`adding`); an id known nowhere is shown as readable words.
    """

    routines: dict[str, str] = field(default_factory=dict)
    exercises: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Names:
        routines: dict[str, str] = {}
        exercises: dict[str, str] = {}
        for entry in entries:
            if entry.routine is None:
                continue
            routines.setdefault(entry.routine.id, entry.routine.name)
            for ex in entry.routine.exercises:
                exercises.setdefault(ex.id, ex.name)
        return cls(routines, exercises)

    def adding(self, routines: Iterable[Routine]) -> Names:
        """These names, plus those of ``routines`` for ids they do not know."""
        names = Names(dict(self.routines), dict(self.exercises))
        for routine in routines:
            names.routines.setdefault(routine.id, routine.name)
            for ex in routine.exercises:
                names.exercises.setdefault(ex.id, ex.name)
        return names

    def routine(self, routine_id: str) -> str:
        name = self.routines.get(routine_id)
        return routine_text(name) if name else _readable(routine_id)

    def exercise(self, exercise_id: str) -> str:
        name = self.exercises.get(exercise_id)
        return routine_text(name) if name else _readable(exercise_id)
