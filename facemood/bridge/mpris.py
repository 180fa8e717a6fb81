"""MPRIS on Linux: the desktop's media controls and keyboards' media keys drive the music.

:class:`MprisService` publishes ``org.mpris.MediaPlayer2.facemood`` on the session bus
(QtDBus) with the two MPRIS interfaces: the root one (identity, raise, quit) and the
player one (play/pause, next, previous, seek; status, track metadata, position, volume).
Calls arrive on the GUI thread and go to the :class:`~facemood.bridge.music.MusicService`
like the window's buttons; what plays comes from the service's own frozen values, and
changes are announced with ``PropertiesChanged``.

Without a session bus (Windows, macOS, a bare Linux session) :meth:`MprisService.start`
returns False and nothing else happens.
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from facemood.bridge.music import MusicService, MusicState, PlaybackSnapshot
from facemood.playback import PlaybackState

log = logging.getLogger("facemood.bridge")

SERVICE = "org.mpris.MediaPlayer2.facemood"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
_NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
_US = 1_000_000  # MPRIS counts time in microseconds


class MprisService(QObject):
    """The music service as an MPRIS media player on the session bus.

    Args:
        music: where play/pause, next, previous and seek go.
        connection: the bus (default: the session bus).
    """

    raise_requested = Signal()
    """The desktop asked to show the window."""
    quit_requested = Signal()
    """The desktop asked FaceMood to quit."""

    def __init__(
        self,
        music: MusicService,
        connection: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.music = music
        self._bus = connection if connection is not None else QDBusConnection.sessionBus()
        self.state = MusicState()
        self.playback: PlaybackSnapshot | None = None
        self._root = _RootAdaptor(self)
        self._player = _PlayerAdaptor(self)
        self._registered = False

    def start(self) -> bool:
        """Publish the player; False when there is no session bus or the name is taken."""
        if not self._bus.isConnected():
            return False
        if not self._bus.registerObject(OBJECT_PATH, self):
            log.warning("MPRIS: could not register %s", OBJECT_PATH)
            return False
        if not self._bus.registerService(SERVICE):
            log.warning("MPRIS: the name %s is taken (another FaceMood?)", SERVICE)
            self._bus.unregisterObject(OBJECT_PATH)
            return False
        self._registered = True
        return True

    def stop(self) -> None:
        """Leave the bus (at exit)."""
        if self._registered:
            self._bus.unregisterService(SERVICE)
            self._bus.unregisterObject(OBJECT_PATH)
            self._registered = False

    def show_state(self, state: MusicState) -> None:
        """What plays changed: announce new metadata."""
        if state.track != self.state.track:
            self.state = state
            self._changed({"Metadata": self._player.metadata()})
        self.state = state

    def show_playback(self, snap: PlaybackSnapshot) -> None:
        """A poll: announce a new playback status or volume (position is read on demand)."""
        old = self.playback
        self.playback = snap
        changed: dict[str, Any] = {}
        if old is None or _status(old) != _status(snap):
            changed["PlaybackStatus"] = _status(snap)
        if old is None or old.volume != snap.volume:
            changed["Volume"] = snap.volume / 100.0
        if old is None or old.has_sound != snap.has_sound:
            for name in ("CanPlay", "CanPause", "CanGoNext", "CanGoPrevious", "CanSeek"):
                changed[name] = snap.has_sound
        if changed:
            self._changed(changed)

    def _changed(self, properties: dict[str, Any]) -> None:
        if not self._registered:
            return
        message = QDBusMessage.createSignal(
            OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        invalidated = QDBusArgument()  # an empty array of strings ("as"), as the spec says
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        message.setArguments([PLAYER_INTERFACE, properties, invalidated])
        self._bus.send(message)

    @property
    def playing(self) -> bool:
        """Whether music plays (or is starting)."""
        snap = self.playback
        return snap is not None and snap.state in (PlaybackState.PLAYING, PlaybackState.OPENING)


def _status(snap: PlaybackSnapshot) -> str:
    if snap.state in (PlaybackState.PLAYING, PlaybackState.OPENING):
        return "Playing"
    if snap.state is PlaybackState.PAUSED:
        return "Paused"
    return "Stopped"


# D-Bus names its methods and properties in PascalCase; the adaptors follow (N802). Qt type
# names as property types ("QStringList", "qlonglong", "QVariantMap") give the D-Bus types
# MPRIS asks for ("as", "x", "a{sv}"); PySide6's stubs accept only Python types there.


@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})  # type: ignore[call-arg]  # stubs: kwargs only
class _RootAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]  # (the same stub)
    """``org.mpris.MediaPlayer2``: who we are, raise, quit."""

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    @Slot()
    def Raise(self) -> None:  # noqa: N802
        """Show the window."""
        self._service.raise_requested.emit()

    @Slot()
    def Quit(self) -> None:  # noqa: N802
        """Quit FaceMood."""
        self._service.quit_requested.emit()

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return "FaceMood"

    def _desktop_entry(self) -> str:
        return "facemood"

    def _none(self) -> list[str]:
        return []

    CanQuit = Property(bool, _true)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property("QStringList", _none)  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", _none)  # type: ignore[arg-type]


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})  # type: ignore[call-arg]  # stubs: kwargs only
class _PlayerAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]  # (the same stub)
    """``org.mpris.MediaPlayer2.Player``: transport, status, metadata."""

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service
        self.setAutoRelaySignals(False)

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802
        """Toggle."""
        self._service.music.play_pause()

    @Slot()
    def Play(self) -> None:  # noqa: N802
        """Play (nothing when playing)."""
        if not self._service.playing:
            self._service.music.play_pause()

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        """Pause (nothing when paused)."""
        if self._service.playing:
            self._service.music.play_pause()

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        """FaceMood never stops its music on its own; a stop is a pause."""
        self.Pause()

    @Slot()
    def Next(self) -> None:  # noqa: N802
        """Next track of the mood."""
        self._service.music.next_track()

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        """Previous track."""
        self._service.music.previous_track()

    @Slot("qlonglong")
    def Seek(self, offset_us: int) -> None:  # noqa: N802
        """Jump by ``offset_us`` microseconds."""
        snap = self._service.playback
        if snap is not None:
            self._service.music.seek(max(0.0, snap.position + offset_us / _US))

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position_us: int) -> None:  # noqa: N802
        """Jump to ``position_us`` in ``track`` (ignored for another track)."""
        if track.path() == self._track_id():
            self._service.music.seek(position_us / _US)

    def _track_id(self) -> str:
        track = self._service.state.track
        if track is None:
            return _NO_TRACK
        return f"/org/facemood/track/t{zlib.crc32(str(track.path).encode()):08x}"

    def metadata(self) -> dict[str, Any]:
        """The playing track's xesam metadata."""
        track = self._service.state.track
        data: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(self._track_id())}
        if track is None:
            return data
        data["xesam:title"] = track.display_title
        data["xesam:url"] = track.path.as_uri()
        if track.artist:
            data["xesam:artist"] = [track.artist]
        if track.album:
            data["xesam:album"] = track.album
        if track.mood is not None:
            data["xesam:genre"] = [track.mood.value]
        return data

    def _playback_status(self) -> str:
        snap = self._service.playback
        return "Stopped" if snap is None else _status(snap)

    def _position(self) -> int:
        snap = self._service.playback
        return 0 if snap is None else int(snap.position * _US)

    def _volume(self) -> float:
        snap = self._service.playback
        return 0.0 if snap is None else snap.volume / 100.0

    def _can(self) -> bool:
        snap = self._service.playback
        return snap is not None and snap.has_sound

    def _true(self) -> bool:
        return True

    def _rate(self) -> float:
        return 1.0

    PlaybackStatus = Property(str, _playback_status)
    Metadata = Property("QVariantMap", metadata)  # type: ignore[arg-type]
    Position = Property("qlonglong", _position)  # type: ignore[arg-type]
    Volume = Property(float, _volume)
    Rate = Property(float, _rate)
    MinimumRate = Property(float, _rate)
    MaximumRate = Property(float, _rate)
    CanPlay = Property(bool, _can)
    CanPause = Property(bool, _can)
    CanGoNext = Property(bool, _can)
    CanGoPrevious = Property(bool, _can)
    CanSeek = Property(bool, _can)
    CanControl = Property(bool, _true)
