"""The History page as a runner sees it: a friendly start, weekly bars against the goal,
the streak and the program, the goal settings, refreshing after a workout, export."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from footwork.history.store import Store
from footwork.ui.history.page import HistoryPage
from footwork.ui.history.weeks_chart import MET, MISSED
from footwork.ui.settings_store import Settings
from tests.ui.history.conftest import DAYS, TODAY
from tests.ui.history.helpers import workout

Opener = Callable[[Store], HistoryPage]


def bars(page: HistoryPage) -> list[tuple[date, int, str, int]]:
    """Each bar as drawn: (week start, sessions, fill colour, fill alpha)."""
    opts = page.weeks.bars.opts
    brushes = [b.color() for b in opts["brushes"]]
    return [(date.fromordinal(int(x - 3.5)), int(h), c.name(), c.alpha())
            for x, h, c in zip(opts["x"], opts["height"], brushes, strict=True)]


def test_an_empty_history_shows_a_friendly_start_not_an_empty_chart(
        open_page: Opener, store: Store) -> None:
    page = open_page(store)
    assert page.empty.isVisible()
    assert "No workouts yet" in page.empty.text()
    assert not page.content.isVisible()
    assert not page.weeks.isVisible()
    assert not page.trend.isVisible()
    assert not page.tripod.isVisible()
    assert not page.export_button.isEnabled()
    assert page.summary.program.text() == "Your 6-week program starts with your first workout"
    assert page.summary.streak.text() == ""
    assert page.goal_settings.isVisible()  # the goal can be set before the first workout


def test_weekly_bars_colour_met_and_missed_weeks_and_show_the_goal(
        open_page: Opener, filled: Store) -> None:
    page = open_page(filled)
    assert not page.empty.isVisible()
    assert page.weeks.isVisible()
    light = 90
    assert bars(page) == [
        (date(2026, 5, 18), 5, MET, 255),
        (date(2026, 5, 25), 6, MET, 255),
        (date(2026, 6, 1), 2, MISSED, 255),
        (date(2026, 6, 8), 5, MET, 255),
        (date(2026, 6, 15), 2, MET, light),  # this week: still in progress, lighter
    ]
    assert QColor(MET) != QColor(MISSED)
    pens = page.weeks.bars.opts["pens"]
    assert pens[-1].style() == Qt.PenStyle.DashLine
    assert pens[0].style() == Qt.PenStyle.SolidLine
    assert page.weeks.goal_line.value() == 5
    assert page.weeks.goal_line.angle == 0
    assert page.summary.streak.text() == "Current streak: 1 week · Longest: 2"
    assert page.summary.program.text() == "Week 5 of 6"
    assert page.summary.this_week.text() == "This week: 2 of 5"
    assert page.summary.completion.text() == "25% of planned exercises done"  # 3 of 12 each time


def test_weeks_start_on_the_locales_first_day(open_page: Opener, filled: Store,
                                             locale: Callable[[str], None]) -> None:
    locale("en_US")  # weeks start on Sunday
    page = open_page(filled)
    assert [b[0] for b in bars(page)] == [
        date(2026, 5, 17), date(2026, 5, 24), date(2026, 5, 31), date(2026, 6, 7),
        date(2026, 6, 14)]


def test_changing_the_goal_persists_and_redraws_the_bars(
        open_page: Opener, filled: Store, settings: Settings) -> None:
    page = open_page(filled)
    page.goal_settings.goal.setValue(6)
    assert Settings().weekly_goal == 6  # a new Settings reads the file
    assert page.weeks.goal_line.value() == 6
    assert [(b[1], b[2]) for b in bars(page)][:4] == [
        (5, MISSED), (6, MET), (2, MISSED), (5, MISSED)]
    assert page.summary.streak.text() == "Current streak: 0 weeks · Longest: 1"
    assert page.summary.this_week.text() == "This week: 2 of 6"


def test_program_length_and_start_persist_and_update_the_text(
        open_page: Opener, filled: Store, qtbot: QtBot) -> None:
    page = open_page(filled)
    page.goal_settings.weeks.setValue(4)
    assert Settings().program_weeks == 4
    assert page.summary.program.text() == "Program done: all 4 weeks"
    qtbot.mouseClick(page.goal_settings.fixed_start, Qt.MouseButton.LeftButton)
    page.goal_settings.start.setDate(date(2026, 6, 8))
    assert Settings().program_start == date(2026, 6, 8)
    assert page.summary.program.text() == "Week 2 of 4"
    page.goal_settings.start.setDate(date(2026, 7, 1))
    assert page.summary.program.text() == "Your 4-week program starts on 01/07/2026"
    page.goal_settings.fixed_start.setChecked(False)
    assert Settings().program_start is None
    assert page.summary.program.text() == "Program done: all 4 weeks"  # from the first workout


def test_the_page_opens_with_the_settings_saved_before(
        open_page: Opener, filled: Store, settings: Settings) -> None:
    settings.weekly_goal = 2
    settings.program_weeks = 5
    page = open_page(filled)
    assert page.goal_settings.goal.value() == 2
    assert page.goal_settings.weeks.value() == 5
    assert page.weeks.goal_line.value() == 2
    assert [b[2] for b in bars(page)] == [MET] * 5  # this week met the goal already
    assert page.summary.streak.text() == "Current streak: 5 weeks · Longest: 5"
    assert page.summary.program.text() == "Week 5 of 5"


def test_refresh_shows_a_workout_saved_meanwhile(open_page: Opener, store: Store) -> None:
    page = open_page(store)
    assert page.empty.isVisible()
    workout(store, TODAY)
    page.refresh()
    assert not page.empty.isVisible()
    assert page.content.isVisible()
    assert bars(page) == [(date(2026, 6, 15), 1, MET, 90)]
    assert page.sessions.model.rowCount() == 1
    assert page.summary.program.text() == "Week 1 of 6"
    for n in range(1, 8):  # a busy week: the bar grows past the goal and still fits
        workout(store, date(2026, 6, 8) + timedelta(days=n % 7), n)
    page.refresh()
    assert bars(page)[0][:3] == (date(2026, 6, 8), 7, MET)
    assert page.weeks.plot.getViewBox().viewRange()[1][1] > 7


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_export_writes_the_chosen_file(open_page: Opener, filled: Store, qtbot: QtBot,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       suffix: str) -> None:
    target = tmp_path / "out" / f"my-feet.{suffix}"
    target.parent.mkdir()
    asked = []

    def save_dialog(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(target), "CSV, for spreadsheets (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page = open_page(filled)
    with qtbot.waitSignal(page.exporter.finished, timeout=10_000) as finished:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    side_rows = 20 * 6  # 20 sessions x (tripod, toe spread, balance) x (left, right)
    assert finished.args == [str(target), side_rows if suffix == "csv" else 20]
    assert len(asked) == 1
    assert "footwork-history-2026-06-17.csv" in str(asked[0][2])
    assert "Exported to" in page.notice.text()
    assert page.export_button.isEnabled()
    with open(target, newline="", encoding="utf-8") as handle:
        if suffix == "csv":
            rows = list(csv.DictReader(handle))
            assert len(rows) == side_rows
            assert {r["exercise_id"] for r in rows} == {
                "tripod-check", "toe-spread", "single-leg-balance"}
        else:
            assert len(json.load(handle)["sessions"]) == 20
    assert not target.with_name(target.name + ".part").exists()


def test_an_export_that_cannot_be_written_says_why(open_page: Opener, filled: Store,
                                                   qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "missing-folder" / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    page = open_page(filled)
    with qtbot.waitSignal(page.exporter.failed, timeout=10_000):
        page.export()
    assert "Could not export to" in page.notice.text()
    assert "No such file or directory" in page.notice.text()
    assert page.export_button.isEnabled()
    assert not target.exists()


def test_back_to_today(open_page: Opener, store: Store, qtbot: QtBot) -> None:
    page = open_page(store)
    with qtbot.waitSignal(page.backRequested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)


def test_the_days_of_the_fixture_are_what_the_figures_say() -> None:
    assert len(DAYS) == 20
    assert DAYS[-1] < TODAY


def test_a_history_that_cannot_be_read_says_so_and_recovers(
        open_page: Opener, filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from footwork.history.errors import HistoryUnavailable

    page = open_page(filled)

    def locked() -> list:
        raise HistoryUnavailable(filled.path, "database is locked")

    monkeypatch.setattr(filled, "summaries", locked)
    page.refresh()
    assert page.notice.isVisible()
    assert "database is locked" in page.notice.text()
    assert page.sessions.model.rowCount() == 20  # what was shown stays
    monkeypatch.undo()
    page.refresh()
    assert not page.notice.isVisible()
