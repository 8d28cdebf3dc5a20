"""The offer to restore the newest backup after the history file was found damaged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:  # the history opens after Today is painted
    from footwork.history.owner import RestoreOffer


class RestoreBox(QWidget):
    """Says how far back the backup goes; ``restoreRequested`` carries the offer."""

    restoreRequested = Signal(object)  # RestoreOffer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBox")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the backup"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.dismiss_button)
        self.restore_button.clicked.connect(self._restore)
        self.dismiss_button.clicked.connect(self.hide)
        self._offer: RestoreOffer | None = None
        self.hide()

    def offer(self, offer: RestoreOffer) -> None:
        day = offer.backup.day
        when = QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.ShortFormat)
        if offer.days_back <= 0:
            back = self.tr("made today")
        elif offer.days_back == 1:
            back = self.tr("1 day ago")
        else:
            back = self.tr("{n} days ago").format(n=offer.days_back)
        self.text.setText(self.tr(
            "A backup of your history from {date} ({back}) holds {n} sessions. Restoring it "
            "brings them back; the sessions since then are not in it."
        ).format(date=when, back=back, n=offer.sessions))
        self._offer = offer
        self.show()

    def _restore(self) -> None:
        offer, self._offer = self._offer, None
        self.hide()
        if offer is not None:
            self.restoreRequested.emit(offer)
