"""Fitting the tools people already use: SARIF, JSON Schemas, explain, init."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from spec_gate import git
from spec_gate.commands.init import template
from spec_gate.engine import Engine, Source
from spec_gate.ruleset import load
from spec_gate.ruleset.jsonschema import text as schema_text
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind
from tests.conftest import REPO, Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]
SARIF_SCHEMA = REPO / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-rtm.5.json"


def check_jsonschema(*args: str) -> subprocess.CompletedProcess[str]:
    """The check-jsonschema command, as CI and users run it."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", *args],
        capture_output=True,
        text=True,
        check=False,
    )


# -- SARIF ---------------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO / "examples")
    run = cli("check", "--format", "sarif")
    assert run.code == 1
    sarif = json.loads(run.out)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    [tool_run] = sarif["runs"]
    rules = {r["id"]: r for r in tool_run["tool"]["driver"]["rules"]}
    assert rules["a11y-signoff"]["defaultConfiguration"] == {"level": "error"}
    assert rules["who-affected"]["defaultConfiguration"] == {"level": "warning"}
    assert (
        "- [x] Accessibility review signed off by @<reviewer's handle>"
        in rules["a11y-signoff"]["help"]["text"]
    )
    signoff = next(r for r in tool_run["results"] if r["ruleId"] == "a11y-signoff")
    # named from the repository's top, as code scanning places it (a clone of spec-gate)
    top = "examples/" if git.top_above(REPO / "examples") == REPO else ""
    assert signoff["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": f"{top}docs/specs/saved-searches.md"},
        "region": {"startLine": 29},
    }
    assert tool_run["tool"]["driver"]["rules"][signoff["ruleIndex"]]["id"] == "a11y-signoff"


def test_sarif_keeps_waived_findings_as_suppressed(cli: Cli, write: Write) -> None:
    until = (date.today() + timedelta(days=30)).isoformat()
    write(
        "s.md",
        f'<!-- spec-gate: waive a11y-signoff reason="a prototype behind a flag" until={until} -->\n# S\n',
    )
    sarif = json.loads(cli("check", "--kind", "spec", "--format", "sarif", "s.md").out)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    waived = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "a11y-signoff"]
    assert waived[0]["suppressions"] == [
        {"kind": "inSource", "justification": "a prototype behind a flag"}
    ]


# -- JSON Schemas ----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["config", "ruleset"])
def test_committed_schemas_match_the_models(cli: Cli, which: str) -> None:
    committed = (REPO / "schemas" / f"{which}.schema.json").read_text()
    assert committed == schema_text(which), (
        f"run: spec-gate schema {which} > schemas/{which}.schema.json"
    )
    assert cli("schema", which).out == committed


def test_builtin_rule_sets_and_example_config_pass_check_jsonschema() -> None:
    def check(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
        return check_jsonschema("--schemafile", str(REPO / "schemas" / schema), *map(str, files))

    rules = sorted((REPO / "rules").glob("*.yml"))
    assert len(rules) == 4
    assert check("ruleset.schema.json", *rules).returncode == 0
    assert check("config.schema.json", REPO / "examples" / ".spec-gate.yml").returncode == 0
    for path in [*rules, REPO / "examples" / ".spec-gate.yml"]:
        first = path.read_text().splitlines()[0]
        assert re.fullmatch(
            r"# yaml-language-server: \$schema=\.\./schemas/\w+\.schema\.json", first
        )


def test_the_schema_rejects_what_the_loader_rejects(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("documents:\n  - kind: rfc\n    paths: []\n")
    result = check_jsonschema(
        "--schemafile", str(REPO / "schemas" / "config.schema.json"), str(bad)
    )
    assert result.returncode == 1
    assert "'rfc' is not one of" in result.stdout


# -- explain ---------------------------------------------------------------------------------------


def test_explain_a_builtin_rule(cli: Cli, write: Write) -> None:
    run = cli("explain", "a11y-signoff")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "a11y-signoff: rule set accessibility-signoff, error, for spec documents"
    assert lines[2:5] == [
        "What it checks:",
        "  any of:",
        "    - a ticked task-list box matching /\\b(accessibility|a11y|inclusion)\\b.*(sign|review|approv)|^\\W*(accessibility|a11y|inclusion)\\b[^@\\n]{0,40}[—–:-]\\s*@[\\w.-]+|(sign|approv).*\\b(accessibility|a11y|inclusion)\\b|({{signoff_subject}}).*({{signoff_approve}})|({{signoff_approve}}).*({{signoff_subject}})/, naming a real reviewer who is not an author",
    ]
    # a box inside the review itself that says it approves need not name the review again
    assert lines[5].startswith(
        "    - a ticked task-list box matching /^\\W*([\\pL-]+\\s+)?(sign|approv|"
        "({{signoff_approve}}))/ inside a section or labelled paragraph matching /"
    )
    assert lines[7] == (
        "    - an approvals table row about /\\b(accessibility|a11y|inclusion)\\b|{{signoff_subject}}/"
        " with an approved"
        " state, naming a real reviewer who is not an author"
    )
    assert (
        "A passing example:" in lines
        and "  | - [x] Accessibility review signed off by @maria-a11y" in lines
    )


def test_explain_shows_what_a_vocabulary_class_holds_in_the_languages_read(
    cli: Cli, write: Write
) -> None:
    """A Portuguese author reading /...|{{heading_review}}/ sees that "Revisão de
    acessibilidade e inclusão" is among its words, in the languages the config reads."""
    write(".spec-gate.yml", "languages: [pt, es]\n")
    lines = cli("explain", "a11y-perspectives").out.splitlines()
    [said] = [line for line in lines if line.startswith("  {{heading_review}}: ")]
    assert said.startswith(
        "  {{heading_review}}: pt “revisão de acessibilidade e inclusão”, es “revisión de "
        "accesibilidad e inclusión”... ("
    )


def test_explain_the_teams_own_rule(cli: Cli, write: Write) -> None:
    write(
        "team.yml",
        "name: team\nrules:\n  - id: owner-named\n    severity: warning\n"
        "    message: Name an owner, so questions reach someone.\n"
        "    check: {frontmatter: {field: owner, pattern: '^@'}}\n",
    )
    write(".spec-gate.yml", "pull_requests: {rulesets: [./team.yml]}\n")
    run = cli("explain", "owner-named")
    assert run.out.splitlines()[:4] == [
        "owner-named: rule set team, warning, for pr documents",
        "",
        "What it checks:",
        "  the front-matter field `owner`, set and not a placeholder, matching /^@/",
    ]


def test_explain_says_how_follow_up_parts_are_found(cli: Cli, write: Write) -> None:
    """The built-in follow-up rules name no section pattern: explain says what they read."""
    lines = cli("explain", "action-items").out.splitlines()
    assert lines[3] == (
        "  the follow-up parts, as a reader finds them (any heading, bold or plain label that "
        "introduces work still to do: “Action items”, “Next steps”, “What we will change”) "
        "have at least 1 item(s)"
    )


def test_explain_gives_the_severity_the_config_sets(cli: Cli, write: Write) -> None:
    """The config `init` writes makes a11y-perspectives an error; explain says so, as the
    list of rules in force does."""
    assert cli("explain", "a11y-perspectives").out.startswith(
        "a11y-perspectives: rule set accessibility-signoff, warning, for spec documents\n"
    )
    write(".spec-gate.yml", "severity: {a11y-perspectives: error}\n")
    assert cli("explain", "a11y-perspectives").out.startswith(
        "a11y-perspectives: rule set accessibility-signoff, error, for spec documents\n"
    )


def test_explain_an_unknown_rule_suggests_the_closest(cli: Cli, write: Write) -> None:
    run = cli("explain", "a11y-sign-off")
    assert run.code == 2
    assert run.err.startswith(
        "spec-gate: error: explain: no rule 'a11y-sign-off'; did you mean a11y-signoff"
    )
    assert run.err.count("\n") == 1


def test_every_builtin_example_passes_its_rule_and_pasted_as_it_is_counts_for_nothing() -> None:
    """A rule's example shows what passes; an author who pastes it has written nothing of
    their own (outside handoffs, whose answers are anyone's words about a night like any
    other), so where spec-gate gives it, it is an echo like the help's skeleton."""
    policy = load_policy(None, root=Path.cwd())
    for kind, profile in policy.defaults.items():
        examples = {p for a in profile.rules for p in load._prompts(a.rule.example, a.rule.id)}
        elsewhere = replace(profile, echoes=tuple(e for e in profile.echoes if e not in examples))
        unechoed = replace(policy, defaults={**policy.defaults, kind: elsewhere})
        for active in profile.rules:
            assert active.rule.example, f"{active.rule.id} has no example"
            source = Source("example.md", active.rule.example, None, kind)
            result = Engine(unechoed, today=date.today()).check(source)
            assert result is not None
            assert active.rule.id not in {f.rule for f in result.findings}, (kind, active.rule.id)
            pasted = Engine(policy, today=date.today()).check(source)
            assert pasted is not None
            echoed = [f for f in pasted.findings if f.rule == active.rule.id]
            if kind is not Kind.HANDOFF and active.rule.id in _PROSE_RULES:
                assert echoed, (kind, active.rule.id)
                assert "spec-gate's own" in echoed[0].detail


# the rules whose example is prose an author might paste as their own account
_PROSE_RULES = {"why-section", "who-affected", "a11y-review", "impact-narrative"}


# -- init ------------------------------------------------------------------------------------------

FILLED_SPEC = {
    "<Feature name>": "Offline checkout",
    "## Why\n\n<!-- Who runs into what problem today, and what changes for them once this ships? -->\nTBD": "## Why\n\nRiders lose their basket when the train enters a tunnel, and some pay twice.",
    "<!-- Which users or teams notice this change, and how? -->\nTBD": "Shoppers on mobile data.",
    "## Proposal\n\nTBD": "## Proposal\n\nSave the basket on the device before paying.",
    "- Low digital literacy: TBD": "- Low digital literacy: one plain button, tested with novices.",
    "- Disability and assistive technology: TBD": "- Disability and assistive technology: screen readers announce the retry.",
    "- Slow or unreliable connection: TBD": "- Slow or unreliable connection: works offline on 2G.",
    "- [ ] Accessibility review signed off by @<reviewer's handle>": "- [x] Accessibility review signed off by @maria-a11y",
}
FILLED_POSTMORTEM = {
    "<Date>: <what users could not do>": "2026-03-14: card payments failed",
    "## Summary\n\nTBD": "## Summary\n\nAn expired certificate on one node failed a third of payments.",
    "how long. Graphs show that something broke; this shows whom it hurt.\n-->\nTBD": "how long. Graphs show that something broke; this shows whom it hurt.\n-->\n"
    + "From 14:02 to 14:47 UTC one in three people paying by card saw an error after typing "
    "their card details; 400 gave up and forty wrote to support, afraid they had paid twice.",
    "| TBD | TBD |": "| 14:02 | First failed payments |",
    "- TBD\n": "- The rotation job reported success per cluster, not per node.\n",
    "- [ ] TBD (owner: @handle, tracked in #<issue>)": (
        "- [ ] Verify certificates on every node (owner: @sam-infra, #481)"
    ),
}


def fill(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_init_writes_templates_that_fail_untouched_and_pass_filled(cli: Cli, write: Write) -> None:
    run = cli("init")
    assert run.code == 0
    written = [line.split()[1] for line in run.out.splitlines() if line.startswith("wrote ")]
    assert written == [
        ".spec-gate.yml",
        "docs/specs/TEMPLATE.md",
        "postmortems/TEMPLATE.md",
        ".github/pull_request_template.md",
        ".github/workflows/spec-gate.yml",
        "oncall/handoffs/TEMPLATE.md",
        ".github/ISSUE_TEMPLATE/oncall-handoff.yml",
    ]
    untouched = cli("check", "--format", "json", "--kind", "spec", "docs/specs/TEMPLATE.md").json
    assert {f["rule"] for f in untouched["findings"] if f["severity"] == "error"} == {
        "why-section",
        "a11y-review",
        "a11y-perspectives",  # an error in the config init writes: TBD answers no one
        "a11y-signoff",
    }
    spec = fill(Path("docs/specs/TEMPLATE.md").read_text(), FILLED_SPEC)
    Path("docs/specs/offline-checkout.md").write_text(spec)
    postmortem = fill(Path("postmortems/TEMPLATE.md").read_text(), FILLED_POSTMORTEM)
    Path("postmortems/2026-03-14.md").write_text(postmortem)
    assert cli("check", "--kind", "postmortem", "postmortems/TEMPLATE.md").code == 1
    filled = cli("check", "--format", "json").json  # the config's globs, the templates excluded
    assert [d["path"] for d in filled["documents"]] == [
        "docs/specs/offline-checkout.md",
        "postmortems/2026-03-14.md",
    ]
    assert filled["summary"]["errors"] == 0 and filled["summary"]["warnings"] == 0
    pr = Path(".github/pull_request_template.md").read_text()
    assert cli("check", "--kind", "pr", "-", stdin=pr.encode()).code == 1


def test_init_never_overwrites_without_force(cli: Cli, write: Write) -> None:
    write(".spec-gate.yml", "fail_on: warning\n")
    run = cli("init")
    assert "kept .spec-gate.yml: it exists (spec-gate init --force overwrites it)" in run.out
    assert Path(".spec-gate.yml").read_text() == "fail_on: warning\n"
    again = cli("init")
    assert again.out.count("kept ") == 7 and "wrote" not in again.out
    assert cli("init", "--force").out.count("wrote ") == 7
    assert Path(".spec-gate.yml").read_text() != "fail_on: warning\n"


def test_init_writes_every_file_though_its_reader_stops_early(tmp_path: Path) -> None:
    """`spec-gate init | head -1`: the pipe closes after the first line; the setup is still
    written whole."""
    from spec_gate.commands.init import FILES, run

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        run(tmp_path, force=False, out=Closed())
    assert all((tmp_path / target).is_file() for target in FILES)


def test_init_in_a_subfolder_says_where_github_looks(tmp_path: Path) -> None:
    from spec_gate.commands.init import run

    (tmp_path / ".git").mkdir()
    folder = tmp_path / "services" / "app"
    folder.mkdir(parents=True)
    said = io.StringIO()
    assert run(folder, force=False, out=said) == 0
    assert (
        f"note: GitHub runs workflows only from {tmp_path / '.github/workflows'}; move "
        ".github/workflows/spec-gate.yml there" in said.getvalue()
    )
    at_the_root = io.StringIO()
    assert run(tmp_path, force=False, out=at_the_root) == 0
    assert "note:" not in at_the_root.getvalue()


def test_the_workflow_init_writes_is_a_valid_workflow(tmp_path: Path) -> None:
    from spec_gate.commands.init import template

    workflow = tmp_path / "spec-gate.yml"
    workflow.write_text(template("workflow.yml"))
    result = check_jsonschema("--builtin-schema", "vendor.github-workflows", str(workflow))
    assert result.returncode == 0, result.stdout


def test_readme_workflow_snippets_are_valid_workflows(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text()
    snippets = re.findall(r"```yaml\n(# \.github/workflows/[^\n]+\n.*?)```", readme, re.S)
    assert len(snippets) >= 2
    files = []
    for index, snippet in enumerate(snippets):
        path = tmp_path / f"workflow{index}.yml"
        path.write_text(snippet)
        files.append(str(path))
    result = check_jsonschema("--builtin-schema", "vendor.github-workflows", *files)
    assert result.returncode == 0, result.stdout


def test_every_workflow_on_prs_or_issues_runs_one_job_per_pr_or_issue_at_a_time() -> None:
    """Events that arrive together for one PR must not race each other to comment."""
    import yaml

    readme = (REPO / "README.md").read_text()
    texts = re.findall(r"```yaml\n(# \.github/workflows/[^\n]+\n.*?)```", readme, re.S)
    texts.append(template("workflow.yml"))
    checked = 0
    for text in texts:
        workflow = yaml.safe_load(text)
        events = workflow.get(True) or workflow.get("on")  # YAML 1.1 reads `on` as True
        if not {"pull_request", "issues"} & set(events):
            continue
        checked += 1
        concurrency = workflow["concurrency"]
        assert "github.event.pull_request.number" in concurrency["group"]
        assert "github.event.issue.number" in concurrency["group"]
        assert concurrency["cancel-in-progress"] is True
    assert checked == 3  # the PR and issue snippets, and the workflow `init` writes
