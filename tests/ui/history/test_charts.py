"""Trend and tripod charts: what they plot is what the runner achieved and answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from footwork.history.adherence import week_start
from footwork.history.store import Store
from footwork.ui.history.date_axis import DateAxis
from footwork.ui.history.page import HistoryPage
from footwork.ui.history.texts import Names
from footwork.ui.history.trend_chart import TrendChart
from footwork.ui.history.tripod_chart import OFFSETS
from tests.history.factories import exercise
from tests.ui.history.conftest import DAYS, TODAY
from tests.ui.history.helpers import TRIPOD_ANSWERS, workout, workouts

Opener = Callable[[Store], HistoryPage]


def test_an_open_ended_exercise_trends_by_its_best_bout_per_session(
        open_page: Opener, filled: Store) -> None:
    page = open_page(filled)
    trend = page.trend
    assert trend.isVisible()
    assert trend.current_exercise() == "single-leg-balance"  # balance first, as the seed asks
    assert trend.exercises.currentText() == "Single-leg balance"
    x, y = trend.curves["left"].getData()
    assert [date.fromordinal(int(v)) for v in x] == DAYS
    # bouts (15 + n/2, 30 + n): the best one, not the total time of 45 + 1.5 n
    assert list(y) == [30.0 + n for n in range(20)]
    assert list(trend.curves["right"].getData()[1]) == [25.0 + n for n in range(20)]
    assert trend.plot.getPlotItem().getAxis("left").labelText == "Best bout (s)"


def test_choosing_another_exercise_plots_its_count(open_page: Opener, filled: Store) -> None:
    page = open_page(filled)
    trend = page.trend
    names = [trend.exercises.itemText(i) for i in range(trend.exercises.count())]
    assert names == ["Toe spread", "Single-leg balance"]  # routine order; no check
    trend.exercises.setCurrentIndex(0)
    assert trend.current_exercise() == "toe-spread"
    assert list(trend.curves["left"].getData()[1]) == [10.0 - n % 2 for n in range(20)]
    assert trend.plot.getPlotItem().getAxis("left").labelText == "Holds"


def test_the_choice_of_exercise_survives_a_refresh(open_page: Opener, filled: Store) -> None:
    page = open_page(filled)
    page.trend.exercises.setCurrentIndex(0)
    workout(filled, DAYS[-1] + timedelta(days=1), 20)
    page.refresh()
    assert page.trend.current_exercise() == "toe-spread"
    assert len(page.trend.curves["left"].getData()[1]) == 21


def test_tripod_answers_are_plotted_per_foot(open_page: Opener, filled: Store) -> None:
    page = open_page(filled)
    tripod = page.tripod
    assert tripod.isVisible()
    assert tripod.has_answers()
    for side, column in (("left", 0), ("right", 1)):
        expected = [(day.toordinal(), TRIPOD_ANSWERS[n % 3][column])
                    for n, day in enumerate(DAYS)]
        assert tripod.points[side] == expected
    ticks = tripod.plot.getPlotItem().getAxis("left")._tickLevels
    assert ticks == [[(0, "outside"), (1, "middle"), (2, "inside")]]
    # drawn as dots on their rows, the left foot a little above, the right a little below
    _, y = tripod.curves["left"].getData()
    rows = {"outside": 0, "middle": 1, "inside": 2}
    assert list(y[::2]) == pytest.approx(
        [rows[a] + OFFSETS["left"] for _, a in tripod.points["left"]])


def test_the_tripod_chart_hides_until_a_tripod_check_is_done(open_page: Opener,
                                                              store: Store) -> None:
    started = datetime(2026, 6, 16, 7, 0, tzinfo=UTC)
    session = store.begin_session("ball-roll", "h", started)
    store.record(session, exercise(0, "ball-roll", "timed", count=1, seconds=45.0,
                                   bouts=(45.0,)))
    store.finish_session(session, "completed", started + timedelta(minutes=2))
    page = open_page(store)
    assert page.trend.isVisible()
    assert page.trend.current_exercise() == "ball-roll"
    assert not page.tripod.isVisible()  # no tripod check done yet


def test_the_date_axis_labels_days_in_the_locale(locale: Callable[[str], None]) -> None:
    axis = DateAxis(first_weekday=0)
    monday = date(2026, 6, 15).toordinal()
    assert axis.tickStrings([monday], 1.0, 7.0) == ["15/06/2026"]
    [(step, values)] = axis.tickValues(monday - 30, monday + 30, 600)
    assert step == 14
    assert all(date.fromordinal(int(v)).weekday() == 0 for v in values)  # on Mondays
    sunday_first = DateAxis(first_weekday=6)
    [(_, values)] = sunday_first.tickValues(monday - 30, monday + 30, 600)
    assert all(date.fromordinal(int(v)).weekday() == 6 for v in values)
    [(step, _)] = axis.tickValues(monday - 3650, monday, 600)
    assert step == 728
    assert axis.tickValues(5.0, 5.0, 600) == []


def test_a_trend_chart_with_no_exercises_stays_quiet(qtbot: QtBot) -> None:
    chart = TrendChart(Names())
    qtbot.addWidget(chart)
    with qtbot.assertNotEmitted(chart.exerciseChosen):
        chart.set_exercises([("tripod-check", "check")])
    assert chart.current_exercise() is None
    assert chart.exercises.count() == 0


def test_a_long_history_opens_on_recent_weeks_and_reads_older_ones_when_dragged_back(
        open_page: Opener, store: Store) -> None:
    days = [TODAY - timedelta(days=10 * k) for k in range(30, 0, -1)]  # 300 to 10 days ago
    workouts(store, days)
    page = open_page(store)
    since = page.charts.loaded_since
    assert since is not None
    assert days[0] < since
    low, high = page.weeks.plot.getViewBox().viewRange()[0]
    assert since.toordinal() < low
    assert high > TODAY.toordinal()
    recent = [d for d in days if d >= since]
    x, _ = page.trend.curves["left"].getData()
    assert [date.fromordinal(int(v)) for v in x] == recent
    assert len(page.tripod.points["left"]) == len(recent)

    page.weeks.plot.setXRange(days[0].toordinal(), TODAY.toordinal())  # drag or zoom back
    assert page.charts.loaded_since is None
    x, y = page.trend.curves["left"].getData()
    assert [date.fromordinal(int(v)) for v in x] == days
    assert list(y) == [30.0 + n for n in range(30)]
    assert len(page.tripod.points["left"]) == 30
    assert page.weeks.weeks[0].start == week_start(days[0])  # bars cover it all from the start
