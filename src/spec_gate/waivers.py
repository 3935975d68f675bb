"""Waivers: ``<!-- spec-gate: waive RULE reason="..." until=YYYY-MM-DD -->``, visible and expiring.

A waiver without a reason is itself an error; an expired one stops waiving and says so.
Waived findings are kept, marked with the waiver's reason, so every report still shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from spec_gate.document import Comment
from spec_gate.findings import Finding, Severity

RULESET = "spec-gate"
_WAIVER = re.compile(r"<!--\s*spec-gate:\s*waive\b(.*?)-->", re.DOTALL | re.IGNORECASE)
_ARGUMENT = re.compile(r"""(\w+)=(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)""")
_HELP = 'Write it as <!-- spec-gate: waive RULE reason="why it is safe now" until=2026-12-31 -->'


@dataclass(frozen=True, slots=True)
class Waiver:
    rules: tuple[str, ...]
    reason: str
    until: date | None
    line: int

    def covers(self, rule: str) -> bool:
        return rule in self.rules or "*" in self.rules


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    severity: Severity
    line: int
    message: str


def parse(comments: Iterable[Comment], today: date) -> tuple[list[Waiver], list[Problem]]:
    """The waivers that are in force, and the problems with the rest."""
    waivers: list[Waiver] = []
    problems: list[Problem] = []
    for comment in comments:
        match = _WAIVER.match(comment.text.strip())
        if match is None:
            continue
        rules: list[str] = []
        fields: dict[str, str] = {}
        for arg in _ARGUMENT.finditer(match.group(1)):
            if arg.group(5) is not None:
                rules.extend(r for r in arg.group(5).split(",") if r)
            else:
                fields[arg.group(1).lower()] = next(g for g in arg.groups()[1:4] if g is not None)
        line = comment.line
        unknown = sorted(set(fields) - {"reason", "until"})
        if unknown:
            problems.append(
                Problem(
                    "waiver-invalid",
                    Severity.ERROR,
                    line,
                    f"The waiver has an unknown field {unknown[0]!r}. {_HELP}",
                )
            )
            continue
        if not rules:
            problems.append(
                Problem(
                    "waiver-invalid", Severity.ERROR, line, f"The waiver names no rule. {_HELP}"
                )
            )
            continue
        reason = fields.get("reason", "").strip()
        if not reason:
            problems.append(
                Problem(
                    "waiver-reason",
                    Severity.ERROR,
                    line,
                    f"The waiver of {', '.join(rules)} gives no reason, so it waives nothing. "
                    f"A reason tells the next reader why skipping the practice was safe. {_HELP}",
                )
            )
            continue
        until = None
        if "until" in fields:
            try:
                until = date.fromisoformat(fields["until"])
            except ValueError:
                problems.append(
                    Problem(
                        "waiver-invalid",
                        Severity.ERROR,
                        line,
                        f"The waiver's until={fields['until']!r} is not a date (YYYY-MM-DD).",
                    )
                )
                continue
            if until < today:
                problems.append(
                    Problem(
                        "waiver-expired",
                        Severity.WARNING,
                        line,
                        f"The waiver of {', '.join(rules)} expired on {until.isoformat()}, so the "
                        f"findings it covered count again. Do the review, or renew the waiver "
                        f"with a reason.",
                    )
                )
                continue
        waivers.append(Waiver(tuple(rules), reason, until, line))
    return waivers, problems


def apply(findings: Iterable[Finding], waivers: list[Waiver]) -> list[Finding]:
    """Mark each finding covered by a waiver with that waiver's reason; keep every finding."""
    result = []
    for finding in findings:
        waiver = next((w for w in waivers if w.covers(finding.rule)), None)
        covered = waiver is not None and finding.ruleset != RULESET
        result.append(replace(finding, waived=waiver.reason) if covered and waiver else finding)
    return result
