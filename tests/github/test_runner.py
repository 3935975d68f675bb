"""A misconfigured workflow gets one line and exit 2, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

BASE_ENV = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_REPOSITORY": "o/r", "INPUT_TOKEN": "t"}

CASES = [
    ("not in a workflow", {}, "spec-gate: error: spec-gate github: GITHUB_EVENT_NAME is not set"),
    (
        "bad mode",
        {"INPUT_MODE": "loud"},
        "spec-gate: error: input mode: 'loud' is not one of block, comment",
    ),
    (
        "bad fail-on",
        {"INPUT_FAIL-ON": "sometimes"},
        "spec-gate: error: input fail-on: 'sometimes' is not one of error, warning, never",
    ),
    (
        "a review input that is no boolean",
        {"INPUT_REVIEW": "yes"},
        "spec-gate: error: input review: 'yes' is not one of true, false",
    ),
    ("no token", {"INPUT_TOKEN": ""}, "spec-gate: error: input token: no token"),
    (
        "unsupported event",
        {"GITHUB_EVENT_NAME": "push"},
        "spec-gate: error: spec-gate github: the 'push' event is not supported",
    ),
    ("broken payload", {"PAYLOAD": "{not json"}, "cannot read the event payload"),
    (
        "payload without a pull request",
        {"PAYLOAD": json.dumps({"action": "opened"})},
        "the pull_request payload lacks pull_request",
    ),
    (
        "a number that is not one",
        {"PAYLOAD": json.dumps({"pull_request": {"number": "abc", "head": {"sha": "h"}}})},
        'the pull_request payload has pull_request.number = "abc", not a number',
    ),
    (
        "a head that is null",
        {"PAYLOAD": json.dumps({"pull_request": {"number": 3, "head": None}})},
        "the pull_request payload lacks pull_request.head.sha",
    ),
    (
        "an issue's labels that are not a list",
        {
            "GITHUB_EVENT_NAME": "issues",
            "PAYLOAD": json.dumps({"issue": {"number": 3, "labels": "bug"}}),
        },
        "the issues payload has labels that are not a list",
    ),
    (
        "a repository that is not owner/name",
        {"GITHUB_REPOSITORY": "noslash"},
        "spec-gate: error: GITHUB_REPOSITORY: 'noslash' is not of the form owner/name",
    ),
]


@pytest.mark.parametrize(("name", "env", "message"), CASES, ids=[c[0] for c in CASES])
def test_runner_errors(
    cli: Callable[..., Run],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    env: dict[str, str],
    message: str,
) -> None:
    event = tmp_path / "event.json"
    event.write_text(env.pop("PAYLOAD", json.dumps({"pull_request": {}})))
    for key in list(__import__("os").environ):
        if key.startswith(("GITHUB_", "INPUT_")):
            monkeypatch.delenv(key)
    if name != "not in a workflow":
        for key, value in {**BASE_ENV, "GITHUB_EVENT_PATH": str(event), **env}.items():
            monkeypatch.setenv(key, value)
    run = cli("github")
    assert run.code == 2
    assert message in run.err and run.err.count("\n") == 1
    assert "Traceback" not in run.err
