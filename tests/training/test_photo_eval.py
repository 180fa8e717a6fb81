"""Accuracy on labelled full-face photos through the app's pipeline (the real model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from facemood.cli import main
from facemood.training.faceprep import EVAL_PERSON_CAP
from facemood.training.photo_eval import evaluate_photos, format_photo_report
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


@pytest.fixture
def manifest_photos(tmp_path: Path) -> Path:
    """Photos named by a manifest (file,label,identity), one row with a label outside the
    seven emotions, laid out in folders that say nothing."""
    rows = ["file,label,identity"]
    for person, identity in (("004", "Ada_L"), ("030", "Bo_K")):
        for label in ("happy", "neutral"):
            name = f"{identity}_{label}.jpg"
            shutil.copy(FACES_DIR / f"london_{person}_{label}.jpg", tmp_path / name)
            rows.append(f"{name},{label},{identity}")
    rows.append("Ada_L_happy.jpg,contempt,Ada_L")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n")
    return tmp_path


def test_a_manifest_gives_labels_identities_and_a_confusion_table(manifest_photos: Path) -> None:
    result = evaluate_photos(manifest_photos, mirror=False)
    assert (result.photos, result.skipped) == (4, 1)
    assert set(result.per_person) == {"Ada_L", "Bo_K"}
    assert {label: sum(row.values()) for label, row in result.confusion.items()} == {
        "happy": 2,
        "neutral": 2,
    }
    assert result.recall["neutral"] == result.confusion["neutral"].get("neutral", 0) / 2
    negative = sum(result.confusion["neutral"].get(e, 0) for e in ("angry", "fear", "sad")) / 2
    assert result.neutral_to_negative == negative


def test_the_command_reads_people_from_a_file(
    manifest_photos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = manifest_photos / "held-out.txt"  # not a photo: the manifest lists the photos
    people.write_text("Bo_K\n")
    argv = ["evaluate", "--photos", str(manifest_photos), "--people", f"@{people}", "--json"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["photos"] == 2 and set(report["per_person"]) == {"Bo_K"}
    assert report["skipped"] == 0  # the contempt row is Ada_L's
    assert "neutral_to_negative" in report and "confusion" in report
    assert main([*argv[:-1]]) == 0
    assert "resting faces read angry/fear/sad" in capsys.readouterr().out
    (manifest_photos / "manifest.csv").write_text("name,mood\nx.jpg,happy\n")
    assert main(argv) == 1
    assert "needs the columns file,label" in capsys.readouterr().err


def test_nobody_counts_for_more_than_the_person_cap(tmp_path: Path) -> None:
    # Ada_L: the same smile four times; Bo_K: a resting face labelled happy (a miss).
    rows = ["file,label,identity"]
    for i in range(4):
        shutil.copy(FACES_DIR / "london_004_happy.jpg", tmp_path / f"ada_{i}.jpg")
        rows.append(f"ada_{i}.jpg,happy,Ada_L")
    shutil.copy(FACES_DIR / "london_030_neutral.jpg", tmp_path / "bo.jpg")
    rows.append("bo.jpg,happy,Bo_K")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n")
    result = evaluate_photos(tmp_path, mirror=False)
    ada, bo = result.per_person["Ada_L"], result.per_person["Bo_K"]
    assert (ada, bo) == (1.0, 0.0)  # the premise: the two people are read differently
    assert result.recall["happy"] == pytest.approx((4 * ada + bo) / 5)
    assert EVAL_PERSON_CAP == 3
    assert result.recall_capped["happy"] == pytest.approx((3 * ada + bo) / 4)
    report = format_photo_report(result)
    assert "per photo / with nobody counting for more than 3 photos" in report
    assert "happy       80.0% /  75.0%" in report
