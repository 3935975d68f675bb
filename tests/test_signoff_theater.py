"""No empathy theater: what a hurried author tries instead of a review, under the `init` config.

Each case is a spec whose review is genuine; only the sign-off changes. The genuine ones pass,
every shortcut blocks with an error that counts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate.init import template
from tests.conftest import Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

SPEC = """\
---
title: Offline checkout
{frontmatter}
---

# Offline checkout

## Why

Riders paying on a train lose their basket when the connection drops; 3% are charged twice.

## Who is affected

Riders on trains and in tunnels, and the support team who answer their tickets.

## Accessibility and inclusion review

- Low digital literacy: one plain "Try again" button, tested with five first-time shoppers.
- Disability and assistive technology: the retry is announced to screen readers; keyboard only works.
- Slow or unreliable connection: the page weighs 38 kB and keeps the basket offline.

{box}
"""
OWNER = 'owner: "@amara"'


def spec(box: str, frontmatter: str = OWNER) -> str:
    return SPEC.format(box=box, frontmatter=frontmatter)


CASES = [
    # (name, document, the a11y-signoff detail or None when it passes)
    (
        "a reviewer who is not the author",
        spec("- [x] Accessibility review signed off by @maria-a11y"),
        None,
    ),
    (
        "front matter names another reviewer",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@maria-a11y"}'),
        None,
    ),
    (
        "the author ticks it with their own handle",
        spec("- [x] Accessibility review signed off by @amara"),
        "@amara is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "an author in an authors list",
        spec("- [x] Accessibility review signed off by @lee", 'authors: ["@amara", "lee"]'),
        "@lee is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "our help snippet pasted as is",
        spec("- [x] Accessibility review signed off by @reviewer"),
        "@reviewer is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "no handle at all",
        spec("- [x] Accessibility review signed off"),
        "the sign-off names no reviewer: add the @handle of the person who reviewed it",
    ),
    (
        "signed off by nobody",
        spec("- [x] Accessibility review signed off by nobody, we skipped it"),
        "the sign-off says it did not happen (“Accessibility review signed off by nobody, we skipped it”)",
    ),
    (
        "NOT signed off",
        spec("- [x] Accessibility review NOT signed off by @maria-a11y"),
        "the sign-off says it did not happen (“Accessibility review NOT signed off by @maria-a11y”)",
    ),
    (
        "pending",
        spec("- [x] Accessibility review sign-off pending from @maria-a11y"),
        "the sign-off says it did not happen (“Accessibility review sign-off pending from @maria-a11y”)",
    ),
    (
        "struck through",
        spec("- [x] ~~Accessibility review signed off by @maria-a11y~~"),
        "the sign-off is struck through",
    ),
    (
        "quoted from somewhere else",
        spec("> - [x] Accessibility review signed off by @maria-a11y"),
        "the sign-off is inside a quote, so it is someone else's box, not this one",
    ),
    (
        "front matter @your-handle",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@your-handle"}'),
        "@your-handle is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "front matter @TBD",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@TBD"}'),
        "@TBD is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "front matter @-",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@-"}'),
        "the sign-off names no reviewer: add the @handle of the person who reviewed it",
    ),
    (
        "front matter: the author",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@Amara"}'),
        "@Amara is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "a box shown in a code example",
        spec("```\n- [x] Accessibility review signed off by @maria-a11y\n```"),
        "",
    ),
]


@pytest.fixture
def initialised(cli: Cli, write: Write) -> None:
    assert cli("init").code == 0


@pytest.mark.usefixtures("initialised")
@pytest.mark.parametrize(("name", "text", "detail"), CASES, ids=[c[0] for c in CASES])
def test_signoff_shortcuts_block_and_real_signoffs_pass(
    cli: Cli, write: Write, name: str, text: str, detail: str | None
) -> None:
    write("docs/specs/offline-checkout.md", text)
    result = cli("check", "--format", "json")
    found = [f for f in result.json["findings"] if f["rule"] == "a11y-signoff"]
    if detail is None:
        assert result.code == 0, result.json["findings"]
        assert found == []
        return
    assert result.code == 1
    assert [(f["severity"], f["detail"]) for f in found] == [("error", detail)]


@pytest.mark.usefixtures("initialised")
def test_a_template_handle_is_a_placeholder(cli: Cli, write: Write) -> None:
    """A handle the team's own template carries is the template's, whoever it looks like."""
    write("docs/specs/TEMPLATE.md", template("spec.md").replace("@reviewer", "@a11y-lead-here"))
    write("docs/specs/s.md", spec("- [x] Accessibility review signed off by @a11y-lead-here"))
    result = cli("check", "--format", "json")
    [found] = [f for f in result.json["findings"] if f["rule"] == "a11y-signoff"]
    assert found["detail"].startswith("@a11y-lead-here is a placeholder, not a person")


def test_every_help_snippet_and_template_uses_a_placeholder_handle() -> None:
    """Pasting our own example never passes: the handles in it are placeholders."""
    from spec_gate.checks.base import handles
    from spec_gate.checks.signoffs import PLACEHOLDER_HANDLES, login
    from spec_gate.ruleset.load import load_policy

    texts = [template(name) for name in ("spec.md", "postmortem.md", "pull_request_template.md")]
    policy = load_policy(None)
    texts += [a.rule.help for p in policy.defaults.values() for a in p.rules]
    found = {login(h) for text in texts for h in handles(text)}
    assert found and found <= PLACEHOLDER_HANDLES


@pytest.mark.usefixtures("initialised")
def test_an_invisible_character_does_not_hide_a_placeholder(cli: Cli, write: Write) -> None:
    write("docs/specs/s.md", "## Why\n\nT\u200bB\u2060D\n")
    result = cli("check", "--format", "json")
    [why] = [f for f in result.json["findings"] if f["rule"] == "why-section"]
    assert why["detail"] == (
        "the “Why” section has no real content; it needs at least 8 words: “TBD” is a placeholder"
    )
