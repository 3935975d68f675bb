"""Each waiver a document's git history added, with its day: how ``waivers.max_renewals`` is
counted. One ``git log`` per document that carries a waiver, only when it is checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spec_gate import git, patterns, waivers

_DAY = re.compile(r"\0(\d{4}-\d{2}-\d{2})$")
_ADDED_WAIVER = patterns.LaterRe(rf"^\+(?!\+\+ ).*?({waivers.OPENING}.*?-->)", re.IGNORECASE)


@dataclass
class GitWaivers:
    """``(relative path) -> [(day, waiver comment), ...]``, oldest first, from the git history
    of the repository ``root`` is in, following renames. Outside git, or where git cannot be
    run, a document has no history (and no renewal is counted). Picklable, so a worker process
    can ask too."""

    root: Path
    _seen: dict[str, list[tuple[date, str]]] = field(default_factory=dict, repr=False)

    def __call__(self, relative: str) -> list[tuple[date, str]]:
        if relative not in self._seen:
            self._seen[relative] = added_waivers(self._log(relative))
        return self._seen[relative]

    def _log(self, relative: str) -> str:
        if not git.findable(self.root):
            return ""
        log = git.maybe(
            git.Repository(self.root).log,
            "%x00%cs",
            "--follow",  # newest first: --reverse would stop following at a rename
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            "-p",
            "--",
            relative,
        )
        return log or ""


def added_waivers(log: str) -> list[tuple[date, str]]:
    """The waiver comments on the added lines of ``git log -p --format=%x00%cs`` output (newest
    commit first), each with the day of its commit, oldest commit first."""
    commits: list[list[tuple[date, str]]] = []
    day: date | None = None
    for line in log.splitlines():
        stamp = _DAY.match(line)
        if stamp is not None:
            day = date.fromisoformat(stamp.group(1))
            commits.append([])
            continue
        added = _ADDED_WAIVER.match(line)
        if added is not None and day is not None:
            commits[-1].append((day, added.group(1)))
    return [waiver for commit in reversed(commits) for waiver in commit]
