"""On a real X server (Xvfb), an exercise dragged with the mouse to the end of the list moves
there in the routine: the drag is xdotool's, the drop Qt's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.ui.test_start_on_screen import need, xvfb_display  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[3]


def test_an_exercise_dragged_to_the_end_moves_there(xvfb_display: str, tmp_path: Path) -> None:  # noqa: F811
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "FOOTWORK_DATA_DIR": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "tests.ui.editor.drag_app"], cwd=ROOT,
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert app.stdout is not None
        first = app.stdout.readline().split()
        last = app.stdout.readline().split()
        assert first[:1] == ["row"], first
        assert last[:1] == ["row"], last
        x, y = int(first[2]), int(first[3])
        bottom = int(last[3]) + int(last[4]) // 2 - 1  # the lower half of the last row
        xdotool = need("xdotool")
        run = [xdotool, "mousemove", "--sync", str(x), str(y), "mousedown", "1"]
        for step in range(1, 9):
            run += ["mousemove", "--sync", str(x), str(y + (bottom - y) * step // 8)]
        subprocess.run([*run, "mouseup", "1"], env=env, check=True, timeout=30)
        line = app.stdout.readline()
    finally:
        app.terminate()
        rest = app.communicate(timeout=10)[0]
    assert line.split() == ["order", "plantar-stretch", "toe-spelling", "calf-stretch",
                            "ball-roll"], (line, rest)
