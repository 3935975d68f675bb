"""``--format github``: workflow commands that GitHub shows as annotations on the files."""

from __future__ import annotations

from spec_gate.findings import Finding, Report, Severity
from spec_gate.formats import from_top, printable
from spec_gate.vocabulary import is_file

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding, paused: bool = False) -> str:
    """One finding as an annotation; ``paused``: a crisis pause holds the gate, so an error
    is shown as a warning (it is owed, and blocks nothing), its title saying why."""
    message = finding.message + (f" ({finding.detail})" if finding.told else "")
    level = _COMMANDS[finding.severity]
    if paused and finding.severity is Severity.ERROR:
        level = _COMMANDS[Severity.WARNING]
    return _on_its_file(level, finding, " (paused)" if paused else "", message)


def _on_its_file(level: str, finding: Finding, titled: str, message: str) -> str:
    """The annotation of ``finding`` on its file and line (or naming what it is about, a PR
    or an issue, in the message), its title the rule's, with ``titled`` after it."""
    title = f"spec-gate {finding.rule}{titled}"
    if is_file(finding.path):
        file = _property(from_top(finding.path))
        where = f"file={file},line={finding.line},title={_property(title)}"
    else:
        where = f"title={_property(title)}"
        message = f"{finding.path}: {message}"
    return f"::{level} {where}::{_data(message)}"


def notice(title: str, message: str) -> str:
    """A notice on the run's page and in the log, for what is not about one finding."""
    return annotation("notice", title, message)


def render(report: Report, color: bool = False, paused: bool = False) -> str:
    """Every finding; a waived one as a notice that says so, since waived findings stay in
    every report."""
    return "".join(
        (command(f, paused) if f.waived is None else _waived(f)) + "\n" for f in report.findings
    )


def _waived(finding: Finding) -> str:
    return _on_its_file(
        "notice", finding, " (waived)", f"{finding.message} (waived: {finding.waived})"
    )


def annotation(
    level: str, title: str, message: str, file: str | None = None, line: int | None = None
) -> str:
    """An error, warning or notice on the run's page and in the log, on a file and line when
    given (a config's mistake), for what is not one finding."""
    place = f"file={_property(file)},line={line}," if file is not None else ""
    return f"::{level} {place}title={_property(title)}::{_data(message)}\n"
