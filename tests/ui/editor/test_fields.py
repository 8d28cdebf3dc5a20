"""The field widgets: units shown, a range's two boxes linked, loading emits nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork.ui.editor.fields import RangeField, TempoField
from footwork.ui.editor.list_field import TextListField


def test_a_range_top_never_shows_less_than_its_value(qtbot: QtBot) -> None:
    field = RangeField("seconds", "max_seconds")
    qtbot.addWidget(field)
    edits: list[tuple[str, object]] = []
    field.edited.connect(lambda key, value: edits.append((key, value)))
    field.load({"seconds": 30, "max_seconds": 60})
    assert edits == []
    assert field.low.suffix() == " s"
    assert field.up_to.isChecked()
    field.low.setValue(70)
    assert field.high.value() == 70
    assert edits == [("seconds", 70), ("max_seconds", 70)]
    field.up_to.setChecked(False)
    assert edits[-1] == ("max_seconds", None)
    assert not field.high.isEnabled()
    edits.clear()
    field.low.setValue(80)  # the top follows, but is not written while "up to" is off
    assert edits == [("seconds", 80)]


def test_a_range_of_counts_has_no_unit_and_whole_numbers(qtbot: QtBot) -> None:
    field = RangeField("reps", "max_reps", seconds=False)
    qtbot.addWidget(field)
    field.load({"reps": 10})
    assert field.low.suffix() == ""
    assert not field.up_to.isChecked()
    edits: list[tuple[str, object]] = []
    field.edited.connect(lambda key, value: edits.append((key, value)))
    field.up_to.setChecked(True)
    field.high.setValue(12)
    assert edits == [("max_reps", 10), ("max_reps", 12)]
    assert all(isinstance(v, int) for _, v in edits)


def test_tempo_is_three_seconds_shown_as_written(qtbot: QtBot) -> None:
    field = TempoField("tempo", (2.0, 1.0, 2.0))
    qtbot.addWidget(field)
    field.load({})
    assert [b.value() for b in field.boxes] == [2, 1, 2]
    field.load({"tempo": [2, 0.5, 3]})
    edits: list[object] = []
    field.edited.connect(lambda key, value: edits.append(value))
    field.boxes[1].setValue(1)
    assert edits == [[2, 1, 3]]


def test_an_optional_list_left_empty_removes_its_key(qtbot: QtBot) -> None:
    field = TextListField("equipment", optional=True)
    qtbot.addWidget(field)
    field.load({"equipment": ["towel"]})
    edits: list[object] = []
    field.edited.connect(lambda key, value: edits.append(value))
    field.add_entry("ball")
    field.list.setCurrentRow(0)
    field.remove_entry()
    field.remove_entry()
    assert edits == [["towel", "ball"], ["ball"], None]
