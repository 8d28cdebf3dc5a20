"""Cue player on one PulseAudio stream that it fills itself: every clip lands on its moment.

A writer thread keeps a :class:`~footwork.audio.pulse_stream.PulseStream` fed with 10 ms
chunks (silence between cues) and, after each write, asks the server how long until that
sample is heard. That ties every sample of the stream to a ``time.monotonic()`` instant, so
a cue is *placed* at a stream position rather than started "now":

- **On the beat.** A clip starts its own lead silence (read from the clip) before the cue's
  moment, so its first audible sample lands on the moment: words and tones alike. A cue
  placed too late for that (a tap's count, the first cue of a phase that began on a tap)
  skips as much of its lead silence as it is late.
- **No drift.** The tie is measured again after every write (the earliest of the last
  half second's estimates, :class:`StreamClock`), so nothing accumulates: not a buffer that
  grew, not an underrun under load.
- **One sound at a time.** A clip taking over cuts the one before (at that one's last sound
  if it can, or at the new word's first); :func:`footwork.cues.admits` decides which cue may.
- **Ready before the clock.** :meth:`StreamCuePlayer.prepare` opens the stream and
  :meth:`~StreamCuePlayer.is_ready` tells when it plays on time (:data:`WARM` written, and
  the server taking it in small steps: :meth:`StreamClock.steady`); the stream then stays open
  (silence keeps a Bluetooth speaker awake) until :meth:`~StreamCuePlayer.release`.

Call the player from one thread (the GUI thread); the writer thread is its own. Qt-free.
"""

from __future__ import annotations

import logging
import threading
import time
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from footwork import cues
from footwork.audio.base import LATE, CuePlayer
from footwork.audio.clips import Clip
from footwork.audio.pulse_stream import PulseError, PulseStream, library
from footwork.i18n import translate

CHUNK = 0.010  # s of sound per write
BUFFER = 0.040  # s the server keeps queued: the delay of a cue placed "now"
WARM = 0.300  # s of silence written before the stream counts as ready ...
STEADY = 0.200  # ... and the last this many seconds of estimates agree ...
SPREAD = 0.015  # ... within this: the server takes the stream in small steps, in real time
IDLE = 5.0  # s of silence after which an unheld stream closes
# Writes whose timing estimates the stream's clock is the earliest of: a write measured late
# (this thread held up between the write and the clock, or a latency read while the server
# was behind) only ever makes an estimate later, never earlier.
ANCHORS = 50
SAME = 0.005  # s: a cue again within this of a placed one is the same cue

log = logging.getLogger(__name__)

StreamFactory = Callable[[int, float], PulseStream]


def probe_stream() -> None:
    """Open a stream to the default sink and close it (:class:`PulseError` when none opens)."""
    PulseStream(22050, BUFFER).close()


def no_stream_reason() -> str | None:
    """Why no PulseAudio stream can open here (what to install), or None when one can."""
    try:
        library()
    except OSError:
        return translate("audio", "The PulseAudio client library is missing: install "
                                  "libpulse0.")
    try:
        probe_stream()
    except PulseError as error:
        return translate("audio", "No sound server answered ({error}): start PulseAudio or "
                                  "PipeWire (with pipewire-pulse).").format(error=error)
    return None


class StreamClock:
    """When stream frame 0 is heard, from the estimates made after each write.

    An estimate made late (this thread held up between the write and reading the clock, a
    latency read while the server was behind) only ever comes out later than the truth, so
    the clock is the earliest of the last :data:`ANCHORS` (half a second of writes). Measured
    at 8 busy processes on 2 cores: following instead a run of later estimates (as if the
    stream had moved) put the cues 20 ms later and lost some ticks; this rule kept them all.
    """

    def __init__(self) -> None:
        self._estimates: deque[tuple[float, float]] = deque(maxlen=ANCHORS)  # (estimate, made)

    def observe(self, estimate: float, made: float) -> None:
        self._estimates.append((estimate, made))

    def _recent(self) -> list[tuple[float, float]]:
        """The estimates made in the last :data:`STEADY` seconds."""
        since = self._estimates[-1][1] - STEADY
        return [pair for pair in self._estimates if pair[1] >= since]

    def steady(self) -> bool:
        """Whether the estimates of the last :data:`STEADY` seconds agree within
        :data:`SPREAD`: the server plays the stream in real time, in small steps. A sound
        server that takes the stream in large blocks (a sink with no client asking for a
        low latency, a device waking up) makes them jump by each block."""
        if not self._estimates or self._estimates[-1][1] - self._estimates[0][1] < STEADY:
            return False
        recent = [estimate for estimate, _ in self._recent()]
        return max(recent) - min(recent) <= SPREAD

    @property
    def t0(self) -> float | None:
        """The instant frame 0 is heard, or None before the first estimate."""
        return min(estimate for estimate, _ in self._estimates) if self._estimates else None

    def settle(self) -> None:
        """Keep only the last :data:`STEADY` seconds of estimates: once the stream is steady,
        those made before (while the server was still taking it in blocks, or waited before
        it began to play) no longer tell when it plays."""
        if self._estimates:
            kept = self._recent()
            self._estimates.clear()
            self._estimates.extend(kept)

    def clear(self) -> None:
        self._estimates.clear()


@dataclass(eq=False)
class _Placed:
    cue: str
    moment: float
    clip: Clip
    ahead: bool  # placed by schedule(): cancelled when the next schedule lacks it
    urgent: bool  # no due time: play as soon as possible, never dropped
    tone: bool = field(default=False)


class StreamCuePlayer(CuePlayer):
    backend = "pulse"

    def __init__(self, folder: Path, names: Iterable[str] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 stream: StreamFactory = PulseStream) -> None:
        super().__init__(clock)
        self._load_clips(folder, cues.catalogue() if names is None else names)
        rates = {clip.rate for clip in self._clips.values()}
        self._rate = rates.pop() if len(rates) == 1 else 0
        self._why = no_stream_reason()
        if self._why is None and not self._clips:
            self._why = translate("audio", "No sound clips found in {folder}.").format(
                folder=folder)
        elif self._why is None and not self._rate:
            self._why = translate("audio", "The sound clips in {folder} have different sample "
                                           "rates.").format(folder=folder)
        self._open_stream = stream
        self._mixed: dict[tuple[str, ...], Clip] = {}
        self._lock = threading.Lock()
        self._pending: list[_Placed] = []
        self._current: tuple[_Placed, int] | None = None  # item, frame of its sample 0
        self._recent: deque[_Placed] = deque(maxlen=64)
        self._stream_clock = StreamClock()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._hold = False
        self._closing = False
        self._exiting = False  # the writer thread decided to end
        self._last_sound = 0.0
        self._ahead = False
        self._urgent = False

    @property
    def why_unavailable(self) -> str | None:
        return self._why

    def has_clip(self, cue: str) -> bool:
        return cue in self._clips

    # -- the stream's life ---------------------------------------------------------------

    def prepare(self) -> None:
        """Open the stream (if not open) and keep it open until :meth:`release`."""
        self._hold = True
        self._ensure_running()

    def is_ready(self) -> bool:
        """Whether the stream plays, so a cue placed now is heard on time."""
        return self._ready.is_set()

    def release(self) -> None:
        """Let the stream close once it has been silent for :data:`IDLE` seconds."""
        self._hold = False

    def _ensure_running(self) -> None:
        if self._why is not None or self._closing:
            return
        with self._lock:
            if self._thread is not None and self._thread.is_alive() and not self._exiting:
                return
            self._exiting = False
            self._ready.clear()
            self._thread = threading.Thread(target=self._run, name="footwork-cues",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            stream = self._open_stream(self._rate, BUFFER)
        except PulseError as error:
            log.warning("cue stream did not open: %s", error)
            return
        frames, written = round(self._rate * CHUNK), 0
        self._stream_clock.clear()
        self._last_sound = self._clock()
        try:
            while True:
                with self._lock:
                    busy = bool(self._pending) or self._current is not None
                    if busy:
                        self._last_sound = self._clock()
                    elif self._closing or (not self._hold
                                           and self._clock() - self._last_sound > IDLE):
                        self._exiting = True  # a cue placed from now on starts a new one
                        break
                    chunk = self._mix(written, frames)
                stream.write(chunk)
                written += frames
                now = self._clock()
                anchor = now + stream.latency() - written / self._rate
                with self._lock:
                    self._stream_clock.observe(anchor, now)
                    if (not self._ready.is_set() and written >= WARM * self._rate
                            and self._stream_clock.steady()):
                        self._stream_clock.settle()
                        self._ready.set()
        except PulseError as error:
            log.warning("cue stream broke: %s", error)
        finally:
            if self._thread is threading.current_thread():
                self._ready.clear()
            stream.close()

    # -- placing cues ----------------------------------------------------------------------

    def schedule(self, ahead: Sequence[tuple[str, float]]) -> None:
        """The cues due soon (cue, monotonic moment): place the new ones early enough for
        their lead, cancel placed ones no longer listed (a pause, a skip)."""
        wanted = list(ahead)
        with self._lock:
            kept = []
            for item in self._pending:
                listed = any(_same(item, cue, due) for cue, due in wanted)
                if item.ahead and not listed:
                    self._recent.remove(item)
                else:
                    kept.append(item)
            self._pending = kept
            self._restore_sounding()
        for cue, due in wanted:
            if not self._placed(cue, due):
                self._ahead = True
                try:
                    super().play(cue, due)
                finally:
                    self._ahead = False
        self._ensure_running()

    def play(self, cue: str, due: float | None = None) -> bool:
        if due is not None and self._placed(cue, due):
            return True  # placed ahead already
        self._urgent = due is None
        try:
            return super().play(cue, due)
        finally:
            self._urgent = False

    def _placed(self, cue: str, due: float) -> bool:
        with self._lock:
            return any(_same(item, cue, due) for item in self._recent)

    def _start_at(self, cue: str, clips: tuple[str, ...], moment: float) -> bool:
        clip = self._clips[clips[0]] if len(clips) == 1 else self._fallback(clips)
        item = _Placed(cue, moment, clip, self._ahead, self._urgent,
                       all(cues.is_tone(c) for c in clips))
        with self._lock:
            self._pending.append(item)
            self._pending.sort(key=lambda p: p.moment)
            self._recent.append(item)
        self._ensure_running()
        return True

    def _fallback(self, clips: tuple[str, ...]) -> Clip:
        """One clip of several that start together (a tick in the lead silence of "next")."""
        if clips not in self._mixed:
            self._mixed[clips] = self._mix_clips(clips)
        return self._mixed[clips]

    def _mix_clips(self, clips: tuple[str, ...]) -> Clip:
        parts = [self._clips[c] for c in clips]
        length = max(len(p.samples) for p in parts)
        mixed = array("h", bytes(2 * length))
        for part in parts:
            for i, sample in enumerate(part.samples):
                mixed[i] = max(-32768, min(32767, mixed[i] + sample))
        return Clip(mixed, parts[0].rate, min(p.first for p in parts),
                    max(p.last for p in parts))

    def _restore_sounding(self) -> None:
        """After a cancel: the rules' idea of what sounds is the last cue still placed."""
        last = self._recent[-1] if self._recent else None
        if last is None:
            self._sounding = None
        else:
            self._sounding = (cues.priority(last.cue), last.moment + last.clip.sounding)

    # -- mixing (writer thread, under the lock) --------------------------------------------

    def _t0(self, written: int) -> float:
        t0 = self._stream_clock.t0
        if t0 is not None:
            return t0
        return self._clock() + BUFFER - written / self._rate

    def _mix(self, start: int, frames: int) -> bytes:
        out = array("h", bytes(2 * frames))
        t0, end, pos = self._t0(start), start + frames, start
        while self._pending:
            item = self._pending[0]
            onset = round((item.moment - t0) * self._rate)
            zero = onset - item.clip.first
            if zero >= end:
                break
            take = max(zero, pos)
            if self._current is not None:
                c_item, c_zero = self._current
                c_end = c_zero + c_item.clip.last
                if c_end > take:  # cut the one sounding at its end, or at the new onset
                    take = max(take, min(c_end, onset))
            if take >= end:
                break  # it takes over in a later chunk
            self._pending.pop(0)
            late = (take - onset) / self._rate
            if late > LATE and not item.urgent:
                log.debug("cue %s dropped at the stream: %.0f ms late", item.cue, late * 1000)
                continue
            self._copy(out, start, pos, take)
            pos = take
            self._current = (item, zero if take <= onset else take - item.clip.first)
        self._copy(out, start, pos, end)
        if self._volume != 1.0:
            out = array("h", (int(s * self._volume) for s in out))
        return out.tobytes()

    def _copy(self, out: array, start: int, frm: int, to: int) -> None:
        """The current clip's samples for stream frames ``frm..to`` into ``out``."""
        if self._current is None or to <= frm:
            return
        item, zero = self._current
        samples = item.clip.samples
        first, last = frm - zero, min(to - zero, len(samples))
        if last > first:
            out[frm - start:frm - start + last - first] = samples[first:last]
        if to - zero >= len(samples):
            self._current = None

    # -- stopping ----------------------------------------------------------------------------

    def stop(self) -> None:
        with self._lock:
            self._pending.clear()
            self._current = None

    def _stop_words(self) -> None:
        with self._lock:
            self._pending = [p for p in self._pending if p.tone]
            if self._current is not None and not self._current[0].tone:
                self._current = None

    def _cut(self) -> None:
        """Nothing to do: the mixer cuts the clip sounding where the new one takes over."""

    def _start(self, clip: str) -> bool:  # never called: _start_at places every cue
        return False

    def close(self) -> None:
        self._closing = True
        self.stop()
        if self._thread is not None:
            self._thread.join(2.0)
        self._clips.clear()



def _same(item: _Placed, cue: str, due: float) -> bool:
    return item.cue == cue and abs(item.moment - due) < SAME
