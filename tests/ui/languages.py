"""What a runner sees on every page, as texts and as problems of fit, in any language.

:func:`tour` walks the app a runner would: Today, a whole workout on a fake clock (every
phase kind of the built-in routine, paused, the question before stopping, the end screen),
History over five weeks of workouts, the Settings dialog and the routine editor on each kind
of exercise. At each stop it reads every visible text (:func:`shown`) and checks that each
fits its widget (:func:`misfits`).

:class:`PseudoTranslator` is a language made at test time: each text the English with its
vowels and some consonants accented (á ë Å É ...) and padded 40 % longer, so a text left in
English shows no accent, and a widget too small for a longer translation shows it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from footwork import i18n
from footwork.app import install_translations
from footwork.ui.fitting import FittedLabel

# ----- the pseudo-language ------------------------------------------------------------------
_ACCENTS = str.maketrans("aeiouycnAEIOUYCN", "áëïöüýçñÅÉÍÖÜÝÇÑ")
MARKS = frozenset("áëïöüýçñÅÉÍÖÜÝÇÑ~")
# kept as they are: placeholders, HTML tags and entities, file patterns, Qt's plural marker
KEEP = re.compile(r"(\{[^}]*\}|<[^>]*>|&[a-z]+;|\(\*\.[a-z]+\)|%n)")


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer: "Hold" -> "[Höld~~]"."""
    core = text.strip()
    if not core:
        return text
    accented = "".join(part if KEEP.fullmatch(part) else part.translate(_ACCENTS)
                       for part in KEEP.split(core))
    visible = len(KEEP.sub("", core))
    padded = f"[{accented}{'~' * max(1, math.ceil(visible * 0.4) - 2)}]"
    start = text.index(core[0])
    return text[:start] + padded + text[start + len(core):]


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def language(app: QApplication, lang: str) -> Iterator[None]:
    """The app in ``lang``: "en" (no translation), "de", "es", "fr" or "pseudo"."""
    before = QLocale()
    translators: list[QTranslator] = []
    if lang == "pseudo":
        translators.append(PseudoTranslator(app))
        app.installTranslator(translators[0])
    elif lang != "en":
        QLocale.setDefault(QLocale(lang))
        translators = install_translations(app, QLocale(lang))
        assert translators, f"no translation for {lang}"
    i18n.install(QCoreApplication.translate)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(before)


# ----- what is shown --------------------------------------------------------------------------
@dataclass(frozen=True)
class Shown:
    where: str  # the widget's place in the window, the same in every language
    text: str


def _place(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = [] if parent is None else [
            c for c in parent.children() if type(c) is type(widget)]
        parts.append(f"{type(widget).__name__}#{widget.objectName()}"
                     f"{siblings.index(widget) if widget in siblings else 0}")
        widget = parent
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield "title", widget.windowTitle()
    if widget.toolTip():
        yield "tip", _plain(widget.toolTip())
    if isinstance(widget, QLabel):
        yield "text", _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text().replace("&", "")
        menu = widget.menu() if isinstance(widget, QPushButton) else None
        if menu is not None:
            yield from _menu_texts(menu, "menu")
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item{i}", widget.itemText(i)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab{i}", widget.tabText(i)
    elif isinstance(widget, QHeaderView) and widget.model() is not None:
        for i in range(widget.count()):
            yield f"head{i}", str(widget.model().headerData(i, widget.orientation()) or "")
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), widget.rootIndex()
        for row in range(min(model.rowCount(top), 40)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for column in range(columns):
                yield f"cell{row},{column}", str(model.index(row, column, top).data() or "")
    elif isinstance(widget, pg.PlotWidget):
        item = widget.getPlotItem()
        yield "plot", item.titleLabel.text or ""
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            if axis.isVisible():
                yield f"axis-{name}", axis.labelText or ""
        if item.legend is not None:
            for _sample, label in item.legend.items:
                yield "legend", label.text


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for i, action in enumerate(menu.actions()):
        yield f"{where}{i}", action.text().replace("&", "")
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where}{i}.")


def shown(root: QWidget) -> list[Shown]:
    """Every text visible in ``root`` (its windows' titles, tool tips and items included)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        place = _place(widget, root)
        for what, text in _texts(widget):
            if text.strip():
                found.append(Shown(f"{place}.{what}", text))
    return found


# ----- what does not fit ---------------------------------------------------------------------
def _label_misfit(label: QLabel) -> str | None:
    text = label.text()
    room = label.contentsRect()
    if not text or room.isEmpty():
        return None
    if isinstance(label, FittedLabel):
        return None if room.contains(label.ink()) else f"ink {label.ink()} outside {room}"
    if label.wordWrap() or QtGui.Qt.mightBeRichText(text):
        needed = label.heightForWidth(label.width())
        return None if needed <= label.height() else f"needs {needed} px high, has {label.height()}"
    metrics = QFontMetrics(label.font())
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > room.width():
        return f"needs {widest} px wide, has {room.width()}"
    if len(lines) == 1:  # where QLabel puts it: its line box aligned, the ink in that box
        align = label.alignment()
        if align & Qt.AlignmentFlag.AlignTop:
            top = room.top()
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = room.bottom() + 1 - metrics.height()
        else:
            top = room.top() + (room.height() - metrics.height()) // 2
        # QLabel paints its text in its contents rect but clips only at its own edges: a
        # style's padding is room the accents may use
        ink = metrics.tightBoundingRect(text).translated(0, top + metrics.ascent())
        edge = label.rect()
        if ink.top() < edge.top() or ink.bottom() > edge.bottom():
            return f"ink rows {ink.top()}..{ink.bottom()} outside {edge.top()}..{edge.bottom()}"
    elif metrics.lineSpacing() * len(lines) > room.height():
        return f"{len(lines)} lines need {metrics.lineSpacing() * len(lines)} px"
    return None


def _button_misfit(button: QAbstractButton) -> str | None:
    text = button.text().replace("&", "")
    if not text:
        return None
    metrics = QFontMetrics(button.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    option = QStyleOptionButton()
    option.initFrom(button)
    element = {QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
               QRadioButton: QStyle.SubElement.SE_RadioButtonContents}
    kind = next((e for cls, e in element.items() if isinstance(button, cls)), None)
    if kind is not None:
        room = button.style().subElementRect(kind, option, button).width()
    elif isinstance(button, QPushButton):
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        room = button.width() - 2 * margin
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
    else:
        room = button.width()
    return None if widest <= room else f"needs {widest} px wide, has {room}"


def _header_misfits(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    metrics = QFontMetrics(header.font())
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        text = str(model.headerData(i, header.orientation()) or "")
        needed = metrics.horizontalAdvance(text) + 8
        if header.orientation() == Qt.Orientation.Horizontal and needed > header.sectionSize(i):
            yield f"header {text!r} needs {needed} px, has {header.sectionSize(i)}"


def misfits(root: QWidget) -> list[str]:
    """Each visible text in ``root`` that its widget clips or elides, with the widget."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems = [p for p in [_label_misfit(widget)] if p]
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QTabBar):
            problems = [p for p in [_button_misfit(widget)] if p]
        elif isinstance(widget, QHeaderView):
            problems = list(_header_misfits(widget))
        text = next((t for _what, t in _texts(widget) if t.strip()), "")
        found += [f"{_place(widget, root)} {text[:60]!r}: {p}" for p in problems]
    return found
