"""Mood words, synonyms and multi-valued tags."""

from __future__ import annotations

import pytest

from facemood.core.types import MusicMood
from facemood.library.moods import (
    SUGGESTED_GENRE_MOODS,
    mood_from_genre,
    mood_from_word,
    normalise_genre_map,
    parse_mood,
)


@pytest.mark.parametrize(
    ("word", "mood"),
    [
        ("happy", MusicMood.HAPPY),
        ("HAPPY", MusicMood.HAPPY),
        ("Upbeat", MusicMood.HAPPY),
        ("joyful", MusicMood.HAPPY),
        ("cheerful", MusicMood.HAPPY),
        ("Sad", MusicMood.SAD),
        ("melancholy", MusicMood.SAD),
        ("gloomy", MusicMood.SAD),
        ("blue", MusicMood.SAD),
        ("calm", MusicMood.CALM),
        ("relaxed", MusicMood.CALM),
        ("Chill", MusicMood.CALM),
        ("mellow", MusicMood.CALM),
        ("peaceful", MusicMood.CALM),
        ("energetic", MusicMood.ENERGETIC),
        ("party", MusicMood.ENERGETIC),
        ("excited", MusicMood.ENERGETIC),
        ("aggressive", MusicMood.AGGRESSIVE),
        ("Angry", MusicMood.AGGRESSIVE),
        ("intense", MusicMood.AGGRESSIVE),
        ("  calm  ", MusicMood.CALM),
    ],
)
def test_canonical_moods_and_synonyms(word: str, mood: MusicMood) -> None:
    assert mood_from_word(word) is mood
    assert parse_mood(word) is mood


def test_multi_valued_tag_takes_first_known_mood() -> None:
    assert parse_mood("Peaceful; Mellow") is MusicMood.CALM
    assert parse_mood("Dreamy; Sad") is MusicMood.SAD
    assert parse_mood("Dreamy/Angry, Happy") is MusicMood.AGGRESSIVE
    assert parse_mood(["Dreamy", "Party"]) is MusicMood.ENERGETIC


@pytest.mark.parametrize("raw", [None, "", "Dreamy", "unknown; other", [], ["x"]])
def test_unknown_or_missing_is_none(raw: str | list[str] | None) -> None:
    assert parse_mood(raw) is None


def test_genre_mapping() -> None:
    mapping = normalise_genre_map({"Heavy-Metal": "aggressive", "Ambient": MusicMood.CALM})
    assert mood_from_genre("heavy metal", mapping) is MusicMood.AGGRESSIVE
    assert mood_from_genre("Rock; Ambient", mapping) is MusicMood.CALM
    assert mood_from_genre("Rock", mapping) is None
    assert mood_from_genre(None, mapping) is None
    assert normalise_genre_map(SUGGESTED_GENRE_MOODS)["metal"] is MusicMood.AGGRESSIVE
    with pytest.raises(ValueError, match="unknown mood"):
        normalise_genre_map({"rock": "loud"})
