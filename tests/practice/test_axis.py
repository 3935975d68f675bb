"""Which period labels a chart's axis shows (the browser tests check that they do not overlap
once drawn)."""

from __future__ import annotations

import pytest

from spec_gate.practice.axis import shown


def months(year: int, month: int, count: int) -> list[str]:
    return [f"{year + (month - 1 + i) // 12}-{(month - 1 + i) % 12 + 1:02d}" for i in range(count)]


def quarters(year: int, quarter: int, count: int) -> list[str]:
    return [f"{year + (quarter - 1 + i) // 4}-Q{(quarter - 1 + i) % 4 + 1}" for i in range(count)]


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (months(2026, 1, 3), {0: "2026-01", 1: "2026-02", 2: "2026-03"}),
        (quarters(2025, 1, 8), {i: label for i, label in enumerate(quarters(2025, 1, 8))}),
        # Eight years of quarters: years, with a tick for each quarter.
        (quarters(2019, 1, 32), {4 * i: str(2019 + i) for i in range(8)}),
        # Starting mid-year: "2019-Q3" would crowd "2020", so the axis starts unnamed.
        (quarters(2019, 3, 30), {2 + 4 * i: str(2020 + i) for i in range(7)}),
        (months(2025, 1, 24), {3 * i: label for i, label in enumerate(months(2025, 1, 24)[::3])}),
        (
            months(2025, 11, 14),
            {0: "2025-11", 2: "2026-01", 5: "2026-04", 8: "2026-07", 11: "2026-10"},
        ),
        (months(2019, 1, 96), {12 * i: str(2019 + i) for i in range(8)}),
        (months(2010, 1, 200), {24 * i: str(2010 + 2 * i) for i in range(9)}),
        (["now"], {0: "now"}),
    ],
    ids=[
        "3 months",
        "8 quarters",
        "32 quarters",
        "from Q3",
        "24 months",
        "from November",
        "96 months",
        "200 months",
        "one point",
    ],
)
def test_labels_thin_to_calendar_boundaries(labels: list[str], expected: dict[int, str]) -> None:
    thinned = shown(labels, 620.0)
    assert len(thinned) == len(labels)
    assert {i: label for i, label in enumerate(thinned) if label} == expected


def test_a_wider_axis_shows_more() -> None:
    labels = quarters(2019, 1, 32)
    assert sum(1 for label in shown(labels, 620.0) if label) < sum(
        1 for label in shown(labels, 2600.0) if label
    )
    assert shown(labels, 2600.0) == labels
