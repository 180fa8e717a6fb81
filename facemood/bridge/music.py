"""The music service: the shared music session and every VLC call, on a thread of their own.

libVLC calls such as ``stop()`` or ``set_media()`` can block for hundreds of
milliseconds (and a fade runs for over a second), so none of them may run on the GUI
thread. :class:`MusicService` is a QObject moved to one dedicated "player" thread that
owns a :class:`~facemood.session.MusicSession` built by :mod:`facemood.app.compose`
(the same as ``run --headless``'s, with the persistent likes and skips). The service
itself lives in the GUI thread: its public methods post a command to its worker on the
player thread through a queued signal, and the worker's results are re-emitted by the
service's own signals, on the GUI thread (so a slot that is not a QObject's method, a
lambda or a test's signal blocker, runs there too and never races the GUI thread).
They are frozen values: the session's own events,
a :class:`MusicState` when what plays or why changed, a :class:`PlaybackSnapshot` a few
times a second (and at once after a transport command), the player's sound outputs
when asked for.

A frame's music decision (:meth:`MusicService.drive`, up to 30 a second) costs the
player thread only the decision and a comparison: position and state go out with the
poll, never per frame.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from facemood.app import compose
from facemood.app.stage import StageResult
from facemood.core.playlist import FeedbackStore
from facemood.core.types import Emotion, MusicMood
from facemood.errors import FaceMoodError
from facemood.library import Track
from facemood.playback import PlaybackState, SoundProblem
from facemood.session import MoodChanged, MusicSession, SessionError, TrackStarted
from facemood.settings import Settings

log = logging.getLogger("facemood.bridge")

_POLL_MS = 250
"""How often the player thread reports position and state to the GUI."""


@dataclass(frozen=True, slots=True)
class MusicState:
    """What the music session does and why, as the window shows it.

    Attributes:
        track: the track playing (or last started), or None.
        cover: its embedded cover image, or None.
        emotion: the emotion the music follows (the face's or a photo's), or None.
        target: the music mood asked for.
        override: the mood the user locked the music to, or None (follow the face).
        note: a remark for the user, e.g. a fallback to a neighbouring mood, or "".
        queue: what plays next in this mood.
    """

    track: Track | None = None
    cover: bytes | None = None
    emotion: Emotion | None = None
    target: MusicMood | None = None
    override: MusicMood | None = None
    note: str = ""
    queue: tuple[Track, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaybackSnapshot:
    """The player's state, polled a few times a second on the player thread.

    Attributes:
        state: the player's state.
        has_sound: False when a silent player stands in (libVLC missing).
        position: seconds into the track.
        duration: the track's length in seconds (0 when unknown).
        volume: 0-100.
        path: the file ``position`` and ``duration`` are about; during a fade the old
            track's while the new one is already on show.
        problem: why there may be no sound (see :attr:`Player.sound_problem`), or None.
    """

    state: PlaybackState
    has_sound: bool
    position: float
    duration: float
    volume: int
    path: str | None = None
    problem: SoundProblem | None = None


class _PlayerWorker(QObject):
    """The player thread's half: owns the session and the player, runs the posted
    commands, polls, and reports through its signals (the service re-emits them on the
    GUI thread)."""

    state_changed = Signal(object)
    playback_polled = Signal(object)
    session_event = Signal(object)
    error_reported = Signal(str, str)
    outputs_listed = Signal(object)

    def __init__(
        self, settings: Settings, aout: str | None, feedback: FeedbackStore | None
    ) -> None:
        super().__init__()
        self._settings = settings
        self._aout = aout
        self._feedback = feedback
        self._session: MusicSession[Track] | None = None
        self._timer: QTimer | None = None
        self._state = MusicState()
        self._state_key: tuple[object, ...] = ()
        self.library_version = 0  # counts libraries given (the queue moves with one)
        self._covers: dict[str, bytes | None] = {}

    @Slot(object)
    def run_posted(self, posted: tuple[Callable[..., Any], bool]) -> None:
        """Run one command from the GUI thread (``(fn, playback)``, see ``_post``)."""
        fn, playback = posted
        if fn == self.close:
            self.close()
            return
        session = self._session
        if session is None:
            return
        try:
            fn(session)
        except FaceMoodError as exc:
            self.error_reported.emit(exc.message, exc.detail)
        except Exception as exc:
            log.exception("music command failed")
            self.error_reported.emit("Music playback failed", str(exc))
        self._report_state(session)
        if playback:
            self._report_playback(session)

    @Slot()
    def start(self) -> None:
        """The thread started: build the player and the session, start polling."""
        player = compose.make_player(self._settings, aout=self._aout)
        session: MusicSession[Track] = compose.make_session(
            player, self._settings, feedback=self._feedback
        )
        session.events.connect(self._on_event)
        self._session = session
        self._timer = QTimer()
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._report_playback(session)  # says at once when there is no sound

    def _on_event(self, event: MoodChanged | TrackStarted[Track] | SessionError) -> None:
        self.session_event.emit(event)
        if isinstance(event, SessionError):
            self.error_reported.emit(event.message, event.detail)

    def _poll(self) -> None:
        session = self._session
        if session is None:
            return
        session.poll()
        self._report_state(session)
        self._report_playback(session)

    def _report_state(self, session: MusicSession[Track]) -> None:
        # Checked after every command, i.e. for every analysed frame: compare a few
        # references first, and build (and compare) a MusicState only when one moved.
        key = (
            session.current,
            session.emotion,
            session.target_mood,
            session.override,
            self.library_version,
        )
        if key == self._state_key:
            return
        self._state_key = key
        pick = session.current
        track = pick.track if pick is not None else None
        state = MusicState(
            track=track,
            cover=self._cover(track),
            emotion=session.emotion,
            target=session.target_mood,
            override=session.override,
            note=pick.describe() if pick is not None and pick.fallback else "",
            queue=tuple(session.upcoming(8)),
        )
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _report_playback(self, session: MusicSession[Track]) -> None:
        player = session.player
        self.playback_polled.emit(
            PlaybackSnapshot(
                player.state,
                player.has_sound,
                player.position(),
                player.duration() or 0.0,
                player.volume,
                player.path,
                player.sound_problem,
            )
        )

    def _cover(self, track: Track | None) -> bytes | None:
        if track is None or not track.has_cover:
            return None
        key = str(track.path)
        if key not in self._covers:
            from facemood.library import read_cover

            try:
                cover = read_cover(track.path)
            except (FaceMoodError, OSError):  # a cover is a nicety: never stop the music
                cover = None
            self._covers[key] = None if cover is None else bytes(cover.data)
        return self._covers[key]

    def close(self) -> None:
        """Close the session and end the thread (on the thread)."""
        if self._session is not None:
            self._session.close()
            self._session = None
        # Hand the timer and this object back to the GUI thread before the player thread
        # ends, so Python can free them there (Qt timers must die on their own thread).
        app = QCoreApplication.instance()
        if self._timer is not None:
            self._timer.stop()
            if app is not None:
                self._timer.moveToThread(app.thread())
        thread = self.thread()
        if app is not None:
            self.moveToThread(app.thread())
        thread.quit()


class MusicService(QObject):
    """Chooses and plays music; every call is executed on the player thread, every
    signal is emitted on the GUI thread.

    Args:
        settings: the settings snapshot to start with.
        aout: libVLC audio output override (e.g. ``"dummy"`` in tests); None = settings.
        feedback: likes/skips store (default: the user's, kept across runs).
    """

    state_changed = Signal(object)
    """A :class:`MusicState` whenever it changed."""
    playback_polled = Signal(object)
    """A :class:`PlaybackSnapshot`, a few times a second."""
    session_event = Signal(object)
    """The session's own events as they happen: ``MoodChanged``, ``TrackStarted``,
    ``SessionError``."""
    error_reported = Signal(str, str)
    """message, detail: a session error."""
    outputs_listed = Signal(object)
    """The player's sound outputs: a tuple of :class:`~facemood.playback.AudioOutput`."""

    _posted = Signal(object)

    def __init__(
        self, settings: Settings, aout: str | None = None, feedback: FeedbackStore | None = None
    ) -> None:
        super().__init__()
        worker = self._worker = _PlayerWorker(settings, aout, feedback)
        # The player thread: 1 thread, serialises every libVLC call and the playlist state.
        self._thread = QThread()
        self._thread.setObjectName("facemood-player")
        worker.moveToThread(self._thread)
        self._posted.connect(worker.run_posted)
        # Re-emitted here, on the GUI thread, so any slot (a lambda too) runs there.
        worker.state_changed.connect(self.state_changed)
        worker.playback_polled.connect(self.playback_polled)
        worker.session_event.connect(self.session_event)
        worker.error_reported.connect(self.error_reported)
        worker.outputs_listed.connect(self.outputs_listed)
        self._thread.started.connect(worker.start)
        self._thread.start()

    # -- called from the GUI thread --------------------------------------------------

    def _post(self, fn: Callable[[MusicSession[Track]], Any], *, playback: bool = False) -> None:
        """Run ``fn(session)`` on the player thread; ``playback``: report position and
        state right after (a transport command), not only at the next poll."""
        self._posted.emit((fn, playback))

    def set_tracks(self, tracks: tuple[Track, ...]) -> None:
        """Use a freshly scanned library (new tags are used from the next pick on)."""

        worker = self._worker

        def use(session: MusicSession[Track]) -> None:
            worker.library_version += 1
            session.set_tracks(tracks)

        self._post(use)

    def drive(self, result: StageResult) -> None:
        """Apply a frame's music decision (see :meth:`StageResult.drive`).

        Only a frame whose mood update changed carries a decision (``drive`` does
        nothing for the others), so only those cross to the player thread: one a few
        seconds instead of one per frame.
        """
        if result.update.changed:
            self._post(result.drive)

    def set_override(self, mood: MusicMood | None) -> None:
        """Lock the music to ``mood``; None follows the face again."""
        self._post(lambda s: s.set_override(mood))

    def apply_settings(self, settings: Settings) -> None:
        """Use a new settings snapshot (strategy, neutral choice, fade, volume, ...)."""
        self._post(lambda s: s.set_config(compose.session_config(settings)))

    def play_pause(self) -> None:
        """Toggle between playing and paused."""
        self._post(lambda s: s.toggle_pause(), playback=True)

    def next_track(self) -> None:
        """Next track of the current mood's playlist."""
        self._post(lambda s: s.next(), playback=True)

    def play_track(self, track: Track) -> None:
        """Play ``track`` now (the user picked it)."""
        self._post(lambda s: s.play_track(track), playback=True)

    def list_outputs(self) -> None:
        """Ask for the player's sound outputs; ``outputs_listed`` follows."""
        worker = self._worker
        self._post(lambda s: worker.outputs_listed.emit(s.player.audio_outputs()))

    def set_output(self, output: str, device: str = "") -> None:
        """Play through another sound output and device from now on."""
        self._post(lambda s: s.player.set_output(output, device), playback=True)

    def previous_track(self) -> None:
        """Previous track."""
        self._post(lambda s: s.previous(), playback=True)

    def play_less(self) -> None:
        """Skip this track and play it less often in this mood."""
        self._post(lambda s: s.new_song(), playback=True)

    def like(self) -> None:
        """Remember that the user likes this track in this mood."""
        self._post(lambda s: s.like())

    def set_volume(self, volume: int) -> None:
        """Volume 0-100."""
        self._post(lambda s: s.set_volume(volume), playback=True)

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` in the current track."""
        self._post(lambda s: s.seek(seconds), playback=True)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop playback, close the player and join the player thread."""
        if not self._thread.isRunning():
            return
        # Close on the player thread, then end its event loop from there, so the close
        # runs before the loop stops (a quit() from here could overtake it).
        self._posted.emit((self._worker.close, False))
        if not self._thread.wait(timeout_ms):
            log.error("player thread did not stop within %d ms", timeout_ms)
