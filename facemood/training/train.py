"""Train the emotion CNN on FER2013 (+ FER+ votes) with Keras, resumable and time-boxed.

This module imports TensorFlow (the ``facemood[train]`` extra); import it lazily.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from facemood.training.tfenv import prepare_tensorflow_env

prepare_tensorflow_env()

import keras  # noqa: E402  (TensorFlow's environment must be set first)
import tensorflow as tf  # noqa: E402

from facemood.training.data import (  # noqa: E402
    FerData,
    TargetKind,
    class_weights,
    ferplus_majority,
    load_npz,
    make_targets,
    not_a_face,
)
from facemood.training.network import build_augmenter, build_model  # noqa: E402

log = logging.getLogger("facemood.training")

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "fer2013"


@dataclass
class TrainConfig:
    """Everything that defines a training run (saved next to its checkpoints)."""

    train_data: Path = DEFAULT_DATA_DIR / "train.npz"
    val_data: Path = DEFAULT_DATA_DIR / "val.npz"
    out_dir: Path = Path("runs/emotion")
    target: TargetKind = TargetKind.MIXED
    alpha: float = 0.5
    epochs: int = 30
    batch_size: int = 64
    learning_rate: float = 2e-3
    weight_decay: float = 5e-4
    warmup_epochs: int = 2
    class_weight_power: float = 0.5
    patience: int = 12
    max_minutes: float = 0.0
    limit: int = 0
    seed: int = 1234
    widths: tuple[int, ...] = field(default=(32, 64, 128, 256))
    init_from: Path | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly copy."""
        data = asdict(self)
        return {k: str(v) if isinstance(v, Path) else v for k, v in data.items()}


@dataclass(frozen=True)
class TrainResult:
    """What a run produced."""

    best_model: Path
    epochs_run: int
    best_val_accuracy: float
    history: dict[str, list[float]]


def _prepare_train(cfg: TrainConfig) -> tuple[FerData, np.ndarray]:
    data = load_npz(cfg.train_data)
    if data.votes is not None:
        keep = ~not_a_face(data.votes)
        log.info("dropping %d not-a-face rows from training", int((~keep).sum()))
        data = data.subset(keep)
    if cfg.limit:
        rng = np.random.default_rng(cfg.seed)
        data = data.subset(np.isin(np.arange(len(data)), rng.permutation(len(data))[: cfg.limit]))
    return data, make_targets(data, cfg.target, cfg.alpha)


def train(cfg: TrainConfig, resume: bool = True) -> TrainResult:
    """Train (or resume) a run in ``cfg.out_dir``; returns the best checkpoint.

    Checkpoints: ``last.keras`` (model + optimizer, every epoch, for resuming),
    ``best.keras`` (best PublicTest accuracy vs FER labels), ``state.json``, ``history.csv``.
    """
    keras.utils.set_random_seed(cfg.seed)
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    (cfg.out_dir / "config.json").write_text(json.dumps(cfg.to_json(), indent=2))
    last_path, best_path = cfg.out_dir / "last.keras", cfg.out_dir / "best.keras"
    state_path = cfg.out_dir / "state.json"

    data, targets = _prepare_train(cfg)
    val = load_npz(cfg.val_data)
    val_targets = make_targets(val, TargetKind.FER)
    weights_per_class = class_weights(targets, cfg.class_weight_power)
    sample_weights = weights_per_class[np.argmax(targets, axis=1)]
    log.info(
        "training on %d images, validating on %d; target=%s; class weights %s",
        len(data),
        len(val),
        cfg.target.value,
        np.round(weights_per_class, 2).tolist(),
    )

    augmenter = build_augmenter(cfg.seed)
    images = data.images[..., None].astype(np.float32)
    dataset = (
        tf.data.Dataset.from_tensor_slices((images, targets, sample_weights))
        .shuffle(len(images), seed=cfg.seed, reshuffle_each_iteration=True)
        .batch(cfg.batch_size)
        .map(
            lambda x, y, w: (augmenter(x, training=True), y, w),
            num_parallel_calls=tf.data.AUTOTUNE,
        )
        .prefetch(2)
    )
    val_dataset = tf.data.Dataset.from_tensor_slices(
        (val.images[..., None].astype(np.float32), val_targets)
    ).batch(256)

    steps_per_epoch = int(np.ceil(len(images) / cfg.batch_size))
    initial_epoch = 0
    if resume and last_path.exists() and state_path.exists():
        model = keras.models.load_model(last_path)
        initial_epoch = int(json.loads(state_path.read_text())["epoch"])
        log.info("resuming from %s at epoch %d", last_path, initial_epoch)
    else:
        model = build_model(cfg.widths)
        if cfg.init_from is not None:
            model.load_weights(cfg.init_from)
            log.info("starting from the weights of %s", cfg.init_from)
        model.compile(
            optimizer=keras.optimizers.AdamW(
                _schedule(cfg, steps_per_epoch), weight_decay=cfg.weight_decay
            ),
            loss=keras.losses.CategoricalCrossentropy(),
            metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
        )
    log.info("model %s: %d parameters", model.name, model.count_params())

    callbacks = [
        keras.callbacks.ModelCheckpoint(last_path),
        keras.callbacks.ModelCheckpoint(best_path, monitor="val_accuracy", save_best_only=True),
        keras.callbacks.CSVLogger(cfg.out_dir / "history.csv", append=initial_epoch > 0),
        _Progress(cfg, val, state_path),
    ]
    if cfg.patience:
        callbacks.append(
            keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=cfg.patience)
        )
    if cfg.max_minutes:
        callbacks.append(_TimeBudget(cfg, state_path))
    history = model.fit(
        dataset,
        validation_data=val_dataset,
        epochs=cfg.epochs,
        initial_epoch=initial_epoch,
        callbacks=callbacks,
        shuffle=False,  # the dataset reshuffles itself every epoch
        verbose=0,
    )
    hist = {k: [float(v) for v in vals] for k, vals in history.history.items()}
    best = max(hist.get("val_accuracy", [0.0]) or [0.0])
    return TrainResult(best_path, initial_epoch + len(hist.get("loss", [])), best, hist)


def _schedule(cfg: TrainConfig, steps_per_epoch: int) -> Any:
    """Warm-up then cosine decay over ``cfg.epochs``; a plain float under a time budget.

    With ``max_minutes`` the epochs a machine manages in the budget are not known in
    advance, so :class:`_TimeBudget` anneals the rate over the time budget instead.
    """
    if cfg.max_minutes:
        return cfg.learning_rate / 20
    return keras.optimizers.schedules.CosineDecay(
        initial_learning_rate=cfg.learning_rate / 20,
        warmup_target=cfg.learning_rate,
        warmup_steps=cfg.warmup_epochs * steps_per_epoch,
        decay_steps=max(1, (cfg.epochs - cfg.warmup_epochs) * steps_per_epoch),
        alpha=0.01,
    )


class _TimeBudget(keras.callbacks.Callback):  # type: ignore[misc]
    """Warm-up and cosine learning-rate decay over wall-clock time; stops when time is up.

    The elapsed time is kept in ``state.json``, so a resumed run continues the schedule.
    """

    WARMUP = 0.04

    def __init__(self, cfg: TrainConfig, state_path: Path) -> None:
        super().__init__()
        self.budget_s = cfg.max_minutes * 60
        self.peak = cfg.learning_rate
        self.state_path = state_path
        state = json.loads(state_path.read_text()) if state_path.exists() else {}
        self.before_s = float(state.get("elapsed_s", 0.0))
        self.started = time.monotonic()

    def elapsed_s(self) -> float:
        return self.before_s + time.monotonic() - self.started

    def on_train_batch_begin(self, batch: int, logs: dict[str, float] | None = None) -> None:
        if batch % 10:
            return
        frac = min(1.0, self.elapsed_s() / self.budget_s)
        if frac < self.WARMUP:
            lr = self.peak * (0.05 + 0.95 * frac / self.WARMUP)
        else:
            progress = (frac - self.WARMUP) / (1 - self.WARMUP)
            lr = self.peak * (0.01 + 0.99 * 0.5 * (1 + np.cos(np.pi * progress)))
        self.model.optimizer.learning_rate.assign(lr)
        if frac >= 1.0:
            self.model.stop_training = True

    def on_epoch_end(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        state = json.loads(self.state_path.read_text()) if self.state_path.exists() else {}
        state["elapsed_s"] = self.elapsed_s()
        state["learning_rate"] = float(self.model.optimizer.learning_rate.numpy())
        self.state_path.write_text(json.dumps(state))


class _Progress(keras.callbacks.Callback):  # type: ignore[misc]
    """Logs each epoch (FER+ accuracy, ETA), saves resume state, enforces the time box."""

    def __init__(self, cfg: TrainConfig, val: FerData, state_path: Path) -> None:
        super().__init__()
        self.cfg, self.val, self.state_path = cfg, val, state_path
        self.started = self.epoch_started = time.monotonic()

    def on_epoch_begin(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        self.epoch_started = time.monotonic()

    def on_epoch_end(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        logs = logs if logs is not None else {}
        now = time.monotonic()
        epoch_s, elapsed_min = now - self.epoch_started, (now - self.started) / 60
        extra = ""
        if self.val.votes is not None:
            majority = ferplus_majority(self.val.votes)
            ok = majority >= 0
            images = self.val.images[ok][..., None].astype(np.float32)
            probs = self.model.predict(images, batch_size=256, verbose=0)
            acc_plus = float((np.argmax(probs, axis=1) == majority[ok]).mean())
            logs["val_accuracy_ferplus"] = acc_plus
            extra = f" val_acc_ferplus={acc_plus:.4f}"
        log.info(
            "epoch %d/%d %.0fs lr=%.2e loss=%.4f acc=%.4f val_acc=%.4f%s elapsed=%.1fmin",
            epoch + 1,
            self.cfg.epochs,
            epoch_s,
            float(self.model.optimizer.learning_rate),
            logs.get("loss", float("nan")),
            logs.get("accuracy", float("nan")),
            logs.get("val_accuracy", float("nan")),
            extra,
            elapsed_min,
        )
        state = json.loads(self.state_path.read_text()) if self.state_path.exists() else {}
        state.update(epoch=epoch + 1, logs=logs)
        self.state_path.write_text(json.dumps(state))
