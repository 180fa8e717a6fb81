"""A "model soup": one network whose weights are the mean of several fine-tuned runs'.

Runs fine-tuned from the same weights stay close enough in weight space that their
average is a working network (Wortsman et al., "Model soups", ICML 2022), and often a
better one than each of them, at no cost per face: the soup is one network of the same
design. Batch-norm statistics are averaged with the rest.

The soup is written as a run folder (``final.keras``, ``config.json`` naming its
ingredients, float16 weights) so ``facemood choose``, ``export`` and the benchmarks
treat it like any run.

This module imports TensorFlow (the ``facemood[train]`` extra); import it lazily.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from facemood.training.tfenv import prepare_tensorflow_env

prepare_tensorflow_env()

import keras  # noqa: E402  (TensorFlow's environment must be set first)

from facemood.training.recover import save_weights_f16  # noqa: E402

DESIGN_KEYS = ("arch", "widths", "crop")
"""What every ingredient must share (from its ``config.json``)."""


def _config(run: Path) -> dict[str, Any]:
    config: dict[str, Any] = json.loads((run / "config.json").read_text(encoding="utf-8"))
    return config


def make_soup(runs: Sequence[Path], out: Path) -> Path:
    """Average the ``final.keras`` weights of ``runs`` into ``out`` (a run folder).

    Returns: ``out / "final.keras"``.

    Raises:
        ValueError: fewer than two runs, or runs of different designs (architecture,
            widths or crop style).
    """
    if len(runs) < 2:
        raise ValueError("a soup needs at least two runs")
    configs = [_config(run) for run in runs]
    for run, config in zip(runs[1:], configs[1:], strict=True):
        for key in DESIGN_KEYS:
            if config.get(key) != configs[0].get(key):
                raise ValueError(
                    f"{run} has {key}={config.get(key)!r} but {runs[0]} has "
                    f"{configs[0].get(key)!r}: only runs of one design can be averaged"
                )
    models = [keras.models.load_model(run / "final.keras") for run in runs]
    soup = models[0]
    for index, layer in enumerate(soup.layers):
        weights = [model.layers[index].get_weights() for model in models]
        if weights[0]:
            layer.set_weights([np.mean(parts, axis=0) for parts in zip(*weights, strict=True)])
    out.mkdir(parents=True, exist_ok=True)
    final = out / "final.keras"
    soup.save(final)
    config = {**configs[0], "out_dir": str(out), "soup_of": [str(run) for run in runs]}
    (out / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    save_weights_f16(
        soup, out / "weights-f16.npz", tuple(configs[0]["widths"]), str(configs[0]["arch"])
    )
    return final
