"""Teaching it your face: checks of each recording and the fitted correction."""

from __future__ import annotations

import numpy as np
import pytest

from facemood.core.mood import apply_bias
from facemood.core.teach import Recording, TeachError, teach
from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FaceBox, FaceResult, FrameAnalysis


def _frames(
    probs: list[float], n: int = 40, *, faces: int | None = None, wobble: float = 0.0, seed: int = 0
) -> list[FrameAnalysis]:
    rng = np.random.default_rng(seed)
    base = np.asarray(probs, dtype=np.float64)
    out = []
    for i in range(n):
        if faces is not None and i >= faces:
            out.append(FrameAnalysis(i, i / 15, (), None))
            continue
        p = base * np.exp(rng.normal(0, 0.1, 7))
        s = EmotionScores.from_array(p / p.sum())
        dx = rng.normal(0, wobble) * 200
        box = FaceBox(int(300 + dx), 200, 200, 200)
        out.append(FrameAnalysis(i, i / 15, (FaceResult(box, s, 1),), s))
    return out


# A person whose smile the model barely sees: happy 0.2 against neutral 0.75.
REST = [0.01, 0.0, 0.01, 0.01, 0.02, 0.0, 0.95]
SMILE = [0.01, 0.0, 0.01, 0.2, 0.02, 0.01, 0.75]


def _rec(label: Emotion, probs: list[float], **kw: object) -> Recording:
    return Recording.of(label, _frames(probs, **kw))  # type: ignore[arg-type]


def test_a_mild_smile_is_learned_and_the_resting_face_stays_neutral() -> None:
    face = teach([_rec(Emotion.NEUTRAL, REST), _rec(Emotion.HAPPY, SMILE, seed=1)])
    assert face.right_before == pytest.approx(0.5, abs=0.05)
    assert face.right_after == 1.0
    happy, neutral = EMOTIONS.index(Emotion.HAPPY), EMOTIONS.index(Emotion.NEUTRAL)
    # The smile is learned: the fit raises happy and lowers neutral (offsets are centred).
    assert face.bias[happy] > 0 > face.bias[neutral]
    assert apply_bias(SMILE, face.bias).argmax() == happy
    assert apply_bias(REST, face.bias).argmax() == neutral
    # Small: other readings keep their order (a clear surprise stays a surprise).
    surprise = [0.02, 0.0, 0.05, 0.03, 0.02, 0.8, 0.08]
    assert EMOTIONS[int(apply_bias(surprise, face.bias).argmax())] is Emotion.SURPRISE


def test_optional_expressions_are_fitted_too() -> None:
    sad = [0.05, 0.0, 0.05, 0.0, 0.3, 0.0, 0.6]
    face = teach(
        [
            _rec(Emotion.NEUTRAL, REST),
            _rec(Emotion.HAPPY, SMILE, seed=1),
            _rec(Emotion.SAD, sad, seed=2),
        ]
    )
    assert face.labels == (Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD)
    assert face.right_after > face.right_before


@pytest.mark.parametrize(
    ("recordings", "message"),
    [
        ([], "both your resting face and your smile"),
        ([_rec(Emotion.NEUTRAL, REST)], "both your resting face and your smile"),
        (
            [_rec(Emotion.NEUTRAL, SMILE), _rec(Emotion.HAPPY, SMILE, seed=1)],
            "as happy as your smile",
        ),
        (
            [_rec(Emotion.NEUTRAL, REST, faces=10), _rec(Emotion.HAPPY, SMILE)],
            "in view in only 10 of 40",
        ),
        ([_rec(Emotion.NEUTRAL, REST, wobble=0.3), _rec(Emotion.HAPPY, SMILE)], "moved too much"),
    ],
    ids=["nothing", "no smile", "smiling rest", "absent", "moving"],
)
def test_unusable_recordings_are_refused_with_the_reason(
    recordings: list[Recording], message: str
) -> None:
    with pytest.raises(TeachError, match=message):
        teach(recordings)
