"""Soak test: loop a clip through the whole pipeline and watch resident memory.

Builds a 10-second webcam-like clip from the demo photos (or uses --clip), loops it
through source -> detector -> crop -> emotion model -> mood engine for --frames frames,
and prints resident memory every --every frames. Exit status 1 when memory grew more
than --max-growth-mb after the warm-up.

    python benchmarks/soak.py --frames 100000 [--every 5000] [--clip my.avi] [--json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _common import rss_mb

from facemood.core.mood import MoodEngine
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import VideoFileSource
from tests.helpers.clips import alternating, write_clip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=5_000, help="memory sample interval")
    parser.add_argument("--warmup", type=int, default=1_000, help="frames before the baseline")
    parser.add_argument("--clip", type=Path, help="a video to loop (default: a synthetic clip)")
    parser.add_argument("--max-growth-mb", type=float, default=20.0)
    parser.add_argument(
        "--fake-model", action="store_true", help="use a constant fake model (no models/ file)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import cv2

    cv2.setNumThreads(1)
    with tempfile.TemporaryDirectory() as tmp:
        clip = args.clip
        if clip is None:
            clip = Path(tmp) / "soak.avi"
            write_clip(clip, alternating(first=2.0, each=2.0, changes=4), fps=30.0)
        if args.fake_model:
            from facemood.vision.faces import create_detector
            from tests.helpers.models import FakeEmotionModel

            pipeline = Pipeline(create_detector("auto"), FakeEmotionModel())
        else:
            pipeline = Pipeline.create()
        engine = MoodEngine()
        curve: list[dict[str, float]] = []
        baseline = None
        start = time.perf_counter()
        faces = 0
        with VideoFileSource(clip, loop=True) as src, pipeline:
            for n in range(1, args.frames + 1):
                frame = src.read()
                if frame is None:
                    raise SystemExit("the clip ended although it loops")
                analysis = pipeline.analyze(frame)
                engine.update(analysis)
                faces += bool(analysis.faces)
                if n == args.warmup:
                    baseline = rss_mb()
                if n % args.every == 0 or n == args.frames or n == args.warmup:
                    point = {
                        "frames": n,
                        "rss_mb": round(rss_mb(), 1),
                        "fps": round(n / (time.perf_counter() - start), 1),
                    }
                    curve.append(point)
                    if not args.json:
                        print(
                            f"{n:>8} frames  rss {point['rss_mb']:7.1f} MiB  {point['fps']} fps",
                            flush=True,
                        )
    # The last sample was taken inside the loop, before the pipeline was released.
    end = curve[-1]["rss_mb"]
    growth = end - (baseline if baseline is not None else curve[0]["rss_mb"])
    result = {
        "frames": args.frames,
        "frames_with_face": faces,
        "loops": src.loops,
        "baseline_rss_mb": baseline,
        "final_rss_mb": round(end, 1),
        "growth_mb": round(growth, 1),
        "curve": curve,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"memory growth after warm-up: {growth:.1f} MiB over {args.frames} frames "
            f"({src.loops} loops, {faces} frames with a face)"
        )
    return 0 if growth <= args.max_growth_mb else 1


if __name__ == "__main__":
    raise SystemExit(main())
