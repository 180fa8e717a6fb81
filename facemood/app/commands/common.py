"""What ``analyze``, ``bench`` and ``calibrate`` share: the user's settings (warnings on
stderr), the source options, the pipeline they build, the timed mood stage, per-stage
statistics, the JSON-lines frame record and error reporting."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facemood.app import compose
from facemood.cli import count, non_empty
from facemood.core.mood import MoodUpdate
from facemood.core.types import FrameAnalysis
from facemood.fsnames import display
from facemood.settings import Settings, with_value

if TYPE_CHECKING:  # OpenCV loads inside the commands (``--help`` stays fast)
    from facemood.app.stage import MoodStage, StageResult
    from facemood.vision.pipeline import Pipeline

ALL_STAGES = ("decode", "detect", "crop", "classify", "smooth")
"""Stages reported by ``analyze`` and ``bench``."""


def frame_record(analysis: FrameAnalysis, update: MoodUpdate | None) -> dict[str, Any]:
    """The JSON-lines object for one analysed frame.

    Args:
        analysis: the pipeline's result.
        update: the mood engine's result, or None for a photo analysed on its own (then
            ``mood`` is the primary face's top emotion and ``smoothed`` is null).
    """
    if update is None:
        smoothed = None
        mood = analysis.primary.top().value if analysis.primary is not None else None
    else:
        smoothed = (
            {k: round(v, 4) for k, v in update.smoothed.as_dict().items()}
            if update.smoothed is not None
            else None
        )
        mood = update.mood.value if update.mood is not None else None
    return {
        "frame": analysis.index,
        "t": round(analysis.t, 4),
        "path": analysis.path,
        "faces": [
            {
                "box": face.box.as_list(),
                "probs": {k: round(v, 4) for k, v in face.scores.as_dict().items()},
            }
            for face in analysis.faces
        ],
        "smoothed": smoothed,
        "mood": mood,
    }


class Stats:
    """Per-stage timings and mood changes over a run."""

    def __init__(self, keep_samples: bool = False) -> None:
        self.keep_samples = keep_samples
        self.frames = 0
        self.with_face = 0
        self.totals = dict.fromkeys(ALL_STAGES, 0.0)
        self.samples: dict[str, list[float]] = {s: [] for s in ALL_STAGES}
        self.changes: list[dict[str, Any]] = []
        self.last_mood: str | None = None
        self.start = time.perf_counter()
        self.cpu_start = time.process_time()
        self.elapsed = 0.0
        self.cpu = 0.0

    def add(self, analysis: FrameAnalysis, mood: str | None, smooth_ms: float) -> None:
        self.frames += 1
        self.with_face += bool(analysis.faces)
        timings = dict(analysis.timings_ms, smooth=smooth_ms)
        for stage in ALL_STAGES:
            ms = float(timings.get(stage, 0.0))
            self.totals[stage] += ms
            if self.keep_samples:  # only bench needs percentiles; analyze may run for hours
                self.samples[stage].append(ms)
        if mood != self.last_mood:
            self.changes.append({"frame": analysis.index, "t": round(analysis.t, 3), "mood": mood})
            self.last_mood = mood
        self.elapsed = time.perf_counter() - self.start
        self.cpu = time.process_time() - self.cpu_start

    def summary(self, **extra: Any) -> dict[str, Any]:
        n = max(1, self.frames)
        # A change is a switch between two moods; the first mood found is not one.
        switches = sum(
            1
            for a, b in zip(self.changes, self.changes[1:], strict=False)
            if a["mood"] is not None and b["mood"] is not None
        )
        return {
            "frames": self.frames,
            "frames_with_face": self.with_face,
            "seconds": round(self.elapsed, 3),
            "fps": round(self.frames / self.elapsed, 1) if self.elapsed > 0 else None,
            # CPU seconds of this process: the fps one core would sustain on its own,
            # unaffected by other programs competing for the CPU.
            "cpu_seconds": round(self.cpu, 3),
            "cpu_fps": round(self.frames / self.cpu, 1) if self.cpu > 0 else None,
            "mood_changes": switches,
            "changes": self.changes,
            "stages_ms": {s: round(self.totals[s] / n, 3) for s in ALL_STAGES},
            **extra,
        }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def load(command: str) -> Settings:
    """The user's settings; each load warning is printed as ``facemood <command>: …``."""
    return compose.user_settings(
        lambda warning: print(f"facemood {command}: {display(warning)}", file=sys.stderr)
    )


class TimedStage:
    """The mood stage, timed: :attr:`last_ms` is what its last :meth:`process` took (the
    reports' "smooth" stage)."""

    def __init__(self, stage: MoodStage) -> None:
        self._stage = stage
        self.last_ms = 0.0

    def process(self, analysis: FrameAnalysis) -> StageResult:
        """The stage's result for ``analysis``."""
        t0 = time.perf_counter()
        result = self._stage.process(analysis)
        self.last_ms = (time.perf_counter() - t0) * 1000.0
        return result


def configure_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", type=non_empty, help="camera index (0), video file, photo, or folder of photos"
    )
    parser.add_argument("--json", action="store_true", help="write JSON lines instead of a table")
    parser.add_argument(
        "--detector",
        choices=("auto", "blazeface", "haar", "none"),
        help="face detector (default: the vision.detector setting)",
    )
    parser.add_argument(
        "--policy",
        choices=("largest", "average"),
        help="with several faces: largest face or average (default: vision.face_policy)",
    )
    parser.add_argument("--model", type=Path, help="another emotion model (.tflite)")
    parser.add_argument(
        "--max-frames", type=count(0), default=0, help="stop after N frames (0: all)"
    )
    parser.add_argument(
        "--detect-every",
        type=count(1),
        default=3,
        help="run the face detector every N video frames",
    )


def build_pipeline(args: argparse.Namespace, settings: Settings) -> Pipeline:
    """The composition's pipeline, with ``--detector``, ``--policy``, ``--model`` and
    ``--detect-every`` over the settings."""
    if args.detector:
        settings = with_value(settings, "vision.detector", args.detector)
    if args.policy:
        settings = with_value(settings, "vision.face_policy", args.policy)
    return compose.make_pipeline(settings, model_path=args.model, detect_every=args.detect_every)


def no_frames(command: str, description: str) -> int:
    print(f"facemood {command}: no readable frames in {display(description)}", file=sys.stderr)
    return 1


def error(command: str, exc: Exception) -> int:
    from facemood.errors import FaceMoodError

    if isinstance(exc, FaceMoodError):
        print(f"facemood {command}: {display(exc.message)}", file=sys.stderr)
        if exc.detail:
            print(f"  {display(exc.detail)}", file=sys.stderr)
    else:
        print(f"facemood {command}: {display(str(exc))}", file=sys.stderr)
    return 1


def report_skipped(command: str, source: Any) -> list[str]:
    """Print why each unreadable photo was skipped; the paths, for the summary."""
    skipped: list[tuple[Path, str]] = getattr(source, "skipped", [])
    for _path, reason in skipped:
        print(f"facemood {command}: skipped {display(reason)}", file=sys.stderr)
    return [display(path) for path, _ in skipped]


def report_undecodable(command: str, source: Any) -> int:
    """Print how many frames of a video did not decode; the count, for the summary."""
    undecodable: int = getattr(source, "undecodable", 0)
    if undecodable:
        print(
            f"facemood {command}: {undecodable} frames of {display(source.description)} "
            "could not be decoded (the file is damaged there) and were skipped; the rest "
            "was read. To repair the file, re-encode it, e.g. ffmpeg -i IN -c:v mjpeg OUT.avi",
            file=sys.stderr,
        )
    return undecodable


def fps_text(fps: float | None) -> str:
    """``"12.5 fps"``, or ``"- fps"`` when no time was measured."""
    return f"{fps if fps is not None else '-'} fps"
