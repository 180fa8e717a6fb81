"""The bundle's data files and cuts (packaging/bundle_rules.py), without running PyInstaller."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def entry(dest: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return (dest, f"/src/{dest}", typecode)


@pytest.mark.parametrize(
    ("dest", "cut"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", "qt-translations"),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "qt-platform-plugins"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "qt-platform-plugins"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "qt-wayland-eglfs"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "qt-gtk3-theme"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "qt-imageformats"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "qt-network-svg-plugins"),
        ("libvlc.so.5", "linux-libvlc-copies"),
        ("libvlccore.so.9", "linux-libvlc-copies"),
    ],
)
def test_cut(rules: ModuleType, dest: str, cut: str) -> None:
    kept, removed = rules.apply_cuts([entry(dest)], rules.cuts(), "linux")
    assert kept == []
    assert removed[cut] == [entry(dest)]


@pytest.mark.parametrize(
    ("dest", "platform"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux"),
        ("PySide6/plugins/platforms/qwindows.dll", "win32"),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
            "linux",
        ),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "linux"),
        ("cv2/cv2.abi3.so", "linux"),
        ("vlc/libvlc.so.5", "linux"),  # a VLC bundled on purpose, with its plugins
        ("vlc/libvlc.dll", "win32"),
        ("libvlc.dll", "win32"),  # PyInstaller's copy only goes on Linux
    ],
)
def test_kept(rules: ModuleType, dest: str, platform: str) -> None:
    kept, _removed = rules.apply_cuts([entry(dest)], rules.cuts(), platform)
    assert kept == [entry(dest)]


def test_translations_of_the_app_languages_stay(rules: ModuleType) -> None:
    toc = [entry(f"PySide6/Qt/translations/qtbase_{lang}.qm", "DATA") for lang in ["de", "fr"]]
    kept, _removed = rules.apply_cuts(toc, rules.cuts(["de"]), "linux")
    assert [e[0] for e in kept] == ["PySide6/Qt/translations/qtbase_de.qm"]


def imports_from(graph: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def get_imports(src: str) -> Iterable[tuple[str, str | None]]:
        name = src.removeprefix("/src/")
        return [(dep, f"/src/{dep}") for dep in graph.get(name, [])]

    return get_imports


def test_orphans_of_a_cut_go_shared_ones_stay(rules: ModuleType) -> None:
    graph = {
        "plugins/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "libgtk-3.so.0": ["libpango-1.0.so.0", "libglib-2.0.so.0"],
        "libQt6Gui.so.6": ["libglib-2.0.so.0"],
    }
    kept = [entry(n) for n in ["libgtk-3.so.0", "libpango-1.0.so.0", "libglib-2.0.so.0"]]
    kept.append(entry("libQt6Gui.so.6"))
    kept, orphans = rules.prune_orphans(kept, [entry("plugins/libqgtk3.so")], imports_from(graph))
    assert sorted(e[0] for e in orphans) == ["libgtk-3.so.0", "libpango-1.0.so.0"]
    assert sorted(e[0] for e in kept) == ["libQt6Gui.so.6", "libglib-2.0.so.0"]


def test_removing_a_library_still_linked_fails_the_build(rules: ModuleType) -> None:
    graph = {"PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"]}
    with pytest.raises(SystemExit, match=r"QtGui\.abi3\.so needs libQt6Gui\.so\.6"):
        rules.check_links(
            [entry("PySide6/QtGui.abi3.so", "EXTENSION")],
            [entry("libQt6Gui.so.6")],
            imports_from(graph),
        )


def test_data_files_ship_resources_and_model_but_not_scripts(
    rules: ModuleType, tmp_path: Path
) -> None:
    for name in [
        "resources/icons/facemood.png",
        "resources/icons/make_icon.py",
        "resources/samples/samples.csv",
        "models/emotion.tflite",
        "models/emotion.tflite.sha256",
        "models/labels.json",
        "models/checkpoint.keras",
        "models/teacher.npz",
        "models/training/r1/config.json",
        "music_library/happy/song.ogg",
        "music_library/make_demo.py",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    shipped = {
        (Path(src).relative_to(tmp_path).as_posix(), dest)
        for src, dest in rules.data_files(tmp_path)
    }
    assert shipped == {
        ("resources/icons/facemood.png", "resources/icons"),
        ("resources/samples/samples.csv", "resources/samples"),
        ("models/emotion.tflite", "models"),
        ("models/emotion.tflite.sha256", "models"),
        ("models/labels.json", "models"),
        ("music_library/happy/song.ogg", "music_library/happy"),
    }


def test_the_real_tree_ships_the_samples(rules: ModuleType) -> None:
    shipped = {Path(src).name for src, _dest in rules.data_files(ROOT)}
    assert {"samples.csv", "ATTRIBUTION.md", "grace_hopper.jpg", "audio_mood.json"} <= shipped


def test_vlc_files_copy_libraries_and_plugins(rules: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "plugins" / "codec").mkdir(parents=True)
    (tmp_path / "plugins" / "codec" / "libflac_plugin.dll").write_bytes(b"x")
    (tmp_path / "plugins" / "video_output").mkdir()
    (tmp_path / "plugins" / "video_output" / "libdirect3d9_plugin.dll").write_bytes(b"x")
    for name in ("libvlc.dll", "libvlccore.dll"):
        (tmp_path / name).write_bytes(b"x")
    pairs = rules.vlc_files(tmp_path, "win32")
    assert [d for _s, d in pairs] == ["vlc", "vlc", "vlc/plugins/codec"]
    every = rules.vlc_files(tmp_path, "win32", all_plugins=True)
    assert [d for _s, d in every][-1] == "vlc/plugins/video_output"
    with pytest.raises(SystemExit):
        rules.vlc_files(tmp_path / "codec", "win32")


def test_info_plist_asks_for_the_camera(rules: ModuleType) -> None:
    plist = rules.macos_info_plist("1.2.3")
    assert "camera" in plist["NSCameraUsageDescription"]
    assert plist["CFBundleShortVersionString"] == "1.2.3"


def test_links_to_removed_files_go(rules: ModuleType) -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
    ]
    kept, dropped = rules.drop_dangling_symlinks(toc[1:], toc[:1])
    assert [e[0] for e in kept] == ["libQt6Gui.so.6"]
    assert [e[0] for e in dropped] == ["libQt6Svg.so.6"]


def test_strip_uses_smaller_copies_but_never_repaired_wheel_libraries(
    rules: ModuleType, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("libpython3.11.so.1.0", "libscipy_openblas64_.so", "data.bin"):
        (src / name).write_bytes(b"\x7fELF" + b"x" * 100 if name != "data.bin" else b"text")
    toc = [
        ("libpython3.11.so.1.0", str(src / "libpython3.11.so.1.0"), "BINARY"),
        ("numpy.libs/libscipy_openblas64_.so", str(src / "libscipy_openblas64_.so"), "BINARY"),
        ("data.bin", str(src / "data.bin"), "BINARY"),
    ]
    calls: list[str] = []

    def fake_strip(source: str, dest: str) -> bool:
        calls.append(Path(source).name)
        Path(dest).write_bytes(b"\x7fELF")
        return True

    out = tmp_path / "stripped"
    result, count, saved = rules.strip_binaries(toc, out, fake_strip)
    assert calls == ["libpython3.11.so.1.0"]
    assert (count, saved) == (1, 100)
    assert result[0] == ("libpython3.11.so.1.0", str(out / "libpython3.11.so.1.0"), "BINARY")
    assert result[1:] == toc[1:]
    # A second build reuses the stripped copy.
    rules.strip_binaries(toc, out, fake_strip)
    assert calls == ["libpython3.11.so.1.0"]


def test_windows_software_opengl_goes(rules: ModuleType) -> None:
    kept, removed = rules.apply_cuts([entry("PySide6/opengl32sw.dll")], rules.cuts(), "win32")
    assert kept == [] and removed["qt-software-opengl"]


def test_windows_version_info_is_a_valid_literal(rules: ModuleType) -> None:
    """PyInstaller eval()s the file with its VSVersionInfo classes (pefile is Windows-only,
    so the shape is checked with ast here)."""
    template = (ROOT / "packaging" / "windows_version_info.txt").read_text(encoding="utf-8")
    text = rules.windows_version_info(template, "1.2.3")
    tree = ast.parse(text, mode="eval")
    call = tree.body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    assert call.func.id == "VSVersionInfo"
    assert "@" not in text
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert rules.windows_version_info("@VERSION_TUPLE@", "0.1.0rc1") == "(0, 1, 0, 0)"
