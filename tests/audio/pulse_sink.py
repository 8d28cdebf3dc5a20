"""A private PulseAudio server with a null sink, and a recorder of what that sink plays.

Used by the audio tests (``tests/audio/conftest.py``) and ``benchmarks/cue_latency.py``.
:class:`PulseSink` starts its own ``pulseaudio`` in a fresh temporary runtime directory (it
never touches the user's sound server or home) and gives the environment that points clients
at it. :class:`Recorder` runs ``parec`` on the sink's monitor and maps every recorded sample to
a ``time.monotonic()`` instant, so a test can ask when sound arrived after a play call.
"""

from __future__ import annotations

import bisect
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import wave
from array import array
from pathlib import Path

SINK = "cues"
RATE = 44100
# A sample counts as audible from -40 dBFS (the clips speak at about -18 dBFS RMS).
AUDIBLE = int(32768 * 10 ** (-40 / 20))
NEAR = 1.0  # s: how far from a measured instant the recorder's clock estimate looks


def _die_with_parent() -> None:
    """In the child: ask Linux to end it when the process that started it dies."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class SinkError(RuntimeError):
    """The null sink or its recorder could not start; the message says why."""


class PulseSink:
    """``pulseaudio`` with one null sink named :data:`SINK`, private to this process."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="footwork-pulse-"))
        self.socket = self.dir / "pulse" / "native"
        # Every client (Qt, parec, gst-play-1.0 ...) reaches the server through these.
        self.env = {"XDG_RUNTIME_DIR": str(self.dir), "PULSE_SERVER": f"unix:{self.socket}"}
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        missing = [tool for tool in ("pulseaudio", "pactl", "parec") if not shutil.which(tool)]
        if missing:
            raise SinkError(f"{', '.join(missing)} not found: apt-get install pulseaudio "
                            "pulseaudio-utils")
        (self.dir / "pulse").mkdir()
        home = self.dir / "home"
        home.mkdir()
        env = {**os.environ, **self.env, "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
        self._process = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1",
             "--use-pid-file=no", "--realtime=no", "--high-priority=no",
             "--log-target=stderr", "--log-level=info",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
             f"--load=module-null-sink sink_name={SINK} rate={RATE}"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, preexec_fn=_die_with_parent,  # never outlives a test run
        )
        ready = threading.Event()
        threading.Thread(target=self._keep_log, args=(self._process, ready),
                         daemon=True).start()
        # set by the server's "startup complete" line, or when it exits
        if (ready.wait(timeout) and self._process.poll() is None
                and self.pactl("set-default-sink", SINK).returncode == 0):
            return
        self.stop()
        raise SinkError(f"pulseaudio with a null sink did not start within {timeout} s:\n"
                        + self.log_tail())

    def _keep_log(self, server: subprocess.Popen[bytes], ready: threading.Event) -> None:
        """Copies the server's output to its log file; sets ``ready`` once it has started
        (or has ended: then the log says why)."""
        assert server.stdout is not None
        with server.stdout as output, (self.dir / "pulseaudio.log").open("wb") as log:
            for line in output:
                log.write(line)
                log.flush()
                if b"Daemon startup complete." in line:
                    ready.set()
        ready.set()

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["pactl", *args], env={**os.environ, **self.env},
                              capture_output=True, text=True, timeout=5)

    def log_tail(self) -> str:
        log = self.dir / "pulseaudio.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class Recorder:
    """Records the sink's monitor (mono, 16-bit, :data:`RATE` Hz) in a background thread.

    The null sink plays in real time, so sample ``n`` was played at ``t0 + n / RATE``.
    ``t0`` is estimated from the chunks that reached us fastest: for every chunk,
    ``arrival - samples_so_far / RATE`` is ``t0`` plus that chunk's delay, and the smallest
    value is the best estimate (late by the smallest delay only, about a millisecond). Only
    chunks that arrived within :data:`NEAR` s of the instants asked about count, so the
    burst a fresh sink plays ahead of real time does not skew later measurements.
    """

    def __init__(self, sink: PulseSink) -> None:
        self._samples = array("h")
        self._arrivals: list[float] = []  # per chunk: when it arrived
        self._offsets: list[float] = []  # per chunk: arrival - samples so far / RATE
        self._lock = threading.Condition()
        self._process = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=2"],
            env={**os.environ, **sink.env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        fd, odd = self._process.stdout.fileno(), b""
        while chunk := os.read(fd, 8192):
            arrival = time.monotonic()
            chunk, odd = odd + chunk, b""
            if len(chunk) % 2:
                chunk, odd = chunk[:-1], chunk[-1:]
            with self._lock:
                self._samples.frombytes(chunk)
                self._arrivals.append(arrival)
                self._offsets.append(arrival - len(self._samples) / RATE)
                self._lock.notify_all()

    def _t0(self, start: float, end: float) -> float:
        """The best estimate of the instant of sample 0, from chunks near ``start..end``."""
        first = bisect.bisect_left(self._arrivals, start - NEAR)
        last = bisect.bisect_right(self._arrivals, end + NEAR)
        return min(self._offsets[first:last] or self._offsets[-1:])

    def _covered(self) -> float:
        if not self._samples:
            return float("-inf")
        now = self._arrivals[-1]
        return self._t0(now, now) + len(self._samples) / RATE

    def covered_until(self) -> float:
        """The monotonic time up to which the recording is complete."""
        with self._lock:
            return self._covered()

    def wait_until(self, instant: float, timeout: float = 5.0) -> None:
        """Block until the recording covers ``instant`` (monotonic); fail after ``timeout``."""
        with self._lock:
            if not self._lock.wait_for(lambda: self._covered() >= instant, timeout):
                raise SinkError(f"parec recorded nothing for {timeout} s: {self.stderr()}")

    def _window(self, start: float, end: float) -> tuple[float, array]:
        """The samples between two monotonic instants, and the instant of the first."""
        with self._lock:
            if not self._samples:
                return start, array("h")
            t0 = self._t0(start, end)
            first = max(0, int((start - t0) * RATE))
            last = min(len(self._samples), int((end - t0) * RATE))
            return t0 + first / RATE, self._samples[first:last]

    def peak(self, start: float, end: float) -> int:
        """The largest sample magnitude recorded between two monotonic instants."""
        return max(map(abs, self._window(start, end)[1]), default=0)

    def onsets(self, start: float, end: float, gap: float = 0.05) -> list[float]:
        """Monotonic times in ``[start, end)`` where audible sound begins after ``gap`` s of
        silence (or at ``start``, when sound is already playing there)."""
        begin, window = self._window(start, end)
        found, quiet_since = [], -gap * RATE
        for i, sample in enumerate(window):
            if abs(sample) >= AUDIBLE:
                if i - quiet_since >= gap * RATE:
                    found.append(begin + i / RATE)
                quiet_since = i
        return found

    def first_onset(self, start: float, end: float) -> float | None:
        found = self.onsets(start, end)
        return found[0] if found else None

    def stderr(self) -> str:
        if self._process.poll() is None or self._process.stderr is None:
            return "(parec still running)"
        return self._process.stderr.read().decode(errors="replace")

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(5)
        self._thread.join(5)
        if self._process.stderr is not None:
            self._process.stderr.close()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _audible_times(path: Path) -> list[float]:
    with wave.open(str(path)) as clip:
        rate = clip.getframerate()
        samples = array("h", clip.readframes(clip.getnframes()))
    return [i / rate for i, sample in enumerate(samples) if abs(sample) >= AUDIBLE]


def clip_onset(path: Path) -> float:
    """Seconds from the start of a 16-bit mono wav clip to its first audible sample."""
    return _audible_times(path)[0]


def clip_end(path: Path) -> float:
    """Seconds from the start of a 16-bit mono wav clip to its last audible sample."""
    return _audible_times(path)[-1]
