"""``spec-gate github``: check what the event brings and report through every channel that fits.

Channels: workflow-command annotations and the job summary (always), outputs and the JSON
report file, the commit status and one sticky comment (when the token may write).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from spec_gate import copies, discover, waivers
from spec_gate.engine import Engine, Source, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import DocumentResult, FailOn, Report, Severity
from spec_gate.formats import github as workflow_commands
from spec_gate.formats import json as json_format
from spec_gate.formats import markdown, tally
from spec_gate.github import event as events
from spec_gate.github import review
from spec_gate.github.client import Api, ChangedFile, Comment, Live, ReadOnlyError
from spec_gate.github.event import Event
from spec_gate.github.runner import Runner, append_summary, set_outputs
from spec_gate.renewals import GitWaivers
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.files import CONFIG_NAMES
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import HANDOFF_LABEL, Kind

MAX_FILES = 3000  # GitHub lists at most 3,000 files of a pull request


class CommitFiles:
    """Config, rule-set and template files as they are at a commit, read through the API."""

    def __init__(self, api: Api, sha: str | None, workspace: Path) -> None:
        self.api = api
        self.sha = sha
        self.workspace = workspace.resolve()
        self.cache: dict[str, bytes | None] = {}

    def read(self, path: Path) -> bytes | None:
        try:
            relative = path.resolve().relative_to(self.workspace).as_posix()
        except ValueError:
            return None
        if relative not in self.cache:
            self.cache[relative] = self._fetch(path, relative)
        return self.cache[relative]

    def _fetch(self, path: Path, relative: str) -> bytes | None:
        if self.sha is None:
            try:
                return path.read_bytes()
            except OSError:
                return None
        return self.api.read_file(relative, self.sha)


def run(environ: Mapping[str, str], out: TextIO = sys.stdout, api: Api | None = None) -> int:
    runner = Runner.from_environ(environ)
    try:
        return _run(runner, out, api)
    except SpecGateError as error:
        if runner.mode == "comment" and error.where == "GitHub API":
            # An advisory run never fails the job: what GitHub would not answer is a warning.
            out.write(_warning(f"{error.where}: {error.what}"))
            return 0
        if error.where != "GitHub API":
            # A mistake in the config or a rule file: said where the job's page shows it,
            # on the file and line, as well as in the log's last line.
            out.write(annotation(error))
            append_summary(runner.step_summary, f"**spec-gate could not run:** {error}")
        raise


def annotation(error: SpecGateError) -> str:
    """The error as a workflow command, on its file and line when it names them."""
    place = _PLACE.fullmatch(error.where)
    if place is None:
        return workflow_commands.annotation("error", "spec-gate", f"{error.where}: {error.what}")
    file, line = place.groups()
    return workflow_commands.annotation("error", "spec-gate", error.what, file, int(line))


def _warning(message: str) -> str:
    return workflow_commands.annotation("warning", "spec-gate", message)


_PLACE = re.compile(r"([^:,\n]+\.(?:ya?ml|md)):(\d+)")


def _run(runner: Runner, out: TextIO, api: Api | None) -> int:
    event = events.load(runner.event_name, runner.event_path)
    if not event.judged:
        out.write(f"spec-gate: nothing to judge after {event.name} {event.action}\n")
        return 0
    api = api or Api(runner.token, runner.api_url, runner.repository)
    policy = _policy(runner, event, api, out)
    # Judge the PR or issue as it is now: a slow run started by an older event must not post
    # the verdict on a body that has changed since.
    live = api.live(event.number) if event.number is not None else None
    if live is not None:
        event = replace(event, body=live.body, labels=live.labels, title=live.title or event.title)
    history = GitWaivers(runner.workspace)
    # An issue has no approval, so a waiver in its description never counts here.
    body_approval = False if event.kind is Kind.TICKET else None
    today = date.today()  # the action's one reading of the day, as cli's for the commands
    engine = Engine(
        policy,
        event.labels,
        today=today,
        authors=[event.author],
        waiver_history=history,
        waiver_approval=body_approval,
    )
    changed = (
        api.changed_files(event.number, event.changed_files)
        if event.kind is Kind.PR and event.number
        else []
    )
    sources, unmatched = _sources(runner, event, api, policy, changed)
    for where, what in unmatched:  # a merge group's run is of the whole policy, as `check`'s
        out.write(_warning(f"{where}: {what}"))
    if event.kind is None and not sources:
        out.write(
            _warning(
                "No document of the merge group was found to check: does the job check out "
                "its head (actions/checkout) and does .spec-gate.yml map folders under "
                "`documents:`?"
            )
        )
    results, skipped = _checked(engine, sources)
    signoffs = [s for r in results for s in r.signoffs]
    body_waiver = waivers.mentioned(event.body)
    if event.kind is Kind.PR and event.number and (signoffs or body_waiver):
        # A sign-off counts once its reviewer approved the PR, and, when the reviewers list
        # names a team, once GitHub confirms the reviewer is in it; a waiver in the PR's
        # description once someone other than the author approved. The reviews are read only
        # when a document carries a sign-off or the description a waiver, each membership at
        # most once.
        approvers = api.approvers(event.number)
        pairs = {(s.team.lower(), s.reviewer.lstrip("@").lower()) for s in signoffs if s.team}
        memberships = {(team, login): api.team_member(team, login) for team, login in sorted(pairs)}
        now = {s.relative: s.text for s in sources if s.relative is not None}

        def earlier(path: str, commit: str) -> str | None:
            """The document as the reviewer approved it: read only when that was not the
            head commit, at most once per document and commit."""
            if commit == event.head_sha:
                return now.get(path)
            data = api.read_file(path, commit)
            return None if data is None else discover.decode(data, path)

        engine = Engine(
            policy,
            event.labels,
            today=today,
            approvers=approvers,
            authors=[event.author],
            memberships=memberships,
            earlier=earlier,
            waiver_history=history,
            waiver_approval=_approved_by_another(approvers, event.author),
        )
        results, skipped = _checked(engine, sources)
    results = _copies(runner, policy, engine, sources, results)
    report = Report(tuple(results), tuple(skipped))
    fail_on = FailOn(runner.fail_on) if runner.fail_on else policy.fail_on
    # A crisis pause: the documents are still checked, so every channel shows what is owed,
    # but nothing blocks while the label is on. A merge group has no labels: never paused.
    paused = policy.pause_label(event.labels)
    blocking = bool(report.blocking(fail_on)) and paused is None
    result = _write_local(runner, out, event, report, blocking, paused)

    refused, why, failed = _publish(
        api, runner, event, live, report, blocking, paused, changed, out
    )
    if refused and event.from_fork is False:
        # Not a fork's read-only token: the workflow lacks a permission, or the PR is gone.
        failed.insert(
            0,
            SpecGateError(
                "GitHub API",
                f"GitHub refused to let this job write the {_listed(refused)} ({why}); the "
                "pull request is not from a fork, so the workflow lacks a permission: "
                "`issues: write` for the comment, `statuses: write` for the status, "
                "`pull-requests: write` for a review",
            ),
        )
    elif refused:
        out.write(
            _warning(
                "The token cannot write here (pull requests from forks get a read-only "
                f"token), so no {_listed(refused)} was posted. The findings are in this log, "
                "the annotations and the job summary."
            )
        )
    headline = markdown.headline(report) if paused is None else _paused_headline(report, paused)
    out.write(f"spec-gate: {headline}; result {result}\n")
    # What could not be written is said; an advisory run never fails the job for it (the
    # findings are in the log, the annotations and the summary), a blocking one does, with
    # the first as its one line.
    blocking_mode = runner.mode == "block"
    for error in failed[1:] if blocking_mode else failed:
        out.write(_warning(f"{error.where}: {error.what}"))
    if failed and blocking_mode:
        raise failed[0]
    return 1 if blocking and runner.mode == "block" else 0


def _listed(names: list[str]) -> str:
    """ "status", "status or comment", "status, comment or review"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _publish(
    api: Api,
    runner: Runner,
    event: Event,
    live: Live | None,
    report: Report,
    blocking: bool,
    paused: str | None,
    changed: list[ChangedFile],
    out: TextIO,
) -> tuple[list[str], str, list[SpecGateError]]:
    """Write the status, the sticky comment and the review, each on its own: a status GitHub
    refuses does not keep the comment from being posted, nor the other way round."""
    channels: list[tuple[str, Callable[[], None]]] = []
    if event.head_sha is not None:
        state = "failure" if blocking and runner.mode == "block" else "success"
        text = _status_text(report, runner.mode, paused)
        head = event.head_sha
        channels.append(
            ("status", lambda: api.create_status(head, state, text, runner.context, runner.run_url))
        )
    if event.number is not None:
        number, known = event.number, live.comments if live else None
        channels.append(
            (
                "comment",
                lambda: _sticky(
                    api, runner, number, report, known, paused, _noun(event), out, blocking
                ),
            )
        )
    if runner.review and event.kind is Kind.PR and event.number and event.head_sha:
        diffs = {c.path: review.diff_lines(c.patch) for c in changed}
        pr, sha = event.number, event.head_sha
        channels.append(
            (
                "review",
                lambda: review.publish(
                    api, pr, sha, runner.context, runner.bot_login, report, diffs
                ),
            )
        )
    return _write_channels(channels, fork=event.from_fork is not False)


def _advisory(runner: Runner, report: Report | None = None, blocking: bool = False) -> str:
    """What a report says of its own weight: in ``comment`` mode its ❌ fails nothing; where
    warnings alone block (fail_on: warning), its ⚠️ does fail the check."""
    if runner.mode == "comment":
        return "Advisory (mode: comment): these findings do not fail the job."
    if blocking and report is not None and not report.count(Severity.ERROR):
        return "These warnings block the merge here (fail_on: warning)."
    return ""


def _write_channels(
    channels: list[tuple[str, Callable[[], None]]], fork: bool = True
) -> tuple[list[str], str, list[SpecGateError]]:
    """Write each channel; the names the token may not write and GitHub's first reason, and
    the errors of the rest. On a fork's pull request a token refused once is not tried again
    (its read-only token can write nowhere); elsewhere a refusal is one permission missing,
    and the other channels are still written."""
    failed: list[SpecGateError] = []
    refused: list[str] = []
    why = ""
    for index, (name, write) in enumerate(channels):
        try:
            write()
        except ReadOnlyError as refusal:
            if fork:
                return [name for name, _ in channels[index:]], str(refusal), failed
            refused.append(name)
            why = why or str(refusal)
        except SpecGateError as error:
            failed.append(error)
    return refused, why, failed


def _write_local(
    runner: Runner, out: TextIO, event: Event, report: Report, blocking: bool, paused: str | None
) -> str:
    """The channels any token can write: the log (annotations; a pause's notice), the job
    summary, the JSON report and the outputs. Returns the ``result`` output."""
    if paused is not None:
        out.write(_pause_notice(paused, event))
    out.write(workflow_commands.render(report, paused=paused is not None))
    if paused is None:
        summary = markdown.render(report, note=_advisory(runner, report, blocking))
    else:
        summary = _paused_text(report, paused, _noun(event))
    append_summary(runner.step_summary, summary)
    report_path = runner.report_dir / "spec-gate-report.json"
    report_path.write_text(_json_report(report, paused), encoding="utf-8")
    if paused is not None:
        result = "paused"
    else:
        result = "fail" if blocking else ("waived" if report.waived else "pass")
    set_outputs(
        runner.output,
        {
            "result": result,
            "errors": str(report.count(Severity.ERROR)),
            "warnings": str(report.count(Severity.WARNING)),
            "report": str(report_path),
        },
    )
    return result


def _approved_by_another(approvers: Mapping[str, str], author: str) -> bool:
    """Whether a person other than the pull request's author approved it (bots do not count:
    an automatic approval is no one's judgement)."""
    them = author.lstrip("@").lower()
    return any(login.lower() != them and not login.lower().endswith("[bot]") for login in approvers)


def _policy(runner: Runner, event: Event, api: Api, out: TextIO) -> Policy:
    """The config as the base commit has it: a pull request cannot weaken its own gate."""
    files = CommitFiles(api, event.base_sha, runner.workspace)
    for name in (runner.config,) if runner.config else CONFIG_NAMES:
        config_path = (runner.workspace / name).resolve()
        if files.read(config_path) is not None:
            return load_policy(config_path, name, files)
    if runner.config:
        sha = event.base_sha
        where = f"the base commit {sha[:12]}" if sha else "the checked-out workspace"
        out.write(
            _warning(
                f"The config {runner.config} (input `config`) is not in {where}; the "
                "built-in rules apply."
            )
        )
    return load_policy(None, root=runner.workspace)


def _sources(
    runner: Runner, event: Event, api: Api, policy: Policy, changed: list[ChangedFile]
) -> tuple[list[Source], list[tuple[str, str]]]:
    """The documents to judge, and (for a merge group, which judges every document of the
    config) the config's globs that found none, as discover.GlobsSeen says them."""
    if event.kind is None:  # a merge group: the documents of its head
        if not policy.profiles:
            return [], []
        return discover.configured(policy, None, runner.workspace)
    # An issue opened from the handoff form is a handoff, judged by the handoff rules.
    handoff = event.kind is Kind.TICKET and HANDOFF_LABEL in {x.lower() for x in event.labels}
    kind = Kind.HANDOFF if handoff else event.kind
    sources = [Source(event.target, event.body, None, kind, title=event.title or None)]
    if event.kind is not Kind.PR or event.number is None:
        return sources, []
    for change in changed[:MAX_FILES]:
        path = change.path
        if policy.profile_for(path, None) is None:
            continue
        if event.from_base_checkout and event.head_sha is not None:
            data = api.read_file(path, event.head_sha)
            if data is None:
                continue
            text = discover.decode(data, path)
        else:
            local = runner.workspace / path
            if not local.is_file():
                raise SpecGateError(
                    path,
                    "changed in the pull request but not in the workspace; "
                    "run actions/checkout before spec-gate",
                )
            text = discover.read(local, path)
        sources.append(Source(path, text, path, added_lines=review.added_lines(change.patch)))
    return sources, []


def _checked(engine: Engine, sources: list[Source]) -> tuple[list[DocumentResult], list[str]]:
    """The results and skipped paths; a document of the PR that cannot be read is an error."""
    checked = check_all(engine, sources)
    if checked.broken:
        raise checked.broken[0]
    return checked.results, checked.skipped


def _copies(
    runner: Runner,
    policy: Policy,
    engine: Engine,
    sources: list[Source],
    results: list[DocumentResult],
) -> list[DocumentResult]:
    """The changed documents, with a finding on each section copied from another document of
    its kind; the others are read from the workspace, checked, and compared, not reported."""
    changed = frozenset(s.path for s in sources if s.relative is not None)
    if not any(r.passages for r in results if r.path in changed) or not policy.profiles:
        return results
    # Paths relative to the workspace, as the PR's file list has them.
    others = [
        s for s in discover.sources([], policy, None, runner.workspace) if s.path not in changed
    ]
    checked = check_all(engine, others).results  # a broken one elsewhere is not this PR's
    history = copies.git_order(runner.workspace, runner.workspace)

    def order(paths: Sequence[str]) -> dict[str, int]:
        # What the base already has came first, whatever a shallow clone's history says.
        known = history(paths)
        return {p: (p in changed) << 40 | known.get(p, 0) for p in paths}

    flagged = copies.flag([*results, *checked], order, changed)
    return flagged[: len(results)]


def _status_text(report: Report, mode: str, paused: str | None = None) -> str:
    if paused is not None:
        return f"paused: {paused}"
    return f"advisory: {tally(report)}" if mode == "comment" else tally(report)


# -- the crisis pause --------------------------------------------------------------------------

_PAUSED_ICON = "⏸️"


def _noun(event: Event) -> str:
    return "pull request" if event.kind is Kind.PR else "issue"


def _owes(report: Report) -> bool:
    """Whether findings count (errors or warnings, not waived): they are owed after a pause."""
    return bool(report.count(Severity.ERROR) or report.count(Severity.WARNING))


def _paused_headline(report: Report, label: str) -> str:
    owed = f"{tally(report)} owed" if _owes(report) else tally(report)
    return f"{_PAUSED_ICON} spec-gate: paused by the label {label} ({owed})"


def _pause_notice(label: str, event: Event) -> str:
    """A pause is never silent: one notice in the log and on the run's page."""
    message = (
        f'spec-gate is paused on {event.target} by the label "{label}": the findings are '
        "reported but block nothing. The gate resumes when the label is removed; once the "
        "crisis is over, a postmortem with a user impact narrative is owed."
    )
    return workflow_commands.notice("spec-gate paused", message)


def _paused_text(report: Report, label: str, noun: str, limit: int = markdown.LIMIT) -> str:
    """The comment and job summary while paused: what is paused and why, when it resumes,
    what is owed afterwards, then the findings that will count again then."""
    name = f"**{markdown.inert(label)}**"
    head = (
        f"### {_PAUSED_ICON} spec-gate: paused by the label {name}\n\n"
        f"This {noun} carries the label {name}, which pauses spec-gate during an active "
        "security, legal or safety crisis: the priority is containment, so nothing here is "
        f"blocked. The gate resumes when the label is removed, and judges this {noun} again "
        "at once.\n\n"
        "Once the crisis is over, a postmortem with a user impact narrative is owed: what "
        "the people affected went through, told from their side.\n\n"
    )
    if _owes(report):
        heading = f"#### Will be owed when the gate resumes: {tally(report)}"
    else:
        heading = f"#### Nothing else will be owed when the gate resumes: {tally(report)}"
    # render() opens with its own headline; the rest (documents, findings) follows ours.
    details = markdown.render(report, limit=limit - len(head) - len(heading)).split("\n", 1)[1]
    return f"{head}{heading}\n{details}"


def _json_report(report: Report, paused: str | None) -> str:
    """The JSON report; while paused, with a top-level ``paused`` that records it."""
    return json_format.render(report, extra={"paused": {"label": paused}} if paused else None)


def marker(context: str) -> str:
    return f"<!-- spec-gate:sticky context={markdown.inert(context)} -->"


def _sticky(
    api: Api,
    runner: Runner,
    number: int,
    report: Report,
    known: int | None = None,
    paused: str | None = None,
    noun: str = "pull request",
    out: TextIO | None = None,
    blocking: bool = False,
) -> None:
    """One comment per PR or issue: created on findings or a pause, edited only when its text
    changes. A comment GitHub posts as another login than ``bot-login`` (a GitHub App's
    token, the input left unset) is said on ``out``: the next run could not find it.

    ``known``: how many comments the PR or issue had when this run read it; with none there
    is nothing to look for, and the listing is saved. ``paused``: the label that pauses the
    gate on this ``noun`` (pull request or issue), if one does.
    """
    tag = marker(runner.context)

    def mine(comment: Comment) -> bool:
        # bot-login unset: the job's token's bot, or a bot that posted this check's marker
        # before (a GitHub App's token); never a person's comment, whatever it holds
        return (
            comment.author_is_bot
            and comment.body.startswith(tag)
            and (comment.author.lower() == runner.bot_login.lower() or not runner.bot_login_given)
        )

    existing = None
    if known is None or known > 0:
        existing = next((c for c in api.comments(number) if mine(c)), None)
    has_findings = bool(report.findings)
    if paused is not None:
        body = f"{tag}\n{_paused_text(report, paused, noun, markdown.LIMIT - len(tag) - 1)}"
    elif has_findings:
        body = f"{tag}\n{markdown.render(report, note=_advisory(runner, report, blocking))}"
    elif existing is not None:
        was_paused = existing.body.startswith(f"{tag}\n### {_PAUSED_ICON} ")
        note = (
            "The label that paused the gate is gone, and every check passes."
            if was_paused
            else "Everything spec-gate flagged here is fixed."
        )
        body = f"{tag}\n### {markdown.headline(report)}\n\n{note}"
    else:
        return
    if existing is None:
        login = api.create_comment(number, body, mine)
        if login and runner.bot_login_given and login.lower() != runner.bot_login.lower():
            if out is not None:
                out.write(
                    _warning(
                        f"GitHub posted the comment as {login}, and the action's bot-login "
                        f"is {runner.bot_login}: set `bot-login: {login}`, or the next run "
                        "cannot find this comment and posts another"
                    )
                )
            return
        _converge(api, number, body, mine)
    elif existing.body != body:
        api.edit_comment(existing, body)


def _converge(api: Api, number: int, body: str, mine: Callable[[Comment], bool]) -> None:
    """Runs that overlap (events arriving together) may each have created a comment: keep the
    oldest, which every run agrees on, delete the others, and give it this run's text."""
    ours = sorted((c for c in api.comments(number) if mine(c)), key=lambda c: c.id)
    for extra in ours[1:]:
        api.delete_comment(extra)
    if ours and ours[0].body != body:
        api.edit_comment(ours[0], body)
