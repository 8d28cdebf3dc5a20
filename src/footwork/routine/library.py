"""Finding routines: the built-in ones and the user's own, each loaded on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from footwork import paths
from footwork.i18n import translate
from footwork.routine.loader import load
from footwork.routine.model import Routine
from footwork.routine.problems import Problem, RoutineError

BUILT_IN = "built-in"
USER = "user"


@dataclass(frozen=True)
class Entry:
    """One routine file: the routine, or the problems that kept it from loading."""

    path: Path
    origin: str
    routine: Routine | None
    problems: tuple[Problem, ...] = field(default=())


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return []


def discover(builtin_dir: Path | None = None, user_dir: Path | None = None) -> list[Entry]:
    """Every routine file, built-in first; a bad file is an entry with problems, never a stop."""
    entries: list[Entry] = []
    first_path: dict[str, Path] = {}
    folders = (
        (builtin_dir or paths.builtin_routines_dir(), BUILT_IN),
        (user_dir or paths.user_routines_dir(), USER),
    )
    for folder, origin in folders:
        for path in _files(folder):
            try:
                routine = load(path)
            except RoutineError as exc:
                entries.append(Entry(path, origin, None, tuple(exc.problems)))
                continue
            if routine.id in first_path:
                message = translate("routine", 'id "{id}" is already used by {path}').format(
                    id=routine.id, path=first_path[routine.id]
                )
                entries.append(Entry(path, origin, None, (Problem(path, 1, "id", message),)))
                continue
            first_path[routine.id] = path
            entries.append(Entry(path, origin, routine))
    return entries


def resolve(name: str, entries: list[Entry] | None = None) -> Routine:
    """A routine by built-in or user id, or by the path of a ``.toml`` file."""
    candidate = Path(name).expanduser()
    if name.endswith(".toml") or candidate.is_file() or "/" in name:
        return load(candidate)
    entries = discover() if entries is None else entries
    for entry in entries:
        if entry.routine and entry.routine.id == name:
            return entry.routine
    for entry in entries:
        if entry.path.stem == name and entry.problems:
            raise RoutineError(list(entry.problems))
    known = ", ".join(e.routine.id for e in entries if e.routine) or "-"
    message = translate("routine", "no routine with this id (known: {known})").format(known=known)
    raise RoutineError([Problem(Path(name), 1, "routine", message)])
