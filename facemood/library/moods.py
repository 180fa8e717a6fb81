"""Music moods as written by people and taggers, mapped onto :class:`MusicMood`.

Tags, folder names and playlist names say a mood in many ways ("Chill", "Melancholy",
"Peaceful; Mellow"). This module turns such text into one of the five canonical moods,
case-insensitively, or ``None`` when no word is known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from facemood.core.types import MusicMood

SYNONYMS: Mapping[str, MusicMood] = MappingProxyType(
    {
        # The canonical names themselves.
        **{mood.value: mood for mood in MusicMood},
        # happy
        "upbeat": MusicMood.HAPPY,
        "joyful": MusicMood.HAPPY,
        "cheerful": MusicMood.HAPPY,
        "joy": MusicMood.HAPPY,
        "uplifting": MusicMood.HAPPY,
        "fun": MusicMood.HAPPY,
        "bright": MusicMood.HAPPY,
        # sad
        "melancholy": MusicMood.SAD,
        "melancholic": MusicMood.SAD,
        "gloomy": MusicMood.SAD,
        "blue": MusicMood.SAD,
        "sorrowful": MusicMood.SAD,
        "somber": MusicMood.SAD,
        "sombre": MusicMood.SAD,
        # calm
        "relaxed": MusicMood.CALM,
        "relaxing": MusicMood.CALM,
        "chill": MusicMood.CALM,
        "chillout": MusicMood.CALM,
        "mellow": MusicMood.CALM,
        "peaceful": MusicMood.CALM,
        "soothing": MusicMood.CALM,
        "serene": MusicMood.CALM,
        "quiet": MusicMood.CALM,
        # energetic
        "party": MusicMood.ENERGETIC,
        "excited": MusicMood.ENERGETIC,
        "exciting": MusicMood.ENERGETIC,
        "energy": MusicMood.ENERGETIC,
        "dance": MusicMood.ENERGETIC,
        "lively": MusicMood.ENERGETIC,
        "pumped": MusicMood.ENERGETIC,
        # aggressive
        "angry": MusicMood.AGGRESSIVE,
        "intense": MusicMood.AGGRESSIVE,
        "aggression": MusicMood.AGGRESSIVE,
        "furious": MusicMood.AGGRESSIVE,
        "rage": MusicMood.AGGRESSIVE,
        "fierce": MusicMood.AGGRESSIVE,
    }
)
"""Every known mood word (lower case) and the canonical mood it stands for."""

SUGGESTED_GENRE_MOODS: Mapping[str, MusicMood] = MappingProxyType(
    {
        "ambient": MusicMood.CALM,
        "chillout": MusicMood.CALM,
        "classical": MusicMood.CALM,
        "new age": MusicMood.CALM,
        "lounge": MusicMood.CALM,
        "blues": MusicMood.SAD,
        "dance": MusicMood.ENERGETIC,
        "disco": MusicMood.ENERGETIC,
        "drum and bass": MusicMood.ENERGETIC,
        "edm": MusicMood.ENERGETIC,
        "house": MusicMood.ENERGETIC,
        "techno": MusicMood.ENERGETIC,
        "trance": MusicMood.ENERGETIC,
        "pop": MusicMood.HAPPY,
        "reggae": MusicMood.HAPPY,
        "ska": MusicMood.HAPPY,
        "hardcore": MusicMood.AGGRESSIVE,
        "heavy metal": MusicMood.AGGRESSIVE,
        "metal": MusicMood.AGGRESSIVE,
        "punk": MusicMood.AGGRESSIVE,
        "thrash metal": MusicMood.AGGRESSIVE,
    }
)
"""A starting genre → mood mapping; the scanner uses a genre mapping only when given one."""

# Separators of a multi-valued tag written as one string ("Peaceful; Mellow", "Calm/Chill").
_SPLIT = re.compile(r"[;,/|\n\r\x00]+")
_SPACES = re.compile(r"[\s_\-]+")


def _normalise(word: str) -> str:
    return _SPACES.sub(" ", word).strip().casefold()


def mood_from_word(word: str, extra: Mapping[str, MusicMood] | None = None) -> MusicMood | None:
    """The canonical mood for one word or phrase (case-insensitive), or ``None``.

    Args:
        word: e.g. ``"Chill"``, ``"HAPPY"``, ``" melancholy "``.
        extra: more words (lower case) to accept, e.g. a genre mapping; checked first.
    """
    key = _normalise(word)
    if extra is not None and key in extra:
        return extra[key]
    return SYNONYMS.get(key)


def parse_mood(
    raw: str | list[str] | tuple[str, ...] | None,
    extra: Mapping[str, MusicMood] | None = None,
) -> MusicMood | None:
    """The first known mood in a tag value, or ``None`` when none is known.

    A tag may hold several values (a list) or several words in one string separated by
    ``;``, ``,``, ``/``, ``|`` or newlines; the first one that names a mood wins, so
    ``"Peaceful; Mellow"`` gives :attr:`MusicMood.CALM` and ``"Dreamy; Sad"`` gives
    :attr:`MusicMood.SAD`.

    Args:
        raw: the tag's value(s).
        extra: more words to accept (see :func:`mood_from_word`).
    """
    if raw is None:
        return None
    values = [raw] if isinstance(raw, str) else list(raw)
    for value in values:
        for word in _SPLIT.split(value):
            mood = mood_from_word(word, extra)
            if mood is not None:
                return mood
    return None


def mood_from_genre(genre: str | None, mapping: Mapping[str, MusicMood]) -> MusicMood | None:
    """The mood the first mapped genre in ``genre`` ("Rock; Metal") maps to, or ``None``.

    Args:
        genre: the genre tag value.
        mapping: normalised genre → mood (see :func:`normalise_genre_map`).
    """
    if not genre or not mapping:
        return None
    for word in _SPLIT.split(genre):
        mood = mapping.get(_normalise(word))
        if mood is not None:
            return mood
    return None


def normalise_genre_map(mapping: Mapping[str, MusicMood | str]) -> dict[str, MusicMood]:
    """A genre mapping with normalised keys and :class:`MusicMood` values.

    Raises:
        ValueError: a value names no mood.
    """
    result: dict[str, MusicMood] = {}
    for genre, mood in mapping.items():
        value = mood if isinstance(mood, MusicMood) else mood_from_word(mood)
        if value is None:
            raise ValueError(f"genre {genre!r} maps to unknown mood {mood!r}")
        result[_normalise(genre)] = value
    return result
