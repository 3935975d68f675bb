"""The pre-commit hook, run for real: ``pre-commit try-repo`` against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

GOOD = (REPO / "examples" / "docs" / "specs" / "offline-checkout.md").read_text()
BAD = (REPO / "examples" / "docs" / "specs" / "saved-searches.md").read_text()


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_try_repo_fails_a_bad_spec_and_passes_a_good_one(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which(
        "pre-commit"
    )
    assert pre_commit is not None, "pre-commit is a test dependency"
    project = tmp_path / "project"
    (project / "docs" / "specs").mkdir(parents=True)
    (project / ".spec-gate.yml").write_text(
        "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md', 'docs/specs/*.rst']\n"
    )
    (project / "docs" / "specs" / "good.md").write_text(GOOD)
    (project / "docs" / "specs" / "bad.md").write_text(BAD)
    (project / "notes.md").write_text("# Notes\n\nNot a mapped document.\n")
    (project / "docs" / "specs" / "oep.rst").write_text(
        "Passes\n======\n\nMotivation\n----------\n\nTBD\n"
    )
    git("init", "-q", cwd=project)
    git("add", ".", cwd=project)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "try-repo", str(REPO), "spec-gate", "--files", *files],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    bad = try_repo("docs/specs/bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "docs/specs/bad.md:29: error [a11y-signoff]" in bad.stdout
    rst = try_repo("docs/specs/oep.rst")  # reStructuredText is handed to the hook too
    assert rst.returncode == 1, rst.stdout + rst.stderr
    assert "docs/specs/oep.rst:4: error [why-section]" in rst.stdout
    good = try_repo("docs/specs/good.md", "notes.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "spec-gate" in good.stdout and "Passed" in good.stdout
