"""A player that makes no sound but keeps state and time like a real one.

Used when libVLC is missing (the app goes on without sound) and in tests. Time comes from
an injectable clock; a track "ends" when its duration has passed, and the end is noticed
whenever the owner looks (``process_events``, ``state``, ``position``).
"""

from __future__ import annotations

import contextlib
import os
import wave
from collections.abc import Callable

from facemood.core.clock import SYSTEM_CLOCK, Clock
from facemood.playback.base import (
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerError,
    SoundProblem,
    SoundProblemKind,
    StateChanged,
    TrackEnded,
)


def wav_duration(path: str) -> float | None:
    """The length of a WAV file in seconds, ``None`` for anything else (stdlib only)."""
    if not path.lower().endswith((".wav", ".wave")):
        return None
    try:
        with contextlib.closing(wave.open(path, "rb")) as wav:
            rate = wav.getframerate()
            return wav.getnframes() / rate if rate else None
    except (OSError, EOFError, wave.Error):
        return None


class NullPlayer(Player):
    """Silent player.

    Args:
        volume: initial volume (0-100).
        clock: time source (a fake clock in tests).
        durations: the length of a file in seconds, or ``None`` if unknown; default reads
            WAV headers. A track of unknown length plays until stopped.
        reason: why this backend stands in for a real one (e.g. libVLC missing); the
            app shows it once.
    """

    name = "null"
    has_sound = False

    def __init__(
        self,
        volume: int = 80,
        *,
        clock: Clock = SYSTEM_CLOCK,
        durations: Callable[[str], float | None] = wav_duration,
        reason: PlayerError | None = None,
    ) -> None:
        super().__init__(volume)
        self._clock = clock
        self._durations = durations
        self._reason = reason
        self._length: float | None = None
        self._offset = 0.0  # position when the clock last (re)started
        self._since: float | None = None  # clock time of the last (re)start; None: not running
        self._loaded = False
        self._ended = False

    @property
    def unavailable_reason(self) -> PlayerError | None:
        """Why no real player could be used (e.g. libVLC missing), or None."""
        return self._reason

    @property
    def sound_problem(self) -> SoundProblem | None:
        """No sound at all when this player stands in for a real one."""
        reason = self._reason
        if reason is None:
            return None
        return SoundProblem(SoundProblemKind.NO_PLAYER, detail=f"{reason.message}. {reason.detail}")

    def _elapsed(self) -> float:
        pos = self._offset
        if self._since is not None:
            pos += self._clock.now() - self._since
        if self._length is not None:
            pos = min(pos, self._length)
        return pos

    def _poll_backend(self) -> None:
        with self._command_lock:
            if (
                self._since is not None
                and self._length is not None
                and not self._ended
                and self._elapsed() >= self._length
            ):
                self._offset, self._since, self._ended = self._length, None, True
                path = self._path or ""
                self._post(StateChanged(PlaybackState.ENDED, path))
                self._post(TrackEnded(path))

    def _backend_play(self, path: str) -> None:
        if not os.path.isfile(path):
            self._loaded = False
            self._post(StateChanged(PlaybackState.ERROR, path))
            self._post(PlaybackFailed(path, f"Cannot play {os.path.basename(path)}: no such file"))
            return
        self._loaded, self._ended = True, False
        self._length = self._durations(path)
        self._offset, self._since = 0.0, self._clock.now()
        self._post(StateChanged(PlaybackState.PLAYING, path))

    def _backend_stop(self) -> None:
        was = self._loaded
        self._loaded, self._since, self._offset, self._length = False, None, 0.0, None
        if was:
            self._post(StateChanged(PlaybackState.STOPPED, self._path))

    def _backend_pause(self) -> None:
        if self._since is not None:
            self._offset, self._since = self._elapsed(), None
            self._post(StateChanged(PlaybackState.PAUSED, self._path))

    def _backend_resume(self) -> None:
        if self._loaded and self._since is None and not self._ended:
            self._since = self._clock.now()
            self._post(StateChanged(PlaybackState.PLAYING, self._path))

    def _backend_seek(self, seconds: float) -> None:
        if self._loaded:
            self._offset = seconds if self._length is None else min(seconds, self._length)
            if self._since is not None:
                self._since = self._clock.now()

    def _backend_set_volume(self, percent: int) -> None:
        """Nothing to apply: the base class keeps the volume."""

    def _backend_position(self) -> float:
        return self._elapsed() if self._loaded else 0.0

    def _backend_duration(self) -> float | None:
        return self._length if self._loaded else None

    def _backend_close(self) -> None:
        self._loaded = False
