"""walk_tree: no recursion limit, path order, system folders and mounts left out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import facemood
from facemood.vision import sources
from facemood.walk import FileFound, FolderLeftOut, LeftOut, Mounts, walk_tree
from tests.helpers.trees import nest, remove_nested


def _names(root: Path, **kwargs: object) -> list[str]:
    found = []
    for item in walk_tree(root, **kwargs):  # type: ignore[arg-type]
        rel = os.path.relpath(item.path, root)
        found.append(rel if isinstance(item, FileFound) else f"{rel}/ ({item.reason.value})")
    return found


def test_path_order_like_a_recursive_walk(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "c/x.txt", "a.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "a")  # a link to a folder is an entry
    assert _names(tmp_path) == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "c/x.txt", "link"]


def _nest(top: Path, depth: int, name: str = "d") -> None:
    """``depth`` folders ``name/name/…`` under ``top`` with a file ``leaf`` in the last."""
    fd = nest(top, depth, name)
    os.close(os.open("leaf", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    os.close(fd)


def test_more_levels_than_the_recursion_limit(tmp_path: Path) -> None:
    depth = sys.getrecursionlimit() + 200
    _nest(tmp_path, depth)
    try:
        (found,) = walk_tree(tmp_path)
        assert isinstance(found, FileFound) and found.folders == ("d",) * depth
    finally:
        remove_nested(tmp_path, depth)


def test_a_path_longer_than_the_system_allows_is_reported(tmp_path: Path) -> None:
    name = "x" * 200
    _nest(tmp_path, 25, name)  # 5000 bytes: past Linux's PATH_MAX of 4096
    try:
        (left_out,) = walk_tree(tmp_path)
        assert isinstance(left_out, FolderLeftOut) and left_out.reason is LeftOut.UNREADABLE
        assert left_out.describe().endswith(": the path is longer than the system allows")
    finally:
        remove_nested(tmp_path, 25, name)


def test_system_and_mounted_folders_are_left_out(tmp_path: Path) -> None:
    for name in ("proc/1/fd", "disk/song.mp3", "home/song.mp3"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    real = os.path.realpath(tmp_path)
    table = Mounts({f"{real}/proc": "proc", f"{real}/disk": "ext4"}, frozenset())
    assert _names(tmp_path, mounts=table) == [
        "disk/ (another file system)",
        "home/song.mp3",
        "proc/ (a system folder)",
    ]
    crossing = _names(tmp_path, mounts=table, cross_mounts=True)
    assert crossing == ["disk/song.mp3", "home/song.mp3", "proc/ (a system folder)"]


def test_an_unreadable_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone").mkdir()
    items = list(walk_tree(tmp_path / "gone" / "missing"))
    assert len(items) == 1 and isinstance(items[0], FolderLeftOut)
    assert items[0].reason is LeftOut.UNREADABLE and "No such file" in items[0].describe()


def test_mountinfo_is_parsed(tmp_path: Path) -> None:
    info = tmp_path / "mountinfo"
    info.write_text(
        "22 1 0:21 / /proc rw,nosuid shared:5 - proc proc rw\n"
        "23 1 8:1 / /media/my\\040music rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "garbage line\n"
    )
    mounts = Mounts.read(str(info))
    assert mounts.points == {"/proc": "proc", "/media/my music": "ext4"}
    assert mounts.pseudo_devices == frozenset({os.makedev(0, 21)})
    assert mounts.system_root("/proc/self/fd") == "/proc"
    assert mounts.system_root("/media/my music/a") is None


@pytest.mark.skipif(not Path("/proc/self/mountinfo").exists(), reason="Linux only")
def test_this_systems_proc_is_a_system_folder() -> None:
    mounts = Mounts.read()
    assert mounts.system_root("/proc/self") == "/proc"
    assert os.stat("/proc/self/environ").st_dev in mounts.pseudo_devices


def test_opencv_pixel_limit_matches_the_photo_limit() -> None:
    """:mod:`facemood` sets OpenCV's own decoding limit to the photo limit."""
    assert facemood.__name__ == "facemood"
    assert os.environ["OPENCV_IO_MAX_IMAGE_PIXELS"] == str(sources.MAX_IMAGE_PIXELS)
