"""Wiring: logging, the QApplication, one instance, translations, the history's one owner, the
main window and ``--start``."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from footwork import __version__, i18n, paths
from footwork.audio import environment as audio_environment
from footwork.history import HistoryError, SafeRecorder, Store
from footwork.history.owner import HistoryOwner, RestoreOffer
from footwork.logs import close_logging, setup_logging
from footwork.platform import desktop
from footwork.platform.mpris import MprisPlayer
from footwork.platform.single_instance import Request, SingleInstance
from footwork.routine.library import Entry, discover, resolve
from footwork.routine.model import Routine
from footwork.routine.problems import RoutineError
from footwork.services.notices import Level, Notices, Source
from footwork.services.program import Program
from footwork.services.remote import now_playing
from footwork.services.resume import find_resume, keep_as_partial, settle
from footwork.ui.crash import install_excepthook
from footwork.ui.history.texts import Names
from footwork.ui.main_window import MainWindow
from footwork.ui.session_log import SessionLog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from footwork.ui.theme import follow_system_scheme
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.page import WorkoutPage

if TYPE_CHECKING:
    from footwork.ui.history.page import HistoryPage

logger = logging.getLogger("footwork")

translate = QCoreApplication.translate  # found by pyside6-lupdate as translate("ctx", "text")


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Footwork's and Qt's own translations for ``locale`` (default: the system's)."""
    locale = locale or QLocale.system()
    translators = []
    for name, folder in (
        ("footwork", str(paths.translations_dir())),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    i18n.install(QCoreApplication.translate)
    return translators


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


DEFAULT_ROUTINE = "foot-strength"  # selected on Today until another routine was started


def create_window(
    start: str | None = None,
    sound: Sound | None = None,
    settings: Settings | None = None,
    log_path: Path | None = None,
) -> MainWindow:
    """The main window with the routines and history found; ``start`` opens that workout."""
    entries = discover()
    settings = settings or Settings()
    notices = Notices()
    owner = HistoryOwner(paths.history_path(), paths.backups_dir())
    store = _open_history(owner, notices)
    log = SessionLog(SafeRecorder.sharing(owner))  # writes through the one connection
    window = MainWindow(
        entries,
        session_log=log,
        history_page=_history_page_factory(store, settings, entries, notices),
        sound=sound,
        program=Program(settings, store.summaries if store is not None else None),
        notices=notices,
        settings=settings,
        log_path=log_path,
    )
    log.setParent(window)
    window.on_close.append(log.recorder.close)
    window.on_close.append(owner.close)
    _offer_restore(window, owner, notices)
    window.today.select(settings.last_routine or DEFAULT_ROUTINE)

    def remember(routine: Routine) -> None:
        settings.last_routine = routine.id

    window.today.startRequested.connect(remember)
    _remote_control(window)
    if store is not None:
        choice = find_resume(store, [e.routine for e in entries if e.routine], window.level())
        settle(store, choice)
        if choice.offer is not None:
            window.today.keepPartialRequested.connect(lambda offer: keep_as_partial(store, offer))
            window.today.offer_resume(choice.offer)
    if start:
        _start(window, entries, notices, start)
    return window


def _start(window: MainWindow, entries: list[Entry], notices: Notices, start: str,
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


def _as_request(start: str | None) -> Request:
    """What a second start hands over: a path made absolute (the first one runs elsewhere)."""
    if start and (start.endswith(".toml") or "/" in start or Path(start).expanduser().is_file()):
        start = str(Path(start).expanduser().resolve())
    return Request(start)


def _hand_over(instance: SingleInstance, start: str | None) -> int:
    """Another Footwork runs on this data folder: hand it the request, say so, exit."""
    if instance.send(_as_request(start)):
        sys.stderr.write(
            translate("App", "Footwork is already running; it was asked to start {routine}.")
            .format(routine=start)
            if start
            else translate("App", "Footwork is already running; its window was brought up.")
        )
        sys.stderr.write("\n")
        return 0
    sys.stderr.write(
        translate("App", "Footwork is already running (process {pid}) but does not answer.")
        .format(pid=instance.lock.holder() or "?")
        + "\n"
    )
    return 1


def run(start: str | None = None, debug: bool = False) -> int:
    log_path = setup_logging(debug)
    audio_environment.prepare()  # before Qt Multimedia or libpulse open a stream
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Footwork")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop.APP_ID)  # the installed entry's name (install-desktop)
    app.setWindowIcon(QIcon.fromTheme(desktop.APP_ID, QIcon(str(desktop.icon_file()))))
    install_excepthook(log_path)
    settings = Settings()
    install_translations(app, QLocale(settings.language) if settings.language else None)
    instance = SingleInstance(paths.data_dir())
    if not instance.claim():
        try:
            return _hand_over(instance, start)
        finally:
            close_logging()
    logger.info("Footwork %s starts; log file %s", __version__, log_path)
    follow_system_scheme(app)
    window = create_window(start, Sound(settings), settings, log_path)
    window.on_close.append(instance.release)

    def requested(request: Request) -> None:
        window.bring_to_front()
        if request.start:
            _start(window, discover(), window.notices, request.start, ask=True)

    instance.requested.connect(requested)
    window.show()
    try:
        return app.exec()
    finally:
        logger.info("Footwork quits")
        close_logging()
