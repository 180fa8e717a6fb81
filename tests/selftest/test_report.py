"""The self-test report: its verdict, text and JSON."""

from __future__ import annotations

from facemood.selftest.report import CheckResult, CheckStatus, SelfTestReport


def report(*statuses: CheckStatus) -> SelfTestReport:
    results = tuple(
        CheckResult(f"c{i}", status, f"summary {i}", ("detail",), 0.5)
        for i, status in enumerate(statuses)
    )
    return SelfTestReport(results, 1.0, {"frozen": False})


def test_skipped_and_warned_checks_do_not_fail() -> None:
    assert report(CheckStatus.PASSED, CheckStatus.SKIPPED, CheckStatus.WARNED).ok


def test_one_failure_fails() -> None:
    assert not report(CheckStatus.PASSED, CheckStatus.FAILED).ok


def test_no_checks_is_not_ok() -> None:
    assert not report().ok


def test_text_and_json() -> None:
    r = report(CheckStatus.PASSED, CheckStatus.FAILED)
    text = r.to_text()
    assert "[PASS] c0" in text and "[FAIL] c1" in text
    assert text.splitlines()[-1] == "self-test FAILED: 1 passed, 1 failed in 1.00 s"
    doc = r.to_json()
    assert doc["ok"] is False
    assert [c["status"] for c in doc["checks"]] == ["passed", "failed"]
    assert doc["facts"] == {"frozen": False}
