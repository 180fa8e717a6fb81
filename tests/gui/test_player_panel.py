"""The now-playing panel's seek bar."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot

from facemood.bridge.music import PlaybackSnapshot
from facemood.gui.player_panel import NowPlaying
from facemood.playback import PlaybackState


def test_a_click_on_the_seek_bar_seeks_at_once(qtbot: QtBot) -> None:
    panel = NowPlaying(QIcon())
    qtbot.addWidget(panel)
    panel.show_playback(PlaybackSnapshot(PlaybackState.PLAYING, True, 0.0, 200.0, 80))
    with qtbot.waitSignal(panel.seek_requested, timeout=1000) as seek:
        panel.position.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert seek.args is not None
    assert seek.args[0] == 200.0 * panel.position.pageStep() / 1000
