"""The command line: parse arguments, run one command, print, exit. Nothing else prints or exits."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from spec_gate import __version__
from spec_gate.errors import SpecGateError
from spec_gate.vocabulary import CHECK_FORMATS, KINDS, REPORT_FORMATS, FailOn, Format, Kind

if TYPE_CHECKING:
    from spec_gate.findings import Report

EXIT_CODES = """\
exit codes:
  0  nothing blocking: no finding at or above the fail-on level (or the command did its work)
  1  blocking findings (check, and github in block mode)
  2  a usage, configuration or input error: one line on stderr, never a traceback
  3  an internal error (a bug): one line, and the details in a log file it names
"""
_CHOICE = re.compile(r"invalid choice: (.+?) \(choose from (.+)\)$")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """argparse's message in the user's words: the option, the value, what it may be."""
        message = re.sub(r"^argument ([^:]+): ", r"\1: ", message)
        found = _CHOICE.search(message)
        if found is not None:
            value, choices = found.groups()
            allowed = ", ".join(c.strip().strip("'") for c in choices.split(","))
            message = message[: found.start()] + f"{value} is not one of {allowed}"
        raise SpecGateError("usage", f"{message} (see `{self.prog} --help`)")


def _formats(formats: tuple[Format, ...], notes: dict[Format, str] | None = None) -> str:
    """``text (the default), json, ... or sarif (code scanning)``: the formats and their notes
    (``notes``: a command's own, where it differs)."""
    said = {f: f.note for f in formats} | (notes or {})
    named = [f"{f.value} ({said[f]})" if said[f] else f.value for f in formats]
    return ", ".join(named[:-1]) + " or " + named[-1]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="spec-gate",
        description="Check specs, postmortems, PRs and issues "
        "against the team's empathy practices.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"spec-gate {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check",
        help="check documents and report findings",
        description="Check documents against the configured rule sets.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a file, a folder (every *.md below it) or - for standard input; "
        "none: the documents mapped in .spec-gate.yml",
    )
    check.add_argument(
        "--kind",
        choices=[str(k) for k in KINDS],
        type=_kind,
        help="treat every document as this kind",
    )
    check.add_argument(
        "--config",
        metavar="FILE",
        help="the config file (default: the nearest "
        ".spec-gate.yml at or above the working directory)",
    )
    check.add_argument(
        "--ruleset",
        action="append",
        metavar="REF",
        default=[],
        help="check with this rule set (builtin:NAME or a file) instead of the "
        "configured ones; repeatable",
    )
    check.add_argument(
        "--format",
        choices=[str(f) for f in CHECK_FORMATS],
        type=_format,
        default=Format.TEXT,
        help=_formats(CHECK_FORMATS),
    )
    check.add_argument(
        "--fail-on",
        choices=[f.value for f in FailOn],
        help="the lowest severity that fails the check (default: the config's fail_on, else error)",
    )
    check.add_argument("--output", metavar="FILE", help="write the report to FILE, not stdout")
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="check every document again, ignoring cached results (also SPEC_GATE_NO_CACHE=1)",
    )
    check.add_argument(
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        metavar="N",
        help="check in N processes when there are many documents "
        "(default: the number of CPUs; 1: one process)",
    )
    report = commands.add_parser(
        "report",
        help="show whether the practice is taking hold",
        description="Run the configured rule sets over the repository's documents and show, per "
        "kind and rule, the share of documents that pass, waivers used and the worst offenders; "
        "with --since, the same at points in the git history.",
    )
    report.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the documents mapped in .spec-gate.yml)",
    )
    report.add_argument(
        "--config",
        metavar="FILE",
        help="the config file (default: the nearest .spec-gate.yml at or above the working "
        "directory)",
    )
    report.add_argument(
        "--format",
        choices=[str(f) for f in REPORT_FORMATS],
        type=_format,
        default=Format.TEXT,
        help=_formats(
            REPORT_FORMATS,
            {
                Format.MARKDOWN: "with Mermaid charts",
                Format.HTML: "one accessible page, its charts drawn inline",
            },
        ),
    )
    report.add_argument(
        "--since",
        type=_date,
        metavar="YYYY-MM-DD",
        help="measure at points in the git history from this date",
    )
    report.add_argument(
        "--every",
        choices=("month", "quarter"),
        help="with --since: one point a month (the default) or a quarter",
    )
    report.add_argument(
        "--github-prs",
        type=_count,
        default=0,
        metavar="N",
        help="also the last N merged PRs (GITHUB_TOKEN, GITHUB_REPOSITORY)",
    )
    report.add_argument(
        "--github-issues", type=_count, default=0, metavar="N", help="also the last N opened issues"
    )
    report.add_argument(
        "--github-follow-through",
        action="store_true",
        help="also follow through on GitHub: postmortem action items closed, user reports "
        "answered by a person, specs merged with a verified sign-off (GITHUB_TOKEN, "
        "GITHUB_REPOSITORY; the period is --since, else the last 90 days)",
    )
    report.add_argument(
        "--overdue-days",
        type=_jobs,
        default=30,
        metavar="N",
        help="with --github-follow-through: list open action items older than N days (default 30)",
    )
    report.add_argument(
        "--reply-hours",
        type=_jobs,
        default=48,
        metavar="N",
        help="with --github-follow-through: a user report is answered in time when a person "
        "replies within N hours (default 48)",
    )
    report.add_argument(
        "--owed-days",
        type=_jobs,
        default=14,
        metavar="N",
        help="with --github-follow-through: list the pull requests and issues paused by a pause "
        "label more than N days ago that no postmortem links (default 14)",
    )
    report.add_argument(
        "--names",
        action="store_true",
        help="name who was on call in consecutive shifts, with how often (by default they are "
        "only counted); nothing about a state check is ever reported per person",
    )
    report.add_argument("--output", metavar="FILE", help="write the report to FILE, not stdout")
    report.add_argument(
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        metavar="N",
        help="check in N processes (default: the number of CPUs)",
    )
    report.add_argument(
        "--no-cache",
        action="store_true",
        help="check every document again, ignoring cached results",
    )
    explain = commands.add_parser(
        "explain",
        help="what a rule checks, why it matters, and a passing example",
        description="Explain a rule of the configured rule sets (built-in or your own).",
    )
    explain.add_argument(
        "rule",
        metavar="RULE",
        nargs="?",
        help="a rule id, such as a11y-signoff (none: list the rules in force, one line each)",
    )
    explain.add_argument(
        "--config", metavar="FILE", help="the config file (default: the nearest .spec-gate.yml)"
    )
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of .spec-gate.yml or of rule-set files",
        description="Print a JSON Schema for editors and validators.",
    )
    schema.add_argument(
        "which",
        metavar="SCHEMA",
        choices=("config", "ruleset"),
        help="config (.spec-gate.yml) or ruleset (a rule-set file)",
    )
    init = commands.add_parser(
        "init",
        help="write a starter config, document templates and a workflow",
        description="Write .spec-gate.yml, a spec template with the accessibility review, a "
        "postmortem template, an on-call handoff template and its GitHub issue form, a "
        "pull-request template and a workflow. Existing files are kept unless --force; symbolic "
        "links always.",
    )
    init.add_argument("--force", action="store_true", help="overwrite files that exist")
    init.add_argument(
        "--lang",
        metavar="CODE",
        default="en",
        help="the language of the spec, postmortem and pull-request templates (default: en)",
    )
    commands.add_parser(
        "lsp",
        help="run the language server on standard input and output",
        description="Run the language server (pip install 'spec-gate[lsp]'): the findings of "
        "`spec-gate check` in the editor as the document is written, with quick fixes and the "
        "rules' explanations.",
    )
    commands.add_parser(
        "github",
        help="the GitHub Action's entry point",
        description="Check the pull request, issue or merge group of the running workflow, "
        "reading the runner's environment (GITHUB_EVENT_PATH, INPUT_MODE, ...); needs "
        "pip install 'spec-gate[github]'.",
    )
    for sub in commands.choices.values():  # each command's --help gives the exit codes too
        sub.epilog = EXIT_CODES
        sub.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def _kind(value: str) -> Kind | str:
    """The kind, or the value itself for argparse to reject with the list of choices."""
    return next((kind for kind in KINDS if kind == value.lower()), value)


def _format(value: str) -> Format | str:
    return next((name for name in Format if name == value.lower()), value)


def _date(value: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number")
    return int(value)


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        # The two inputs every command reads, read once: where it runs and which day it is.
        here, today = Path.cwd(), date.today()
        if args.command == "check":
            return run_check(args, here, today)
        if args.command == "report":
            return run_report(args, here, today)
        if args.command == "explain":
            return run_explain(args, here)
        if args.command == "schema":
            from spec_gate.ruleset.jsonschema import text

            _print(text(args.which), sys.stdout)
            return 0
        if args.command == "init":
            from spec_gate.commands.init import run as run_init

            return run_init(here, force=args.force, out=sys.stdout, lang=args.lang)
        if args.command == "github":
            return run_github()
        if args.command == "lsp":
            return run_lsp()
        build_parser().print_help()
        return 2
    except SpecGateError as error:
        _fail(str(error))
        return 2
    except SystemExit as exit_:  # argparse's --help and --version
        return exit_.code if isinstance(exit_.code, int) else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: one line on screen, the traceback in a log file
        where = _crash_log()
        _fail(_masked(f"internal error: {type(error).__name__}: {error} (details in {where})"))
        return 3


def _fail(message: str) -> str:
    """Say ``message`` on stderr as an error, on one line; what was written."""
    line = f"spec-gate: error: {message.splitlines()[0] if message else ''}\n"
    sys.stderr.write(line)
    return line


def _masked(text: str) -> str:
    """``text`` with every token spec-gate was given replaced by ***."""
    for name in ("INPUT_TOKEN", "GITHUB_TOKEN", "GH_TOKEN"):
        secret = os.environ.get(name, "").strip()
        if secret:
            text = text.replace(secret, "***")
    return text


def _crash_log() -> str:
    """Where the traceback went: a file, or in a GitHub Actions job (whose container's files
    are gone when it ends) the job's log, with every token the job was given masked."""
    import tempfile
    import traceback

    details = _masked(f"spec-gate {__version__}\n{traceback.format_exc()}")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        sys.stdout.write(f"::group::spec-gate internal error\n{details}::endgroup::\n")
        sys.stdout.flush()
        return "the job log, under “spec-gate internal error”"
    handle, path = tempfile.mkstemp(prefix="spec-gate-crash-", suffix=".log")
    with os.fdopen(handle, "w") as log:
        log.write(details)
    return path


def run_check(args: argparse.Namespace, here: Path, today: date) -> int:
    from spec_gate import replay

    color = args.output is None and args.format == Format.TEXT and _color(sys.stdout)
    options = (str(args.kind), str(args.format), str(args.fail_on), str(color))
    again = (
        None
        if args.no_cache or args.output
        else replay.start(args.paths, args.config, args.ruleset or [], options, here, today)
    )
    if again is not None:
        found = again.lookup()
        if found is not None:
            sys.stderr.write(found.notes)
            _print(found.stdout, sys.stdout)
            sys.stderr.write(found.errors)
            return found.code

    from spec_gate.commands.check import run
    from spec_gate.formats import formatter

    done = run(
        args.paths,
        here,
        today,
        kind=args.kind,
        config=args.config,
        rulesets=args.ruleset,
        fail_on=args.fail_on,
        jobs=args.jobs,
        use_cache=not args.no_cache,
    )
    notes = "".join(f"spec-gate: {note}\n" for note in done.notes)
    sys.stderr.write(notes)
    printed: list[str] = []
    if args.output:
        _write_report(formatter(args.format)(done.report, False), args.output, done.report)
    else:
        _print(_kept(formatter(args.format)(done.report, color), printed), sys.stdout)
    # The errors after the report of the others, so neither hides the other.
    errors = "".join(_fail(str(error)) for error in done.broken)
    code = 2 if done.broken else 1 if done.report.blocking(done.fail_on) else 0
    if again is not None:
        output = replay.Output(notes, "".join(printed), errors, code)
        again.save(output, done.policy.root, done.policy.inputs)
    return code


def _kept(chunks: str | Iterable[str], kept: list[str]) -> Iterator[str]:
    """``chunks``, each also added to ``kept`` as it goes by."""
    for chunk in [chunks] if isinstance(chunks, str) else chunks:
        kept.append(chunk)
        yield chunk


def run_report(args: argparse.Namespace, here: Path, today: date) -> int:
    from spec_gate.practice.command import FollowRequest, gather
    from spec_gate.practice.formats import FORMATS as REPORT_FORMATS

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            bar = "#" * (20 * done // total)
            sys.stderr.write(f"\rspec-gate report: history {bar:20} {done}/{total}")
            if done == total:
                sys.stderr.write("\n")

    if args.every and args.since is None:
        raise SpecGateError("usage", "--every needs --since: the points are counted from it")
    if args.since is not None and args.since > today:
        raise SpecGateError(
            "--since", f"{args.since.isoformat()} is after today: there is no history to measure"
        )
    follow = (
        FollowRequest(args.overdue_days, args.reply_hours, args.owed_days)
        if args.github_follow_through
        else None
    )
    measures = gather(
        args.paths,
        args.config,
        args.since,
        args.every or "month",
        args.github_prs,
        args.github_issues,
        args.jobs,
        here,
        today,
        progress,
        use_cache=not args.no_cache,
        follow=follow,
        names=args.names,
    )
    for where, what in measures.unmatched:
        sys.stderr.write(f"spec-gate: warning: {where}: {what}\n")
    if measures.follow_through is not None:
        for problem in measures.follow_through.problems:
            sys.stderr.write(f"spec-gate: follow-through: {problem}\n")
    rendered = REPORT_FORMATS[args.format](measures)
    if args.output:
        target = Path(args.output)
        if target.is_file() and not (_an_earlier_report(target) or _an_earlier_check(target)):
            raise SpecGateError(
                args.output, "exists and is not a spec-gate report; refusing to overwrite it"
            )
        _write_text(rendered, args.output)
    else:
        _print(rendered, sys.stdout)
    return 0


# How a text or Markdown report begins, its first two lines whole: a file that begins
# otherwise ("## spec-gate report: why we adopted it", an essay) is someone's own and is kept.
_REPORT_HEADING = re.compile(
    r"(?:spec-gate report \((?:now|\d{1,4}-(?:\d\d|Q[1-4])), today's rule sets\)"
    r"|## spec-gate report: (?:now|\d{1,4}-(?:\d\d|Q[1-4])))\n+"
    r"[^\n]*, \d{4}-\d\d-\d\d(?: to \d{4}-\d\d-\d\d)?, policy: [^\n]*\n"
)


def _an_earlier_report(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as opened:
        opening = opened.read(2000)
    return (
        _REPORT_HEADING.match(opening) is not None
        or opening.startswith('{\n  "version": 1,\n  "points"')
        or (opening.startswith("<!DOCTYPE html>") and "<title>spec-gate report" in opening)
    )


def run_github() -> int:
    from spec_gate.github import EXTRA, extra_missing

    try:
        from spec_gate.github.action import run
    except ModuleNotFoundError as error:
        if not extra_missing(error):
            raise
        raise SpecGateError("github", f"the GitHub Action needs its extra: {EXTRA}") from None
    return run(os.environ)


def run_lsp() -> int:
    try:
        from spec_gate.lsp.server import serve
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in ("pygls", "lsprotocol"):
            raise
        raise SpecGateError(
            "lsp", "the language server needs its extra: pip install 'spec-gate[lsp]'"
        ) from None
    return serve()


def run_explain(args: argparse.Namespace, here: Path) -> int:
    from spec_gate.commands.explain import explain
    from spec_gate.discover import policy_for

    policy = policy_for(args.config, [], here)
    if args.rule is None:
        from spec_gate.commands.explain import in_force

        _print(in_force(policy), sys.stdout)
        return 0
    _print(explain(args.rule, policy), sys.stdout)
    return 0


def _color(stream: TextIO) -> bool:
    # no-color.org: NO_COLOR set to anything but the empty string turns colour off
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _print(text: str | Iterable[str], stream: TextIO) -> None:
    for chunk in [text] if isinstance(text, str) else text:
        stream.write(chunk)
    stream.flush()


def _write_report(text: Iterable[str], output: str, report: Report) -> None:
    inputs = {Path(d.path).resolve() for d in report.documents if d.path != "-"}
    if Path(output).resolve() in inputs:
        raise SpecGateError(
            output, "--output names a document being checked; refusing to overwrite it"
        )
    target = Path(output)
    if target.is_file() and not (_an_earlier_check(target) or _an_earlier_report(target)):
        raise SpecGateError(
            output,
            "exists and is not an earlier spec-gate check report; refusing to overwrite it "
            "(remove it first, or name a new file)",
        )
    _write_text(text, output)


# How each format of `check` begins or ends: a file that does neither is someone's own (a
# template, the config, notes) and is kept.
_CHECK_OPENINGS = (
    '{\n  "version": 1,\n  "summary"',  # json
    "### \u2705 spec-gate",  # markdown, passing
    "### \u274c spec-gate",  # markdown, failing
    "::error file=",  # github
    "::warning file=",
    "::notice file=",
)
_CHECK_CLOSING = re.compile(r"\d+ documents? checked: [^\n]*\n?\Z")  # text, on its last line
_CODE_QUALITY = re.compile(r'\A\[\s*(?:\]|\{\s*"type": "issue",\s*"check_name")')


def _an_earlier_check(path: Path) -> bool:
    """Whether ``path`` holds what an earlier ``check --output`` wrote, in any format, or
    nothing: only such a file is overwritten."""
    with path.open(encoding="utf-8", errors="replace") as opened:
        text = opened.read()
    if not text.strip():
        return True
    opening = text[:2000]
    return (
        opening.startswith(_CHECK_OPENINGS)
        or _a_text_report(text)
        or _CODE_QUALITY.match(opening) is not None
        or (opening.startswith('{\n  "$schema"') and '"name": "spec-gate"' in opening)  # sarif
    )


def _a_text_report(text: str) -> bool:
    """Whether ``text`` is a text report, whole: its count on its last line, and every line
    before it a finding, the lines indented under one, or a note (a to-do list that ends with
    a pasted count is someone's notes)."""
    if _CHECK_CLOSING.search(text[-300:]) is None:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return all(_TEXT_REPORT_LINE.match(line) for line in lines[:-1])


# A line of a text report: a finding's head, what is indented under it, or a note.
_TEXT_REPORT_LINE = re.compile(r"(?:\s|note: |\S.*:\d+: (?:error|warning|info|waived)\b)")


def _write_text(text: str | Iterable[str], output: str) -> None:
    target = Path(output)
    if target.is_dir():
        raise SpecGateError(output, "--output names a folder; give a file name")
    temporary = target.with_name(f".{target.name}.spec-gate-tmp")
    try:
        with temporary.open("w", encoding="utf-8") as written:
            for chunk in [text] if isinstance(text, str) else text:
                written.write(chunk)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise SpecGateError(output, f"cannot write the report: {error.strerror}") from None
