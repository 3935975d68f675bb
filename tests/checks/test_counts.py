"""``counts``: the figures a document gives, each under its own label (what `report` sums)."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from spec_gate.checks import counts
from tests.conftest import md

OPTIONS = TypeAdapter(counts.Options).validate_python(
    {
        "quantities": [
            {"name": "pages", "label": r"\bpages?\b", "unless": r"out[- ]of[- ]hours|\bnight"},
            {
                "name": "out of hours",
                "label": r"\bout[- ]of[- ]hours\b|\bnights?\b",
                "part_of": "pages",
            },
        ]
    }
)

FIGURES = [
    # (the document, the figures found)
    ("- Pages: 9\n- Out-of-hours pages: 2\n", {"pages": 9, "out of hours": 2}),
    # A figure written after its label wins over one told in passing before it anywhere.
    (
        "## Open work\n\n- INC-4: declines from one acquirer spiked Sunday night.\n\n"
        "## Load\n\n- Pages: 9\n- Out-of-hours pages: 2\n",
        {"pages": 9, "out of hours": 2},
    ),
    # ...and the figure before its label still counts where no label has one after it.
    ("We got 7 pages, 3 of them at night.\n", {"pages": 7, "out of hours": 3}),
    ("Pages: 9. Nothing after hours.\n", {"pages": 9, "out of hours": None}),
    # A figure after a comma is the next clause's when one stands right before the label.
    ("7 pages, 3 at night.\n", {"pages": 7, "out of hours": 3}),
    ("Pages,3\n", {"pages": 3, "out of hours": None}),
    # The hours that say when are no count: a clock time, or a span of hours.
    ("4 pages, 3 of those at night (23:40, 01:15, 04:05).\n", {"pages": 4, "out of hours": 3}),
    ("Pages: 9 in all, 5 at night (between 22 and 6).\n", {"pages": 9, "out of hours": 5}),
    ("Pages: 9 in all, 5 at night (22-06).\n", {"pages": 9, "out of hours": 5}),
    ("Pages: 10. Out of hours: Wed 22:15, Sun 07:30.\n", {"pages": 10, "out of hours": None}),
    ("Pages: 7, 5 at night (zwischen 22 und 6 Uhr).\n", {"pages": 7, "out of hours": 5}),
    # A figure after a sentence's end is the next sentence's, not the label's.
    ("5 pages. Two arrived at night.\n", {"pages": 5, "out of hours": 2}),
    # ...and times counted with an "x" are a count.
    ("Pages 4x in all, 3x at night.\n", {"pages": 4, "out of hours": 3}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_the_figures_given(text: str, expected: dict[str, int | None]) -> None:
    assert counts.values(md(text), OPTIONS) == expected


WRITTEN = [
    # (the language, a count as written, its value): numerals and a counter, and the forms
    # a language counts with, as whole words only
    ("ja", "四回", 4),
    ("ja", "十二件", 12),
    ("ja", "二十回", 20),
    ("zh", "两次", 2),
    ("zh", "六次", 6),
    ("ko", "두", 2),
    ("ko", "다섯", 5),
    ("ko", "세션", None),  # "session": its first syllable is no three
    ("ja", "回", None),
    # a time of day is no count: "새벽 1시에" (at 1 a.m.), "1時に", "1点"
    ("ko", "1시에", None),
    ("ja", "1時に", None),
    ("zh", "1点", None),
    ("ko", "2건", 2),
]


@pytest.mark.parametrize(("language", "word", "value"), WRITTEN)
def test_a_count_written_in_numerals_or_words(language: str, word: str, value: int | None) -> None:
    from spec_gate.reading.lexicon import get

    numbers = counts._counting_numbers(get(language))
    assert counts._word_number(word, numbers) == value
