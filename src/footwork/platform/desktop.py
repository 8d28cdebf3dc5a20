"""``footwork install-desktop``: the menu entry, icons and AppStream metainfo in the user's
XDG data folder, and ``uninstall-desktop``, which removes exactly those files.

The shipped files are in ``assets/desktop/``. The entry is written with ``Exec`` pointing at
the ``footwork`` command that runs now, and with the translations of its texts and of the
routine names (its desktop actions) found in the bundled ``.qm`` files.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from footwork import paths
from footwork.i18n import QT_TRANSLATE_NOOP, translate

APP_ID = "io.github.footwork.Footwork"
ICON_SIZES = (48, 128, 256)

#: The translatable texts of the shipped entry's main group: key, context, English text.
ENTRY_TEXTS = (
    ("GenericName", "desktop", QT_TRANSLATE_NOOP("desktop", "Workout timer")),
    (
        "Comment",
        "cli",
        QT_TRANSLATE_NOOP("cli", "A guided foot strength and mobility workout timer for runners."),
    ),
    (
        "Keywords",
        "desktop",
        QT_TRANSLATE_NOOP("desktop", "workout;exercise;timer;feet;running;mobility;"),
    ),
)
ROUTINE_CONTEXT = "Routine"  # a desktop action's Name is a built-in routine's name

Translator = Callable[[str, str], str]  # (context, text) -> translation, "" when none


class DesktopFilesMissing(Exception):
    """The installation lacks a file of ``assets/desktop``."""


def assets() -> Path:
    return paths.assets_dir() / "desktop"


def icon_file(size: int = 256) -> Path:
    """The shipped icon PNG of ``size`` pixels."""
    return assets() / "icons" / f"{size}x{size}" / f"{APP_ID}.png"


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path, else ``~/.local/share``."""
    value = environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def _sources(home: Path) -> dict[Path, Path]:
    """Each file install-desktop writes, and the shipped file it comes from."""
    shipped = assets()
    files = {
        home / "applications" / f"{APP_ID}.desktop": shipped / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml": shipped / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": shipped
        / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        folder = f"{size}x{size}"
        files[home / "icons" / "hicolor" / folder / "apps" / f"{APP_ID}.png"] = icon_file(size)
    return files


def targets(home: Path) -> list[Path]:
    """Every file install-desktop writes under ``home`` (and uninstall-desktop removes)."""
    return list(_sources(home))


def missing_assets() -> list[Path]:
    """The shipped desktop files this installation lacks."""
    return [p for p in _sources(Path("/")).values() if not p.is_file()]


def footwork_command() -> list[str]:
    """The command line that starts this installation of Footwork."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "footwork" and script.is_file():
        return [os.path.abspath(script)]
    beside = Path(sysconfig.get_path("scripts")) / "footwork"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("footwork")
    if found:
        return [os.path.abspath(found)]
    return [sys.executable, "-m", "footwork"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of an ``Exec`` key (the spec's quoting, then string escapes)."""
    words = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if not arg or any(c in _RESERVED for c in arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        words.append(arg.replace("\\", "\\\\"))
    return " ".join(words)


def _localized(value: str, context: str, translators: Mapping[str, Translator]) -> list[str]:
    """``[lang]=translation`` suffixes for every language that translates ``value``."""
    lines = []
    for lang, tr in sorted(translators.items()):
        text = " ".join(tr(context, value).split())
        if text and text != value:
            if value.endswith(";") and not text.endswith(";"):
                text += ";"
            lines.append(f"[{lang}]={text}")
    return lines


def entry_text(
    template: str, command: Sequence[str], translators: Mapping[str, Translator]
) -> str:
    """The shipped entry with ``Exec`` running ``command`` and the translated texts added."""
    contexts = {key: context for key, context, _ in ENTRY_TEXTS}
    out: list[str] = []
    group = ""
    for line in template.splitlines():
        if line.startswith("["):
            group = line
            out.append(line)
            continue
        key, sep, value = line.partition("=")
        if not sep:
            out.append(line)
            continue
        if key == "Exec":
            words = value.split()
            if words[:1] != ["footwork"]:
                raise ValueError(f"unexpected Exec line in the shipped entry: {line}")
            out.append("Exec=" + exec_value([*command, *words[1:]]))
            if group == "[Desktop Entry]" and os.path.isabs(command[0]):
                # a plain path (string escapes only): the menu hides the entry once it is gone
                out.append("TryExec=" + command[0].replace("\\", "\\\\"))
            continue
        out.append(line)
        if group == "[Desktop Entry]" and key in contexts:
            out.extend(key + s for s in _localized(value, contexts[key], translators))
        elif group.startswith("[Desktop Action ") and key == "Name":
            out.extend(key + s for s in _localized(value, ROUTINE_CONTEXT, translators))
    return "\n".join(out) + "\n"


def bundled_translators() -> dict[str, Translator]:
    """A translator per bundled ``footwork_<lang>.qm``, by language code."""
    from PySide6.QtCore import QTranslator

    def translator_of(qt: QTranslator) -> Translator:
        return lambda context, text: qt.translate(context, text) or ""

    translators: dict[str, Translator] = {}
    for qm in sorted(paths.translations_dir().glob("footwork_*.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            translators[qm.stem.removeprefix("footwork_")] = translator_of(translator)
    return translators


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)


def install(home: Path, command: Sequence[str] | None = None,
            translators: Mapping[str, Translator] | None = None) -> list[Path]:
    """Write the entry, icons and metainfo under ``home``; the paths written."""
    missing = missing_assets()
    if missing:
        raise DesktopFilesMissing(
            translate("desktop", "Footwork's desktop files are missing from its installation:")
            + " " + ", ".join(str(p) for p in missing)
        )
    command = list(command or footwork_command())
    translators = bundled_translators() if translators is None else translators
    written = []
    for target, source in _sources(home).items():
        if source.suffix == ".desktop":
            text = entry_text(source.read_text(encoding="utf-8"), command, translators)
            _write(target, text.encode("utf-8"))
        else:
            _write(target, source.read_bytes())
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the files :func:`install` writes under ``home``; the paths removed."""
    removed = []
    for target in targets(home):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    return removed
