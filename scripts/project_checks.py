#!/usr/bin/env python3
"""Rules no linter knows, run by ``make lint``.

* The Qt-free core does not depend on the settings: nothing under ``facemood/core/`` or
  ``facemood/vision/`` imports ``facemood.settings``; they take their own parameter
  objects, which ``facemood/app/compose.py`` builds from the settings.

    python scripts/project_checks.py [ROOT]    (exit 1 and one line per breach)
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

SETTINGS_FREE = ("facemood/core", "facemood/vision")
BANNED = "facemood.settings"


def _imports(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def breaches(root: Path) -> list[str]:
    """``path:line: message`` for each import of the settings where it is banned."""
    found = []
    for folder in SETTINGS_FREE:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for line, name in _imports(tree):
                if name == BANNED or name.startswith(BANNED + "."):
                    found.append(
                        f"{path.relative_to(root)}:{line}: imports {name}; core and vision "
                        "take parameter objects (facemood/app/compose.py adapts the settings)"
                    )
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    problems = breaches(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
