"""The repository's documents as they stood at points in its git history, with no checkout.

Points are taken on the first-parent history, the line of the main branch: a side branch's
commits are not what the branch looked like then. One ``git ls-tree`` per point lists the files
with their blob ids; one long-lived ``git cat-file --batch`` reads each distinct blob once (the
plumbing behind ``git show``), so a history of thousands of commits takes seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from spec_gate import git
from spec_gate.discover import GlobsSeen, decode
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

    def first_day(self) -> date | None:
        """The day of the history's first commit; None before any."""
        days = self._days(self.run("rev-list", "--max-parents=0", "HEAD").decode().split())
        return min(days) if days else None

    def shallow_since(self) -> date | None:
        """The day a shallow clone's history begins (``git clone --depth``, the default of
        actions/checkout): its last cut-off commit's; None for a whole history."""
        if self.run("rev-parse", "--is-shallow-repository").strip() != b"true":
            return None
        listed = Path(self.run("rev-parse", "--git-path", "shallow").decode().strip())
        cuts = (listed if listed.is_absolute() else self.root / listed).read_text().split()
        days = self._days(cuts)
        return max(days) if days else None

    def _days(self, commits: Sequence[str]) -> list[date]:
        """The day of each of ``commits``."""
        if not commits:
            return []
        return [date.fromisoformat(day) for day in self.log("%cs", "--no-walk", *commits).split()]


def documents_at(
    git: Git,
    commit: str,
    policy: Policy,
    within: Sequence[str] | None = None,
    seen: GlobsSeen | None = None,
) -> list[tuple[str, str]]:
    """(path, blob id) of every document the policy maps, as it stood at ``commit``; only
    those ``within`` these files or folders (from the root), when given. Every file there is
    shown to ``seen``, when given."""
    found = []
    for path, blob in git.files(commit):
        if seen is not None:
            seen.see(path)
        if policy.profile_for(path, None) and (
            within is None or any(path == w or path.startswith(f"{w}/") for w in within)
        ):
            found.append((path, blob))
    return found


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


def first_added(root: Path, paths: Sequence[str]) -> dict[str, datetime | None]:
    """When each of ``paths`` (as the report names them) was first committed, by commit time;
    None for a file git does not know yet (or no repository). One ``git log`` for all."""
    found = git.maybe(git.Repository(root).first_additions) if paths else None
    if found is None:
        return dict.fromkeys(paths)
    top, added = found
    times: dict[str, datetime | None] = {}
    for path in paths:
        when = added.get(within(top, root, path) or "")
        times[path] = datetime.fromtimestamp(when.time, UTC) if when is not None else None
    return times


def on_disk(root: Path, path: str) -> Path:
    """A report's path as a file: from the working directory, else (a path of the history)
    from the root the policy applies to."""
    here = Path(path)
    return here if here.is_absolute() or here.exists() else root / path


def within(folder: Path, root: Path, path: str) -> str | None:
    """A report's path as git names it below ``folder``; None outside it."""
    try:
        return on_disk(root, path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return None
