"""Wiring: the QApplication, translations, history, the main window and ``--start``."""

from __future__ import annotations

import sys
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from footwork import __version__, i18n, paths
from footwork.history import HistoryError, HistoryUnavailable, SafeRecorder, Store
from footwork.history.adherence import program_week
from footwork.history.resume import ResumeOffer, find_offer
from footwork.platform import desktop
from footwork.routine.library import discover, resolve
from footwork.routine.model import Routine
from footwork.routine.problems import RoutineError
from footwork.ui.main_window import MainWindow
from footwork.ui.session_log import SessionLog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from footwork.ui.texts import routine_text
from footwork.ui.theme import follow_system_scheme

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


def _open_history() -> tuple[Store | None, list[str]]:
    """The history for reading, and what the runner must be told about it."""
    try:
        store = Store.open(paths.history_path())
    except HistoryUnavailable as exc:
        return None, [
            str(exc)
            + " "
            + translate(
                "App",
                "Workouts still run; their results are kept in memory while Footwork is open.",
            )
        ]
    return store, [store.recovery.message()] if store.recovery else []


def _history_page_factory(store: Store | None, settings: Settings):  # noqa: ANN202
    if store is None:
        return None

    def make() -> QWidget:
        from footwork.ui.history.page import HistoryPage  # pyqtgraph loads on first open

        return HistoryPage(store, settings)

    return make


def _offer_resume(window: MainWindow, store: Store, offer: ResumeOffer) -> None:
    routine, session = offer.routine, offer.session
    day = session.started_local.date()
    date = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    text = translate(
        "App",
        "Your workout \u201c{name}\u201d of {date} was interrupted after {done} of {total} "
        "exercises.",
    ).format(
        name=routine_text(routine.name), date=date, done=offer.done, total=len(routine.exercises)
    )
    label = translate("App", "Resume from {exercise}").format(
        exercise=routine_text(routine.exercises[offer.next_exercise].name)
    )

    def answer(resume: bool) -> None:
        if resume:
            window.start_workout(routine, offer.next_exercise, resume_session=session.id)
        else:
            store.mark_partial(session.id)

    window.today.offer_resume(text, label, answer)


def _program_week(store: Store | None, settings: Settings):  # noqa: ANN202
    """Where the runner is in the program today: (week, weeks), from the history."""

    def week() -> tuple[int, int]:
        weeks = settings.program_weeks
        if store is None:
            return 1, weeks
        try:
            summaries = store.summaries()
        except HistoryError:
            summaries = []
        return program_week(
            summaries, date.today(), start=settings.program_start, weeks=weeks
        ), weeks

    return week


DEFAULT_ROUTINE = "foot-strength"  # selected on Today until another routine was started


def create_window(
    start: str | None = None, sound: Sound | None = None, settings: Settings | None = None
) -> MainWindow:
    """The main window with the routines and history found; ``start`` opens that workout."""
    entries = discover()
    settings = settings or Settings()
    store, notices = _open_history()
    log = SessionLog(SafeRecorder(paths.history_path()))
    window = MainWindow(
        entries,
        session_log=log,
        history_page=_history_page_factory(store, settings),
        sound=sound,
        program=_program_week(store, settings),
    )
    log.setParent(window)
    window.on_close.append(log.recorder.close)
    if store is not None:
        window.on_close.append(store.close)
    for notice in notices:
        window.today.add_notice(notice)
    window.today.select(settings.last_routine or DEFAULT_ROUTINE)

    def remember(routine: Routine) -> None:
        settings.last_routine = routine.id

    window.today.startRequested.connect(remember)
    routines = [e.routine for e in entries if e.routine]
    offer = find_offer(store, routines) if store is not None else None
    if store is not None and offer is not None:
        _offer_resume(window, store, offer)
    if start:
        try:
            routine = resolve(start, entries)
        except RoutineError as exc:
            window.today.add_notice(
                translate("App", "Cannot start {name}:").format(name=start) + "\n" + str(exc)
            )
        else:
            window.today.select(routine.id)
            window.start_workout(routine)
    return window


def run(start: str | None = None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Footwork")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop.APP_ID)  # the installed entry's name (install-desktop)
    app.setWindowIcon(QIcon.fromTheme(desktop.APP_ID, QIcon(str(desktop.icon_file()))))
    settings = Settings()
    install_translations(app, QLocale(settings.language) if settings.language else None)
    follow_system_scheme(app)
    window = create_window(start, Sound(settings), settings)
    window.show()
    return app.exec()
