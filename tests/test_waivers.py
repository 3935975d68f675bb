"""Waivers in a document: reasoned, expiring, never hiding a finding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import load_policy
from tests.conftest import Run

Write = Callable[[str, str], Path]

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
        "two rules, single quotes",
        "<!-- spec-gate: waive a11y-signoff,a11y-review reason='prototype behind a flag' until=2027-01-10 -->",
        [
            ("a11y-review", "error", 1, "prototype behind a flag"),
            ("a11y-signoff", "error", 1, "prototype behind a flag"),
        ],
    ),
    (
        "no end date waives nothing",
        "<!-- spec-gate: waive a11y-signoff reason='prototype behind a flag' -->",
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "an end date past max_days (90) waives nothing",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=2099-01-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "exactly 90 days ahead still waives",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=2027-02-21 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-42")],
    ),
    (
        "a one-letter reason is no reason",
        '<!-- spec-gate: waive a11y-signoff reason="x" until=2026-12-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-reason", "error", 3, None),
        ],
    ),
    (
        "a one-word reason is no reason",
        '<!-- spec-gate: waive a11y-signoff reason="because" until=2026-12-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-reason", "error", 3, None),
        ],
    ),
    (
        "a placeholder reason is no reason",
        '<!-- spec-gate: waive a11y-signoff reason="TBD" until=2026-12-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-reason", "error", 3, None),
        ],
    ),
    (
        "waive * is refused unless the config allows it",
        '<!-- spec-gate: waive * reason="because we are shipping a hotfix" until=2026-12-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
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
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=2026-01-31 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-expired", "warning", 3, None),
        ],
    ),
    (
        "the last day still waives",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=2026-11-23 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-42")],
    ),
    (
        "a bad date",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42" until=soon -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "an unknown rule is named",
        '<!-- spec-gate: waive a11y-sign reason="hotfix for INC-42" until=2026-12-01 -->',
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


def test_the_config_sets_how_far_ahead_and_whether_star_is_allowed(write: Write) -> None:
    config = write(".spec-gate.yml", "waivers: {max_days: 400}\n")
    with pytest.raises(
        SpecGateError,
        match=r"\.spec-gate\.yml:1: max_days: Input should be less than or equal to 366",
    ):
        load_policy(config)
    config = write(".spec-gate.yml", "waivers: {max_days: 14, allow_all: true}\n")
    engine = Engine(load_policy(config), today=date(2026, 11, 23))

    def findings(waiver: str) -> list[tuple[str, str | None]]:
        result = engine.check(Source("s.md", SPEC_WITHOUT_SIGNOFF + waiver, None, "spec"))
        assert result is not None
        return [(f.rule, f.waived) for f in result.findings if f.rule != "who-affected"]

    star = '<!-- spec-gate: waive * reason="the incident review is booked" until=2026-12-07 -->'
    assert findings(star) == [
        ("a11y-review", "the incident review is booked"),
        ("a11y-signoff", "the incident review is booked"),
    ]
    too_far = star.replace("2026-12-07", "2026-12-08")
    [(rule, _), *_] = [f for f in findings(too_far) if f[0].startswith("waiver")]
    assert rule == "waiver-invalid"


def test_each_problem_names_the_part_to_fix() -> None:
    def message(waiver: str) -> str:
        result = ENGINE.check(Source("s.md", waiver, None, "spec"))
        assert result is not None
        return next(f.message for f in result.findings if f.rule.startswith("waiver"))

    assert "has no end date" in message('<!-- spec-gate: waive a11y-signoff reason="a b c" -->')
    assert "more than 90 days ahead (waivers.max_days)" in message(
        '<!-- spec-gate: waive a11y-signoff reason="a b c" until=2099-01-01 -->'
    )
    assert "set until= on or before 2027-02-21" in message(
        '<!-- spec-gate: waive a11y-signoff reason="a b c" until=2099-01-01 -->'
    )
    assert "('x' is not one)" in message(
        '<!-- spec-gate: waive a11y-signoff reason="x" until=2026-12-01 -->'
    )
    assert "waivers.allow_all" in message(
        '<!-- spec-gate: waive * reason="a b c" until=2026-12-01 -->'
    )


@pytest.mark.parametrize(
    "rule", ["waiver-reason", "waiver-invalid", "waiver-expired", "waiver-unknown-rule"]
)
def test_explain_covers_the_waiver_rules(cli: Callable[..., Run], rule: str) -> None:
    explained = cli("explain", rule)
    assert explained.code == 0
    assert explained.out.startswith(f"{rule}: rule set spec-gate, ")
    assert "until= at most 90 days ahead; waive * not allowed" in explained.out
    assert 'reason="hotfix for INC-42, review booked"' in explained.out


def test_a_waived_document_is_never_reported_as_passing_cleanly(
    cli: Callable[..., Run], write: Write
) -> None:
    until = (date.today() + timedelta(days=30)).isoformat()
    why = "## Why\nRiders lose their basket in tunnels on the train, and some pay twice.\n\n"
    who = "**Who is affected:** riders on trains.\n"
    write("good.md", why + who)
    waiver = f'<!-- spec-gate: waive why-section reason="prototype behind a flag" until={until} -->'
    write("waived.md", f"{waiver}\n\n{who}")
    result = cli("check", "--kind", "pr", "good.md", "waived.md")
    assert result.code == 0
    assert result.out.splitlines()[-1] == (
        "2 documents checked: 0 errors, 0 warnings, 1 waived; 1 passed cleanly, "
        "1 passed only by a waiver."
    )
