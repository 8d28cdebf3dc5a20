"""Widgets for the fields of a routine file, each showing and editing one or two keys.

Every field has ``keys`` (the file keys it holds), :meth:`Field.load` (show a table's values,
emitting nothing) and the ``edited(key, value)`` signal (``None``: remove the key, its
default applies). They hold no rule: what is valid is the loader's to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

translate = QCoreApplication.translate

MAX_SECONDS = 3600.0
MAX_COUNT = 999
MAX_TEMPO = 60.0  # seconds of one part of a rep


class Field(QWidget):
    """One row of a form: a widget for ``keys`` of a table."""

    edited = Signal(str, object)  # key, value (None removes the key)

    def __init__(self, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = tuple(keys)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def load(self, table: dict[str, Any]) -> None:
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        try:
            self.show_values(table)
        finally:
            del blockers

    def show_values(self, table: dict[str, Any]) -> None:
        raise NotImplementedError


def seconds_box(maximum: float = MAX_SECONDS) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSuffix(translate("Editor", " s"))
    return box


def count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    return box


Box = QDoubleSpinBox | QSpinBox


def set_box(box: Box, value: object, minimum: bool = False) -> None:
    """Show ``value`` (or make it the least value, ``minimum``); not a number shows 0."""
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else 0
    if isinstance(box, QSpinBox):
        (box.setMinimum if minimum else box.setValue)(int(number))
    else:
        (box.setMinimum if minimum else box.setValue)(float(number))


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


class TextField(Field):
    def __init__(self, key: str, default: str = "", parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.default = default
        self.edit = QLineEdit()
        self.row.addWidget(self.edit)
        self.edit.textEdited.connect(lambda text: self.edited.emit(key, text))

    def show_values(self, table: dict[str, Any]) -> None:
        self.edit.setText(str(table.get(self.keys[0], self.default)))


class ProseField(Field):
    """Several lines of text; left empty, the key goes."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(72)
        self.row.addWidget(self.edit)
        self.edit.textChanged.connect(
            lambda: self.edited.emit(key, self.edit.toPlainText() or None)
        )

    def show_values(self, table: dict[str, Any]) -> None:
        from footwork.routine.loader import tidy

        self.edit.setPlainText(tidy(str(table.get(self.keys[0], ""))))


class NumberField(Field):
    """A number with its unit: seconds (``seconds=True``) or a count."""

    def __init__(self, key: str, default: float = 0, seconds: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.default = default
        self.box: Box = seconds_box() if seconds else count_box()
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.valueChanged.connect(lambda value: self.edited.emit(key, _plain(value)))

    def show_values(self, table: dict[str, Any]) -> None:
        set_box(self.box, table.get(self.keys[0], self.default))


class RangeField(Field):
    """A value and, when "up to" is ticked, the top of its range: 10–12 reps, 30–60 s.

    The two boxes are linked: the top never shows less than the value.
    """

    def __init__(self, key: str, top_key: str, seconds: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__((key, top_key), parent)
        self.low: Box = seconds_box() if seconds else count_box()
        self.up_to = QCheckBox(self.tr("up to"))
        self.high: Box = seconds_box() if seconds else count_box()
        for widget in (self.low, self.up_to, self.high):
            self.row.addWidget(widget)
        self.row.addStretch(1)
        self.low.valueChanged.connect(self._low_changed)
        self.high.valueChanged.connect(self._high_changed)
        self.up_to.toggled.connect(self._up_to_toggled)

    def _low_changed(self, value: float) -> None:
        self.edited.emit(self.keys[0], _plain(value))
        set_box(self.high, value, minimum=True)  # may raise the top, which then says so

    def _high_changed(self, value: float) -> None:
        if self.up_to.isChecked():
            self.edited.emit(self.keys[1], _plain(value))

    def _up_to_toggled(self, on: bool) -> None:
        self.high.setEnabled(on)
        self.edited.emit(self.keys[1], _plain(self.high.value()) if on else None)

    def show_values(self, table: dict[str, Any]) -> None:
        high = table.get(self.keys[1])
        set_box(self.low, table.get(self.keys[0], 0))
        set_box(self.high, self.low.value(), minimum=True)
        self.up_to.setChecked(high is not None)
        self.high.setEnabled(high is not None)
        set_box(self.high, self.low.value() if high is None else high)


class TempoField(Field):
    """Seconds up, hold and down of a paced rep."""

    def __init__(self, key: str, default: Sequence[float], parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.default = list(default)
        self.boxes = [seconds_box(MAX_TEMPO) for _ in range(3)]
        for label, box in zip((self.tr("up"), self.tr("hold"), self.tr("down")), self.boxes,
                              strict=True):
            self.row.addWidget(QLabel(label))
            self.row.addWidget(box)
            box.valueChanged.connect(self._changed)
        self.row.addStretch(1)

    def _changed(self) -> None:
        self.edited.emit(self.keys[0], [_plain(b.value()) for b in self.boxes])

    def show_values(self, table: dict[str, Any]) -> None:
        value = table.get(self.keys[0], self.default)
        if not (isinstance(value, list) and len(value) == 3):
            value = self.default
        for box, seconds in zip(self.boxes, value, strict=True):
            set_box(box, seconds)


class ChoiceField(Field):
    """One of a few words, each shown by its label."""

    def __init__(self, key: str, options: dict[str, str], default: str,
                 parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.default = default
        self.combo = QComboBox()
        for word, label in options.items():
            self.combo.addItem(label, word)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.combo.currentIndexChanged.connect(
            lambda: self.edited.emit(key, self.combo.currentData())
        )

    def show_values(self, table: dict[str, Any]) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(table.get(self.keys[0],
                                                                        self.default))))


class FlagField(Field):
    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.box = QCheckBox(text)
        self.row.addWidget(self.box)
        self.box.toggled.connect(lambda on: self.edited.emit(key, True if on else None))

    def show_values(self, table: dict[str, Any]) -> None:
        self.box.setChecked(table.get(self.keys[0]) is True)
