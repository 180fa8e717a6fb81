"""The music session: mood updates in, playlist switches and player commands out."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from facemood.core.playlist import MoodMapping, NeutralChoice, Strategy
from facemood.core.types import Emotion, MusicMood
from facemood.playback import PlaybackState, Player, PlayerError
from facemood.playback.null_backend import NullPlayer
from facemood.session import (
    MoodChanged,
    MusicSession,
    SessionConfig,
    SessionError,
    SwitchPolicy,
    TrackStarted,
)
from tests.helpers.audio import pump_until, write_wav
from tests.helpers.clock import FakeClock

E, M = Emotion, MusicMood
TRACK_S = 10.0  # what the null player believes every track lasts


@dataclass(frozen=True)
class Track:
    path: str
    mood: MusicMood | None


@dataclass(frozen=True)
class Update:
    t: float
    mood: Emotion | None
    away: bool = False
    changed: bool = True


Event = MoodChanged | TrackStarted[Track] | SessionError


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> list[Track]:
    root = tmp_path_factory.mktemp("lib")
    tracks = []
    for mood, n in ((M.HAPPY, 3), (M.SAD, 2), (M.CALM, 2)):
        for i in range(n):
            path = write_wav(root / mood.value / f"{i}.wav", 0.05)
            tracks.append(Track(str(path), mood))
    return tracks


def _session(
    tracks: list[Track],
    *,
    policy: SwitchPolicy = SwitchPolicy.FADE,
    mapping: MoodMapping | None = None,
    clock: FakeClock | None = None,
    player: Player | None = None,
) -> tuple[MusicSession[Track], list[Event], FakeClock]:
    clock = clock or FakeClock(100.0)
    player = player or NullPlayer(clock=clock, durations=lambda _p: TRACK_S)
    config = SessionConfig(mapping or MoodMapping(), policy, fade_s=0.05, volume=70)
    session = MusicSession(player, tracks, config=config, rng=random.Random(0), clock=clock)
    events: list[Event] = []
    session.events.connect(events.append)
    return session, events, clock


def _started(events: list[Event]) -> list[TrackStarted[Track]]:
    return [e for e in events if isinstance(e, TrackStarted)]


def _wait_fade(session: MusicSession[Track]) -> None:
    assert pump_until(session.player, lambda: not session.player.fading, timeout=3)


def test_the_first_mood_starts_music_at_once(library: list[Track]) -> None:
    for policy in SwitchPolicy:
        session, events, _ = _session(library, policy=policy)
        pick = session.on_mood(Update(1.0, E.HAPPY))
        assert pick is not None and pick.mood is M.HAPPY
        assert events[0] == MoodChanged(1.0, E.HAPPY, M.HAPPY)
        started = _started(events)
        assert len(started) == 1
        assert started[0].t == 1.0 and started[0].music_mood is M.HAPPY
        assert started[0].reason == "mood" and started[0].note is None
        assert session.player.state is PlaybackState.PLAYING
        assert session.player.path == started[0].path
        assert session.player.volume == 70


def test_unchanged_updates_do_nothing(library: list[Track]) -> None:
    session, events, _ = _session(library)
    assert session.on_mood(Update(1.0, E.HAPPY, changed=False)) is None
    assert events == []


def test_fade_policy_switches_now_with_a_fade(library: list[Track]) -> None:
    session, events, _ = _session(library)
    session.on_mood(Update(1.0, E.HAPPY))
    happy_path = session.player.path
    pick = session.on_mood(Update(2.0, E.SAD))
    assert pick is not None and pick.mood is M.SAD
    assert session.player.fading
    assert session.player.path == happy_path  # fading out
    _wait_fade(session)
    assert session.player.path == pick.track.path
    assert session.player.state is PlaybackState.PLAYING
    assert [s.music_mood for s in _started(events)] == [M.HAPPY, M.SAD]


def test_track_end_policy_waits_for_the_end(library: list[Track]) -> None:
    session, events, clock = _session(library, policy=SwitchPolicy.TRACK_END)
    session.on_mood(Update(1.0, E.HAPPY))
    assert session.on_mood(Update(2.0, E.SAD)) is None
    assert session.pending_mood is M.SAD
    assert len(_started(events)) == 1
    clock.advance(TRACK_S + 0.1)
    session.poll(t=12.0)
    started = _started(events)
    assert [(s.music_mood, s.reason, s.t) for s in started[1:]] == [(M.SAD, "track_end", 12.0)]
    assert session.pending_mood is None


def test_going_back_to_the_playing_mood_cancels_a_waiting_switch(library: list[Track]) -> None:
    session, events, clock = _session(library, policy=SwitchPolicy.TRACK_END)
    session.on_mood(Update(1.0, E.HAPPY))
    session.on_mood(Update(2.0, E.SAD))
    session.on_mood(Update(3.0, E.HAPPY))
    assert session.pending_mood is None
    clock.advance(TRACK_S + 0.1)
    session.poll()
    assert [s.music_mood for s in _started(events)] == [M.HAPPY, M.HAPPY]


def test_a_track_end_plays_the_next_track_of_the_mood(library: list[Track]) -> None:
    session, events, clock = _session(library)
    session.on_mood(Update(1.0, E.HAPPY))
    for _ in range(3):
        clock.advance(TRACK_S + 0.1)
        session.poll()
    started = _started(events)
    assert [s.music_mood for s in started] == [M.HAPPY] * 4
    assert len({s.path for s in started[:3]}) == 3  # a full round without repeats


def test_no_face_keeps_the_music_playing(library: list[Track]) -> None:
    session, events, _ = _session(library)
    session.on_mood(Update(1.0, E.HAPPY))
    session.on_mood(Update(9.0, None, away=True))
    assert events[-1] == MoodChanged(9.0, None, None)
    assert session.player.state is PlaybackState.PLAYING
    assert len(_started(events)) == 1


def test_moods_that_resolve_to_the_playing_music_do_not_switch(library: list[Track]) -> None:
    calm_only = [t for t in library if t.mood is M.CALM]
    session, events, _ = _session(calm_only)
    first = session.on_mood(Update(1.0, E.SAD))
    assert first is not None and first.fallback
    started = _started(events)
    assert started[0].note == "No sad tracks; playing calm instead"
    assert started[0].requested is M.SAD and started[0].music_mood is M.CALM
    assert session.on_mood(Update(2.0, E.FEAR)) is None  # fear → calm: already playing
    assert len(_started(events)) == 1


def test_lift_and_neutral_keep(library: list[Track]) -> None:
    mapping = MoodMapping(Strategy.LIFT, neutral_choice=NeutralChoice.KEEP)
    session, events, _ = _session(library, mapping=mapping)
    session.on_mood(Update(1.0, E.SAD))
    session.on_mood(Update(2.0, E.NEUTRAL))
    moods = [(e.mood, e.music_mood) for e in events if isinstance(e, MoodChanged)]
    assert moods == [(E.SAD, M.HAPPY), (E.NEUTRAL, M.HAPPY)]
    assert len(_started(events)) == 1


def test_transport_next_previous_new_song_like(library: list[Track]) -> None:
    session, events, _ = _session(library)
    first = session.on_mood(Update(1.0, E.HAPPY))
    assert first
    second = session.next(t=2.0)
    assert second and second.track != first.track and second.mood is M.HAPPY
    back = session.previous(t=3.0)
    assert back and back.track == first.track
    skipped_from = session.current
    new = session.new_song(t=4.0)
    assert new and skipped_from and new.track != skipped_from.track
    assert session.playlist.feedback.get(skipped_from.track.path, M.HAPPY).skips == 1
    session.like()
    assert session.playlist.feedback.get(new.track.path, M.HAPPY).likes == 1
    assert [s.reason for s in _started(events)] == ["mood", "next", "previous", "new_song"]
    assert len(session.upcoming(10)) <= 2


def test_a_track_the_user_picks_plays_now_then_the_face_leads_again(
    library: list[Track],
) -> None:
    session, events, clock = _session(library)
    session.on_mood(Update(1.0, E.HAPPY))
    chosen = next(t for t in library if t.mood is M.SAD)
    pick = session.play_track(chosen, t=2.0)
    assert pick.track == chosen and pick.mood is M.SAD
    assert session.player.path == str(chosen.path)
    assert _started(events)[-1].reason == "chosen"
    clock.advance(TRACK_S + 0.1)
    session.poll()
    assert _started(events)[-1].music_mood is M.HAPPY  # the face's music goes on


def test_play_before_any_face_plays_what_a_resting_face_gets(library: list[Track]) -> None:
    session, events, _ = _session(library)
    session.toggle_pause()
    started = _started(events)
    assert [s.music_mood for s in started] == [M.CALM]  # neutral -> calm by default
    assert session.player.state is PlaybackState.PLAYING


def test_a_switch_while_paused_waits_for_resume(library: list[Track]) -> None:
    session, events, _ = _session(library)
    session.on_mood(Update(1.0, E.HAPPY))
    session.toggle_pause()
    assert session.player.state is PlaybackState.PAUSED
    assert session.on_mood(Update(2.0, E.SAD)) is None
    assert session.player.state is PlaybackState.PAUSED
    session.toggle_pause()
    assert session.player.state.value == "playing"
    assert [s.music_mood for s in _started(events)] == [M.HAPPY, M.SAD]


def test_the_lock_plays_a_mood_now_and_faces_change_nothing_until_it_is_lifted(
    library: list[Track],
) -> None:
    session, events, _ = _session(library, policy=SwitchPolicy.TRACK_END)
    session.on_mood(Update(1.0, E.HAPPY))
    pick = session.set_override(M.CALM, t=2.0)
    assert pick and pick.mood is M.CALM and session.override is M.CALM
    assert _started(events)[-1].reason == "override"
    # Faces and photos are still read, but the music stays.
    assert session.on_mood(Update(3.0, E.SAD)) is None
    assert session.follow_emotion(E.ANGRY, t=4.0, immediate=True) is None
    assert session.emotion is E.ANGRY
    assert events[-1] == MoodChanged(4.0, E.ANGRY, None)
    assert session.current is not None and session.current.track == pick.track
    # Lifting the lock plays music for the face at once (whatever the switch policy).
    resumed = session.set_override(None, t=5.0)
    assert resumed and resumed.requested is M.AGGRESSIVE and session.override is None


def test_a_new_neutral_choice_re_decides_the_music_for_a_neutral_face(
    library: list[Track],
) -> None:
    session, events, _ = _session(library)
    session.on_mood(Update(1.0, E.NEUTRAL))
    assert session.target_mood is M.CALM
    energetic = MoodMapping(neutral_choice=NeutralChoice.ENERGETIC)
    pick = session.set_config(SessionConfig(mapping=energetic), t=2.0)
    assert pick is not None and pick.requested is M.ENERGETIC
    assert events[-2] == MoodChanged(2.0, E.NEUTRAL, M.ENERGETIC)
    # The same mapping again, or only a new volume: nothing to re-decide.
    assert session.set_config(SessionConfig(mapping=energetic, volume=40)) is None
    assert session.player.volume == 40


def test_a_library_that_arrives_after_the_face_starts_its_music(library: list[Track]) -> None:
    session, events, _ = _session([])
    session.on_mood(Update(1.0, E.HAPPY))
    assert isinstance(events[-1], SessionError)  # nothing to play yet
    pick = session.set_tracks(library, t=2.0)
    assert pick is not None and pick.mood is M.HAPPY
    # A rescan while music plays changes nothing that plays.
    assert session.set_tracks(library) is None


def test_a_new_mapping_leaves_a_locked_session_alone(library: list[Track]) -> None:
    session, _, _ = _session(library)
    session.on_mood(Update(1.0, E.SAD))
    session.set_override(M.HAPPY, t=1.5)
    lift = SessionConfig(mapping=MoodMapping(Strategy.LIFT))
    assert session.set_config(lift, t=2.0) is None
    assert session.target_mood is M.HAPPY


def test_unplayable_files_are_reported_and_the_session_gives_up(tmp_path: Path) -> None:
    missing = [Track(str(tmp_path / f"gone{i}.wav"), M.HAPPY) for i in range(3)]
    session, events, _ = _session(missing)
    session.on_mood(Update(1.0, E.HAPPY))
    for _ in range(10):
        session.poll()
    errors = [e for e in events if isinstance(e, SessionError)]
    assert errors[-1].message == "No playable tracks"
    assert len([e for e in errors if "no such file" in e.message]) == 3
    assert len(_started(events)) == 3


def test_an_empty_library_is_an_error_event() -> None:
    session, events, _ = _session([])
    assert session.on_mood(Update(1.0, E.HAPPY)) is None
    assert isinstance(events[-1], SessionError)
    assert events[-1].message == "The music library is empty"


def test_with_real_vlc_a_mood_change_fades_to_the_new_mood(tmp_path: Path) -> None:
    from facemood.playback.vlc_backend import VlcPlayer

    try:
        player = VlcPlayer(aout="dummy")
    except PlayerError as exc:  # pragma: no cover - machines without libVLC
        pytest.skip(f"libVLC unavailable: {exc}")
    tracks = [
        Track(str(write_wav(tmp_path / "happy.wav", 5.0, 660.0)), M.HAPPY),
        Track(str(write_wav(tmp_path / "sad.wav", 5.0, 220.0)), M.SAD),
    ]
    session, events, _ = _session(tracks, player=player, clock=None)
    session.config = SessionConfig(fade_s=0.3)
    with player:
        t0 = time.monotonic()
        session.on_mood(Update(0.0, E.HAPPY))
        assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
        to_playing = time.monotonic() - t0
        t1 = time.monotonic()
        session.on_mood(Update(1.0, E.SAD))
        assert pump_until(
            player,
            lambda: player.path == tracks[1].path and player.state is PlaybackState.PLAYING,
        )
        switch = time.monotonic() - t1
    print(f"\nvlc: time to Playing {to_playing * 1000:.0f} ms; fade switch {switch * 1000:.0f} ms")
    assert [s.music_mood for s in _started(events)] == [M.HAPPY, M.SAD]
