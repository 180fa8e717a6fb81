"""Dedicated arousal heads against the quadrant model's arousal, nested by artist.

    python benchmarks/audio_arousal.py --data ../shared/datasets/music_moods --seeds 0 1 2

The shipped model reads arousal as P(Q1) + P(Q2) of its quadrant softmax (89.7 % on
held-out artists; issue 21 asks for 90 %). This measures, with the same nested
cross-validation as ``benchmarks/audio_moods.py`` (5 outer folds grouped by artist on
4Q and by clip on Emotify; in each, the quadrant model chosen by
:func:`facemood.training.audio_model.choose` on the other four, with its 4 inner folds),
whether a dedicated arousal estimate does better:

* **heads** trained for arousal alone: logistic regression on all 114 descriptors or
  on the 64 that carry energy (level, dynamics, flux, onsets, tempo, pulse, centroid,
  roll-off, bandwidth, flatness, bass/treble shares, contrast, modulation, MFCC 0-1),
  and ensembles of three 16-unit networks; Emotify clips as soft targets (the
  percentile rank of the listeners' power + joyful activation + tension share), as
  hard ones (above the median) or left out; L2 strength from a grid;
* **conditional heads**: Q1 vs Q4 and Q2 vs Q3 (logistic, 4Q only), combined with the
  quadrant model's valence v as a = v·P(high | positive) + (1 - v)·P(high | negative);
* each alone, or averaged with the quadrant model's arousal (weight w), or with the
  decision threshold moved.

Every choice (head, L2, w, threshold) is made on the inner folds' held-out predictions
of the outer training part; the outer fold only measures. Valence is always the
quadrant model's. Prints one Markdown row per attempt (mean ± half the range over the
fold seeds, then the arousal of each seed) and the picks of the attempts that choose
everything.
"""

from __future__ import annotations

import _one_thread  # noqa: F401 - first: one BLAS thread, set before numpy loads

# isort: split
import argparse
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from _common import ROOT  # noqa: F401 - puts the repository on sys.path

from facemood.audio.descriptors import DESCRIPTOR_NAMES
from facemood.training import audio_model as am
from facemood.training.audio_data import LabelledSet

Array = npt.NDArray[np.float64]

_ENERGY_NAMES = {
    "mfcc0_mean", "mfcc1_mean", "mfcc0_std", "mfcc0_dstd", "mfcc1_dstd",
    "mfcc0_segment_std", "mfcc1_segment_std", "log_centroid_mean", "log_centroid_std",
    "log_bandwidth", "log_rolloff", "log_flatness_mean", "log_flatness_std", "low_share",
    "high_share", "loudness_db", "dynamics_db", "level_std_db", "quiet_share", "crest_db",
    "log_flux", "flux_cv", "log_flux_low", "log_flux_high", "onset_rate", "log2_tempo",
    "pulse_clarity", "period_half_beat", "period_beat", "period_bar",
}  # fmt: skip
ENERGY = tuple(
    i
    for i, n in enumerate(DESCRIPTOR_NAMES)
    if n in _ENERGY_NAMES or n.startswith(("contrast", "modulation"))
)
ALL = tuple(range(len(DESCRIPTOR_NAMES)))
L2S = (0.003, 0.03, 0.3, 3.0)
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
THRESHOLDS = tuple(float(t) for t in np.round(np.arange(0.35, 0.651, 0.01), 2))


@dataclass(frozen=True, slots=True)
class Head:
    """An arousal head: columns, how Emotify enters (soft, binary, none, or ``pair``:
    4Q's quadrants ``pair[0]`` (high) vs ``pair[1]`` only), and the model."""

    name: str
    cols: tuple[int, ...]
    emotify: str
    cand: am.Candidate
    pair: tuple[int, int] | None = None


HEADS = (
    *[
        Head(f"lin {fs} emo={emo} l2={l2:g}", cols, emo, am.Candidate(0, l2))
        for fs, cols in (("all", ALL), ("energy", ENERGY))
        for emo in ("soft", "binary", "none")
        for l2 in L2S
    ],
    *[
        Head(f"mlp16x3 all emo={emo} l2={l2:g}", ALL, emo, am.Candidate(16, l2, members=3))
        for emo in ("soft", "binary")
        for l2 in (0.03, 0.3)
    ],
    *[
        Head(f"cond {side} l2={l2:g}", ALL, "none", am.Candidate(0, l2), pair)
        for side, pair in (("pos", (0, 3)), ("neg", (1, 2)))
        for l2 in L2S
    ],
)


def fit_predict(data: LabelledSet, x_test: Array, head: Head, seed: int) -> Array:
    """``head`` trained on ``data``; its P(high arousal) for ``x_test``."""
    y, w = am.targets(data)
    a = y[:, 0].copy()
    q = data.quadrant
    keep = np.ones(len(a), dtype=bool)
    if head.pair is not None:
        keep = np.isin(q, head.pair)
        a = (q == head.pair[0]).astype(float)
    elif head.emotify == "binary":
        a[q < 0] = (a[q < 0] > 0.5).astype(float)
    elif head.emotify == "none":
        keep = q >= 0
    target = np.column_stack([a, a])[keep]  # two identical sigmoid outputs: one head
    model = am.fit(data.x[keep][:, head.cols], target, w[keep], head.cand, seed=seed)
    return model.predict(x_test[:, head.cols])[:, 0]


@dataclass
class OuterFold:
    """One outer fold's held-out predictions: inner (on its training part) and outer."""

    train: npt.NDArray[np.int64]
    test: npt.NDArray[np.int64]
    chosen: str
    q_inner: Array  # quadrant model: (n_train, 2) arousal, valence
    q_outer: Array  # (n_test, 2)
    h_inner: dict[str, Array]
    h_outer: dict[str, Array]


def outer_folds(data: LabelledSet, seed: int) -> list[OuterFold]:
    """Every prediction the attempts need, for the outer folds of ``seed``."""
    x = data.x
    result = []
    for n, test in enumerate(am.stratified_folds(data, 5, seed)):
        train = np.setdiff1d(np.arange(len(x)), test)
        inner = am.subset(data, train)
        best, _ = am.choose(inner, x[train], 4, seed + 1 + n)  # as nested_scores
        folds = am.stratified_folds(inner, 4, seed + 1 + n)
        every = np.arange(len(train), dtype=np.int64)
        y, w = am.targets(inner)
        fold = OuterFold(
            train,
            test,
            best.describe(),
            am.cross_predict(inner, x[train], best, folds, every),
            am.fit(x[train], y, w, best, seed=n).predict(x[test]),
            {},
            {},
        )
        for head in HEADS:
            held = np.full(len(train), np.nan)
            for k, itest in enumerate(folds):
                itrain = np.setdiff1d(every, itest)
                held[itest] = fit_predict(am.subset(inner, itrain), x[train][itest], head, k)
            fold.h_inner[head.name] = held
            fold.h_outer[head.name] = fit_predict(inner, x[test], head, n)
        result.append(fold)
        print(f"  seed {seed}, outer fold {n}: quadrant model {best.describe()}", flush=True)
    return result


Source = tuple[str, ...]
"""A head, or (for conditional heads) a positive and a negative head."""


def arousal_of(source: Source, heads: dict[str, Array], valence: Array) -> Array:
    """P(high arousal) from a head, or from two conditional heads and the valence."""
    if len(source) == 1:
        return heads[source[0]]
    return valence * heads[source[0]] + (1 - valence) * heads[source[1]]


def _accuracy(a: Array, quadrant: npt.NDArray[np.int64]) -> float:
    is_4q = quadrant >= 0
    return float(np.mean((a[is_4q] >= 0.5) == (quadrant[is_4q] <= 1)))


def attempt(
    data: LabelledSet,
    folds: Sequence[OuterFold],
    sources: Sequence[Source],
    weights: Sequence[float],
    thresholds: Sequence[float] = (0.5,),
) -> tuple[am.Scores, list[str]]:
    """Held-out scores when each outer fold picks (source, w, threshold) on its inner
    predictions: a = w·head + (1 - w)·quadrant model, shifted so the threshold is 0.5."""
    q = data.quadrant
    probs = np.full((len(q), 2), np.nan)
    picks = []
    for f in folds:
        best: tuple[float, Source, float, float] | None = None
        for source in sources:
            head = arousal_of(source, f.h_inner, f.q_inner[:, 1])
            for w in weights:
                a = w * head + (1 - w) * f.q_inner[:, 0]
                for t in thresholds:
                    s = _accuracy(a + 0.5 - t, q[f.train])
                    if best is None or s > best[0] + 1e-12:
                        best = (s, source, w, t)
        assert best is not None
        _, source, w, t = best
        picks.append(f"{' + '.join(source)} w={w:g} t={t:.2f}")
        head = arousal_of(source, f.h_outer, f.q_outer[:, 1])
        a = w * head + (1 - w) * f.q_outer[:, 0] + 0.5 - t
        probs[f.test] = np.column_stack([a, f.q_outer[:, 1]])
    return am.score(data, probs), picks


def _family(prefix: str) -> list[Source]:
    return [(h.name,) for h in HEADS if h.name.startswith(prefix)]


CONDITIONAL = [
    (f"cond pos l2={p:g}", f"cond neg l2={n:g}") for p in L2S for n in L2S
]  # fmt: skip
EVERY: list[Source] = [*_family("lin"), *_family("mlp"), *CONDITIONAL]
ATTEMPTS: list[tuple[str, Sequence[Source], Sequence[float], Sequence[float]]] = [
    ("baseline: the quadrant model's P(Q1) + P(Q2) (shipped)", EVERY[:1], (0.0,), (0.5,)),
    ("baseline, decision threshold chosen", EVERY[:1], (0.0,), THRESHOLDS),
]
for _label, _sources in (
    ("linear, all descriptors, Emotify soft", _family("lin all emo=soft")),
    ("linear, energy descriptors, Emotify soft", _family("lin energy emo=soft")),
    ("linear, all descriptors, Emotify binary", _family("lin all emo=binary")),
    ("linear, all descriptors, 4Q only", _family("lin all emo=none")),
    ("any linear head", _family("lin")),
    ("mlp16 x3 head", _family("mlp")),
    ("conditional heads Q1|Q4, Q2|Q3", CONDITIONAL),
):
    ATTEMPTS.append((f"{_label}: alone", _sources, (1.0,), (0.5,)))
    ATTEMPTS.append((f"{_label}: averaged 1:1 with the quadrant model", _sources, (0.5,), (0.5,)))
ATTEMPTS += [
    ("any head or pair, weight chosen", EVERY, WEIGHTS, (0.5,)),
    ("any head or pair, weight and threshold chosen", EVERY, WEIGHTS, THRESHOLDS),
]


def _load_and_run(args: tuple[Path, int]) -> list[OuterFold]:
    return outer_folds(am.load(args[0]), args[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="datasets/music_moods")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--jobs", type=int, default=1, help="seeds run in parallel")
    args = parser.parse_args(argv)
    data = am.load(args.data)
    work = [(args.data, s) for s in args.seeds]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        runs = list(pool.map(_load_and_run, work))
    print(f"Nested, 5 outer folds by artist (4Q) / clip (Emotify), fold seeds {args.seeds}")
    print(
        "| attempt | quadrant % | arousal % | valence % | Emotify arousal r | "
        "Emotify valence r | arousal per seed |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, sources, weights, thresholds in ATTEMPTS:
        results = [attempt(data, folds, sources, weights, thresholds) for folds in runs]
        scores = [r[0] for r in results]

        def cell(field: str, percent: bool, scores: list[am.Scores] = scores) -> str:
            v = np.array([getattr(s, field) for s in scores]) * (100 if percent else 1)
            d = 1 if percent else 2
            return f"{v.mean():.{d}f} ±{(v.max() - v.min()) / 2:.{d}f}"

        per_seed = " / ".join(f"{100 * s.arousal:.1f}" for s in scores)
        print(
            f"| {name} | {cell('quadrant', True)} | {cell('arousal', True)} | "
            f"{cell('valence', True)} | {cell('emotify_arousal', False)} | "
            f"{cell('emotify_valence', False)} | {per_seed} |",
            flush=True,
        )
        if "chosen" in name:
            for seed, (_, picks) in zip(args.seeds, results, strict=True):
                print(f"    seed {seed}: " + "; ".join(picks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
