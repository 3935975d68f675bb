"""From findings to what an editor shows: diagnostics with ranges, and fill-in snippets to insert.

Pure functions over text and findings; the server wires them to the protocol.
"""

from __future__ import annotations

from dataclasses import dataclass

from lsprotocol import types

from spec_gate.findings import Finding, Severity

SOURCE = "spec-gate"
_SNIPPET_LEAD = "Paste and fill in:"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def line_range(lines: list[str], line: int) -> types.Range:
    """The text of 1-based ``line`` (the heading, box, phrase or item a finding is about),
    without its indentation; line 1 when the finding is about the whole document."""
    index = min(max(line, 1), max(len(lines), 1)) - 1
    text = lines[index] if index < len(lines) else ""
    start = len(text) - len(text.lstrip())
    return types.Range(
        types.Position(index, start), types.Position(index, max(len(text.rstrip()), start))
    )


def diagnostic(finding: Finding, lines: list[str], explanation: str | None) -> types.Diagnostic:
    """``explanation``: a URI of what ``spec-gate explain`` says about the rule."""
    message = finding.message + (f"\n{finding.detail}" if finding.detail else "")
    if finding.waived:
        message += f"\nWaived: {finding.waived}"
    return types.Diagnostic(
        range=line_range(lines, finding.line),
        message=message,
        severity=types.DiagnosticSeverity.Hint if finding.waived else _SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=explanation) if explanation else None,
        source=SOURCE,
    )


def snippet(help_text: str) -> str | None:
    """The fill-in skeleton a rule's help offers ("Paste and fill in:" and what follows)."""
    if _SNIPPET_LEAD not in help_text:
        return None
    found = help_text.split(_SNIPPET_LEAD, 1)[1].strip("\n")
    return found if found.strip() else None


@dataclass(frozen=True, slots=True)
class Insertion:
    title: str
    edit: types.TextEdit


def insertion(text: str, line: int, skeleton: str) -> Insertion:
    """Where the skeleton goes: under the section heading the finding points at (a section that
    is there with nothing under it: only the skeleton's body is added), else as a new section
    at the end. A level-1 heading is the document's title, not the section. Always an
    insertion: nothing the author wrote is replaced."""
    lines = text.split("\n")
    first, _, body = skeleton.partition("\n")
    index = line - 1
    at = lines[index] if 0 <= index < len(lines) else ""
    is_section = at.lstrip().startswith("##") or (
        at.lstrip().startswith("#") and at.strip("# ").lower() == first.strip("# ").lower()
    )
    if first.startswith("#") and is_section and body.strip():
        title = f"Insert what “{at.strip('# ').strip()}” asks for, to fill in"
        if index + 1 < len(lines):
            where = types.Position(index + 1, 0)
            added = body.rstrip() + "\n"
        else:  # the heading is the last line, without a newline
            where = types.Position(index, len(at))
            added = "\n" + body.rstrip()
        return Insertion(title, types.TextEdit(types.Range(where, where), added))
    where = types.Position(len(lines) - 1, len(lines[-1]))
    if not text.strip() or text.endswith("\n\n"):
        lead = ""
    else:
        lead = "\n" if text.endswith("\n") else "\n\n"
    heading = first.strip("# ").strip() if first.startswith("#") else "missing"
    return Insertion(
        f"Add the “{heading}” section, to fill in",
        types.TextEdit(types.Range(where, where), lead + skeleton.rstrip() + "\n"),
    )
