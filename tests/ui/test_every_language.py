"""Every page in German, Spanish, French and a pseudo-language: no English left, nothing clipped.

The tour (tests/ui/languages.py) shows Today, a whole workout (each phase kind, a check, the
pause, the question before stopping, the end screen), History with five weeks of workouts,
the Settings dialog and the routine editor. In each language every visible text must differ
from the English shown in the same place, unless each of its words is a word the language's
translations use too ("Name", "Routine", "min"); in the pseudo-language every text must carry
the accents or the "~" padding. And every text must fit its widget.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.app import create_window
from footwork.audio.base import SilentPlayer
from footwork.domain import Ends
from footwork.history.backups import Backup
from footwork.history.owner import RestoreOffer
from footwork.history.store import Store
from footwork.routine.library import discover, resolve
from footwork.session.events import Status
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_dialog import SettingsDialog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from tests.conftest import FakeClock
from tests.history.factories import tripod
from tests.ui.history.conftest import DAYS
from tests.ui.history.helpers import SUMMER, workouts
from tests.ui.languages import KEEP, MARKS, language, misfits, pseudo, shown

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1100, 720)
STEP = 0.5  # s of fake clock per tick
# Shown alike in every language, each for its reason:
ALLOWED = {
    "Footwork",  # the app's name
    "English", "Deutsch", "Español", "Français",  # the language menu: each in its own words
    # routine and exercise ids: the routine file's own names, shown in the editor's preview
    *(e.routine.id for e in discover() if e.routine),
    *(x.id for e in discover() if e.routine for x in e.routine.exercises),
}
# The editor's lists (equipment, answers) hold the routine file's own words, as it saves them.
FILE_WORDS = "TextListField#"
_WORD = re.compile(r"[^\W\d_]{2,}")


def tour(app: QApplication, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    """(stop, window) at every stop of a runner's walk through the app."""
    with Store.open(paths.history_path()) as store:
        workouts(store, DAYS)
        # a workout the app closed on at the second exercise: Today offers to resume it
        started = datetime.combine(DAYS[-1], time(18, 0), SUMMER)
        unfinished = store.begin_session("foot-strength", "h", started, planned_exercises=12)
        store.record(unfinished, tripod(0, "middle", "middle"))
    sound = Sound(Settings(), lambda preferred, language: SilentPlayer(""))
    window = create_window(sound=sound)
    qtbot.addWidget(window)
    clock = FakeClock()
    window.clock = clock
    window.resize(*SIZE)
    window.show()
    window.today.select("foot-strength")
    yield "today", window
    assert window.today.resume_box.isVisible()  # the unfinished workout below
    window.today.restore_box.offer(RestoreOffer(Backup(Path("history-2026-06-01.sqlite3"),
                                                       date(2026, 6, 1)), 41, 9))
    yield "today: the offers", window
    window.today.restore_box.dismiss_button.click()
    yield from _workout(app, window, clock)
    window.show_today()
    window.show_history()
    yield "history", window
    window.show_today()
    dialog = SettingsDialog(Settings(), sound, paths.history_path().parent / "footwork.log",
                            window)
    dialog.show()
    yield "settings", dialog
    dialog.close()
    window.editing.actions.edit_button.click()
    page = window.editing.page
    assert page is not None
    for row in range(page.exercises.list.count()):
        page.exercises.list.setCurrentRow(row)
        yield f"editor, exercise {row + 1}", window
    page.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    page.leave()
    window.close()


def _workout(app: QApplication, window: MainWindow,
             clock: FakeClock) -> Iterator[tuple[str, QWidget]]:
    controller = window.start_workout(resolve("foot-strength"))
    seen: set[tuple[str, str]] = set()
    paused = False
    for _ in range(20_000):
        if controller.state().status is Status.FINISHED:
            break
        phase = controller.state().phase
        key = (phase.exercise.id, phase.kind)
        if key not in seen:
            seen.add(key)
            yield f"workout: {phase.exercise.id}, {phase.kind}", window
            if not paused:
                paused = True
                controller.toggle_pause()
                yield "workout: paused", window
                page = window.workout
                assert page is not None
                page.ask_stop()
                assert page.stop_box is not None
                yield "workout: stop?", page.stop_box
                page._stop_answers[1].click()  # keep going
                controller.toggle_pause()
                window.set_full_screen(True)
                yield "workout: full screen", window
                window.set_full_screen(False)
                window.resize(*SIZE)
        if phase.ends is Ends.ANSWER:
            controller.answer(1)
        elif phase.ends is Ends.TAPS:
            controller.enter()
        else:
            clock.advance(STEP)
            controller.tick()
    assert controller.state().status is Status.FINISHED
    yield "workout: done", window


def _words_of_translations(lang: str) -> set[str]:
    tree = ET.parse(ROOT / "translations" / f"footwork_{lang}.ts")
    return {w for t in tree.getroot().iter("translation") for w in _WORD.findall(t.text or "")}


def _leftover(where: str, text: str, english: str, lang: str, theirs: set[str]) -> bool:
    """Whether ``text`` is English left over (``english``: what English shows there)."""
    words = [w for w in _WORD.findall(text) if w not in ALLOWED]
    if lang == "en" or not words or text.strip() in ALLOWED or FILE_WORDS in where:
        return False
    if lang == "pseudo":
        return not MARKS.intersection(text)
    return text == english and not all(w in theirs for w in words)


def _walk(app: QApplication, qtbot: QtBot, lang: str) -> tuple[dict[tuple[str, str], str],
                                                                list[str]]:
    texts: dict[tuple[str, str], str] = {}
    clipped: list[str] = []
    with language(app, lang):
        for stop, root in tour(app, qtbot):
            app.processEvents()
            for item in shown(root):
                texts[(stop, item.where)] = item.text
            clipped += [f"{stop}: {m}" for m in misfits(root)]
    return texts, clipped


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "pseudo"])
def test_every_page_is_in_the_language_and_every_text_fits(
        qapp: QApplication, qtbot: QtBot, lang: str) -> None:
    texts, clipped = _walk(qapp, qtbot, lang)
    english = texts if lang == "en" else _walk(qapp, qtbot, "en")[0]
    theirs = set() if lang in ("en", "pseudo") else _words_of_translations(lang)
    left = sorted({f"{stop}: {where}: {text!r}" for (stop, where), text in texts.items()
                   if _leftover(where, text, english.get((stop, where), ""), lang, theirs)})
    assert texts
    assert not left, "English left over:\n" + "\n".join(left)
    assert not clipped, "clipped:\n" + "\n".join(dict.fromkeys(clipped))


def test_the_pseudo_language_keeps_placeholders_and_tags() -> None:
    assert pseudo("Hold") == "[Höld~]"
    assert pseudo(" for {time}") == " [för {time}~]"
    tagged = pseudo("<b>You need:</b> {items}")
    assert tagged == "[<b>Ýöü ñëëd:</b> {items}~~]"
    for text in ("Exercises: {n}", "Pause  [Space]", "Back to Today  [Enter]"):
        longer = KEEP.sub("", pseudo(text))
        assert len(longer) >= 1.4 * len(KEEP.sub("", text)), longer
