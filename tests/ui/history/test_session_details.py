"""A session's details say what each check was answered, or that it was not answered."""

from __future__ import annotations

from pathlib import Path

from footwork.domain import Side
from footwork.history import Store
from footwork.ui.history.session_details import details_html
from footwork.ui.history.texts import Names
from tests.history.factories import UTC_START, tripod


def test_a_late_answer_shows_in_the_session_details(tmp_path: Path) -> None:
    with Store.open(tmp_path / "history.sqlite3") as store:
        session_id = store.begin_session("foot-strength", "h", UTC_START)
        store.record(session_id, tripod(0, None, None))
        before = details_html(store.summaries()[0], store.results(session_id), Names())
        store.answer_late(session_id, 0, Side.LEFT, "middle")
        after = details_html(store.summaries()[0], store.results(session_id), Names())
    assert before.count("not answered") == 2
    assert after.count("not answered") == 1
    assert "middle" in after
