"""The settings dialog: one editor per setting of the schema, grouped by section.

Every row, label, tooltip and dropdown comes from the settings schema
(:func:`facemood.settings.schema`): labels are the schema's plain words, translated here;
each row's tooltip names the setting as it is in ``settings.json`` with its help text.
Choices are dropdowns (the camera from the cameras found, the sound output from
libVLC's outputs and devices). A row that does not apply is disabled (the custom
mapping unless "my own choice" is the strategy). Every change is validated at once: a
bad value is explained under its row and OK stays disabled until it is fixed.
"""

from __future__ import annotations

from pathlib import Path
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
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facemood import settings as settings_mod
from facemood.core.types import EMOTIONS, MusicMood
from facemood.errors import SettingsError
from facemood.gui.texts import emotion_name, music_mood_name
from facemood.paths import capture_dir
from facemood.playback import AudioOutput

SECTIONS = ("vision", "mood", "music", "library", "gui")
"""The sections the dialog edits, one tab each (``window`` is remembered, not edited)."""
PERCENT_SETTINGS = ("mood.margin", "mood.confidence_floor")
"""Fractions shown as percentages."""
SILENT_OUTPUT = "dummy"
"""libVLC's silent output (see :mod:`facemood.playback.vlc_backend`)."""


def schema_text(text: str) -> str:
    """A label from the settings schema, translated (the schema marks its labels with
    ``QT_TRANSLATE_NOOP("SettingsDialog", ...)``)."""
    return QCoreApplication.translate("SettingsDialog", text)


def folder_problem(name: str, value: str) -> str:
    """Why a folder setting cannot be used ("" when it can; empty means the default)."""
    if not value:
        return ""
    path = Path(value).expanduser()
    if not path.is_absolute():
        return QCoreApplication.translate("SettingsDialog", "Choose a full path, e.g. with Browse…")
    if name == "music.library_dir" and not path.is_dir():
        return QCoreApplication.translate("SettingsDialog", "This folder does not exist.")
    if path.exists() and not path.is_dir():
        return QCoreApplication.translate("SettingsDialog", "This is a file, not a folder.")
    if not path.exists() and not path.parent.is_dir():
        return QCoreApplication.translate(
            "SettingsDialog", "Neither this folder nor the one it would go in exists."
        )
    return ""


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
        start = self.edit.text() or self.edit.placeholderText()
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SettingsDialog", "Choose a folder"), start
        )
        if path:
            self.edit.setText(path)


class _PercentSpin(QSpinBox):
    """A fraction 0-1 shown as 0-100 %."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 100)
        self.setSuffix(" %")

    def fraction(self) -> float:
        return self.value() / 100.0

    def set_fraction(self, value: float) -> None:
        self.setValue(round(value * 100))


class _MappingEdit(QWidget):
    """Emotion -> music mood, one combo box per emotion (for the custom strategy)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for emotion in EMOTIONS:
            combo = QComboBox()
            combo.addItem(
                QCoreApplication.translate("SettingsDialog", "(as with “match my mood”)"), ""
            )
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
    changed = Signal()

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
        self.changed.emit()


class _OutputCombo(QComboBox):
    """The sound output and its device in one dropdown."""

    # Item data: "output\tdevice" (Qt keeps a str as it is; a tuple it would not).

    def __init__(self) -> None:
        super().__init__()
        self._value: tuple[str, str] = ("", "")
        self.set_outputs(())

    def _add(self, text: str, output: str, device: str = "") -> None:
        self.addItem(text, f"{output}\t{device}")

    def set_outputs(self, outputs: tuple[AudioOutput, ...]) -> None:
        """List ``outputs`` (keeping the value on show; one not listed stays, marked)."""
        value = self.value()
        self.blockSignals(True)
        self.clear()
        self._add(QCoreApplication.translate("SettingsDialog", "system default"), "")
        for output in outputs:
            name = output.description or output.name
            self._add(name, output.name)
            for device in output.devices:
                self._add(f"{name}: {device.description or device.id}", output.name, device.id)
        self._add(QCoreApplication.translate("SettingsDialog", "none (silent)"), SILENT_OUTPUT)
        self.set_value(*value)
        self.blockSignals(False)

    def set_value(self, output: str, device: str) -> None:
        self._value = (output, device)
        index = self.findData(f"{output}\t{device}")
        if index < 0:
            label = f"{output}: {device}" if device else output
            text = QCoreApplication.translate("SettingsDialog", "{name} (not found)")
            self._add(text.format(name=label), output, device)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def value(self) -> tuple[str, str]:
        data = self.currentData()
        if not isinstance(data, str):
            return self._value
        output, _, device = data.partition("\t")
        return output, device


class _CameraCombo(QComboBox):
    """The cameras found (indices), keeping one that is set but not found."""

    def set_cameras(self, cameras: tuple[int, ...] | None, current: int) -> None:
        self.blockSignals(True)
        self.clear()
        for index in cameras or ():
            self.addItem(
                QCoreApplication.translate("SettingsDialog", "Camera {n}").format(n=index), index
            )
        if self.findData(current) < 0:
            text = QCoreApplication.translate("SettingsDialog", "Camera {n}").format(n=current)
            suffix = (
                QCoreApplication.translate("SettingsDialog", "(looking…)")
                if cameras is None
                else QCoreApplication.translate("SettingsDialog", "(not found)")
            )
            self.addItem(f"{text} {suffix}", current)
        self.setCurrentIndex(self.findData(current))
        self.blockSignals(False)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` returns the validated copy.

    Args:
        settings: the snapshot to edit.
        parent: the window.
        cameras: the camera indices found (None: still looking).
        outputs: the player's sound outputs.
        section: the tab to open at (a section name; "" for the first).

    Signals:
        calibration_requested: the user asked to teach FaceMood their face; the window
            opens "Teach it your face" and calls :meth:`set_calibration` with what is kept.
    """

    calibration_requested = Signal()

    def __init__(
        self,
        settings: settings_mod.Settings,
        parent: QWidget | None = None,
        *,
        cameras: tuple[int, ...] | None = None,
        outputs: tuple[AudioOutput, ...] = (),
        section: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "FaceMood settings"))
        self._original = settings
        self._cameras = cameras
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        titles = {info.name: info.label for info in settings_mod.sections()}
        for name in SECTIONS:
            page = QWidget()
            self._forms[name] = QFormLayout(page)
            self.tabs.addTab(page, schema_text(titles[name]))
        for info in settings_mod.schema():
            # The sound device is chosen with the output; a taught face's date by teaching.
            if info.name.split(".")[0] in self._forms and info.name not in (
                "music.audio_device",
                "mood.calibrated_on",
            ):
                self._add_row(info)
        if section in SECTIONS:
            self.tabs.setCurrentIndex(SECTIONS.index(section))
        layout.addWidget(self.tabs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.load(settings_mod.Settings()))
        layout.addWidget(self.buttons)
        self.set_outputs(outputs)
        self.load(settings)

    # -- building ----------------------------------------------------------------------

    def _add_row(self, info: settings_mod.FieldInfo) -> None:
        name = info.name
        editor = self._editor(info)
        label = QLabel(schema_text(info.label or name))
        label.setBuddy(editor)
        tip = f"{name}: {info.description}"
        for widget in (label, editor):
            widget.setToolTip(tip)
        error = QLabel()
        error.setObjectName("settingError")
        error.setStyleSheet("color: #c0392b")
        error.setWordWrap(True)
        form = self._forms[name.split(".")[0]]
        form.addRow(label, editor)
        form.addRow("", error)
        form.setRowVisible(error, False)
        self.editors[name], self.labels[name], self.errors[name] = editor, label, error
        self._watch(editor)

    def _editor(self, info: settings_mod.FieldInfo) -> QWidget:
        name = info.name
        if name == "vision.camera_index":
            return _CameraCombo()
        if name == "music.audio_output":
            return _OutputCombo()
        if info.choices:
            combo = QComboBox()
            for choice in info.choices:
                value = str(choice.value)
                combo.addItem(schema_text(info.choice_labels.get(value, value)), value)
            return combo
        if name == "mood.calibration_bias":
            cal = _CalibrationEdit()
            cal.record_requested.connect(self.calibration_requested)
            return cal
        if name == "gui.close_to_tray":
            box = QCheckBox(
                QCoreApplication.translate(
                    "SettingsDialog", "keeps FaceMood playing in the system tray"
                )
            )
            if not QSystemTrayIcon.isSystemTrayAvailable():
                box.setToolTip(
                    QCoreApplication.translate("SettingsDialog", "This desktop has no system tray.")
                )
            return box
        if name in PERCENT_SETTINGS:
            return _PercentSpin()
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
            dspin.setSingleStep(0.25)
            dspin.setRange(float(info.minimum or 0.0), float(info.maximum or 1e6))
            return dspin
        if name == "gui.capture_dir":
            return _PathEdit(str(capture_dir("")))
        if name == "music.library_dir":
            return _PathEdit(QCoreApplication.translate("SettingsDialog", "(the demo library)"))
        if name == "music.custom_mapping":
            return _MappingEdit()
        edit = QLineEdit()
        edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", "(default)"))
        return edit

    def _watch(self, editor: QWidget) -> None:
        """Validate whenever ``editor`` changes."""
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self.validate)
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.valueChanged.connect(self.validate)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self.validate)
        elif isinstance(editor, _PathEdit):
            editor.edit.textChanged.connect(self.validate)
        elif isinstance(editor, _MappingEdit):
            for combo in editor.combos.values():
                combo.currentIndexChanged.connect(self.validate)
        elif isinstance(editor, _CalibrationEdit):
            editor.changed.connect(self.validate)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(self.validate)

    # -- values ------------------------------------------------------------------------

    def set_cameras(self, cameras: tuple[int, ...] | None) -> None:
        """The cameras found (they arrive from the file pool)."""
        self._cameras = cameras
        combo = self.editors["vision.camera_index"]
        assert isinstance(combo, _CameraCombo)
        current = combo.currentData()
        combo.set_cameras(
            cameras, self._original.vision.camera_index if current is None else current
        )

    def set_outputs(self, outputs: tuple[AudioOutput, ...]) -> None:
        """The player's sound outputs (they arrive from the player thread)."""
        combo = self.editors["music.audio_output"]
        assert isinstance(combo, _OutputCombo)
        combo.set_outputs(outputs)

    def load(self, settings: settings_mod.Settings) -> None:
        """Show the values of ``settings`` in the editors."""
        data = settings_mod.settings_to_dict(settings)
        for name, editor in self.editors.items():
            section, leaf = name.split(".")
            value = data[section][leaf]
            if isinstance(editor, _CameraCombo):
                editor.set_cameras(self._cameras, int(value))
            elif isinstance(editor, _OutputCombo):
                editor.set_value(str(value), settings.music.audio_device)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, _PercentSpin):
                editor.set_fraction(float(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, _PathEdit):
                editor.edit.setText(str(value))
            elif isinstance(editor, _MappingEdit):
                editor.set_value(dict(value))
            elif isinstance(editor, _CalibrationEdit):
                editor.set_value(list(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
        self.validate()

    def set_calibration(self, bias: tuple[float, ...]) -> None:
        """Show a freshly taught face (already saved; OK keeps it)."""
        editor = self.editors["mood.calibration_bias"]
        assert isinstance(editor, _CalibrationEdit)
        editor.set_value(bias)

    def value_of(self, editor: QWidget) -> Any:
        """The value an editor holds."""
        if isinstance(editor, _OutputCombo):
            return editor.value()[0]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, _PercentSpin):
            return editor.fraction()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, _PathEdit):
            return editor.edit.text().strip()
        if isinstance(editor, _MappingEdit):
            return editor.value()
        if isinstance(editor, _CalibrationEdit):
            return list(editor.bias)
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        raise TypeError(editor)

    def _values(self) -> dict[str, Any]:
        values = {name: self.value_of(editor) for name, editor in self.editors.items()}
        output = self.editors["music.audio_output"]
        assert isinstance(output, _OutputCombo)
        values["music.audio_device"] = output.value()[1]
        return values

    def problems(self) -> dict[str, str]:
        """Each invalid value's setting name and why (empty when all are fine)."""
        found: dict[str, str] = {}
        result = self._original
        for name, value in self._values().items():
            problem = folder_problem(name, value) if name.endswith("_dir") else ""
            if not problem:
                try:
                    result = settings_mod.with_value(result, name, value)
                except SettingsError as exc:
                    problem = exc.message
            if problem:
                found[name] = problem
        return found

    def validate(self) -> bool:
        """Show the problems under their rows, enable what applies, and allow OK only
        when every value is valid; returns whether they all are."""
        found = self.problems()
        for name, error in self.errors.items():
            problem = found.get(name, "")
            if name == "music.audio_output":
                problem = problem or found.get("music.audio_device", "")
            error.setText(problem)
            self._forms[name.split(".")[0]].setRowVisible(error, bool(problem))
        strategy = self.editors["music.strategy"]
        assert isinstance(strategy, QComboBox)
        custom = strategy.currentData() == "custom"
        for widget in (self.editors["music.custom_mapping"], self.labels["music.custom_mapping"]):
            widget.setEnabled(custom)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
        return not found

    def result_settings(self) -> settings_mod.Settings:
        """The edited settings, validated.

        Raises:
            SettingsError: a value is invalid (the message names it).
        """
        found = self.problems()
        if found:
            name, problem = next(iter(found.items()))
            raise SettingsError(f"{self.labels[name].text()}: {problem}", name)
        result = self._original
        for name, value in self._values().items():
            result = settings_mod.with_value(result, name, value)
        return result

    def accept(self) -> None:
        """Close only when every value is valid."""
        if self.validate():
            super().accept()
