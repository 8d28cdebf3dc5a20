"""Fixtures of the history tests: real SQLite files in temporary folders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footwork.history.store import Store

FIXED_NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, clock=lambda: FIXED_NOW) as opened:
        yield opened
