"""The routine editor, a page of the main window: the routine's fields, its exercises, the
chosen exercise's fields and a live preview. Each edit goes to the draft
(:class:`footwork.services.routine_edit.RoutineDraft`), which the loader checks; the page
shows the problems beside their fields and blocks Save while there are any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from footwork.domain import ExerciseKind
from footwork.routine.model import Exercise
from footwork.routine.problems import RoutineError
from footwork.services.routine_edit import FieldProblem, RoutineDraft
from footwork.session.plan import compile_plan
from footwork.ui.editor.exercise_form import ExerciseForm
from footwork.ui.editor.exercise_list import ExerciseList
from footwork.ui.editor.form import ProblemLabel
from footwork.ui.editor.preview import Preview
from footwork.ui.editor.routine_form import routine_form


class EditorPage(QWidget):
    backRequested = Signal()
    saved = Signal(object)  # Path of the file written

    def __init__(self, library: list[Exercise], level: float = 0.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPage")
        self.level = level
        self.draft: RoutineDraft | None = None
        self.problems: list[FieldProblem] = []
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(18)
        font.setBold(True)
        self.title.setFont(font)
        self.back_button = QPushButton(self.tr("Back"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.save_as_button.setToolTip(self.tr("Write the routine to a file to share"))
        self.status = ProblemLabel()
        self.routine_form = routine_form()
        self.exercises = ExerciseList()
        self.exercises.set_library(library)
        self.exercise_form = ExerciseForm()
        self.preview = Preview()

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_as_button)
        top.addWidget(self.save_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(self.routine_form)
        left_column.addWidget(QLabel(self.tr("Exercises")))
        left_column.addWidget(self.exercises, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.exercise_form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, scroll, self.preview):
            splitter.addWidget(widget)
        splitter.setSizes([280, 530, 290])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.leave)
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as)
        self.routine_form.edited.connect(self._routine_edited)
        self.exercise_form.edited.connect(self._exercise_edited)
        self.exercise_form.kindChosen.connect(self._kind_chosen)
        self.exercises.currentChanged.connect(self._show_exercise)
        self.exercises.moved.connect(self._moved)
        self.exercises.removeRequested.connect(self._removed)
        self.exercises.blankRequested.connect(
            lambda kind: self._added(self._draft().add_blank(ExerciseKind(kind), self._next()))
        )
        self.exercises.copyRequested.connect(
            lambda ex: self._added(self._draft().add_copy(ex, self._next()))
        )

    # -- what is edited ----------------------------------------------------------------------

    def edit(self, draft: RoutineDraft) -> None:
        """Show ``draft`` for editing."""
        self.draft = draft
        self.preview.refit()
        self.routine_form.load(draft.data)
        self._refresh(0 if draft.exercises else -1)

    def _draft(self) -> RoutineDraft:
        assert self.draft is not None
        return self.draft

    def _next(self) -> int:
        return self.exercises.current() + 1

    def _routine_edited(self, key: str, value: object) -> None:
        self._draft().set(key, value)
        self._refresh()

    def _exercise_edited(self, key: str, value: object) -> None:
        index = self.exercises.current()
        if index >= 0:
            self._draft().set_field(index, key, value)
            self._refresh()

    def _kind_chosen(self, kind: str) -> None:
        index = self.exercises.current()
        if index >= 0:
            self._draft().set_kind(index, ExerciseKind(kind))
            self._refresh(index, reload=True)

    def _moved(self, index: int, to: int) -> None:
        self._draft().move(index, to)
        self._refresh(to)

    def _removed(self, index: int) -> None:
        self._draft().remove(index)
        self._refresh(min(index, len(self._draft().exercises) - 1), reload=True)

    def _added(self, index: int) -> None:
        self._refresh(index, reload=True)

    def _show_exercise(self, index: int) -> None:
        self._refresh(index, reload=True)

    # -- showing it --------------------------------------------------------------------------

    def _refresh(self, current: int | None = None, reload: bool = False) -> None:
        """Check the draft and show the result: problems, list, preview, Save."""
        draft = self._draft()
        checked = draft.check()
        routine, self.problems = checked.routine, checked.problems
        before = self.exercises.current()
        current = before if current is None else current
        self.exercises.show_exercises(
            draft.exercises, current, {p.exercise for p in self.problems if p.exercise is not None}
        )
        has_exercise = 0 <= current < len(draft.exercises)
        self.exercise_form.setEnabled(has_exercise)
        if has_exercise and (reload or current != before):
            self.exercise_form.load(draft.exercise(current))
        mine = {p.key: p.message for p in self.problems if p.exercise is None}
        left = self.routine_form.show_problems(mine)
        self.exercises.problem.show_problem("\n".join(mine[k] for k in left if k == "exercises"))
        others = [f"{k}: {mine[k]}" for k in sorted(left) if k != "exercises"]
        self.exercise_form.show_problems(
            {p.key: p.message for p in self.problems if p.exercise == current}
        )
        count = len(self.problems)
        summary = self.tr("Problems to fix before saving: {n}").format(n=count) if count else ""
        self.status.show_problem("\n".join(others) or summary)
        self.save_button.setEnabled(routine is not None)
        self.save_as_button.setEnabled(checked.shareable)
        self.preview.show_plan(compile_plan(routine, self.level) if routine else None)
        name = str(draft.get("name") or draft.get("id") or "")
        self.title.setText(self.tr("Editing {name}").format(name=name) + (" *" if draft.dirty
                                                                          else ""))

    # -- saving and leaving ------------------------------------------------------------------

    def save(self) -> bool:
        try:
            path = self._draft().save()
        except (RoutineError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self._refresh()
        self.saved.emit(path)
        return True

    def save_as(self) -> None:
        draft = self._draft()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the routine as"), str(Path.home() / f"{draft.get('id')}.toml"),
            self.tr("Routines (*.toml)"))
        if not name:
            return
        try:
            draft.save_as(Path(name))
        except (RoutineError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to this routine before leaving?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)

    def may_leave(self) -> bool:
        """True when nothing unsaved would be lost (asking first when it would)."""
        if self.draft is None or not self.draft.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def leave(self) -> None:
        if self.may_leave():
            self.draft = None
            self.backRequested.emit()
