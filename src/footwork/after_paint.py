"""The start-up work that waits until the main window is on screen: the history (its health
check, the program's week, the resume offer), the session log, the cue sound (Qt Multimedia and
its clips), the keep-awake connection, the MPRIS remote control of a workout and a ``--start``
workout. :func:`footwork.app.create_window`
hands it on; importing this module loads SQLite, which is why it is a module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from footwork import paths
from footwork.history import HistoryError, SafeRecorder, Store
from footwork.history.owner import HistoryOwner, RestoreOffer
from footwork.platform.mpris import MprisPlayer
from footwork.routine.library import Entry, resolve
from footwork.routine.problems import RoutineError
from footwork.services.notices import Level, Notices, Source
from footwork.services.program import Program
from footwork.services.remote import now_playing
from footwork.services.resume import find_resume, keep_as_partial, settle
from footwork.ui.history.texts import Names
from footwork.ui.main_window import MainWindow
from footwork.ui.session_log import SessionLog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound

if TYPE_CHECKING:
    from footwork.ui.history.page import HistoryPage
    from footwork.ui.workout.controller import WorkoutController
    from footwork.ui.workout.page import WorkoutPage

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def _open_history(owner: HistoryOwner, notices: Notices) -> Store | None:
    """The process's one store (None while the file cannot be opened); what the runner must
    be told about it goes to ``notices``."""
    store = owner.current()
    if store is None:
        notices.post(
            Source.HISTORY,
            (owner.problem or "")
            + " "
            + translate(
                "App",
                "Workouts still run; their results are kept in memory while Footwork is open.",
            ),
        )
        return None
    if owner.recovery:
        notices.post(Source.HISTORY, owner.recovery.message(), Level.INFO)
    return store


def _offer_restore(window: MainWindow, owner: HistoryOwner, notices: Notices) -> None:
    """After a damaged file was kept aside: offer the newest backup, and restore it if asked."""
    offer = owner.restore_offer()
    if offer is None:
        return

    def restore(chosen: RestoreOffer) -> None:
        try:
            kept = owner.restore(chosen.backup.path)
        except HistoryError as exc:
            notices.post(Source.HISTORY, str(exc), Level.ERROR)
            return
        day = chosen.backup.day
        when = QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.ShortFormat)
        text = translate("App", "Your history was restored from the backup of {date}.").format(
            date=when
        )
        if kept is not None:
            text += " " + translate("App", "The history before it was kept as {path}.").format(
                path=kept
            )
        notices.post(Source.HISTORY, text, Level.INFO)
        window.history_changed()

    window.today.restore_box.restoreRequested.connect(restore)
    window.today.restore_box.offer(offer)


def _history_page_factory(
    store: Store | None, settings: Settings, entries: list[Entry], notices: Notices
) -> Callable[[], HistoryPage] | None:
    if store is None:
        return None

    def make() -> HistoryPage:
        from footwork.ui.history.page import HistoryPage  # pyqtgraph loads on first open

        return HistoryPage(store, settings, names=Names.from_entries(entries), notices=notices)

    return make


def _remote_control(window: MainWindow) -> None:
    """Each workout is an MPRIS player on the session bus from its start to its end (Linux):
    headset, Bluetooth and desktop media buttons drive it as the page's keys do."""

    def started(controller: WorkoutController, page: WorkoutPage) -> None:
        def raise_window() -> None:
            window.raise_()
            window.activateWindow()

        player = MprisPlayer(
            lambda: now_playing(controller.plan, controller.state()),
            page.remote,
            raise_window,
            parent=page,
        )
        controller.stateChanged.connect(player.update)
        controller.ended.connect(player.end)
        player.register()

    window.workout_started.append(started)


def open_the_rest(window: MainWindow, entries: list[Entry], settings: Settings,
                  notices: Notices, sound: Sound | Callable[[], Sound] | None,
                  start: str | None, hidden: bool = False) -> None:
    """The history (its one owner: the health check, the daily backup, the restore and resume
    offers), the sound, the keep-awake connection, MPRIS and ``start``, in that order: a
    started workout's plan needs the program's week and its log, and its clock waits for
    the sound. ``sound`` may be a function that makes it."""
    owner = HistoryOwner(paths.history_path(), paths.backups_dir())
    store = _open_history(owner, notices)
    log = SessionLog(SafeRecorder.sharing(owner))  # writes through the one connection
    log.setParent(window)
    window.on_close.append(log.recorder.close)
    window.on_close.append(owner.close)
    window.attach_history(
        _history_page_factory(store, settings, entries, notices),
        Program(settings, store.summaries if store is not None else None,
                results=store.results if store is not None else None),
        log,
    )
    from footwork.ui.reminding import Reminding  # the tray and the reminders

    window.reminding = Reminding(window, settings, store.summaries if store is not None else None,
                                 hidden=hidden)
    _offer_restore(window, owner, notices)
    if store is not None:
        choice = find_resume(store, [e.routine for e in entries if e.routine], window.level())
        settle(store, choice)
        if choice.offer is not None:
            window.today.keepPartialRequested.connect(lambda offer: keep_as_partial(store, offer))
            window.today.offer_resume(choice.offer)
    if sound is not None:
        window.attach_sound(sound if isinstance(sound, Sound) else sound())
    window.keep_awake.prepare()
    _remote_control(window)
    if start:
        start_routine(window, entries, notices, start)


def start_routine(window: MainWindow, entries: list[Entry], notices: Notices, start: str,
           ask: bool = False) -> None:
    """Start the routine ``start`` (an id or a path); ``ask`` first if a workout is running."""
    try:
        routine = resolve(start, entries)
    except RoutineError as exc:
        notices.post(
            Source.START,
            translate("App", "Cannot start {name}:").format(name=start) + "\n" + str(exc),
            Level.ERROR,
        )
        return
    if ask and window.workout_in_progress():
        window.ask_to_replace_workout(routine)
        return
    window.today.select(routine.id)
    window.start_workout(routine)
