"""Renewals of a waiver counted from the document's real git history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from spec_gate.renewals import GitWaivers, added_waivers
from tests.conftest import Run, git

SPEC = "## Why\nRiders lose their basket in tunnels on the train each day.\n\n"
WAIVER = (
    '<!-- spec-gate: waive a11y-signoff reason="prototype behind a staff-only flag" until={} -->\n'
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def commit(repo: Path, relative: str, text: str, day: str) -> None:
    path = repo / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    git(repo, "add", relative, day=day)
    git(repo, "commit", "-q", "-m", f"edit {relative}", day=day)


def test_each_waiver_the_history_added_with_its_day(repo: Path) -> None:
    soon = date.today() + timedelta(days=20)
    commit(repo, "spec.md", SPEC + WAIVER.format("2026-03-01"), "2026-02-01")
    commit(repo, "other.md", WAIVER.format("2026-09-09"), "2026-02-02")
    # a line added above the waiver leaves it as it was
    commit(repo, "spec.md", SPEC + "More.\n" + WAIVER.format("2026-03-01"), "2026-02-10")
    commit(repo, "spec.md", SPEC + WAIVER.format(soon), "2026-03-02")
    git(repo, "mv", "spec.md", "renamed.md")
    git(repo, "commit", "-q", "-m", "rename", day="2026-03-03")
    found = GitWaivers(repo)("renamed.md")
    assert [(day.isoformat(), "until=" + text.split("until=")[1][:10]) for day, text in found] == [
        ("2026-02-01", "until=2026-03-01"),
        ("2026-03-02", f"until={soon}"),
    ]


def test_outside_git_a_document_has_no_history(tmp_path: Path) -> None:
    assert GitWaivers(tmp_path)("spec.md") == []
    assert added_waivers("") == []


def test_check_refuses_a_waiver_renewed_each_time_it_runs_out(
    repo: Path, cli: Callable[..., Run]
) -> None:
    soon = (date.today() + timedelta(days=20)).isoformat()
    ends = [(date.today() - timedelta(days=d)) for d in (120, 60)]
    commit(repo, "docs/specs/s.md", SPEC + WAIVER.format(ends[0]), "2026-01-05")
    commit(repo, "docs/specs/s.md", SPEC + WAIVER.format(ends[1]), "2026-03-05")
    once = cli("check", "--kind", "spec", "docs/specs/s.md")
    assert "waiver-expired" in once.out
    (repo / "docs/specs/s.md").write_text(SPEC + WAIVER.format(soon), encoding="utf-8")
    renewed = cli("check", "--kind", "spec", "--no-cache", "docs/specs/s.md")
    assert renewed.code == 1
    assert (
        "[waiver-invalid] The waiver of a11y-signoff renews it for the second time" in renewed.out
    )
    assert f"on 2026-01-05 until {ends[0]}, on 2026-03-05 until {ends[1]}" in renewed.out
