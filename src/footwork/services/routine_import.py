"""Importing a routine file someone shared: checked first, copied whole, never half-done.

:func:`inspect` reads and validates a file without changing anything and says which file,
if any, already uses its id. :func:`import_routine` then copies the file's bytes (comments
and all) to ``<id>.toml`` in the user's routines folder. A built-in id can never be
replaced; a user's routine with the same id only with ``replace``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from footwork import paths
from footwork.i18n import translate
from footwork.routine.library import BUILT_IN, Entry, discover
from footwork.routine.loader import load
from footwork.routine.model import Routine
from footwork.services.routine_edit import write_atomically


class IdTaken(Exception):
    """The routine's id is already used; the message says by which file."""


@dataclass(frozen=True)
class ImportCheck:
    """A file ready to import, and what it would replace."""

    path: Path
    routine: Routine
    target: Path  # where it will be written
    taken_by: Entry | None  # the routine of the same id already there, if any
    built_in: bool  # that one is built in: it can never be replaced

    @property
    def taken_message(self) -> str:
        if self.taken_by is None:
            return ""
        if self.built_in:
            return translate(
                "RoutineImport", 'id "{id}" is a built-in routine\'s; change the id in the file'
            ).format(id=self.routine.id)
        return translate("routine", 'id "{id}" is already used by {path}').format(
            id=self.routine.id, path=self.taken_by.path
        )


def inspect(
    path: Path, entries: list[Entry] | None = None, user_dir: Path | None = None
) -> ImportCheck:
    """Validate ``path`` (RoutineError with every problem when it is bad); changes nothing."""
    user_dir = user_dir or paths.user_routines_dir()
    routine = load(path)
    entries = discover(user_dir=user_dir) if entries is None else entries
    target = user_dir / f"{routine.id}.toml"
    taken = next((e for e in entries if e.routine and e.routine.id == routine.id), None)
    if taken is None:  # a broken file may sit where this one would go
        taken = next((e for e in entries if e.path == target), None)
    return ImportCheck(path, routine, target, taken, taken is not None and
                       taken.origin == BUILT_IN)


def import_routine(check: ImportCheck, replace: bool = False) -> Path:
    """Copy the checked file into the user's routines; IdTaken unless it may go there."""
    if check.taken_by is not None and (check.built_in or not replace):
        raise IdTaken(check.taken_message)
    if check.path.resolve() == check.target.resolve():
        return check.target
    write_atomically(check.target, check.routine.content)
    old = check.taken_by.path if check.taken_by else None
    if old is not None and old.resolve() != check.target.resolve():
        old.unlink(missing_ok=True)  # the replaced routine lived under another file name
    return check.target


def import_file(path: Path, replace: bool = False, user_dir: Path | None = None) -> Path:
    """Check and import in one go (the command line)."""
    return import_routine(inspect(path, user_dir=user_dir), replace)

