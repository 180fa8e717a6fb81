"""The labelled music of ``datasets/music_moods`` as descriptor matrices, cached.

Every clip is analysed exactly as the app analyses a track
(:func:`facemood.audio.worker.analyse_file`: the middle 30 s, decimated, the same
features), so the model learns from what it will be given. The features of all clips
are cached in one ``.npz`` (by default ``runs/audio_features.npz``, git-ignored), keyed
by each clip's SHA-256, :data:`~facemood.audio.store.ANALYSIS_VERSION`, the descriptor
names and a hash of the analysis code, so a second run reads them in a moment and any
change to the analysis computes them again.

4Q clips carry a Russell quadrant and an artist (hold out **by artist**); Emotify clips
carry the share of listeners who felt each of nine GEMS emotions.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from facemood.audio.descriptors import DESCRIPTOR_NAMES
from facemood.audio.store import ANALYSIS_VERSION
from facemood.audio.types import AudioFeatures

log = logging.getLogger("facemood.training")

Array = npt.NDArray[np.float64]

QUADRANTS = ("Q1", "Q2", "Q3", "Q4")
GEMS = (
    "amazement",
    "solemnity",
    "tenderness",
    "nostalgia",
    "calmness",
    "power",
    "joyful_activation",
    "tension",
    "sadness",
)
AROUSAL_UP = ("power", "joyful_activation", "tension")
"""Emotify's arousal: the summed share of listeners who felt these (issue 21's measure)."""
VALENCE_UP = ("joyful_activation", "tenderness", "calmness", "amazement")
"""Emotify's valence: the share who felt these pleasant emotions ..."""
VALENCE_DOWN = ("sadness", "tension")
"""... minus the share who felt these unpleasant ones (solemnity, nostalgia and power
are left out: listeners feel them with happy and sad music alike)."""

DEFAULT_CACHE = Path("runs/audio_features.npz")


@dataclass(frozen=True, slots=True)
class Clip:
    """One labelled clip: its file, SHA-256 and labels.

    Attributes:
        path: the audio file.
        sha256: its checksum (the cache key).
        group: who it may not be split from: the artist (4Q) or the clip itself (Emotify).
        quadrant: 0-3 for Q1-Q4 (4Q), -1 for Emotify.
        gems: the nine GEMS shares (Emotify), empty for 4Q.
    """

    path: Path
    sha256: str
    group: str
    quadrant: int = -1
    gems: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class LabelledSet:
    """Descriptors and labels of a list of clips (rows in the order of ``clips``)."""

    clips: tuple[Clip, ...]
    x: Array
    """Descriptors (clips by :data:`DESCRIPTOR_NAMES`)."""
    base: Array
    """The ten scalar features today's estimator reads, per clip."""
    features: tuple[AudioFeatures, ...]

    @property
    def groups(self) -> list[str]:
        """The split group of each clip."""
        return [c.group for c in self.clips]

    @property
    def quadrant(self) -> npt.NDArray[np.int64]:
        """Quadrant index 0-3 (Q1-Q4) of each clip (-1 for Emotify)."""
        return np.array([c.quadrant for c in self.clips], dtype=np.int64)

    def gems(self, names: Sequence[str]) -> Array:
        """The summed share of ``names`` per clip (Emotify; NaN for 4Q clips)."""
        idx = [GEMS.index(n) for n in names]
        return np.array([sum(c.gems[i] for i in idx) if c.gems else np.nan for c in self.clips])


BASE_FEATURES = (
    "loudness_db",
    "dynamics_db",
    "flux",
    "onset_rate",
    "tempo",
    "pulse_clarity",
    "centroid_hz",
    "flatness",
    "majorness",
    "key_clarity",
)


def read_4q(root: Path) -> list[Clip]:
    """The 4Q clips of ``root/4q/manifest.csv`` (group: the artist)."""
    with (root / "4q" / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return [
            Clip(root / r["file"], r["sha256"], "4q:" + r["artist"], QUADRANTS.index(r["quadrant"]))
            for r in csv.DictReader(f)
        ]


def read_emotify(root: Path) -> list[Clip]:
    """The Emotify clips of ``root/emotify/manifest.csv`` (group: the clip)."""
    with (root / "emotify" / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return [
            Clip(
                root / r["file"],
                r["sha256"],
                "emotify:" + r["file"],
                gems=tuple(float(r[g]) for g in GEMS),
            )
            for r in csv.DictReader(f)
        ]


def analysis_code_hash(*extra: Path) -> str:
    """A SHA-256 of the decoding and feature code (and of ``extra`` files): what a cache
    of analysed clips must be computed again for when it changes."""
    from facemood.audio import decode, descriptors, features

    code = hashlib.sha256()
    for path in (*(Path(m.__file__ or "") for m in (decode, descriptors, features)), *extra):
        code.update(path.read_bytes())
    return code.hexdigest()


def _cache_key() -> str:
    """The analysis version, descriptor names and a hash of the analysis code."""
    return json.dumps(
        {"version": ANALYSIS_VERSION, "names": DESCRIPTOR_NAMES, "code": analysis_code_hash()}
    )


def load_features(clips: Sequence[Clip], cache: Path = DEFAULT_CACHE) -> LabelledSet:
    """The descriptors of ``clips``, from ``cache`` where current, else analysed and cached.

    Raises:
        ValueError: a clip could not be analysed (the data set is broken: fix it first).
    """
    from facemood.audio.decode import Decoder
    from facemood.audio.worker import analyse_file

    known: dict[str, AudioFeatures] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            if str(data["key"]) == _cache_key():
                for sha, text in zip(data["sha256"], data["features"], strict=True):
                    known[str(sha)] = AudioFeatures.from_dict(json.loads(str(text)))
    missing = [c for c in clips if c.sha256 not in known]
    if missing:
        log.info("analysing %d clips (cache: %s)", len(missing), cache)
        decoder = Decoder()
        try:
            for n, clip in enumerate(missing, 1):
                outcome = analyse_file(str(clip.path), None, decoder)
                if not isinstance(outcome, AudioFeatures):
                    raise ValueError(f"{clip.path}: {outcome.describe()}")
                known[clip.sha256] = outcome
                if n % 100 == 0:
                    log.info("  %d/%d", n, len(missing))
        finally:
            decoder.close()
        cache.parent.mkdir(parents=True, exist_ok=True)
        shas = sorted(known)
        np.savez(
            cache,
            key=np.array(_cache_key()),
            sha256=np.array(shas),
            features=np.array([json.dumps(known[s].to_dict()) for s in shas]),
        )
    features = tuple(known[c.sha256] for c in clips)
    x = np.array([f.descriptors for f in features], dtype=np.float64)
    base = np.array([[float(getattr(f, n)) for n in BASE_FEATURES] for f in features])
    return LabelledSet(tuple(clips), x, base, features)
