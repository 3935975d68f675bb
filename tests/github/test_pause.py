"""The crisis pause: while a PR or issue carries a pause label the action reports what is owed
but blocks nothing, says so everywhere, and removing the label re-judges at once."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import responses
import yaml

from tests.conftest import Run
from tests.github.conftest import (
    BAD_BODY,
    BASE,
    CONFIG,
    GOOD_BODY,
    HEAD,
    REPOSITORY,
    Action,
    run_installed,
)
from tests.github.conftest import webhook as example
from tests.github.fake import FakeGitHub

PAUSE = CONFIG + "pause: {labels: [incident:active, security]}\n"
NOTICE = "::notice title=spec-gate paused::"


def label(name: str) -> dict[str, Any]:
    """A label as webhooks and the issues API carry it."""
    return {
        "id": 1362934390 + len(name),
        "node_id": "MDU6TGFiZWwxMzYyOTM0Mzkw",
        "url": f"https://api.github.com/repos/{REPOSITORY}/labels/{name}",
        "name": name,
        "color": "b60205",
        "default": False,
        "description": "An active crisis",
    }


def labelled(kind: str, action: str, name: str, others: tuple[str, ...] = ()) -> dict[str, Any]:
    """A ``labeled`` or ``unlabeled`` payload of ``kind`` (pull_request or issues), made from
    the opened example: the event's ``label`` and the item's labels after the change."""
    payload = example(f"{kind}.opened.1.json")
    payload["action"] = action
    payload["label"] = label(name)
    item = payload["pull_request" if kind == "pull_request" else "issue"]
    names = [*others, name] if action == "labeled" else list(others)
    item["labels"] = [label(n) for n in names]
    return payload


def statuses(action: Action) -> list[tuple[str, str, str]]:
    return [(s["state"], s["description"], s["context"]) for s in action.fake.statuses]


def output(outcome_outputs: str, name: str) -> str:
    """One output's value from GITHUB_OUTPUT's heredoc form."""
    lines = outcome_outputs.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{name}<<"))
    return lines[start + 1]


def report(action: Action) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((action.tmp / "spec-gate-report.json").read_text())
    return data


def test_a_security_label_pauses_and_removing_it_rejudges_in_the_same_comment(
    action: Action,
) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "security")
    action.pr_body(BAD_BODY)  # no Why: blocked, were it not for the pause
    outcome = action.run()

    assert outcome.code == 0
    assert statuses(action) == [("success", "paused: security", "spec-gate")]
    assert output(outcome.outputs, "result") == "paused"
    assert (output(outcome.outputs, "errors"), output(outcome.outputs, "warnings")) == ("1", "1")
    [notice] = [line for line in outcome.log.splitlines() if line.startswith("::notice")]
    assert notice.startswith(NOTICE + 'spec-gate is paused on pr#2 by the label "security"')
    # still reported, as what is owed: no error annotation on a run that blocks nothing
    assert "::warning title=spec-gate why-section (paused)::pr#2" in outcome.log
    assert "::error" not in outcome.log
    assert outcome.log.endswith(
        "spec-gate: ⏸️ spec-gate: paused by the label security (1 error, 1 warning owed); "
        "result paused\n"
    )
    [comment] = action.fake.comments[2]
    body = comment["body"]
    assert body.startswith(
        "<!-- spec-gate:sticky context=spec-gate -->\n"
        "### ⏸️ spec-gate: paused by the label **security**\n\n"
        "This pull request carries the label **security**, which pauses spec-gate during an "
        "active security, legal or safety crisis"
    )
    assert "The gate resumes when the label is removed" in body
    assert "a postmortem with a user impact narrative is owed" in body
    assert "#### Will be owed when the gate resumes: 1 error, 1 warning" in body
    assert "`why-section`" in body and "**`pr#2`** (pr)" in body
    assert outcome.summary.startswith("### ⏸️ spec-gate: paused by the label **security**")
    assert "`why-section`" in outcome.summary
    recorded = report(action)
    assert recorded["paused"] == {"label": "security"}
    assert list(recorded)[:2] == ["version", "paused"]
    assert recorded["summary"] == {"documents": 1, "errors": 1, "warnings": 1, "waived": 0}

    action.payload = labelled("pull_request", "unlabeled", "security")
    action.pr_body(BAD_BODY)
    outcome = action.run()

    assert outcome.code == 1
    assert statuses(action)[-1] == ("failure", "1 error, 1 warning", "spec-gate")
    assert output(outcome.outputs, "result") == "fail"
    assert NOTICE not in outcome.log
    assert [c.method for c in action.fake.comment_writes()] == ["POST", "PATCH"]
    [again] = action.fake.comments[2]
    assert again["id"] == comment["id"]
    assert again["body"].startswith(
        "<!-- spec-gate:sticky context=spec-gate -->\n### ❌ spec-gate: 1 error, 1 warning"
    )
    assert "paused" not in again["body"]
    assert "paused" not in report(action)
    assert outcome.summary.startswith("### ❌ spec-gate: 1 error, 1 warning")


def test_the_label_is_matched_case_insensitively_and_named_as_written(action: Action) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", CONFIG + "pause: {labels: [Security]}\n")
    action.payload = labelled("pull_request", "labeled", "SECURITY", others=("bug",))
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert statuses(action) == [("success", "paused: SECURITY", "spec-gate")]
    assert report(action)["paused"] == {"label": "SECURITY"}
    assert "paused by the label **SECURITY**" in action.fake.comments[2][0]["body"]


def test_the_first_pausing_label_on_the_pr_is_the_one_named(action: Action) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "security", others=("Incident:Active",))
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert statuses(action) == [("success", "paused: Incident:Active", "spec-gate")]
    # Nothing is owed but the postmortem: the pause is still said, in a comment.
    [comment] = action.fake.comments[2]
    assert (
        "#### Nothing else will be owed when the gate resumes: all checks pass" in (comment["body"])
    )
    assert "a postmortem with a user impact narrative is owed" in comment["body"]


def test_lifting_a_pause_with_nothing_owed_says_so(action: Action) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "security")
    action.pr_body(GOOD_BODY)
    action.run()
    action.payload = labelled("pull_request", "unlabeled", "security")
    action.pr_body(GOOD_BODY)
    assert action.run().code == 0
    assert statuses(action)[-1] == ("success", "all checks pass", "spec-gate")
    [comment] = action.fake.comments[2]
    assert comment["body"] == (
        "<!-- spec-gate:sticky context=spec-gate -->\n### ✅ spec-gate: all checks pass\n\n"
        "The label that paused the gate is gone, and every check passes."
    )


def test_the_live_labels_decide_a_pause(action: Action) -> None:
    """A slow run started by the `labeled` event judges the labels as they are now."""
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "security")
    action.pr_body(BAD_BODY)
    action.run_labels = []  # removed again before the run read the PR
    assert action.run().code == 1
    assert statuses(action) == [("failure", "1 error, 1 warning", "spec-gate")]
    action.payload = labelled("pull_request", "unlabeled", "security")
    action.pr_body(BAD_BODY)
    action.run_labels = [label("security")]  # and put back
    assert action.run().code == 0
    assert statuses(action)[-1] == ("success", "paused: security", "spec-gate")


def test_advisory_mode_says_paused_too(action: Action) -> None:
    action.inputs["mode"] = "comment"
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "incident:active")
    action.pr_body(BAD_BODY)
    assert action.run().code == 0
    assert statuses(action) == [("success", "paused: incident:active", "spec-gate")]


def test_an_issue_is_paused_the_same_way(action: Action) -> None:
    action.write(".spec-gate.yml", PAUSE)  # an issue has no base commit: the checkout's
    action.event_name = "issues"
    action.payload = labelled("issues", "labeled", "security", others=("bug",))
    outcome = action.run()  # the example issue has no Why
    assert outcome.code == 0
    assert action.fake.statuses == []  # an issue has no commit
    assert output(outcome.outputs, "result") == "paused"
    assert NOTICE + 'spec-gate is paused on issue#1 by the label "security"' in outcome.log
    [comment] = action.fake.comments[1]
    assert "This issue carries the label **security**" in comment["body"]
    assert "**`issue#1`** (ticket)" in comment["body"]
    assert report(action)["paused"] == {"label": "security"}

    action.payload = labelled("issues", "unlabeled", "security", others=("bug",))
    assert action.run().code == 1
    [again] = action.fake.comments[1]
    assert again["id"] == comment["id"] and "paused" not in again["body"]


def test_a_merge_group_is_never_paused(action: Action) -> None:
    action.event_name = "merge_group"
    action.payload = example("merge_group.checks_requested.1.json")
    group = action.payload["merge_group"]
    action.fake.add_file(group["base_sha"], ".spec-gate.yml", PAUSE)
    action.write("docs/specs/ok.md", "# Spec\n\n## Why\nTBD\n")
    outcome = action.run()
    assert outcome.code == 1
    assert [(s["sha"], s["state"]) for s in action.fake.statuses] == [
        (group["head_sha"], "failure")
    ]
    assert NOTICE not in outcome.log and "paused" not in report(action)


def test_without_a_pause_label_nothing_says_paused(
    action: Action, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", PAUSE)
    action.payload = labelled("pull_request", "labeled", "bug")
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == 1
    assert statuses(action) == [("failure", "1 error, 1 warning", "spec-gate")]
    assert output(outcome.outputs, "result") == "fail"
    assert "paused" not in report(action) and NOTICE not in outcome.log
    # `spec-gate check --format json` under the same config: the report as it always was.
    action.write(".spec-gate.yml", PAUSE)
    monkeypatch.chdir(action.workspace)
    (action.workspace / ".git").mkdir()
    run = cli("check", "--kind", "pr", "--format", "json", "-", stdin=BAD_BODY.encode())
    assert run.code == 1, run.err
    assert list(run.json) == ["version", "summary", "documents", "findings", "skipped"]


CONFIG_ERRORS = [
    (
        "not a list",
        "pause: {labels: security}\n",
        ".spec-gate.yml:6: labels: Input should be a valid list",
    ),
    (
        "unknown subkey",
        "pause: {labels: [security], until: 2026-12-31}\n",
        ".spec-gate.yml:6: unknown key 'until'",
    ),
    (
        "misspelt subkey",
        "pause: {label: [security]}\n",
        "unknown key 'label'; did you mean 'labels'?",
    ),
    ("no labels", "pause: {labels: []}\n", ".spec-gate.yml:6: labels: List should have at least 1"),
]


@pytest.mark.parametrize(
    ("name", "text", "message"), CONFIG_ERRORS, ids=[c[0] for c in CONFIG_ERRORS]
)
def test_a_bad_pause_key_is_one_line_and_exit_2(
    action: Action,
    cli: Callable[..., Run],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    text: str,
    message: str,
) -> None:
    """``spec-gate github`` as the runner starts it: the config at the base is refused."""
    action.fake.add_file(BASE, ".spec-gate.yml", CONFIG + text)
    action.payload = labelled("pull_request", "labeled", "security")
    for key in list(os.environ):
        if key.startswith(("GITHUB_", "INPUT_")):
            monkeypatch.delenv(key)
    for key, value in action.environ().items():
        monkeypatch.setenv(key, value)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        action.fake.mock(rsps)
        run = cli("github")
    assert run.code == 2
    assert run.err.startswith("spec-gate: error: ") and run.err.count("\n") == 1
    assert message in run.err and "Traceback" not in run.err
    assert action.fake.writes() == []  # nothing posted


def test_the_workflow_init_writes_rejudges_on_labels() -> None:
    text = resources.files("spec_gate").joinpath("templates", "workflow.yml").read_text("utf-8")
    on = yaml.safe_load(text)[True]  # YAML 1.1 reads the key `on` as true
    for event in ("pull_request", "issues"):
        assert {"labeled", "unlabeled"} <= set(on[event]["types"]), event


@pytest.mark.slow
def test_a_paused_pull_request_end_to_end(tmp_path: Path) -> None:
    """The installed ``spec-gate github`` against a local API over real HTTP."""
    fake = FakeGitHub(REPOSITORY)
    server = fake.serve()
    try:
        fake.api_url = f"http://127.0.0.1:{server.server_address[1]}"
        fake.add_file(BASE, ".spec-gate.yml", PAUSE)
        workspace = tmp_path / "workspace"
        workspace.mkdir()
        payload = labelled("pull_request", "labeled", "incident:active")
        pull = payload["pull_request"]
        pull["body"] = BAD_BODY
        fake.issues[2] = {"body": BAD_BODY, "labels": pull["labels"], "user": pull["user"]}
        result = run_installed(fake, tmp_path, payload, workspace)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert NOTICE + 'spec-gate is paused on pr#2 by the label "incident:active"' in result.stdout
    assert [(s["sha"], s["state"], s["description"]) for s in fake.statuses] == [
        (HEAD, "success", "paused: incident:active")
    ]
    [comment] = fake.comments[2]
    assert "paused by the label **incident:active**" in comment["body"]
    report = json.loads((tmp_path / "spec-gate-report.json").read_text())
    assert report["paused"] == {"label": "incident:active"}
    assert "result<<" in (tmp_path / "output").read_text()
    assert "\npaused\n" in (tmp_path / "output").read_text()


FORM_BODY = (
    "### Open work\n\nNothing open\n\n### Pages\n\n7\n\n### Out-of-hours pages\n\n2\n\n"
    "### How are you?\n\n{answer}\n"
)


@pytest.mark.parametrize(
    ("answer", "code", "rules"),
    [("Tired but fine", 0, set()), ("_No response_", 1, {"handoff-state-check"})],
)
def test_an_issue_from_the_handoff_form_is_judged_as_a_handoff(
    action: Action, answer: str, code: int, rules: set[str]
) -> None:
    action.write(".spec-gate.yml", CONFIG)
    action.event_name = "issues"
    action.payload = labelled("issues", "labeled", "oncall-handoff")
    action.payload["action"] = "opened"  # opened from the form, the label already on it
    action.payload["issue"]["body"] = FORM_BODY.format(answer=answer)
    outcome = action.run()
    assert outcome.code == code
    assert {f["rule"] for f in report(action)["findings"]} == rules
    assert all(d["kind"] == "handoff" for d in report(action)["documents"])
    assert "Tired but fine" not in json.dumps(report(action))


def test_the_handoff_form_init_writes_carries_the_handoff_label() -> None:
    form = yaml.safe_load(
        resources.files("spec_gate").joinpath("templates", "handoff-issue-form.yml").read_text()
    )
    assert form["labels"] == ["oncall-handoff"]
