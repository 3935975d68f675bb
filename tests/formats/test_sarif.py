"""SARIF 2.1.0 that code scanning accepts, for every rule spec-gate can emit."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from spec_gate import waivers
from spec_gate.ruleset.load import load_policy
from tests.conftest import REPO, Run

SCHEMA = REPO / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-rtm.5.json"
SPEC_WITH_EVERY_FINDING = """\
# Spec

<!-- spec-gate: waive a11y-review reason="the review is booked for Monday" until={soon} -->
<!-- spec-gate: waive a11y-signoff reason="x" until={soon} -->
<!-- spec-gate: waive why-section reason="the review is booked for Monday" -->
<!-- spec-gate: waive a11y-perspectives reason="beta behind a flag for staff only" until=2020-01-01 -->
<!-- spec-gate: waive no-such-rule reason="the review is booked for Monday" until={soon} -->

## Accessibility review

Looked at it.
"""
POSTMORTEM_WITH_EVERY_FINDING = """\
# Outage

## Impact

The API was slow.

## Cause

Human error.

## Action items

- Alert when the p99 latency of the API passes 2 s
"""


def test_a_run_with_every_rule_id_validates(
    cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    write("docs/specs/s.md", SPEC_WITH_EVERY_FINDING.format(soon=soon))
    write("postmortems/p.md", POSTMORTEM_WITH_EVERY_FINDING)
    write("postmortems/q.md", "# Outage\n\nThe API was slow.\n")
    write(
        "prs/p.md",
        f'Bump.\n\n<!-- spec-gate: waive why-section reason="a pin for the beta build only" '
        f"until={soon} -->\n",
    )
    write(
        "handoffs/h.md",
        "# Handoff\n\n## How are you?\n\nTBD\n\n## Notes\n\n"
        "I know you're tired, but the team needs you to cover Saturday.\n",
    )
    run = cli("check", "--format", "sarif", "--kind", "spec", "docs")
    sarif = [json.loads(run.out)]
    for kind, folder in (("postmortem", "postmortems"), ("pr", "prs"), ("handoff", "handoffs")):
        sarif.append(json.loads(cli("check", "--format", "sarif", "--kind", kind, folder).out))
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text()))
    for document in sarif:
        validator.validate(document)
    emitted = {r["ruleId"] for document in sarif for r in document["runs"][0]["results"]}
    policy = load_policy(None, root=Path.cwd())
    every = {a.rule.id for p in policy.defaults.values() for a in p.rules} | set(waivers.RULES)
    assert emitted == every


def test_a_path_with_spaces_and_marks_is_a_uri_reference(
    cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    """Real file names have spaces ("PM2020-001 - Inotify..."): a SARIF location is a URI
    reference, where "#" would end its path and "%2C" would read as a comma."""
    write("postmortems/PM 2020 #1, 50%.md", "# Outage\n\nThe API was slow.\n")
    run = cli("check", "--format", "sarif", "--kind", "postmortem", "postmortems")
    [result, *_] = json.loads(run.out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "postmortems/PM%202020%20%231%2C%2050%25.md"


@pytest.mark.parametrize(
    ("run_in", "named"),
    [
        ("services/billing", ()),  # a monorepo's part with a config of its own
        ("services/billing/docs", ("../docs/specs/bulk.md",)),  # a path above the folder
        ("services", ("--kind", "spec", "billing/docs/specs/bulk.md")),
    ],
)
def test_code_hosts_get_paths_from_the_repositorys_top(
    write: Callable[[str, str], Path],
    cli: Callable[..., Run],
    monkeypatch: pytest.MonkeyPatch,
    run_in: str,
    named: tuple[str, ...],
) -> None:
    """Code scanning, GitHub's annotations and GitLab's code quality place a finding by its
    path from the repository's top, wherever the job runs."""
    write(
        "services/billing/.spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md']\n",
    )
    bulk = write("services/billing/docs/specs/bulk.md", "# Bulk export\n")
    monkeypatch.chdir(bulk.parents[4] / run_in)
    where = "services/billing/docs/specs/bulk.md"
    sarif = json.loads(cli("check", "--format", "sarif", *named).out)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {where}
    annotations = cli("check", "--format", "github", *named).out.splitlines()
    assert all(f"file={where}," in line for line in annotations if line.startswith("::error"))
    quality = json.loads(cli("check", "--format", "codequality", *named).out)
    assert {issue["location"]["path"] for issue in quality} == {where}
