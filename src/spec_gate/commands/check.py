"""The ``check`` job: policy, documents, engine, report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spec_gate import copies, discover
from spec_gate.engine import Engine, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import FailOn, Report
from spec_gate.renewals import GitWaivers
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset import cache
from spec_gate.vocabulary import Kind


def run(
    paths: list[str],
    here: Path,
    today: date,
    kind: Kind | None = None,
    config: str | None = None,
    rulesets: list[str] | None = None,
    fail_on: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> tuple[Report, FailOn, list[SpecGateError]]:
    """The report on the documents that could be read, the fail-on level, and the errors of
    those that could not (each one line: its path and line, and what is wrong). ``here`` is
    the working directory, which paths and ``--config`` are relative to."""
    policy = discover.policy_for(config, rulesets or [], here)
    sources = discover.sources(paths, policy, kind, here)
    engine = Engine(policy, today=today, waiver_history=GitWaivers(policy.root))
    folder = cache.folder() if use_cache else None
    results = ResultCache.open(folder, policy.digest, engine.context())
    checked = check_all(engine, sources, jobs, results)
    flagged = copies.flag(checked.results, copies.git_order(policy.root, here), memo=results)
    report = Report(tuple(flagged), tuple(checked.skipped))
    return report, FailOn(fail_on) if fail_on else policy.fail_on, checked.broken
