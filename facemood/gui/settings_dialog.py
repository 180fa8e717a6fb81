"""The settings dialog: one editor per setting of the schema, grouped by section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facemood import settings as settings_mod
from facemood.core.types import EMOTIONS, MusicMood
from facemood.errors import SettingsError
from facemood.gui.texts import emotion_name, music_mood_name

SECTIONS = ("vision", "mood", "music", "gui")


def field_label(name: str) -> str:
    """The translated label of a dotted setting name."""
    labels = {
        "vision.camera_index": QCoreApplication.translate("SettingsDialog", "Camera"),
        "vision.face_policy": QCoreApplication.translate("SettingsDialog", "Several faces"),
        "vision.detector": QCoreApplication.translate("SettingsDialog", "Face detector"),
        "mood.window_s": QCoreApplication.translate("SettingsDialog", "Smoothing window (s)"),
        "mood.margin": QCoreApplication.translate(
            "SettingsDialog", "Sensitivity margin (hysteresis)"
        ),
        "mood.dwell_s": QCoreApplication.translate("SettingsDialog", "Minimum time per mood (s)"),
        "mood.confidence_floor": QCoreApplication.translate("SettingsDialog", "Confidence floor"),
        "mood.away_after_s": QCoreApplication.translate("SettingsDialog", "Away after (s)"),
        "mood.calibration_bias": QCoreApplication.translate("SettingsDialog", "Your face"),
        "mood.baseline": QCoreApplication.translate(
            "SettingsDialog", "Learn my resting face as I go"
        ),
        "mood.baseline_strength": QCoreApplication.translate(
            "SettingsDialog", "Follow my own face (0-1)"
        ),
        "mood.baseline_settle_s": QCoreApplication.translate(
            "SettingsDialog", "Time to learn a new face (s)"
        ),
        "mood.baseline_follow_s": QCoreApplication.translate(
            "SettingsDialog", "Catch up with a relaxed face (s)"
        ),
        "mood.baseline_adapt_s": QCoreApplication.translate(
            "SettingsDialog", "Adapt to my resting face (s)"
        ),
        "music.library_dir": QCoreApplication.translate("SettingsDialog", "Music folder"),
        "music.strategy": QCoreApplication.translate("SettingsDialog", "Music strategy"),
        "music.custom_mapping": QCoreApplication.translate("SettingsDialog", "Custom mapping"),
        "music.neutral_choice": QCoreApplication.translate("SettingsDialog", "When neutral, play"),
        "music.switch_policy": QCoreApplication.translate("SettingsDialog", "On a mood change"),
        "music.fade_s": QCoreApplication.translate("SettingsDialog", "Fade (s)"),
        "music.volume": QCoreApplication.translate("SettingsDialog", "Volume"),
        "music.audio_output": QCoreApplication.translate("SettingsDialog", "Audio output"),
        "gui.language": QCoreApplication.translate("SettingsDialog", "Language"),
        "gui.capture_dir": QCoreApplication.translate("SettingsDialog", "Capture folder"),
    }
    return labels.get(name, name)


def choice_label(name: str, value: str) -> str:
    """The translated label of one choice of a setting."""
    labels = {
        ("vision.face_policy", "largest"): QCoreApplication.translate(
            "SettingsDialog", "follow the largest face"
        ),
        ("vision.face_policy", "average"): QCoreApplication.translate(
            "SettingsDialog", "average all faces"
        ),
        ("music.strategy", "match"): QCoreApplication.translate("SettingsDialog", "match my mood"),
        ("music.strategy", "lift"): QCoreApplication.translate("SettingsDialog", "lift my mood"),
        ("music.strategy", "custom"): QCoreApplication.translate(
            "SettingsDialog", "my own mapping"
        ),
        ("music.neutral_choice", "calm"): QCoreApplication.translate(
            "SettingsDialog", "calm music"
        ),
        ("music.neutral_choice", "energetic"): QCoreApplication.translate(
            "SettingsDialog", "energetic music (focus)"
        ),
        ("music.neutral_choice", "keep"): QCoreApplication.translate(
            "SettingsDialog", "keep the current music"
        ),
        ("music.switch_policy", "fade"): QCoreApplication.translate(
            "SettingsDialog", "fade to new music now"
        ),
        ("music.switch_policy", "track_end"): QCoreApplication.translate(
            "SettingsDialog", "switch when the track ends"
        ),
        ("gui.language", ""): QCoreApplication.translate("SettingsDialog", "system language"),
        ("gui.language", "en"): "English",
        ("gui.language", "ko"): "한국어",
    }
    return labels.get((name, value), value)


def section_title(section: str) -> str:
    """The translated title of a settings section."""
    titles = {
        "vision": QCoreApplication.translate("SettingsDialog", "Camera and faces"),
        "mood": QCoreApplication.translate("SettingsDialog", "Mood"),
        "music": QCoreApplication.translate("SettingsDialog", "Music"),
        "gui": QCoreApplication.translate("SettingsDialog", "Window"),
    }
    return titles.get(section, section)


class _PathEdit(QWidget):
    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.button = QPushButton(QCoreApplication.translate("SettingsDialog", "Browse…"))
        self.button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SettingsDialog", "Choose a folder"), self.edit.text()
        )
        if path:
            self.edit.setText(path)


class _MappingEdit(QWidget):
    """Emotion -> music mood, one combo box per emotion (for the custom strategy)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for emotion in EMOTIONS:
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("SettingsDialog", "(strategy default)"), "")
            for mood in MusicMood:
                combo.addItem(music_mood_name(mood), mood.value)
            self.combos[emotion.value] = combo
            layout.addRow(emotion_name(emotion), combo)

    def set_value(self, mapping: dict[str, str]) -> None:
        for emotion, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(emotion, ""))))

    def value(self) -> dict[str, str]:
        return {e: c.currentData() for e, c in self.combos.items() if c.currentData()}


class _CalibrationEdit(QWidget):
    """Shows whether the user is calibrated; records or resets."""

    record_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.bias: list[float] = []
        self.state = QLabel()
        self.record = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Teach it your face…")
        )
        self.reset = QPushButton(QCoreApplication.translate("SettingsDialog", "Reset"))
        self.record.clicked.connect(self.record_requested)
        self.reset.clicked.connect(lambda: self.set_value([]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.record)
        layout.addWidget(self.reset)

    def set_value(self, bias: list[float] | tuple[float, ...]) -> None:
        self.bias = list(bias)
        self.state.setText(
            QCoreApplication.translate("SettingsDialog", "taught")
            if bias
            else QCoreApplication.translate("SettingsDialog", "not taught")
        )


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` returns the validated copy.

    Signals:
        calibration_requested: the user asked to record their neutral face; the window
            records a few seconds and calls :meth:`set_calibration`.
    """

    calibration_requested = Signal()

    def __init__(self, settings: settings_mod.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "FaceMood settings"))
        self._original = settings
        self.editors: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        infos = settings_mod.schema()
        self.tabs = QTabWidget()
        for section in SECTIONS:
            page = QWidget()
            form = QFormLayout(page)
            for info in infos:
                # The date of a taught face is set by teaching it, not edited.
                if info.name.split(".")[0] != section or info.name == "mood.calibrated_on":
                    continue
                editor = self._editor(info)
                editor.setToolTip(info.description)
                self.editors[info.name] = editor
                form.addRow(field_label(info.name), editor)
            self.tabs.addTab(page, section_title(section))
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.load(settings_mod.Settings()))
        layout.addWidget(buttons)
        self.load(settings)

    def _editor(self, info: settings_mod.FieldInfo) -> QWidget:
        name = info.name
        if info.choices:
            combo = QComboBox()
            for choice in info.choices:
                value = str(choice.value)
                combo.addItem(choice_label(name, value), value)
            return combo
        if name == "mood.calibration_bias":
            cal = _CalibrationEdit()
            cal.record_requested.connect(self.calibration_requested)
            return cal
        if info.type is bool:
            return QCheckBox()
        if info.type is int:
            spin = QSpinBox()
            spin.setRange(
                int(info.minimum or 0), int(info.maximum if info.maximum is not None else 10_000)
            )
            return spin
        if info.type is float:
            dspin = QDoubleSpinBox()
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05 if (info.maximum or 0) <= 1 else 0.25)
            dspin.setRange(float(info.minimum or 0.0), float(info.maximum or 1e6))
            return dspin
        if name.endswith("_dir"):
            return _PathEdit(QCoreApplication.translate("SettingsDialog", "(default)"))
        if name == "music.custom_mapping":
            return _MappingEdit()
        edit = QLineEdit()
        edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", "(default)"))
        return edit

    def load(self, settings: settings_mod.Settings) -> None:
        """Show the values of ``settings`` in the editors."""
        data = settings_mod.settings_to_dict(settings)
        for name, editor in self.editors.items():
            section, leaf = name.split(".")
            value = data[section][leaf]
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, _PathEdit):
                editor.edit.setText(str(value))
            elif isinstance(editor, _MappingEdit):
                editor.set_value(dict(value))
            elif isinstance(editor, _CalibrationEdit):
                editor.set_value(list(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))

    def set_calibration(self, bias: tuple[float, ...]) -> None:
        """Show a freshly recorded calibration (saved with OK)."""
        editor = self.editors["mood.calibration_bias"]
        assert isinstance(editor, _CalibrationEdit)
        editor.set_value(bias)

    def value_of(self, editor: QWidget) -> Any:
        """The value an editor holds."""
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, _PathEdit):
            return editor.edit.text().strip()
        if isinstance(editor, _MappingEdit):
            return editor.value()
        if isinstance(editor, _CalibrationEdit):
            return list(editor.bias)
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        raise TypeError(editor)

    def result_settings(self) -> settings_mod.Settings:
        """The edited settings, validated.

        Raises:
            SettingsError: a value is invalid (the message names it).
        """
        result = self._original
        for name, editor in self.editors.items():
            result = settings_mod.with_value(result, name, self.value_of(editor))
        return result

    def accept(self) -> None:
        """Close only when every value is valid."""
        try:
            self.result_settings()
        except SettingsError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
