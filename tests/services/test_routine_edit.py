"""A routine being edited: the loader's checks on the right field, saving, built-ins kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from footwork import paths
from footwork.domain import ExerciseKind
from footwork.routine.library import discover
from footwork.routine.loader import load
from footwork.routine.problems import RoutineError
from footwork.services.routine_edit import RoutineDraft, exercise_library
from tests.routine.test_writer import HAND_WRITTEN


def entry_of(routine_id: str):
    entries = discover()
    return next(e for e in entries if e.routine and e.routine.id == routine_id), entries


@pytest.mark.parametrize("path", sorted(paths.builtin_routines_dir().glob("*.toml")),
                         ids=lambda p: p.stem)
def test_every_built_in_saved_under_a_new_id_loads_back_equal(path: Path) -> None:
    entry, entries = entry_of(path.stem)
    before = path.read_bytes()
    draft = RoutineDraft.open(entry, entries)
    assert draft.get("id") == f"{path.stem}-copy"
    saved = draft.save()
    assert saved == paths.user_routines_dir() / f"{path.stem}-copy.toml"
    again = load(saved)
    assert replace(again, id=entry.routine.id) == entry.routine
    assert path.read_bytes() == before  # the built-in file is never written


def test_a_hand_written_file_keeps_its_comments_through_an_edit() -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "morning.toml").write_text(HAND_WRITTEN)
    entry, entries = entry_of("morning")
    draft = RoutineDraft.open(entry, entries)
    draft.set_field(1, "reps", 12)
    draft.move(1, 0)
    assert draft.dirty
    assert draft.save() == folder / "morning.toml"
    text = (folder / "morning.toml").read_text()
    assert "# My morning feet, written by hand." in text
    assert "seconds = 40   # a bit less than the book" in text
    assert [ex.id for ex in load(folder / "morning.toml").exercises] == ["spread", "roll"]
    assert not draft.dirty


def test_problems_are_the_loaders_and_land_on_their_field() -> None:
    draft = RoutineDraft.new()
    routine, problems, _ = draft.check()
    assert routine is None
    assert [(p.exercise, p.key) for p in problems] == [(None, "exercises")]
    draft.add_blank(ExerciseKind.TIMED)
    draft.add_blank(ExerciseKind.HOLD)
    assert draft.check().routine is not None
    draft.set_field(1, "hold", 0)
    draft.set("name", "")
    draft.set("id", "Bad Id")
    problems = draft.check().problems
    found = {(p.exercise, p.key): p.message for p in problems}
    assert found == {(None, "name"): "must not be empty",
                     (None, "id"): "must be lowercase letters, digits and single hyphens",
                     (1, "hold"): "must be greater than zero"}
    with pytest.raises(RoutineError):
        draft.save()
    assert not paths.user_routines_dir().exists()


def test_a_duplicate_exercise_id_is_placed_on_the_second_one() -> None:
    draft = RoutineDraft.new()
    draft.add_blank(ExerciseKind.TIMED)
    draft.add_blank(ExerciseKind.REPS)
    draft.add_blank(ExerciseKind.CHECK)
    draft.set_field(2, "id", draft.exercise(0)["id"])
    problems = draft.check().problems
    assert [(p.exercise, p.key) for p in problems] == [(2, "id")]
    assert "duplicate exercise id" in problems[0].message


def test_an_id_already_used_blocks_saving() -> None:
    draft = RoutineDraft.new(discover())
    draft.add_blank(ExerciseKind.TIMED)
    draft.set("id", "foot-strength")
    checked = draft.check()
    assert [(p.exercise, p.key) for p in checked.problems] == [(None, "id")]
    assert "already used by" in checked.problems[0].message
    assert checked.routine is None
    assert checked.shareable
    with pytest.raises(RoutineError):
        draft.save()
    draft.set("name", "")
    assert not draft.check().shareable


def test_changing_the_kind_keeps_the_common_fields_and_drops_the_others() -> None:
    draft = RoutineDraft.new()
    draft.add_blank(ExerciseKind.HOLD)
    draft.set_field(0, "sets", 2)
    draft.set_kind(0, ExerciseKind.SEQUENCE)
    table = draft.exercise(0)
    assert table["sets"] == 2
    assert "hold" not in table
    assert "reps" not in table
    assert table["items"][0] == "A"
    assert draft.check().routine is not None


def test_the_library_has_every_built_in_exercise_once() -> None:
    entries = discover()
    library = exercise_library(entries)
    ids = [ex.id for ex in library]
    assert len(ids) == len(set(ids))
    every = {ex.id for e in entries if e.routine for ex in e.routine.exercises}
    assert set(ids) == every
    draft = RoutineDraft.new(entries)
    first = draft.add_copy(library[0])
    second = draft.add_copy(library[0])
    assert draft.exercise(first)["id"] == library[0].id
    assert draft.exercise(second)["id"] == f"{library[0].id}-2"
    routine = draft.check().routine
    assert routine is not None
    assert replace(routine.exercises[0]) == library[0]


def test_save_as_writes_a_file_to_share_and_keeps_the_draft_on_its_own() -> None:
    entry, entries = entry_of("marbles")
    draft = RoutineDraft.open(entry, entries)
    out = paths.data_dir() / "share" / "marbles.toml"
    draft.save_as(out)
    assert load(out).exercises == entry.routine.exercises
    assert draft.source is None
    assert draft.target().name == "marbles-copy.toml"
