"""PyGithub comes with ``pip install 'spec-gate[github]'``: without it the commands that read
GitHub say in one line what to install, and the rest of spec-gate never imports it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXTRA = "pip install 'spec-gate[github]'"


def run(argv: list[str], blocked: tuple[str, ...], cwd: Path) -> subprocess.CompletedProcess[str]:
    block = "".join(f"sys.modules[{name!r}] = None; " for name in blocked)
    code = f"import sys; {block}from spec_gate.cli import main; sys.exit(main({argv!r}))"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


# Without PyGithub, pip leaves out requests too: whichever import fails first, the same line.
@pytest.mark.parametrize("blocked", ["github", "requests"])
def test_the_action_without_the_extra_says_how_to_install_it(tmp_path: Path, blocked: str) -> None:
    done = run(["github"], (blocked,), tmp_path)
    assert done.returncode == 2
    assert done.stderr == f"spec-gate: error: github: the GitHub Action needs its extra: {EXTRA}\n"


@pytest.mark.parametrize(
    ("options", "asked"),
    [
        (["--github-prs", "5"], "--github-prs needs"),
        (["--github-issues", "5"], "--github-issues needs"),
        (["--github-prs", "5", "--github-issues", "5"], "--github-prs and --github-issues need"),
        (["--github-follow-through"], "--github-follow-through needs"),
    ],
)
def test_the_report_from_github_without_the_extra_says_how_to_install_it(
    tmp_path: Path, options: list[str], asked: str
) -> None:
    done = run(["report", *options], ("github",), tmp_path)
    assert done.returncode == 2
    assert done.stderr == f"spec-gate: error: report: {asked} the github extra: {EXTRA}\n"


NETWORK = ("github", "requests", "urllib3")
SPEC = """\
---
kind: spec
---
# Faster search

## Why

Support staff wait four seconds for each search, which keeps callers on hold.
"""


def test_check_never_imports_the_network(tmp_path: Path) -> None:
    (tmp_path / "spec.md").write_text(SPEC)
    done = run(["check", "--no-cache", "spec.md"], NETWORK, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr == ""
    assert "1 document checked" in done.stdout


@pytest.mark.parametrize(
    "argv",
    [["explain", "why-section"], ["init"], ["report", "--no-cache", "spec.md"]],
    ids=["explain", "init", "report"],
)
def test_the_other_local_commands_never_import_the_network(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "spec.md").write_text(SPEC)
    done = run(argv, NETWORK, tmp_path)
    assert done.returncode == 0, done.stderr
