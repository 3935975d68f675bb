"""``spec-gate report --github-follow-through`` against real PyGithub over ``responses``.

The repository is a throwaway git history with dated commits (a postmortem, specs merged by a
merge commit and by a squash); GitHub is a stand-in for several repositories whose issues,
comments, pull requests and reviews start from the examples in GitHub's OpenAPI description
and are validated against its response schemas, as every request is against its operations.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from openapi_schema_validator import OAS30Validator

from spec_gate.practice.command import FollowRequest, gather
from spec_gate.practice.page import html
from spec_gate.practice.render import as_json, markdown, text
from tests.browser import Browser, mermaid_blocks, overlapping
from tests.github.openapi import _resolve, operation
from tests.github.openapi import spec as openapi

API = "https://api.github.com"
OWN = "acme/web"
TODAY = date(2026, 11, 23)
SINCE = date(2026, 10, 1)
OUTSIDER = {"login": "river", "type": "User"}
MEMBER = {"login": "li-payments", "type": "User"}
BOT = {"login": "helper[bot]", "type": "Bot"}

POSTMORTEM = """\
# 2026-08-30: card payments failed

## User impact narrative

From 14:02 to 14:47 UTC about one in three people paying by card saw an error after typing
their card details; 400 gave up and forty wrote to support, afraid they had paid twice.

## Action items

- [ ] Verify certificates on every node (owner: @sam-infra, #11)
- [ ] Alert on payment failures at 1% (owner: @li-payments, acme/ops#7)
- [ ] Status banner support can publish (owner: @jo-support, https://github.com/acme/web/pull/12)
- [ ] Move the vault token to the new store (owner: @kim-sec, secret/vault#3)
- [ ] Review the on-call rota for weekends (owner: @ana-ops)
- [x] Rotated the payment key (owner: @sam-infra)
- [ ] Retire the old payment alerts (owner: @li-payments, #13)
"""


def spec(reviewer: str) -> str:
    return (
        "# Spec\n\n## Why\nRiders lose their basket in tunnels, and some are charged twice.\n\n"
        f"- [x] Accessibility review signed off by {reviewer}\n"
    )


# -- GitHub's shapes -----------------------------------------------------------------------


@cache
def _example(name: str) -> Any:
    value = openapi()["components"]["examples"][name]["value"]
    return value[0] if isinstance(value, list) else value


def shaped(example: str, **fields: Any) -> dict[str, Any]:
    """GitHub's own example of ``example``, with ``fields`` put in."""
    built = copy.deepcopy(_example(example))
    for key, value in fields.items():
        if value is None and key == "pull_request":  # a plain issue: GitHub leaves the key out
            built.pop(key, None)
        elif key == "user" and isinstance(value, dict):
            built["user"] = {**built["user"], **value}
        else:
            built[key] = value
    return built


def issue(
    number: int,
    created: str,
    user: dict[str, str],
    association: str,
    repository: str = OWN,
    **more: Any,
) -> Any:
    return shaped(
        "issue",
        number=number,
        id=number,
        title=f"report {number}",
        url=f"{API}/repos/{repository}/issues/{number}",
        created_at=created,
        updated_at=created,
        user=user,
        author_association=association,
        **{
            "html_url": f"https://github.com/{repository}/issues/{number}",
            "state": "open",
            "closed_at": None,
            "pull_request": None,
            **more,
        },
    )


@cache
def _validator(method: str, template_path: str) -> OAS30Validator:
    found = operation(method, template_path)
    schema = found["responses"]["200"]["content"]["application/json"]["schema"]
    return OAS30Validator(_resolve(schema))


class GitHub:
    """Several repositories: issues, comments, pulls and reviews; a refused one answers 403."""

    def __init__(self) -> None:
        self.issues: dict[str, dict[int, dict[str, Any]]] = {}
        self.comments: list[dict[str, Any]] = []
        self.pulls: list[dict[str, Any]] = []  # most recently updated first
        self.reviews: dict[int, list[dict[str, Any]]] = {}
        self.refused: set[str] = set()
        self.paths: list[str] = []

    def add_issue(self, repository: str, item: dict[str, Any]) -> None:
        self.issues.setdefault(repository, {})[item["number"]] = item

    def comment(self, number: int, created: str, user: dict[str, str], association: str) -> None:
        self.comments.append(
            shaped(
                "issue-comment",
                id=len(self.comments) + 1,
                issue_url=f"{API}/repos/{OWN}/issues/{number}",
                created_at=created,
                updated_at=created,
                user=user,
                author_association=association,
            )
        )

    def handle(self, request: Any) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(request.url)
        path, query = parts.path, parse_qs(parts.query)
        self.paths.append(path)
        operation(request.method, path)  # a documented operation, or the test fails
        match = re.fullmatch(r"/repos/([^/]+/[^/]+)(/.*)", path)
        assert match is not None, path
        repository, tail = match.groups()
        if repository in self.refused:
            return 403, {}, json.dumps({"message": "Resource not accessible by integration"})
        routes: list[tuple[str, str, Any]] = [
            (r"/issues", "/repos/{o}/{r}/issues", lambda: self._listed(repository)),
            (r"/issues/comments", "/repos/{o}/{r}/issues/comments", lambda: self.comments),
            (r"/pulls", "/repos/{o}/{r}/pulls", lambda: self.pulls),
        ]
        for pattern, template, items in routes:
            if re.fullmatch(pattern, tail):
                return self._page(path, query, items(), template)
        if found := re.fullmatch(r"/pulls/(\d+)/reviews", tail):
            items = self.reviews.get(int(found.group(1)), [])
            return self._page(path, query, items, "/repos/{o}/{r}/pulls/{n}/reviews")
        if found := re.fullmatch(r"/issues/(\d+)", tail):
            item = self.issues.get(repository, {}).get(int(found.group(1)))
            if item is None:
                return 404, {}, json.dumps({"message": "Not Found"})
            _validator("GET", "/repos/{o}/{r}/issues/{n}").validate(item)
            return 200, {}, json.dumps(item)
        return 404, {}, json.dumps({"message": "Not Found"})

    def _listed(self, repository: str) -> list[dict[str, Any]]:
        return sorted(self.issues.get(repository, {}).values(), key=lambda i: i["created_at"])

    def _page(
        self, path: str, query: dict[str, list[str]], items: list[dict[str, Any]], template: str
    ) -> tuple[int, dict[str, str], str]:
        per_page = int(query.get("per_page", ["30"])[0])
        page = int(query.get("page", ["1"])[0])
        chunk = items[(page - 1) * per_page : page * per_page]
        _validator("GET", template).validate(chunk)
        headers = {"Content-Type": "application/json"}
        if page * per_page < len(items):
            headers["Link"] = f'<{API}{path}?per_page={per_page}&page={page + 1}>; rel="next"'
        return 200, headers, json.dumps(chunk)


# -- the repository ------------------------------------------------------------------------


def git(root: Path, *args: str, when: str = "2026-01-01") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"{when}T12:00:00Z",
        "GIT_COMMITTER_DATE": f"{when}T12:00:00Z",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    done = subprocess.run(
        ["git", *args], cwd=root, check=True, env=env, capture_output=True, text=True
    )
    return done.stdout.strip()


def commit(root: Path, when: str, message: str) -> str:
    git(root, "add", "-A", when=when)
    git(root, "commit", "-q", "-m", message, when=when)
    return git(root, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The repository's history; returns the commits that the pull requests merged."""
    root = tmp_path / "web"
    (root / "postmortems").mkdir(parents=True)
    (root / "specs").mkdir()
    git(root, "init", "-q", "-b", "main")
    monkeypatch.chdir(root)
    (root / ".spec-gate.yml").write_text(
        "documents:\n"
        "  - kind: postmortem\n    paths: ['postmortems/*.md']\n"
        "  - kind: spec\n    paths: ['specs/*.md']\n"
    )
    (root / "specs" / "old.md").write_text(spec("@maria-a11y"))
    commit(root, "2026-06-01", "an old spec")
    (root / "postmortems" / "2026-08-30-card-payments.md").write_text(POSTMORTEM)
    commit(root, "2026-09-01", "the postmortem")
    git(root, "checkout", "-q", "-b", "checkout")
    (root / "specs" / "checkout.md").write_text(spec("@maria-a11y"))
    commit(root, "2026-10-04", "checkout spec")
    git(root, "checkout", "-q", "main")
    git(
        root,
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Merge pull request #20",
        "checkout",
        when="2026-10-06",
    )
    merged_20 = git(root, "rev-parse", "HEAD")
    (root / "specs" / "search.md").write_text(spec("@tom-a11y"))
    merged_21 = commit(root, "2026-11-02", "search spec (#21)")
    return {"20": merged_20, "21": merged_21}


def pull(**fields: Any) -> dict[str, Any]:
    # GitHub's example lists a requested team without the "type" its own schema requires.
    return shaped("pull-request-simple-items", requested_teams=[], state="closed", **fields)


def github_for(merged: dict[str, str]) -> GitHub:
    fake = GitHub()
    # Linked action items: closed, open, a merged and an unmerged pull request, cross-repo.
    fake.add_issue(OWN, issue(11, "2026-09-02T09:00:00Z", MEMBER, "MEMBER",
                              state="closed", closed_at="2026-09-11T10:00:00Z"))  # fmt: skip
    fake.add_issue("acme/ops", issue(7, "2026-09-02T09:00:00Z", MEMBER, "MEMBER", "acme/ops"))
    linked = {"url": f"{API}/repos/{OWN}/pulls/12", "html_url": "", "diff_url": "",
              "patch_url": "", "merged_at": "2026-09-21T08:00:00Z"}  # fmt: skip
    fake.add_issue(OWN, issue(12, "2026-09-03T09:00:00Z", MEMBER, "MEMBER", state="closed",
                              closed_at="2026-09-21T08:00:00Z", pull_request=linked))  # fmt: skip
    unmerged = {**linked, "url": f"{API}/repos/{OWN}/pulls/13", "merged_at": None}
    fake.add_issue(OWN, issue(13, "2026-09-03T09:00:00Z", MEMBER, "MEMBER", state="closed",
                              closed_at="2026-09-05T08:00:00Z", pull_request=unmerged))  # fmt: skip
    fake.refused.add("secret/vault")
    # User reports in the period, and what is not one.
    fake.add_issue(OWN, issue(29, "2026-09-15T00:00:00Z", OUTSIDER, "NONE"))  # before it
    fake.add_issue(OWN, issue(30, "2026-10-05T10:00:00Z", OUTSIDER, "NONE"))
    fake.add_issue(OWN, issue(31, "2026-10-10T00:00:00Z", OUTSIDER, "CONTRIBUTOR"))
    fake.add_issue(OWN, issue(32, "2026-10-20T00:00:00Z", OUTSIDER, "NONE"))
    fake.add_issue(OWN, issue(33, "2026-10-21T00:00:00Z", MEMBER, "MEMBER"))
    fake.add_issue(OWN, issue(34, "2026-10-22T00:00:00Z", BOT, "NONE"))
    fake.add_issue(OWN, issue(35, "2026-10-23T00:00:00Z", OUTSIDER, "NONE",
                              html_url=f"https://github.com/{OWN}/pull/35"))  # fmt: skip
    fake.add_issue(OWN, issue(36, "2026-11-01T00:00:00Z", OUTSIDER, "NONE"))
    for number in range(100, 330):  # members' own issues: three pages of listing
        fake.add_issue(OWN, issue(number, "2026-10-25T00:00:00Z", MEMBER, "MEMBER"))
    fake.comment(30, "2026-10-05T20:00:00Z", MEMBER, "MEMBER")  # 10 hours
    fake.comment(31, "2026-10-10T01:00:00Z", BOT, "NONE")  # a bot's auto-reply is no reply
    fake.comment(31, "2026-10-13T00:00:00Z", MEMBER, "MEMBER")  # 72 hours: too late
    fake.comment(32, "2026-10-20T05:00:00Z", OUTSIDER, "NONE")  # the author again
    fake.comment(36, "2026-11-02T23:00:00Z", {"login": "pat", "type": "User"}, "COLLABORATOR")
    for index in range(120):  # chatter on a member's issue: two pages of comments
        fake.comment(33, f"2026-10-21T{index // 60:02}:{index % 60:02}:00Z", MEMBER, "MEMBER")
    # Specs merged in the period, one approved by its reviewer.
    for number, sha, when in ((21, merged["21"], "2026-11-02"), (20, merged["20"], "2026-10-06")):
        at = f"{when}T12:00:00Z"
        opened = f"{when}T02:30:00Z"  # #20 opened at 02:30 on 2026-10-06 ...
        fake.pulls.append(
            pull(
                number=number,
                merge_commit_sha=sha,
                merged_at=at,
                updated_at=at,
                closed_at=at,
                created_at=opened,
            )
        )
    at = "2026-05-01T12:00:00Z"
    fake.pulls.append(pull(number=5, merge_commit_sha="f" * 40, merged_at=at, updated_at=at))
    review = "pull-request-review-items"
    fake.reviews[20] = [
        shaped(
            review,
            id=1,
            user={"login": "maria-a11y"},
            state="CHANGES_REQUESTED",
            submitted_at="2026-10-06T04:00:00Z",
        ),
        # ... and approved by maria-a11y at 08:00: 5.5 hours after it opened
        shaped(
            review,
            id=2,
            user={"login": "maria-a11y"},
            state="APPROVED",
            submitted_at="2026-10-06T08:00:00Z",
        ),
    ]
    fake.reviews[21] = [shaped(review, id=3, user={"login": "tom-a11y"}, state="COMMENTED")]
    return fake


ENVIRON = {"GITHUB_TOKEN": "t0ken", "GITHUB_REPOSITORY": OWN, "GITHUB_API_URL": API}


def follow(fake: GitHub, since: date | None = SINCE, every: str = "month") -> Any:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        for method in ("GET", "POST", "PATCH"):
            mocked.add_callback(method, re.compile(r"https?://.*"), callback=fake.handle)
        measures = gather(
            ["."], None, since, every, 0, 0, 1, Path.cwd(), TODAY, lambda done, total: None,
            ENVIRON, use_cache=False, follow=FollowRequest(),
        )  # fmt: skip
        assert all(call.request.method == "GET" for call in mocked.calls)  # reads only
        return measures, len(mocked.calls)


def test_follow_through_figures_and_requests(repo: dict[str, str]) -> None:
    fake = github_for(repo)
    measures, calls = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["action_items"] == {
        "total": 7,
        "linked": 5,
        "closed": 2,  # #11 after 10 days, the merged pull request #12 after 20
        "median_days_to_close": 15.0,
        "not_followed": 1,  # secret/vault answered 403
        "overdue": [
            {
                "path": "postmortems/2026-08-30-card-payments.md",
                "line": 11,
                "item": "Alert on payment failures at 1% (owner: @li-payments, acme/ops#7)",
                "link": "https://github.com/acme/ops/issues/7",
                "days": 83,
            },
            {
                "path": "postmortems/2026-08-30-card-payments.md",
                "line": 14,
                "item": "Review the on-call rota for weekends (owner: @ana-ops)",
                "link": None,
                "days": 83,
            },
            {
                "path": "postmortems/2026-08-30-card-payments.md",
                "line": 16,
                "item": "Retire the old payment alerts (owner: @li-payments, #13)",
                "link": "https://github.com/acme/web/issues/13",
                "days": 83,
            },
        ],
    }
    assert found["user_reports"] == {
        "opened": 4,  # 30, 31, 32, 36: not a member's, a bot's, a pull request, or September's
        "answered_within": 2,  # 30 after 10 hours, 36 after 47
        "reply_hours": 48,
        "median_hours_to_reply": 47.0,  # of 10, 72 and 47
        "unanswered": [
            {
                "number": 32,
                "title": "report 32",
                "url": "https://github.com/acme/web/issues/32",
                "hours": 840.0,
            }
        ],
    }
    assert found["specs"] == {
        "merged": 2,
        "signed_off_verified": 1,  # #20: maria-a11y's latest review approves
        "median_hours_to_signoff": 5.5,
        "unverified": [{"path": "specs/search.md", "pull": 21}],  # tom-a11y only commented
    }
    assert found["problems"] == [
        "action items linked in secret/vault were not followed: 403 Resource not accessible "
        "by integration"
    ]
    # Issues: 238 listed (3 pages); comments: 125 (2 pages); 5 linked items, each once (one
    # refused); one page of pull requests; the reviews of the two that merged specs.
    assert fake.paths.count(f"/repos/{OWN}/issues") == 3
    assert fake.paths.count(f"/repos/{OWN}/issues/comments") == 2
    assert found["requests"] == calls == 3 + 2 + 5 + 1 + 2


def test_monthly_points_and_charts(repo: dict[str, str]) -> None:
    measures, _ = follow(github_for(repo), every="month")
    found = json.loads(as_json(measures))["follow_through"]
    assert [
        (
            p["label"],
            p["action_items_closed"],
            p["user_reports_answered"],
            p["specs_verified"],
            p["median_hours_to_signoff"],
        )
        for p in found["points"]
    ] == [
        ("2026-10", round(2 / 7, 4), round(1 / 3, 4), 1.0, 5.5),  # the review time, per period
        ("2026-11", round(2 / 7, 4), 1.0, 0.0, None),  # no verified sign-off: no review time
    ]
    shown = markdown(measures)
    assert "| User reports answered by a person within 48 h | 2/4 | 50% |" in shown
    assert "| Specs merged with a verified accessibility sign-off | 1/2 | 50% |" in shown
    assert shown.count("```mermaid") >= 3 + 1  # a chart per measure, besides the kinds'
    assert '"% of user reports answered in time"' in shown
    lines = text(measures)
    assert "user reports: 4 opened by people outside the repository, 2 of 4 (50%)" in lines
    assert "overdue: postmortems/2026-08-30-card-payments.md:14" in lines
    # A link that could not be followed (secret/vault answered 403) is said, not hidden.
    assert "(1 of the linked could not be followed: a link outside GitHub" in lines
    assert (
        "| Linked action items that could not be followed (outside GitHub, or unreadable) |"
        in shown
    )


def test_a_token_that_cannot_list_issues_loses_only_that_measure(repo: dict[str, str]) -> None:
    fake = github_for(repo)
    original = fake.handle

    def refuse_listing(request: Any) -> tuple[int, dict[str, str], str]:
        if urlsplit(request.url).path == f"/repos/{OWN}/issues":
            return 403, {}, json.dumps({"message": "Must have admin rights to Repository."})
        return original(request)

    fake.handle = refuse_listing  # type: ignore[method-assign]
    measures, _ = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["user_reports"] is None
    assert found["action_items"]["closed"] == 2 and found["specs"]["merged"] == 2
    assert found["problems"][0].startswith(
        "user reports: listing the issues of the period failed: 403 Must have admin rights"
    )


def test_without_since_every_postmortem_and_the_last_90_days(repo: dict[str, str]) -> None:
    measures, _ = follow(github_for(repo), since=None)
    found = json.loads(as_json(measures))["follow_through"]
    assert (found["since"], found["until"]) == ("2026-08-25", "2026-11-23")
    assert found["action_items"]["total"] == 7
    assert found["user_reports"]["opened"] == 5  # #29 (15 September) is in these 90 days


def test_the_cli_needs_a_token_and_a_repository(
    cli: Any, repo: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    result = cli("report", "--github-follow-through")
    assert result.code == 2
    assert "--github-follow-through needs GITHUB_TOKEN and GITHUB_REPOSITORY" in result.err


@pytest.mark.slow
def test_follow_through_charts_and_page_in_the_browser(
    browser: Browser, repo: dict[str, str], tmp_path: Path
) -> None:
    """The follow-through's charts draw in Mermaid, and its page (links, overdue items, a
    chart per measure) passes the accessibility audit."""
    measures, _ = follow(github_for(repo), every="month")
    blocks = mermaid_blocks(markdown(measures))
    assert len(blocks) == 2 + 3  # a chart per kind, and one per follow-through measure
    for block in blocks:
        drawn = browser.render_mermaid(block)
        assert drawn["error"] is None, block
        assert overlapping(drawn["labels"]) == []
    report = tmp_path / "report.html"
    report.write_text(html(measures))
    page = browser.page()
    page.goto(report.as_uri())
    assert browser.audit(page) == []
    assert page.locator("svg[role=img]").count() == 2 + 3
    assert page.locator("a[href^='https://github.com/']").count() >= 1  # unanswered reports
    page.context.close()
