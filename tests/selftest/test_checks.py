"""The self-test's checks, unfrozen: library, playback, samples manifest, the command."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from facemood.core.types import EMOTIONS
from facemood.playback import PlayerError
from facemood.selftest import checks
from facemood.selftest.checks import SelfTestOptions
from facemood.selftest.report import CheckResult, CheckStatus
from tests.helpers.audio import write_wav

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A tiny library: one 4 s track in a mood folder, one README."""
    root = tmp_path / "music"
    write_wav(root / "happy" / "tone.wav", 4.0)
    (root / "README.txt").write_text("not audio")
    return root


def test_samples_manifest_lists_shipped_photos_with_known_emotions() -> None:
    folder = ROOT / "resources" / "samples"
    with open(folder / checks.SAMPLES_MANIFEST, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 2
    assert {row["expression"] for row in rows} <= {e.value for e in EMOTIONS}
    for row in rows:
        data = (folder / row["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["file"]
    assert (folder / "ATTRIBUTION.md").is_file()


def test_library_check(library: Path) -> None:
    result = checks.check_library(SelfTestOptions(library_dir=library))
    assert result.status is CheckStatus.PASSED, result
    assert result.data["first"] == str(library / "happy" / "tone.wav")


def test_library_check_fails_without_tagged_tracks(tmp_path: Path) -> None:
    write_wav(tmp_path / "untagged.wav", 4.0)
    result = checks.check_library(SelfTestOptions(library_dir=tmp_path))
    assert result.status is CheckStatus.FAILED


def test_audio_check_analyses_a_track_in_the_background_process(library: Path) -> None:
    result = checks.check_audio(
        SelfTestOptions(library_dir=library), str(library / "happy" / "tone.wav")
    )
    assert result.status is CheckStatus.PASSED, result
    assert "BPM" in result.summary and "· estimated" in result.summary  # the learnt model ran


def test_audio_check_fails_without_the_mood_model(
    library: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from facemood.audio import model

    monkeypatch.setattr(model, "MODEL_PATH", tmp_path / "missing.json")
    result = checks.check_audio(
        SelfTestOptions(library_dir=library), str(library / "happy" / "tone.wav")
    )
    assert result.status is CheckStatus.FAILED
    assert "missing.json" in result.summary


def test_audio_check_fails_on_an_undecodable_track(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF" + b"\x00" * 100)
    result = checks.check_audio(SelfTestOptions(library_dir=tmp_path), str(bad))
    assert result.status is CheckStatus.FAILED
    assert "not analysed" in result.summary


def test_playback_check_plays_a_second(library: Path) -> None:
    options = SelfTestOptions(library_dir=library)
    result = checks.check_playback(options, str(library / "happy" / "tone.wav"))
    if result.status is CheckStatus.SKIPPED:
        pytest.skip(f"no libVLC here: {result.summary}")
    assert result.status is CheckStatus.PASSED, result
    assert result.data["position"] >= 1.0


def test_bundled_vlc_required_but_not_frozen_fails(library: Path) -> None:
    options = SelfTestOptions(library_dir=library, require_vlc="bundled")
    result = checks.check_playback(options, str(library / "happy" / "tone.wav"))
    assert result.status is CheckStatus.FAILED


@pytest.mark.parametrize(("require", "status"), [("no", "skipped"), ("yes", "failed")])
def test_missing_vlc(monkeypatch: pytest.MonkeyPatch, require: str, status: str) -> None:
    def no_vlc(*_args: object, **_kwargs: object) -> None:
        raise PlayerError("VLC is not installed", "install it")

    monkeypatch.setattr("facemood.playback.create_player", no_vlc)
    result = checks.check_playback(SelfTestOptions(require_vlc=require), "x.wav")
    assert result.status.value == status
    assert "install" in " ".join(result.details).lower()


def test_a_check_that_exits_is_reported_not_fatal() -> None:
    """python-vlc calls sys.exit on a bad PYTHON_VLC_LIB_PATH; the report must survive."""

    def exits() -> CheckResult:
        raise SystemExit(1)

    result = checks._checked("playback", exits)
    assert result.status is CheckStatus.FAILED


def test_command_runs_unfrozen(library: Path, tmp_path: Path) -> None:
    """``facemood self-test --json`` end to end, in its own process, as users run it."""
    done = subprocess.run(
        [sys.executable, "-m", "facemood", "self-test", "--json", "--library", str(library)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    report = json.loads(done.stdout)
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    assert report["facts"]["frozen"] is False
    assert statuses["library"] == "passed"
    assert statuses["audio"] == "passed", report
    assert statuses["qt"] == "passed", report
    assert statuses["playback"] in ("passed", "skipped")
    assert statuses["model"] == "passed"
    assert statuses["samples"] == "passed", report
    assert done.returncode == (0 if report["ok"] else 1)
