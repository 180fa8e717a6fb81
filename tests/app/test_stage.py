"""The shared frame -> mood -> music stage and the frame loop both front ends run."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from facemood.app.loop import FramePacer, run_frames
from facemood.app.stage import MoodStage, StageResult
from facemood.core.baseline import BaselineParams
from facemood.core.choices import SwitchPolicy
from facemood.core.mood import MoodParams
from facemood.core.types import (
    EMOTIONS,
    Emotion,
    EmotionScores,
    FaceBox,
    FaceResult,
    FrameAnalysis,
    MusicMood,
)
from facemood.playback.null_backend import NullPlayer
from facemood.session import MusicSession, SessionConfig, TrackStarted
from facemood.vision.sources import Frame, ImageFolderSource
from tests.helpers.audio import write_wav
from tests.helpers.headless import ScriptedAnalyzer, face_photos

E = Emotion


@dataclass(frozen=True)
class Track:
    """What a playlist needs of a track."""

    path: str
    mood: MusicMood | None


def _analysis(t: float, emotion: Emotion | None, path: str | None = None) -> FrameAnalysis:
    if emotion is None:
        return FrameAnalysis(0, t, (), None, path=path)
    probs = np.full(len(EMOTIONS), 0.02)
    probs[EMOTIONS.index(emotion)] = 0.88
    scores = EmotionScores.from_array(probs / probs.sum())
    face = FaceResult(FaceBox(10, 10, 100, 100), scores, 1)
    return FrameAnalysis(0, t, (face,), scores, path=path)


@pytest.fixture
def session(tmp_path: Path) -> MusicSession[Track]:
    tracks = [
        Track(str(write_wav(tmp_path / f"{m.value}.wav", 30.0, 300.0 + 50 * i)), m)
        for i, m in enumerate(MusicMood)
    ]
    config = SessionConfig(switch_policy=SwitchPolicy.TRACK_END)
    return MusicSession(NullPlayer(), tracks, config=config)


def test_photos_are_read_on_their_own_and_switch_the_music_at_once(
    session: MusicSession[Track],
) -> None:
    stage = MoodStage()
    started: list[TrackStarted[Track]] = []
    session.events.connect(lambda e: started.append(e) if isinstance(e, TrackStarted) else None)
    moods = []
    for i, emotion in enumerate([E.HAPPY, E.HAPPY, E.SAD, None, E.SAD]):
        result = stage.process(_analysis(float(i), emotion, path=f"/photos/{i}.jpg"))
        assert result.still
        moods.append((result.mood, result.update.changed))
        result.drive(session)
    assert moods == [
        (E.HAPPY, True),
        (E.HAPPY, False),
        (E.SAD, True),
        (E.SAD, False),  # no face: the last photo's mood stands
        (E.SAD, False),
    ]
    # The track-end policy waits for a track's end, but a photo is a deliberate choice.
    assert [s.music_mood for s in started] == [MusicMood.HAPPY, MusicMood.SAD]


def test_video_frames_go_through_the_mood_engine(session: MusicSession[Track]) -> None:
    stage = MoodStage(MoodParams(window_s=1.0, dwell_s=0.5, baseline=BaselineParams(enabled=False)))
    results = [stage.process(_analysis(i / 10, E.HAPPY if i < 30 else E.SAD)) for i in range(60)]
    assert not any(r.still for r in results)
    changes = [(r.update.t, r.mood) for r in results if r.update.changed]
    assert [m for _, m in changes] == [E.HAPPY, E.SAD]
    assert 3.0 < changes[1][0] < 4.0  # smoothed: a little after the change at 3 s
    for r in results:
        r.drive(session)
    assert session.emotion is E.SAD


def test_new_parameters_apply_from_the_next_frame_even_from_another_thread() -> None:
    stage = MoodStage()
    worker = threading.Thread(target=stage.set_params, args=(MoodParams(window_s=0.5),))
    worker.start()
    worker.join()
    assert stage.params.window_s == 1.75
    stage.process(_analysis(0.0, E.HAPPY))
    assert stage.params.window_s == 0.5


def test_a_recording_collects_the_frames_of_its_window() -> None:
    stage = MoodStage()
    stage.start_recording(E.HAPPY, 1.0)
    done = []
    for i in range(20):
        done.append(stage.process(_analysis(i / 10, E.HAPPY if i % 4 else None)).recording)
    ended = [r for r in done if r is not None]
    assert len(ended) == 1 and done.index(ended[0]) == 10
    rec = ended[0]
    assert rec.label is E.HAPPY and rec.frames == 11
    assert len(rec.probs) == 8  # the frames with a face
    assert stage.process(_analysis(3.0, E.HAPPY)).recording is None


def test_the_loop_reads_a_photo_folder_to_its_end_and_paces_it() -> None:
    happy, neutral = face_photos()
    if not happy or not neutral:
        pytest.skip("demo faces missing")
    folder = happy[0].parent
    results: list[tuple[Frame, StageResult]] = []
    source = ImageFolderSource(folder)
    started = time.monotonic()
    with source:
        end = run_frames(
            source,
            ScriptedAnalyzer(),
            MoodStage(),
            lambda f, r: results.append((f, r)),
            pacer=FramePacer(20.0),
        )
    elapsed = time.monotonic() - started
    assert end.ended and end.frames == len(source.files) == len(results)
    assert all(r.still and r.analysis.path == f.path for f, r in results)
    # t = 0, 1, 2 ... seconds at 20x: at least (n - 1) / 20 s of waiting.
    assert elapsed >= (end.frames - 1) / 20.0


def test_a_stop_request_ends_the_loop_early() -> None:
    happy, _ = face_photos()
    if not happy:
        pytest.skip("demo faces missing")
    stop = threading.Event()
    source = ImageFolderSource(happy[0].parent)

    def on_result(_frame: Frame, _result: StageResult) -> None:
        stop.set()

    with source:
        end = run_frames(source, ScriptedAnalyzer(), MoodStage(), on_result, stop=stop)
    assert (end.frames, end.ended) == (1, False)
