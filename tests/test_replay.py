"""A check run replayed: the same output as a full run, and only while nothing it read changed."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate import replay
from tests.conftest import Run, days_later, git
from tests.test_result_cache import GOOD, RULES

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/**/*.md"]
    exclude: ["docs/TEMPLATE.md"]
    rulesets: [./rules.yml]
    template: docs/TEMPLATE.md
"""
THIN = "## Why\n\nTBD\n"


@pytest.fixture
def repo(tmp_path: Path, write: Write, cache_dir: Path) -> Write:
    """A repository with one commit: a config, a rule set, a template and two specs."""
    shutil.rmtree(tmp_path / ".git")  # the fixture's stand-in: a real repository instead
    git(tmp_path, "init", "-q", "-b", "main")
    write(".spec-gate.yml", CONFIG)
    write("rules.yml", RULES)
    write("docs/TEMPLATE.md", "## Why\n\nWho runs into what problem today?\n")
    write("docs/a.md", GOOD)
    write("docs/b.md", THIN)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    return write


@pytest.fixture
def no_check(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """From now on, a run that checks anything fails the test."""

    def arm() -> None:
        def checked(*args: object, **kwargs: object) -> None:
            raise AssertionError("the run was checked again, not replayed")

        monkeypatch.setattr("spec_gate.commands.check.run", checked)

    return arm


def records(cache_dir: Path) -> list[Path]:
    folder = cache_dir / "runs"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize(
    "args",
    [
        ("check",),
        ("check", "docs"),
        ("check", "--format", "json", "docs/a.md", "docs/b.md"),
        ("check", "--kind", "spec", "--format", "sarif", "docs"),
        ("check", "--fail-on", "never", "docs", "--format", "github"),
    ],
)
def test_an_unchanged_run_prints_what_it_printed_without_checking(
    cli: Cli, repo: Write, no_check: Callable[[], None], args: tuple[str, ...]
) -> None:
    first = cli(*args)
    assert first.out
    no_check()
    assert cli(*args) == first


def test_notes_errors_and_the_exit_code_come_back_in_their_places(
    cli: Cli, repo: Write, no_check: Callable[[], None]
) -> None:
    repo("docs/broken.md", "---\nkind: [\n---\n## Why\n")
    repo("docs/notes.txt", "not Markdown")
    first = cli("check", "docs/TEMPLATE.md", "docs")
    assert first.code == 2
    assert "skipped docs/TEMPLATE.md" in first.err
    assert first.err.rstrip().splitlines()[-1].startswith("spec-gate: error: docs/broken.md")
    no_check()
    assert cli("check", "docs/TEMPLATE.md", "docs") == first


def _commit(write: Write) -> None:
    root = write("docs/c.md", GOOD).parent.parent
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "more")


@pytest.mark.parametrize("paths", [(), ("docs",)])
@pytest.mark.parametrize(
    ("change", "make"),
    [
        ("a document", lambda w: w("docs/a.md", THIN)),
        ("a byte of a document", lambda w: w("docs/b.md", THIN.replace("TBD", "TBC"))),
        ("a new document", lambda w: w("docs/deep/c.md", THIN)),
        ("a document gone", lambda w: (Path.cwd() / "docs/b.md").unlink()),
        ("the config", lambda w: w(".spec-gate.yml", CONFIG + "fail_on: never\n")),
        ("the rule set", lambda w: w("rules.yml", RULES.replace("min_words: 3", "min_words: 9"))),
        ("the template", lambda w: w("docs/TEMPLATE.md", GOOD)),
        ("a commit", _commit),
    ],
)
def test_a_change_to_anything_the_run_read_means_a_full_run(
    cli: Cli, repo: Write, change: str, make: Callable[[Write], object], paths: tuple[str, ...]
) -> None:
    args = ("check", "--format", "json", *paths)
    before = cli(*args)
    make(repo)
    after = cli(*args)
    assert after == cli(*args, "--no-cache"), f"{change} was answered from the record"
    assert after != before


def test_an_mdx_page_the_configs_globs_name_is_read_again_when_it_changes(
    cli: Cli, repo: Write
) -> None:
    repo(".spec-gate.yml", CONFIG.replace('"docs/**/*.md"', '"docs/**/*.md", "site/**/*.mdx"'))
    repo("site/switch.mdx", THIN)
    before = cli("check", "--format", "json")
    repo("site/switch.mdx", GOOD)
    after = cli("check", "--format", "json")
    assert after == cli("check", "--format", "json", "--no-cache"), "answered from the record"
    assert after != before


def test_a_config_naming_a_hidden_folder_is_never_answered_from_a_record(
    cli: Cli, repo: Write, cache_dir: Path
) -> None:
    """The check walks `.rfcs`, which the config's glob names; the replay, which reads no
    YAML, would list the root without it and answer a changed RFC from the record."""
    repo(".spec-gate.yml", CONFIG.replace('"docs/**/*.md"', '"docs/**/*.md", ".rfcs/*.md"'))
    repo(".rfcs/0001.md", THIN)
    before = cli("check", "--format", "json")
    assert ".rfcs/0001.md" in before.out
    repo(".rfcs/0001.md", GOOD)
    after = cli("check", "--format", "json")
    assert after == cli("check", "--format", "json", "--no-cache"), "answered from the record"
    assert after != before
    assert records(cache_dir) == []


def test_a_commit_that_changes_no_file_still_means_a_full_run(
    cli: Cli, repo: Write, tmp_path: Path
) -> None:
    """Who had a copied section first is told by git: the same files, another history."""
    why = "## Why\n\n" + " ".join(f"Riders on line {n} lose their basket." for n in range(9))
    repo("docs/x.md", why + "\n")
    repo("docs/y.md", why + "\n")
    before = cli("check", "docs")
    assert "docs/y.md:1: error [why-section]" in before.out  # neither committed: y is the copy
    git(tmp_path, "add", "docs/y.md")
    git(tmp_path, "commit", "-q", "-m", "y first")
    after = cli("check", "docs")
    assert "docs/x.md:1: error [why-section]" in after.out  # y was there first: x is the copy
    assert after == cli("check", "docs", "--no-cache")


def test_a_nearer_config_appearing_means_a_full_run(
    cli: Cli, repo: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path.cwd() / "docs")
    assert cli("check", "--kind", "spec", "b.md").code == 1
    repo("docs/.spec-gate.yml", "fail_on: never\n")
    assert cli("check", "--kind", "spec", "b.md").code == 0


def test_another_day_command_line_or_colour_is_another_record(
    cli: Cli, repo: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("check", "docs")
    cli("check", "docs", "--format", "json")
    cli("check", "docs", "--fail-on", "never")
    assert len(records(cache_dir)) == 3
    monkeypatch.setattr("spec_gate.cli._color", lambda stream: True)
    cli("check", "docs")
    assert len(records(cache_dir)) == 4
    monkeypatch.setattr("spec_gate.cli.date", days_later(1))
    cli("check", "docs")
    assert len(records(cache_dir)) == 5


def test_a_file_edited_while_the_run_reads_it_is_not_replayed_stale(
    cli: Cli, repo: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spec_gate.commands import check

    real = check.run

    def edited_meanwhile(*args: object, **kwargs: object) -> check.CheckRun:
        done = real(*args, **kwargs)  # type: ignore[arg-type]
        repo("docs/b.md", GOOD)  # saved by the editor after the check read it
        return done

    monkeypatch.setattr(check, "run", edited_meanwhile)
    assert cli("check", "docs").code == 1  # b.md, as it was read, is thin
    monkeypatch.setattr(check, "run", real)
    assert cli("check", "docs").code == 0  # as it is now: checked, not the record of before


def _age(root: Path, seconds: int) -> None:
    """Every Markdown file under ``root`` last modified ``seconds`` ago."""
    then = time.time() - seconds
    for file in root.rglob("*.md"):
        os.utime(file, (then, then))


def test_files_untouched_for_a_while_are_known_by_their_stat_not_read(
    cli: Cli,
    repo: Write,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_check: Callable[[], None],
) -> None:
    _age(tmp_path / "docs", 3600)
    first = cli("check", "docs")

    def read_again(self: object) -> str:
        raise AssertionError("a file whose stat is unchanged was read again")

    monkeypatch.setattr(replay._Found, "fingerprint", read_again)
    no_check()
    assert cli("check", "docs") == first


def test_a_change_that_keeps_size_and_time_is_seen_when_it_is_recent(
    cli: Cli, repo: Write, tmp_path: Path
) -> None:
    """Within the file system's clock tick, a change can leave a file's size and time as
    they were: a file that recent is read, not trusted by its stat."""
    document = tmp_path / "docs" / "b.md"
    before = os.stat(document)
    first = cli("check", "docs")  # b.md's Why is thin
    repo("docs/b.md", THIN.replace("Why", "Who"))  # as long, and now no Why at all
    assert os.stat(document).st_size == before.st_size
    os.utime(document, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = cli("check", "docs")
    assert again == cli("check", "docs", "--no-cache")
    assert again != first


def test_a_touched_file_with_the_same_bytes_is_still_replayed(
    cli: Cli, repo: Write, tmp_path: Path, no_check: Callable[[], None]
) -> None:
    first = cli("check", "docs")
    (tmp_path / "docs" / "a.md").touch()
    no_check()
    assert cli("check", "docs") == first


def test_a_file_edited_during_a_run_after_a_config_change_is_not_replayed_stale(
    cli: Cli, repo: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The config changed, so the record misses on its policy; the documents must still be
    fingerprinted before the run, not after it, or an edit made meanwhile is taken as seen."""
    from spec_gate.commands import check

    _age(tmp_path / "docs", 3600)  # known by their stat: nothing would read them
    cli("check", "docs")
    repo(".spec-gate.yml", CONFIG + "fail_on: warning\n")
    real = check.run

    def edited_meanwhile(*args: object, **kwargs: object) -> check.CheckRun:
        done = real(*args, **kwargs)  # type: ignore[arg-type]
        repo("docs/b.md", GOOD)
        return done

    monkeypatch.setattr(check, "run", edited_meanwhile)
    assert cli("check", "docs").code == 1  # b.md as it was read
    monkeypatch.setattr(check, "run", real)
    assert cli("check", "docs") == cli("check", "docs", "--no-cache")


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("check", "--kind", "spec", "-"), THIN.encode()),
        (("check", "docs", "--no-cache"), b""),
        (("check", "docs", "--output", "report.txt"), b""),
    ],
)
def test_stdin_output_files_and_no_cache_are_never_recorded(
    cli: Cli, repo: Write, cache_dir: Path, args: tuple[str, ...], stdin: bytes
) -> None:
    cli(*args, stdin=stdin)
    assert records(cache_dir) == []


def test_outside_a_repository_whose_head_cannot_be_read_nothing_is_recorded(
    cli: Cli, write: Write, cache_dir: Path
) -> None:
    write("docs/a.md", GOOD)  # the fixture's .git is an empty folder: no HEAD to read
    cli("check", "--kind", "spec", "docs")
    assert records(cache_dir) == []


def test_a_damaged_record_is_a_full_run(cli: Cli, repo: Write, cache_dir: Path) -> None:
    first = cli("check", "docs")
    [record] = records(cache_dir)
    record.write_bytes(b"\x00 not a record")
    assert cli("check", "docs") == first
    assert record.read_bytes() != b"\x00 not a record"  # written again by the full run


def test_only_the_newest_records_are_kept(
    cli: Cli, repo: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(replay, "RECORDS", 3)
    for fail_on in ("error", "warning", "never"):
        for output in ("text", "json"):
            cli("check", "docs", "--fail-on", fail_on, "--format", output)
    assert len(records(cache_dir)) == 3


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("0123abcd\n", "0123abcd"),  # detached
        ("ref: refs/heads/main\n", "refs/heads/main 4567ef"),  # a loose ref
        ("ref: refs/heads/packed\n", "refs/heads/packed 89ab"),  # in packed-refs
        ("ref: refs/heads/new\n", "refs/heads/new unborn"),  # no commit yet
    ],
)
def test_head_is_read_from_the_disk(tmp_path: Path, head: str, expected: str) -> None:
    from spec_gate.git import head_state

    dot = tmp_path / ".git"
    (dot / "refs/heads").mkdir(parents=True)
    (dot / "HEAD").write_text(head)
    (dot / "refs/heads/main").write_text("4567ef\n")
    (dot / "packed-refs").write_text("# pack-refs with: peeled\n89ab refs/heads/packed\n")
    assert head_state(tmp_path) == expected


def test_head_of_a_worktree_is_read_through_its_gitdir(tmp_path: Path) -> None:
    from spec_gate.git import head_state

    main, other = tmp_path / "main", tmp_path / "other"
    main.mkdir()
    git(main, "init", "-q", "-b", "main")
    (main / "a.md").write_text(GOOD)
    git(main, "add", ".")
    git(main, "commit", "-q", "-m", "first")
    git(main, "worktree", "add", "-q", "-b", "side", str(other))
    commit = git(main, "rev-parse", "HEAD")
    assert head_state(main) == f"refs/heads/main {commit}"
    assert head_state(other) == f"refs/heads/side {commit}"


def test_a_run_with_one_file_changed_reads_only_that_one_to_tell(
    cli: Cli, repo: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in "cdefgh":
        repo(f"docs/{name}.md", GOOD)
    _age(tmp_path / "docs", 3600)
    cli("check", "docs")
    opened: list[str] = []

    def counted(file: str, mode: str = "r") -> object:
        opened.append(Path(file).name)
        return open(file, mode)

    monkeypatch.setattr(replay, "open", counted, raising=False)
    repo("docs/b.md", GOOD)
    changed = cli("check", "docs")
    assert opened == ["b.md"]  # the others known by their stat and the digest kept with it
    assert changed == cli("check", "docs", "--no-cache")


def test_a_file_named_alone_is_replayed_only_while_the_others_are_unchanged(
    cli: Cli, repo: Write
) -> None:
    """A file named alone (a pre-commit hook's) is compared for copies with every document
    the config maps: when another changes, what the run says of this one may change."""
    why = (
        "## Why\n\nRiders lose their basket when the train enters a tunnel, and one in five "
        "of them pays twice when the page comes back; support answered 3,100 of their "
        "tickets last quarter, most from commuters on the morning trains between Leeds and "
        "York, who had to wait two days for the refund.\n"
    )
    repo("docs/a.md", why)
    repo("docs/b.md", why)  # the same text as a.md, before it in the path order: a copy
    args = ("check", "--format", "json", "docs/b.md")
    before = cli(*args)
    assert "copy" in before.out
    repo("docs/a.md", THIN)  # no longer the same text
    after = cli(*args)
    assert after == cli(*args, "--no-cache"), "answered from the record"
    assert "copy" not in after.out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_the_files_means_no_record_is_looked_up(
    repo: Write, tmp_path: Path
) -> None:
    """Comparing a record reads every file's bytes: a pipe nothing writes to would hold the
    run forever, so a run with one is never answered from a record (it is checked, and its
    pipe said unreadable)."""
    os.mkfifo(tmp_path / "docs" / "pipe.md")
    assert replay._find(["docs"], tmp_path, tmp_path) is None
    (tmp_path / "docs" / "pipe.md").unlink()
    assert replay._find(["docs"], tmp_path, tmp_path) is not None
