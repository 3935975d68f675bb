"""Waivers in a document: reasoned, expiring, never hiding a finding."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from spec_gate.commands import init
from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.findings import Finding
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind
from tests.conftest import Run

Write = Callable[[str, str], Path]

ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date(2026, 11, 23))
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
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=2026-12-31 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-7731")],
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
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=2099-01-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "exactly 90 days ahead still waives",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=2027-02-21 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-7731")],
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
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=2026-01-31 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-expired", "warning", 3, None),
        ],
    ),
    (
        "the last day still waives",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=2026-11-23 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-7731")],
    ),
    (
        "a bad date",
        '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-7731" until=soon -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
        ],
    ),
    (
        "an unknown rule is named",
        '<!-- spec-gate: waive a11y-sign reason="hotfix for INC-7731" until=2026-12-01 -->',
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-unknown-rule", "warning", 3, None),
        ],
    ),
    (
        "written without the colon, still a waiver",
        '<!-- spec-gate waive a11y-signoff reason="hotfix for INC-7731" until=2026-12-31 -->',
        [("a11y-review", "error", 1, None), ("a11y-signoff", "error", 1, "hotfix for INC-7731")],
    ),
    (
        "a reason not in quotes waives nothing, and is not read as rules",
        "<!-- spec-gate: waive a11y-signoff reason=launch demo on Friday until=2026-12-31 -->",
        [
            ("a11y-review", "error", 1, None),
            ("a11y-signoff", "error", 1, None),
            ("waiver-invalid", "error", 3, None),
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

    assert "has no end date" in message(
        '<!-- spec-gate: waive a11y-signoff reason="search index rebuild pending" -->'
    )
    assert "more than 90 days ahead (waivers.max_days)" in message(
        '<!-- spec-gate: waive a11y-signoff reason="search index rebuild pending" until=2099-01-01 -->'
    )
    assert "set until= on or before 2027-02-21" in message(
        '<!-- spec-gate: waive a11y-signoff reason="search index rebuild pending" until=2099-01-01 -->'
    )
    assert "('x' is not one)" in message(
        '<!-- spec-gate: waive a11y-signoff reason="x" until=2026-12-01 -->'
    )
    assert (
        "The waiver's reason has words after it that are not in quotes: write "
        'reason="launch demo on Friday".'
    ) in message(
        "<!-- spec-gate: waive a11y-signoff reason=launch demo on Friday until=2026-12-01 -->"
    )
    assert "waivers.allow_all" in message(
        '<!-- spec-gate: waive * reason="search index rebuild pending" until=2026-12-01 -->'
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


def test_no_format_calls_a_document_passed_only_by_a_waiver_a_pass(
    cli: Callable[..., Run], write: Write
) -> None:
    """The status line every channel shows (the action's status and comment, Markdown) says
    it passed only by a waiver, not "all checks pass"; `--format github` keeps the waived
    finding, as a notice that says so."""
    until = (date.today() + timedelta(days=30)).isoformat()
    waiver = f'<!-- spec-gate: waive why-section reason="prototype behind a flag" until={until} -->'
    write("waived.md", f"{waiver}\n\n**Who is affected:** riders on trains.\n")
    markdown = cli("check", "--kind", "pr", "--format", "markdown", "waived.md")
    assert "🔖 spec-gate: passed only by a waiver: 1 waived" in markdown.out
    assert "all checks pass" not in markdown.out
    github = cli("check", "--kind", "pr", "--format", "github", "waived.md")
    assert github.out.startswith(
        "::notice file=waived.md,line=1,title=spec-gate why-section (waived)::"
    )
    assert "(waived: prototype behind a flag)" in github.out


# --- What a hurried author writes instead of a waiver's reason, under the config `init` writes.


@pytest.fixture(scope="module")
def init_policy(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    root = tmp_path_factory.mktemp("repo")
    (root / ".git").mkdir()
    assert init.run(root, False, io.StringIO()) == 0
    return load_policy(root / ".spec-gate.yml")


def init_engine(policy: Policy, **context: Any) -> Engine:
    return Engine(policy, today=date(2026, 11, 23), **context)


def waiver_findings(engine: Engine, text: str, kind: str = "spec") -> dict[str, Finding]:
    result = engine.check(Source("s.md", text, "docs/specs/s.md", Kind(kind)))
    assert result is not None
    return {f.rule: f for f in result.findings}


def signoff_waived_because(policy: Policy, reason: str) -> dict[str, Finding]:
    """The findings of a spec without a sign-off that waives a11y-signoff for ``reason``."""
    waiver = f'<!-- spec-gate: waive a11y-signoff reason="{reason}" until=2026-12-01 -->\n'
    return waiver_findings(init_engine(policy), SPEC_WITHOUT_SIGNOFF + waiver)


HOLLOW_REASONS = [
    ("a reason any waiver could give", "waiving per discussion with team"),
    ("agreement, in other words", "Temporary exception, agreed with the team."),
    ("a promise to look later", "ok per review, will follow up later"),
    ("a risk call and a promise", "low risk imo, will revisit next sprint"),
    ("pressure from above", "Leadership wants it out before the deadline, please approve"),
    (
        "many words, all of them process",
        "Per the sync with stakeholders this is acceptable for now",
    ),
    (
        "contractions and possessives are read",
        "as per leadership's call this sprint, we'll sort it",
    ),
    ("the help's own placeholder", "why it is safe now"),
    ("the design's example", "hotfix for INC-42"),
    ("the README's example", "Hotfix for INC-42, review booked."),
    ("only a hurry", "must go live quickly"),
    ("only a hurry, in other words", "urgent: the launch deadline is close"),
    ("a day to meet, and who wants it", "ship before Friday, marketing needs it"),
    ("an escalation, and when", "customer escalation, CEO wants it today"),
]


@pytest.mark.parametrize(("name", "reason"), HOLLOW_REASONS, ids=[c[0] for c in HOLLOW_REASONS])
def test_a_hollow_reason_waives_nothing(init_policy: Policy, name: str, reason: str) -> None:
    found = signoff_waived_because(init_policy, reason)
    assert found["waiver-reason"].severity.value == "error"
    assert found["a11y-signoff"].counts


OWN_REASONS = [
    ("an incident and what is booked", "checkout hotfix for INC-7731; Maria reviews it Monday"),
    ("what limits the risk", "prototype behind a staff-only flag"),
    ("why it does not apply, no names or numbers", "typo fix in the footer text"),
    ("where it runs", "internal admin page behind SSO"),
    ("in the team's own language", "prototipo detrás de una bandera solo para el personal"),
    ("a hurry, and what limits the risk", "ships dark behind a flag until the audit on 3 May"),
]


@pytest.mark.parametrize(("name", "reason"), OWN_REASONS, ids=[c[0] for c in OWN_REASONS])
def test_a_reason_in_the_authors_words_waives(init_policy: Policy, name: str, reason: str) -> None:
    found = signoff_waived_because(init_policy, reason)
    assert not any(rule.startswith("waiver") for rule in found)
    assert found["a11y-signoff"].waived == reason


def every_spec_rule(policy: Policy) -> list[str]:
    profile = policy.profile_for("docs/specs/s.md", Kind.SPEC)
    assert profile is not None
    return sorted(a.rule.id for a in profile.rules)


def test_naming_every_rule_of_the_document_is_waive_star(init_policy: Policy) -> None:
    rules = every_spec_rule(init_policy)
    assert len(rules) >= 3
    reason = 'reason="prototype behind a staff-only flag" until=2026-12-01'
    listed = f"<!-- spec-gate: waive {','.join(rules)} {reason} -->\n"
    split = "".join(f"<!-- spec-gate: waive {rule} {reason} -->\n" for rule in rules)
    for waivers_text in (listed, split):
        found = waiver_findings(init_engine(init_policy), SPEC_WITHOUT_SIGNOFF + waivers_text)
        assert "like waive *" in found["waiver-invalid"].message
        assert all(f.counts for f in found.values())
    some = f"<!-- spec-gate: waive {','.join(rules[:-1])} {reason} -->\n"
    found = waiver_findings(init_engine(init_policy), SPEC_WITHOUT_SIGNOFF + some)
    assert "waiver-invalid" not in found


def test_naming_every_rule_waives_where_star_is_allowed(write: Write) -> None:
    config = write(".spec-gate.yml", "waivers: {allow_all: true}\n")
    policy = load_policy(config)
    rules = every_spec_rule(policy)
    text = (
        f"{SPEC_WITHOUT_SIGNOFF}<!-- spec-gate: waive {','.join(rules)} "
        'reason="prototype behind a staff-only flag" until=2026-12-01 -->\n'
    )
    found = waiver_findings(init_engine(policy), text)
    assert "waiver-invalid" not in found
    assert found["a11y-signoff"].waived


RENEWAL = (
    '<!-- spec-gate: waive a11y-signoff reason="prototype behind a staff-only flag" until={} -->'
)


def history(*ends: str) -> Callable[[str], list[tuple[date, str]]]:
    """A document's history of waivers: each end date, added a month apart."""
    added = [(date(2026, 2 + i, 1), RENEWAL.format(end)) for i, end in enumerate(ends)]
    return lambda relative: added if relative == "docs/specs/s.md" else []


@pytest.mark.parametrize(
    ("config", "earlier", "counts"),
    [
        ("", (), True),  # the first waiver
        ("", ("2026-03-01",), True),  # renewed once: the default allows it
        ("", ("2026-03-01", "2026-06-01"), False),  # renewed again as it ran out
        ("", ("2026-03-01", "2026-12-01"), True),  # the same waiver committed: no renewal
        ("", ("2027-01-01", "2027-02-01"), True),  # shortened, not renewed
        ("waivers: {max_renewals: 0}\n", ("2026-03-01",), False),
        ("waivers: {max_renewals: 2}\n", ("2026-03-01", "2026-06-01"), True),
    ],
)
def test_a_waiver_renewed_more_often_than_allowed_waives_nothing(
    write: Write, config: str, earlier: tuple[str, ...], counts: bool
) -> None:
    policy = load_policy(write(".spec-gate.yml", config or "fail_on: error\n"))
    engine = init_engine(policy, waiver_history=history(*earlier))
    text = SPEC_WITHOUT_SIGNOFF + RENEWAL.format("2026-12-01") + "\n"
    found = waiver_findings(engine, text)
    assert found["a11y-signoff"].counts is not counts
    if not counts:
        message = found["waiver-invalid"].message
        assert "renews it for the" in message
        assert f"on 2026-02-01 until {earlier[0]}" in message


BODY = (
    "Bumps the payment SDK to 4.2.\n\n"
    '<!-- spec-gate: waive why-section reason="security patch for CVE-2026-1234" '
    "until=2026-12-01 -->\n"
)


@pytest.mark.parametrize(
    ("kind", "approval", "waived", "note"),
    [
        ("pr", None, True, ("info", "counts here unverified")),
        ("pr", False, False, ("warning", "once someone other than its author approves")),
        ("pr", True, True, None),
        ("ticket", False, False, ("warning", "waiver label (waivers.labels")),
    ],
)
def test_a_waiver_in_a_description_needs_someone_else_to_approve(
    init_policy: Policy,
    kind: str,
    approval: bool | None,
    waived: bool,
    note: tuple[str, str] | None,
) -> None:
    engine = init_engine(init_policy, waiver_approval=approval)
    result = engine.check(Source(f"{kind}#2", BODY, None, Kind(kind)))
    assert result is not None
    found = {f.rule: f for f in result.findings}
    assert (found["why-section"].waived is not None) is waived
    if note is None:
        assert "waiver-unapproved" not in found
    else:
        severity, words = note
        assert found["waiver-unapproved"].severity.value == severity
        assert words in found["waiver-unapproved"].message


SPEC_IN_GERMAN = (
    "## Warum\n\nBlinde Fahrgäste brauchen heute elf Bildschirme, um ein Kurzstreckenticket "
    "zu kaufen, und bitten am Automaten fremde Menschen um Hilfe.\n\n"
)
REASONS_IN_GERMAN = [
    ("an exception agreed", "Ausnahme, mit dem Team abgestimmt", False),
    ("as discussed", "wie mit dem Team besprochen", False),
    (
        "what limits the risk",
        "Prototyp hinter einem Feature-Flag, nur für Mitarbeitende sichtbar",
        True,
    ),
    ("what is booked", "Die Ansage kommt erst mit Release 4.2 im Januar, Ticket BVG-88", True),
    ("only a hurry", "Wir müssen schnell live gehen", False),
]


@pytest.mark.parametrize(
    ("name", "reason", "waives"), REASONS_IN_GERMAN, ids=[c[0] for c in REASONS_IN_GERMAN]
)
def test_a_reason_is_weighed_in_the_documents_language(
    init_policy: Policy, name: str, reason: str, waives: bool
) -> None:
    """A German team's "wie mit dem Team besprochen" is the hollow reason "as discussed with
    the team" is; what limits the risk, in German, is the author's own."""
    waiver = f'<!-- spec-gate: waive a11y-signoff reason="{reason}" until=2026-12-01 -->\n'
    found = waiver_findings(init_engine(init_policy), SPEC_IN_GERMAN + waiver)
    assert ("waiver-reason" not in found) is waives
    assert found["a11y-signoff"].counts is not waives


REASONS_IN_THEIR_OWN_LANGUAGE = [
    # in an English spec, a reason is also read in the language it is written in
    ("German, as discussed", "wie mit dem Team besprochen, vorübergehende Ausnahme", False),
    ("Spanish, agreed", "excepción temporal, acordada con el equipo", False),
    ("Dutch, agreed", "tijdelijke uitzondering, afgesproken met het team", False),
    ("Spanish, what is booked", "hotfix para INC-42; María revisa el banner el lunes", True),
    # ...and where words are not spaced, by the characters that are the author's own
    (
        "Japanese, what is booked",
        "金曜日が法務の期限です。月曜日にマリアさんがバナーをレビューします",
        True,
    ),
    ("Chinese, what is booked", "周五是法务截止日期，周一玛丽亚审查横幅", True),
    (
        "Korean, what is booked",
        "금요일이 법무 마감입니다. 월요일에 마리아가 배너를 검토합니다",
        True,
    ),
    ("Japanese, agreed", "チームと合意済みの一時的な例外です", False),
    ("Chinese, agreed", "与团队商定的临时例外", False),
    ("Japanese, only a hurry", "急いでリリースする必要があります", False),
]


@pytest.mark.parametrize(
    ("name", "reason", "waives"),
    REASONS_IN_THEIR_OWN_LANGUAGE,
    ids=[c[0] for c in REASONS_IN_THEIR_OWN_LANGUAGE],
)
def test_a_reason_is_weighed_in_its_own_language(
    init_policy: Policy, name: str, reason: str, waives: bool
) -> None:
    found = signoff_waived_because(init_policy, reason)
    assert ("waiver-reason" not in found) is waives
    assert found["a11y-signoff"].counts is not waives


def test_a_mistyped_rule_is_named_with_the_one_meant() -> None:
    waiver = '<!-- spec-gate: waive a11y-sign-off reason="hotfix for INC-7731" until=2026-12-01 -->'
    result = ENGINE.check(Source("s.md", SPEC_WITHOUT_SIGNOFF + waiver + "\n", None, "spec"))
    assert result is not None
    [unknown] = [f for f in result.findings if f.rule == "waiver-unknown-rule"]
    assert unknown.message.endswith("did you mean 'a11y-signoff'?")
