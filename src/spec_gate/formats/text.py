"""``--format text``: ``path:line: severity [rule] message``, then the detail and the help."""

from __future__ import annotations

from spec_gate.findings import Finding, Report, Severity, Signoff
from spec_gate.formats import plural, printable

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def _indent(text: str, prefix: str) -> str:
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


def _finding(finding: Finding, color: bool) -> str:
    severity = (
        finding.severity.value if finding.waived is None else f"{finding.severity.value}, waived"
    )
    head = (
        f"{_paint(f'{finding.path}:{finding.line}', '1', color)}: "
        f"{_paint(severity, _COLORS[finding.severity] if not finding.waived else '2', color)} "
        f"[{finding.rule}] {finding.message}"
    )
    lines = [head]
    if finding.told:
        lines.append(_indent(printable(finding.told), "    "))
    if finding.waived is not None:
        lines.append(_indent(printable(f"waived: {finding.waived}"), "    "))
    elif finding.help:
        lines.append(_indent(finding.help, "    | "))
    return "\n".join(lines)


def summary(report: Report) -> str:
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    passing = sum(1 for d in report.documents if d.clean)
    waived = sum(
        1
        for d in report.documents
        if d.waived and not d.count(Severity.ERROR) and not d.count(Severity.WARNING)
    )
    line = (
        f"{plural(len(report.documents), 'document')} checked: {plural(errors, 'error')}, "
        f"{plural(warnings, 'warning')}, {report.waived} waived; {passing} passed cleanly"
    )
    line += f", {waived} passed only by a waiver." if waived else "."
    unknown = len(report.skipped) - len(report.excluded)
    if report.excluded and unknown:
        line += (
            f" {len(report.skipped)} skipped: {len(report.excluded)} left out on purpose "
            f"(`exclude:`), {unknown} of unknown kind."
        )
    elif report.excluded:
        line += f" {len(report.excluded)} skipped (left out on purpose: `exclude:`)."
    elif report.skipped:
        line += f" {len(report.skipped)} skipped (kind unknown)."
    return line


def _signoff(path: str, signoff: Signoff, color: bool) -> str:
    if signoff.verified is None:
        state = (
            "unverified: only GitHub can tell whether they approved the pull request, so the "
            "action checks that"
        )
        if signoff.team:
            state += f", and whether they belong to {signoff.team}"
    elif signoff.verified:
        state = "verified: they approved the pull request"
    else:
        state = "not verified: they have not approved the pull request"
    listed = ", who is on the reviewers list" if signoff.listed else ""
    return (
        f"{_paint(f'{path}:{signoff.line}', '1', color)}: {_paint('note', '36', color)} "
        f"[{signoff.rule}] Signed off by {signoff.reviewer}{listed}; {state}."
    )


def _unverified(signoffs: list[tuple[str, Signoff]], color: bool) -> str:
    """One line for every sign-off that only GitHub can verify: said once, not per document
    on every run."""
    where = ", ".join(f"{s.reviewer} ({path}:{s.line})" for path, s in signoffs[:_LISTED])
    more = f" and {len(signoffs) - _LISTED} more" if len(signoffs) > _LISTED else ""
    teams = sorted({(s.reviewer, s.team) for _, s in signoffs if s.team})
    belong = "".join(f", and whether {who} belongs to {team}" for who, team in teams)
    return (
        f"{_paint('note', '36', color)}: {plural(len(signoffs), 'sign-off')} unverified here, "
        f"by {where}{more}: only GitHub can tell whether they approved the pull request"
        f"{belong}; the action checks that."
    )


_LISTED = 5


def render(report: Report, color: bool = False) -> str:
    blocks = [_finding(f, color) for f in report.findings]
    signed = [(d.path, s) for d in report.documents for s in d.signoffs]
    blocks += [_signoff(path, s, color) for path, s in signed if s.verified is not None]
    unverified = [(path, s) for path, s in signed if s.verified is None]
    if unverified:
        blocks.append(_unverified(unverified, color))
    blocks.append(summary(report))
    return "\n\n".join(blocks) + "\n"
