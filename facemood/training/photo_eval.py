"""Accuracy on labelled full-face photos, through the app's own pipeline.

A folder of photos labelled in one of two ways:

* ``manifest.csv`` with columns ``file,label[,identity]`` (file paths relative to the
  folder; rows whose label is not one of the seven emotions are skipped and counted), or
* ``DIR/<emotion>/*.jpg`` (london_dev's ``happy/`` and ``neutral/``), the person being
  the first number in a file name.

Every photo is read as the app reads a dropped photo (detector, the model's crop style,
the model) and compared with its label. Reported per class (recall), as a confusion
table, as the share of resting faces read as a negative emotion (angry, fear, sad: the
error a user feels most), per person and over all; ``people`` keeps some people only, to
report on people a model was not trained on.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from facemood.core.types import EMOTIONS, Emotion
from facemood.training.faceprep import EVAL_PERSON_CAP, person_of, person_weights
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import Frame, read_image

_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp")
NEGATIVE = (Emotion.ANGRY, Emotion.FEAR, Emotion.SAD)
"""What a resting face must not read as."""
NO_FACE = "no face"


@dataclass(frozen=True)
class LabelledPhoto:
    """A photo, its label and the person in it."""

    path: Path
    label: Emotion
    person: str


@dataclass(frozen=True)
class PhotoEvaluation:
    """Results on a folder of labelled photos.

    Attributes:
        photos: photos read.
        faces_found: photos where a face was found.
        accuracy: share read as their label (a photo without a face counts as wrong).
        recall: per label present, the share read as that label.
        recall_capped: the same with nobody counting for more than ``EVAL_PERSON_CAP``
            photos (real_faces has people with hundreds).
        per_person: per person, the share of their photos read right.
        confusion: per label present, how many photos were read as each emotion (or
            ``"no face"``).
        neutral_to_negative: share of resting (neutral) faces read as angry, fear or sad;
            None without neutral photos.
        skipped: manifest rows with a label that is not one of the seven emotions.
        wrong: ``(file name, label, read as)`` of every miss.
    """

    photos: int
    faces_found: int
    accuracy: float
    recall: dict[str, float]
    recall_capped: dict[str, float]
    per_person: dict[str, float]
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    neutral_to_negative: float | None = None
    skipped: int = 0
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "photos": self.photos,
            "faces_found": self.faces_found,
            "accuracy": self.accuracy,
            "recall": self.recall,
            "recall_capped": self.recall_capped,
            "person_cap": EVAL_PERSON_CAP,
            "neutral_to_negative": self.neutral_to_negative,
            "confusion": self.confusion,
            "skipped": self.skipped,
            "per_person": self.per_person,
            "wrong": self.wrong,
        }


def labelled_photos(
    folder: Path, people: set[str] | None = None
) -> tuple[list[LabelledPhoto], int]:
    """Every labelled photo of ``folder`` (of ``people`` only, if given), sorted, and the
    number of manifest rows skipped for a label outside the seven emotions."""
    manifest = folder / "manifest.csv"
    if manifest.is_file():
        found, unlabelled = _from_manifest(folder, manifest)
    else:
        found, unlabelled = _from_folders(folder), []
    chosen = [p for p in found if people is None or p.person in people]
    skipped = sum(people is None or person in people for person in unlabelled)
    return sorted(chosen, key=lambda p: p.path), skipped


def _from_manifest(folder: Path, manifest: Path) -> tuple[list[LabelledPhoto], list[str]]:
    """The photos with one of the seven labels, and the person of every other row."""
    names = {e.value: e for e in EMOTIONS}
    with manifest.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not {"file", "label"} <= set(reader.fieldnames or ()):
            raise ValueError(f"{manifest} needs the columns file,label[,identity]")
        rows = list(reader)
    out, unlabelled = [], []
    for row in rows:
        label = names.get(row["label"].strip().lower())
        path = folder / row["file"]
        person = row.get("identity") or person_of(path)
        if label is None:
            unlabelled.append(person)
        else:
            out.append(LabelledPhoto(path, label, person))
    return out, unlabelled


def _from_folders(folder: Path) -> list[LabelledPhoto]:
    names = {e.value: e for e in EMOTIONS}
    return [
        LabelledPhoto(path, names[sub.name], person_of(path))
        for sub in folder.iterdir()
        if sub.is_dir() and sub.name in names
        for path in sub.iterdir()
        if path.suffix.lower() in _SUFFIXES
    ]


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
    photos, skipped = labelled_photos(folder, people)
    if not photos:
        raise FileNotFoundError(
            f"no labelled photos in {folder} (manifest.csv or <emotion>/ folders)"
        )
    by_person: dict[str, list[bool]] = {}
    confusion: dict[str, dict[str, int]] = {}
    wrong = []
    hits = []
    found = 0
    with Pipeline.create(model_path=model_path, mirror=mirror) as pipeline:
        for i, photo in enumerate(photos):
            analysis = pipeline.analyze(Frame(i, float(i), read_image(photo.path), str(photo.path)))
            read = analysis.primary.top() if analysis.primary is not None else None
            found += read is not None
            ok = read is photo.label
            hits.append(ok)
            label = photo.label.value
            by_person.setdefault(photo.person, []).append(ok)
            row = confusion.setdefault(label, {})
            said = read.value if read else NO_FACE
            row[said] = row.get(said, 0) + 1
            if not ok:
                wrong.append((photo.path.name, label, said))
    hit = np.array(hits)
    labels = np.array([p.label.value for p in photos])
    weight = person_weights([p.person for p in photos], np.arange(len(photos)), EVAL_PERSON_CAP)
    present = list(confusion)  # the labels in the order they first came
    resting = confusion.get(Emotion.NEUTRAL.value)
    negative = (
        sum(resting.get(e.value, 0) for e in NEGATIVE) / sum(resting.values()) if resting else None
    )
    return PhotoEvaluation(
        photos=len(photos),
        faces_found=found,
        accuracy=float(hit.mean()),
        recall={label: float(hit[labels == label].mean()) for label in present},
        recall_capped={
            label: float(np.average(hit[labels == label], weights=weight[labels == label]))
            for label in present
        },
        per_person={p: float(np.mean(oks)) for p, oks in sorted(by_person.items())},
        confusion=confusion,
        neutral_to_negative=negative,
        skipped=skipped,
        wrong=wrong,
    )


def format_photo_report(ev: PhotoEvaluation) -> str:
    """A readable summary: accuracy, recall per class, the confusion table."""
    lines = [
        f"photos: {ev.photos} (a face found in {ev.faces_found})"
        + (
            f", {ev.skipped} manifest rows skipped (not one of the seven emotions)"
            if ev.skipped
            else ""
        ),
        f"accuracy: {ev.accuracy:.1%}",
    ]
    lines.append(
        f"recall per class: per photo / with nobody counting for more than "
        f"{EVAL_PERSON_CAP:g} photos"
    )
    lines += [
        f"  {label:<10} {r:6.1%} / {ev.recall_capped[label]:6.1%}" for label, r in ev.recall.items()
    ]
    if ev.neutral_to_negative is not None:
        lines.append(f"resting faces read angry/fear/sad: {ev.neutral_to_negative:.1%}")
    columns = [e.value for e in EMOTIONS] + [NO_FACE]
    lines.append("confusion (rows: label, columns: read as)")
    lines.append(" " * 10 + "".join(f"{c[:8]:>9}" for c in columns))
    for label, row in ev.confusion.items():
        lines.append(f"{label:<10}" + "".join(f"{row.get(c, 0):>9}" for c in columns))
    return "\n".join(lines)
