from __future__ import annotations

import pytest

from spec_gate.checks import section
from tests.checks.helpers import misses, run

WHY = "^(why|motivation)"

CASES = [
    (
        "heading with enough words",
        "## Motivation\nPeople lose their basket when the train enters a tunnel.\n",
        8,
        [],
    ),
    (
        "labelled paragraph",
        "**Why:** People lose their basket when the train enters a tunnel.\n",
        8,
        [],
    ),
    (
        "content only in a subsection",
        "## Motivation\n### Goals\nPeople lose their basket when the train enters a tunnel.\n",
        8,
        [],
    ),
    (
        "numbered and emphasised heading",
        "## 2. **Why**\nPeople lose their basket when the train enters a tunnel.\n",
        8,
        [],
    ),
    ("missing entirely", "## Summary\nA summary of eight words or so here.\n", 8, [(1, "")]),
    (
        "template comment left unfilled",
        "## Why\n<!-- explain why -->\n",
        8,
        [(1, "the “Why” section has no real content; it needs at least 8 words")],
    ),
    (
        "TBD placeholder",
        "## Why\nTBD\n",
        8,
        [
            (
                1,
                "the “Why” section has no real content; it needs at least 8 words: “TBD” is a placeholder",
            )
        ],
    ),
    (
        "too short",
        "## Why\nBecause it is slow.\n",
        8,
        [(1, "the “Why” section has 4 words of real content; it needs at least 8 words")],
    ),
    (
        "prose only inside code",
        "## Why\n```\nThis explains a lot about why we do this thing.\n```\n",
        8,
        [(1, "the “Why” section has no real content; it needs at least 8 words")],
    ),
    (
        "short label then a full section wins",
        "**Why:** speed.\n\n## Motivation\nPeople lose their basket when the train enters a tunnel.\n",
        8,
        [],
    ),
    (
        "a label inside the section adds to it",
        "## Why\nTBD\n\n**Motivation:** it is slow for users.\n",
        8,
        [
            (
                1,
                "the “Why” section has 5 words of real content; it needs at least 8 words: "
                "“TBD” is a placeholder",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "min_words", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_section(name: str, text: str, min_words: int, expected: list[tuple[int, str]]) -> None:
    assert misses(run(section, text, heading=WHY, min_words=min_words)) == expected


def test_labels_can_be_turned_off() -> None:
    text = "**Why:** People lose their basket when the train enters a tunnel.\n"
    assert not run(section, text, heading=WHY, min_words=3, labels=False).passed


def test_passing_outcome_points_at_the_heading() -> None:
    outcome = run(
        section,
        "# T\n\n## Why\nPeople lose their basket in tunnels daily.\n",
        heading=WHY,
        min_words=3,
    )
    assert outcome.passed and outcome.line == 3
