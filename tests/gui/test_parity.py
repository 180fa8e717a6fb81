"""The window and ``run --headless`` are one program: same moods, same music, same memory.

Both front ends are built by ``facemood.app.compose`` and driven by the same frame loop
and mood stage; these tests run the real model on the same inputs through both and
compare what the music session did.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from facemood.app import compose
from facemood.core.types import MusicMood
from facemood.gui.application import FaceMoodApp
from facemood.gui.main_window import MainWindow
from facemood.headless.runner import HeadlessOptions, run_headless
from facemood.session import MoodChanged, TrackStarted
from facemood.settings import Settings
from facemood.vision.sources import SourceStatus
from tests.gui.conftest import MakeWindow
from tests.helpers.headless import face_photos


def _headless(source: Path, settings: Settings) -> list[tuple[Any, ...]]:
    events: list[dict[str, Any]] = []
    code = run_headless(
        HeadlessOptions(str(source), player="null"), events.append, settings=settings
    )
    assert code == 0, events
    return [
        ("mood", e["t"], e["mood"], e["music_mood"])
        if e["event"] == "mood"
        else ("track", e["t"], e["music_mood"])
        for e in events
        if e["event"] in ("mood", "track")
    ]


def _window(
    qtbot: QtBot, make_window: MakeWindow, source: Path, expected: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """The window's mood and track events for ``source``, once as many as ``expected``
    came (a longer or different list fails the comparison)."""
    window = make_window("9")  # no such camera: nothing is read before the library is
    seen: list[tuple[Any, ...]] = []

    def record(event: object) -> None:
        if isinstance(event, MoodChanged):
            mood = event.mood.value if event.mood else None
            music = event.music_mood.value if event.music_mood else None
            seen.append(("mood", round(event.t, 3), mood, music))
        elif isinstance(event, TrackStarted):
            seen.append(("track", round(event.t, 3), event.music_mood.value))

    window.app.music.session_event.connect(record)
    # The library first (the headless run scans before it reads a frame).
    qtbot.waitUntil(lambda: window.library_result is not None, timeout=30000)
    with qtbot.waitSignal(
        window.app.capture.status_changed,
        timeout=60000,
        check_params_cb=lambda r: r.event.status is SourceStatus.ENDED,
    ):
        window.start_source(str(source))
    # Events still queued to the GUI thread arrive; the last one is a track start.
    qtbot.waitUntil(lambda: len(seen) >= len(expected) and seen[-1][0] == "track", timeout=10000)
    return seen


def test_a_clip_gives_the_same_moods_and_music_in_both(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings, clip: Path
) -> None:
    expected = _headless(clip, settings)
    assert [e[2] for e in expected if e[0] == "mood"][-1] == "happy"
    assert _window(qtbot, make_window, clip, expected) == expected


def test_a_photo_folder_gives_the_same_moods_in_both(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings, tmp_path: Path
) -> None:
    happy, neutral = face_photos()
    if len(happy) < 2 or len(neutral) < 2:
        pytest.skip("demo faces missing")
    folder = tmp_path / "photos"
    folder.mkdir()
    # Sorted by name: neutral, neutral, happy, happy, neutral.
    for i, photo in enumerate([neutral[0], neutral[1], happy[0], happy[1], neutral[2]]):
        shutil.copy(photo, folder / f"{i}_{photo.name}")
    expected = _headless(folder, settings)
    moods = [e[2] for e in expected if e[0] == "mood"]
    assert moods == ["neutral", "happy", "neutral"]
    assert _window(qtbot, make_window, folder, expected) == expected


def _liked_track(qtbot: QtBot, window: MainWindow) -> tuple[str, MusicMood]:
    """Wait for the clip's last mood (happy) to play, click Like, and return (track path,
    mood); the mood no longer changes, so the like goes to the track on show."""

    def happy_plays() -> bool:
        track = window.live.now_playing.track
        return track is not None and window.player.state.target is MusicMood.HAPPY

    qtbot.waitUntil(happy_plays, timeout=30000)
    track, mood = window.live.now_playing.track, MusicMood.HAPPY
    assert track is not None
    window.live.now_playing.like_button.click()
    window.app.shutdown()  # the player thread finishes the like before it stops
    return str(track.path), mood


def test_a_like_in_the_window_survives_a_restart(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, settings: Settings
) -> None:
    first = _liked_track(qtbot, make_window(str(clip)))
    assert compose.feedback_store().get(*first).likes == 1
    # The restarted window's session starts from the saved likes: a like there is added
    # to them (a session that started empty would have saved its own like alone).
    again = FaceMoodApp(settings, source=str(clip), aout="dummy").window
    qtbot.addWidget(again, before_close_func=lambda w: w.app.shutdown())
    second = _liked_track(qtbot, again)
    store = compose.feedback_store()
    if second == first:
        assert store.get(*first).likes == 2
    else:
        assert (store.get(*first).likes, store.get(*second).likes) == (1, 1)
