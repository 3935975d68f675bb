"""From checked documents to the measures a team lead wants: shares passing, waivers, offenders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spec_gate.checks import blame
from spec_gate.findings import DocumentResult, Severity
from spec_gate.practice.followthrough import FollowThrough
from spec_gate.practice.handoffs import Handoffs
from spec_gate.ruleset.compiled import Policy, primitives
from spec_gate.vocabulary import Kind

# How the report lists them.
KIND_ORDER = (Kind.SPEC, Kind.POSTMORTEM, Kind.HANDOFF, Kind.PR, Kind.TICKET)


@dataclass(frozen=True, slots=True)
class KindMeasure:
    documents: int
    passing: int  # documents with no error, counted or waived, under any rule
    rules: dict[str, int]  # rule id -> documents that pass it (a waived finding is no pass)
    waived: int  # findings waived
    expired: int  # waivers that had expired
    waived_documents: int = 0  # documents whose every error is waived: counted apart from passes
    # rule id -> documents it applies to and has something to judge in; absent: all of them
    applicable: dict[str, int] = field(default_factory=dict)

    def share(self, passing: int | None = None) -> float:
        count = self.passing if passing is None else passing
        return count / self.documents if self.documents else 0.0

    def applies_to(self, rule: str) -> int:
        return self.applicable.get(rule, self.documents)

    def rule_share(self, rule: str) -> float | None:
        """The share of the documents a rule applies to that pass it; None (n/a) when it
        applies to none: a rule with nothing to judge has not been passed."""
        applicable = self.applies_to(rule)
        return self.rules[rule] / applicable if applicable else None


@dataclass(frozen=True, slots=True)
class Point:
    label: str  # "now", "2026-01", "2026-Q1"
    date: str  # ISO date of the point
    commit: str | None
    kinds: dict[str, KindMeasure]  # the stock: every document as it stood at the point
    # The flow: the documents added or changed in the point's period (since the point before),
    # judged as they stood at the point; empty for a point with no period before it.
    written: dict[str, KindMeasure] = field(default_factory=dict)
    # A proxy the practice names: postmortems with no finding of a rule that reads blame, of
    # those judged for it (None: no postmortem, or no such rule in the policy).
    blameless: tuple[int, int] | None = None
    # On-call handoffs: those written in the period (every one, at a point with no period);
    # None when there is no handoff at the point.
    handoffs: Handoffs | None = None
    # ``blameless`` of the postmortems written in the period (None: none, or no period).
    written_blameless: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Offender:
    path: str
    kind: str
    errors: int
    warnings: int


@dataclass(frozen=True, slots=True)
class Header:
    """What a reader needs before the figures: which repository, which period, which policy."""

    repository: str  # the folder the policy applies to
    since: str  # ISO date the first period opens (the day measured, without --since)
    until: str  # ISO date of today
    policy: str  # the config as named, or "the built-in rule sets"


@dataclass(frozen=True, slots=True)
class Measures:
    points: tuple[Point, ...]
    worst: tuple[Offender, ...] = ()
    github: dict[str, KindMeasure] = field(default_factory=dict)  # "prs", "issues"
    follow_through: FollowThrough | None = None
    header: Header | None = None
    # The config's globs that found nothing (a report of the whole policy): (where, what).
    unmatched: tuple[tuple[str, str], ...] = ()


def rule_ids(policy: Policy) -> dict[str, list[str]]:
    """The rules each kind is measured by, in rule-set order."""
    ids: dict[str, list[str]] = {}
    for profile, active in policy.active_rules():
        found = ids.setdefault(profile.kind, [])
        if active.rule.id not in found:
            found.append(active.rule.id)
    return ids


def blame_rules(policy: Policy) -> frozenset[str]:
    """The postmortem rules that read blame (a ``blame`` check anywhere in their tree)."""
    return frozenset(
        active.rule.id
        for profile, active in policy.active_rules()
        if profile.kind == Kind.POSTMORTEM
        and any(check.name == blame.NAME for check in primitives(active.rule.check))
    )


def blameless(results: Iterable[DocumentResult], rules: frozenset[str]) -> tuple[int, int] | None:
    """(postmortems without a blame finding, postmortems judged for blame), or None."""
    judged = [r for r in results if r.kind == Kind.POSTMORTEM and rules.intersection(r.judged)]
    if not rules or not judged:
        return None
    clean = sum(1 for r in judged if not any(f.rule in rules for f in r.findings))  # waived too
    return clean, len(judged)


def measure_kinds(results: Iterable[DocumentResult], policy: Policy) -> dict[str, KindMeasure]:
    by_kind: dict[str, list[DocumentResult]] = {}
    for result in results:
        by_kind.setdefault(result.kind, []).append(result)
    rules = rule_ids(policy)
    measures = {}
    for kind in sorted(by_kind, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else 9, k)):
        documents = by_kind[kind]
        failing = {rule: 0 for rule in rules.get(kind, [])}
        applicable = dict.fromkeys(failing, 0)
        for result in documents:
            found = {f.rule for f in result.findings if f.rule in failing}
            for rule in found:
                failing[rule] += 1
            for rule in found | {r for r in result.judged if r in applicable}:
                applicable[rule] += 1
        errors = [{f.counts for f in d.findings if f.severity is Severity.ERROR} for d in documents]
        measures[kind] = KindMeasure(
            documents=len(documents),
            passing=sum(1 for found in errors if not found),
            rules={rule: applicable[rule] - count for rule, count in failing.items()},
            waived=sum(d.waived for d in documents),
            expired=sum(1 for d in documents for f in d.findings if f.rule == "waiver-expired"),
            waived_documents=sum(1 for found in errors if found == {False}),
            applicable=applicable,
        )
    return measures


def worst(results: Iterable[DocumentResult], count: int = 5) -> tuple[Offender, ...]:
    ranked = sorted(
        (r for r in results if r.count(Severity.ERROR) or r.count(Severity.WARNING)),
        key=lambda r: (-r.count(Severity.ERROR), -r.count(Severity.WARNING), r.path),
    )
    return tuple(
        Offender(r.path, r.kind, r.count(Severity.ERROR), r.count(Severity.WARNING))
        for r in ranked[:count]
    )
