"""Big labels whose text always fits: the font shrinks, from the size asked, until the ink of
the very text shown lies inside the label.

A label centres its line box (the font's ascent plus descent) and the big workout labels get
their heights from layout stretch factors, not from their text, so at some window sizes the
line box is taller than the label. Plain letters still fit; the dots and accents above
capitals (Ü, É, Á, Ñ), which rise above the cap height, were cut off: "PRÜFEN" showed as
"PRUFEN". Fitting the ink of the actual string keeps the asked size wherever it fits.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

SMALLEST = 10  # px: below this the text is unreadable anyway; it is shown clipped


def origin(metrics: QFontMetrics, text: str, room: QRect, align: Qt.AlignmentFlag) -> QPoint:
    """Where the baseline of one line of ``text`` starts in ``room``: where ``align`` puts it
    (as QLabel would), moved just enough to keep the ink inside when the ink is small enough."""
    ink = metrics.tightBoundingRect(text)
    advance = metrics.horizontalAdvance(text)
    if align & Qt.AlignmentFlag.AlignRight:
        x = room.right() + 1 - advance
    elif align & Qt.AlignmentFlag.AlignHCenter:
        x = room.left() + (room.width() - advance) // 2
    else:
        x = room.left()
    if align & Qt.AlignmentFlag.AlignTop:
        y = room.top() + metrics.ascent()
    elif align & Qt.AlignmentFlag.AlignBottom:
        y = room.bottom() + 1 - metrics.descent()
    else:
        y = room.top() + (room.height() - metrics.height()) // 2 + metrics.ascent()
    return QPoint(_inside(x, ink.left(), ink.right(), room.left(), room.right()),
                  _inside(y, ink.top(), ink.bottom(), room.top(), room.bottom()))


def _inside(at: int, first: int, last: int, low: int, high: int) -> int:
    """``at`` moved so that ``at + first .. at + last`` lies in ``low .. high``, if it can."""
    if at + last > high:
        at = high - last
    return max(at, low - first) if last - first <= high - low else at


def ink_rect(metrics: QFontMetrics, text: str, room: QRect, align: Qt.AlignmentFlag) -> QRect:
    """Where the ink of one line of ``text`` falls when drawn in ``room`` with ``align``."""
    return metrics.tightBoundingRect(text).translated(origin(metrics, text, room, align))


def fits(font: QFont, text: str, room: QRect, align: Qt.AlignmentFlag) -> bool:
    """Whether the ink of ``text`` in ``font`` lies inside ``room``."""
    return not text or room.contains(ink_rect(QFontMetrics(font), text, room, align))


def fitted(font: QFont, text: str, room: QRect, align: Qt.AlignmentFlag, wanted: int) -> QFont:
    """``font`` at ``wanted`` pixels, or the largest smaller size at which ``text`` fits."""
    result = QFont(font)
    size = wanted
    result.setPixelSize(size)
    while size > SMALLEST and not fits(result, text, room, align):
        size -= max(1, size // 16)
        result.setPixelSize(max(SMALLEST, size))
    return result


class FittedLabel(QLabel):
    """A one-line label at a pixel size asked by its page, smaller when the text needs it.

    Its size comes from the layout alone (both policies Ignored), so shrinking the font never
    moves the layout, and a long translation cannot widen the window.
    """

    def __init__(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(align)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._wanted = self.font().pixelSize()
        self._bold = False

    def set_pixel_size(self, size: int, bold: bool = False) -> None:
        """The size the page asks for; the text gets it wherever it fits."""
        self._wanted, self._bold = size, bold
        self._fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def ink(self) -> QRect:
        """Where the text's ink is drawn, in the label's coordinates."""
        return ink_rect(self.fontMetrics(), self.text(), self.contentsRect(), self.alignment())

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # the frame and the style sheet's background
        if not self.text():
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        at = origin(self.fontMetrics(), self.text(), self.contentsRect(), self.alignment())
        painter.drawText(at, self.text())
        painter.end()

    def _fit(self) -> None:
        if self._wanted <= 0:
            return
        font = QFont(self.font())
        font.setBold(self._bold)
        font = fitted(font, self.text(), self.contentsRect(), self.alignment(), self._wanted)
        if font != self.font():
            self.setFont(font)
