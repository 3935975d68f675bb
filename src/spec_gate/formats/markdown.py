"""``--format markdown``: the Markdown of the PR comment and the job summary.

Everything quoted from a document is made inert: no @-mentions that ping, no HTML, no
comment markers; snippets sit in code fences longer than any backtick run they contain.
"""

from __future__ import annotations

import re

from spec_gate.findings import DocumentResult, Finding, Report, Severity
from spec_gate.formats import plural, printable, tally

LIMIT = 65_000  # GitHub refuses comments over 65,536 characters; leave room for the marker
_ICONS = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_MENTION = re.compile(r"@(?=[A-Za-z0-9])")
# An issue or pull request a quote would link, and so leave a back-reference in: #123,
# owner/repo#7, GH-5.
_REFERENCE = re.compile(r"(#|\bGH-)(?=\d)", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")


def inert(text: str) -> str:
    """Text safe to show in GitHub Markdown: no pings, no cross-references, no HTML, no
    forged markers, no control characters."""
    text = printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _REFERENCE.sub("\\1\u2060", _MENTION.sub("@\u2060", text))


def code(text: str) -> str:
    """``text`` as an inline code span it cannot close early (a path holding a backtick);
    GitHub renders nothing inside one, so no pings and no HTML, and nothing to escape."""
    text = " ".join(printable(text).split())
    longest = max((len(m.group(0)) for m in _BACKTICKS.finditer(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fenced(text: str, info: str = "") -> str:
    """A code block that ``text`` cannot break out of; comment openers are defused too."""
    text = text.replace("<!--", "<!-\u2060-")
    longest = max((len(m.group(0)) for m in _BACKTICKS.finditer(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


_WAIVED_ICON = "🔖"  # not the crisis pause's ⏸️: a waiver is one rule, reasoned, with an end


def headline(report: Report) -> str:
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    icon = "❌" if errors else "⚠️" if warnings else _WAIVED_ICON if report.waived else "✅"
    return f"{icon} spec-gate: {tally(report)}"


def _finding(finding: Finding) -> str:
    if finding.waived is not None:
        head = f"- {_WAIVED_ICON} waived `{finding.rule}` line {finding.line}: "
        head += inert(finding.message)
        return f"{head}  \n  Waived: {inert(finding.waived)}"
    icon = _ICONS[finding.severity]
    lines = [
        f"- {icon} **{finding.severity.value}** `{finding.rule}` line {finding.line}: "
        f"{inert(finding.message)}"
    ]
    if finding.told:
        lines.append(f"  {inert(finding.told)}")
    if finding.help:
        snippet = "\n".join(
            "  " + line if line else "" for line in fenced(finding.help, "markdown").splitlines()
        )
        lines.append(f"  <details><summary>How to fix</summary>\n\n{snippet}\n\n  </details>")
    return "  \n".join(lines[:2]) + ("\n" + "\n".join(lines[2:]) if len(lines) > 2 else "")


def block(finding: Finding) -> str:
    """One finding as a standalone comment: a line review comment or a file-level one."""
    icon = _ICONS[finding.severity]
    parts = [
        f"{icon} **{finding.severity.value}** `{finding.rule}` line {finding.line}: "
        f"{inert(finding.message)}"
    ]
    if finding.told:
        parts.append(inert(finding.told))
    if finding.help:
        parts.append(
            f"<details><summary>How to fix</summary>\n\n"
            f"{fenced(finding.help, 'markdown')}\n\n</details>"
        )
    return "\n\n".join(parts)


def _document(result: DocumentResult) -> str:
    return f"**{code(result.path)}** ({result.kind})"


def render(report: Report, color: bool = False, limit: int = LIMIT, note: str = "") -> str:
    """The report as Markdown; ``note``: a sentence after the count ("Advisory: ...")."""
    parts = [f"### {headline(report)}", ""]
    checked = plural(len(report.documents), "document")
    parts.append(
        f"{checked} checked; {report.waived} finding(s) waived." + (f" {note}" if note else "")
    )
    used = sum(len(p) + 1 for p in parts)
    left_out = 0
    for result in report.documents:
        header = ["", _document(result), ""]
        shown: list[str] = []
        for finding in result.findings:
            text = _finding(finding)
            cost = len(text) + 1 + (0 if shown else sum(len(h) + 1 for h in header))
            if used + cost + 300 > limit:  # room for the closing note and the marker
                left_out += 1
                continue
            shown.append(text)
            used += cost
        if shown:
            parts += header + shown
    if left_out:
        parts += [
            "",
            f"…and {left_out} more finding(s) not shown here: every finding is in the "
            "workflow log, and in the JSON report the action writes (its `report` output: "
            "upload it with actions/upload-artifact to keep it).",
        ]
    return "\n".join(parts) + "\n"
