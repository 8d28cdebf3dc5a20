"""Cue priorities and the one-sound-at-a-time rule, as a pure function over a timeline."""

from __future__ import annotations

from footwork.audio.rules import TimedCue, admits, audible_cues, priority


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
