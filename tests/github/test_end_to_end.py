"""The installed ``spec-gate github`` as a runner starts it, against a local API over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.github.conftest import BAD_BODY, BASE, CONFIG, HEAD, REPOSITORY, run_installed, webhook
from tests.github.fake import FakeGitHub


@pytest.mark.slow
def test_a_pull_request_job_end_to_end(tmp_path: Path) -> None:
    fake = FakeGitHub(REPOSITORY)
    server = fake.serve()
    try:
        fake.api_url = f"http://127.0.0.1:{server.server_address[1]}"
        fake.add_file(BASE, ".spec-gate.yml", CONFIG)
        fake.files[2] = ["docs/specs/checkout.md", "src/app.py"]
        fake.fail("GET", r"/pulls/2/files", 0, times=1, drop=True)  # a dropped connection
        workspace = tmp_path / "workspace"
        (workspace / "docs" / "specs").mkdir(parents=True)
        (workspace / "docs" / "specs" / "checkout.md").write_text("# Checkout\n\n## Why\nTBD\n")
        payload = webhook("pull_request.opened.1.json")
        payload["pull_request"]["body"] = BAD_BODY
        pull = payload["pull_request"]
        fake.issues[2] = {"body": BAD_BODY, "labels": pull["labels"], "user": pull["user"]}
        result = run_installed(
            fake, tmp_path, payload, workspace, config=".spec-gate.yml", context="spec-gate",
            fail_on="error",
        )  # fmt: skip
    finally:
        server.shutdown()
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert (
        "::error file=docs/specs/checkout.md,line=3,title=spec-gate why-section::" in result.stdout
    )
    assert result.stdout.endswith("spec-gate: ❌ spec-gate: 4 errors, 2 warnings; result fail\n")
    outputs = (tmp_path / "output").read_text()
    for name, value in {"result": "fail", "errors": "4", "warnings": "2"}.items():
        assert f"{name}<<" in outputs and f"\n{value}\n" in outputs
    report = json.loads((tmp_path / "spec-gate-report.json").read_text())
    assert report["summary"] == {"documents": 2, "errors": 4, "warnings": 2, "waived": 0}
    assert (tmp_path / "summary").read_text().startswith("### ❌ spec-gate: 4 errors, 2 warnings")
    assert [(s["sha"], s["state"], s["target_url"]) for s in fake.statuses] == [
        (HEAD, "failure", "https://github.com/Codertocat/Hello-World/actions/runs/42")
    ]
    assert len(fake.comments[2]) == 1
    assert len([c for c in fake.calls if c.path.endswith("/pulls/2/files")]) == 2
