"""Audio playback: the :class:`Player` interface, the libVLC and null backends, a factory.

Typical use::

    player = create_player("auto", aout=settings.music.audio_output)
    if player.unavailable_reason is not None:
        show(player.unavailable_reason)  # e.g. "VLC is not installed" + how to install it
    ...
    player.sound_problem  # e.g. the sound output failed: say so while it lasts
    player.state_changed.connect(on_state)
    player.play("song.mp3")
    ...
    player.process_events()  # on the owner's thread, e.g. from a timer or a notifier

Backends are imported lazily, so importing this package never loads libVLC.
"""

from __future__ import annotations

import logging

from facemood.playback.base import (
    AudioDevice,
    AudioOutput,
    Listeners,
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerError,
    PlayerEvent,
    SoundProblem,
    SoundProblemKind,
    StateChanged,
    TrackEnded,
)

__all__ = [
    "BACKENDS",
    "AudioDevice",
    "AudioOutput",
    "Listeners",
    "PlaybackFailed",
    "PlaybackState",
    "Player",
    "PlayerError",
    "PlayerEvent",
    "SoundProblem",
    "SoundProblemKind",
    "StateChanged",
    "TrackEnded",
    "create_player",
]

log = logging.getLogger("facemood.playback")

BACKENDS: tuple[str, ...] = ("auto", "vlc", "null")
"""Names :func:`create_player` accepts."""


def create_player(name: str = "auto", *, aout: str = "", volume: int = 80) -> Player:
    """Make a player by backend name.

    Args:
        name: ``"vlc"`` (libVLC, or raise), ``"null"`` (silent), or ``"auto"``: libVLC
            when it works, else a silent :class:`~facemood.playback.null_backend.NullPlayer`
            whose ``reason`` holds the :class:`PlayerError` to show the user.
        aout: libVLC audio output module ("" = VLC's default; "dummy" for tests and CI).
        volume: initial volume, 0-100.

    Raises:
        PlayerError: ``name`` is ``"vlc"`` and libVLC is unusable.
        ValueError: an unknown backend name.
    """
    from facemood.playback.null_backend import NullPlayer

    if name == "null":
        return NullPlayer(volume)
    if name not in ("vlc", "auto"):
        raise ValueError(f"unknown player backend {name!r}; expected one of {', '.join(BACKENDS)}")
    from facemood.playback.vlc_backend import VlcPlayer

    try:
        return VlcPlayer(volume, aout=aout)
    except PlayerError as exc:
        if name == "vlc":
            raise
        log.warning("No sound: %s", exc)
        return NullPlayer(volume, reason=exc)
