"""One sound at a time in the plan: the cues that play never sound over each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork import paths
from footwork.audio.lengths import sounding_of
from footwork.routine.library import resolve
from footwork.routine.loader import parse
from footwork.session.plan import compile_plan
from footwork.session.sounding import one_sound_at_a_time, overlaps, timeline
from tests.session import routines

BUILTIN = sorted(p.stem for p in paths.builtin_routines_dir().glob("*.toml"))
ENGLISH = sounding_of(paths.sounds_dir("en"))

SHORT_HOLDS = parse(routines.SHORT_HOLDS.encode(), Path("short-holds.toml"))


@pytest.mark.parametrize("routine_id", BUILTIN)
@pytest.mark.parametrize("level", [0.0, 1.0])
def test_no_two_cues_of_a_builtin_routine_sound_at_once(routine_id: str, level: float) -> None:
    plan = compile_plan(resolve(routine_id), level)
    assert overlaps(plan, ENGLISH) == []  # as compiled: nothing even needs dropping
    assert not any(p.dropped for p in one_sound_at_a_time(plan, ENGLISH).phases)


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_with_4_s_holds_the_tick_after_last_one_is_dropped(language: str) -> None:
    sounding = sounding_of(paths.sounds_dir(language))
    plan = compile_plan(SHORT_HOLDS)
    clash = overlaps(plan, sounding)
    assert ("last_one", 5 + 7 + 7, "beep_tick", 5 + 7 + 7 + 1) in clash  # the word is too long
    played = one_sound_at_a_time(plan, sounding)
    last = [p for p in played.phases if p.kind == "hold"][-1]
    assert [(c.cue, c.offset) for c in last.dropped] == [("beep_tick", 1.0)]
    assert [(c.cue, c.offset) for c in last.cues][:2] == [("last_one", 0.0), ("beep_tick", 2.0)]
    assert overlaps(played, sounding) == []  # what plays is one sound at a time


def test_the_timeline_is_every_cue_at_its_moment() -> None:
    plan = compile_plan(SHORT_HOLDS)
    moments = timeline(plan)
    assert len(moments) == sum(len(p.cues) for p in plan.phases)
    assert [m for _, _, m in moments] == sorted(m for _, _, m in moments)
    assert (moments[0][1].cue, moments[0][2]) == ("name_toe-spread", 0.0)
