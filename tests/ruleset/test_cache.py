"""The compiled policy cache: reused only while every file it came from is unchanged."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate.discover import policy_for
from spec_gate.ruleset import cache, load

Write = Callable[[str, str], Path]

RULES = (
    "name: team\nrules:\n  - id: owner\n    severity: {severity}\n    message: Name an owner.\n"
    "    check: {{frontmatter: {{field: owner}}}}\n"
)


@pytest.fixture
def no_loading(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """After calling it, building a policy from YAML fails the test."""

    def forbid() -> None:
        def fail(*args: object, **kwargs: object) -> None:
            raise AssertionError("the policy was rebuilt instead of read from the cache")

        monkeypatch.setattr(load, "load_policy", fail)

    return forbid


def severity(config: str | None = None) -> str:
    policy = policy_for(config, [], Path.cwd())
    return policy.defaults["pr"].rules[0].rule.severity.value


def test_a_second_run_reads_the_cache(
    write: Write, cache_dir: Path, no_loading: Callable[[], None]
) -> None:
    write("team.yml", RULES.format(severity="warning"))
    write(".spec-gate.yml", "pull_requests: {rulesets: [./team.yml]}\n")
    assert severity() == "warning"
    assert len(list(cache_dir.glob("policy-*.pickle"))) == 1
    no_loading()
    assert severity() == "warning"


@pytest.mark.parametrize("changed", [".spec-gate.yml", "team.yml"])
def test_a_changed_file_is_noticed(write: Write, cache_dir: Path, changed: str) -> None:
    write("team.yml", RULES.format(severity="warning"))
    write(".spec-gate.yml", "pull_requests: {rulesets: [./team.yml]}\n")
    assert severity() == "warning"
    if changed == "team.yml":
        write("team.yml", RULES.format(severity="error"))
    else:
        write("team2.yml", RULES.format(severity="error"))
        write(".spec-gate.yml", "pull_requests: {rulesets: [./team2.yml]}\n")
    assert severity() == "error"


def test_only_the_newest_compiled_policies_are_kept(
    write: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each config (and each spec-gate version) compiles a policy of its own."""
    monkeypatch.setattr(cache, "POLICIES_KEPT", 2)
    for fail_on in ("error", "warning", "never"):
        write(f"{fail_on}/.spec-gate.yml", f"fail_on: {fail_on}\n")
        assert policy_for(None, [], Path.cwd() / fail_on).fail_on.value == fail_on
    assert len(list(cache_dir.glob("policy-*.pickle"))) == 2


def test_a_corrupt_entry_is_rebuilt(write: Write, cache_dir: Path) -> None:
    write(".spec-gate.yml", "fail_on: warning\n")
    policy_for(None, [], Path.cwd())
    for entry in cache_dir.glob("policy-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert policy_for(None, [], Path.cwd()).fail_on.value == "warning"


def test_no_cache_when_turned_off(
    write: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPEC_GATE_NO_CACHE", "1")
    write(".spec-gate.yml", "fail_on: warning\n")
    policy_for(None, [], Path.cwd())
    assert not cache_dir.exists()


def test_an_unwritable_cache_costs_speed_not_correctness(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    monkeypatch.setenv("SPEC_GATE_CACHE_DIR", str(blocker / "cache"))
    write(".spec-gate.yml", "fail_on: warning\n")
    assert policy_for(None, [], Path.cwd()).fail_on.value == "warning"


def test_the_code_stamp_changes_when_a_dependency_is_installed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new pulldown-cmark can read a document differently: every cache keyed by the code
    stamp (policies, results, replayed runs) must miss after an upgrade."""
    import importlib.machinery

    from spec_gate import store

    fake = tmp_path / "pyromark" / "__init__.py"
    fake.parent.mkdir()
    fake.write_text("# 0.10.3\n")
    real_find = importlib.util.find_spec

    def find(name: str, package: str | None = None) -> importlib.machinery.ModuleSpec | None:
        if name == "pyromark":
            return importlib.machinery.ModuleSpec(name, None, origin=str(fake))
        return real_find(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find)
    store.code_stamp.cache_clear()
    before = store.code_stamp()
    fake.write_text("# 0.11.0, reinstalled\n")
    store.code_stamp.cache_clear()
    assert store.code_stamp() != before
    store.code_stamp.cache_clear()
