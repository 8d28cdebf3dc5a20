"""Writing routines as format 1 TOML, the inverse of the loader.

:func:`exercise_table` and :func:`routine_table` give the plain data a file holds (defaults
left out). :func:`render` writes such data as TOML text with ``tomlkit``; given the text of a
file it came from, it edits that file's document instead, so a file someone wrote by hand
keeps its comments, its order and the way each untouched value is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import MISSING, fields
from enum import StrEnum
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table
from tomlkit.toml_document import TOMLDocument

from footwork.routine.loader import FORMAT, tidy
from footwork.routine.model import Exercise, Reps, Routine

_HEADER = re.compile(r"^\[\[\s*exercises\s*\]\]")
PROSE = frozenset({"description", "instructions"})  # the loader tidies their line breaks


def plain_number(value: float) -> int | float:
    """``45`` rather than ``45.0``: a whole number is written as one."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _file_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple):
        return [_file_value(v) for v in value]
    if isinstance(value, float):
        return plain_number(value)
    return value


def exercise_table(ex: Exercise) -> dict[str, Any]:
    """The table of one exercise as a file writes it, defaults left out.

    Each field of the exercise's class is the key of the same name (``self_paced`` is
    ``pace = "self"``), so a field a kind gains is written with no change here.
    """
    table: dict[str, Any] = {"id": ex.id, "name": ex.name, "kind": str(ex.kind)}
    prose: dict[str, Any] = {}
    for spec in fields(ex):
        value = getattr(ex, spec.name)
        if spec.name in ("id", "name") or (spec.default is not MISSING and value == spec.default):
            continue
        if spec.name == "self_paced":
            table["pace"] = "self"
        elif spec.name == "tempo" and isinstance(ex, Reps) and ex.self_paced:
            continue
        elif spec.name in ("equipment", "instructions"):
            prose[spec.name] = _file_value(value)  # written last, as people write them
        else:
            table[spec.name] = _file_value(value)
    return table | {k: v for k, v in prose.items() if v}


def routine_table(routine: Routine) -> dict[str, Any]:
    """The whole file of a routine as plain data."""
    data: dict[str, Any] = {"format": FORMAT, "id": routine.id, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    data["prepare"] = plain_number(routine.prepare)
    data["switch"] = plain_number(routine.switch)
    data["exercises"] = [exercise_table(ex) for ex in routine.exercises]
    return data


def _same(key: str, old: Any, new: Any) -> bool:
    """Whether the loader reads ``old`` and ``new`` alike (then the file's own stays)."""
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(
            _same("", o, n) for o, n in zip(old, new, strict=True)
        )
    if isinstance(old, str) or isinstance(new, str):
        if not (isinstance(old, str) and isinstance(new, str)):
            return False
        return tidy(old) == tidy(new) if key in PROSE else old == new
    return isinstance(old, bool) == isinstance(new, bool) and bool(old == new)


def _item(key: str, value: Any) -> Any:
    if isinstance(value, str) and key in PROSE and "\n" in value:
        return tomlkit.string(value, multiline=True)
    if isinstance(value, float):
        return plain_number(value)
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(plain_number(v) if isinstance(v, float) else v for v in value)
        return array
    return value


def _unwrapped(item: Any) -> Any:
    """The plain value of a tomlkit item (a boolean comes back plain already)."""
    return item.unwrap() if hasattr(item, "unwrap") else item


def _update(table: TOMLDocument | Table, values: dict[str, Any]) -> None:
    """Make ``table`` hold ``values``, leaving alone what already reads the same."""
    for key in [k for k in table if k not in values and k != "exercises"]:
        del table[key]
    for key, value in values.items():
        if key in table and _same(key, _unwrapped(table[key]), value):
            continue
        table[key] = _item(key, value)


def render(
    data: dict[str, Any], base: str | None = None, origins: Iterable[int | None] = ()
) -> str:
    """``data`` (the shape :func:`routine_table` gives) as TOML text.

    With ``base``, the text of the file the data was read from, that file is edited:
    exercise ``i`` of ``data`` updates the base's table ``origins[i]`` (moved to its new
    place), an exercise with no origin is a new table, and tables no origin names go.
    """
    document = tomlkit.parse(base) if base else tomlkit.document()
    _update(document, {k: v for k, v in data.items() if k != "exercises"})
    old = document.get("exercises")
    old_tables = list(old.body) if isinstance(old, AoT) else []
    wanted = list(data.get("exercises", []))
    given = list(origins)
    chosen = [given[i] if i < len(given) else None for i in range(len(wanted))]
    if isinstance(old, AoT) and chosen[: len(old_tables)] == list(range(len(old_tables))):
        # the file's tables stay where they are, maybe with new ones after them
        for table, values in zip(old_tables, wanted, strict=False):
            _update(table, values)
        for values in wanted[len(old_tables) :]:
            old.append(_new_table(values))
        return tomlkit.dumps(document)
    tables = tomlkit.aot()
    for values, origin in zip(wanted, chosen, strict=True):
        if origin is not None and 0 <= origin < len(old_tables):
            _update(old_tables[origin], values)
            tables.append(old_tables[origin])
        else:
            tables.append(_new_table(values))
    if "exercises" in document:
        del document["exercises"]
    if wanted:
        document.append("exercises", tables)
    return _tidy_blank_lines(tomlkit.dumps(document))


def _new_table(values: dict[str, Any]) -> Table:
    table = tomlkit.table()
    _update(table, values)
    return table


def _tidy_blank_lines(text: str) -> str:
    """One blank line before each ``[[exercises]]`` header, however the tables moved."""
    lines = text.rstrip("\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if _HEADER.match(line):
            blanks = 0
            while kept and kept[-1].strip() == "":
                kept.pop()
                blanks += 1
            if kept and (blanks or not kept[-1].lstrip().startswith("#")):
                kept.append("")
        kept.append(line)
    return "\n".join(kept) + "\n"
