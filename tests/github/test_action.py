"""The action against real webhook payloads and a stand-in API checked against GitHub's schema."""

from __future__ import annotations

import pytest

from spec_gate.errors import SpecGateError
from spec_gate.github.action import annotation
from tests.github.conftest import BAD_BODY, BASE, CONFIG, GOOD_BODY, HEAD, Action, webhook
from tests.github.fake import BOT, HUMAN


def statuses(action: Action) -> list[tuple[str, str, str]]:
    return [(s["state"], s["description"], s["context"]) for s in action.fake.statuses]


def test_first_run_blocks_comments_once_and_stays_in_budget(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.fake.files[2] = ["README.md", "docs/specs/checkout.md", "src/app.py"]
    action.write("docs/specs/checkout.md", "# Checkout\n\n## Why\nTBD\n")
    outcome = action.run()
    assert outcome.code == 1
    assert statuses(action) == [("failure", "4 errors, 2 warnings", "spec-gate")]
    [comment] = action.fake.comments[2]
    assert comment["body"].startswith(
        "<!-- spec-gate:sticky context=spec-gate -->\n### ❌ spec-gate: 4 errors, 2 warnings"
    )
    assert (
        "**`pr#2`** (pr)" in comment["body"]
        and "**`docs/specs/checkout.md`** (spec)" in comment["body"]
    )
    assert "::error file=docs/specs/checkout.md,line=3,title=spec-gate why-section::" in outcome.log
    assert "::error title=spec-gate why-section::pr#2: Say why" in outcome.log
    assert "result<<" in outcome.outputs and "\nfail\n" in outcome.outputs
    assert "### ❌ spec-gate: 4 errors, 2 warnings" in outcome.summary
    # The budget of a first run: 6 requests. The PR is read as it is now; with no comments
    # on it yet there is nothing to look for before writing, and one listing after, so that
    # runs that overlapped converge on one comment.
    assert [(c.method, c.path.split("/", 4)[-1]) for c in action.fake.calls] == [
        ("GET", "contents/.spec-gate.yml"),
        ("GET", "issues/2"),
        ("GET", "pulls/2/files"),
        ("POST", f"statuses/{HEAD}"),
        ("POST", "issues/2/comments"),
        ("GET", "issues/2/comments"),
    ]


def test_a_rerun_without_changes_writes_no_comment(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.run()
    before = len(action.fake.comment_writes())
    outcome = action.run()
    assert outcome.code == 1
    assert len(action.fake.comment_writes()) == before == 1
    assert len(action.fake.comments[2]) == 1


def test_a_fix_turns_the_status_green_and_the_comment_into_a_pass_note(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.run()
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert statuses(action)[-1] == ("success", "all checks pass", "spec-gate")
    [comment] = action.fake.comments[2]
    assert comment["body"] == (
        "<!-- spec-gate:sticky context=spec-gate -->\n### ✅ spec-gate: all "
        "checks pass\n\nEverything spec-gate flagged here is fixed."
    )
    assert action.run().code == 0
    assert len(action.fake.comment_writes()) == 2  # created, then edited once; not again


def test_a_clean_first_run_posts_no_comment(action: Action) -> None:
    action.pr_body(GOOD_BODY)
    assert action.run().code == 0
    assert action.fake.comment_writes() == []
    assert statuses(action) == [("success", "all checks pass", "spec-gate")]


def test_advisory_mode_never_blocks(action: Action) -> None:
    action.inputs["mode"] = "comment"
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert statuses(action) == [("success", "advisory: 1 error, 1 warning", "spec-gate")]
    assert len(action.fake.comments[2]) == 1


def from_a_fork(action: Action) -> None:
    action.payload["pull_request"]["head"]["repo"]["full_name"] = "someone/Hello-World"


def test_a_fork_with_a_read_only_token_loses_only_the_writes(action: Action) -> None:
    from_a_fork(action)
    action.fake.read_only = True
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == 1
    assert outcome.log.count("::warning title=spec-gate::The token cannot write here") == 1
    assert "so no status or comment was posted" in outcome.log
    assert "::error title=spec-gate why-section::pr#2" in outcome.log
    assert "### ❌ spec-gate: 1 error, 1 warning" in outcome.summary
    assert action.fake.comments[2] == [] and action.fake.statuses == []
    assert len(action.fake.writes()) == 1  # the status was refused; the comment not attempted


def test_502_twice_then_success_posts_exactly_once(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.fake.fail("GET", r"/pulls/2/files", 502, times=2)
    action.fake.fail("POST", r"/issues/2/comments", 502, times=2)
    outcome = action.run()
    assert outcome.code == 1
    assert len(action.fake.comments[2]) == 1
    files = [c for c in action.fake.calls if c.path.endswith("/pulls/2/files")]
    posts = [c for c in action.fake.comment_writes() if c.method == "POST"]
    assert (len(files), len(posts)) == (3, 3)


@pytest.mark.parametrize(("retry_after", "waited"), [("7", [7.0]), ("600", [])])
def test_a_secondary_rate_limit_waits_for_retry_after_up_to_two_minutes(
    action: Action, retry_after: str, waited: list[float]
) -> None:
    """A runner held for ten minutes costs more than a job run again later: said, in a line."""
    action.pr_body(BAD_BODY)
    action.fake.fail(
        "POST",
        r"/statuses/",
        403,
        times=1,
        headers={"Retry-After": retry_after},
        message="You have exceeded a secondary rate limit.",
    )
    if waited:
        assert action.run().code == 1
        assert len(action.fake.statuses) == 1
    else:
        with pytest.raises(SpecGateError, match="asks to wait 600 s, longer than a job should"):
            action.run()
        assert len(action.fake.comments[2]) == 1  # the comment, written on its own, was posted
    assert action.sleeps == waited


def test_where_warnings_block_the_comment_says_so(action: Action) -> None:
    action.inputs["fail-on"] = "warning"
    action.pr_body(GOOD_BODY.split("\n\n**Who is affected:**")[0] + "\n")  # a warning only
    outcome = action.run()
    assert outcome.code == 1
    [comment] = action.fake.comments[2]
    assert "These warnings block the merge here (fail_on: warning)." in comment["body"]


def test_a_humans_comment_with_the_marker_is_never_touched(action: Action) -> None:
    forged = "<!-- spec-gate:sticky context=spec-gate -->\nI copied your marker."
    action.fake.add_comment(2, forged, HUMAN)
    action.pr_body(BAD_BODY)
    action.run()
    human, ours = action.fake.comments[2]
    assert human["body"] == forged and ours["user"] == BOT
    assert not any(c.path.endswith(f"/comments/{human['id']}") for c in action.fake.writes())


def test_quoted_text_is_inert(action: Action) -> None:
    action.pr_body(
        "## Why\nTBD <!-- spec-gate:sticky context=spec-gate --> @acme/everyone\n\n"
        "## Action items\n- ping @acme/everyone <b>now</b>\n"
    )
    action.payload["pull_request"]["labels"] = []
    action.run()
    [comment] = action.fake.comments[2]
    body = comment["body"]
    assert body.count("<!-- spec-gate:sticky") == 1
    assert "@acme" not in body
    assert "<b>" not in body


def test_quoted_text_links_no_issue_and_carries_no_control_characters(action: Action) -> None:
    """GitHub links #123, owner/repo#7 and GH-5 in a comment, and leaves a back-reference in
    each of them; a bell or a colour escape would reach the job's log."""
    action.pr_body("## Why\nTBD #123 octo-org/secret-repo#7 GH-5 \x07\x1b[31mred\x1b[0m\n")
    action.payload["pull_request"]["labels"] = []
    outcome = action.run()
    [comment] = action.fake.comments[2]
    body = comment["body"]
    for reference in ("#123", "repo#7", "GH-5"):
        assert reference not in body
    assert "#\u2060123" in body  # still readable
    assert "\x07" not in body + outcome.log and "\x1b" not in body + outcome.log


def test_the_config_comes_from_the_base_commit(action: Action) -> None:
    action.write(".spec-gate.yml", "pull_requests: {rulesets: []}\n")  # the PR's weaker copy
    action.fake.files[2] = [".spec-gate.yml"]
    action.pr_body(BAD_BODY)
    assert action.run().code == 1
    assert action.fake.calls[0].query["ref"] == [BASE]


@pytest.mark.parametrize(
    ("base_files", "code"),
    [
        ((".spec-gate.yaml",), 0),  # the weaker config, under the other name, is in force
        ((".spec-gate.yml", ".spec-gate.yaml"), 1),  # .yml first, as a local run reads them
        ((), 1),  # none: the built-in rules, which fail the body
    ],
)
def test_without_a_config_input_either_config_name_is_read(
    action: Action, base_files: tuple[str, ...], code: int
) -> None:
    action.inputs["config"] = ""  # the workflow gives none
    del action.fake.contents[(BASE, ".spec-gate.yml")]
    for name in base_files:
        weaker = name.endswith(".yaml")
        action.fake.add_file(BASE, name, "pull_requests: {rulesets: []}\n" if weaker else CONFIG)
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == code
    assert "input `config`" not in outcome.log


def test_a_broken_config_is_an_error_on_its_line_and_in_the_summary(action: Action) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", "documents:\n  - kind: spec\n    pths: [x]\n")
    action.pr_body(GOOD_BODY)
    with pytest.raises(SpecGateError) as raised:
        action.run()
    assert raised.value.where == ".spec-gate.yml:3"
    summary = (action.tmp / "summary").read_text()
    assert "**spec-gate could not run:** .spec-gate.yml:3: unknown key 'pths'" in summary
    assert annotation(raised.value).startswith(
        "::error file=.spec-gate.yml,line=3,title=spec-gate::unknown key 'pths'"
    )
    assert annotation(SpecGateError("input mode", "'x' is not one of block, comment")) == (
        "::error title=spec-gate::input mode: 'x' is not one of block, comment\n"
    )


def test_a_config_input_missing_at_the_base_is_said(action: Action) -> None:
    action.inputs["config"] = "policy/spec-gate.yml"
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert (
        "::warning title=spec-gate::The config policy/spec-gate.yml (input `config`) is not in "
        f"the base commit {BASE[:12]}; the built-in rules apply."
    ) in outcome.log


def test_no_config_at_the_base_means_the_builtins(action: Action) -> None:
    del action.fake.contents[(BASE, ".spec-gate.yml")]
    action.fake.files[2] = ["docs/specs/a.md"]
    action.pr_body(GOOD_BODY)
    assert action.run().code == 0  # docs are not mapped without a config: only the body counts


def test_a_null_body_is_an_empty_body(action: Action) -> None:
    action.payload = webhook("pull_request.opened.3.json")
    outcome = action.run()
    assert outcome.code == 1
    assert "pr#2: Say why this work is needed" in outcome.log


def test_an_issue_without_a_why(action: Action) -> None:
    action.event_name = "issues"
    action.payload = webhook("issues.opened.1.json")
    outcome = action.run()
    assert outcome.code == 1
    assert action.fake.statuses == []
    [comment] = action.fake.comments[1]
    assert "**`issue#1`** (ticket)" in comment["body"]


def merge_group(action: Action) -> dict[str, str]:
    """A merge_group event, its base commit holding the config; the group."""
    action.event_name = "merge_group"
    action.payload = webhook("merge_group.checks_requested.1.json")
    group = action.payload["merge_group"]
    action.fake.add_file(
        group["base_sha"], ".spec-gate.yml", action.fake.contents[(BASE, ".spec-gate.yml")].decode()
    )
    return group


def test_a_merge_group_gets_its_status(action: Action) -> None:
    group = merge_group(action)
    action.write("docs/specs/ok.md", "# Spec\n\n## Why\nTBD\n")
    outcome = action.run()
    assert outcome.code == 1
    assert [(s["sha"], s["state"]) for s in action.fake.statuses] == [
        (group["head_sha"], "failure")
    ]
    assert action.fake.comment_writes() == []


def test_a_merge_group_with_nothing_checked_out_says_so(action: Action) -> None:
    """An empty workspace (no checkout) would pass every merge with "all checks pass"."""
    merge_group(action)
    outcome = action.run()
    assert outcome.code == 0
    assert "::warning title=spec-gate::No document of the merge group was found" in outcome.log
    # ...and which of the config's globs found nothing, as `spec-gate check` does.
    assert (
        "::warning title=spec-gate::.spec-gate.yml:3: glob 'docs/specs/**/*.md' matches no "
        ".md, .markdown, .mdx or .rst file: nothing under it is checked (a typo?)\n"
    ) in outcome.log


def test_a_pull_request_judges_its_own_files_and_says_nothing_of_the_globs(
    action: Action,
) -> None:
    """A PR's run is of the files it changed, as `check` of files named: a glob that
    matches none of the workspace is not its business."""
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert "glob" not in outcome.log


def test_250_changed_files_are_read_page_by_page(action: Action) -> None:
    action.fake.files[2] = [f"docs/specs/s{i:03}.md" for i in range(250)]
    for name in action.fake.files[2]:
        action.write(name, "# S\n\n## Why\nRiders lose baskets in tunnels every single day.\n")
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    pages = [c for c in action.fake.calls if c.path.endswith("/pulls/2/files")]
    assert len(pages) == 3
    assert outcome.code == 1  # every spec lacks its accessibility review
    assert outcome.log.count("title=spec-gate a11y-review::") == 250


def test_github_enterprise_api_url(action: Action) -> None:
    from tests.github.fake import FakeGitHub

    ghe = FakeGitHub("Codertocat/Hello-World", "https://ghe.example.com/api/v3")
    ghe.contents = action.fake.contents
    action.fake = ghe
    action.pr_body(BAD_BODY)
    assert action.run().code == 1
    assert ghe.calls and all(c.path.startswith("/repos/") for c in ghe.calls)
    assert len(ghe.statuses) == 1


def test_a_first_run_on_100_files_makes_at_most_10_requests(action: Action) -> None:
    action.fake.files[2] = [f"docs/specs/s{i:03}.md" for i in range(60)] + [
        f"src/f{i}.py" for i in range(40)
    ]
    for name in action.fake.files[2][:60]:
        action.write(name, "# S\n")
    action.pr_body(BAD_BODY)
    action.run()
    assert len(action.fake.calls) == 6


def test_pull_request_target_reads_documents_from_the_head_commit(action: Action) -> None:
    action.event_name = "pull_request_target"
    action.fake.files[2] = ["docs/specs/a.md"]
    action.fake.add_file(HEAD, "docs/specs/a.md", "# A\n\n## Why\nTBD\n")
    action.write("docs/specs/a.md", "stale base copy that must not be read")
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 1
    assert "::error file=docs/specs/a.md,line=3,title=spec-gate why-section::" in outcome.log
    assert [c.query.get("ref") for c in action.fake.calls if "contents/docs" in c.path] == [[HEAD]]


def test_a_fork_pull_request_through_pull_request_target(action: Action) -> None:
    """The fork's head is never checked out: its documents come through the API at the head
    SHA, the config from the base, and the base workflow's token posts the status."""
    action.event_name = "pull_request_target"
    head = action.payload["pull_request"]["head"]
    head["repo"] = {**head["repo"], "full_name": "a-fork/Hello-World", "fork": True}
    action.fake.files[2] = ["docs/specs/a.md"]
    action.fake.add_file(HEAD, "docs/specs/a.md", "# A\n\n## Why\nTBD\n")
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 1
    assert not (action.workspace / "docs").exists()
    assert [c.query.get("ref") for c in action.fake.calls if "contents/" in c.path] == [
        [BASE],
        [HEAD],
    ]
    assert statuses(action)[-1][0] == "failure"


def test_the_comment_stays_under_githubs_limit(action: Action) -> None:
    action.fake.files[2] = [f"docs/specs/s{i:03}.md" for i in range(400)]
    for name in action.fake.files[2]:
        action.write(name, "# S\n")
    action.pr_body(BAD_BODY)
    action.run()
    [comment] = action.fake.comments[2]
    assert len(comment["body"]) <= 65_536
    assert "more finding(s) not shown here: every finding is in the workflow log" in comment["body"]


def test_a_spent_primary_rate_limit_is_one_clear_line(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.fake.fail(
        "GET",
        r"/contents/",
        403,
        times=10,
        message="API rate limit exceeded",
        headers={
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Limit": "1000",
            "X-RateLimit-Reset": "4102444800",
        },
    )
    with pytest.raises(SpecGateError) as raised:
        action.run()
    message = str(raised.value)
    assert message == (
        "GitHub API: reading .spec-gate.yml at f95f852bd8fc failed: the API rate "
        "limit is spent until 00:00 UTC; re-run the job after that"
    )


def test_a_stale_event_body_loses_to_the_live_one(action: Action) -> None:
    """A slow run started by an older `edited` event judges the PR as it is now."""
    action.pr_body(BAD_BODY)  # what the event carried
    action.live_body = GOOD_BODY  # what the PR says by the time the run reads it
    assert action.run().code == 0
    assert statuses(action) == [("success", "all checks pass", "spec-gate")]
    action.pr_body(GOOD_BODY)
    action.live_body = BAD_BODY
    assert action.run().code == 1
    assert statuses(action)[-1][0] == "failure"


def test_the_live_labels_decide_a_label_waiver(action: Action) -> None:
    action.fake.add_file(BASE, ".spec-gate.yml", CONFIG + "waivers: {labels: {hotfix: ['*']}}\n")
    action.pr_body(BAD_BODY)
    assert action.run().code == 1  # the event has no label
    action.run_labels = [{"name": "hotfix", "id": 1, "color": "f00", "default": False}]
    assert action.run().code == 0


def test_an_advisory_run_whose_status_is_refused_still_comments_and_passes(
    action: Action,
) -> None:
    """`comment` never fails the job: a status GitHub will not take is said, the comment posted."""
    action.inputs["mode"] = "comment"
    action.pr_body(BAD_BODY)
    action.fake.fail("POST", r"/statuses/", 500, times=99)
    outcome = action.run()
    assert outcome.code == 0
    assert len(action.fake.comments[2]) == 1
    assert "::warning title=spec-gate::GitHub API: setting the spec-gate status failed" in (
        outcome.log
    )
    advisory = "Advisory (mode: comment): these findings do not fail the job."
    assert advisory in action.fake.comments[2][0]["body"] and advisory in outcome.summary


def test_a_blocking_run_whose_status_is_refused_comments_and_then_fails(action: Action) -> None:
    action.pr_body(BAD_BODY)
    action.fake.fail("POST", r"/statuses/", 500, times=99)
    with pytest.raises(SpecGateError, match="setting the spec-gate status failed"):
        action.run()
    assert len(action.fake.comments[2]) == 1


def refuse_comments(action: Action) -> None:
    """GitHub refuses every comment, as it does a token without `issues: write`."""
    action.fake.fail(
        "POST",
        r"/issues/2/comments",
        403,
        times=99,
        message="Resource not accessible by integration",
    )


def test_a_comment_refused_after_the_status_is_said_as_such(action: Action) -> None:
    from_a_fork(action)
    action.pr_body(BAD_BODY)
    refuse_comments(action)
    outcome = action.run()
    assert outcome.code == 1
    assert len(action.fake.statuses) == 1
    assert "so no comment was posted" in outcome.log
    assert "no status" not in outcome.log


@pytest.mark.parametrize(("mode", "code"), [("block", 2), ("comment", 0)])
def test_a_refusal_on_a_pull_request_not_from_a_fork_is_a_missing_permission(
    action: Action, mode: str, code: int
) -> None:
    """Only a fork's token is read-only by design: here the workflow lacks a permission, and
    a blocking gate that could not post its comment says so and fails."""
    action.inputs["mode"] = mode
    refuse_comments(action)
    action.pr_body(BAD_BODY)
    said = "GitHub refused to let this job write the comment ("
    if mode == "block":
        with pytest.raises(SpecGateError, match=said.replace("(", r"\(")) as raised:
            action.run()
        assert "`issues: write` for the comment" in str(raised.value)
        return
    outcome = action.run()
    assert outcome.code == code
    assert "pull requests from forks" not in outcome.log
    assert said in outcome.log and "`issues: write` for the comment" in outcome.log


def test_a_file_list_that_falls_short_of_the_events_count_checks_nothing_as_passed(
    action: Action,
) -> None:
    """GitHub answered the file list in part (or with a page it could not give whole): the
    documents it left out would pass unseen."""
    action.fake.files[2] = ["docs/specs/a.md"]
    action.changed_files = 3
    action.pr_body(GOOD_BODY)
    with pytest.raises(SpecGateError, match="gave 1 of the 3 it changes"):
        action.run()
    assert action.fake.statuses == []


def test_past_the_3000_files_github_lists_the_gate_says_what_it_cannot_check(
    action: Action,
) -> None:
    action.fake.files[2] = [f"vendor/f{n}.txt" for n in range(3000)]
    action.changed_files = 3051
    action.pr_body(GOOD_BODY)
    with pytest.raises(
        SpecGateError,
        match="GitHub lists only the first 3,000: the documents "
        "among the other 51 cannot be checked",
    ):
        action.run()
    assert action.fake.statuses == []


def test_in_comment_mode_what_github_would_not_answer_is_a_warning(action: Action) -> None:
    action.inputs["mode"] = "comment"
    action.fake.files[2] = ["docs/specs/a.md"]
    action.changed_files = 3
    action.pr_body(GOOD_BODY)
    outcome = action.run()
    assert outcome.code == 0
    assert "::warning title=spec-gate::GitHub API: listing the files" in outcome.log


@pytest.mark.parametrize(
    ("method", "path", "raw"),
    [
        ("GET", r"/issues/2$", "{not json"),
        ("GET", r"/issues/2$", ""),
        ("GET", r"/pulls/2/files", "<html>Bad gateway</html>"),
        ("GET", r"/pulls/2/files", '{"message": "oops"}'),  # an object, not the list
    ],
)
def test_an_answer_that_cannot_be_read_once_is_asked_again(
    action: Action, method: str, path: str, raw: str
) -> None:
    action.fake.files[2] = ["docs/specs/a.md"]
    action.write("docs/specs/a.md", "# A spec\n")
    action.fake.fail(method, path, 200, raw=raw)
    action.pr_body(BAD_BODY)
    assert action.run().code == 1
    assert len(action.fake.comments[2]) == 1


@pytest.mark.parametrize(
    ("path", "raw"), [(r"/issues/2$", "{not json"), (r"/pulls/2/files", '{"message": "oops"}')]
)
def test_an_answer_that_cannot_be_read_twice_is_one_line(
    action: Action, path: str, raw: str
) -> None:
    action.fake.files[2] = ["docs/specs/a.md"]
    action.write("docs/specs/a.md", "# A spec\n")
    action.fake.fail("GET", path, 200, times=2, raw=raw)
    action.pr_body(BAD_BODY)
    with pytest.raises(SpecGateError, match=r"GitHub's answer could not be read \(\w+Error\)"):
        action.run()
    assert action.fake.statuses == []


def test_a_comment_whose_answer_was_cut_short_is_looked_for_then_posted_once(
    action: Action,
) -> None:
    action.fake.fail("POST", r"/issues/2/comments", 201, raw='{"id": 1000, "body": "')
    action.pr_body(BAD_BODY)
    assert action.run().code == 1
    assert len(action.fake.comments[2]) == 1


def test_a_github_apps_comment_is_found_again_with_bot_login_unset(action: Action) -> None:
    """A GitHub App's token comments as the App: with bot-login unset, the next run finds the
    bot's comment with this check's marker, and edits it rather than post another."""
    action.fake.poster = {"login": "my-app[bot]", "id": 7, "type": "Bot"}
    action.pr_body(BAD_BODY)
    assert action.run().code == 1
    action.pr_body(GOOD_BODY)
    assert action.run().code == 0
    [comment] = action.fake.comments[2]
    assert "all checks pass" in comment["body"]


def test_a_comment_posted_as_another_bot_than_bot_login_says_which_to_set(action: Action) -> None:
    """bot-login set, but GitHub posts as another bot: the next run could not find it."""
    action.inputs["bot-login"] = "other-app[bot]"
    action.fake.poster = {"login": "my-app[bot]", "id": 7, "type": "Bot"}
    action.pr_body(BAD_BODY)
    outcome = action.run()
    assert outcome.code == 1
    assert (
        "::warning title=spec-gate::GitHub posted the comment as my-app[bot], and the action's "
        "bot-login is other-app[bot]: set `bot-login: my-app[bot]`" in outcome.log
    )
    action.inputs["bot-login"] = "my-app[bot]"
    assert action.run().code == 1
    assert len(action.fake.comments[2]) == 1  # set as told: found, not posted again


def test_a_permission_missing_for_the_status_still_lets_the_comment_be_posted(
    action: Action,
) -> None:
    """Not a fork: one refusal is one permission missing, not a read-only token."""
    action.fake.fail(
        "POST", r"/statuses/", 403, times=99, message="Resource not accessible by integration"
    )
    action.pr_body(BAD_BODY)
    with pytest.raises(SpecGateError, match=r"write the status \(") as raised:
        action.run()
    assert "`statuses: write` for the status" in str(raised.value)
    assert len(action.fake.comments[2]) == 1


def test_a_why_that_restates_the_pull_requests_title_gives_no_reason(action: Action) -> None:
    """The title is not in a PR's body: it comes from the event, and a Why may not echo it."""
    action.payload["pull_request"]["title"] = "Add export button to reports page"
    action.pr_body(
        "## Why\n\nWe need to add an export button to the reports page.\n\n"
        "## Who is affected\n\nAnalysts who download the monthly figures.\n"
    )
    outcome = action.run()
    assert outcome.code == 1
    assert "restates the title" in action.fake.comments[2][0]["body"]


def test_an_assignment_judges_nothing_and_asks_nothing(action: Action) -> None:
    action.event_name = "issues"
    action.payload = webhook("issues.assigned.1.json")
    outcome = action.run()
    assert outcome.code == 0
    assert "nothing to judge after issues assigned" in outcome.log
    assert action.fake.calls == []
