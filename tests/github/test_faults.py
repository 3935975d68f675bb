"""Real faults over real HTTP (the stand-in API on 127.0.0.1): one retry layer, bounded tries,
one line naming the request and the last answer, and the findings reported before that."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from spec_gate.errors import SpecGateError
from spec_gate.github.action import run
from spec_gate.github.client import TRIES, Api
from tests.github.conftest import BAD_BODY, BASE, CONFIG, REPOSITORY, webhook
from tests.github.fake import BOT, HUMAN, FakeGitHub


@dataclass
class Served:
    fake: FakeGitHub
    tmp: Path

    def run(self) -> tuple[str, str]:
        """(the error line, the job log): the run must fail with one line."""
        environ = _environ(self, "run")
        environ["GITHUB_STEP_SUMMARY"] = str(self.tmp / "summary")
        (self.tmp / "summary").write_text("")
        api = Api("ghs_test", self.fake.api_url, REPOSITORY, backoff=0.001, pace_writes=False)
        log = io.StringIO()
        with pytest.raises(SpecGateError) as failed:
            run(environ, log, api)
        return str(failed.value), log.getvalue()

    def tries(self, method: str, path: str) -> int:
        return sum(1 for c in self.fake.calls if c.method == method and c.path.endswith(path))


def event(fake: FakeGitHub, body: str = BAD_BODY) -> dict[str, Any]:
    """A pull_request event, and the PR as the API serves it now."""
    payload = webhook("pull_request.opened.1.json")
    pull = payload["pull_request"]
    pull["body"] = body
    pull["changed_files"] = len(fake.files.get(2, []))
    fake.issues[2] = {"body": body, "labels": pull["labels"], "user": pull["user"]}
    return payload


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    fake = FakeGitHub(REPOSITORY)
    server = fake.serve()
    fake.api_url = f"http://127.0.0.1:{server.server_address[1]}"
    fake.add_file(BASE, ".spec-gate.yml", CONFIG)
    fake.files[2] = []
    yield Served(fake, tmp_path)
    server.shutdown()


def test_a_stubborn_502_on_a_write_is_tried_4_times(served: Served) -> None:
    served.fake.add_comment(2, "<!-- spec-gate:sticky context=spec-gate -->\nold text", BOT)
    served.fake.fail("PATCH", r"/issues/comments/\d+", 502, times=100)
    line, log = served.run()
    assert line == "GitHub API: editing comment 1001 failed: 502 Server Error"
    assert served.tries("PATCH", "/issues/comments/1001") == TRIES == 4
    # The findings reached the log and the summary before the write failed.
    assert "::error title=spec-gate why-section::pr#2:" in log
    assert "spec-gate: 1 error" in (served.tmp / "summary").read_text()


def test_a_stubborn_502_on_a_read_is_tried_4_times(served: Served) -> None:
    served.fake.fail("GET", r"/pulls/2/files", 502, times=100)
    line, _ = served.run()
    assert line == (
        "GitHub API: listing the files of pull request #2 failed: 502 on each of 4 tries"
    )
    assert served.tries("GET", "/pulls/2/files") == 4


def test_a_passing_502_is_retried_and_the_run_goes_on(served: Served) -> None:
    served.fake.fail("PATCH", r"/issues/comments/\d+", 502, times=2)
    served.fake.add_comment(2, "<!-- spec-gate:sticky context=spec-gate -->\nold text", BOT)
    environ = _environ(served, "run")
    api = Api("ghs_test", served.fake.api_url, REPOSITORY, backoff=0.001, pace_writes=False)
    assert run(environ, io.StringIO(), api) == 1  # blocking findings, written on the 3rd try
    assert served.tries("PATCH", "/issues/comments/1001") == 3
    assert "spec-gate" in served.fake.comments[2][0]["body"]


def _environ(served: Served, name: str) -> dict[str, str]:
    folder = served.tmp / name
    folder.mkdir()
    (folder / "event.json").write_text(json.dumps(event(served.fake)))
    return {
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_EVENT_PATH": str(folder / "event.json"),
        "GITHUB_REPOSITORY": REPOSITORY,
        "GITHUB_API_URL": served.fake.api_url,
        "GITHUB_WORKSPACE": str(served.tmp),
        "RUNNER_TEMP": str(folder),
        "INPUT_TOKEN": "ghs_test",
    }


def test_runs_that_overlap_leave_one_comment(served: Served) -> None:
    """opened, labeled and two edited events for one PR, run at the same moment."""
    human = served.fake.add_comment(2, "<!-- spec-gate:sticky context=spec-gate -->\nme", HUMAN)
    environs = [_environ(served, f"run{index}") for index in range(4)]
    barrier = threading.Barrier(len(environs))
    codes: list[int] = []

    def job(environ: dict[str, str]) -> None:
        api = Api("ghs_test", served.fake.api_url, REPOSITORY, backoff=0.001, pace_writes=False)
        barrier.wait()
        codes.append(run(environ, io.StringIO(), api))

    threads = [threading.Thread(target=job, args=(environ,)) for environ in environs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert codes == [1, 1, 1, 1]
    ours = [c for c in served.fake.comments[2] if c["user"]["login"] == BOT["login"]]
    assert len(ours) == 1, [c["id"] for c in ours]
    assert ours[0]["body"].startswith("<!-- spec-gate:sticky context=spec-gate -->\n### ❌")
    assert human in served.fake.comments[2] and human["body"].endswith("\nme")  # untouched
    assert not [c for c in served.fake.calls if c.method == "DELETE" and str(human["id"]) in c.path]
