"""A routine being edited: its fields as a file holds them, checked as the loader checks them.

A :class:`RoutineDraft` holds the plain data of one routine file (the shape
:func:`footwork.routine.writer.routine_table` gives) and the text of the file it came from, so
saving edits that file and keeps its comments. Every check is the loader's own: the draft is
written as TOML and parsed, and each problem is placed on the field it names
(:class:`FieldProblem`). Built-in routines are never written: their draft is a duplicate
under a new id, saved in the user's routines folder.
"""

from __future__ import annotations

import os
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from footwork import paths
from footwork.domain import ExerciseKind
from footwork.i18n import translate
from footwork.routine.library import BUILT_IN, Entry
from footwork.routine.loader import COMMON_KEYS, KIND_KEYS, SLUG, parse
from footwork.routine.locate import KeyLocator
from footwork.routine.model import DEFAULT_RELEASE, DEFAULT_TEMPO, Exercise, Routine
from footwork.routine.problems import Problem, RoutineError
from footwork.routine.writer import exercise_table, render, routine_table


@dataclass(frozen=True)
class FieldProblem:
    """One of the loader's problems, placed on a field of the routine or of an exercise."""

    exercise: int | None  # index in the draft; None for the routine's own fields
    key: str  # "name", "hold", ...; "exercises" for the list as a whole
    message: str


class Checked(NamedTuple):
    """What the draft makes now."""

    routine: Routine | None  # None while there is a problem: Save is refused
    problems: list[FieldProblem]
    shareable: bool  # the loader reads it (Save as may write it, even under a taken id)


def blank_fields(kind: ExerciseKind) -> dict[str, Any]:
    """What a new exercise of ``kind`` starts with: enough to be valid."""
    match kind:
        case ExerciseKind.TIMED:
            return {"seconds": 30}
        case ExerciseKind.HOLD:
            return {"hold": 5, "reps": 10}
        case ExerciseKind.REPS:
            return {"reps": 10}
        case ExerciseKind.SEQUENCE:
            return {"items": [chr(c) for c in range(ord("A"), ord("Z") + 1)],
                    "seconds_per_item": 3}
        case ExerciseKind.CHECK:
            return {
                "question": translate("RoutineEdit", "How did it go?"),
                "choices": [translate("RoutineEdit", "well"), translate("RoutineEdit", "not yet")],
            }


def exercise_library(entries: Iterable[Entry]) -> list[Exercise]:
    """Every exercise of the built-in routines, each id once, in the routines' order."""
    seen: dict[str, Exercise] = {}
    for entry in entries:
        if entry.origin == BUILT_IN and entry.routine:
            for ex in entry.routine.exercises:
                seen.setdefault(ex.id, ex)
    return list(seen.values())


def _unique(wanted: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


class RoutineDraft:
    """One routine's fields being edited, with the file they came from (if any)."""

    def __init__(
        self,
        data: dict[str, Any],
        base: str | None = None,
        source: Path | None = None,
        entries: Iterable[Entry] = (),
        user_dir: Path | None = None,
    ) -> None:
        self.data = data
        self.exercises: list[dict[str, Any]] = data.setdefault("exercises", [])
        self.origins: list[int | None] = list(range(len(self.exercises))) if base else []
        self.origins += [None] * (len(self.exercises) - len(self.origins))
        self.base = base
        self.source = source  # the user's file saved to; None until saved once
        self.entries = list(entries)
        self.copied_from: Path | None = None  # the file a duplicate was made from
        self.user_dir = user_dir or paths.user_routines_dir()
        self._saved = self.text()

    # -- making one --------------------------------------------------------------------------

    @classmethod
    def new(cls, entries: Iterable[Entry] = (), user_dir: Path | None = None) -> RoutineDraft:
        entries = list(entries)
        routine_id = _unique("my-routine", (e.routine.id for e in entries if e.routine))
        data = {"format": 1, "id": routine_id, "name": translate("RoutineEdit", "My routine"),
                "prepare": 5, "switch": 5, "exercises": []}
        return cls(data, entries=entries, user_dir=user_dir)

    @classmethod
    def open(cls, entry: Entry, entries: Iterable[Entry] = (),
             user_dir: Path | None = None) -> RoutineDraft:
        """Edit ``entry``: a user's file in place, a built-in one as a duplicate."""
        if entry.origin == BUILT_IN:
            return cls.duplicate(entry, entries, user_dir)
        data, text = _file_data(entry)
        return cls(data, text, entry.path, entries, user_dir)

    @classmethod
    def duplicate(cls, entry: Entry, entries: Iterable[Entry] = (),
                  user_dir: Path | None = None) -> RoutineDraft:
        """A copy of ``entry`` under a new id, to be saved as a new file (its comments too)."""
        data, text = _file_data(entry)
        entries = list(entries)
        draft = cls(data, text, None, entries, user_dir)
        taken = [e.routine.id for e in entries if e.routine]
        draft.set("id", _unique(f"{data.get('id', 'routine')}-copy", taken))
        draft.copied_from = entry.path
        draft._saved = draft.text()
        return draft

    # -- editing -----------------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Set a field of the routine (``None`` removes it: its default applies)."""
        if key not in self.data and _is_default(key, value):
            return
        _put(self.data, key, value)

    def exercise(self, index: int) -> dict[str, Any]:
        return self.exercises[index]

    def kind(self, index: int) -> ExerciseKind | None:
        word = self.exercises[index].get("kind")
        return ExerciseKind(word) if word in tuple(ExerciseKind) else None

    def set_field(self, index: int, key: str, value: Any) -> None:
        """Set a field of exercise ``index`` (``None`` removes it). A default is not written
        into a file that leaves it out; self-paced reps have no tempo."""
        table = self.exercises[index]
        if key not in table and _is_default(key, value):
            return
        _put(table, key, value)
        if key == "pace" and value == "self":
            table.pop("tempo", None)

    def set_kind(self, index: int, kind: ExerciseKind) -> None:
        """Change an exercise's kind: the other kinds' fields go, the new kind's required
        fields start at a blank exercise's values."""
        table = self.exercises[index]
        if table.get("kind") == kind:
            return
        keep = COMMON_KEYS | KIND_KEYS[kind]
        for key in [k for k in table if k not in keep]:
            del table[key]
        table["kind"] = str(kind)
        for key, value in blank_fields(kind).items():
            table.setdefault(key, value)

    def add_blank(self, kind: ExerciseKind, at: int | None = None) -> int:
        name = translate("RoutineEdit", "New exercise")
        table = {"id": self._free_id("exercise"), "name": name, "kind": str(kind),
                 **blank_fields(kind)}
        return self._insert(table, at)

    def add_copy(self, exercise: Exercise, at: int | None = None) -> int:
        """Add an exercise from the library (a copy of a built-in one)."""
        table = exercise_table(exercise)
        table["id"] = self._free_id(exercise.id)
        return self._insert(table, at)

    def remove(self, index: int) -> None:
        del self.exercises[index]
        del self.origins[index]

    def move(self, index: int, to: int) -> None:
        """Move exercise ``index`` so that it ends up at position ``to``."""
        to = max(0, min(to, len(self.exercises) - 1))
        self.exercises.insert(to, self.exercises.pop(index))
        self.origins.insert(to, self.origins.pop(index))

    def _insert(self, table: dict[str, Any], at: int | None) -> int:
        at = len(self.exercises) if at is None else at
        self.exercises.insert(at, table)
        self.origins.insert(at, None)
        return at

    def _free_id(self, wanted: str) -> str:
        return _unique(wanted, (str(t.get("id")) for t in self.exercises))

    # -- checking and saving -----------------------------------------------------------------

    def text(self) -> str:
        """The file as it would be saved."""
        return render(self.data, self.base, self.origins)

    @property
    def dirty(self) -> bool:
        return self.text() != self._saved

    def target(self) -> Path:
        """Where Save writes: the user's own file, or ``<id>.toml`` in their routines folder."""
        if self.source is not None:
            return self.source
        name = str(self.get("id") or "routine")
        return self.user_dir / f"{name if SLUG.match(name) else 'routine'}.toml"

    def check(self) -> Checked:
        """The routine the draft makes, or the problems the loader (and Save) find in it."""
        routine, problems = self._parsed()
        taken = self._taken_by(routine.id, self.target()) if routine else ""
        if taken:
            return Checked(None, [FieldProblem(None, "id", taken)], True)
        return Checked(routine, problems, routine is not None)

    def _parsed(self) -> tuple[Routine | None, list[FieldProblem]]:
        text = self.text()
        try:
            return parse(text.encode("utf-8"), self.target()), []
        except RoutineError as exc:
            return None, [self._place(p, text) for p in exc.problems]

    def _taken_by(self, routine_id: str, target: Path) -> str:
        for entry in self.entries:
            if entry.path == self.source:
                continue
            if entry.routine and entry.routine.id == routine_id:
                return translate("routine", 'id "{id}" is already used by {path}').format(
                    id=routine_id, path=entry.path)
        if target != self.source and target.exists():
            return translate("RoutineEdit", "{path} already exists").format(path=target)
        return ""

    def _place(self, problem: Problem, text: str) -> FieldProblem:
        if not problem.field.startswith("exercises["):
            return FieldProblem(None, problem.field, problem.message)
        locator = KeyLocator(text)
        headers = [locator.line(None, ("exercises", i)) for i in range(len(self.exercises))]
        index = max(0, bisect_right(headers, problem.line) - 1)
        return FieldProblem(index, problem.field.rsplit(".", 1)[-1], problem.message)

    def save(self) -> Path:
        """Write the draft to :meth:`target`; refuses (RoutineError) while it has problems."""
        routine, problems, _ = self.check()
        target = self.target()
        if routine is None:
            raise RoutineError([Problem(target, 1, p.key, p.message) for p in problems])
        text = self.text()
        write_atomically(target, text.encode("utf-8"))
        self.source, self.base, self._saved = target, text, text
        self.data = tomllib.loads(text)
        self.exercises = self.data.setdefault("exercises", [])
        self.origins = list(range(len(self.exercises)))
        return target

    def save_as(self, path: Path) -> None:
        """Write the draft to any file, to share it; the draft stays tied to its own file."""
        routine, problems = self._parsed()
        if routine is None:
            raise RoutineError([Problem(path, 1, p.key, p.message) for p in problems])
        write_atomically(path, self.text().encode("utf-8"))


def _file_data(entry: Entry) -> tuple[dict[str, Any], str | None]:
    """The plain data of an entry's file and its text (when it was read from one)."""
    assert entry.routine is not None
    if not entry.routine.content:
        return routine_table(entry.routine), None
    text = entry.routine.content.decode("utf-8")
    return tomllib.loads(text), text


_DEFAULTS: dict[str, Any] = {
    "prepare": 5, "switch": 5, "sides": "both", "sets": 1, "rest": 0,
    "release": DEFAULT_RELEASE, "pace": "tempo", "tempo": list(DEFAULT_TEMPO),
}


def _is_default(key: str, value: Any) -> bool:
    return key in _DEFAULTS and value == _DEFAULTS[key]


def _put(table: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all (a crash leaves the old file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
