"""The music service runs the shared session and the player on its own thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facemood.app.feedback import FeedbackFile
from facemood.app.stage import MoodStage
from facemood.bridge.music import MusicService, MusicState, PlaybackSnapshot
from facemood.core.playlist import FeedbackStore
from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FrameAnalysis, MusicMood
from facemood.library import Track, scan_library
from facemood.settings import Settings, with_value
from tests.helpers.audio import write_wav


def _tracks(root: Path) -> tuple[Track, ...]:
    for mood, freq in ((MusicMood.HAPPY, 660.0), (MusicMood.CALM, 330.0)):
        for i in range(2):
            write_wav(root / mood.value / f"{mood.value}{i}.wav", 4.0, freq + i)
    return scan_library(root).tracks


def _photo(emotion: Emotion) -> FrameAnalysis:
    probs = [0.01] * len(EMOTIONS)
    probs[EMOTIONS.index(emotion)] = 0.94
    return FrameAnalysis(0, 0.0, (), EmotionScores(tuple(probs)), path="/photo.jpg")


def test_a_photo_plays_music_the_lock_holds_and_transport_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feedback = FeedbackFile(tmp_path / "feedback.json")
    service = MusicService(Settings(), aout="dummy", feedback=feedback)
    try:
        service.set_tracks(_tracks(tmp_path / "music"))
        with qtbot.waitSignal(
            service.state_changed,
            timeout=10000,
            check_params_cb=lambda s: s.track is not None,
        ) as changed:
            service.drive(MoodStage().process(_photo(Emotion.HAPPY)))
        state: MusicState = changed.args[0]
        assert state.emotion is Emotion.HAPPY and state.target is MusicMood.HAPPY
        assert state.track is not None and state.track.mood is MusicMood.HAPPY
        assert len(state.queue) == 1
        first = state.track.path
        with qtbot.waitSignal(
            service.state_changed,
            timeout=10000,
            check_params_cb=lambda s: s.track is not None and s.track.path != first,
        ):
            service.play_less()
        service.like()
        with qtbot.waitSignal(
            service.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: isinstance(s, PlaybackSnapshot) and s.volume == 30,
        ):
            service.set_volume(30)
        with qtbot.waitSignal(
            service.state_changed,
            timeout=10000,
            check_params_cb=lambda s: (
                s.override is MusicMood.CALM and s.track.mood is MusicMood.CALM
            ),
        ):
            service.set_override(MusicMood.CALM)
        with qtbot.waitSignal(
            service.state_changed,
            timeout=10000,
            check_params_cb=lambda s: s.override is None and s.target is MusicMood.HAPPY,
        ):
            service.set_override(None)
        neutral = with_value(Settings(), "music.neutral_choice", "energetic")
        service.apply_settings(neutral)
    finally:
        service.shutdown()
    assert not service._thread.isRunning()
    # Likes and skips went to the store the session was given, on disk.
    saved = FeedbackFile(tmp_path / "feedback.json")
    assert saved.get(str(first), MusicMood.HAPPY).skips == 1


def test_the_snapshot_says_when_the_output_does_not_exist_and_outputs_are_listed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from facemood.playback import SoundProblemKind

    service = MusicService(Settings(), aout="bogus", feedback=FeedbackStore())
    try:
        with qtbot.waitSignal(
            service.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: s.problem is not None,
        ) as polled:
            pass
        problem = polled.args[0].problem
        assert problem.kind in (SoundProblemKind.UNKNOWN_OUTPUT, SoundProblemKind.OUTPUT_FAILED)
        assert problem.output == "bogus"
        with qtbot.waitSignal(service.outputs_listed, timeout=10000) as listed:
            service.list_outputs()
        names = {o.name for o in listed.args[0]}
        assert names and "adummy" not in names
        with qtbot.waitSignal(
            service.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: s.problem is None,
        ):
            service.set_output("dummy")
    finally:
        service.shutdown()


def test_a_picked_track_plays_and_the_snapshot_names_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    tracks = _tracks(tmp_path / "music")
    service = MusicService(Settings(), aout="dummy", feedback=FeedbackStore())
    try:
        service.set_tracks(tracks)
        chosen = tracks[-1]
        with (
            qtbot.waitSignal(
                service.state_changed, timeout=10000, check_params_cb=lambda s: s.track == chosen
            ),
            qtbot.waitSignal(
                service.playback_polled,
                timeout=10000,
                check_params_cb=lambda s: s.path == str(chosen.path) and s.duration > 0,
            ),
        ):
            service.play_track(chosen)
    finally:
        service.shutdown()


def test_only_frames_whose_mood_changed_carry_a_decision(tmp_path: Path) -> None:
    """MusicService.drive sends only changed updates to the player thread; this pins
    why that loses nothing: StageResult.drive does nothing with an unchanged one."""
    from facemood.app.stage import StageResult
    from facemood.core.mood import MoodUpdate
    from facemood.playback.null_backend import NullPlayer
    from facemood.session import MusicSession

    session: MusicSession[Track] = MusicSession(NullPlayer(), _tracks(tmp_path / "music"))
    events: list[object] = []
    session.events.connect(events.append)
    scores = _photo(Emotion.HAPPY).primary
    for still in (False, True):
        unchanged = MoodUpdate(1.0, scores, Emotion.HAPPY, False, False)
        StageResult(_photo(Emotion.HAPPY), unchanged, still).drive(session)
    assert events == [] and session.current is None
    changed = MoodUpdate(2.0, scores, Emotion.HAPPY, False, True)
    StageResult(_photo(Emotion.HAPPY), changed, False).drive(session)
    assert session.current is not None
