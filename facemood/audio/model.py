"""The learnt arousal/valence model: a small network over the standardised descriptors.

The shipped weights (:data:`MODEL_PATH`, JSON, well under 1 MB) were learnt from
labelled music (see ``docs/audio.md``: the 4Q and Emotify sets; only the weights are
shipped, never audio). A model is one or more members, each a stack of dense layers
(``tanh`` hidden layers, then either a ``sigmoid`` output of two units: high arousal,
positive valence; or a ``softmax`` over the four quadrants Q1-Q4, read as
P(high arousal) = P(Q1) + P(Q2) and P(positive valence) = P(Q1) + P(Q4)); the members'
arousal and valence are averaged. Inputs are the descriptors of
:mod:`facemood.audio.descriptors`, standardised with the training set's mean and
scale and clipped to ±3; the file records the descriptor names it expects and is
refused when they differ.

numpy only: the model is a few small matrix products per track.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from facemood.audio.descriptors import DESCRIPTOR_NAMES
from facemood.errors import AudioAnalysisError
from facemood.paths import resource_path

Array = npt.NDArray[np.float64]

MODEL_PATH = resource_path("models", "audio_mood.json")
"""The shipped model (``models/``, bundled like the emotion model)."""

FORMAT = "facemood-audio-mood/1"
Z_LIMIT = 3.0
"""Standardised inputs are clipped to ±3: music far from anything in the training data
(e.g. pure synthesised tones) cannot push the network into wild extrapolation."""
_ACTIVATIONS = ("tanh", "sigmoid", "softmax", "linear")
_OUTPUTS = {"sigmoid": 2, "softmax": 4}
"""Each member's last layer: its activation and width."""


@dataclass(frozen=True, slots=True)
class Layer:
    """A dense layer: ``activation(x @ weights + bias)``."""

    weights: Array
    bias: Array
    activation: str

    def __call__(self, x: Array) -> Array:
        return activate(x @ self.weights + self.bias, self.activation)


def arousal_valence(quadrants: Array) -> Array:
    """Quadrant shares Q1-Q4 (last axis) as (P(high arousal), P(positive valence)):
    P(Q1) + P(Q2) and P(Q1) + P(Q4)."""
    q = quadrants
    result: Array = np.stack([q[..., 0] + q[..., 1], q[..., 0] + q[..., 3]], axis=-1)
    return result


def activate(z: Array, activation: str) -> Array:
    """``activation`` (one of tanh, sigmoid, softmax over the last axis, linear) of ``z``."""
    if activation == "tanh":
        return np.tanh(z)
    if activation == "sigmoid":
        result: Array = 1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))
        return result
    if activation == "softmax":
        odds = np.exp(z - z.max(axis=-1, keepdims=True))
        shares: Array = odds / odds.sum(axis=-1, keepdims=True)
        return shares
    return z


@dataclass(frozen=True, slots=True)
class MoodModel:
    """Arousal and valence (probabilities, 0-1) from a descriptor vector.

    Attributes:
        names: the descriptor names the model reads, in order.
        mean, scale: the standardisation learnt with the weights.
        members: each member's layers; their outputs are averaged.
        info: what the file says about its training (data, selection, figures).
    """

    names: tuple[str, ...]
    mean: Array
    scale: Array
    members: tuple[tuple[Layer, ...], ...]
    info: dict[str, Any]

    def predict(self, descriptors: Sequence[float] | Array) -> Array:
        """(P(high arousal), P(positive valence)) for one vector, or one row per vector.

        Raises:
            ValueError: the vector's length is not :attr:`names`' length.
        """
        x = np.asarray(descriptors, dtype=np.float64)
        if x.shape[-1] != len(self.names):
            raise ValueError(
                f"the mood model reads {len(self.names)} descriptors, got {x.shape[-1]}"
            )
        z = np.clip((x - self.mean) / self.scale, -Z_LIMIT, Z_LIMIT)
        total = np.zeros((*x.shape[:-1], 2))
        for layers in self.members:
            out = z
            for layer in layers:
                out = layer(out)
            if out.shape[-1] == 4:
                out = arousal_valence(out)
            total = total + out
        result: Array = np.clip(total / len(self.members), 0.0, 1.0)
        return result

    def to_json(self) -> dict[str, Any]:
        """The JSON document :meth:`from_json` reads (weights rounded to 6 significant digits)."""

        def rounded(a: Array) -> Any:
            return np.vectorize(lambda v: float(f"{v:.6g}"))(a).tolist() if a.size else a.tolist()

        return {
            "format": FORMAT,
            "names": list(self.names),
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "members": [
                [
                    {
                        "weights": rounded(layer.weights),
                        "bias": rounded(layer.bias),
                        "activation": layer.activation,
                    }
                    for layer in layers
                ]
                for layers in self.members
            ],
            "info": self.info,
        }

    @classmethod
    def from_json(cls, doc: Any) -> MoodModel:
        """A model from its JSON document.

        Raises:
            ValueError: the document is not a model of this format, or its shapes disagree.
        """
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} document")
        try:
            names = tuple(str(n) for n in doc["names"])
            mean = np.asarray(doc["mean"], dtype=np.float64)
            scale = np.asarray(doc["scale"], dtype=np.float64)
            members = []
            for member in doc["members"]:
                layers = []
                width = len(names)
                for spec in member:
                    weights = np.asarray(spec["weights"], dtype=np.float64)
                    bias = np.asarray(spec["bias"], dtype=np.float64)
                    activation = str(spec["activation"])
                    if activation not in _ACTIVATIONS:
                        raise ValueError(f"unknown activation {activation!r}")
                    if weights.shape != (width, len(bias)):
                        raise ValueError(f"layer weights {weights.shape} after width {width}")
                    width = len(bias)
                    layers.append(Layer(weights, bias, activation))
                if not layers or _OUTPUTS.get(layers[-1].activation) != width:
                    raise ValueError("a member must end in 2 sigmoid or 4 softmax outputs")
                members.append(tuple(layers))
            info = dict(doc.get("info", {}))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"malformed mood model: {exc!r}") from exc
        if mean.shape != (len(names),) or scale.shape != (len(names),) or not members:
            raise ValueError("the mood model's standardisation does not match its names")
        if not np.all(np.isfinite(scale)) or np.any(scale <= 0):
            raise ValueError("the mood model's scales must be positive")
        return cls(names, mean, scale, tuple(members), info)


def load_model(path: Path | None = None) -> MoodModel:
    """The model in ``path`` (default :data:`MODEL_PATH`), checked against today's descriptors.

    Raises:
        AudioAnalysisError: the file is missing, unreadable, or made for other descriptors
            (reinstall FaceMood, or retrain: ``python -m facemood.training.audio_model``).
    """
    path = MODEL_PATH if path is None else path
    try:
        model = MoodModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise AudioAnalysisError(
            f"The audio mood model {path} cannot be read",
            f"{exc}; reinstall FaceMood or retrain it (docs/audio.md)",
        ) from exc
    if model.names != DESCRIPTOR_NAMES:
        raise AudioAnalysisError(
            f"The audio mood model {path} was trained on other descriptors",
            "retrain it: python -m facemood.training.audio_model (docs/audio.md)",
        )
    return model
