"""Takes the README's screenshots with QWidget.grab(), headless, on a fake clock.

    python tools/screenshots.py [OUT_DIR]        (default: docs/screenshots)

Each picture is a real window in a known state: Today, a hold in the workout, the same in
full screen, the tripod check, a letter of toe spelling, and the history page when present.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from footwork.app import install_translations  # noqa: E402
from footwork.routine.library import discover, resolve  # noqa: E402
from footwork.ui.main_window import MainWindow  # noqa: E402

SIZE = (1100, 720)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def advance_to(window: MainWindow, clock: Clock, exercise: str, kind: str,
               extra: float = 0.0) -> None:
    """Run the workout on the fake clock until the first ``kind`` phase of ``exercise``."""
    controller = window.controller
    assert controller is not None
    while True:
        state = controller.state()
        if state.phase.exercise.id == exercise and state.phase.kind == kind:
            break
        if state.phase.kind == "check":
            controller.answer(1)
            continue
        clock.now += 0.25
        controller.tick()
    for _ in range(round(extra / 0.25)):
        clock.now += 0.25
        controller.tick()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app)
    clock = Clock()
    window = MainWindow(discover(), clock)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "today.png"))

    window.start_workout(resolve("foot-strength"))
    advance_to(window, clock, "tripod-check", "check")
    app.processEvents()
    window.grab().save(str(out / "check.png"))
    advance_to(window, clock, "toe-spread", "hold", extra=5 + 3 + 5 + 3 + 1.2)
    app.processEvents()
    window.grab().save(str(out / "workout.png"))
    window.set_full_screen(True)
    window.resize(*SIZE)
    app.processEvents()
    window.grab().save(str(out / "workout-full-screen.png"))
    window.set_full_screen(False)
    window.resize(*SIZE)
    advance_to(window, clock, "toe-spelling", "item", extra=3 * 6 + 1)
    app.processEvents()
    window.grab().save(str(out / "toe-spelling.png"))
    window.show_today()
    window.show_history()
    app.processEvents()
    window.grab().save(str(out / "history.png"))
    window.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
