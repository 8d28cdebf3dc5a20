"""The log: one rotating file in the log folder, stderr as well with --debug."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from footwork import logs, paths
from footwork.cli import build_parser
from footwork.logs import close_logging, setup_logging


@pytest.fixture(autouse=True)
def closed_after() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    close_logging()
    logging.getLogger().setLevel(level)


def test_the_log_file_is_in_the_log_folder_and_keeps_info_not_debug(data_dir: Path) -> None:
    path = setup_logging()
    assert path == paths.log_path() == data_dir / "log" / "footwork.log"
    logging.getLogger("footwork.test").info("a workout started")
    logging.getLogger("footwork.test").debug("a tick")
    text = path.read_text(encoding="utf-8")
    assert "INFO footwork.test: a workout started" in text
    assert "a tick" not in text


def test_footwork_log_dir_moves_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTWORK_LOG_DIR", str(tmp_path / "logs"))
    assert paths.log_path() == tmp_path / "logs" / "footwork.log"


def test_debug_logs_every_detail_to_stderr_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["--debug"]).debug
    path = setup_logging(debug=True)
    assert path is not None
    logging.getLogger("footwork.test").debug("a tick")
    assert "DEBUG footwork.test: a tick" in capsys.readouterr().err
    assert "a tick" in path.read_text(encoding="utf-8")


def test_the_file_rotates_and_keeps_three_older_copies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    path = setup_logging(path=tmp_path / "footwork.log")
    for n in range(100):
        logging.getLogger("footwork.test").info("line %d of a long day", n)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "footwork.log", "footwork.log.1", "footwork.log.2", "footwork.log.3"]
    assert "line 99 " in path.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_a_log_started_without_rotation_rotates_once_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    path = setup_logging(path=tmp_path / "footwork.log", rotate=False)
    logging.getLogger("footwork.test").info("before the first paint")
    logs.rotate_from_now()
    for n in range(100):
        logging.getLogger("footwork.test").info("line %d of a long day", n)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "footwork.log", "footwork.log.1", "footwork.log.2", "footwork.log.3"]
    assert "line 99 " in path.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_a_log_folder_that_cannot_be_written_leaves_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert setup_logging(path=blocker / "footwork.log") is None
    assert f"cannot write the log {blocker / 'footwork.log'}" in capsys.readouterr().err
    logging.getLogger("footwork.test").warning("still heard")
    assert "WARNING footwork.test: still heard" in capsys.readouterr().err
