"""The modules build.spec leaves out are not needed: the app works with them blocked.

A fast stand-in for building the bundle: a subprocess blocks every module in
``EXCLUDED_MODULES`` (as if it were missing from the bundle), then runs the self-test's
Qt check (window modules, pyqtgraph plot, image formats) and the library and playback
checks. An exclusion that breaks the app fails here in seconds instead of in the frozen app.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import hashlib
    import importlib.abc
    import sys

    sys.path.insert(0, {packaging!r})
    import bundle_rules

    EXCLUDED = bundle_rules.EXCLUDED_MODULES


    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if any(name == e or name.startswith(e + ".") for e in EXCLUDED):
                raise ModuleNotFoundError(f"No module named {{name!r}} (excluded)", name=name)
            return None


    sys.meta_path.insert(0, Block())
    for name in [m for m in sys.modules if m.split(".")[0] in ("hashlib", "_hashlib", "ssl")]:
        del sys.modules[name]
    import hashlib  # without _hashlib: Python's own SHA-256

    digest = hashlib.sha256(b"facemood").hexdigest()
    assert digest.startswith("2330d409b88b"), digest
    assert "_hashlib" not in sys.modules

    from facemood.selftest.checks import SelfTestOptions, check_library, check_playback
    from facemood.selftest.qt import check_qt

    options = SelfTestOptions()
    failed = False
    qt = check_qt(options.samples_dir)
    library = check_library(options)
    results = [qt, library, check_playback(options, library.data.get("first"))]
    for result in results:
        print(result.name, result.status.value, result.summary, *result.details, sep=" | ")
        failed |= result.status.value == "failed"
    sys.exit(1 if failed else 0)
    """
)


def test_app_works_without_the_excluded_modules(tmp_path: Path) -> None:
    script = tmp_path / "blocked.py"
    script.write_text(SCRIPT.format(packaging=str(ROOT / "packaging")))
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
