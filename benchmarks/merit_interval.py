"""Is a candidate really better than the shipped model on the choosing rule, or a tie?

    python benchmarks/merit_interval.py BASE CANDIDATE... --real ../shared/datasets/real_faces

`facemood choose` ranks runs by one merit: the mean of held-out FER and FER+ accuracy and
R1's neutral and happy recall (nobody counting for more than ``EVAL_PERSON_CAP``
photos). This prints, for each candidate against BASE, the merit difference and its 95 %
paired bootstrap interval, resampling the FER held-out rows and R1's people (whole
people, as they were held out). Each model is read as it ships: an exported folder (its
chosen temperature and offset folded in; a run's ``export/``) through the app's runtime.
Choosing data only: PublicTest and R2 are not read.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import numpy as np
from model_table import choosing_photos, cut_sets, model_file_of

from facemood.core.types import EMOTIONS, Emotion
from facemood.training.data import ferplus_majority
from facemood.training.evaluate import predict_all
from facemood.training.faceprep import PhotoSet
from facemood.vision.model import EmotionModel

HAPPY, NEUTRAL = EMOTIONS.index(Emotion.HAPPY), EMOTIONS.index(Emotion.NEUTRAL)


@dataclass(frozen=True)
class Reads:
    """One model's hits on the choosing data."""

    fer: np.ndarray  # per FER held-out row: read as its FER label
    ferplus: np.ndarray  # per row: read as its FER+ majority (False where none)
    real: np.ndarray  # per R1 photo: the class read


def read(folder: Path, tmp: Path, r1: PhotoSet) -> tuple[Reads, np.ndarray]:
    """A model's reads, and the FER+ mask (rows with a majority)."""
    with EmotionModel.load(model_file_of(folder, tmp)) as model:
        held, _test = cut_sets(model.crop_style.name)
        fer_pred = predict_all(model, held.images).argmax(1)
        real_pred = predict_all(model, r1.images).argmax(1)
    assert held.votes is not None
    majority = ferplus_majority(held.votes)
    has = majority >= 0
    return Reads(fer_pred == held.labels, has & (fer_pred == majority), real_pred), has


def merit(
    r: Reads, has: np.ndarray, rows: np.ndarray, labels: np.ndarray, weight: np.ndarray
) -> float:
    """The rule's merit on FER rows ``rows`` and R1 photos weighed by ``weight``."""
    rest, smiles = labels == NEUTRAL, labels == HAPPY
    return (
        r.fer[rows].mean()
        + r.ferplus[rows].sum() / has[rows].sum()
        + np.average(r.real[rest] == NEUTRAL, weights=weight[rest])
        + np.average(r.real[smiles] == HAPPY, weights=weight[smiles])
    ) / 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("candidates", type=Path, nargs="+")
    parser.add_argument("--real", type=Path, required=True, help="real_faces (manifest.csv)")
    parser.add_argument("--resamples", type=int, default=2000)
    args = parser.parse_args()
    r1, capped = choosing_photos(args.real)
    people, person_index = np.unique(r1.person, return_inverse=True)
    with tempfile.TemporaryDirectory() as tmp:
        base, has = read(args.base, Path(tmp), r1)
        others = [(c.name, read(c, Path(tmp), r1)[0]) for c in args.candidates]
    n_rows, rng = len(has), np.random.default_rng(0)
    every = np.arange(n_rows)
    draws = [
        (
            rng.integers(0, n_rows, n_rows),
            np.bincount(rng.integers(0, len(people), len(people)), minlength=len(people)),
        )
        for _ in range(args.resamples)
    ]
    print(f"base {args.base.name}: merit {merit(base, has, every, r1.labels, capped):.4f}")
    print("| candidate | merit - base | 95 % interval | share of resamples above 0 |")
    print("| --- | ---: | ---: | ---: |")
    for name, other in others:
        diff = merit(other, has, every, r1.labels, capped) - merit(
            base, has, every, r1.labels, capped
        )
        spread = np.array(
            [
                merit(other, has, rows, r1.labels, capped * times[person_index])
                - merit(base, has, rows, r1.labels, capped * times[person_index])
                for rows, times in draws
            ]
        )
        low, high = np.percentile(spread, [2.5, 97.5])
        print(f"| {name} | {diff:+.4f} | [{low:+.4f}, {high:+.4f}] | {np.mean(spread > 0):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
