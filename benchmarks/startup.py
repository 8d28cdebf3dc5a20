"""Start-up: from starting the process to its first painted window, and its peak memory;
Footwork against a bare PySide6 window (a QLabel in a QApplication) started the same way.

Both run under an Xvfb of their own (``QT_QPA_PLATFORM=xcb``), with no sound server (the
sound settings point at a socket that does not exist), Footwork on a data folder of its own
that the warm-up round fills (settings, an empty history). Each round starts
``python -m footwork`` and ``python -c BARE`` one after the other, alternating which goes
first, after one warm-up round of each. The clock runs from just before ``Popen`` to the
``first-paint <time.monotonic()>`` line the process prints on the turn of the event loop after
its window's first paint event (Footwork: ``FOOTWORK_REPORT_FIRST_PAINT=1``,
``footwork/ui/first_paint.py``; the bare window: the same event filter, inline). The line also
gives the process's CPU time at that moment (``time.process_time()``): a figure that other work
on the machine moves less than the wall clock. Peak memory is
``VmHWM`` from ``/proc/PID/status`` ``--settle`` seconds after the first paint, so that what
Footwork does after it (history, Qt Multimedia) counts too. Printed: the median of the rounds.

Footwork's bytecode is compiled first (``compileall``, as ``pip install`` does): a checkout run
with ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile every module on every start.

    .venv/bin/python benchmarks/startup.py [--rounds 7] [--settle 2] [--timeline]

Targets: start to first paint <= 1.3x the bare window's, peak memory <= 1.5x.

``--profile`` (needs ``pip install py-spy``) samples 6 starts of each, up to the first paint,
and prints the share of the samples spent building Python enums, by the frame that asked for
them, and Footwork's samples by the Footwork frame nearest the leaf.

``--timeline`` prints where one start of Footwork spends its time instead: the top of
``python -X importtime`` and the instants start -> QApplication -> window built -> first
paint, measured in-process (``footwork.app`` wrapped, not changed).

What was learnt (2 cores shared with other work: figures move by 10-30 % from run to run, the
wall clock more than the CPU time):

- Before any change Footwork took 2.3x the bare window to its first paint (331 ms against
  146), 1.7x its memory. A third of the extra time was Footwork's imports, a quarter Qt
  Multimedia choosing its output device and building the cue player, the rest opening and
  checking the history, the program's figures, and laying out Today's rich-text exercise list.
- ``PYTHONDONTWRITEBYTECODE=1`` (set on this machine) made every start compile Footwork's
  modules from source (about 40 ms): hence ``compile_bytecode()`` first.
- Now Today is painted first. On the turn after: the history (health check, program week,
  resume offer, session log), the cue sound (the player, its clips), the D-Bus keep-awake
  connection, MPRIS, the window icon, the log's rotation, and a ``--start`` workout, whose
  clock waits for the sound. Today's exercises are listed once the program's week is known
  (never first at week 1). The workout page, the editor's page and writer (tomlkit), SQLite,
  hashlib (libcrypto), logging.handlers (socket, pickle) and subprocess load when used.
- With no sound server, libpulse says so before Qt Multimedia is loaded only to say the same
  (libQt6Multimedia and FFmpeg's plugin: about 20 MB of the peak).
- PySide6 6.11 reads the whole source of every module imported after it (``inspect.getsource``
  in ``shibokensupport.feature``, to see whether it selects a ``__feature__``) and keeps it in
  ``linecache``: importing ``footwork.ui`` first turns that off (``skip_source_scan``), about
  8 ms and a few MB. QtNetwork (the single-instance server), platformdirs (Linux: the XDG
  rules in ``footwork.paths``) and the progression rules left the path to the paint; with a
  sound server, Qt Multimedia is no longer loaded to confirm what the PulseAudio stream
  already showed.
- What remains (1.66x, 156 ms against 94, in ``make bench`` on 2026-12-01), by ``--profile``
  (py-spy, 6 starts of each) and ``-X importtime``:
  - building Python enums is 24 % of Footwork's samples against 12 % of the bare window's:
    the first touch of ``Qt`` builds all 93 enums of the namespace (1 195 members, Python
    3.11's functional ``enum`` API) in 11 ms, and each widget class touched builds its own
    (QPalette, QSizePolicy, QFrame, QEvent; 0.3-2 ms each). A QLabel touches none; any real
    widget code does (alignment, item roles, the colour scheme). Passing ints instead of the
    enums is refused by PySide6; ``PYSIDE6_OPTION_LAZY`` changes nothing measurable.
  - Footwork's own modules, about 25 ms: the routine model and loader (a frozen dataclass
    costs about 0.5 ms to create), ``tomllib`` and its regexes with the built-in routine
    files, plans for Today, the Today, editor and main window modules.
  - Today itself: building it (its rich-text exercise list, the editor's buttons), laying it
    out under the window's label style sheet and painting it, about 10 ms more than a label.
    ``setStyle("Fusion")`` costs what creating the default style would (4 ms): no saving.
"""

from __future__ import annotations

import argparse
import compileall
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import REPO, Figure, Xvfb, median, status_kb

TARGET_TIME = 1.3
TARGET_MEMORY = 1.5
TIMEOUT = 30.0  # s for a window to appear

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: print(
                f"first-paint {time.monotonic():.6f} {time.process_time():.6f}", flush=True))
        return False

app = QApplication(sys.argv)
label = QLabel("Footwork")
spy = FirstPaint()
label.installEventFilter(spy)
label.show()
app.exec()
"""


def environment(display: str, folder: Path) -> dict[str, str]:
    """Both programs' environment: our X server, no sound server, Footwork's own data."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PULSE_", "PIPEWIRE_", "QT_", "WAYLAND_"))}
    env.update({
        "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_SERVER": f"unix:{runtime}/no-sound-server", "FOOTWORK_DATA_DIR": str(folder),
        "FOOTWORK_REPORT_FIRST_PAINT": "1", "QT_LOGGING_RULES": "*.info=false;*.warning=false",
    })
    return env


def start_once(command: list[str], env: dict[str, str],
               settle: float) -> tuple[float, int, float]:
    """Seconds from the start to the first paint, VmHWM (kB) ``settle`` s after it, and the
    CPU seconds the process had used at its first paint."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    try:
        painted, cpu = None, 0.0
        while painted is None:
            ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
            line = process.stdout.readline() if ready else ""
            if not line:
                sys.exit(f"{command[1:]}: no first paint within {TIMEOUT} s "
                         f"(exit status {process.poll()})")
            if line.startswith("first-paint "):
                painted, cpu = (float(word) for word in line.split()[1:3])
        time.sleep(settle)
        peak = status_kb(process.pid, "VmHWM")
    finally:
        process.terminate()
        process.wait(10)
        process.stdout.close()
    return painted - started, peak, cpu


def compile_bytecode() -> None:
    """What ``pip install`` does for an installed wheel: every module's ``.pyc`` written."""
    import footwork

    compileall.compile_dir(Path(footwork.__file__).parent, quiet=1)


def measure(rounds: int = 7, settle: float = 2.0) -> list[Figure]:
    compile_bytecode()
    footwork = [sys.executable, "-m", "footwork"]
    bare = [sys.executable, "-c", BARE]
    times: dict[str, list[float]] = {"footwork": [], "bare": []}
    memory: dict[str, list[int]] = {"footwork": [], "bare": []}
    cpu: dict[str, list[float]] = {"footwork": [], "bare": []}
    with Xvfb() as xvfb, tempfile.TemporaryDirectory(prefix="footwork-startup-") as folder:
        env = environment(xvfb.display, Path(folder))
        start_once(footwork, env, 0.5)  # warm-up: data folder, page cache
        start_once(bare, env, 0.5)
        for n in range(rounds):
            order = [("footwork", footwork), ("bare", bare)]
            for name, command in order if n % 2 == 0 else order[::-1]:
                seconds, peak, used = start_once(command, env, settle)
                times[name].append(seconds)
                memory[name].append(peak)
                cpu[name].append(used)
    fw_time, bare_time = median(times["footwork"]) * 1000, median(times["bare"]) * 1000
    fw_mem, bare_mem = median(memory["footwork"]) / 1024, median(memory["bare"]) / 1024
    fw_cpu, bare_cpu = median(cpu["footwork"]) * 1000, median(cpu["bare"]) * 1000
    return [
        Figure("start to first painted window (vs bare PySide6)", fw_time / bare_time,
               TARGET_TIME, "×", f"Footwork {fw_time:.0f} ms, bare {bare_time:.0f} ms, "
               f"median of {rounds}"),
        Figure("CPU time to first paint (vs bare; less moved by other load)",
               fw_cpu / bare_cpu, TARGET_TIME, "×",
               f"Footwork {fw_cpu:.0f} ms, bare {bare_cpu:.0f} ms, median of {rounds}"),
        Figure("peak memory VmHWM, no sound server (vs bare)", fw_mem / bare_mem,
               TARGET_MEMORY, "×", f"Footwork {fw_mem:.0f} MB, bare {bare_mem:.0f} MB, "
               f"median of {rounds}"),
    ]


TIMELINE = """
import sys, time
started = float(sys.argv[1])
marks = [("python running", time.monotonic())]
import footwork.app as app
from PySide6.QtWidgets import QApplication
marks.append(("footwork.app imported", time.monotonic()))
made = QApplication.__init__
def application(self, *args):
    made(self, *args)
    marks.append(("QApplication", time.monotonic()))
QApplication.__init__ = application
create = app.create_window
def window(*args, **kwargs):
    marks.append(("style, translations, settings", time.monotonic()))
    built = create(*args, **kwargs)
    marks.append(("window built", time.monotonic()))
    return built
app.create_window = window
from footwork.ui import first_paint
emit = first_paint.FirstPaint._emit
def painted(self):
    if not self.done:
        marks.append(("first paint", time.monotonic()))
    emit(self)
    if len(marks) == 6:
        marks.append(("after the first paint: history, sound, keep-awake", time.monotonic()))
        for name, at in marks:
            print(f"{(at - started) * 1000:7.1f} ms  {name}")
        QApplication.instance().quit()
first_paint.FirstPaint._emit = painted
app.run()
"""


def timeline(env: dict[str, str], runs: int = 5) -> None:
    """Where a start spends its time: -X importtime's top, then the instants (of ``runs``
    starts, the fastest and the median of each step)."""
    env = {**env, "FOOTWORK_REPORT_FIRST_PAINT": ""}
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import footwork.app"],
                          env=env, capture_output=True, text=True, check=True)
    rows = [line for line in done.stderr.splitlines() if line.startswith("import time:")][1:]
    rows.sort(key=lambda line: -int(line.split("|")[1]))
    print("-X importtime of footwork.app, by cumulative time (us):")
    print("\n".join(rows[:25]))
    steps: list[list[float]] = []
    names: list[str] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", TIMELINE, str(time.monotonic())], env=env,
                             check=True, cwd=REPO, capture_output=True, text=True).stdout
        marks = [line.split("ms", 1) for line in out.splitlines() if " ms  " in line]
        names = [name.strip() for _, name in marks]
        at = [float(value) for value, _ in marks]
        steps.append([b - a for a, b in zip([0.0, *at], at, strict=False)])
    print(f"\nstart -> first paint and after, ms from just before the process started "
          f"({runs} starts):")
    print(f"{'step':52} {'fastest':>8} {'median':>8}")
    for i, name in enumerate(names):
        column = [run[i] for run in steps]
        print(f"{name:52} {min(column):8.1f} {median(column):8.1f}")
    firsts = [sum(run[:names.index("first paint") + 1]) for run in steps]
    print(f"{'first paint at':52} {min(firsts):8.1f} {median(firsts):8.1f}")


EXIT_AT_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Quit(QObject):  # out at the first paint, as the first-paint line is printed
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

quit_at_paint = Quit()
if sys.argv[1] == "bare":
    app = QApplication(sys.argv)
    from PySide6.QtWidgets import QLabel
    label = QLabel("Footwork")
    label.installEventFilter(quit_at_paint)
    label.show()
    app.exec()
else:
    from footwork.ui import first_paint
    first_paint.FirstPaint._emit = lambda self: os._exit(0)
    from footwork.cli import main
    sys.argv = ["footwork"]
    main()
"""


def _samples(raw: Path) -> list[tuple[list[str], int]]:
    """py-spy's raw output: each stack (outermost first) and its count."""
    rows = []
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        rows.append((stack.split(";"), int(count)))
    return rows


def profile(env: dict[str, str], runs: int = 6) -> None:
    """Sampled stacks of ``runs`` starts of each, to the first paint."""
    import re
    import shutil
    from collections import Counter

    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).is_file():
        sys.exit("--profile needs py-spy: .venv/bin/pip install py-spy")
    where = re.compile(r":\d+\)")
    with tempfile.TemporaryDirectory(prefix="footwork-profile-") as folder:
        for name in ("bare", "footwork"):
            rows: list[tuple[list[str], int]] = []
            for n in range(runs):
                raw = Path(folder) / f"{name}{n}.txt"
                subprocess.run([spy, "record", "--rate", "4000", "--format", "raw", "--output",
                                str(raw), "--", sys.executable, "-c", EXIT_AT_PAINT, name],
                               env=env, cwd=REPO, capture_output=True, check=True)
                rows += _samples(raw)
            total = sum(count for _, count in rows)
            enums: Counter[str] = Counter()
            ours: Counter[str] = Counter()
            for stack, count in rows:
                inside = [i for i, frame in enumerate(stack) if "(enum.py:" in frame]
                if inside:
                    enums[where.sub(")", stack[inside[0] - 1])] += count
                mine = [frame for frame in stack if "footwork/" in frame]
                if mine:
                    ours[where.sub(")", mine[-1])] += count
            print(f"{name}: {total} samples, {100 * sum(enums.values()) / total:.1f} % building "
                  f"enums, asked for by:")
            for frame, count in enums.most_common(8):
                print(f"  {100 * count / total:5.1f} %  {frame}")
            if ours:
                print("  by the Footwork frame nearest the leaf:")
                for frame, count in ours.most_common(15):
                    print(f"  {100 * count / total:5.1f} %  {frame}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--settle", type=float, default=2.0,
                        help="seconds after the first paint at which VmHWM is read")
    parser.add_argument("--timeline", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="sampled stacks to the first paint (needs py-spy)")
    args = parser.parse_args(argv)
    if args.profile:
        compile_bytecode()
        with tempfile.TemporaryDirectory(prefix="footwork-startup-") as folder:
            env = environment(":0", Path(folder))
            env["QT_QPA_PLATFORM"] = "offscreen"
            profile(env)
        return 0
    if args.timeline:
        compile_bytecode()
        with Xvfb() as xvfb, tempfile.TemporaryDirectory(prefix="footwork-startup-") as folder:
            env = environment(xvfb.display, Path(folder))
            start_once([sys.executable, "-m", "footwork"], env, 0.1)  # warm-up
            timeline(env)
        return 0
    from figures import table

    print(table(measure(args.rounds, args.settle)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
