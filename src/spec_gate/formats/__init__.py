"""Output formats: pure functions from a Report to text. They read findings and decide nothing.

Each format is the module named as the format (``spec_gate.formats.sarif`` for ``--format
sarif``) with ``render(report, color) -> str``, imported only when asked for; a format whose
reports grow with the corpus (JSON) also has ``chunks(report)``, written as made. A new format
is its module, its line in ``vocabulary.Format`` and a test.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from spec_gate import git
from spec_gate.findings import Report, Severity
from spec_gate.vocabulary import Format

Formatter = Callable[[Report, bool], Iterable[str]]


# A terminal's escape sequences and the other control characters (not tab or newline): text
# quoted from a document must not recolour a job's log or ring its bell.
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def from_top(path: str) -> str:
    """A document's path as its repository names it, from its top, for the formats a code
    host places on its files (SARIF, GitHub's annotations, GitLab's code quality): a run in
    ``services/billing`` or given ``../docs/x.md`` still points at the right file. As it is
    outside a repository."""
    here, top = _here_and_top(os.getcwd())
    if top is None:
        return path
    full = os.path.normpath(path if os.path.isabs(path) else here / path)
    try:
        return Path(full).relative_to(top).as_posix()
    except ValueError:
        return path


@lru_cache(maxsize=4)
def _here_and_top(cwd: str) -> tuple[Path, Path | None]:
    return Path(cwd), git.top_above(Path(cwd))


def printable(text: str) -> str:
    """``text`` without escape sequences or control characters, tabs and newlines kept."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def tally(report: Report) -> str:
    """ "2 errors, 1 warning", "all checks pass", or "passed only by a waiver: 1 waived" (a
    waived finding is never called a pass): the status line every channel shows."""
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    if not errors and not warnings:
        if report.waived:
            return f"passed only by a waiver: {report.waived} waived"
        return "all checks pass"
    parts = [plural(errors, "error")] if errors else []
    parts += [plural(warnings, "warning")] if warnings else []
    return ", ".join(parts)


def formatter(name: Format) -> Formatter:
    """The report in format ``name``, as pieces of text to write one after another."""
    module = importlib.import_module(f"{__name__}.{name.value}")
    if hasattr(module, "chunks"):
        chunks: Callable[[Report], Iterable[str]] = module.chunks
        return lambda report, color: chunks(report)
    render: Callable[[Report, bool], str] = module.render
    return lambda report, color: [render(report, color)]


__all__ = ["Formatter", "formatter", "plural", "tally"]
