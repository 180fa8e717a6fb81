"""Train the audio mood model (numpy only) and choose its size on held-out artists.

    python -m facemood.training.audio_model --data ../shared/datasets/music_moods

The model (:class:`facemood.audio.model.MoodModel`) predicts two probabilities from the
standardised descriptors: high arousal (4Q's Q1 + Q2) and positive valence (Q1 + Q4).
Emotify clips join the training with soft targets: the percentile rank of their
listeners' arousal and valence index (see :mod:`facemood.training.audio_data`).

**Selection, honestly:** the candidates (:data:`CANDIDATES`: a linear model and small
tanh networks, each at a few L2 strengths) are scored by :func:`cross_validate` with
folds grouped by artist on 4Q (no artist is ever in both sides) and by clip on
Emotify; the candidate with the best mean of quadrant accuracy (4Q) and arousal rank
correlation (Emotify) wins and is trained on everything. :func:`nested_scores` repeats
the whole selection inside each outer fold, so the figures it reports were never used
to choose anything. Every member is trained full-batch with Adam for a fixed number of
epochs (no early stopping on a held-out fold).
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from facemood.audio.descriptors import DESCRIPTOR_NAMES
from facemood.audio.model import MODEL_PATH, Z_LIMIT, Layer, MoodModel, activate
from facemood.training.audio_data import (
    AROUSAL_UP,
    DEFAULT_CACHE,
    VALENCE_DOWN,
    VALENCE_UP,
    LabelledSet,
    load_features,
    read_4q,
    read_emotify,
)

log = logging.getLogger("facemood.training")

Array = npt.NDArray[np.float64]
Index = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A model: ``hidden`` tanh units (0: linear), L2 strength, members, epochs, and its
    output: ``"sigmoid"`` (arousal and valence) or ``"softmax"`` (the four quadrants)."""

    hidden: int
    l2: float
    members: int = 1
    epochs: int = 400
    lr: float = 0.01
    head: str = "sigmoid"

    def describe(self) -> str:
        """E.g. ``"mlp16 l2=0.01 x3"``, ``"linear l2=0.03 quadrants"``."""
        kind = f"mlp{self.hidden}" if self.hidden else "linear"
        return (
            f"{kind} l2={self.l2:g}"
            + (f" x{self.members}" if self.members > 1 else "")
            + (" quadrants" if self.head == "softmax" else "")
        )


CANDIDATES: tuple[Candidate, ...] = (
    Candidate(0, 0.003),
    Candidate(0, 0.03),
    Candidate(0, 0.3),
    Candidate(16, 0.003, members=3),
    Candidate(16, 0.03, members=3),
    Candidate(32, 0.01, members=3),
    Candidate(0, 0.03, head="softmax"),
    Candidate(16, 0.03, members=3, head="softmax"),
)
"""What the selection chooses from (the two quadrant-softmax candidates were added after
a trial on the same folds; the nested figures cover choosing among all eight)."""

EMOTIFY_WEIGHT = 1.0
"""Weight of an Emotify clip's soft targets relative to a 4Q clip."""


def rank01(values: Array) -> Array:
    """Percentile ranks in [0, 1] (ties share their mean rank)."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    for v in np.unique(values):
        same = values == v
        ranks[same] = ranks[same].mean()
    result: Array = ranks / max(1, len(values) - 1)
    return result


def spearman(a: Array, b: Array) -> float:
    """Spearman's rank correlation."""
    ra, rb = rank01(a), rank01(b)
    return float(np.corrcoef(ra, rb)[0, 1])


def targets(data: LabelledSet) -> tuple[Array, Array]:
    """Arousal and valence targets (n by 2) and per-clip weights.

    4Q: hard 0/1 from the quadrant. Emotify: the percentile rank, within Emotify, of
    the arousal share (:data:`AROUSAL_UP`) and of the valence index (share of
    :data:`VALENCE_UP` minus share of :data:`VALENCE_DOWN`).
    """
    q = data.quadrant
    y = np.zeros((len(q), 2))
    w = np.ones(len(q))
    is_4q = q >= 0
    y[is_4q, 0] = (q[is_4q] <= 1).astype(float)
    y[is_4q, 1] = np.isin(q[is_4q], (0, 3)).astype(float)
    emo = ~is_4q
    if np.any(emo):
        y[emo, 0] = rank01(data.gems(AROUSAL_UP)[emo])
        y[emo, 1] = rank01((data.gems(VALENCE_UP) - data.gems(VALENCE_DOWN))[emo])
        w[emo] = EMOTIFY_WEIGHT
    return y, w


def _init(sizes: Sequence[int], rng: np.random.Generator) -> list[list[Array]]:
    return [
        [rng.normal(0.0, 1.0 / np.sqrt(a), (a, b)), np.zeros(b)]
        for a, b in itertools.pairwise(sizes)
    ]


def fit_member(x: Array, y: Array, w: Array, cand: Candidate, seed: int) -> tuple[Layer, ...]:
    """One member trained on standardised ``x``: weighted cross-entropy + L2, Adam.

    ``y`` holds the arousal and valence targets; a softmax member learns the quadrant
    shares they imply (a·v, a·(1-v), (1-a)·(1-v), (1-a)·v: one-hot for 4Q).
    """
    rng = np.random.default_rng(seed)
    if cand.head == "softmax":
        hi, pos = y[:, 0], y[:, 1]
        y = np.column_stack([hi * pos, hi * (1 - pos), (1 - hi) * (1 - pos), (1 - hi) * pos])
    sizes = [x.shape[1], *([cand.hidden] if cand.hidden else []), y.shape[1]]
    params = _init(sizes, rng)
    m = [[np.zeros_like(p) for p in layer] for layer in params]
    v = [[np.zeros_like(p) for p in layer] for layer in params]
    wn = (w / w.sum())[:, None]
    beta1, beta2 = 0.9, 0.999
    for step in range(1, cand.epochs + 1):
        acts = [x]
        for i, (wt, b) in enumerate(params):
            z = acts[-1] @ wt + b
            last = i == len(params) - 1
            acts.append(activate(z, cand.head) if last else np.tanh(z))
        delta = (acts[-1] - y) * wn  # d(cross-entropy)/d(logits), sigmoid or softmax
        for i in range(len(params) - 1, -1, -1):
            wt, b = params[i]
            grads = [acts[i].T @ delta + cand.l2 * wt, delta.sum(axis=0)]
            if i:
                delta = (delta @ wt.T) * (1.0 - acts[i] ** 2)
            for j, g in enumerate(grads):
                m[i][j] = beta1 * m[i][j] + (1 - beta1) * g
                v[i][j] = beta2 * v[i][j] + (1 - beta2) * g * g
                mhat = m[i][j] / (1 - beta1**step)
                vhat = v[i][j] / (1 - beta2**step)
                params[i][j] = params[i][j] - cand.lr * mhat / (np.sqrt(vhat) + 1e-8)
    layers = [Layer(wt, b, "tanh") for wt, b in params[:-1]]
    layers.append(Layer(params[-1][0], params[-1][1], cand.head))
    return tuple(layers)


def fit(
    x: Array,
    y: Array,
    w: Array,
    cand: Candidate,
    seed: int = 0,
    info: Mapping[str, object] | None = None,
) -> MoodModel:
    """A model of ``cand`` trained on raw inputs ``x`` (descriptors, or any columns)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.clip((x - mean) / scale, -Z_LIMIT, Z_LIMIT)  # as MoodModel.predict does
    members = tuple(fit_member(z, y, w, cand, seed * 100 + k) for k in range(cand.members))
    names = DESCRIPTOR_NAMES if x.shape[1] == len(DESCRIPTOR_NAMES) else ()
    names = names or tuple(f"x{i}" for i in range(x.shape[1]))
    return MoodModel(names, mean, scale, members, dict(info or {}))


def group_folds(groups: Sequence[str], k: int, seed: int) -> list[Index]:
    """``k`` test folds (indices) with every group wholly in one, sizes balanced."""
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    names = sorted(by_group)
    random.Random(seed).shuffle(names)
    names.sort(key=lambda g: -len(by_group[g]))  # big groups first, then greedy
    folds: list[list[int]] = [[] for _ in range(k)]
    for g in names:
        smallest = min(range(k), key=lambda f: len(folds[f]))
        folds[smallest] += by_group[g]
    return [np.array(sorted(f), dtype=np.int64) for f in folds]


def stratified_folds(data: LabelledSet, k: int, seed: int) -> list[Index]:
    """Folds grouped by artist within each quadrant (4Q) and by clip (Emotify).

    An artist with clips in two quadrants is kept whole in the fold of its first clip.
    """
    q = data.quadrant
    groups = data.groups
    assigned: dict[str, int] = {}
    folds: list[list[int]] = [[] for _ in range(k)]
    for label in (0, 1, 2, 3, -1):
        idx = [i for i in range(len(q)) if q[i] == label]
        sub = group_folds([groups[i] for i in idx], k, seed + label)
        # Rotate so each label's biggest fold lands on a different fold.
        for f, members in enumerate(sub):
            target = (f + label + 1) % k
            for local in members:
                i = idx[int(local)]
                folds[assigned.setdefault(groups[i], target)].append(i)
    return [np.array(sorted(f), dtype=np.int64) for f in folds]


@dataclass(frozen=True, slots=True)
class Scores:
    """Held-out figures: 4Q quadrant/arousal/valence accuracy, Emotify rank correlations."""

    quadrant: float
    arousal: float
    valence: float
    emotify_arousal: float
    emotify_valence: float

    @property
    def selection(self) -> float:
        """What the selection maximises: quadrant accuracy and Emotify arousal, equally."""
        return 0.5 * (self.quadrant + self.emotify_arousal)


def score(data: LabelledSet, probs: Array) -> Scores:
    """Scores of predictions ``probs`` (n by 2) for every clip of ``data``."""
    q = data.quadrant
    is_4q = q >= 0
    high, positive = probs[is_4q, 0] >= 0.5, probs[is_4q, 1] >= 0.5
    true_high = q[is_4q] <= 1
    true_pos = np.isin(q[is_4q], (0, 3))
    predicted_q = np.where(high, np.where(positive, 0, 1), np.where(positive, 3, 2))
    emo = ~is_4q
    a_idx = data.gems(AROUSAL_UP)[emo]
    v_idx = data.gems(VALENCE_UP)[emo] - data.gems(VALENCE_DOWN)[emo]
    return Scores(
        quadrant=float(np.mean(predicted_q == q[is_4q])),
        arousal=float(np.mean(high == true_high)),
        valence=float(np.mean(positive == true_pos)),
        emotify_arousal=spearman(probs[emo, 0], a_idx) if np.any(emo) else float("nan"),
        emotify_valence=spearman(probs[emo, 1], v_idx) if np.any(emo) else float("nan"),
    )


def cross_predict(
    data: LabelledSet, x: Array, cand: Candidate, folds: Sequence[Index], train_on: Index
) -> Array:
    """Held-out predictions for the clips of ``train_on``, fold by fold (others: NaN)."""
    probs = np.full((len(x), 2), np.nan)
    allowed = np.zeros(len(x), dtype=bool)
    allowed[train_on] = True
    for n, test in enumerate(folds):
        test = test[allowed[test]]
        train = np.setdiff1d(train_on, test)
        y, w = targets(subset(data, train))  # Emotify ranks among the training clips only
        model = fit(x[train], y, w, cand, seed=n)
        probs[test] = model.predict(x[test])
    return probs


def subset(data: LabelledSet, idx: Index) -> LabelledSet:
    """The clips ``idx`` of ``data``."""
    return LabelledSet(
        tuple(data.clips[i] for i in idx),
        data.x[idx],
        data.base[idx],
        tuple(data.features[i] for i in idx),
    )


def choose(
    data: LabelledSet, x: Array, k: int, seed: int, candidates: Sequence[Candidate] = CANDIDATES
) -> tuple[Candidate, dict[Candidate, Scores]]:
    """The candidate with the best cross-validated :attr:`Scores.selection` on ``data``."""
    folds = stratified_folds(data, k, seed)
    every = np.arange(len(x), dtype=np.int64)
    table = {c: score(data, cross_predict(data, x, c, folds, every)) for c in candidates}
    best = max(table, key=lambda c: table[c].selection)
    return best, table


def nested_scores(
    data: LabelledSet, x: Array, outer: int = 5, inner: int = 4, seed: int = 0
) -> tuple[Scores, list[Candidate]]:
    """Figures of the whole procedure (choose, then train) on outer held-out folds."""
    folds = stratified_folds(data, outer, seed)
    probs = np.full((len(x), 2), np.nan)
    chosen = []
    for n, test in enumerate(folds):
        train = np.setdiff1d(np.arange(len(x)), test)
        inner_data = subset(data, train)
        best, _ = choose(inner_data, x[train], inner, seed + 1 + n)
        chosen.append(best)
        log.info("outer fold %d: chose %s", n, best.describe())
        y, w = targets(inner_data)
        probs[test] = fit(x[train], y, w, best, seed=n).predict(x[test])
    return score(data, probs), chosen


def load(data_root: Path, cache: Path = DEFAULT_CACHE) -> LabelledSet:
    """4Q and Emotify, with their descriptors (analysed once, then cached)."""
    return load_features(read_4q(data_root) + read_emotify(data_root), cache)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="datasets/music_moods")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = load(args.data, args.cache)
    best, table = choose(data, data.x, args.folds, args.seed)
    print(f"{'candidate':<28} quadrant arousal valence emo-a  emo-v")
    for cand, s in table.items():
        print(
            f"{cand.describe():<28} {s.quadrant:8.3f} {s.arousal:7.3f} {s.valence:7.3f} "
            f"{s.emotify_arousal:6.3f} {s.emotify_valence:6.3f}"
            + ("  <- chosen" if cand == best else "")
        )
    y, w = targets(data)
    info = {
        "trained_on": "4Q (Panda et al. 2018, 638 clips, 464 artists) + Emotify "
        "(Aljanaki et al. 2016, 280 clips); research licences, weights only",
        "candidate": best.describe(),
        "selection": f"{args.folds}-fold grouped by artist (4Q) / clip (Emotify), seed {args.seed}",
        "cv": {k: round(v, 4) for k, v in vars_of(table[best]).items()},
    }
    model = fit(data.x, y, w, best, seed=args.seed, info=info)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} kB): {best.describe()}")
    return 0


def vars_of(s: Scores) -> dict[str, float]:
    """The fields of ``s`` as a mapping."""
    return {f: float(getattr(s, f)) for f in Scores.__dataclass_fields__}


if __name__ == "__main__":
    sys.exit(main())
