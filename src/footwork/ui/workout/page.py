"""The workout page: huge digits, the exercise, the side and the counters, readable at 3 m.

The page renders :func:`describe` of the controller's state and turns keys and buttons into
controller commands. Keys (presentation clickers send the arrows and Page Up/Down):
Space pause/resume · Right/PgDown skip · Left/PgUp back · Enter/B count a rep or end early ·
1 2 3 answer a check (on the end screen: the first one left not answered) · F/F11 full screen ·
Esc leave full screen, else ask to stop.
Media keys (and MPRIS, through :meth:`WorkoutPage.remote`) follow
:mod:`footwork.services.remote`: play/pause, next, previous, stop (asks; a second stop ends).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footwork.services.notices import Notices, Source
from footwork.services.remote import MEDIA_KEYS, Action, Remote, action_for
from footwork.session.events import State
from footwork.session.results import ExerciseResult
from footwork.ui.fitting import FittedLabel
from footwork.ui.notice_view import NoticeView
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.late_answers import LateAnswers
from footwork.ui.workout.rating import RatingRow
from footwork.ui.workout.view_model import WorkoutView, describe

# Font pixel sizes as fractions of the page height: (normal, full screen)
SCALE = {
    "exercise": (0.075, 0.09),
    "side": (0.06, 0.075),
    "rep": (0.06, 0.075),
    "big": (0.40, 0.52),
    "phase": (0.065, 0.08),
    "info": (0.03, 0.03),
    "next": (0.028, 0.03),
    "choice": (0.05, 0.06),
}


WORKOUT_NOTICES = (Source.SAVING, Source.SOUND)


def _label(name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(align)
    return label


class WorkoutPage(QWidget):
    closeRequested = Signal()
    rated = Signal(int, int, str)  # effort 0-10, pain 0-10, note
    answeredLate = Signal(int, object, str)  # a check's exercise index, side, answer
    fullScreenRequested = Signal()
    leaveFullScreenRequested = Signal()

    def __init__(
        self,
        controller: WorkoutController,
        notices: Notices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workoutPage")
        self.controller = controller
        self.notices = notices if notices is not None else Notices()
        self._gap: float | None = None  # how long the machine slept, when that paused it
        self.full_screen = False
        self.view: WorkoutView | None = None
        self.stop_box: QMessageBox | None = None
        self._stop_answers: tuple[QPushButton, QPushButton] | None = None  # (stop, keep going)
        self._colour = ""
        self._build()
        self._shortcuts()
        controller.pausedBy.connect(self._paused)
        controller.stateChanged.connect(self.show_state)
        controller.ended.connect(self._ended)
        controller.exerciseFinished.connect(self._finished_exercise)
        self.show_state(controller.state())

    # ----- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.stage = QFrame()
        self.stage.setObjectName("stage")
        # the big one-line texts shrink to fit their share of the page (ui/fitting.py)
        self.exercise = FittedLabel("exercise")
        self.side = FittedLabel("side")
        self.rep = FittedLabel("rep", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set = FittedLabel("set", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.letter = FittedLabel("letter")
        self.big = FittedLabel("big")
        self.phase = FittedLabel("phase")
        self.banner = FittedLabel("banner")
        # what the runner must know during a workout: no sound, results not saved
        self.problem = NoticeView(self.notices, WORKOUT_NOTICES, "\n", "problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info = _label("info")
        self.info.setWordWrap(True)
        self.choices = [QPushButton() for _ in range(3)]
        self.next = _label("next", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.remaining = _label(
            "remaining", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)

        counters = QHBoxLayout()
        counters.addWidget(self.set, 1)
        counters.addWidget(self.side, 2)
        counters.addWidget(self.rep, 1)
        big_row = QHBoxLayout()
        big_row.addWidget(self.letter, 1)
        big_row.addWidget(self.big, 1)
        choice_row = QHBoxLayout()
        for number, button in enumerate(self.choices):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, n=number: self.controller.answer(n))
            choice_row.addWidget(button)
        footer = QHBoxLayout()
        footer.addWidget(self.next, 1)
        footer.addWidget(self.remaining)
        # Heights come from these stretch factors, never from the text: the fonts scale with
        # the page's height, so a text-driven minimum height would grow the window without end.
        stage = QVBoxLayout(self.stage)
        stage.addWidget(self.problem, 4)
        stage.addWidget(self.exercise, 9)
        stage.addLayout(counters, 7)
        stage.addLayout(big_row, 44)
        stage.addWidget(self.phase, 8)
        stage.addWidget(self.banner, 6)
        stage.addWidget(self.info, 14)
        stage.addLayout(choice_row, 8)
        stage.addLayout(footer, 4)
        stage.addWidget(self.progress)
        for widget in (self.info, self.next, self.remaining, *self.choices):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        self.pause_button = self._button(
            row, self.tr("Pause  [Space]"), self.controller.toggle_pause
        )
        self.back_button = self._button(row, self.tr("Back  [←]"), self.controller.back)
        self.skip_button = self._button(row, self.tr("Skip  [→]"), self.controller.skip)
        self.enter_button = self._button(row, self.tr("Count rep  [Enter]"), self.controller.enter)
        self.stop_button = self._button(row, self.tr("Stop  [Esc]"), self.ask_stop)
        self.done_button = self._button(
            row, self.tr("Back to Today  [Enter]"), self.closeRequested.emit
        )
        self.done_button.hide()
        self.rating = RatingRow()
        self.rating.rated.connect(self.rated.emit)
        self.rating.hide()
        self.late = LateAnswers()
        self.late.answered.connect(self.answeredLate.emit)
        self.late.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.late)
        layout.addWidget(self.rating)
        layout.addWidget(self.buttons)

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(56)
        font = button.font()
        font.setPointSize(14)
        button.setFont(font)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _shortcuts(self) -> None:
        keys = {
            "Space": self.controller.toggle_pause,
            "Right": self.controller.skip,
            "PgDown": self.controller.skip,
            "Left": self.controller.back,
            "PgUp": self.controller.back,
            "Return": self._enter,
            "Enter": self._enter,
            "B": self._enter,
            "1": lambda: self._answer(0),
            "2": lambda: self._answer(1),
            "3": lambda: self._answer(2),
            "F": self.fullScreenRequested.emit,
            "F11": self.fullScreenRequested.emit,
            "Esc": self._escape,
        }
        self.shortcuts = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut
        self.shortcuts.update(self._media_keys(self))

    def _media_keys(self, parent: QWidget) -> dict[str, QShortcut]:
        """Media keys in ``parent``'s window send their remote command to this page."""
        shortcuts = {}
        for name, command in MEDIA_KEYS.items():
            shortcut = QShortcut(QKeySequence(getattr(Qt.Key, f"Key_{name}")), parent)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda command=command: self.remote(command))
            shortcuts[name] = shortcut
        return shortcuts

    # ----- behaviour -------------------------------------------------------------------------
    def _enter(self) -> None:
        if self.view and self.view.finished:
            self.closeRequested.emit()
        else:
            self.controller.enter()

    def _answer(self, choice: int) -> None:
        if self.view and self.view.finished:
            self.late.answer_first(choice)
        else:
            self.controller.answer(choice)

    def _finished_exercise(self, result: ExerciseResult) -> None:
        if result.unanswered:
            self.late.add(result, self.controller.plan)

    def _escape(self) -> None:
        if self.full_screen:
            self.leaveFullScreenRequested.emit()
        elif self.view and self.view.finished:
            self.closeRequested.emit()
        else:
            self.ask_stop()

    def remote(self, command: Remote) -> None:
        """A media key, headset or MPRIS command: what it does is services.remote's rule."""
        state = self.controller.state()
        action = action_for(command, state.status, self.stop_box is not None)
        if action is Action.NOTHING:
            return
        if action in (Action.STOP, Action.KEEP_GOING):
            assert self._stop_answers is not None
            stop, keep_going = self._stop_answers
            (stop if action is Action.STOP else keep_going).click()
            return
        {
            Action.TOGGLE_PAUSE: self.controller.toggle_pause,
            Action.PAUSE: self.controller.pause,
            Action.RESUME: self.controller.resume,
            Action.SKIP: self.controller.skip,
            Action.BACK: self.controller.back,
            Action.ASK_STOP: self.ask_stop,
        }[action]()

    def ask_stop(self) -> None:
        """Ask before ending the workout; the session waits paused while the question is open."""
        if self.stop_box is not None:
            return
        was_running = not (self.view and self.view.paused)
        self.controller.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the workout?"),
            self.tr("End this workout now? What you have done so far is kept."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        stop = box.addButton(self.tr("Stop workout"), QMessageBox.ButtonRole.DestructiveRole)
        keep_going = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        self._media_keys(box)  # the question has the focus: a second Stop key answers it

        def answered() -> None:
            self.stop_box, self._stop_answers = None, None
            if box.clickedButton() is stop:
                self.controller.stop()
            elif was_running:
                self.controller.resume()

        box.finished.connect(answered)
        self.stop_box, self._stop_answers = box, (stop, keep_going)
        box.open()

    def set_full_screen(self, on: bool) -> None:
        self.full_screen = on
        for widget in (self.buttons, self.next, self.remaining, self.progress):
            widget.setVisible(not on)
        if self.view:
            self._show(self.view)
        self._scale()

    def _ended(self, how: str) -> None:
        for button in (
            self.pause_button,
            self.back_button,
            self.skip_button,
            self.enter_button,
            self.stop_button,
        ):
            button.hide()
        self.done_button.show()
        self.rating.show()
        self.late.setVisible(bool(self.late.rows))

    # ----- rendering -------------------------------------------------------------------------
    def _paused(self, reason: str, gap: float | None) -> None:
        self._gap = gap  # shown with the state that follows

    def show_state(self, state: State) -> None:
        self._show(describe(state, self._gap))

    def _show(self, view: WorkoutView) -> None:
        self.view = view
        self.exercise.setText(view.exercise)
        self.side.setText(view.side)
        self.rep.setText(view.rep)
        self.set.setText(view.set)
        self.big.setText(view.big)
        self.letter.setText(view.letter)
        self.letter.setVisible(bool(view.letter))
        self.phase.setText(view.phase)
        self.banner.setText(view.banner)
        self.banner.setVisible(bool(view.banner))
        self.info.setText(view.info)
        self.info.setVisible(bool(view.info) and not self.full_screen)
        for button, text in zip(self.choices, (*view.choices, "", "", ""), strict=False):
            button.setText(text)
            button.setVisible(bool(text))
        self.next.setText(view.next)
        self.remaining.setText(view.remaining)
        self.progress.setValue(round(view.progress * 1000))
        self.pause_button.setText(
            self.tr("Resume  [Space]") if view.paused else self.tr("Pause  [Space]")
        )
        self.enter_button.setText(
            f"{view.action}  [Enter]" if view.action else self.tr("Count rep  [Enter]")
        )
        self.enter_button.setEnabled(bool(view.action))
        key = f"{view.colour}{view.side_colour}"
        if key != self._colour:
            self._colour = key
            self.stage.setStyleSheet(
                f"#stage {{ background: {view.colour}; }}"
                f"#stage QLabel {{ color: white; }}"
                f"#stage QLabel#side {{ color: {view.side_colour}; font-weight: bold; }}"
                f"#stage QLabel#banner {{ background: #000000; color: #ffeb3b; }}"
                f"#stage QLabel#problem {{ background: #ffeb3b; color: #000000; }}"
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        height = max(300, self.height())
        mode = 1 if self.full_screen else 0
        widgets: dict[str, list[QWidget]] = {
            "exercise": [self.exercise],
            "side": [self.side],
            "rep": [self.rep, self.set],
            "big": [self.big, self.letter],
            "phase": [self.phase, self.banner],
            "info": [self.info, self.problem],
            "next": [self.next, self.remaining],
            "choice": list(self.choices),
        }
        for name, targets in widgets.items():
            size = max(10, round(SCALE[name][mode] * height))
            bold = name in ("big", "exercise", "phase", "side")
            for widget in targets:
                if isinstance(widget, FittedLabel):
                    widget.set_pixel_size(size, bold)
                    continue
                font = QFont(widget.font())
                font.setPixelSize(size)
                font.setBold(bold)
                widget.setFont(font)
