"""Which period labels a chart's axis shows: as many as fit, on the calendar's boundaries.

Thirty-two quarters do not fit under a chart as "2019-Q1" ... "2026-Q4"; years with a tick
for each quarter do. The labels tried, finest first: every period, the first month of each
quarter, each year, then every 2nd, 5th, 10th or 20th year; the first that fits is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

# Measured in Chromium on Mermaid's and the HTML report's 14 px sans-serif axis labels: a
# digit is 9 px wide; labels closer than 12 px read as one.
CHAR_WIDTH = 9.0
GAP = 12.0

_PERIOD = re.compile(r"(?P<year>\d{4})-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4]))\Z")

Labeller = Callable[[int, int, int], str | None]  # (year, month, quarter) -> label or None


def _quarter_starts(year: int, month: int, quarter: int) -> str | None:
    return f"{year}-{month:02d}" if month in (1, 4, 7, 10) else None


def _years(every: int) -> Labeller:
    def label(year: int, month: int, quarter: int) -> str | None:
        return str(year) if month == 1 and quarter == 1 and year % every == 0 else None

    return label


_COARSER: tuple[Labeller, ...] = (_quarter_starts, *(_years(n) for n in (1, 2, 5, 10, 20)))


def shown(labels: Sequence[str], width: float) -> list[str]:
    """Each label as the axis shows it, "" where it is left out so that none overlap;
    ``width`` is the axis length in px, shared equally by the labels' positions."""
    if not labels:
        return []
    step = width / len(labels)
    if _fits(list(labels), step):
        return list(labels)
    parsed = [_PERIOD.match(label) for label in labels]
    quarterly = any(match is not None and match["quarter"] for match in parsed)
    for labeller in _COARSER:
        if quarterly and labeller is _quarter_starts:
            continue
        candidate = []
        for match in parsed:
            if match is None:
                candidate.append("")
                continue
            month = int(match["month"] or 1)
            quarter = int(match["quarter"] or (month - 1) // 3 + 1)
            if match["quarter"]:
                month = 3 * quarter - 2
            candidate.append(labeller(int(match["year"]), month, quarter) or "")
        if not any(candidate):
            continue
        if not candidate[0]:  # name where the axis starts, when there is room for it
            with_first = [labels[0], *candidate[1:]]
            if _fits(with_first, step):
                return with_first
        if _fits(candidate, step):
            return candidate
    return [labels[0], *("" for _ in labels[1:])]


def _fits(labels: Sequence[str], step: float) -> bool:
    placed = [(index, len(label) * CHAR_WIDTH) for index, label in enumerate(labels) if label]
    return all(
        (right - left) * step >= (left_width + right_width) / 2 + GAP
        for (left, left_width), (right, right_width) in pairwise(placed)
    )
