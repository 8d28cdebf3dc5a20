"""The routine editor driven through its widgets: every kind, problems, preview, leaving."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.cli import print_plan
from footwork.domain import ExerciseKind, Sides
from footwork.routine.library import discover, resolve
from footwork.routine.loader import load
from footwork.routine.model import Check, Hold, Reps, Sequence, Timed
from footwork.session.plan import compile_plan
from tests.ui.editor.helpers import add_blank, editor, field, problem_beside


def test_every_kind_is_edited_through_its_widgets_and_saved(qtbot: QtBot) -> None:
    page = editor(qtbot)
    form = page.exercise_form
    page.routine_form.fields["name"].edit.clear()
    qtbot.keyClicks(page.routine_form.fields["name"].edit, "Evening feet")

    add_blank(page, ExerciseKind.TIMED)
    assert form.forms[ExerciseKind.TIMED].isVisible()
    assert not form.forms[ExerciseKind.HOLD].isVisible()
    seconds = field(page, "seconds")
    seconds.low.setValue(30)
    seconds.up_to.setChecked(True)
    seconds.high.setValue(60)
    field(page, "open_ended").box.setChecked(True)
    field(page, "sides").combo.setCurrentIndex(2)  # each leg
    field(page, "name").edit.clear()
    qtbot.keyClicks(field(page, "name").edit, "Balance")

    add_blank(page, ExerciseKind.HOLD)
    assert form.forms[ExerciseKind.HOLD].isVisible()
    field(page, "hold").box.setValue(6)
    field(page, "reps").box.setValue(8)
    field(page, "release").box.setValue(2)
    field(page, "sets").box.setValue(2)
    field(page, "rest").box.setValue(15)

    add_blank(page, ExerciseKind.REPS)
    reps = field(page, "reps")
    reps.low.setValue(10)
    reps.up_to.setChecked(True)
    reps.high.setValue(12)
    for box, value in zip(field(page, "tempo").boxes, (2, 1, 3), strict=True):
        box.setValue(value)

    add_blank(page, ExerciseKind.REPS)
    field(page, "pace").combo.setCurrentIndex(1)  # self-paced
    assert not field(page, "tempo").isVisible()

    add_blank(page, ExerciseKind.SEQUENCE)
    items = field(page, "items")
    items.list.clear()
    items.add_entry("L")
    items.add_entry("R")
    field(page, "seconds_per_item").box.setValue(2)
    equipment = field(page, "equipment")
    equipment.add_entry("towel")

    add_blank(page, ExerciseKind.CHECK)
    question = field(page, "question").edit
    question.clear()
    qtbot.keyClicks(question, "Which toe leads?")
    choices = field(page, "choices")
    choices.list.item(0).setText("big")
    choices.list.item(1).setText("second")
    choices.add_entry("none")
    assert field(page, "answer_within").box.value() == 20  # the default wait
    field(page, "answer_within").box.setValue(12)

    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    routine = load(saved.args[0])
    assert routine.name == "Evening feet"
    timed, hold, paced, counted, sequence, check = routine.exercises
    assert isinstance(timed, Timed)
    assert (timed.seconds, timed.max_seconds) == (30, 60)
    assert timed.open_ended
    assert timed.sides is Sides.EACH_LEG
    assert timed.name == "Balance"
    assert isinstance(hold, Hold)
    assert (hold.hold, hold.reps, hold.release) == (6, 8, 2)
    assert (hold.sets, hold.rest) == (2, 15)
    assert isinstance(paced, Reps)
    assert (paced.reps, paced.max_reps) == (10, 12)
    assert paced.tempo == (2, 1, 3)
    assert not paced.self_paced
    assert isinstance(counted, Reps)
    assert counted.self_paced
    assert isinstance(sequence, Sequence)
    assert sequence.items == ("L", "R")
    assert sequence.seconds_per_item == 2
    assert sequence.equipment == ("towel",)
    assert isinstance(check, Check)
    assert check.question == "Which toe leads?"
    assert check.choices == ("big", "second", "none")
    assert check.answer_within == 12


def test_changing_the_kind_shows_only_that_kinds_fields(qtbot: QtBot) -> None:
    page = editor(qtbot)
    add_blank(page, ExerciseKind.HOLD)
    field(page, "kind").combo.setCurrentIndex(3)  # sequence
    form = page.exercise_form
    assert form.forms[ExerciseKind.SEQUENCE].isVisible()
    assert not form.forms[ExerciseKind.HOLD].isVisible()
    assert page.draft.exercise(0)["kind"] == "sequence"
    assert "hold" not in page.draft.exercise(0)
    assert page.save_button.isEnabled()


def test_an_invalid_value_shows_the_loaders_message_and_blocks_save(qtbot: QtBot) -> None:
    page = editor(qtbot, "foot-strength")
    page.exercises.list.setCurrentRow(2)  # toe spread, a hold
    field(page, "hold").box.setValue(0)
    assert problem_beside(page, "hold") == "must be greater than zero"
    assert not page.save_button.isEnabled()
    assert page.exercises.list.item(2).foreground().color().name() == "#b00020"
    name = page.routine_form.fields["name"].edit
    name.clear()
    qtbot.keyClicks(name, " ")
    assert page.routine_form.problems["name"].text() == "must not be empty"
    field(page, "hold").box.setValue(5)
    name.clear()
    qtbot.keyClicks(name, "Mine")
    assert not page.routine_form.problems["name"].isVisible()
    assert problem_beside(page, "hold") == ""
    assert page.save_button.isEnabled()


def test_a_taken_id_and_too_few_choices_are_shown_beside_their_fields(qtbot: QtBot) -> None:
    page = editor(qtbot, "foot-strength")
    routine_id = page.routine_form.fields["id"].edit
    routine_id.clear()
    qtbot.keyClicks(routine_id, "marbles")
    assert "already used by" in page.routine_form.problems["id"].text()
    assert not page.save_button.isEnabled()
    routine_id.clear()
    qtbot.keyClicks(routine_id, "my-feet")
    choices = field(page, "choices")  # the first exercise: the tripod check
    choices.list.setCurrentRow(0)
    choices.remove_entry()
    choices.remove_entry()
    assert problem_beside(page, "choices") == "must have at least 2 entries"
    assert not page.save_button.isEnabled()


def test_the_preview_total_is_the_plans(qtbot: QtBot) -> None:
    page = editor(qtbot, "foot-strength")
    out = io.StringIO()
    print_plan(compile_plan(resolve("foot-strength")), out)
    total_line = next(line for line in out.getvalue().splitlines() if line.startswith("Total"))
    assert page.preview.detail.text() == total_line == "Total: 29:44 (1784 s) in 214 phases"
    assert page.preview.model.rowCount() == 214
    page.exercises.list.setCurrentRow(1)  # ball roll, 45 s a foot
    field(page, "seconds").low.setValue(60)
    with qtbot.waitSignal(page.saved) as saved:
        page.save()
    out = io.StringIO()
    print_plan(compile_plan(load(saved.args[0])), out)
    assert f"\n{page.preview.detail.text()}\n" in out.getvalue()
    assert page.preview.detail.text().startswith("Total: 30:14 (1814 s)")


def test_exercises_move_by_keys_and_by_drag_and_drop(qtbot: QtBot) -> None:
    page = editor(qtbot, "quick-mobility")
    before = [t["id"] for t in page.draft.exercises]
    page.exercises.list.setCurrentRow(0)
    page.exercises.list.setFocus()
    qtbot.keyClick(page.exercises.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [t["id"] for t in page.draft.exercises] == [before[1], before[0], *before[2:]]
    assert page.exercises.current() == 1
    with qtbot.waitSignal(page.exercises.moved):
        model = page.exercises.list.model()
        model.moveRow(model.index(0, 0).parent(), len(before) - 1, model.index(0, 0).parent(), 0)
    assert page.draft.exercises[0]["id"] == before[-1]
    qtbot.keyClick(page.exercises.list, Qt.Key.Key_Delete)
    assert len(page.draft.exercises) == len(before) - 1


def test_an_exercise_from_the_library_is_added_after_the_current_one(qtbot: QtBot) -> None:
    page = editor(qtbot)
    add_blank(page, ExerciseKind.TIMED)
    action = next(a for a in page.exercises.library_menu.actions() if a.text() == "Toe spelling")
    action.trigger()
    routine = page.draft.check().routine
    spelling = next(ex for e in discover() if e.routine for ex in e.routine.exercises
                    if ex.id == "toe-spelling")
    assert routine is not None
    assert routine.exercises[1] == spelling
    assert page.exercises.current() == 1


@pytest.mark.parametrize(("answer", "leaves"), [
    (QMessageBox.StandardButton.Cancel, False),
    (QMessageBox.StandardButton.Discard, True),
    (QMessageBox.StandardButton.Save, True),
])
def test_unsaved_changes_ask_before_leaving(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                            answer: QMessageBox.StandardButton,
                                            leaves: bool) -> None:
    page = editor(qtbot, "marbles")
    asked: list[bool] = []
    monkeypatch.setattr(page, "ask_unsaved", lambda: asked.append(True) or answer)
    field(page, "reps").low.setValue(12)
    left: list[bool] = []
    page.backRequested.connect(lambda: left.append(True))
    page.leave()
    assert asked == [True]
    assert bool(left) is leaves
    saved = paths.user_routines_dir() / "marbles-copy.toml"
    assert saved.exists() is (answer == QMessageBox.StandardButton.Save)


def test_leaving_with_nothing_changed_asks_nothing(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = editor(qtbot, "ball-roll")
    monkeypatch.setattr(page, "ask_unsaved", lambda: pytest.fail("asked"))
    with qtbot.waitSignal(page.backRequested):
        page.leave()


@pytest.mark.parametrize("routine_id", ["ball-roll", "foot-strength", "marbles",
                                        "quick-mobility"])
def test_a_built_in_saved_from_the_editor_loads_back_equal(qtbot: QtBot,
                                                           routine_id: str) -> None:
    page = editor(qtbot, routine_id)
    for row in range(page.exercises.list.count()):  # every exercise shown in the form
        page.exercises.list.setCurrentRow(row)
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert replace(load(saved.args[0]), id=routine_id) == resolve(routine_id)
