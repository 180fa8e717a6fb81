"""What goes into the FaceMood bundle: data files, hidden imports, excluded modules and cuts.

``build.spec`` is the only user; the rules live here, as plain functions over PyInstaller's
TOC tuples ``(dest_name, src_name, typecode)``, so ``tests/packaging`` can check them without
running PyInstaller. Standard library only.

Every cut says why it is safe and is measured: :func:`apply_cuts` returns what each one
removed, and ``build.spec`` prints the table (``docs/packaging.md`` has the numbers). A cut
that removes a library something still links against fails the build
(:func:`check_links`), so a wrong pattern cannot ship a bundle that dies on start.

This folder has no ``__init__.py`` on purpose: a ``packaging`` package here would shadow
the ``packaging`` distribution that PyInstaller and pip import.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]
"""PyInstaller's ``(dest_name, src_name, typecode)``."""

EXCLUDED_MODULES: tuple[str, ...] = (
    # Training only (the `train` extra); importing TensorFlow alone makes a 1.3 GB bundle.
    "tensorflow",
    "tensorboard",
    "keras",
    "tf_keras",
    "jax",
    "torch",
    "facemood.training",
    # Optional imports of pyqtgraph and ai-edge-litert that FaceMood never reaches.
    "h5py",
    "IPython",
    "matplotlib",
    "scipy",
    "pandas",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.canvas",
    "pyqtgraph.flowchart",
    "pyqtgraph.console",
    "OpenGL",
    # Qt modules outside QtCore/QtGui/QtWidgets (+ QtOpenGL and QtOpenGLWidgets, which
    # pyqtgraph's plot items import unconditionally, and QtDBus for MPRIS on Linux, whose
    # library QtGui links anyway); pyqtgraph imports QtSvg and QtTest inside try/except
    # and plots without them.
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtMultimedia",
    # Other Qt bindings pyqtgraph would try.
    "PyQt5",
    "PyQt6",
    "PySide2",
    # OpenSSL (libssl + libcrypto): FaceMood opens no network connection, and hashlib falls
    # back to Python's own SHA-256 (the model checksum) without _hashlib.
    "_ssl",
    "_hashlib",
    # Development tools.
    "pytest",
    "_pytest",
    "pluggy",
    "mypy",
    "ruff",
    "tkinter",
)
"""Modules kept out of the analysis altogether (``Analysis(excludes=...)``)."""

HIDDEN_IMPORTS: tuple[str, ...] = (
    # pyqtgraph's plot items do importlib.import_module(f"{QT_LIB}.QtOpenGL") (and
    # QtOpenGLWidgets in Qt/OpenGLHelpers.py), which PyInstaller cannot see; without them
    # every plot fails to import.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
)
"""Modules imported in ways PyInstaller's analysis cannot follow (facemood's own
subcommand modules are added by ``build.spec`` from the package tree)."""

MODEL_SUFFIXES = (".tflite", ".sha256", ".json", ".md", ".txt")
"""Files of ``models/`` that ship: the exported model, its labels and model card (the
folder's own files only). Training leftovers (``.keras``, ``.h5``, checkpoints, the
teacher and the runs' records in ``models/training/``) stay out."""

SOURCE_ONLY_SUFFIXES = (".py", ".pyc", ".sh", ".spec")
"""Scripts that make resources (e.g. the icon or demo-track generators) stay out."""


@dataclass(frozen=True)
class Cut:
    """A group of collected files FaceMood does not need.

    Attributes:
        name: short id, used in the size table.
        reason: why it is safe.
        patterns: ``fnmatch`` globs over the bundle path (forward slashes) to remove.
        keep: globs that win over ``patterns``.
        platforms: ``sys.platform`` prefixes it applies to; empty means all.
    """

    name: str
    reason: str
    patterns: tuple[str, ...]
    keep: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()

    def applies_to(self, platform: str) -> bool:
        """Whether the cut is used on ``platform``."""
        return not self.platforms or platform.startswith(self.platforms)

    def matches(self, dest: str) -> bool:
        """Whether ``dest`` (a bundle path) is removed by this cut."""
        path = PurePath(dest).as_posix()
        if any(fnmatch.fnmatchcase(path, k) for k in self.keep):
            return False
        return any(fnmatch.fnmatchcase(path, p) for p in self.patterns)


def cuts(app_languages: Iterable[str] = ()) -> tuple[Cut, ...]:
    """The cuts, in the order the size table lists them.

    Args:
        app_languages: languages FaceMood has translations for (``de``, ``fr``…); Qt's own
            ``qtbase_<lang>.qm`` is kept for those.
    """
    keep_qm = tuple(f"PySide6/*translations/qtbase_{lang}.qm" for lang in app_languages)
    return (
        Cut(
            "qt-translations",
            "Qt's translations for languages FaceMood itself is not translated into",
            ("PySide6/*translations/*",),
            keep=keep_qm,
        ),
        Cut(
            "qt-platform-plugins",
            "platform plugins other than xcb/offscreen (Linux), windows, cocoa",
            ("PySide6/*plugins/platforms/*",),
            keep=(
                "*/platforms/libqxcb.so",
                "*/platforms/libqoffscreen.*",
                "*/platforms/qwindows.dll",
                "*/platforms/qoffscreen.dll",
                "*/platforms/libqcocoa.dylib",
            ),
        ),
        Cut(
            "qt-wayland-eglfs",
            "Wayland and EGLFS/KMS support; on a Wayland desktop Qt falls back to xcb (XWayland)",
            (
                "PySide6/*plugins/wayland-*",
                "PySide6/*plugins/egldeviceintegrations/*",
                "PySide6/*lib/libQt6Wayland*",
                "PySide6/*lib/libQt6WlShell*",
                "PySide6/*lib/libQt6EglFS*",
                "PySide6/*lib/libQt6EglFs*",
            ),
            platforms=("linux",),
        ),
        Cut(
            "qt-gtk3-theme",
            "the GTK3 platform theme drags in GTK, Pango, Cairo; Qt's own style is used instead",
            ("PySide6/*plugins/platformthemes/*gtk*",),
            platforms=("linux",),
        ),
        Cut(
            "qt-input-generic",
            "evdev/tslib/libinput input plugins, used only by the eglfs/linuxfb platforms",
            ("PySide6/*plugins/generic/*",),
        ),
        Cut(
            "qt-imageformats",
            "image formats other than JPEG and ICO/ICNS (PNG is built into QtGui)",
            ("PySide6/*plugins/imageformats/*",),
            keep=("*/imageformats/*qjpeg*", "*/imageformats/*qico*", "*/imageformats/*qicns*"),
        ),
        Cut(
            "qt-network-svg-plugins",
            "TLS, network-information and SVG icon-engine plugins of the excluded QtNetwork/QtSvg",
            (
                "PySide6/*plugins/tls/*",
                "PySide6/*plugins/networkinformation/*",
                "PySide6/*plugins/iconengines/*",
            ),
        ),
        Cut(
            "qt-software-opengl",
            "Mesa's software OpenGL for Windows machines without a GPU driver; the window "
            "draws with QPainter (raster), not OpenGL",
            ("PySide6/opengl32sw.dll",),
            platforms=("win",),
        ),
        Cut(
            "linux-libvlc-copies",
            "libvlc/libvlccore found by PyInstaller, without VLC's plugins they cannot play; "
            "the Linux bundle uses the system VLC (see pyi_rth_vlc.py)",
            ("libvlc.so*", "libvlccore.so*"),
            platforms=("linux",),
        ),
    )


def apply_cuts(
    toc: Sequence[TocEntry], all_cuts: Sequence[Cut], platform: str
) -> tuple[list[TocEntry], dict[str, list[TocEntry]]]:
    """Split ``toc`` into what is kept and what each cut removed.

    Returns:
        ``(kept, removed)`` where ``removed`` maps each applicable cut's name to its entries
        (an empty list when it matched nothing: a sign the pattern went stale).
    """
    active = [c for c in all_cuts if c.applies_to(platform)]
    removed: dict[str, list[TocEntry]] = {c.name: [] for c in active}
    kept: list[TocEntry] = []
    for entry in toc:
        cut = next((c for c in active if c.matches(entry[0])), None)
        if cut is None:
            kept.append(entry)
        else:
            removed[cut.name].append(entry)
    return kept, removed


Imports = Callable[[str], Iterable[tuple[str, str | None]]]
"""``PyInstaller.depend.bindepend.get_imports``: ``(name, resolved path or None)`` pairs."""


def _key(path: str | None) -> str:
    return os.path.basename(path).lower() if path else ""


def prune_orphans(
    kept: Sequence[TocEntry], removed: Iterable[TocEntry], get_imports: Imports
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop shared libraries that were collected only because a removed file linked to them.

    Only libraries that a removed file imports are candidates, and one goes only when no kept
    file imports it (repeated until nothing changes), so nothing still needed is touched.

    Returns:
        ``(kept, orphans)``.
    """
    kept = list(kept)
    by_name = {_key(e[0]): e for e in kept if e[2] == "BINARY"}
    imports_of: dict[str, set[str]] = {}

    def imports(entry: TocEntry) -> set[str]:
        if entry[1] not in imports_of:
            try:
                names = {_key(path or name) for name, path in get_imports(entry[1])}
            except Exception:  # unreadable file: assume it imports nothing we could drop
                names = set()
            imports_of[entry[1]] = names
        return imports_of[entry[1]]

    candidates: set[str] = set()
    for entry in removed:
        candidates |= imports(entry) & by_name.keys()
    orphans: list[TocEntry] = []
    while candidates:
        needed: set[str] = set()
        for entry in kept:
            if entry[2] in ("BINARY", "EXTENSION"):
                needed |= imports(entry)
        drop = {c for c in candidates if c not in needed}
        if not drop:
            break
        dropped = [by_name[name] for name in drop]
        orphans.extend(dropped)
        kept = [e for e in kept if e not in dropped]
        candidates = set()
        for entry in dropped:
            candidates |= imports(entry) & by_name.keys()
        candidates -= drop
    return kept, orphans


def check_links(kept: Sequence[TocEntry], gone: Iterable[TocEntry], get_imports: Imports) -> None:
    """Fail when a kept binary links against a library a cut removed.

    Raises:
        SystemExit: with the offending pairs, so the build stops.
    """
    gone_names = {_key(e[0]) for e in gone}
    problems = []
    for entry in kept:
        if entry[2] not in ("BINARY", "EXTENSION"):
            continue
        for name, path in get_imports(entry[1]):
            if _key(path or name) in gone_names:
                problems.append(f"{entry[0]} needs {name}")
    if problems:
        raise SystemExit(
            "build.spec: a cut removed a library still in use:\n  " + "\n  ".join(problems)
        )


def drop_dangling_symlinks(
    toc: Sequence[TocEntry], others: Sequence[TocEntry] = ()
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Remove ``SYMLINK`` entries whose target is not in the bundle.

    PyInstaller links e.g. ``libQt6Gui.so.6`` at the top of the bundle to
    ``PySide6/Qt/lib/libQt6Gui.so.6`` (the links sit in ``a.datas``, the libraries in
    ``a.binaries``); a link to a file a cut removed, or one PyInstaller never collected
    (``libQt6Svg.so.6`` of the excluded QtSvg), would dangle.

    Args:
        toc: entries to filter.
        others: the rest of the bundle, whose files are valid link targets too.

    Returns:
        ``(kept, dropped)``.
    """
    present = {PurePath(e[0]).as_posix() for e in [*toc, *others] if e[2] != "SYMLINK"}
    kept: list[TocEntry] = []
    dropped: list[TocEntry] = []
    for entry in toc:
        if entry[2] == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
            if PurePath(target).as_posix() not in present:
                dropped.append(entry)
                continue
        kept.append(entry)
    return kept, dropped


STRIP_SKIP: tuple[str, ...] = ("*.libs/*",)
"""Bundle paths never stripped: libraries that auditwheel repaired with patchelf (numpy.libs,
opencv_python_headless.libs) break when stripped ("ELF load command address/offset not
page-aligned"), measured with numpy's OpenBLAS."""


def strip_binaries(
    toc: Sequence[TocEntry],
    out_dir: Path,
    strip: Callable[[str, str], bool],
) -> tuple[list[TocEntry], int, int]:
    """Point ELF libraries at stripped copies (Linux: symbol tables and debug info removed).

    Many wheels ship unstripped libraries; libpython from pyenv even carries its debug info
    (23 MiB, 6 MiB stripped). PyInstaller's own ``strip=True`` would strip everything,
    including the patchelf-repaired ones in :data:`STRIP_SKIP`, so this is done here.

    Args:
        toc: ``a.binaries``.
        out_dir: where the stripped copies go (in PyInstaller's work folder; reused while
            the source file is unchanged).
        strip: ``strip(src, dest) -> ok``; runs ``strip -o dest src``.

    Returns:
        ``(toc with stripped sources, files stripped, bytes saved)``.
    """
    result: list[TocEntry] = []
    saved = count = 0
    for entry in toc:
        dest, src, typecode = entry
        path = PurePath(dest).as_posix()
        if (
            typecode not in ("BINARY", "EXTENSION")
            or not _is_elf(src)
            or any(fnmatch.fnmatchcase(path, p) for p in STRIP_SKIP)
        ):
            result.append(entry)
            continue
        copy = out_dir / path
        stat = os.stat(src)
        fresh = copy.is_file() and copy.stat().st_mtime >= stat.st_mtime
        if not fresh:
            copy.parent.mkdir(parents=True, exist_ok=True)
            if not strip(src, str(copy)):
                result.append(entry)
                continue
        size = copy.stat().st_size
        if size < stat.st_size:
            saved += stat.st_size - size
            count += 1
            result.append((dest, str(copy), typecode))
        else:
            result.append(entry)
    return result, count, saved


ICU_DATA_PATTERN = "*libicudata.so.*"
"""Qt's ICU data on Linux (PySide6 ships ICU; on Windows and macOS Qt uses the system's)."""

_ICU_EMPTY_DATA_C = """\
/* An ICU common-data package with an empty table of contents (what ICU's own "stubdata"
   library provides): ICU then finds no locale data and Qt uses its own CLDR tables. */
struct empty_package {{
    unsigned short header_size;
    unsigned char magic1, magic2;
    unsigned short info_size, info_reserved;
    unsigned char big_endian, charset_family, sizeof_uchar, info_reserved_byte;
    unsigned char data_format[4], format_version[4], data_version[4];
    unsigned char padding[8];
    unsigned int toc_count, toc_reserved[3];
}};

__attribute__((visibility("default"), aligned(16)))
const struct empty_package icudt{version}_dat = {{
    32, 0xda, 0x27, 20, 0, 0, 0, 2, 0,
    {{'T', 'o', 'C', 'P'}}, {{1, 0, 0, 0}}, {{0, 0, 0, 0}}, {{0}}, 0, {{0}},
}};
"""

Compile = Callable[[Path, Path, str], bool]
"""``compile(c_file, out_lib, soname) -> ok``, e.g. :func:`compile_shared_lib`."""


def compile_shared_lib(source: Path, lib: Path, soname: str) -> bool:
    """``cc -shared`` a one-file C library; False (with the reason on stderr) when it fails."""
    args = ["cc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{soname}", "-o", str(lib), str(source)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, check=False)
    except OSError as exc:
        print(f"FaceMood bundle: cannot run cc ({exc})", file=sys.stderr)
        return False
    if done.returncode:
        print(f"FaceMood bundle: cc failed: {done.stderr.strip()}", file=sys.stderr)
    return done.returncode == 0


def empty_icu_data(
    toc: Sequence[TocEntry], out_dir: Path, compile_lib: Compile
) -> tuple[list[TocEntry], int, int]:
    """Swap Qt's 31 MiB ICU data library for one with no data in it (Linux).

    Qt formats numbers, dates and text with its own CLDR tables and Unicode code; ICU's data
    is used for locale-aware sorting (``QCollator``, which then compares code points) and
    legacy text codecs, neither of which FaceMood uses. The replacement keeps the soname and
    the ``icudt<N>_dat`` symbol that ``libicuuc`` links against.

    Returns:
        ``(toc, files replaced, bytes saved)``; unchanged when compiling fails.
    """
    result: list[TocEntry] = []
    saved = count = 0
    for entry in toc:
        dest, src, typecode = entry
        name = PurePath(dest).name
        version = name.rsplit(".so.", 1)[-1].split(".")[0]
        if (
            typecode != "BINARY"
            or not fnmatch.fnmatchcase(PurePath(dest).as_posix(), ICU_DATA_PATTERN)
            or not version.isdigit()
        ):
            result.append(entry)
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        source = out_dir / f"icudt{version}_empty.c"
        source.write_text(_ICU_EMPTY_DATA_C.format(version=version))
        lib = out_dir / name
        if not compile_lib(source, lib, f"libicudata.so.{version}"):
            result.append(entry)
            continue
        saved += os.path.getsize(src) - lib.stat().st_size
        count += 1
        result.append((dest, str(lib), typecode))
    return result, count, saved


def _is_elf(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def size_of(entries: Iterable[TocEntry]) -> int:
    """Bytes on disk of the entries' source files (symlinks resolved)."""
    total = 0
    for entry in entries:
        with contextlib.suppress(OSError):
            total += os.path.getsize(entry[1])
    return total


def data_files(root: Path) -> list[tuple[str, str]]:
    """``(source file, bundle folder)`` pairs for everything FaceMood reads at run time.

    Ships ``resources/`` (icons, samples, Haar cascades, face detector, translations…) and
    ``music_library/`` minus the scripts that make them, and the exported model with its
    labels and model card from ``models/``.
    """
    pairs: list[tuple[str, str]] = []
    for top in ("resources", "music_library", "models"):
        base = root / top
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.name.startswith("."):
                continue
            if path.suffix in SOURCE_ONLY_SUFFIXES:
                continue
            if top == "models" and (path.suffix not in MODEL_SUFFIXES or path.parent != base):
                continue
            pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    return pairs


def app_languages(root: Path) -> list[str]:
    """Languages with a FaceMood translation: ``resources/translations/<name>_<lang>.qm``."""
    folder = root / "resources" / "translations"
    langs = {p.stem.rsplit("_", 1)[-1] for p in folder.glob("*_*.qm")} if folder.is_dir() else set()
    return sorted(langs)


VLC_VIDEO_PLUGIN_DIRS = frozenset(
    {
        "control",
        "gui",
        "keystore",
        "lua",
        "mux",
        "services_discovery",
        "spu",
        "stream_out",
        "text_renderer",
        "video_chroma",
        "video_filter",
        "video_output",
        "video_splitter",
        "visualization",
    }
)
"""VLC plugin folders a music player never loads (FaceMood starts libVLC with ``--no-video``):
interfaces, video output and filters, subtitles, streaming out. Left out of a bundled VLC;
``FACEMOOD_BUNDLE_VLC_ALL_PLUGINS=1`` keeps them."""


def vlc_files(vlc_dir: Path, platform: str, all_plugins: bool = False) -> list[tuple[str, str]]:
    """``(source, bundle folder)`` pairs that copy a VLC install into the bundle's ``vlc/``.

    Args:
        vlc_dir: the folder holding ``libvlc`` and ``plugins/`` (Windows: ``C:/Program
            Files/VideoLAN/VLC``; macOS: ``/Applications/VLC.app/Contents/MacOS``, whose
            libraries sit in ``lib/``).
        platform: ``sys.platform``.
        all_plugins: also copy the plugin folders in :data:`VLC_VIDEO_PLUGIN_DIRS`.

    Raises:
        SystemExit: the folder has no libvlc or no plugins.
    """
    lib_dir = vlc_dir / "lib" if (vlc_dir / "lib" / "libvlc.dylib").is_file() else vlc_dir
    names = {
        "win": ("libvlc.dll", "libvlccore.dll"),
        "darwin": ("libvlc.dylib", "libvlccore.dylib"),
    }
    lib_names = names.get("win" if platform.startswith("win") else platform)
    if lib_names is None:
        lib_names = ("libvlc.so.5", "libvlccore.so.9")
    plugins = vlc_dir / "plugins"
    missing = [n for n in lib_names if not (lib_dir / n).is_file()]
    if missing or not plugins.is_dir():
        raise SystemExit(
            f"build.spec: FACEMOOD_BUNDLE_VLC={vlc_dir} has no {missing or 'plugins/'}"
        )
    pairs = [(str(lib_dir / n), "vlc") for n in lib_names]
    for path in sorted(plugins.rglob("*")):
        relative = path.parent.relative_to(plugins)
        if not path.is_file():
            continue
        if not all_plugins and relative.parts and relative.parts[0] in VLC_VIDEO_PLUGIN_DIRS:
            continue
        pairs.append((str(path), (Path("vlc/plugins") / relative).as_posix()))
    return pairs


def format_table(rows: Sequence[tuple[str, int, int]]) -> str:
    """A plain-text table of ``(cut name, files, bytes)``, sizes in MiB (as ``du -sh``)."""
    lines = [f"{'cut':<28} {'files':>6} {'MiB':>8}"]
    for name, count, size in rows:
        lines.append(f"{name:<28} {count:>6} {size / 2**20:>8.1f}")
    return "\n".join(lines)


def windows_version_info(template: str, version: str) -> str:
    """Fill ``packaging/windows_version_info.txt`` for ``version`` (``"1.2.3"``).

    The file version is four numbers; missing or non-numeric parts count as 0.
    """
    numbers = [int(p) if p.isdigit() else 0 for p in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return template.replace("@VERSION_TUPLE@", repr(tuple(numbers))).replace("@VERSION@", version)


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist entries for ``FaceMood.app``.

    ``NSCameraUsageDescription`` is required: without it macOS kills the app the moment it
    opens the camera. Playback needs no entitlement; the microphone is never used.
    """
    return {
        "CFBundleName": "FaceMood",
        "CFBundleDisplayName": "FaceMood",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSCameraUsageDescription": (
            "FaceMood looks at your face through the camera to pick music that fits your mood. "
            "Frames are analysed on this Mac and never stored or sent anywhere."
        ),
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.music",
        "LSMinimumSystemVersion": "12.0",
    }
