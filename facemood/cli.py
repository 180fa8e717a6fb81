"""The ``facemood`` command line: a small registry that each area adds its subcommands to.

An area registers a subcommand by defining ``facemood/<area>/commands.py`` with
functions decorated by :func:`command`. :func:`main` discovers those modules, so
adding a subcommand never means editing a central switch. Heavy imports (TensorFlow,
OpenCV, Qt) belong inside the command functions, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import facemood

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """A registered subcommand."""

    name: str
    help: str
    configure: Configure
    run: Run


_REGISTRY: dict[str, Command] = {}


def command(name: str, help: str, configure: Configure | None = None) -> Callable[[Run], Run]:
    """Register the decorated function as subcommand ``name``.

    Args:
        name: the subcommand word, e.g. ``"analyze"``.
        help: one line shown by ``facemood --help``.
        configure: adds the subcommand's arguments to its parser.
    """

    def register(run: Run) -> Run:
        if name in _REGISTRY:
            raise ValueError(f"subcommand {name!r} registered twice")
        _REGISTRY[name] = Command(name, help, configure or (lambda _parser: None), run)
        return run

    return register


def _discover() -> None:
    """Import every ``facemood.<area>.commands`` module so it can register itself."""
    for area in pkgutil.iter_modules(facemood.__path__, prefix="facemood."):
        if area.ispkg:
            try:
                importlib.import_module(f"{area.name}.commands")
            except ModuleNotFoundError as exc:
                if exc.name != f"{area.name}.commands":
                    raise


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every discovered subcommand."""
    _discover()
    parser = argparse.ArgumentParser(
        prog="facemood",
        description="Plays music from your own library that fits the mood your face shows. "
        "With no subcommand, opens the app window.",
    )
    parser.add_argument("--version", action="version", version=f"facemood {facemood.__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the model, sample photos, demo library and audio, then exit (0 = all good)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in sorted(_REGISTRY.values(), key=lambda c: c.name):
        sub = subparsers.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.configure(sub)
        sub.set_defaults(_run=cmd.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen subcommand; no subcommand opens the GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        return _REGISTRY["self-test"].run(args)
    run: Run | None = getattr(args, "_run", None)
    if run is None:
        return _REGISTRY["gui"].run(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
