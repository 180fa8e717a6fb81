"""Mood switching on a clip that alternates clear expressions.

Builds a 37-second 640x480 webcam-like clip from one person's neutral and smiling demo
photos (7 s neutral, then six 5-second segments alternating smile / neutral, with camera
drift, flicker and noise), runs the full pipeline and mood engine over it, and reports:
each true change's detection delay, extra changes, the fraction of frames correct once
2 s have passed in a segment, and - for comparison - how often the raw per-frame top
emotion changes (what a frame-by-frame classifier would show).

    python benchmarks/mood_clip.py [--person 004] [--fps 30] [--keep clip.avi] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import cv2

from facemood.core.mood import MoodEngine
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import VideoFileSource
from tests.helpers.clips import FACES_DIR, alternating, score_moods, write_clip

DEMO = Path("/work/shared/datasets/demo_faces")


def _faces_dir(person: str) -> Path:
    """The test photos, or the shared demo set for people not copied into tests/data."""
    if (FACES_DIR / f"london_{person}_happy.jpg").is_file():
        return FACES_DIR
    return DEMO


def run(
    person: str, fps: float, keep: Path | None, seed: int, model: Path | None = None
) -> dict[str, object]:
    """Build the clip, analyse it, and score the moods."""
    with tempfile.TemporaryDirectory() as tmp:
        clip = Path(tmp) / f"alternating_{person}.avi"
        truth = write_clip(
            clip,
            alternating(person, first=7.0, each=5.0, changes=6, faces_dir=_faces_dir(person)),
            fps=fps,
            seed=seed,
        )
        if keep is not None:
            shutil.copy(clip, keep)
        moods: list[tuple[float, str | None]] = []
        raw: list[str | None] = []
        engine = MoodEngine()
        start = time.perf_counter()
        with VideoFileSource(clip) as src, Pipeline.create(model_path=model) as pipeline:
            for frame in src:
                analysis = pipeline.analyze(frame)
                update = engine.update(analysis)
                moods.append((frame.t, update.mood.value if update.mood else None))
                raw.append(analysis.primary.top().value if analysis.primary else None)
        elapsed = time.perf_counter() - start
    score = score_moods(truth, moods)
    raw_changes = sum(1 for a, b in itertools.pairwise(raw) if a != b)
    return {
        "person": person,
        "frames": len(moods),
        "true_changes": len(truth.changes()),
        "delays_s": list(score.delays),
        "max_delay_s": max((d for d in score.delays if d is not None), default=None),
        "missed": sum(d is None for d in score.delays),
        "extra_changes": score.extra_changes,
        "switches": score.switches,
        "settled_accuracy": round(score.settled_accuracy, 4),
        "raw_frame_label_changes": raw_changes,
        "fps": round(len(moods) / elapsed, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--person", action="append", help="London set id (004, 030, ...)")
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="also save the clip here")
    parser.add_argument("--model", type=Path, help="another emotion model (.tflite)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    ok = True
    for person in args.person or ["004", "030"]:
        r = run(person, args.fps, args.keep, args.seed, args.model)
        ok &= r["missed"] == 0 and r["extra_changes"] == 0
        if args.json:
            print(json.dumps(r))
        else:
            print(
                f"person {person}: {r['frames']} frames at {r['fps']} fps; "
                f"delays {r['delays_s']} s; extra changes {r['extra_changes']}; "
                f"settled accuracy {r['settled_accuracy']:.3f}; "
                f"raw per-frame label changes {r['raw_frame_label_changes']}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
