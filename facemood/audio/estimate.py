"""From audio features to arousal, valence and one of the five music moods.

:func:`estimate_library` uses the **learnt model** (:mod:`facemood.audio.model`, trained
on labelled music, see ``docs/audio.md``): arousal and valence are its probabilities
of high arousal and positive valence, and :mod:`facemood.audio.moods` maps them to a
mood and a confidence with a documented rule. They do not depend on the rest of the
library.

The **rule estimator** below (the first version, kept as the fallback when the model
file cannot be read, or for features cached without descriptors) works differently.
Each feature becomes a score in [0, 1]: its **percentile rank among the user's own
analysed tracks** (mastering loudness, genre and recording era differ from library to
library, so "loud" means louder than most of *this* library), blended with a fixed
scale for typical music while the library is small (a library of five tracks says
little about what is loud). With ``n`` analysed tracks the rank has weight
``n / (n + LIBRARY_PRIOR_TRACKS)``.

Arousal and valence are weighted means of those scores (weights below, after the
cues music-emotion studies report, e.g. Gabrielsson & Lindström 2010; Yang & Chen
2008): arousal from spectral flux, loudness, onset rate, brightness, tempo and
noisiness; valence from the major/minor mode, a clear and fast pulse, brightness, and
the absence of noise and atonality. Tempo counts only as far as the pulse is clear.

The mood is the nearest of five centres on the arousal/valence plane; the confidence
is its share of a softmax over the (negative, squared) distances to all five.
Published systems estimate arousal far better than valence, and calm vs sad is the
hardest pair, so expect most confusions there.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from facemood.audio.model import MoodModel, load_model
from facemood.audio.moods import choose, mood_probabilities, with_evidence
from facemood.audio.types import AudioFeatures, Mode
from facemood.core.types import MusicMood
from facemood.errors import AudioAnalysisError

log = logging.getLogger("facemood.audio")


@dataclass(frozen=True, slots=True)
class _Scale:
    """A feature's typical range in music (about its 5th and 95th percentile)."""

    low: float
    high: float
    log: bool = False

    def score(self, value: float) -> float:
        """``value`` placed on [0, 1] between ``low`` and ``high`` (clipped)."""
        if self.log:
            value, low, high = (math.log(max(v, 1e-12)) for v in (value, self.low, self.high))
        else:
            low, high = self.low, self.high
        return min(1.0, max(0.0, (value - low) / (high - low)))


SCALES: Mapping[str, _Scale] = MappingProxyType(
    {
        "loudness_db": _Scale(-30.0, -10.0),
        "flux": _Scale(0.005, 0.05, log=True),
        "onset_rate": _Scale(0.5, 6.0),
        "tempo": _Scale(60.0, 180.0, log=True),
        "pulse_clarity": _Scale(0.1, 0.9),
        "centroid_hz": _Scale(500.0, 1600.0, log=True),
        "flatness": _Scale(0.002, 0.06, log=True),
        "majorness": _Scale(-0.3, 0.3),
        "key_clarity": _Scale(0.4, 0.95),
    }
)
"""The fixed scales a small library leans on (measured ranges of real recordings)."""

AROUSAL_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "flux": 0.30,
        "loudness_db": 0.20,
        "onset_rate": 0.15,
        "centroid_hz": 0.15,
        "tempo": 0.10,
        "flatness": 0.10,
    }
)
VALENCE_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "majorness": 0.40,
        "tempo": 0.20,
        "centroid_hz": 0.15,
        "flatness": -0.15,
        "key_clarity": 0.10,
    }
)
"""Weights of the feature scores; a negative weight counts ``1 - score``."""

MOOD_CENTRES: Mapping[MusicMood, tuple[float, float]] = MappingProxyType(
    {
        MusicMood.CALM: (0.2, 0.65),
        MusicMood.SAD: (0.2, 0.3),
        MusicMood.HAPPY: (0.6, 0.8),
        MusicMood.ENERGETIC: (0.85, 0.65),
        MusicMood.AGGRESSIVE: (0.85, 0.3),
    }
)
"""Each mood's (arousal, valence) centre: where the weights above put a textbook piece
of it (e.g. aggressive: minor, noisy and atonal, but fast and bright, which lift valence
to about 0.35; sad: minor, slow, dark, clean: about 0.3)."""

LIBRARY_PRIOR_TRACKS = 30
"""How many analysed tracks the fixed scales are worth against the library's ranks."""

SOFTMAX_SCALE = 0.03
"""Squared distance that lowers a mood's odds by a factor e (sets how sure the confidence is)."""


@dataclass(frozen=True, slots=True)
class AudioEstimate:
    """A mood estimated from a track's audio.

    Attributes:
        mood: the nearest of the five moods.
        confidence: that mood's probability (0.2-1.0).
        arousal: 0 (calm, soft, sparse) to 1 (loud, dense, fast), library-relative.
        valence: 0 (dark, minor, harsh) to 1 (bright, major, regular), library-relative.
        tempo: beats per minute.
        mode: major or minor.
        probabilities: all five moods' probabilities (they sum to 1).
    """

    mood: MusicMood
    confidence: float
    arousal: float
    valence: float
    tempo: float
    mode: Mode
    probabilities: Mapping[MusicMood, float] = field(default_factory=dict)

    def with_evidence(self, net_likes: Mapping[MusicMood, int]) -> AudioEstimate:
        """This estimate once the listener's evidence is in (see :mod:`facemood.audio.moods`):
        ``net_likes[m]`` is the track's likes minus skips under mood ``m``; none changes
        nothing."""
        if not self.probabilities or not any(net_likes.values()):
            return self
        choice = with_evidence(self.probabilities, net_likes)
        return dataclasses.replace(
            self,
            mood=choice.mood,
            confidence=choice.confidence,
            probabilities=choice.probabilities,
        )

    def to_json(self) -> dict[str, Any]:
        """The ``"audio"`` object of ``library scan --json``."""
        return {
            "arousal": round(self.arousal, 3),
            "valence": round(self.valence, 3),
            "confidence": round(self.confidence, 3),
            "tempo": round(self.tempo, 1),
            "mode": self.mode.value,
        }

    def describe(self) -> str:
        """E.g. ``"calm · estimated 72 %"`` for the Library tab."""
        return f"{self.mood.value} · estimated {round(self.confidence * 100)} %"


class LibraryNorm:
    """Feature scores relative to a library's analysed tracks (see the module docstring).

    Args:
        features: every analysed track of the library.
        prior_tracks: weight of the fixed scales, in tracks.
    """

    def __init__(
        self, features: Iterable[AudioFeatures], prior_tracks: int = LIBRARY_PRIOR_TRACKS
    ) -> None:
        tracks = list(features)
        self.count = len(tracks)
        self._sorted = {name: np.sort([float(getattr(f, name)) for f in tracks]) for name in SCALES}
        self._weight = self.count / (self.count + prior_tracks) if prior_tracks else 1.0

    def score(self, name: str, value: float) -> float:
        """``value`` of feature ``name`` on [0, 1]: library rank blended with the scale."""
        fixed = SCALES[name].score(value)
        values = self._sorted[name]
        if not len(values):
            return fixed
        # Mid-rank: ties share the middle, so a library of equal values ranks all at 0.5.
        below = np.searchsorted(values, value, side="left")
        upto = np.searchsorted(values, value, side="right")
        rank = float((below + upto) / 2 / len(values))
        return self._weight * rank + (1 - self._weight) * fixed


def _weighted(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    total = sum(abs(w) for w in weights.values())
    value = sum(abs(w) * (scores[n] if w > 0 else 1 - scores[n]) for n, w in weights.items())
    return value / total


def rule_estimate(features: AudioFeatures, norm: LibraryNorm) -> AudioEstimate:
    """The rule estimator's arousal, valence, mood and confidence of one analysed track."""
    scores = {name: norm.score(name, float(getattr(features, name))) for name in SCALES}
    # A tempo read off an unclear pulse says little: pull it to the middle.
    clarity = SCALES["pulse_clarity"].score(features.pulse_clarity)
    scores["tempo"] = 0.5 + (scores["tempo"] - 0.5) * clarity
    arousal = _weighted(scores, AROUSAL_WEIGHTS)
    valence = _weighted(scores, VALENCE_WEIGHTS)
    moods = list(MOOD_CENTRES)
    d2 = np.array([(arousal - a) ** 2 + (valence - v) ** 2 for a, v in MOOD_CENTRES.values()])
    odds = np.exp(-(d2 - d2.min()) / SOFTMAX_SCALE)
    probs = odds / odds.sum()
    best = int(np.argmax(probs))
    return AudioEstimate(
        mood=moods[best],
        confidence=float(probs[best]),
        arousal=arousal,
        valence=valence,
        tempo=features.tempo,
        mode=features.mode,
        probabilities=MappingProxyType(dict(zip(moods, map(float, probs), strict=True))),
    )


def rule_estimates(features: Mapping[str, AudioFeatures]) -> dict[str, AudioEstimate]:
    """The rule estimator for every track (keyed as given), normalised against them all."""
    norm = LibraryNorm(features.values())
    return {key: rule_estimate(f, norm) for key, f in features.items()}


def learnt_estimate(features: AudioFeatures, model: MoodModel) -> AudioEstimate:
    """The learnt model's estimate of one track (its features must have descriptors)."""
    arousal, valence = (float(p) for p in model.predict(features.descriptors))
    choice = choose(mood_probabilities(arousal, valence))
    return AudioEstimate(
        mood=choice.mood,
        confidence=choice.confidence,
        arousal=arousal,
        valence=valence,
        tempo=features.tempo,
        mode=features.mode,
        probabilities=choice.probabilities,
    )


@functools.cache
def shipped_model() -> MoodModel | None:
    """The shipped model, loaded once; ``None`` (logged once) when it cannot be read."""
    try:
        return load_model()
    except AudioAnalysisError as exc:
        log.error("%s (%s); moods come from the rule estimator", exc.message, exc.detail)
        return None


def estimate_library(
    features: Mapping[str, AudioFeatures], model: MoodModel | None = None
) -> dict[str, AudioEstimate]:
    """Estimates for every track of a library, keyed as given.

    With ``model`` (default: the shipped one) each track with descriptors gets the learnt
    estimate; the rest (no model, or features without descriptors) get the rule
    estimator's, normalised against those tracks.
    """
    model = model if model is not None else shipped_model()
    learnt = {}
    if model is not None:
        learnt = {
            key: learnt_estimate(f, model)
            for key, f in features.items()
            if len(f.descriptors) == len(model.names)
        }
    rest = {key: f for key, f in features.items() if key not in learnt}
    return {**learnt, **rule_estimates(rest)} if rest else learnt
