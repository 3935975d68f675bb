"""Follow-through: whether the practice produces outcomes, not just documents.

Four proxies a team can watch without surveying anyone:

- postmortem action items, of every postmortem: tracked in an issue or pull request, and closed
  (how long after the postmortem was written), with the open ones past ``overdue_days`` listed;
- user reports: issues opened by people outside the repository, and whether a person inside it
  (not a bot) replied within ``reply_hours``;
- specs: merged in the period by a pull request that the spec's accessibility reviewer approved;
- crisis pauses (``pauses``): pull requests and issues that carried a pause label, and those
  still owed a postmortem after ``owed_days``.

Everything is read once: two listings for the period's issues and comments, one lookup per
linked issue, the merged pull requests of the period, and one review listing per pull request
that merged a spec; for the pauses, one listing per pause label and one events listing per
paused pull request or issue. A repository the token cannot read costs one line in
``problems``.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from spec_gate import git
from spec_gate.checks import items
from spec_gate.checks.tracking import Link, links_in
from spec_gate.document import parse
from spec_gate.errors import SpecGateError
from spec_gate.findings import DocumentResult
from spec_gate.practice import history, pauses
from spec_gate.practice.pauses import Paused, Pauses
from spec_gate.reading import language
from spec_gate.ruleset.compiled import Policy, primitives
from spec_gate.vocabulary import Kind

if TYPE_CHECKING:  # the network is imported only when the report asks for it
    from spec_gate.github.activity import Activity
    from spec_gate.github.client import Reply, Reported, Tracked


@dataclass(frozen=True, slots=True)
class Options:
    since: date  # the start of the period
    today: date
    overdue_days: int = 30
    reply_hours: int = 48
    marks: tuple[tuple[str, date], ...] = ()  # the report's points: (label, end of interval)
    owed_days: int = 14  # a pause owes its postmortem after this many days


@dataclass(frozen=True, slots=True)
class Overdue:
    postmortem: str
    line: int
    item: str
    link: str | None  # None: the item links to nothing
    days: int  # since the postmortem was written


@dataclass(frozen=True, slots=True)
class ActionItems:
    total: int
    linked: int  # link to an issue, pull request or ticket
    closed: int  # every GitHub issue or pull request they link to is closed (merged)
    median_days_to_close: float | None
    overdue: tuple[Overdue, ...]
    not_followed: int  # linked only outside GitHub, or in a repository the token cannot read


@dataclass(frozen=True, slots=True)
class Unanswered:
    number: int
    title: str
    url: str
    hours: float  # open without a reply from inside, so far


@dataclass(frozen=True, slots=True)
class UserReports:
    opened: int  # by people outside the repository
    answered_within: int  # first reply from a person inside within reply_hours
    reply_hours: int
    median_hours_to_reply: float | None
    unanswered: tuple[Unanswered, ...]


@dataclass(frozen=True, slots=True)
class Specs:
    merged: int  # specs whose last change in the period came with a merged pull request
    signed_off_verified: int  # ... whose sign-off reviewer approved that pull request
    unverified: tuple[tuple[str, int], ...]  # (spec, pull request) of the others
    # median hours from a verified spec's pull request opening to its reviewer's approval
    median_hours_to_signoff: float | None = None


@dataclass(frozen=True, slots=True)
class FollowPoint:
    label: str
    date: str
    items_closed: float | None  # share of the action items written by then that were closed
    reports_answered: float | None  # share of the interval's reports answered in time
    specs_verified: float | None  # share of the interval's merged specs with a verified sign-off
    # median hours from the opening of the interval's verified spec pulls to the sign-off
    hours_to_signoff: float | None = None
    # pull requests and issues that carried a pause label in the interval (None: not measured)
    paused_pull_requests: int | None = None
    paused_issues: int | None = None


@dataclass(frozen=True, slots=True)
class FollowThrough:
    since: str
    until: str
    action_items: ActionItems | None
    user_reports: UserReports | None
    specs: Specs | None
    points: tuple[FollowPoint, ...]
    requests: int
    problems: tuple[str, ...]  # what could not be read, one line each
    pauses: Pauses | None = None  # None: the config names no pause label, or it was not read


@dataclass(frozen=True, slots=True)
class _Item:
    postmortem: str
    line: int
    text: str
    written: date
    done: bool  # finished in the document (ticked, marked done)
    links: tuple[Link, ...]


def measure(
    activity: Activity,
    repository: str,
    policy: Policy,
    results: Sequence[DocumentResult],
    options: Options,
) -> FollowThrough:
    problems: list[str] = []
    start = datetime.combine(options.since, time(), UTC)
    written = _added(
        policy.root, [r.path for r in results if r.kind == Kind.POSTMORTEM], options.today
    )
    action_items, closed_on = _action_items(activity, repository, policy, results, written, options)
    reports: tuple[list[Reported], dict[int, datetime]] | None = None
    try:
        opened = [i for i in activity.issues_opened_since(start) if i.from_outside]
        reports = (opened, _first_replies(opened, activity.comments_since(start)))
    except SpecGateError as error:
        problems.append(f"user reports: {error.what}")
    specs_merged: list[SpecMerge] | None = None
    try:
        specs_merged = _specs(activity, policy, results, start)
    except SpecGateError as error:
        problems.append(f"specs: {error.what}")
    paused: list[Paused] | None = None
    pause_measure: Pauses | None = None
    counted = pauses.Counted()
    if policy.pause_labels:
        try:
            paused = pauses.read(activity.api, policy.pause_labels, options.since, counted)
            pause_measure = pauses.measure(
                paused,
                policy.pause_labels,
                pauses.linked(policy, repository, results),
                options.since,
                options.today,
                options.owed_days,
            )
        except SpecGateError as error:
            problems.append(f"pauses: {error.what}")
    for refused, why in sorted(activity.refused.items()):
        problems.append(f"action items linked in {refused} were not followed: {why}")
    user_reports = _user_reports(reports, options) if reports is not None else None
    specs = (
        Specs(
            len(specs_merged),
            sum(1 for _, _, _, verified, _ in specs_merged if verified),
            tuple((path, number) for path, number, _, verified, _ in specs_merged if not verified),
            _median_hours([hours for *_, hours in specs_merged if hours is not None]),
        )
        if specs_merged is not None
        else None
    )
    return FollowThrough(
        options.since.isoformat(),
        options.today.isoformat(),
        action_items,
        user_reports,
        specs,
        _points(options, closed_on, reports, specs_merged, paused),
        activity.requests + counted.requests,
        tuple(problems),
        pause_measure,
    )


# -- action items ----------------------------------------------------------------------------


def _tracking_options(policy: Policy) -> items.Options | None:
    """The options of the postmortem rule that asks items to be tracked, else of any rule that
    reads postmortem items: they say which section holds the items and which are finished."""
    found = [
        check.options
        for profile, active in policy.active_rules()
        if profile.kind == Kind.POSTMORTEM
        for check in primitives(active.rule.check)
        if check.name == items.NAME
    ]
    tracked = [o for o in found if o.tracked]
    return next(iter(tracked or found), None)


def _collect(
    policy: Policy, results: Sequence[DocumentResult], written: dict[str, date]
) -> list[_Item]:
    """The action items of every postmortem: an item from before the period that is still
    open is the one most worth seeing."""
    options = _tracking_options(policy)
    if options is None:
        return []
    found = []
    for result in results:
        when = written.get(result.path)
        if result.kind != Kind.POSTMORTEM or when is None:
            continue
        try:
            text = history.on_disk(policy.root, result.path).read_text(
                encoding="utf-8", errors="replace"
            )
        except OSError:
            continue
        doc = parse(text, result.path)
        doc = language.read_in(doc, policy.languages or None)
        for item in items.listed(doc, options):
            done = items.finished(doc, item, options)
            links = tuple(links_in(f"{item.text} {item.owner}"))
            found.append(_Item(result.path, item.line, item.text, when, done, links))
    return found


def _action_items(
    activity: Activity,
    repository: str,
    policy: Policy,
    results: Sequence[DocumentResult],
    written: dict[str, date],
    options: Options,
) -> tuple[ActionItems, list[tuple[date, date | None]]]:
    """The measure, and for each item (written, closed on) for the points."""
    found = _collect(policy, results, written)
    closed_days: list[float] = []
    overdue: list[Overdue] = []
    closed_on: list[tuple[date, date | None]] = []
    linked = closed = not_followed = 0
    for item in found:
        age = (options.today - item.written).days
        followed = [link for link in item.links if link.on_github]
        states = [activity.tracked(link.repository or repository, link.number) for link in followed]
        known = [state for state in states if state is not None]
        linked += bool(item.links)
        if item.links and not known:
            not_followed += 1
        if known and all(state.closed_at is not None for state in known):
            last = max(state.closed_at for state in known if state.closed_at is not None)
            closed += 1
            closed_days.append(max(0.0, (last.date() - item.written).days))
            closed_on.append((item.written, last.date()))
            continue
        closed_on.append((item.written, None))
        still_open = next((s for s in known if s.closed_at is None), None)
        if age > options.overdue_days and (
            still_open is not None or (not item.links and not item.done)
        ):
            link = _shown(still_open) if still_open is not None else None
            overdue.append(Overdue(item.postmortem, item.line, _short(item.text), link, age))
    median = statistics.median(closed_days) if closed_days else None
    return (
        ActionItems(len(found), linked, closed, median, tuple(overdue), not_followed),
        closed_on,
    )


def _shown(state: Tracked) -> str:
    return state.url or f"{state.repository}#{state.number}"


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _added(root: Path, paths: Sequence[str], today: date) -> dict[str, date]:
    """When each path was first committed; a file git does not know yet is written today."""
    return {
        path: when.date() if when is not None else today
        for path, when in history.first_added(root, paths).items()
    }


# -- user reports ----------------------------------------------------------------------------


def _first_replies(opened: Sequence[Reported], replies: Sequence[Reply]) -> dict[int, datetime]:
    """Per issue, when a person inside the repository (not its author) first replied."""
    authors = {issue.number: issue.author for issue in opened}
    first: dict[int, datetime] = {}
    for reply in replies:
        if (
            reply.issue in authors
            and reply.from_inside
            and reply.author != authors[reply.issue]
            and (reply.issue not in first or reply.created_at < first[reply.issue])
        ):
            first[reply.issue] = reply.created_at
    return first


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _user_reports(
    reports: tuple[list[Reported], dict[int, datetime]], options: Options
) -> UserReports:
    opened, first = reports
    now = datetime.combine(options.today, time(), UTC) + timedelta(days=1)
    waits = [_hours(i.created_at, first[i.number]) for i in opened if i.number in first]
    unanswered = tuple(
        Unanswered(i.number, i.title, i.url, round(_hours(i.created_at, now), 1))
        for i in opened
        if i.number not in first
    )
    return UserReports(
        len(opened),
        sum(1 for hours in waits if hours <= options.reply_hours),
        options.reply_hours,
        round(statistics.median(waits), 1) if waits else None,
        unanswered,
    )


# -- specs -----------------------------------------------------------------------------------


def _median_hours(hours: list[float]) -> float | None:
    return round(statistics.median(hours), 1) if hours else None


# (spec, pull request, merged at, verified, hours from opening to the sign-off's approval)
SpecMerge = tuple[str, int, datetime, bool, float | None]


def _specs(
    activity: Activity, policy: Policy, results: Sequence[DocumentResult], start: datetime
) -> list[SpecMerge]:
    """(spec, pull request, merged at, verified, hours from the pull request's opening to the
    sign-off reviewer's approval) for each spec whose last change in the period is the merge
    of a pull request."""
    specs = {
        relative: r
        for r in results
        if r.kind == Kind.SPEC and (relative := history.within(policy.root, policy.root, r.path))
    }
    if not specs:
        return []
    merged = {m.merge_commit: m for m in activity.pulls_merged_since(start)}
    if not merged:
        return []
    found = []
    for path, commit in _last_changes(policy.root, start, set(specs)).items():
        pull = merged.get(commit)
        if pull is None:
            continue
        reviewers = {s.reviewer.lstrip("@").lower() for s in specs[path].signoffs}
        approvals = activity.approving_logins(pull.number)
        verified = bool(reviewers) and bool(reviewers & set(approvals))
        times = [approvals[r] for r in reviewers if approvals.get(r) is not None]
        hours = None
        if verified and times and pull.opened_at is not None:
            first = min(t for t in times if t is not None)
            hours = round((first - pull.opened_at).total_seconds() / 3600, 1)
        found.append((specs[path].path, pull.number, pull.merged_at, verified, hours))
    return sorted(found, key=lambda spec: spec[:4])


def _last_changes(root: Path, start: datetime, paths: set[str]) -> dict[str, str]:
    """The commit of the period that last changed each path (from ``root``), on the
    first-parent history (a merge commit stands for its pull request)."""
    log = git.maybe(
        git.Repository(root).log,
        "%x00%H",
        "--first-parent",
        "--diff-merges=first-parent",
        "--relative",
        f"--since={start.isoformat()}",
        "--name-only",
    )
    last: dict[str, str] = {}
    commit = ""
    for line in (log or "").splitlines():
        if line.startswith("\0"):
            commit = line[1:]
        elif line in paths:
            last.setdefault(line, commit)
    return last


# -- points ----------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _points(
    options: Options,
    closed_on: list[tuple[date, date | None]],
    reports: tuple[list[Reported], dict[int, datetime]] | None,
    specs: list[SpecMerge] | None,
    paused: list[Paused] | None = None,
) -> tuple[FollowPoint, ...]:
    # The report's ends are exclusive: a point counts what happened before its end.
    marks = options.marks or (("now", options.today + timedelta(days=1)),)
    points = []
    previous = options.since
    for label, end in marks:
        written = [closed for when, closed in closed_on if when < end]
        items_closed = _share(sum(1 for c in written if c is not None and c < end), len(written))
        answered = None
        if reports is not None:
            opened, first = reports
            interval = [i for i in opened if previous <= i.created_at.date() < end]
            in_time = [
                i
                for i in interval
                if i.number in first
                and _hours(i.created_at, first[i.number]) <= options.reply_hours
            ]
            answered = _share(len(in_time), len(interval))
        verified = hours = None
        if specs is not None:
            merged = [(v, h) for _, _, at, v, h in specs if previous <= at.date() < end]
            verified = _share(sum(v for v, _ in merged), len(merged))
            hours = _median_hours([h for _, h in merged if h is not None])
        carried = [p for p in paused or () if p.carried(previous, end)]
        points.append(
            FollowPoint(
                label,
                end.isoformat(),
                items_closed,
                answered,
                verified,
                hours,
                sum(1 for p in carried if p.pull) if paused is not None else None,
                sum(1 for p in carried if not p.pull) if paused is not None else None,
            )
        )
        previous = end
    return tuple(points)
