"""The session list: a table model tested without a view, details, and a confirmed delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footwork.domain import ExerciseKind, Side
from footwork.history.store import Store
from footwork.routine.loader import parse
from footwork.session.results import ExerciseResult, SideResult
from footwork.ui.history.page import HistoryPage
from footwork.ui.history.sessions_model import (
    DATE,
    EFFORT,
    EXERCISES,
    PAIN,
    ROUTINE,
    SESSION_ID_ROLE,
    STATUS,
    TIME,
    SessionsModel,
)
from footwork.ui.history.texts import Names
from tests.ui.history.helpers import workout

NAMES = Names({"foot-strength": "Foot strength and mobility"},
              {"toe-spread": "Toe spread", "single-leg-balance": "Single-leg balance",
               "tripod-check": "Tripod check"})


def texts(model: SessionsModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_the_model_lists_sessions_newest_first_in_the_locale(
        store: Store, locale: Callable[[str], None]) -> None:
    first = workout(store, date(2026, 6, 1), 0, at=time(7, 5))
    second = workout(store, date(2026, 6, 3), 1, status="partial", effort=None,
                     at=time(18, 40))
    model = SessionsModel(NAMES)
    model.set_sessions(store.summaries())
    assert (model.rowCount(), model.columnCount()) == (2, 7)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Date", "Time", "Routine", "Status", "Exercises", "Effort", "Pain"]
    assert texts(model, 0) == ["03/06/2026", "18:40", "Foot strength and mobility",
                               "Stopped early", "3 / 12", "–", "–"]
    assert texts(model, 1) == ["01/06/2026", "07:05", "Foot strength and mobility",
                               "Completed", "3 / 12", "5", "0"]
    assert model.data(model.index(1, 0), SESSION_ID_ROLE) == first
    assert model.data(model.index(0, 0), SESSION_ID_ROLE) == second
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "felt good"
    assert model.data(model.index(5, 0)) is None
    assert model.data(QModelIndex()) is None
    locale("de_DE")
    assert model.data(model.index(0, DATE)) == "03.06.26"
    assert {DATE, TIME, ROUTINE, STATUS, EXERCISES, EFFORT, PAIN} == set(range(7))


def test_a_routine_no_file_knows_any_more_shows_readable_words(store: Store) -> None:
    workout(store, date(2026, 6, 1))
    model = SessionsModel(Names())
    model.set_sessions(store.summaries())
    assert model.data(model.index(0, ROUTINE)) == "Foot strength"


def test_selecting_a_session_shows_what_it_did(open_page: Callable[[Store], HistoryPage],
                                               store: Store) -> None:
    workout(store, date(2026, 6, 1), 0)
    workout(store, date(2026, 6, 2), 1)
    page = open_page(store)
    sessions = page.sessions
    assert "Choose a session" in sessions.details.text()
    assert not sessions.delete_button.isEnabled()
    sessions.select_row(1)  # the older one
    html = sessions.details.text()
    assert "01/06/2026" in html
    assert "Foot strength and mobility" in html
    assert "Tripod check" in html
    assert "outside" in html
    assert "middle" in html
    assert "Toe spread" in html
    assert "10 of 10 holds" in html
    assert "Single-leg balance" in html
    assert "bouts 15 s, 30 s" in html
    assert "25 s" in html
    assert "Effort 5 · pain 0 (of 10)" in html
    assert "felt good" in html
    assert sessions.delete_button.isEnabled()


def test_delete_asks_first_cancel_keeps_and_delete_removes(
        open_page: Callable[[Store], HistoryPage], store: Store, qtbot: QtBot) -> None:
    kept = workout(store, date(2026, 6, 1), 0)
    doomed = workout(store, date(2026, 6, 2), 1)
    page = open_page(store)
    sessions = page.sessions
    sessions.select_row(0)
    assert sessions.selected_id() == doomed

    qtbot.mouseClick(sessions.delete_button, Qt.MouseButton.LeftButton)
    box = sessions.confirm
    assert box is not None
    assert box.isVisible()
    assert "02/06/2026" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert [s.id for s in store.sessions()] == [kept, doomed]
    assert sessions.model.rowCount() == 2

    qtbot.mouseClick(sessions.delete_button, Qt.MouseButton.LeftButton)
    box = sessions.confirm
    assert box is not None
    assert sessions.confirm_delete is not None
    assert sessions.confirm_delete.text() == "Delete"
    qtbot.mouseClick(sessions.confirm_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)
    assert [s.id for s in store.sessions()] == [kept]
    assert store.results(doomed) == []
    assert sessions.model.data(sessions.model.index(0, 0), SESSION_ID_ROLE) == kept
    assert bars_total(page) == 1


def bars_total(page: HistoryPage) -> int:
    return int(sum(page.weeks.bars.opts["height"]))


def test_deleting_the_last_session_brings_back_the_friendly_start(
        open_page: Callable[[Store], HistoryPage], store: Store, qtbot: QtBot) -> None:
    only = workout(store, date(2026, 6, 1))
    page = open_page(store)
    page.delete_session(only)
    assert page.empty.isVisible()
    assert not page.content.isVisible()


FEET = """\
format = 1
id = "my-feet"
name = "My feet"

[[exercises]]
id = "marble-pickup"
name = "Marble pick-up"
kind = "hold"
sides = "each-foot"
hold = 20
reps = 2

[[exercises]]
id = "wall-stretch"
name = "Wall stretch"
kind = "timed"
seconds = 30
"""


def test_a_session_shows_the_routine_it_ran_after_the_file_is_gone(
        open_page: Callable[[Store], HistoryPage], store: Store, tmp_path: Path) -> None:
    routine = parse(FEET.encode(), tmp_path / "my-feet.toml")  # started from a path, since gone
    started = datetime(2026, 6, 3, 7, 0, tzinfo=UTC)
    session = store.begin_session(routine.id, routine.content_hash, started, 2,
                                  snapshot=FEET)
    store.record(session, ExerciseResult("marble-pickup", ExerciseKind.HOLD, 0, tuple(
        SideResult(side, 1, 1, 2, 2, 40.0, 40.0) for side in (Side.LEFT, Side.RIGHT))))
    store.finish_session(session, "partial", started + timedelta(minutes=3))
    page = open_page(store)
    assert page.sessions.model.data(page.sessions.model.index(0, ROUTINE)) == "My feet"
    page.sessions.select_row(0)
    html = page.sessions.details.text()
    assert "My feet" in html
    assert "Marble pick-up" in html
    assert "2 of 2 holds" in html
    assert "Not reached: Wall stretch" in html
