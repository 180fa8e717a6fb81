"""The music service: playlist choices and VLC calls on a thread of their own.

libVLC calls such as ``stop()`` or ``set_media()`` can block for hundreds of
milliseconds (and a fade runs for over a second), so none of them may run on the GUI
thread. :class:`MusicService` is a QObject moved to one dedicated "player" thread; the
GUI calls its public methods, which post a command to that thread through a queued
signal, and results come back as queued signals carrying frozen values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from facemood.bridge import backend
from facemood.bridge.values import MoodReading, MusicChoice, TrackInfo
from facemood.core.types import Emotion, MusicMood
from facemood.errors import FaceMoodError
from facemood.settings import Settings

log = logging.getLogger("facemood.bridge")

_POLL_MS = 250
"""How often the player thread reports position and state to the GUI."""


class MusicService(QObject):
    """Chooses and plays music for moods; every call is executed on the player thread.

    Args:
        settings: the app settings (music section).
        aout: libVLC audio output override (e.g. ``"dummy"`` in tests); None = settings.
    """

    track_changed = Signal(object)
    """A :class:`TrackInfo` (or None when nothing plays)."""
    playback_polled = Signal(object)
    """A :class:`PlaybackSnapshot`, a few times a second."""
    queue_changed = Signal(object)
    """A tuple of :class:`TrackInfo`: what plays next in the current mood."""
    music_chosen = Signal(object)
    """A :class:`MusicChoice` after a mood led to new music."""
    error_reported = Signal(str, str)
    """message, detail."""

    _posted = Signal(object)

    def __init__(self, settings: Settings, aout: str | None = None) -> None:
        super().__init__()
        self._settings = settings
        self._aout = aout
        self._control: backend.MusicControl | None = None
        self._timer: QTimer | None = None
        self._last_track: str | None = None
        self._override: MusicMood | None = None
        self._last_emotion: Emotion | None = None
        # The player thread: 1 thread, serialises every libVLC call and the playlist state.
        self._thread = QThread()
        self._thread.setObjectName("facemood-player")
        self.moveToThread(self._thread)
        self._posted.connect(self._run_posted)
        self._thread.started.connect(self._on_started)
        self._thread.start()

    # -- called from the GUI thread --------------------------------------------------

    def _post(self, fn: Callable[[], Any]) -> None:
        self._posted.emit(fn)

    def set_tracks(self, tracks: tuple[TrackInfo, ...]) -> None:
        """Use a freshly scanned library."""
        self._post(lambda: self._do_set_tracks(tracks))

    def mood_read(self, reading: MoodReading) -> None:
        """The live mood changed: follow it unless a manual override is active."""
        if reading.changed and reading.mood is not None and not reading.away:
            mood = reading.mood
            self._post(lambda: self._do_follow(mood, "auto"))

    def photo_read(self, emotion: Emotion) -> None:
        """A capture or dropped photo was read as ``emotion``: play music for it."""
        self._post(lambda: self._do_follow(emotion, "photo", force=True))

    def set_override(self, mood: MusicMood | None) -> None:
        """Play ``mood`` whatever the face shows; None resumes following the face."""
        self._post(lambda: self._do_override(mood))

    def apply_settings(self, settings: Settings) -> None:
        """Use new music settings (strategy, neutral choice, fade, volume, ...)."""
        self._post(lambda: self._do_settings(settings))

    def play_pause(self) -> None:
        """Toggle between playing and paused."""
        self._post(lambda: self._call("play_pause"))

    def next_track(self) -> None:
        """Next track of the current mood's playlist."""
        self._post(lambda: self._call("next"))

    def previous_track(self) -> None:
        """Previous track."""
        self._post(lambda: self._call("previous"))

    def new_song(self) -> None:
        """Another song of the same mood, now."""
        self._post(lambda: self._call("new_song"))

    def like(self) -> None:
        """Remember that the user likes this track in this mood."""
        self._post(lambda: self._call("like"))

    def skip(self) -> None:
        """Skip this track and make it less likely in this mood."""
        self._post(lambda: self._call("skip"))

    def set_volume(self, volume: int) -> None:
        """Volume 0-100."""
        self._post(lambda: self._call("set_volume", volume))

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` in the current track."""
        self._post(lambda: self._call("seek", seconds))

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop playback, close the player and join the player thread."""
        if not self._thread.isRunning():
            return
        # Close on the player thread, then end its event loop from there, so the close
        # runs before the loop stops (a quit() from here could overtake it).
        self._post(self._do_close)
        if not self._thread.wait(timeout_ms):
            log.error("player thread did not stop within %d ms", timeout_ms)

    # -- on the player thread --------------------------------------------------------

    @Slot(object)
    def _run_posted(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
            if self._control is None and fn == self._do_close:
                return
        except FaceMoodError as exc:
            self.error_reported.emit(exc.message, exc.detail)
        except Exception as exc:
            log.exception("music command failed")
            self.error_reported.emit("Music playback failed", str(exc))
        self._report()

    @Slot()
    def _on_started(self) -> None:
        try:
            self._control = backend.create_music(self._settings, self._aout)
        except FaceMoodError as exc:
            self.error_reported.emit(exc.message, exc.detail)
        self._timer = QTimer()
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._report)
        self._timer.start()

    def _call(self, name: str, *args: Any) -> None:
        if self._control is not None:
            getattr(self._control, name)(*args)

    def _report(self) -> None:
        control = self._control
        if control is None:
            return
        control.poll()
        for message, detail in control.take_errors():
            self.error_reported.emit(message, detail)
        track = control.current()
        key = track.path if track is not None else None
        if key != self._last_track:
            self._last_track = key
            self.track_changed.emit(track)
            self.queue_changed.emit(control.queue())
        self.playback_polled.emit(control.snapshot())

    def _do_set_tracks(self, tracks: tuple[TrackInfo, ...]) -> None:
        if self._control is not None:
            self._control.set_tracks(tracks)
            if self._override is not None:
                self._do_override(self._override)
            elif self._last_emotion is not None:
                self._do_follow(self._last_emotion, "auto", force=True)

    def _do_follow(self, emotion: Emotion, reason: str, force: bool = False) -> None:
        self._last_emotion = emotion
        if self._control is None or (self._override is not None and not force):
            return
        mood, note = self._control.play_for_emotion(emotion, immediate=force)
        self.music_chosen.emit(MusicChoice(mood, reason, emotion, note, self._control.queue()))

    def _do_override(self, mood: MusicMood | None) -> None:
        self._override = mood
        if self._control is None:
            return
        if mood is None:
            if self._last_emotion is not None:
                self._do_follow(self._last_emotion, "auto", force=True)
            return
        note = self._control.play_mood(mood)
        self.music_chosen.emit(MusicChoice(mood, "override", None, note, self._control.queue()))

    def _do_settings(self, settings: Settings) -> None:
        self._settings = settings
        if self._control is not None:
            self._control.apply_settings(settings)

    def _do_close(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        # Hand the timer and this object back to the GUI thread before the player thread
        # ends, so Python can free them there (Qt timers must die on their own thread).
        app = QCoreApplication.instance()
        if self._timer is not None:
            self._timer.stop()
            if app is not None:
                self._timer.moveToThread(app.thread())
        if app is not None:
            self.moveToThread(app.thread())
        self._thread.quit()
