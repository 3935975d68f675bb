"""Verified sign-offs: in a PR the named reviewer must be on the list and have approved."""

from __future__ import annotations

from tests.github.conftest import BASE, GOOD_BODY, Action
from tests.github.fake import HUMAN

CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/specs/*.md"]
    rulesets: [./rules/a11y.yml]
"""
RULESET = """\
name: a11y-team
kinds: [spec]
signoff: {reviewers: ["@maria-a11y"]}
rules:
  - id: a11y-signoff
    message: The accessibility review has no sign-off.
    check: {checkbox: {text: "accessibility.*sign", checked: true}}
"""
SPEC = "# Spec\n\n- [x] Accessibility review signed off by @maria-a11y\n"


def setup(action: Action, state: str | None) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", CONFIG)
    action.fake.add_file(BASE, "rules/a11y.yml", RULESET)  # read from the base commit too
    action.fake.files[2] = ["docs/specs/a.md"]
    action.write("docs/specs/a.md", SPEC)
    action.pr_body(GOOD_BODY)
    if state is not None:
        action.fake.reviews[2] = [
            {
                "id": 1,
                "state": state,
                "body": "",
                "user": {**HUMAN, "login": "maria-a11y"},
                "url": "https://api.github.com/x",
            }
        ]


def test_an_approved_sign_off_counts(action: Action) -> None:
    setup(action, "APPROVED")
    assert action.run().code == 0
    assert action.fake.statuses[-1]["state"] == "success"


def test_a_sign_off_without_approval_does_not(action: Action) -> None:
    setup(action, None)
    outcome = action.run()
    assert outcome.code == 1
    assert (
        "@maria-a11y signed off but has not approved this pull request; the sign-off counts "
        "once @maria-a11y approves it in the pull request's review"
    ) in outcome.log


def test_approval_withdrawn_by_a_later_request_for_changes(action: Action) -> None:
    setup(action, "APPROVED")
    action.fake.reviews[2].append(
        {
            "id": 2,
            "state": "CHANGES_REQUESTED",
            "body": "",
            "user": {**HUMAN, "login": "maria-a11y"},
            "url": "https://api.github.com/y",
        }
    )
    assert action.run().code == 1
