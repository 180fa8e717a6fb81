"""From P(high arousal) and P(positive valence) to FaceMood's five moods, and back from feedback.

**The rule.** The learnt model gives ``a`` = P(high arousal) and ``v`` = P(positive
valence). Taken as independent, they give the four quadrants of Russell's plane:

==========  ==============  ====================  ==================
quadrant    probability     mood                  as labelled in 4Q
==========  ==============  ====================  ==================
Q1          a·v             happy or energetic    happy, excited
Q2          a·(1-v)         aggressive            angry, tense
Q3          (1-a)·(1-v)     sad                   sad, depressed
Q4          (1-a)·v         calm                  calm, tender
==========  ==============  ====================  ==================

The mood is that of the most probable quadrant; in Q1 it is **energetic** when the
arousal is the surer of the two (``a > v``) and **happy** otherwise. For the
five-mood probabilities, Q1's mass is split by the same odds: happy gets the share
``v(1-a) / (v(1-a) + a(1-v))``. The **confidence** is the probability of the mood's
quadrant (0.25-1): the model learnt quadrants, and happy vs energetic is this rule.

**Evidence from the listener.** Each net like of a track under a mood doubles that
mood's probability for the track and each net skip halves it (at most
:data:`MAX_EVIDENCE` doublings either way); the quadrants are summed again and the rule
above picks the mood. So a skip or two under "happy" moves a track the model barely
called happy to its next most likely mood, a track it was sure of needs more, and
likes confirm it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from facemood.core.types import MusicMood

MAX_EVIDENCE = 8
"""Net likes or skips beyond this many change nothing more (a factor of 256)."""

QUADRANT_MOODS: tuple[tuple[MusicMood, ...], ...] = (
    (MusicMood.HAPPY, MusicMood.ENERGETIC),
    (MusicMood.AGGRESSIVE,),
    (MusicMood.SAD,),
    (MusicMood.CALM,),
)
"""The moods of Q1-Q4."""


@dataclass(frozen=True, slots=True)
class MoodChoice:
    """A mood, its confidence (its quadrant's probability) and all five probabilities."""

    mood: MusicMood
    confidence: float
    probabilities: Mapping[MusicMood, float]


def mood_probabilities(arousal: float, valence: float) -> dict[MusicMood, float]:
    """The five-mood distribution of ``arousal`` = P(high), ``valence`` = P(positive)."""
    a = min(1.0, max(0.0, arousal))
    v = min(1.0, max(0.0, valence))
    q1 = a * v
    happy_odds, energetic_odds = v * (1 - a), a * (1 - v)
    total = happy_odds + energetic_odds
    happy_share = 0.5 if total <= 0 else happy_odds / total
    return {
        MusicMood.HAPPY: q1 * happy_share,
        MusicMood.ENERGETIC: q1 * (1 - happy_share),
        MusicMood.AGGRESSIVE: a * (1 - v),
        MusicMood.SAD: (1 - a) * (1 - v),
        MusicMood.CALM: (1 - a) * v,
    }


def choose(probabilities: Mapping[MusicMood, float]) -> MoodChoice:
    """The rule: the likeliest quadrant, then its likelier mood (see the module docstring).

    Ties go to the earlier quadrant (Q1 first) and, in Q1, to happy.
    """
    total = sum(probabilities.values())
    probs = (
        {m: p / total for m, p in probabilities.items()}
        if total > 0
        else {m: 1 / len(MusicMood) for m in MusicMood}
    )
    masses = [sum(probs.get(m, 0.0) for m in moods) for moods in QUADRANT_MOODS]
    best = max(range(len(masses)), key=lambda q: masses[q])
    mood = max(QUADRANT_MOODS[best], key=lambda m: probs.get(m, 0.0))
    return MoodChoice(mood, masses[best], MappingProxyType(probs))


def with_evidence(
    probabilities: Mapping[MusicMood, float], net_likes: Mapping[MusicMood, int]
) -> MoodChoice:
    """The choice once each mood's probability is multiplied by 2 per net like and 1/2 per
    net skip (``net_likes``: likes minus skips per mood; moods left out: none)."""
    return choose(
        {
            m: p * 2.0 ** max(-MAX_EVIDENCE, min(MAX_EVIDENCE, net_likes.get(m, 0)))
            for m, p in probabilities.items()
        }
    )
