"""The now-playing panel: seek bar, the time of the track on show, cover art; the notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot

from facemood.bridge.music import PlaybackSnapshot
from facemood.core.types import MusicMood
from facemood.gui.player_panel import NowPlaying, SoundNotice
from facemood.library import Track
from facemood.playback import PlaybackState, SoundProblem, SoundProblemKind


def _track(name: str, duration: float = 200.0) -> Track:
    return Track(Path(f"/music/{name}.mp3"), MusicMood.CALM, None, None, name, None, None, duration)


def _snap(track: Track | None, position: float, duration: float) -> PlaybackSnapshot:
    path = str(track.path) if track is not None else None
    return PlaybackSnapshot(PlaybackState.PLAYING, True, position, duration, 80, path)


def test_a_click_on_the_seek_bar_seeks_at_once(qtbot: QtBot) -> None:
    panel = NowPlaying(QIcon())
    qtbot.addWidget(panel)
    track = _track("a")
    panel.show_track(track, None)
    panel.show_playback(_snap(track, 0.0, 200.0))
    with qtbot.waitSignal(panel.seek_requested, timeout=1000) as seek:
        panel.position.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert seek.args is not None
    assert seek.args[0] == 200.0 * panel.position.pageStep() / 1000


def test_a_new_track_never_shows_the_old_tracks_time(qtbot: QtBot) -> None:
    panel = NowPlaying(QIcon())
    qtbot.addWidget(panel)
    old, new = _track("old", 300.0), _track("new", 95.0)
    panel.show_track(old, None)
    panel.show_playback(_snap(old, 120.0, 300.0))
    assert panel.time.text() == "2:00 / 5:00"
    panel.show_track(new, None)  # the session switched; the player still fades the old one
    assert panel.time.text() == "0:00 / 1:35"
    panel.show_playback(_snap(old, 121.0, 300.0))
    assert panel.time.text() == "0:00 / 1:35" and panel.position.value() == 0
    panel.show_playback(_snap(new, 3.0, 95.0))
    assert panel.time.text() == "0:03 / 1:35"


def test_embedded_cover_art_replaces_the_placeholder(qtbot: QtBot) -> None:
    panel = NowPlaying(QIcon())
    qtbot.addWidget(panel)
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    panel.show_track(_track("a"), bytes(data.data()))
    shown = panel.cover.pixmap().toImage()
    assert shown.pixelColor(20, 20) == QColor("#ff0000")


def test_the_sound_notice_says_what_is_wrong_and_goes_away(qtbot: QtBot) -> None:
    notice = SoundNotice()
    qtbot.addWidget(notice)
    notice.show_problem(SoundProblem(SoundProblemKind.OUTPUT_FAILED, "alsa", "no card"))
    assert not notice.isHidden()
    assert "alsa does not work" in notice.text.text()
    assert notice.toolTip() == "no card"
    notice.show_problem(None)
    assert notice.isHidden()
