"""The real player: libVLC through python-vlc.

Loading libVLC can fail in three ways, all turned into a :class:`PlayerError` that says
how to install it: ``import vlc`` raises (no libvlc shared library: ``OSError``,
``NotImplementedError``, ``ImportError``) or even calls ``sys.exit`` (a bad
``PYTHON_VLC_LIB_PATH``/``PYTHON_VLC_MODULE_PATH``), and ``vlc.Instance()`` returns
``None`` when libVLC loads but finds no plugins.

libVLC calls our event callbacks on its own threads (sometimes on the caller's, inside
``stop()``). They only forward a small event to the player's inbox, never take a lock and
never call back into libVLC, as libVLC requires.

libVLC's log. Unless told otherwise libVLC prints to the terminal, and so does the ALSA
library it loads: with no sound card that is hundreds of lines a second, while the
music seems to play. A player routes libVLC's warnings and errors into the
``facemood.playback.vlc`` logger through a :class:`LogLimiter` (each distinct message
once a minute, at most 20 lines a minute in all), and ALSA's error printer is replaced
once per process the same way (:func:`quiet_alsa`). The log callback also notices when
the sound output fails; :attr:`VlcPlayer.sound_problem` says so.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from facemood.playback.base import (
    AudioDevice,
    AudioOutput,
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerError,
    SoundProblem,
    SoundProblemKind,
    StateChanged,
    TrackEnded,
)

log = logging.getLogger("facemood.playback.vlc")

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


SILENT_OUTPUT = "dummy"
"""libVLC's output that discards the sound: "none (silent)" in the window."""

HIDDEN_OUTPUTS = frozenset({"adummy", "amem", "afile"})
"""Outputs :meth:`VlcPlayer.audio_outputs` leaves out: the silent one is offered as
:data:`SILENT_OUTPUT`; ``amem`` hands the samples to the application and ``afile``
writes them to a file, neither of which FaceMood does."""

OUTPUT_ALIASES: dict[str, str] = {
    "dummy": "adummy",
    "file": "afile",
    "pulseaudio": "pulse",
    "pa": "pulse",
    "wasapi": "mmdevice",
    "directx": "directsound",
    "aout_directx": "directsound",
    "any": "",
}
"""libVLC 3's short names of its outputs (``--aout=dummy``), and what they stand for."""

OUTPUT_OK_AFTER_S = 2.0
"""A broken output makes libVLC retry, and fail, dozens of times a second; after this
long playing without a failure the output counts as working again."""

_LIBVLC_WARNING = 3
_LIBVLC_ERROR = 4
_OUTPUT_GAVE_UP = "failed to create audio output"
_OUTPUT_FAILURES = (_OUTPUT_GAVE_UP, "audio output failed")
"""What libVLC logs (lower-cased) when no sound output could be opened; the decoder's
"failed to create audio output" ends each attempt."""
_NUMBERS = re.compile(r"\d+")


class LogLimiter:
    """Logs at one level (warning by default), each distinct message at most once per
    ``window_s`` and at most ``max_lines`` lines per window in all; says how many it
    held back.

    Thread-safe (libVLC and ALSA call it on their own threads); its lock guards only its
    counters and is never held while logging.

    Args:
        logger: where the lines go.
        level: their level.
        window_s: the window of the limits, in seconds.
        max_lines: lines per window, all messages together.
        clock: monotonic seconds (a fake clock in tests).
    """

    def __init__(
        self,
        logger: logging.Logger,
        *,
        level: int = logging.WARNING,
        window_s: float = 60.0,
        max_lines: int = 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self._level = level
        self._window_s = window_s
        self._max_lines = max_lines
        self._clock = clock
        self._lock = threading.Lock()
        self._window_start = clock()
        self._lines = 0
        self._held = 0
        self._seen: dict[str, float] = {}  # message with its numbers blanked -> last logged

    def log(self, text: str) -> bool:
        """Log ``text`` unless the limits hold it back; returns whether it was logged."""
        key = _NUMBERS.sub("#", text)
        now = self._clock()
        with self._lock:
            held = self._roll(now)
            last = self._seen.get(key)
            show = (last is None or now - last >= self._window_s) and self._lines < self._max_lines
            if show:
                self._seen[key] = now
                self._lines += 1
            else:
                self._held += 1
        self._say_held(held)
        if show:
            self._logger.log(self._level, "%s", text)
        return show

    def flush(self) -> None:
        """Say how many messages were held back since the last time it was said."""
        with self._lock:
            held, self._held = self._held, 0
        self._say_held(held)

    def _roll(self, now: float) -> int:
        """Start a new window when the last one is over; returns the old one's held count."""
        if now - self._window_start < self._window_s:
            return 0
        held, self._held = self._held, 0
        self._window_start, self._lines = now, 0
        self._seen = {k: t for k, t in self._seen.items() if now - t < self._window_s}
        return held

    def _say_held(self, held: int) -> None:
        if held:
            self._logger.log(
                self._level,
                "(%d more messages like these were held back in the last %.0f s)",
                held,
                self._window_s,
            )


_alsa_quieted: tuple[Any, Any] | None = None
"""ALSA's library and our error handler, kept alive for the process: ALSA calls it."""


def quiet_alsa() -> bool:
    """Send the ALSA library's error messages (printed to stderr by default) to the log
    at debug level through a :class:`LogLimiter` of their own, once per process;
    returns whether ALSA's printer is replaced. (libVLC's own warning says the same in
    one line: "cannot open ALSA device".)

    libVLC loads the same library for its ALSA output, so this covers it too. The
    messages keep their ``printf`` placeholders: the handler is variadic in C, and only
    its fixed arguments reach Python.
    """
    global _alsa_quieted
    if _alsa_quieted is not None:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        alsa = ctypes.CDLL("libasound.so.2")
        set_handler = alsa.snd_lib_error_set_handler
    except (OSError, AttributeError):
        return False
    limiter = LogLimiter(log, level=logging.DEBUG)
    # void (*)(const char *file, int line, const char *function, int err, const char *fmt, ...)
    prototype = ctypes.CFUNCTYPE(
        None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
    )

    def handler(_file: bytes, _line: int, function: bytes, _err: int, fmt: bytes) -> None:
        name = (function or b"").decode("utf-8", "replace")
        limiter.log(f"ALSA {name}: {(fmt or b'').decode('utf-8', 'replace')}")

    callback = prototype(handler)
    set_handler.argtypes = [prototype]
    set_handler.restype = ctypes.c_int
    set_handler(callback)
    _alsa_quieted = (alsa, callback)
    return True


def _message_formatter() -> Callable[[bytes, Any], str]:
    """``(printf format, va_list) -> text`` with the C library's ``vsnprintf``; without
    one the format itself is the text."""
    try:
        libc = ctypes.cdll.msvcrt if sys.platform == "win32" else ctypes.CDLL(None)
        vsnprintf = libc._vsnprintf if sys.platform == "win32" else libc.vsnprintf
    except (OSError, AttributeError):
        return lambda fmt, _args: (fmt or b"").decode("utf-8", "replace")
    vsnprintf.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p]
    vsnprintf.restype = ctypes.c_int

    def format_message(fmt: bytes, args: Any) -> str:
        buffer = ctypes.create_string_buffer(1024)
        vsnprintf(buffer, len(buffer), fmt, args)
        return buffer.value.decode("utf-8", "replace")

    return format_message


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
        quiet_alsa()
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
        self._log = LogLimiter(log)
        # Written by libVLC's log thread(s), read on the owner's: reference swaps only.
        self._output_error = ""  # the last error an audio output logged
        self._failure: tuple[float, str] | None = None  # (when, why) the output last failed
        self._log_callback = self._make_log_callback()
        instance.log_set(self._log_callback, None)
        self._mp: Any = instance.media_player_new()
        self._output = aout
        self._unknown_output = self._is_unknown(aout)
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

    # -- sound outputs -------------------------------------------------------------------

    @property
    def sound_problem(self) -> SoundProblem | None:
        """The output failed (libVLC said so in its log), or does not exist."""
        failure = self._failure
        if failure is not None:
            return SoundProblem(SoundProblemKind.OUTPUT_FAILED, self._output, failure[1])
        if self._unknown_output:
            return SoundProblem(SoundProblemKind.UNKNOWN_OUTPUT, self._output)
        return None

    def audio_outputs(self) -> tuple[AudioOutput, ...]:
        """libVLC's outputs and their devices, except the ones in :data:`HIDDEN_OUTPUTS`."""
        outputs = []
        with self._command_lock:
            for entry in self._instance.audio_output_enumerate_devices():
                name, description = _text(entry["name"]), _text(entry["description"])
                if name not in HIDDEN_OUTPUTS:
                    outputs.append(AudioOutput(name, description, self._devices(name)))
        return tuple(outputs)

    def _devices(self, output: str) -> tuple[AudioDevice, ...]:
        head = self._vlc.libvlc_audio_output_device_list_get(self._instance, output.encode())
        devices = []
        item = head
        while item:
            device = item.contents
            devices.append(AudioDevice(_text(device.device), _text(device.description)))
            item = device.next
        if head:
            self._vlc.libvlc_audio_output_device_list_release(head)
        return tuple(devices)

    def _is_unknown(self, output: str) -> bool:
        """Whether libVLC has no output called ``output`` (it then uses its default)."""
        module = OUTPUT_ALIASES.get(output, output)
        if not module:
            return False
        names = {_text(e["name"]) for e in self._instance.audio_output_enumerate_devices()}
        return module not in names

    def set_output(self, output: str, device: str = "") -> None:
        """Use ``output`` and ``device`` from now on; a track playing restarts where it was
        (libVLC applies an output only when a track opens)."""
        with self._command_lock:
            self._output = output
            self._unknown_output = self._is_unknown(output)
            module = OUTPUT_ALIASES.get(output, output) or "any"
            self._mp.audio_output_set(module)
            if device:
                self._mp.audio_output_device_set(module, device)
            state = self._mp.get_state()
            path = self._vlc_path
            if path is None or state not in (self._vlc.State.Playing, self._vlc.State.Paused):
                self._failure, self._output_error = None, ""
                return
            position_ms = max(0, self._mp.get_time() or 0)
            self._mp.stop()  # returns once the old output's threads are done logging
            self._failure, self._output_error = None, ""  # what they said is not the new one's
            media = self._instance.media_new_path(path)
            media.add_option(f"start-time={position_ms / 1000:.3f}")
            if state == self._vlc.State.Paused:
                media.add_option("start-paused")
            self._mp.set_media(media)
            media.release()
            self._mp.play()

    def _poll_backend(self) -> None:
        failure = self._failure
        if (
            failure is not None
            and self._state is PlaybackState.PLAYING
            and time.monotonic() - failure[0] > OUTPUT_OK_AFTER_S
        ):
            self._failure = None  # playing for a while without a failure: it works now

    # -- libVLC's log: its threads; format, classify, hand on ------------------------------

    def _make_log_callback(self) -> Any:
        format_message = _message_formatter()
        get_object = self._vlc.dll.libvlc_log_get_object
        get_object.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_char_p),
            ctypes.POINTER(ctypes.c_char_p),
            ctypes.POINTER(ctypes.c_size_t),
        ]
        get_object.restype = None

        def on_log(_data: Any, level: int, context: Any, fmt: bytes, args: Any) -> None:
            if level < _LIBVLC_WARNING:
                return  # debug and notices: dropped before any work
            try:
                kind, header, object_id = ctypes.c_char_p(), ctypes.c_char_p(), ctypes.c_size_t()
                get_object(
                    context, ctypes.byref(kind), ctypes.byref(header), ctypes.byref(object_id)
                )
                self._on_log(level, _text(kind.value or b""), format_message(fmt, args))
            except Exception:  # an exception must never cross into libVLC's C code
                log.debug("libVLC log message dropped", exc_info=True)

        return self._vlc.CallbackDecorators.LogCb(on_log)

    def _on_log(self, level: int, kind: str, text: str) -> None:
        """One libVLC warning or error (``kind``: the object type, e.g. "audio output")."""
        if kind == "audio output" and level >= _LIBVLC_ERROR and not self._output_error:
            self._output_error = text  # the first error of an attempt says what went wrong
        lowered = text.lower()
        if any(failure in lowered for failure in _OUTPUT_FAILURES):
            self._failure = (time.monotonic(), self._output_error or text)
            if _OUTPUT_GAVE_UP in lowered:  # the attempt is over; the next one starts afresh
                self._output_error = ""
        self._log.log(f"libVLC {kind}: {text}" if kind else f"libVLC: {text}")

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
        self._instance.log_unset()  # waits for a callback still running
        self._instance.release()
        self._log.flush()


def _text(value: bytes | str | None) -> str:
    """libVLC's strings come as bytes (UTF-8)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value or ""
