"""FirstPaint says once when a window is on screen, and prints when asked to."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from footwork.ui.first_paint import REPORT, FirstPaint


def test_painted_comes_once_after_the_window_is_shown_and_painted(qtbot: QtBot) -> None:
    label = QLabel("Today")
    qtbot.addWidget(label)
    watch = FirstPaint(label)
    heard: list[bool] = []
    watch.painted.connect(lambda: heard.append(label.isVisible()))
    label.show()
    assert heard == []  # show() paints on a later turn of the event loop
    with qtbot.waitSignal(watch.painted):
        pass
    label.update()
    label.repaint()
    assert heard == [True]
    assert watch.done


def test_a_window_never_painted_still_lets_the_waiting_work_run(qtbot: QtBot) -> None:
    label = QLabel("never shown")
    qtbot.addWidget(label)
    watch = FirstPaint(label, fallback_ms=50)
    with qtbot.waitSignal(watch.painted, timeout=5000):
        pass
    assert watch.done


def test_the_first_paint_is_printed_on_request(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(REPORT, "1")
    label = QLabel("Today")
    qtbot.addWidget(label)
    watch = FirstPaint(label)
    before = time.monotonic()
    label.show()
    with qtbot.waitSignal(watch.painted):
        pass
    words = capsys.readouterr().out.split()
    assert words[0] == "first-paint"
    assert before <= float(words[1]) <= time.monotonic()
    assert 0 < float(words[2]) <= time.process_time()  # the CPU time used until then
