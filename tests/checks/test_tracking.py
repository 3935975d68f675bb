"""Where an action item is tracked: the references ``links_in`` finds, and those it must not."""

from __future__ import annotations

import pytest

from spec_gate.checks.tracking import Link, links_in

CASES = [
    ("Fix it (#12)", [Link("#12", "", 12)]),
    (
        "see rust-lang/rfcs#3424 and #5",
        [Link("rust-lang/rfcs#3424", "rust-lang/rfcs", 3424), Link("#5", "", 5)],
    ),
    ("https://github.com/o/r/issues/7", [Link("https://github.com/o/r/issues/7", "o/r", 7)]),
    (
        "https://ghe.acme.io/o/r/pull/8#issuecomment-1",
        [Link("https://ghe.acme.io/o/r/pull/8", "o/r", 8)],
    ),
    (
        "[#3016](https://github.com/o/r/issues/3016)",
        [Link("#3016", "", 3016), Link("https://github.com/o/r/issues/3016", "o/r", 3016)],
    ),
    (
        "https://acme.atlassian.net/browse/OPS-123",
        [Link("https://acme.atlassian.net/browse/OPS-123")],
    ),
    ("https://gitlab.com/g/p/-/issues/44", [Link("https://gitlab.com/g/p/-/issues/44")]),
    ("https://linear.app/acme/issue/ENG-12/fix", [Link("https://linear.app/acme/issue/ENG-12")]),
    (
        "https://github.com/o/r/issues?q=label%3Aincident-42",
        [Link("https://github.com/o/r/issues?q=label%3Aincident-42")],
    ),
    ("Alert on halts — @maksim — PAY-431", [Link("PAY-431")]),
    # Written without "https://", as plain-text reports are; a path ending in a ticket's key.
    ("— github.com/o/r/pull/2211 |", [Link("github.com/o/r/pull/2211", "o/r", 2211)]),
    ("(JS) — gitlab.rcs.ac.uk/g/ops/-/issues/612", [Link("gitlab.rcs.ac.uk/g/ops/-/issues/612")]),
    ("Maria, (https://tracker.acme.io/OPS-311)", [Link("https://tracker.acme.io/OPS-311")]),
    ("see docs.acme.io/guide/setup and v1.2/issues/3", []),
    ("https://acme.io/docs/ADR-001.md", []),
    # A board's card or task is where the work is tracked.
    (
        "https://trello.com/c/Lx09bZt1/58-missing-order-list-alert",
        [Link("https://trello.com/c/Lx09bZt1")],
    ),
    (
        "https://app.asana.com/0/1203301/1205567",
        [Link("https://app.asana.com/0/1203301/1205567")],
    ),
    # A forum's category is not a card.
    ("https://discuss.example.org/c/incidents", []),
    # A project key of two parts is one key, not a key inside a word.
    ("Mark stale predictions — @amara (Rider Apps) — RIDE-APP-502", [Link("RIDE-APP-502")]),
    ("Backfill the lost rows (DATA_ENG-12)", [Link("DATA_ENG-12")]),
    ("Revise the procedure (document QM-LAB-VA-118)", [Link("QM-LAB-VA-118")]),
    # Tracked "as" a key written with a space, and a tool's number ("GLPI n° 48812").
    ("Owner: Rhodri Evans. Tracked as WTR-CHG 4471.", [Link("WTR-CHG 4471")]),
    ("Annulation des FPS — Sandrine Roux — GLPI n° 48812", [Link("GLPI n° 48812")]),
    ("tracked in Jira, n° 5", []),
    # ...even where its first part is also a standard's prefix ("ES" for ECMAScript).
    ("Ask the vendor (K. Oduya) — ES-SUP-88012", [Link("ES-SUP-88012")]),
    ("ISO-IEC-27001 controls", []),
    # A record named with what it is, its number long enough not to be a count or a year.
    ("Ask the vendor — @lhale, vendor case 00923311", [Link("00923311")]),
    ("Rebalance in business hours — change request CHG0031207", [Link("CHG0031207")]),
    ("Neue Prüfung im Vorgang 2024-3381", [Link("2024-3381")]),
    ("in incident 42, the case 2024 and job 12", []),
    # A tracker's capitals before "#" (Request Tracker, a desk's own), not C#.
    ("logged in the helpdesk as RT#88213", [Link("RT#88213")]),
    ("Leverandørsak #CS-88214.", [Link("CS-88214")]),  # a key written after a "#"
    ("see https://x.org/page#SEC-12 there", []),  # an anchor in a link, no key
    ("Use C#10 and F#9", []),
    # In bold, in code, or with a word processor's en dash.
    ("— Michał Wróbel (payments), ticket **PAY-1473**", [Link("PAY-1473")]),
    ("— Radu Stan, INT–77 on the integrations board", [Link("INT–77")]),
    ("UTF–8 everywhere", []),
    ("期限の14日前にアラート（担当: 佐藤、PAY-12）", [Link("PAY-12")]),
    ("到期前告警（负责人：王伟，PAY-13）", [Link("PAY-13")]),
    # Other trackers, as they write their references.
    (
        "Seguimiento: tiendafacil/pagos/autorizaciones!88",
        [Link("tiendafacil/pagos/autorizaciones!88")],
    ),
    (
        "Seguimiento: tiendafacil/pagos/autorizaciones#412",
        [Link("tiendafacil/pagos/autorizaciones#412")],
    ),
    ("Decode with a bounded pool (Ana) — bug 1834567", [Link("bug 1834567")]),
    ("Rotate the keys (AB#1234)", [Link("AB#1234")]),
    # Code review and bug trackers of other forges, as their links are written.
    (
        "https://phabricator.wikimedia.org/T12345",
        [Link("https://phabricator.wikimedia.org/T12345")],
    ),
    ("(reviews.llvm.org/D1234)", [Link("reviews.llvm.org/D1234")]),
    (
        "https://review.opendev.org/c/openstack/nova/+/881234",
        [Link("https://review.opendev.org/c/openstack/nova/+/881234")],
    ),
    (
        "https://bugs.launchpad.net/nova/+bug/1988119",
        [Link("https://bugs.launchpad.net/nova/+bug/1988119")],
    ),
    (
        "https://bitbucket.org/a/b/pull-requests/12",
        [Link("https://bitbucket.org/a/b/pull-requests/12")],
    ),
    ("https://gitlab.com/g/p/-/work_items/12", [Link("https://gitlab.com/g/p/-/work_items/12")]),
    ("https://gitlab.com/groups/g/-/epics/261", [Link("https://gitlab.com/groups/g/-/epics/261")]),
    (
        "https://dev.azure.com/a/p/_git/r/pullrequest/77",
        [Link("https://dev.azure.com/a/p/_git/r/pullrequest/77")],
    ),
    ("https://todo.sr.ht/~alice/app/123", [Link("https://todo.sr.ht/~alice/app/123")]),
    (
        "https://acme.atlassian.net/jira/software/projects/OPS/boards/1?selectedIssue=OPS-12",
        [
            Link(
                "https://acme.atlassian.net/jira/software/projects/OPS/boards/1?selectedIssue=OPS-12"
            )
        ],
    ),
    # Boards and service desks: monday.com, Asana's newer links, ServiceNow, a GitHub project's item.
    (
        "https://acme.monday.com/boards/123/pulses/456",
        [Link("https://acme.monday.com/boards/123/pulses/456")],
    ),
    (
        "https://app.asana.com/1/123/project/456/task/789",
        [Link("https://app.asana.com/1/123/project/456/task/789")],
    ),
    (
        "https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=9f2c",
        [Link("https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=9f2c")],
    ),
    ("Rebalance in business hours — CHG0031234", [Link("CHG0031234")]),
    (
        "https://github.com/orgs/acme/projects/3/views/1?pane=issue&itemId=123",
        [Link("https://github.com/orgs/acme/projects/3/views/1?pane=issue&itemId=123")],
    ),
    # A change request named as one; a pull request of this repository can be followed.
    ("Owner @ana, PR 3120", [Link("PR 3120", "", 3120)]),
    ("in pull request 88", [Link("pull request 88", "", 88)]),
    ("MR 45, and CL 512034", [Link("MR 45"), Link("CL 512034")]),
    ("Tracked in !123", [Link("!123")]),
    ("see issue 12345", [Link("issue 12345")]),
    # ...not a commit, a blog's path, a page's name or a path with a "+" in it.
    ("https://github.com/o/r/commit/abc1234", []),
    ("https://example.com/blog/stories/2026/x", []),
    ("https://acme.io/docs/T1 and https://example.com/+/docs", []),
    # Another repository of the same owner, named without it.
    ("Lint the PDB selectors — @tanvi-k — platform#1202", [Link("platform#1202")]),
    ("Use C#10 features", []),
    ("a bug 12 times a day, and Hey!88 people", []),
    ("UTF-8 names, SHA-256 sums, ISO-8601 dates and an X-RAY-2 scan", []),
    ("heading [link](#why) and #abc", []),
    ("step#1 of the runbook", []),
    ("https://example.com/docs#12", []),
    ("https://github.com/o/r/issues", []),
    # A search that names nothing of its own gathers every issue, not the incident's.
    ("https://github.com/o/r/issues?q=is%3Aopen", []),
    ("https://github.com/o/r/issues?q=is%3Aissue+sort%3Aupdated-desc", []),
    (
        "https://github.com/o/r/issues?q=is%3Aissue+is%3Aopen+post-aws-incident",
        [Link("https://github.com/o/r/issues?q=is%3Aissue+is%3Aopen+post-aws-incident")],
    ),
    # A small team's own list or board: the entry named with what it is, or beside the list.
    ("Se encarga Marta Gil, tarea 31.", [Link("tarea 31")]),
    ("| Kerry Walsh | issue 19 |", [Link("issue 19")]),
    ("-> Priya. Admin board card 17.", [Link("card 17")]),
    ("Ansvarlig: Arne Vik. Sak 2024-14 i korpsets sakslogg.", [Link("Sak 2024-14")]),
    ("se ne occupa Luca, scheda n. 12 sul nostro Trello", [Link("scheda n. 12")]),
    ("**Tracked:** WAO backlog item 118.", [Link("backlog item 118")]),
    ("it's item 9 on our practice task list.", [Link("item 9 on our practice task list")]),
    ("Das steht als Nr. 14 auf unserer Aufgabenliste.", [Link("Nr. 14 auf unserer Aufgabenliste")]),
    ("| 事務局 佐藤 恵 | 課題管理表 No.27 |", [Link("課題管理表 No.27")]),
    ("Owner: Martin. Trello card: trello.com/c/Hx82kLp", [Link("trello.com/c/Hx82kLp")]),
    # ...not a count, a step or a list named for something else.
    ("Item 3 below: the board.", []),
    ("We ran the board meeting 3 times; the register showed 12 errors.", []),
    ("the tracker, when we have one", []),
    ("tracked in #0, or #000", []),
    ("https://github.com/o/r/issues/0", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_links_in(text: str, expected: list[Link]) -> None:
    assert links_in(text) == expected


def test_only_github_references_can_be_followed() -> None:
    assert [
        link.on_github for link in links_in("#3 and https://acme.atlassian.net/browse/X-1")
    ] == [
        True,
        False,
    ]
