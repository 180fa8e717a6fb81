"""The library tab: folder, background scan with progress, counts, skipped files, tagging.

A double-click (or Enter) on a track plays it; its context menu plays it, tags the
selected tracks with a mood, writes their audio estimates as tags, or shows the file in
its folder. A mood estimated from the audio reads "calm · estimated 72 %", never like a
tag; its tooltip gives the features it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facemood.audio.types import Mode
from facemood.core.types import MusicMood
from facemood.gui.texts import music_mood_name
from facemood.library import MoodSource, ScanProgress, ScanResult, SkippedFile, Track

if TYPE_CHECKING:
    from facemood.audio.worker import AnalysisProgress


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


_ROOT = QModelIndex()


class _RowsModel(QAbstractTableModel):
    """A read-only table over a sequence of values; cells are computed when shown.

    Setting 10,000 rows is one cheap reset, and only the visible cells are ever turned
    into text (QTableWidget would build an item per cell on the GUI thread, which
    stalls the window for a large library).
    """

    def __init__(self, columns: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers: list[str] = [""] * columns
        self._items: Sequence[Any] = ()
        self._cell: Callable[[Any, int], str] = lambda _item, _col: ""
        self._tip: Callable[[Any], str] = lambda _item: ""

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def set_items(
        self, items: Sequence[Any], cell: Callable[[Any, int], str], tip: Callable[[Any], str]
    ) -> None:
        self.beginResetModel()
        self._items, self._cell, self._tip = items, cell, tip
        self.endResetModel()

    def refresh(self) -> None:
        """Cells changed their text (e.g. a new language)."""
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self._columns - 1)
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _table(model: _RowsModel, multi: bool) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setWordWrap(False)
    return view


class LibraryPanel(QWidget):
    """Shows the library and asks for scans and tags; the window does the work."""

    choose_folder_requested = Signal()
    rescan_requested = Signal()
    cancel_requested = Signal()
    tag_requested = Signal(object, object)
    """(paths tuple, MusicMood)."""
    play_requested = Signal(object)
    """A :class:`~facemood.library.Track` to play now."""
    write_estimates_requested = Signal(object)
    """A tuple of audio-estimated :class:`~facemood.library.Track` to tag with their estimate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: ScanResult | None = None
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.choose_button = QPushButton()
        self.rescan_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_folder_requested)
        self.rescan_button.clicked.connect(self.rescan_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary = QLabel()
        self.counts = QTableWidget(0, 2)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tracks_model = _RowsModel(4, self)
        self.tracks = _table(self.tracks_model, multi=True)
        self.tracks.activated.connect(self._on_activated)
        self.tracks.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tracks.customContextMenuRequested.connect(self._show_track_menu)
        self.skipped_model = _RowsModel(2, self)
        self.skipped = _table(self.skipped_model, multi=False)
        self.tag_mood = QComboBox()
        for mood in MusicMood:
            self.tag_mood.addItem("", mood.value)
        self.tag_button = QPushButton()
        self.tag_button.clicked.connect(self._on_tag)
        self.tag_status = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.folder, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.rescan_button)
        top.addWidget(self.cancel_button)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.summary)
        tag = QHBoxLayout()
        self.tag_label = QLabel()
        tag.addWidget(self.tag_label)
        tag.addWidget(self.tag_mood)
        tag.addWidget(self.tag_button)
        tag.addWidget(self.tag_status, 1)
        self.tracks_box = QGroupBox()
        tl = QVBoxLayout(self.tracks_box)
        tl.addWidget(self.tracks)
        tl.addLayout(tag)
        self.counts_box = QGroupBox()
        QVBoxLayout(self.counts_box).addWidget(self.counts)
        self.skipped_box = QGroupBox()
        QVBoxLayout(self.skipped_box).addWidget(self.skipped)
        side = QSplitter()
        side.addWidget(self.counts_box)
        side.addWidget(self.skipped_box)
        split = QSplitter()
        split.addWidget(self.tracks_box)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress)
        layout.addWidget(split, 1)
        self._folder_path = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Refresh every text for the current language."""
        self.choose_button.setText(self.tr("Choose folder…"))
        self.rescan_button.setText(self.tr("Rescan"))
        self.cancel_button.setText(self.tr("Cancel scan"))
        self.counts.setHorizontalHeaderLabels([self.tr("Mood"), self.tr("Tracks")])
        self.tracks_model.set_headers(
            [self.tr("Title"), self.tr("Artist"), self.tr("Mood"), self.tr("File")]
        )
        self.skipped_model.set_headers([self.tr("File"), self.tr("Reason")])
        self.tracks_box.setTitle(self.tr("Tracks (double-click to play, right-click for more)"))
        self.counts_box.setTitle(self.tr("Tracks per mood"))
        self.skipped_box.setTitle(self.tr("Skipped files"))
        self.tag_label.setText(self.tr("Tag selected tracks as"))
        self.tag_button.setText(self.tr("Write tag"))
        for i in range(self.tag_mood.count()):
            self.tag_mood.setItemText(i, music_mood_name(MusicMood(self.tag_mood.itemData(i))))
        self.set_folder(self._folder_path)
        if self.outcome is not None:
            self.show_outcome(self.outcome)

    def outcome_dir(self) -> str:
        """The folder on show."""
        return self._folder_path

    def set_folder(self, path: str) -> None:
        """Show the library folder."""
        self._folder_path = path
        self.folder.setText(self.tr("Music folder: {path}").format(path=path))

    def scan_started(self) -> None:
        """A scan began."""
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.summary.setText(self.tr("Scanning…"))

    def show_progress(self, progress: ScanProgress) -> None:
        """A scan progressed (``total`` is 0 while the folders are still being listed)."""
        if progress.total == 0:
            self.progress.setRange(0, 0)  # busy: the number of files is not known yet
            self.summary.setText(self.tr("Scanning…"))
            return
        self.progress.setRange(0, progress.total)
        self.progress.setValue(progress.done)
        self.summary.setText(
            self.tr("{done} of {total} files").format(done=progress.done, total=progress.total)
        )

    def show_analysis_progress(self, progress: AnalysisProgress) -> None:
        """The audio analysis of untagged tracks progressed (it follows a scan)."""
        self.cancel_button.setEnabled(progress.done < progress.total)
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        self.summary.setText(
            self.tr("Listening to untagged tracks: {done} of {total}").format(
                done=progress.done, total=progress.total
            )
        )

    def mood_text(self, track: Track) -> str:
        """The mood column: the mood, or for an audio estimate "calm · estimated 72 %"."""
        if track.mood_source is MoodSource.AUDIO and track.audio is not None:
            return self.tr("{mood} · estimated {percent} %").format(
                mood=music_mood_name(track.mood), percent=round(100 * track.audio.confidence)
            )
        return music_mood_name(track.mood)

    def track_tip(self, track: Track) -> str:
        """The tooltip: the file, and where its mood came from."""
        lines = [str(track.path)]
        estimate = track.audio
        if track.mood_source is MoodSource.AUDIO and estimate is not None:
            lines.append(
                self.tr(
                    "Estimated from the audio: energy {arousal} %, positive mood {valence} %, "
                    "{tempo} BPM, {mode}. Tag it to correct it."
                ).format(
                    arousal=round(100 * estimate.arousal),
                    valence=round(100 * estimate.valence),
                    tempo=round(estimate.tempo),
                    mode=self.tr("major") if estimate.mode is Mode.MAJOR else self.tr("minor"),
                )
            )
        elif track.mood_source is not None:
            lines.append(
                self.tr("Mood from its {source}: {raw}").format(
                    source=self._source_name(track.mood_source), raw=track.raw_mood or ""
                )
            )
        elif track.audio_problem:
            lines.append(track.audio_problem)
        return "\n".join(lines)

    def _source_name(self, source: MoodSource) -> str:
        names = {
            MoodSource.TAG: self.tr("mood tag"),
            MoodSource.FOLDER: self.tr("folder"),
            MoodSource.PLAYLIST: self.tr("playlist"),
            MoodSource.GENRE: self.tr("genre"),
        }
        return names.get(source, source.value)

    def scan_failed(self, message: str) -> None:
        """A scan failed."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)
        self.summary.setText(message)

    def show_outcome(self, outcome: ScanResult) -> None:
        """A scan finished: fill the tables."""
        self.outcome = outcome
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("{tracks} tracks, {skipped} skipped").format(
            tracks=len(outcome.tracks), skipped=len(outcome.skipped)
        )
        if outcome.cancelled:
            text += " " + self.tr("(cancelled)")
        self.summary.setText(text)
        groups = outcome.by_mood()
        self.counts.setRowCount(len(groups))
        for row, (mood, tracks) in enumerate(groups.items()):
            self.counts.setItem(row, 0, _item(music_mood_name(mood)))
            self.counts.setItem(row, 1, _item(str(len(tracks))))

        def track_cell(t: Track, column: int) -> str:
            if column == 0:
                return t.display_title
            if column == 1:
                return t.artist or ""
            if column == 2:
                return self.mood_text(t)
            return outcome.relative(t.path)

        def skipped_cell(s: SkippedFile, column: int) -> str:
            if column == 0:
                return outcome.relative(s.path)
            return f"{s.reason}: {s.detail}" if s.detail else str(s.reason)

        self.tracks_model.set_items(outcome.tracks, track_cell, self.track_tip)
        self.skipped_model.set_items(outcome.skipped, skipped_cell, lambda s: str(s.path))

    def track_at(self, row: int) -> Track | None:
        """The track in ``row`` of the table."""
        outcome = self.outcome
        if outcome is None or not 0 <= row < len(outcome.tracks):
            return None
        return outcome.tracks[row]

    def _on_activated(self, index: QModelIndex) -> None:
        track = self.track_at(index.row())
        if track is not None:
            self.play_requested.emit(track)

    def track_menu(self, row: int) -> QMenu | None:
        """The context menu of the track in ``row`` (the selection is what it tags)."""
        track = self.track_at(row)
        if track is None:
            return None
        if row not in {i.row() for i in self.tracks.selectionModel().selectedRows()}:
            self.tracks.selectRow(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Play")).triggered.connect(lambda: self.play_requested.emit(track))
        tag = menu.addMenu(self.tr("Tag as"))
        for mood in MusicMood:
            action = tag.addAction(music_mood_name(mood))
            action.triggered.connect(
                lambda _=False, m=mood: self.tag_requested.emit(self.selected_paths(), m)
            )
        estimated = self.selected_estimates()
        write = menu.addAction(self.tr("Write the estimated moods as tags"))
        write.setEnabled(bool(estimated))
        write.triggered.connect(lambda: self.write_estimates_requested.emit(estimated))
        menu.addAction(self.tr("Show in folder")).triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(track.path.parent)))
        )
        return menu

    def _show_track_menu(self, pos: QPoint) -> None:
        menu = self.track_menu(self.tracks.indexAt(pos).row())
        if menu is not None:
            menu.popup(self.tracks.viewport().mapToGlobal(pos))

    def selected_tracks(self) -> tuple[Track, ...]:
        """The selected tracks, in table order."""
        if self.outcome is None:
            return ()
        rows = sorted({index.row() for index in self.tracks.selectionModel().selectedRows()})
        return tuple(self.outcome.tracks[r] for r in rows if r < len(self.outcome.tracks))

    def selected_paths(self) -> tuple[Path, ...]:
        """Paths of the selected tracks."""
        return tuple(t.path for t in self.selected_tracks())

    def selected_estimates(self) -> tuple[Track, ...]:
        """The selected tracks whose mood was estimated from their audio."""
        return tuple(t for t in self.selected_tracks() if t.mood_source is MoodSource.AUDIO)

    def _on_tag(self) -> None:
        paths = self.selected_paths()
        if not paths:
            self.tag_status.setText(self.tr("Select tracks first."))
            return
        self.tag_requested.emit(paths, MusicMood(self.tag_mood.currentData()))

    def show_tag_result(self, written: int, errors: tuple[str, ...]) -> None:
        """Say how tagging went."""
        text = self.tr("{n} files tagged.").format(n=written)
        if errors:
            text += " " + self.tr("{n} failed: {why}").format(n=len(errors), why=errors[0])
        self.tag_status.setText(text)
