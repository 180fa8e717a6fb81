"""libVLC's log in FaceMood's logger, rate-limited; sound problems found from it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from facemood.playback import PlaybackState, PlayerError, SoundProblemKind
from facemood.playback.null_backend import NullPlayer
from facemood.playback.vlc_backend import HIDDEN_OUTPUTS, LogLimiter, VlcPlayer
from tests.helpers.audio import pump_until

NO_SUCH_DEVICE = "facemood-no-such-device"


def _vlc(aout: str, *extra: str) -> VlcPlayer:
    try:
        return VlcPlayer(aout=aout, extra_args=extra)
    except PlayerError as exc:  # pragma: no cover - machines without libVLC
        pytest.skip(f"libVLC unavailable: {exc}")


def test_the_limiter_logs_each_message_once_a_window_and_caps_the_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    logger = logging.getLogger("facemood.test.limiter")
    limiter = LogLimiter(logger, window_s=60.0, max_lines=3, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger.name):
        assert limiter.log("cannot open device 0")
        assert not limiter.log("cannot open device 1")  # the same message, other numbers
        assert limiter.log("second")
        assert limiter.log("third")
        assert not limiter.log("fourth")  # three lines a window at most
        now[0] = 61.0
        assert limiter.log("cannot open device 2")
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "cannot open device 0",
        "second",
        "third",
        "(2 more messages like these were held back in the last 60 s)",
        "cannot open device 2",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records)


def test_a_broken_output_is_reported_logged_briefly_and_silent_on_the_terminal(
    wavs: dict[str, Path], caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    player = _vlc("alsa", f"--alsa-audio-device={NO_SUCH_DEVICE}")
    try:
        if "alsa" not in {o.name for o in player.audio_outputs()}:
            pytest.skip("this libVLC has no ALSA output")
        assert player.sound_problem is None
        with caplog.at_level(logging.WARNING, "facemood.playback"):
            player.play(wavs["long"])
            assert pump_until(player, lambda: player.sound_problem is not None, timeout=10), (
                "the failure was not noticed"
            )
            assert pump_until(player, lambda: player.position() > 1.5, timeout=10)
        problem = player.sound_problem
        assert problem is not None and problem.kind is SoundProblemKind.OUTPUT_FAILED
        assert NO_SUCH_DEVICE in problem.detail
        # libVLC retried dozens of times a second; the log got a few lines, the terminal none.
        assert 0 < len(caplog.records) <= 20
        assert all(r.levelno == logging.WARNING for r in caplog.records)
        captured = capfd.readouterr()
        assert "ALSA lib" not in captured.err and "alsa" not in captured.err.lower()
        # Another output fixes it; the track goes on where it was.
        position = player.position()
        player.set_output("dummy")
        assert pump_until(player, lambda: player.position() > position + 0.5, timeout=10)
        assert player.state is PlaybackState.PLAYING
        assert player.sound_problem is None
    finally:
        player.close()


def test_an_output_that_does_not_exist_is_a_problem_at_once() -> None:
    player = _vlc("bogus")
    try:
        problem = player.sound_problem
        assert problem is not None
        assert problem.kind is SoundProblemKind.UNKNOWN_OUTPUT and problem.output == "bogus"
        player.set_output("dummy")  # a short name libVLC knows
        assert player.sound_problem is None
    finally:
        player.close()


def test_outputs_are_listed_without_the_internal_ones() -> None:
    player = _vlc("dummy")
    try:
        outputs = player.audio_outputs()
        assert outputs, "libVLC lists at least one output"
        assert not {o.name for o in outputs} & HIDDEN_OUTPUTS
        assert all(o.description for o in outputs)
    finally:
        player.close()


def test_a_stand_in_player_says_there_is_no_sound() -> None:
    assert NullPlayer().sound_problem is None
    assert NullPlayer().audio_outputs() == ()
    problem = NullPlayer(reason=PlayerError("VLC is not installed", "Install VLC.")).sound_problem
    assert problem is not None and problem.kind is SoundProblemKind.NO_PLAYER
    assert "VLC is not installed" in problem.detail
