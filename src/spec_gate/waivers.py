"""Waivers: ``<!-- spec-gate: waive RULE reason="..." until=YYYY-MM-DD -->``, visible and expiring.

A waiver needs a reason of a few real words and an end date at most ``max_days`` ahead; one
that breaks these is itself an error, and an expired one stops waiving and says so.
Waived findings are kept, marked with the waiver's reason, so every report still shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spec_gate.document import Comment, is_placeholder, real_words
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


# What each waiver rule means, for `spec-gate explain`: (severity, what it checks, why).
RULES: dict[str, tuple[Severity, str, str]] = {
    "waiver-reason": (
        Severity.ERROR,
        "every waiver gives a reason of at least 3 real words (not TBD, not a placeholder)",
        "A waiver skips a practice. The reason tells the next reader why that was safe, "
        "and a one-word reason tells them nothing.",
    ),
    "waiver-invalid": (
        Severity.ERROR,
        "every waiver names its rules, has until=YYYY-MM-DD at most waivers.max_days ahead "
        "(default 90), no unknown fields, and waives * only where waivers.allow_all is true",
        "A waiver is an exception with an end. One without an end date, or far in the future, "
        "quietly turns the practice off.",
    ),
    "waiver-expired": (
        Severity.WARNING,
        "a waiver whose until= date has passed waives nothing",
        "When the exception ends, the findings it covered count again: do the review, or "
        "renew the waiver with a reason.",
    ),
    "waiver-unknown-rule": (
        Severity.WARNING,
        "a waiver names only rules that apply to the document",
        "A misspelt rule id waives nothing, which the author would not notice otherwise.",
    ),
}
EXAMPLE = (
    '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42, review booked" '
    "until=2026-12-31 -->"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What ``.spec-gate.yml`` allows a waiver (``waivers:``)."""

    max_days: int = 90  # how far ahead until= may be
    allow_all: bool = False  # whether ``waive *`` is allowed


MIN_REASON_WORDS = 3  # "hotfix for INC-42" says why; "x", "because" and "TBD" do not


def parse(
    comments: Iterable[Comment], today: date, limits: Limits | None = None
) -> tuple[list[Waiver], list[Problem]]:
    """The waivers that are in force, and the problems with the rest."""
    limits = limits or Limits()
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
        waiver, problem = _judge(rules, fields, comment.line, today, limits)
        if problem is not None:
            problems.append(problem)
        if waiver is not None:
            waivers.append(waiver)
    return waivers, problems


def _judge(
    rules: list[str], fields: dict[str, str], line: int, today: date, limits: Limits
) -> tuple[Waiver | None, Problem | None]:
    """The waiver, or what is wrong with it; each problem names the part to fix."""

    def invalid(what: str, rule: str = "waiver-invalid") -> tuple[None, Problem]:
        return None, Problem(rule, Severity.ERROR, line, f"{what} {_HELP}")

    unknown = sorted(set(fields) - {"reason", "until"})
    if unknown:
        return invalid(f"The waiver has an unknown field {unknown[0]!r}.")
    if not rules:
        return invalid("The waiver names no rule.")
    named = ", ".join(rules)
    if "*" in rules and not limits.allow_all:
        return invalid(
            "The waiver waives every rule (*), which this repository does not allow "
            "(waivers.allow_all in .spec-gate.yml); name the rules it waives."
        )
    reason = fields.get("reason", "").strip()
    if is_placeholder(reason) or real_words([reason]) < MIN_REASON_WORDS:
        said = f" ({reason!r} is not one)" if reason else ""
        return invalid(
            f"The waiver of {named} gives no reason{said}, so it waives nothing. A reason of "
            f"at least {MIN_REASON_WORDS} words tells the next reader why skipping the practice "
            "was safe.",
            "waiver-reason",
        )
    if "until" not in fields:
        return invalid(
            f"The waiver of {named} has no end date, so it waives nothing: add "
            f"until=YYYY-MM-DD, at most {limits.max_days} days ahead."
        )
    try:
        until = date.fromisoformat(fields["until"])
    except ValueError:
        return invalid(f"The waiver's until={fields['until']!r} is not a date (YYYY-MM-DD).")
    if until < today:
        return None, Problem(
            "waiver-expired",
            Severity.WARNING,
            line,
            f"The waiver of {named} expired on {until.isoformat()}, so the findings it covered "
            f"count again. Do the review, or renew the waiver with a reason.",
        )
    latest = today + timedelta(days=limits.max_days)
    if until > latest:
        return invalid(
            f"The waiver of {named} runs to {until.isoformat()}, more than {limits.max_days} "
            f"days ahead (waivers.max_days), so it waives nothing: set until= on or before "
            f"{latest.isoformat()}, and renew it then if it is still needed."
        )
    return Waiver(tuple(rules), reason, until, line), None


def apply(findings: Iterable[Finding], waivers: list[Waiver]) -> list[Finding]:
    """Mark each finding covered by a waiver with that waiver's reason; keep every finding."""
    result = []
    for finding in findings:
        waiver = next((w for w in waivers if w.covers(finding.rule)), None)
        covered = waiver is not None and finding.ruleset != RULESET
        result.append(replace(finding, waived=waiver.reason) if covered and waiver else finding)
    return result
