"""Built-in and user routines load side by side; one bad file never stops the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork import paths
from footwork.routine.library import BUILT_IN, USER, discover, resolve
from footwork.routine.problems import RoutineError

SEED_ORDER = [
    "tripod-check", "ball-roll", "toe-spread", "calf-drops", "plantar-stretch", "toe-lifts",
    "toe-spelling", "towel-curls", "heel-walks", "toe-walks", "single-leg-balance",
    "calf-stretch",
]


def test_builtin_routines_all_load() -> None:
    entries = discover()
    assert {e.routine.id for e in entries if e.routine} >= {
        "foot-strength", "ball-roll", "marbles", "quick-mobility"}
    assert not [e for e in entries if e.problems]
    assert all(e.origin == BUILT_IN for e in entries)


def test_foot_strength_has_the_seed_exercises_in_order() -> None:
    routine = resolve("foot-strength")
    assert [e.id for e in routine.exercises] == SEED_ORDER
    assert all(e.instructions.strip() for e in routine.exercises)


def test_a_broken_user_file_is_listed_with_its_problems_and_the_rest_load() -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("format = 1\nid = 'broken'\nname = [\n")
    (folder / "mine.toml").write_text(
        "format = 1\nid = 'mine'\nname = 'Mine'\n[[exercises]]\n"
        "id = 'roll'\nname = 'Roll'\nkind = 'timed'\nseconds = 30\n")
    entries = discover()
    mine = [e for e in entries if e.origin == USER]
    assert [e.path.name for e in mine] == ["broken.toml", "mine.toml"]
    assert mine[0].routine is None
    assert str(mine[0].problems[0]).startswith(
        f"{folder / 'broken.toml'}:3: syntax:")
    assert mine[1].routine is not None
    assert resolve("mine").exercises[0].seconds == 30
    assert resolve("foot-strength").id == "foot-strength"


def test_a_user_file_reusing_a_builtin_id_is_refused() -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "copy.toml").write_bytes((paths.builtin_routines_dir() / "ball-roll.toml")
                                       .read_bytes())
    (entry,) = [e for e in discover() if e.origin == USER]
    assert entry.routine is None
    assert 'id "ball-roll" is already used by' in str(entry.problems[0])


def test_resolve_by_path(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes((paths.builtin_routines_dir() / "marbles.toml").read_bytes())
    assert resolve(str(path)).id == "marbles"


def test_resolve_unknown_id_names_the_known_ones() -> None:
    with pytest.raises(RoutineError) as info:
        resolve("yoga")
    assert str(info.value).startswith("yoga:1: routine: no routine with this id (known: ")
    assert "foot-strength" in str(info.value)
