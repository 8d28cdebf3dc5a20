"""Python logging, set up once when the app starts: a rotating file, and stderr with --debug.

The file is ``footwork.log`` in :func:`footwork.paths.log_dir` (three older copies of 1 MB
at most are kept). When the folder cannot be written the app still runs, logging to stderr.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from footwork import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3
_HANDLERS: list[logging.Handler] = []  # the ones set up here, so set up twice replaces them


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers  # socket, pickle and queue come with it: about 5 ms

    return logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )


def setup_logging(debug: bool = False, path: Path | None = None,
                  rotate: bool = True) -> Path | None:
    """Log to the rotating file (and to stderr when ``debug``); returns the file, or None
    when it cannot be written. Debug messages are kept only with ``debug``.

    ``rotate=False`` appends to the file without rotating it until :func:`rotate_from_now`:
    the app starts so and rotates once its window is painted."""
    path = path or paths.log_path()
    close_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    written: Path | None = path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = (
            _rotating(path) if rotate else logging.FileHandler(path, encoding="utf-8")
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


def rotate_from_now() -> None:
    """The log file set up with ``rotate=False`` rotates from now on (the one it rolls over
    first is at most as long as the lines written before)."""
    root = logging.getLogger()
    for index, handler in enumerate(_HANDLERS):
        if type(handler) is logging.FileHandler:
            rotating = _rotating(Path(handler.baseFilename))
            rotating.setFormatter(handler.formatter)
            root.addHandler(rotating)
            root.removeHandler(handler)
            handler.close()
            _HANDLERS[index] = rotating


def close_logging() -> None:
    """Flush and close what :func:`setup_logging` opened (the app quits)."""
    root = logging.getLogger()
    for handler in _HANDLERS:
        root.removeHandler(handler)
        handler.close()
    _HANDLERS.clear()
