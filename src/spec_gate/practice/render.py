"""The report as text, JSON, or Markdown with Mermaid charts (GitHub renders them)."""

from __future__ import annotations

import json
from typing import Any

from spec_gate.formats import plural
from spec_gate.practice import axis, tables
from spec_gate.practice.followthrough import FollowThrough
from spec_gate.practice.handoffs import Handoffs, Load
from spec_gate.practice.measure import KindMeasure, Measures
from spec_gate.practice.pauses import Pauses
from spec_gate.practice.tables import (
    blameless_line,
    github_lines,
    handoff_lines,
    header_line,
    percent,
    rule_share,
)
from spec_gate.vocabulary import Kind


def _kinds(measures: Measures) -> list[str]:
    seen: list[str] = []
    for point in measures.points:
        seen += [k for k in point.kinds if k not in seen]
    return seen


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 4)


def _rule_count(measure: KindMeasure, rule: str) -> str:
    return f"{measure.rules[rule]:5}/{measure.applies_to(rule):<5}"


def text(measures: Measures) -> str:
    latest = measures.points[-1]
    lines = [f"spec-gate report ({latest.label}, today's rule sets)"]
    if measures.header is not None:
        lines.append(header_line(measures.header))
    over_time = tables.over_time(measures)
    for kind, measure in latest.kinds.items():
        waived = (
            f"; {measure.waived_documents} pass only by a waiver"
            if measure.waived_documents
            else ""
        )
        flow = latest.written.get(kind)
        lines += [""]
        if over_time:
            lines.append(
                f"{kind}: {flow.documents} written in {latest.label} (added or changed), "
                f"{flow.passing} pass every error rule ({percent(flow.share())})"
                if flow is not None
                else f"{kind}: none written in {latest.label}"
            )
        lines.append(
            f"{kind}: {plural(measure.documents, 'document')}, {measure.passing} pass every "
            f"error rule ({percent(measure.share())}){waived}"
        )
        if over_time:
            lines.append(f"  {'':22} {'written in ' + latest.label:<20}{'all documents'}")
        for rule in measure.rules:
            written = ""
            if over_time:
                written = (
                    f"{_rule_count(flow, rule)} {rule_share(flow, rule):>4}    "
                    if flow is not None
                    else f"{'-':>11} {'n/a':>4}    "
                )
            lines.append(
                f"  {rule:22} {written}{_rule_count(measure, rule)} {rule_share(measure, rule):>4}"
            )
        lines.append(
            f"  waivers used: {measure.waived} finding(s) waived, "
            f"{measure.expired} expired waiver(s)"
        )
        proxy = blameless_line(latest) if kind == Kind.POSTMORTEM else None
        lines += [f"  {proxy}"] if proxy else []
        if kind == Kind.HANDOFF:
            lines += [f"  {line}" for line in handoff_lines(latest)]
    if not latest.kinds:
        lines += ["", "no documents mapped to a kind"]
    if len(measures.points) > 1:
        kinds = _kinds(measures)
        periods = "  " + " " * 12 + "".join(f"{p.label:>9}" for p in measures.points)
        lines += ["", "Written in each period (added or changed), passing every error rule:"]
        lines.append(periods)
        for kind in kinds:
            cells = [
                f"{p.written[kind].passing}/{p.written[kind].documents}"
                if kind in p.written
                else "-"
                for p in measures.points
            ]
            lines.append(f"  {kind:12}" + "".join(f"{c:>9}" for c in cells))
        lines += ["", "Every document as it stood, share passing every error rule:", periods]
        for kind in kinds:
            cells = [
                percent(p.kinds[kind].share()) if kind in p.kinds else "-" for p in measures.points
            ]
            lines.append(f"  {kind:12}" + "".join(f"{c:>9}" for c in cells))
        handoffs = tables.handoff_periods(measures)
        if len(handoffs.rows) > 1:
            lines += ["", f"{handoffs.caption}:", *_text_table(handoffs)]
    if measures.worst:
        lines += ["", "Worst offenders:"]
        lines += [
            f"  {o.path} ({o.kind}): {o.errors} error(s), {o.warnings} warning(s)"
            for o in measures.worst
        ]
    github = github_lines(measures)
    if github:
        lines += ["", "On GitHub:", *("  " + line for line in github)]
    if measures.follow_through is not None:
        lines += ["", *_follow_lines(measures.follow_through, "  ")]
    return "\n".join(lines) + "\n"


def _text_table(table: tables.Table) -> list[str]:
    """A table as aligned text: the first column on the left, the figures on the right."""
    rows = [table.header, *table.rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(table.header))]
    return [
        "  "
        + "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}" + (f" ({percent(part / whole)})" if whole else "")


def _follow_lines(follow: FollowThrough, indent: str) -> list[str]:
    """The follow-through measures as lines of text (the text report and Markdown's list)."""
    lines = [
        f"Follow-through on GitHub, {follow.since} to {follow.until} "
        f"({follow.requests} API requests):"
    ]
    items = follow.action_items
    if items is not None:
        median = (
            f"; median {items.median_days_to_close:g} days from postmortem to close"
            if items.median_days_to_close is not None
            else ""
        )
        unread = (
            f" ({items.not_followed} of the linked could not be followed: a link outside "
            "GitHub, or one the token cannot read)"
            if items.not_followed
            else ""
        )
        lines.append(
            f"{indent}action items: {items.total}, {_of(items.linked, items.total)} linked to "
            f"an issue, pull request or ticket, {_of(items.closed, items.linked)} of those "
            f"closed{median}; {len(items.overdue)} overdue{unread}"
        )
        lines += [
            f"{indent}{indent}overdue: {o.postmortem}:{o.line} “{o.item}” "
            f"{o.link or 'not linked'} ({o.days} days)"
            for o in items.overdue
        ]
    reports = follow.user_reports
    if reports is not None:
        median = (
            f"; median {reports.median_hours_to_reply:g} hours to a reply"
            if reports.median_hours_to_reply is not None
            else ""
        )
        lines.append(
            f"{indent}user reports: {reports.opened} opened by people outside the repository, "
            f"{_of(reports.answered_within, reports.opened)} answered by a person within "
            f"{reports.reply_hours} hours{median}; {len(reports.unanswered)} unanswered"
        )
        lines += [
            f"{indent}{indent}unanswered: #{u.number} {u.title} ({u.hours:g} hours) {u.url}"
            for u in reports.unanswered
        ]
    specs = follow.specs
    if specs is not None:
        lines.append(
            f"{indent}specs: {specs.merged} merged, "
            f"{_of(specs.signed_off_verified, specs.merged)} with a sign-off whose reviewer "
            "approved the pull request"
            + (
                f"; median {specs.median_hours_to_signoff:g} hours from the pull request's "
                "opening to that approval"
                if specs.median_hours_to_signoff is not None
                else ""
            )
        )
    lines += _pause_lines(follow, indent)
    lines += [f"{indent}not measured: {problem}" for problem in follow.problems]
    return lines


def _pause_lines(follow: FollowThrough, indent: str) -> list[str]:
    pauses = follow.pauses
    if pauses is None:
        unread = tables.pauses_unread(follow)
        return [f"{indent}{unread}"] if unread else []
    lines = [
        f"{indent}pauses: {pauses.pull_requests} pull request(s) and {pauses.issues} issue(s) "
        f"carried a pause label ({', '.join(pauses.labels)}); {len(pauses.owed)} paused over "
        f"{pauses.owed_days} days ago with no postmortem linking them"
    ]
    lines += [
        f"{indent}{indent}owed a postmortem: {tables.owed_name(o)} "
        f"({o.label}, {o.days} days) {o.url}"
        for o in pauses.owed
    ]
    return lines


def _kind_json(measure: KindMeasure) -> dict[str, Any]:
    return {
        "documents": measure.documents,
        "passing": measure.passing,
        "share": round(measure.share(), 4),
        "rules": {
            rule: {
                "passing": passing,
                "applicable": measure.applies_to(rule),
                "share": _rounded(measure.rule_share(rule)),
            }
            for rule, passing in measure.rules.items()
        },
        "waived": measure.waived,
        "waived_documents": measure.waived_documents,
        "expired_waivers": measure.expired,
    }


def as_json(measures: Measures) -> str:
    document = {
        "version": 1,
        "points": [
            {
                "label": p.label,
                "date": p.date,
                "commit": p.commit,
                "kinds": {k: _kind_json(m) for k, m in p.kinds.items()},
                "written": {k: _kind_json(m) for k, m in p.written.items()},
                "blameless": (
                    {"postmortems": p.blameless[1], "without_blame": p.blameless[0]}
                    if p.blameless is not None
                    else None
                ),
                "written_blameless": (
                    {"postmortems": p.written_blameless[1], "without_blame": p.written_blameless[0]}
                    if p.written_blameless is not None
                    else None
                ),
                "handoffs": _handoffs_json(p.handoffs) if p.handoffs is not None else None,
            }
            for p in measures.points
        ],
        "header": (
            {
                "repository": measures.header.repository,
                "since": measures.header.since,
                "until": measures.header.until,
                "policy": measures.header.policy,
            }
            if measures.header is not None
            else None
        ),
        "worst": [
            {"path": o.path, "kind": o.kind, "errors": o.errors, "warnings": o.warnings}
            for o in measures.worst
        ],
        "github": {key: _kind_json(m) for key, m in measures.github.items()},
        "follow_through": (
            _follow_json(measures.follow_through) if measures.follow_through else None
        ),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _load_json(load: Load) -> dict[str, Any]:
    return {
        "total": load.total,
        "median_per_shift": load.median,
        "given": load.given,
        "not_given": load.not_given,
    }


def _handoffs_json(found: Handoffs) -> dict[str, Any]:
    """A point's handoffs: counts over handoffs only; names, with --names, only of who was on
    call in consecutive shifts."""
    return {
        "handoffs": found.handoffs,
        "written": found.written,
        "state_check": (
            {"passing": found.state_checked, "share": found.state_check_share()}
            if found.state_checked is not None
            else None
        ),
        "pages": _load_json(found.pages),
        "out_of_hours_pages": _load_json(found.out_of_hours),
        "consecutive_shifts": found.consecutive,
        "names": (
            [{"handle": handle, "consecutive_shifts": count} for handle, count in found.names]
            if found.names is not None
            else None
        ),
    }


def _pauses_json(pauses: Pauses) -> dict[str, Any]:
    return {
        "labels": list(pauses.labels),
        "owed_days": pauses.owed_days,
        "pull_requests": pauses.pull_requests,
        "issues": pauses.issues,
        "owed": [
            {
                "number": o.number,
                "kind": "pull_request" if o.pull else "issue",
                "title": o.title,
                "url": o.url,
                "label": o.label,
                "days": o.days,
            }
            for o in pauses.owed
        ],
    }


def _follow_json(follow: FollowThrough) -> dict[str, Any]:
    items, reports, specs = follow.action_items, follow.user_reports, follow.specs
    return {
        "since": follow.since,
        "until": follow.until,
        "requests": follow.requests,
        "problems": list(follow.problems),
        "action_items": None
        if items is None
        else {
            "total": items.total,
            "linked": items.linked,
            "closed": items.closed,
            "median_days_to_close": items.median_days_to_close,
            "not_followed": items.not_followed,
            "overdue": [
                {
                    "path": o.postmortem,
                    "line": o.line,
                    "item": o.item,
                    "link": o.link,
                    "days": o.days,
                }
                for o in items.overdue
            ],
        },
        "user_reports": None
        if reports is None
        else {
            "opened": reports.opened,
            "answered_within": reports.answered_within,
            "reply_hours": reports.reply_hours,
            "median_hours_to_reply": reports.median_hours_to_reply,
            "unanswered": [
                {"number": u.number, "title": u.title, "url": u.url, "hours": u.hours}
                for u in reports.unanswered
            ],
        },
        "specs": None
        if specs is None
        else {
            "merged": specs.merged,
            "signed_off_verified": specs.signed_off_verified,
            "median_hours_to_signoff": specs.median_hours_to_signoff,
            "unverified": [{"path": path, "pull": pull} for path, pull in specs.unverified],
        },
        "pauses": _pauses_json(follow.pauses) if follow.pauses is not None else None,
        "points": [
            {
                "label": p.label,
                "date": p.date,
                "action_items_closed": p.items_closed,
                "user_reports_answered": p.reports_answered,
                "specs_verified": p.specs_verified,
                "median_hours_to_signoff": p.hours_to_signoff,
                "paused_pull_requests": p.paused_pull_requests,
                "paused_issues": p.paused_issues,
            }
            for p in follow.points
        ],
    }


# The default theme draws in a pale lavender that is hard to see. Blue bars for what was
# written in each period and an amber line for every document, as in the HTML report (svg.py):
# apart for every kind of colour blindness, both over 4.5:1 on white.
_THEME = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1d4ed8, #b45309"}}}}%%'
MERMAID_AXIS = 620.0  # px: the x axis of Mermaid's default 700 px wide chart


def _quote(label: str) -> str:
    return '"' + label.replace('"', "'") + '"'


def _invisible(index: int) -> str:
    """A label that shows nothing yet differs from every other (Mermaid merges equal ones):
    the index in binary, in zero-width space (0) and zero-width non-joiner (1)."""
    return "".join("\u200b" if bit == "0" else "\u200c" for bit in f"{index + 1:b}")


def _x_axis(labels: list[str]) -> str:
    thinned = axis.shown(labels, MERMAID_AXIS)
    return ", ".join(_quote(label or _invisible(index)) for index, label in enumerate(thinned))


def chart(measures: Measures, kind: str) -> str:
    """A Mermaid xychart. Over time: bars for the share of the documents written in each
    period that pass every error rule, a line for the share of every document. At one point:
    the share passing each rule."""
    if tables.over_time(measures):
        points = tables.series(measures, kind)
        written = [round(p.written[kind].share() * 100) if kind in p.written else 0 for p in points]
        stock = [round(p.kinds[kind].share() * 100) if kind in p.kinds else 0 for p in points]
        return _mermaid(
            f"{kind}: % passing every error rule",
            f"[{_x_axis([p.label for p in points])}]",
            [f"bar [{', '.join(map(str, written))}]", f"line [{', '.join(map(str, stock))}]"],
        )
    measure = measures.points[-1].kinds[kind]
    judged = [(r, s) for r in measure.rules if (s := measure.rule_share(r)) is not None]
    return _mermaid(  # a rule with nothing to judge has no bar; rules named down the side
        f"{kind}: % of documents passing each rule",
        f"[{', '.join(_quote(rule) for rule, _ in judged)}]",
        [f"bar [{', '.join(str(round(share * 100)) for _, share in judged)}]"],
        horizontal=True,
    )


def _mermaid(title: str, x_axis: str, plots: list[str], horizontal: bool = False) -> str:
    return "\n".join(
        [
            "```mermaid",
            _THEME,
            "xychart-beta horizontal" if horizontal else "xychart-beta",
            f"    title {_quote(title)}",
            f"    x-axis {x_axis}",
            '    y-axis "%" 0 --> 100',
            *(f"    {plot}" for plot in plots),
            "```",
        ]
    )


def _cell_text(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(table: tables.Table) -> list[str]:
    def cells(row: tuple[str, ...], header: bool = False) -> str:
        shown = [_cell_text(cell) for cell in row]
        if table.code_first and not header and shown:
            shown[0] = f"`{shown[0]}`"
        return "| " + " | ".join(shown) + " |"

    numbers = "---:|" * (len(table.header) - 1)
    return [cells(table.header, header=True), f"|---|{numbers}", *map(cells, table.rows)]


def markdown(measures: Measures) -> str:
    latest = measures.points[-1]
    over_time = tables.over_time(measures)
    lines = [
        f"## spec-gate report: {latest.label}",
        "",
        *([header_line(measures.header), ""] if measures.header is not None else []),
        *_table(tables.kinds(measures)),
    ]
    for kind in latest.kinds:
        lines += ["", f"### {kind}", ""]
        lines += [tables.written_sentence(measures, kind), ""] if over_time else []
        proxy = blameless_line(latest) if kind == Kind.POSTMORTEM else None
        lines += [proxy[0].upper() + proxy[1:] + ".", ""] if proxy else []
        if kind == Kind.HANDOFF and latest.handoffs is not None:
            lines += [*(f"- {line[0].upper()}{line[1:]}" for line in handoff_lines(latest)), ""]
        lines += _table(tables.rules(measures, kind))
        lines += ["", tables.CHART_KEY] if over_time else []
        lines += ["", chart(measures, kind)]
        if over_time:
            lines += [
                "",
                "<details><summary>By period</summary>",
                "",
                *_table(tables.periods(measures, kind)),
                *(_captioned(tables.handoff_periods(measures)) if kind == Kind.HANDOFF else []),
                "",
                "</details>",
            ]
    if measures.worst:
        lines += ["", "### Worst offenders", "", *_table(tables.worst(measures))]
    github = github_lines(measures)
    if github:
        lines += ["", "### On GitHub", "", *(f"- {line}" for line in github)]
    if measures.follow_through is not None:
        lines += ["", *_follow_markdown(measures.follow_through)]
    return "\n".join(lines) + "\n"


def _captioned(table: tables.Table) -> list[str]:
    """A second table under one heading: its caption on a line of its own above it."""
    return ["", f"{table.caption}:", "", *_table(table)]


def _follow_markdown(follow: FollowThrough) -> list[str]:
    summary = tables.follow_through(follow)
    lines = [f"### {summary.caption}", "", *_table(summary)]
    items, reports = follow.action_items, follow.user_reports
    lines += ["", f"{follow.requests} GitHub API requests."]
    if follow.problems:
        lines += ["", *(f"- Not measured: {problem}" for problem in follow.problems)]
    if items is not None and items.overdue:
        lines += [
            "",
            "#### Overdue action items",
            "",
            "| Postmortem | Item | Tracked in | Days |",
            "|---|---|---|---:|",
        ]
        lines += [
            f"| `{o.postmortem}`:{o.line} | {_cell_text(o.item)} | {o.link or 'not linked'} "
            f"| {o.days} |"
            for o in items.overdue
        ]
    pauses, unread = follow.pauses, tables.pauses_unread(follow)
    if unread:
        lines += ["", f"{unread[0].upper()}{unread[1:]}."]
    if pauses is not None and pauses.owed:
        lines += [
            "",
            "#### Pauses owed a postmortem",
            "",
            f"Paused over {pauses.owed_days} days ago, and no postmortem links them.",
            "",
            "| Paused | Label | Days since |",
            "|---|---|---:|",
        ]
        lines += [
            f"| [{_cell_text(tables.owed_name(o))}]({o.url}) | {_cell_text(o.label)} | {o.days} |"
            for o in pauses.owed
        ]
    if reports is not None and reports.unanswered:
        lines += ["", "#### Unanswered user reports", "", "| Issue | Hours open |", "|---|---:|"]
        lines += [
            f"| [#{u.number} {_cell_text(u.title)}]({u.url}) | {u.hours:g} |"
            for u in reports.unanswered
        ]
    if len(follow.points) > 1:
        for title, shares in tables.follow_charts(follow):
            shown = [(label, share) for label, share in shares if share is not None]
            lines += [
                "",
                _mermaid(
                    title,
                    f"[{_x_axis([label for label, _ in shown])}]",
                    [f"line [{', '.join(str(round(share * 100)) for _, share in shown)}]"],
                ),
            ]
        lines += ["", *_table(tables.follow_periods(follow))]
    return lines
