"""Wiring: the QApplication, translations, the main window and what ``--start`` asks for."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from footwork import __version__, i18n, paths
from footwork.routine.library import discover, resolve
from footwork.routine.problems import RoutineError
from footwork.ui.main_window import MainWindow
from footwork.ui.theme import follow_system_scheme


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Footwork's and Qt's own translations for ``locale`` (default: the system's)."""
    locale = locale or QLocale.system()
    translators = []
    for name, folder in (("footwork", str(paths.translations_dir())),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    i18n.install(QCoreApplication.translate)
    return translators


def create_window(start: str | None = None) -> MainWindow:
    """The main window with the routines found; ``start`` opens straight into that workout."""
    entries = discover()
    window = MainWindow(entries)
    if start:
        try:
            routine = resolve(start, entries)
        except RoutineError as exc:
            window.today.show_notice(
                QCoreApplication.translate("App", "Cannot start {name}:").format(name=start)
                + "\n" + str(exc))
        else:
            window.today.select(routine.id)
            window.start_workout(routine)
    return window


def run(start: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Footwork")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("footwork")
    install_translations(app)
    follow_system_scheme(app)
    window = create_window(start)
    window.show()
    return app.exec()
