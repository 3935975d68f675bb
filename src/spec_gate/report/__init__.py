"""Reporters: pure functions from a Report to text. They read findings and decide nothing."""

from collections.abc import Callable

from spec_gate.findings import Report
from spec_gate.report import github_commands, json_report, markdown, text

Formatter = Callable[[Report, bool], str]

FORMATS: dict[str, Formatter] = {
    "text": text.render,
    "json": json_report.render,
    "github": github_commands.render,
    "markdown": markdown.render,
}

__all__ = ["FORMATS", "Formatter"]
