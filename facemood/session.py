"""The music session: moods in, music out. Shared by ``run --headless`` and the GUI.

A :class:`MusicSession` owns a :class:`~facemood.core.playlist.Playlist` and drives a
:class:`~facemood.playback.Player`:

* :meth:`MusicSession.on_mood` takes the mood engine's updates (anything with ``t``,
  ``mood``, ``away``, ``changed``: ``facemood.core.mood.MoodUpdate`` or the bridge's
  ``MoodReading``), maps the emotion to a music mood and switches the music: at once
  with a fade (switch policy ``"fade"``) or when the current track ends
  (``"track_end"``). The first music starts at once either way.
* :meth:`MusicSession.poll` processes the player's events on the caller's thread: at a
  track's end the next track of the mood plays; a file that fails is reported and the
  next one tried.
* Transport for the GUI: :meth:`next`, :meth:`previous`, :meth:`new_song` (skip, counted
  against the track in this mood), :meth:`like`, :meth:`toggle_pause`, volume, seek.
* The user's own decisions: :meth:`set_override` locks the music to one mood (faces and
  photos are still read, but change nothing until the lock is lifted, which plays music
  for the face again); :meth:`set_config` with a new strategy or neutral choice re-decides
  the music for the emotion being followed.

It reports :class:`MoodChanged`, :class:`TrackStarted` and :class:`SessionError` to the
``events`` listeners, on the thread that calls it. No Qt, no threads of its own: call it
from one thread (the GUI bridge's player thread, or the headless loop).
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, Protocol

from facemood.core.choices import SwitchPolicy
from facemood.core.clock import SYSTEM_CLOCK, Clock
from facemood.core.playlist import (
    FeedbackStore,
    MoodMapping,
    Pick,
    Playlist,
    T,
    track_key,
)
from facemood.core.types import Emotion, MusicMood
from facemood.playback.base import (
    Listeners,
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerEvent,
    TrackEnded,
)

log = logging.getLogger("facemood.session")

INSTANT_END_S = 0.5
"""A track that "ends" sooner than this after it started counts as a failure: libVLC plays
a truncated or non-audio file as an empty stream that ends at once, and a library full of
them must not spin through tracks forever."""


@dataclass(frozen=True, slots=True)
class SessionConfig:
    """The music settings a session uses.

    Attributes:
        mapping: emotion → music mood strategy.
        switch_policy: fade now or wait for the track's end.
        fade_s: fade-out length for a switch.
        volume: player volume, 0-100.
    """

    mapping: MoodMapping = field(default_factory=MoodMapping)
    switch_policy: SwitchPolicy = SwitchPolicy.FADE
    fade_s: float = 1.5
    volume: int = 80


class MoodLike(Protocol):
    """What :meth:`MusicSession.on_mood` reads from a mood update."""

    @property
    def t(self) -> float: ...

    @property
    def mood(self) -> Emotion | None: ...

    @property
    def away(self) -> bool: ...

    @property
    def changed(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class MoodChanged:
    """The face's mood changed (``mood`` None: no mood, e.g. away); ``music_mood`` is the
    music mood it asks for (None when the music stays as it is)."""

    t: float
    mood: Emotion | None
    music_mood: MusicMood | None


@dataclass(frozen=True, slots=True)
class TrackStarted(Generic[T]):
    """A track started.

    Attributes:
        t: when (the mood update's or poll's time).
        track: the library track.
        path: its file.
        music_mood: the mood it was picked from.
        requested: the mood asked for (differs from ``music_mood`` on a fallback).
        note: a sentence when a fallback happened (e.g. "No sad tracks; playing calm
            instead"), else None.
        reason: "mood", "track_end", "next", "previous", "new_song", "override", "error",
            "chosen" (the user picked the track).
    """

    t: float
    track: T
    path: str
    music_mood: MusicMood
    requested: MusicMood
    note: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class SessionError:
    """Something went wrong that the user should hear about; the session goes on."""

    t: float
    message: str
    detail: str = ""


SessionEvent = MoodChanged | TrackStarted[T] | SessionError


class MusicSession(Generic[T]):
    """Moods to music: playlist choices and player control, on one thread.

    Args:
        player: the player to drive (the session does not close it unless asked to by
            :meth:`close`).
        tracks: the library's tracks.
        config: music settings.
        rng: randomness for shuffles (seeded in tests).
        feedback: skips/likes store; in memory when None (pass
            ``FeedbackStore.default()`` to remember them across runs).
        clock: time for events that have no time of their own (GUI transport).
    """

    def __init__(
        self,
        player: Player,
        tracks: Iterable[T] = (),
        *,
        config: SessionConfig | None = None,
        rng: random.Random | None = None,
        feedback: FeedbackStore | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.player = player
        self.config = config or SessionConfig()
        self.playlist: Playlist[T] = Playlist(tracks, rng=rng, feedback=feedback)
        self.events: Listeners[MoodChanged | TrackStarted[T] | SessionError] = Listeners()
        self._clock = clock
        self._target: MusicMood | None = None  # the music mood asked for
        self._current: Pick[T] | None = None  # what plays (or was last started)
        self._pending: MusicMood | None = None  # switch waiting for the track's end/resume
        self._emotion: Emotion | None = None
        self._override: MusicMood | None = None  # the user's lock, or None: follow the face
        self._failures = 0  # consecutive tracks that failed to play
        self._started_at = 0.0  # clock time the current track was started
        self.player.set_volume(self.config.volume)

    # -- properties ------------------------------------------------------------------

    @property
    def emotion(self) -> Emotion | None:
        """The last emotion followed."""
        return self._emotion

    @property
    def override(self) -> MusicMood | None:
        """The mood the user locked the music to (None: the music follows the face)."""
        return self._override

    @property
    def target_mood(self) -> MusicMood | None:
        """The music mood asked for by the face (or override)."""
        return self._target

    @property
    def current(self) -> Pick[T] | None:
        """The pick playing (or last started), with the mood it came from."""
        return self._current

    @property
    def pending_mood(self) -> MusicMood | None:
        """A mood switch waiting for the current track's end (or for resume)."""
        return self._pending

    def upcoming(self, count: int = 5) -> list[T]:
        """The next tracks of the playing mood in this round (may be fewer than ``count``)."""
        if self._current is None:
            return []
        return self.playlist.upcoming(self._current.requested, count)

    # -- configuration ----------------------------------------------------------------

    def set_config(self, config: SessionConfig, *, t: float | None = None) -> Pick[T] | None:
        """Use new settings. The volume applies at once; a new strategy or neutral choice
        re-decides the music for the emotion being followed (now, with a fade), the rest
        applies from the next switch. Returns the pick when a track started."""
        old, self.config = self.config, config
        self.player.set_volume(config.volume)
        if config.mapping == old.mapping or self._emotion is None or self._override is not None:
            return None
        mood = config.mapping.music_mood(self._emotion, current=self._target)
        if mood is self._target:
            return None
        t = self._time(t)
        self._emit(MoodChanged(t, self._emotion, mood))
        return self._switch_to(mood, t, reason="mood", immediate=True)

    def set_tracks(self, tracks: Iterable[T], *, t: float | None = None) -> Pick[T] | None:
        """Use a rescanned library. The playing track plays on; when nothing plays but a
        mood was asked for (the face was read before the library was), it starts now."""
        self.playlist.set_tracks(tracks)
        idle = self.player.state in (PlaybackState.STOPPED, PlaybackState.ERROR)
        if self._target is None or not idle or not len(self.playlist):
            return None
        return self._start(self._target, self._time(t), reason="mood")

    # -- moods -----------------------------------------------------------------------

    def on_mood(self, update: MoodLike) -> Pick[T] | None:
        """Follow a mood engine update; returns the pick when a track started."""
        if not update.changed:
            return None
        if update.mood is None or update.away:
            # No face: the music plays on as it is.
            self._emit(MoodChanged(update.t, None, None))
            return None
        return self.follow_emotion(update.mood, t=update.t)

    def follow_emotion(
        self, emotion: Emotion, *, t: float | None = None, immediate: bool = False
    ) -> Pick[T] | None:
        """Play music for ``emotion`` (mapping it with the strategy).

        Args:
            emotion: the face's emotion.
            t: the event time (default: the clock).
            immediate: switch now even with the "track_end" policy (e.g. a photo).
        """
        t = self._time(t)
        self._emotion = emotion
        if self._override is not None:
            # Locked by the user: the face is still read, the music stays.
            self._emit(MoodChanged(t, emotion, None))
            return None
        mood = self.config.mapping.music_mood(emotion, current=self._target)
        self._emit(MoodChanged(t, emotion, mood))
        return self._switch_to(mood, t, reason="mood", immediate=immediate)

    def set_override(self, mood: MusicMood | None, *, t: float | None = None) -> Pick[T] | None:
        """Lock the music to ``mood`` (now), or with None follow the face again (playing
        music for the last emotion seen at once). Returns the pick when a track started."""
        self._override = mood
        t = self._time(t)
        if mood is not None:
            return self._switch_to(mood, t, reason="override", immediate=True)
        if self._emotion is None:
            return None
        return self.follow_emotion(self._emotion, t=t, immediate=True)

    def _switch_to(
        self, mood: MusicMood, t: float, *, reason: str, immediate: bool
    ) -> Pick[T] | None:
        self._target = mood
        playing_mood = self._current.mood if self._current is not None else None
        state = self.player.state
        active = state in (PlaybackState.PLAYING, PlaybackState.OPENING, PlaybackState.PAUSED)
        if active and self.playlist.resolve(mood) == playing_mood:
            # Same music either way (e.g. both fall back to calm): nothing to change, and
            # a switch that was waiting is called off.
            self._pending = None
            return None
        if not active:
            return self._start(mood, t, reason=reason, fade=False)
        if state is PlaybackState.PAUSED and not immediate:
            self._pending = mood  # starts on resume; never un-pause by itself
            return None
        if self.config.switch_policy is SwitchPolicy.TRACK_END and not immediate:
            self._pending = mood
            return None
        return self._start(mood, t, reason=reason, fade=True)

    # -- transport -------------------------------------------------------------------

    def next(self, *, t: float | None = None) -> Pick[T] | None:
        """The next track of the current mood, now (no skip counted)."""
        mood = self._mood_for_transport()
        return None if mood is None else self._start(mood, self._time(t), reason="next")

    def previous(self, *, t: float | None = None) -> Pick[T] | None:
        """The previous track of the current mood (restarts the first one)."""
        mood = self._mood_for_transport()
        if mood is None:
            return None
        pick = self.playlist.previous(mood)
        return None if pick is None else self._play(pick, self._time(t), "previous", fade=False)

    def new_song(self, *, t: float | None = None) -> Pick[T] | None:
        """ "New song": skip to another track of the same mood and count the skip."""
        mood = self._mood_for_transport()
        if mood is None:
            return None
        pick = self.playlist.skip(mood)
        return None if pick is None else self._play(pick, self._time(t), "new_song", fade=False)

    def play_track(self, track: T, *, t: float | None = None) -> Pick[T]:
        """Play ``track`` now because the user picked it (e.g. in the library). It counts
        as its own mood's (an untagged one as the mood asked for); when it ends, the music
        for the face (or the lock) goes on."""
        mood = track.mood or self._target or MusicMood.CALM
        pick = Pick(track, mood, mood, untagged=track.mood is None)
        return self._play(pick, self._time(t), "chosen", fade=False)

    def like(self) -> None:
        """Remember that the playing track is liked in the mood it plays for."""
        if self._current is not None:
            self.playlist.like(self._current.track, self._current.mood)

    def toggle_pause(self) -> None:
        """Pause, or resume (starting a mood switch that waited for the resume); with
        nothing loaded, play the mood asked for, or before any face was read what a
        resting face would get."""
        state = self.player.state
        if state is PlaybackState.PAUSED:
            if self._pending is not None:
                mood, self._pending = self._pending, None
                self._start(mood, self._time(None), reason="mood", fade=False)
            else:
                self.player.resume()
        elif state in (PlaybackState.PLAYING, PlaybackState.OPENING):
            self.player.pause()
        else:
            mood = self._target or self.config.mapping.music_mood(Emotion.NEUTRAL)
            self._start(mood, self._time(None), reason="next", fade=False)

    def set_volume(self, percent: int) -> None:
        """Set the player volume, 0-100."""
        self.player.set_volume(percent)

    def seek(self, seconds: float) -> None:
        """Jump within the playing track."""
        self.player.seek(seconds)

    def stop(self, *, fade: bool = False) -> None:
        """Stop the music (after the configured fade when ``fade``)."""
        self._pending = None
        self.player.stop(fade_s=self.config.fade_s if fade else 0.0)

    def close(self) -> None:
        """Stop and close the player."""
        self._pending = None
        self.player.close()

    # -- player events ---------------------------------------------------------------

    def poll(self, *, t: float | None = None) -> list[PlayerEvent]:
        """Process the player's events on this thread: next track at an end, errors.

        Call it regularly (the GUI bridge from a timer, the headless loop every frame).
        """
        t = self._time(t)
        events = self.player.process_events()
        for event in events:
            if isinstance(event, TrackEnded):
                self._on_track_ended(event, t)
            elif isinstance(event, PlaybackFailed):
                self._on_failed(event, t)
        return events

    def _on_track_ended(self, event: TrackEnded, t: float) -> None:
        if event.path != self._current_path():
            return  # a stale end of a track already replaced
        if self._clock.now() - self._started_at < INSTANT_END_S:
            self._failures += 1
            if self._failures >= max(len(self.playlist), 1):
                self._give_up(t)
                return
        else:
            self._failures = 0
        mood = self._pending or self._target
        self._pending = None
        if mood is not None:
            self._start(mood, t, reason="track_end", fade=False)

    def _give_up(self, t: float) -> None:
        self._pending = None
        self._failures = 0
        self._emit(
            SessionError(
                t,
                "No playable tracks",
                "Every track tried in a row failed to play; check the music folder.",
            )
        )

    def _on_failed(self, event: PlaybackFailed, t: float) -> None:
        self._emit(SessionError(t, event.message, event.path or ""))
        if event.path is not None and event.path != self._current_path():
            return
        self._failures += 1
        mood = self._pending or self._target
        if mood is None or self._failures >= max(len(self.playlist), 1):
            self._give_up(t)
            return
        self._pending = None
        self._start(mood, t, reason="error", fade=False)

    # -- internals -------------------------------------------------------------------

    def _mood_for_transport(self) -> MusicMood | None:
        if self._current is not None:
            return self._current.requested
        return self._target

    def _current_path(self) -> str | None:
        return track_key(self._current.track) if self._current is not None else None

    def _time(self, t: float | None) -> float:
        return self._clock.now() if t is None else t

    def _start(
        self, mood: MusicMood, t: float, *, reason: str, fade: bool = False
    ) -> Pick[T] | None:
        pick = self.playlist.next(mood)
        if pick is None:
            self._emit(
                SessionError(
                    t,
                    "The music library is empty",
                    "Choose a folder with music, or use the demo library.",
                )
            )
            return None
        return self._play(pick, t, reason, fade=fade)

    def _play(self, pick: Pick[T], t: float, reason: str, *, fade: bool) -> Pick[T]:
        self._pending = None
        self._current = pick
        self._started_at = self._clock.now() + (self.config.fade_s if fade else 0.0)
        path = track_key(pick.track)
        self.player.play(path, fade_s=self.config.fade_s if fade else 0.0)
        note = pick.describe() if pick.fallback else None
        if note:
            log.info("%s", note)
        self._emit(
            TrackStarted(t, pick.track, os.fspath(path), pick.mood, pick.requested, note, reason)
        )
        return pick

    def _emit(self, event: MoodChanged | TrackStarted[T] | SessionError) -> None:
        self.events.emit(event)
