"""Train the emotion CNN on FER2013 (+ FER+ votes) with Keras: one fixed-budget recipe.

The recipe (``docs``: the model card) in one place:

* Training minus "not a face" rows, minus a held-out slice (:func:`holdout_split`) that
  alone chooses anything; PublicTest is never looked at here.
* Targets: a blend of FER labels and FER+ vote distributions (``alpha``), optionally
  blended again with a teacher's probabilities (distillation, ``teacher_weight``).
* Optional labelled full-face photos (e.g. london_dev, chosen people only), cropped by
  the app's own code, mixed into every epoch.
* Crops in the model's crop style (box or aligned, with or without CLAHE), made as the
  app makes them.
* AdamW with a fixed-epoch warm-up + cosine schedule, and stochastic weight averaging
  (SWA) over the last ``swa_fraction`` of the epochs; the averaged model is the result.

This module imports TensorFlow (the ``facemood[train]`` extra); import it lazily.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from facemood.training.tfenv import prepare_tensorflow_env

prepare_tensorflow_env()

import keras  # noqa: E402  (TensorFlow's environment must be set first)
import tensorflow as tf  # noqa: E402

from facemood.core.types import EMOTIONS  # noqa: E402
from facemood.training.data import (  # noqa: E402
    DEFAULT_TRAIN,
    NUM_CLASSES,
    FerData,
    TargetKind,
    accuracies,
    class_weights,
    load_npz,
    make_targets,
    not_a_face,
)
from facemood.training.faceprep import (  # noqa: E402
    PhotoSet,
    load_photos,
    person_weights,
    run_split,
    split_people,
)
from facemood.training.network import build_augmenter, build_model  # noqa: E402
from facemood.training.photo_eval import NEGATIVE  # noqa: E402
from facemood.training.recover import save_weights_f16  # noqa: E402
from facemood.vision.crops import CropStyle  # noqa: E402

log = logging.getLogger("facemood.training")

_HAPPY, _NEUTRAL = 3, 6


@dataclass
class TrainConfig:
    """Everything that defines a training run (saved as ``config.json`` beside it)."""

    train_data: Path = DEFAULT_TRAIN
    out_dir: Path = Path("runs/emotion")
    target: TargetKind = TargetKind.MIXED
    alpha: float = 0.5
    arch: str = "vgg"
    widths: tuple[int, ...] = field(default=(32, 64, 128, 256))
    crop: str = "box"
    holdout: float = 0.1
    holdout_seed: int = 2026
    epochs: int = 30
    batch_size: int = 64
    learning_rate: float = 2e-3
    weight_decay: float = 5e-4
    warmup_epochs: int = 2
    class_weight_power: float = 0.5
    swa_fraction: float = 0.25
    teacher: Path | None = None
    teacher_weight: float = 0.5
    photos: Path | None = None
    photo_people: tuple[str, ...] = ()
    photo_copies: int = 24
    photo_weight: float = 1.0
    real_photos: Path | None = None
    real_holdout: float = 0.2
    real_copies: int = 1
    real_balance: float = 0.0
    real_smoothing: float = 0.1
    real_person_cap: float = 0.0
    epoch_images: int = 0
    limit: int = 0
    seed: int = 1234
    init_from: Path | None = None
    threads: int = 0
    jit: bool = False

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly copy."""
        data = asdict(self)
        return {k: str(v) if isinstance(v, Path) else v for k, v in data.items()}


@dataclass(frozen=True)
class TrainResult:
    """What a run produced."""

    final_model: Path
    epochs_run: int
    holdout_accuracy: float
    holdout_accuracy_ferplus: float
    history: dict[str, list[float]]


@dataclass(frozen=True)
class Prepared:
    """The arrays of a run: fit images/targets/weights and the held-out slice."""

    images: np.ndarray
    targets: np.ndarray
    weights: np.ndarray
    fit_rows: np.ndarray
    holdout: FerData
    eval_photos: PhotoSet | None
    eval_real: PhotoSet | None = None


def prepare(cfg: TrainConfig) -> Prepared:
    """Load, clean, split, crop and label the training data as ``cfg`` says."""
    style = CropStyle.parse(cfg.crop)
    data = load_npz(cfg.train_data)
    rows = np.arange(len(data))
    if data.votes is not None:
        log.info("dropping %d not-a-face rows", int(not_a_face(data.votes).sum()))
    cache = cfg.out_dir.parent / "cache"
    data, fit_mask, held_mask = run_split(data, style, cfg.holdout, cfg.holdout_seed, cache)
    if cfg.limit:
        rng = np.random.default_rng(cfg.seed)
        fit_idx = np.nonzero(fit_mask)[0]
        fit_mask = np.isin(rows, rng.permutation(fit_idx)[: cfg.limit])
    fit, holdout = data.subset(fit_mask), data.subset(held_mask)
    targets = make_targets(fit, cfg.target, cfg.alpha)
    if cfg.teacher is not None:
        targets = _blend_teacher(targets, rows[fit_mask], cfg.teacher, cfg.teacher_weight)
    images = fit.images
    per_class = class_weights(targets, cfg.class_weight_power)
    weights = per_class[np.argmax(targets, axis=1)]

    eval_photos = None
    if cfg.photos is not None:
        photos = load_photos(cfg.photos, style, copies=cfg.photo_copies, seed=cfg.seed)
        chosen = set(cfg.photo_people)
        trained = photos.select(chosen) if chosen else None
        rest = set(photos.people()) - chosen
        exact = load_photos(cfg.photos, style, copies=1)
        eval_photos = exact.select(rest) if rest else None
        if trained is not None and len(trained.labels):
            onehot = np.eye(targets.shape[1], dtype=np.float32)[trained.labels]
            images = np.concatenate([images, trained.images])
            targets = np.concatenate([targets, onehot])
            weights = np.concatenate(
                [weights, per_class[trained.labels] * cfg.photo_weight]
            ).astype(np.float32)
            log.info("mixing in %d photo crops of %d people", len(trained.labels), len(chosen))
    eval_real = None
    if cfg.real_photos is not None:
        fit_real, eval_real = real_split(cfg, style, cache)
        picked = _balanced_rows(fit_real.labels, cfg.real_balance, cfg.seed)
        smooth = np.full((len(picked), targets.shape[1]), cfg.real_smoothing / targets.shape[1])
        smooth[np.arange(len(picked)), fit_real.labels[picked]] += 1 - cfg.real_smoothing
        images = np.concatenate([images, fit_real.images[picked]])
        targets = np.concatenate([targets, smooth.astype(np.float32)])
        real_weights = per_class[fit_real.labels[picked]]
        if cfg.real_person_cap:
            # The same total weight, spread so that nobody counts for more than the cap.
            capped = person_weights(fit_real.person, fit_real.photo, cfg.real_person_cap)[picked]
            real_weights = real_weights * capped * (len(capped) / capped.sum())
        weights = np.concatenate([weights, real_weights]).astype(np.float32)
        log.info(
            "mixing in %d real-photo crops of %d people (per class %s); holding out %d "
            "photos of %d people",
            len(picked),
            len(fit_real.people()),
            np.bincount(fit_real.labels[picked], minlength=targets.shape[1]).tolist(),
            len(eval_real.labels),
            len(eval_real.people()),
        )
    log.info(
        "fit %d images, held out %d; target=%s alpha=%.2f teacher=%s; class weights %s",
        len(images),
        len(holdout),
        cfg.target.value,
        cfg.alpha,
        cfg.teacher,
        np.round(per_class, 2).tolist(),
    )
    return Prepared(
        images,
        targets,
        weights.astype(np.float32),
        rows[fit_mask],
        holdout,
        eval_photos,
        eval_real,
    )


REAL_COPIES = 4
"""Crops cut per real photo (the first exact, the others jittered); runs take a prefix."""


def real_split(cfg: TrainConfig, style: CropStyle, cache: Path) -> tuple[PhotoSet, PhotoSet]:
    """``cfg.real_photos`` cut as the app cuts them: the fit crops (the first
    ``cfg.real_copies`` of each photo of the fit people) and the exact crop of every photo
    of the held-out people (``cfg.real_holdout`` of the people, seeded by the run's
    held-out seed, so every run holds out the same people)."""
    assert cfg.real_photos is not None
    photos = load_photos(
        cfg.real_photos, style, copies=REAL_COPIES, seed=cfg.holdout_seed, cache_dir=cache
    )
    held = split_people(list(photos.person), cfg.real_holdout, cfg.holdout_seed)
    copy = np.arange(len(photos.labels)) % REAL_COPIES  # crops come photo by photo
    is_held = np.array([p in held for p in photos.person], dtype=bool)
    return photos.where(~is_held & (copy < cfg.real_copies)), photos.where(is_held & (copy == 0))


def _balanced_rows(labels: np.ndarray, power: float, seed: int) -> np.ndarray:
    """Row indices with each class repeated ``(n_max / n_c) ** power`` times (at most 8),
    the fraction drawn at random: class-balanced sampling, partial for ``power`` < 1."""
    rows = np.arange(len(labels))
    if power <= 0:
        return rows
    counts = np.bincount(labels, minlength=NUM_CLASSES).astype(np.float64)
    factor = np.minimum((counts.max() / np.maximum(counts, 1)) ** power, 8.0)
    rng = np.random.default_rng(seed)
    out = []
    for c in np.nonzero(counts)[0]:
        members = rows[labels == c]
        whole, part = divmod(factor[c], 1.0)
        extra = rng.choice(members, round(part * len(members)), replace=False)
        out += [np.tile(members, int(whole)), extra]
    return np.sort(np.concatenate(out))


def _blend_teacher(
    targets: np.ndarray, rows: np.ndarray, teacher: Path, weight: float
) -> np.ndarray:
    """``(1 - weight) * targets + weight * teacher`` on the rows the teacher covers."""
    with np.load(teacher) as archive:
        t_rows, t_probs = archive["rows"], archive["probs"].astype(np.float32)
    lookup = {int(r): i for i, r in enumerate(t_rows)}
    index = np.array([lookup.get(int(r), -1) for r in rows])
    covered = index >= 0
    out = targets.copy()
    out[covered] = (1 - weight) * targets[covered] + weight * t_probs[index[covered]]
    log.info("teacher %s covers %d of %d fit rows", teacher, int(covered.sum()), len(rows))
    return out


def train(cfg: TrainConfig, resume: bool = True) -> TrainResult:
    """Train (or resume) a run in ``cfg.out_dir``.

    Files: ``last.keras`` + ``state.json`` + ``swa.npz`` (resume), ``final.keras`` (the
    weight-averaged result), ``holdout.npz`` (its float16 probabilities on the held-out
    slice), ``history.csv``, ``config.json``.
    """
    keras.utils.set_random_seed(cfg.seed)
    if cfg.threads:
        # Before any TensorFlow op runs; two runs side by side each take their share.
        tf.config.threading.set_intra_op_parallelism_threads(cfg.threads)
        tf.config.threading.set_inter_op_parallelism_threads(cfg.threads)
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    (cfg.out_dir / "config.json").write_text(json.dumps(cfg.to_json(), indent=2))
    last_path, final_path = cfg.out_dir / "last.keras", cfg.out_dir / "final.keras"
    state_path = cfg.out_dir / "state.json"

    prep = prepare(cfg)
    augmenter = build_augmenter(cfg.seed)
    images = prep.images[..., None].astype(np.float32)
    dataset = (
        tf.data.Dataset.from_tensor_slices((images, prep.targets, prep.weights))
        .shuffle(len(images), seed=cfg.seed, reshuffle_each_iteration=True)
        .repeat()
        .batch(cfg.batch_size)
        .map(
            lambda x, y, w: (augmenter(x, training=True), y, w),
            num_parallel_calls=tf.data.AUTOTUNE,
        )
        .prefetch(2)
    )

    # An epoch is a fixed number of images (a budget equal across mixes) or one pass.
    steps_per_epoch = math.ceil((cfg.epoch_images or len(images)) / cfg.batch_size)
    initial_epoch = 0
    if resume and last_path.exists() and state_path.exists():
        model = keras.models.load_model(last_path)
        initial_epoch = int(json.loads(state_path.read_text())["epoch"])
        log.info("resuming from %s at epoch %d", last_path, initial_epoch)
    else:
        model = _initial_model(cfg, prep)
        model.compile(
            optimizer=keras.optimizers.AdamW(
                _schedule(cfg, steps_per_epoch), weight_decay=cfg.weight_decay
            ),
            loss=keras.losses.CategoricalCrossentropy(),
            metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
            jit_compile=cfg.jit,
        )
    log.info("model %s: %d parameters", model.name, model.count_params())

    swa = _Swa(cfg, cfg.out_dir / "swa.npz")
    callbacks = [
        keras.callbacks.ModelCheckpoint(last_path),
        keras.callbacks.CSVLogger(cfg.out_dir / "history.csv", append=initial_epoch > 0),
        _Progress(cfg, prep, state_path),
        swa,
    ]
    history = model.fit(
        dataset,
        epochs=cfg.epochs,
        steps_per_epoch=steps_per_epoch,
        initial_epoch=initial_epoch,
        callbacks=callbacks,
        shuffle=False,  # the dataset reshuffles itself every epoch
        verbose=0,
    )
    if swa.count:
        swa.apply(model, dataset)
    model.save(final_path)
    save_weights_f16(model, cfg.out_dir / "weights-f16.npz", cfg.widths, cfg.arch)
    probs = model.predict(
        prep.holdout.images[..., None].astype(np.float32), batch_size=256, verbose=0
    )
    np.savez_compressed(cfg.out_dir / "holdout.npz", probs=probs.astype(np.float16))
    acc, acc_plus = accuracies(prep.holdout, probs)
    log.info(
        "final (SWA over %d epochs): held-out FER %.4f FER+ %.4f%s%s",
        swa.count,
        acc,
        acc_plus,
        _photo_summary(model, prep.eval_photos),
        _photo_summary(model, prep.eval_real, "real(held-out)"),
    )
    hist = {k: [float(v) for v in vals] for k, vals in history.history.items()}
    return TrainResult(final_path, initial_epoch + len(hist.get("loss", [])), acc, acc_plus, hist)


def _initial_model(cfg: TrainConfig, prep: Prepared) -> Any:
    """A new network, or one started from ``cfg.init_from``: a ``.keras``/weights file,
    float16 weights (``.npz``, :func:`facemood.training.recover.load_weights_f16`) or an
    exported ``.tflite`` (:func:`facemood.training.recover.keras_from_tflite`)."""
    if cfg.init_from is not None and cfg.init_from.suffix == ".npz":
        from facemood.training.recover import load_weights_f16

        log.info("starting from the float16 weights of %s", cfg.init_from)
        return load_weights_f16(cfg.init_from)
    if cfg.init_from is not None and cfg.init_from.suffix == ".tflite":
        from facemood.training.recover import keras_from_tflite

        sample = np.random.default_rng(cfg.seed).choice(len(prep.images), 4096, replace=False)
        model = keras_from_tflite(cfg.init_from, prep.images[np.sort(sample)])
        log.info("starting from the exported weights of %s", cfg.init_from)
        return model
    model = build_model(cfg.widths, arch=cfg.arch)
    if cfg.init_from is not None:
        model.load_weights(cfg.init_from)
        log.info("starting from the weights of %s", cfg.init_from)
    return model


_NEGATIVE = [EMOTIONS.index(e) for e in NEGATIVE]  # what a resting face must not read as


def _photo_summary(model: Any, photos: PhotoSet | None, name: str = "photos") -> str:
    """Neutral recall on resting faces, happy recall on smiles, resting faces read as a
    negative emotion, and all classes, on photos of people the run did not train on."""
    if photos is None or not len(photos.labels):
        return ""
    probs = model.predict(photos.images[..., None].astype(np.float32), verbose=0)
    pred = probs.argmax(axis=1)
    rest, smile = photos.labels == _NEUTRAL, photos.labels == _HAPPY

    def share(hit: np.ndarray) -> float:
        return float(hit.mean()) if len(hit) else float("nan")

    return (
        f" {name} {len(photos.labels)} of {len(photos.people())} people:"
        f" neutral {share(pred[rest] == _NEUTRAL):.3f} happy {share(pred[smile] == _HAPPY):.3f}"
        f" rest->negative {share(np.isin(pred[rest], _NEGATIVE)):.3f}"
        f" all {share(pred == photos.labels):.3f}"
    )


def _schedule(cfg: TrainConfig, steps_per_epoch: int) -> Any:
    """Warm-up then cosine decay over ``cfg.epochs`` (to 1 % of the peak)."""
    return keras.optimizers.schedules.CosineDecay(
        initial_learning_rate=cfg.learning_rate / 20,
        warmup_target=cfg.learning_rate,
        warmup_steps=cfg.warmup_epochs * steps_per_epoch,
        decay_steps=max(1, (cfg.epochs - cfg.warmup_epochs) * steps_per_epoch),
        alpha=0.01,
    )


class _Swa(keras.callbacks.Callback):  # type: ignore[misc]
    """Stochastic weight averaging: the mean of the weights at the end of each of the
    last ``swa_fraction`` epochs, kept in ``swa.npz`` so a resumed run continues it."""

    def __init__(self, cfg: TrainConfig, path: Path) -> None:
        super().__init__()
        self.start = cfg.epochs - max(1, round(cfg.epochs * cfg.swa_fraction))
        self.enabled = cfg.swa_fraction > 0
        self.path = path
        self.count = 0
        self.sums: list[np.ndarray] = []
        if self.enabled and path.exists():
            with np.load(path) as archive:
                self.count = int(archive["arr_0"])
                self.sums = [archive[f"arr_{i}"] for i in range(1, len(archive.files))]

    def on_epoch_end(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        if not self.enabled or epoch < self.start:
            return
        weights = [w.numpy().astype(np.float64) for w in self.model.trainable_weights]
        self.sums = (
            weights if not self.sums else [s + w for s, w in zip(self.sums, weights, strict=True)]
        )
        self.count += 1
        np.savez(self.path, np.asarray(self.count), *self.sums)  # arr_0: count, then weights

    def apply(self, model: Any, dataset: Any, batches: int = 120) -> None:
        """Load the averaged weights and re-estimate batch-norm statistics for them."""
        for variable, total in zip(model.trainable_weights, self.sums, strict=True):
            variable.assign((total / self.count).astype(np.float32))
        norms = [
            layer for layer in model.layers if isinstance(layer, keras.layers.BatchNormalization)
        ]
        for layer in norms:
            layer.moving_mean.assign(np.zeros(layer.moving_mean.shape, np.float32))
            layer.moving_variance.assign(np.ones(layer.moving_variance.shape, np.float32))
            layer.momentum = 0.95
        for x, _, _ in dataset.take(batches):
            model(x, training=True)
        for layer in norms:
            layer.momentum = 0.99


class _Progress(keras.callbacks.Callback):  # type: ignore[misc]
    """Logs each epoch with held-out FER/FER+ accuracy and saves the resume state."""

    def __init__(self, cfg: TrainConfig, prep: Prepared, state_path: Path) -> None:
        super().__init__()
        self.cfg, self.prep, self.state_path = cfg, prep, state_path
        self.started = self.epoch_started = time.monotonic()

    def on_epoch_begin(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        self.epoch_started = time.monotonic()

    def on_epoch_end(self, epoch: int, logs: dict[str, float] | None = None) -> None:
        logs = logs if logs is not None else {}
        now = time.monotonic()
        held = self.prep.holdout
        probs = self.model.predict(
            held.images[..., None].astype(np.float32), batch_size=256, verbose=0
        )
        acc, acc_plus = accuracies(held, probs)
        logs["holdout_accuracy"], logs["holdout_accuracy_ferplus"] = acc, acc_plus
        log.info(
            "epoch %d/%d %.0fs lr=%.2e loss=%.4f acc=%.4f held-out FER %.4f FER+ %.4f%s%s %.1fmin",
            epoch + 1,
            self.cfg.epochs,
            now - self.epoch_started,
            float(self.model.optimizer.learning_rate),
            logs.get("loss", float("nan")),
            logs.get("accuracy", float("nan")),
            acc,
            acc_plus,
            _photo_summary(self.model, self.prep.eval_photos),
            _photo_summary(self.model, self.prep.eval_real, "real(held-out)"),
            (now - self.started) / 60,
        )
        state = json.loads(self.state_path.read_text()) if self.state_path.exists() else {}
        state.update(epoch=epoch + 1, logs={k: float(v) for k, v in logs.items()})
        self.state_path.write_text(json.dumps(state))
