"""Reading routine files (format 1) into :class:`Routine`, refusing bad ones with reasons.

Every problem is reported, one per line, as ``PATH:LINE: FIELD: problem``: syntax errors with
the line ``tomllib`` gives, semantic ones with the line the key is written on (or the line of
its ``[[exercises]]`` header when the key is missing).

Each ``[[exercises]]`` table becomes the class of its ``kind`` (:data:`Exercise`). The checks
are written by hand rather than with msgspec or pydantic: every problem must be collected
(not only the first), carry the line its key is written on (which needs :class:`KeyLocator`
either way), and be worded and translated as ours (``must be a whole number``,
``does not apply to kind "hold"``). A schema library would add a dependency and a layer
mapping its own errors to those messages without making this file shorter.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from footwork.domain import ExerciseKind, Sides
from footwork.i18n import translate
from footwork.routine.locate import KeyLocator
from footwork.routine.model import (
    DEFAULT_ANSWER_WITHIN,
    DEFAULT_RELEASE,
    DEFAULT_TEMPO,
    Check,
    Exercise,
    Hold,
    Reps,
    Routine,
    Sequence,
    Timed,
)
from footwork.routine.problems import Problem, RoutineError

FORMAT = 1
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_TOP_KEYS = {"format", "id", "name", "description", "prepare", "switch", "exercises"}
_COMMON_KEYS = {"id", "name", "instructions", "equipment", "kind", "sides", "sets", "rest"}
_KIND_KEYS = {
    ExerciseKind.TIMED: {"seconds", "max_seconds", "open_ended"},
    ExerciseKind.HOLD: {"hold", "reps", "release"},
    ExerciseKind.REPS: {"reps", "max_reps", "tempo", "pace"},
    ExerciseKind.SEQUENCE: {"items", "seconds_per_item"},
    ExerciseKind.CHECK: {"question", "choices", "answer_within"},
}
_REQUIRED = {
    ExerciseKind.TIMED: ("seconds",),
    ExerciseKind.HOLD: ("hold", "reps"),
    ExerciseKind.REPS: ("reps",),
    ExerciseKind.SEQUENCE: ("items", "seconds_per_item"),
    ExerciseKind.CHECK: ("question", "choices"),
}


class _Checker:
    """Reads typed values out of one TOML table, collecting problems instead of raising."""

    def __init__(
        self,
        path: Path,
        locator: KeyLocator,
        problems: list[Problem],
        table: dict[str, Any],
        section: object,
        prefix: str,
    ) -> None:
        self.path, self.locator, self.problems = path, locator, problems
        self.table, self.section, self.prefix = table, section, prefix

    def problem(self, key: str | None, message: str) -> None:
        field = f"{self.prefix}{key}" if key else self.prefix.rstrip(".") or "file"
        line = self.locator.line(key, self.section)
        self.problems.append(Problem(self.path, line, field, message))

    def unknown(self, allowed: set[str], kind: str | None = None) -> None:
        every = _COMMON_KEYS.union(*_KIND_KEYS.values())
        for key in self.table:
            if key in allowed:
                continue
            if kind and key in every:
                self.problem(
                    key, translate("routine", 'does not apply to kind "{kind}"').format(kind=kind)
                )
            else:
                self.problem(key, translate("routine", "unknown key"))

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.table:
            if required:
                self.problem(key, translate("routine", "is required"))
            return None
        return self.table[key]

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(key, translate("routine", "must be text"))
            return default
        if required and not value.strip():
            self.problem(key, translate("routine", "must not be empty"))
        return value

    def slug(self, key: str) -> str:
        value = self.text(key, required=True)
        if value and not SLUG.match(value):
            self.problem(
                key, translate("routine", "must be lowercase letters, digits and single hyphens")
            )
        return value

    def choice(self, key: str, options: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, required=default is None, default=default or "")
        if value and value not in options:
            allowed = ", ".join(options)
            self.problem(
                key, translate("routine", "must be one of: {options}").format(options=allowed)
            )
            return default or ""
        return value

    def number(
        self,
        key: str,
        required: bool = False,
        default: float | None = None,
        zero_ok: bool = False,
        integer: bool = False,
    ) -> Any:
        value = self._get(key, required)
        if value is None:
            return default
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (integer and not isinstance(value, int))
        ):
            kind = (
                translate("routine", "a whole number")
                if integer
                else translate("routine", "a number")
            )
            self.problem(key, translate("routine", "must be {kind}").format(kind=kind))
            return default
        if value < 0 or (value == 0 and not zero_ok):
            limit = (
                translate("routine", "zero or more")
                if zero_ok
                else translate("routine", "greater than zero")
            )
            self.problem(key, translate("routine", "must be {limit}").format(limit=limit))
            return default
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.problem(key, translate("routine", "must be true or false"))
            return False
        return value

    def texts(self, key: str, required: bool = False, minimum: int = 0) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, translate("routine", "must be a list of texts"))
            return ()
        if len(value) < minimum:
            self.problem(
                key, translate("routine", "must have at least {n} entries").format(n=minimum)
            )
        return tuple(value)


def _exercise(check: _Checker) -> Exercise | None:
    ex_id = check.slug("id")
    name = check.text("name", required=True)
    word = check.choice("kind", tuple(ExerciseKind))
    kind = ExerciseKind(word) if word else None
    before = len(check.problems)
    check.unknown(_COMMON_KEYS | (_KIND_KEYS[kind] if kind else set()), kind)
    common: dict[str, Any] = {
        "id": ex_id,
        "name": name,
        "instructions": tidy(check.text("instructions")),
        "equipment": check.texts("equipment"),
        "sides": Sides(check.choice("sides", tuple(Sides), default=Sides.BOTH)),
        "sets": check.number("sets", default=1, integer=True),
        "rest": float(check.number("rest", default=0, zero_ok=True)),
    }
    for key in _REQUIRED[kind] if kind else ():
        if key not in check.table:
            check.problem(
                key, translate("routine", 'is required for kind "{kind}"').format(kind=kind)
            )
    exercise = _of_kind(check, kind, common) if kind else None
    if len(check.problems) > before or not (ex_id and name):
        return None
    return exercise


def _of_kind(check: _Checker, kind: ExerciseKind, common: dict[str, Any]) -> Exercise:
    """The exercise of ``kind``, reading that kind's fields."""
    match kind:
        case ExerciseKind.TIMED:
            seconds = check.number("seconds")
            top = check.number("max_seconds")
            if seconds and top and top < seconds:
                check.problem("max_seconds", translate("routine", "must not be less than seconds"))
            return Timed(
                **common, seconds=seconds, max_seconds=top, open_ended=check.flag("open_ended")
            )
        case ExerciseKind.HOLD:
            return Hold(
                **common,
                hold=check.number("hold"),
                reps=check.number("reps", integer=True),
                release=float(check.number("release", default=DEFAULT_RELEASE, zero_ok=True)),
            )
        case ExerciseKind.REPS:
            reps = check.number("reps", integer=True)
            top = check.number("max_reps", integer=True)
            if reps and top and top < reps:
                check.problem("max_reps", translate("routine", "must not be less than reps"))
            pace = check.choice("pace", ("tempo", "self"), default="tempo")
            tempo = _tempo(check) if "tempo" in check.table else DEFAULT_TEMPO
            if pace == "self" and "tempo" in check.table:
                check.problem(
                    "tempo", translate("routine", 'cannot be combined with pace = "self"')
                )
            return Reps(
                **common, reps=reps, max_reps=top, tempo=tempo, self_paced=pace == "self"
            )
        case ExerciseKind.SEQUENCE:
            return Sequence(
                **common,
                items=check.texts("items", minimum=1),
                seconds_per_item=check.number("seconds_per_item"),
            )
        case ExerciseKind.CHECK:
            return Check(
                **common,
                question=check.text("question"),
                choices=check.texts("choices", minimum=2),
                answer_within=float(check.number("answer_within", default=DEFAULT_ANSWER_WITHIN)),
            )


def _tempo(check: _Checker) -> tuple[float, ...]:
    value = check.table["tempo"]
    ok = (
        isinstance(value, list)
        and len(value) == 3
        and all(isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in value)
        and sum(value) > 0
    )
    if not ok:
        check.problem(
            "tempo", translate("routine", "must be three seconds [up, hold, down], none negative")
        )
        return DEFAULT_TEMPO
    return tuple(float(v) for v in value)


def tidy(text: str) -> str:
    """Prose as one line per paragraph: the file's own line breaks inside a paragraph go."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def parse(content: bytes, path: Path) -> Routine:
    """Build a routine from a file's bytes, or raise :class:`RoutineError` with every problem."""

    def refuse(line: int, field: str, message: str) -> RoutineError:
        return RoutineError([Problem(path, line, field, message)])

    if b"\0" in content:
        raise refuse(1, "file", translate("routine", "is not a text file"))
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise refuse(line, "file", translate("routine", "is not UTF-8 text")) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match[1]) if match else max(1, len(text.splitlines()))
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise refuse(line, "syntax", message) from None

    problems: list[Problem] = []
    locator = KeyLocator(text)
    top = _Checker(path, locator, problems, data, None, "")
    top.unknown(_TOP_KEYS)
    fmt = data.get("format")
    if "format" not in data:
        top.problem("format", translate("routine", "is required (format = 1)"))
    elif fmt != FORMAT or isinstance(fmt, bool):
        top.problem(
            "format", translate("routine", "must be 1; this version of Footwork reads format 1")
        )
    routine_id = top.slug("id")
    name = top.text("name", required=True)
    description = tidy(top.text("description"))
    prepare = float(top.number("prepare", default=5))
    switch = float(top.number("switch", default=5))

    exercises: list[Exercise] = []
    raw = data.get("exercises")
    if raw is None:
        top.problem(
            "exercises", translate("routine", "is required: at least one [[exercises]] table")
        )
    elif not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        top.problem("exercises", translate("routine", "must be [[exercises]] tables"))
    elif not raw:
        top.problem("exercises", translate("routine", "must have at least one exercise"))
    else:
        seen: dict[str, int] = {}
        for index, table in enumerate(raw):
            label = table.get("id") if isinstance(table.get("id"), str) else f"#{index + 1}"
            check = _Checker(
                path, locator, problems, table, ("exercises", index), f"exercises[{label}]."
            )
            exercise = _exercise(check)
            ex_id = table.get("id")
            if isinstance(ex_id, str) and ex_id in seen:
                check.problem(
                    "id",
                    translate(
                        "routine", "duplicate exercise id (first used on line {line})"
                    ).format(line=seen[ex_id]),
                )
                exercise = None
            elif isinstance(ex_id, str):
                seen[ex_id] = locator.line("id", ("exercises", index))
            if exercise:
                exercises.append(exercise)
    if problems:
        raise RoutineError(problems)
    return Routine(
        id=routine_id,
        name=name,
        description=description,
        prepare=prepare,
        switch=switch,
        exercises=tuple(exercises),
        source=path,
        content=content,
    )


def load(path: Path) -> Routine:
    """Read and parse one routine file."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise RoutineError(
            [
                Problem(
                    path,
                    1,
                    "file",
                    translate("routine", "cannot be read ({reason})").format(reason=reason),
                )
            ]
        ) from None
    return parse(content, path)


# The keys each part of a file may hold, for the editor and the writer.
COMMON_KEYS = frozenset(_COMMON_KEYS)
KIND_KEYS = {kind: frozenset(keys) for kind, keys in _KIND_KEYS.items()}
REQUIRED_KEYS = dict(_REQUIRED)
