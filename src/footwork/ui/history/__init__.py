"""The History page: weekly adherence, streak and program, trends, tripod answers, sessions.

Open it with ``from footwork.ui.history.page import HistoryPage``. pyqtgraph is imported by
these modules only, so the app loads it the first time the page opens, never at start-up;
this ``__init__`` imports nothing.

- ``page``: :class:`HistoryPage`, which assembles the parts and loads the figures.
- ``weeks_chart``, ``trend_chart``, ``tripod_chart`` (with ``date_axis``): the charts.
- ``sessions_model``, ``session_details``, ``session_list``: the list of sessions.
- ``goal_settings``, ``exporting``, ``texts``: the goal and program, export, shared texts.
"""
