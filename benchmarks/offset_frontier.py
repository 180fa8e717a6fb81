"""How far an output offset can trade FER-label accuracy for real resting faces, per model.

    python benchmarks/offset_frontier.py RUN_OR_MODELS_DIR... --real ../shared/datasets/real_faces

Issue 20 asks for three things at once: FER-label accuracy ≥ 63.5 %, FER+ majority
≥ 76.5 % and real resting faces read neutral ≥ 94 % (smiles happy ≥ 95 %). One output
offset moves a model along a curve between them: a higher neutral logit reads more
resting faces neutral and more doubtful FER2013 faces (labelled sad or fear) neutral too.
This sweeps the neutral offset (-1.5 … +1.5, relative to the model's own) and a sad
offset (0 … +1.5) on each model exported as it ships (int8, through the app's runtime),
and prints, on the **choosing data only** (the FER held-out slice of Training and R1, the
held-out real people choices are made on, nobody counting for more than
``EVAL_PERSON_CAP`` photos; PublicTest and R2 are not read):

* the curve at sad offset 0: held-out FER / FER+, R1 neutral / happy / rest→negative;
* the best R1 neutral any offset pair reaches while FER ≥ ``--fer-min`` and FER+ ≥
  ``--ferplus-min`` on the held-out slice, and the best held-out FER while R1 neutral ≥
  ``--neutral-min``, each with its offsets and R1 happy — "none" when no pair gets there.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import numpy as np
from model_table import choosing_photos, cut_sets, model_file_of

from facemood.core.types import EMOTIONS
from facemood.training.data import FerData, accuracies
from facemood.training.evaluate import predict_all
from facemood.training.photo_eval import NEGATIVE
from facemood.vision.model import EmotionModel

NEUTRAL, HAPPY, SAD = (EMOTIONS.index(e) for e in ("neutral", "happy", "sad"))
NEGATIVE_INDEX = [EMOTIONS.index(e) for e in NEGATIVE]
NEUTRAL_OFFSETS = np.round(np.arange(-1.5, 1.51, 0.25), 2)
SAD_OFFSETS = (0.0, 0.5, 1.0, 1.5)


@dataclass(frozen=True, slots=True)
class Point:
    """One offset pair and what it gives on the choosing data."""

    neutral: float
    sad: float
    fer: float
    ferplus: float
    r1_neutral: float
    r1_happy: float
    r1_negative: float


def sweep(
    fer_logp: np.ndarray,
    held: FerData,
    real_logp: np.ndarray,
    real_labels: np.ndarray,
    real_weight: np.ndarray,
) -> list[Point]:
    """Every offset pair on log-probabilities (an offset moves the decision, not the
    temperature, so the curve is the same whatever temperature the model was given); the
    real photos weighed by ``real_weight``."""
    rest, smiles = real_labels == NEUTRAL, real_labels == HAPPY
    w_rest, w_smiles = real_weight[rest], real_weight[smiles]
    points = []
    for n_off, s_off in itertools.product(NEUTRAL_OFFSETS, SAD_OFFSETS):
        shift = np.zeros(len(EMOTIONS))
        shift[NEUTRAL], shift[SAD] = n_off, s_off
        fer, plus = accuracies(held, np.eye(len(EMOTIONS))[(fer_logp + shift).argmax(1)])
        pred = (real_logp + shift).argmax(1)
        points.append(
            Point(
                float(n_off),
                float(s_off),
                fer,
                plus,
                float(np.average(pred[rest] == NEUTRAL, weights=w_rest)),
                float(np.average(pred[smiles] == HAPPY, weights=w_smiles)),
                float(np.average(np.isin(pred[rest], NEGATIVE_INDEX), weights=w_rest)),
            )
        )
    return points


def _pct(value: float | None) -> str:
    return "none" if value is None else f"{100 * value:.1f}"


def _where(point: Point | None, field: str) -> str:
    """``94.9 (neutral +1.00, sad +0.5; R1 happy 77.3)``, or "none"."""
    if point is None:
        return "none"
    return (
        f"{_pct(getattr(point, field))} (neutral {point.neutral:+.2f}, sad {point.sad:+.1f}; "
        f"R1 happy {_pct(point.r1_happy)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs="+")
    parser.add_argument("--real", type=Path, required=True, help="real_faces (manifest.csv)")
    parser.add_argument("--fer-min", type=float, default=0.635)
    parser.add_argument("--ferplus-min", type=float, default=0.765)
    parser.add_argument("--neutral-min", type=float, default=0.94)
    args = parser.parse_args()
    r1_photos, weight = choosing_photos(args.real)
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.models:
            with EmotionModel.load(model_file_of(folder, Path(tmp))) as model:
                held, _test = cut_sets(model.crop_style.name)
                fer_logp = np.log(predict_all(model, held.images) + 1e-9)
                real_logp = np.log(predict_all(model, r1_photos.images) + 1e-9)
            points = sweep(fer_logp, held, real_logp, r1_photos.labels, weight)
            print(f"\n{folder.name}: sad offset 0")
            print("| neutral offset | held-out FER | FER+ | R1 neutral | R1 happy | R1 rest→neg |")
            print("| ---: | ---: | ---: | ---: | ---: | ---: |")
            for p in points:
                if p.sad == 0:
                    print(
                        f"| {p.neutral:+.2f} | {_pct(p.fer)} | {_pct(p.ferplus)} | "
                        f"{_pct(p.r1_neutral)} | {_pct(p.r1_happy)} | {_pct(p.r1_negative)} |"
                    )
            keep = [p for p in points if p.fer >= args.fer_min and p.ferplus >= args.ferplus_min]
            calm = [
                p
                for p in points
                if p.r1_neutral >= args.neutral_min and p.ferplus >= args.ferplus_min
            ]
            summary.append(
                (
                    folder.name,
                    max(keep, key=lambda p: (p.r1_neutral, p.r1_happy), default=None),
                    max(calm, key=lambda p: (p.fer, p.r1_happy), default=None),
                )
            )
    print(
        f"\n| model | best R1 neutral with FER ≥ {_pct(args.fer_min)} and FER+ ≥ "
        f"{_pct(args.ferplus_min)} | best FER with R1 neutral ≥ {_pct(args.neutral_min)} "
        f"and FER+ ≥ {_pct(args.ferplus_min)} |"
    )
    print("| --- | --- | --- |")
    for name, keep_best, calm_best in summary:
        print(f"| {name} | {_where(keep_best, 'r1_neutral')} | {_where(calm_best, 'fer')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
