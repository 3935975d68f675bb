"""``--format json``: the machine-readable report of DESIGN.md (version 1)."""

from __future__ import annotations

import json
from typing import Any

from spec_gate.findings import Finding, Report, Severity


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "summary": {
            "documents": len(report.documents),
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "waived": report.waived,
        },
        "documents": [
            {
                "path": d.path,
                "kind": d.kind,
                "errors": d.count(Severity.ERROR),
                "warnings": d.count(Severity.WARNING),
                "signoffs": [
                    {"rule": s.rule, "reviewer": s.reviewer, "line": s.line, "verified": s.verified}
                    for s in d.signoffs
                ],
            }
            for d in report.documents
        ],
        "findings": [_finding(f) for f in report.findings],
        "skipped": list(report.skipped),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "ruleset": finding.ruleset,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.line,
        "message": finding.message,
        "help": finding.help,
        "detail": finding.detail,
        "waived": finding.waived,
    }


def render(report: Report, color: bool = False) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
