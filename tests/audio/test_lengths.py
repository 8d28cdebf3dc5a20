"""Each cue's sound, as long as its clip sounds: from its first audible sample to its last."""

from __future__ import annotations

from pathlib import Path

from footwork import paths
from footwork.audio.clips import read_clip
from footwork.audio.lengths import sounding_of

ENGLISH = paths.sounds_dir("en")


def test_a_cue_sounds_from_its_first_audible_sample_to_its_last() -> None:
    sounding = sounding_of(ENGLISH)
    clip = read_clip(ENGLISH / "last_one.wav")
    assert sounding("last_one") == clip.sounding
    assert 0.5 < sounding("last_one") < 1.2  # "Last one", less the lead and the tail
    assert 0.05 < sounding("beep_tick") < 0.15


def test_a_custom_exercise_name_sounds_as_its_fallback_and_a_missing_clip_not_at_all(
        tmp_path: Path) -> None:
    sounding = sounding_of(ENGLISH)
    assert sounding("name_my-own") > sounding("next")  # a tone, then "next"
    assert sounding("no_such_cue") == 0.0
    assert sounding_of(tmp_path)("last_one") == 0.0
