"""``facemood bench SOURCE [--json]``: per-stage timings (decode, detect, crop,
classify, smooth) and the sustained analysis fps on one thread. Skipped photos and
undecodable video frames are reported as ``analyze`` does.

Exit status: 0 when frames were analysed, 1 when nothing was readable or the source
could not be opened, 2 for a usage error; errors start with ``facemood bench:``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from facemood.app import compose
from facemood.app.commands.common import (
    ALL_STAGES,
    Stats,
    TimedStage,
    build_pipeline,
    configure_source,
    error,
    fps_text,
    load,
    no_frames,
    percentile,
    report_skipped,
    report_undecodable,
)
from facemood.cli import command, count
from facemood.fsnames import display

if TYPE_CHECKING:  # OpenCV loads inside the command (``--help`` stays fast)
    from facemood.app.stage import StageResult
    from facemood.vision.sources import Frame


def _configure_bench(parser: argparse.ArgumentParser) -> None:
    configure_source(parser)
    parser.add_argument(
        "--repeat",
        type=count(1),
        default=300,
        help="for a photo (or folder), analyse it this many times as a still stream",
    )


@command("bench", "measure per-stage timings and sustained fps on one thread", _configure_bench)
def bench(args: argparse.Namespace) -> int:
    """Time the pipeline and the mood stage on SOURCE, single-threaded."""
    import cv2

    from facemood.app.loop import run_frames
    from facemood.errors import FaceMoodError
    from facemood.vision.replay import StillStream
    from facemood.vision.sources import FrameSource, ImageFolderSource

    cv2.setNumThreads(1)
    settings = load("bench")
    try:
        source = compose.open_source(args.source)
        pipeline = build_pipeline(args, settings)
    except (FaceMoodError, ValueError) as exc:
        return error("bench", exc)
    # Photos are replayed as a still stream (--repeat times), as a video would run.
    stream: FrameSource = (
        StillStream(source, args.repeat) if isinstance(source, ImageFolderSource) else source
    )
    stage = TimedStage(compose.make_stage(settings))
    stats = Stats()
    size = ""

    def timed(_frame: Frame, result: StageResult) -> None:
        mood = result.update.mood
        stats.add(result.analysis, mood.value if mood else None, stage.last_ms)

    try:
        with stream, pipeline:
            # Warm up the interpreters (first invocations allocate) outside the timing.
            first = stream.read()
            if first is not None:
                size = f"{first.image.shape[1]}x{first.image.shape[0]}"
                pipeline.analyze(first)
            pipeline.reset()
            stats = Stats(keep_samples=True)
            run_frames(stream, pipeline, stage, timed, max_frames=args.max_frames)
    except FaceMoodError as exc:
        return error("bench", exc)
    except KeyboardInterrupt:
        pass
    summary = stats.summary(
        source=display(source.description),
        skipped=report_skipped("bench", source),
        undecodable_frames=report_undecodable("bench", source),
        frame_size=size,
        detector=pipeline.detector.name,
        detect_every=args.detect_every,
        threads=1,
        stages_p95_ms={s: round(percentile(stats.samples[s], 0.95), 3) for s in ALL_STAGES},
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
            f"sustained: {fps_text(summary['fps'])} over {summary['frames']} frames "
            f"({fps_text(summary['cpu_fps'])} per CPU second of this process)"
        )
    return 0 if stats.frames else no_frames("bench", source.description)
