"""Fixtures of the History page tests: a real history file, settings, a fixed day, a locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from pytestqt.qtbot import QtBot

from footwork.history.store import Store
from footwork.routine.library import discover
from footwork.ui.settings_store import Settings
from tests.ui.history.helpers import workouts

TODAY = date(2026, 6, 17)  # a Wednesday
# Weeks from Monday 18 May: 5 (met), 6 (met), 2 (missed), 5 (met), and 2 so far this week.
WEEK_DAYS = {
    date(2026, 5, 18): (0, 1, 2, 3, 4),
    date(2026, 5, 25): (0, 1, 2, 3, 4, 5),
    date(2026, 6, 1): (0, 2),
    date(2026, 6, 8): (0, 1, 2, 3, 4),
    date(2026, 6, 15): (0, 1),
}
DAYS = [monday + timedelta(days=d) for monday, offsets in WEEK_DAYS.items() for d in offsets]


@pytest.fixture
def locale() -> Iterator[Callable[[str], None]]:
    """Switch the default locale (``"en_GB"``: Monday first, ``"en_US"``: Sunday first)."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    use("en_GB")
    yield use
    QLocale.setDefault(before)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "history" / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """Twenty workouts over five weeks (see ``WEEK_DAYS``)."""
    workouts(store, DAYS)
    return store


@pytest.fixture
def settings() -> Settings:
    return Settings()  # in this test's own $FOOTWORK_DATA_DIR


@pytest.fixture
def open_page(qtbot: QtBot, settings: Settings, locale: Callable[[str], None]):
    """Build the History page on a store, shown, for ``TODAY``."""
    from footwork.ui.history.page import HistoryPage
    from footwork.ui.history.texts import Names

    pages: list[HistoryPage] = []

    def make(store: Store) -> HistoryPage:
        page = HistoryPage(store, settings, lambda: TODAY, names=Names.from_entries(discover()))
        pages.append(page)  # alive until closed below, as in the app, not dropped by the GC
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    for page in pages:
        page.close()
        page.deleteLater()
    # the deferred deletes happen here, before the store closes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(page) for page in pages), "a History page outlived it"
