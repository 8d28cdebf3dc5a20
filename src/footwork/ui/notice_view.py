"""The one widget that shows the runner's notices (``footwork.services.notices``).

Each page that tells the runner something holds one: Today shows every notice, the workout
only those that matter during a workout (results not saved, no sound). Hidden when empty.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from footwork.services.notices import Level, Notice, Notices, Source

SEVERITY = (Level.INFO, Level.WARNING, Level.ERROR)


class NoticeView(QLabel):
    def __init__(
        self,
        notices: Notices,
        sources: tuple[Source, ...] | None = None,
        separator: str = "\n\n",
        object_name: str = "notice",
        styles: dict[Level, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``styles``: a style sheet by the highest level shown (none: the widget's own)."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self._sources, self._separator, self._styles = sources, separator, styles
        self._notices = notices
        self._stop = notices.subscribe(self._show)
        self.destroyed.connect(self._stop)
        self._show(notices.current())

    def _show(self, notices: list[Notice]) -> None:
        """Every notice in force, or those of ``sources`` in that order."""
        if self._sources is not None:
            by_source = {n.source: n for n in notices}
            notices = [by_source[s] for s in self._sources if s in by_source]
        self.setText(self._separator.join(n.text for n in notices))
        self.setVisible(bool(notices))
        if self._styles is not None:
            top = max((SEVERITY.index(n.level) for n in notices), default=0)
            self.setStyleSheet(self._styles.get(SEVERITY[top], ""))
