"""The cue catalogue: every sound has one name, every built-in exercise a spoken name; the
priorities of cues and the one-sound-at-a-time rule, as a pure function over a timeline."""

from __future__ import annotations

import pytest

from footwork import cues
from footwork.cues import TimedCue, admits, audible_cues, priority
from footwork.routine.library import BUILT_IN, discover


def test_counts_say_one_to_twenty_and_nothing_else() -> None:
    assert cues.count(1) == "count_1"
    assert cues.count(20) == "count_20"
    for n in (0, 21):
        with pytest.raises(ValueError, match=f"no count cue for {n}"):
            cues.count(n)


def test_a_letter_cue_only_for_one_letter_a_to_z() -> None:
    assert cues.letter("A") == "letter_a"
    assert cues.letter("z") == "letter_z"
    assert [cues.letter(item) for item in ("ab", "1", "é", "")] == [None] * 4


def test_the_catalogue_names_each_sound_once_and_knows_the_tones() -> None:
    catalogue = cues.catalogue()
    assert len(catalogue) == len(set(catalogue))
    assert {cues.GO, cues.count(12), "letter_q", cues.exercise_name("ball-roll")} <= set(catalogue)
    assert [cue for cue in catalogue if cues.is_tone(cue)] == ["beep_tick", "beep_go", "beep_end"]


def test_every_built_in_exercise_has_its_spoken_name() -> None:
    ids = {exercise.id for entry in discover() if entry.origin == BUILT_IN and entry.routine
           for exercise in entry.routine.exercises}
    assert ids, "no built-in routine found"
    assert ids == set(cues.builtin_exercises()), ids ^ set(cues.builtin_exercises())
    assert {cues.exercise_name(e) for e in ids} <= set(cues.catalogue())


def test_priorities_go_sides_and_names_then_last_one_then_counts_then_ticks() -> None:
    assert priority("switch_feet") == priority("name_toe-spread") > priority("last_one")
    assert priority("last_one") > priority("count_3") > priority("beep_tick")
    assert priority("count_3") == priority("letter_b")


def test_a_tick_due_while_last_one_sounds_is_skipped() -> None:
    timeline = [TimedCue("last_one", 10.0, 0.6), TimedCue("beep_tick", 10.4, 0.1)]
    assert audible_cues(timeline) == [True, False]


def test_a_count_never_cuts_last_one() -> None:
    assert not admits(priority("count_2"), 10.3, priority("last_one"), 10.6)


def test_last_one_cuts_a_count_still_sounding() -> None:
    timeline = [TimedCue("count_9", 5.0, 0.5), TimedCue("last_one", 5.3, 0.6)]
    assert audible_cues(timeline) == [True, True]


def test_a_switch_cuts_last_one_but_a_tick_does_not_cut_a_switch() -> None:
    timeline = [TimedCue("last_one", 1.0, 0.6), TimedCue("switch_feet", 1.2, 0.8),
                TimedCue("beep_tick", 1.5, 0.1)]
    assert audible_cues(timeline) == [True, True, False]


def test_the_same_priority_newest_cuts_the_older() -> None:
    assert audible_cues([TimedCue("count_1", 0.0, 0.5), TimedCue("count_2", 0.3, 0.5)]) \
        == [True, True]


def test_a_lower_cue_plays_once_the_higher_one_is_over() -> None:
    timeline = [TimedCue("name_ball-roll", 0.0, 0.9), TimedCue("beep_tick", 0.9, 0.1)]
    assert audible_cues(timeline) == [True, True]


def test_a_skipped_cue_blocks_nothing() -> None:
    # the count is skipped under "last one"; the tick after "last one" ends still plays
    timeline = [TimedCue("beep_tick", 3.0, 0.1), TimedCue("last_one", 1.0, 0.6),
                TimedCue("count_2", 1.5, 2.0)]
    assert audible_cues(timeline) == [True, True, False]
