"""Where Footwork finds its assets and keeps the user's data.

Assets live in ``footwork/assets`` inside an installed wheel, or in the repository's
top-level ``assets/`` when running from a source checkout (editable install, tests).
User data lives in platformdirs' user data dir, or in ``$FOOTWORK_DATA_DIR`` when set; the
log in platformdirs' user log dir, or in ``$FOOTWORK_LOG_DIR`` (else ``log/`` inside
``$FOOTWORK_DATA_DIR``) when set.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def data_dir() -> Path:
    """The user's data folder (history database, own routines, settings)."""
    override = os.environ.get("FOOTWORK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / "footwork.log"


def backups_dir() -> Path:
    """Daily copies of the history (``history-YYYY-MM-DD.sqlite3``)."""
    return data_dir() / "backups"
