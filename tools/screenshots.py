"""Takes the README's screenshots with QWidget.grab(), headless, on a fake clock.

    python tools/screenshots.py [OUT_DIR]        (default: docs/screenshots)

Each picture is a real window in a known state: Today on a new program, Today after five
weeks of made-up workouts proposing a step up, a hold in the workout, the same in full
screen, the tripod check, a letter of toe spelling, the end of a workout, the History page
over those weeks (kept in a temporary data folder), the routine editor with its preview and
a problem shown beside its field, and the end of a workout whose tripod checks nobody
answered, one of them answered there late.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FOOTWORK_DATA_DIR"] = tempfile.mkdtemp(prefix="footwork-screenshots-")

from PySide6.QtWidgets import QApplication, QMessageBox

from footwork import paths
from footwork.app import create_window, install_translations
from footwork.audio.base import SilentPlayer
from footwork.history import Store
from footwork.routine.library import resolve
from footwork.services.progression import proposals, recent_results, targets
from footwork.session.results import ExerciseResult, SideResult
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound

SIZE = (1100, 720)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def made_up_history() -> None:
    """Five weeks of workouts: most days, planned as the progression proposes (each step
    accepted), the balance improving, the calf drops held at 10 until the last two sessions,
    the tripod settling."""
    rng = random.Random(6)
    today = datetime.now().astimezone()
    routine = resolve("foot-strength")
    days_back = [back for back in range(34, 0, -1) if rng.random() >= 0.3]
    with Store.open(paths.history_path()) as store:
        for back in days_back:
            recent = recent_results(routine, store.summaries(), store.results)
            found = proposals(routine, 0.0, recent)
            chosen = targets(found, accepted=[p.exercise_id for p in found])
            day = today.date() - timedelta(days=back)
            started = datetime.combine(day, time(7, 15), today.tzinfo)
            session = store.begin_session("foot-strength", "demo", started, 12)
            answers = [rng.choice(["outside", "middle", "middle", "inside"]) for _ in range(2)]
            store.record(session, ExerciseResult("tripod-check", "check", 0, tuple(
                SideResult(side, 1, 1, 1, 1, 0, 0, answer=a)
                for side, a in zip(("left", "right"), answers, strict=True))))
            reps = round(chosen["calf-drops"])
            done = reps if back in days_back[-2:] else reps - rng.choice([1, 2])  # all lately
            store.record(session, ExerciseResult("calf-drops", "reps", 3, (
                SideResult(None, 1, 1, reps, done, reps * 6.0, done * 6.0),)))
            planned = chosen["single-leg-balance"]
            best = 29 + (34 - back) * 0.9
            store.record(session, ExerciseResult("single-leg-balance", "timed", 10, tuple(
                SideResult(side, 1, 1, 1, 1, planned, b, bouts=(b,))
                for side, b in (("left", min(planned, best + rng.uniform(-2, 3))),
                                ("right", min(planned, best - 2 + rng.uniform(-2, 3)))))))
            store.finish_session(session, "completed", started + timedelta(minutes=29))
            store.rate(session, effort=rng.randint(4, 7), pain=rng.randint(0, 2), note="")


def advance_to(window: MainWindow, clock: Clock, exercise: str, kind: str,
               extra: float = 0.0, answer: bool = True) -> None:
    """Run the workout on the fake clock until the first ``kind`` phase of ``exercise``
    (answering each check at once, unless ``answer`` is False: then its wait runs out)."""
    controller = window.controller
    assert controller is not None
    while True:
        state = controller.state()
        if state.phase.exercise.id == exercise and state.phase.kind == kind:
            break
        if state.phase.kind == "check" and answer:
            controller.answer(1)
            continue
        clock.now += 0.25
        controller.tick()
    for _ in range(round(extra / 0.25)):
        clock.now += 0.25
        controller.tick()


def shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    app.processEvents()
    window.grab().save(str(path))


def editor_with_a_problem(app: QApplication, window: MainWindow, path: Path) -> None:
    """The editor on a copy of the routine, calf drops chosen, its id mistyped."""
    window.today.select("foot-strength")
    window.editing.actions.edit_button.click()
    page = window.editing.page
    assert page is not None
    page.exercises.list.setCurrentRow(3)  # calf drops: 10 to 12 reps, paced 2-1-3
    exercise_id = page.exercise_form.common.fields["id"].edit
    exercise_id.setText("Calf drops")
    exercise_id.textEdited.emit("Calf drops")
    shoot(app, window, path)
    page.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # leave without a dialog
    page.leave()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app)
    # Sound as on a machine that can play (this one may have no sound device; nothing plays)
    sound = Sound(Settings(), lambda preferred, language: SilentPlayer(""))
    fresh = create_window(sound=sound)
    fresh.resize(*SIZE)
    fresh.show()
    fresh.today.select("foot-strength")
    shoot(app, fresh, out / "today.png")  # a new program: no history yet
    fresh.close()  # lets go of the history: one owner at a time
    made_up_history()
    window = create_window(sound=Sound(Settings(), lambda preferred, language: SilentPlayer("")))
    clock = Clock()
    window.clock = clock
    window.resize(*SIZE)
    window.show()
    window.today.select("foot-strength")
    shoot(app, window, out / "today-progression.png")  # five weeks on: a step up proposed

    window.start_workout(resolve("foot-strength"))
    advance_to(window, clock, "tripod-check", "check")
    shoot(app, window, out / "check.png")
    advance_to(window, clock, "toe-spread", "hold", extra=5 + 3 + 5 + 3 + 1.2)
    shoot(app, window, out / "workout.png")
    window.set_full_screen(True)
    window.resize(*SIZE)
    shoot(app, window, out / "workout-full-screen.png")
    window.set_full_screen(False)
    window.resize(*SIZE)
    advance_to(window, clock, "toe-spelling", "item", extra=3 * 6 + 1)
    shoot(app, window, out / "toe-spelling.png")
    advance_to(window, clock, "calf-stretch", "hold", extra=40)
    advance_to(window, clock, "calf-stretch", "hold", extra=40)
    shoot(app, window, out / "done.png")
    window.show_today()
    window.show_history()
    shoot(app, window, out / "history.png")
    window.show_today()
    editor_with_a_problem(app, window, out / "editor.png")

    window.start_workout(resolve("foot-strength"))  # hands-free: the checks go unanswered
    advance_to(window, clock, "calf-stretch", "hold", extra=40, answer=False)
    advance_to(window, clock, "calf-stretch", "hold", extra=40, answer=False)
    assert window.workout is not None
    window.workout.late.answer_first(1)  # the left foot, answered on the end screen
    shoot(app, window, out / "done-late-answer.png")
    window.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
