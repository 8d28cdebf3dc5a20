"""Following the system's light or dark scheme with Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2b2e",
    QPalette.ColorRole.AlternateBase: "#303134",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#8ab4f8",
}


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """Fusion's light palette, or a dark one for a dark scheme."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.style().standardPalette()
    if scheme == Qt.ColorScheme.Dark:
        for role, colour in _DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f7378")
        )
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f7378"))
    return palette


def follow_system_scheme(app: QApplication) -> None:
    """Use Fusion, coloured by the system's scheme now and whenever it changes."""
    app.setStyle("Fusion")
    hints = app.styleHints()

    def apply(scheme: Qt.ColorScheme) -> None:
        app.setPalette(palette_for(scheme))

    apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)


#: Room above each label's text for the accents of capitals (Ü, É, Å). At the usual 9 and
#: 10 pt the hinted accents rise up to 2 px above the font's ascent, which a label's height
#: (ascent plus descent) leaves out: a label just tall enough for its font cut them off.
LABEL_ROOM = "QLabel { padding-top: 2px; }"
