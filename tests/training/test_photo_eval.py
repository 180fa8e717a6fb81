"""Accuracy on labelled full-face photos through the app's pipeline (the real model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from facemood.cli import main
from facemood.training.photo_eval import evaluate_photos
from tests.helpers.clips import FACES_DIR

MODEL = Path(__file__).resolve().parents[2] / "models" / "emotion.tflite"
pytestmark = pytest.mark.skipif(not MODEL.is_file(), reason="models/emotion.tflite not built yet")


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    for label in ("happy", "neutral"):
        (tmp_path / label).mkdir()
        for person in ("004", "030"):
            shutil.copy(FACES_DIR / f"london_{person}_{label}.jpg", tmp_path / label)
    (tmp_path / "neutral" / "notes.txt").write_text("not a photo")
    (tmp_path / "unlabelled").mkdir()
    return tmp_path


def test_photos_are_scored_per_class_and_per_person(photos: Path) -> None:
    result = evaluate_photos(photos)
    assert (result.photos, result.faces_found) == (4, 4)
    assert set(result.recall) == {"happy", "neutral"}
    assert set(result.per_person) == {"004", "030"}
    assert result.accuracy == pytest.approx(1 - len(result.wrong) / 4)
    only = evaluate_photos(photos, people={"030"})
    assert only.photos == 2 and set(only.per_person) == {"030"}


def test_the_command_reports_json(photos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--photos", str(photos), "--json", "--no-mirror"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["photos"] == 4 and 0.0 <= report["accuracy"] <= 1.0
    assert main(["evaluate", "--photos", str(photos / "unlabelled")]) == 1
    assert "no labelled photos" in capsys.readouterr().err
