"""``facemood analyze`` and ``facemood bench``.

``analyze SOURCE [--json]`` runs the vision pipeline and the mood engine over a camera,
a video, a photo or a folder of photos. With ``--json`` it writes one JSON object per
analysed frame (JSON lines)::

    {"frame": 0, "t": 0.0, "path": null,
     "faces": [{"box": [x, y, w, h], "probs": {"angry": 0.01, ...}}],
     "smoothed": {"angry": 0.02, ...} | null, "mood": "happy" | null}

and a last line ``{"summary": {...}}`` with the frame count, fps, mood changes and
per-stage milliseconds. Photos are analysed one by one: ``mood`` is the primary face's
top emotion and ``smoothed`` is null. Without ``--json`` it prints a readable table.

``bench SOURCE [--json]`` measures per-stage timings (decode, detect, crop, classify,
smooth) and the sustained analysis fps on one thread.

Both exit 0 when frames were analysed, 1 when nothing was readable or the source could
not be opened, 2 for a usage error; errors start with ``facemood analyze:`` or
``facemood bench:``. A photo of a folder that cannot be read (e.g. over the pixel limit,
see :data:`~facemood.vision.sources.MAX_IMAGE_PIXELS`), and every other file of the
folder, is skipped with its reason on stderr, and the rest of the folder is analysed.
Frames of a video that do not decode (a damaged stretch) are skipped, reading goes on
to the end, and their number is printed on stderr and given as the summary's
``undecodable_frames``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from facemood.app import compose
from facemood.cli import command, count, non_empty
from facemood.core.mood import MoodEngine, MoodUpdate
from facemood.core.types import FrameAnalysis
from facemood.fsnames import display
from facemood.settings import Settings, load_settings

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


class _Stats:
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


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _load_settings() -> Settings:
    settings, _warnings = load_settings()
    return settings


def _configure_common(parser: argparse.ArgumentParser) -> None:
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


def _configure_analyze(parser: argparse.ArgumentParser) -> None:
    _configure_common(parser)
    parser.add_argument(
        "--no-settings", action="store_true", help="use default mood parameters, not the user's"
    )


def _configure_bench(parser: argparse.ArgumentParser) -> None:
    _configure_common(parser)
    parser.add_argument(
        "--repeat",
        type=count(1),
        default=300,
        help="for a photo (or folder), analyse it this many times as a still stream",
    )


def _build(args: argparse.Namespace, settings: Settings, threads: int = 1) -> Any:
    from facemood.vision.options import DetectorName, FacePolicy, PipelineOptions
    from facemood.vision.pipeline import Pipeline

    vision = settings.vision
    options = PipelineOptions(
        FacePolicy(args.policy) if args.policy else vision.face_policy,
        detect_every=args.detect_every,
    )
    return Pipeline.create(
        detector=DetectorName(args.detector) if args.detector else vision.detector,
        options=options,
        model_path=args.model,
        num_threads=threads,
    )


def _no_frames(command: str, description: str) -> int:
    print(f"facemood {command}: no readable frames in {display(description)}", file=sys.stderr)
    return 1


def _error(command: str, exc: Exception) -> int:
    from facemood.errors import FaceMoodError

    if isinstance(exc, FaceMoodError):
        print(f"facemood {command}: {display(exc.message)}", file=sys.stderr)
        if exc.detail:
            print(f"  {display(exc.detail)}", file=sys.stderr)
    else:
        print(f"facemood {command}: {display(str(exc))}", file=sys.stderr)
    return 1


def _report_skipped(command: str, source: Any) -> list[str]:
    """Print why each unreadable photo was skipped; the paths, for the summary."""
    skipped: list[tuple[Path, str]] = getattr(source, "skipped", [])
    for _path, reason in skipped:
        print(f"facemood {command}: skipped {display(reason)}", file=sys.stderr)
    return [display(path) for path, _ in skipped]


def _report_undecodable(command: str, source: Any) -> int:
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


@command(
    "analyze", "analyse faces and mood in a camera, video, photo or folder", _configure_analyze
)
def analyze(args: argparse.Namespace) -> int:
    """Run the pipeline and the mood engine over SOURCE and print what they see."""
    from facemood.errors import FaceMoodError
    from facemood.vision.sources import is_camera_spec, open_source

    settings = Settings() if args.no_settings else _load_settings()
    out = sys.stdout
    try:
        source = (
            open_source(args.source, max_attempts=3)
            if is_camera_spec(args.source)
            else (open_source(args.source))
        )
        pipeline = _build(args, settings)
    except (FaceMoodError, ValueError) as exc:
        return _error("analyze", exc)
    stage = compose.make_stage(settings)
    stats = _Stats()
    if not args.json:
        print(f"{'frame':>6} {'t':>8}  {'faces':>5}  {'top face':<22} {'mood':<9}", file=out)
    try:
        with source, pipeline:
            for frame in source:
                analysis = pipeline.analyze(frame)
                t0 = time.perf_counter()
                result = stage.process(analysis)
                smooth_ms = (time.perf_counter() - t0) * 1000.0
                update = None if result.still else result.update
                mood = result.update.mood.value if result.update.mood else None
                stats.add(analysis, mood, smooth_ms)
                if args.json:
                    out.write(json.dumps(frame_record(analysis, update)) + "\n")
                else:
                    print(_table_row(analysis, mood, update), file=out)
                if source.live:
                    out.flush()  # a reader of a live stream wants each line now
                if args.max_frames and stats.frames >= args.max_frames:
                    break
    except FaceMoodError as exc:
        return _error("analyze", exc)
    except KeyboardInterrupt:
        pass
    summary = stats.summary(
        source=display(source.description),
        detector=pipeline.detector.name,
        skipped=_report_skipped("analyze", source),
        undecodable_frames=_report_undecodable("analyze", source),
    )
    if args.json:
        out.write(json.dumps({"summary": summary}) + "\n")
    else:
        print(_summary_text(summary), file=out)
    return 0 if stats.frames else _no_frames("analyze", source.description)


def _table_row(analysis: FrameAnalysis, mood: str | None, update: MoodUpdate | None) -> str:
    top = "-"
    if analysis.primary is not None:
        emotion = analysis.primary.top()
        top = f"{emotion.value} {analysis.primary[emotion]:.2f}"
    name = display(Path(analysis.path).name) if analysis.path else ""
    away = " (away)" if update is not None and update.away else ""
    return (
        f"{analysis.index:>6} {analysis.t:>8.2f}  {len(analysis.faces):>5}  {top:<22} "
        f"{(mood or '-') + away:<9} {name}"
    ).rstrip()


def _summary_text(summary: dict[str, Any]) -> str:
    stages = "  ".join(f"{k} {v:.2f}" for k, v in summary["stages_ms"].items())
    lines = [
        f"{summary['frames']} frames ({summary['frames_with_face']} with a face), "
        f"{_fps(summary['fps'])}, {summary['mood_changes']} mood changes, "
        f"detector {summary['detector']}",
        f"ms per frame: {stages}",
    ]
    lines += [f"  {c['t']:>8.2f} s  -> {c['mood']}" for c in summary["changes"]]
    if summary.get("skipped"):
        lines.append(f"skipped {len(summary['skipped'])} files (the reasons are on stderr)")
    if summary.get("undecodable_frames"):
        lines.append(f"{summary['undecodable_frames']} frames could not be decoded (damaged)")
    return "\n".join(lines)


def _fps(fps: float | None) -> str:
    """``"12.5 fps"``, or ``"- fps"`` when no time was measured."""
    return f"{fps if fps is not None else '-'} fps"


def _bench_frames(source: Any, repeat: int) -> Iterator[Any]:
    """The source's frames; photos are replayed ``repeat`` times as a still stream."""
    from dataclasses import replace

    from facemood.vision.sources import ImageFolderSource

    if not isinstance(source, ImageFolderSource):
        yield from source
        return
    photos = list(source)
    i = 0
    for _ in range(max(1, repeat)):
        for frame in photos:
            # Drop the path so the pipeline treats it as video (detect every N, track).
            yield replace(frame, index=i, t=i / 30.0, path=None)
            i += 1


@command("bench", "measure per-stage timings and sustained fps on one thread", _configure_bench)
def bench(args: argparse.Namespace) -> int:
    """Time the pipeline and the mood engine on SOURCE, single-threaded."""
    import cv2

    from facemood.errors import FaceMoodError
    from facemood.vision.sources import is_camera_spec, open_source

    cv2.setNumThreads(1)
    settings = _load_settings()
    try:
        source = (
            open_source(args.source, max_attempts=3)
            if is_camera_spec(args.source)
            else (open_source(args.source))
        )
        pipeline = _build(args, settings, threads=1)
    except (FaceMoodError, ValueError) as exc:
        return _error("bench", exc)
    engine = MoodEngine(compose.mood_params(settings))
    stats = _Stats()
    size = ""
    try:
        with source, pipeline:
            # Warm up the interpreters (first invocations allocate) outside the timing.
            frames = _bench_frames(source, args.repeat)
            for frame in frames:
                size = f"{frame.image.shape[1]}x{frame.image.shape[0]}"
                pipeline.analyze(frame)
                break
            pipeline.reset()
            stats = _Stats(keep_samples=True)
            for frame in frames:
                analysis = pipeline.analyze(frame)
                t0 = time.perf_counter()
                update = engine.update(analysis)
                smooth_ms = (time.perf_counter() - t0) * 1000.0
                stats.add(analysis, update.mood.value if update.mood else None, smooth_ms)
                if args.max_frames and stats.frames >= args.max_frames:
                    break
    except FaceMoodError as exc:
        return _error("bench", exc)
    except KeyboardInterrupt:
        pass
    summary = stats.summary(
        source=display(source.description),
        skipped=_report_skipped("bench", source),
        undecodable_frames=_report_undecodable("bench", source),
        frame_size=size,
        detector=pipeline.detector.name,
        detect_every=args.detect_every,
        threads=1,
        stages_p95_ms={s: round(_percentile(stats.samples[s], 0.95), 3) for s in ALL_STAGES},
    )
    total = sum(summary["stages_ms"].values())
    summary["pipeline_ms"] = round(total, 3)
    if args.json:
        print(json.dumps({"summary": summary}))
    else:
        print(f"source {summary['source']} ({size}), detector {summary['detector']}, 1 thread")
        print(f"{'stage':<10} {'mean ms':>8} {'p95 ms':>8}")
        for s in ALL_STAGES:
            print(f"{s:<10} {summary['stages_ms'][s]:>8.3f} {summary['stages_p95_ms'][s]:>8.3f}")
        print(f"{'total':<10} {total:>8.3f}")
        print(
            f"sustained: {_fps(summary['fps'])} over {summary['frames']} frames "
            f"({_fps(summary['cpu_fps'])} per CPU second of this process)"
        )
    return 0 if stats.frames else _no_frames("bench", source.description)


def _configure_calibrate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source", type=non_empty, help="camera index (guided) or a video file (--segments)"
    )
    parser.add_argument(
        "--steps",
        default="rest,smile",
        help="with a camera: the expressions to record, in order (rest and smile at least; "
        "also sad, surprise, angry)",
    )
    parser.add_argument(
        "--segments",
        help="with a video: where each expression is, e.g. rest=0:4,smile=5:9 (seconds)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show the result, save nothing")
    parser.add_argument("--remove", action="store_true", help="forget the face taught before")


@command(
    "calibrate", "teach it your face: record your resting face and smile", _configure_calibrate
)
def calibrate(args: argparse.Namespace) -> int:
    """Record, fit, report before/after, and save (unless --dry-run)."""
    from facemood.app import calibrate as cal
    from facemood.core.teach import TeachError, teach
    from facemood.errors import FaceMoodError
    from facemood.vision.sources import is_camera_spec

    settings = _load_settings()
    if args.remove:
        if not args.dry_run:
            cal.forget(settings)
        print("The face taught before was removed." if not args.dry_run else "Nothing changed.")
        return 0
    if not args.source:
        print("facemood calibrate: --source is required (or --remove)", file=sys.stderr)
        return 2
    camera = is_camera_spec(args.source)
    try:
        segments = None if camera or not args.segments else cal.parse_segments(args.segments)
        steps = cal.parse_segments(",".join(f"{name}=0:1" for name in args.steps.split(",")))
    except ValueError as exc:
        print(f"facemood calibrate: {exc}", file=sys.stderr)
        return 2
    if not camera and segments is None:
        print(
            "facemood calibrate: a video needs --segments, e.g. rest=0:4,smile=5:9", file=sys.stderr
        )
        return 2
    try:
        recordings = cal.record(
            args.source, settings, labels=[w.label for w in steps], segments=segments
        )
        face = teach(recordings)
    except TeachError as exc:
        print(f"facemood calibrate: {exc}", file=sys.stderr)
        return 1
    except FaceMoodError as exc:
        return _error("calibrate", exc)
    print(
        f"Frames read as you meant: {face.right_before:.0%} before, "
        f"{face.right_after:.0%} after ({', '.join(e.value for e in face.labels)})."
    )
    if args.dry_run:
        print("Not saved (--dry-run).")
        return 0
    cal.keep(settings, face)
    print("Saved: FaceMood now reads your face with what it learned.")
    return 0
