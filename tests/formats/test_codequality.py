"""``--format codequality``: GitLab Code Quality, checked against the fields GitLab documents.

GitLab's documented report format (docs.gitlab.com/ci/testing/code_quality, "Code Quality
report format") requires, per issue: ``description``, ``check_name``, ``fingerprint``,
``severity`` (one of info, minor, major, critical, blocker), ``location.path`` and
``location.lines.begin`` (or ``location.positions.begin.line``). The schema below says exactly
that, and is what GitLab reads in a merge request.
"""

from __future__ import annotations

import json
from dataclasses import replace

from jsonschema import Draft202012Validator

from spec_gate.findings import DocumentResult, Finding, Report, Severity
from spec_gate.formats import codequality

GITLAB = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}
WHY = Finding("why-section", "why", Severity.ERROR, "docs/a.md", 1, "Say why.", "Paste: ## Why")
WHO = Finding("who-affected", "why", Severity.WARNING, "docs/a.md", 9, "Say who.", "", "none")


def rendered(*findings: Finding) -> list[dict[str, object]]:
    report = Report((DocumentResult("docs/a.md", "spec", findings=findings),), ())
    found: list[dict[str, object]] = json.loads(codequality.render(report))
    return found


def test_every_issue_has_the_fields_gitlab_requires() -> None:
    found = rendered(WHY, WHO, replace(WHO, severity=Severity.INFO, line=0))
    Draft202012Validator(GITLAB).validate(found)
    assert [(i["check_name"], i["severity"]) for i in found] == [
        ("why-section", "major"),
        ("who-affected", "minor"),
        ("who-affected", "info"),
    ]
    assert found[1]["description"] == "Say who. (none)"


def test_fingerprints_are_stable_and_survive_a_line_shift() -> None:
    before = rendered(WHY, WHO)
    again = rendered(WHY, WHO)
    shifted = rendered(WHY, replace(WHO, line=30))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in again]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in shifted]


def test_the_same_finding_twice_in_a_file_gets_two_fingerprints() -> None:
    found = rendered(WHO, replace(WHO, line=20))
    assert len({i["fingerprint"] for i in found}) == 2


def test_waived_findings_are_left_out() -> None:
    assert rendered(replace(WHY, waived="a prototype behind a flag")) == []
