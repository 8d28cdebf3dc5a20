"""Line numbers of keys in a routine file, for messages that say where a problem is."""

from __future__ import annotations

from footwork.routine.locate import KeyLocator

TEXT = """\
format = 1
id = "mine"

[[exercises]]
id = "roll"
  "name" = "Roll"

[[exercises]]
id = 'spread'
'hold' = 5

[meta]
author = "me"
"""


def test_a_top_level_key_and_a_key_of_each_exercise_table() -> None:
    where = KeyLocator(TEXT)
    assert where.line("id") == 2
    assert where.line("id", ("exercises", 0)) == 5
    assert where.line("name", ("exercises", 0)) == 6  # quoted, indented
    assert where.line("id", ("exercises", 1)) == 9
    assert where.line("hold", ("exercises", 1)) == 10
    assert where.line("author", ("meta", None)) == 13


def test_a_missing_key_points_at_its_table_or_the_first_line() -> None:
    where = KeyLocator(TEXT)
    assert where.line("kind", ("exercises", 1)) == 8
    assert where.line("name") == 1
    assert where.line(None, ("exercises", 0)) == 4
    assert where.line("id", ("exercises", 5)) == 1
