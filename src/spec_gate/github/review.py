"""``review: true``: one PR review with comments on the lines of the changed documents.

A finding on a line the diff shows becomes a line comment; any other finding of a document
(a missing section points at line 1, which the diff may not show) goes into one file-level
comment for that document, so nothing is filtered away. A newer review supersedes the last
one, and an unchanged set of findings posts nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from spec_gate.findings import Finding, Report
from spec_gate.formats import markdown
from spec_gate.github.client import Api, Review

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")


def _new_side(patch: str | None) -> Iterator[tuple[int, bool]]:
    """Each new-side line a unified diff shows, and whether the change added it."""
    current = 0
    for text in (patch or "").splitlines():
        hunk = _HUNK.match(text)
        if hunk:
            current = int(hunk.group(1))
        elif text.startswith(("+", " ")) and current:
            yield current, text.startswith("+")
            current += 1


def diff_lines(patch: str | None) -> frozenset[int]:
    """The new-side line numbers a unified diff shows (added and context lines)."""
    return frozenset(line for line, _ in _new_side(patch))


def added_lines(patch: str | None) -> frozenset[int] | None:
    """The lines a change adds; None when GitHub shows no diff (binary, or too large)."""
    if patch is None:
        return None
    return frozenset(line for line, added in _new_side(patch) if added)


def _fingerprint(findings: list[Finding]) -> str:
    keys = sorted(f"{f.path}\0{f.line}\0{f.rule}\0{f.detail}" for f in findings)
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def publish(
    api: Api,
    number: int,
    sha: str,
    context: str,
    bot_login: str,
    report: Report,
    diffs: dict[str, frozenset[int]],
) -> None:
    findings = [f for f in report.findings if f.path in diffs and f.waived is None]
    tag = f"<!-- spec-gate:review context={markdown.inert(context)}"

    def mine(review: Review) -> bool:
        return (
            review.author_is_bot
            and review.author.lower() == bot_login.lower()
            and review.body.startswith(tag)
        )

    ours = [r for r in api.reviews(number) if mine(r) and "superseded" not in r.body.split("\n")[0]]
    fingerprint = _fingerprint(findings)
    if ours and f"findings={fingerprint}" in ours[-1].body.split("\n")[0]:
        return
    if not findings and not ours:
        return
    for old in ours:
        api.edit_review(old, f"{tag} superseded -->\nSuperseded by a newer spec-gate review.")
    if not findings:
        return
    comments: list[dict[str, Any]] = []
    whole: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.line in diffs[finding.path]:
            comments.append(
                {
                    "path": finding.path,
                    "line": finding.line,
                    "side": "RIGHT",
                    "body": markdown.block(finding),
                }
            )
        else:
            whole[finding.path].append(finding)
    body = (
        f"{tag} findings={fingerprint} -->\n{markdown.headline(report)}: "
        f"{len(findings)} finding(s) in the changed documents."
    )
    api.create_review(number, sha, body, comments, mine)
    for path, found in whole.items():
        api.create_file_comment(
            number, sha, path, "\n\n---\n\n".join(markdown.block(f) for f in found)
        )
