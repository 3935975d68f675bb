"""Docker cannot run here, so the Dockerfile is kept honest another way: what it copies and what
it installs is replayed into a fresh virtual environment, and the result must work."""

from __future__ import annotations

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO

DOCKERFILE = (REPO / "Dockerfile").read_text()


def instructions(name: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [
        line.split(None, 1)[1]
        for line in joined.splitlines()
        if line.upper().startswith(name + " ")
    ]


def test_the_image_is_small_pinned_non_root_and_runs_the_action() -> None:
    froms = instructions("FROM")
    assert len(froms) == 2, "a build stage and a slim final stage"
    assert all(re.match(r"python:\d+\.\d+\.\d+-slim-\w+", f) for f in froms)
    assert instructions("USER") == ["1001"]
    assert instructions("ENTRYPOINT") == ['["spec-gate", "github"]']
    final = DOCKERFILE.split("\nFROM ")[-1]
    assert "gcc" not in final and "build-essential" not in final


@pytest.mark.slow
def test_what_the_dockerfile_installs_works_in_a_fresh_venv(tmp_path: Path) -> None:
    context = tmp_path / "src"
    context.mkdir()
    dist = tmp_path / "dist"
    dist.mkdir()
    for source in instructions("COPY"):
        if source.startswith("--from"):
            continue
        *items, destination = source.split()
        into = dist if destination.startswith("/dist") else context
        for item in items:
            origin = REPO / item
            if origin.is_dir():
                shutil.copytree(
                    origin,
                    into / item,
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
                )
            else:
                shutil.copy(origin, into / item)
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    pip_steps = [
        step.strip()
        for run in instructions("RUN")
        for step in run.split("&&")
        if step.strip().startswith("pip ")
    ]
    assert [s.split()[:2] for s in pip_steps] == [["pip", "wheel"], *[["pip", "install"]] * 2]
    assert "--require-hashes -r /dist/requirements.lock" in pip_steps[1]
    assert "--no-deps" in pip_steps[2]
    # pip as the image has it: no configuration of this machine's (local wheels, extra indexes)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    clean["PIP_CONFIG_FILE"] = os.devnull
    interpreters = (sys.executable, str(python), str(python))
    for step, interpreter in zip(pip_steps, interpreters, strict=True):
        words = [w.replace("/dist", str(dist)) for w in shlex.split(step)]
        words = [match for w in words for match in (sorted(glob.glob(w)) or [w])]
        subprocess.run(
            [interpreter, "-m", *words],
            cwd=context,
            check=True,
            capture_output=True,
            timeout=600,
            env=clean,
        )
    spec_gate = target / "bin" / "spec-gate"
    version = subprocess.run([spec_gate, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("spec-gate ")
    action = subprocess.run(
        [spec_gate, "github"], capture_output=True, text=True, env={}, check=False
    )
    assert (action.returncode, action.stderr) == (
        2,
        "spec-gate: error: spec-gate github: GITHUB_EVENT_NAME is not set; run it as a GitHub "
        "Action step, or set the runner's variables\n",
    )
    check = subprocess.run(
        [spec_gate, "check", "--config", "examples/.spec-gate.yml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 1 and "6 documents checked" in check.stdout
