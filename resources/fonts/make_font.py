"""Makes ``FaceMoodHangul-Regular.ttf``: the Hangul and Latin of NanumGothic, renamed.

FaceMood registers this font at start-up when the system has no Korean font, so the
Korean interface renders on a bare machine and in the bundle. Run from the repository
root after changing the Korean texts::

    python resources/fonts/make_font.py [--source /usr/share/fonts/truetype/nanum/NanumGothic.ttf]

The source is NanumGothic from Debian's ``fonts-nanum`` (``apt-get install fonts-nanum``,
or ``apt-get download fonts-nanum`` and ``dpkg-deb -x`` it anywhere). Needs fontTools
(``pip install -e ".[bundle]"``). The subset keeps Basic Latin, Latin-1, common
punctuation and symbols, Hangul compatibility jamo, the 2,350 syllables of KS X 1001
(what almost all Korean text uses) and every character of FaceMood's Korean texts, with
hinting dropped; the committed file is the output.

NanumGothic is under the SIL Open Font License 1.1 (``OFL.txt`` beside this script),
whose Reserved Font Names may not be used by a modified version: the subset is named
"FaceMood Hangul" and keeps NAVER's copyright notice.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
OUTPUT = HERE / "FaceMoodHangul-Regular.ttf"
FAMILY = "FaceMood Hangul"
POSTSCRIPT = "FaceMoodHangul-Regular"

SYMBOLS = "…—–‘’“”•·▸►◂♥♡■□●○★☆※→←↑↓×÷°"  # noqa: RUF001 - typographic on purpose


def ks_x_1001_syllables() -> str:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8)."""
    out = []
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            out.append(bytes((lead, trail)).decode("euc-kr"))
    return "".join(out)


def translation_texts() -> str:
    """Every character of the Korean translations (build_translations.py)."""
    path = ROOT / "resources" / "translations" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts = list(module.KO.values()) + list(module.KO_BY_CONTEXT.values())
    return "".join(texts)


def characters() -> set[int]:
    """The code points the subset keeps."""
    text = "".join(chr(c) for c in range(0x20, 0x7F))  # Basic Latin
    text += "".join(chr(c) for c in range(0xA0, 0x100))  # Latin-1
    text += "".join(chr(c) for c in range(0x3131, 0x318F))  # compatibility jamo
    text += SYMBOLS + ks_x_1001_syllables() + translation_texts()
    return {ord(ch) for ch in text if ch.isprintable() or ch == " "}


def rename(font: object) -> None:
    """Give the subset its own names (OFL: no Reserved Font Name on a modified font)."""
    name_table = font["name"]  # type: ignore[index]
    names = {
        1: FAMILY,
        2: "Regular",
        3: f"{POSTSCRIPT};FaceMood subset of NanumGothic",
        4: FAMILY,
        6: POSTSCRIPT,
        16: FAMILY,
        17: "Regular",
    }
    for record in list(name_table.names):
        if record.nameID in names or record.nameID in (18, 21, 22):
            name_table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        name_table.setName(text, name_id, 3, 1, 0x409)
        name_table.setName(text, name_id, 1, 0, 0)
    name_table.setName(
        "A subset of NanumGothic (Hangul and Latin) made for FaceMood; SIL Open Font License 1.1.",
        10,
        3,
        1,
        0x409,
    )


def main() -> int:
    """Subset, rename, save."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        raise SystemExit('fontTools is missing: pip install -e ".[bundle]"') from None
    if not args.source.exists():
        raise SystemExit(f"{args.source} not found: apt-get install fonts-nanum, or --source")
    font = TTFont(str(args.source))
    options = subset.Options()
    options.hinting = False  # Qt renders Hangul well unhinted; hinting is half the size
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 16, 17]
    options.name_languages = [0x409, 0]
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    rename(font)
    font.save(str(args.out))
    print(f"{args.out.name}: {args.out.stat().st_size / 1024:.0f} KiB, {len(characters())} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
