"""What is left to translate: per language, the texts of the .ts files still unfinished and the
texts of the source that pyside6-lupdate did not put in them.

    python tools/translation_status.py [--list] [LANG ...]
    python tools/translation_status.py --template > todo.json   (then fill in de, es, fr)
    python tools/translation_status.py --fill todo.json         (then update-translations.sh)

Reads every ``translate("ctx", "text")``, ``QT_TRANSLATE_NOOP("ctx", "text")`` and
``self.tr("text")`` (context: the enclosing class) in src/footwork with Python's own parser,
so a text hidden where lupdate does not look (inside an f-string, say) shows up as missing.
Prints one count line per language; ``--list`` adds every unfinished and missing text as
``context | text``. Exits 1 when anything is unfinished or missing (run
tools/update-translations.sh first, then translate the texts listed).

``--template`` writes the unfinished texts as JSON, one object per text with its context,
its source and a slot per language (what lupdate guessed, if anything); ``--fill`` puts the
filled slots into the .ts files and marks them finished (French gets its no-break spaces
before ":" and inside « »).
"""

from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "footwork"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "es", "fr")
_TWO_ARGUMENTS = {"translate", "QT_TRANSLATE_NOOP"}

Message = tuple[str, str]  # (context, source text)


@dataclass(frozen=True)
class Call:
    """A call that marks a text for translation, where it is."""

    path: Path
    line: int
    message: Message | None  # None: its text is no literal (lupdate cannot read it)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.calls: list[Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        message: Message | None = None
        if name in _TWO_ARGUMENTS and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            message = (context, text) if context is not None and text is not None else None
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            text = _literal(node.args[0])
            message = (self.classes[-1], text) if text is not None and self.classes else None
        else:
            self.generic_visit(node)
            return
        self.calls.append(Call(self.path, node.lineno, message))
        self.generic_visit(node)


def source_calls(root: Path = SOURCES) -> list[Call]:
    """Every marking call in the source, in file order."""
    calls: list[Call] = []
    for path in sorted(root.rglob("*.py")):
        finder = _Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        calls += finder.calls
    return calls


def source_messages(root: Path = SOURCES) -> set[Message]:
    return {c.message for c in source_calls(root) if c.message is not None}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    finished: bool


def ts_entries(lang: str, folder: Path | None = None) -> list[Entry]:
    tree = ET.parse((folder or TRANSLATIONS) / f"footwork_{lang}.ts")
    entries = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""])
            finished = (translation is not None and translation.get("type") is None
                        and bool(forms) and all(f.strip() for f in forms))
            entries.append(Entry(ctx.findtext("name") or "", msg.findtext("source") or "",
                                 finished))
    return entries


@dataclass(frozen=True)
class Status:
    lang: str
    total: int
    unfinished: list[Message]
    missing: list[Message]  # in the source, not in the .ts file


def status(lang: str, wanted: set[Message] | None = None) -> Status:
    entries = ts_entries(lang)
    wanted = source_messages() if wanted is None else wanted
    present = {(e.context, e.source) for e in entries}
    return Status(lang, len(entries),
                  [(e.context, e.source) for e in entries if not e.finished],
                  sorted(wanted - present))


def template() -> list[dict[str, str]]:
    """Every text unfinished in some language, with what each language has for it."""
    rows: dict[Message, dict[str, str]] = {}
    for lang in LANGUAGES:
        tree = ET.parse(TRANSLATIONS / f"footwork_{lang}.ts")
        for ctx in tree.getroot().iter("context"):
            for msg in ctx.iter("message"):
                key = (ctx.findtext("name") or "", msg.findtext("source") or "")
                translation = msg.find("translation")
                row = rows.setdefault(key, {"context": key[0], "source": key[1]})
                row[lang] = "" if translation is None else (translation.text or "")
                if translation is not None and translation.get("type") == "unfinished":
                    row["unfinished"] = "yes"
    return [{k: v for k, v in r.items() if k != "unfinished"} for r in rows.values()
            if "unfinished" in r]


def _french(text: str) -> str:
    text = re.sub(r" ([;?!])", "\u202f\\1", text)
    return re.sub(r" :", "\u00a0:", text).replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def fill(rows: list[dict[str, str]]) -> int:
    """Put the filled translations of ``rows`` into the .ts files; how many were put."""
    wanted = {(r["context"], r["source"]): r for r in rows}
    put = 0
    for lang in LANGUAGES:
        path = TRANSLATIONS / f"footwork_{lang}.ts"
        tree = ET.parse(path)
        for ctx in tree.getroot().iter("context"):
            for msg in ctx.iter("message"):
                row = wanted.get((ctx.findtext("name") or "", msg.findtext("source") or ""))
                translation = msg.find("translation")
                text = (row or {}).get(lang, "").strip("\n")
                if row is None or translation is None or not text:
                    continue
                if lang == "fr" and ctx.findtext("name") != "desktop":
                    text = _french(text)
                translation.text = text
                translation.attrib.pop("type", None)
                put += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return put


def main(argv: list[str]) -> int:
    if "--template" in argv:
        print(json.dumps(template(), ensure_ascii=False, indent=1))
        return 0
    if "--fill" in argv:
        rows = json.loads(Path(argv[argv.index("--fill") + 1]).read_text(encoding="utf-8"))
        print(f"{fill(rows)} translations put in; run tools/update-translations.sh")
        return 0
    listing = "--list" in argv
    languages = [a for a in argv if not a.startswith("-")] or list(LANGUAGES)
    wanted = source_messages()
    dynamic = [c for c in source_calls() if c.message is None]
    bad = False
    for lang in languages:
        found = status(lang, wanted)
        print(f"{lang}: {found.total} texts, {len(found.unfinished)} unfinished, "
              f"{len(found.missing)} in the source but not in the .ts file")
        if listing:
            for context, text in found.unfinished:
                print(f"  unfinished  {context} | {text!r}")
            for context, text in found.missing:
                print(f"  missing     {context} | {text!r}")
        bad = bad or bool(found.unfinished or found.missing)
    if listing and dynamic:
        print("calls whose text is no literal (lupdate skips them; their texts must be marked "
              "elsewhere, e.g. with QT_TRANSLATE_NOOP):")
        for call in dynamic:
            print(f"  {call.path.relative_to(ROOT)}:{call.line}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
