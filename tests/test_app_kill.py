"""SIGKILL at random moments of a real workout: no saved side is lost, the file stays sound,
and the next start offers to resume at the first side (or set) not saved.

The real app runs ``footwork --start`` in a process of its own, offscreen: a short routine
started from a path (holds per foot, three sets of reps, a hold per leg) and the built-in
"ball-roll". Each kill comes after a random number of saved sides (the app logs each one with
``--debug``) plus a random moment more. The randomness is seeded; the seed is printed (set
``FOOTWORK_DRILL_SEED`` to replay a run).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
from pathlib import Path

from footwork.history.store import Store
from footwork.routine.library import discover
from footwork.services.resume import find_resume
from footwork.session.parts import part_of
from footwork.ui.today_page import resume_label
from tests.app_process import DRILL_PARTS, DRILL_SETS, AppProcess, drill_routine, saved_parts

SEED = int(os.environ.get("FOOTWORK_DRILL_SEED", "20261201"))
PATH_KILLS = 17
BUILT_IN_EARLY_KILLS = 2  # and one after its left foot: 20 in all
BALL_ROLL_PARTS = [(0, "left", 1), (0, "right", 1)]


def _session(app: AppProcess) -> int:
    (line,) = app.wait_for(r"session \d+ begun")
    return int(line.split("session ")[1].split()[0])


def _rows(path: Path, session: int) -> dict[tuple[int, str | None], int | None]:
    """What the file holds for ``session``, read through SQLite (read-only); checks it."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {(r[0], r[1]): r[2] for r in conn.execute(
            "SELECT exercise_index, side, sets_ended FROM results WHERE session_id = ?",
            (session,))}
    finally:
        conn.close()


def _check(app: AppProcess, data: Path, session: int, parts: list[tuple[int, str | None, int]],
           names: dict[int, str], limbs: dict[int, str], note: str) -> str:
    """Everything said saved is in the file, and the offer starts at the first part not in it."""
    said = saved_parts(app.lines, session)
    rows = _rows(data / "history.sqlite3", session)
    in_file = {p for p in parts if (p[0], p[1]) in rows
               and (rows[p[0], p[1]] is None or rows[p[0], p[1]] >= p[2])}  # type: ignore[operator]
    assert said <= in_file, f"{note}: saved sides lost: {sorted(said - in_file)}"
    unsaved = [p for p in parts if p not in in_file]
    assert [p for p in parts if p in in_file] == parts[:len(in_file)], note  # in order
    with Store.open(data / "history.sqlite3") as store:
        offer = find_resume(store, [e.routine for e in discover() if e.routine]).offer
    if not unsaved:
        assert f"session {session} finished as completed" in app.text, note
        assert offer is None or offer.session.id != session, note
        return "completed"
    assert offer is not None, note
    assert offer.session.id == session, note
    assert offer.resume_at is not None
    first = unsaved[0]
    assert part_of(offer.plan().phases[offer.resume_at.phase]) == first, note
    assert [s.side for s in offer.resume_at.carried] == [
        p[1] for p in parts if p in in_file and p[0] == first[0] and p[2] == 1], note
    label = f"Resume from {names[first[0]]}"
    if first != next(p for p in parts if p[0] == first[0]):  # not at the exercise's start
        label += f", {first[1]} {limbs[first[0]]}" if first[1] else ""
        label += f", set {first[2]} of {DRILL_SETS[first[0]]}" if first[2] > 1 else ""
    assert resume_label(offer) == label, note
    return label


def test_sigkill_at_random_moments_loses_no_saved_side(tmp_path: Path) -> None:
    print(f"kill drill seed: {SEED} (FOOTWORK_DRILL_SEED replays it)")
    rng = random.Random(SEED)
    routine = drill_routine(tmp_path)
    drill_names = {0: "Spread", 1: "Curls", 2: "Balance"}
    drill_limbs = {0: "foot", 1: "", 2: "leg"}
    outcomes = []
    # The built-in's first foot takes 55 s: that run goes on beside the others (a data folder
    # of its own is an instance of its own) and is killed last.
    with AppProcess(tmp_path / "ball-roll-long", ["--start", "ball-roll"]) as long_run:
        long_session = _session(long_run)
        for trial in range(PATH_KILLS):
            wait_for, extra = rng.randint(0, len(DRILL_PARTS)), rng.uniform(0.0, 0.9)
            note = f"seed {SEED}, trial {trial}: after {wait_for} sides + {extra:.2f} s"
            with AppProcess(tmp_path / "data", ["--start", str(routine)]) as app:
                session = _session(app)
                app.wait_until(lambda lines, s=session, n=wait_for:
                               len(saved_parts(lines, s)) >= n, f"{wait_for} sides saved")
                app.read_for(extra)
                assert app.kill() == -signal.SIGKILL, note
                outcomes.append(_check(app, tmp_path / "data", session, DRILL_PARTS,
                                       drill_names, drill_limbs, note))
        for trial in range(BUILT_IN_EARLY_KILLS):
            extra = rng.uniform(0.0, 3.0)
            note = f"seed {SEED}, built-in trial {trial}: {extra:.2f} s in"
            with AppProcess(tmp_path / "ball-roll", ["--start", "ball-roll"]) as app:
                session = _session(app)
                app.read_for(extra)
                assert app.kill() == -signal.SIGKILL, note
                outcomes.append(_check(app, tmp_path / "ball-roll", session, BALL_ROLL_PARTS,
                                       {0: "Ball roll"}, {0: "foot"}, note))
        long_run.wait_until(lambda lines: len(saved_parts(lines, long_session)) >= 1,
                            "the left foot saved", limit=120)
        extra = rng.uniform(0.0, 2.0)
        long_run.read_for(extra)
        assert long_run.kill() == -signal.SIGKILL
        outcomes.append(_check(long_run, tmp_path / "ball-roll-long", long_session,
                               BALL_ROLL_PARTS, {0: "Ball roll"}, {0: "foot"},
                               f"seed {SEED}, built-in after its left foot + {extra:.2f} s"))
    print("kill drill outcomes:", outcomes)
    assert outcomes[-1] == "Resume from Ball roll, right foot"
    assert len(outcomes) == 20
