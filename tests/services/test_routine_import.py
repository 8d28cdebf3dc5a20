"""Importing a shared routine: checked first, copied whole, a taken id only replaced on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork import paths
from footwork.routine.library import discover
from footwork.routine.problems import RoutineError
from footwork.services.routine_import import IdTaken, import_routine, inspect
from tests.routine.test_writer import HAND_WRITTEN


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "from-a-friend.toml"
    path.write_text(HAND_WRITTEN)
    return path


def test_a_good_file_is_copied_whole_under_its_id(shared: Path) -> None:
    check = inspect(shared)
    assert check.taken_by is None
    target = import_routine(check)
    assert target == paths.user_routines_dir() / "morning.toml"
    assert target.read_bytes() == shared.read_bytes()  # comments and all
    assert any(e.routine and e.routine.id == "morning" for e in discover())


def test_a_taken_id_is_refused_unless_replaced(shared: Path) -> None:
    import_routine(inspect(shared))
    shared.write_text(HAND_WRITTEN.replace("Morning feet", "Better morning"))
    check = inspect(shared)
    assert check.taken_by is not None
    assert not check.built_in
    with pytest.raises(IdTaken, match="already used by"):
        import_routine(check)
    import_routine(check, replace=True)
    names = [e.routine.name for e in discover() if e.routine and e.routine.id == "morning"]
    assert names == ["Better morning"]


def test_a_replaced_routine_under_another_file_name_leaves_no_twin(shared: Path) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "old-name.toml").write_text(HAND_WRITTEN)
    import_routine(inspect(shared), replace=True)
    assert sorted(p.name for p in folder.iterdir()) == ["morning.toml"]


def test_a_built_in_id_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(HAND_WRITTEN.replace('id = "morning"', 'id = "foot-strength"'))
    check = inspect(path)
    assert check.built_in
    with pytest.raises(IdTaken, match="built-in"):
        import_routine(check, replace=True)
    assert not paths.user_routines_dir().exists()


def test_a_bad_file_raises_every_problem_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(HAND_WRITTEN.replace("reps = 8", "reps = 0"))
    with pytest.raises(RoutineError) as caught:
        inspect(path)
    assert str(caught.value) == f"{path}:19: exercises[spread].reps: must be greater than zero"
    assert not paths.user_routines_dir().exists()
