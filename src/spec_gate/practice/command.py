"""Gather the measures: now, at points in the git history, and from recent PRs and issues."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date

from spec_gate import discover
from spec_gate.check import policy_for
from spec_gate.engine import Engine, Source, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import DocumentResult
from spec_gate.practice import history
from spec_gate.practice.measure import KindMeasure, Measures, Point, measure_kinds, worst
from spec_gate.ruleset.compiled import Policy
from spec_gate.vocabulary import Kind, body_path


def gather(
    paths: list[str],
    config: str | None,
    since: date | None,
    every: str,
    github_prs: int,
    github_issues: int,
    jobs: int,
    today: date,
    progress: Callable[[int, int], None],
    environ: Mapping[str, str] = os.environ,
) -> Measures:
    policy = policy_for(config, [])
    engine = Engine(policy, today=today)
    if since is None:
        checked = check_all(engine, discover.sources(paths, policy, None), jobs)
        if checked.broken:
            raise checked.broken[0]
        results = checked.results
        points = [Point("now", today.isoformat(), None, measure_kinds(results, policy))]
        latest = results
    else:
        points, latest = _history(policy, engine, since, every, today, jobs, progress)
    github = {}
    if github_prs or github_issues:
        github = _github(policy, engine, github_prs, github_issues, environ)
    return Measures(tuple(points), worst(latest), github)


def _history(
    policy: Policy,
    engine: Engine,
    since: date,
    every: str,
    today: date,
    jobs: int,
    progress: Callable[[int, int], None],
) -> tuple[list[Point], list[DocumentResult]]:
    git = history.Git(policy.root)
    by_commit: dict[str, list[DocumentResult]] = {}
    points = []
    latest: list[DocumentResult] = []
    try:
        marks = history.periods(since, every, today)
        for index, (label, end) in enumerate(marks, start=1):
            progress(index, len(marks))
            commit = git.commit_before(end)
            if commit is None:
                points.append(Point(label, end.isoformat(), None, {}))
                continue
            if commit not in by_commit:
                # A document broken in old history is left out of that point, not fatal.
                by_commit[commit] = check_all(
                    engine, history.sources_at(git, commit, policy), jobs
                ).results
            latest = by_commit[commit]
            points.append(Point(label, end.isoformat(), commit, measure_kinds(latest, policy)))
    finally:
        git.close()
    return points, latest


def _github(
    policy: Policy, engine: Engine, prs: int, issues: int, environ: Mapping[str, str]
) -> dict[str, KindMeasure]:
    from spec_gate.github.client import Api  # the network, only when asked for

    token = environ.get("GITHUB_TOKEN", "").strip()
    repository = environ.get("GITHUB_REPOSITORY", "").strip()
    if not token or not repository:
        raise SpecGateError(
            "report",
            "--github-prs and --github-issues need GITHUB_TOKEN and "
            "GITHUB_REPOSITORY (owner/name) in the environment",
        )
    api = Api(token, environ.get("GITHUB_API_URL", "https://api.github.com"), repository)
    found: dict[str, KindMeasure | None] = {}
    if prs:
        bodies = [
            Source(body_path(Kind.PR, n), body, None, Kind.PR) for n, body in api.merged_pulls(prs)
        ]
        found["prs"] = measure_kinds(check_all(engine, bodies).results, policy).get(Kind.PR)
    if issues:
        bodies = [
            Source(body_path(Kind.TICKET, n), body, None, Kind.TICKET)
            for n, body in api.opened_issues(issues)
        ]
        found["issues"] = measure_kinds(check_all(engine, bodies).results, policy).get(Kind.TICKET)
    return {k: v for k, v in found.items() if v is not None}
