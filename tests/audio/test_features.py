"""Each feature measured on synthesised signals whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from facemood.audio.features import chroma, extract_features, key_and_mode
from facemood.audio.types import AnalysisError, AnalysisProblem, Mode
from tests.audio.synth import RATE, clicks, progression, texture


@pytest.mark.parametrize("bpm", [60, 90, 120, 150, 180])
@pytest.mark.parametrize("accent", [False, True])
def test_tempo_of_click_tracks_without_octave_errors(bpm: int, accent: bool) -> None:
    features = extract_features(clicks(bpm, accent=accent), RATE)
    # Within 1.5 %: neither half nor double (nor 2/3, 3/2) the true tempo.
    assert features.tempo == pytest.approx(bpm, rel=0.015)
    assert features.pulse_clarity > 0.7
    assert features.onset_rate == pytest.approx(bpm / 60, rel=0.05)


def test_tempo_of_a_steady_tone_has_no_clear_pulse() -> None:
    t = np.arange(20 * RATE) / RATE
    features = extract_features(0.2 * np.sin(2 * np.pi * 220 * t), RATE)
    assert features.onset_rate < 0.2
    assert 40 <= features.tempo <= 200


@pytest.mark.parametrize(("root", "key"), [(57, "A"), (60, "C"), (62, "D"), (65, "F")])
def test_major_and_minor_progressions(root: int, key: str) -> None:
    major = extract_features(progression(root, "major"), RATE)
    minor = extract_features(progression(root, "minor"), RATE)
    assert (major.key, major.mode) == (key, Mode.MAJOR)
    assert (minor.key, minor.mode) == (key, Mode.MINOR)
    assert major.majorness > 0.1 > -0.1 > minor.majorness
    assert major.key_clarity > 0.8 and minor.key_clarity > 0.8


def test_mode_survives_detuning() -> None:
    """A recording a third of a semitone flat still reads as its key (tuning correction)."""
    signal = progression(60, "minor")
    stretched = np.interp(np.arange(0, len(signal), 2 ** (-1 / 36)), np.arange(len(signal)), signal)
    features = extract_features(stretched.astype(np.float32), RATE)
    assert (features.key, features.mode) == ("C", Mode.MINOR)


def test_chroma_of_one_note_peaks_on_its_pitch_class() -> None:
    t = np.arange(5 * RATE) / RATE
    profile = chroma(np.sin(2 * np.pi * 392.0 * t), RATE)  # G4
    assert int(np.argmax(profile)) == 7
    assert profile.max() == 1.0


def test_key_of_an_empty_chroma_is_neutral() -> None:
    assert key_and_mode(np.zeros(12))[2:] == (0.0, 0.0)


def test_loud_bright_versus_soft_dark() -> None:
    loud_bright = extract_features(texture(bright=True, loud=True), RATE)
    soft_dark = extract_features(texture(bright=False, loud=False), RATE)
    assert loud_bright.loudness_db == pytest.approx(20 * np.log10(0.3), abs=0.1)
    assert soft_dark.loudness_db == pytest.approx(20 * np.log10(0.01), abs=0.1)
    assert loud_bright.centroid_hz > 4 * soft_dark.centroid_hz
    assert loud_bright.flatness > 100 * soft_dark.flatness
    assert loud_bright.flux > 20 * soft_dark.flux
    assert loud_bright.onset_rate > 6 > 0.5 > soft_dark.onset_rate


def test_only_loudness_depends_on_the_level() -> None:
    signal = texture(bright=True, loud=True)
    loud = extract_features(signal, RATE)
    quiet = extract_features(signal * 0.01, RATE)
    assert loud.loudness_db - quiet.loudness_db == pytest.approx(40.0, abs=0.01)
    for name in ("flux", "onset_rate", "tempo", "centroid_hz", "flatness", "majorness"):
        assert getattr(quiet, name) == pytest.approx(getattr(loud, name), rel=1e-4), name


def test_dynamics_tell_a_swell_from_a_steady_level() -> None:
    t = np.arange(20 * RATE) / RATE
    tone = np.sin(2 * np.pi * 330 * t)
    steady = extract_features(0.2 * tone, RATE)
    swell = extract_features(0.2 * tone * (0.05 + np.abs(np.sin(np.pi * t / 10))), RATE)
    assert steady.dynamics_db < 0.5
    assert swell.dynamics_db > 10


def test_silence_is_recorded_not_measured() -> None:
    with pytest.raises(AnalysisError) as caught:
        extract_features(np.zeros(10 * RATE, np.float32), RATE)
    assert caught.value.problem is AnalysisProblem.SILENT
