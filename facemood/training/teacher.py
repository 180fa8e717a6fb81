"""The teacher for distillation: several trained runs' averaged probabilities on Training.

Each run is scored in its own crop style (from its ``config.json``), mirrored and plain
averaged, and the runs are averaged with equal weight. The result is small (float16,
about 400 KB) and is committed, so a later session on a fresh machine can train the
student without training the teachers again; the Training images themselves stay in
``../shared``.

This module imports TensorFlow (the ``facemood[train]`` extra); import it lazily.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from facemood.training.tfenv import prepare_tensorflow_env

prepare_tensorflow_env()

import keras  # noqa: E402  (TensorFlow's environment must be set first)

from facemood.training.data import load_npz  # noqa: E402
from facemood.training.faceprep import prepare_fer  # noqa: E402
from facemood.vision.crops import CropStyle  # noqa: E402

log = logging.getLogger("facemood.training")


def run_probabilities(run: Path, images: np.ndarray, cache: Path) -> np.ndarray:
    """One run's (N, 7) probabilities, mirrored and plain averaged, in its crop style."""
    config = json.loads((run / "config.json").read_text(encoding="utf-8"))
    style = CropStyle.parse(str(config.get("crop", "box")))
    faces = prepare_fer(images, style, cache)[..., None].astype(np.float32)
    model = keras.models.load_model(run / "final.keras")
    plain = model.predict(faces, batch_size=512, verbose=0)
    mirrored = model.predict(faces[:, :, ::-1], batch_size=512, verbose=0)
    return np.asarray((plain + mirrored) / 2, dtype=np.float64)


def write_teacher(runs: list[Path], train_data: Path, out: Path) -> Path:
    """Average ``runs`` on every row of ``train_data`` and write ``out`` (npz).

    The npz holds ``rows`` (row numbers in the Training file), ``probs`` (float16, N x 7)
    and ``members`` (the run folders' names).
    """
    data = load_npz(train_data)
    cache = runs[0].parent / "cache"
    total = np.zeros((len(data), 7), dtype=np.float64)
    for run in runs:
        total += run_probabilities(run, data.images, cache)
        log.info("teacher member %s scored", run.name)
    probs = (total / len(runs)).astype(np.float16)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        rows=np.arange(len(data), dtype=np.int32),
        probs=probs,
        members=np.array([r.name for r in runs]),
    )
    return out
