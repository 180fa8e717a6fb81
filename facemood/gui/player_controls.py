"""Between the music service and the player widgets: the now-playing panel, the queue,
the Playback menu and media keys all reach the player thread through here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from facemood.bridge.music import MusicState, PlaybackSnapshot
from facemood.gui.actions import WindowActions
from facemood.gui.live_view import LiveView
from facemood.playback import PlaybackState

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp

VOLUME_STEP = 5
"""Volume up/down keys change the volume by this much (of 100)."""


class PlayerControls(QObject):
    """Wires the player widgets and actions to ``app.music`` and shows what it reports.

    Buttons, keys, media keys and the tray all go through the Playback actions.

    Signals:
        state_changed: a new :class:`MusicState` (track, queue, lock) is on show.
        playing_changed: whether music plays (Play/Pause reads "Pause").
        volume_chosen: the volume the user set (to remember in the settings).
    """

    state_changed = Signal(object)
    playing_changed = Signal(bool)
    volume_chosen = Signal(int)

    def __init__(
        self, app: FaceMoodApp, live: LiveView, actions: WindowActions, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._music, self._live = app.music, live
        self.state = MusicState()
        """What the music session reported last."""
        self.playback: PlaybackSnapshot | None = None
        """The player's last polled state (None before the first poll)."""
        music, a, np_ = app.music, actions, live.now_playing
        music.state_changed.connect(self._on_state)
        music.playback_polled.connect(self.show_playback)
        np_.play_pause_requested.connect(a.play_action.trigger)
        np_.previous_requested.connect(a.previous_action.trigger)
        np_.next_requested.connect(a.next_action.trigger)
        np_.like_requested.connect(a.like_action.trigger)
        np_.play_less_requested.connect(a.less_action.trigger)
        np_.volume_requested.connect(self._on_volume)
        np_.seek_requested.connect(music.seek)
        live.queue.play_requested.connect(music.play_track)
        a.play_action.triggered.connect(music.play_pause)
        a.media_toggle_action.triggered.connect(music.play_pause)
        a.media_play_action.triggered.connect(lambda: self._play_if(playing=False))
        a.media_pause_action.triggered.connect(lambda: self._play_if(playing=True))
        for action in (a.next_action, a.media_next_action):
            action.triggered.connect(music.next_track)
        for action in (a.previous_action, a.media_previous_action):
            action.triggered.connect(music.previous_track)
        a.like_action.triggered.connect(music.like)
        a.less_action.triggered.connect(music.play_less)
        a.volume_up_action.triggered.connect(lambda: self._step_volume(VOLUME_STEP))
        a.volume_down_action.triggered.connect(lambda: self._step_volume(-VOLUME_STEP))

    def playing(self) -> bool:
        """Whether music plays (or is opening)."""
        snap = self.playback
        return snap is not None and snap.state in (PlaybackState.PLAYING, PlaybackState.OPENING)

    def _on_state(self, state: MusicState) -> None:
        self.state = state
        self._live.now_playing.show_track(state.track, state.cover)
        self._live.queue.show_queue(state.queue)
        self.state_changed.emit(state)

    def show_playback(self, snap: PlaybackSnapshot) -> None:
        """Show a polled player state (position, volume, sound problems)."""
        was_playing = self.playing()
        self.playback = snap
        self._live.now_playing.show_playback(snap)
        self._live.sound_notice.show_problem(snap.problem)
        if self.playing() != was_playing:
            self.playing_changed.emit(self.playing())

    def _play_if(self, *, playing: bool) -> None:
        """A media Play (``playing`` False) or Pause key: toggle only when it applies."""
        if self.playing() == playing:
            self._music.play_pause()

    def _step_volume(self, step: int) -> None:
        volume = self._live.now_playing.volume
        volume.setValue(max(0, min(100, volume.value() + step)))

    def _on_volume(self, volume: int) -> None:
        self._music.set_volume(volume)
        self.volume_chosen.emit(volume)
