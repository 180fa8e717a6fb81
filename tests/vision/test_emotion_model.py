"""The exported emotion model at run time: real predictions, clear errors for bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from facemood.errors import ModelError
from facemood.vision.model import LABELS_FILE, EmotionModel, default_model_path

FER_VAL = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "fer2013" / "val.npz"


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled model folder."""
    src = default_model_path().parent
    for name in (default_model_path().name, default_model_path().name + ".sha256", LABELS_FILE):
        shutil.copy(src / name, tmp_path / name)
    return tmp_path / default_model_path().name


def test_bundled_model_reads_fer_faces_well_above_chance() -> None:
    with np.load(FER_VAL) as data:
        images, labels = data["images"][:400], data["labels"][:400]
    with EmotionModel.load() as model:
        probs = model.predict(images)
    assert probs.shape == (400, 7)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    assert (probs.argmax(axis=1) == labels).mean() > 0.55  # chance is 0.25 (always "happy")


def test_batch_and_single_predictions_agree() -> None:
    with np.load(FER_VAL) as data:
        images = data["images"][:3]
    with EmotionModel.load() as model:
        batch = model.predict(images)
        single = np.concatenate([model.predict(img) for img in images])
    np.testing.assert_allclose(batch, single, atol=1e-5)


def test_wrong_shape_is_refused() -> None:
    with EmotionModel.load() as model, pytest.raises(ValueError, match="48"):
        model.predict(np.zeros((2, 64, 64), np.uint8))


def test_missing_model_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing") as err:
        EmotionModel.load(tmp_path / "emotion.tflite")
    assert "Reinstall" in err.value.detail


def test_corrupt_model_is_caught_by_its_checksum(model_copy: Path) -> None:
    data = bytearray(model_copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_copy.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt"):
        EmotionModel.load(model_copy)


def test_garbage_model_without_checksum_is_a_model_error(model_copy: Path) -> None:
    model_copy.with_name(model_copy.name + ".sha256").unlink()
    model_copy.write_bytes(b"this is not a flatbuffer")
    with pytest.raises(ModelError, match="could not be loaded"):
        EmotionModel.load(model_copy)


def test_mismatched_labels_are_refused(model_copy: Path) -> None:
    (model_copy.parent / LABELS_FILE).write_text('{"labels": ["happy", "sad"]}')
    with pytest.raises(ModelError, match="labels do not match"):
        EmotionModel.load(model_copy)
