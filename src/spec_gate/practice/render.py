"""The report as text, JSON, or Markdown with Mermaid charts (GitHub renders them)."""

from __future__ import annotations

import json
from typing import Any

from spec_gate.practice.followthrough import FollowThrough
from spec_gate.practice.measure import Header, KindMeasure, Measures, Point
from spec_gate.vocabulary import Format, Kind


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _header_line(header: Header) -> str:
    period = header.until if header.since == header.until else f"{header.since} to {header.until}"
    return f"{header.repository}, {period}, policy: {header.policy}"


def _blameless_line(point: Point) -> str | None:
    if point.blameless is None:
        return None
    clean, judged = point.blameless
    return f"postmortems without a blame finding: {clean} of {judged} ({_percent(clean / judged)})"


def _rule_share(measure: KindMeasure, rule: str) -> str:
    """A rule's share of the documents it applies to, or n/a when it applies to none."""
    share = measure.rule_share(rule)
    return "n/a" if share is None else _percent(share)


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 4)


def _kinds(measures: Measures) -> list[str]:
    seen: list[str] = []
    for point in measures.points:
        seen += [k for k in point.kinds if k not in seen]
    return seen


def _github_lines(measures: Measures) -> list[str]:
    names = {"prs": "merged pull requests", "issues": "opened issues"}
    return [
        f"last {m.documents} {names[key]}: {m.passing} pass every error rule "
        f"({_percent(m.share())})"
        for key, m in measures.github.items()
    ]


def text(measures: Measures) -> str:
    latest = measures.points[-1]
    lines = [f"spec-gate report ({latest.label}, today's rule sets)"]
    if measures.header is not None:
        lines.append(_header_line(measures.header))
    for kind, measure in latest.kinds.items():
        waived = (
            f"; {measure.waived_documents} pass only by a waiver"
            if measure.waived_documents
            else ""
        )
        lines += [
            "",
            f"{kind}: {measure.documents} documents, {measure.passing} pass every "
            f"error rule ({_percent(measure.share())}){waived}",
        ]
        for rule, passing in measure.rules.items():
            lines.append(
                f"  {rule:22} {passing:5}/{measure.applies_to(rule):<5} "
                f"{_rule_share(measure, rule):>4}"
            )
        lines.append(
            f"  waivers used: {measure.waived} finding(s) waived, "
            f"{measure.expired} expired waiver(s)"
        )
        proxy = _blameless_line(latest) if kind == Kind.POSTMORTEM else None
        lines += [f"  {proxy}"] if proxy else []
    if not latest.kinds:
        lines += ["", "no documents mapped to a kind"]
    if len(measures.points) > 1:
        kinds = _kinds(measures)
        lines += [
            "",
            "Share passing every error rule, over time:",
            "  " + " " * 12 + "".join(f"{p.label:>9}" for p in measures.points),
        ]
        for kind in kinds:
            cells = [
                _percent(p.kinds[kind].share()) if kind in p.kinds else "-" for p in measures.points
            ]
            lines.append(f"  {kind:12}" + "".join(f"{c:>9}" for c in cells))
        lines += ["", "Written in each period (added or changed), passing every error rule:"]
        for kind in kinds:
            cells = [
                f"{p.written[kind].passing}/{p.written[kind].documents}"
                if kind in p.written
                else "-"
                for p in measures.points
            ]
            lines.append(f"  {kind:12}" + "".join(f"{c:>9}" for c in cells))
    if measures.worst:
        lines += ["", "Worst offenders:"]
        lines += [
            f"  {o.path} ({o.kind}): {o.errors} error(s), {o.warnings} warning(s)"
            for o in measures.worst
        ]
    github = _github_lines(measures)
    if github:
        lines += ["", "On GitHub:", *("  " + line for line in github)]
    if measures.follow_through is not None:
        lines += ["", *_follow_lines(measures.follow_through, "  ")]
    return "\n".join(lines) + "\n"


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}" + (f" ({_percent(part / whole)})" if whole else "")


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
        lines.append(
            f"{indent}action items: {items.total}, {_of(items.linked, items.total)} linked to "
            f"an issue, pull request or ticket, {_of(items.closed, items.linked)} of those "
            f"closed{median}; {len(items.overdue)} overdue"
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
    lines += [f"{indent}not measured: {problem}" for problem in follow.problems]
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
        "points": [
            {
                "label": p.label,
                "date": p.date,
                "action_items_closed": p.items_closed,
                "user_reports_answered": p.reports_answered,
                "specs_verified": p.specs_verified,
            }
            for p in follow.points
        ],
    }


# The default theme draws the line in a pale lavender that is hard to see; a strong blue is not.
_THEME = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1d4ed8"}}}}%%'


def _quote(label: str) -> str:
    return '"' + label.replace('"', "'") + '"'


def chart(measures: Measures, kind: str) -> str:
    """A Mermaid xychart: the share over time, or per rule when there is one point."""
    if len(measures.points) > 1:
        points = [p for p in measures.points if kind in p.kinds]
        labels = [p.label for p in points]
        values = [round(p.kinds[kind].share() * 100) for p in points]
        title, kind_of_chart = f"{kind}: % of documents passing every error rule", "line"
    else:
        measure = measures.points[-1].kinds[kind]
        judged = [(r, s) for r in measure.rules if (s := measure.rule_share(r)) is not None]
        labels = [rule for rule, _ in judged]  # a rule with nothing to judge has no bar
        values = [round(share * 100) for _, share in judged]
        title, kind_of_chart = f"{kind}: % of documents passing each rule", "bar"
    return "\n".join(
        [
            "```mermaid",
            _THEME,
            "xychart-beta",
            f"    title {_quote(title)}",
            f"    x-axis [{', '.join(_quote(label) for label in labels)}]",
            '    y-axis "%" 0 --> 100',
            f"    {kind_of_chart} [{', '.join(map(str, values))}]",
            "```",
        ]
    )


def markdown(measures: Measures) -> str:
    latest = measures.points[-1]
    lines = [
        f"## spec-gate report: {latest.label}",
        "",
        *([_header_line(measures.header), ""] if measures.header is not None else []),
        "| Kind | Documents | Pass every error rule | Pass only by a waiver | Findings waived "
        "| Expired waivers |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, m in latest.kinds.items():
        lines.append(
            f"| {kind} | {m.documents} | {m.passing} ({_percent(m.share())}) | "
            f"{m.waived_documents} | {m.waived} | {m.expired} |"
        )
    for kind, m in latest.kinds.items():
        lines += ["", f"### {kind}", ""]
        if kind in latest.written:
            flow = latest.written[kind]
            lines += [
                f"Written in {latest.label} (added or changed): {flow.documents}, of which "
                f"{flow.passing} ({_percent(flow.share())}) pass every error rule.",
                "",
            ]
        proxy = _blameless_line(latest) if kind == Kind.POSTMORTEM else None
        lines += [proxy[0].upper() + proxy[1:] + ".", ""] if proxy else []
        lines += ["| Rule | Passing | Share |", "|---|---:|---:|"]
        lines += [
            f"| `{rule}` | {passing}/{m.applies_to(rule)} | {_rule_share(m, rule)} |"
            for rule, passing in m.rules.items()
        ]
        lines += ["", chart(measures, kind)]
    if measures.worst:
        lines += [
            "",
            "### Worst offenders",
            "",
            "| Document | Kind | Errors | Warnings |",
            "|---|---|---:|---:|",
        ]
        lines += [f"| `{o.path}` | {o.kind} | {o.errors} | {o.warnings} |" for o in measures.worst]
    github = _github_lines(measures)
    if github:
        lines += ["", "### On GitHub", "", *(f"- {line}" for line in github)]
    if measures.follow_through is not None:
        lines += ["", *_follow_markdown(measures.follow_through)]
    return "\n".join(lines) + "\n"


def _cell(share: float | None) -> str:
    return "–" if share is None else _percent(share)


def _follow_markdown(follow: FollowThrough) -> list[str]:
    lines = [
        f"### Follow-through, {follow.since} to {follow.until}",
        "",
        "| Measure | Count | Share |",
        "|---|---:|---:|",
    ]
    items, reports, specs = follow.action_items, follow.user_reports, follow.specs
    if items is not None:
        lines += [
            f"| Action items linked to an issue, PR or ticket | {items.linked}/{items.total} | "
            f"{_cell(items.linked / items.total if items.total else None)} |",
            f"| Linked action items closed | {items.closed}/{items.linked} | "
            f"{_cell(items.closed / items.linked if items.linked else None)} |",
            f"| Median days from postmortem to close | "
            f"{'–' if items.median_days_to_close is None else f'{items.median_days_to_close:g}'}"
            " | |",
        ]
    if reports is not None:
        lines.append(
            f"| User reports answered by a person within {reports.reply_hours} h | "
            f"{reports.answered_within}/{reports.opened} | "
            f"{_cell(reports.answered_within / reports.opened if reports.opened else None)} |"
        )
    if specs is not None:
        lines.append(
            f"| Specs merged with a verified accessibility sign-off | "
            f"{specs.signed_off_verified}/{specs.merged} | "
            f"{_cell(specs.signed_off_verified / specs.merged if specs.merged else None)} |"
        )
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
            f"| `{o.postmortem}`:{o.line} | {_table_text(o.item)} | {o.link or 'not linked'} "
            f"| {o.days} |"
            for o in items.overdue
        ]
    if reports is not None and reports.unanswered:
        lines += ["", "#### Unanswered user reports", "", "| Issue | Hours open |", "|---|---:|"]
        lines += [
            f"| [#{u.number} {_table_text(u.title)}]({u.url}) | {u.hours:g} |"
            for u in reports.unanswered
        ]
    if len(follow.points) > 1:
        charts = (
            ("action items closed", [p.items_closed for p in follow.points]),
            ("user reports answered in time", [p.reports_answered for p in follow.points]),
            ("specs merged with a verified sign-off", [p.specs_verified for p in follow.points]),
        )
        for title, shares in charts:
            shown = [
                (p.label, s) for p, s in zip(follow.points, shares, strict=True) if s is not None
            ]
            if shown:
                lines += ["", _line_chart(f"% of {title}", shown)]
    return lines


def _table_text(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _line_chart(title: str, shown: list[tuple[str, float]]) -> str:
    return "\n".join(
        [
            "```mermaid",
            _THEME,
            "xychart-beta",
            f"    title {_quote(title)}",
            f"    x-axis [{', '.join(_quote(label) for label, _ in shown)}]",
            '    y-axis "%" 0 --> 100',
            f"    line [{', '.join(str(round(share * 100)) for _, share in shown)}]",
            "```",
        ]
    )


FORMATS = {Format.TEXT: text, Format.JSON: as_json, Format.MARKDOWN: markdown}
