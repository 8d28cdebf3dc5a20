"""On a real X server (Xvfb), ``footwork --start`` shows the exercise, the side and the big
digits, legible in a screenshot: the screenshot is read back with OCR (tesseract)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROUTINE = """\
format = 1
id = "screen-test"
name = "Screen test"
prepare = 2

[[exercises]]
id = "spread"
name = "Toe spread"
kind = "hold"
sides = "each-foot"
hold = 40
reps = 1
"""


# The seconds left of the 40 s hold, alone on their line (the small "1:27 left" does not count)
BIG_DIGITS = re.compile(r"^\s*[1-4]?\d\s*$", re.MULTILINE)


def need(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing: run tools/system-deps.sh (Debian packages)"
    return path


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        [need("Xvfb"), "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten",
         "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def ocr(image: Path) -> str:
    result = subprocess.run([need("tesseract"), str(image), "-", "--psm", "11"],
                            capture_output=True, text=True, check=True)
    return result.stdout


def test_start_shows_name_side_and_digits_on_screen(qtbot: QtBot, xvfb_display: str,
                                                    tmp_path: Path) -> None:
    routine = tmp_path / "screen-test.toml"
    routine.write_text(ROUTINE)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "FOOTWORK_DATA_DIR": str(tmp_path / "data")}
    app = subprocess.Popen([sys.executable, "-m", "footwork.cli", "--start", str(routine)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    shot = tmp_path / "screen.png"
    read: list[str] = [""]

    def holding_on_screen() -> bool:
        """Reads the screen once; true when the hold and its digits are on it (or the app
        ended: the asserts below then say what was read)."""
        if app.poll() is not None:
            return True
        subprocess.run([need("import"), "-display", xvfb_display, "-window", "root",
                        str(shot)], check=True, capture_output=True)
        read.append(ocr(shot))
        return "HOLD" in read[-1] and BIG_DIGITS.search(read[-1]) is not None

    try:
        qtbot.waitUntil(holding_on_screen, timeout=30_000)
    except qtbot.TimeoutError:
        pass  # the asserts below show the last text read
    finally:
        app.terminate()
        output = app.communicate(timeout=10)[0]
    text = read[-1]
    assert "Toe spread" in text, (text, output)
    assert "LEFT FOOT" in text, text
    assert "HOLD" in text, text
    assert BIG_DIGITS.search(text), f"no big digits read in {text!r}"
