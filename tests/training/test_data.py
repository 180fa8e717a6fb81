"""FER2013/FER+ target construction (numpy only)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from facemood.errors import ModelError
from facemood.training.data import (
    FerData,
    TargetKind,
    accuracies,
    class_weights,
    ferplus_majority,
    load_npz,
    make_targets,
    not_a_face,
)

# FER+ columns: neutral, happiness, surprise, sadness, anger, disgust, fear, contempt, unknown, NF
VOTES = np.array(
    [
        [0, 8, 2, 0, 0, 0, 0, 0, 0, 0],  # happy (FER 3), some surprise
        [0, 0, 0, 0, 0, 0, 0, 6, 4, 0],  # contempt: no FER class
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 10],  # not a face
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],  # no votes attached
    ],
    dtype=np.uint8,
)


def _data(labels: list[int]) -> FerData:
    return FerData(np.zeros((len(labels), 48, 48), np.uint8), np.array(labels), VOTES)


def test_ferplus_majority_maps_columns_and_leaves_out_non_classes() -> None:
    assert ferplus_majority(VOTES).tolist() == [3, -1, -1, -1]


def test_accuracies_count_fer_labels_on_every_row_and_ferplus_where_it_has_a_majority() -> None:
    probs = np.zeros((4, 7))
    probs[[0, 1, 2, 3], [3, 3, 6, 0]] = 1.0  # reads: happy, happy, neutral, angry
    data = _data([3, 0, 6, 1])  # FER labels; FER+ has a majority only for row 0 (happy)
    assert accuracies(data, probs) == (0.5, 1.0)
    no_votes = FerData(data.images, data.labels, None)
    fer, plus = accuracies(no_votes, probs)
    assert fer == 0.5 and np.isnan(plus)


def test_not_a_face_flags_nf_and_unvoted_rows() -> None:
    assert not_a_face(VOTES).tolist() == [False, False, True, True]


def test_targets_of_each_kind() -> None:
    data = _data([5, 0, 6, 4])
    fer = make_targets(data, TargetKind.FER)
    plus = make_targets(data, TargetKind.FERPLUS)
    mixed = make_targets(data, TargetKind.MIXED, alpha=0.5)
    assert fer[0].argmax() == 5
    assert plus[0].tolist() == pytest.approx([0, 0, 0, 0.8, 0, 0.2, 0])
    assert plus[1].argmax() == 0  # no 7-class votes: falls back to the FER label
    assert mixed[0].tolist() == pytest.approx([0, 0, 0, 0.4, 0, 0.6, 0])
    np.testing.assert_allclose(mixed.sum(axis=1), 1.0, rtol=1e-6)


def test_class_weights_lift_rare_classes_and_average_one() -> None:
    targets = np.eye(7, dtype=np.float32)[[3] * 90 + [1] * 10]
    weights = class_weights(targets, power=0.5)
    assert weights[1] == pytest.approx(3 * weights[3])
    per_row = weights[targets.argmax(1)]
    assert per_row.mean() == pytest.approx(1.0)


def test_load_npz_errors_are_specific(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        load_npz(tmp_path / "missing.npz")
    bad = tmp_path / "bad.npz"
    bad.write_text("not a zip")
    with pytest.raises(ModelError, match="Not a readable"):
        load_npz(bad)
    partial = tmp_path / "partial.npz"
    np.savez(partial, images=np.zeros((2, 48, 48), np.uint8))
    with pytest.raises(ModelError, match="lacks labels"):
        load_npz(partial)


def test_load_npz_refuses_data_that_would_give_meaningless_metrics(tmp_path: Path) -> None:
    cases = {
        "floats": (np.zeros((2, 48, 48), np.float32), np.zeros(2, np.int8), "uint8"),
        "empty": (np.zeros((0, 48, 48), np.uint8), np.zeros(0, np.int8), "N > 0"),
        "mismatch": (np.zeros((3, 48, 48), np.uint8), np.zeros(2, np.int8), "one label each"),
        "range": (np.zeros((2, 48, 48), np.uint8), np.array([0, 9], np.int8), "0-6"),
    }
    for name, (images, labels, message) in cases.items():
        path = tmp_path / f"{name}.npz"
        np.savez(path, images=images, labels=labels)
        with pytest.raises(ModelError, match=message):
            load_npz(path)
