"""The settings keeper: a change is saved and announced per section, to its owners only."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facemood.bridge.settings import SECTIONS, SettingsKeeper
from facemood.settings import Settings, with_value


def test_each_owner_hears_only_its_own_section(qtbot: QtBot) -> None:
    saved: list[Settings] = []
    keeper = SettingsKeeper(Settings(), saved.append)
    heard: dict[str, list[tuple[Settings, Settings]]] = {s: [] for s in SECTIONS}
    for section in SECTIONS:
        keeper.watch(section, lambda old, new, s=section: heard[s].append((old, new)))
    with qtbot.waitSignal(keeper.applied) as applied:
        assert keeper.change({"music.volume": 30, "mood.margin": 0.2})
    new = keeper.current
    assert (new.music.volume, new.mood.margin) == (30, 0.2)
    assert saved == [new] and applied.args == [new]
    assert heard["music"] == [(Settings(), new)] and heard["mood"] == [(Settings(), new)]
    assert all(heard[s] == [] for s in SECTIONS if s not in ("music", "mood"))


def test_an_invalid_change_is_refused_whole(qtbot: QtBot) -> None:
    saved: list[Settings] = []
    keeper = SettingsKeeper(Settings(), saved.append)
    with qtbot.waitSignal(keeper.change_refused) as refused:
        assert not keeper.change({"music.volume": 30, "mood.margin": 7})
    assert "mood.margin" in refused.args[0]
    assert keeper.current == Settings() and saved == []


def test_applying_a_snapshot_announces_what_differs() -> None:
    keeper = SettingsKeeper(Settings(), lambda _s: None)
    sections: list[str] = []
    keeper.section_changed.connect(lambda name, _old, _new: sections.append(name))
    keeper.apply(
        with_value(with_value(Settings(), "gui.close_to_tray", True), "vision.detector", "haar")
    )
    assert sections == ["vision", "gui"]  # in the schema's order
    with pytest.raises(ValueError, match="no settings section"):
        keeper.watch("sound", lambda _old, _new: None)


def test_a_value_already_in_use_is_kept_and_saved_without_announcing() -> None:
    saved: list[Settings] = []
    keeper = SettingsKeeper(Settings(), saved.append)
    heard: list[str] = []
    keeper.section_changed.connect(lambda name, _old, _new: heard.append(name))
    keeper.applied.connect(lambda _new: heard.append("applied"))
    assert keeper.change({"music.volume": 30}, announce=False)
    assert keeper.current.music.volume == 30 and saved == [keeper.current]
    assert heard == []
