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
from functools import cache
from itertools import chain, combinations
from pathlib import Path
from typing import Protocol

from spec_gate import git, waivers
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
    clustered = [_Group(members) for _, members in sorted(groups.items())]
    _match(clustered, memo)
    matches = [(group, group.matches()) for group in clustered]
    involved = {results[i].path for _, found in matches for members, _ in found for i in members}
    if not involved:
        return list(results)
    rank = order(sorted(involved))

    def seniority(index: int) -> tuple[int, str]:
        return _key(results[index].path, rank)

    flagged: dict[int, list[Finding]] = defaultdict(list)
    for group, found in matches:
        for members, partners in found:
            # A copy is flagged when a document with the same text, or with text it matches,
            # had it first; the finding names the earliest.
            ranked = sorted(members, key=seniority)
            elsewhere = [
                (seniority(first), first, share)
                for first, share in (
                    (min(group.documents(other), key=seniority), share) for other, share in partners
                )
            ]
            for index in members:
                path = results[index].path
                if only is not None and path not in only:
                    continue
                twin = next((i for i in ranked if i != index), None)
                same = [(seniority(twin), twin, 1.0)] if twin is not None else []
                first_rank, first, share = min([*elsewhere, *same])
                if first_rank < seniority(index):
                    original = results[first].path
                    mine, theirs = group.passages[index], group.passages.get(first)
                    longer = theirs is not None and len(mine.shingles) > len(theirs.shingles)
                    flagged[index].append(_finding(path, mine, original, share, longer))
    return [_with(result, flagged.get(i, [])) for i, result in enumerate(results)]


class Memo(Protocol):
    """Somewhere to keep what a comparison found, by a key of everything it looked at."""

    def load(self, key: str) -> object | None: ...

    def save(self, key: str, value: object) -> None: ...


class _Group:
    """The passages of one rule in the documents of one kind, with identical fingerprints
    collapsed into one cluster: sixteen copies of a corpus cost one comparison, not 120."""

    def __init__(self, members: list[tuple[int, Passage]]) -> None:
        self.members = members
        self.passages = {index: passage for index, passage in members}
        by_fingerprint: dict[bytes, list[int]] = {}
        for position, (_, passage) in enumerate(members):
            if passage.shingles:  # no runs: nothing to compare
                by_fingerprint.setdefault(passage.shingles, []).append(position)
        self.clusters = list(by_fingerprint.values())  # positions in members, first seen first
        self.pairs: list[tuple[int, int, float]] = []  # cluster, cluster, share

    def documents(self, cluster: int) -> list[int]:
        return [self.members[position][0] for position in self.clusters[cluster]]

    def matches(self) -> list[tuple[list[int], list[tuple[int, float]]]]:
        """Per cluster that is a copy or has one: its documents and the clusters it matches."""
        partners: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for left, right, share in self.pairs:
            partners[left].append((right, share))
            partners[right].append((left, share))
        found = []
        for cluster in range(len(self.clusters)):
            documents = self.documents(cluster)
            if len(set(documents)) > 1 or cluster in partners:
                found.append((documents, partners.get(cluster, [])))
        return found


def _match(groups: list[_Group], memo: Memo | None) -> None:
    """Fill each group's pairs of near-identical clusters, from the memo when it has them."""
    key = ""
    if memo is not None:
        hashed = hashlib.sha256(f"copies clusters {SHARE} {COMMON}".encode())
        for group in groups:
            hashed.update(b"\0group\0")
            for cluster in group.clusters:
                shingles = group.members[cluster[0]][1].shingles
                hashed.update(f"{len(shingles)}:".encode() + shingles)
        key = hashed.hexdigest()
        found = memo.load(key)
        if isinstance(found, list) and len(found) == len(groups):
            for group, pairs in zip(groups, found, strict=True):
                group.pairs = pairs
            return
    for group in groups:
        group.pairs = _copies([group.members[c[0]][1].shingles for c in group.clusters])
    if memo is not None:
        memo.save(key, [group.pairs for group in groups])


def _copies(fingerprints: list[bytes]) -> list[tuple[int, int, float]]:
    """Pairs of near-identical, distinct fingerprints, with their share. Candidates come from
    an index of a sample of runs (those whose hash is a multiple of 4, the same in every
    passage), which is small; each candidate is then judged on all its runs, so the verdict
    does not depend on the sample."""
    runs = [array("I", fingerprint) for fingerprint in fingerprints]
    samples = [[run for run in found if not run % CANDIDATE_SAMPLE] for found in runs]
    # Only a run that more than one passage has, and not too many, can make a pair: counted
    # for all at once, and each passage's looked up as a set (most runs are one passage's).
    counts = Counter(chain.from_iterable(samples))
    telling = {run for run, count in counts.items() if 1 < count <= COMMON}
    index: dict[int, list[int]] = defaultdict(list)
    for position, sample in enumerate(samples):
        for run in telling.intersection(sample):
            index[run].append(position)
    shared = Counter(pair for positions in index.values() for pair in combinations(positions, 2))
    pairs = []
    for (left, right), count in sorted(shared.items()):
        if count < CANDIDATE_SHARE * min(len(samples[left]), len(samples[right])):
            continue
        exact = len(set(runs[left]).intersection(runs[right]))
        share = exact / min(len(runs[left]), len(runs[right]))
        if share >= SHARE:
            pairs.append((left, right, share))
    return pairs


def _key(path: str, rank: dict[str, int]) -> tuple[int, str]:
    return (rank.get(path, 1 << 62), path)


def _finding(
    path: str, passage: Passage, original: str, share: float, longer: bool = False
) -> Finding:
    """``share``: of the shorter of the two sections; ``longer``: this one is the longer (a
    copy with a sentence added), which then holds that much of the other."""
    percent = round(share * 100)
    said = (
        f"it holds {percent}% of the one in {original}, word for word"
        if longer
        else f"{percent}% of it is the same as {original}"
    )
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
        detail=said,
    )


def _with(result: DocumentResult, copies: list[Finding]) -> DocumentResult:
    if not copies:
        return result
    marked = waivers.apply(copies, waivers.in_force(result.waivers))
    findings = sorted((*result.findings, *marked), key=lambda f: f.line)
    return replace(result, findings=tuple(findings))


def git_order(root: Path, base: Path) -> Order:
    """Who had the text first: the commit that added each file (oldest first), then path order
    for files git does not know. Run only when copies exist. Relative paths are taken from
    ``base`` (the working directory). The history is read once, however often it is asked:
    a report asks at every point in time, and when a file was added does not change."""

    @cache
    def history() -> tuple[Path, dict[str, git.Added]] | None:
        if not git.findable(root):
            return None
        return git.maybe(git.Repository(root).first_additions)

    def order(paths: Sequence[str]) -> dict[str, int]:
        found = history()
        if found is None:
            return {}
        top, added = found
        known: dict[str, git.Added] = {}
        for path in paths:
            try:
                relative = (base / path).resolve().relative_to(top.resolve()).as_posix()
            except ValueError:
                continue
            if relative in added:
                known[path] = added[relative]
        return {path: rank for rank, path in enumerate(sorted(known, key=known.__getitem__))}

    return order
