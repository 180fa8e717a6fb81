"""The audio mood model's training: folds never split an artist, the fit learns, ranks."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from facemood.audio.model import MoodModel
from facemood.training.audio_data import GEMS, Clip, LabelledSet
from facemood.training.audio_model import (
    Candidate,
    fit,
    group_folds,
    rank01,
    score,
    spearman,
    stratified_folds,
    targets,
)


def _set(n_4q: int = 80, n_emo: int = 20, seed: int = 0) -> LabelledSet:
    """Clips whose first two inputs carry arousal and valence, plus noise columns."""
    rng = np.random.default_rng(seed)
    clips = []
    rows = []
    for i in range(n_4q):
        quadrant = i % 4
        high, positive = quadrant <= 1, quadrant in (0, 3)
        clips.append(Clip(Path(f"{i}.opus"), f"{i}", f"4q:artist{i // 3}", quadrant))
        rows.append([1.0 if high else -1.0, 1.0 if positive else -1.0])
    for i in range(n_emo):
        a, v = rng.uniform(-1, 1, 2)
        shares = dict.fromkeys(GEMS, 0.0)
        shares["power"], shares["calmness"] = (a + 1) / 2, (1 - a) / 2
        shares["amazement"], shares["sadness"] = (v + 1) / 2, (1 - v) / 2
        clips.append(
            Clip(Path(f"e{i}.opus"), f"e{i}", f"emotify:{i}", gems=tuple(shares[g] for g in GEMS))
        )
        rows.append([a, v])
    x = np.hstack([np.array(rows), rng.standard_normal((len(rows), 4))])
    x[:, :2] += 0.3 * rng.standard_normal((len(rows), 2))
    return LabelledSet(tuple(clips), x, x[:, :2], ())


def test_group_folds_keep_every_group_whole_and_balanced() -> None:
    groups = [f"g{i // 3}" for i in range(100)] + ["big"] * 10
    folds = group_folds(groups, 5, seed=1)
    assert sorted(np.concatenate(folds).tolist()) == list(range(110))
    for fold in folds:
        inside = {groups[i] for i in fold}
        others = {groups[i] for f in folds if f is not fold for i in f}
        assert not inside & others
    sizes = [len(f) for f in folds]
    assert max(sizes) - min(sizes) <= 3


def test_stratified_folds_never_split_an_artist() -> None:
    data = _set()
    folds = stratified_folds(data, 4, seed=0)
    assert sorted(np.concatenate(folds).tolist()) == list(range(len(data.clips)))
    where = {}
    for n, fold in enumerate(folds):
        for i in fold:
            assert where.setdefault(data.groups[i], n) == n
    for fold in folds:  # every quadrant in every fold
        assert set(data.quadrant[fold][data.quadrant[fold] >= 0]) == {0, 1, 2, 3}


def test_targets() -> None:
    data = _set()
    y, w = targets(data)
    q = data.quadrant
    assert np.all(y[q == 0] == 1.0) and np.all(y[q == 2] == 0.0)
    assert np.all(y[q == 1] == [1.0, 0.0]) and np.all(y[q == 3] == [0.0, 1.0])
    emo = q < 0
    assert y[emo].min() == 0.0 and y[emo].max() == 1.0  # ranks within Emotify
    assert spearman(y[emo, 0], data.x[emo, 0]) > 0.6  # x carries noise
    assert np.all(w > 0)


@pytest.mark.parametrize(
    "cand",
    [
        Candidate(0, 0.01),
        Candidate(8, 0.01, members=2),
        Candidate(0, 0.01, head="softmax"),
        Candidate(8, 0.01, members=2, head="softmax"),
    ],
)
def test_fit_learns_held_out_quadrants(cand: Candidate) -> None:
    train, test = _set(seed=0), _set(seed=1)
    y, w = targets(train)
    model = fit(train.x, y, w, cand)
    probs = model.predict(test.x)
    assert np.all((probs >= 0) & (probs <= 1))
    result = score(test, probs)
    again = MoodModel.from_json(json.loads(json.dumps(model.to_json())))
    np.testing.assert_allclose(again.predict(test.x), probs, atol=1e-4)
    assert result.quadrant > 0.85 and result.arousal > 0.9 and result.valence > 0.9
    assert result.emotify_arousal > 0.6


def test_rank01_shares_ties() -> None:
    np.testing.assert_allclose(rank01(np.array([3.0, 1.0, 3.0, 2.0])), [5 / 6, 0, 5 / 6, 1 / 3])
