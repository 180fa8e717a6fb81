"""The library tab and audio estimates: listened to after the scan, shown as estimates,
written as tags only when asked (real files, real analysis process, real mutagen)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facemood.library import MoodSource
from facemood.settings import Settings, with_value
from tests.audio.synth import clicks, progression
from tests.gui.conftest import MakeWindow
from tests.library.audio_helpers import encode_samples, rate_for, write_tags


def _library(root: Path) -> dict[str, Path]:
    """Two untagged tracks (loud and fast; soft, slow and minor) and one tagged."""
    loud, soft, tagged = root / "loud.flac", root / "soft.ogg", root / "tagged.ogg"
    beat = clicks(170, 8.0, rate_for(loud))
    noise = np.random.default_rng(0).standard_normal(len(beat)).astype(np.float32)
    encode_samples(loud, np.clip(beat * 1.6 + 0.05 * noise, -1, 1))
    for path in (soft, tagged):
        encode_samples(path, 0.05 * progression(57, "minor", 8.0, rate_for(path)))
    write_tags(tagged, mood="happy")
    return {"loud": loud, "soft": soft, "tagged": tagged}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_untagged_tracks_are_listened_to_and_shown_as_estimates(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, tmp_path: Path
) -> None:
    library = tmp_path / "mine"
    files = _library(library)
    progress: list[tuple[int, int]] = []
    window = make_window(str(clip))
    window.app.library.analysis_progressed.connect(lambda p: progress.append((p.done, p.total)))
    with qtbot.waitSignal(
        window.app.library.analysis_finished,
        timeout=60000,
        check_params_cb=lambda r: r.root == library,
    ) as done:
        window.set_library_dir(str(library))
    assert progress == [(1, 2), (2, 2)]  # the tagged track is not analysed
    result = done.args[0]
    panel = window.library_panel
    assert panel.outcome is result and window.library_result is result
    model = panel.tracks_model
    rows = {panel.track_at(r).path: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    for name in ("loud", "soft"):
        row = rows[files[name]]
        text = model.data(model.index(row, 2))
        assert re.fullmatch(r"\w+ · estimated \d+ %", text), text
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert re.search(r"Estimated from the audio: energy \d+ %, positive mood \d+ %", tip), tip
    assert model.data(model.index(rows[files["tagged"]], 2)) == "happy"
    assert "Mood from its mood tag: happy" in model.data(
        model.index(rows[files["tagged"]], 0), Qt.ItemDataRole.ToolTipRole
    )
    assert window.library_panel.summary.text() == "3 tracks, 0 skipped"
    loud = next(t for t in result.tracks if t.path == files["loud"])
    soft = next(t for t in result.tracks if t.path == files["soft"])
    assert loud.mood_source is soft.mood_source is MoodSource.AUDIO
    assert loud.audio is not None and soft.audio is not None
    assert loud.audio.arousal > soft.audio.arousal


def test_estimates_become_tags_only_when_asked(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, tmp_path: Path
) -> None:
    library = tmp_path / "mine"
    files = _library(library)
    before = {name: _digest(path) for name, path in files.items()}
    window = make_window(str(clip))
    with qtbot.waitSignal(
        window.app.library.analysis_finished,
        timeout=60000,
        check_params_cb=lambda r: r.root == library,
    ) as done:
        window.set_library_dir(str(library))
    estimates = {t.path: t.mood for t in done.args[0].tracks}
    # Scanning and listening changed no file.
    assert {name: _digest(path) for name, path in files.items()} == before
    panel = window.library_panel
    panel.tracks.selectAll()
    assert {t.path for t in panel.selected_estimates()} == {files["loud"], files["soft"]}
    menu = panel.track_menu(0)
    assert menu is not None
    write = next(a for a in menu.actions() if a.text() == "Write the estimated moods as tags")
    assert write.isEnabled()
    with (
        qtbot.waitSignal(window.app.library.tags_written, timeout=20000) as written,
        qtbot.waitSignal(
            window.app.library.scan_finished,
            timeout=20000,
            check_params_cb=lambda r: r.root == library,
        ) as rescanned,
    ):
        write.trigger()
    assert written.args == [2, ()]
    assert _digest(files["tagged"]) == before["tagged"]  # a tagged track is left alone
    tracks = {t.path: t for t in rescanned.args[0].tracks}
    for name in ("loud", "soft"):
        track = tracks[files[name]]
        assert track.mood_source is MoodSource.TAG and track.mood is estimates[files[name]]
    # Only tracks whose mood came from the audio can be written: now none is.
    panel.tracks.selectAll()
    menu = panel.track_menu(0)
    assert menu is not None
    write = next(a for a in menu.actions() if a.text() == "Write the estimated moods as tags")
    assert not write.isEnabled()


def test_with_audio_moods_off_nothing_is_listened_to(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, tmp_path: Path, settings: Settings
) -> None:
    library = tmp_path / "mine"
    _library(library)
    changed = with_value(settings, "library.audio_moods", False)
    window = make_window(str(clip), changed=changed)
    analysed: list[object] = []
    window.app.library.analysis_progressed.connect(analysed.append)
    window.app.library.analysis_finished.connect(analysed.append)
    with qtbot.waitSignal(
        window.app.library.scan_finished,
        timeout=20000,
        check_params_cb=lambda r: r.root == library,
    ) as done:
        window.set_library_dir(str(library))
    qtbot.waitUntil(lambda: not window.app.library.scanning, timeout=20000)
    assert analysed == []
    moods = sorted(window.library_panel.mood_text(t) for t in done.args[0].tracks)
    assert moods == ["happy", "untagged", "untagged"]
