"""Sign-offs in the action: a real reviewer who approved the PR, never its author; a team on a
reviewers list only once GitHub confirms membership; an unchanged sign-off stays verified.

Every request goes to the stand-in API, which checks each one against GitHub's OpenAPI
description (reads too) and validates request bodies.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.github.conftest import BASE, GOOD_BODY, HEAD, Action
from tests.github.fake import HUMAN

REVIEW = """\
## Why

Riders paying on a train lose their basket when the connection drops; 3% are charged twice.

## Who is affected

Riders on trains and in tunnels, and the support team who answer their tickets.

## Accessibility and inclusion review

- Low digital literacy: one plain "Try again" button, tested with five first-time shoppers.
- Disability and assistive technology: the retry is announced to screen readers; keyboard only works.
- Slow or unreliable connection: the page weighs 38 kB and keeps the basket offline.

- [x] Accessibility review signed off by {who}
"""
SIGNOFF_LINE = 15
TEAM_RULESET = """\
name: a11y-team
kinds: [spec]
signoff: {reviewers: ["@acme/a11y"]}
extends: [builtin:accessibility-signoff]
"""
TEAM_CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/specs/*.md"]
    rulesets: [builtin:why, ./rules/a11y.yml]
"""


def approve(action: Action, login: str) -> None:
    action.fake.reviews[2] = [
        {
            "id": 1,
            "state": "APPROVED",
            "body": "",
            "user": {**HUMAN, "login": login},
            "url": "https://api.github.com/x",
        }
    ]


def spec_pr(action: Action, who: str, patch: str | None = None) -> None:
    action.fake.files[2] = ["docs/specs/a.md"]
    action.write("docs/specs/a.md", REVIEW.format(who=who))
    action.fake.patches = {"docs/specs/a.md": patch or "@@ -0,0 +1,15 @@\n" + "+x\n" * 15}
    action.pr_body(GOOD_BODY)


def signoff_errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if "title=spec-gate a11y-signoff" in line]


def reads(action: Action, fragment: str) -> int:
    return sum(1 for c in action.fake.calls if c.method == "GET" and fragment in c.path)


def test_a_builtin_signoff_counts_once_the_reviewer_approves(action: Action) -> None:
    spec_pr(action, "@maria-a11y")
    approve(action, "maria-a11y")
    outcome = action.run()
    assert outcome.code == 0, outcome.log
    assert action.fake.statuses[-1]["state"] == "success"
    # config, files, reviews, status, comments (none: nothing to say) -- and no more
    assert len(action.fake.calls) == 5
    assert reads(action, "/reviews") == 1


def test_without_the_approval_it_is_an_error_naming_the_reviewer(action: Action) -> None:
    spec_pr(action, "@maria-a11y")
    outcome = action.run()
    assert outcome.code == 1
    [line] = signoff_errors(outcome.log)
    assert f"docs/specs/a.md,line={SIGNOFF_LINE}" in line
    assert "@maria-a11y signed off but has not approved this pull request" in line


def test_the_pr_author_cannot_sign_off_their_own_spec(action: Action) -> None:
    author = action.payload["pull_request"]["user"]["login"]
    spec_pr(action, f"@{author}")
    approve(action, author)  # GitHub forbids approving your own PR; even so, it does not count
    outcome = action.run()
    assert outcome.code == 1
    [line] = signoff_errors(outcome.log)
    assert (
        f"@{author} opened this pull request, and an author cannot sign off their own work" in line
    )


def test_a_signoff_unchanged_since_the_base_commit_needs_no_new_approval(action: Action) -> None:
    """A typo fixed in the Why: the sign-off line is context in the diff, not added."""
    context = "".join(" x\n" for _ in range(SIGNOFF_LINE - 4))
    patch = f"@@ -1,{SIGNOFF_LINE} +1,{SIGNOFF_LINE} @@\n x\n x\n-typo\n+fixed\n{context}"
    spec_pr(action, "@maria-a11y", patch)
    outcome = action.run()
    assert outcome.code == 0, outcome.log


@pytest.mark.parametrize(
    ("members", "readable", "expected"),
    [
        ({"maria-a11y"}, True, None),
        (
            set(),
            True,
            "GitHub did not confirm that @maria-a11y is a member of @acme/a11y: either they are not, or the job's token cannot read team membership: give the action a token with the organization's Members (read) permission",
        ),
        (
            {"maria-a11y"},
            False,
            "GitHub did not confirm that @maria-a11y is a member of @acme/a11y: either they are not, or the job's token cannot read team membership: give the action a token with the organization's Members (read) permission",
        ),
    ],
    ids=["member", "not a member", "token cannot read teams"],
)
def test_a_team_on_the_reviewers_list_admits_only_confirmed_members(
    action: Action, members: set[str], readable: bool, expected: str | None
) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", TEAM_CONFIG)
    action.fake.add_file(BASE, "rules/a11y.yml", TEAM_RULESET)
    action.fake.teams["acme/a11y"] = members
    action.fake.teams_readable = readable
    spec_pr(action, "@maria-a11y")
    approve(action, "maria-a11y")
    outcome = action.run()
    assert reads(action, "/orgs/acme/teams/a11y/memberships/maria-a11y") == 1
    if expected is None:
        assert outcome.code == 0, outcome.log
        return
    assert outcome.code == 1
    [line] = signoff_errors(outcome.log)
    assert expected in line
    assert "the sign-off does not count" in line
    summary: Any = outcome.summary
    assert "is on the reviewers list" not in summary


def test_a_changed_spec_is_compared_with_the_other_specs_in_the_workspace(action: Action) -> None:
    action.write("docs/specs/old.md", REVIEW.format(who="@sam-a11y"))  # on main, not changed
    spec_pr(action, "@maria-a11y")  # docs/specs/a.md: the same review, pasted
    approve(action, "maria-a11y")
    outcome = action.run()
    assert outcome.code == 1
    logged = outcome.log.splitlines()
    [line] = [text for text in logged if "title=spec-gate a11y-review" in text]
    assert line.startswith("::error file=docs/specs/a.md,line=9,")
    assert "is a copy of the one in docs/specs/old.md" in line
    annotated = {text.split(",")[0].split("file=")[-1] for text in logged if text.startswith("::")}
    assert annotated == {"docs/specs/a.md"}  # the spec on main is compared, not reported


OLD = "0123456789abcdef0123456789abcdef01234567"  # a commit of the PR before its head


def approve_on(action: Action, login: str, commit: str) -> None:
    approve(action, login)
    action.fake.reviews[2][0]["commit_id"] = commit


def test_an_approval_before_the_review_was_rewritten_does_not_count(action: Action) -> None:
    spec_pr(action, "@maria-a11y")
    earlier = REVIEW.format(who="@maria-a11y").replace(
        "tested with five first-time shoppers", "to be tested later"
    )
    action.fake.add_file(OLD, "docs/specs/a.md", earlier)
    approve_on(action, "maria-a11y", OLD)
    outcome = action.run()
    assert outcome.code == 1
    [line] = signoff_errors(outcome.log)
    assert (
        f"The review or its sign-off changed after @maria-a11y approved (on {OLD[:7]}): ask "
        "@maria-a11y to review it again and approve the pull request"
    ) in line
    assert reads(action, "contents/docs/specs/a.md") == 1


def test_an_approval_before_an_edit_elsewhere_still_counts(action: Action) -> None:
    spec_pr(action, "@maria-a11y")
    earlier = REVIEW.format(who="@maria-a11y").replace("3% are charged", "some are charged")
    action.fake.add_file(OLD, "docs/specs/a.md", earlier)
    approve_on(action, "maria-a11y", OLD)
    assert action.run().code == 0


def test_an_approval_on_the_head_commit_reads_nothing_more(action: Action) -> None:
    spec_pr(action, "@maria-a11y")
    approve_on(action, "maria-a11y", HEAD)
    assert action.run().code == 0
    assert reads(action, "contents/docs/specs/a.md") == 0


def test_an_unchanged_sign_off_under_a_rewritten_review_needs_a_new_approval(
    action: Action,
) -> None:
    """The sign-off line is context in the diff, but the review above it was rewritten."""
    context = "".join(" x\n" for _ in range(SIGNOFF_LINE - 12))
    patch = f"@@ -1,{SIGNOFF_LINE} +1,{SIGNOFF_LINE} @@\n" + " x\n" * 10 + "-old\n+new\n" + context
    spec_pr(action, "@maria-a11y", patch)
    outcome = action.run()
    assert outcome.code == 1
    [line] = signoff_errors(outcome.log)
    assert "@maria-a11y signed off but has not approved this pull request" in line
