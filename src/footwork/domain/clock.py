"""Seconds as a clock shows them, with no Qt: the command line and the pages share it."""

from __future__ import annotations

import math


def _whole(seconds: float, round_up: bool) -> int:
    return max(0, math.ceil(seconds - 1e-6)) if round_up else round(seconds)


def minutes_seconds(seconds: float, *, round_up: bool = False) -> str:
    """``"1:05"`` for 65 s, ``"0:45"`` for 45 s: whole seconds, rounded to the nearest (or up,
    for a countdown that shows 1 while any part of a second is left)."""
    whole = _whole(seconds, round_up)
    return f"{whole // 60}:{whole % 60:02d}"


def seconds_left(seconds: float) -> int:
    """The whole seconds a countdown shows: rounded up, so 0.2 s left still shows 1; never
    below 0."""
    return _whole(seconds, round_up=True)


def countdown(seconds: float) -> str:
    """Seconds left as a countdown shows them (:func:`seconds_left`): bare seconds below a
    minute (``"45"``), minutes and seconds from one (``"1:00"``)."""
    whole = seconds_left(seconds)
    return minutes_seconds(whole) if whole >= 60 else str(whole)
