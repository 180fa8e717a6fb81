""" "Teach it your face": a short guided recording of the user's resting face and smile.

The dialog asks for one expression at a time (get ready, then a few seconds of
recording while the live source runs), collects the :class:`~facemood.core.teach.Recording`
of each from the window, and fits the correction with :func:`facemood.core.teach.teach`.
It shows how many recorded frames read right before and after, and offers to keep it;
a refused recording (face absent, moving, a "resting" face that smiled) says why and
can be done again. Nothing here blocks: the recordings arrive as the frames do.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facemood.core.teach import Recording, TaughtFace, TeachError, teach
from facemood.core.types import Emotion

READY_S = 3
"""Seconds to get ready before each expression is recorded."""
RECORD_S = 4.0
"""Seconds each expression is recorded."""
OPTIONAL = (Emotion.SAD, Emotion.SURPRISE, Emotion.ANGRY)
"""Expressions the user may add to the resting face and the smile."""


class TeachDialog(QDialog):
    """The guided flow; see the module docstring.

    Signals:
        recording_requested: ``(Emotion, seconds)``: record this expression now.
        taught: a :class:`TaughtFace` the user chose to keep.
        removed: the user removed the correction they had taught.
    """

    recording_requested = Signal(object, float)
    taught = Signal(object)
    removed = Signal()

    def __init__(self, taught_on: str, parent: QWidget | None = None) -> None:
        """Open the dialog; ``taught_on`` is the date of the correction in use ("": none)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teach it your face"))
        self.result_face: TaughtFace | None = None
        self._steps: list[Emotion] = []
        self._recordings: list[Recording] = []
        self._countdown = 0
        self.state = QLabel(
            self.tr("Taught on {date}.").format(date=taught_on)
            if taught_on
            else self.tr("Not taught yet: moods are read from how your face changes.")
        )
        self.state.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Sit as you usually do, facing the camera. FaceMood records a few seconds "
                "of your resting face and of your smile, and learns how your face shows them."
            )
        )
        self.intro.setWordWrap(True)
        self.extra = {e: QCheckBox() for e in OPTIONAL}
        for emotion, box in self.extra.items():
            box.setText(self.tr("Also a {expression} face").format(expression=_word(emotion)))
        self.instruction = QLabel()
        self.instruction.setObjectName("teachInstruction")
        font = self.instruction.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.instruction.setFont(font)
        self.instruction.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.remove_button = QPushButton(self.tr("Remove what I taught"))
        self.remove_button.setEnabled(bool(taught_on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for w in (self.state, self.intro, *self.extra.values(), self.instruction, self.progress):
            layout.addWidget(w)
        layout.addWidget(self.outcome)
        layout.addWidget(self.start_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.start_button.clicked.connect(self.start)
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def start(self) -> None:
        """Record every chosen expression in turn."""
        self._steps = [Emotion.NEUTRAL, Emotion.HAPPY] + [
            e for e, box in self.extra.items() if box.isChecked()
        ]
        self._recordings = []
        self.result_face = None
        self.save_button.setEnabled(False)
        self.start_button.setEnabled(False)
        self.outcome.setText("")
        self.progress.setRange(0, len(self._steps))
        self.progress.setValue(0)
        self._next_step()

    def add_recording(self, recording: Recording) -> None:
        """A recording the window made for this dialog ended."""
        if not self._steps or recording.label is not self._steps[0]:
            return
        self._steps.pop(0)
        self._recordings.append(recording)
        self.progress.setValue(self.progress.value() + 1)
        if self._steps:
            self._next_step()
        else:
            self._finish()

    def _next_step(self) -> None:
        self._countdown = READY_S
        self._show_countdown()
        self._timer.start()

    def _show_countdown(self) -> None:
        self.instruction.setText(
            self.tr("{what} — recording in {n}…").format(
                what=_instruction(self._steps[0]), n=self._countdown
            )
        )

    def _tick(self) -> None:
        self._countdown -= 1
        if self._countdown > 0:
            self._show_countdown()
            return
        self._timer.stop()
        self.instruction.setText(
            self.tr("{what} — recording, hold it…").format(what=_instruction(self._steps[0]))
        )
        self.recording_requested.emit(self._steps[0], RECORD_S)

    def _finish(self) -> None:
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Record again"))
        try:
            face = teach(self._recordings)
        except TeachError as exc:
            self.instruction.setText(self.tr("That did not work"))
            self.outcome.setText(str(exc))
            return
        self.result_face = face
        self.instruction.setText(self.tr("Done"))
        self.outcome.setText(
            self.tr(
                "Of the frames you recorded, {before:.0%} read as you meant before, "
                "{after:.0%} with what FaceMood learned. Save to use it."
            ).format(before=face.right_before, after=face.right_after)
        )
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        if self.result_face is not None:
            self.taught.emit(self.result_face)
            self.accept()

    def _remove(self) -> None:
        self.removed.emit()
        self.remove_button.setEnabled(False)
        self.state.setText(self.tr("Removed: moods are read from how your face changes."))

    def stop(self) -> None:
        """Stop the countdown (the window is closing or the source ended)."""
        self._timer.stop()


def _word(emotion: Emotion) -> str:
    from facemood.gui.texts import emotion_name

    return emotion_name(emotion)


def _instruction(emotion: Emotion) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        Emotion.NEUTRAL: QCoreApplication.translate("TeachDialog", "Relax your face"),
        Emotion.HAPPY: QCoreApplication.translate("TeachDialog", "Smile"),
        Emotion.SAD: QCoreApplication.translate("TeachDialog", "Look sad"),
        Emotion.SURPRISE: QCoreApplication.translate("TeachDialog", "Look surprised"),
        Emotion.ANGRY: QCoreApplication.translate("TeachDialog", "Look angry"),
    }
    return texts[emotion]
