"""Today's proposals: only changes are shown, each with its reason; Keep until accepted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork.services.progression import Move, Proposal, Span, Unit, Verdict
from footwork.ui.progression_box import ProgressionBox

BALANCE = Span(30, 60, 5, Unit.SECONDS)


def test_a_step_down_says_why_and_a_stay_shows_nothing(qtbot: QtBot) -> None:
    box = ProgressionBox()
    qtbot.addWidget(box)
    down = Proposal("single-leg-balance", BALANCE, 40, 35, Move.DOWN, 2, Verdict.SHORT)
    stay = Proposal("calf-drops", Span(10, 12, 1, Unit.REPS), 11, 11, Move.STAY, 3)
    box.show_proposals([down, stay], {"single-leg-balance": "Single-leg balance"}.get)
    assert list(box.rows) == ["single-leg-balance"]
    assert not box.isHidden()
    title, why, accept, _keep = box.rows["single-leg-balance"]
    assert "Single-leg balance: 35 s instead of 40 s" in title.text()
    assert why.text() == "Your last two sessions fell clearly short of 40 s: one step down."
    assert box.targets() == {"single-leg-balance": 40, "calf-drops": 11}
    accept.click()
    assert box.targets()["single-leg-balance"] == 35
    box.show_proposals([down, stay], {"single-leg-balance": "Single-leg balance"}.get)
    assert box.rows["single-leg-balance"][2].isChecked()  # the choice survives a refresh
    box.keep("single-leg-balance")
    assert box.targets()["single-leg-balance"] == 40
    box.show_proposals([stay], str)
    assert box.isHidden()
