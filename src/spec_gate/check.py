"""The ``check`` job: policy, documents, engine, report. Shared by the CLI and the action."""

from __future__ import annotations

from pathlib import Path

from spec_gate import discover
from spec_gate.engine import Engine, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import FailOn, Report
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.load import find_config, load_policy, override_rulesets


def policy_for(config: str | None, rulesets: list[str]) -> Policy:
    """The policy of ``--config``, else of the nearest ``.spec-gate.yml``, else the built-ins."""
    if config is not None:
        if not Path(config).is_file():
            raise SpecGateError(config, "config file not found")
        policy = load_policy(Path(config), config)
    else:
        found = find_config(Path.cwd())
        policy = load_policy(found, _shown(found) if found else "")
    return override_rulesets(policy, rulesets) if rulesets else policy


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run(
    paths: list[str],
    kind: str | None = None,
    config: str | None = None,
    rulesets: list[str] | None = None,
    fail_on: str | None = None,
) -> tuple[Report, FailOn]:
    policy = policy_for(config, rulesets or [])
    sources = discover.sources(paths, policy, kind)
    results, skipped = check_all(Engine(policy), sources)
    report = Report(tuple(results), tuple(skipped))
    return report, FailOn(fail_on) if fail_on else policy.fail_on
