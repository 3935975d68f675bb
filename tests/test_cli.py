"""The command line as users and CI meet it: exit codes, report shapes, one-line errors."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate import __version__
from spec_gate.reading import lexicon
from tests.conftest import REPO, Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

GOOD_PR = (
    "**Why:** People paying on a train lose their basket when the signal drops.\n\n"
    "**Who is affected:** riders on mobile data.\n"
)
BAD_PR = "## Description\nBump dependencies.\n"


def test_version(cli: Cli) -> None:
    run = cli("--version")
    assert (run.code, run.out) == (0, f"spec-gate {__version__}\n")


def test_exit_codes_follow_fail_on(cli: Cli, write: Write) -> None:
    write("good.md", GOOD_PR)
    write("warn.md", "**Why:** People paying on a train lose their basket when the signal drops.\n")
    write("bad.md", BAD_PR)
    assert cli("check", "--kind", "pr", "good.md").code == 0
    assert cli("check", "--kind", "pr", "warn.md").code == 0
    assert cli("check", "--kind", "pr", "--fail-on", "warning", "warn.md").code == 1
    assert cli("check", "--kind", "pr", "bad.md").code == 1
    assert cli("check", "--kind", "pr", "--fail-on", "never", "bad.md").code == 0


def test_config_fail_on_is_the_default_and_the_flag_wins(cli: Cli, write: Write) -> None:
    write(".spec-gate.yml", "fail_on: warning\n")
    write("warn.md", "**Why:** People paying on a train lose their basket when the signal drops.\n")
    assert cli("check", "--kind", "pr", "warn.md").code == 1
    assert cli("check", "--kind", "pr", "--fail-on", "error", "warn.md").code == 0


def test_json_report_shape(cli: Cli, write: Write) -> None:
    write("docs/good.md", GOOD_PR)
    write("docs/bad.md", BAD_PR)
    run = cli("check", "--kind", "pr", "--format", "json", "docs")
    assert run.code == 1
    report = run.json
    assert report["version"] == 1
    assert report["summary"] == {"documents": 2, "errors": 1, "warnings": 1, "waived": 0}
    assert report["documents"] == [
        {"path": "docs/bad.md", "kind": "pr", "errors": 1, "warnings": 1, "signoffs": []},
        {"path": "docs/good.md", "kind": "pr", "errors": 0, "warnings": 0, "signoffs": []},
    ]
    first = report["findings"][0]
    assert set(first) >= {"rule", "ruleset", "severity", "path", "line", "message", "help"}
    assert (first["rule"], first["ruleset"], first["severity"], first["path"], first["line"]) == (
        "why-section",
        "why",
        "error",
        "docs/bad.md",
        1,
    )


def test_standard_input(cli: Cli, write: Write) -> None:
    run = cli("check", "--kind", "pr", "--format", "json", "-", stdin=BAD_PR.encode())
    assert run.code == 1
    assert run.json["documents"][0]["path"] == "-"


def test_text_report_gives_place_rule_detail_help_and_a_summary(cli: Cli, write: Write) -> None:
    write("bad.md", "## Why\nTBD\n")
    run = cli("check", "--kind", "pr", "bad.md")
    lines = run.out.splitlines()
    # The section is there: what is wrong with it leads, then why the rule matters; its help
    # says what to write under it, not to paste a second heading.
    assert lines[0] == (
        "bad.md:1: error [why-section] The “Why” section has no real content; it needs at least 8"
        " words: “TBD” is a placeholder. A reviewer can only judge a change against the problem"
        " it solves, and that problem is the first thing lost when nobody writes it down."
    )
    assert lines[1] == "    | Under its title at line 1, write:"
    assert "## Why" not in run.out.split("[who-affected]")[0]
    assert lines[-1] == "1 document checked: 1 error, 1 warning, 0 waived; 0 passed cleanly."
    assert "\033[" not in run.out  # not a terminal: no colour


def test_colour_only_on_a_terminal_and_never_with_no_color(
    write: Write, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from spec_gate import cli as cli_module

    write("bad.md", BAD_PR)
    monkeypatch.setattr(cli_module, "_color", lambda stream: True)
    cli_module.main(["check", "--kind", "pr", "bad.md"])
    assert "\033[31merror\033[0m" in capsys.readouterr().out
    monkeypatch.undo()
    monkeypatch.chdir(Path("bad.md").resolve().parent)
    monkeypatch.setenv("NO_COLOR", "1")

    class Tty:
        def isatty(self) -> bool:
            return True

    assert cli_module._color(Tty()) is False  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "")  # set but empty: no request, by no-color.org
    monkeypatch.delenv("TERM", raising=False)
    assert cli_module._color(Tty()) is True  # type: ignore[arg-type]


def test_kind_from_config_globs_then_front_matter_and_unknown_is_skipped(
    cli: Cli, write: Write
) -> None:
    write(".spec-gate.yml", "documents:\n  - kind: pr\n    paths: ['prs/*.md']\n")
    write("prs/a.md", GOOD_PR)
    write("notes/b.md", "---\nkind: postmortem\n---\n# Outage\n")
    write("notes/c.md", "# Just notes\n")
    run = cli("check", "--format", "json", "prs", "notes")
    kinds = {d["path"]: d["kind"] for d in run.json["documents"]}
    assert kinds == {"prs/a.md": "pr", "notes/b.md": "postmortem"}
    assert run.json["skipped"] == ["notes/c.md"]
    # Found in a folder named: one line for all such files, no advice to follow blindly.
    assert run.err == "spec-gate: not checked, no kind of document: notes/c.md (1 file)\n"
    named = cli("check", "notes/c.md")
    assert "spec-gate: skipped notes/c.md: its kind is unknown; map it under `documents:`" in (
        named.err
    )


INIT_LIKE = (
    "documents:\n  - kind: spec\n    paths: ['docs/specs/**/*.md']\n"
    "    exclude: ['docs/specs/TEMPLATE.md']\n"
)
SKIPS = [
    # (config, files, command, what stderr says)
    (
        INIT_LIKE,
        {"docs/specs/TEMPLATE.md": "# Spec\n", "docs/specs/a.md": "# A spec\n"},
        ["check", "docs"],
        "",  # the template is left out on purpose: nothing to say
    ),
    (
        INIT_LIKE,
        {"docs/specs/TEMPLATE.md": "# Spec\n"},
        ["check", "docs/specs/TEMPLATE.md"],
        "spec-gate: skipped docs/specs/TEMPLATE.md: .spec-gate.yml leaves it out on purpose "
        "(`exclude:`, a template?); pass --kind to check it anyway\n",
    ),
    (
        None,
        {"pm.md": "---\nkind: postmortem\ntitle: ok\n\n# Outage\n"},
        ["check", "pm.md"],
        "spec-gate: skipped pm.md: its front matter opens with --- on line 1 but is never "
        "closed, so its `kind:` is not read; add a line of --- after its fields\n",
    ),
    (
        None,
        {"rfc.md": "---\nkind: rfc\ntitle: Dark mode\n---\n# Dark mode\n"},
        ["check", "rfc.md"],
        "spec-gate: skipped rfc.md: its front matter's `kind: rfc` is not one of pr, ticket, "
        "spec, postmortem, handoff\n",
    ),
    (
        None,
        {"notes.md": "# Notes\n"},
        ["check", "notes.md"],
        "spec-gate: skipped notes.md: its kind is unknown; `spec-gate init` maps your folders "
        "to kinds, or add `kind:` to its front matter, or pass --kind\n",
    ),
    (
        INIT_LIKE,
        {"README.md": "# Read me\n", "CONTRIBUTING.md": "# Hi\n", "a/b.md": "x\n", "c.md": "y\n"},
        ["check", "."],
        "spec-gate: not checked, no kind of document: CONTRIBUTING.md, README.md, a/b.md "
        "and 1 more (4 files)\n",
    ),
]


@pytest.mark.parametrize(("config", "files", "command", "said"), SKIPS)
def test_what_is_said_of_skipped_files(
    cli: Cli, write: Write, config: str | None, files: dict[str, str], command: list[str], said: str
) -> None:
    if config is not None:
        write(".spec-gate.yml", config)
    for name, text in files.items():
        write(name, text)
    assert cli(*command).err == said


SKIP_SUMMARIES = [
    (
        ["docs/specs/TEMPLATE.md", "notes.md"],
        "2 skipped: 1 left out on purpose (`exclude:`), 1 of unknown kind.",
    ),
    (["docs/specs/TEMPLATE.md"], "1 skipped (left out on purpose: `exclude:`)."),
    (["notes.md"], "1 skipped (kind unknown)."),
]


@pytest.mark.parametrize(("named", "summary"), SKIP_SUMMARIES)
def test_the_summary_says_why_files_were_skipped(
    cli: Cli, write: Write, named: list[str], summary: str
) -> None:
    write(".spec-gate.yml", INIT_LIKE)
    write("docs/specs/TEMPLATE.md", "# Spec\n")
    write("notes.md", "# Notes\n")
    write("docs/specs/a.md", "# A spec\n")
    last = cli("check", "docs/specs/a.md", *named).out.splitlines()[-1]
    assert last.endswith(f"passed cleanly. {summary}")


def test_no_paths_checks_the_configured_documents(cli: Cli, write: Write) -> None:
    write(".spec-gate.yml", "documents:\n  - kind: pr\n    paths: ['prs/**/*.md']\n")
    write("prs/x/a.md", GOOD_PR)
    write("other/b.md", BAD_PR)
    run = cli("check", "--format", "json")
    assert [d["path"] for d in run.json["documents"]] == ["prs/x/a.md"]
    assert run.code == 0


def test_ruleset_flag_replaces_the_configured_rule_sets(cli: Cli, write: Write) -> None:
    write(
        "r.yml",
        "name: r\nrules:\n  - id: has-title\n    message: Add a title.\n"
        "    check: {section: {heading: '.', min_words: 0}}\n",
    )
    write("a.md", "no headings\n")
    run = cli("check", "--kind", "pr", "--ruleset", "r.yml", "--format", "json", "a.md")
    assert [f["rule"] for f in run.json["findings"]] == ["has-title"]


def test_output_writes_the_report_and_never_overwrites_an_input(cli: Cli, write: Write) -> None:
    path = write("bad.md", BAD_PR)
    assert (
        cli("check", "--kind", "pr", "--format", "json", "--output", "r.json", "bad.md").code == 1
    )
    assert Path("r.json").read_text().startswith('{\n  "version": 1')
    run = cli("check", "--kind", "pr", "--output", "bad.md", "bad.md")
    assert run.code == 2
    assert run.err == (
        "spec-gate: error: bad.md: --output names a document being checked; "
        "refusing to overwrite it\n"
    )
    assert path.read_text() == BAD_PR


@pytest.mark.parametrize("fmt", ["text", "json", "github", "markdown", "sarif", "codequality"])
def test_output_overwrites_only_an_earlier_report(cli: Cli, write: Write, fmt: str) -> None:
    """A file of the user's own (a template, the config, notes) is never replaced by a
    report; an earlier report in the same format, or an empty file, is."""
    write("bad.md", BAD_PR)
    arguments = ("check", "--kind", "pr", "--format", fmt, "--output", "r.out", "bad.md")
    assert cli(*arguments).code == 1
    first = Path("r.out").read_text()
    assert cli(*arguments).code == 1  # the earlier report is replaced
    assert Path("r.out").read_text() == first
    # ...nor notes that end with a report's count pasted into them
    mine = "# Notes\n\nMy own words, not a report.\n\n1 document checked: 0 errors.\n"
    notes = write("notes.md", mine)
    run = cli("check", "--kind", "pr", "--format", fmt, "--output", "notes.md", "bad.md")
    assert run.code == 2
    assert run.err == (
        "spec-gate: error: notes.md: exists and is not an earlier spec-gate check report; "
        "refusing to overwrite it (remove it first, or name a new file)\n"
    )
    assert notes.read_text() == mine
    write("empty.out", "")
    assert (
        cli("check", "--kind", "pr", "--format", fmt, "--output", "empty.out", "bad.md").code == 1
    )


EXIT_2 = [
    ("missing path", ["check", "nope.md"], "spec-gate: error: nope.md: no such file or directory"),
    (
        "bad kind",
        ["check", "--kind", "rfc", "x.md"],
        "spec-gate: error: usage: --kind: 'rfc' is not one of pr, ticket, spec, postmortem",
    ),
    (
        "bad format",
        ["check", "--format", "xml"],
        "spec-gate: error: usage: --format: 'xml' is not one of text, json, github, markdown, "
        "sarif, codequality (see `spec-gate check --help`)",
    ),
    (
        "bad schema",
        ["schema", "bogus"],
        "spec-gate: error: usage: SCHEMA: 'bogus' is not one of config, ruleset",
    ),
    (
        "bad command",
        ["chek"],
        "spec-gate: error: usage: COMMAND: 'chek' is not one of check, report, explain, schema, "
        "init, lsp, github",
    ),
    ("bad every", ["report", "--every", "week"], "spec-gate: error: usage: --every: 'week' is"),
    (
        "missing config",
        ["check", "--config", "none.yml", "x.md"],
        "spec-gate: error: none.yml: config file not found",
    ),
    ("nothing to check", ["check"], "spec-gate: error: spec-gate check: nothing to check"),
    (
        "nothing to check, in the config file named",
        ["check", "--config", "empty.yml"],
        "spec-gate: error: empty.yml: nothing to check: name files or folders, or map "
        "documents to kinds under `documents:` in empty.yml",
    ),
    (
        "a built-in rule set named without builtin:",
        ["check", "--ruleset", "why", "x.md"],
        "spec-gate: error: --ruleset why: rule set file 'why' not found (looked at ",
    ),
    (
        "a folder as a rule set",
        ["check", "--ruleset", "./", "x.md"],
        "spec-gate: error: --ruleset ./: rule set './' is a folder (",
    ),
    (
        "a pattern with a backslash, quoted as written",
        ["check", "--ruleset", "bad.yml", "--kind", "spec", "x.md"],
        "spec-gate: error: bad.yml:7: rule x: any_of[0]: pattern 'status\\.acme(x' is not "
        "valid RE2: missing ): status\\.acme(x",
    ),
    ("unknown option", ["check", "--frmat", "json"], "spec-gate: error: usage: unrecognized"),
    (
        "a rule set with no rule for the kind",
        ["check", "--ruleset", "builtin:why", "--kind", "postmortem", "x.md"],
        "spec-gate: error: --ruleset: builtin:why has no rule for postmortem documents, so "
        "nothing would be checked",
    ),
    (
        # ...the kind told by the front matter, as --kind tells it
        "a rule set with no rule for the document's own kind",
        ["check", "--ruleset", "builtin:impact-narrative", "spec.md"],
        "spec-gate: error: --ruleset: builtin:impact-narrative has no rule for spec documents, "
        "so nothing would be checked",
    ),
]


@pytest.mark.parametrize(("name", "args", "start"), EXIT_2, ids=[c[0] for c in EXIT_2])
def test_usage_and_input_errors_are_one_line_and_exit_2(
    cli: Cli, write: Write, name: str, args: list[str], start: str
) -> None:
    write("x.md", "# x\n")
    write("empty.yml", "")
    write(
        "bad.yml",
        "name: t\nkinds: [spec]\nrules:\n  - id: x\n    message: m\n    check:\n"
        '      mentions: {any_of: ["status\\\\.acme(x"]}\n',
    )
    write("spec.md", "---\nkind: spec\n---\n# A spec\n")
    run = cli(*args)
    assert run.code == 2
    assert run.err.startswith(start)
    assert run.err.count("\n") == 1
    assert "Traceback" not in run.err


def test_a_rule_set_not_found_says_what_was_meant(cli: Cli, write: Write) -> None:
    write("x.md", "# x\n")
    assert (
        cli("check", "--ruleset", "why", "x.md")
        .err.rstrip()
        .endswith("; did you mean builtin:why?")
    )
    assert (
        cli("check", "--ruleset", "./", "x.md")
        .err.rstrip()
        .endswith(": name a rule set file in it")
    )


def test_config_error_names_file_and_line(cli: Cli, write: Write) -> None:
    write(".spec-gate.yml", "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    rulsets: []\n")
    write("x.md", "# x\n")
    run = cli("check", "x.md")
    assert run.code == 2
    assert (
        run.err
        == "spec-gate: error: .spec-gate.yml:4: unknown key 'rulsets'; did you mean 'rulesets'?\n"
    )


def test_examples_give_the_documented_verdicts(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO / "examples")
    run = cli("check", "--format", "json")
    assert run.code == 1
    verdicts = {d["path"]: (d["errors"], d["warnings"]) for d in run.json["documents"]}
    assert verdicts == {
        "docs/specs/offline-checkout.md": (0, 0),
        "docs/specs/saved-searches.md": (3, 2),
        "postmortems/2026-03-14-card-payments.md": (0, 0),
        "postmortems/2026-04-02-login-outage.md": (3, 2),  # human error, "he should have known"
        "pull-requests/add-offline-retry.md": (0, 0),
        "pull-requests/bump-deps.md": (1, 1),
    }


def test_jobs_give_the_same_report_in_the_same_order(cli: Cli, write: Write) -> None:
    for index in range(40):
        write(f"docs/d{index:02}.md", GOOD_PR if index % 3 else BAD_PR)
    one = cli("check", "--kind", "pr", "--format", "json", "--jobs", "1", "docs")
    two = cli("check", "--kind", "pr", "--format", "json", "--jobs", "2", "docs")
    assert one.code == two.code == 1
    assert one.out == two.out
    assert len(one.json["documents"]) == 40


def test_worker_processes_keep_the_lemmas_they_find(
    cli: Cli, write: Write, cache_dir: Path
) -> None:
    """A hook run after a run with workers reads its words' lemmas from the store: the
    workers, which exit without running atexit, keep what they found too."""
    lexicon._KNOWN.clear()
    lexicon._simplemma.cache_clear()  # forked workers would find them in this process's
    animals = ["wombats", "kangaroos", "koalas", "dingoes", "platypuses"] * 4
    for index, animal in enumerate(animals):
        write(
            f"docs/d{index:02}.md",
            f"**Why:** Riders on the night train lose their paper tickets to hungry {animal}.\n",
        )
    assert cli("check", "--kind", "pr", "--jobs", "2", "docs").code in (0, 1)
    (kept,) = cache_dir.glob("lemmas-en-*.pickle")
    lemmas = pickle.loads(kept.read_bytes())[1]
    assert {lemmas[animal] for animal in animals} >= {"wombat", "kangaroo", "koala"}


def test_a_run_after_one_that_kept_its_lemmas_needs_no_simplemma(
    cli: Cli, write: Write, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon._KNOWN.clear()
    lexicon._simplemma.cache_clear()
    for index in range(20):
        write(
            f"docs/d{index:02}.md", f"**Why:** Riders on line {index} lose paper tickets to wind.\n"
        )
    first = cli("check", "--kind", "pr", "--format", "json", "--jobs", "2", "docs")
    assert cli("check", "--kind", "pr", "--format", "json", "--jobs", "2", "docs").out == first.out

    def no_simplemma() -> object:
        raise AssertionError("simplemma was loaded")

    lexicon._KNOWN.clear()  # a new process: what the store kept, nothing else
    lexicon._simplemma.cache_clear()
    monkeypatch.setattr(lexicon, "_lemmatizer", no_simplemma)
    again = cli("check", "--kind", "pr", "--format", "json", "--jobs", "2", "--no-cache", "docs")
    assert again.out == first.out


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_bad_jobs(cli: Cli, write: Write, value: str) -> None:
    write("x.md", GOOD_PR)
    run = cli("check", "--kind", "pr", "--jobs", value, "x.md")
    assert run.code == 2
    assert run.err.startswith("spec-gate: error: usage: --jobs: ")


@pytest.mark.parametrize("jobs", ["1", "2", "4"])
def test_one_broken_document_among_many_is_one_line_and_the_rest_are_reported(
    cli: Cli, write: Write, jobs: str
) -> None:
    for index in range(24):
        write(f"docs/d{index:02}.md", GOOD_PR if index % 3 else BAD_PR)
    write("docs/d07.md", "---\ntitle: [unclosed\n---\n\n## Why\nText.\n")
    run = cli("check", "--kind", "pr", "--format", "json", "--jobs", jobs, "docs")
    assert run.code == 2
    assert run.err == (
        "spec-gate: error: docs/d07.md:3: front matter: not valid YAML: "
        "did not find expected ',' or ']'\n"
    )
    reported = [d["path"] for d in run.json["documents"]]
    assert len(reported) == 23 and "docs/d07.md" not in reported


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (
            b"# Why\n\nCaf\xe9 owners lose orders.\n",
            "not valid UTF-8 (byte 0xe9 at offset 10); save it as UTF-8",
        ),
        (b"## Why\x00\n", "binary data (a NUL byte), not Markdown text"),
    ],
)
def test_standard_input_that_cannot_be_read_is_one_line_and_the_rest_are_reported(
    cli: Cli, write: Write, given: bytes, said: str
) -> None:
    write("docs/good.md", GOOD_PR)
    run = cli("check", "--kind", "pr", "--format", "json", "-", "docs/good.md", stdin=given)
    assert run.code == 2
    assert run.err == f"spec-gate: error: -: {said}\n"
    assert [d["path"] for d in run.json["documents"]] == ["docs/good.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_one_line_not_a_run_that_never_ends(
    cli: Cli, write: Write
) -> None:
    write("docs/good.md", GOOD_PR)
    os.mkfifo("docs/pipe.md")  # nothing will ever write to it
    cli("check", "--kind", "pr", "--format", "json", "docs")  # the run that could be replayed
    run = cli("check", "--kind", "pr", "--format", "json", "docs")
    assert run.code == 2
    assert (
        run.err
        == "spec-gate: error: docs/pipe.md: cannot read: a named pipe that nothing writes to\n"
    )
    assert [d["path"] for d in run.json["documents"]] == ["docs/good.md"]


def test_a_crash_is_one_line_and_exit_3_with_the_traceback_in_a_file(
    cli: Cli, write: Write, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def bug(*args: object, **kwargs: object) -> None:
        raise RuntimeError("an invariant broke")

    monkeypatch.setattr("spec_gate.commands.check.run", bug)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    run = cli("check", "--kind", "pr", "-", stdin=b"x")
    assert run.code == 3
    [line] = run.err.splitlines()
    assert line.startswith("spec-gate: error: internal error: RuntimeError: an invariant broke")
    log = Path(line.split("(details in ")[1].rstrip(")"))
    assert log.parent == tmp_path
    assert "Traceback" in log.read_text() and "an invariant broke" in log.read_text()


def test_in_an_action_the_traceback_goes_to_the_log_with_the_token_masked(
    cli: Cli, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(*args: object, **kwargs: object) -> None:
        raise RuntimeError("request with ghs_SECRET123 failed")

    monkeypatch.setattr("spec_gate.commands.check.run", bug)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("INPUT_TOKEN", "ghs_SECRET123")
    run = cli("check", "--kind", "pr", "-", stdin=b"x")
    assert run.code == 3
    assert "ghs_SECRET123" not in run.out + run.err
    assert run.out.startswith("::group::spec-gate internal error\n")
    assert "Traceback" in run.out and "request with *** failed" in run.out
    assert run.err.endswith("(details in the job log, under “spec-gate internal error”)\n")


def test_check_and_report_each_replace_the_others_output(cli: Cli, write: Write) -> None:
    """README: --output replaces "an earlier spec-gate report (of `check` in any format, or
    of `report`)"."""
    write("bad.md", BAD_PR)
    assert cli("report", "--format", "text", "--output", "r.txt", ".").code == 0
    assert cli("check", "--kind", "pr", "--output", "r.txt", "bad.md").code == 1
    assert Path("r.txt").read_text().rstrip().endswith("passed cleanly.")
    assert cli("report", "--format", "text", "--output", "r.txt", ".").code == 0
    assert Path("r.txt").read_text().startswith("spec-gate report")


def test_init_writes_nothing_where_a_file_stands_for_a_folder(cli: Cli, write: Write) -> None:
    write(".github/workflows", "not a folder\n")
    run = cli("init")
    assert run.code == 2
    assert run.err == (
        "spec-gate: error: .github/workflows: is a file where .github/workflows/spec-gate.yml "
        "needs a folder; nothing was written\n"
    )
    assert not Path(".spec-gate.yml").exists()
    assert Path(".github/workflows").read_text() == "not a folder\n"
