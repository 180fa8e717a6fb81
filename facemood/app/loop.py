"""The frame loop both front ends run: read, pace, analyse, decide the mood.

:func:`run_frames` reads a source to its end (or until ``stop`` is set), paces a file to
its own timestamps when asked (:class:`FramePacer`), runs each frame through the
analyzer and the :class:`~facemood.app.stage.MoodStage`, and hands every result to a
callback: the capture thread emits it to the window, the headless loop drives its
music session. A camera is never paced (its frames arrive in real time) and its reads
time out now and then so a stop request is seen promptly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from facemood.app.stage import StageResult
from facemood.core.types import FrameAnalysis
from facemood.vision.pipeline import Analyzer
from facemood.vision.sources import CameraSource, Frame, FrameSource, SourceStatus

LIVE_READ_TIMEOUT_S = 0.25
"""How long a camera read waits before the loop looks at ``stop`` again."""

OnResult = Callable[[Frame, StageResult], None]


class Stage(Protocol):
    """What decides the mood from each analysis: :class:`~facemood.app.stage.MoodStage`
    (the commands time it, see :class:`facemood.app.commands.common.TimedStage`)."""

    def process(self, analysis: FrameAnalysis) -> StageResult:
        """The mood update and the music decision for one analysed frame."""
        ...


class FramePacer:
    """Waits so that a file's frames come at their own pace (divided by ``speed``).

    A timestamp lower than the last one (a looped video) restarts the pacing.
    """

    def __init__(self, speed: float) -> None:
        """Pace at ``speed`` times real time (1.0: as the clip was recorded)."""
        if not speed > 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.speed = speed
        self._origin: tuple[float, float] | None = None  # (wall clock, frame time)
        self._last_t = 0.0

    def wait(self, t: float, stop: threading.Event) -> bool:
        """Sleep until frame time ``t`` is due; False when ``stop`` was set meanwhile."""
        now = time.perf_counter()
        if self._origin is None or t < self._last_t:
            self._origin = (now, t)
        self._last_t = t
        wall0, t0 = self._origin
        delay = (t - t0) / self.speed - (now - wall0)
        return not (delay > 0 and stop.wait(delay))


@dataclass(frozen=True, slots=True)
class LoopEnd:
    """How a run ended: ``frames`` read; ``ended``: the source ran out (False: stopped)."""

    frames: int
    ended: bool


def run_frames(
    source: FrameSource,
    analyzer: Analyzer,
    stage: Stage,
    on_result: OnResult,
    *,
    stop: threading.Event | None = None,
    pacer: FramePacer | None = None,
    max_frames: int = 0,
) -> LoopEnd:
    """Analyse ``source`` (already open) frame by frame; see the module docstring.

    Args:
        source: an opened frame source.
        analyzer: the vision pipeline.
        stage: the mood stage (its state carries on across calls).
        on_result: receives each frame and its result, on this thread.
        stop: set from another thread to end the run early.
        pacer: paces a file source; None runs as fast as possible.
        max_frames: stop after this many frames (0: no limit).

    Raises:
        SourceError: the source failed for good (e.g. a camera that stays missing).
    """
    stop = stop or threading.Event()
    live = isinstance(source, CameraSource)
    count = 0
    while not stop.is_set():
        if isinstance(source, CameraSource):
            frame = source.read(timeout=LIVE_READ_TIMEOUT_S)
        else:
            frame = source.read()
        if frame is None:
            if live and source.status is not SourceStatus.CLOSED:
                continue  # no frame within the timeout: look at stop, then wait again
            return LoopEnd(count, True)
        if pacer is not None and not live and not pacer.wait(frame.t, stop):
            break
        on_result(frame, stage.process(analyzer.analyze(frame)))
        count += 1
        if max_frames and count >= max_frames:
            break
    return LoopEnd(count, False)
