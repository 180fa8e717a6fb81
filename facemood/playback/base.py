"""The player interface every audio backend implements.

A :class:`Player` plays one file at a time: ``play``/``pause``/``resume``/``stop``/
``seek``/``set_volume``, reports ``state``/``position()``/``duration()``, and tells
listeners about :class:`StateChanged`, :class:`TrackEnded` and :class:`PlaybackFailed`.
Next/previous/"new song" belong to the playlist (``facemood.core.playlist``) and the
session (``facemood.session``), which own the track order.

Threads. A backend's own threads (libVLC's event thread) only *forward* data: they put
an event on a thread-safe inbox (:meth:`Player._post`) and ring the optional notifier.
The owner calls :meth:`Player.process_events` on its own thread (the GUI thread, the
headless loop); that is where ``state`` changes and listeners run. So listeners never
run on a foreign thread and never need locks.

Fading. ``play(path, fade_s=1.5)`` while a track plays ramps the output volume down on a
small fader thread, then starts the new track at full volume; ``stop(fade_s=...)`` does the
same and stops. The base class does the fading for every backend; backends implement only
the ``_backend_*`` primitives.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Generic, TypeVar

from facemood.errors import PlaybackError

log = logging.getLogger("facemood.playback")

_FADE_STEP_S = 0.04
"""Volume ramp granularity: 25 steps per second is smooth to the ear and cheap."""


class PlayerError(PlaybackError):
    """A player backend cannot be used (libVLC missing, no audio output, ...).

    ``message`` is one short line for a status bar, ``detail`` says how to fix it.
    """


class PlaybackState(StrEnum):
    """What the player is doing."""

    STOPPED = "stopped"
    """Nothing loaded, or stopped by :meth:`Player.stop`."""
    OPENING = "opening"
    """A file is being opened; ``PLAYING`` (or ``ERROR``) follows."""
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    """The track played to its end (a :class:`TrackEnded` event was posted)."""
    ERROR = "error"
    """The file could not be played (a :class:`PlaybackFailed` event was posted)."""


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The player entered ``state`` while on ``path``."""

    state: PlaybackState
    path: str | None


@dataclass(frozen=True, slots=True)
class TrackEnded:
    """``path`` played to its end."""

    path: str


@dataclass(frozen=True, slots=True)
class PlaybackFailed:
    """``path`` could not be played; ``message`` says why, UI-ready."""

    path: str | None
    message: str


PlayerEvent = StateChanged | TrackEnded | PlaybackFailed
"""Everything a player reports."""


class SoundProblemKind(StrEnum):
    """Why music that "plays" may make no sound."""

    NO_PLAYER = "no_player"
    """No real player could be loaded (libVLC missing); a silent one stands in."""
    OUTPUT_FAILED = "output_failed"
    """The sound output could not be opened (no sound card, no sound server...)."""
    UNKNOWN_OUTPUT = "unknown_output"
    """The chosen output does not exist; the backend uses its default instead."""


@dataclass(frozen=True, slots=True)
class SoundProblem:
    """What is known to be wrong with the sound, for the window to say.

    Attributes:
        kind: what went wrong.
        output: the output it concerns ("" = the default one).
        detail: the backend's own words (e.g. ALSA's error), for a tooltip or the log.
    """

    kind: SoundProblemKind
    output: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AudioDevice:
    """One device of a sound output, e.g. a sound card or headphones."""

    id: str
    description: str


@dataclass(frozen=True, slots=True)
class AudioOutput:
    """A sound output a backend can use (e.g. PulseAudio, ALSA) and its devices.

    ``devices`` may be empty: some outputs list devices only while they play.
    """

    name: str
    description: str
    devices: tuple[AudioDevice, ...] = ()


E = TypeVar("E")


class Listeners(Generic[E]):
    """A list of callbacks for one kind of event (a tiny, Qt-free signal)."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[E], object]] = []

    def connect(self, callback: Callable[[E], object]) -> None:
        """Call ``callback(event)`` for every event, on the thread that processes events."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[E], object]) -> None:
        """Stop calling ``callback``; unknown callbacks are ignored."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, event: E) -> None:
        """Call every callback with ``event`` (exceptions propagate to the caller)."""
        for callback in list(self._callbacks):
            callback(event)


class Player(ABC):
    """An audio player: one file at a time, a state, a volume, and events.

    Args:
        volume: the initial volume in percent (0-100).

    Attributes:
        state_changed: listeners of :class:`StateChanged`.
        track_ended: listeners of :class:`TrackEnded`.
        error: listeners of :class:`PlaybackFailed`.
    """

    name: ClassVar[str] = "base"
    """The backend's name in settings and ``create_player``."""
    has_sound: ClassVar[bool] = True
    """False for a backend that makes no sound (the null backend)."""

    @property
    def unavailable_reason(self) -> PlayerError | None:
        """Why this player stands in for one that makes sound (None: nothing to say)."""
        return None

    @property
    def sound_problem(self) -> SoundProblem | None:
        """Why the music may be silent although it plays; None when nothing is known to
        be wrong. Read on the owner's thread (it may look at backend state)."""
        return None

    def audio_outputs(self) -> tuple[AudioOutput, ...]:
        """The sound outputs this backend can use, with their devices (none for a
        backend that makes no sound)."""
        return ()

    def set_output(self, output: str, device: str = "") -> None:  # noqa: B027 - optional
        """Play through ``output`` (a name from :meth:`audio_outputs`; "" = the
        backend's default) and ``device`` ("" = the output's default), from now on.

        A backend that makes no sound has no output to change and ignores it.
        """

    def __init__(self, volume: int = 80) -> None:
        self.state_changed: Listeners[StateChanged] = Listeners()
        self.track_ended: Listeners[TrackEnded] = Listeners()
        self.error: Listeners[PlaybackFailed] = Listeners()
        # Backend threads put events here; the owner's thread drains it.
        self._inbox: queue.SimpleQueue[PlayerEvent] = queue.SimpleQueue()
        self._notifier: Callable[[], None] | None = None
        # Guards the Python-side state below. Never held while calling the backend, and
        # never taken by backend callbacks (they only use the inbox), so no deadlock with
        # libVLC, whose stop() waits for its own threads.
        self._state_lock = threading.Lock()
        self._state = PlaybackState.STOPPED
        self._state_path: str | None = None
        self._pending: list[PlayerEvent] = []
        # Serialises backend commands between the owner's thread and the fader thread.
        self._command_lock = threading.RLock()
        self._path: str | None = None
        self._volume = max(0, min(100, int(volume)))
        self._gain = 1.0  # fade multiplier on top of the volume
        # The fader: one short-lived thread at a time, purpose: ramp the volume during a
        # fade without blocking the caller. Cancelled and joined by every later command
        # and by close().
        self._fader: threading.Thread | None = None
        self._fade_cancel = threading.Event()
        self._fade_then: Callable[[], None] | None = None  # what the fade ends with
        self._closed = False

    # -- events ----------------------------------------------------------------------

    def set_event_notifier(self, notifier: Callable[[], None] | None) -> None:
        """Call ``notifier()`` (from any thread) whenever an event is waiting.

        It must be thread-safe and do no work: e.g. emit a queued Qt signal whose slot
        calls :meth:`process_events` on the GUI thread.
        """
        self._notifier = notifier

    def _post(self, event: PlayerEvent) -> None:
        """Queue ``event`` for the owner. Thread-safe; the only thing backend threads call."""
        self._inbox.put(event)
        notifier = self._notifier
        if notifier is not None:
            notifier()

    def _poll_backend(self) -> None:  # noqa: B027 - optional hook, deliberately empty
        """Hook run before events are drained (the null backend detects track ends here)."""

    def _drain(self) -> None:
        self._poll_backend()
        with self._state_lock:
            while True:
                try:
                    event = self._inbox.get_nowait()
                except queue.Empty:
                    break
                if isinstance(event, StateChanged):
                    if (event.state, event.path) == (self._state, self._state_path):
                        continue  # e.g. libVLC's own OPENING after the one _start() posted
                    self._state, self._state_path = event.state, event.path
                self._pending.append(event)

    def process_events(self) -> list[PlayerEvent]:
        """Apply waiting events to ``state`` and call the listeners, on this thread.

        Returns:
            the events processed, oldest first.
        """
        self._drain()
        with self._state_lock:
            events, self._pending = self._pending, []
        for event in events:
            if isinstance(event, StateChanged):
                self.state_changed.emit(event)
            elif isinstance(event, TrackEnded):
                self.track_ended.emit(event)
            else:
                self.error.emit(event)
        return events

    # -- state -----------------------------------------------------------------------

    @property
    def state(self) -> PlaybackState:
        """The current state (events waiting are applied first; listeners are not called)."""
        self._drain()
        return self._state

    @property
    def path(self) -> str | None:
        """The file playing, paused, ended or failed; ``None`` before the first play.

        During a fade this is still the old file; it changes when the new one starts.
        """
        return self._path

    @property
    def volume(self) -> int:
        """The volume set by the user, 0-100 (fades do not change it)."""
        return self._volume

    @property
    def output_volume(self) -> int:
        """The volume actually applied now: ``volume`` scaled down during a fade."""
        return round(self._volume * self._gain)

    @property
    def fading(self) -> bool:
        """Whether a fade is in progress."""
        fader = self._fader
        return fader is not None and fader.is_alive()

    def position(self) -> float:
        """Seconds into the current track (0 when nothing is loaded)."""
        with self._command_lock:
            return max(0.0, self._backend_position())

    def duration(self) -> float | None:
        """Length of the current track in seconds, ``None`` when unknown or nothing loaded."""
        with self._command_lock:
            return self._backend_duration()

    # -- commands --------------------------------------------------------------------

    def play(self, path: str | os.PathLike[str], *, fade_s: float = 0.0) -> None:
        """Play ``path`` from the start.

        Args:
            path: an audio file.
            fade_s: when a track is playing, fade it out over this many seconds first
                (on the fader thread; this call returns at once). 0 switches at once.

        Errors in the file (missing, not audio) are reported as a :class:`PlaybackFailed`
        event and the ``ERROR`` state, not raised.
        """
        target = os.fspath(path)
        self._cancel_fade()
        if self._closed:
            return
        if fade_s > 0 and self.state is PlaybackState.PLAYING:
            self._start_fade(fade_s, lambda: self._start(target))
        else:
            with self._command_lock:
                self._start(target)

    def stop(self, *, fade_s: float = 0.0) -> None:
        """Stop playing (after fading out over ``fade_s`` seconds when a track plays)."""
        self._cancel_fade()
        if self._closed:
            return
        if fade_s > 0 and self.state is PlaybackState.PLAYING:
            self._start_fade(fade_s, self._stop_now)
        else:
            with self._command_lock:
                self._stop_now()

    def pause(self) -> None:
        """Pause the track. During a fade the switch happens at once and the new track is
        paused, so what plays after :meth:`resume` is what was asked for last."""
        self._cancel_fade(finish=True)
        with self._command_lock:
            # Backends ignore a pause with nothing playing; libVLC's own state may lag
            # (a file still opening), so no state check here.
            self._backend_pause()

    def resume(self) -> None:
        """Resume a paused track (nothing happens when none is paused)."""
        with self._command_lock:
            self._backend_resume()

    def toggle_pause(self) -> None:
        """Pause when playing, resume when paused."""
        if self.state is PlaybackState.PAUSED:
            self.resume()
        else:
            self.pause()

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` into the current track (clamped at 0)."""
        with self._command_lock:
            if self.state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
                self._backend_seek(max(0.0, float(seconds)))

    def set_volume(self, percent: int) -> None:
        """Set the volume, 0-100 (values outside are clamped)."""
        with self._command_lock:
            self._volume = max(0, min(100, int(percent)))
            self._apply_volume()

    def close(self) -> None:
        """Stop, release the backend and join the fader. Safe to call twice."""
        self._cancel_fade()
        with self._command_lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._backend_stop()
            finally:
                self._backend_close()

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------

    def _start(self, path: str) -> None:
        self._backend_stop()
        self._path = path
        self._gain = 1.0
        self._apply_volume()
        # Posted here, not left to the backend, so ``state`` is OPENING as soon as play()
        # returns: libVLC reports it from its own thread a little later.
        self._post(StateChanged(PlaybackState.OPENING, path))
        self._backend_play(path)

    def _stop_now(self) -> None:
        self._backend_stop()
        self._gain = 1.0
        self._apply_volume()

    def _apply_volume(self) -> None:
        self._backend_set_volume(self.output_volume)

    def _start_fade(self, fade_s: float, then: Callable[[], None]) -> None:
        self._fade_cancel = cancel = threading.Event()
        self._fade_then = then

        def run() -> None:
            start_gain, start = self._gain, time.monotonic()
            duration = fade_s * start_gain  # a fade resumed half-way takes half as long
            while True:
                elapsed = time.monotonic() - start
                gain = max(0.0, start_gain * (1.0 - elapsed / duration)) if duration else 0.0
                with self._command_lock:
                    if cancel.is_set():
                        return
                    self._gain = gain
                    self._apply_volume()
                if gain <= 0.0 or cancel.wait(_FADE_STEP_S):
                    break
            with self._command_lock:
                if not cancel.is_set():
                    self._fade_then = None
                    try:
                        then()
                    except Exception:  # reported as an event; the fader thread ends
                        log.exception("Switching track after a fade failed")
                        self._post(PlaybackFailed(self._path, "Switching track failed"))

        self._fader = threading.Thread(target=run, name="player-fade", daemon=True)
        self._fader.start()

    def _cancel_fade(self, *, finish: bool = False) -> None:
        """Stop a fade; with ``finish``, do what it would have ended with (switch/stop) now."""
        fader = self._fader
        if fader is None:
            return
        self._fade_cancel.set()
        if fader is not threading.current_thread():
            fader.join()
        self._fader = None
        then, self._fade_then = self._fade_then, None
        if finish and then is not None:
            with self._command_lock:
                then()  # resets the volume, like every switch or stop

    # -- backend primitives ------------------------------------------------------------

    @abstractmethod
    def _backend_play(self, path: str) -> None:
        """Open and start ``path``; post PLAYING (or ERROR + PlaybackFailed).

        OPENING is already posted by the base class.
        """

    @abstractmethod
    def _backend_stop(self) -> None:
        """Stop playback (a no-op when nothing plays); post STOPPED when something stopped."""

    @abstractmethod
    def _backend_pause(self) -> None:
        """Pause; post PAUSED."""

    @abstractmethod
    def _backend_resume(self) -> None:
        """Resume; post PLAYING."""

    @abstractmethod
    def _backend_seek(self, seconds: float) -> None:
        """Jump to ``seconds``."""

    @abstractmethod
    def _backend_set_volume(self, percent: int) -> None:
        """Apply an output volume, 0-100."""

    @abstractmethod
    def _backend_position(self) -> float:
        """Seconds into the track."""

    @abstractmethod
    def _backend_duration(self) -> float | None:
        """Track length in seconds, or ``None``."""

    @abstractmethod
    def _backend_close(self) -> None:
        """Release native resources."""
