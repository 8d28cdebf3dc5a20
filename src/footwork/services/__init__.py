"""Between the core and the widgets: what the app does, without Qt.

A workout run (recording and the status it ends with), the program (week, level, today's
plan), resuming an interrupted workout, the settings model and the one channel through which
the runner is told things. Widgets in ``footwork.ui`` receive these and show them; no rule
lives in a widget. Nothing here imports PySide6, pyqtgraph or ``footwork.ui``.
"""
