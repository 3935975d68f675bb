"""``spec-gate report`` on a throwaway git repository with dated commits, and on GitHub."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import responses

from spec_gate.practice.command import gather
from spec_gate.practice.history import periods
from spec_gate.practice.page import html
from spec_gate.practice.render import as_json, chart, markdown, text
from tests.conftest import Run
from tests.github.fake import FakeGitHub

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

CONFIG = "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md']\n    rulesets: [builtin:why]\n"
BAD = "# Spec\n\n## Why\nTBD\n"
GOOD = (
    "# Spec\n\n## Why\nRiders lose their basket in tunnels, and some are charged twice.\n"
    "\n**Who is affected:** riders on trains.\n"
)
WAIVED = (
    BAD
    + '\n<!-- spec-gate: waive why-section reason="a prototype behind a flag" until=2026-04-30 -->\n'
)
TODAY = date(2026, 3, 20)


def commit(root: Path, when: str, message: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"{when}T12:00:00",
        "GIT_COMMITTER_DATE": f"{when}T12:00:00",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=root, check=True, env=env)


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    monkeypatch.chdir(root)
    (root / ".spec-gate.yml").write_text(CONFIG)
    (root / "docs" / "specs" / "a.md").write_text(BAD)
    commit(root, "2026-01-10", "a, without a why")
    (root / "docs" / "specs" / "b.md").write_text(GOOD)
    (root / "docs" / "specs" / "c.md").write_text(WAIVED)
    commit(root, "2026-02-15", "b and c")
    (root / "docs" / "specs" / "a.md").write_text(GOOD)
    commit(root, "2026-03-05", "a says why")
    (root / "docs" / "specs" / "a.md").write_text(BAD)  # uncommitted: history ignores it
    return root


def no_progress(done: int, total: int) -> None:
    pass


@pytest.mark.parametrize(
    ("since", "every", "today", "expected"),
    [
        (
            date(2025, 12, 5),
            "month",
            date(2026, 2, 10),
            [
                ("2025-12", date(2026, 1, 1)),
                ("2026-01", date(2026, 2, 1)),
                ("2026-02", date(2026, 2, 11)),
            ],
        ),
        (
            date(2025, 11, 5),
            "quarter",
            date(2026, 4, 2),
            [
                ("2025-Q4", date(2026, 1, 1)),
                ("2026-Q1", date(2026, 4, 1)),
                ("2026-Q2", date(2026, 4, 3)),
            ],
        ),
    ],
)
def test_periods(since: date, every: str, today: date, expected: list[tuple[str, date]]) -> None:
    assert periods(since, every, today) == expected


def test_the_trend_over_months_counts_each_document_as_it_stood(history: Path) -> None:
    measures = gather([], None, date(2025, 12, 1), "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    report = json.loads(as_json(measures))
    summary = [
        (
            p["label"],
            {k: (m["documents"], m["passing"], m["waived"]) for k, m in p["kinds"].items()},
        )
        for p in report["points"]
    ]
    assert summary == [
        ("2025-12", {}),
        ("2026-01", {"spec": (1, 0, 0)}),
        ("2026-02", {"spec": (3, 1, 1)}),  # c.md passes only by a waiver: not a pass
        ("2026-03", {"spec": (3, 2, 1)}),
    ]
    march = report["points"][-1]["kinds"]["spec"]
    assert march["waived_documents"] == 1
    assert march["rules"] == {
        "why-section": {"passing": 2, "applicable": 3, "share": 0.6667},
        "who-affected": {"passing": 2, "applicable": 3, "share": 0.6667},
    }
    assert report["points"][1]["commit"] != report["points"][2]["commit"]
    assert report["worst"] == [
        {"path": "docs/specs/c.md", "kind": "spec", "errors": 0, "warnings": 1}
    ]


def test_a_waiver_is_judged_on_each_points_day(history: Path) -> None:
    """c.md's waiver runs to 2026-04-30: in force at each point measured up to then, expired at
    the later ones, whatever day the report is run on."""
    later = date(2026, 6, 10)
    measures = gather([], None, date(2026, 2, 1), "month", 0, 0, 1, Path.cwd(), later, no_progress)
    points = json.loads(as_json(measures))["points"]
    spec = [(p["date"], p["kinds"]["spec"]) for p in points]
    assert [(day, m["waived"], m["expired_waivers"]) for day, m in spec] == [
        ("2026-03-01", 1, 0),
        ("2026-04-01", 1, 0),
        ("2026-05-01", 0, 1),  # the waiver ended the day before
        ("2026-06-01", 0, 1),
    ]


def test_the_chart_text_is_exact(history: Path) -> None:
    measures = gather([], None, date(2026, 1, 1), "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    assert chart(measures, "spec") == (
        "```mermaid\n"
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1d4ed8, #b45309"}}}}%%\n'
        "xychart-beta\n"
        '    title "spec: % passing every error rule"\n'
        '    x-axis ["2026-01", "2026-02", "2026-03"]\n'
        '    y-axis "%" 0 --> 100\n'
        "    bar [0, 50, 100]\n"  # written: a (bad); b and c (c passes only by a waiver); a fixed
        "    line [0, 33, 67]\n```"  # every document as it stood
    )
    now = gather([], None, None, "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    assert chart(now, "spec") == (
        "```mermaid\n"
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1d4ed8, #b45309"}}}}%%\n'
        "xychart-beta horizontal\n"
        '    title "spec: % of documents passing each rule"\n'
        '    x-axis ["why-section", "who-affected"]\n'
        '    y-axis "%" 0 --> 100\n'
        "    bar [33, 33]\n```"
    )


def test_without_since_the_working_tree_is_measured(history: Path) -> None:
    measures = gather([], None, None, "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    [point] = measures.points
    assert (point.label, point.commit) == ("now", None)
    spec = point.kinds["spec"]
    assert (spec.documents, spec.passing, spec.waived) == (3, 1, 1)  # a.md is bad again
    assert spec.waived_documents == 1
    rendered = text(measures)
    assert "spec: 3 documents, 1 pass every error rule (33%); 1 pass only by a waiver" in rendered
    assert "docs/specs/a.md (spec): 1 error(s), 1 warning(s)" in rendered
    table = markdown(measures)
    assert "| spec | 3 | 1 (33%) | 1 | 1 | 0 |" in table
    assert "| `why-section` | 1/3 | 33% |" in table


def test_recent_prs_and_issues_on_github(history: Path) -> None:
    fake = FakeGitHub("o/r")
    good = "**Why:** Riders lose their basket in tunnels, and some are charged twice."
    fake.pull_list = [
        {
            "number": n,
            "body": body,
            "merged_at": merged,
            "state": "closed",
            "url": f"https://api.github.com/repos/o/r/pulls/{n}",
        }
        for n, body, merged in [
            (9, good, "2026-03-01T00:00:00Z"),
            (8, "bump", None),
            (7, None, "2026-02-01T00:00:00Z"),
            (6, good, "2026-01-01T00:00:00Z"),
        ]
    ]
    fake.issue_list = [
        {
            "number": n,
            "body": body,
            "url": f"https://api.github.com/repos/o/r/issues/{n}",
            "html_url": f"https://github.com/o/r/{'pull' if pr else 'issues'}/{n}",
            **({"pull_request": {"url": "x"}} if pr else {}),
        }
        for n, body, pr in [(5, good, False), (4, "a PR", True), (3, "It is broken", False)]
    ]
    environ = {
        "GITHUB_TOKEN": "t",
        "GITHUB_REPOSITORY": "o/r",
        "GITHUB_API_URL": "https://api.github.com",
    }
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.mock(rsps)
        measures = gather([], None, None, "month", 3, 5, 1, Path.cwd(), TODAY, no_progress, environ)
    prs, issues = measures.github["prs"], measures.github["issues"]
    assert (prs.documents, prs.passing) == (3, 2)  # #9, #7 (no body), #6; #8 was not merged
    assert (issues.documents, issues.passing) == (2, 1)
    assert "last 3 merged pull requests: 2 pass every error rule (67%)" in text(measures)
    assert [c.query.get("state") for c in fake.calls] == [["closed"], ["all"]]  # no N+1


def test_report_cli_formats_and_errors(cli: Cli, history: Path) -> None:
    run = cli("report", "--format", "json")
    assert run.code == 0 and json.loads(run.out)["points"][0]["kinds"]["spec"]["documents"] == 3
    assert cli("report", "--since", "2026-13-01").code == 2
    assert cli("report", "--github-prs", "3").err.startswith(
        "spec-gate: error: report: --github-prs and --github-issues need GITHUB_TOKEN"
    )
    Path("NOTES.md").write_text("# my notes\n")
    refused = cli("report", "--format", "markdown", "--output", "NOTES.md")
    assert refused.code == 2 and Path("NOTES.md").read_text() == "# my notes\n"
    assert cli("report", "--format", "markdown", "--output", "REPORT.md").code == 0
    assert cli("report", "--format", "markdown", "--output", "REPORT.md").code == 0
    # Any format: a report replaces an earlier report, never a file of someone's own.
    Path("index.html").write_text("<!DOCTYPE html><title>our team page</title>\n")
    refused = cli("report", "--format", "html", "--output", "index.html")
    assert refused.code == 2 and "our team page" in Path("index.html").read_text()
    assert refused.err == (
        "spec-gate: error: index.html: exists and is not a spec-gate report; "
        "refusing to overwrite it\n"
    )
    for name, form in (("r.html", "html"), ("r.json", "json"), ("r.txt", "text")):
        assert cli("report", "--format", form, "--output", name).code == 0
        assert cli("report", "--format", form, "--output", name).code == 0, form
    # Words of someone's own that open as a report's heading does are theirs all the same.
    for name, own in (
        ("essay.md", "## spec-gate report: why we adopted it\n\nThree pages of my own.\n"),
        ("board.txt", "spec-gate report for the board, written by hand\n\nmy text\n"),
    ):
        Path(name).write_text(own)
        form = "markdown" if name.endswith(".md") else "text"
        assert cli("report", "--format", form, "--output", name).code == 2
        assert Path(name).read_text() == own
    assert "<script" not in Path("r.html").read_text()  # readable without JavaScript


def test_a_glob_that_found_nothing_at_any_point_measured_is_said(cli: Cli, history: Path) -> None:
    """As `check` says it: the report over time shows every file of every point to the
    globs (git's, hidden folders included), and warns of those that found none."""
    (history / ".spec-gate.yml").write_text(
        CONFIG.replace("['docs/specs/*.md']", "['docs/specs/*.md', 'doc/rfcs/*.md']")
    )
    run = cli("report", "--since", "2026-01-01")
    assert run.code == 0
    assert run.err == (
        "spec-gate: warning: .spec-gate.yml:3: glob 'doc/rfcs/*.md' matches no .md, "
        ".markdown, .mdx or .rst file: nothing under it is checked (a typo?)\n"
    )
    assert "glob" not in cli("report", "--since", "2026-01-01", "docs").err


def test_a_directory_that_is_not_a_repository(cli: Cli, write: Write) -> None:
    write(".spec-gate.yml", CONFIG)
    os.rename(".git", "not-git")
    run = cli("report", "--since", "2026-01-01")
    assert run.code == 2 and run.err.startswith(
        "spec-gate: error: --since: needs a git repository's history, and "
    )
    assert "(run it in the repository, or name its folder)" in run.err


def test_a_repository_named_from_outside_is_measured_with_its_config(
    cli: Cli, history: Path
) -> None:
    """`spec-gate report ../repo`: that repository's config and history, not the working
    directory's; and a --since long before its first commit shows one empty period before
    it, not every month since."""
    os.chdir(history.parent)
    run = cli("report", "--format", "json", "repo")
    assert run.code == 0, run.err
    assert json.loads(run.out)["points"][0]["kinds"]["spec"]["documents"] == 3
    for day in ("1970-01-01", "1960-01-01", "0001-01-01"):  # git reads no day before 1970
        since = cli("report", "--format", "json", "--since", day, "repo")
        assert since.code == 0, since.err
        report = json.loads(since.out)
        labels = [p["label"] for p in report["points"]]
        assert labels[:2] == ["2025-12", "2026-01"]  # one period before it, not 672
        assert report["header"]["since"] == "2025-12-01"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--since", "2999-01-01"],
            "spec-gate: error: --since: 2999-01-01 is after today: there is no history to measure\n",
        ),
        (
            ["--every", "quarter"],
            "spec-gate: error: usage: --every needs --since: the points are counted from it\n",
        ),
    ],
)
def test_report_dates_that_cannot_be_measured_are_one_line(
    history: Path, cli: Cli, args: list[str], message: str
) -> None:
    run = cli("report", *args)
    assert (run.code, run.err, run.out) == (2, message, "")


def test_a_period_under_way_with_no_commit_is_not_the_headline(history: Path) -> None:
    """Run on 2 April (a monthly report's day), with nothing committed in April yet: the
    report ends with March, not with an empty April."""
    measures = gather(
        [], None, date(2026, 1, 1), "month", 0, 0, 1, Path.cwd(), date(2026, 4, 2), no_progress
    )
    assert [p.label for p in measures.points] == ["2026-01", "2026-02", "2026-03"]


def test_a_shallow_clone_is_no_history_to_measure(
    history: Path, tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """actions/checkout fetches one commit by default: every document would look written in
    the last period."""
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", history.as_uri(), str(clone)], check=True)
    monkeypatch.chdir(clone)
    run = cli("report", "--since", "2026-01-01")
    assert run.code == 2 and run.err.startswith(
        "spec-gate: error: --since: the repository is a shallow clone whose history begins on "
        "2026-03-05"
    )
    assert "`git fetch --unshallow`" in run.err
    assert cli("report", "--since", "2026-04-01").code == 0  # after the cut: measured


def test_named_folders_narrow_a_report_over_time_as_they_do_one_now(
    history: Path, cli: Cli
) -> None:
    (history / "docs" / "other").mkdir()
    (history / ".spec-gate.yml").write_text(
        CONFIG + "  - kind: spec\n    paths: ['docs/other/*.md']\n    rulesets: [builtin:why]\n"
    )
    (history / "docs" / "other" / "z.md").write_text(GOOD)
    commit(history, "2026-03-06", "another folder")
    since = ["--since", "2026-01-01", "--format", "json"]
    whole = json.loads(cli("report", *since).out)["points"][-1]["kinds"]["spec"]["documents"]
    named = cli("report", "docs/specs", *since)
    assert (whole, json.loads(named.out)["points"][-1]["kinds"]["spec"]["documents"]) == (4, 3)
    missing = cli("report", "nothere", *since)
    assert (missing.code, missing.err) == (
        2,
        "spec-gate: error: nothere: no such file or directory\n",
    )


def test_a_since_after_the_last_commit_measures_that_commit(history: Path) -> None:
    measures = gather([], None, date(2026, 3, 10), "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    assert [(p.label, p.kinds["spec"].documents) for p in measures.points] == [("2026-03", 3)]


def test_points_follow_the_first_parent_not_a_merged_side_branch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A side branch with a later commit in an old layout must not become a point's state."""
    root = tmp_path / "repo"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    monkeypatch.chdir(root)
    (root / ".spec-gate.yml").write_text(CONFIG)
    (root / "docs" / "specs" / "a.md").write_text(BAD)
    commit(root, "2026-01-10", "a")
    subprocess.run(["git", "checkout", "-q", "-b", "side"], cwd=root, check=True)
    (root / "docs" / "specs" / "a.md").unlink()  # an old layout, on the side branch
    (root / "legacy.md").write_text(BAD)
    commit(root, "2026-02-25", "side: the old layout")
    subprocess.run(["git", "checkout", "-q", "main"], cwd=root, check=True)
    (root / "docs" / "specs" / "a.md").write_text(GOOD)
    (root / "docs" / "specs" / "b.md").write_text(GOOD)
    commit(root, "2026-02-20", "main: a says why, b")
    env = {
        **os.environ,
        "GIT_COMMITTER_DATE": "2026-03-05T12:00:00",
        "GIT_AUTHOR_DATE": "2026-03-05T12:00:00",
    }
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@e",
            "merge",
            "-q",
            "--no-ff",
            "-s",
            "ours",
            "side",
            "-m",
            "merge",
        ],
        cwd=root,
        check=True,
        env=env,
    )
    measures = gather([], None, date(2026, 1, 1), "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    summary = [
        (p.label, {k: (m.documents, m.passing) for k, m in p.kinds.items()})
        for p in measures.points
    ]
    assert summary == [
        ("2026-01", {"spec": (1, 0)}),
        ("2026-02", {"spec": (2, 2)}),  # main on Feb 28, not the side branch's Feb 25 commit
        ("2026-03", {"spec": (2, 2)}),
    ]


def test_each_distinct_document_of_the_history_is_checked_once(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spec_gate import engine as engine_module

    seen: list[str] = []
    real = engine_module.Engine.check

    def counting(self: engine_module.Engine, source: engine_module.Source) -> object:
        seen.append(source.text)
        return real(self, source)

    monkeypatch.setattr(engine_module.Engine, "check", counting)
    monkeypatch.setenv("SPEC_GATE_NO_CACHE", "1")
    gather([], None, date(2025, 12, 1), "month", 0, 0, 1, Path.cwd(), TODAY, no_progress)
    # Three points hold 1 + 3 + 3 documents, but only four distinct (path, blob): a.md as it
    # was and as it is, b.md and c.md. Each is checked once, and c.md, which carries a waiver,
    # once more on the day of the one point before today (2026-03-01), where its day matters.
    assert len(seen) == 5
    assert seen.count(WAIVED) == 2


COPIED_WHY = (
    "## Why\nRiders who lose signal in a tunnel lose the basket they filled, pay twice when "
    "they retry, and then wait on hold for a refund; last quarter 3,100 of them wrote to "
    "support about it, most from the night trains where the outage lasts longest.\n\n"
    "**Who is affected:** riders on trains.\n"
)


def test_the_report_judges_as_check_does_copies_included(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spec whose Why is pasted from another fails `check`; the report counts it failing
    too, at HEAD and at the last point of its history."""
    root = tmp_path / "repo"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(CONFIG)
    (root / "docs" / "specs" / "first.md").write_text("# Offline basket\n\n" + COPIED_WHY)
    commit(root, "2026-01-10", "the first spec")
    (root / "docs" / "specs" / "second.md").write_text("# Retry button\n\n" + COPIED_WHY)
    commit(root, "2026-02-10", "a second spec, its Why pasted")
    monkeypatch.chdir(root)
    checked = cli("check", "--format", "json", "--no-cache")
    assert checked.code == 1
    failing = {f["path"] for f in checked.json["findings"] if f["severity"] == "error"}
    assert failing == {"docs/specs/second.md"}
    now = gather([], None, None, "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False)
    assert (now.points[-1].kinds["spec"].documents, now.points[-1].kinds["spec"].passing) == (2, 1)
    assert [o.path for o in now.worst] == ["docs/specs/second.md"]
    past = gather(
        [], None, date(2026, 1, 1), "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False
    )
    assert past.points[-1].kinds["spec"].passing == 1
    assert past.points[0].kinds["spec"].passing == 1  # January: the first spec alone, no copy


def test_a_rule_with_nothing_to_judge_is_na_not_a_pass(tmp_path: Path) -> None:
    """Specs with no review section: a11y-review fails them, and a11y-perspectives, which
    reads the review section only where there is one, has nothing to judge: n/a, not 100%."""
    root = tmp_path / "repo"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(
        "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md']\n"
        "    rulesets: [builtin:accessibility-signoff]\n"
    )
    for name in ("a", "b"):
        (root / "docs" / "specs" / f"{name}.md").write_text(GOOD)
    commit(root, "2026-02-10", "two specs without a review")
    measures = gather([], None, None, "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False)
    spec = measures.points[-1].kinds["spec"]
    assert (spec.rules["a11y-review"], spec.applies_to("a11y-review")) == (0, 2)
    assert (spec.rules["a11y-perspectives"], spec.applies_to("a11y-perspectives")) == (0, 0)
    assert spec.rule_share("a11y-perspectives") is None
    perspectives = [line for line in text(measures).splitlines() if "a11y-perspectives" in line]
    assert perspectives == ["  a11y-perspectives          0/0      n/a"]
    assert "| `a11y-perspectives` | 0/0 | n/a |" in markdown(measures)
    page = html(measures)
    assert (
        '<th scope="row"><code>a11y-perspectives</code></th>'
        '<td class="number">0/0</td><td class="number">n/a</td>'
    ) in page
    assert page.count("n/a") == 4  # table, chart label, chart description, caption
    found = json.loads(as_json(measures))["points"][-1]["kinds"]["spec"]["rules"]
    assert found["a11y-perspectives"] == {"passing": 0, "applicable": 0, "share": None}
    assert found["a11y-review"] == {"passing": 0, "applicable": 2, "share": 0.0}
    assert "a11y-perspectives" not in chart(measures, "spec")  # no bar for what was not judged


def test_each_point_counts_what_was_written_in_its_period(history: Path) -> None:
    """January adds a.md; February adds b.md and c.md; March rewrites a.md: the flow is one,
    two and one document, while the stock grows to three."""
    measures = gather(
        [], None, date(2025, 12, 1), "month", 0, 0, 1, history, TODAY, no_progress, use_cache=False
    )
    points = json.loads(as_json(measures))["points"]
    flow = [(p["label"], {k: m["documents"] for k, m in p["written"].items()}) for p in points]
    assert flow == [
        ("2025-12", {}),
        ("2026-01", {"spec": 1}),
        ("2026-02", {"spec": 2}),
        ("2026-03", {"spec": 1}),
    ]
    assert points[-1]["written"]["spec"]["passing"] == 1  # a.md now says why
    assert points[-1]["kinds"]["spec"]["documents"] == 3
    later = gather(
        [], None, date(2026, 2, 1), "month", 0, 0, 1, history, TODAY, no_progress, use_cache=False
    )
    # From February on, a.md (January's) is stock, not flow, until March rewrites it.
    assert [p.written["spec"].documents for p in later.points] == [2, 1]
    assert "Written in each period" in text(measures)


def test_a_document_moved_as_it_was_is_not_written_again(history: Path) -> None:
    """April renames b.md and changes nothing in it: a folder reorganised writes nothing."""
    subprocess.run(
        ["git", "mv", "docs/specs/b.md", "docs/specs/b-renamed.md"], cwd=history, check=True
    )
    (history / "docs" / "specs" / "a.md").write_text(GOOD)  # as committed: nothing else moves
    commit(history, "2026-04-05", "rename b")
    measures = gather(
        [], None, date(2026, 3, 1), "month", 0, 0, 1, history, date(2026, 4, 20), no_progress,
        use_cache=False,
    )  # fmt: skip
    assert [(p.label, p.written.get("spec")) for p in measures.points][-1] == ("2026-04", None)
    assert measures.points[-1].kinds["spec"].documents == 3


INCIDENT = """\
# 2026-02-03: card payments failed

## User impact narrative

From 14:02 to 14:47 UTC about one in three people paying by card saw an error after typing
their card details; 400 gave up and forty wrote to support, afraid they had paid twice.

## What happened

{cause}

## Action items

- [ ] Alert on payment failures at 1% (owner: @li-payments, #7)
"""


def test_the_header_and_the_share_of_blameless_postmortems(tmp_path: Path) -> None:
    root = tmp_path / "shop"
    (root / "postmortems").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(
        "documents:\n  - kind: postmortem\n    paths: ['postmortems/*.md']\n"
        "    rulesets: [builtin:impact-narrative]\n"
    )
    (root / "postmortems" / "a.md").write_text(
        INCIDENT.format(cause="A certificate expired because nothing alerted on its date.")
    )
    (root / "postmortems" / "b.md").write_text(
        INCIDENT.format(cause="Bob forgot to renew the certificate; it was his fault.")
    )
    commit(root, "2026-02-10", "two postmortems")
    measures = gather(
        [], None, date(2026, 2, 1), "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False
    )
    assert measures.points[-1].blameless == (1, 2)
    report = json.loads(as_json(measures))
    assert report["header"] == {
        "repository": "shop",
        "since": "2026-02-01",
        "until": "2026-03-20",
        "policy": ".spec-gate.yml",
    }
    assert report["points"][-1]["blameless"] == {"postmortems": 2, "without_blame": 1}
    # ...and of those written in the period, as the report leads with the flow
    assert report["points"][-1]["written_blameless"] == {"postmortems": 2, "without_blame": 1}
    said = "ostmortems without a blame finding: 1 of 2 (50%); of those written in 2026-02, 1 of 2"
    shown = text(measures)
    assert "shop, 2026-02-01 to 2026-03-20, policy: .spec-gate.yml" in shown.splitlines()[1]
    assert f"  p{said} (50%)" in shown
    assert f"P{said} (50%)." in markdown(measures)
    page = html(measures)
    assert "<p>shop, 2026-02-01 to 2026-03-20, policy: .spec-gate.yml</p>" in page
    assert f"<p>P{said} (50%).</p>" in page
    now = gather([], None, None, "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False)
    assert now.points[-1].written_blameless is None  # no period, no flow
