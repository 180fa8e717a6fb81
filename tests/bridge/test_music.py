"""The music service runs the session and the player on its own thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facemood.bridge.music import MusicService
from facemood.bridge.values import MusicChoice, PlaybackSnapshot, TrackInfo
from facemood.core.types import Emotion, MusicMood
from facemood.settings import Settings
from tests.helpers.audio import write_wav


def _tracks(root: Path) -> tuple[TrackInfo, ...]:
    out = []
    for mood, freq in ((MusicMood.HAPPY, 660.0), (MusicMood.CALM, 330.0)):
        for i in range(2):
            path = write_wav(root / f"{mood.value}{i}.wav", 4.0, freq + i)
            out.append(TrackInfo(str(path), f"{mood.value} {i}", "Tester", "", 4.0, mood))
    return tuple(out)


def test_a_photo_mood_plays_music_and_transport_works(qtbot: QtBot, tmp_path: Path) -> None:
    service = MusicService(Settings(), aout="dummy")
    try:
        service.set_tracks(_tracks(tmp_path))
        with (
            qtbot.waitSignal(service.music_chosen, timeout=10000) as chosen,
            qtbot.waitSignal(
                service.track_changed, timeout=10000, check_params_cb=lambda t: t is not None
            ) as track,
        ):
            service.photo_read(Emotion.HAPPY)
        choice: MusicChoice = chosen.args[0]
        assert choice.music_mood is MusicMood.HAPPY and choice.reason == "photo"
        assert track.args[0].mood is MusicMood.HAPPY
        first = track.args[0].path
        with qtbot.waitSignal(
            service.track_changed, timeout=10000, check_params_cb=lambda t: t and t.path != first
        ):
            service.skip()
        service.like()
        with qtbot.waitSignal(
            service.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: isinstance(s, PlaybackSnapshot) and s.volume == 30,
        ):
            service.set_volume(30)
        with qtbot.waitSignal(service.music_chosen, timeout=10000) as chosen:
            service.set_override(MusicMood.CALM)
        assert chosen.args[0].reason == "override"
    finally:
        service.shutdown()
    assert not service._thread.isRunning()
