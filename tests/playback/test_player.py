"""The player behaviour suite: every test runs against the libVLC and the null backend.

libVLC runs for real with the dummy audio output and plays real WAV files. Its timing is
coarse (it reports the end about a second early), so tests assert states, order and
progress, never exact durations.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from facemood.playback import (
    PlaybackFailed,
    PlaybackState,
    Player,
    PlayerEvent,
    StateChanged,
    TrackEnded,
)
from tests.helpers.audio import pump_for, pump_until


def _states(events: list[PlayerEvent], path: Path | None = None) -> list[PlaybackState]:
    return [
        e.state
        for e in events
        if isinstance(e, StateChanged) and (path is None or e.path == str(path))
    ]


def test_a_new_player_is_stopped(player: Player) -> None:
    assert player.state is PlaybackState.STOPPED
    assert player.path is None
    assert player.position() == 0.0
    assert player.duration() is None
    assert player.volume == 80


def test_play_reaches_playing_and_time_advances(player: Player, wavs: dict[str, Path]) -> None:
    seen: list[PlayerEvent] = []
    player.play(wavs["long"])
    assert player.state in (PlaybackState.OPENING, PlaybackState.PLAYING)  # at once
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING, seen=seen)
    assert _states(seen) == [PlaybackState.OPENING, PlaybackState.PLAYING]  # no duplicates
    assert player.path == str(wavs["long"])
    assert _states(seen, wavs["long"])[-1] is PlaybackState.PLAYING
    start = player.position()
    assert pump_until(player, lambda: player.position() > start + 0.1, timeout=3)
    duration = player.duration()
    assert duration is not None
    assert 5.0 < duration < 7.0


def test_pause_holds_the_position_and_resume_continues(
    player: Player, wavs: dict[str, Path]
) -> None:
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.position() > 0.1)
    player.pause()
    assert pump_until(player, lambda: player.state is PlaybackState.PAUSED)
    held = player.position()
    pump_for(player, 0.25)
    assert abs(player.position() - held) < 0.1
    player.resume()
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    assert pump_until(player, lambda: player.position() > held + 0.1)


def test_toggle_pause(player: Player, wavs: dict[str, Path]) -> None:
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    player.toggle_pause()
    assert pump_until(player, lambda: player.state is PlaybackState.PAUSED)
    player.toggle_pause()
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)


def test_seek_jumps_forward(player: Player, wavs: dict[str, Path]) -> None:
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    player.seek(3.0)
    assert pump_until(player, lambda: player.position() >= 2.9, timeout=2)


def test_volume_is_clamped_and_kept(player: Player) -> None:
    player.set_volume(150)
    assert player.volume == 100
    player.set_volume(-3)
    assert player.volume == 0
    player.set_volume(55)
    assert player.volume == player.output_volume == 55


def test_a_track_plays_to_its_end(player: Player, wavs: dict[str, Path]) -> None:
    ended: list[TrackEnded] = []
    player.track_ended.connect(ended.append)
    player.play(wavs["short"])
    assert pump_until(player, lambda: bool(ended), timeout=5)
    assert ended == [TrackEnded(str(wavs["short"]))]
    assert player.state is PlaybackState.ENDED


def test_a_file_name_that_is_not_utf8_plays(
    player: Player, wavs: dict[str, Path], tmp_path: Path
) -> None:
    name = tmp_path / os.fsdecode(b"caf\xe9 \xff.wav")  # Latin-1 bytes, not UTF-8
    shutil.copyfile(wavs["short"], name)
    ended: list[TrackEnded] = []
    errors: list[PlaybackFailed] = []
    player.track_ended.connect(ended.append)
    player.error.connect(errors.append)
    player.play(name)
    assert pump_until(player, lambda: bool(ended or errors), timeout=5)
    assert errors == []
    assert ended == [TrackEnded(str(name))]


def test_a_missing_file_is_an_error_event_not_an_exception(player: Player, tmp_path: Path) -> None:
    errors: list[PlaybackFailed] = []
    player.error.connect(errors.append)
    missing = tmp_path / "gone.wav"
    player.play(missing)
    assert pump_until(player, lambda: bool(errors))
    assert player.state is PlaybackState.ERROR
    assert errors[0].path == str(missing)
    assert "gone.wav" in errors[0].message


@pytest.mark.parametrize(
    ("name", "outcomes"),
    [
        ("zero.wav", {PlaybackState.ERROR}),
        # libVLC probes text as an empty stream: it "plays" and ends at once. The session
        # counts such instant ends as failures (tests/test_session.py).
        ("notes.mp3", {PlaybackState.ERROR, PlaybackState.ENDED}),
        ("truncated.wav", {PlaybackState.ERROR, PlaybackState.ENDED}),
    ],
)
def test_a_broken_file_fails_or_ends_at_once(
    player: Player, tmp_path: Path, name: str, outcomes: set[PlaybackState]
) -> None:
    if not player.has_sound:
        pytest.skip("the null backend does not decode files")
    fake = tmp_path / name
    if name == "zero.wav":
        fake.touch()
    elif name == "truncated.wav":
        fake.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00")
    else:
        fake.write_text("this is not audio\n" * 50)
    player.play(fake)
    assert pump_until(player, lambda: player.state in outcomes, timeout=5)


def test_playing_another_file_switches_at_once(player: Player, wavs: dict[str, Path]) -> None:
    seen: list[PlayerEvent] = []
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING, seen=seen)
    player.play(wavs["other"])
    assert player.path == str(wavs["other"])
    assert pump_until(
        player, lambda: PlaybackState.PLAYING in _states(seen, wavs["other"]), seen=seen
    )
    assert player.state is PlaybackState.PLAYING
    assert not [e for e in seen if isinstance(e, TrackEnded)]


def test_fade_lowers_the_volume_then_starts_the_new_track(
    player: Player, wavs: dict[str, Path]
) -> None:
    seen: list[PlayerEvent] = []
    player.set_volume(80)
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    started = time.monotonic()
    player.play(wavs["other"], fade_s=0.4)
    assert player.fading
    assert player.path == str(wavs["long"])  # the old track plays on while it fades
    volumes = []
    while player.fading:
        volumes.append(player.output_volume)
        pump_for(player, 0.02, seen)  # the new track may start in here (slow machine)
    assert pump_until(
        player, lambda: PlaybackState.PLAYING in _states(seen, wavs["other"]), seen=seen
    )
    elapsed = time.monotonic() - started
    assert player.path == str(wavs["other"])
    assert player.output_volume == player.volume == 80
    # Down to (nearly) silent, never up again until the switch resets the volume.
    lowest = volumes.index(min(volumes))
    assert min(volumes) < 40
    assert volumes[: lowest + 1] == sorted(volumes[: lowest + 1], reverse=True)
    assert elapsed >= 0.35


def test_a_new_command_cancels_a_fade(player: Player, wavs: dict[str, Path]) -> None:
    seen: list[PlayerEvent] = []
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    player.play(wavs["other"], fade_s=5.0)
    assert pump_until(player, lambda: player.output_volume < player.volume)  # fading
    player.stop()
    assert not player.fading
    assert pump_until(player, lambda: player.state is PlaybackState.STOPPED, seen=seen)
    pump_for(player, 0.1, seen)
    assert PlaybackState.PLAYING not in _states(seen, wavs["other"])
    assert player.output_volume == player.volume


def test_pause_during_a_fade_switches_now_and_pauses_the_new_track(
    player: Player, wavs: dict[str, Path]
) -> None:
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    player.play(wavs["other"], fade_s=5.0)
    player.pause()
    assert not player.fading
    assert player.path == str(wavs["other"])
    assert player.output_volume == player.volume
    assert pump_until(player, lambda: player.state is PlaybackState.PAUSED)
    pump_for(player, 0.2)
    assert player.state is PlaybackState.PAUSED
    player.resume()
    assert pump_until(player, lambda: player.position() > 0.1)
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)


def test_stop_with_a_fade(player: Player, wavs: dict[str, Path]) -> None:
    player.play(wavs["long"])
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    player.stop(fade_s=0.2)
    assert player.state is PlaybackState.PLAYING
    assert pump_until(player, lambda: player.state is PlaybackState.STOPPED, timeout=3)


def test_listeners_run_on_the_thread_that_processes_events(
    player: Player, wavs: dict[str, Path]
) -> None:
    threads: set[int] = set()
    rung = threading.Event()
    player.set_event_notifier(rung.set)
    player.state_changed.connect(lambda _e: threads.add(threading.get_ident()))
    player.play(wavs["long"])
    assert rung.wait(5)
    assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
    assert threads == {threading.get_ident()}


def test_close_is_idempotent_and_later_commands_are_ignored(
    player: Player, wavs: dict[str, Path]
) -> None:
    player.play(wavs["long"])
    player.close()
    player.close()
    player.play(wavs["other"])
    assert player.path == str(wavs["long"])
