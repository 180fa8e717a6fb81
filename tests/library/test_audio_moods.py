"""Audio estimates as the last mood source: precedence, JSON, the setting, tags, playlists."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from facemood.audio.store import AudioStore
from facemood.cli import main
from facemood.core.playlist import FeedbackStore, Playlist
from facemood.core.types import MusicMood
from facemood.library import LibraryIndex, MoodSource, scan_library
from facemood.library.audio_moods import (
    apply_audio_moods,
    audio_analysis,
    estimate_moods,
    write_estimates_as_tags,
)
from facemood.settings import Settings, save_settings, with_value
from tests.audio.synth import clicks, progression
from tests.helpers.audio import open_store
from tests.library.audio_helpers import MakeAudio, encode_samples, rate_for, write_tags


def _loud_fast(path: Path) -> Path:
    rate = rate_for(path)
    beat = clicks(170, 8.0, rate)
    noise = np.random.default_rng(0).standard_normal(len(beat)).astype(np.float32)
    return encode_samples(path, np.clip(beat * 1.6 + 0.05 * noise, -1, 1))


def _soft_slow(path: Path) -> Path:
    rate = rate_for(path)
    return encode_samples(path, 0.05 * progression(57, "minor", 8.0, rate))


def _library(root: Path, make_audio: MakeAudio) -> dict[str, Path]:
    files = {
        "loud": _loud_fast(root / "loud.flac"),
        "soft": _soft_slow(root / "soft.ogg"),
        "tagged": _soft_slow(root / "tagged.mp3"),
        "folder": _loud_fast(root / "Calm" / "in-calm.flac"),
        "tiny": make_audio(root / "tiny.wav", 0.3),
    }
    write_tags(files["tagged"], mood="happy")
    return files


def test_untagged_tracks_get_audio_moods_after_the_other_sources(
    tmp_path: Path, make_audio: MakeAudio
) -> None:
    files = _library(tmp_path, make_audio)
    result = scan_library(tmp_path)
    with open_store(":memory:") as store:
        assert apply_audio_moods(result, store) == result  # nothing analysed yet
        job = audio_analysis(result, store)
        assert job.total == 3  # loud, soft, tiny: tagged and folder tracks are not analysed
        estimated = estimate_moods(result, store)
    tracks = {t.path: t for t in estimated.tracks}
    assert tracks[files["tagged"]].mood_source is MoodSource.TAG
    assert tracks[files["folder"]].mood_source is MoodSource.FOLDER
    loud, soft = tracks[files["loud"]], tracks[files["soft"]]
    assert loud.mood_source is soft.mood_source is MoodSource.AUDIO
    assert loud.audio is not None and soft.audio is not None
    assert loud.audio.arousal > soft.audio.arousal
    assert loud.mood in (MusicMood.ENERGETIC, MusicMood.AGGRESSIVE, MusicMood.HAPPY)
    assert soft.mood in (MusicMood.CALM, MusicMood.SAD)
    tiny = tracks[files["tiny"]]
    assert tiny.mood is None and tiny.audio is None
    assert tiny.audio_problem is not None and tiny.audio_problem.startswith(
        "not analysed: too short"
    )


def test_estimated_tracks_play_for_their_mood(tmp_path: Path, make_audio: MakeAudio) -> None:
    _library(tmp_path, make_audio)
    with open_store(":memory:") as store:
        result = estimate_moods(scan_library(tmp_path), store)
    playlist = Playlist(result.tracks)
    loud = next(t for t in result.tracks if t.path.name == "loud.flac")
    assert loud.mood is not None and loud in playlist.tracks(loud.mood)
    pick = playlist.next(loud.mood)
    assert pick is not None and not pick.untagged and pick.mood is loud.mood
    assert playlist.counts()[None] == 1  # only the track too short to analyse


def test_scan_json_reports_audio_estimates(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    _library(tmp_path, make_audio)
    assert main(["library", "scan", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    by_path = {t["path"]: t for t in doc["tracks"]}
    loud = by_path["loud.flac"]
    assert loud["mood_source"] == "audio"
    assert set(loud["audio"]) == {"arousal", "valence", "confidence", "tempo", "mode"}
    assert loud["audio"]["tempo"] == pytest.approx(170, rel=0.03)
    assert "audio" not in by_path["tagged.mp3"]
    assert by_path["tiny.wav"]["mood"] is None
    assert by_path["tiny.wav"]["audio_problem"].startswith("not analysed: too short")

    assert main(["library", "scan", str(tmp_path), "--json", "--no-audio"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert all("audio" not in t for t in plain["tracks"])
    assert {t["path"] for t in plain["tracks"] if t["mood"] is None} == {
        "loud.flac",
        "soft.ogg",
        "tiny.wav",
    }


def test_setting_turns_estimates_off(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    _loud_fast(tmp_path / "loud.flac")
    save_settings(with_value(Settings(), "library.audio_moods", False))
    assert main(["library", "scan", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tracks"][0]["mood_source"] is None


def test_scan_shows_analysis_progress_and_caches_it(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    _library(tmp_path, make_audio)
    assert main(["library", "scan", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "Analysing audio [" in err and "3/3" in err
    assert "(2 of these moods estimated from the audio)" in out
    assert "Untagged, no estimate: 1 not analysed: too short" in out
    assert main(["library", "scan", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "Analysing audio" not in err  # everything came from the index
    assert "(2 of these moods estimated from the audio)" in out
    with LibraryIndex() as index:
        store = AudioStore(index)
        assert len(store) == 3


def test_write_estimates_as_tags(tmp_path: Path, make_audio: MakeAudio) -> None:
    files = _library(tmp_path, make_audio)
    with open_store(":memory:") as store:
        result = estimate_moods(scan_library(tmp_path), store)
    written = write_estimates_as_tags(result.tracks)
    # Only the two estimates are written; tag, folder and unanalysed tracks are left alone.
    assert sorted(w.path.name for w in written) == ["loud.flac", "soft.ogg"]
    assert all(w.error is None for w in written)
    before = {t.path: t.mood for t in result.tracks}
    rescanned = {t.path: t for t in scan_library(tmp_path).tracks}
    for name in ("loud", "soft"):
        track = rescanned[files[name]]
        assert track.mood_source is MoodSource.TAG and track.mood == before[files[name]]


def test_likes_and_skips_are_evidence_for_the_estimate(
    tmp_path: Path, make_audio: MakeAudio
) -> None:
    """Skipping an estimated track under its mood moves it; a tagged track never moves."""
    files = _library(tmp_path, make_audio)
    feedback = FeedbackStore()
    with open_store(":memory:") as store:
        result = estimate_moods(scan_library(tmp_path), store)
        loud = next(t for t in result.tracks if t.path == files["loud"])
        assert loud.mood is not None and loud.audio is not None
        assert apply_audio_moods(result, store, feedback.evidence) == result  # no feedback
        for _ in range(8):
            feedback.record_skip(str(files["loud"]), loud.mood)
            feedback.record_skip(str(files["tagged"]), MusicMood.HAPPY)
        moved = {t.path: t for t in apply_audio_moods(result, store, feedback.evidence).tracks}
        for _ in range(10):
            feedback.record_like(str(files["loud"]), loud.mood)
        back = {t.path: t for t in apply_audio_moods(result, store, feedback.evidence).tracks}
    skipped = moved[files["loud"]]
    assert skipped.mood is not loud.mood and skipped.mood_source is MoodSource.AUDIO
    assert skipped.audio is not None
    assert skipped.audio.arousal == loud.audio.arousal  # the audio says the same
    assert moved[files["tagged"]].mood is MusicMood.HAPPY  # the user's tag wins
    assert back[files["loud"]].mood is loud.mood  # net likes: back, and surer
    back_audio = back[files["loud"]].audio
    assert back_audio is not None and back_audio.confidence >= loud.audio.confidence
