"""A broken history file: the app starts, keeps the file byte for byte, and offers the newest
backup, saying how far back it goes; restoring it brings back the backup's sessions."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.app import create_window
from footwork.history.schema import LATEST
from footwork.history.store import Store

BACKED_UP = 3  # sessions in the backup; one more came after it


def _history_and_backup() -> bytes:
    """A history of four sessions, the first three in a backup of three days ago."""
    path = paths.history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as store:
        for day in range(BACKED_UP + 1):
            if day == BACKED_UP:
                store.back_up(paths.backups_dir(), date.today() - timedelta(days=3))
            store.begin_session("foot-strength", "h", datetime(2026, 5, 4 + day, tzinfo=UTC))
    return path.read_bytes()


def _break(kind: str, whole: bytes) -> bytes | None:
    """Break the history as ``kind`` says; the bytes it then holds (None: a folder)."""
    path = paths.history_path()
    if kind == "folder":
        path.unlink()
        path.mkdir()
        (path / "inside").write_text("a folder where the history should be")
        return None
    if kind == "newer":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
        conn.commit()
        conn.close()
        return path.read_bytes()
    broken = {"truncated": whole[: len(whole) // 2],
              "garbage after the header": whole[:100] + os.urandom(len(whole) - 100),
              "empty": b""}[kind]
    path.write_bytes(broken)
    return broken


@pytest.mark.parametrize("kind", ["truncated", "garbage after the header", "newer", "empty",
                                  "folder"])
def test_a_broken_history_is_kept_and_the_backup_restored(qtbot: QtBot, kind: str) -> None:
    broken = _break(kind, _history_and_backup())
    window = create_window()
    qtbot.addWidget(window)
    today = window.today
    assert "Your history file could not be read" in today.notice.text()
    (kept,) = [p for p in paths.data_dir().iterdir()
               if p.name.startswith("history.sqlite3.") and not p.name.endswith(("-wal", "-shm"))]
    assert str(kept) in today.notice.text()
    if broken is None:
        assert (kept / "inside").read_text() == "a folder where the history should be"
    else:
        assert kept.read_bytes() == broken  # byte for byte

    box = today.restore_box
    assert box.isVisibleTo(today)
    assert "(3 days ago) holds 3 sessions" in box.text.text()
    box.restore_button.click()
    assert not box.isVisibleTo(today)
    assert "Your history was restored from the backup of" in today.notice.text()
    window.show_history()
    assert window.history is not None
    assert window.history.sessions.model.rowCount() == BACKED_UP
    window.close()
    conn = sqlite3.connect(paths.history_path())
    try:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (BACKED_UP,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert kept.exists()  # still there after the restore


def test_no_backup_no_offer(qtbot: QtBot) -> None:
    paths.history_path().parent.mkdir(parents=True, exist_ok=True)
    paths.history_path().write_bytes(b"not a database" * 100)
    window = create_window()
    qtbot.addWidget(window)
    assert "Your history file could not be read" in window.today.notice.text()
    assert not window.today.restore_box.isVisibleTo(window.today)
    window.close()
