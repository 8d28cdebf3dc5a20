"""Finding the line of a key in a TOML text, since ``tomllib`` reports no positions."""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*(?P<name>[A-Za-z0-9_.\-\"' ]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*(?P<name>[A-Za-z0-9_.\-\"' ]+?)\s*\]")
_KEY = re.compile(r"""^\s*(?:"(?P<q>[^"]+)"|'(?P<s>[^']+)'|(?P<b>[A-Za-z0-9_\-]+))\s*=""")


class KeyLocator:
    """Maps (section, key) to the 1-based line where the key is written.

    Sections are ``None`` for the top level and ``("exercises", i)`` for the i-th
    ``[[exercises]]`` table. A key that is not written (missing) maps to its section's header.
    """

    def __init__(self, text: str) -> None:
        self._keys: dict[tuple[object, str], int] = {}
        self._headers: dict[object, int] = {None: 1}
        counts: dict[str, int] = {}
        section: object = None
        for number, line in enumerate(text.splitlines(), start=1):
            if m := _ARRAY_HEADER.match(line):
                name = m["name"].strip("\"' ")
                index = counts.get(name, 0)
                counts[name] = index + 1
                section = (name, index)
                self._headers[section] = number
            elif m := _TABLE_HEADER.match(line):
                section = (m["name"].strip("\"' "), None)
                self._headers[section] = number
            elif m := _KEY.match(line):
                key = m["q"] or m["s"] or m["b"]
                self._keys.setdefault((section, key), number)

    def line(self, key: str | None, section: object = None) -> int:
        if key is not None and (section, key) in self._keys:
            return self._keys[(section, key)]
        return self._headers.get(section, 1)
