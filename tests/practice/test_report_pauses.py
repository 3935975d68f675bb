"""``spec-gate report --github-follow-through`` on crisis pauses, against real PyGithub over
``responses``: what carried a pause label in each period, and which pause is still owed a
postmortem after ``--owed-days``.

GitHub is the follow-through tests' stand-in, grown the three reads the pauses make: the issues
listing by label, the repository's issue events (newest first) and each paused item's events. Every request must be an operation of GitHub's
OpenAPI description, with documented query parameters only, and every answer is validated
against its response schema. The events operation is not in the shared slice
(tests/fixtures/github/openapi-slice.json); ``openapi-issue-events.json`` beside this file is
the same cut of the same description for that one operation.

The pauses (today 2026-11-20, the report from 2026-09-01; labels incident:active and security):

| # | kind | label added (removed) | linked by a postmortem at HEAD | owed after 14 days |
|---|---|---|---|---|
| 41 | issue | incident:active 10-03 | only in a comment and an uncommitted draft | yes, 48 days |
| 42 | pull | incident:active 11-15 | no | not yet, 5 days |
| 43 | issue | incident:active 09-20 | ``#43`` | no |
| 44 | issue | incident:active 06-01 (06-10), again 10-20 | its URL | no |
| 45 | pull | security 08-01 | ``acme/web#45`` | no |
| 46 | issue | security 10-10, incident:active 10-11 | in code only, and a draft | yes, 41 days, security |
| 47 | issue | incident:active 09-20 | only as ``other/repo#47`` | yes, 61 days |
| 48 | issue | security 10-05 (10-08): lifted, carries no pause label now | no | yes, 46 days |
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from jsonschema import ValidationError
from openapi_schema_validator import OAS30Validator

from spec_gate.practice.command import FollowRequest, gather
from spec_gate.practice.page import html
from spec_gate.practice.render import as_json, markdown, text
from tests.browser import Browser
from tests.github.openapi import operation
from tests.github.openapi import spec as openapi
from tests.practice.test_follow_through import API, MEMBER, OWN, GitHub, commit, git, issue

TODAY = date(2026, 11, 20)
SINCE = date(2026, 9, 1)
EVENTS = "/repos/{owner}/{repo}/issues/{issue_number}/events"
REPOSITORY_EVENTS = "/repos/{owner}/{repo}/issues/events"
SUPPLEMENT = Path(__file__).with_name("openapi-issue-events.json")
CONFIG = (
    "documents:\n  - kind: postmortem\n    paths: ['postmortems/*.md']\n"
    "pause:\n  labels: [incident:active, security]\n"
)
POSTMORTEM = """\
# 2026-09-25: card payments failed

## User impact narrative

From 14:02 to 14:47 UTC about one in three people paying by card saw an error after typing
their card details; the incident is #43, the fix https://github.com/acme/web/issues/44, and the
key rotation acme/web#45. A report in another project, other/repo#47, looked the same.

<!-- the first alert was #41 -->

```text
grep -r "#46" logs/
```
"""
DRAFT = "# Draft\n\nThe pauses of #41 and #46, to be written up.\n"


# -- GitHub's OpenAPI description, with the events operation ---------------------------------


@cache
def _supplement() -> dict[str, Any]:
    return json.loads(SUPPLEMENT.read_text())  # type: ignore[no-any-return]


@cache
def _components() -> dict[str, Any]:
    merged = copy.deepcopy(openapi()["components"])
    for section, found in _supplement()["components"].items():
        merged.setdefault(section, {}).update(found)
    return merged


def _events_operation(path: str) -> dict[str, Any]:
    if re.fullmatch(r"/repos/[^/]+/[^/]+/issues/events", path):
        return _supplement()["paths"][REPOSITORY_EVENTS]["get"]  # type: ignore[no-any-return]
    assert re.fullmatch(r"/repos/[^/]+/[^/]+/issues/[^/]+/events", path), path
    return _supplement()["paths"][EVENTS]["get"]  # type: ignore[no-any-return]


def _documented_query(found: dict[str, Any], query: dict[str, list[str]]) -> None:
    """Every query parameter of a request is one the operation documents."""
    names = set()
    for listed in found["parameters"]:
        parameter = listed
        if "$ref" in listed:
            parameter = _components()["parameters"][listed["$ref"].rsplit("/", 1)[-1]]
        if parameter["in"] == "query":
            names.add(parameter["name"])
    assert set(query) <= names, f"undocumented query parameters: {set(query) - names}"


def _events_validator(path: str = "/repos/o/r/issues/1/events") -> OAS30Validator:
    found = _events_operation(path)
    schema = found["responses"]["200"]["content"]["application/json"]["schema"]
    return OAS30Validator({**schema, "components": _components()})


def _example(name: str) -> Any:
    examples = _components()["examples"]
    value = examples[name]["value"]
    return copy.deepcopy(value[0] if isinstance(value, list) else value)


# -- the stand-in ------------------------------------------------------------------------------


class PausingGitHub(GitHub):
    """The follow-through stand-in, which also lists issues by label and serves events."""

    def __init__(self) -> None:
        super().__init__()
        self.events: dict[int, list[dict[str, Any]]] = {}
        self.queries: list[tuple[str, dict[str, list[str]]]] = []

    def labelled(self, number: int, created: str, pull: bool, *labels: str) -> None:
        more: dict[str, Any] = {}
        if pull:
            more["html_url"] = f"https://github.com/{OWN}/pull/{number}"
            more["pull_request"] = {
                "url": f"{API}/repos/{OWN}/pulls/{number}",
                "html_url": f"https://github.com/{OWN}/pull/{number}",
                "diff_url": "",
                "patch_url": "",
                "merged_at": None,
            }
        label = _example("issue")["labels"][0]
        more["labels"] = [{**label, "id": index, "name": name} for index, name in enumerate(labels)]
        built = issue(number, created, MEMBER, "MEMBER", **more)
        self.add_issue(OWN, {**built, "title": f"paused {number}"})

    def event(self, number: int, kind: str, label: str, at: str) -> None:
        found = self.events.setdefault(number, [])
        built = _example("issue-event-for-issue-items")
        built.update(
            id=1000 * number + len(found),
            url=f"{API}/repos/{OWN}/issues/events/{1000 * number + len(found)}",
            event=kind,
            created_at=at,
            label={"name": label, "color": "d73a4a"},
            commit_id=None,
            commit_url=None,
        )
        found.append(built)

    def handle(self, request: Any) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(request.url)
        path, query = parts.path, parse_qs(parts.query)
        self.queries.append((path, query))
        if path == f"/repos/{OWN}/issues/events":  # every issue's, newest first
            self.paths.append(path)
            _documented_query(_events_operation(path), query)
            every = [
                {**event, "issue": self.issues[OWN][number]}
                for number, events in self.events.items()
                for event in events
            ]
            every.sort(key=lambda event: event["created_at"], reverse=True)
            return self._events(path, query, every)
        if found := re.fullmatch(rf"/repos/{OWN}/issues/(\d+)/events", path):
            self.paths.append(path)
            _documented_query(_events_operation(path), query)
            return self._events(path, query, self.events.get(int(found.group(1)), []))
        _documented_query(operation(request.method, path), query)
        if path == f"/repos/{OWN}/issues" and "labels" in query:
            self.paths.append(path)
            wanted = set(query["labels"][0].split(","))
            items = [
                item
                for item in self._listed(OWN)
                if wanted <= {label["name"] for label in item["labels"]}
            ]
            return self._page(path, query, items, "/repos/{o}/{r}/issues")
        return super().handle(request)

    def _events(
        self, path: str, query: dict[str, list[str]], items: list[dict[str, Any]]
    ) -> tuple[int, dict[str, str], str]:
        per_page = int(query.get("per_page", ["30"])[0])
        page = int(query.get("page", ["1"])[0])
        chunk = items[(page - 1) * per_page : page * per_page]
        _events_validator(path).validate(chunk)
        headers = {"Content-Type": "application/json"}
        if page * per_page < len(items):
            headers["Link"] = f'<{API}{path}?per_page={per_page}&page={page + 1}>; rel="next"'
        return 200, headers, json.dumps(chunk)


def paused_github() -> PausingGitHub:
    fake = PausingGitHub()
    fake.labelled(41, "2026-10-02T08:00:00Z", False, "incident:active")
    fake.event(41, "labeled", "incident:active", "2026-10-03T09:00:00Z")
    for index in range(60):  # triage churn: the events take two pages
        fake.event(41, "labeled", "triage", f"2026-10-04T{index // 60:02}:{index % 60:02}:00Z")
        fake.event(41, "unlabeled", "triage", f"2026-10-04T{index // 60:02}:{index % 60:02}:30Z")
    fake.labelled(42, "2026-11-15T08:00:00Z", True, "incident:active")
    fake.event(42, "labeled", "incident:active", "2026-11-15T09:00:00Z")
    fake.labelled(43, "2026-09-20T08:00:00Z", False, "incident:active")
    fake.event(43, "labeled", "incident:active", "2026-09-20T08:00:00Z")
    fake.labelled(44, "2026-06-01T08:00:00Z", False, "incident:active")
    fake.event(44, "labeled", "incident:active", "2026-06-01T09:00:00Z")
    fake.event(44, "unlabeled", "incident:active", "2026-06-10T09:00:00Z")
    fake.event(44, "labeled", "incident:active", "2026-10-20T09:00:00Z")
    fake.labelled(45, "2026-07-30T08:00:00Z", True, "security")
    fake.event(45, "labeled", "security", "2026-08-01T09:00:00Z")
    fake.labelled(46, "2026-10-09T08:00:00Z", False, "security", "incident:active")
    fake.event(46, "labeled", "security", "2026-10-10T09:00:00Z")
    fake.event(46, "labeled", "incident:active", "2026-10-11T09:00:00Z")
    fake.labelled(47, "2026-09-20T08:00:00Z", False, "incident:active")
    fake.event(47, "labeled", "incident:active", "2026-09-20T10:00:00Z")
    fake.labelled(48, "2026-10-04T08:00:00Z", False)  # paused, and lifted since
    fake.event(48, "labeled", "security", "2026-10-05T09:00:00Z")
    fake.event(48, "unlabeled", "security", "2026-10-08T09:00:00Z")
    fake.labelled(50, "2026-10-01T08:00:00Z", False, "bug")  # no pause label: never read
    fake.event(50, "labeled", "bug", "2026-10-01T09:00:00Z")
    return fake


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "web"
    (root / "postmortems").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    monkeypatch.chdir(root)
    (root / ".spec-gate.yml").write_text(CONFIG)
    (root / "postmortems" / "2026-09-25-card-payments.md").write_text(POSTMORTEM)
    commit(root, "2026-09-26", "the postmortem")
    (root / "postmortems" / "draft.md").write_text(DRAFT)  # not committed: not at HEAD
    return root


ENVIRON = {"GITHUB_TOKEN": "t0ken", "GITHUB_REPOSITORY": OWN, "GITHUB_API_URL": API}


def follow(fake: GitHub, since: date | None = SINCE, owed_days: int = 14) -> Any:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        for method in ("GET", "POST", "PATCH"):
            mocked.add_callback(method, re.compile(r"https?://.*"), callback=fake.handle)
        measures = gather(
            ["."], None, since, "month", 0, 0, 1, Path.cwd(), TODAY, lambda done, total: None,
            ENVIRON, use_cache=False, follow=FollowRequest(owed_days=owed_days),
        )  # fmt: skip
        assert all(call.request.method == "GET" for call in mocked.calls)  # reads only
        return measures, len(mocked.calls)


def owed(number: int, label: str, days: int) -> dict[str, Any]:
    return {
        "number": number,
        "kind": "issue",
        "title": f"paused {number}",
        "url": f"https://github.com/{OWN}/issues/{number}",
        "label": label,
        "days": days,
    }


def test_pauses_in_the_period_and_the_postmortems_owed(repo: Path) -> None:
    fake = paused_github()
    measures, calls = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["pauses"] == {
        "labels": ["incident:active", "security"],
        "owed_days": 14,
        "pull_requests": 2,  # 42, 45
        "issues": 6,  # 41, 43, 44, 46, 47, and 48, lifted since
        "owed": [
            owed(41, "incident:active", 48),
            owed(46, "security", 41),  # the pause label added first
            owed(47, "incident:active", 61),
            owed(48, "security", 46),  # the label is gone; the postmortem is still owed
        ],
    }
    assert [
        (p["label"], p["paused_pull_requests"], p["paused_issues"]) for p in found["points"]
    ] == [
        ("2026-09", 1, 2),  # 45; 43, 47 (44's pause ended in June)
        ("2026-10", 1, 6),  # 45; 41, 43, 44 (again), 46, 47, 48
        ("2026-11", 2, 5),  # and 42
    ]
    assert found["problems"] == []
    # One listing per pause label (state=all, the label alone), the repository's events (two
    # pages, newest first), the events of each paused item once (41's in two pages; 46 carries
    # both labels), and none of the unpaused one.
    listings = [q for path, q in fake.queries if path == f"/repos/{OWN}/issues" and "labels" in q]
    assert sorted(q["labels"][0] for q in listings) == ["incident:active", "security"]
    assert all(q["state"] == ["all"] for q in listings)
    events = [path for path in fake.paths if path.endswith("/events")]
    assert sorted(events) == sorted(
        [f"/repos/{OWN}/issues/{n}/events" for n in (41, 41, 42, 43, 44, 45, 46, 47, 48)]
        + [f"/repos/{OWN}/issues/events"] * 2
    )
    # With the rest of the follow-through: a page of issues and one of comments.
    assert found["requests"] == calls == 2 + 2 + 9 + 2


def test_owed_days_and_the_report_without_since(repo: Path) -> None:
    measures, _ = follow(paused_github(), since=None, owed_days=45)
    found = json.loads(as_json(measures))["follow_through"]
    assert (found["since"], found["until"]) == ("2026-08-22", "2026-11-20")
    assert found["pauses"]["owed"] == [
        owed(41, "incident:active", 48),
        owed(47, "incident:active", 61),
        owed(48, "security", 46),
    ]
    assert (found["pauses"]["pull_requests"], found["pauses"]["issues"]) == (2, 6)
    assert [
        (p["label"], p["paused_pull_requests"], p["paused_issues"]) for p in found["points"]
    ] == [("now", 2, 6)]


def test_pauses_in_text_markdown_and_html(repo: Path) -> None:
    measures, _ = follow(paused_github())
    shown = text(measures)
    assert (
        "  pauses: 2 pull request(s) and 6 issue(s) carried a pause label (incident:active, "
        "security); 4 paused over 14 days ago with no postmortem linking them" in shown
    )
    assert (
        "    owed a postmortem: issue #46 paused 46 (security, 41 days) "
        f"https://github.com/{OWN}/issues/46" in shown
    )
    page = markdown(measures)
    assert "| Issues that carried a pause label (incident:active, security) | 6 |  |" in page
    assert "#### Pauses owed a postmortem" in page
    assert (
        f"| [issue #41 paused 41](https://github.com/{OWN}/issues/41) | incident:active | 48 |"
        in page
    )
    assert "| 2026-11 | – | – | – | – | 2 | 5 |" in page
    assert html(measures).count('href="https://github.com/acme/web/issues/4') == 4


def test_without_pause_labels_nothing_is_read(repo: Path) -> None:
    (repo / ".spec-gate.yml").write_text(CONFIG.partition("pause:")[0])
    fake = paused_github()
    measures, _ = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["pauses"] is None
    assert {p["paused_issues"] for p in found["points"]} == {None}
    assert not [path for path in fake.paths if path.endswith("/events")]
    assert "pauses: not measured, the config names no pause label" in text(measures)


def test_a_listing_refused_costs_one_line(repo: Path) -> None:
    fake = paused_github()
    original = fake.handle

    def refuse(request: Any) -> tuple[int, dict[str, str], str]:
        if "labels=" in request.url:
            return 403, {}, json.dumps({"message": "Resource not accessible by integration"})
        return original(request)

    fake.handle = refuse  # type: ignore[method-assign]
    measures, _ = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["pauses"] is None
    assert found["problems"] == [
        "pauses: listing what carries the label incident:active failed: 403 Resource not "
        "accessible by integration"
    ]


def test_the_events_checks_can_fail() -> None:
    """The shared slice lacks the events operation; the checks that stand in must fail too."""
    with pytest.raises(AssertionError):
        operation("GET", f"/repos/{OWN}/issues/41/events")
    good = PausingGitHub()
    good.event(41, "labeled", "security", "2026-10-03T09:00:00Z")
    _events_validator().validate(good.events[41])
    for broken in ({"id": "41000"}, {"created_at": None}, {"actor": None, "event": 7}):
        with pytest.raises(ValidationError):
            _events_validator().validate([{**good.events[41][0], **broken}])
    with pytest.raises(AssertionError, match="undocumented query parameters"):
        _documented_query(_events_operation("/repos/o/r/issues/1/events"), {"labels": ["x"]})
    with pytest.raises(AssertionError):
        _events_operation("/repos/o/r/issues/1/timeline")


@pytest.mark.slow
def test_the_pauses_page_passes_the_audit(browser: Browser, repo: Path, tmp_path: Path) -> None:
    measures, _ = follow(paused_github())
    page_file = tmp_path / "report.html"
    page_file.write_text(html(measures))
    page = browser.page()
    page.goto(page_file.as_uri())
    assert browser.audit(page) == []
    owed_rows = page.locator("#owed-table").locator("xpath=ancestor::table//tbody/tr")
    assert owed_rows.count() == 4
    assert page.locator("a[href$='/issues/46']").inner_text() == "issue #46 paused 46"
    page.context.close()


def test_a_label_with_a_comma_is_found_by_its_whole_name(repo: Path) -> None:
    """GitHub's listing reads `labels` as a comma-separated list: "sev1, customer-facing" would
    be asked for as two labels. The issues are listed whole and compared by name instead."""
    config = CONFIG.replace("[incident:active, security]", '[incident:active, "sev1, customers"]')
    (repo / ".spec-gate.yml").write_text(config)
    fake = paused_github()
    # Paused before the report's period and still paused: only the label listing finds it.
    fake.labelled(52, "2026-08-20T08:00:00Z", False, "sev1, customers")
    fake.event(52, "labeled", "sev1, customers", "2026-08-20T09:00:00Z")
    fake.labelled(53, "2026-10-07T08:00:00Z", False, "sev1")  # only a part of the name
    fake.event(53, "labeled", "sev1", "2026-10-07T09:00:00Z")
    measures, _ = follow(fake)
    found = json.loads(as_json(measures))["follow_through"]
    assert found["problems"] == []
    assert found["pauses"]["labels"] == ["incident:active", "sev1, customers"]
    assert [o["number"] for o in found["pauses"]["owed"]] == [41, 46, 47, 52]
    listed = [query for path, query in fake.queries if path == f"/repos/{OWN}/issues"]
    assert {tuple(query.get("labels", ())) for query in listed} == {("incident:active",), ()}
