from __future__ import annotations

import pytest

from spec_gate.checks import items
from tests.checks.helpers import misses, run

OWNER = r"@[\w-]+|\bowner\s*:"

CASES = [
    (
        "owned items",
        "## Action items\n- Fix it (owner: @sam)\n- Alert @li\n",
        {"min": 1, "each": OWNER},
        [],
    ),
    (
        "one unowned",
        "## Action items\n- Fix it (owner: @sam)\n- Review the process\n",
        {"each": OWNER},
        [(3, "the item “Review the process” does not match /@[\\w-]+|\\bowner\\s*:/")],
    ),
    (
        "sub-bullets are details, not items",
        "## Action items\n- Fix it @sam\n  - step one\n",
        {"each": OWNER},
        [],
    ),
    (
        "table owner column counts",
        "## Action items\n| Item | Owner |\n|---|---|\n| Pin deps | chinmay |\n",
        {"min": 1, "each": OWNER},
        [],
    ),
    (
        "table with an empty owner",
        "## Action items\n| Item | Owner |\n|---|---|\n| Pin deps | |\n",
        {"each": OWNER},
        [(4, "the item “Pin deps” does not match /@[\\w-]+|\\bowner\\s*:/")],
    ),
    (
        "no items",
        "## Action items\nWe will do better.\n",
        {"min": 1},
        [(1, "the “Action items” section has no items; it needs at least 1")],
    ),
    (
        "placeholder items do not count",
        "## Action items\n- TBD\n",
        {"min": 1},
        [(1, "the “Action items” section has no items; it needs at least 1")],
    ),
    ("section missing", "## Summary\n", {"min": 1}, [(1, "")]),
    (
        "section missing, not required",
        "## Summary\n",
        {"require_section": False, "each": OWNER},
        [],
    ),
    (
        "items under a labelled list item",
        "- **Impact**: none\n- **Review actions**:\n  - Add a runbook\n",
        {"min": 1, "each": OWNER},
        [(3, "the item “Add a runbook” does not match /@[\\w-]+|\\bowner\\s*:/")],
    ),
    (
        "tracked: issue refs, cross-repo refs and tracker URLs",
        "## Action items\n- Fix it (#12)\n- Alert (acme/ops#7)\n"
        "- Runbook https://acme.atlassian.net/browse/OPS-123\n"
        "- Banner [issue](https://github.com/acme/web/issues/9)\n",
        {"tracked": True},
        [],
    ),
    (
        "tracked: untracked open items are one finding",
        "## Action items\n- Fix it (#12)\n- Review the process\n- Add an alert on errors\n",
        {"tracked": True},
        [(3, "2 of 3 items link to no issue, pull request or ticket: lines 3, 4")],
    ),
    (
        "tracked: a heading anchor, a bare tracker page or a number in a URL is no link",
        "## Action items\n- See [why](#why) and https://github.com/acme/web/issues\n",
        {"tracked": True},
        [
            (
                2,
                "the item “See [why](#why) and https://github.com/acme/web/issues” links to no "
                "issue, pull request or ticket",
            )
        ],
    ),
    (
        "owned: a Priority column names no one; a Team column does",
        "## Action items\n\n| Action | Priority | Ticket |\n| - | - | - |\n"
        "| Verify the symlink after upgrades | Medium | OPS-205 |\n\n"
        "| Action | Team | Ticket |\n| - | - | - |\n"
        "| Rotate the signing keys | Platform | OPS-206 |\n",
        {"owned": True, "follow_ups": True},
        [(5, "the item “Verify the symlink after upgrades | Medium | OPS-205” names no owner")],
    ),
    (
        "owned: a team named in capitals before its verb owns the item",
        "## Action items\n- Cloud Platform will remind teams to use the staging ingress\n"
        "- Move DNS to our registrar\n",
        {"owned": True},
        [(3, "the item “Move DNS to our registrar” names no owner")],
    ),
    (
        "owned: a lead whose subject is who does the items owns them",
        "## Action items\n\nNode operators should do all of the following:\n\n"
        "1. Raise the stop timeout to 120 seconds\n2. Back up the data directory daily\n",
        {"owned": True},
        [],
    ),
    (
        "owned: an item whose subject is who should do it",
        "## Action items\n\n- Package maintainers should enable two-factor authentication\n"
        "- We should rotate the publish tokens\n",
        {"owned": True},
        [(4, "the item “We should rotate the publish tokens” names no owner")],
    ),
    (
        "owned: the team in general is no owner, in a lead either",
        "## Action items\n\nWe will do the following:\n\n"
        "1. Raise the stop timeout to 120 seconds\n",
        {"owned": True},
        [(5, "the item “Raise the stop timeout to 120 seconds” names no owner")],
    ),
    (
        "owned: an item written what — who — where",
        "## Action items\n- Alert on 5xx — Security Operations — SEC-450\n",
        {"owned": True},
        [],
    ),
    (
        "owned: what — who — where, with no one in the who",
        "## Action items\n- Alert on 5xx — Everyone — SEC-450\n- Add a canary — The team — SEC-451\n"
        "- Add a schema check — TBD — SEC-452\n- Add a lint — Platform — SEC-453\n",
        {"owned": True},
        [(2, "3 of 4 items name no owner: lines 2, 3, 4")],
    ),
    (
        "owned: the team in general, or a team by name",
        "## Action items\n- The team will add a canary (SEC-451)\n"
        "- The Platform team will add a canary (SEC-452)\n- Team Atlas adds a lint (SEC-453)\n",
        {"owned": True},
        [(2, "the item “The team will add a canary (SEC-451)” names no owner")],
    ),
    (
        "owned: a ticket key in parentheses is no one's name",
        "## Action items\n- Add a disk alert at 90% (SEC-451)\n- Add a canary (Tom, SEC-452)\n",
        {"owned": True},
        [(2, "the item “Add a disk alert at 90% (SEC-451)” names no owner")],
    ),
    (
        "tracked: finished items need no link",
        "## Action items\n- [x] Rotated the key\n- Alert on errors (#4)\n",
        {"tracked": True},
        [],
    ),
    (
        "tracked: a Done status beside an Owner column is finished",
        "## Action items\n\n| Action | Owner | Status |\n| - | - | - |\n"
        "| Test the fork on testnet | Puneet | Done |\n| Alert on halts | Maksim | Open |\n",
        {"tracked": True, "follow_ups": True},
        [
            (
                6,
                "the item “Alert on halts | Maksim | Open” links to no issue, pull request or ticket",
            )
        ],
    ),
]


CASES += [
    (
        "a next step that only says how things are, and a platitude, names no work",
        "## Next steps\n\nThe indexer is back to normal and the worker cap has been returned"
        " to 12. We will keep monitoring indexing lag closely.\n\n## Action items\n"
        "- Alert on indexing lag above 5 minutes (owner: @sam)\n",
        {"owned": True, "follow_ups": True},
        [],
    ),
    (
        "a paragraph given an owner and a ticket is an item, whatever its verb",
        "## Follow-ups\n\nThe runbook is out of date and needs a failover section "
        "(owner: @x-ops, OPS-12).\n",
        {"min": 1, "owned": True, "tracked": True, "follow_ups": True},
        [],
    ),
    (
        "a hope, and what was learned, name no work",
        "## Next steps\n\nHopefully this won't happen again. We have learned a lot from this "
        "incident and the team is more aware of connection handling now.\n\n## Action items"
        "\n- Back up the database nightly (owner: @sam)\n",
        {"owned": True, "follow_ups": True},
        [],
    ),
    (
        "a hope names no work",
        "## What's next\n\nHopefully I won't screw it up AGAIN.\n\n## Action items\n"
        "- Back up the database nightly to a second disk (owner: @sam)\n",
        {"owned": True, "follow_ups": True},
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "options", "expected"), CASES, ids=[c[0] for c in CASES])
def test_items(
    name: str, text: str, options: dict[str, object], expected: list[tuple[int, str]]
) -> None:
    section = "^(action items|review actions)"
    assert misses(run(items, text, section=section, **options)) == expected


@pytest.mark.parametrize(
    ("source", "judged"),
    [
        # every item done: no open item to own or track, so nothing to judge (the report's n/a)
        ("## Action items\n- [x] Fix it\n- [x] Alert on it\n", False),
        ("## Action items\n- [ ] Alert on checkout errors above 1% (owner: @sam)\n", True),
    ],
)
def test_owners_are_judged_only_where_an_item_is_open(source: str, judged: bool) -> None:
    outcome = run(items, source, section="action items", owned=True)
    assert not outcome.misses
    assert outcome.judged is judged
