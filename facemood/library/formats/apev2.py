"""APEv2 tags: WavPack, Musepack and Monkey's Audio; the mood is ``Mood``."""

from __future__ import annotations

import mutagen.apev2
import mutagen.monkeysaudio
import mutagen.musepack
import mutagen.wavpack

from facemood.library.formats.base import AudioFormat, CoverArt, Signature, all_text, first_text


class _APEv2Format(AudioFormat):
    mood_field = "Mood"

    def _get(self, key: str) -> list[str]:
        tags = self.file.tags
        if tags is None or key not in tags:
            return []
        value = tags[key]
        if getattr(value, "kind", None) != mutagen.apev2.TEXT:
            return []
        return all_text(list(value))

    def mood_values(self) -> list[str]:
        return self._get("Mood")

    def text(self, field: str) -> str | None:
        return first_text(self._get(field))

    def cover(self) -> CoverArt | None:
        tags = self.file.tags
        if tags is None or "Cover Art (Front)" not in tags:
            return None
        value = bytes(tags["Cover Art (Front)"].value)
        name, _, image = value.partition(b"\x00")
        ext = name.decode("utf-8", "replace").rsplit(".", 1)[-1].lower()
        return CoverArt(image, "image/png" if ext == "png" else "image/jpeg") if image else None

    def _set_mood(self, value: str) -> None:
        if self.file.tags is None:
            self.file.add_tags()
        self.file.tags["Mood"] = value
        self.file.save()


class WavPackFormat(_APEv2Format):
    """WavPack."""

    name = "WavPack"
    extensions = (".wv",)
    family = "wavpack"
    signatures = (Signature.at((0, b"wvpk")),)
    _mutagen_type = mutagen.wavpack.WavPack


class MusepackFormat(_APEv2Format):
    """Musepack."""

    name = "Musepack"
    extensions = (".mpc", ".mp+", ".mpp")
    family = "musepack"
    signatures = (Signature.at((0, b"MPCK")), Signature.at((0, b"MP+")))
    _mutagen_type = mutagen.musepack.Musepack


class MonkeysAudioFormat(_APEv2Format):
    """Monkey's Audio."""

    name = "Monkey's Audio"
    extensions = (".ape",)
    family = "ape"
    signatures = (Signature.at((0, b"MAC ")),)
    _mutagen_type = mutagen.monkeysaudio.MonkeysAudio
