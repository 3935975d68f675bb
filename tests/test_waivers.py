"""Waivers in a document: reasoned, expiring, never hiding a finding."""

from __future__ import annotations

from datetime import date

import pytest

from spec_gate.engine import Engine, Source
from spec_gate.ruleset.load import load_policy

ENGINE = Engine(load_policy(None), today=date(2026, 11, 23))
SPEC_WITHOUT_SIGNOFF = "## Why\nRiders lose their basket in tunnels on the train each day.\n"


def run(waiver: str) -> list[tuple[str, str, int, str | None]]:
    result = ENGINE.check(Source("s.md", SPEC_WITHOUT_SIGNOFF + waiver + "\n", None, "spec"))
    assert result is not None
    return [
        (f.rule, f.severity.value, f.line, f.waived)
        for f in result.findings
        if f.rule in ("a11y-signoff", "a11y-review") or f.ruleset == "spec-gate"
    ]


CASES = [
    (
        "reason and future date",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=2026-12-31 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-42")],
    ),
    (
        "two rules, single quotes, no expiry",
        "<!-- spec-gate: waive a11y-signoff,a11y-review reason='prototype behind a flag' -->",
        [
            ("a11y-review", "error", 1, "prototype behind a flag"),
            ("a11y-signoff", "error", 1, "prototype behind a flag"),
        ],
    ),
    (
        "no reason is itself an error and waives nothing",
        "<!-- spec-gate: waive a11y-signoff -->",
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-reason", "error", 3, None),
        ],
    ),
    (
        "an empty reason is no reason",
        '<!-- spec-gate: waive a11y-signoff reason="" -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-reason", "error", 3, None),
        ],
    ),
    (
        "expired stops waiving and says so",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix" until=2026-01-31 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-expired", "warning", 3, None),
        ],
    ),
    (
        "the last day still waives",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix" until=2026-11-23 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix")],
    ),
    (
        "a bad date",
        '<!-- spec-gate: waive a11y-signoff reason="x" until=soon -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "an unknown rule is named",
        '<!-- spec-gate: waive a11y-sign reason="x" -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-unknown-rule", "warning", 3, None),
        ],
    ),
    (
        "a waiver shown in a code example is not a waiver",
        '```\n<!-- spec-gate: waive a11y-signoff reason="x" -->\n```',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, None)],
    ),
]


@pytest.mark.parametrize(("name", "waiver", "expected"), CASES, ids=[c[0] for c in CASES])
def test_waivers(name: str, waiver: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert run(waiver) == expected


def test_waiver_messages_explain_themselves() -> None:
    result = ENGINE.check(Source("s.md", "<!-- spec-gate: waive a11y-signoff -->\n", None, "spec"))
    assert result is not None
    [problem] = [f for f in result.findings if f.rule == "waiver-reason"]
    assert problem.message.startswith(
        "The waiver of a11y-signoff gives no reason, so it waives nothing."
    )
    assert 'reason="why it is safe now"' in problem.message
