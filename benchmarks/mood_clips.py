"""The mood engine on a suite of webcam-like clips: does the music follow the person?

Clips are rendered from still photos with camera drift, flicker and sensor noise
(``tests/helpers/clips.py``), run once through the real pipeline and model (cached per
model in ``--cache``), then replayed through the mood engine in each variant, so engine
settings are compared on exactly the same readings. Kinds of clip:

* ``alternating``: one person, 7 s at rest then six 5 s segments alternating smile / rest;
* ``trio``: three people one after another, each resting then smiling, a face-less gap
  between them (the shape of the held-out clip);
* ``two-faces``: a person alternating rest / smile with a second, smaller resting face
  beside them (the largest face leads);
* ``steady``: 10 minutes of one resting face, with extra noise in the model's
  probabilities; and 10 minutes of one steady smile: neither may switch.

People: the 48 people of ``london_dev`` are split by person into fold A (even positions
in id order: photos a model may train on), B1 and B2 (the two halves of the rest); the
engine's defaults are chosen on B1 and reported on B2 and on the four demo people, whom
no model saw. Metrics per clip: true changes caught within 2.5 s, the lag of each,
extra changes, the share of frames right from 2 s into each segment, and switches.

    python benchmarks/mood_clips.py [--people B2] [--variant baseline|absolute|taught]...
        [--model M.tflite] [--json] [--cache DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import cv2
import numpy as np

from facemood.core.baseline import BaselineParams
from facemood.core.mood import MoodEngine, MoodParams
from facemood.core.teach import Recording, teach
from facemood.core.types import Emotion, EmotionScores, FaceBox, FaceResult, FrameAnalysis
from facemood.vision.model import default_model_path, sha256_of
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import Frame
from tests.helpers.clips import ClipTruth, Segment, frames

LONDON = Path("/work/shared/datasets/london_dev")
DEMO = Path("/work/shared/datasets/demo_faces")
CATCH_S = 2.5
"""A true change counts as caught when the mood follows within this many seconds."""


def london_people() -> list[str]:
    """The london_dev person ids, sorted."""
    return sorted(p.stem.split("_")[1] for p in (LONDON / "neutral").glob("london_*_03.jpg"))


def people(group: str) -> list[tuple[Path, Path]]:
    """(resting, smiling) photos of a group: A, B1, B2 (london_dev folds) or demo."""
    if group == "demo":
        ids = sorted(p.stem.split("_")[1] for p in DEMO.glob("london_*_happy.jpg"))
        return [(DEMO / f"london_{i}_neutral.jpg", DEMO / f"london_{i}_happy.jpg") for i in ids]
    ids = london_people()
    fold_b = ids[1::2]
    chosen = {"A": ids[0::2], "B1": fold_b[: len(fold_b) // 2], "B2": fold_b[len(fold_b) // 2 :]}
    return [
        (LONDON / "neutral" / f"london_{i}_03.jpg", LONDON / "happy" / f"london_{i}_08.jpg")
        for i in chosen[group]
    ]


@dataclass(frozen=True)
class Clip:
    """A clip to render: its segments, and noise to add to the model's probabilities."""

    name: str
    kind: str
    segments: tuple[Segment, ...]
    fps: float = 15.0
    prob_noise: float = 0.0
    seed: int = 0


def suite(group: str, long: bool = True) -> list[Clip]:
    """The clips of a group of people."""
    faces = people(group)
    clips = []
    for k, (rest, smile) in enumerate(faces):
        name = rest.stem.split("_")[1]
        segs = [Segment(rest, 7.0, "neutral")]
        segs += [
            Segment(smile if j % 2 == 0 else rest, 5.0, "happy" if j % 2 == 0 else "neutral")
            for j in range(6)
        ]
        clips.append(Clip(f"alternating-{name}", "alternating", tuple(segs), seed=k))
    for k in range(0, len(faces) - 2, 3):
        trio = faces[k : k + 3]
        segs = []
        for j, (rest, smile) in enumerate(trio):
            if j:
                segs.append(Segment(None, 2.0, "none"))
            segs += [Segment(rest, 5.0, "neutral"), Segment(smile, 5.0, "happy")]
        ids = "+".join(r.stem.split("_")[1] for r, _ in trio)
        clips.append(Clip(f"trio-{ids}", "trio", tuple(segs), seed=100 + k))
    for k in range(0, len(faces) - 1, 4):
        (rest, smile), (other, _) = faces[k], faces[k + 1]
        segs = [Segment(rest, 7.0, "neutral", beside=other)]
        segs += [
            Segment(
                smile if j % 2 == 0 else rest,
                5.0,
                "happy" if j % 2 == 0 else "neutral",
                beside=other,
            )
            for j in range(4)
        ]
        clips.append(
            Clip(f"two-faces-{rest.stem.split('_')[1]}", "two-faces", tuple(segs), seed=200 + k)
        )
    if long:
        rest, smile = faces[0]
        name = rest.stem.split("_")[1]
        clips.append(
            Clip(
                f"steady-rest-{name}",
                "steady",
                (Segment(rest, 600.0, "neutral"),),
                prob_noise=0.6,
                seed=300,
            )
        )
        clips.append(
            Clip(f"steady-smile-{name}", "steady", (Segment(smile, 600.0, "happy"),), seed=301)
        )
    return clips


def truth_of(clip: Clip) -> ClipTruth:
    """Where each segment is in time."""
    spans, start = [], 0.0
    for seg in clip.segments:
        n = round(seg.seconds * clip.fps)
        spans.append((start, start + n / clip.fps, seg.label))
        start += n / clip.fps
    return ClipTruth(clip.fps, tuple(spans))


def analyse(clip: Clip, model: Path, cache: Path) -> list[FrameAnalysis]:
    """The pipeline's reading of every frame (JPEG-compressed like a webcam stream)."""
    spec = json.dumps([clip.name, clip.fps, clip.seed, [str(s) for s in clip.segments]])
    key = hashlib.sha256((spec + sha256_of(model)).encode()).hexdigest()[:20]
    path = cache / f"{clip.name}-{key}.npz"
    if path.is_file():
        return _load(path)
    out = []
    with Pipeline.create(model_path=model) as pipeline:
        for i, (image, t, _label) in enumerate(frames(clip.segments, fps=clip.fps, seed=clip.seed)):
            _ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])
            decoded = cv2.imdecode(jpeg, cv2.IMREAD_COLOR)
            out.append(pipeline.analyze(Frame(i, t, decoded)))
    cache.mkdir(parents=True, exist_ok=True)
    _save(path, out)
    return out


def _save(path: Path, analyses: Sequence[FrameAnalysis]) -> None:
    probs = np.full((len(analyses), 7), np.nan, np.float32)
    boxes = np.zeros((len(analyses), 4), np.int32)
    tracks = np.zeros(len(analyses), np.int32)
    for i, a in enumerate(analyses):
        if a.faces:
            probs[i] = a.faces[0].scores.probs
            boxes[i] = a.faces[0].box.as_list()
            tracks[i] = a.faces[0].track
    t = np.array([a.t for a in analyses])
    np.savez_compressed(path, probs=probs, boxes=boxes, tracks=tracks, t=t)


def _load(path: Path) -> list[FrameAnalysis]:
    with np.load(path) as z:
        out = []
        for i, t in enumerate(z["t"]):
            if np.isnan(z["probs"][i, 0]):
                out.append(FrameAnalysis(i, float(t), (), None))
                continue
            scores = EmotionScores.from_array(z["probs"][i])
            face = FaceResult(FaceBox(*map(int, z["boxes"][i])), scores, int(z["tracks"][i]))
            out.append(FrameAnalysis(i, float(t), (face,), scores))
        return out


def _noisy(analyses: list[FrameAnalysis], sigma: float, seed: int) -> Iterator[FrameAnalysis]:
    rng = np.random.default_rng(seed)
    for a in analyses:
        if sigma <= 0 or a.primary is None:
            yield a
            continue
        p = a.primary.as_array() * np.exp(rng.normal(0, sigma, 7))
        scores = EmotionScores.from_array(p / p.sum())
        yield replace(a, primary=scores, faces=(replace(a.faces[0], scores=scores),))


@dataclass(frozen=True)
class Score:
    """One clip's result."""

    caught: int
    changes: int
    lags: tuple[float | None, ...]
    extra: int
    switches: int
    settled: float


def score(clip: Clip, analyses: list[FrameAnalysis], params: MoodParams) -> Score:
    """Replay the readings through a mood engine and compare with the truth."""
    truth = truth_of(clip)
    engine = MoodEngine(params)
    moods = []
    for a in _noisy(analyses, clip.prob_noise, clip.seed):
        u = engine.update(a)
        moods.append((a.t, None if u.away or u.mood is None else u.mood.value))
    changes = [
        (start, end, label)
        for (_, _, before), (start, end, label) in itertools.pairwise(truth.segments)
        if label != before
        and label != "none"
        and not (before == "none" and label == _last_label(truth, start))
    ]
    lags: list[float | None] = []
    for start, end, label in changes:
        hit = next((t for t, m in moods if start <= t < end and m == label), None)
        lags.append(None if hit is None else round(hit - start, 2))
    switches = sum(
        1
        for (_, a), (_, b) in itertools.pairwise(moods)
        if a is not None and b is not None and a != b
    )
    caught = sum(1 for lag in lags if lag is not None and lag <= CATCH_S)
    settled = [
        m == label
        for t, m in moods
        for s, e, label in truth.segments
        if s + 2.0 <= t < e and label != "none"
    ]
    return Score(
        caught,
        len(changes),
        tuple(lags),
        max(0, switches - len(changes)),
        switches,
        sum(settled) / max(1, len(settled)),
    )


def _last_label(truth: ClipTruth, before: float) -> str:
    """The last face label before ``before`` (a gap does not change the mood)."""
    labels = [label for s, _e, label in truth.segments if s < before and label != "none"]
    return labels[-1] if labels else ""


VARIANTS: dict[str, MoodParams] = {
    "baseline": MoodParams(),
    "absolute": MoodParams(baseline=BaselineParams(enabled=False)),
    "taught": MoodParams(),
    "taught-absolute": MoodParams(baseline=BaselineParams(enabled=False)),
}
"""Engine settings compared; the taught ones add a correction fitted on a separate
recording of the clip's first person (:func:`taught_bias`)."""


def taught_bias(clip: Clip, model: Path, cache: Path) -> tuple[float, ...]:
    """Teach the clip's first person: 5 s resting and 5 s smiling, filmed apart from the
    clip (another camera drift and noise), fitted as ``facemood calibrate`` does."""
    rest = next(s.photo for s in clip.segments if s.label == "neutral")
    smile = next(s.photo for s in clip.segments if s.label == "happy")
    lesson = Clip(
        f"teach-{clip.name}",
        "teach",
        (Segment(rest, 5.0, "neutral"), Segment(smile, 5.0, "happy")),
        seed=clip.seed + 1000,
    )
    analyses = analyse(lesson, model, cache)
    recordings = [
        Recording.of(Emotion.NEUTRAL, [a for a in analyses if 0.5 <= a.t < 4.5]),
        Recording.of(Emotion.HAPPY, [a for a in analyses if 5.5 <= a.t < 9.5]),
    ]
    return teach(recordings).bias


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", action="append", choices=("A", "B1", "B2", "demo"))
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument("--cache", type=Path, default=Path("build/mood-clips"))
    parser.add_argument("--short", action="store_true", help="leave out the 10-minute clips")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    groups = args.people or ["B2", "demo"]
    variants = args.variant or ["baseline", "absolute"]
    rows = []
    for group in groups:
        for clip in suite(group, long=not args.short):
            started = time.perf_counter()
            analyses = analyse(clip, args.model, args.cache)
            for name in variants:
                params = VARIANTS[name]
                if name.startswith("taught"):
                    if clip.kind == "steady":
                        continue
                    params = replace(
                        params, calibration_bias=taught_bias(clip, args.model, args.cache)
                    )
                t0 = time.perf_counter()
                s = score(clip, analyses, params)
                per_update_ms = (time.perf_counter() - t0) * 1000 / max(1, len(analyses))
                rows.append(
                    {
                        "group": group,
                        "clip": clip.name,
                        "kind": clip.kind,
                        "variant": name,
                        **s.__dict__,
                        "ms_per_update": per_update_ms,
                    }
                )
                if args.json:
                    print(json.dumps(rows[-1]))
            if not args.json:
                print(f"{clip.name}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    if not args.json:
        _table(rows)
    return 0


def _table(rows: list[dict[str, object]]) -> None:
    key = lambda r: (r["variant"], r["kind"])  # noqa: E731
    print(
        f"{'variant':<17}{'kind':<13}{'clips':>6}{'caught':>9}{'extra':>7}"
        f"{'max lag':>9}{'settled':>9}{'switches':>10}"
    )
    for (variant, kind), group in itertools.groupby(sorted(rows, key=key), key=key):
        g = list(group)
        lags = [lag for r in g for lag in r["lags"] if lag is not None]  # type: ignore[attr-defined]
        caught = sum(r["caught"] for r in g)  # type: ignore[misc]
        changes = sum(r["changes"] for r in g)  # type: ignore[misc]
        print(
            f"{variant:<17}{kind:<13}{len(g):>6}{f'{caught}/{changes}':>9}"
            f"{sum(r['extra'] for r in g):>7}"  # type: ignore[misc]
            f"{(max(lags) if lags else float('nan')):>9.2f}"
            f"{statistics.mean(r['settled'] for r in g):>9.3f}"  # type: ignore[misc]
            f"{sum(r['switches'] for r in g):>10}"  # type: ignore[misc]
        )
    ms = statistics.mean(r["ms_per_update"] for r in rows)  # type: ignore[misc]
    print(f"engine cost: {ms:.4f} ms per update (replay, {_cpu()})")


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
