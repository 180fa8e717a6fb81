"""End to end on the demo library: its pieces' intended moods are their folders.

Decoded through both decoders (MP3, Ogg, Opus, FLAC, WAV by libsndfile; M4A by libVLC),
their mood tags ignored. The targets of issue 15: arousal at least 80 % right, the
five moods at least 45 % (chance 20 %).
"""

from __future__ import annotations

from facemood.audio.estimate import rule_estimates
from facemood.audio.types import AudioFeatures
from facemood.audio.worker import analyse_file
from facemood.core.types import MusicMood
from facemood.library import demo_library_dir, scan_library

HIGH_AROUSAL = {MusicMood.HAPPY, MusicMood.ENERGETIC, MusicMood.AGGRESSIVE}


def test_demo_library_moods_from_audio_alone_by_the_rules() -> None:
    tracks = scan_library(demo_library_dir()).tracks
    assert len(tracks) == 15
    features = {}
    for track in tracks:
        outcome = analyse_file(str(track.path), track.duration)
        assert isinstance(outcome, AudioFeatures), (track.path, outcome)
        features[str(track.path)] = outcome
    estimates = rule_estimates(features)
    intended = {str(t.path): MusicMood(t.path.parent.name) for t in tracks}
    arousal = sum(
        (intended[k] in HIGH_AROUSAL) == (e.mood in HIGH_AROUSAL) for k, e in estimates.items()
    )
    top1 = sum(intended[k] is e.mood for k, e in estimates.items())
    assert arousal / len(tracks) >= 0.8
    assert top1 / len(tracks) >= 0.45
    # Tempo: the recipes' beats (happy ~120, energetic ~132, aggressive ~150 BPM).
    for key, est in estimates.items():
        if intended[key] is MusicMood.HAPPY:
            assert 110 <= est.tempo <= 130
        if intended[key] is MusicMood.AGGRESSIVE:
            assert 140 <= est.tempo <= 165
