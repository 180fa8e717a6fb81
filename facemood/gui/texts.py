"""Translatable words for emotions and moods, and the message that explains the music.

Strings are looked up at call time with ``QCoreApplication.translate`` so a language
switch changes them everywhere on the next refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facemood.core.types import Emotion, MusicMood


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def emotion_name(emotion: Emotion) -> str:
    """The emotion as one word in the UI language."""
    names = {
        Emotion.ANGRY: _t("Emotion", "angry"),
        Emotion.DISGUST: _t("Emotion", "disgusted"),
        Emotion.FEAR: _t("Emotion", "afraid"),
        Emotion.HAPPY: _t("Emotion", "happy"),
        Emotion.SAD: _t("Emotion", "sad"),
        Emotion.SURPRISE: _t("Emotion", "surprised"),
        Emotion.NEUTRAL: _t("Emotion", "neutral"),
    }
    return names[emotion]


def music_mood_name(mood: MusicMood | None) -> str:
    """The music mood as one word in the UI language."""
    names = {
        MusicMood.HAPPY: _t("MusicMood", "happy"),
        MusicMood.SAD: _t("MusicMood", "sad"),
        MusicMood.CALM: _t("MusicMood", "calm"),
        MusicMood.ENERGETIC: _t("MusicMood", "energetic"),
        MusicMood.AGGRESSIVE: _t("MusicMood", "aggressive"),
    }
    return _t("MusicMood", "untagged") if mood is None else names[mood]


def you_look(emotion: Emotion) -> str:
    """'You look surprised' and friends."""
    phrases = {
        Emotion.ANGRY: _t("Message", "You look angry"),
        Emotion.DISGUST: _t("Message", "You look disgusted"),
        Emotion.FEAR: _t("Message", "You look worried"),
        Emotion.HAPPY: _t("Message", "You look happy"),
        Emotion.SAD: _t("Message", "You look sad"),
        Emotion.SURPRISE: _t("Message", "You look surprised"),
        Emotion.NEUTRAL: _t("Message", "You look relaxed"),
    }
    return phrases[emotion]


def music_offer(mood: MusicMood) -> str:
    """'here is something to calm you down' and friends."""
    phrases = {
        MusicMood.HAPPY: _t("Message", "here is something to keep you smiling"),
        MusicMood.SAD: _t("Message", "here is something that understands"),
        MusicMood.CALM: _t("Message", "here is something to calm you down"),
        MusicMood.ENERGETIC: _t("Message", "here is something with energy"),
        MusicMood.AGGRESSIVE: _t("Message", "here is something loud to let it out"),
    }
    return phrases[mood]


def mood_message(emotion: Emotion | None, music: MusicMood | None) -> str:
    """The short line under the mood.

    E.g. "You look surprised — here is something to calm you down".
    """
    if emotion is None and music is None:
        return _t("Message", "Looking for your face…")
    if emotion is None:
        assert music is not None
        return _t("Message", "You chose {mood} music").format(mood=music_mood_name(music))
    if music is None:
        return you_look(emotion)
    return _t("Message", "{look} — {offer}").format(
        look=you_look(emotion), offer=music_offer(music)
    )
