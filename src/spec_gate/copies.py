"""Copies: a section near-identical to the same section of another document of its kind.

The same accessibility review pasted into five specs, or one postmortem's narrative reused for
the next outage, passes every word count and says nothing about the document it sits in. Each
passing section rule leaves a fingerprint of its content (``Passage``: hashed 3-word runs);
this pass compares the fingerprints of one rule across the documents of one kind and flags
every copy but the document that had the text first.

Near-identical means that 85 % of the shorter section's 3-word runs are in the other one:
changing a word or appending a sentence does not hide a copy, two genuine sections that share
a stock phrase are far from it, and on real KEPs the sections that are the same text with a
product name swapped in a few places (80 %) stay under it. Candidates come from an index of
sampled runs, not from comparing every pair, so this stays linear in practice as the corpus
grows.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from spec_gate.findings import DocumentResult, Finding, Passage

SHARE = 0.85  # of the shorter section's runs found in the other: a copy
COMMON = 40  # a run in more sections than this is stock phrasing, not evidence of a copy
CANDIDATE_SAMPLE = 4  # index one run in four (by hash) to find candidate pairs
CANDIDATE_SHARE = 0.5  # a loose first cut on the sample; the exact share decides

Order = Callable[[Sequence[str]], dict[str, int]]  # path -> rank: who had the text first


def flag(
    results: Sequence[DocumentResult],
    order: Order,
    only: frozenset[str] | None = None,
    memo: Memo | None = None,
) -> list[DocumentResult]:
    """``results`` with a finding on every copied section; ``only``: flag just these paths
    (the documents a pull request changes), comparing them with all the others. ``memo``
    keeps the pairs found for a set of fingerprints, so an unchanged corpus is not compared
    again."""
    groups: dict[tuple[str, str], list[tuple[int, Passage]]] = defaultdict(list)
    for index, result in enumerate(results):
        for passage in result.passages:
            groups[(result.kind, passage.rule)].append((index, passage))
    pairs = _pairs(groups, memo)
    if not pairs:
        return list(results)
    involved = sorted({results[i].path for pair in pairs for i, _, _ in pair[:2]})
    rank = order(involved)
    # For each copied section, every document it matches; it is flagged when one of them had
    # the text first, and the finding names the earliest.
    partners: dict[tuple[int, str], list[tuple[int, Passage, float]]] = defaultdict(list)
    for (a, passage, _), (b, other, _), share in pairs:
        partners[(a, passage.rule)].append((b, passage, share))
        partners[(b, other.rule)].append((a, other, share))
    found: dict[int, list[Finding]] = defaultdict(list)
    for (index, _rule), matches in partners.items():
        path = results[index].path
        if only is not None and path not in only:
            continue
        first, passage, share = min(matches, key=lambda m: _key(results[m[0]].path, rank))
        if _key(results[first].path, rank) < _key(path, rank):
            found[index].append(_finding(path, passage, results[first].path, share))
    return [_with(result, found.get(i, [])) for i, result in enumerate(results)]


class Memo(Protocol):
    """Somewhere to keep what a comparison found, by a key of everything it looked at."""

    def load(self, key: str) -> object | None: ...

    def save(self, key: str, value: object) -> None: ...


Pair = tuple[tuple[int, Passage, int], tuple[int, Passage, int], float]


def _pairs(
    groups: dict[tuple[str, str], list[tuple[int, Passage]]], memo: Memo | None
) -> list[Pair]:
    if memo is None:
        return [pair for members in groups.values() for pair in _copies(members)]
    hashed = hashlib.sha256(f"copies {SHARE} {COMMON}".encode())
    for (kind, rule), members in sorted(groups.items()):
        hashed.update(f"\0{kind}\0{rule}\0".encode())
        for index, passage in members:
            hashed.update(f"{index}:{len(passage.shingles)}:".encode() + passage.shingles)
    key = hashed.hexdigest()
    found = memo.load(key)
    if isinstance(found, list):
        return found
    pairs = [pair for members in groups.values() for pair in _copies(members)]
    memo.save(key, pairs)
    return pairs


def _copies(
    members: list[tuple[int, Passage]],
) -> list[Pair]:
    """Pairs of near-identical passages, with their share. Candidates come from an index of a
    sample of runs (those whose hash is a multiple of 4, the same in every passage), which is
    small; each candidate is then judged on all its runs, so the verdict does not depend on
    the sample."""
    runs = [array("I", passage.shingles) for _, passage in members]
    sampled = [0] * len(runs)
    index: dict[int, list[int]] = defaultdict(list)
    for position, found in enumerate(runs):
        for run in found:
            if run % CANDIDATE_SAMPLE == 0:
                index[run].append(position)
                sampled[position] += 1
    shared: Counter[tuple[int, int]] = Counter()
    for positions in index.values():
        if 1 < len(positions) <= COMMON:
            for i, left in enumerate(positions):
                for right in positions[i + 1 :]:
                    shared[(left, right)] += 1
    pairs = []
    for (left, right), count in shared.items():
        if count < CANDIDATE_SHARE * min(sampled[left], sampled[right]):
            continue
        (a, one), (b, two) = members[left], members[right]
        exact = len(set(runs[left]).intersection(runs[right]))
        share = exact / min(len(runs[left]), len(runs[right]))
        if a != b and share >= SHARE:
            pairs.append(((a, one, left), (b, two, right), share))
    return sorted(pairs, key=lambda pair: -pair[2])


def _key(path: str, rank: dict[str, int]) -> tuple[int, str]:
    return (rank.get(path, 1 << 62), path)


def _finding(path: str, passage: Passage, original: str, share: float) -> Finding:
    return Finding(
        rule=passage.rule,
        ruleset=passage.ruleset,
        severity=passage.severity,
        path=path,
        line=passage.line,
        message=(
            f"The “{passage.title}” section is a copy of the one in {original}: a section "
            "written for another document says nothing about this one."
        ),
        help="Write it for this document: its users, its risks, what happened here.",
        detail=f"{round(share * 100)}% of it is the same as {original}",
    )


def _with(result: DocumentResult, copies: list[Finding]) -> DocumentResult:
    if not copies:
        return result
    waived = dict(result.waivers)
    marked = [
        replace(f, waived=waived.get(f.rule) or waived.get("*"))
        if f.rule in waived or "*" in waived
        else f
        for f in copies
    ]
    findings = sorted((*result.findings, *marked), key=lambda f: f.line)
    return replace(result, findings=tuple(findings))


def git_order(root: Path) -> Order:
    """Who had the text first: the commit that added each file (oldest first), then path order
    for files git does not know. One ``git log`` for all of them, run only when copies exist."""

    def order(paths: Sequence[str]) -> dict[str, int]:
        import subprocess  # only when copies were found

        absolute = {str(Path(p).resolve()): p for p in paths}
        try:
            top = subprocess.run(
                ["git", "rev-parse", "--show-toplevel"],
                cwd=root,
                capture_output=True,
                text=True,
                check=False,
            )
            log = subprocess.run(
                ["git", "log", "--reverse", "--diff-filter=A", "--format=%x00%ct", "--name-only"],
                cwd=root,
                capture_output=True,
                text=True,
                errors="surrogateescape",
                check=False,
            )
        except OSError:
            return {}
        if top.returncode != 0 or log.returncode != 0:
            return {}
        base = Path(top.stdout.strip())
        rank: dict[str, int] = {}
        when = 0
        for line in log.stdout.splitlines():
            if line.startswith("\0"):
                when = int(line[1:] or 0)
            elif line and (shown := absolute.get(str((base / line).resolve()))) is not None:
                rank.setdefault(shown, when)
        return rank

    return order
