"""Accuracy on labelled full-face photos, through the app's own pipeline.

``DIR/<emotion>/*.jpg`` (london_dev's ``happy/`` and ``neutral/``, or any set laid out
so): every photo is read as the app reads a dropped photo (detector, the model's crop
style, the model), and compared with its folder's emotion. Reported per class (recall),
per person (the number in a file name) and over all; ``--people`` keeps some people only,
to report on people a model was not trained on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from facemood.core.types import EMOTIONS, Emotion
from facemood.training.faceprep import person_of
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import Frame, read_image

_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp")


@dataclass(frozen=True)
class PhotoEvaluation:
    """Results on a folder of labelled photos.

    Attributes:
        photos: photos read.
        faces_found: photos where a face was found.
        accuracy: share read as their label (a photo without a face counts as wrong).
        recall: per label present, the share read as that label.
        per_person: per person, the share of their photos read right.
        wrong: ``(file name, label, read as)`` of every miss.
    """

    photos: int
    faces_found: int
    accuracy: float
    recall: dict[str, float]
    per_person: dict[str, float]
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "photos": self.photos,
            "faces_found": self.faces_found,
            "accuracy": self.accuracy,
            "recall": self.recall,
            "per_person": self.per_person,
            "wrong": self.wrong,
        }


def labelled_photos(folder: Path, people: set[str] | None = None) -> list[tuple[Path, Emotion]]:
    """``(photo, label)`` for every photo under ``folder/<emotion>/``, sorted."""
    names = {e.value: e for e in EMOTIONS}
    out = []
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or sub.name not in names:
            continue
        for path in sorted(sub.iterdir()):
            if path.suffix.lower() in _SUFFIXES and (people is None or person_of(path) in people):
                out.append((path, names[sub.name]))
    return out


def evaluate_photos(
    folder: Path,
    model_path: Path | None = None,
    *,
    mirror: bool | None = None,
    people: set[str] | None = None,
) -> PhotoEvaluation:
    """Read every labelled photo with the app's pipeline and score it.

    Raises:
        FileNotFoundError: no labelled photos.
        ModelError: the model cannot be loaded.
    """
    photos = labelled_photos(folder, people)
    if not photos:
        raise FileNotFoundError(f"no labelled photos in {folder}/<emotion>/")
    right: dict[str, list[bool]] = {}
    by_person: dict[str, list[bool]] = {}
    wrong = []
    found = 0
    with Pipeline.create(model_path=model_path, mirror=mirror) as pipeline:
        for i, (path, label) in enumerate(photos):
            analysis = pipeline.analyze(Frame(i, float(i), read_image(path), str(path)))
            read = analysis.primary.top() if analysis.primary is not None else None
            found += read is not None
            ok = read is label
            right.setdefault(label.value, []).append(ok)
            by_person.setdefault(person_of(path), []).append(ok)
            if not ok:
                wrong.append((path.name, label.value, read.value if read else "no face"))
    every = [ok for oks in right.values() for ok in oks]
    return PhotoEvaluation(
        photos=len(photos),
        faces_found=found,
        accuracy=float(np.mean(every)),
        recall={label: float(np.mean(oks)) for label, oks in right.items()},
        per_person={p: float(np.mean(oks)) for p, oks in sorted(by_person.items())},
        wrong=wrong,
    )


def format_photo_report(ev: PhotoEvaluation) -> str:
    """A readable summary."""
    lines = [
        f"photos: {ev.photos} (a face found in {ev.faces_found})",
        f"accuracy: {ev.accuracy:.1%}",
    ]
    lines += [f"  {label:<10} recall {r:.1%}" for label, r in ev.recall.items()]
    lines.append(f"wrong ({len(ev.wrong)}): " + ", ".join(f"{n} ({r})" for n, _l, r in ev.wrong))
    return "\n".join(lines)
