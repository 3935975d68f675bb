"""The report as text, JSON, or Markdown with Mermaid charts (GitHub renders them)."""

from __future__ import annotations

import json
from typing import Any

from spec_gate.practice.measure import KindMeasure, Measures
from spec_gate.vocabulary import Format


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


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
                f"  {rule:22} {passing:5}/{measure.documents:<5} "
                f"{_percent(measure.share(passing)):>4}"
            )
        lines.append(
            f"  waivers used: {measure.waived} finding(s) waived, "
            f"{measure.expired} expired waiver(s)"
        )
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
    if measures.worst:
        lines += ["", "Worst offenders:"]
        lines += [
            f"  {o.path} ({o.kind}): {o.errors} error(s), {o.warnings} warning(s)"
            for o in measures.worst
        ]
    github = _github_lines(measures)
    if github:
        lines += ["", "On GitHub:", *("  " + line for line in github)]
    return "\n".join(lines) + "\n"


def _kind_json(measure: KindMeasure) -> dict[str, Any]:
    return {
        "documents": measure.documents,
        "passing": measure.passing,
        "share": round(measure.share(), 4),
        "rules": {
            rule: {"passing": passing, "share": round(measure.share(passing), 4)}
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
            }
            for p in measures.points
        ],
        "worst": [
            {"path": o.path, "kind": o.kind, "errors": o.errors, "warnings": o.warnings}
            for o in measures.worst
        ],
        "github": {key: _kind_json(m) for key, m in measures.github.items()},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


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
        labels = list(measure.rules)
        values = [round(measure.share(n) * 100) for n in measure.rules.values()]
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
        lines += ["", f"### {kind}", "", "| Rule | Passing | Share |", "|---|---:|---:|"]
        lines += [
            f"| `{rule}` | {passing}/{m.documents} | {_percent(m.share(passing))} |"
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
    return "\n".join(lines) + "\n"


FORMATS = {Format.TEXT: text, Format.JSON: as_json, Format.MARKDOWN: markdown}
