"""The report's tables as rows of words, shared by the Markdown and the HTML report: each
format draws the same figures under the same headings, only the markup differs."""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate.practice.followthrough import FollowThrough
from spec_gate.practice.handoffs import Handoffs, Load
from spec_gate.practice.measure import Header, KindMeasure, Measures, Point
from spec_gate.practice.pauses import Owed, Pauses


@dataclass(frozen=True, slots=True)
class Table:
    caption: str  # what the HTML table's caption says (Markdown has headings instead)
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    code_first: bool = False  # the first column names rules or paths: shown as code


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def rule_share(measure: KindMeasure, rule: str) -> str:
    """A rule's share of the documents it applies to, or n/a when it applies to none."""
    share = measure.rule_share(rule)
    return "n/a" if share is None else percent(share)


def share_cell(share: float | None) -> str:
    return "–" if share is None else percent(share)


def header_line(header: Header) -> str:
    period = header.until if header.since == header.until else f"{header.since} to {header.until}"
    return f"{header.repository}, {period}, policy: {header.policy}"


def blameless_line(point: Point) -> str | None:
    if point.blameless is None:
        return None
    clean, judged = point.blameless
    said = f"postmortems without a blame finding: {clean} of {judged} ({percent(clean / judged)})"
    if point.written_blameless is not None:
        clean, judged = point.written_blameless
        share = percent(clean / judged)
        said += f"; of those written in {point.label}, {clean} of {judged} ({share})"
    return said


def _load_words(load: Load, what: str) -> str:
    given = f"{load.given} of {load.given + load.not_given} shifts give a number"
    if load.median is None:
        return f"{what}: not given ({given})"
    return f"{what}: {load.total} in all, median {load.median:g} per shift ({given})"


def handoff_lines(point: Point) -> list[str]:
    """The handoffs of a point in words: written, the state check asked and answered (a count
    over handoffs, never per person), the load per shift, and repeated shifts (named only with
    --names)."""
    found: Handoffs | None = point.handoffs
    if found is None:
        return []
    measured = (
        f"handoffs written in {point.label} (added or changed): {found.written}"
        if found.written is not None
        else f"handoffs: {found.handoffs}"
    )
    if found.state_checked is not None and found.handoffs:
        measured += (
            f", {found.state_checked} ({percent(found.state_checked / found.handoffs)}) with "
            "the outgoing person asked how they are and answering"
        )
    lines = [measured]
    if found.handoffs:
        lines += [
            _load_words(found.pages, "pages"),
            _load_words(found.out_of_hours, "out-of-hours pages"),
        ]
    repeats = (
        f"the same person on call in consecutive shifts: {found.consecutive} "
        f"time{'' if found.consecutive == 1 else 's'}"
    )
    if found.names:
        repeats += " (" + ", ".join(f"{handle} {count}" for handle, count in found.names) + ")"
    return [*lines, repeats]


def over_time(measures: Measures) -> bool:
    return len(measures.points) > 1


def series(measures: Measures, kind: str) -> list[Point]:
    """The points a kind's chart and table show: from the first where it has documents."""
    points = list(measures.points)
    first = next((i for i, p in enumerate(points) if kind in p.kinds or kind in p.written), None)
    return [] if first is None else points[first:]


def written_sentence(measures: Measures, kind: str) -> str:
    latest = measures.points[-1]
    flow = latest.written.get(kind)
    return f"Written in {latest.label} (added or changed): " + (
        f"{flow.documents}, of which {flow.passing} ({percent(flow.share())}) pass every "
        "error rule."
        if flow is not None
        else "none."
    )


CHART_KEY = (
    "Bars: the documents written in each period that pass every error rule (a period with "
    "none written shows 0); line: every document as it stood."
)


def _passing(measure: KindMeasure | None) -> tuple[str, str]:
    if measure is None:
        return "0", "–"
    return str(measure.documents), f"{measure.passing} ({percent(measure.share())})"


def _rule(measure: KindMeasure | None, rule: str) -> tuple[str, str]:
    if measure is None or rule not in measure.rules:
        return "–", "n/a"
    return f"{measure.rules[rule]}/{measure.applies_to(rule)}", rule_share(measure, rule)


def kinds(measures: Measures) -> Table:
    """The headline: per kind, what was written in the last period first, then the stock."""
    latest = measures.points[-1]
    flow = over_time(measures)
    header = (
        ("Kind",)
        + ((f"Written in {latest.label}", "Pass every error rule") if flow else ())
        + ("All documents", "Pass every error rule", "Pass only by a waiver")
        + ("Findings waived", "Expired waivers")
    )
    rows = tuple(
        (kind,)
        + (_passing(latest.written.get(kind)) if flow else ())
        + _passing(m)
        + (str(m.waived_documents), str(m.waived), str(m.expired))
        for kind, m in latest.kinds.items()
    )
    caption = f"Documents by kind, {latest.label}" + (
        ": written in the period, then all" if flow else ""
    )
    return Table(caption, header, rows)


def rules(measures: Measures, kind: str) -> Table:
    latest = measures.points[-1]
    m = latest.kinds[kind]
    if over_time(measures):
        return Table(
            f"{kind}: each rule, written in {latest.label} and all documents",
            (
                "Rule",
                f"Written in {latest.label}: passing",
                "Share",
                "All documents: passing",
                "Share",
            ),
            tuple(
                (rule, *_rule(latest.written.get(kind), rule), *_rule(m, rule)) for rule in m.rules
            ),
            code_first=True,
        )
    return Table(
        f"{kind}: each rule",
        ("Rule", "Passing", "Share"),
        tuple(
            (rule, f"{passing}/{m.applies_to(rule)}", rule_share(m, rule))
            for rule, passing in m.rules.items()
        ),
        code_first=True,
    )


def periods(measures: Measures, kind: str) -> Table:
    """The chart's figures, period by period."""
    return Table(
        f"{kind}: by period",
        ("Period", "Written", "Pass every error rule", "All documents", "Pass every error rule"),
        tuple(
            (p.label, *_passing(p.written.get(kind)), *_passing(p.kinds.get(kind)))
            for p in series(measures, kind)
        ),
    )


def handoff_periods(measures: Measures) -> Table:
    """The handoffs of each period: written, state checks, pages per shift, repeated shifts."""

    def median(load: Load) -> str:
        return "–" if load.median is None else f"{load.median:g}"

    rows = []
    for p in measures.points:
        h = p.handoffs
        if h is None:
            continue
        checked = (
            "–"
            if h.state_checked is None or not h.handoffs
            else f"{h.state_checked}/{h.handoffs} ({percent(h.state_checked / h.handoffs)})"
        )
        rows.append(
            (
                p.label,
                str(h.handoffs if h.written is None else h.written),
                checked,
                median(h.pages),
                median(h.out_of_hours),
                str(h.consecutive)
                + (
                    " (" + ", ".join(f"{handle} {count}" for handle, count in h.names) + ")"
                    if h.names  # --names: who, as the headline says it
                    else ""
                ),
            )
        )
    return Table(
        "On-call handoffs by period",
        (
            "Period",
            "Written",
            "State check asked and answered",
            "Median pages per shift",
            "Median out-of-hours pages",
            "Consecutive shifts",
        ),
        tuple(rows),
    )


def worst(measures: Measures) -> Table:
    return Table(
        "Worst offenders",
        ("Document", "Kind", "Errors", "Warnings"),
        tuple((o.path, o.kind, str(o.errors), str(o.warnings)) for o in measures.worst),
        code_first=True,
    )


def github_lines(measures: Measures) -> list[str]:
    names = {"prs": "merged pull requests", "issues": "opened issues"}
    return [
        f"last {m.documents} {names[key]}: {m.passing} pass every error rule ({percent(m.share())})"
        for key, m in measures.github.items()
    ]


def _part_of(measure: str, part: int, whole: int) -> tuple[str, str, str]:
    """A follow-through row: "3/4" and its share (a dash when there is nothing to count)."""
    return measure, f"{part}/{whole}", share_cell(part / whole if whole else None)


def follow_through(follow: FollowThrough) -> Table:
    rows: list[tuple[str, ...]] = []
    items, reports, specs = follow.action_items, follow.user_reports, follow.specs
    if items is not None:
        median = items.median_days_to_close
        rows += [
            _part_of("Action items linked to an issue, PR or ticket", items.linked, items.total),
            _part_of("Linked action items closed", items.closed, items.linked),
            _part_of(
                "Linked action items that could not be followed (outside GitHub, or unreadable)",
                items.not_followed,
                items.linked,
            ),
            ("Median days from postmortem to close", "–" if median is None else f"{median:g}", ""),
        ]
    if reports is not None:
        rows.append(
            _part_of(
                f"User reports answered by a person within {reports.reply_hours} h",
                reports.answered_within,
                reports.opened,
            )
        )
    if specs is not None:
        hours = specs.median_hours_to_signoff
        rows += [
            _part_of(
                "Specs merged with a verified accessibility sign-off",
                specs.signed_off_verified,
                specs.merged,
            ),
            (
                "Median hours from a spec's pull request to its sign-off",
                "–" if hours is None else f"{hours:g}",
                "",
            ),
        ]
    if follow.pauses is not None:
        rows += pause_rows(follow.pauses)
    return Table(
        f"Follow-through, {follow.since} to {follow.until}",
        ("Measure", "Count", "Share"),
        tuple(rows),
    )


def pause_rows(pauses: Pauses) -> list[tuple[str, ...]]:
    labels = ", ".join(pauses.labels)
    return [
        (f"Pull requests that carried a pause label ({labels})", str(pauses.pull_requests), ""),
        (f"Issues that carried a pause label ({labels})", str(pauses.issues), ""),
        (
            f"Paused over {pauses.owed_days} days ago and no postmortem links them",
            str(len(pauses.owed)),
            "",
        ),
    ]


def pauses_unread(follow: FollowThrough) -> str | None:
    """Why the pauses were not measured, when no problem line says so already."""
    if follow.pauses is not None or any(p.startswith("pauses:") for p in follow.problems):
        return None
    return "pauses: not measured, the config names no pause label"


def owed_name(owed: Owed) -> str:
    return f"{'pull request' if owed.pull else 'issue'} #{owed.number} {owed.title}"


def owed(pauses: Pauses) -> Table:
    """The pauses still owed a postmortem."""
    return Table(
        f"Paused over {pauses.owed_days} days ago, no postmortem links them",
        ("Paused", "Label", "Days since"),
        tuple((owed_name(o), o.label, str(o.days)) for o in pauses.owed),
    )


def follow_periods(follow: FollowThrough) -> Table:
    """The follow-through measures of each period (what its charts draw)."""
    paused = follow.pauses is not None
    return Table(
        "Follow-through by period",
        (
            "Period",
            "Action items closed",
            "User reports answered in time",
            "Specs with a verified sign-off",
            "Median hours to sign-off",
        )
        + (("Paused pull requests", "Paused issues") if paused else ()),
        tuple(
            (
                p.label,
                share_cell(p.items_closed),
                share_cell(p.reports_answered),
                share_cell(p.specs_verified),
                "–" if p.hours_to_signoff is None else f"{p.hours_to_signoff:g}",
            )
            + ((_count(p.paused_pull_requests), _count(p.paused_issues)) if paused else ())
            for p in follow.points
        ),
    )


def _count(count: int | None) -> str:
    return "–" if count is None else str(count)


def follow_charts(follow: FollowThrough) -> list[tuple[str, list[tuple[str, float | None]]]]:
    """(title, [(period, share or None)]) for each follow-through measure that has a figure."""
    charts = (
        ("action items closed", [p.items_closed for p in follow.points]),
        ("user reports answered in time", [p.reports_answered for p in follow.points]),
        ("specs merged with a verified sign-off", [p.specs_verified for p in follow.points]),
    )
    return [
        (f"% of {title}", [(p.label, s) for p, s in zip(follow.points, shares, strict=True)])
        for title, shares in charts
        if any(s is not None for s in shares)
    ]
