"""Seconds as the clocks of the command line and the pages show them."""

from __future__ import annotations

from footwork.domain import countdown, minutes_seconds, seconds_left


def test_digits_round_up_and_show_minutes_past_a_minute() -> None:
    assert [countdown(s) for s in (0.0, 0.2, 1.0, 4.01, 59.5, 60.0, 90.0, 754.0)] == [
        "0", "1", "1", "5", "1:00", "1:00", "1:30", "12:34"]


def test_a_total_shows_minutes_and_seconds_rounded_to_the_nearest() -> None:
    assert [minutes_seconds(s) for s in (0.0, 0.4, 44.6, 59.4, 65.0, 754.0, 3600.0)] == [
        "0:00", "0:00", "0:45", "0:59", "1:05", "12:34", "60:00"]


def test_seconds_left_are_what_the_countdown_shows() -> None:
    assert [seconds_left(s) for s in (0.2, 3.5, 20.0, 20.0000001, -3.0)] == [1, 4, 20, 20, 0]
    assert countdown(3.5) == str(seconds_left(3.5))
