"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Rule metadata (description, help, default level) comes from the findings themselves, so this
reporter, like the others, knows nothing but the Report. Waived findings are kept, marked as
suppressed in source with the waiver's reason.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from spec_gate import __version__
from spec_gate.findings import Finding, Report, Severity
from spec_gate.formats import from_top
from spec_gate.vocabulary import is_file

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(finding: Finding) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": finding.rule,
        "name": "".join(part.capitalize() for part in finding.rule.split("-")),
        "shortDescription": {"text": finding.message.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": finding.message},
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
        "properties": {"ruleset": finding.ruleset, "tags": sorted({"spec-gate", finding.ruleset})},
    }
    if finding.help:
        rule["help"] = {"text": finding.help, "markdown": finding.help}
    return rule


def _location(finding: Finding) -> dict[str, Any]:
    if not is_file(finding.path):
        return {"logicalLocations": [{"name": finding.path, "kind": "object"}]}
    return {
        "physicalLocation": {
            # a URI reference: "docs/x y#z.md" would end its path at "#"
            "artifactLocation": {"uri": quote(from_top(finding.path).replace("\\", "/"), safe="/")},
            "region": {"startLine": finding.line},
        }
    }


def as_dict(report: Report) -> dict[str, Any]:
    rules: dict[str, int] = {}
    descriptors: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for finding in report.findings:
        if finding.rule not in rules:
            rules[finding.rule] = len(descriptors)
            descriptors.append(_rule(finding))
        text = finding.message + (f" ({finding.detail})" if finding.told else "")
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rules[finding.rule],
            "level": _LEVELS[finding.severity],
            "message": {"text": text},
            "locations": [_location(finding)],
        }
        if finding.waived is not None:
            result["suppressions"] = [{"kind": "inSource", "justification": finding.waived}]
        results.append(result)
    driver = {
        "name": "spec-gate",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": "https://github.com/spec-gate/spec-gate",
        "rules": descriptors,
    }
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": driver}, "results": results, "columnKind": "unicodeCodePoints"}
        ],
    }


def render(report: Report, color: bool = False) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
