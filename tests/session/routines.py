"""Small routines for engine tests, built from TOML text like a user's file."""

from __future__ import annotations

from pathlib import Path

from footwork.routine.loader import parse
from footwork.routine.model import Routine

SMALL = """\
format = 1
id = "small"
name = "Small"
prepare = 4
switch = 3

[[exercises]]
id = "check"
name = "Check"
kind = "check"
sides = "each-foot"
question = "Where?"
choices = ["outside", "middle", "inside"]

[[exercises]]
id = "spread"
name = "Spread"
kind = "hold"
sides = "each-foot"
hold = 5
reps = 3
release = 2

[[exercises]]
id = "curls"
name = "Curls"
kind = "reps"
sets = 2
rest = 10
reps = 3
tempo = [1, 0, 1]

[[exercises]]
id = "walk"
name = "Walk"
kind = "timed"
seconds = 60
open_ended = true

[[exercises]]
id = "spell"
name = "Spell"
kind = "sequence"
items = ["A", "B", "C"]
seconds_per_item = 2

[[exercises]]
id = "marbles"
name = "Marbles"
kind = "reps"
reps = 3
pace = "self"
"""


# 4 s holds: the countdown's first tick is due while "last one" may still sound
SHORT_HOLDS = """\
format = 1
id = "short-holds"
name = "Short holds"

[[exercises]]
id = "toe-spread"
name = "Toe spread"
kind = "hold"
hold = 4
reps = 3
"""


def small() -> Routine:
    return parse(SMALL.encode(), Path("small.toml"))
