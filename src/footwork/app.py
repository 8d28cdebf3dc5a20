"""Wiring: logging, the QApplication, one instance, translations, the main window; once it is
painted, the history's one owner, the sound and ``--start`` (:mod:`footwork.after_paint`)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

import footwork.ui  # noqa: F401 - first: PySide6 then reads none of our modules' sources

# isort: split

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from footwork import __version__, i18n, paths
from footwork.audio import environment as audio_environment
from footwork.logs import close_logging, rotate_from_now, setup_logging
from footwork.platform import desktop
from footwork.platform.single_instance import Request, SingleInstance
from footwork.routine.library import discover
from footwork.routine.model import Routine
from footwork.services.notices import Notices
from footwork.ui.crash import install_excepthook
from footwork.ui.first_paint import FirstPaint
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_store import Settings
from footwork.ui.theme import follow_system_scheme

if TYPE_CHECKING:  # loaded after the first paint (footwork.after_paint)
    from footwork.ui.sound import Sound

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


DEFAULT_ROUTINE = "foot-strength"  # selected on Today until another routine was started


def create_window(
    start: str | None = None,
    sound: Sound | Callable[[], Sound] | None = None,
    settings: Settings | None = None,
    log_path: Path | None = None,
    later: Callable[[Callable[[], None]], object] | None = None,
    hidden: bool = False,
) -> MainWindow:
    """The main window with the routines and history found; ``start`` opens that workout.

    What Today does not need to be painted (opening and checking the history, the program's
    week, the resume offer, the cue sound with its clips and ``start``) is handed to
    ``later``, which runs it once the window is on screen; without ``later`` it runs now.
    ``sound`` may be a function that makes it: Qt Multimedia loads there. ``hidden``:
    Footwork started in the tray (see :class:`~footwork.ui.reminding.Reminding`).
    """
    entries = discover()
    settings = settings or Settings()
    notices = Notices()
    window = MainWindow([], notices=notices, settings=settings, log_path=log_path)
    if later is not None:
        window.today.wait_for_program()  # its exercises are listed once, at the program's level
    window.today.set_entries(entries)
    window.today.select(settings.last_routine or DEFAULT_ROUTINE)

    def remember(routine: Routine) -> None:
        settings.last_routine = routine.id

    window.today.startRequested.connect(remember)

    def rest() -> None:
        from footwork.after_paint import open_the_rest  # SQLite and Qt Multimedia load there

        open_the_rest(window, entries, settings, notices, sound, start, hidden)

    if later is None:
        rest()
    else:
        later(rest)
    return window


def set_icon(app: QApplication) -> None:
    """The windows' icon: the installed one of the theme, else the one Footwork ships."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon.fromTheme(desktop.APP_ID, QIcon(str(desktop.icon_file()))))


def _sound(settings: Settings) -> Callable[[], Sound]:
    def make() -> Sound:
        from footwork.ui.sound import Sound  # Qt Multimedia loads with the player

        return Sound(settings)

    return make


def open_window(
    start: str | None,
    sound: Sound | Callable[[], Sound] | None,
    settings: Settings,
    log_path: Path | None = None,
    hidden: bool = False,
) -> tuple[MainWindow, FirstPaint]:
    """Show the main window at once (unless ``hidden`` in a tray); the rest of the start-up
    runs when ``painted`` says Today is on screen (see :func:`create_window`)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    after_paint: list[Callable[[], None]] = []
    window = create_window(start, sound, settings, log_path, later=after_paint.append,
                           hidden=hidden)
    painted = FirstPaint(window)  # hidden: its fallback runs the rest all the same
    for work in after_paint:
        painted.painted.connect(work)
    if not (hidden and QSystemTrayIcon.isSystemTrayAvailable()):
        window.show()
    return window, painted


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


def run(start: str | None = None, debug: bool = False, hidden: bool = False) -> int:
    log_path = setup_logging(debug, rotate=False)  # logging.handlers loads after the paint
    audio_environment.prepare()  # before Qt Multimedia or libpulse open a stream
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Footwork")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop.APP_ID)  # the installed entry's name (install-desktop)
    install_excepthook(log_path)
    settings = Settings()
    install_translations(app, QLocale(settings.language) if settings.language else None)
    instance = SingleInstance(paths.data_dir())
    if not instance.claim(listen=False):  # QtNetwork loads after the first paint
        try:
            return _hand_over(instance, start)
        finally:
            close_logging()
    logger.info("Footwork %s starts; log file %s", __version__, log_path)
    follow_system_scheme(app)
    window, painted = open_window(start, _sound(settings), settings, log_path,
                                 hidden=hidden and not start)
    painted.painted.connect(lambda: set_icon(app))  # the icon theme is searched after the paint
    painted.painted.connect(rotate_from_now)
    painted.painted.connect(instance.listen)
    window.on_close.append(instance.release)

    def requested(request: Request) -> None:
        from footwork.after_paint import start_routine

        window.bring_to_front()
        if request.start:
            start_routine(window, discover(), window.notices, request.start, ask=True)

    instance.requested.connect(requested)
    try:
        return app.exec()
    finally:
        logger.info("Footwork quits")
        close_logging()
