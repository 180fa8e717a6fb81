"""Synthetic webcam-like clips made from still face photos.

A clip is a sequence of segments (photo, seconds). Each frame places the photo in a
640x480 frame with camera-like disturbances: a slow random drift of position and
scale, a small rotation, brightness flicker and sensor noise. Clips are written as
MJPG ``.avi`` files, which opencv-python-headless both writes and reads.

Also used by ``benchmarks/`` (they add the repository root to ``sys.path``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from facemood.vision.sources import read_image

FACES_DIR = Path(__file__).resolve().parents[1] / "data" / "faces"
"""The test photos (see ``tests/data/faces/ATTRIBUTION.md``)."""

Image = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class Segment:
    """One expression held for ``seconds``; ``label`` is the expected mood.

    ``photo`` None is an empty room (no face); ``beside`` adds a second, smaller face on
    the right (the primary face stays the largest).
    """

    photo: Path | None
    seconds: float
    label: str
    beside: Path | None = None


@dataclass(frozen=True)
class ClipTruth:
    """Where each segment starts and ends in the written clip."""

    fps: float
    segments: tuple[tuple[float, float, str], ...]

    def label_at(self, t: float) -> str:
        """The expected label at time ``t``."""
        for start, end, label in self.segments:
            if start <= t < end:
                return label
        return self.segments[-1][2]

    def changes(self) -> list[tuple[float, str]]:
        """Times at which the true label changes (the first segment excluded)."""
        out = []
        for (_, _, a), (start, _, b) in zip(self.segments, self.segments[1:], strict=False):
            if a != b:
                out.append((start, b))
        return out


def _place(
    photo: Image | None,
    size: tuple[int, int],
    face_height: float,
    canvas: Image | None = None,
    centre_x: float = 0.5,
) -> Image:
    """Scale the photo to fill ``face_height`` of the frame height and centre it at
    ``centre_x`` (a fraction of the width) on ``canvas`` (a grey frame by default)."""
    w, h = size
    if canvas is None:
        canvas = np.full((h, w, 3), 128, dtype=np.uint8)
    if photo is None:
        return canvas
    scale = h * face_height / photo.shape[0]
    resized = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ph, pw = resized.shape[:2]
    x0, y0 = round(w * centre_x - pw / 2), (h - ph) // 2
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    cw, ch = min(pw - sx0, w - dx0), min(ph - sy0, h - dy0)
    canvas[dy0 : dy0 + ch, dx0 : dx0 + cw] = resized[sy0 : sy0 + ch, sx0 : sx0 + cw]
    return canvas


def frames(
    segments: Sequence[Segment],
    *,
    fps: float = 15.0,
    size: tuple[int, int] = (640, 480),
    face_height: float = 1.0,
    jitter: float = 1.0,
    noise: float = 4.0,
    seed: int = 0,
) -> Iterator[tuple[Image, float, str]]:
    """Yield ``(frame, t, label)`` for the segments.

    Args:
        segments: the expressions in order.
        fps: frame rate.
        size: frame (width, height).
        face_height: photo height as a fraction of the frame height.
        jitter: strength of the camera-like motion (0: none).
        noise: standard deviation of the Gaussian sensor noise in grey levels.
        seed: random seed (clips are reproducible).
    """
    rng = np.random.default_rng(seed)
    cache: dict[tuple[Path | None, Path | None], Image] = {}
    w, h = size
    drift = np.zeros(4)  # dx, dy, log-scale, angle: a slow random walk
    i = 0
    for seg in segments:
        key = (seg.photo, seg.beside)
        if key not in cache:
            if seg.beside is None:
                cache[key] = _place(_read(seg.photo), size, face_height)
            else:  # two people: the primary on the left, a smaller one on the right
                left = _place(_read(seg.photo), size, face_height * 0.8, centre_x=0.3)
                cache[key] = _place(read_image(seg.beside), size, face_height * 0.5, left, 0.78)
        base = cache[key]
        for _ in range(round(seg.seconds * fps)):
            drift = 0.9 * drift + rng.normal(0, [3.0, 3.0, 0.01, 0.6]) * jitter
            dx, dy, log_s, angle = drift
            m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, float(np.exp(log_s)))
            m[:, 2] += np.array([dx, dy])
            img = cv2.warpAffine(base, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
            gain = 1.0 + rng.normal(0, 0.03) * jitter
            out = img.astype(np.float32) * gain + rng.normal(0, noise, img.shape)
            yield np.clip(out, 0, 255).astype(np.uint8), i / fps, seg.label
            i += 1


def _read(photo: Path | None) -> Image | None:
    return None if photo is None else read_image(photo)


def write_clip(
    path: Path,
    segments: Sequence[Segment],
    *,
    fps: float = 15.0,
    size: tuple[int, int] = (640, 480),
    **options: float,
) -> ClipTruth:
    """Write the segments as an MJPG ``.avi`` clip and return where each one is.

    Raises:
        RuntimeError: when OpenCV cannot write the file.
    """
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise RuntimeError(f"cannot write {path}")
    try:
        for frame, _t, _label in frames(segments, fps=fps, size=size, **options):  # type: ignore[arg-type]
            writer.write(frame)
    finally:
        writer.release()
    spans = []
    start = 0.0
    for seg in segments:
        n = round(seg.seconds * fps)
        spans.append((start, start + n / fps, seg.label))
        start += n / fps
    return ClipTruth(fps, tuple(spans))


def alternating(
    person: str = "004",
    *,
    first: float = 5.0,
    each: float = 5.0,
    changes: int = 6,
    faces_dir: Path = FACES_DIR,
) -> list[Segment]:
    """Neutral, then alternating smile / neutral, from one person's London photos."""
    neutral = faces_dir / f"london_{person}_neutral.jpg"
    happy = faces_dir / f"london_{person}_happy.jpg"
    segs = [Segment(neutral, first, "neutral")]
    for k in range(changes):
        segs.append(
            Segment(happy, each, "happy") if k % 2 == 0 else Segment(neutral, each, "neutral")
        )
    return segs


@dataclass(frozen=True)
class MoodScore:
    """How a per-frame mood sequence compares with a clip's truth.

    Attributes:
        delays: for each true change, seconds until the reported mood became the new
            label (None: never, within its segment).
        extra_changes: reported switches that do not correspond to a true change.
        switches: every reported switch between two moods.
        settled_accuracy: fraction of frames correct from 2 s after each segment start.
    """

    delays: tuple[float | None, ...]
    extra_changes: int
    switches: int
    settled_accuracy: float


def score_moods(truth: ClipTruth, moods: Sequence[tuple[float, str | None]]) -> MoodScore:
    """Score ``(t, mood)`` per frame against ``truth``."""
    delays: list[float | None] = []
    for (start, end, label), (_, _, before) in zip(
        truth.segments[1:], truth.segments, strict=False
    ):
        if label == before:
            continue
        hit = next((t for t, m in moods if start <= t < end and m == label), None)
        delays.append(None if hit is None else round(hit - start, 3))
    switches = [
        (t, b)
        for (_, a), (t, b) in itertools.pairwise(moods)
        if a is not None and b is not None and a != b
    ]
    true_changes = len(truth.changes())
    settled = [
        m == truth.label_at(t)
        for t, m in moods
        if any(s + 2.0 <= t < e for s, e, _ in truth.segments)
    ]
    return MoodScore(
        delays=tuple(delays),
        extra_changes=max(0, len(switches) - true_changes),
        switches=len(switches),
        settled_accuracy=sum(settled) / max(1, len(settled)),
    )
