"""Translation without Qt in the core.

Every text a user sees goes through :func:`translate`. The core modules (routine, session,
history) must not import Qt, so this module holds a replaceable translator: plain identity
until :func:`install` hands it ``QCoreApplication.translate`` (the app and the command line
do that once a Qt translator is loaded). ``pyside6-lupdate`` finds the ``translate("ctx",
"text")`` calls and the ``QT_TRANSLATE_NOOP("ctx", "text")`` marks in the source.
"""

from __future__ import annotations

from collections.abc import Callable

_Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: _Translator = _identity


def install(translator: _Translator | None) -> None:
    """Route every :func:`translate` call through ``translator`` (``None``: back to identity)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """The translation of ``text`` in ``context`` for the current language."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, which lupdate looks for
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
