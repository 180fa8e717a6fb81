"""The slim OpenCV build script (packaging/opencv_slim.py), short of compiling OpenCV.

Compiling takes minutes; `make bundle` does it and the frozen self-test checks the result.
"""

from __future__ import annotations

import hashlib
import io
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest


def python_info(slim: ModuleType, **changes: str) -> object:
    values = {
        "executable": "/venv/bin/python",
        "version": "3.11",
        "include_dir": "/py/include/python3.11",
        "library": "/py/lib/libpython3.11.so",
        "numpy_include": "/venv/numpy/_core/include",
        "numpy_version": "2.4.6",
    }
    return slim.PythonInfo(**{**values, **changes})


def test_configure_builds_only_what_facemood_calls_and_downloads_nothing(
    slim: ModuleType,
) -> None:
    args = slim.cmake_args(Path("/src"), Path("/b"), Path("/p"), python_info(slim))
    options = dict(a[2:].split("=", 1) for a in args if a.startswith("-D"))
    assert set(options["BUILD_LIST"].split(",")) >= {"core", "imgproc", "videoio", "objdetect"}
    assert not {"dnn", "gapi", "highgui", "ml"} & set(options["BUILD_LIST"].split(","))
    assert options["WITH_FFMPEG"] == "OFF" and options["WITH_LAPACK"] == "OFF"
    assert options["WITH_IPP"] == "OFF"  # OpenCV would download IPP while configuring
    assert options["WITH_V4L"] == "ON" and options["BUILD_SHARED_LIBS"] == "OFF"
    assert options["PYTHON3_NUMPY_INCLUDE_DIRS"] == "/venv/numpy/_core/include"
    assert args[:3] == ["cmake", "-S", "/src"]


def test_build_key_follows_the_python_it_is_built_for(slim: ModuleType) -> None:
    base = slim.build_key(python_info(slim))
    assert base == slim.build_key(python_info(slim))
    assert base != slim.build_key(python_info(slim, numpy_version="2.5.0"))
    assert base != slim.build_key(python_info(slim, version="3.12"))


def test_the_download_is_checked_and_kept(slim: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "pkg-1.0.tar.gz"
    source.write_bytes(b"sources")
    good = hashlib.sha256(b"sources").hexdigest()
    cache = tmp_path / "cache"

    with pytest.raises(slim.BuildError, match="expected"):
        slim.fetch_sdist(cache, source.as_uri(), "0" * 64)
    assert not (cache / "pkg-1.0.tar.gz").exists()  # a bad download is not kept

    path = slim.fetch_sdist(cache, source.as_uri(), good)
    assert path.read_bytes() == b"sources"
    source.unlink()  # now served from the cache
    assert slim.fetch_sdist(cache, source.as_uri(), good) == path

    with pytest.raises(slim.BuildError, match="cannot download"):
        slim.fetch_sdist(tmp_path / "empty", source.as_uri(), good)


def test_only_the_opencv_tree_is_unpacked(slim: ModuleType, tmp_path: Path) -> None:
    sdist = tmp_path / "opencv_python_headless-4.14.0.94.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        for name in ("opencv/CMakeLists.txt", "opencv/modules/core/a.cpp", "setup.py"):
            data = name.encode()
            member = tarfile.TarInfo(f"opencv_python_headless-4.14.0.94/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    source = slim.extract_opencv(sdist, tmp_path / "src")
    assert (source / "modules" / "core" / "a.cpp").read_bytes() == b"opencv/modules/core/a.cpp"
    assert not (source.parent / "setup.py").exists()


def test_python_reports_its_headers_and_numpy(slim: ModuleType) -> None:
    import numpy

    try:
        info = slim.query_python(sys.executable)
    except slim.BuildError as exc:
        assert "Python.h" in str(exc)
        pytest.skip(f"no Python headers here: {exc}")
    assert info.numpy_version == numpy.__version__
    assert Path(info.numpy_include, "numpy", "arrayobject.h").is_file()


def test_check_refuses_a_cv2_from_elsewhere(slim: ModuleType, tmp_path: Path) -> None:
    """An empty build folder: Python falls back to the installed wheel, which must not pass."""
    with pytest.raises(slim.BuildError, match="another cv2"):
        slim.check(tmp_path, sys.executable)


def test_build_output_goes_to_stderr_so_stdout_is_only_the_result(
    slim: ModuleType, capfd: pytest.CaptureFixture[str]
) -> None:
    """`make bundle` reads the folder from stdout with $(...); ninja's chatter must not mix in."""
    slim._run([sys.executable, "-c", "print('ninja: Entering directory')"], "compile", None)
    out, err = capfd.readouterr()
    assert out == ""
    assert "Entering directory" in err
