"""An editor page on a routine, and ways to reach its widgets as a runner does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork.domain import ExerciseKind
from footwork.routine.library import discover
from footwork.services.routine_edit import RoutineDraft, exercise_library
from footwork.ui.editor.page import EditorPage


def editor(qtbot: QtBot, routine_id: str | None = None) -> EditorPage:
    """The page editing ``routine_id`` (a built-in one: a copy), or a new routine."""
    entries = discover()
    page = EditorPage(exercise_library(entries))
    qtbot.addWidget(page)
    if routine_id is None:
        page.edit(RoutineDraft.new(entries))
    else:
        entry = next(e for e in entries if e.routine and e.routine.id == routine_id)
        page.edit(RoutineDraft.open(entry, entries))
    page.resize(1100, 720)
    page.show()
    return page


def add_blank(page: EditorPage, kind: ExerciseKind) -> None:
    """Add exercise > Blank > kind, as the menu does."""
    blank = next(a.menu() for a in page.exercises.add_menu.actions() if a.menu()
                 and a.menu() is not page.exercises.library_menu)
    label = {ExerciseKind.TIMED: "Timed", ExerciseKind.HOLD: "Hold", ExerciseKind.REPS: "Reps",
             ExerciseKind.SEQUENCE: "Sequence", ExerciseKind.CHECK: "Check"}[kind]
    next(a for a in blank.actions() if a.text() == label).trigger()


def field(page: EditorPage, key: str):
    """The widget of ``key`` in the exercise form (common fields, then the kind's)."""
    form = page.exercise_form
    for part in (form.common, form.details, form.current_form()):
        if part is not None and key in part.fields:
            return part.fields[key]
    raise KeyError(key)


def problem_beside(page: EditorPage, key: str) -> str:
    form = page.exercise_form
    for part in (form.common, form.details, form.current_form()):
        if part is not None and key in part.problems:
            label = part.problems[key]
            return label.text() if label.isVisible() else ""
    raise KeyError(key)
