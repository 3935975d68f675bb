"""The help a new user reads: every option explained, the exit codes listed, README in step."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate.cli import build_parser
from tests.conftest import Run

REPO = Path(__file__).resolve().parent.parent
Cli = Callable[..., Run]


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    found = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(found.choices)


@pytest.mark.parametrize("name", list(commands()))
def test_every_option_of_every_command_has_help(name: str) -> None:
    missing = [
        action.option_strings[0] if action.option_strings else action.dest
        for action in commands()[name]._actions
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert missing == []


def test_the_main_help_lists_the_exit_codes(cli: Cli) -> None:
    shown = cli("--help").out
    for code in ("0", "1", "2", "3"):
        assert re.search(rf"^  {code}  \S", shown, re.M), code
    assert "exit codes:" in shown


@pytest.mark.parametrize("name", [n for n in commands() if n != "github"])
def test_readme_shows_each_command_as_help_does(name: str) -> None:
    usage = commands()[name].format_usage().removeprefix("usage: ")
    section = (REPO / "README.md").read_text().split("## Command line", 1)[1]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    assert " ".join(usage.split()) in " ".join(block.split())


@pytest.mark.parametrize(
    ("args", "leak"),
    [
        (["schema", "bogus"], "argument which"),
        (["check", "--format", "xml"], "<Format."),
        (["check", "--kind", "rfc"], "<Kind."),
        (["nope"], "argument COMMAND"),
    ],
)
def test_argparse_internals_never_reach_the_user(cli: Cli, args: list[str], leak: str) -> None:
    run = cli(*args)
    assert run.code == 2
    assert leak not in run.err
    assert "is not one of" in run.err


def test_init_tells_the_author_to_copy_the_template(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shown = cli("init").out
    assert "copy docs/specs/TEMPLATE.md to docs/specs/<your-spec>.md" in shown
    assert "fill in docs/specs/TEMPLATE.md" not in shown


def test_readme_shows_what_the_quick_start_prints(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README's "What it looks like" is the Quick start's run on the bundled examples, so the
    finding it shows and its summary line are what that run prints today."""
    readme = (REPO / "README.md").read_text()
    shown = readme.split("## What it looks like\n\n```text\n", 1)[1].split("```", 1)[0]
    finding, summary = shown.rstrip("\n").rsplit("\n\n", 1)
    monkeypatch.chdir(REPO)
    run = cli("check", "--config", "examples/.spec-gate.yml", "--fail-on", "never", "--no-cache")
    assert run.code == 0
    assert finding in run.out
    assert run.out.rstrip("\n").endswith(summary)


@pytest.mark.parametrize("command", ["check", "report", "explain", "schema", "init", "lsp"])
def test_each_command_help_gives_the_exit_codes(cli: Cli, command: str) -> None:
    run = cli(command, "--help")
    assert run.code == 0
    assert "exit codes:\n  0  nothing blocking" in run.out
    assert "2  a usage, configuration or input error" in run.out


def test_explain_with_no_rule_lists_the_rules_in_force(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".spec-gate.yml").write_text("severity: {a11y-perspectives: error}\n")
    run = cli("explain")
    assert run.code == 0
    assert run.out.startswith("Rules in force (.spec-gate.yml):\n")
    lines = {
        line.split()[0]: line.split()[1] for line in run.out.splitlines()[2:] if line[:2] == "  "
    }
    assert lines["a11y-perspectives"] == "error"  # the config's severity, not the built-in's
    assert lines["handoff-state-check"] == "error" and lines["no-guilt-trip"] == "warning"


def test_readme_lists_every_built_in_rule_with_its_severity_in_one_table() -> None:
    """README's "Built-in rule sets" table: one unbroken table, a row of five cells for each
    rule id the bundled rule sets define, its severity as the rule file says it."""
    import yaml

    section = (REPO / "README.md").read_text().split("## Built-in rule sets", 1)[1]
    lines = section.split("| rule set | kinds |", 1)[1].split("\n")[1:]
    table = []
    for line in lines[1:]:
        if not line.startswith("|"):
            break
        table.append(line)
    cells = [[c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]] for row in table]
    assert all(len(row) == 5 for row in cells), [r for r in cells if len(r) != 5]
    listed = {row[2].strip("`"): row[3] for row in cells}
    defined = {
        rule["id"]: rule["severity"]
        for path in sorted((REPO / "rules").glob("*.yml"))
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
    }
    assert set(listed) == set(defined)
    for rule_id, severity in defined.items():
        assert listed[rule_id].startswith(severity), rule_id


def test_report_help_says_which_format_draws_charts_how(cli: Cli) -> None:
    """Markdown's charts are Mermaid's; the HTML page draws its own, inline."""
    said = " ".join(cli("report", "--help").out.split())
    assert "markdown (with Mermaid charts)" in said
    assert "html (one accessible page, its charts drawn inline)" in said
