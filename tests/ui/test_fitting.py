"""The big workout labels: accents above capitals are drawn, and a text too wide shrinks."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from footwork.ui.fitting import FittedLabel

# The check screen's phase label at 800 x 600: 39 px high, asked for 39 px bold, whose line box
# (45 px) is taller than the label.
ROOM = (857, 39)
SIZE = 39


def _shown(qtbot: QtBot, label: QLabel, text: str) -> QImage:
    label.setStyleSheet("background: black; color: white;")
    label.setText(text)
    label.resize(*ROOM)
    label.show()
    qtbot.waitExposed(label)
    return label.grab().toImage()


def _ink(image: QImage) -> QRect:
    """The bounding box of the pixels lighter than the black background."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if QColor(image.pixel(x, y)).lightness() > 60:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def _big(label: QLabel) -> QLabel:
    font = label.font()
    font.setPixelSize(SIZE)
    font.setBold(True)
    label.setFont(font)
    return label


def test_a_plain_label_cuts_the_umlaut_off_which_the_fitted_one_draws(qtbot: QtBot) -> None:
    plain = _big(QLabel())
    plain.setAlignment(Qt.AlignmentFlag.AlignCenter)
    qtbot.addWidget(plain)
    whole = plain.fontMetrics().tightBoundingRect("PRÜFEN").height()
    # the bug: a plain label centres its line box, taller than the label, and cuts rows off
    # the top of the dots
    assert _ink(_shown(qtbot, plain, "PRÜFEN")).height() < whole - 1
    fitted = FittedLabel("phase")
    qtbot.addWidget(fitted)
    fitted.set_pixel_size(SIZE, bold=True)
    with_dots, without = _shown(qtbot, fitted, "PRÜFEN"), _shown(qtbot, fitted, "PRUFEN")
    assert fitted.font().pixelSize() == SIZE  # kept its size: only its place moved
    assert _ink(with_dots).height() >= whole - 1  # the dots drawn whole
    assert _ink(with_dots).top() < _ink(without).top()  # above the capitals


def test_the_ink_is_drawn_where_the_label_says_it_is(qtbot: QtBot) -> None:
    label = FittedLabel("exercise")
    qtbot.addWidget(label)
    label.set_pixel_size(SIZE, bold=True)
    image = _shown(qtbot, label, "Étirement plantaire")
    drawn, said = _ink(image), label.ink()
    assert abs(drawn.top() - said.top()) <= 1
    assert abs(drawn.bottom() - said.bottom()) <= 1
    assert abs(drawn.left() - said.left()) <= 1
    assert abs(drawn.right() - said.right()) <= 1
    assert label.contentsRect().contains(said)


def test_a_text_too_wide_shrinks_and_a_short_one_keeps_its_size(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = FittedLabel("side", parent=parent)
    label.set_pixel_size(60, bold=True)
    label.resize(600, 80)
    label.setText("LINKER FUSS")
    assert label.font().pixelSize() == 60
    label.setText("PIERNA IZQUIERDA Y PIERNA DERECHA")
    assert label.font().pixelSize() < 60
    assert label.contentsRect().contains(label.ink())
    label.setText("GO")
    assert label.font().pixelSize() == 60
