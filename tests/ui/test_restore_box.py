"""The offer to restore a backup says how far back it goes and how much it holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footwork.history.backups import Backup
from footwork.history.owner import RestoreOffer
from footwork.ui.restore_box import RestoreBox


@pytest.mark.parametrize(("days", "says"), [(0, "(made today)"), (1, "(1 day ago)"),
                                            (9, "(9 days ago)")])
def test_the_offer_says_how_far_back_the_backup_goes(qtbot: QtBot, days: int, says: str) -> None:
    box = RestoreBox()
    qtbot.addWidget(box)
    assert box.isHidden()  # until there is something to offer
    offer = RestoreOffer(Backup(Path("history-2026-11-22.sqlite3"), date(2026, 11, 22)), 41, days)
    box.offer(offer)
    assert not box.isHidden()
    assert says in box.text.text()
    assert "holds 41 sessions" in box.text.text()
    with qtbot.waitSignal(box.restoreRequested) as asked:
        box.restore_button.click()
    assert asked.args == [offer]
    assert box.isHidden()


def test_not_now_hides_the_offer(qtbot: QtBot) -> None:
    box = RestoreBox()
    qtbot.addWidget(box)
    box.offer(RestoreOffer(Backup(Path("b.sqlite3"), date(2026, 11, 22)), 1, 2))
    with qtbot.assertNotEmitted(box.restoreRequested):
        box.dismiss_button.click()
    assert box.isHidden()
