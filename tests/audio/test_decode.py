"""Decoding excerpts from real files of every kind, and the files that cannot be decoded."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from facemood.audio.decode import Decoder, VlcDecoder, to_mono_rate
from facemood.audio.types import AnalysisError, AnalysisProblem

av = pytest.importorskip("av", reason="PyAV encodes the test audio (pip install av)")

from tests.library.audio_helpers import encode_samples, rate_for  # noqa: E402

LIBSNDFILE_KINDS = ("mp3", "ogg", "opus", "flac", "wav", "aiff")
VLC_KINDS = ("m4a", "wma", "aac", "wv")


def _needs_vlc() -> None:
    vlc = VlcDecoder()
    if not vlc._load():
        pytest.skip(f"libVLC is not available: {vlc.missing}")
    vlc.close()


def _three_tones(path: Path, part_s: float = 4.0) -> Path:
    """``part_s`` seconds each of 300, 600 and 1200 Hz: the middle part is 600 Hz."""
    rate = rate_for(path)
    t = np.arange(int(part_s * rate)) / rate
    parts = [0.3 * np.sin(2 * np.pi * f * t) for f in (300.0, 600.0, 1200.0)]
    return encode_samples(path, np.concatenate(parts).astype(np.float32))


def _dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("kind", LIBSNDFILE_KINDS + VLC_KINDS)
def test_middle_excerpt_at_a_low_rate(tmp_path: Path, kind: str) -> None:
    if kind in VLC_KINDS:
        _needs_vlc()
    path = _three_tones(tmp_path / f"t.{kind}")
    decoder = Decoder(seconds=3.5)
    try:
        excerpt = decoder.decode(path, duration=12.0)
    finally:
        decoder.close()
    assert excerpt.decoder == ("libVLC" if kind in VLC_KINDS else "libsndfile")
    assert excerpt.rate in (11025, 12000)
    assert excerpt.seconds == pytest.approx(3.5, abs=0.15)
    assert _dominant_hz(excerpt.samples, excerpt.rate) == pytest.approx(600, abs=10)
    rms = float(np.sqrt(np.mean(excerpt.samples**2)))
    assert rms == pytest.approx(0.3 / np.sqrt(2), rel=0.15)


def test_short_file_is_taken_whole(tmp_path: Path) -> None:
    path = _three_tones(tmp_path / "t.flac", part_s=2.0)
    excerpt = Decoder(seconds=30.0, vlc=False).decode(path)
    assert excerpt.seconds == pytest.approx(6.0, abs=0.01)


def test_decimation_removes_what_would_alias() -> None:
    rate = 44100
    t = np.arange(rate * 2) / rate
    kept = to_mono_rate(np.sin(2 * np.pi * 1000 * t), rate)
    gone = to_mono_rate(np.sin(2 * np.pi * 7000 * t), rate)  # above the new 5.5 kHz Nyquist
    assert kept.rate == 11025
    assert np.sqrt(np.mean(kept.samples[100:-100] ** 2)) == pytest.approx(0.707, rel=0.02)
    assert np.sqrt(np.mean(gone.samples[100:-100] ** 2)) < 0.01


def test_stereo_is_downmixed() -> None:
    rate = 22050
    t = np.arange(rate) / rate
    left = np.sin(2 * np.pi * 500 * t)
    excerpt = to_mono_rate(np.stack([left, -left], axis=1), rate)
    assert np.abs(excerpt.samples).max() < 1e-6
    assert excerpt.rate == 11025


@pytest.mark.parametrize(
    ("name", "content", "problems"),
    [
        ("text.mp3", b"this is not audio at all " * 100, {AnalysisProblem.FORMAT}),
        ("noise.flac", bytes(range(256)) * 50, {AnalysisProblem.FORMAT}),
        (
            "cut.wav",
            b"RIFF\xff\xff\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00",
            {AnalysisProblem.FORMAT, AnalysisProblem.CORRUPT},
        ),
    ],
)
def test_undecodable_files_say_why(
    tmp_path: Path, name: str, content: bytes, problems: set[AnalysisProblem]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    decoder = Decoder()
    try:
        with pytest.raises(AnalysisError) as caught:
            decoder.decode(path)
    finally:
        decoder.close()
    assert caught.value.problem in problems
    assert caught.value.failure().describe().startswith("not analysed: ")


def test_too_short(tmp_path: Path) -> None:
    path = encode_samples(tmp_path / "blip.wav", np.full(44100, 0.1, np.float32))
    with pytest.raises(AnalysisError) as caught:
        Decoder(vlc=False).decode(path)
    assert caught.value.problem is AnalysisProblem.TOO_SHORT


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(AnalysisError) as caught:
        Decoder().decode(tmp_path / "gone.mp3")
    assert caught.value.problem in (AnalysisProblem.UNREADABLE, AnalysisProblem.FORMAT)


def test_without_libvlc_an_m4a_is_not_analysed_format(tmp_path: Path) -> None:
    path = _three_tones(tmp_path / "t.m4a")
    with pytest.raises(AnalysisError) as caught:
        Decoder(vlc=False).decode(path, duration=12.0)
    assert caught.value.problem is AnalysisProblem.FORMAT


def test_truncated_mp3_still_gives_what_it_has(tmp_path: Path) -> None:
    full = _three_tones(tmp_path / "full.mp3")
    cut = tmp_path / "cut.mp3"
    shutil.copyfile(full, cut)
    with open(cut, "r+b") as fh:
        fh.truncate(full.stat().st_size // 2)
    excerpt = Decoder(seconds=30.0, vlc=False).decode(cut)
    assert 4.0 < excerpt.seconds < 8.0
