"""Remote control: media keys, headset and Bluetooth buttons, MPRIS clients.

The rules, without Qt or D-Bus: which command does what to a workout (:func:`action_for`),
which media key sends which command (:data:`MEDIA_KEYS`), and what a "now playing" display
shows of the workout (:func:`now_playing`). ``footwork.platform.mpris`` puts them on D-Bus;
the workout page carries the actions out, as its own keys do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from footwork.domain import Limb, Side, Sides
from footwork.i18n import translate
from footwork.session.events import State, Status
from footwork.session.plan import Phase, Plan


class Remote(StrEnum):
    """A remote command; the values are the MPRIS method names."""

    PLAY_PAUSE = "PlayPause"
    PLAY = "Play"
    PAUSE = "Pause"
    NEXT = "Next"
    PREVIOUS = "Previous"
    STOP = "Stop"


class Action(StrEnum):
    """What a remote command does to the workout (the keyboard's commands)."""

    TOGGLE_PAUSE = "toggle_pause"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    ASK_STOP = "ask_stop"  # as the Stop button: pause and ask "Stop the workout?"
    STOP = "stop"  # the question is open: answer it "Stop workout"
    KEEP_GOING = "keep_going"  # the question is open: answer it "Keep going"
    NOTHING = "nothing"


# Qt's media keys (the names after Qt.Key.Key_) and the command each sends. The Play key is
# the one play/pause key of most keyboards and headsets (X11's XF86AudioPlay), so it toggles.
MEDIA_KEYS: dict[str, Remote] = {
    "MediaTogglePlayPause": Remote.PLAY_PAUSE,
    "MediaPlay": Remote.PLAY_PAUSE,
    "MediaPause": Remote.PAUSE,
    "MediaNext": Remote.NEXT,
    "MediaPrevious": Remote.PREVIOUS,
    "MediaStop": Remote.STOP,
}

_ACTIONS = {
    Remote.PLAY_PAUSE: Action.TOGGLE_PAUSE,
    Remote.PLAY: Action.RESUME,
    Remote.PAUSE: Action.PAUSE,
    Remote.NEXT: Action.SKIP,
    Remote.PREVIOUS: Action.BACK,
    Remote.STOP: Action.ASK_STOP,
}


def action_for(command: Remote, status: Status, asking_to_stop: bool = False) -> Action:
    """What ``command`` does to a workout in ``status``.

    Stop asks first, as the Stop button does; a second Stop while the question is open ends
    the workout, so a runner across the room can stop it with two presses. While the question
    is open, Play (or Play/Pause) answers "Keep going"; the other commands wait for the answer.
    A workout that has ended takes no command.
    """
    if status in (Status.FINISHED, Status.STOPPED):
        return Action.NOTHING
    if asking_to_stop:
        if command is Remote.STOP:
            return Action.STOP
        if command in (Remote.PLAY, Remote.PLAY_PAUSE):
            return Action.KEEP_GOING
        return Action.NOTHING
    return _ACTIONS[command]


class Playback(StrEnum):
    """MPRIS' PlaybackStatus values."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


@dataclass(frozen=True)
class NowPlaying:
    """What a media display shows of the workout: a "track" is one segment (what Next skips).

    ``detail`` is the side, set and rep ("Left foot · set 2 of 3 · rep 3 of 10"), ``album``
    the routine's name; lengths and positions are in microseconds (MPRIS' unit).
    """

    title: str
    detail: str
    album: str
    segment: int
    length_us: int  # 0: the segment has no set length (self-paced reps wait for taps)
    position_us: int
    playback: Playback
    can_control: bool


def side_words(phase: Phase) -> str:
    """The side in words: "Left foot", "Right leg"; "" for an exercise on both feet."""
    if phase.exercise.sides is Sides.BOTH or phase.side is None:
        return ""
    leg = phase.exercise.limb is Limb.LEG
    if phase.side is Side.LEFT:
        return translate("Workout", "Left leg") if leg else translate("Workout", "Left foot")
    return translate("Workout", "Right leg") if leg else translate("Workout", "Right foot")


def detail_text(state: State) -> str:
    """Side, set and rep of the moment: "Right foot · set 1 of 2 · rep 4 of 10"."""
    phase = state.phase
    parts = [side_words(phase) or translate("Workout", "Both feet")]
    if phase.sets > 1:
        parts.append(
            translate("Workout", "set {n} of {total}").format(n=phase.set, total=phase.sets)
        )
    if phase.reps and phase.reps > 1 and phase.rep:
        parts.append(
            translate("Workout", "rep {n} of {total}").format(n=phase.rep, total=phase.reps)
        )
    return " · ".join(parts)


def _routine_text(text: str) -> str:
    return translate("Routine", text) if text else text


def now_playing(plan: Plan, state: State) -> NowPlaying:
    """The workout at ``state`` as a media display shows it."""
    phase = state.phase
    segment = [p for p in plan.phases if p.segment == phase.segment]
    into_segment = phase.start - segment[0].start + state.phase_elapsed
    ended = state.status in (Status.FINISHED, Status.STOPPED)
    playback = (
        Playback.STOPPED
        if ended
        else Playback.PLAYING
        if state.status is Status.RUNNING
        else Playback.PAUSED
    )
    return NowPlaying(
        title=_routine_text(state.routine_name if ended else phase.exercise.name),
        detail="" if ended else detail_text(state),
        album=_routine_text(plan.routine.name),
        segment=phase.segment,
        length_us=round(sum(p.seconds for p in segment) * 1_000_000),
        position_us=max(0, round(into_segment * 1_000_000)),
        playback=playback,
        can_control=not ended,
    )
