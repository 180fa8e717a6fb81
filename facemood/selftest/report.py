"""Result types of the self-test and how they are printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class CheckStatus(StrEnum):
    """How one check ended."""

    PASSED = "passed"
    FAILED = "failed"
    """Something that should work did not: the self-test exits 1."""
    SKIPPED = "skipped"
    """Not possible here and not required (e.g. no VLC installed)."""
    WARNED = "warned"
    """Worked, with a caveat worth reading; does not fail the self-test."""


_MARKS = {
    CheckStatus.PASSED: "PASS",
    CheckStatus.FAILED: "FAIL",
    CheckStatus.SKIPPED: "SKIP",
    CheckStatus.WARNED: "WARN",
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check.

    Attributes:
        name: short id, e.g. ``"model"``.
        status: see :class:`CheckStatus`.
        summary: one line.
        details: more lines (per-photo results, the fix for a failure …).
        seconds: how long the check took.
        data: machine-readable facts for ``--json`` (timings, versions, counts).
    """

    name: str
    status: CheckStatus
    summary: str
    details: tuple[str, ...] = ()
    seconds: float = 0.0
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SelfTestReport:
    """All check results plus facts about the run.

    Attributes:
        results: in the order the checks ran.
        seconds: wall time of the whole self-test.
        facts: version, frozen or not, platform, timing of the first analysed frame …
    """

    results: tuple[CheckResult, ...]
    seconds: float
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no check failed (and at least one ran)."""
        return bool(self.results) and all(r.status is not CheckStatus.FAILED for r in self.results)

    def to_text(self) -> str:
        """The human-readable report."""
        lines = ["FaceMood self-test"]
        lines += [f"  {key}: {value}" for key, value in self.facts.items()]
        for result in self.results:
            lines.append(
                f"[{_MARKS[result.status]}] {result.name:<9} {result.summary} "
                f"({result.seconds:.2f} s)"
            )
            lines += [f"         {line}" for line in result.details]
        verdict = "all good" if self.ok else "FAILED"
        counts = ", ".join(
            f"{sum(r.status is s for r in self.results)} {s.value}"
            for s in CheckStatus
            if any(r.status is s for r in self.results)
        )
        lines.append(f"self-test {verdict}: {counts} in {self.seconds:.2f} s")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` document."""
        return {
            "ok": self.ok,
            "seconds": round(self.seconds, 3),
            "facts": self.facts,
            "checks": [
                {
                    "name": r.name,
                    "status": r.status.value,
                    "summary": r.summary,
                    "details": list(r.details),
                    "seconds": round(r.seconds, 3),
                    "data": r.data,
                }
                for r in self.results
            ],
        }
