"""Trainable Keras models from what the project keeps: float16 weights or the export.

:func:`save_weights_f16` / :func:`load_weights_f16` keep a trained model's weights in
float16 with its design (``models/training/<run>/weights-f16.npz``, about half the size
of the float32 ``.keras`` file), so a later round fine-tunes the shipped model.

:func:`keras_from_tflite` rebuilds a trainable Keras VGG from an exported
``emotion.tflite``, for a model whose Keras weights were never kept (v2, s1).

The export folds each batch norm into its convolution (a kernel and a bias) and stores
the kernels as int8 with per-channel scales. This reads them back (dequantised), puts
each folded bias into its batch norm's ``beta`` and then gives every batch norm the
statistics its convolution really produces on ``faces``, so the rebuilt model computes
what the export computes in inference mode and almost the same in training mode.
The calibration layer the export adds (temperature, bias) is left out: the rebuilt
model ends in the plain softmax the network was trained with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from facemood.errors import ModelError

_EPS = 1e-3  # Keras BatchNormalization's default epsilon


def save_weights_f16(model: Any, path: Path, widths: tuple[int, ...], arch: str) -> None:
    """Write ``model``'s weights (batch-norm statistics included) as float16, with its
    design, to ``path`` (an ``.npz``)."""
    arrays: dict[str, Any] = {"widths": np.asarray(widths), "arch": np.asarray(arch)}
    for i, weight in enumerate(model.get_weights()):
        arrays[f"weight_{i:03d}"] = np.asarray(weight, np.float16)
    np.savez_compressed(path, **arrays)


def load_weights_f16(path: Path) -> Any:
    """The model :func:`save_weights_f16` wrote, rebuilt and loaded (float32).

    Raises:
        ModelError: the file is not such an archive or does not fit its design.
    """
    from facemood.training.network import build_model

    try:
        with np.load(path) as archive:
            widths = tuple(int(w) for w in archive["widths"])
            arch = str(archive["arch"])
            weights = [
                archive[k].astype(np.float32)
                for k in sorted(archive.files)
                if k.startswith("weight_")
            ]
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"not a float16 weights archive: {path}", str(exc)) from exc
    model = build_model(widths, arch=arch)
    try:
        model.set_weights(weights)
    except ValueError as exc:
        raise ModelError(f"{path} does not fit a {arch} network of widths {widths}") from exc
    return model


def _constants(path: Path) -> dict[str, npt.NDArray[np.float32]]:
    """Every float or int8 weight tensor of the flatbuffer, dequantised, by name."""
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(str(path))
    interpreter.allocate_tensors()
    out = {}
    for detail in interpreter.get_tensor_details():
        shape = tuple(detail["shape"])
        if len(shape) not in (1, 2, 4) or shape[0] == 1:
            continue  # activations (batch 1) and scalars
        try:
            value = interpreter.get_tensor(detail["index"])
        except ValueError:
            continue
        quant = detail["quantization_parameters"]
        if value.dtype == np.int8:
            scales = np.asarray(quant["scales"], np.float32).reshape(-1, *[1] * (value.ndim - 1))
            value = value.astype(np.float32) * scales
        out[detail["name"]] = np.asarray(value, np.float32)
    return out


def _find(constants: dict[str, npt.NDArray[np.float32]], layer: str, ndim: int) -> Any:
    hits = [v for k, v in constants.items() if f"/{layer}_" in k and v.ndim == ndim]
    if len(hits) != 1:
        raise ModelError(f"cannot find one {ndim}-d tensor of layer {layer} in the model")
    return hits[0]


def keras_from_tflite(path: Path, faces: npt.NDArray[np.uint8]) -> Any:
    """A Keras model (:func:`facemood.training.network.build_model`, VGG) with the weights
    of ``path``, its batch norms fitted to ``faces`` (uint8 (N, 48, 48) crops).

    Raises:
        ModelError: the file is not an exported FaceMood VGG.
    """
    import keras

    from facemood.training.network import build_model

    constants = _constants(path)
    conv_names = ["stem"] + [f"s{s}{ab}" for s in range(1, 5) for ab in "ab"]
    kernels = [_find(constants, name, 4) for name in conv_names]
    widths = tuple(int(k.shape[0]) for k in kernels[1::2])
    model = build_model(widths, arch="vgg")
    kernels[0] = kernels[0] * 255.0  # the export folds the input's 1/255 into the stem
    for name, kernel in zip(conv_names, kernels, strict=True):
        bias = _find(constants, f"{name}_bn", 1)
        model.get_layer(f"{name}_conv").set_weights([np.transpose(kernel, (1, 2, 3, 0))])
        ones = np.ones_like(bias)
        model.get_layer(f"{name}_bn").set_weights([ones, bias, 0 * ones, ones - _EPS])
    dense = _find(constants, "emotion", 2)
    dense_bias = _find(constants, "emotion", 1)
    model.get_layer("emotion").set_weights([dense.T, dense_bias])

    # Conv outputs (before batch norm) on real faces give each norm its statistics.
    probes = keras.Model(model.input, [model.get_layer(f"{n}_conv").output for n in conv_names])
    outputs = probes.predict(faces[..., None].astype(np.float32), batch_size=256, verbose=0)
    for name, out in zip(conv_names, outputs, strict=True):
        layer = model.get_layer(f"{name}_bn")
        _gamma, beta, _mean, _var = layer.get_weights()
        mean, var = out.mean(axis=(0, 1, 2)), out.var(axis=(0, 1, 2))
        # gamma * (x - mean) / sqrt(var + eps) + beta' == x + beta  (the folded layer)
        layer.set_weights([np.sqrt(var + _EPS), beta + mean, mean, var])
    return model
