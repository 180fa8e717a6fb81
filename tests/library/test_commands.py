"""``facemood library scan|tag`` (app/commands/library.py) through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facemood.cli import main
from facemood.library import default_index_path
from tests.library.audio_helpers import MakeAudio


def test_scan_json(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    make_audio(tmp_path / "Calm" / "a.ogg", title="Ä")
    (tmp_path / "cover.png").write_bytes(b"\x89PNG")
    assert main(["library", "scan", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["tracks"][0]["path"] == "Calm/a.ogg"
    assert doc["tracks"][0]["mood"] == "calm"
    assert doc["tracks"][0]["mood_source"] == "folder"
    assert doc["tracks"][0]["title"] == "Ä"
    assert doc["skipped"] == [{"path": "cover.png", "reason": "not audio"}]
    assert "Scanning [" in err and "2/2" in err  # progress goes to stderr, beside the JSON
    assert "facemood library scan:" not in err  # and nothing else


def test_scan_summary(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    make_audio(tmp_path / "a.mp3", mood="happy")
    make_audio(tmp_path / "b.mp3")
    assert main(["library", "scan", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "2 tracks, 0 skipped" in out
    assert "happy" in out and "untagged" in out
    assert "Scanning [" in err and "2/2" in err
    assert main(["library", "scan", str(tmp_path)]) == 0
    assert "2 from the index" in capsys.readouterr().out


def test_scan_missing_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "scan", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_tag(tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]) -> None:
    good = make_audio(tmp_path / "a.flac")
    bad = tmp_path / "b.mp3"
    bad.write_text("text")
    assert main(["library", "tag", str(good), str(bad), "--mood", "Mellow"]) == 1
    out, err = capsys.readouterr()
    assert f"tagged calm: {good}" in out
    assert "b.mp3" in err and "not an audio file" in err
    assert main(["library", "scan", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["tracks"][0]["mood"] == "calm"
    assert main(["library", "tag", str(good), "--mood", "sleepy"]) == 2


def test_scan_defaults_to_setting_then_demo(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", "scan", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["tracks"]) == 15  # the demo library

    from facemood.settings import load_settings, save_settings, with_value

    settings, _ = load_settings()
    save_settings(with_value(settings, "music.library_dir", str(tmp_path)))
    make_audio(tmp_path / "mine.ogg", mood="sad")
    assert main(["library", "scan", "--json"]) == 0
    assert [t["path"] for t in json.loads(capsys.readouterr().out)["tracks"]] == ["mine.ogg"]


def test_scan_reports_a_rebuilt_index_once(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    make_audio(tmp_path / "a.ogg")
    index = default_index_path()
    index.parent.mkdir(parents=True)
    index.write_bytes(b"not a database" * 300)
    assert main(["library", "scan", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "1 tracks" in out
    assert "facemood library scan: The library index was damaged" in err
    assert main(["library", "scan", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "1 from the index" in out and "damaged" not in err
