"""The cue catalogue: every sound has one name, and every built-in exercise a spoken name."""

from __future__ import annotations

import pytest

from footwork import cues
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
    assert ids <= set(cues.BUILTIN_EXERCISES), ids - set(cues.BUILTIN_EXERCISES)
