from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import responses

from spec_gate.github.action import run
from spec_gate.github.client import Api
from tests.github.fake import FakeGitHub

WEBHOOKS = Path(__file__).resolve().parent.parent / "fixtures" / "github" / "webhooks"
REPOSITORY = "Codertocat/Hello-World"
HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821"  # from pull_request.opened.1.json
BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e"

CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/specs/**/*.md"]
pull_requests: {rulesets: [builtin:why]}
issues: {rulesets: [builtin:why]}
"""
GOOD_BODY = (
    "**Why:** Riders lose their basket when the train enters a tunnel, and some are "
    "charged twice.\n\n**Who is affected:** shoppers on mobile data.\n"
)
BAD_BODY = "Bump dependencies.\n"


def webhook(name: str) -> dict[str, Any]:
    return copy.deepcopy(json.loads((WEBHOOKS / name).read_text()))


@dataclass
class Outcome:
    code: int
    log: str
    outputs: str
    summary: str


@dataclass
class Action:
    """One repository, its fake API and a runner environment; ``run()`` plays one job."""

    tmp: Path
    fake: FakeGitHub
    inputs: dict[str, str] = field(default_factory=dict)
    event_name: str = "pull_request"
    payload: dict[str, Any] = field(default_factory=lambda: webhook("pull_request.opened.1.json"))
    sleeps: list[float] = field(default_factory=list)
    live_body: str | None = None  # the body as it is now, when it differs from the event's
    run_labels: list[dict[str, Any]] | None = None  # the labels as they are now, likewise
    changed_files: int | None = None  # the event's count of the PR's files; None: the fake's

    @property
    def workspace(self) -> Path:
        return self.tmp / "workspace"

    def pr_body(self, body: str | None) -> None:
        self.payload["pull_request"]["body"] = body

    def write(self, relative: str, text: str) -> None:
        path = self.workspace / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    def environ(self) -> dict[str, str]:
        event = self.tmp / "event.json"
        pr = self.payload.get("pull_request")
        if isinstance(pr, dict) and self.changed_files is None:  # as GitHub counts them
            pr["changed_files"] = len(self.fake.files.get(int(pr["number"]), []))
        elif isinstance(pr, dict):
            pr["changed_files"] = self.changed_files
        event.write_text(json.dumps(self.payload))
        (self.tmp / "output").touch()
        (self.tmp / "summary").touch()
        env = {
            "GITHUB_EVENT_NAME": self.event_name,
            "GITHUB_EVENT_PATH": str(event),
            "GITHUB_REPOSITORY": REPOSITORY,
            "GITHUB_API_URL": self.fake.api_url,
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_OUTPUT": str(self.tmp / "output"),
            "GITHUB_STEP_SUMMARY": str(self.tmp / "summary"),
            "RUNNER_TEMP": str(self.tmp),
            "GITHUB_RUN_ID": "42",
            "INPUT_TOKEN": "ghs_test",
            "INPUT_MODE": "block",
            "INPUT_CONFIG": ".spec-gate.yml",
            "INPUT_CONTEXT": "spec-gate",
        }
        env.update({f"INPUT_{k.upper()}": v for k, v in self.inputs.items()})
        return env

    def run(self) -> Outcome:
        item = self.payload.get("pull_request") or self.payload.get("issue")
        if item is not None:  # the PR or issue as the API serves it now
            body = self.live_body if self.live_body is not None else item.get("body")
            self.fake.issues[int(item["number"])] = {
                "body": body,
                "labels": self.run_labels
                if self.run_labels is not None
                else item.get("labels") or [],
                "user": item["user"],
                "title": item.get("title") or "",
            }
        (self.tmp / "output").write_text("")
        (self.tmp / "summary").write_text("")
        out = io.StringIO()
        api = Api(
            "ghs_test",
            self.fake.api_url,
            REPOSITORY,
            backoff=0,
            sleep=self.sleeps.append,
            pace_writes=False,
        )
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            self.fake.mock(rsps)
            code = run(self.environ(), out, api)
        return Outcome(
            code,
            out.getvalue(),
            (self.tmp / "output").read_text(),
            (self.tmp / "summary").read_text(),
        )


@pytest.fixture
def action(tmp_path: Path) -> Iterator[Action]:
    fake = FakeGitHub(REPOSITORY)
    fake.add_file(BASE, ".spec-gate.yml", CONFIG)
    scenario = Action(tmp_path, fake)
    scenario.workspace.mkdir()
    yield scenario


def run_installed(
    fake: Any, tmp_path: Path, payload: dict[str, Any], workspace: Path, **inputs: str
) -> subprocess.CompletedProcess[str]:
    """The installed ``spec-gate github`` as a runner starts it for a pull_request event,
    against ``fake`` served over real HTTP (its ``api_url`` set by the caller)."""
    pr = payload.get("pull_request")
    if isinstance(pr, dict):  # as GitHub counts them
        pr["changed_files"] = len(fake.files.get(int(pr["number"]), []))
    (tmp_path / "event.json").write_text(json.dumps(payload))
    for name in ("output", "summary"):
        (tmp_path / name).write_text("")
    command = shutil.which("spec-gate", path=str(Path(sys.executable).parent))
    assert command is not None, "spec-gate is not installed beside this Python"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_EVENT_PATH": str(tmp_path / "event.json"),
        "GITHUB_REPOSITORY": REPOSITORY,
        "GITHUB_API_URL": fake.api_url,
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_RUN_ID": "42",
        "INPUT_TOKEN": "ghs_test",
        "INPUT_MODE": "block",
        **{f"INPUT_{name.upper().replace('_', '-')}": value for name, value in inputs.items()},
    }
    return subprocess.run(
        [command, "github"],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
