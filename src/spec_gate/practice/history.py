"""The repository's documents as they stood at points in its git history, with no checkout.

Points are taken on the first-parent history, the line of the main branch: a side branch's
commits are not what the branch looked like then. One ``git ls-tree`` per point lists the files
with their blob ids; one long-lived ``git cat-file --batch`` reads each distinct blob once (the
plumbing behind ``git show``), so a history of thousands of commits takes seconds.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from spec_gate.discover import decode
from spec_gate.engine import Source
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.compiled import Policy


def periods(since: date, every: str, today: date) -> list[tuple[str, date]]:
    """(label, end) for each month or quarter from ``since`` to ``today``; ends are exclusive."""
    step = 1 if every == "month" else 3
    month = since.month - (since.month - 1) % step
    year = since.year
    found = []
    while date(year, month, 1) <= today:
        end_month, end_year = month + step, year
        if end_month > 12:
            end_month, end_year = end_month - 12, year + 1
        label = f"{year}-{month:02}" if every == "month" else f"{year}-Q{(month - 1) // 3 + 1}"
        found.append((label, min(date(end_year, end_month, 1), today + timedelta(days=1))))
        month, year = end_month, end_year
    return found


class Git:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.batch: subprocess.Popen[bytes] | None = None

    def run(self, *args: str) -> bytes:
        try:
            done = subprocess.run(["git", *args], cwd=self.root, capture_output=True, check=False)
        except FileNotFoundError:
            raise SpecGateError("report", "git is not installed") from None
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise SpecGateError("report", f"git {args[0]} failed: {reason[0] if reason else ''}")
        return done.stdout

    def commit_before(self, moment: date) -> str | None:
        out = self.run(
            "rev-list", "-1", "--first-parent", f"--before={moment.isoformat()}T00:00:00", "HEAD"
        )
        return out.decode().strip() or None

    def files(self, commit: str) -> list[tuple[str, str]]:
        """(path, blob id) of every file at ``commit``."""
        out = self.run("ls-tree", "-r", "-z", commit)
        found = []
        for entry in out.split(b"\0"):
            meta, _, name = entry.partition(b"\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == b"blob":
                found.append((name.decode("utf-8", "surrogateescape"), parts[2].decode()))
        return found

    def object(self, name: str) -> bytes | None:
        """An object's bytes by any name git understands (a blob id, ``commit:path``)."""
        if self.batch is None:
            self.batch = subprocess.Popen(
                ["git", "cat-file", "--batch"],
                cwd=self.root,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self.batch.stdin is not None and self.batch.stdout is not None
        self.batch.stdin.write(f"{name}\n".encode("utf-8", "surrogateescape"))
        self.batch.stdin.flush()
        header = self.batch.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            return None
        data = self.batch.stdout.read(int(header[2]))
        self.batch.stdout.read(1)  # the newline after the object
        return data

    def close(self) -> None:
        if self.batch is not None:
            if self.batch.stdin:
                self.batch.stdin.close()
            self.batch.wait()
            self.batch = None


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
