#!/usr/bin/env python3
"""Rules no linter knows, run by ``make lint``: the layers of ``docs/architecture.md``.

* The lower layers (``core``, ``vision``, ``library``, ``playback``, ``audio``) import
  none of the upper ones (``facemood.settings``, ``facemood.app``, ``facemood.gui``,
  ``facemood.bridge``, ``facemood.headless``, ``facemood.cli``) and no Qt: they take
  their own parameter objects, which ``facemood/app/compose.py`` builds from the
  settings, and report through return values and callbacks.
* ``audio`` does not import ``library`` (the library imports the audio analysis).
* ``core`` does no file I/O: no ``open()``, no ``Path.read_text``/``write_text``/``mkdir``
  and the like, no file modules (``shutil``, ``tempfile``, ``sqlite3``, ``facemood.files``).

* Test files (``tests/**/test_*.py``) do not ``time.sleep(``: they wait for a signal or a
  condition (``qtbot.waitSignal``/``waitUntil``, ``tests/helpers/waiting.py``).

Relative imports are resolved, and imports inside functions count too.

    python scripts/project_checks.py [ROOT]    (exit 1 and one line per breach)
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LOWER = ("core", "vision", "library", "playback", "audio")
UPPER = (
    "facemood.settings",
    "facemood.app",
    "facemood.gui",
    "facemood.bridge",
    "facemood.headless",
    "facemood.cli",
    "PySide6",
    "pyqtgraph",
)
FILE_MODULES = ("shutil", "tempfile", "sqlite3", "facemood.files")
FILE_METHODS = frozenset(
    {
        "read_text",
        "write_text",
        "read_bytes",
        "write_bytes",
        "mkdir",
        "makedirs",
        "touch",
        "unlink",
        "rmdir",
        "rename",
        "symlink_to",
    }
)


@dataclass(frozen=True)
class Rule:
    """Modules under ``folder`` must not import anything under ``banned``."""

    folder: str
    banned: tuple[str, ...]
    why: str


RULES = [
    *(
        Rule(
            f"facemood/{layer}",
            UPPER,
            "lower layers import no settings, app, gui, bridge, headless, cli or Qt "
            "(facemood/app/compose.py adapts the settings; see docs/architecture.md)",
        )
        for layer in LOWER
    ),
    Rule(
        "facemood/audio",
        ("facemood.library",),
        "audio does not import library (library/audio_moods.py imports audio)",
    ),
    Rule(
        "facemood/core",
        FILE_MODULES,
        "core does no file I/O (facemood/app keeps the files, e.g. app/feedback.py)",
    ),
]


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every import, relative ones resolved against ``module``."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                parent = parent[: len(parent) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _file_calls(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, what) for each call that reads or writes files."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            yield node.lineno, "open()"
        elif isinstance(func, ast.Attribute) and (
            func.attr in FILE_METHODS or (func.attr == "open" and isinstance(func.value, ast.Name))
        ):
            yield node.lineno, f".{func.attr}()"


def _under(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


def breaches(root: Path) -> list[str]:
    """``path:line: message`` for each import or file call that breaks a layer rule."""
    found = []
    for rule in RULES:
        for path in sorted((root / rule.folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            module = _module_name(root, path)
            where = path.relative_to(root)
            reported = set()
            for line, name in _imports(tree, module, path.name == "__init__.py"):
                if _under(name, rule.banned) and line not in reported:
                    reported.add(line)
                    found.append(f"{where}:{line}: imports {name}; {rule.why}")
            if rule.banned is FILE_MODULES:
                found += [f"{where}:{line}: {what}; {rule.why}" for line, what in _file_calls(tree)]
    return found


def sleeps(root: Path) -> list[str]:
    """``path:line: message`` for each ``time.sleep(...)`` call in a test file."""
    found = []
    for path in sorted((root / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "sleep"
                and isinstance(func.value, ast.Name)
                and func.value.id == "time"
            ):
                found.append(
                    f"{path.relative_to(root)}:{node.lineno}: time.sleep in a test; wait for "
                    "a signal or a condition (qtbot.waitUntil, tests/helpers/waiting.py)"
                )
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    problems = breaches(root) + sleeps(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
