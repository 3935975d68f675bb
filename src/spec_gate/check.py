"""The ``check`` job: policy, documents, engine, report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spec_gate import copies, discover
from spec_gate.engine import Engine, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import FailOn, Report
from spec_gate.renewals import GitWaivers
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset import cache
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.files import RecordingFiles, find_config, repository_root
from spec_gate.vocabulary import Kind


def policy_for(config: str | None, rulesets: list[str], start: Path | None = None) -> Policy:
    """The policy of ``--config``, else of the ``.spec-gate.yml`` nearest ``start`` (the working
    directory), else the built-ins.

    A compiled policy is reused from the cache while the files it came from are unchanged.
    """
    here = start or Path.cwd()
    if config is not None:
        path: Path | None = Path(config)
        if not Path(config).is_file():
            raise SpecGateError(config, "config file not found")
        source = config
    else:
        path = find_config(here)
        source = discover.display(path) if path else ""
    where = str(path.resolve()) if path else str(repository_root(here))
    key = (where, source, str(here) if rulesets else "", *rulesets)
    cached = cache.load(key)
    if cached is not None:
        return cached
    from spec_gate.ruleset.load import load_policy, override_rulesets  # pydantic: only on a miss

    files = RecordingFiles()
    policy = load_policy(path, source, files, root=None if path else repository_root(here))
    if rulesets:
        policy = override_rulesets(policy, rulesets, files)
    policy = replace(policy, digest=cache.digest(key, files.read_so_far))
    cache.store_policy(key, files.read_so_far, policy)
    return policy


def run(
    paths: list[str],
    kind: Kind | None = None,
    config: str | None = None,
    rulesets: list[str] | None = None,
    fail_on: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> tuple[Report, FailOn, list[SpecGateError]]:
    """The report on the documents that could be read, the fail-on level, and the errors of
    those that could not (each one line: its path and line, and what is wrong)."""
    policy = policy_for(config, rulesets or [])
    sources = discover.sources(paths, policy, kind)
    engine = Engine(policy, waiver_history=GitWaivers(policy.root))
    folder = cache.folder() if use_cache else None
    results = ResultCache.open(folder, policy.digest, engine.context())
    checked = check_all(engine, sources, jobs, results)
    flagged = copies.flag(checked.results, copies.git_order(policy.root), memo=results)
    report = Report(tuple(flagged), tuple(checked.skipped))
    return report, FailOn(fail_on) if fail_on else policy.fail_on, checked.broken
