"""``--format codequality``: GitLab Code Quality, so findings show in merge requests.

A JSON array of issues with GitLab's required fields: ``description``, ``check_name``,
``fingerprint``, ``severity`` and ``location.path`` with ``location.lines.begin``. The
fingerprint is stable across runs and edits elsewhere in the file (the rule, the path, the
message and which occurrence of it this is; not the line), so GitLab can tell a new finding
from one the target branch already had. Waived findings are left out: GitLab has no notion of
a waiver, and listing them would show them as new problems.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from spec_gate.findings import Report, Severity
from spec_gate.formats import from_top

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report, color: bool = False) -> str:
    seen: Counter[tuple[str, str, str]] = Counter()
    issues: list[dict[str, Any]] = []
    for finding in report.findings:
        if not finding.counts:
            continue
        key = (finding.rule, finding.path, finding.message)
        seen[key] += 1
        identity = "\0".join((*key, str(seen[key])))
        description = finding.message + (f" ({finding.detail})" if finding.told else "")
        issue: dict[str, Any] = {
            "type": "issue",
            "check_name": finding.rule,
            "description": description,
            "categories": ["Style"],
            "fingerprint": hashlib.sha256(identity.encode()).hexdigest(),
            "severity": _SEVERITY[finding.severity],
            "location": {"path": from_top(finding.path), "lines": {"begin": max(finding.line, 1)}},
        }
        if finding.help:
            issue["content"] = {"body": finding.help}
        issues.append(issue)
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
