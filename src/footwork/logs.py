"""Python logging, set up once when the app starts: a rotating file, and stderr with --debug.

The file is ``footwork.log`` in :func:`footwork.paths.log_dir` (three older copies of 1 MB
at most are kept). When the folder cannot be written the app still runs, logging to stderr.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from footwork import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3
_HANDLERS: list[logging.Handler] = []  # the ones set up here, so set up twice replaces them


def setup_logging(debug: bool = False, path: Path | None = None) -> Path | None:
    """Log to the rotating file (and to stderr when ``debug``); returns the file, or None
    when it cannot be written. Debug messages are kept only with ``debug``."""
    path = path or paths.log_path()
    close_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    written: Path | None = path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        written = None
        handler = logging.StreamHandler(sys.stderr)
        print(f"footwork: cannot write the log {path}: {exc}", file=sys.stderr)
    _HANDLERS.append(handler)
    if debug and written is not None:
        _HANDLERS.append(logging.StreamHandler(sys.stderr))
    for handler in _HANDLERS:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return written


def close_logging() -> None:
    """Flush and close what :func:`setup_logging` opened (the app quits)."""
    root = logging.getLogger()
    for handler in _HANDLERS:
        root.removeHandler(handler)
        handler.close()
    _HANDLERS.clear()
