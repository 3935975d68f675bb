"""Charts as inline SVG for the HTML report: drawn here, so the page needs no JavaScript and
no network, and each chart carries its own name and description for a screen reader."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from spec_gate.practice import axis

# Blue bars and an amber line: apart for every kind of colour blindness, each over 4.5:1 on
# white; the grid is pale so that it never competes with the data.
BAR = "#1d4ed8"
LINE = "#b45309"
INK = "#111827"
GRID = "#d1d5db"
FONT = 'font-family="system-ui, sans-serif" font-size="14"'

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 12, 40


def _open(ident: str, title: str, description: str, width: int, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" {FONT}>',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(description)}</desc>',
    ]


def over_time(
    ident: str,
    title: str,
    description: str,
    labels: Sequence[str],
    bars: Sequence[float | None] | None,
    line: Sequence[float | None],
) -> str:
    """Shares (0 to 1) per period: bars (none where the share is None) and a line (broken
    where it is None), on a 0-100 % axis whose period labels are thinned to fit."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    band = plot_width / max(len(labels), 1)
    bottom = TOP + plot_height

    def x(index: int) -> float:
        return LEFT + (index + 0.5) * band

    def y(share: float) -> float:
        return bottom - share * plot_height

    parts = _open(ident, title, description, WIDTH, HEIGHT)
    for tick in (0, 25, 50, 75, 100):
        at = y(tick / 100)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{at:.1f}" y2="{at:.1f}" '
            f'stroke="{GRID}"/>'
            f'<text x="{LEFT - 6}" y="{at + 5:.1f}" text-anchor="end" fill="{INK}">{tick}%</text>'
        )
    for index, share in enumerate(bars or ()):
        if share:
            parts.append(
                f'<rect x="{x(index) - band * 0.35:.1f}" y="{y(share):.1f}" '
                f'width="{band * 0.7:.1f}" height="{share * plot_height:.1f}" fill="{BAR}"/>'
            )
    for run in _runs(line):
        points = " ".join(f"{x(i):.1f},{y(s):.1f}" for i, s in run)
        parts.append(
            f'<polyline points="{points}" fill="none" stroke="{LINE}" stroke-width="2.5"/>'
        )
        parts += [
            f'<circle cx="{x(i):.1f}" cy="{y(s):.1f}" r="3" fill="{LINE}"/>'
            for i, s in run
            if len(labels) <= 40 or len(run) == 1
        ]
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{bottom}" y2="{bottom}" stroke="{INK}"/>'
    )
    for index, label in enumerate(axis.shown(labels, plot_width)):
        parts.append(
            f'<line x1="{x(index):.1f}" x2="{x(index):.1f}" y1="{bottom}" y2="{bottom + 4}" '
            f'stroke="{INK}"/>'
        )
        if label:
            parts.append(
                f'<text x="{x(index):.1f}" y="{bottom + 22}" text-anchor="middle" '
                f'fill="{INK}">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The unbroken stretches of a series: a period without a figure breaks the line."""
    runs: list[list[tuple[int, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if run]


def per_rule(
    ident: str, title: str, description: str, shares: Sequence[tuple[str, float | None]]
) -> str:
    """A horizontal bar per rule: its share passing, or "n/a" where it had nothing to judge."""
    row = 28
    label_width = max((len(rule) for rule, _ in shares), default=0) * axis.CHAR_WIDTH + 12
    bar_width = 360
    width = int(label_width + bar_width + 64)
    height = row * len(shares) + 8
    parts = _open(ident, title, description, width, height)
    for index, (rule, share) in enumerate(shares):
        top = 4 + index * row
        parts.append(
            f'<text x="{label_width - 8:.0f}" y="{top + 19}" text-anchor="end" '
            f'fill="{INK}">{escape(rule)}</text>'
        )
        if share is not None:
            parts.append(
                f'<rect x="{label_width:.0f}" y="{top + 4}" width="{bar_width}" height="20" '
                f'fill="none" stroke="{GRID}"/>'
                f'<rect x="{label_width:.0f}" y="{top + 4}" width="{share * bar_width:.1f}" '
                f'height="20" fill="{BAR}"/>'
            )
        shown = "n/a" if share is None else f"{round(share * 100)}%"
        parts.append(
            f'<text x="{label_width + bar_width + 8:.0f}" y="{top + 19}" fill="{INK}">'
            f"{shown}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
