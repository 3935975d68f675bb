"""action.yml says what the action reads and writes: each input reaches the runner, each
default is the runner's own, and each output (and each value of ``result``) is declared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from spec_gate.github.runner import Runner

ACTION = yaml.safe_load((Path(__file__).parents[2] / "action.yml").read_text(encoding="utf-8"))
BASE_ENVIRONMENT = {
    "GITHUB_EVENT_NAME": "pull_request",
    "GITHUB_EVENT_PATH": "event.json",
    "GITHUB_REPOSITORY": "acme/shop",
    "GITHUB_TOKEN": "t0ken",
}
# Each input, a value a workflow may give it, and the runner's field that must hold it.
INPUTS: list[tuple[str, str, str, Any]] = [
    ("token", "ghs_other", "token", "ghs_other"),
    ("mode", "comment", "mode", "comment"),
    ("config", "policy/spec-gate.yml", "config", "policy/spec-gate.yml"),
    ("fail-on", "warning", "fail_on", "warning"),
    ("context", "empathy", "context", "empathy"),
    ("review", "true", "review", True),
    ("bot-login", "gate-app[bot]", "bot_login", "gate-app[bot]"),
]


def runner(**inputs: str) -> Runner:
    environment = dict(BASE_ENVIRONMENT)
    environment.update({f"INPUT_{name.upper()}": value for name, value in inputs.items()})
    return Runner.from_environ(environment)


def test_every_input_is_listed_here() -> None:
    assert sorted(ACTION["inputs"]) == sorted(name for name, *_ in INPUTS)


@pytest.mark.parametrize(("name", "value", "field", "expected"), INPUTS)
def test_each_input_reaches_the_runner(name: str, value: str, field: str, expected: Any) -> None:
    assert getattr(runner(**{name: value}), field) == expected


@pytest.mark.parametrize(("name", "value", "field", "expected"), INPUTS)
def test_each_default_is_the_runners_own(name: str, value: str, field: str, expected: Any) -> None:
    """GitHub passes a default as if the workflow had given it; a run without it (the CLI's
    `spec-gate github`) must behave the same."""
    default = ACTION["inputs"][name].get("default", "")
    if default.startswith("${{"):
        return  # the job's token: GITHUB_TOKEN is read when the input is absent
    assert getattr(runner(**{name: default}), field) == getattr(runner(), field)


def test_every_output_and_result_is_declared() -> None:
    """The outputs the action writes (tests/github/test_action.py and test_pause.py read
    them back), and every value of ``result``: pass, fail, waived, and paused by a crisis."""
    declared = ACTION["outputs"]
    assert set(declared) == {"result", "errors", "warnings", "report"}
    described = declared["result"]["description"]
    assert all(value in described for value in ("pass", "fail", "waived", "paused")), described
