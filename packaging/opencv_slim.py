"""Build the slim OpenCV that the Linux bundle ships, from opencv-python-headless's sdist.

    python packaging/opencv_slim.py [--work build/opencv-slim] [--jobs N]

prints the folder to put first on ``PYTHONPATH`` (it holds ``cv2/``); ``make bundle`` does
that. The opencv-python-headless wheel is 151 MiB unpacked: every OpenCV module (dnn, gapi,
calib3d, …) in one 67 MiB library, plus FFmpeg with its codecs (42.5 MiB) and a second
OpenBLAS (41 MiB) that ``cv2`` links directly, so none of it can be left out of a bundle.
This build has only what FaceMood calls — ``VideoCapture`` (camera), ``imdecode``,
``resize``, ``cvtColor``, ``copyMakeBorder`` and the Haar ``CascadeClassifier`` — with
the image codecs linked in statically and no FFmpeg: cameras open through V4L2 (Linux),
and video files must be Motion-JPEG AVI (OpenCV's own reader).

The sources come from PyPI (pinned, SHA-256 checked) and nothing is fetched while building
(IPP, which OpenCV would download, is off). Needs cmake, ninja, a C++ compiler and the
Python headers. A finished build is reused while its inputs are unchanged. Standard
library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

VERSION = "4.14.0.94"
SDIST_URL = (
    "https://files.pythonhosted.org/packages/67/8a/"
    "51ff1c6287be0b6cd3070cf095875da4ff7d6eda38507e6ada5608786a78/"
    f"opencv_python_headless-{VERSION}.tar.gz"
)
SDIST_SHA256 = "4afa2ea1214453648be88259f035712454faa9039b686de7753569ba8eec1577"

MODULES = (
    "core",
    "imgproc",
    "imgcodecs",
    "videoio",
    "objdetect",  # CascadeClassifier (the Haar fallback detector)
    "calib3d",  # objdetect needs it, and it needs features2d and flann
    "features2d",
    "flann",
    "python3",
    "python_bindings_generator",
)

OPTIONS = {
    "BUILD_SHARED_LIBS": "OFF",  # one cv2 module with everything linked in
    "CMAKE_BUILD_TYPE": "Release",
    # Video: cameras through V4L2, files through OpenCV's own MJPEG reader.
    "WITH_V4L": "ON",
    "WITH_FFMPEG": "OFF",
    "WITH_GSTREAMER": "OFF",
    "WITH_1394": "OFF",
    "WITH_OBSENSOR": "OFF",
    "WITH_VA": "OFF",
    "WITH_VA_INTEL": "OFF",
    # Photos: JPEG, PNG, WebP, TIFF, BMP, PNM built from OpenCV's copies, linked statically.
    "BUILD_ZLIB": "ON",
    "BUILD_JPEG": "ON",
    "BUILD_PNG": "ON",
    "BUILD_WEBP": "ON",
    "BUILD_TIFF": "ON",
    "WITH_OPENJPEG": "OFF",
    "WITH_JASPER": "OFF",
    "WITH_OPENEXR": "OFF",
    "WITH_AVIF": "OFF",
    "WITH_JPEGXL": "OFF",
    "WITH_IMGCODEC_GIF": "OFF",
    "WITH_GDAL": "OFF",
    "WITH_GDCM": "OFF",
    # Maths and acceleration FaceMood's few calls do not use (IPP would be downloaded).
    "WITH_LAPACK": "OFF",
    "WITH_EIGEN": "OFF",
    "WITH_IPP": "OFF",
    "WITH_OPENCL": "OFF",
    "WITH_CUDA": "OFF",
    "WITH_TBB": "OFF",
    "WITH_OPENMP": "OFF",
    "WITH_ITT": "OFF",
    "WITH_FASTCV": "OFF",
    "WITH_KLEIDICV": "OFF",
    "WITH_PROTOBUF": "OFF",
    "WITH_QUIRC": "OFF",
    "WITH_ADE": "OFF",
    "WITH_GTK": "OFF",
    "WITH_QT": "OFF",
    "WITH_VTK": "OFF",
    "CPU_DISPATCH": "AVX2",  # SSE3 baseline + AVX2 paths chosen at run time
    "BUILD_TESTS": "OFF",
    "BUILD_PERF_TESTS": "OFF",
    "BUILD_EXAMPLES": "OFF",
    "BUILD_DOCS": "OFF",
    "BUILD_JAVA": "OFF",
    "BUILD_opencv_apps": "OFF",
    "OPENCV_GENERATE_PKGCONFIG": "OFF",
    "OPENCV_PYTHON3_INSTALL_PATH": "python",
    # Drop unused code at link time and strip the module.
    "CMAKE_C_FLAGS": "-ffunction-sections -fdata-sections",
    "CMAKE_CXX_FLAGS": "-ffunction-sections -fdata-sections",
    "CMAKE_SHARED_LINKER_FLAGS": "-Wl,--gc-sections -s",
    "CMAKE_MODULE_LINKER_FLAGS": "-Wl,--gc-sections -s",
}


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


@dataclass(frozen=True)
class PythonInfo:
    """What OpenCV's Python bindings are compiled against."""

    executable: str
    version: str
    include_dir: str
    library: str
    numpy_include: str
    numpy_version: str


_QUERY = """
import json, os, sysconfig, numpy
print(json.dumps({
    "executable": __import__("sys").executable,
    "version": sysconfig.get_python_version(),
    "include_dir": sysconfig.get_paths()["include"],
    "library": os.path.join(sysconfig.get_config_var("LIBDIR") or "",
                            sysconfig.get_config_var("LDLIBRARY") or ""),
    "numpy_include": numpy.get_include(),
    "numpy_version": numpy.__version__,
}))
"""


def query_python(python: str) -> PythonInfo:
    """Ask ``python`` for its headers, library and NumPy; checks the headers exist."""
    done = subprocess.run([python, "-c", _QUERY], capture_output=True, text=True, check=False)
    if done.returncode:
        raise BuildError(f"{python} cannot report its build settings: {done.stderr.strip()}")
    info = PythonInfo(**json.loads(done.stdout))
    if not (Path(info.include_dir) / "Python.h").is_file():
        raise BuildError(
            f"Python.h is missing from {info.include_dir}: install the Python headers "
            f"(Debian/Ubuntu: apt-get install python{info.version}-dev)"
        )
    return info


def cmake_args(source: Path, build: Path, prefix: Path, python: PythonInfo) -> list[str]:
    """The cmake configure command line."""
    options = {
        **OPTIONS,
        "BUILD_LIST": ",".join(MODULES),
        "CMAKE_INSTALL_PREFIX": str(prefix),
        "PYTHON3_EXECUTABLE": python.executable,
        "PYTHON_INCLUDE_DIR": python.include_dir,
        "PYTHON_LIBRARY": python.library,
        "PYTHON3_NUMPY_INCLUDE_DIRS": python.numpy_include,
    }
    return ["cmake", "-S", str(source), "-B", str(build), "-G", "Ninja"] + [
        f"-D{key}={value}" for key, value in options.items()
    ]


def build_key(python: PythonInfo) -> str:
    """Changes whenever anything that goes into the build changes."""
    data = json.dumps([SDIST_SHA256, OPTIONS, MODULES, asdict(python)], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def sha256_of(path: Path) -> str:
    """The file's SHA-256, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_sdist(cache: Path, url: str = SDIST_URL, sha256: str = SDIST_SHA256) -> Path:
    """The pinned sdist in ``cache``, downloaded once and always checked."""
    path = cache / url.rsplit("/", 1)[-1]
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        _say(f"downloading {url}")
        try:
            with urllib.request.urlopen(url, timeout=60) as response, partial.open("wb") as f:
                shutil.copyfileobj(response, f, 1 << 20)
        except OSError as exc:
            raise BuildError(f"cannot download the OpenCV sources from {url}: {exc}") from exc
        partial.replace(path)
    actual = sha256_of(path)
    if actual != sha256:
        path.unlink()
        raise BuildError(
            f"{path.name} has SHA-256 {actual}, expected {sha256}: deleted it; run again"
        )
    return path


def extract_opencv(sdist: Path, dest: Path) -> Path:
    """Unpack only the ``opencv/`` source tree of the sdist; returns it."""
    top = sdist.name.removesuffix(".tar.gz")
    source = dest / top / "opencv"
    if (source / "CMakeLists.txt").is_file():
        return source
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(f"{top}/opencv/")]
        tar.extractall(dest, members=members, filter="data")
    return source


def build(work: Path, python: PythonInfo, jobs: int) -> Path:
    """Configure, compile and install; returns the folder that holds ``cv2/``."""
    prefix = work / "install"
    site = prefix / "python"
    stamp = prefix / "BUILD_KEY"
    key = build_key(python)
    if stamp.is_file() and stamp.read_text() == key and (site / "cv2").is_dir():
        _say(f"up to date: {site}")
        return site
    for tool in ("cmake", "ninja"):
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} is not installed: pip install cmake ninja")
    if shutil.which("c++") is None:
        raise BuildError("no C++ compiler: install one (Debian/Ubuntu: apt-get install g++)")
    source = extract_opencv(fetch_sdist(work / "download"), work / "src")
    build_dir = work / "build"
    shutil.rmtree(prefix, ignore_errors=True)
    _run(cmake_args(source, build_dir, prefix, python), "configure", build_dir / "configure.log")
    _run(["ninja", "-C", str(build_dir), f"-j{jobs}"], "compile", None)
    _run(["ninja", "-C", str(build_dir), "install"], "install", build_dir / "install.log")
    stamp.write_text(key)
    return site


def check(site: Path, python: str) -> dict[str, object]:
    """Import the built ``cv2`` in ``python``; its version, file and video backends."""
    script = (
        "import json, cv2\n"
        "print(json.dumps({'version': cv2.__version__, 'file': cv2.__file__,"
        " 'backends': [cv2.videoio_registry.getBackendName(b)"
        " for b in cv2.videoio_registry.getStreamBackends()"
        " if cv2.videoio_registry.hasBackend(b)]}))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [python, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise BuildError(f"the built cv2 does not import: {done.stderr.strip()}")
    result: dict[str, object] = json.loads(done.stdout)
    if not str(result["file"]).startswith(str(site.resolve())):
        raise BuildError(f"python imported another cv2: {result['file']}")
    return result


def tree_size(path: Path) -> int:
    """Bytes in the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _run(args: list[str], step: str, log: Path | None) -> None:
    _say(f"{step}: {' '.join(args[:4])} …")
    started = time.monotonic()
    if log is None:  # progress to stderr: stdout carries only the result, for $(...)
        done = subprocess.run(args, stdout=sys.stderr, check=False)
    else:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("w") as out:
            done = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode:
        where = f"; see {log}" if log else ""
        raise BuildError(f"OpenCV {step} failed (exit {done.returncode}){where}")
    _say(f"{step} took {time.monotonic() - started:.0f} s")


def _say(message: str) -> None:
    print(f"opencv-slim: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the slim OpenCV; print the folder holding ``cv2/``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("build/opencv-slim"))
    parser.add_argument("--python", default=sys.executable, help="the bundle's Python")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        python = query_python(args.python)
        site = build(args.work.resolve(), python, args.jobs)
        info = check(site, args.python)
    except BuildError as exc:
        print(f"opencv-slim: error: {exc}", file=sys.stderr)
        return 1
    _say(
        f"OpenCV {info['version']}, {tree_size(site / 'cv2') / 2**20:.1f} MiB, "
        f"video backends {info['backends']}, ready in {time.monotonic() - started:.0f} s"
    )
    print(site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
