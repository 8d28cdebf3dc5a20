"""The routine loader refuses bad files with one PATH:LINE: FIELD: problem line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from footwork.domain import ExerciseKind, Sides
from footwork.routine.loader import load, parse
from footwork.routine.model import Check, Hold, Reps, Sequence, Timed
from footwork.routine.problems import RoutineError

GOOD = """\
format = 1
id = "mine"
name = "Mine"

[[exercises]]
id = "spread"
name = "Toe spread"
kind = "hold"
hold = 5
reps = 10
"""


def problems(text: str | bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "r.toml"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    with pytest.raises(RoutineError) as info:
        load(path)
    lines = str(info.value).splitlines()
    assert all(line.startswith(f"{path}:") for line in lines), lines
    return [line.removeprefix(f"{path}:") for line in lines]


def test_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(GOOD)
    routine = load(path)
    assert routine.id == "mine"
    assert routine.exercises[0].hold == 5
    assert routine.exercises[0].reps == 10
    assert routine.prepare == 5
    assert routine.switch == 5


def test_syntax_error_names_its_line(tmp_path: Path) -> None:
    (msg,) = problems(GOOD + 'rest = \n', tmp_path)
    assert msg.startswith("11: syntax: ")


def test_unknown_key_names_line_and_field(tmp_path: Path) -> None:
    text = GOOD.replace('reps = 10', 'reps = 10\nrepz = 3')
    assert problems(text, tmp_path) == ["11: exercises[spread].repz: unknown key"]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    assert problems("colour = 'red'\n" + GOOD, tmp_path) == ["1: colour: unknown key"]


def test_key_of_another_kind(tmp_path: Path) -> None:
    text = GOOD.replace('reps = 10', 'reps = 10\nseconds = 30')
    assert problems(text, tmp_path) == [
        '11: exercises[spread].seconds: does not apply to kind "hold"']


def test_wrong_types(tmp_path: Path) -> None:
    text = GOOD.replace('hold = 5', 'hold = "five"').replace('reps = 10', 'reps = 2.5')
    assert problems(text, tmp_path) == [
        "9: exercises[spread].hold: must be a number",
        "10: exercises[spread].reps: must be a whole number",
    ]


def test_boolean_is_not_a_number(tmp_path: Path) -> None:
    text = GOOD.replace('hold = 5', 'hold = true')
    assert problems(text, tmp_path) == ["9: exercises[spread].hold: must be a number"]


def test_missing_required_fields(tmp_path: Path) -> None:
    text = GOOD.replace('hold = 5\n', '').replace('name = "Mine"\n', '')
    assert problems(text, tmp_path) == [
        "1: name: is required",
        '4: exercises[spread].hold: is required for kind "hold"',
    ]


@pytest.mark.parametrize(("field", "value", "line"), [
    ("hold", "0", 9), ("hold", "-5", 9), ("reps", "0", 10), ("reps", "-1", 10)])
def test_zero_or_negative_durations_and_counts(tmp_path: Path, field: str, value: str,
                                               line: int) -> None:
    text = GOOD.replace(f"{field} = ", f"{field} = {value} #")
    assert problems(text, tmp_path) == [
        f"{line}: exercises[spread].{field}: must be greater than zero"]


def test_negative_prepare_and_rest(tmp_path: Path) -> None:
    text = GOOD.replace('name = "Mine"', 'name = "Mine"\nprepare = -1').replace(
        'reps = 10', 'reps = 10\nrest = -3')
    assert problems(text, tmp_path) == [
        "4: prepare: must be greater than zero",
        "12: exercises[spread].rest: must be zero or more",
    ]


def test_duplicate_exercise_ids(tmp_path: Path) -> None:
    second = GOOD[GOOD.index("[[exercises]]"):]
    assert problems(GOOD + "\n" + second, tmp_path) == [
        "13: exercises[spread].id: duplicate exercise id (first used on line 6)"]


def test_unknown_kind_and_sides(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "hold"', 'kind = "plank"\nsides = "each-hand"')
    result = problems(text, tmp_path)
    assert result[0] == (
        "8: exercises[spread].kind: must be one of: timed, hold, reps, sequence, check")
    assert "9: exercises[spread].sides: must be one of: both, each-foot, each-leg" in result


def test_other_format(tmp_path: Path) -> None:
    text = GOOD.replace("format = 1", "format = 2")
    assert problems(text, tmp_path) == [
        "1: format: must be 1; this version of Footwork reads format 1"]


def test_missing_format(tmp_path: Path) -> None:
    assert problems(GOOD.replace("format = 1\n", ""), tmp_path) == [
        "1: format: is required (format = 1)"]


def test_not_a_text_file(tmp_path: Path) -> None:
    assert problems(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", tmp_path) == [
        "1: file: is not a text file"]
    assert problems("format = 1\nname = 'caf\u00e9'\n".encode("latin-1"), tmp_path) == [
        "2: file: is not UTF-8 text"]


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as info:
        load(tmp_path / "missing.toml")
    assert str(info.value).startswith(f"{tmp_path / 'missing.toml'}:1: file: cannot be read")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace('hold = 5', 'hold = 0').replace('id = "mine"', 'id = "Not A Slug"')
    text += '\n[[exercises]]\nid = "x"\nname = "X"\nkind = "timed"\n'
    result = problems(text, tmp_path)
    assert len(result) == 3, result
    assert result[0].startswith("2: id: must be lowercase")
    assert result[2] == '12: exercises[x].seconds: is required for kind "timed"'


def test_ranges_must_not_shrink(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "hold"\nhold = 5\nreps = 10',
                        'kind = "timed"\nseconds = 60\nmax_seconds = 30')
    assert problems(text, tmp_path) == [
        "10: exercises[spread].max_seconds: must not be less than seconds"]


def test_tempo_and_self_pace(tmp_path: Path) -> None:
    reps = GOOD.replace('kind = "hold"\nhold = 5\n', 'kind = "reps"\n')
    path = tmp_path / "ok.toml"
    path.write_text(reps.replace("reps = 10", "reps = 10\ntempo = [2, 1, 3]"))
    assert load(path).exercises[0].tempo == (2.0, 1.0, 3.0)
    assert problems(reps.replace("reps = 10", "reps = 10\ntempo = [2, -1]"), tmp_path) == [
        "10: exercises[spread].tempo: must be three seconds [up, hold, down], none negative"]
    path.write_text(reps.replace("reps = 10", 'reps = 10\npace = "self"'))
    assert load(path).exercises[0].self_paced


def test_check_needs_two_choices(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "hold"\nhold = 5\nreps = 10',
                        'kind = "check"\nquestion = "Where?"\nchoices = ["here"]')
    assert problems(text, tmp_path) == [
        "10: exercises[spread].choices: must have at least 2 entries"]


CHECK = GOOD.replace('kind = "hold"\nhold = 5\nreps = 10',
                     'kind = "check"\nquestion = "Where?"\nchoices = ["here", "there"]')


def test_a_check_waits_20_s_for_its_answer_unless_the_file_says(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(CHECK)
    assert load(path).exercises[0].answer_within == 20
    path.write_text(CHECK + "answer_within = 7.5\n")
    assert load(path).exercises[0].answer_within == 7.5


@pytest.mark.parametrize(("value", "problem"), [
    ("0", "must be greater than zero"), ("-3", "must be greater than zero"),
    ('"soon"', "must be a number"), ("true", "must be a number")])
def test_answer_within_must_be_seconds_above_zero(tmp_path: Path, value: str,
                                                  problem: str) -> None:
    assert problems(CHECK + f"answer_within = {value}\n", tmp_path) == [
        f"11: exercises[spread].answer_within: {problem}"]


def test_answer_within_is_only_for_checks(tmp_path: Path) -> None:
    assert problems(GOOD + "answer_within = 5\n", tmp_path) == [
        '11: exercises[spread].answer_within: does not apply to kind "hold"']


def test_content_hash_follows_the_bytes() -> None:
    a = parse(GOOD.encode(), Path("a.toml"))
    b = parse(GOOD.replace("hold = 5", "hold = 6").encode(), Path("a.toml"))
    assert a.content_hash != b.content_hash
    assert a.content_hash == parse(GOOD.encode(), Path("b.toml")).content_hash


KIND_TABLES = {  # the lines after kind = "..." of a smallest exercise of each kind
    "timed": ("seconds = 30\nmax_seconds = 60\nopen_ended = true",
              Timed(id="spread", name="Toe spread", seconds=30, max_seconds=60,
                    open_ended=True)),
    "hold": ("hold = 5\nreps = 10",
             Hold(id="spread", name="Toe spread", hold=5, reps=10, release=3.0)),
    "reps": ('reps = 10\nmax_reps = 12\nsides = "each-leg"',
             Reps(id="spread", name="Toe spread", reps=10, max_reps=12, tempo=(2.0, 1.0, 2.0),
                  sides=Sides.EACH_LEG)),
    "sequence": ('items = ["A", "B"]\nseconds_per_item = 3',
                 Sequence(id="spread", name="Toe spread", items=("A", "B"), seconds_per_item=3)),
    "check": ('question = "Where?"\nchoices = ["here", "there"]',
              Check(id="spread", name="Toe spread", question="Where?",
                    choices=("here", "there"))),
}


def _of_kind(kind: str, lines: str) -> str:
    return GOOD.replace('kind = "hold"\nhold = 5\nreps = 10', f'kind = "{kind}"\n{lines}')


@pytest.mark.parametrize("kind", KIND_TABLES)
def test_each_kind_loads_as_its_own_class_with_its_fields(tmp_path: Path, kind: str) -> None:
    lines, expected = KIND_TABLES[kind]
    path = tmp_path / "r.toml"
    path.write_text(_of_kind(kind, lines))
    (exercise,) = load(path).exercises
    assert exercise == expected
    assert type(exercise) is type(expected)
    assert exercise.kind is ExerciseKind(kind)
    assert isinstance(exercise.sides, Sides)


@pytest.mark.parametrize(("kind", "foreign"), [
    ("timed", "items = ['A']"), ("hold", "seconds = 30"), ("reps", "hold = 5"),
    ("sequence", "choices = ['a', 'b']"), ("check", "reps = 3")])
def test_a_field_of_another_kind_is_refused_for_every_kind(tmp_path: Path, kind: str,
                                                           foreign: str) -> None:
    lines = KIND_TABLES[kind][0]
    text = _of_kind(kind, f"{lines}\n{foreign}")
    line = text.splitlines().index(foreign) + 1
    key = foreign.split(" = ")[0]
    assert problems(text, tmp_path) == [
        f'{line}: exercises[spread].{key}: does not apply to kind "{kind}"']
