"""A small log-mel CNN (Keras, run by LiteRT) against and stacked with the descriptor model.

    nice -n 10 python benchmarks/audio_cnn.py --data ../shared/datasets/music_moods --seeds 0

(13-18 minutes a fold seed on the project's 2 shared cores, about 9 of them CPU time;
TensorFlow on one thread; the log-mels are cached in ``runs/audio_logmels.npz``, the descriptors in
``runs/audio_features.npz``.)

The protocol of ``benchmarks/audio_moods.py``: 5 outer folds grouped by artist (4Q) and
by clip (Emotify), :func:`facemood.training.audio_model.stratified_folds` with the same
fold seeds. In each outer fold:

* the **descriptor model** is the shipped recipe (three 16-unit networks, quadrant
  softmax, L2 0.03), trained on the outer training part;
* the **CNN** (:mod:`facemood.training.audio_cnn`, width 8, 60 epochs, fixed before
  the first full run) is trained on the outer training part;
* the **stack** a, v = w·CNN + (1 - w)·descriptors takes the weight w (0, ¼, ½, ¾, 1)
  with the best merit (mean of 4Q quadrant accuracy, 4Q arousal accuracy and Emotify
  arousal rank r) on a **held-out quarter of the outer training part** (the first of
  its 4 inner folds, grouped the same way), predicted by a CNN and a descriptor model
  trained on the other three quarters;
* the outer fold only measures.

A fixed stack, declared before the first run, needs no choice: w = ½. Prints one Markdown row per
variant (mean ± half the range over the fold seeds), the choices, and the CPU cost per
track of the log-mel and the exported model (LiteRT, one thread; float32 and
dynamic-range int8).
"""

from __future__ import annotations

import _one_thread  # noqa: F401 - first: one BLAS thread, set before numpy loads

# isort: split
import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from _common import ROOT  # noqa: F401 - puts the repository on sys.path
from audio_moods import cpu_model

from facemood.audio.model import arousal_valence
from facemood.training import audio_cnn as ac
from facemood.training import audio_model as am
from facemood.training.audio_data import LabelledSet
from facemood.training.audio_logmel import load_log_mels, log_mel

Array = npt.NDArray[np.float64]
Index = npt.NDArray[np.int64]

DESCRIPTOR_MODEL = am.Candidate(16, 0.03, members=3, head="softmax")
"""The shipped recipe (``models/audio_mood.json``)."""
CONFIG = ac.CnnConfig(width=8, epochs=60)
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)


def merit(s: am.Scores) -> float:
    """What every choice maximises: quadrant, arousal and Emotify arousal, equally."""
    return (s.quadrant + s.arousal + s.emotify_arousal) / 3


@dataclass
class SeedRun:
    """Outer-fold predictions (a, v per clip) of every variant for one fold seed."""

    descriptors: Array
    cnn: Array
    stack_chosen: Array
    stack_half: Array
    picks: list[str] = field(default_factory=list)
    last_model: Any = None


def _cnn_predictions(
    data: LabelledSet, mels: Sequence[ac.Array], train: Index, test: Index, seed: int
) -> tuple[Array, Any]:
    """A CNN trained on ``train``: its (a, v) for ``test``, and the model."""
    y, w = am.targets(am.subset(data, train))  # Emotify ranks among the training clips only
    model, std = ac.train([mels[i] for i in train], ac.quadrant_targets(y), w, CONFIG, seed)
    return arousal_valence(ac.predict(model, std, [mels[i] for i in test])), model


def _descriptor_predictions(data: LabelledSet, train: Index, test: Index, seed: int) -> Array:
    y, w = am.targets(am.subset(data, train))
    return am.fit(data.x[train], y, w, DESCRIPTOR_MODEL, seed=seed).predict(data.x[test])


def run_seed(data: LabelledSet, mels: Sequence[ac.Array], seed: int) -> SeedRun:
    """Every variant's outer-fold predictions for fold seed ``seed``."""
    n = len(data.clips)
    run = SeedRun(*(np.full((n, 2), np.nan) for _ in range(4)))
    for k, test in enumerate(am.stratified_folds(data, 5, seed)):
        started = time.monotonic()
        train = np.setdiff1d(np.arange(n), test)
        inner = am.subset(data, train)
        held_local = am.stratified_folds(inner, 4, seed + 1 + k)[0]
        held = train[held_local]
        fit_part = np.setdiff1d(train, held)
        held_data = am.subset(data, held)
        desc_held = _descriptor_predictions(data, fit_part, held, k)
        cnn_held, _ = _cnn_predictions(data, mels, fit_part, held, 1000 * seed + 10 * k)
        w_stack = max(
            WEIGHTS,
            key=lambda w: merit(am.score(held_data, w * cnn_held + (1 - w) * desc_held)),
        )
        for name, av in (("descriptors", desc_held), ("CNN", cnn_held)):
            s = am.score(held_data, av)
            print(
                f"  seed {seed}, outer fold {k}, held-out quarter: {name} quadrant "
                f"{s.quadrant:.3f} arousal {s.arousal:.3f} Emotify r {s.emotify_arousal:.2f}",
                flush=True,
            )
        desc = _descriptor_predictions(data, train, test, k)
        cnn, run.last_model = _cnn_predictions(data, mels, train, test, 1000 * seed + 10 * k + 1)
        run.descriptors[test] = desc
        run.cnn[test] = cnn
        run.stack_chosen[test] = w_stack * cnn + (1 - w_stack) * desc
        run.stack_half[test] = 0.5 * cnn + 0.5 * desc
        run.picks.append(f"w={w_stack:g}")
        print(
            f"  seed {seed}, outer fold {k}: {run.picks[-1]} ({time.monotonic() - started:.0f} s)",
            flush=True,
        )
    return run


def _row(name: str, scores: list[am.Scores], ms: str) -> str:
    def cell(f: str, percent: bool) -> str:
        v = np.array([getattr(s, f) for s in scores]) * (100 if percent else 1)
        d = 1 if percent else 2
        text = f"{v.mean():.{d}f}"
        return text + (f" ±{(v.max() - v.min()) / 2:.{d}f}" if len(v) > 1 else "")

    per_seed = " / ".join(f"{100 * s.arousal:.1f}" for s in scores)
    return (
        f"| {name} | {cell('quadrant', True)} | {cell('arousal', True)} | "
        f"{cell('valence', True)} | {cell('emotify_arousal', False)} | "
        f"{cell('emotify_valence', False)} | {per_seed} | {ms} |"
    )


def costs(model: Any, data: LabelledSet, count: int = 40) -> dict[str, float]:
    """CPU ms per 30 s clip: the log-mel from the decoded excerpt, and the exported
    model on LiteRT (one thread) in float32 and dynamic-range int8; model sizes (kB)."""
    from ai_edge_litert.interpreter import Interpreter

    from facemood.audio.decode import Decoder

    tf = ac.tensorflow()
    decoder = Decoder()
    excerpts = [decoder.decode(c.path) for c in data.clips[:: len(data.clips) // count][:count]]
    decoder.close()
    started = time.process_time()
    mels = [log_mel(e.samples, e.rate) for e in excerpts]
    result = {"log-mel ms": 1000 * (time.process_time() - started) / len(mels)}
    frames = min(len(m) for m in mels)
    weights = model.get_weights()
    fixed = ac.build(CONFIG, mels[0].shape[1], 1, 0, frames=frames)  # LiteRT: a fixed shape
    fixed.set_weights(weights)
    x = (mels[0][:frames] - mels[0].mean()) / mels[0].std()
    keras_out = fixed.predict_on_batch(x[None, :, :, None])
    with tempfile.TemporaryDirectory() as tmp:
        for name, quantise in (("float32", False), ("int8", True)):
            converter = tf.lite.TFLiteConverter.from_keras_model(fixed)
            if quantise:
                converter.optimizations = [tf.lite.Optimize.DEFAULT]
            path = Path(tmp) / f"{name}.tflite"
            path.write_bytes(converter.convert())
            it = Interpreter(model_path=str(path), num_threads=1)
            it.allocate_tensors()
            inp = it.get_input_details()[0]["index"]
            out = it.get_output_details()[0]["index"]
            it.set_tensor(inp, x[None, :, :, None].astype(np.float32))
            it.invoke()
            result[f"{name} diff"] = float(np.abs(it.get_tensor(out) - keras_out).max())
            started = time.process_time()
            for m in mels:
                it.set_tensor(inp, m[:frames][None, :, :, None])
                it.invoke()
                it.get_tensor(out)
            result[f"{name} ms"] = 1000 * (time.process_time() - started) / len(mels)
            result[f"{name} kB"] = path.stat().st_size / 1024
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="datasets/music_moods")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    args = parser.parse_args(argv)
    data = am.load(args.data)
    mels = load_log_mels(data.clips)
    runs = [run_seed(data, mels, s) for s in args.seeds]
    cost = costs(runs[-1].last_model, data)
    params = runs[-1].last_model.count_params()
    print(
        f"Outer 5 folds by artist (4Q) / clip (Emotify), fold seeds {args.seeds}; "
        f"CPU: {cpu_model()} (2 cores shared with a training job)"
    )
    print(
        "| variant | quadrant % | arousal % | valence % | Emotify arousal r | "
        "Emotify valence r | arousal per seed | model CPU ms/track |"
    )
    print("|---|---|---|---|---|---|---|---|")
    cnn_ms = f"+{cost['log-mel ms']:.1f} log-mel +{cost['int8 ms']:.1f} CNN"
    variants = (
        ("descriptors: mlp16 x3 quadrants (shipped recipe)", "descriptors", "0.06"),
        (f"log-mel CNN ({params} parameters) alone", "cnn", cnn_ms),
        ("CNN + descriptors, w chosen on the held-out quarter", "stack_chosen", cnn_ms),
        ("CNN + descriptors 1:1 (fixed)", "stack_half", cnn_ms),
    )
    for name, attr, ms in variants:
        print(_row(name, [am.score(data, getattr(r, attr)) for r in runs], ms), flush=True)
    for name, attr, _ in variants:
        for seed, r in zip(args.seeds, runs, strict=True):
            print(f"| {name}, seed {seed} " + _row("", [am.score(data, getattr(r, attr))], "")[3:])
    for seed, r in zip(args.seeds, runs, strict=True):
        print(f"    seed {seed}: " + "; ".join(r.picks))
    print(
        "Per 30 s clip, one thread: log-mel {log-mel ms:.1f} ms (from the decoded excerpt, "
        "STFT included); LiteRT float32 {float32 ms:.1f} ms ({float32 kB:.0f} kB), "
        "dynamic-range int8 {int8 ms:.1f} ms ({int8 kB:.0f} kB); largest difference "
        "from Keras in a probability: float32 {float32 diff:.1e}, int8 {int8 diff:.1e}".format(
            **cost
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
