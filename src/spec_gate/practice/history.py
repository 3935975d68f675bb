"""The repository's documents as they stood at points in its git history, with no checkout.

Points are taken on the first-parent history, the line of the main branch: a side branch's
commits are not what the branch looked like then. One ``git ls-tree`` per point lists the files
with their blob ids; one long-lived ``git cat-file --batch`` reads each distinct blob once (the
plumbing behind ``git show``), so a history of thousands of commits takes seconds.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from spec_gate.discover import decode
from spec_gate.engine import Source
from spec_gate.errors import SpecGateError
from spec_gate.git import Repository
from spec_gate.ruleset.compiled import Policy


def start_of(since: date, every: str) -> date:
    """The first day of the month or quarter ``since`` falls in: where the first period opens."""
    step = 1 if every == "month" else 3
    return date(since.year, since.month - (since.month - 1) % step, 1)


def periods(since: date, every: str, today: date) -> list[tuple[str, date]]:
    """(label, end) for each month or quarter from ``since`` to ``today``; ends are exclusive."""
    step = 1 if every == "month" else 3
    first = start_of(since, every)
    month, year = first.month, first.year
    found = []
    while date(year, month, 1) <= today:
        end_month, end_year = month + step, year
        if end_month > 12:
            end_month, end_year = end_month - 12, year + 1
        label = f"{year}-{month:02}" if every == "month" else f"{year}-Q{(month - 1) // 3 + 1}"
        found.append((label, min(date(end_year, end_month, 1), today + timedelta(days=1))))
        month, year = end_month, end_year
    return found


class Git(Repository):
    """The repository the report reads its history from: git's errors are the report's."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, where="report")


def documents_at(git: Git, commit: str, policy: Policy) -> list[tuple[str, str]]:
    """(path, blob id) of every document the policy maps, as it stood at ``commit``."""
    return [(path, blob) for path, blob in git.files(commit) if policy.profile_for(path, None)]


def source(git: Git, path: str, blob: str) -> Source | None:
    """The document at ``path`` with the content of ``blob``; None for one not worth failing
    the report for (binary, or not UTF-8, in old history)."""
    data = git.object(blob)
    if data is None:
        return None
    try:
        return Source(path, decode(data, path), path)
    except SpecGateError:
        return None
