"""FER2013 arrays with FER+ votes: loading, cleaning and training targets (numpy only).

The npz layout is the one in ``../shared/datasets/fer2013/README.md``: ``images`` uint8
(N, 48, 48), ``labels`` int (N,) in FER2013 order, optional ``ferplus`` uint8 (N, 10) vote
counts in FER+ column order and optional ``exact_dup_in_train`` bool (N,).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS
from facemood.errors import ModelError

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "fer2013"
"""The shared FER2013 arrays beside the checkout (``../shared/datasets/fer2013``)."""
DEFAULT_TRAIN = DATA_DIR / "train.npz"
DEFAULT_TEST = DATA_DIR / "val.npz"
"""PublicTest: reported once at the end, never used to choose anything."""

FERPLUS_TO_FER = [4, 5, 6, 1, 3, 2, 0]
"""FER+ vote columns, in FER2013 class order (angry … neutral)."""
FERPLUS_NOT_A_FACE = 9
NUM_CLASSES = len(EMOTIONS)

UInt8Array = npt.NDArray[np.uint8]
FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


class TargetKind(StrEnum):
    """What the network learns to predict."""

    FER = "fer"
    """One-hot original FER2013 labels."""
    FERPLUS = "ferplus"
    """FER+ crowd-vote distributions over the 7 classes (FER label where no votes)."""
    MIXED = "mixed"
    """A blend of both: ``alpha * fer + (1 - alpha) * ferplus``."""


@dataclass(frozen=True)
class FerData:
    """One split of the dataset."""

    images: UInt8Array
    labels: IntArray
    votes: npt.NDArray[np.uint8] | None = None
    dup_in_train: npt.NDArray[np.bool_] | None = None

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, mask: npt.NDArray[np.bool_]) -> FerData:
        """The rows where ``mask`` is true."""
        return FerData(
            self.images[mask],
            self.labels[mask],
            None if self.votes is None else self.votes[mask],
            None if self.dup_in_train is None else self.dup_in_train[mask],
        )


def load_npz(path: Path) -> FerData:
    """Load a split, checking its layout.

    Raises:
        ModelError: the file is missing, not an npz, or lacks ``images``/``labels``.
    """
    try:
        with np.load(path) as archive:
            arrays = {key: archive[key] for key in archive.files}
    except FileNotFoundError as exc:
        raise ModelError(
            f"Data file not found: {path}", "Pass --data with an existing .npz."
        ) from exc
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        # np.load raises EOFError for an empty file ("No data left in file").
        raise ModelError(
            f"Not a readable .npz file: {path}", str(exc) or type(exc).__name__
        ) from exc
    missing = {"images", "labels"} - arrays.keys()
    if missing:
        raise ModelError(
            f"{path} lacks {', '.join(sorted(missing))}",
            "Expected keys: images uint8 (N,48,48), labels int (N,), optional ferplus (N,10).",
        )
    images, labels = arrays["images"], arrays["labels"]
    if images.ndim != 3 or images.shape[1:] != (48, 48) or images.dtype != np.uint8:
        raise ModelError(
            f"{path}: images must be uint8 (N, 48, 48), got {images.dtype} {images.shape}"
        )
    if len(images) == 0 or labels.shape != (len(images),):
        raise ModelError(f"{path}: needs N > 0 images and one label each, got {labels.shape}")
    if not np.issubdtype(labels.dtype, np.integer) or labels.min() < 0 or labels.max() >= 7:
        raise ModelError(f"{path}: labels must be integers 0-6 (FER2013 order)")
    votes = arrays.get("ferplus")
    return FerData(
        images,
        labels.astype(np.int64),
        None if votes is None else votes.astype(np.uint8),
        arrays.get("exact_dup_in_train"),
    )


def not_a_face(votes: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Rows FER+ calls "not a face" (its top vote), or with no votes at all.

    Rows without votes are the ones FER+ left unnamed; nearly all are not faces.
    """
    no_votes = votes.sum(axis=1) == 0
    return np.asarray(no_votes | (np.argmax(votes, axis=1) == FERPLUS_NOT_A_FACE), dtype=np.bool_)


def ferplus_majority(votes: npt.NDArray[np.uint8]) -> IntArray:
    """FER+ majority class in FER2013 order, or -1 when the top vote is contempt/unknown/NF."""
    top = np.argmax(votes, axis=1)
    column_to_fer = np.full(votes.shape[1], -1, dtype=np.int64)
    column_to_fer[FERPLUS_TO_FER] = np.arange(NUM_CLASSES)
    majority: IntArray = column_to_fer[top]
    majority[votes.sum(axis=1) == 0] = -1
    return majority


def accuracies(data: FerData, probs: npt.ArrayLike) -> tuple[float, float]:
    """Top-1 accuracy of ``probs`` (N, 7) vs the FER labels and vs the FER+ majority (the
    rows that have one; nan without votes)."""
    predicted = np.asarray(probs).argmax(axis=1)
    fer = float((predicted == data.labels).mean())
    if data.votes is None:
        return fer, float("nan")
    majority = ferplus_majority(data.votes)
    ok = majority >= 0
    return fer, float((predicted[ok] == majority[ok]).mean())


def make_targets(data: FerData, kind: TargetKind, alpha: float = 0.5) -> FloatArray:
    """Soft (N, 7) training targets of the chosen kind.

    Rows without usable 7-class FER+ votes fall back to the FER one-hot label.
    """
    onehot = np.eye(NUM_CLASSES, dtype=np.float32)[data.labels]
    if kind is TargetKind.FER or data.votes is None:
        return onehot
    counts = data.votes[:, FERPLUS_TO_FER].astype(np.float32)
    totals = counts.sum(axis=1, keepdims=True)
    ferplus = np.where(totals > 0, counts / np.maximum(totals, 1), onehot)
    if kind is TargetKind.FERPLUS:
        return ferplus.astype(np.float32)
    return (alpha * onehot + (1 - alpha) * ferplus).astype(np.float32)


def class_weights(targets: FloatArray, power: float = 0.5) -> FloatArray:
    """Per-class weights ``(n_max / n_c) ** power``, normalised to average 1 over the data.

    A power below 1 lifts the rare classes (disgust) without drowning the common ones.
    """
    counts = targets.sum(axis=0)
    weights = (counts.max() / np.maximum(counts, 1.0)) ** power
    weights /= float((weights * counts).sum() / counts.sum())
    return np.asarray(weights, dtype=np.float32)


def holdout_split(
    data: FerData, fraction: float = 0.1, seed: int = 2026
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Split Training into a fit part and a held-out selection slice.

    The slice is stratified by FER label and never splits a group of pixel-identical
    images (Training holds 1,034 such groups), so no held-out face was also trained on.
    It chooses checkpoints, temperature, prior corrections and ensemble weights; the
    test split (PublicTest) chooses nothing.

    Args:
        data: the Training split.
        fraction: share of each class held out.
        seed: fixes the slice: every run on the same images (the same crop style,
            :func:`facemood.training.faceprep.run_split`) holds out the same faces.

    Returns:
        ``(fit, held_out)`` boolean masks over ``data``.
    """
    if not 0 < fraction < 1:
        raise ValueError(f"fraction must be in (0, 1), got {fraction}")
    flat = data.images.reshape(len(data), -1)
    # Group identical images: one representative per distinct pixel content.
    _, group = np.unique(flat, axis=0, return_inverse=True)
    group = group.reshape(-1)
    first = np.full(group.max() + 1, -1, dtype=np.int64)
    first[group[::-1]] = np.arange(len(group))[::-1]
    rng = np.random.default_rng(seed)
    chosen_groups = []
    for label in range(NUM_CLASSES):
        groups = np.nonzero(data.labels[first] == label)[0]
        take = round(len(groups) * fraction)
        chosen_groups.append(rng.choice(groups, take, replace=False))
    held = np.isin(group, np.concatenate(chosen_groups))
    return ~held, held
