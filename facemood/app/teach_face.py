"""Teach it your face from the command line (``facemood calibrate``).

With a camera the terminal guides the user: get ready, then a few seconds of each
expression (resting face, smile, and any others asked for). With a video file the
expressions are taken from the time ranges given. The same frame loop and pipeline as
the app read the frames, the same :func:`facemood.core.teach.teach` fits the correction,
and it is saved in the settings (``mood.calibration_bias`` and ``mood.calibrated_on``)
unless ``--dry-run``.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from facemood.app import compose
from facemood.app.loop import run_frames
from facemood.app.stage import StageResult
from facemood.core.teach import Recording, TaughtFace
from facemood.core.types import Emotion, FrameAnalysis
from facemood.settings import Settings, save_settings, with_value
from facemood.vision.sources import Frame, is_camera_spec

READY_S = 3.0
"""Seconds to get ready before each expression (camera)."""
RECORD_S = 4.0
"""Seconds each expression is recorded (camera)."""

STEP_NAMES = {
    "rest": Emotion.NEUTRAL,
    "smile": Emotion.HAPPY,
    "sad": Emotion.SAD,
    "surprise": Emotion.SURPRISE,
    "angry": Emotion.ANGRY,
}
"""The expressions ``--steps`` and ``--segments`` name."""

PROMPTS = {
    Emotion.NEUTRAL: "Relax your face and look at the camera",
    Emotion.HAPPY: "Now smile",
    Emotion.SAD: "Now look sad",
    Emotion.SURPRISE: "Now look surprised",
    Emotion.ANGRY: "Now look angry",
}


@dataclass(frozen=True)
class Window:
    """One expression and when (source time, seconds) it is recorded."""

    label: Emotion
    start: float
    end: float


def camera_schedule(labels: Sequence[Emotion], t0: float) -> list[Window]:
    """Get ready, then record, for each expression in turn, from ``t0`` on."""
    windows, t = [], t0
    for label in labels:
        windows.append(Window(label, t + READY_S, t + READY_S + RECORD_S))
        t += READY_S + RECORD_S
    return windows


def parse_segments(text: str) -> list[Window]:
    """``rest=0:4,smile=5:9`` as windows.

    Raises:
        ValueError: an unknown expression or a range that is not ``start:end``.
    """
    windows = []
    for part in text.split(","):
        name, _, span = part.partition("=")
        start, _, end = span.partition(":")
        if name.strip() not in STEP_NAMES:
            raise ValueError(f"unknown expression {name!r}; use {', '.join(STEP_NAMES)}")
        try:
            window = Window(STEP_NAMES[name.strip()], float(start), float(end))
        except ValueError:
            raise ValueError(f"{part!r}: expected NAME=START:END in seconds") from None
        if not window.end > window.start >= 0:
            raise ValueError(f"{part!r}: the range must run forwards from 0 s or later")
        windows.append(window)
    return windows


def record(
    spec: str,
    settings: Settings,
    *,
    labels: Sequence[Emotion] = (Emotion.NEUTRAL, Emotion.HAPPY),
    segments: Sequence[Window] | None = None,
    say: Callable[[str], None] = print,
) -> list[Recording]:
    """Read the source and cut out each expression's frames.

    Raises:
        FaceMoodError: the source or the model cannot be opened.
    """
    camera = is_camera_spec(spec)
    windows: list[Window] = list(segments or [])
    frames: dict[Emotion, list[FrameAnalysis]] = {}
    prompted: set[Emotion] = set()
    stop = threading.Event()

    def on_result(_frame: Frame, result: StageResult) -> None:
        a = result.analysis
        if not windows:  # a camera's schedule starts with its first frame
            windows.extend(camera_schedule(labels, a.t))
        for w in windows:
            if camera and w.label not in prompted and a.t >= w.start - READY_S:
                prompted.add(w.label)
                say(f"{PROMPTS[w.label]}… recording in {READY_S:.0f} s, for {RECORD_S:.0f} s")
            if w.start <= a.t < w.end:
                frames.setdefault(w.label, []).append(a)
        if a.t >= max(w.end for w in windows):
            stop.set()

    source = compose.open_source(spec)
    with source, compose.make_pipeline(settings) as pipeline:
        run_frames(source, pipeline, compose.make_stage(settings), on_result, stop=stop)
    return [Recording.of(w.label, frames.get(w.label, [])) for w in windows]


def keep(settings: Settings, face: TaughtFace, today: datetime.date | None = None) -> Settings:
    """The settings with ``face`` taught today, saved."""
    day = (today or datetime.date.today()).isoformat()
    new = with_value(settings, "mood.calibration_bias", list(face.bias))
    new = with_value(new, "mood.calibrated_on", day)
    save_settings(new)
    return new


def forget(settings: Settings) -> Settings:
    """The settings without a taught face, saved."""
    new = with_value(with_value(settings, "mood.calibration_bias", []), "mood.calibrated_on", "")
    save_settings(new)
    return new
