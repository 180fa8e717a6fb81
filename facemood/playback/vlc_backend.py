"""The real player: libVLC through python-vlc.

Loading libVLC can fail in three ways, all turned into a :class:`PlayerError` that says
how to install it: ``import vlc`` raises (no libvlc shared library: ``OSError``,
``NotImplementedError``, ``ImportError``) or even calls ``sys.exit`` (a bad
``PYTHON_VLC_LIB_PATH``/``PYTHON_VLC_MODULE_PATH``), and ``vlc.Instance()`` returns
``None`` when libVLC loads but finds no plugins.

libVLC calls our event callbacks on its own threads (sometimes on the caller's, inside
``stop()``). They only forward a small event to the player's inbox, never take a lock and
never call back into libVLC, as libVLC requires.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from facemood.playback.base import (
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerError,
    StateChanged,
    TrackEnded,
)

INSTALL_HINT = (
    "FaceMood plays music with VLC. Install VLC (https://www.videolan.org/vlc/) with the "
    "same bitness as Python; on Debian/Ubuntu: "
    "sudo apt-get install --no-install-recommends libvlc5 vlc-plugin-base libvlc-bin. "
    "The app keeps working without sound until then."
)

DEFAULT_ARGS: tuple[str, ...] = (
    "--no-video",  # audio only; never open a video window
    "--quiet",  # libVLC's own console chatter
    "--no-metadata-network-access",  # never look up art or metadata online
    "--no-stats",
)


def load_vlc() -> ModuleType:
    """Import python-vlc, translating every way it fails into a :class:`PlayerError`."""
    try:
        import vlc
    except SystemExit as exc:
        # python-vlc calls sys.exit() when PYTHON_VLC_LIB_PATH/PYTHON_VLC_MODULE_PATH are
        # wrong; that must not end the app.
        raise PlayerError(
            "VLC could not be loaded",
            f"python-vlc gave up loading libVLC (exit code {exc.code}); check the "
            f"PYTHON_VLC_LIB_PATH and PYTHON_VLC_MODULE_PATH environment variables. "
            f"{INSTALL_HINT}",
        ) from None
    except (ImportError, OSError, NotImplementedError, AttributeError) as exc:
        raise PlayerError("VLC is not installed", f"{exc}. {INSTALL_HINT}") from exc
    module: ModuleType = vlc
    return module


class VlcPlayer(Player):
    """Plays files with libVLC.

    Args:
        volume: initial volume (0-100).
        aout: libVLC audio output module (e.g. ``"dummy"``, ``"pulse"``, ``"alsa"``);
            empty for VLC's default.
        extra_args: more libVLC options.

    Raises:
        PlayerError: libVLC is missing or unusable.
    """

    name = "vlc"

    def __init__(self, volume: int = 80, *, aout: str = "", extra_args: Sequence[str] = ()) -> None:
        super().__init__(volume)
        self._vlc = load_vlc()
        args = [*DEFAULT_ARGS, *extra_args]
        if aout:
            args.append(f"--aout={aout}")
        try:
            instance = self._vlc.Instance(args)
        except Exception as exc:  # any native failure means "unusable"
            raise PlayerError("VLC could not start", f"{exc}. {INSTALL_HINT}") from exc
        if instance is None:
            raise PlayerError(
                "VLC could not start",
                "libVLC was found but could not start, usually because its plugins are "
                f"missing or the options {' '.join(args)!r} are wrong. {INSTALL_HINT}",
            )
        self._instance: Any = instance
        self._mp: Any = instance.media_player_new()
        # The file the callbacks report. Written only between stop() (which waits for the
        # old file's input thread) and play(), read by callbacks: a plain attribute, no lock.
        self._vlc_path: str | None = None
        self._attached: list[Any] = []
        et = self._vlc.EventType
        self._attach(et.MediaPlayerOpening, lambda: self._forward(PlaybackState.OPENING))
        self._attach(et.MediaPlayerPlaying, lambda: self._forward(PlaybackState.PLAYING))
        self._attach(et.MediaPlayerPaused, lambda: self._forward(PlaybackState.PAUSED))
        # No MediaPlayerStopped: libVLC sends it after every end as well as on stop() and
        # set_media(); _backend_stop() reports the stops we make instead.
        self._attach(et.MediaPlayerEndReached, self._forward_end)
        self._attach(et.MediaPlayerEncounteredError, self._forward_error)
        self._backend_set_volume(self.output_volume)

    @property
    def version(self) -> str:
        """libVLC's version string, e.g. ``"3.0.21 Vetinari"``."""
        raw = self._vlc.libvlc_get_version()
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)

    # -- callbacks: libVLC's thread; forward only ------------------------------------------

    def _attach(self, event_type: Any, forward: Callable[[], None]) -> None:
        def callback(_event: Any) -> None:
            forward()

        self._mp.event_manager().event_attach(event_type, callback)
        self._attached.append(event_type)

    def _forward(self, state: PlaybackState) -> None:
        self._post(StateChanged(state, self._vlc_path))

    def _forward_end(self) -> None:
        path = self._vlc_path or ""
        self._post(StateChanged(PlaybackState.ENDED, path))
        self._post(TrackEnded(path))

    def _forward_error(self) -> None:
        path = self._vlc_path
        name = os.path.basename(path) if path else "the file"
        self._post(StateChanged(PlaybackState.ERROR, path))
        self._post(PlaybackFailed(path, f"VLC could not play {name}"))

    # -- primitives (owner's or fader thread, under the command lock) -----------------------

    def _backend_play(self, path: str) -> None:
        self._vlc_path = path
        if not os.path.isfile(path):
            # libVLC says only "error"; a missing file deserves its own words.
            self._post(StateChanged(PlaybackState.ERROR, path))
            self._post(PlaybackFailed(path, f"Cannot play {os.path.basename(path)}: no such file"))
            return
        # The name's own bytes: python-vlc would encode a str as strict UTF-8, which fails
        # for a file name that is not valid UTF-8 (a surrogate-escaped str).
        media = self._instance.media_new_path(os.fsencode(path))
        self._mp.set_media(media)
        media.release()
        if self._mp.play() == -1:
            self._forward_error()

    def _backend_stop(self) -> None:
        state = self._mp.get_state()
        self._mp.stop()
        active = (
            self._vlc.State.Opening,
            self._vlc.State.Buffering,
            self._vlc.State.Playing,
            self._vlc.State.Paused,
        )
        if state in active:
            self._post(StateChanged(PlaybackState.STOPPED, self._vlc_path))

    def _backend_pause(self) -> None:
        self._mp.set_pause(1)

    def _backend_resume(self) -> None:
        self._mp.set_pause(0)

    def _backend_seek(self, seconds: float) -> None:
        self._mp.set_time(int(seconds * 1000))

    def _backend_set_volume(self, percent: int) -> None:
        # Fails (-1) with outputs that have no volume, like "dummy"; the base keeps it.
        self._mp.audio_set_volume(percent)

    def _backend_position(self) -> float:
        ms = self._mp.get_time()
        return ms / 1000.0 if ms and ms > 0 else 0.0

    def _backend_duration(self) -> float | None:
        ms = self._mp.get_length()
        return ms / 1000.0 if ms and ms > 0 else None

    def _backend_close(self) -> None:
        manager = self._mp.event_manager()
        for event_type in self._attached:
            manager.event_detach(event_type)
        self._attached.clear()
        self._mp.release()
        self._instance.release()
