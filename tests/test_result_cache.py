"""The result cache: a hit only when nothing that can change the verdict changed."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

import pytest

from spec_gate.findings import DocumentResult, Finding, Passage, Severity, Signoff
from spec_gate.result_cache import ResultCache
from tests.conftest import Run, days_later

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/*.md"]
    rulesets: [./rules.yml]
    template: TEMPLATE.md
"""
RULES = """\
name: team
kinds: [spec]
rules:
  - id: why-section
    message: Say why.
    check: {section: {heading: "^why", min_words: 3}}
"""
GOOD = "## Why\n\nRiders lose their basket in tunnels.\n"


@pytest.fixture
def repo(write: Write, cache_dir: Path) -> Write:
    write(".spec-gate.yml", CONFIG)
    write("rules.yml", RULES)
    write("TEMPLATE.md", "## Why\n\nWho runs into what problem today?\n")
    write("docs/a.md", GOOD)
    return write


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "results").rglob("*") if p.is_file())


def result_entries(folder: Path) -> list[Path]:
    """The entries that hold a document's result (the others memoize the copies pass)."""
    return [
        p for p in entries(folder) if isinstance(pickle.loads(p.read_bytes())[1], DocumentResult)
    ]


def test_a_rerun_hits_and_nothing_is_checked_again(
    cli: Cli, repo: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("check").code == 0
    assert len(result_entries(cache_dir)) == 1

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cached document was parsed again")

    monkeypatch.setattr("spec_gate.document.parse", no_parse)
    assert cli("check").code == 0  # answered from the cache alone


# A run of the command line in a process of its own, which says the modules it imported.
IMPORTED = """
import sys
from spec_gate.cli import main
code = main(["check", "--kind", "pr", "-"])
sys.stderr.write("\\n".join(sorted(sys.modules)))
sys.exit(code)
"""


def test_a_cached_run_imports_no_check_parser_or_reading(cache_dir: Path, tmp_path: Path) -> None:
    """A pre-commit hook or an editor checking a description it checked before loads the
    compiled policy and the result, and nothing that checks, parses or reads prose."""
    heavy = ("spec_gate.checks", "spec_gate.document", "spec_gate.reading", "pydantic", "yaml")
    heavy += ("pyromark", "simplemma")

    def imported() -> set[str]:
        run = subprocess.run(
            [sys.executable, "-c", IMPORTED],
            input="**Why:** Riders lose their basket when the train enters a tunnel.\n",
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        return {m for m in run.stderr.splitlines() if m.split(".")[0] in ("spec_gate", *heavy)}

    first = imported()
    assert {"spec_gate.checks", "spec_gate.document", "pyromark"} <= first  # it was checked
    again = imported()
    assert "spec_gate.ruleset.compiled" in again
    assert sorted(m for m in again if m.startswith(heavy)) == []


@pytest.mark.parametrize(
    ("change", "also"),
    [
        ("the document", lambda w: w("docs/a.md", "## Why\n\nTBD\n")),
        ("the rule set", lambda w: w("rules.yml", RULES.replace("min_words: 3", "min_words: 30"))),
        (
            "the template",
            lambda w: w("TEMPLATE.md", "## Why\n\nRiders lose their basket in tunnels.\n"),
        ),
        ("the config", lambda w: w(".spec-gate.yml", CONFIG + "fail_on: warning\n")),
    ],
)
def test_each_file_that_can_change_a_verdict_misses(
    cli: Cli, repo: Write, cache_dir: Path, change: str, also: Callable[[Write], object]
) -> None:
    cli("check")
    before = set(entries(cache_dir))
    also(repo)
    cold = cli("check", "--no-cache", "--format", "json").out
    warm = cli("check", "--format", "json").out
    assert warm == cold
    assert set(entries(cache_dir)) - before, f"a change to {change} was answered from the cache"


def test_the_engines_context_is_part_of_the_key(tmp_path: Path) -> None:
    result = DocumentResult("a.md", "spec")
    plain = ResultCache.open(tmp_path, "policy", {"labels": []})
    labelled = ResultCache.open(tmp_path, "policy", {"labels": ["hotfix"]})
    approved = ResultCache.open(tmp_path, "policy", {"labels": [], "approvers": ["maria"]})
    other_policy = ResultCache.open(tmp_path, "policy2", {"labels": []})
    assert plain and labelled and approved and other_policy
    key = plain.key("a.md", "a.md", "spec", GOOD, "2026-11-23")
    plain.put(key, result)
    assert plain.get(key) == result
    for other in (labelled, approved, other_policy):
        assert other.key("a.md", "a.md", "spec", GOOD, "2026-11-23") != key
    assert plain.key("b.md", "b.md", "spec", GOOD, "2026-11-23") != key  # the path
    assert plain.key("a.md", "a.md", "pr", GOOD, "2026-11-23") != key  # the kind


def test_the_day_counts_only_where_a_waiver_could_expire(tmp_path: Path) -> None:
    cache = ResultCache.open(tmp_path, "policy", {})
    assert cache is not None
    today, tomorrow = "2026-11-23", "2026-11-24"
    assert cache.key("a", "a", "spec", GOOD, today) == cache.key("a", "a", "spec", GOOD, tomorrow)
    waived = GOOD + '<!-- spec-gate: waive why-section reason="a b c" until=2026-11-23 -->\n'
    assert cache.key("a", "a", "spec", waived, today) != cache.key(
        "a", "a", "spec", waived, tomorrow
    )


def test_a_waiver_expiring_tomorrow_counts_again_the_day_after(
    cli: Cli, repo: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    tomorrow = date.today() + timedelta(days=1)
    repo(
        "docs/a.md",
        f'## Why\n\nTBD\n\n<!-- spec-gate: waive why-section reason="the fix ships behind a feature flag" until={tomorrow} -->\n',
    )
    assert cli("check").code == 0  # waived today, and cached
    monkeypatch.setattr("spec_gate.cli.date", days_later(2))
    assert cli("check").code == 1  # the day after tomorrow: expired, not answered from cache


def test_a_corrupt_or_foreign_entry_is_ignored_and_replaced(
    cli: Cli, repo: Write, cache_dir: Path
) -> None:
    cold = cli("check", "--format", "json").out
    [entry] = result_entries(cache_dir)
    for damage in (b"\x00garbage", pickle.dumps(((1, "another key"), DocumentResult("x", "pr")))):
        entry.write_bytes(damage)
        assert cli("check", "--format", "json").out == cold
        assert entry.read_bytes() != damage  # rewritten by the run that missed


def test_no_cache_and_the_environment_bypass_it(
    cli: Cli, repo: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("check", "--no-cache")
    assert entries(cache_dir) == []
    monkeypatch.setenv("SPEC_GATE_NO_CACHE", "1")
    cli("check")
    assert entries(cache_dir) == []
    monkeypatch.delenv("SPEC_GATE_NO_CACHE")
    cli("check")
    assert entries(cache_dir) != []  # and without either, it is used


def _write_many(folder: str, worker: int) -> None:
    cache = ResultCache.open(Path(folder), "policy", {})
    assert cache is not None
    for index in range(200):
        key = cache.key(f"d{index % 20}.md", None, "spec", f"text {index % 20}", "day")
        cache.put(key, DocumentResult(f"d{index % 20}.md", "spec"))
        found = cache.get(key)
        assert found is None or found.path == f"d{index % 20}.md", worker


def test_two_processes_writing_at_once_never_leave_a_broken_entry(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(tmp_path), n)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]
    cache = ResultCache.open(tmp_path, "policy", {})
    assert cache is not None
    for index in range(20):
        key = cache.key(f"d{index}.md", None, "spec", f"text {index}", "day")
        assert cache.get(key) == DocumentResult(f"d{index}.md", "spec")
    assert not [p for p in (tmp_path / "results").rglob(".result-*")]  # no temporary left


def test_past_the_bound_the_oldest_entries_are_pruned(tmp_path: Path) -> None:
    cache = ResultCache.open(tmp_path, "policy", {})
    assert cache is not None
    for index in range(30):
        cache.put(
            cache.key(f"d{index}", None, "spec", str(index), "day"), DocumentResult("d", "spec")
        )
    cache.prune(limit=20)
    assert len(entries(tmp_path)) == 16


def test_entries_are_counted_only_once_a_tenth_of_the_bound_is_written(tmp_path: Path) -> None:
    cache = ResultCache.open(tmp_path, "policy", {})
    assert cache is not None
    for index in range(30):
        cache.put(
            cache.key(f"d{index}", None, "spec", str(index), "day"), DocumentResult("d", "spec")
        )
    cache.prune(limit=20, written=1)  # a run that changed one file: no count yet
    assert len(entries(tmp_path)) == 30
    cache.prune(limit=20, written=1)  # the budget (2) is spent: counted, and pruned
    assert len(entries(tmp_path)) == 16


def test_a_run_over_many_files_reads_again_only_the_changed_ones(
    cli: Cli, repo: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spec_gate.texts
    from spec_gate import result_cache

    monkeypatch.setattr(result_cache, "RACY_NS", 0)  # the files were written just now
    docs = [repo(f"docs/d{n}.md", GOOD) for n in range(result_cache.RECALL_MIN + 2)]
    assert cli("check", "--format", "json").code == 0
    read = spec_gate.texts.read
    reads: list[str] = []

    def counted(file: Path, display: str) -> str:
        reads.append(file.name)
        return read(file, display)

    monkeypatch.setattr(spec_gate.texts, "read", counted)
    docs[3].write_text("## Why\n\nTBD\n", encoding="utf-8")
    changed = cli("check", "--format", "json")
    assert reads == ["d3.md", "d3.md"]  # for its key, and to check it
    assert changed.code == 1
    assert changed.out == cli("check", "--no-cache", "--format", "json").out

    # The same size and modification time, other bytes: the stat's change time tells.
    stat = docs[4].stat()
    docs[4].write_text(GOOD.replace("Riders", "Pilots"), encoding="utf-8")
    os.utime(docs[4], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    reads.clear()
    again = cli("check", "--format", "json")
    assert again.out == cli("check", "--no-cache", "--format", "json").out
    assert "d4.md" in reads


def test_a_result_pickles_with_every_field() -> None:
    """The results pickle as their fields (``__reduce__``): a field added to one and not to
    what it pickles would be lost on the way through the cache or a worker process."""
    finding = Finding("r", "s", Severity.WARNING, "a.md", 3, "m", "h", "d", "w")
    signoff = Signoff("r", "maria", 4, True, "team", True)
    passage = Passage("Why", 5, b"\x01\x00\x00\x00", "r", "s", Severity.INFO)
    result = DocumentResult(
        "a.md", "spec", (finding,), (signoff,), (passage,), (("r", "why"),), ("r",)
    )
    for value in (finding, signoff, passage, result):
        reduced = value.__reduce__()
        assert len(reduced[1]) == len(fields(value))
        assert reduced[1] == tuple(getattr(value, f.name) for f in fields(value))
        assert pickle.loads(pickle.dumps(value)) == value
