"""The runner's environment (``GITHUB_*``, ``INPUT_<NAME>``) and the files the action writes."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spec_gate.errors import SpecGateError

MODES = ("block", "comment")


@dataclass(frozen=True, slots=True)
class Runner:
    event_name: str
    event_path: Path
    repository: str
    api_url: str
    workspace: Path
    token: str
    mode: str
    config: str
    fail_on: str | None
    context: str
    review: bool
    bot_login: str
    bot_login_given: bool  # set by the workflow: only that login's comment is this check's
    step_summary: Path | None
    output: Path | None
    report_dir: Path
    run_url: str | None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Runner:
        def need(name: str) -> str:
            value = environ.get(name, "").strip()
            if not value:
                raise SpecGateError(
                    "spec-gate github",
                    f"{name} is not set; run it as a GitHub "
                    "Action step, or set the runner's variables",
                )
            return value

        def given(name: str, default: str = "") -> str:
            return environ.get(f"INPUT_{name.upper()}", "").strip() or default

        event_name = need("GITHUB_EVENT_NAME")
        event_path = Path(need("GITHUB_EVENT_PATH"))
        repository = need("GITHUB_REPOSITORY")
        if repository.count("/") != 1 or not all(repository.split("/")):
            raise SpecGateError(
                "GITHUB_REPOSITORY", f"{repository!r} is not of the form owner/name"
            )
        mode = given("mode", "block").lower()
        if mode not in MODES:
            raise SpecGateError("input mode", f"{mode!r} is not one of block, comment")
        fail_on = given("fail-on") or given("fail_on") or None
        if fail_on is not None and fail_on not in ("error", "warning", "never"):
            raise SpecGateError("input fail-on", f"{fail_on!r} is not one of error, warning, never")
        review = given("review", "false").lower()
        if review not in ("true", "false"):
            raise SpecGateError("input review", f"{review!r} is not one of true, false")
        token = given("token") or environ.get("GITHUB_TOKEN", "").strip()
        if not token:
            raise SpecGateError("input token", "no token: pass `token: ${{ github.token }}`")
        server = environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/")
        run_id = environ.get("GITHUB_RUN_ID")
        return cls(
            event_name=event_name,
            event_path=event_path,
            repository=repository,
            api_url=environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/"),
            workspace=Path(environ.get("GITHUB_WORKSPACE") or os.getcwd()),
            token=token,
            mode=mode,
            config=given("config"),
            fail_on=fail_on,
            context=given("context", "spec-gate"),
            review=review == "true",
            bot_login=given("bot-login", "github-actions[bot]"),
            bot_login_given=bool(given("bot-login")),
            step_summary=Path(environ["GITHUB_STEP_SUMMARY"])
            if environ.get("GITHUB_STEP_SUMMARY")
            else None,
            output=Path(environ["GITHUB_OUTPUT"]) if environ.get("GITHUB_OUTPUT") else None,
            report_dir=Path(environ.get("RUNNER_TEMP") or tempfile.gettempdir()),
            run_url=f"{server}/{repository}/actions/runs/{run_id}" if run_id else None,
        )


def set_outputs(path: Path | None, values: Mapping[str, str]) -> None:
    """Append outputs in GITHUB_OUTPUT's heredoc form, safe for any value."""
    if path is None:
        return
    with path.open("a", encoding="utf-8") as handle:
        for name, value in values.items():
            delimiter = f"spec_gate_{uuid.uuid4().hex}"
            handle.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def append_summary(path: Path | None, markdown: str) -> None:
    if path is not None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(markdown + "\n")
