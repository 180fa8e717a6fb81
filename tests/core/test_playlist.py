"""Emotion → music mood strategies and the per-mood shuffled playlists."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

import pytest

from facemood.core.playlist import (
    FALLBACK_ORDER,
    LIFT_MAPPING,
    MATCH_MAPPING,
    Feedback,
    FeedbackStore,
    MoodMapping,
    NeutralChoice,
    Playlist,
    Strategy,
)
from facemood.core.types import Emotion, MusicMood

E, M = Emotion, MusicMood


@dataclass(frozen=True)
class FakeTrack:
    """The two fields a playlist reads (the library's Track has more)."""

    path: str
    mood: MusicMood | None


def _library(**counts: int) -> list[FakeTrack]:
    return [
        FakeTrack(f"/music/{mood}/{i}.mp3", MusicMood(mood))
        for mood, n in counts.items()
        for i in range(n)
    ]


# -- mapping ---------------------------------------------------------------------------


def test_match_strategy() -> None:
    mapping = MoodMapping(Strategy.MATCH)
    assert mapping.music_mood(E.SAD) is M.SAD
    assert mapping.music_mood(E.HAPPY) is M.HAPPY
    assert mapping.music_mood(E.ANGRY) is M.AGGRESSIVE
    assert mapping.music_mood(E.SURPRISE) is M.ENERGETIC


def test_lift_strategy() -> None:
    mapping = MoodMapping(Strategy.LIFT)
    assert mapping.music_mood(E.SAD) is M.HAPPY
    for emotion in (E.SURPRISE, E.FEAR, E.ANGRY):
        assert mapping.music_mood(emotion) is M.CALM
    assert mapping.music_mood(E.HAPPY) is M.HAPPY


def test_every_emotion_but_neutral_is_in_each_table() -> None:
    for table in (MATCH_MAPPING, LIFT_MAPPING):
        assert set(table) == set(Emotion) - {E.NEUTRAL}


@pytest.mark.parametrize(
    ("choice", "current", "expected"),
    [
        (NeutralChoice.CALM, M.HAPPY, M.CALM),
        (NeutralChoice.ENERGETIC, M.SAD, M.ENERGETIC),
        (NeutralChoice.KEEP, M.SAD, M.SAD),
        (NeutralChoice.KEEP, None, M.CALM),
    ],
)
def test_neutral_choice(
    choice: NeutralChoice, current: MusicMood | None, expected: MusicMood
) -> None:
    for strategy in Strategy:
        mapping = MoodMapping(strategy, neutral_choice=choice)
        assert mapping.music_mood(E.NEUTRAL, current=current) is expected


def test_custom_mapping_overrides_match_and_may_map_neutral() -> None:
    mapping = MoodMapping(Strategy.CUSTOM, {E.SAD: M.ENERGETIC, E.NEUTRAL: M.HAPPY})
    assert mapping.music_mood(E.SAD) is M.ENERGETIC
    assert mapping.music_mood(E.NEUTRAL) is M.HAPPY
    assert mapping.music_mood(E.ANGRY) is M.AGGRESSIVE  # not in the table: "match"


def test_fallback_order_lists_every_other_mood_once() -> None:
    for mood, order in FALLBACK_ORDER.items():
        assert sorted(order) == sorted(set(MusicMood) - {mood})


# -- shuffling -------------------------------------------------------------------------


def test_a_round_plays_every_track_once_before_any_repeat() -> None:
    playlist = Playlist(_library(happy=7, sad=2), rng=random.Random(1))
    first = [playlist.next(M.HAPPY) for _ in range(7)]
    assert all(p is not None and p.mood is M.HAPPY for p in first)
    paths = [p.track.path for p in first if p is not None]
    assert len(set(paths)) == 7
    second = [playlist.next(M.HAPPY) for _ in range(7)]
    assert {p.track.path for p in second if p is not None} == set(paths)
    assert second[0] is not None and second[0].track.path != paths[-1]  # no repeat at the seam


def test_the_same_seed_gives_the_same_order() -> None:
    def order(seed: int) -> list[str]:
        playlist = Playlist(_library(calm=6), rng=random.Random(seed))
        return [p.track.path for p in (playlist.next(M.CALM) for _ in range(6)) if p]

    assert order(5) == order(5)
    assert order(5) != order(6)


def test_position_is_remembered_per_mood() -> None:
    rng = random.Random(3)
    playlist = Playlist(_library(happy=4, sad=4), rng=rng)
    happy_1 = playlist.next(M.HAPPY)
    playlist.next(M.SAD)
    playlist.next(M.SAD)
    happy_2 = playlist.next(M.HAPPY)
    assert happy_1 and happy_2
    assert playlist.previous(M.HAPPY) is not None
    assert playlist.current(M.HAPPY) == happy_1.track
    assert happy_1.track != happy_2.track
    reference = Playlist(_library(happy=4, sad=4), rng=random.Random(3))
    expected = [reference.next(M.HAPPY) for _ in range(2)]
    assert [p.track for p in expected if p] == [happy_1.track, happy_2.track]


def test_previous_steps_back_and_stays_on_the_first() -> None:
    playlist = Playlist(_library(sad=3), rng=random.Random(0))
    a, b = playlist.next(M.SAD), playlist.next(M.SAD)
    assert a and b
    back = playlist.previous(M.SAD)
    assert back and back.track == a.track
    again = playlist.previous(M.SAD)
    assert again and again.track == a.track


def test_upcoming_shows_the_rest_of_the_round() -> None:
    playlist = Playlist(_library(calm=4), rng=random.Random(0))
    first = playlist.next(M.CALM)
    upcoming = playlist.upcoming(M.CALM, 10)
    assert first and len(upcoming) == 3 and first.track not in upcoming
    assert playlist.upcoming(M.ENERGETIC) == playlist.upcoming(M.CALM)  # fallback


# -- fallback and untagged -------------------------------------------------------------


def test_a_mood_without_tracks_falls_back_to_the_nearest_and_says_so() -> None:
    playlist = Playlist(_library(calm=2, aggressive=2), rng=random.Random(0))
    pick = playlist.next(M.SAD)
    assert pick is not None
    assert pick.requested is M.SAD and pick.mood is M.CALM and pick.fallback
    assert pick.describe() == "No sad tracks; playing calm instead"
    energetic = playlist.next(M.ENERGETIC)
    assert energetic and energetic.mood is M.AGGRESSIVE
    own = playlist.next(M.CALM)
    assert own and not own.fallback and own.describe() == "Playing calm"


def test_untagged_tracks_play_only_when_nothing_is_tagged() -> None:
    untagged = [FakeTrack(f"/music/u{i}.mp3", None) for i in range(3)]
    playlist = Playlist([*untagged, *_library(happy=1)], rng=random.Random(0))
    for _ in range(4):
        pick = playlist.next(M.SAD)
        assert pick and pick.track.mood is M.HAPPY
    only_untagged = Playlist(untagged, rng=random.Random(0))
    pick = only_untagged.next(M.SAD)
    assert pick and pick.untagged and pick.track in untagged
    assert "untagged" in pick.describe()
    assert only_untagged.counts()[None] == 3


def test_an_empty_library_gives_no_pick() -> None:
    playlist: Playlist[FakeTrack] = Playlist([], rng=random.Random(0))
    assert playlist.next(M.HAPPY) is None
    assert playlist.skip(M.HAPPY) is None
    assert playlist.previous(M.HAPPY) is None
    assert playlist.resolve(M.HAPPY) is None
    assert len(playlist) == 0


def test_set_tracks_keeps_positions_of_unchanged_moods() -> None:
    tracks = _library(happy=3, sad=3)
    playlist = Playlist(tracks, rng=random.Random(0))
    happy = playlist.next(M.HAPPY)
    sad = playlist.next(M.SAD)
    new = FakeTrack("/music/sad/new.mp3", M.SAD)
    playlist.set_tracks([*tracks, new])
    assert playlist.current(M.HAPPY) == (happy.track if happy else None)
    # The sad round goes on from its current track, and the new track comes next.
    assert playlist.current(M.SAD) == (sad.track if sad else None)
    assert playlist.upcoming(M.SAD, 1) == [new]
    assert len(playlist.upcoming(M.SAD, 10)) == 3
    assert len(playlist) == 7


def test_a_retagged_track_leaves_its_round_and_joins_the_other_at_once() -> None:
    tracks = _library(happy=3, sad=3)
    playlist = Playlist(tracks, rng=random.Random(0))
    first = playlist.next(M.HAPPY)
    assert first is not None
    later = playlist.upcoming(M.HAPPY, 10)
    playlist.next(M.SAD)
    moved = FakeTrack(later[0].path, M.SAD)
    playlist.set_tracks([t for t in tracks if t.path != moved.path] + [moved])
    assert playlist.upcoming(M.HAPPY, 10) == later[1:]  # nothing repeats, nothing is lost
    pick = playlist.next(M.SAD)
    assert pick is not None and pick.track == moved


def test_another_library_starts_every_round_afresh() -> None:
    playlist = Playlist(_library(happy=3), rng=random.Random(0))
    playlist.next(M.HAPPY)
    other = [FakeTrack(f"/elsewhere/happy{i}.mp3", M.HAPPY) for i in range(2)]
    playlist.set_tracks(other)
    assert playlist.current(M.HAPPY) is None
    pick = playlist.next(M.HAPPY)
    assert pick is not None and pick.track in other


# -- skips and likes -------------------------------------------------------------------


def test_new_song_skips_within_the_mood_and_counts_the_skip() -> None:
    playlist = Playlist(_library(happy=3, sad=3), rng=random.Random(0))
    first = playlist.next(M.HAPPY)
    skipped_to = playlist.skip(M.HAPPY)
    assert first and skipped_to
    assert skipped_to.mood is M.HAPPY and skipped_to.track != first.track
    assert playlist.feedback.get(first.track.path, M.HAPPY) == Feedback(skips=1)
    assert playlist.feedback.get(first.track.path, M.SAD) == Feedback()


def test_skips_and_likes_change_the_chance_of_coming_first() -> None:
    """Over many shuffles, a liked track leads far more often than a skipped one."""
    tracks = _library(calm=4)
    liked, skipped = tracks[0], tracks[1]
    store = FeedbackStore()
    for _ in range(3):
        store.record_like(liked.path, M.CALM)
        store.record_skip(skipped.path, M.CALM)
    leaders: Counter[str] = Counter()
    for seed in range(400):
        playlist = Playlist(tracks, rng=random.Random(seed), feedback=store)
        pick = playlist.next(M.CALM)
        assert pick
        leaders[pick.track.path] += 1
    assert leaders[liked.path] > 250
    assert leaders[skipped.path] < 10
    # Likes in one mood do not carry over to another.
    assert store.get(liked.path, M.HAPPY).weight == 1.0


def test_weights_are_bounded() -> None:
    assert Feedback(skips=50).weight == 1 / 16
    assert Feedback(likes=50).weight == 16
    assert Feedback(skips=2, likes=2).weight == 1


def test_like_is_stored_for_the_mood() -> None:
    playlist = Playlist(_library(sad=2), rng=random.Random(0))
    pick = playlist.next(M.SAD)
    assert pick
    assert playlist.like(pick.track, M.SAD) == Feedback(likes=1)


def test_feedback_document_round_trip() -> None:
    store = FeedbackStore()
    store.record_skip("/music/a.mp3", M.HAPPY)
    store.record_like("/music/a.mp3", M.CALM)
    store.record_like("/music/a.mp3", M.CALM)
    doc = store.document()
    assert doc == {
        "version": 1,
        "moods": {
            "calm": {"/music/a.mp3": {"skips": 0, "likes": 2}},
            "happy": {"/music/a.mp3": {"skips": 1, "likes": 0}},
        },
    }
    again = FeedbackStore(doc)
    assert again.get("/music/a.mp3", M.HAPPY) == Feedback(skips=1)
    assert again.get("/music/a.mp3", M.CALM) == Feedback(likes=2)


def test_a_nonsense_feedback_document_starts_empty() -> None:
    assert FeedbackStore({"moods": ["not", "a", "mapping"]}).get("/x.mp3", M.SAD) == Feedback()
    doc = {"moods": {"nope": {}, "sad": {"/x.mp3": {"skips": "2"}}}}
    assert FeedbackStore(doc).get("/x.mp3", M.SAD) == Feedback()


def test_evidence_is_the_net_likes_per_mood_a_track_has_feedback_in() -> None:
    store = FeedbackStore()
    assert store.evidence("/x.mp3") == {}
    store.record_skip("/x.mp3", M.HAPPY)
    store.record_skip("/x.mp3", M.HAPPY)
    store.record_like("/x.mp3", M.CALM)
    store.record_like("/y.mp3", M.SAD)
    assert store.evidence("/x.mp3") == {M.HAPPY: -2, M.CALM: 1}
    store.record_like("/x.mp3", M.HAPPY)
    store.record_like("/x.mp3", M.HAPPY)
    assert store.evidence("/x.mp3")[M.HAPPY] == 0  # a like undoes a skip
