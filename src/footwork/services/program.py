"""Where the runner is in the program, and the plan a routine makes at that level.

The week comes from the history (the day of the first counted session, or the start the
runner fixed) and the settings. Its level is where a new program starts each range (10-12
reps); from there the ranges move by what the runner did (``services.progression``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from footwork.history.adherence import program_week
from footwork.history.errors import HistoryError
from footwork.history.rows import ResultRow, SessionSummary
from footwork.routine.model import Routine
from footwork.services.progression import Proposal, proposals, recent_results, targets
from footwork.services.settings import ProgramSettings
from footwork.session.plan import Plan, compile_plan, level_for_week

Summaries = Callable[[], list[SessionSummary]]
Results = Callable[[int], list[ResultRow]]  # a session's results by its id


@dataclass(frozen=True)
class ProgramDay:
    week: int  # 1-based
    weeks: int
    level: float  # 0.0 (the bottom of each range) .. 1.0 (the top)


class Program:
    """Today's week and level; :meth:`refresh` reads them again (after a save or a change).

    ``results`` reads a session's results, for the progression's proposals.
    """

    def __init__(
        self,
        settings: ProgramSettings,
        summaries: Summaries | None,
        today: Callable[[], date] = date.today,
        results: Results | None = None,
    ) -> None:
        self._settings, self._summaries, self._today = settings, summaries, today
        self._results = results
        self.day = ProgramDay(1, settings.program_weeks, 0.0)
        self.refresh()

    @property
    def level(self) -> float:
        return self.day.level

    def refresh(self) -> ProgramDay:
        weeks = self._settings.program_weeks
        if self._summaries is None:
            week = 1
        else:
            try:
                summaries = self._summaries()
            except HistoryError:
                summaries = []
            week = program_week(
                summaries, self._today(), start=self._settings.program_start, weeks=weeks
            )
        self.day = ProgramDay(week, weeks, level_for_week(week, weeks))
        return self.day

    def proposals(self, routine: Routine) -> list[Proposal]:
        """What each ranged exercise of ``routine`` plans today, and the step proposed."""
        recent: dict[str, list[list[ResultRow]]] = {}
        if self._summaries is not None and self._results is not None:
            try:
                recent = recent_results(routine, self._summaries(), self._results,
                                        since=self._settings.program_start)
            except HistoryError:
                recent = {}
        return proposals(routine, self.day.level, recent)

    def plan(self, routine: Routine, chosen: Mapping[str, float] | None = None) -> Plan:
        """``routine`` planned with the ``chosen`` numbers of its ranged exercises (see
        :meth:`proposals`); None: their current numbers, nothing proposed accepted."""
        if chosen is None:
            chosen = targets(self.proposals(routine))
        return compile_plan(routine, self.day.level, chosen)


@dataclass(frozen=True)
class ProgramChoice:
    """What the runner set on History: the weekly goal, the program's length and its start
    (None: the day of the first counted session)."""

    goal: int
    weeks: int
    start: date | None


def choose_program(settings: ProgramSettings, choice: ProgramChoice) -> None:
    """Keep ``choice`` in the settings (``ValueError`` for a goal or length out of range)."""
    settings.weekly_goal = choice.goal
    settings.program_weeks = choice.weeks
    settings.program_start = choice.start
