"""Honest evaluation of the exported model with the app's own runtime (no TensorFlow)."""

from __future__ import annotations

import contextlib
import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS
from facemood.training.data import FerData, ferplus_majority, load_npz
from facemood.vision.model import EmotionModel

NUM_CLASSES = len(EMOTIONS)


@dataclass(frozen=True)
class Evaluation:
    """Metrics on one dataset, JSON-ready through :meth:`as_dict`."""

    n: int
    accuracy: float
    accuracy_ferplus: float | None
    macro_f1: float
    per_class: dict[str, dict[str, float]]
    confusion: list[list[int]]
    ms_per_face: float
    accuracy_without_train_duplicates: float | None
    cpu: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON object printed by ``facemood evaluate --json``."""
        out: dict[str, Any] = {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "per_class": self.per_class,
            "confusion": self.confusion,
            "ms_per_face": self.ms_per_face,
            "cpu": self.cpu,
        }
        if self.accuracy_ferplus is not None:
            out["accuracy_ferplus"] = self.accuracy_ferplus
        if self.accuracy_without_train_duplicates is not None:
            out["accuracy_without_train_duplicates"] = self.accuracy_without_train_duplicates
        return out


def predict_all(model: EmotionModel, images: npt.NDArray[np.uint8], batch: int = 256) -> np.ndarray:
    """(N, 7) probabilities for every image, in batches."""
    parts = [model.predict(images[i : i + batch]) for i in range(0, len(images), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, NUM_CLASSES), np.float32)


def confusion_matrix(truth: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """Rows: true class; columns: predicted class."""
    matrix = np.zeros((NUM_CLASSES, NUM_CLASSES), dtype=np.int64)
    np.add.at(matrix, (truth, predicted), 1)
    return matrix


def per_class_scores(matrix: np.ndarray) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per class (0 where undefined)."""
    tp = np.diag(matrix).astype(np.float64)
    precision = np.divide(tp, matrix.sum(0), out=np.zeros_like(tp), where=matrix.sum(0) > 0)
    recall = np.divide(tp, matrix.sum(1), out=np.zeros_like(tp), where=matrix.sum(1) > 0)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros_like(tp), where=denom > 0)
    return {
        e.value: {"precision": float(p), "recall": float(r), "f1": float(f)}
        for e, p, r, f in zip(EMOTIONS, precision, recall, f1, strict=True)
    }


def latency_ms(model: EmotionModel, face: npt.NDArray[np.uint8], runs: int = 200) -> float:
    """Median milliseconds for one face (batch 1) after a warm-up."""
    for _ in range(10):
        model.predict(face)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        model.predict(face)
        times.append(time.perf_counter() - start)
    return float(np.median(times) * 1000)


def cpu_description() -> str:
    """The CPU and the widest vector instructions it has, e.g. "AMD EPYC (AVX-512)".

    Latency depends on them (XNNPACK picks its kernels by instruction set), so every
    ``ms_per_face`` is reported with this.
    """
    name, flags = platform.processor() or platform.machine(), set[str]()
    with contextlib.suppress(OSError):
        for line in (
            Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace").splitlines()
        ):
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                name = value.strip()
            elif key.strip() == "flags":
                flags = set(value.split())
                break
    if "avx512f" in flags:
        level = "AVX-512" + (" VNNI" if "avx512_vnni" in flags else "")
    elif "avx2" in flags:
        level = "AVX2"
    elif flags:
        level = "SSE"
    else:
        level = platform.machine()
    return f"{name} ({level})"


def evaluate(
    data: FerData, model: EmotionModel, probs: np.ndarray | None = None
) -> tuple[Evaluation, np.ndarray]:
    """Score ``model`` on ``data``; returns the metrics and the (N, 7) probabilities.

    The 48x48 images are first cut in the model's crop style (aligned models get the
    FER faces aligned as in training).
    """
    if probs is None:
        from facemood import paths
        from facemood.training.faceprep import prepare_fer

        faces = prepare_fer(data.images, model.crop_style, paths.cache_dir())
        probs = predict_all(model, faces)
    predicted = probs.argmax(axis=1)
    matrix = confusion_matrix(data.labels, predicted)
    per_class = per_class_scores(matrix)
    correct = predicted == data.labels
    acc_plus = None
    if data.votes is not None:
        majority = ferplus_majority(data.votes)
        ok = majority >= 0
        acc_plus = float((predicted[ok] == majority[ok]).mean()) if ok.any() else None
    no_dups = None
    if data.dup_in_train is not None and (~data.dup_in_train).any():
        no_dups = float(correct[~data.dup_in_train].mean())
    evaluation = Evaluation(
        n=len(data),
        accuracy=float(correct.mean()) if len(data) else 0.0,
        accuracy_ferplus=acc_plus,
        macro_f1=float(np.mean([c["f1"] for c in per_class.values()])),
        per_class=per_class,
        confusion=matrix.tolist(),
        ms_per_face=latency_ms(model, data.images[:1]) if len(data) else 0.0,
        accuracy_without_train_duplicates=no_dups,
        cpu=cpu_description(),
    )
    return evaluation, probs


def evaluate_file(
    npz: Path, model_path: Path | None = None, mirror: bool | None = None
) -> tuple[Evaluation, np.ndarray]:
    """Load an npz and the model (one thread, as in the app) and evaluate."""
    data = load_npz(npz)  # a bad data file is reported before the model loads
    with EmotionModel.load(model_path, num_threads=1, mirror=mirror) as model:
        return evaluate(data, model)


def format_report(ev: Evaluation) -> str:
    """A readable table of the metrics."""
    lines = [f"faces: {ev.n}", f"accuracy (FER labels): {ev.accuracy:.2%}"]
    if ev.accuracy_ferplus is not None:
        lines.append(f"accuracy (FER+ majority): {ev.accuracy_ferplus:.2%}")
    if ev.accuracy_without_train_duplicates is not None:
        lines.append(
            f"accuracy without Training duplicates: {ev.accuracy_without_train_duplicates:.2%}"
        )
    lines += [
        f"macro F1: {ev.macro_f1:.3f}",
        f"ms per face: {ev.ms_per_face:.3f} (one thread, {ev.cpu})",
        "",
    ]
    lines.append(f"{'class':<10}{'precision':>10}{'recall':>8}{'f1':>7}")
    for name, s in ev.per_class.items():
        lines.append(f"{name:<10}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}")
    lines += [
        "",
        "confusion (rows true, columns predicted): " + " ".join(e.value[:3] for e in EMOTIONS),
    ]
    lines += [
        f"{e.value:<10}" + " ".join(f"{v:>5}" for v in row)
        for e, row in zip(EMOTIONS, ev.confusion, strict=True)
    ]
    return "\n".join(lines)
