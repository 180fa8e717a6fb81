"""A small log-mel CNN for the four mood quadrants (Keras), trained on tiny data.

Input: the log-mel of the analysed excerpt (:func:`facemood.training.audio_logmel.log_mel`,
frames by 40 bands), standardised with the training set's per-band mean and one scale.
Four blocks of 3x3 convolutions (8, 16, 32, 64 filters; batch norm, ReLU; 2x2 max
pooling after the first three), global average pooling over time and bands, dropout,
and a softmax over the quadrants: about 25 000 parameters. The output is read as the
descriptor model's is (:func:`facemood.audio.model.arousal_valence`).

Targets as :func:`facemood.training.audio_model.fit_member` gives a softmax member:
one-hot quadrants for 4Q, the quadrant shares a·v, a·(1 - v), ... of the percentile
ranks of the listeners' arousal and valence for Emotify.

Training sees random :data:`CROP`-frame crops (about 11 s) of each clip, a random
shift of the whole spectrum by up to one mel band (a small pitch change), a random
gain and a random spectral tilt; prediction reads the whole excerpt (global pooling
takes any length). TensorFlow runs on one intra-op and one inter-op thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from facemood.training.tfenv import prepare_tensorflow_env

Array = npt.NDArray[np.float32]

CROP = 128
"""Frames per training crop (128 x 85 ms: about 11 s)."""
BATCH = 32
SHIFT_BANDS = 1
"""A training crop's spectrum moves by up to this many mel bands, either way."""
GAIN_DB = 3.0
"""Standard deviation of a training crop's random gain (dB)."""
TILT_DB = 3.0
"""Standard deviation of a random tilt from the lowest to the highest band (dB)."""


@dataclass(frozen=True, slots=True)
class CnnConfig:
    """Width (filters of the first block; each next block doubles), epochs, learning
    rate, L2 on the kernels and dropout before the softmax."""

    width: int = 8
    epochs: int = 60
    lr: float = 2e-3
    l2: float = 1e-4
    dropout: float = 0.3

    def describe(self) -> str:
        """E.g. ``"cnn8 60 epochs"``."""
        return f"cnn{self.width} {self.epochs} epochs"


def tensorflow() -> Any:
    """TensorFlow on one intra-op and one inter-op thread (imported on first use)."""
    prepare_tensorflow_env()
    import tensorflow as tf

    if tf.config.threading.get_intra_op_parallelism_threads() != 1:
        tf.config.threading.set_intra_op_parallelism_threads(1)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    return tf


def quadrant_targets(y: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    """Quadrant shares (n by 4) from arousal and valence targets (n by 2)."""
    hi, pos = y[:, 0], y[:, 1]
    q = np.column_stack([hi * pos, hi * (1 - pos), (1 - hi) * (1 - pos), (1 - hi) * pos])
    return q.astype(np.float32)


@dataclass(frozen=True, slots=True)
class Standardiser:
    """Per-band mean and one scale of the training log-mels."""

    mean: Array
    scale: float

    @classmethod
    def of(cls, mels: Sequence[Array]) -> Standardiser:
        """From the training clips' log-mels."""
        stacked = np.concatenate(list(mels))
        mean = stacked.mean(axis=0).astype(np.float32)
        return cls(mean, float((stacked - mean).std()))

    def __call__(self, mel: Array) -> Array:
        result: Array = ((mel - self.mean) / self.scale).astype(np.float32)
        return result


def build(
    config: CnnConfig, bands: int, steps_per_epoch: int, seed: int, frames: int | None = None
) -> Any:
    """The Keras model (input: ``frames`` by bands by 1; None: any number of frames),
    compiled with Adam and a cosine decay of the learning rate to 2 % over
    ``config.epochs``."""
    tf = tensorflow()
    keras = tf.keras
    keras.backend.clear_session()  # a fresh graph per model: training many stays fast
    keras.utils.set_random_seed(seed)
    reg = keras.regularizers.l2(config.l2)
    inputs = keras.Input((frames, bands, 1))
    x = inputs
    for block in range(4):
        x = keras.layers.Conv2D(
            config.width * 2**block, 3, padding="same", use_bias=False, kernel_regularizer=reg
        )(x)
        x = keras.layers.BatchNormalization(momentum=0.9)(x)  # few steps per epoch
        x = keras.layers.ReLU()(x)
        if block < 3:
            x = keras.layers.MaxPooling2D(2)(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(config.dropout)(x)
    outputs = keras.layers.Dense(4, activation="softmax", kernel_regularizer=reg)(x)
    model = keras.Model(inputs, outputs)
    steps = config.epochs * steps_per_epoch
    schedule = keras.optimizers.schedules.CosineDecay(config.lr, steps, alpha=0.02)
    model.compile(
        optimizer=keras.optimizers.Adam(schedule), loss=keras.losses.CategoricalCrossentropy()
    )
    return model


def augmented_crops(mels: Sequence[Array], rng: np.random.Generator) -> Array:
    """One random, augmented :data:`CROP`-frame crop of every clip (n, CROP, bands, 1)."""
    bands = mels[0].shape[1]
    out = np.empty((len(mels), CROP, bands), dtype=np.float32)
    ramp = np.linspace(-0.5, 0.5, bands, dtype=np.float32)
    for i, mel in enumerate(mels):
        start = int(rng.integers(0, max(1, len(mel) - CROP + 1)))
        crop = mel[start : start + CROP]
        if len(crop) < CROP:
            crop = np.pad(crop, ((0, CROP - len(crop)), (0, 0)), mode="edge")
        shift = int(rng.integers(-SHIFT_BANDS, SHIFT_BANDS + 1))
        if shift:
            crop = np.roll(crop, shift, axis=1)
            edge = slice(0, shift) if shift > 0 else slice(shift, None)
            crop[:, edge] = crop[:, [shift if shift > 0 else shift - 1]]
        out[i] = crop + rng.normal(0, GAIN_DB) + rng.normal(0, TILT_DB) * ramp
    return out[..., None]


def train(
    mels: Sequence[Array],
    targets: npt.NDArray[np.float32],
    weights: npt.NDArray[np.float64],
    config: CnnConfig,
    seed: int,
) -> tuple[Any, Standardiser]:
    """A CNN trained on ``mels`` (raw log-mels) for ``config.epochs`` epochs."""
    std = Standardiser.of(mels)
    scaled = [std(m) for m in mels]
    model = build(config, scaled[0].shape[1], -(-len(mels) // BATCH), seed)
    rng = np.random.default_rng(seed)
    w = (weights / weights.mean()).astype(np.float32)
    for _ in range(config.epochs):
        x = augmented_crops(scaled, rng)
        model.fit(x, targets, sample_weight=w, batch_size=BATCH, epochs=1, verbose=0)
    return model, std


def predict(model: Any, std: Standardiser, mels: Sequence[Array]) -> npt.NDArray[np.float64]:
    """Quadrant probabilities (n by 4) of whole excerpts (clips of equal length batched)."""
    out = np.zeros((len(mels), 4))
    by_length: dict[int, list[int]] = {}
    for i, m in enumerate(mels):
        by_length.setdefault(len(m), []).append(i)
    for idx in by_length.values():
        x = np.stack([std(mels[i]) for i in idx])[..., None]
        out[idx] = model.predict_on_batch(x)
    return out
