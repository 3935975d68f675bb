"""Reporters: pure functions from a Report to text. They read findings and decide nothing.

Each format is a module with ``render(report, color) -> str``, imported only when asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from spec_gate.findings import Report

Formatter = Callable[[Report, bool], str]

MODULES = {
    "text": "text",
    "json": "json_report",
    "github": "github_commands",
    "markdown": "markdown",
    "sarif": "sarif",
}
FORMATS = tuple(MODULES)


def formatter(name: str) -> Formatter:
    module = importlib.import_module(f"spec_gate.report.{MODULES[name]}")
    render: Formatter = module.render
    return render


__all__ = ["FORMATS", "Formatter", "formatter"]
