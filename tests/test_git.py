"""The one git module over a real throwaway repository, and outside any repository."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from spec_gate import git
from spec_gate.errors import SpecGateError
from tests.conftest import git as run


def commit(root: Path, files: dict[str, str | None], day: str) -> str:
    """Writes (or, for None, deletes) the files and commits them on ``day``; the commit id."""
    for relative, text in files.items():
        path = root / relative
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    run(root, "add", "-A", day=day)
    run(root, "commit", "-q", "-m", f"on {day}", day=day)
    return run(root, "rev-parse", "HEAD")


def noon(day: str) -> int:
    return int(datetime.fromisoformat(f"{day}T12:00:00").replace(tzinfo=UTC).timestamp())


@pytest.fixture(autouse=True)
def no_repository_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git does not look above the test's folder, whatever holds it."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    run(root, "init", "-q", "-b", "main")
    return root


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "plain"
    folder.mkdir()
    return folder


# -- inside a repository -------------------------------------------------------------------


def test_first_additions_are_the_commit_that_added_each_file_from_the_top(repo: Path) -> None:
    commit(repo, {"docs/a.md": "a\n", "b.md": "b\n"}, "2026-01-05")
    commit(repo, {"docs/a.md": "a, changed\n", "docs/c.md": "c\n"}, "2026-02-10")
    commit(repo, {"b.md": None}, "2026-03-01")
    commit(repo, {"b.md": "b again\n"}, "2026-03-02")  # back: still the first time it came
    top, added = git.Repository(repo / "docs").first_additions()  # asked from below the top
    assert top.resolve() == repo.resolve()
    assert {path: when.time for path, when in added.items()} == {
        "docs/a.md": noon("2026-01-05"),
        "b.md": noon("2026-01-05"),
        "docs/c.md": noon("2026-02-10"),
    }


def test_a_file_moved_keeps_the_day_its_first_name_was_added(repo: Path) -> None:
    commit(repo, {"postmortems/p1.md": "# Outage\n", "café.md": "c\n"}, "2026-07-10")
    (repo / "archive").mkdir()
    run(repo, "mv", "postmortems/p1.md", "archive/p1.md", day="2026-09-10")
    run(repo, "commit", "-q", "-m", "moved", day="2026-09-10")
    _, added = git.Repository(repo).first_additions()
    assert {path: when.time for path, when in added.items()} == {
        "postmortems/p1.md": noon("2026-07-10"),
        "archive/p1.md": noon("2026-07-10"),  # not the day it moved
        "café.md": noon("2026-07-10"),  # as named, not quoted
    }


def test_log_asks_the_history_with_a_format_newest_first(repo: Path) -> None:
    commit(repo, {"a.md": "one\n"}, "2026-01-05")
    commit(repo, {"other.md": "x\n"}, "2026-01-20")
    commit(repo, {"a.md": "two\n"}, "2026-02-10")
    log = git.Repository(repo).log("%x00%cs", "--", "a.md")
    assert log.splitlines() == ["\0" + "2026-02-10", "\0" + "2026-01-05"]


def test_commit_before_a_day_and_none_before_the_first(repo: Path) -> None:
    first = commit(repo, {"a.md": "one\n"}, "2026-01-05")
    second = commit(repo, {"a.md": "two\n"}, "2026-02-10")
    repository = git.Repository(repo)
    assert repository.commit_before(date(2026, 1, 1)) is None
    assert repository.commit_before(date(2026, 2, 1)) == first
    assert repository.commit_before(date(2026, 2, 11)) == second


def test_files_and_their_blobs_at_a_commit(repo: Path) -> None:
    old = commit(repo, {"docs/a.md": "one\n", "b.md": "bee\n"}, "2026-01-05")
    commit(repo, {"docs/a.md": "two\n"}, "2026-02-10")
    repository = git.Repository(repo)
    try:
        files = dict(repository.files(old))
        assert sorted(files) == ["b.md", "docs/a.md"]
        assert repository.object(files["docs/a.md"]) == b"one\n"
        assert repository.object("HEAD:docs/a.md") == b"two\n"
        assert repository.object("HEAD:nowhere.md") is None  # no such blob
        assert repository.object("HEAD:docs") is None  # a folder is not a blob...
        assert repository.object(files["b.md"]) == b"bee\n"  # ...and the batch goes on
    finally:
        repository.close()
    repository.close()  # closing twice is harmless


def test_a_failed_command_is_one_line_under_the_part_that_needed_it(repo: Path) -> None:
    commit(repo, {"a.md": "one\n"}, "2026-01-05")
    with pytest.raises(git.GitError) as raised:
        git.Repository(repo, where="report").files("no-such-commit")
    assert isinstance(raised.value, SpecGateError)
    assert str(raised.value).startswith("report: git ls-tree failed: fatal: ")
    assert "\n" not in str(raised.value)


def test_maybe_passes_an_answer_through(repo: Path) -> None:
    commit(repo, {"a.md": "one\n"}, "2026-01-05")
    assert git.maybe(git.Repository(repo).log, "%cs") == "2026-01-05\n"


def test_the_top_found_on_disk(repo: Path, outside: Path) -> None:
    (repo / "docs" / "specs").mkdir(parents=True)
    assert git.is_top(repo) and not git.is_top(repo / "docs")
    assert git.top_above(repo / "docs" / "specs") == repo
    assert git.top_above(repo) == repo
    worktree = outside / "worktree"
    worktree.mkdir()
    (worktree / ".git").write_text("gitdir: /elsewhere\n")  # a worktree's .git is a file
    assert git.top_above(worktree) == worktree


# -- outside a repository -------------------------------------------------------------------


def test_outside_a_repository_every_command_is_a_git_error(outside: Path) -> None:
    repository = git.Repository(outside)
    for ask in (
        repository.top,
        lambda: repository.log("%cs"),
        repository.first_additions,
        lambda: repository.commit_before(date(2026, 1, 1)),
    ):
        with pytest.raises(git.GitError, match=r"^git: git \S+ failed: fatal: not a git repo"):
            ask()
    with pytest.raises(git.GitError, match=r"^git: git cat-file failed: fatal: not a git repo"):
        repository.object("HEAD:a.md")
    assert repository.batch is None  # the stopped batch was cleaned up


def test_maybe_is_none_outside_a_repository(outside: Path) -> None:
    assert git.maybe(git.Repository(outside).first_additions) is None
    assert git.maybe(git.Repository(outside).log, "%cs") is None
    assert git.top_above(outside) is None
    assert not git.is_top(outside)


def test_findable_where_git_could_find_a_repository(
    repo: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where it says no, git run there would fail: a caller need not start it."""
    monkeypatch.delenv("GIT_DIR", raising=False)
    (repo / "docs").mkdir()
    assert git.findable(repo) and git.findable(repo / "docs")
    assert not git.findable(outside)
    linked = outside / "linked"
    linked.symlink_to(repo / "docs")  # git looks above the real path, not the link's
    assert git.findable(linked)
    assert git.findable(outside, {"GIT_DIR": str(repo / ".git")})


def test_without_git_installed(outside: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(outside))  # no git on it
    with pytest.raises(git.GitError, match=r"^report: git is not installed$"):
        git.Repository(outside, where="report").log("%cs")
    with pytest.raises(git.GitError, match=r"^git: git is not installed$"):
        git.Repository(outside).object("HEAD")
    assert git.maybe(git.Repository(outside).first_additions) is None


def test_a_git_error_survives_the_trip_from_a_worker_process() -> None:
    error = pickle.loads(pickle.dumps(git.GitError("report", "git log failed: fatal: x")))
    assert type(error) is git.GitError
    assert (error.where, error.what, str(error)) == (
        "report",
        "git log failed: fatal: x",
        "report: git log failed: fatal: x",
    )
