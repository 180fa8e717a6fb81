"""``facemood analyze`` and ``facemood bench`` output (with a fake emotion model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from facemood import cli
from facemood.core.types import EMOTIONS
from tests.helpers.clips import FACES_DIR, Segment, write_clip
from tests.helpers.models import FakeEmotionModel

EMOTION_NAMES = {e.value for e in EMOTIONS}


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch) -> FakeEmotionModel:
    model = FakeEmotionModel([0.02, 0.0, 0.02, 0.8, 0.02, 0.04, 0.1])
    monkeypatch.setattr(
        "facemood.vision.model.EmotionModel.load", classmethod(lambda cls, *a, **k: model)
    )
    return model


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _check_face(face: dict[str, Any]) -> None:
    assert len(face["box"]) == 4 and all(isinstance(v, int) for v in face["box"])
    assert set(face["probs"]) == EMOTION_NAMES
    assert sum(face["probs"].values()) == pytest.approx(1.0, abs=1e-3)


def test_analyze_folder_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("london_004_happy.jpg", "grace_hopper.jpg"):
        shutil.copy(FACES_DIR / name, tmp_path / name)
    (tmp_path / "blank.png").write_bytes(b"junk")
    assert cli.main(["analyze", str(tmp_path), "--json"]) == 0
    lines = _lines(capsys.readouterr().out)
    frames, summary = lines[:-1], lines[-1]["summary"]
    assert [Path(f["path"]).name for f in frames] == ["grace_hopper.jpg", "london_004_happy.jpg"]
    for f in frames:
        assert set(f) == {"frame", "t", "path", "faces", "smoothed", "mood"}
        assert len(f["faces"]) == 1
        _check_face(f["faces"][0])
        assert f["smoothed"] is None and f["mood"] == "happy"
    assert summary["frames"] == 2 and summary["frames_with_face"] == 2
    assert set(summary["stages_ms"]) == {"decode", "detect", "crop", "classify", "smooth"}
    assert summary["skipped"] and summary["skipped"][0].endswith("blank.png")
    assert summary["fps"] > 0 and summary["detector"] == "blazeface"


def test_analyze_video_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clip = tmp_path / "c.avi"
    write_clip(clip, [Segment(FACES_DIR / "london_030_happy.jpg", 2.0, "happy")], fps=10)
    assert cli.main(["analyze", str(clip), "--json", "--no-settings"]) == 0
    lines = _lines(capsys.readouterr().out)
    frames, summary = lines[:-1], lines[-1]["summary"]
    assert len(frames) == 20 and summary["frames"] == 20
    assert [f["frame"] for f in frames] == list(range(20))
    assert frames[0]["smoothed"] is not None and set(frames[0]["smoothed"]) == EMOTION_NAMES
    assert frames[0]["mood"] is None and frames[-1]["mood"] == "happy"
    assert all(f["path"] is None for f in frames)
    assert frames[-1]["t"] == pytest.approx(1.9, abs=0.01)
    assert summary["mood_changes"] == 0  # the first mood is not a change
    assert summary["changes"][-1]["mood"] == "happy"


def test_analyze_table_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analyze", str(FACES_DIR / "grace_hopper.jpg")]) == 0
    out = capsys.readouterr().out
    assert "grace_hopper.jpg" in out and "happy" in out and "fps" in out
    assert cli.main(["analyze", str(tmp_path / "missing.avi")]) == 1
    assert "Not found" in capsys.readouterr().err


def test_bench_json(capsys: pytest.CaptureFixture[str]) -> None:
    photo = str(FACES_DIR / "london_004_neutral.jpg")
    assert cli.main(["bench", photo, "--json", "--repeat", "12"]) == 0
    summary = _lines(capsys.readouterr().out)[-1]["summary"]
    assert summary["frames"] == 11  # the first frame warms up, untimed
    assert summary["threads"] == 1 and summary["fps"] > 0
    assert set(summary["stages_ms"]) == set(summary["stages_p95_ms"])
    assert summary["pipeline_ms"] > 0


def test_bench_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", str(FACES_DIR / "grace_hopper.jpg"), "--repeat", "3"]) == 0
    out = capsys.readouterr().out
    assert "sustained" in out and "classify" in out


def test_a_source_with_no_readable_frame_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_text("not an image")
    assert cli.main(["analyze", str(fake), "--json"]) == 1
    assert cli.main(["bench", str(fake)]) == 1
    assert "no readable frames in photo.jpg" in capsys.readouterr().err


def test_settings_warnings_reach_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from facemood.settings import settings_path

    settings = settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"mood": {"margin": 7}}', encoding="utf-8")
    assert cli.main(["bench", str(FACES_DIR / "grace_hopper.jpg"), "--repeat", "2"]) == 0
    err = capsys.readouterr().err
    assert "facemood bench: Setting mood.margin must be between 0.0 and 1.0" in err
