"""Sign-offs that mean something (a README section): a rule set may name who can sign off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from spec_gate.engine import Engine, Source
from spec_gate.findings import Signoff
from spec_gate.ruleset.load import load_policy
from tests.conftest import Run

Write = Callable[[str, str], Path]
Cli = Callable[..., Run]

RULESET = """
name: a11y-team
kinds: [spec]
signoff: {reviewers: ["@maria-a11y", "@Sam"]}
rules:
  - id: a11y-signoff
    message: The accessibility review has no sign-off.
    check:
      any:
        - checkbox: {text: "accessibility.*sign", checked: true}
        - frontmatter: {field: accessibility_signoff.reviewer, pattern: "^@"}
"""


@pytest.fixture
def engine(write: Write) -> Engine:
    write("a11y.yml", RULESET)
    config = write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['*.md']\n    rulesets: [./a11y.yml]\n",
    )
    return Engine(load_policy(config), today=date.today())


CASES = [
    (
        "listed reviewer in the box",
        "# S\n- [x] Accessibility review signed off by @maria-a11y\n",
        [],
        [Signoff("a11y-signoff", "@maria-a11y", 2, listed=True)],
    ),
    (
        "listed reviewer, any case, in front matter",
        "---\naccessibility_signoff: {reviewer: '@sam'}\n---\n# S\n",
        [],
        [Signoff("a11y-signoff", "@sam", 1, listed=True)],
    ),
    (
        "someone not on the list",
        "# S\n- [x] Accessibility review signed off by @intern\n",
        [(2, "@intern is not on the rule set's reviewers list (@maria-a11y, @Sam)")],
        [],
    ),
    (
        "a tick that names nobody",
        "# S\n- [x] Accessibility review signed off\n",
        [(2, "the sign-off names no reviewer; it must name one of @maria-a11y, @Sam")],
        [],
    ),
    ("no sign-off at all", "# S\n", [(1, "")], []),
]


@pytest.mark.parametrize(("name", "text", "findings", "signoffs"), CASES, ids=[c[0] for c in CASES])
def test_reviewer_list(
    engine: Engine, name: str, text: str, findings: list[tuple[int, str]], signoffs: list[Signoff]
) -> None:
    result = engine.check(Source("s.md", text, "s.md"))
    assert result is not None
    assert [(f.line, f.detail) for f in result.findings] == findings
    assert list(result.signoffs) == signoffs


def test_a_team_on_the_list_leaves_membership_to_github(write: Write) -> None:
    write("a11y.yml", RULESET.replace('["@maria-a11y", "@Sam"]', '["@acme/a11y"]'))
    config = write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['*.md']\n    rulesets: [./a11y.yml]\n",
    )
    result = Engine(load_policy(config), today=date.today()).check(
        Source("s.md", "- [x] Accessibility review signed off by @lee\n", "s.md")
    )
    assert result is not None
    assert result.findings == ()
    # @lee is not listed by name: the note must not say so, and names the team to check.
    assert result.signoffs == (Signoff("a11y-signoff", "@lee", 1, None, team="@acme/a11y"),)


def test_text_report_says_the_approval_is_unverified_locally(
    write: Write, cli: Callable[..., object]
) -> None:
    write("a11y.yml", RULESET)
    write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['*.md']\n    rulesets: [./a11y.yml]\n",
    )
    write("s.md", "- [x] Accessibility review signed off by @maria-a11y\n")
    run = cli("check", "s.md")
    assert run.code == 0  # type: ignore[attr-defined]
    assert run.out.splitlines()[0] == (  # type: ignore[attr-defined]
        "note: 1 sign-off unverified here, by @maria-a11y (s.md:1): only GitHub can tell "
        "whether they approved the pull request; the action checks that."
    )


def test_unverified_sign_offs_are_one_line_however_many(write: Write, cli: Cli) -> None:
    """The same explanation on every signed spec, every run, is noise people learn to skip."""
    write("a11y.yml", RULESET)
    write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['*.md']\n    rulesets: [./a11y.yml]\n",
    )
    for name in "abcdefg":
        write(f"{name}.md", "- [x] Accessibility review signed off by @maria-a11y\n")
    lines = cli("check", ".").out.splitlines()
    notes = [line for line in lines if "unverified" in line]
    assert notes == [
        "note: 7 sign-offs unverified here, by @maria-a11y (a.md:1), @maria-a11y (b.md:1), "
        "@maria-a11y (c.md:1), @maria-a11y (d.md:1), @maria-a11y (e.md:1) and 2 more: only "
        "GitHub can tell whether they approved the pull request; the action checks that."
    ]


def test_a_team_listed_reviewer_is_never_said_to_be_on_the_list(cli: Cli, write: Write) -> None:
    write("a11y.yml", RULESET.replace('["@maria-a11y", "@Sam"]', '["@acme/a11y"]'))
    write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['*.md']\n    rulesets: [./a11y.yml]\n",
    )
    write("s.md", "- [x] Accessibility review signed off by @lee\n")
    note = cli("check", "s.md").out.splitlines()[0]
    assert note == (
        "note: 1 sign-off unverified here, by @lee (s.md:1): only GitHub can tell whether they "
        "approved the pull request, and whether @lee belongs to @acme/a11y; the action checks "
        "that."
    )
