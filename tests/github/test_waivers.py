"""A waiver in the pull request's own description counts only once someone other than its
author approves; an issue has no approval, so a waiver in its description never counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.github.conftest import Action, webhook
from tests.github.fake import HUMAN

SOON = (date.today() + timedelta(days=20)).isoformat()
BODY = (
    "Bumps the payment SDK to 4.2.\n\n**Who is affected:** shoppers paying by card.\n\n"
    '<!-- spec-gate: waive why-section reason="security patch for CVE-2026-1234, the advisory '
    f'is embargoed" until={SOON} -->\n'
)


def review(login: str, kind: str = "User", state: str = "APPROVED") -> dict[str, Any]:
    return {
        "id": 1,
        "state": state,
        "body": "",
        "user": {**HUMAN, "login": login, "type": kind},
        "url": "https://api.github.com/x",
    }


def author(action: Action) -> str:
    return str(action.payload["pull_request"]["user"]["login"])


@pytest.mark.parametrize(
    ("approvals", "state"),
    [
        ([], "failure"),
        (["<author>"], "failure"),  # GitHub forbids it; even so, it would not count
        (["github-actions[bot]"], "failure"),  # an automatic approval is no one's judgement
        (["maria"], "success"),
    ],
)
def test_a_description_waiver_counts_once_someone_else_approves(
    action: Action, approvals: list[str], state: str
) -> None:
    action.pr_body(BODY)
    action.fake.reviews[2] = [
        review(
            author(action) if login == "<author>" else login, "Bot" if "[bot]" in login else "User"
        )
        for login in approvals
    ]
    outcome = action.run()
    assert action.fake.statuses[-1]["state"] == state
    unapproved = [line for line in outcome.log.splitlines() if "waiver-unapproved" in line]
    if state == "failure":
        assert outcome.code == 1
        [line] = unapproved
        assert "once someone other than its author approves the pull request" in line
        assert "title=spec-gate why-section" in outcome.log
    else:
        assert outcome.code == 0, outcome.log
        assert unapproved == []
    # the reviews are read once, only because the description carries a waiver
    assert sum(1 for c in action.fake.calls if c.path.endswith("/reviews")) == 1


def test_without_a_waiver_the_reviews_are_not_read(action: Action) -> None:
    action.pr_body(BODY.split("<!--", maxsplit=1)[0])
    action.run()
    assert not any(c.path.endswith("/reviews") for c in action.fake.calls)


def test_an_issue_description_cannot_waive_its_own_rules(action: Action) -> None:
    action.event_name = "issues"
    action.payload = webhook("issues.opened.1.json")
    action.payload["issue"]["body"] = BODY
    outcome = action.run()
    assert outcome.code == 1
    [line] = [line for line in outcome.log.splitlines() if "waiver-unapproved" in line]
    assert "an issue has no approval: ask a maintainer for a waiver label" in line
