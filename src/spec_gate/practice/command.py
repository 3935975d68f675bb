"""Gather the measures: now, at points in the git history, and from recent PRs and issues."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from spec_gate import copies, discover
from spec_gate.discover import policy_for
from spec_gate.engine import Engine, Source, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import DocumentResult
from spec_gate.git import GitError, top_above
from spec_gate.practice import followthrough, handoffs, history
from spec_gate.practice.measure import (
    Header,
    KindMeasure,
    Measures,
    Point,
    blame_rules,
    blameless,
    measure_kinds,
    rule_ids,
    worst,
)
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset import cache
from spec_gate.ruleset.compiled import Policy
from spec_gate.vocabulary import Kind, body_path

if TYPE_CHECKING:
    from spec_gate.github.client import Api


@dataclass(frozen=True, slots=True)
class FollowRequest:
    """``--github-follow-through`` and its thresholds."""

    overdue_days: int = 30
    reply_hours: int = 48
    owed_days: int = 14  # a crisis pause owes its postmortem after this many days


DEFAULT_PERIOD_DAYS = 90  # the user reports and specs of a report without --since


def gather(
    paths: list[str],
    config: str | None,
    since: date | None,
    every: str,
    github_prs: int,
    github_issues: int,
    jobs: int,
    here: Path,
    today: date,
    progress: Callable[[int, int], None],
    environ: Mapping[str, str] = os.environ,
    use_cache: bool = True,
    follow: FollowRequest | None = None,
    names: bool = False,
) -> Measures:
    """The report's measures. ``names``: list who was on call in consecutive shifts (only
    ever that, never anything about a state check)."""
    if github_prs or github_issues or follow is not None:
        _client(_asked(github_prs, github_issues))  # before the history: say it at once
    # The repository measured is the one the folder named lies in, as its config and its
    # history are (`spec-gate report ../other-repo`), else the working directory's.
    named = here / paths[0] if len(paths) == 1 else None
    start = named if named is not None and named.is_dir() else here
    policy = policy_for(config, [], start, base=here)
    if not paths and not policy.profiles:
        raise SpecGateError(
            policy.source or "spec-gate report",
            "nothing to measure: name folders, or map documents to kinds under `documents:` "
            "in .spec-gate.yml (`spec-gate init` writes one)",
        )
    if since is not None:
        since = _from_the_history(since, every, policy)
    engine = Engine(policy, today=today)
    folder = cache.folder() if use_cache else None
    results_cache = ResultCache.open(folder, policy.digest, engine.context())
    unmatched: list[tuple[str, str]] = []
    if since is None:
        if paths:
            sources = discover.sources(paths, policy, None, here)
        else:  # the whole policy: a glob that finds nothing is said, as by `check`
            sources, unmatched = discover.configured(policy, None, here)
        checked = check_all(engine, sources, jobs, results_cache)
        if checked.broken:
            raise checked.broken[0]
        # The same judgement as `check`: a section copied from another document fails here too.
        results = copies.flag(
            checked.results, copies.git_order(policy.root, here), memo=results_cache
        )
        blame = blame_rules(policy)
        kinds = measure_kinds(results, policy)
        reader = handoffs.Reader(policy)
        by_path = {source.path: source for source in sources}
        shifts = {
            r.path: reader.shift(by_path[r.path].read(), r.path, by_path[r.path].relative)
            for r in results
            if r.kind == Kind.HANDOFF
        }
        points = [
            Point(
                "now",
                today.isoformat(),
                None,
                kinds,
                blameless=blameless(results, blame),
                handoffs=_handoffs(policy, list(shifts), shifts, kinds, today, None, names),
            )
        ]
        latest = results
    else:
        # The whole policy: a glob that found nothing at any point measured is said.
        seen = discover.GlobsSeen(policy) if not paths else None
        points, latest = _history(
            policy,
            engine,
            since,
            every,
            today,
            jobs,
            progress,
            results_cache,
            names,
            _named_within(paths, here, policy),
            seen,
        )
        unmatched = seen.unmatched() if seen is not None else []
    github = {}
    if github_prs or github_issues:
        github = _github(policy, engine, github_prs, github_issues, environ)
    follow_through = None
    if follow is not None:
        marks = tuple(history.periods(since, every, today)) if since is not None else ()
        options = followthrough.Options(
            since=since or today - timedelta(days=DEFAULT_PERIOD_DAYS),
            today=today,
            overdue_days=follow.overdue_days,
            reply_hours=follow.reply_hours,
            marks=marks,
            owed_days=follow.owed_days,
        )
        from spec_gate.github.activity import Activity

        api, repository = _api(environ, "--github-follow-through")
        activity = Activity(api)
        follow_through = followthrough.measure(activity, repository, policy, latest, options)
    header = Header(
        policy.root.name,
        (history.start_of(since, every) if since is not None else today).isoformat(),
        today.isoformat(),
        policy.source or "the built-in rule sets",
    )
    return Measures(tuple(points), worst(latest), github, follow_through, header, tuple(unmatched))


def _from_the_history(since: date, every: str, policy: Policy) -> date:
    """``since``, or, when it is long before the repository's first commit, the period just
    before that commit: one empty period says where the history begins, not every month since
    1960 (git reads no date before 1970: each would hold the newest commit)."""
    if top_above(policy.root.resolve()) is None:
        return since  # the history's own error says so
    git = history.Git(policy.root)
    try:
        first = git.first_day()
    except GitError:
        return since  # no commit yet
    finally:
        git.close()
    if first is None:
        return since
    before = history.start_of(first, every) - timedelta(days=1)
    return max(since, history.start_of(before, every))


def _named_within(paths: list[str], here: Path, policy: Policy) -> tuple[str, ...] | None:
    """The parts of the repository the named paths are, from its root, as its history names
    them; None for the whole (no path, or the repository's own folder)."""
    root = policy.root.resolve()
    within = []
    for raw in paths:
        named = (here / raw).resolve()
        if not named.exists():
            raise SpecGateError(raw, "no such file or directory")
        relative = discover.relative_to(named, root)
        if relative is None:
            raise SpecGateError(raw, f"is outside the repository measured ({policy.root})")
        if relative == ".":
            return None
        within.append(relative)
    return tuple(within) or None


def _history(
    policy: Policy,
    engine: Engine,
    since: date,
    every: str,
    today: date,
    jobs: int,
    progress: Callable[[int, int], None],
    cache: ResultCache | None = None,
    names: bool = False,
    within: tuple[str, ...] | None = None,
    seen: discover.GlobsSeen | None = None,  # shown every file of every point
) -> tuple[list[Point], list[DocumentResult]]:
    _needs_history(policy)
    git = history.Git(policy.root)
    try:
        cut = git.shallow_since()
        if cut is not None and history.start_of(since, every) <= cut:
            raise SpecGateError(
                "--since",
                f"the repository is a shallow clone whose history begins on {cut}, so every "
                "document would count as written then; fetch its whole history (`git fetch "
                "--unshallow`, or `fetch-depth: 0` for actions/checkout), or start --since in "
                f"a period that opens after {cut}",
            )
        marks = history.periods(since, every, today)
        commits = []
        for index, (label, end) in enumerate(marks, start=1):
            progress(index, len(marks))
            commits.append((label, end, git.commit_before(end)))
        while len(commits) > 1 and commits[0][2] is None and commits[1][2] is None:
            del commits[0]  # long before the first commit: one empty period says it began
        trees = {
            c: history.documents_at(git, c, policy, within, seen)
            for _, _, c in commits
            if c is not None
        }
        opening = git.commit_before(history.start_of(since, every))  # before the first period
        existing = set(history.documents_at(git, opening, policy, within)) if opening else set()
        # Every distinct (path, blob) of the whole history once: most documents do not change
        # from one point to the next, and the result cache remembers the rest from last time.
        distinct = sorted({document for documents in trees.values() for document in documents})
        read = [(document, history.source(git, *document)) for document in distinct]
    finally:
        git.close()
    readable = [(document, source) for document, source in read if source is not None]
    checked = check_all(engine, [s for _, s in readable], jobs, cache)  # one pool for all
    # A document broken in old history is left out of its points, not fatal.
    by_document = {
        document: outcome
        for (document, _), outcome in zip(readable, checked.outcomes, strict=True)
        if isinstance(outcome, DocumentResult)
    }
    sources = dict(readable)
    points = []
    latest: list[DocumentResult] = []
    order = copies.git_order(policy.root, policy.root)  # paths from git: from the root
    before = existing  # (path, blob) at the point before: the first, where its period opens
    blame = blame_rules(policy)
    # Each version of a handoff read once, for all the points that hold it.
    reader = handoffs.Reader(policy)
    shifts = {
        document: reader.shift(source.read(), document[0], document[0])
        for document, source in readable
        if document in by_document and by_document[document].kind == Kind.HANDOFF
    }
    added = history.first_added(policy.root, sorted({path for path, _ in shifts}))
    opens = history.start_of(since, every)  # where the point's period opens
    for label, end, commit in commits:
        period, opens = (opens, end), end
        if commit is None:
            points.append(Point(label, end.isoformat(), None, {}))
            continue
        # Each point judged as `check` would have judged that commit, copies included, and its
        # waivers on the point's day: one valid then and expired since was in force.
        documents = [d for d in trees[commit] if d in by_document]
        latest = copies.flag(
            _as_of(engine, [(by_document[d], sources[d]) for d in documents], end, today),
            order,
            memo=cache,
        )
        # Written in the period: a (path, blob) the point before did not have, and not one of
        # its documents moved or renamed as it was (a folder reorganised writes nothing).
        here = {path for path, _ in documents}
        moved = {blob for path, blob in before if path not in here}  # its old path gone
        changed = {
            path for path, blob in documents if (path, blob) not in before and blob not in moved
        }
        written = [result for result in latest if result.path in changed]
        before = set(trees[commit])
        flow = measure_kinds(written, policy)
        at_point = {
            path: shifts[(path, blob)] for path, blob in documents if (path, blob) in shifts
        }
        measured = [r.path for r in written if r.path in at_point]
        points.append(
            Point(
                label,
                end.isoformat(),
                commit,
                measure_kinds(latest, policy),
                flow,
                blameless(latest, blame),
                _handoffs(policy, measured, at_point, flow, today, period, names, added),
                written_blameless=blameless(written, blame),
            )
        )
    if len(points) > 1 and points[-1].commit is not None and points[-1].commit == points[-2].commit:
        # The period under way, with no commit yet (a monthly run on the 1st): the same as the
        # one before, so the report leads with that one, not with an empty month.
        del points[-1]
    return points, latest


def _needs_history(policy: Policy) -> None:
    if top_above(policy.root.resolve()) is None:
        raise SpecGateError(
            "--since",
            f"needs a git repository's history, and {policy.root} is in none "
            "(run it in the repository, or name its folder)",
        )


def _as_of(
    engine: Engine, results: list[tuple[DocumentResult, Source]], end: date, today: date
) -> list[DocumentResult]:
    """The ``results`` (checked today) as they stood on a point's ``end``, where a waiver
    makes the day matter: every other document is judged alike on any day, and is not
    checked again."""
    if end >= today:
        return [result for result, _ in results]
    dated = copy.copy(engine)
    dated.today = end
    judged = []
    for result, source in results:
        dates = result.waived or any(f.rule in _WAIVER_DATED for f in result.findings)
        judged.append((dated.check(source) or result) if dates else result)
    return judged


_WAIVER_DATED = frozenset({"waiver-expired"})


def _handoffs(
    policy: Policy,
    measured: list[str],
    shifts: dict[str, handoffs.Shift],
    kinds: dict[str, KindMeasure],
    today: date,
    period: tuple[date, date] | None,
    names: bool,
    added: Mapping[str, datetime | None] | None = None,
) -> handoffs.Handoffs | None:
    """The handoffs ``measured`` at a point whose handoffs are ``shifts``; None when it has
    none. ``kinds``: the measures of the documents measured, for the state check's passes."""
    if not shifts:
        return None
    if added is None:
        added = history.first_added(policy.root, sorted(shifts))
    state_check = None
    if handoffs.STATE_CHECK in rule_ids(policy).get(Kind.HANDOFF, []):
        measure = kinds.get(Kind.HANDOFF)
        state_check = measure.rules.get(handoffs.STATE_CHECK, 0) if measure is not None else 0
    return handoffs.measure(
        measured,
        shifts,
        handoffs.rota(shifts, added, today),
        state_check,
        period,
        names,
    )


def _github(
    policy: Policy, engine: Engine, prs: int, issues: int, environ: Mapping[str, str]
) -> dict[str, KindMeasure]:
    api, _ = _api(environ, "--github-prs and --github-issues")
    found: dict[str, KindMeasure | None] = {}
    if prs:
        bodies = [
            Source(body_path(Kind.PR, n), body, None, Kind.PR)
            for n, body in api.last_merged_pull_bodies(prs)
        ]
        found["prs"] = measure_kinds(check_all(engine, bodies).results, policy).get(Kind.PR)
    if issues:
        bodies = [
            Source(body_path(Kind.TICKET, n), body, None, Kind.TICKET)
            for n, body in api.last_issue_bodies(issues)
        ]
        found["issues"] = measure_kinds(check_all(engine, bodies).results, policy).get(Kind.TICKET)
    return {k: v for k, v in found.items() if v is not None}


def _asked(github_prs: int, github_issues: int) -> str:
    if github_prs and github_issues:
        return "--github-prs and --github-issues"
    if github_prs:
        return "--github-prs"
    return "--github-issues" if github_issues else "--github-follow-through"


def _client(asked: str) -> type[Api]:
    """The API client: the network, imported only when asked for, from the github extra."""
    from spec_gate.github import EXTRA, extra_missing

    try:
        from spec_gate.github.client import Api
    except ModuleNotFoundError as error:
        if not extra_missing(error):
            raise
        need = "needs" if " and " not in asked else "need"
        raise SpecGateError("report", f"{asked} {need} the github extra: {EXTRA}") from None
    return Api


def _api(environ: Mapping[str, str], asked: str) -> tuple[Api, str]:
    client = _client(asked)
    token = environ.get("GITHUB_TOKEN", "").strip()
    repository = environ.get("GITHUB_REPOSITORY", "").strip()
    if not token or not repository or repository.count("/") != 1:
        raise SpecGateError(
            "report",
            f"{asked} {'need' if ' and ' in asked else 'needs'} GITHUB_TOKEN and "
            "GITHUB_REPOSITORY (owner/name) in the environment",
        )
    api_url = environ.get("GITHUB_API_URL", "https://api.github.com")
    return client(token, api_url, repository), repository
