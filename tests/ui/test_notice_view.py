"""Every notice goes through one channel; each page's view shows its share of it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.services.notices import Level, Notices, Source
from footwork.ui.main_window import MainWindow
from footwork.ui.notice_view import NoticeView
from tests.conftest import FakeClock
from tests.session.routines import small


def test_today_shows_every_notice_and_the_workout_only_what_matters_during_one(
        qtbot: QtBot, clock: FakeClock) -> None:
    notices = Notices()
    window = MainWindow([], clock, KeepAwake(NullBackend()), notices=notices)
    qtbot.addWidget(window)
    notices.post(Source.HISTORY, "Your history was recovered.", Level.INFO)
    notices.post(Source.SOUND, "No sound device.")
    assert window.today.notice.text() == "No sound device.\n\nYour history was recovered."
    window.start_workout(small())
    page = window.workout
    assert page is not None
    assert page.problem.text() == "No sound device."
    notices.post(Source.SAVING, "Results are kept in memory.")
    assert page.problem.text() == "Results are kept in memory.\nNo sound device."
    notices.post(Source.SOUND, "")
    notices.post(Source.SAVING, "")
    assert not page.problem.isVisibleTo(page)
    assert window.today.notice.text() == "Your history was recovered."
    window.close()


def test_a_view_deleted_hears_no_more(qtbot: QtBot) -> None:
    notices = Notices()
    view = NoticeView(notices, styles={Level.ERROR: "color: #c62828;"})  # deleted below
    notices.post(Source.EXPORT, "Could not export.", Level.ERROR)
    assert view.styleSheet() == "color: #c62828;"
    notices.post(Source.EXPORT, "Exported.", Level.INFO)
    assert view.text() == "Exported."
    assert view.styleSheet() == ""
    gone: list[bool] = []
    view.destroyed.connect(lambda: gone.append(True))
    view.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    notices.post(Source.EXPORT, "Exported again.")  # told to a deleted view, this would raise
