"""The ``facemood`` command line: a small registry that each area adds its subcommands to.

An area registers a subcommand by defining ``facemood/<area>/commands.py`` with
functions decorated by :func:`command`. :func:`main` discovers those modules, so
adding a subcommand never means editing a central switch. Heavy imports (TensorFlow,
OpenCV, Qt) belong inside the command functions, so ``--help`` stays fast.

Exit status of every subcommand: :data:`EXIT_OK` on success, :data:`EXIT_FAILURE` when
the work could not be done, :data:`EXIT_USAGE` for a usage error (argparse's own errors
and the option types below included). Errors go to stderr as ``facemood <command>: …``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import facemood

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

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


def count(minimum: int) -> Callable[[str], int]:
    """An argparse ``type``: an integer of at least ``minimum`` (else a usage error)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return parse


def number(minimum: float, maximum: float = float("inf")) -> Callable[[str], float]:
    """An argparse ``type``: a number from ``minimum`` to ``maximum`` (else a usage error)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not minimum <= value <= maximum:  # also refuses nan
            wanted = f"at most {maximum:g}" if value > maximum else f"at least {minimum:g}"
            raise argparse.ArgumentTypeError(f"must be {wanted}, not {text}")
        return value

    return parse


def non_empty(text: str) -> str:
    """An argparse ``type``: text that is not empty or blank (else a usage error)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


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
    run: Run = getattr(args, "_run", None) or _REGISTRY["gui"].run
    try:
        return run(args)
    except BrokenPipeError:
        # The reader of the output went away (``facemood library scan | head``): stop
        # quietly; stdout goes to devnull so Python's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
