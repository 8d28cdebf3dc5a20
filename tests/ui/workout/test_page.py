"""A whole short routine through the real widgets on a fake clock: what a runner sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.session.routines import small
from tests.ui.workout.helpers import driven


def test_a_whole_routine_as_the_runner_sees_it(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small()) as d:
        page = d.page
        # The check: question, three numbered choices, each foot
        assert (page.exercise.text(), page.phase.text()) == ("Check", "GET READY")
        assert page.side.text() == "LEFT FOOT"
        left_colour = d.colour(page.side)
        d.run(4)
        assert page.phase.text() == "CHECK"
        assert page.info.text() == "Where?\nNo answer: it goes on by itself in 20 s"
        assert [b.text() for b in page.choices] == ["1  outside", "2  middle", "3  inside"]
        assert all(b.isVisible() for b in page.choices)
        d.key(Qt.Key.Key_1)
        assert page.phase.text() == "SWITCH FEET"
        assert page.side.text() == "RIGHT FOOT"
        assert d.colour(page.side) != left_colour
        d.run(3)
        d.key(Qt.Key.Key_3)
        # Holds: the digits count down, the rep counter counts up, the side flips at the switch
        assert page.exercise.text() == "Spread"
        assert page.phase.text() == "GET READY"
        assert page.next.text() == "Next: Spread · Left foot"
        d.run(4)
        assert (page.phase.text(), page.big.text(), page.rep.text()) == ("HOLD", "5", "1 / 3")
        d.run(2.5)
        assert page.big.text() == "3"
        d.run(2.5 + 2)
        assert (page.phase.text(), page.rep.text()) == ("HOLD", "2 / 3")
        assert page.side.text() == "LEFT FOOT"
        assert d.colour(page.side) == left_colour
        d.run(7 + 5)
        assert page.phase.text() == "SWITCH FEET"
        assert page.side.text() == "RIGHT FOOT"
        assert d.colour(page.side) != left_colour
        assert "switch_feet" in d.cues
        d.run(3 + 19)
        # Curls: two sets of three paced reps, rest between, both feet
        assert page.exercise.text() == "Curls"
        assert page.side.text() == "BOTH FEET"
        d.run(4)
        assert (page.rep.text(), page.set.text()) == ("1 / 3", "set 1 / 2")
        d.run(6)
        assert page.phase.text() == "REST"
        assert page.set.text() == "set 2 / 2"
        d.run(10)
        assert (page.rep.text(), page.set.text()) == ("1 / 3", "set 2 / 2")
        d.run(6)
        # Walk: open-ended, Enter ends it early
        assert page.exercise.text() == "Walk"
        d.run(4 + 12)
        assert page.enter_button.isEnabled()
        assert "Done early" in page.enter_button.text()
        d.key(Qt.Key.Key_Return)
        # Spelling: the letter is shown as large as the digits, and spoken
        assert page.exercise.text() == "Spell"
        d.run(4 + 2.5)
        assert page.letter.isVisible()
        assert page.letter.text() == "B"
        assert page.letter.font().pixelSize() == page.big.font().pixelSize()
        assert d.cues[-2:] == ["letter_a", "letter_b"]
        d.run(4)
        # Marbles: self-paced, Enter or B counts
        assert page.exercise.text() == "Marbles"
        assert not page.letter.isVisible()
        d.run(4)
        d.key(Qt.Key.Key_B)
        d.key(Qt.Key.Key_Enter)
        assert (page.big.text(), page.rep.text()) == ("2", "2 / 3")
        d.key(Qt.Key.Key_Return)
        # The end screen
        assert page.phase.text() == "WORKOUT COMPLETE"
        assert page.big.text() == "✓"
        assert page.exercise.text() == "Small"  # the routine's name, not its last exercise
        assert page.remaining.text().endswith(" of exercise")
        assert page.done_button.isVisible()
        assert not page.pause_button.isVisible()
        assert d.cues[-1] == "workout_complete"
        d.key(Qt.Key.Key_Return)
        assert d.window.pages.currentWidget() is d.window.today


def test_the_digits_are_at_least_a_quarter_of_the_window(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.run(4)
        cap = d.page.big.fontMetrics().capHeight()
        assert cap >= d.window.height() / 4, (cap, d.window.height())
        d.key(Qt.Key.Key_F11)
        qtbot.waitUntil(lambda: d.window.isFullScreen())
        assert not d.page.buttons.isVisible()
        assert not d.page.next.isVisible()
        qtbot.waitUntil(lambda: d.page.big.fontMetrics().capHeight() >= d.window.height() / 4)


def test_paused_banner_and_space(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.run(5)
        assert not d.page.banner.isVisible()
        d.key(Qt.Key.Key_Space)
        assert d.page.banner.isVisible()
        assert "Paused" in d.page.banner.text()
        assert d.page.pause_button.text().startswith("Resume")
        shown = d.page.big.text()
        d.run(30)
        assert d.page.big.text() == shown
        d.key(Qt.Key.Key_Space)
        assert not d.page.banner.isVisible()
        assert d.cues[-2:] == ["paused", "resumed"]


def test_sleep_gap_pauses_and_says_why(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.run(5)
        shown = d.page.big.text()
        clock.advance(2 * 3600)  # the lid was closed
        d.controller.tick()
        assert d.page.banner.isVisible()
        assert d.page.banner.text() == (
            "Paused: the computer was asleep for 2 h 0 min. Press Space to go on.")
        assert d.page.big.text() == shown


def test_arrows_and_page_keys_skip_and_go_back(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        page = d.page
        for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            before = d.controller.state().phase_index
            d.key(key)
            assert d.controller.state().phase_index > before
        assert page.phase.text() == "SWITCH FEET"
        d.key(Qt.Key.Key_Left)
        assert page.phase.text() == "HOLD"
        assert page.rep.text() == "1 / 3"
        d.key(Qt.Key.Key_PageUp)
        assert page.phase.text() == "GET READY"


def test_number_keys_answer_a_check(qtbot: QtBot, clock: FakeClock) -> None:
    results = []
    with driven(qtbot, clock, small()) as d:
        d.controller.exerciseFinished.connect(results.append)
        d.run(4)
        d.key(Qt.Key.Key_2)
        d.run(3)
        d.key(Qt.Key.Key_3)
    assert [s.answer for s in results[0].sides] == ["middle", "inside"]


def test_f_toggles_full_screen_and_esc_leaves_it(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.key(Qt.Key.Key_F)
        qtbot.waitUntil(d.window.isFullScreen)
        d.key(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not d.window.isFullScreen())
        assert d.page.stop_box is None  # Esc in full screen only leaves it
        d.key(Qt.Key.Key_F)
        qtbot.waitUntil(d.window.isFullScreen)
        d.key(Qt.Key.Key_F)
        qtbot.waitUntil(lambda: not d.window.isFullScreen())
        assert d.page.buttons.isVisible()


def test_esc_asks_before_stopping(qtbot: QtBot, clock: FakeClock) -> None:
    ended = []
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.controller.ended.connect(ended.append)
        d.run(5)
        d.key(Qt.Key.Key_Escape)
        box = d.page.stop_box
        assert isinstance(box, QMessageBox)
        assert box.isVisible()
        assert d.page.banner.isVisible()  # paused while asking
        keep = next(b for b in box.buttons() if b.text() == "Keep going")
        keep.click()
        qtbot.waitUntil(lambda: d.page.stop_box is None)
        assert not d.page.banner.isVisible()
        assert not ended
        d.page.stop_button.click()
        box = d.page.stop_box
        assert box is not None
        stop = next(b for b in box.buttons() if b.text() == "Stop workout")
        stop.click()
        qtbot.waitUntil(lambda: ended == ["stopped"])
        assert d.page.phase.text() == "WORKOUT STOPPED"


def test_buttons_do_what_their_keys_do(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.page.skip_button.click()
        assert d.page.phase.text() == "HOLD"
        d.page.pause_button.click()
        assert d.page.banner.isVisible()
        d.page.pause_button.click()
        d.run(1)
        d.page.back_button.click()
        assert d.page.phase.text() == "GET READY"


def test_screen_kept_awake_while_running_released_on_pause_stop_and_exit(
        qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        assert d.awake.calls == ["inhibit"]  # on start
        d.key(Qt.Key.Key_Space)
        assert d.awake.calls[-1] == "uninhibit"  # on pause
        d.key(Qt.Key.Key_Space)
        assert d.awake.calls[-1] == "inhibit"  # on resume
        d.controller.stop()
        assert d.awake.calls == ["inhibit", "uninhibit", "inhibit", "uninhibit"]  # on stop
        d.window.start_workout(small(), 1)
        assert d.awake.calls[-1] == "inhibit"
        d.window.close()  # on exit
        assert d.awake.calls[-1] == "uninhibit"


# --- media keys (keyboards, headsets, Bluetooth speakers): services.remote's rules ----------

def test_the_play_pause_key_pauses_and_resumes(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.media_key(Qt.Key.Key_MediaTogglePlayPause)
        assert d.page.banner.text() == "Paused. Press Space to go on."
        d.media_key(Qt.Key.Key_MediaTogglePlayPause)
        assert not d.page.banner.isVisible()


def test_the_play_key_is_the_headset_play_pause_key(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.media_key(Qt.Key.Key_MediaPlay)
        assert d.page.banner.isVisible()
        assert d.page.pause_button.text().startswith("Resume")
        d.media_key(Qt.Key.Key_MediaPlay)
        assert not d.page.banner.isVisible()


def test_the_pause_key_only_pauses(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.media_key(Qt.Key.Key_MediaPause)
        d.media_key(Qt.Key.Key_MediaPause)
        assert d.page.banner.text() == "Paused. Press Space to go on."


def test_the_next_key_skips(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        assert (d.page.exercise.text(), d.page.phase.text()) == ("Spread", "GET READY")
        d.media_key(Qt.Key.Key_MediaNext)
        assert d.page.phase.text() == "HOLD"
        assert d.page.rep.text() == "1 / 3"


def test_the_previous_key_goes_back(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.media_key(Qt.Key.Key_MediaNext)
        d.run(6)
        assert d.page.phase.text() == "RELEASE"
        d.media_key(Qt.Key.Key_MediaPrevious)
        assert (d.page.phase.text(), d.page.rep.text(), d.page.big.text()) == ("HOLD", "1 / 3",
                                                                               "5")


def test_the_stop_key_asks_and_a_second_stop_ends(qtbot: QtBot, clock: FakeClock) -> None:
    ended = []
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.controller.ended.connect(ended.append)
        d.media_key(Qt.Key.Key_MediaStop)
        box = d.page.stop_box
        assert isinstance(box, QMessageBox)
        assert box.isVisible()
        assert d.page.banner.isVisible()
        assert not ended
        qtbot.waitUntil(box.isActiveWindow)  # the question has the focus now
        d.media_key(Qt.Key.Key_MediaStop, box)
        qtbot.waitUntil(lambda: ended == ["stopped"])
        assert d.page.phase.text() == "WORKOUT STOPPED"


def test_play_while_asked_to_stop_keeps_going(qtbot: QtBot, clock: FakeClock) -> None:
    with driven(qtbot, clock, small(), start_at=1) as d:
        d.media_key(Qt.Key.Key_MediaStop)
        box = d.page.stop_box
        assert box is not None
        qtbot.waitUntil(box.isActiveWindow)
        d.media_key(Qt.Key.Key_MediaPlay, box)
        qtbot.waitUntil(lambda: d.page.stop_box is None)
        assert not d.page.banner.isVisible()
        assert d.page.exercise.text() == "Spread"
