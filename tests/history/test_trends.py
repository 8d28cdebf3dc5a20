"""Per-exercise trends and the tripod test's answers over time."""

from __future__ import annotations

from datetime import date, time, timedelta

from footwork.history.rows import History
from footwork.history.trends import answer_counts, answers, trends

from .factories import result, session

D1, D2, D3 = date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)


def test_timed_exercises_trend_by_their_best_bout_per_side() -> None:
    sessions = (session(1, D1), session(2, D2))
    results = (
        result(1, 9, "single-leg-balance", "timed", "left", bouts=(31.0,), seconds=31.0),
        result(1, 9, "single-leg-balance", "timed", "right", bouts=(27.5,), seconds=27.5),
        result(2, 9, "single-leg-balance", "timed", "left", bouts=(44.0,), seconds=44.0),
        result(2, 9, "single-leg-balance", "timed", "right", skipped=True),
        result(1, 8, "heel-walks", "timed", None, bouts=(60.0, 48.0, 40.5), seconds=148.5),
        result(2, 8, "heel-walks", "timed", None, bouts=(52.0, 60.0, 55.0), seconds=167.0),
    )
    found = {(t.exercise_id, t.side): t for t in trends(History(sessions, results, {}))}
    left = found[("single-leg-balance", "left")]
    assert left.metric == "seconds"
    assert [(p.day, p.value) for p in left.points] == [(D1, 31.0), (D2, 44.0)]
    assert left.best == 44.0
    assert [p.value for p in found[("single-leg-balance", "right")].points] == [27.5]
    assert [p.value for p in found[("heel-walks", None)].points] == [60.0, 60.0]


def test_counted_exercises_trend_by_their_count() -> None:
    sessions = (session(1, D1), session(2, D2), session(3, D3))
    results = (result(1, 3, "calf-drops", "reps", count=10),
               result(2, 3, "calf-drops", "reps", count=11),
               result(3, 3, "calf-drops", "reps", count=12))
    (trend,) = trends(History(sessions, results, {}))
    assert trend.metric == "count"
    assert [p.value for p in trend.points] == [10, 11, 12]


def test_points_follow_the_start_time_not_the_record_order() -> None:
    early = session(2, D1, at=time(6, 0))
    late = session(1, D1, at=time(19, 0))
    results = (result(1, count=12), result(2, count=8))
    (trend,) = trends(History((late, early), results, {}))
    assert [p.session_id for p in trend.points] == [2, 1]


def test_tripod_answers_per_foot_over_time() -> None:
    days = [D1 + timedelta(days=i) for i in range(4)]
    sessions = tuple(session(i, d) for i, d in enumerate(days))
    given = [("outside", "middle"), ("outside", "middle"), ("middle", "middle"),
             ("middle", "inside")]
    results = tuple(
        result(i, 0, "tripod-check", "check", side, answer=answer, count=1)
        for i, pair in enumerate(given)
        for side, answer in zip(("left", "right"), pair, strict=True))
    history = History(sessions, (*results, result(0, 1, "toe-spread")), {})
    found = answers(history, "tripod-check")
    assert set(found) == {("tripod-check", "left"), ("tripod-check", "right")}
    assert [(p.day, p.answer) for p in found[("tripod-check", "left")]] == [
        (days[0], "outside"), (days[1], "outside"), (days[2], "middle"), (days[3], "middle")]
    assert answer_counts(found[("tripod-check", "right")]) == {"middle": 3, "inside": 1}
    assert all(t.exercise_id != "tripod-check" for t in trends(history))
    assert answers(history, "something-else") == {}
