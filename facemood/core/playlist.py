"""Which music to play for a mood: emotion → music mood strategies and per-mood playlists.

Pure Python: no Qt, no file I/O (the feedback file is :mod:`facemood.app.feedback`).

* :class:`MoodMapping` turns the face's :class:`Emotion` into a :class:`MusicMood` with a
  strategy: ``"match"`` (sad face → sad music), ``"lift"`` (sad → happy; surprise, fear and
  anger → calm, "here is a song to calm you") or ``"custom"`` (the user's own table).
  Neutral is special: the ``neutral_choice`` setting picks calm, energetic or "keep
  whatever is playing".
* :class:`Playlist` holds the library's tracks grouped by mood. Each mood has its own
  shuffled order and position, so coming back to a mood continues where it left off;
  an order never repeats a track until every track of the mood has played. When a mood
  has no tracks the nearest mood in :data:`FALLBACK_ORDER` plays instead and the pick
  says so. Skips and likes, remembered per (track, mood) by a :class:`FeedbackStore`,
  lower or raise a track's chance of coming early in that mood's next shuffle.

Untagged tracks (``mood is None``) are used only when the library has no tagged track
at all; then every mood plays from them (and the pick says so), so a fresh, untagged
library still makes sound.

Everything random goes through an injected :class:`random.Random`, so tests are exact.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from facemood.core.types import Emotion, MusicMood


class Strategy(StrEnum):
    """How an emotion picks a music mood."""

    MATCH = "match"
    """Music that matches the face: sad → sad, happy → happy, angry → aggressive."""
    LIFT = "lift"
    """Music that lifts the mood: sad → happy, surprise/fear/anger → calm."""
    CUSTOM = "custom"
    """The user's own table (``music.custom_mapping``), on top of "match"."""


class NeutralChoice(StrEnum):
    """What a neutral face plays."""

    CALM = "calm"
    ENERGETIC = "energetic"
    KEEP = "keep"
    """Keep the music mood that is playing (calm when nothing plays yet)."""


MATCH_MAPPING: Mapping[Emotion, MusicMood] = {
    Emotion.ANGRY: MusicMood.AGGRESSIVE,
    # Disgust is a negative, high-arousal state like anger; FER2013 barely separates them.
    Emotion.DISGUST: MusicMood.AGGRESSIVE,
    # Fear is negative and tense; "sad" would feed it, "aggressive" would too, and the
    # matching, low-arousal mood people report wanting when anxious is calm.
    Emotion.FEAR: MusicMood.CALM,
    Emotion.HAPPY: MusicMood.HAPPY,
    Emotion.SAD: MusicMood.SAD,
    Emotion.SURPRISE: MusicMood.ENERGETIC,
}
"""The "match" strategy (neutral is decided by :class:`NeutralChoice`)."""

LIFT_MAPPING: Mapping[Emotion, MusicMood] = {
    Emotion.ANGRY: MusicMood.CALM,
    Emotion.DISGUST: MusicMood.CALM,
    Emotion.FEAR: MusicMood.CALM,
    Emotion.HAPPY: MusicMood.HAPPY,
    Emotion.SAD: MusicMood.HAPPY,
    Emotion.SURPRISE: MusicMood.CALM,
}
"""The "lift" strategy (neutral is decided by :class:`NeutralChoice`)."""

FALLBACK_ORDER: Mapping[MusicMood, tuple[MusicMood, ...]] = {
    # Nearest first, on the valence/arousal circle: happy (+valence, +arousal),
    # energetic (+v, ++a), calm (+v, -a), sad (-v, -a), aggressive (-v, ++a).
    MusicMood.HAPPY: (MusicMood.ENERGETIC, MusicMood.CALM, MusicMood.SAD, MusicMood.AGGRESSIVE),
    MusicMood.SAD: (MusicMood.CALM, MusicMood.HAPPY, MusicMood.AGGRESSIVE, MusicMood.ENERGETIC),
    MusicMood.CALM: (MusicMood.SAD, MusicMood.HAPPY, MusicMood.ENERGETIC, MusicMood.AGGRESSIVE),
    MusicMood.ENERGETIC: (
        MusicMood.HAPPY,
        MusicMood.AGGRESSIVE,
        MusicMood.CALM,
        MusicMood.SAD,
    ),
    MusicMood.AGGRESSIVE: (
        MusicMood.ENERGETIC,
        MusicMood.SAD,
        MusicMood.HAPPY,
        MusicMood.CALM,
    ),
}
"""For each mood, the other moods from nearest to farthest: the fallback when it has no tracks."""


@dataclass(frozen=True, slots=True)
class MoodMapping:
    """Emotion → music mood, as chosen in the settings.

    Attributes:
        strategy: "match", "lift" or "custom".
        custom: for "custom": emotion → music mood; emotions left out use "match".
            Neutral may be mapped here too; then it wins over ``neutral_choice``.
        neutral_choice: what a neutral face plays when the table does not say.
    """

    strategy: Strategy = Strategy.MATCH
    custom: Mapping[Emotion, MusicMood] = field(default_factory=dict)
    neutral_choice: NeutralChoice = NeutralChoice.CALM

    def table(self) -> Mapping[Emotion, MusicMood]:
        """The emotion → mood table in force (neutral only if the custom table maps it)."""
        if self.strategy is Strategy.LIFT:
            return LIFT_MAPPING
        if self.strategy is Strategy.CUSTOM:
            return {**MATCH_MAPPING, **self.custom}
        return MATCH_MAPPING

    def music_mood(self, emotion: Emotion, current: MusicMood | None = None) -> MusicMood:
        """The music mood for ``emotion``.

        Args:
            emotion: the face's (smoothed) emotion.
            current: the music mood playing now; "keep" keeps it for a neutral face.
        """
        table = self.table()
        if emotion in table:
            return table[emotion]
        # Only neutral reaches here.
        if self.neutral_choice is NeutralChoice.ENERGETIC:
            return MusicMood.ENERGETIC
        if self.neutral_choice is NeutralChoice.KEEP and current is not None:
            return current
        return MusicMood.CALM


class PlaylistTrack(Protocol):
    """What a playlist needs of a track (``facemood.library`` ``Track`` has it)."""

    @property
    def path(self) -> str | os.PathLike[str]:
        """The audio file; also the track's identity."""
        ...

    @property
    def mood(self) -> MusicMood | None:
        """The track's mood, ``None`` when untagged."""
        ...


T = TypeVar("T", bound=PlaylistTrack)


def track_key(track: PlaylistTrack) -> str:
    """The identity of a track in feedback and positions: its path as a string."""
    return os.fspath(track.path)


@dataclass(frozen=True, slots=True)
class Feedback:
    """How often a track was skipped and liked in one mood."""

    skips: int = 0
    likes: int = 0

    @property
    def weight(self) -> float:
        """The relative chance of coming early in a shuffle: 1 neutral, doubled per net like.

        Clamped to [1/16, 16] so a track is never banned nor forced (unlike/"never" is a
        library decision, not a shuffle weight).
        """
        return float(2.0 ** max(-4, min(4, self.likes - self.skips)))


class FeedbackStore:
    """Skips and likes per (track, mood), in memory.

    Pure logic: it reads and writes no file. Its document form (:meth:`document`, and
    the ``document`` argument) is what :class:`facemood.app.feedback.FeedbackFile` keeps
    on disk; that subclass saves after every change through :meth:`_changed`. Entries of
    a document that do not make sense (unknown moods, counts that are not whole numbers)
    are left out, so feedback never stops the music.

    Format: ``{"version": 1, "moods": {"calm": {"/music/a.mp3": {"skips": 1, "likes": 0}}}}``.
    """

    VERSION = 1

    def __init__(self, document: Mapping[str, object] | None = None) -> None:
        self._data: dict[MusicMood, dict[str, Feedback]] = {mood: {} for mood in MusicMood}
        moods = document.get("moods", {}) if document is not None else {}
        if not isinstance(moods, dict):
            return
        for mood_name, tracks in moods.items():
            try:
                mood = MusicMood(mood_name)
            except ValueError:
                continue
            if not isinstance(tracks, dict):
                continue
            for key, value in tracks.items():
                if isinstance(value, dict):
                    skips, likes = value.get("skips", 0), value.get("likes", 0)
                    if isinstance(skips, int) and isinstance(likes, int):
                        self._data[mood][str(key)] = Feedback(max(0, skips), max(0, likes))

    def document(self) -> dict[str, object]:
        """Everything recorded, as a JSON-ready document (the format above)."""
        return {
            "version": self.VERSION,
            "moods": {
                mood.value: {k: {"skips": f.skips, "likes": f.likes} for k, f in tracks.items()}
                for mood, tracks in self._data.items()
                if tracks
            },
        }

    def get(self, key: str, mood: MusicMood) -> Feedback:
        """The feedback for track ``key`` in ``mood`` (zeros when none)."""
        return self._data[mood].get(key, Feedback())

    def evidence(self, key: str) -> dict[MusicMood, int]:
        """Net likes (likes minus skips) of track ``key`` in every mood it has feedback in.

        Moods without feedback are left out. The audio mood estimate leans towards the
        moods with net likes and away from those with net skips.
        """
        return {
            mood: f.likes - f.skips for mood, tracks in self._data.items() if (f := tracks.get(key))
        }

    def record_skip(self, key: str, mood: MusicMood) -> Feedback:
        """Count one skip of ``key`` in ``mood``; returns the new counts."""
        old = self.get(key, mood)
        return self._put(key, mood, Feedback(old.skips + 1, old.likes))

    def record_like(self, key: str, mood: MusicMood) -> Feedback:
        """Count one like of ``key`` in ``mood``; returns the new counts."""
        old = self.get(key, mood)
        return self._put(key, mood, Feedback(old.skips, old.likes + 1))

    def clear(self, key: str, mood: MusicMood) -> None:
        """Forget the feedback for ``key`` in ``mood``."""
        if self._data[mood].pop(key, None) is not None:
            self._changed()

    def _put(self, key: str, mood: MusicMood, value: Feedback) -> Feedback:
        self._data[mood][key] = value
        self._changed()
        return value

    def _changed(self) -> None:
        """Called after every change; a persistent store saves here."""


@dataclass(frozen=True, slots=True)
class Pick(Generic[T]):
    """A track chosen for a mood.

    Attributes:
        track: the track to play.
        requested: the mood that was asked for.
        mood: the mood it was picked from: ``requested``, or the nearest mood that has
            tracks when ``requested`` has none (see :attr:`fallback`).
        untagged: the library has no tagged tracks, so an untagged track plays.
    """

    track: T
    requested: MusicMood
    mood: MusicMood
    untagged: bool = False

    @property
    def fallback(self) -> bool:
        """Whether another mood stands in for the requested one."""
        return self.mood is not self.requested or self.untagged

    def describe(self) -> str:
        """A sentence saying what plays and why, e.g. for a status bar."""
        if self.untagged:
            return f"No mood-tagged tracks; playing an untagged track for {self.requested}"
        if self.mood is not self.requested:
            return f"No {self.requested} tracks; playing {self.mood} instead"
        return f"Playing {self.mood}"


class _MoodQueue(Generic[T]):
    """One mood's shuffled order and position."""

    def __init__(self) -> None:
        self.order: list[T] = []
        self.pos = -1  # index of the current track in ``order``; -1 before the first


class Playlist(Generic[T]):
    """The tracks of a library, grouped by mood, with a per-mood shuffle.

    Args:
        tracks: every track of the library (untagged ones included).
        rng: the source of randomness (inject a seeded one in tests).
        feedback: skips and likes; an in-memory store when ``None``.
    """

    def __init__(
        self,
        tracks: Iterable[T] = (),
        *,
        rng: random.Random | None = None,
        feedback: FeedbackStore | None = None,
    ) -> None:
        self._rng = rng if rng is not None else random.Random()
        self.feedback = feedback if feedback is not None else FeedbackStore()
        self._by_mood: dict[MusicMood, list[T]] = {}
        self._untagged: list[T] = []
        self._queues: dict[MusicMood, _MoodQueue[T]] = {}
        self.set_tracks(tracks)

    def set_tracks(self, tracks: Iterable[T]) -> None:
        """Replace the library (after a rescan) without losing each mood's round.

        What played stays played and the position stays on the current track; tracks
        no longer in a mood leave its round, and tracks new to it (e.g. freshly tagged)
        come next, so a new tag is heard at the next track. A mood that keeps none of
        its tracks (another folder) starts a fresh shuffle.
        """
        by_mood: dict[MusicMood, list[T]] = {mood: [] for mood in MusicMood}
        untagged: list[T] = []
        seen: set[str] = set()
        for track in tracks:
            key = track_key(track)
            if key in seen:
                continue
            seen.add(key)
            if track.mood is None:
                untagged.append(track)
            else:
                by_mood[track.mood].append(track)
        self._by_mood = by_mood
        self._untagged = untagged
        for mood, queue in list(self._queues.items()):
            pool = {track_key(t): t for t in self._pool(mood)}
            kept = [t for t in queue.order if track_key(t) in pool]
            if not kept:
                del self._queues[mood]
                continue
            known = {track_key(t) for t in queue.order}
            played = [
                pool[track_key(t)] for t in queue.order[: queue.pos + 1] if track_key(t) in pool
            ]
            later = [
                pool[track_key(t)] for t in queue.order[queue.pos + 1 :] if track_key(t) in pool
            ]
            new = [t for t in pool.values() if track_key(t) not in known]
            added = self._weighted(mood, new) if new else []
            queue.order = played + added + later
            queue.pos = len(played) - 1

    def _pool(self, mood: MusicMood) -> list[T]:
        """The tracks that can play for ``mood`` itself (no fallback)."""
        if self.has_tagged_tracks():
            return self._by_mood.get(mood, [])
        return self._untagged

    def has_tagged_tracks(self) -> bool:
        """Whether any track has a mood."""
        return any(self._by_mood.values())

    def tracks(self, mood: MusicMood) -> Sequence[T]:
        """The tracks tagged ``mood``, in library order."""
        return tuple(self._by_mood.get(mood, ()))

    def counts(self) -> dict[MusicMood | None, int]:
        """Number of tracks per mood (``None``: untagged)."""
        result: dict[MusicMood | None, int] = {m: len(self._by_mood[m]) for m in MusicMood}
        result[None] = len(self._untagged)
        return result

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_mood.values()) + len(self._untagged)

    def resolve(self, mood: MusicMood) -> MusicMood | None:
        """The mood that actually plays for ``mood``: itself, or the nearest with tracks.

        Returns ``None`` when the library is empty. With no tagged tracks at all every
        mood resolves to itself (its pool is the untagged tracks).
        """
        if not self.has_tagged_tracks():
            return mood if self._untagged else None
        for candidate in (mood, *FALLBACK_ORDER[mood]):
            if self._by_mood[candidate]:
                return candidate
        return None  # pragma: no cover - has_tagged_tracks() guarantees one

    def current(self, mood: MusicMood) -> T | None:
        """The track at ``mood``'s position (the one playing for it), if any."""
        actual = self.resolve(mood)
        if actual is None:
            return None
        queue = self._queues.get(actual)
        if queue is None or not 0 <= queue.pos < len(queue.order):
            return None
        return queue.order[queue.pos]

    def next(self, mood: MusicMood) -> Pick[T] | None:
        """Advance ``mood``'s position and return the track to play (``None``: no tracks).

        Falls back to the nearest mood with tracks; the pick says which mood it came from.
        """
        actual = self.resolve(mood)
        if actual is None:
            return None
        queue = self._queue(actual)
        queue.pos += 1
        if queue.pos >= len(queue.order):
            last = queue.order[-1] if queue.order else None
            queue.order = self._shuffle(actual, avoid_first=last)
            queue.pos = 0
        track = queue.order[queue.pos]
        return Pick(track, mood, actual, untagged=not self.has_tagged_tracks())

    def previous(self, mood: MusicMood) -> Pick[T] | None:
        """Step ``mood``'s position back one track (stays on the first); ``None``: no tracks."""
        actual = self.resolve(mood)
        if actual is None:
            return None
        queue = self._queue(actual)
        if queue.pos < 0:
            return self.next(mood)
        queue.pos = max(0, queue.pos - 1)
        return Pick(queue.order[queue.pos], mood, actual, untagged=not self.has_tagged_tracks())

    def skip(self, mood: MusicMood) -> Pick[T] | None:
        """ "New song": count a skip of ``mood``'s current track in that mood and advance."""
        actual = self.resolve(mood)
        if actual is None:
            return None
        current = self.current(mood)
        if current is not None:
            self.feedback.record_skip(track_key(current), actual)
        return self.next(mood)

    def upcoming(self, mood: MusicMood, count: int = 5) -> list[T]:
        """Up to ``count`` tracks that follow in ``mood``'s current round (no reshuffle)."""
        actual = self.resolve(mood)
        queue = self._queues.get(actual) if actual is not None else None
        if queue is None:
            return []
        return queue.order[queue.pos + 1 : queue.pos + 1 + max(0, count)]

    def like(self, track: PlaylistTrack, mood: MusicMood) -> Feedback:
        """Count a like of ``track`` in ``mood`` (raises its chance there next shuffle)."""
        return self.feedback.record_like(track_key(track), mood)

    def _queue(self, mood: MusicMood) -> _MoodQueue[T]:
        queue = self._queues.get(mood)
        if queue is None:
            queue = self._queues[mood] = _MoodQueue()
        return queue

    def _weighted(self, mood: MusicMood, tracks: Iterable[T]) -> list[T]:
        """``tracks`` in a random order weighted by their feedback in ``mood``."""
        keyed = []
        for track in tracks:
            weight = self.feedback.get(track_key(track), mood).weight
            u = self._rng.random()
            # log(u) / w orders exactly like u ** (1/w) without underflow.
            keyed.append((math.log(u) / weight if u > 0 else -math.inf, track))
        keyed.sort(key=lambda item: item[0], reverse=True)
        return [track for _, track in keyed]

    def _shuffle(self, mood: MusicMood, avoid_first: T | None) -> list[T]:
        """A weighted random order of ``mood``'s pool.

        Weighted sampling without replacement (Efraimidis & Spirakis: sort by
        ``u ** (1 / w)``), so a liked track tends to come early and a skipped one late,
        but every track still plays once per round.
        """
        order = self._weighted(mood, self._pool(mood))
        # No immediate repeat across the round boundary.
        if (
            avoid_first is not None
            and len(order) > 1
            and track_key(order[0]) == track_key(avoid_first)
        ):
            order[0], order[1] = order[1], order[0]
        return order
