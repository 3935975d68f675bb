"""The config's ``pause:`` key: validated at the edge, carried into the compiled policy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import load_policy

Write = Callable[[str, str], Path]


def test_the_pause_labels_reach_the_policy_as_written(write: Write) -> None:
    path = write(".spec-gate.yml", "pause:\n  labels: [incident:active, Security]\n")
    policy = load_policy(path, ".spec-gate.yml")
    assert policy.pause_labels == ("incident:active", "Security")
    assert policy.pause_label(["bug", "SECURITY", "incident:active"]) == "SECURITY"
    assert policy.pause_label(["bug"]) is None
    assert policy.pause_label([]) is None


def test_no_pause_key_pauses_nothing(write: Write) -> None:
    path = write(".spec-gate.yml", "fail_on: error\n")
    policy = load_policy(path, ".spec-gate.yml")
    assert policy.pause_labels == ()
    assert policy.pause_label(["security", "incident:active"]) is None


ERRORS = [
    (
        "not a list",
        "pause: {labels: security}\n",
        ".spec-gate.yml:1: labels: Input should be a valid list",
    ),
    (
        "not a mapping",
        "pause: [security]\n",
        ".spec-gate.yml:1: pause: Input should be a valid dictionary",
    ),
    (
        "unknown subkey",
        "pause:\n  labels: [security]\n  until: 2026-12-31\n",
        ".spec-gate.yml:3: unknown key 'until'",
    ),
    ("misspelt", "pause: {lables: [security]}\n", "unknown key 'lables'; did you mean 'labels'?"),
    ("no labels", "pause: {}\n", ".spec-gate.yml:1: missing required key 'labels'"),
    ("empty list", "pause: {labels: []}\n", "labels: List should have at least 1 item"),
    (
        "empty label",
        "pause: {labels: ['']}\n",
        "labels[0]: String should have at least 1 character",
    ),
]


@pytest.mark.parametrize(("name", "config", "expected"), ERRORS, ids=[e[0] for e in ERRORS])
def test_pause_errors(write: Write, name: str, config: str, expected: str) -> None:
    path = write(".spec-gate.yml", config)
    with pytest.raises(SpecGateError) as raised:
        load_policy(path, ".spec-gate.yml")
    message = str(raised.value)
    assert "\n" not in message
    assert expected in message
