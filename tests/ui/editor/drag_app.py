"""The editor on quick-mobility in a real window, for the drag and drop test (run as a
process on an X server): prints where the first and the last exercise are on the screen,
then the exercises' order once they moved."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from footwork.routine.library import discover
from footwork.services.routine_edit import RoutineDraft, exercise_library
from footwork.ui.editor.page import EditorPage


def main() -> None:
    app = QApplication(sys.argv)
    entries = discover()
    page = EditorPage(exercise_library(entries))
    entry = next(e for e in entries if e.routine and e.routine.id == "quick-mobility")
    page.edit(RoutineDraft.open(entry, entries))
    page.move(0, 0)
    page.resize(1100, 720)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    rows = page.exercises.list
    for row in (0, rows.count() - 1):
        rect = rows.visualItemRect(rows.item(row))
        where = rows.viewport().mapToGlobal(rect.center())
        print(f"row {row} {where.x()} {where.y()} {rect.height()}", flush=True)

    def moved() -> None:
        print("order", " ".join(str(t["id"]) for t in page.draft.exercises), flush=True)
        app.quit()

    page.exercises.moved.connect(lambda *_: QTimer.singleShot(0, moved))
    QTimer.singleShot(60_000, app.quit)  # never left behind should the drag not arrive
    app.exec()


if __name__ == "__main__":
    main()
