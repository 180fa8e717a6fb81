"""Translatable words for emotions and moods, and the message that explains the music.

Strings are looked up at call time with ``QCoreApplication.translate`` so a language
switch changes them everywhere on the next refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facemood.core.types import Emotion, MusicMood


def emotion_name(emotion: Emotion) -> str:
    """The emotion as one word in the UI language."""
    names = {
        Emotion.ANGRY: QCoreApplication.translate("Emotion", "angry"),
        Emotion.DISGUST: QCoreApplication.translate("Emotion", "disgusted"),
        Emotion.FEAR: QCoreApplication.translate("Emotion", "afraid"),
        Emotion.HAPPY: QCoreApplication.translate("Emotion", "happy"),
        Emotion.SAD: QCoreApplication.translate("Emotion", "sad"),
        Emotion.SURPRISE: QCoreApplication.translate("Emotion", "surprised"),
        Emotion.NEUTRAL: QCoreApplication.translate("Emotion", "neutral"),
    }
    return names[emotion]


def music_mood_name(mood: MusicMood | None) -> str:
    """The music mood as one word in the UI language."""
    names = {
        MusicMood.HAPPY: QCoreApplication.translate("MusicMood", "happy"),
        MusicMood.SAD: QCoreApplication.translate("MusicMood", "sad"),
        MusicMood.CALM: QCoreApplication.translate("MusicMood", "calm"),
        MusicMood.ENERGETIC: QCoreApplication.translate("MusicMood", "energetic"),
        MusicMood.AGGRESSIVE: QCoreApplication.translate("MusicMood", "aggressive"),
    }
    return QCoreApplication.translate("MusicMood", "untagged") if mood is None else names[mood]


def you_look(emotion: Emotion) -> str:
    """'You look surprised' and friends."""
    phrases = {
        Emotion.ANGRY: QCoreApplication.translate("Message", "You look angry"),
        Emotion.DISGUST: QCoreApplication.translate("Message", "You look disgusted"),
        Emotion.FEAR: QCoreApplication.translate("Message", "You look worried"),
        Emotion.HAPPY: QCoreApplication.translate("Message", "You look happy"),
        Emotion.SAD: QCoreApplication.translate("Message", "You look sad"),
        Emotion.SURPRISE: QCoreApplication.translate("Message", "You look surprised"),
        Emotion.NEUTRAL: QCoreApplication.translate("Message", "You look relaxed"),
    }
    return phrases[emotion]


def music_offer(mood: MusicMood) -> str:
    """'here is something to calm you down' and friends."""
    phrases = {
        MusicMood.HAPPY: QCoreApplication.translate(
            "Message", "here is something to keep you smiling"
        ),
        MusicMood.SAD: QCoreApplication.translate("Message", "here is something that understands"),
        MusicMood.CALM: QCoreApplication.translate("Message", "here is something to calm you down"),
        MusicMood.ENERGETIC: QCoreApplication.translate("Message", "here is something with energy"),
        MusicMood.AGGRESSIVE: QCoreApplication.translate(
            "Message", "here is something loud to let it out"
        ),
    }
    return phrases[mood]


def mood_message(emotion: Emotion | None, music: MusicMood | None) -> str:
    """The short line under the mood.

    E.g. "You look surprised — here is something to calm you down".
    """
    if emotion is None and music is None:
        return QCoreApplication.translate("Message", "Looking for your face…")
    if emotion is None:
        assert music is not None
        return QCoreApplication.translate("Message", "You chose {mood} music").format(
            mood=music_mood_name(music)
        )
    if music is None:
        return you_look(emotion)
    return QCoreApplication.translate("Message", "{look} — {offer}").format(
        look=you_look(emotion), offer=music_offer(music)
    )
