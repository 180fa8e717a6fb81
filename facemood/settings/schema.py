"""The settings schema: every option declared once, with its type, default, valid values,
plain-words label, choice labels and help text.

Each section is a frozen dataclass; each option is a field made by
:func:`~facemood.settings.option.option`: its default, its help text (the tooltip), its
``label`` and ``choices`` labels (English source text, translated by the settings dialog
under the ``SettingsDialog`` context), and its validation rules: ``minimum``,
``maximum``, ``lengths`` (allowed list lengths). Choices are Enums from the layers that
use them (:mod:`facemood.core.choices`, :mod:`facemood.core.playlist`,
:mod:`facemood.vision.options`).

:func:`facemood.settings.fields.schema` lists the options for the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from facemood.core.choices import Language, SwitchPolicy, TimelineSpan
from facemood.core.playlist import NeutralChoice, Strategy
from facemood.core.types import Emotion, MusicMood
from facemood.settings.migrations import SCHEMA_VERSION
from facemood.settings.option import QT_TRANSLATE_NOOP, option, section
from facemood.vision.options import DetectorName, FacePolicy

_EMOTION_NAMES = tuple(e.value for e in Emotion)
CustomMapping = tuple[tuple[Emotion, MusicMood], ...]
"""Emotion -> music mood pairs (a JSON object in the file)."""


@dataclass(frozen=True)
class VisionSettings:
    """Camera and face detection."""

    camera_index: int = option(
        0,
        "Which camera to use: 0 is the first one.",
        minimum=0,
        maximum=63,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Camera"),
    )
    face_policy: FacePolicy = option(
        FacePolicy.LARGEST,
        "With several faces in view: follow the largest face, or average all faces.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "With several faces in view"),
        choices={
            "largest": QT_TRANSLATE_NOOP("SettingsDialog", "follow the largest face"),
            "average": QT_TRANSLATE_NOOP("SettingsDialog", "average all faces"),
        },
    )
    detector: DetectorName = option(
        DetectorName.AUTO,
        "Face detector backend; 'auto' picks the best one available.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Face finder"),
        choices={
            "auto": QT_TRANSLATE_NOOP("SettingsDialog", "the best one available"),
            "blazeface": QT_TRANSLATE_NOOP("SettingsDialog", "BlazeFace (fast and accurate)"),
            "haar": QT_TRANSLATE_NOOP("SettingsDialog", "Haar cascade (older, frontal faces only)"),
            "none": QT_TRANSLATE_NOOP("SettingsDialog", "none (the whole picture is the face)"),
        },
    )


@dataclass(frozen=True)
class MoodSettings:
    """How detected emotions become a steady mood."""

    window_s: float = option(
        1.75,
        "Smoothing window: seconds of emotion scores averaged.",
        minimum=0.1,
        maximum=30.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "React to expressions over (seconds)"),
    )
    margin: float = option(
        0.15,
        "Hysteresis: a new mood must beat the current one by this much to take over.",
        minimum=0.0,
        maximum=1.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Change mood only when the new one leads by"),
    )
    dwell_s: float = option(
        1.0,
        "Minimum time in seconds a mood is held before it can change.",
        minimum=0.0,
        maximum=60.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Keep a mood at least (seconds)"),
    )
    confidence_floor: float = option(
        0.4,
        "Scores below this confidence count as uncertain and do not change the mood.",
        minimum=0.0,
        maximum=1.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Ignore expressions less sure than"),
    )
    away_after_s: float = option(
        5.0,
        "Seconds without a face before you count as away.",
        minimum=0.5,
        maximum=600.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Count me as away after (seconds)"),
    )
    calibration_bias: tuple[float, ...] = option(
        (),
        "Your taught face: a per-emotion correction in model order (empty: none).",
        lengths=(0, len(_EMOTION_NAMES)),
        label=QT_TRANSLATE_NOOP("SettingsDialog", "My face"),
    )
    calibrated_on: str = option("", "When your face was taught (ISO date; empty: never).")
    baseline: bool = option(
        True,
        "Read moods relative to each person's own resting face, learned as they go.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Learn my resting face as I go"),
    )
    baseline_strength: float = option(
        1.0,
        "How much of the resting-face correction applies (0: none, 1: all).",
        minimum=0.0,
        maximum=1.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Follow my own face (0-1)"),
    )
    baseline_settle_s: float = option(
        1.5,
        "Seconds of a new face that show its resting face.",
        minimum=0.2,
        maximum=30.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Learn a new face over (seconds)"),
    )
    baseline_follow_s: float = option(
        1.5,
        "How quickly (seconds) the resting face follows a more relaxed face.",
        minimum=0.1,
        maximum=60.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Catch up with a relaxed face over (seconds)"),
    )
    baseline_adapt_s: float = option(
        60.0,
        "How slowly (seconds) the resting face adapts while you rest.",
        minimum=1.0,
        maximum=3600.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Adapt to my resting face over (seconds)"),
    )


@dataclass(frozen=True)
class MusicSettings:
    """The music library and how moods pick music."""

    library_dir: str = option(
        "",
        "Your music folder (empty: the bundled demo library).",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Music folder"),
    )
    strategy: Strategy = option(
        Strategy.MATCH,
        "Match your mood, lift it (play something brighter), or use your own mapping.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Music for my mood"),
        choices={
            "match": QT_TRANSLATE_NOOP("SettingsDialog", "match my mood"),
            "lift": QT_TRANSLATE_NOOP("SettingsDialog", "lift my mood"),
            "custom": QT_TRANSLATE_NOOP("SettingsDialog", "my own choice per emotion"),
        },
    )
    custom_mapping: CustomMapping = option(
        (),
        "For the 'custom' strategy: emotion -> music mood.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "My own choice"),
    )
    neutral_choice: NeutralChoice = option(
        NeutralChoice.CALM,
        "For a neutral face: play calm music, energetic music, or keep the current music.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "When my face is relaxed, play"),
        choices={
            "calm": QT_TRANSLATE_NOOP("SettingsDialog", "calm music"),
            "energetic": QT_TRANSLATE_NOOP("SettingsDialog", "energetic music (focus)"),
            "keep": QT_TRANSLATE_NOOP("SettingsDialog", "keep the current music"),
        },
    )
    switch_policy: SwitchPolicy = option(
        SwitchPolicy.FADE,
        "When the mood changes: cross-fade now, or switch when the track ends.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "When my mood changes"),
        choices={
            "fade": QT_TRANSLATE_NOOP("SettingsDialog", "fade to new music now"),
            "track_end": QT_TRANSLATE_NOOP("SettingsDialog", "let the song finish first"),
        },
    )
    fade_s: float = option(
        1.5,
        "Fade duration in seconds.",
        minimum=0.0,
        maximum=10.0,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Fade between songs (seconds)"),
    )
    volume: int = option(
        80,
        "Playback volume, 0-100.",
        minimum=0,
        maximum=100,
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Volume"),
    )
    audio_output: str = option(
        "",
        "VLC audio output module, e.g. pulse or alsa (empty: the system default; dummy: silent).",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Sound output"),
    )
    audio_device: str = option(
        "", "The output's device, as VLC names it (empty: the output's default)."
    )


@dataclass(frozen=True)
class LibrarySettings:
    """The music library scan."""

    audio_moods: bool = option(
        True,
        "Estimate the mood of untagged tracks from their audio (in the background).",
        label=QT_TRANSLATE_NOOP(
            "SettingsDialog", "Guess the mood of untagged tracks from their sound"
        ),
    )


@dataclass(frozen=True)
class GuiSettings:
    """The app window."""

    language: Language = option(
        Language.SYSTEM,
        "Interface language (empty: the system's).",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        choices={
            "": QT_TRANSLATE_NOOP("SettingsDialog", "system language"),
            "en": "English",
            "ko": "한국어",
        },
    )
    capture_dir: str = option(
        "",
        "Where captured photos go (empty: Pictures/FaceMood).",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Save captured photos in"),
    )
    close_to_tray: bool = option(
        False,
        "Closing the window keeps FaceMood running in the system tray (the music goes on).",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Closing the window"),
    )
    timeline_span: TimelineSpan = option(
        TimelineSpan.MINUTE,
        "How much of the past the mood timeline shows.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "The mood timeline shows"),
        choices={
            "minute": QT_TRANSLATE_NOOP("SettingsDialog", "the last minute"),
            "session": QT_TRANSLATE_NOOP("SettingsDialog", "this whole session"),
        },
    )


@dataclass(frozen=True)
class WindowState:
    """Where the window was and how it was divided; remembered, not edited by the user."""

    geometry: str = option(
        "", "The window's size and place (Qt's saveGeometry, base64; empty: default)."
    )
    main_split: tuple[int, ...] = option(
        (), "Widths of the live view and the side panel.", lengths=(0, 2)
    )
    view_split: tuple[int, ...] = option(
        (), "Heights of the picture and the mood timeline.", lengths=(0, 2)
    )
    tray_hint_shown: bool = option(False, "The window has said once what closing it does.")


@dataclass(frozen=True)
class Settings:
    """All of FaceMood's settings."""

    schema_version: int = option(SCHEMA_VERSION, "Version of the settings file format.", minimum=1)
    vision: VisionSettings = section(
        VisionSettings,
        "Camera and face detection.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Camera and faces"),
    )
    mood: MoodSettings = section(
        MoodSettings,
        "How emotions become a mood.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Mood"),
    )
    music: MusicSettings = section(
        MusicSettings,
        "Music library and choice.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Music"),
    )
    library: LibrarySettings = section(
        LibrarySettings,
        "The music library scan.",
        label=QT_TRANSLATE_NOOP("SettingsDialog", "Library"),
    )
    gui: GuiSettings = section(
        GuiSettings, "The app window.", label=QT_TRANSLATE_NOOP("SettingsDialog", "Window")
    )
    window: WindowState = section(WindowState, "The window's remembered layout.")
