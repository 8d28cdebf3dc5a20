"""The plan as rows of text: one per phase, with the cues and the total."""

from __future__ import annotations

from footwork.routine.library import resolve
from footwork.session.plan import compile_plan
from footwork.session.timeline import headers, rows, total_text


def test_each_phase_is_a_row_and_the_total_is_the_plans() -> None:
    plan = compile_plan(resolve("ball-roll"))
    table = rows(plan)
    assert len(table) == len(plan.phases)
    assert len(headers()) == len(table[0])
    assert table[0][:4] == ["0:00", "10s", "ball-roll", "prepare"]
    assert any(row[3] == "switch" and row[4] == "right" for row in table)
    assert total_text(plan) == f"Total: 1:45 (105 s) in {len(plan.phases)} phases"
