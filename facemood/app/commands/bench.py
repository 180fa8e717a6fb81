"""``facemood bench SOURCE [--json]``: per-stage timings (decode, detect, crop,
classify, smooth) and the sustained analysis fps on one thread. Skipped photos and
undecodable video frames are reported as ``analyze`` does.

Exit status: 0 when frames were analysed, 1 when nothing was readable or the source
could not be opened, 2 for a usage error; errors start with ``facemood bench:``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from typing import Any

from facemood.app import compose
from facemood.app.commands.common import (
    ALL_STAGES,
    Stats,
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
from facemood.core.mood import MoodEngine
from facemood.fsnames import display


def _configure_bench(parser: argparse.ArgumentParser) -> None:
    configure_source(parser)
    parser.add_argument(
        "--repeat",
        type=count(1),
        default=300,
        help="for a photo (or folder), analyse it this many times as a still stream",
    )


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
    settings = load()
    try:
        source = (
            open_source(args.source, max_attempts=3)
            if is_camera_spec(args.source)
            else (open_source(args.source))
        )
        pipeline = build_pipeline(args, settings, threads=1)
    except (FaceMoodError, ValueError) as exc:
        return error("bench", exc)
    engine = MoodEngine(compose.mood_params(settings))
    stats = Stats()
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
            stats = Stats(keep_samples=True)
            for frame in frames:
                analysis = pipeline.analyze(frame)
                t0 = time.perf_counter()
                update = engine.update(analysis)
                smooth_ms = (time.perf_counter() - t0) * 1000.0
                stats.add(analysis, update.mood.value if update.mood else None, smooth_ms)
                if args.max_frames and stats.frames >= args.max_frames:
                    break
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
