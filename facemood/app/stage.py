"""One frame -> mood -> music stage, driven by the capture thread and the headless loop alike.

:class:`MoodStage` takes each :class:`~facemood.core.types.FrameAnalysis` and returns a
:class:`StageResult`: the mood after it and the music decision, which
:meth:`StageResult.drive` applies to a :class:`~facemood.session.MusicSession`. The
window sends the (frozen) result to its player thread and calls ``drive`` there; the
headless loop calls it at once. Same rules in both:

* video and camera frames go through the mood engine (smoothing, hysteresis, away);
* a photo (a frame with a path) is read on its own: its top emotion is its mood, and a
  new one switches the music at once, whatever the switch policy;
* a recording for "teach it your face", when asked for, collects the frames that pass
  for a few seconds; the :class:`~facemood.core.teach.Recording` comes back in the
  result of the frame that ends it.

Control calls (:meth:`MoodStage.set_params`, :meth:`MoodStage.start_recording`) may
come from another thread: they take effect at the next frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facemood.core.mood import MoodEngine, MoodParams, MoodUpdate
from facemood.core.teach import Recording
from facemood.core.types import Emotion, FrameAnalysis
from facemood.session import MusicSession


@dataclass(frozen=True, slots=True)
class StageResult:
    """What one frame changed.

    Attributes:
        analysis: the pipeline's reading of the frame.
        update: the mood after it (for a photo: the photo's own mood).
        still: the frame was a photo.
        recording: set on the frame that ended a recording of an expression.
    """

    analysis: FrameAnalysis
    update: MoodUpdate
    still: bool
    recording: Recording | None = None

    @property
    def mood(self) -> Emotion | None:
        """The mood to show: None before one is known and while the user is away."""
        return None if self.update.away else self.update.mood

    def drive(self, session: MusicSession[Any]) -> None:
        """Apply this frame's music decision to ``session`` (on the session's thread)."""
        update = self.update
        if self.still:
            if update.changed and update.mood is not None:
                session.follow_emotion(update.mood, t=update.t, immediate=True)
        else:
            session.on_mood(update)


class MoodStage:
    """The mood engine plus the rules around it (photos, recordings); see the module doc.

    Not thread-safe except for the control calls named in the module docstring.
    """

    def __init__(self, params: MoodParams | None = None) -> None:
        """A stage with fresh state and ``params`` (defaults: :class:`MoodParams`)."""
        self._engine = MoodEngine(params)
        self._still_mood: Emotion | None = None
        # Set from other threads, taken by process() (a reference swap each).
        self._pending_params: MoodParams | None = None
        self._pending_recording: tuple[Emotion, float] | None = None
        self._recording: tuple[Emotion, float] | None = None  # label, seconds
        self._record_until: float | None = None
        self._recorded: list[FrameAnalysis] = []

    @property
    def params(self) -> MoodParams:
        """The engine's parameters in force."""
        return self._engine.params

    def set_params(self, params: MoodParams) -> None:
        """Use ``params`` from the next frame on (the current mood is kept)."""
        self._pending_params = params

    def start_recording(self, label: Emotion, seconds: float) -> None:
        """Record the face showing ``label`` over the next ``seconds`` of frames."""
        self._pending_recording = (label, seconds)

    def reset(self) -> None:
        """Forget the mood and the window (a new source)."""
        self._engine.reset()
        self._still_mood = None

    def process(self, analysis: FrameAnalysis) -> StageResult:
        """Take one analysed frame; a frame with a ``path`` is a photo."""
        params, self._pending_params = self._pending_params, None
        if params is not None:
            self._engine.set_params(params)
        asked, self._pending_recording = self._pending_recording, None
        if asked is not None:
            self._recording, self._record_until, self._recorded = asked, None, []

        still = analysis.path is not None
        update = self._still_update(analysis) if still else self._engine.update(analysis)
        return StageResult(analysis, update, still, self._record(analysis))

    def _still_update(self, analysis: FrameAnalysis) -> MoodUpdate:
        mood = analysis.primary.top() if analysis.primary is not None else None
        changed = mood is not None and mood is not self._still_mood
        if mood is not None:
            self._still_mood = mood
        return MoodUpdate(analysis.t, analysis.primary, self._still_mood, False, changed)

    def _record(self, analysis: FrameAnalysis) -> Recording | None:
        if self._recording is None:
            return None
        label, seconds = self._recording
        # The window runs from the first frame, so it ends (and says so) with no face.
        if self._record_until is None:
            self._record_until = analysis.t + seconds
        self._recorded.append(analysis)
        if analysis.t < self._record_until:
            return None
        self._recording = None
        return Recording.of(label, self._recorded)
