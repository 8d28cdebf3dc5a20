"""The app follows the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from footwork.ui.theme import palette_for


def test_dark_scheme_gives_light_text_on_dark_windows(qapp: QApplication) -> None:
    dark = palette_for(Qt.ColorScheme.Dark)
    assert dark.color(QPalette.ColorRole.Window).lightness() < 60
    assert dark.color(QPalette.ColorRole.WindowText).lightness() > 200


def test_light_scheme_gives_dark_text_on_light_windows(qapp: QApplication) -> None:
    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Unknown):
        light = palette_for(scheme)
        assert light.color(QPalette.ColorRole.Window).lightness() > 180
        assert light.color(QPalette.ColorRole.WindowText).lightness() < 80
