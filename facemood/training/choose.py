"""Choosing the model's output correction on held-out data only.

:func:`choose_output` takes a trained run and decides, without looking at PublicTest:

* whether faces are also scored mirrored (by held-out accuracy, FER and FER+ together,
  unless set: the mirrored pass doubles the time per face);
* the temperature, fitted on the held-out slice of Training (NLL of the FER+ majority);
* a log-probability offset of the neutral class, weighed on the held-out slice and on
  labelled full-face photos of people set aside for choosing (london_dev fold B1, or
  real_faces' R1): the offset with the best mean of held-out FER and FER+ accuracy, happy
  recall on smiles and neutral recall on resting faces, the one nearest 0 on a tie. The
  recalls weigh each person as at most ``EVAL_PERSON_CAP`` photos, so that four people
  with hundreds of photos do not decide for everyone. (Photos alone would pick a large
  offset that costs ten points of FER+: a mild smile gains, every doubtful face loses.)

It reports every candidate it weighed, so the model card can show the table.
This module imports TensorFlow (the ``facemood[train]`` extra); import it lazily.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from facemood.training.tfenv import prepare_tensorflow_env

prepare_tensorflow_env()

import keras  # noqa: E402  (TensorFlow's environment must be set first)

from facemood import paths  # noqa: E402
from facemood.core.types import EMOTIONS, Emotion  # noqa: E402
from facemood.training.calibration import (  # noqa: E402
    adjust,
    expected_calibration_error,
    fit_temperature,
)
from facemood.training.data import (  # noqa: E402
    DEFAULT_TRAIN,
    accuracies,
    ferplus_majority,
    load_npz,
)
from facemood.training.faceprep import (  # noqa: E402
    EVAL_PERSON_CAP,
    load_photos,
    person_weights,
    run_split,
)
from facemood.vision.crops import CropStyle  # noqa: E402

NEUTRAL_OFFSETS = (0.5, 0.25, 0.0, -0.25, -0.5, -0.75, -1.0, -1.25, -1.5)
"""Neutral offsets (nats) weighed: positive ones favour neutral over the other six."""
_HAPPY, _NEUTRAL = EMOTIONS.index(Emotion.HAPPY), EMOTIONS.index(Emotion.NEUTRAL)


@dataclass
class Choice:
    """What was chosen, and the evidence."""

    mirror: bool
    temperature: float
    neutral_offset: float
    holdout: dict[str, Any] = field(default_factory=dict)
    photos: list[dict[str, float]] = field(default_factory=list)

    @property
    def bias(self) -> tuple[float, ...]:
        """The seven offsets for :func:`~facemood.training.export.export_model`."""
        out = [0.0] * len(EMOTIONS)
        out[_NEUTRAL] = self.neutral_offset
        return tuple(out)


def _predict(model: Any, faces: np.ndarray, mirror: bool) -> np.ndarray:
    x = faces[..., None].astype(np.float32)
    probs = model.predict(x, batch_size=512, verbose=0)
    if mirror:
        probs = (probs + model.predict(x[:, :, ::-1], batch_size=512, verbose=0)) / 2
    return np.asarray(probs, dtype=np.float64)


def choose_output(
    run: Path,
    photos: Path | None,
    photo_people: set[str],
    train_data: Path = DEFAULT_TRAIN,
    *,
    mirror: bool | None = None,
) -> Choice:
    """Decide mirror (unless ``mirror`` is given, e.g. when the mirrored pass does not fit
    the time per face), temperature and the neutral offset for ``run/final.keras``; both
    mirror settings' held-out accuracy is reported either way."""
    config = json.loads((run / "config.json").read_text(encoding="utf-8"))
    style = CropStyle.parse(str(config.get("crop", "box")))
    model = keras.models.load_model(run / "final.keras")
    data = load_npz(train_data)
    if data.votes is None:
        raise ValueError(f"{train_data} has no FER+ votes; they decide the temperature")
    cut, _fit, held = run_split(
        data,
        style,
        float(config.get("holdout", 0.1)),
        int(config.get("holdout_seed", 2026)),
        paths.cache_dir(),
    )
    held_data = cut.subset(held)
    faces = held_data.images
    assert held_data.votes is not None
    majority = ferplus_majority(held_data.votes)
    ok = majority >= 0
    evidence: dict[str, Any] = {}
    best: tuple[float, bool] | None = None
    for mirrored in (False, True):
        fer, plus = accuracies(held_data, _predict(model, faces, mirrored))
        evidence[f"mirror={mirrored}"] = {"fer": fer, "ferplus": plus}
        if best is None or fer + plus > best[0]:
            best = (fer + plus, mirrored)
    assert best is not None
    if mirror is None:
        mirror = best[1]
    probs = _predict(model, faces, mirror)
    temperature = fit_temperature(probs[ok], majority[ok])
    evidence["temperature"] = temperature
    evidence["ece_ferplus"] = {
        "before": expected_calibration_error(probs[ok], majority[ok]),
        "after": expected_calibration_error(adjust(probs[ok], temperature), majority[ok]),
    }
    evidence["ece_fer"] = {
        "before": expected_calibration_error(probs, held_data.labels),
        "after": expected_calibration_error(adjust(probs, temperature), held_data.labels),
    }
    choice = Choice(mirror, temperature, 0.0, evidence)
    if photos is None:
        return choice
    chosen = load_photos(photos, style, copies=1, cache_dir=paths.cache_dir()).select(photo_people)
    photo_probs = _predict(model, chosen.images, mirror)
    weight = person_weights(chosen.person, chosen.photo, EVAL_PERSON_CAP)
    happy, neutral = chosen.labels == _HAPPY, chosen.labels == _NEUTRAL
    scored = []
    for offset in NEUTRAL_OFFSETS:
        bias = [0.0] * len(EMOTIONS)
        bias[_NEUTRAL] = offset
        pred = adjust(photo_probs, temperature, bias).argmax(1)
        row = {
            "neutral_offset": offset,
            "happy_recall": float(np.average(pred[happy] == _HAPPY, weights=weight[happy])),
            "neutral_recall": float(np.average(pred[neutral] == _NEUTRAL, weights=weight[neutral])),
        }
        row["holdout_fer"], row["holdout_ferplus"] = accuracies(
            held_data, adjust(probs, temperature, bias)
        )
        scored.append(row)
    choice.photos = scored
    evidence["person_cap"] = EVAL_PERSON_CAP

    def merit(r: dict[str, float]) -> tuple[float, float]:
        four = (r["holdout_fer"], r["holdout_ferplus"], r["happy_recall"], r["neutral_recall"])
        return round(sum(four) / 4, 4), -abs(r["neutral_offset"])  # on a tie, nearest 0

    best_row = max(scored, key=merit)
    choice.neutral_offset = float(best_row["neutral_offset"])
    return choice
