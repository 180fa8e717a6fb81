"""The composition root: one reading of the settings for both front ends."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from facemood.app import compose
from facemood.app.feedback import FeedbackFile
from facemood.core.choices import SwitchPolicy
from facemood.core.mood import MoodParams
from facemood.core.playlist import NeutralChoice, Strategy
from facemood.core.types import Emotion, MusicMood
from facemood.library import demo_library_dir
from facemood.settings import Settings, load_settings, settings_path, with_value
from facemood.vision.options import FacePolicy
from tests.helpers.models import FakeEmotionModel

REPO = Path(__file__).resolve().parents[2]


def test_the_library_folder_rule() -> None:
    settings = Settings()
    assert compose.library_folder(settings) == demo_library_dir()
    mine = with_value(settings, "music.library_dir", "~/Music")
    assert compose.library_folder(mine) == Path.home() / "Music"
    assert compose.library_folder(mine, "/elsewhere") == Path("/elsewhere")


def test_parameter_objects_follow_the_settings() -> None:
    settings = Settings()
    assert compose.mood_params(settings) == MoodParams()
    changed = with_value(settings, "mood.window_s", 2.5)
    changed = with_value(changed, "mood.calibration_bias", [0, 0, 0, 0, -1.0, 0, 0])
    params = compose.mood_params(changed)
    assert (params.window_s, params.calibration_bias[4]) == (2.5, -1.0)
    music = with_value(settings, "music.strategy", "custom")
    music = with_value(music, "music.custom_mapping", {"angry": "calm"})
    music = with_value(music, "music.switch_policy", "track_end")
    config = compose.session_config(music)
    assert config.mapping.strategy is Strategy.CUSTOM
    assert config.mapping.music_mood(Emotion.ANGRY) is MusicMood.CALM
    assert config.mapping.neutral_choice is NeutralChoice.CALM
    assert config.switch_policy is SwitchPolicy.TRACK_END
    assert (config.fade_s, config.volume) == (1.5, 80)
    policy = with_value(settings, "vision.face_policy", "average")
    assert compose.pipeline_options(policy).face_policy is FacePolicy.AVERAGE


def test_an_unknown_detector_in_the_file_is_the_same_default_for_every_front_end(
    facemood_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"vision": {"detector": "dlib", "face_policy": "average"}}))
    settings, warnings = load_settings()
    assert any("vision.detector" in w for w in warnings)
    monkeypatch.setattr(
        "facemood.vision.model.EmotionModel.load",
        classmethod(lambda cls, *a, **k: FakeEmotionModel()),
    )
    with compose.make_pipeline(settings) as pipeline:
        assert pipeline.detector.name == "blazeface"  # "auto"
        assert pipeline.options.face_policy is FacePolicy.AVERAGE


def test_the_session_keeps_likes_in_the_data_folder(facemood_home: Path) -> None:
    player = compose.make_player(Settings(), backend="null")
    session = compose.make_session(player, Settings())
    feedback = session.playlist.feedback
    assert isinstance(feedback, FeedbackFile)
    assert feedback.path == facemood_home / "data" / "feedback.json"
    player.close()


def test_scans_apply_cached_audio_estimates_and_the_analysis_fills_the_cache(
    tmp_path: Path,
) -> None:
    from facemood.library import MoodSource
    from tests.audio.synth import clicks, progression
    from tests.library.audio_helpers import encode_samples, rate_for

    music = tmp_path / "music"
    music.mkdir()
    loud = music / "loud.flac"
    encode_samples(loud, np.clip(clicks(170, 8.0, rate_for(loud)) * 1.6, -1, 1))
    soft = music / "soft.ogg"
    encode_samples(soft, 0.05 * progression(57, "minor", 8.0, rate_for(soft)))
    first = compose.scan_tracks(music)
    assert all(t.mood is None for t in first.tracks)  # nothing analysed yet
    analysed = compose.analyse_audio(first)
    assert {t.mood_source for t in analysed.tracks} == {MoodSource.AUDIO}
    again = compose.scan_tracks(music)  # from the cache, instantly
    assert [t.mood for t in again.tracks] == [t.mood for t in analysed.tracks]
    off = compose.scan_tracks(music, audio=False)
    assert all(t.mood is None for t in off.tracks)
