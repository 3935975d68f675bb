"""Verified sign-offs: in a PR the named reviewer must be on the list and have approved."""

from __future__ import annotations

from tests.github.conftest import BASE, GOOD_BODY, HEAD, Action, webhook
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


BUILTIN_CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/specs/*.md"]
    rulesets: [builtin:why, builtin:accessibility-signoff]
pull_requests: {rulesets: [builtin:why]}
"""
GENUINE_SPEC = """\
# Offline checkout

## Why

Riders paying on a train lose their basket when the connection drops; 3% are charged twice.

## Who is affected

Riders on trains and in tunnels, and the support team who answer their tickets.

## Accessibility and inclusion review

- Low digital literacy: one plain "Try again" button, tested with five first-time riders.
- Disability and assistive technology: the retry is announced to screen readers; keyboard only
  works, tested with NVDA.
- Slow or unreliable connection: the checkout page weighs 38 kB and keeps the basket offline.

- [x] Accessibility review signed off by @maria-a11y
"""


def review_event(action: Action, name: str, state: str, login: str = "maria-a11y") -> None:
    """The job as a review event starts it: GitHub's example payload, by the named reviewer."""
    action.event_name = "pull_request_review"
    action.payload = webhook(name)
    action.payload["review"]["state"] = state.lower()
    action.payload["review"]["user"]["login"] = login
    action.pr_body(GOOD_BODY)
    action.fake.reviews[2] = [
        {
            "id": 1,
            "state": state,
            "body": "",
            "user": {**HUMAN, "login": login},
            "url": "https://api.github.com/x",
        }
    ]


def test_the_reviewers_approval_turns_the_status_green_and_a_dismissal_red(
    action: Action,
) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", BUILTIN_CONFIG)
    action.fake.files[2] = ["docs/specs/offline-checkout.md"]
    action.write("docs/specs/offline-checkout.md", GENUINE_SPEC)
    action.pr_body(GOOD_BODY)
    first = action.run()
    assert first.code == 1, first.log
    assert action.fake.statuses[-1]["state"] == "failure"
    assert "@maria-a11y signed off but has not approved this pull request" in first.log

    review_event(action, "pull_request_review.submitted.1.json", "APPROVED")
    before = len(action.fake.calls)
    assert action.run().code == 0
    assert action.fake.statuses[-1]["state"] == "success"
    # An approval event's budget: the config, the PR as it is now, its files, its reviews,
    # the status, and the sticky comment found and turned into a pass note.
    assert [(c.method, c.path.split("/", 4)[-1]) for c in action.fake.calls[before:]] == [
        ("GET", "contents/.spec-gate.yml"),
        ("GET", "issues/2"),
        ("GET", "pulls/2/files"),
        ("GET", "pulls/2/reviews"),
        ("POST", f"statuses/{HEAD}"),
        ("GET", "issues/2/comments"),
        ("PATCH", "issues/comments/1001"),
    ]

    review_event(action, "pull_request_review.dismissed.1.json", "DISMISSED")
    assert action.run().code == 1
    assert action.fake.statuses[-1]["state"] == "failure"
