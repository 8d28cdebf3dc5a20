"""``footwork --self-check``: what this installation found, and whether anything bundled is
missing.

The bundled files (routines, cue clips, translations, desktop files) are checked first,
before any window system, and their lines printed; then Qt starts as the app does (offscreen
when there is no display), builds the main window in a throwaway data folder, and says whether Qt
Multimedia and a sound output are there. Those last lines only inform: a computer without
speakers still runs workouts. The exit status is 1 when something bundled is missing.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from footwork import __version__, cues, paths
from footwork.i18n import translate
from footwork.platform import desktop
from footwork.routine.library import discover

SHOWN_MISSING = 5  # names of missing clips listed per language


@dataclass(frozen=True)
class Finding:
    what: str
    found: str
    ok: bool | None  # None: only informs, never fails the check


def routines() -> Finding:
    entries = discover()
    builtin = [e for e in entries if e.origin == "built-in"]
    ids = ", ".join(e.routine.id if e.routine else e.path.stem for e in builtin)
    broken = [e.path.name for e in builtin if not e.routine]
    yours = len(entries) - len(builtin)
    found = translate("self-check", "{n} built-in ({ids}), {yours} of yours").format(
        n=len(builtin), ids=ids, yours=yours)
    if broken:
        found += "; " + translate("self-check", "broken: {names}").format(names=", ".join(broken))
    return Finding(translate("self-check", "routines"), found, bool(builtin) and not broken)


def clip_languages() -> list[str]:
    folder = paths.assets_dir() / "sounds"
    found = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return sorted(found, key=lambda lang: lang != "en")  # English first


def cue_clips() -> Finding:
    catalogue = cues.catalogue()
    parts, ok = [], "en" in clip_languages()
    for lang in clip_languages():
        missing = [c for c in catalogue if not (paths.sounds_dir(lang) / f"{c}.wav").is_file()]
        part = f"{lang} {len(catalogue) - len(missing)}/{len(catalogue)}"
        if missing:
            ok = False
            part += " (" + translate("self-check", "missing: {names}").format(
                names=", ".join(missing[:SHOWN_MISSING]) + (" ..." if len(missing) > 5 else ""))
            part += ")"
        parts.append(part)
    if not parts:
        parts.append(translate("self-check", "none in {path}").format(
            path=paths.assets_dir() / "sounds"))
    return Finding(translate("self-check", "cue clips"), ", ".join(parts), ok)


def translations() -> Finding:
    """The .qm files; every .ts and every clip language but English needs one."""
    folder = paths.translations_dir()
    found = {p.stem.removeprefix("footwork_") for p in folder.glob("footwork_*.qm")}
    loaded = set(desktop.bundled_translators())
    wanted = {p.stem.removeprefix("footwork_") for p in folder.glob("footwork_*.ts")}
    wanted |= set(clip_languages()) - {"en"}
    text = translate("self-check", "{langs} ({n} .qm)").format(
        langs=", ".join(sorted(found)) or "-", n=len(found))
    lacking = sorted(wanted - found) + sorted(found - loaded)
    if lacking:
        text += "; " + translate("self-check", "missing or unreadable: {langs}").format(
            langs=", ".join(lacking))
    return Finding(translate("self-check", "translations"), text, bool(found) and not lacking)


def desktop_files() -> Finding:
    missing = desktop.missing_assets()
    if missing:
        text = translate("self-check", "missing: {names}").format(
            names=", ".join(p.name for p in missing))
    else:
        text = translate("self-check", "menu entry, metainfo, icon ({sizes} px and SVG)").format(
            sizes=", ".join(str(s) for s in desktop.ICON_SIZES))
    return Finding(translate("self-check", "desktop files"), text, not missing)


def bundled() -> list[Finding]:
    return [routines(), cue_clips(), translations(), desktop_files()]


def _main_window(platform: str) -> Finding:
    """Builds the main window as ``footwork`` does, in a throwaway data folder."""
    from footwork.app import create_window

    before = os.environ.get("FOOTWORK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="footwork-self-check-") as data:
        os.environ["FOOTWORK_DATA_DIR"] = data
        try:
            started = time.perf_counter()
            window = create_window()
            took = time.perf_counter() - started
            window.close()
            window.deleteLater()
        except Exception as exc:
            return Finding(translate("self-check", "main window"), repr(exc), False)
        finally:
            if before is None:
                os.environ.pop("FOOTWORK_DATA_DIR", None)
            else:
                os.environ["FOOTWORK_DATA_DIR"] = before
    text = translate("self-check", "built in {ms:.0f} ms ({platform})").format(
        ms=took * 1000, platform=platform)
    return Finding(translate("self-check", "main window"), text, True)


def _sound() -> Iterator[Finding]:
    multimedia = translate("self-check", "Qt Multimedia")
    output = translate("self-check", "sound output")
    try:
        from PySide6.QtMultimedia import QMediaDevices

        from footwork.audio.qt_player import no_output_reason
    except ImportError as exc:
        yield Finding(multimedia, translate(
            "self-check", "missing ({reason}): pip install PySide6-Addons").format(reason=exc),
            None)
    else:
        yield Finding(multimedia, translate("self-check", "available"), None)
        reason = no_output_reason()
        device = QMediaDevices.defaultAudioOutput().description()
        yield Finding(output, reason or device, None)
    from footwork.audio.playsound_player import no_player_reason

    player = no_player_reason()
    yield Finding(translate("self-check", "player program"),
                  player or translate("self-check", "available for playsound3"), None)


def _qt() -> list[Finding]:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt Multimedia's own log lines (pipewire not found, FFmpeg version) say nothing the report
    # does not; the user's QT_LOGGING_RULES win.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["footwork", "--self-check"])
    app.setApplicationName("Footwork")
    return [_main_window(QApplication.platformName()), *_sound()]


def _line(finding: Finding) -> str:
    status = {True: translate("self-check", "ok"), False: translate("self-check", "MISSING"),
              None: translate("self-check", "info")}[finding.ok]
    return f"{status:<8}{finding.what}: {finding.found}\n"


def run(out: TextIO) -> int:
    """Print the report on ``out``; 0 when everything bundled is there, else 1."""
    out.write(translate("self-check", "Footwork {version} self-check").format(
        version=__version__) + "\n")
    findings = bundled()
    for finding in findings:
        out.write(_line(finding))
    out.flush()
    for finding in _qt():
        out.write(_line(finding))
        findings.append(finding)
    failed = any(f.ok is False for f in findings)
    out.write((translate("self-check", "Something is missing: reinstall Footwork.")
               if failed else translate("self-check", "Everything bundled was found.")) + "\n")
    return 1 if failed else 0
