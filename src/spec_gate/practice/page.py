"""The report as one self-contained HTML page for a manager: no script, no network, charts as
inline SVG, each with a name, a description and the table of its figures."""

from __future__ import annotations

import re
from html import escape

from spec_gate import __version__
from spec_gate.practice import svg, tables
from spec_gate.practice.followthrough import FollowThrough
from spec_gate.practice.measure import Measures
from spec_gate.practice.tables import (
    Table,
    blameless_line,
    github_lines,
    handoff_lines,
    header_line,
    percent,
)
from spec_gate.vocabulary import Kind

STYLE = """
body { font-family: system-ui, sans-serif; color: #111827; background: #fff; margin: 0;
  line-height: 1.5; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #d1d5db; }
h3 { font-size: 1.1rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #d1d5db; padding: 0.25rem 0.6rem; }
th { background: #f3f4f6; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.95rem; }
.key { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em;
  margin: 0 0.3em 0 0.8em; }
a { color: #1d4ed8; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: #374151; font-size: 0.9rem; }
"""


_FIGURE = re.compile(r"[\d/.,:% ()–-]*\Z|n/a\Z")  # right-aligned, as figures are


def _table(table: Table, ident: str) -> str:
    """A table under its caption, in a region that scrolls sideways on a narrow screen (and
    takes the keyboard's focus so that it can)."""
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in table.header)
    rows = []
    for row in table.rows:
        first, *rest = row
        shown = f"<code>{escape(first)}</code>" if table.code_first else escape(first)
        cells = "".join(
            f'<td class="number">{escape(cell)}</td>'
            if _FIGURE.match(cell)
            else f"<td>{escape(cell)}</td>"
            for cell in rest
        )
        rows.append(f'<tr><th scope="row">{shown}</th>{cells}</tr>')
    return (
        f'<div class="scroll" role="region" aria-labelledby="{ident}" tabindex="0">'
        f'<table><caption id="{ident}">{escape(table.caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _key(colour: str, words: str) -> str:
    return f'<span class="key" style="background:{colour}" aria-hidden="true"></span>{words}'


def _kind_chart(measures: Measures, kind: str, ident: str) -> str:
    if not tables.over_time(measures):
        measure = measures.points[-1].kinds[kind]
        shares = [(rule, measure.rule_share(rule)) for rule in measure.rules]
        described = "; ".join(
            f"{rule} {'n/a' if share is None else percent(share)}" for rule, share in shares
        )
        drawn = svg.per_rule(
            ident, f"{kind}: share of documents passing each rule", described, shares
        )
        return (
            f"<figure>{drawn}<figcaption>Each rule's share of the documents it applies to "
            "(n/a: nothing to judge).</figcaption></figure>"
        )
    points = tables.series(measures, kind)
    written = [p.written[kind].share() if kind in p.written else None for p in points]
    stock = [p.kinds[kind].share() if kind in p.kinds else None for p in points]
    known = [share for share in stock if share is not None]
    described = (
        f"{len(points)} periods, {points[0].label} to {points[-1].label}. Bars: the share of "
        "the documents written in each period that pass every error rule, "
        f"{sum(1 for w in written if w is not None)} periods with documents written. Line: "
        "every document as it stood"
        + (f", from {percent(known[0])} to {percent(known[-1])}." if known else ".")
        + " The table by period gives each figure."
    )
    drawn = svg.over_time(
        ident,
        f"{kind}: share passing every error rule",
        described,
        [p.label for p in points],
        written,
        stock,
    )
    key = _key(svg.BAR, "written in the period (no bar: none, or none passing)") + _key(
        svg.LINE, "every document as it stood"
    )
    return f"<figure>{drawn}<figcaption>{key}</figcaption></figure>"


def _follow(follow: FollowThrough) -> list[str]:
    summary = tables.follow_through(follow)
    parts = [
        "<section>",
        f'<h2 id="follow">{escape(summary.caption)}</h2>',
        f"<p>{follow.requests} GitHub API requests.</p>",
        _table(summary, "follow-table"),
    ]
    if follow.problems:
        parts.append(
            "<ul>"
            + "".join(f"<li>Not measured: {escape(problem)}</li>" for problem in follow.problems)
            + "</ul>"
        )
    items, reports = follow.action_items, follow.user_reports
    if items is not None and items.overdue:
        overdue = Table(
            "Overdue action items",
            ("Postmortem", "Item", "Tracked in", "Days"),
            tuple(
                (f"{o.postmortem}:{o.line}", o.item, o.link or "not linked", str(o.days))
                for o in items.overdue
            ),
            code_first=True,
        )
        parts += ['<h3 id="overdue">Overdue action items</h3>', _table(overdue, "overdue-table")]
    pauses, unread = follow.pauses, tables.pauses_unread(follow)
    if unread:
        parts.append(f"<p>{escape(unread[0].upper() + unread[1:])}.</p>")
    if pauses is not None and pauses.owed:
        rows = "".join(
            f'<tr><th scope="row"><a href="{escape(o.url)}">{escape(tables.owed_name(o))}</a>'
            f'</th><td>{escape(o.label)}</td><td class="number">{o.days}</td></tr>'
            for o in pauses.owed
        )
        owed = tables.owed(pauses)
        head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in owed.header)
        parts += [
            '<h3 id="owed">Pauses owed a postmortem</h3>',
            '<div class="scroll" role="region" aria-labelledby="owed-table" tabindex="0">'
            f'<table><caption id="owed-table">{escape(owed.caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>",
        ]
    if reports is not None and reports.unanswered:
        rows = "".join(
            f'<li><a href="{escape(u.url)}">#{u.number} {escape(u.title)}</a>, '
            f"{u.hours:g} hours open</li>"
            for u in reports.unanswered
        )
        parts += [f'<h3 id="unanswered">Unanswered user reports</h3><ul>{rows}</ul>']
    if len(follow.points) > 1:
        for number, (title, shares) in enumerate(tables.follow_charts(follow)):
            known = [f"{label} {percent(share)}" for label, share in shares if share is not None]
            drawn = svg.over_time(
                f"follow-{number}",
                title,
                f"{title} by period: " + "; ".join(known) + ".",
                [label for label, _ in shares],
                None,
                [share for _, share in shares],
            )
            parts.append(f"<figure>{drawn}<figcaption>{escape(title)}</figcaption></figure>")
        parts.append(_table(tables.follow_periods(follow), "follow-periods"))
    parts.append("</section>")
    return parts


def html(measures: Measures) -> str:
    latest = measures.points[-1]
    over_time = tables.over_time(measures)
    heading = f"spec-gate report: {latest.label}"
    about = header_line(measures.header) if measures.header is not None else ""
    body = [
        "<header>",
        f"<h1>{escape(heading)}</h1>",
        f"<p>{escape(about)}</p>" if about else "",
        "</header>",
        "<main>",
        "<section>",
        f'<h2 id="kinds">{"What was written, by kind" if over_time else "By kind"}</h2>',
        _table(tables.kinds(measures), "kinds-table")
        if latest.kinds
        else "<p>No documents mapped to a kind.</p>",
        "</section>",
    ]
    for number, kind in enumerate(latest.kinds):
        ident = f"kind-{number}"
        body += ["<section>", f'<h2 id="{ident}">{escape(kind)}</h2>']
        if over_time:
            body.append(f"<p>{escape(tables.written_sentence(measures, kind))}</p>")
        proxy = blameless_line(latest) if kind == Kind.POSTMORTEM else None
        if proxy:
            body.append(f"<p>{escape(proxy[0].upper() + proxy[1:])}.</p>")
        if kind == Kind.HANDOFF and latest.handoffs is not None:
            items = "".join(
                f"<li>{escape(line[0].upper() + line[1:])}</li>" for line in handoff_lines(latest)
            )
            body.append(f"<ul>{items}</ul>")
        body.append(_kind_chart(measures, kind, f"{ident}-chart"))
        body.append(_table(tables.rules(measures, kind), f"{ident}-rules"))
        if over_time:
            body += [
                "<details><summary>By period</summary>",
                _table(tables.periods(measures, kind), f"{ident}-periods"),
                _table(tables.handoff_periods(measures), f"{ident}-handoffs")
                if kind == Kind.HANDOFF
                else "",
                "</details>",
            ]
        body.append("</section>")
    if measures.worst:
        body += [
            "<section>",
            '<h2 id="worst">Worst offenders</h2>',
            _table(tables.worst(measures), "worst-table"),
            "</section>",
        ]
    github = github_lines(measures)
    if github:
        body += [
            "<section>",
            '<h2 id="github">On GitHub</h2>',
            "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in github) + "</ul>",
            "</section>",
        ]
    if measures.follow_through is not None:
        body += _follow(measures.follow_through)
    body += [
        "</main>",
        f"<footer><p>Made by spec-gate {escape(__version__)}.</p></footer>",
    ]
    title = f"{heading}, {about}" if about else heading
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{escape(title)}</title>",
                f"<style>{STYLE}</style>",
                "</head>",
                "<body>",
                *(part for part in body if part),
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )
