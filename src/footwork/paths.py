"""Where Footwork finds its assets and keeps the user's data.

Assets live in ``footwork/assets`` inside an installed wheel, or in the repository's
top-level ``assets/`` when running from a source checkout (editable install, tests).
User data lives in the user data dir (platformdirs' rules: ``$XDG_DATA_HOME/footwork`` on
Linux), or in ``$FOOTWORK_DATA_DIR`` when set; the log in the user log dir
(``$XDG_STATE_HOME/footwork/log`` on Linux), or in ``$FOOTWORK_LOG_DIR`` (else ``log/``
inside ``$FOOTWORK_DATA_DIR``) when set. On Linux the XDG rules are applied here, the way
platformdirs applies them (a test compares the two): importing platformdirs costs about 5 ms
of the start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "footwork"
_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_DIR = _PACKAGE_DIR.parent.parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _REPO_DIR / name


def assets_dir() -> Path:
    """The folder holding ``routines/`` and ``sounds/``."""
    return _bundled("assets")


def translations_dir() -> Path:
    """The folder holding the compiled ``.qm`` translations."""
    return _bundled("translations")


def builtin_routines_dir() -> Path:
    return assets_dir() / "routines"


def sounds_dir(language: str = "en") -> Path:
    return assets_dir() / "sounds" / language


def _xdg(variable: str, default: str) -> Path:
    """An XDG base directory: the variable's value when it is an absolute path (the XDG
    rule: a relative one is ignored), else ``default`` in the home folder."""
    value = os.environ.get(variable, "").strip()
    return Path(value) if os.path.isabs(value) else Path(os.path.expanduser(default))


def user_data_dir() -> Path:
    """Where platformdirs puts the app's data (``appauthor=False``)."""
    if sys.platform == "linux":
        return _xdg("XDG_DATA_HOME", "~/.local/share") / APP_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Where platformdirs puts the app's logs (``appauthor=False``)."""
    if sys.platform == "linux":
        return _xdg("XDG_STATE_HOME", "~/.local/state") / APP_NAME / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's data folder (history database, own routines, settings)."""
    override = os.environ.get("FOOTWORK_DATA_DIR")
    if override:
        return Path(override)
    return user_data_dir()


def user_routines_dir() -> Path:
    return data_dir() / "routines"


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


def log_dir() -> Path:
    """The folder of ``footwork.log`` (and its older copies)."""
    override = os.environ.get("FOOTWORK_LOG_DIR")
    if override:
        return Path(override)
    if os.environ.get("FOOTWORK_DATA_DIR"):
        return data_dir() / "log"
    return user_log_dir()


def log_path() -> Path:
    return log_dir() / "footwork.log"


def backups_dir() -> Path:
    """Daily copies of the history (``history-YYYY-MM-DD.sqlite3``)."""
    return data_dir() / "backups"
