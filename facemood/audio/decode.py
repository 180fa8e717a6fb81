"""Decode an excerpt from the middle of a track to mono at a low sample rate.

Two decoders, tried in this order:

1. **libsndfile** (the ``soundfile`` wheel carries it): WAV, AIFF, FLAC, Ogg Vorbis,
   Opus, MP3. It seeks, so only the excerpt is decoded.
2. **libVLC** (the player the app already needs), for what libsndfile cannot open
   (M4A/AAC, WMA, WavPack, Musepack, ...): it transcodes just the excerpt to a
   temporary mono WAV at the target rate, much faster than real time.

When neither decodes the file it is recorded as "not analysed: format" (or corrupt,
unreadable, ...) and the analysis goes on with the next file.

The excerpt is brought to the target rate by an integer decimation (low-pass FIR, then
keeping every n-th sample), so 44.1 kHz becomes 11 025 Hz and 48 kHz 12 000 Hz. The
features are in physical units (Hz, seconds), so the exact rate does not matter.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

from facemood.audio.types import AnalysisError, AnalysisProblem

log = logging.getLogger("facemood.audio")

EXCERPT_S = 30.0
"""Seconds analysed from the middle of each track."""

TARGET_RATE = 11025
"""The rate the excerpt is decimated towards (Hz)."""

MIN_SECONDS = 3.0
"""Shorter excerpts are "too short" to say anything about tempo or mood."""

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Mono samples in [-1, 1] at ``rate`` Hz, and which decoder produced them."""

    samples: Samples
    rate: int
    decoder: str

    @property
    def seconds(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.rate


def _lowpass(factor: int) -> npt.NDArray[np.float64]:
    """A Blackman-windowed sinc low-pass for decimating by ``factor``."""
    taps = 16 * factor + 1
    n = np.arange(taps) - (taps - 1) / 2
    cutoff = 0.9 / factor  # of the input Nyquist: a little below the new one
    h = cutoff * np.sinc(cutoff * n) * np.blackman(taps)
    result: npt.NDArray[np.float64] = h / h.sum()
    return result


def to_mono_rate(frames: npt.NDArray[Any], rate: int, target: int = TARGET_RATE) -> Excerpt:
    """Downmix ``frames`` (samples by channels, or 1-D) and decimate them towards ``target``.

    The decimation factor is ``round(rate / target)`` (at least 1), so the result's
    rate is ``rate // factor``.
    """
    if frames.ndim == 2:
        # Column by column: numpy's mean over a short last axis is several times slower.
        mono = np.array(frames[:, 0], dtype=np.float32)
        for channel in range(1, frames.shape[1]):
            mono += frames[:, channel]
        mono *= np.float32(1.0 / frames.shape[1])
    else:
        mono = np.asarray(frames, dtype=np.float32)
    factor = max(1, round(rate / target))
    if factor == 1:
        return Excerpt(mono, rate, "")
    h = _lowpass(factor).astype(np.float32)
    taps = len(h)
    n_out = len(mono) // factor
    padded = np.concatenate(
        [np.zeros(taps // 2, np.float32), mono, np.zeros(taps + factor, np.float32)]
    )
    # Polyphase: row r holds every factor-th sample from r, contiguous, so each tap is one
    # contiguous multiply-add over the kept samples only.
    usable = len(padded) // factor * factor
    phases = padded[:usable].reshape(-1, factor).T.copy()
    out = np.zeros(n_out, dtype=np.float32)
    term = np.empty(n_out, dtype=np.float32)
    for k in range(taps):
        q, r = divmod(k, factor)
        np.multiply(phases[r, q : q + n_out], h[taps - 1 - k], out=term)
        out += term
    return Excerpt(out, rate // factor, "")


def _window(total_s: float | None, seconds: float) -> tuple[float, float]:
    """Start and length of the excerpt: ``seconds`` from the middle of ``total_s``."""
    if total_s is None or total_s <= seconds:
        return 0.0, seconds if total_s is None else total_s
    return (total_s - seconds) / 2, seconds


class _SoundFile:
    """The libsndfile decoder (through the ``soundfile`` wheel)."""

    name = "libsndfile"

    def __init__(self) -> None:
        self._sf: ModuleType | None = None
        self.missing = ""
        try:
            import soundfile
        except (ImportError, OSError) as exc:  # the wheel without its libsndfile
            self.missing = f"soundfile: {exc}"
        else:
            self._sf = soundfile

    def decode(self, path: Path, seconds: float) -> tuple[npt.NDArray[np.float32], int]:
        """Frames of the middle ``seconds`` and their rate.

        Raises:
            AnalysisError: libsndfile cannot open or read the file.
        """
        if self._sf is None:
            raise AnalysisError(AnalysisProblem.FORMAT, "libsndfile is missing", self.missing)
        sf: Any = self._sf
        try:
            with sf.SoundFile(os.fspath(path)) as f:
                rate = int(f.samplerate)
                total = f.frames / rate if f.frames > 0 else None
                start, length = _window(total, seconds)
                if start > 0:
                    f.seek(int(start * rate))
                data = f.read(int(length * rate), dtype="float32", always_2d=True)
        except sf.LibsndfileError as exc:
            # SF_ERR_UNRECOGNISED_FORMAT 1, SYSTEM 2, MALFORMED_FILE 3, UNSUPPORTED_ENCODING 4
            problem = {2: AnalysisProblem.UNREADABLE, 3: AnalysisProblem.CORRUPT}.get(
                exc.code, AnalysisProblem.FORMAT
            )
            raise AnalysisError(problem, f"{path.name}: libsndfile refused it", str(exc)) from exc
        except (RuntimeError, ValueError, TypeError) as exc:
            raise AnalysisError(
                AnalysisProblem.CORRUPT, f"{path.name}: libsndfile refused it", str(exc)
            ) from exc
        except OSError as exc:
            raise AnalysisError(
                AnalysisProblem.UNREADABLE, f"{path.name} could not be read", str(exc)
            ) from exc
        return data, rate


class VlcDecoder:
    """Transcodes an excerpt to a temporary WAV with libVLC (as fast as it can decode).

    One libVLC instance is made on first use and kept; ``close()`` releases it.

    Args:
        timeout_s: give up on one file after this long ("timed out").
    """

    name = "libVLC"

    def __init__(self, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._vlc: Any = None
        self._instance: Any = None
        self.missing = ""

    def _load(self) -> bool:
        if self._instance is not None:
            return True
        if self.missing:
            return False
        from facemood.errors import PlaybackError
        from facemood.playback.vlc_backend import DEFAULT_ARGS, load_vlc

        try:
            self._vlc = load_vlc()
            # Decoding only: no sound card, no clock sync with an output.
            self._instance = self._vlc.Instance([*DEFAULT_ARGS, "--aout=dummy", "--vout=dummy"])
        except PlaybackError as exc:
            self.missing = exc.message
            return False
        if self._instance is None:
            self.missing = "libVLC found no plugins"
            return False
        return True

    def decode(
        self, path: Path, seconds: float, duration: float | None, rate: int
    ) -> npt.NDArray[np.float32]:
        """Mono samples of the middle ``seconds`` at ``rate``.

        Raises:
            AnalysisError: libVLC is missing, decodes nothing, or takes too long.
        """
        if not self._load():
            raise AnalysisError(AnalysisProblem.FORMAT, "libVLC is not available", self.missing)
        vlc = self._vlc
        start, length = _window(duration, seconds)
        with tempfile.TemporaryDirectory(prefix="facemood-decode-") as tmp:
            wav = Path(tmp, "excerpt.wav").as_posix()
            media = self._instance.media_new_path(os.fspath(path))
            for option in (
                f":sout=#transcode{{acodec=s16l,channels=1,samplerate={rate}}}"
                f':std{{access=file,mux=wav,dst="{wav}"}}',
                ":no-sout-video",
                ":no-sout-spu",
                f":start-time={start:.3f}",
                f":stop-time={start + length:.3f}",
            ):
                media.add_option(option)
            player = self._instance.media_player_new()
            player.set_media(media)
            ends = (vlc.State.Ended, vlc.State.Error, vlc.State.Stopped)
            deadline = time.monotonic() + self.timeout_s
            try:
                player.play()
                while player.get_state() not in ends:
                    if time.monotonic() > deadline:
                        raise AnalysisError(
                            AnalysisProblem.TIMED_OUT,
                            f"{path.name}: libVLC took too long",
                            f"more than {self.timeout_s:.0f} s",
                        )
                    time.sleep(0.005)
            finally:
                player.stop()
                player.release()
                media.release()
            data = _read_wav(Path(wav))
        if data is None or len(data) == 0:
            raise AnalysisError(
                AnalysisProblem.FORMAT, f"{path.name}: libVLC decoded no audio from it"
            )
        # libVLC may start before ``start`` (it seeks to a key frame); the end is exact.
        return data[-int(length * rate) :]

    def close(self) -> None:
        """Release the libVLC instance."""
        if self._instance is not None:
            self._instance.release()
            self._instance = None


def _read_wav(path: Path) -> npt.NDArray[np.float32] | None:
    """The 16-bit mono samples of the WAV libVLC wrote, or ``None`` when it wrote none."""
    import wave

    try:
        with wave.open(os.fspath(path), "rb") as wav:
            raw = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    return (np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0).astype(np.float32)


class Decoder:
    """Decodes excerpts with libsndfile, falling back to libVLC.

    Args:
        seconds: excerpt length.
        rate: target rate (see :func:`to_mono_rate`).
        vlc: the libVLC decoder to fall back on; ``None`` makes one on first need;
            pass ``False`` to turn the fallback off.
    """

    def __init__(
        self,
        seconds: float = EXCERPT_S,
        rate: int = TARGET_RATE,
        vlc: VlcDecoder | bool | None = None,
    ) -> None:
        self.seconds = seconds
        self.rate = rate
        self._sndfile = _SoundFile()
        self._vlc: VlcDecoder | None = (
            None if vlc is False else (vlc if isinstance(vlc, VlcDecoder) else VlcDecoder())
        )

    def decode(self, path: str | os.PathLike[str], duration: float | None = None) -> Excerpt:
        """The excerpt of ``path`` (``duration``: the track's length, if known, for libVLC).

        Raises:
            AnalysisError: no decoder could read it, or it is too short.
        """
        path = Path(path)
        try:
            frames, rate = self._sndfile.decode(path, self.seconds)
            excerpt = to_mono_rate(frames, rate, self.rate)
            name = self._sndfile.name
        except AnalysisError as first:
            if first.problem is AnalysisProblem.UNREADABLE or self._vlc is None:
                raise
            try:
                samples = self._vlc.decode(path, self.seconds, duration, self.rate)
            except AnalysisError as second:
                if second.problem is AnalysisProblem.TIMED_OUT:
                    raise
                raise AnalysisError(
                    first.problem, first.message, f"{first.detail}; {second}"
                ) from second
            excerpt = Excerpt(samples, self.rate, "")
            name = self._vlc.name
        if excerpt.seconds < MIN_SECONDS:
            raise AnalysisError(
                AnalysisProblem.TOO_SHORT,
                f"{path.name} is too short to analyse",
                f"{excerpt.seconds:.1f} s of audio; at least {MIN_SECONDS:.0f} s are needed",
            )
        return Excerpt(excerpt.samples, excerpt.rate, name)

    def close(self) -> None:
        """Release libVLC, if it was loaded."""
        if self._vlc is not None:
            self._vlc.close()
