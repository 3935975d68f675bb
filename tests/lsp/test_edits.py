"""Where a finding about wording points, in its line."""

from __future__ import annotations

import re

import pytest

from spec_gate.checks import phrases
from spec_gate.lsp.edits import line_range, wording_range, wording_span
from tests.checks.helpers import run

PATTERNS = [
    {"pattern": r"\bsimply\b", "message": "simply"},
    {"pattern": r"\bjust\b", "message": "just"},
]
LINES = ["We simply upload it later and just retry.", "Just keep every draft; simply keep it."]


@pytest.mark.parametrize("line", LINES)
def test_two_phrases_of_one_line_each_point_at_their_own_words(line: str) -> None:
    found = run(phrases, line + "\n", phrases=PATTERNS).misses
    compiled = [(re.compile(p["pattern"], re.IGNORECASE), None) for p in PATTERNS]
    underlined = {}
    for miss in found:
        span = wording_span(line, miss.detail, compiled)
        assert span is not None
        underlined[miss.message] = line[span[0] : span[1]].lower()
    assert underlined == {"simply": "simply", "just": "just"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\nkind: spec\n---\n\n# Saved searches\n", 4),  # the title, not the fence
        ("# Saved searches\n", 0),
        ("---\nkind: spec\n", 0),  # never closed: no front matter
    ],
)
def test_a_finding_about_the_whole_document_points_past_its_front_matter(
    text: str, line: int
) -> None:
    assert line_range(text.split("\n"), 1).start.line == line


def test_a_finding_about_the_front_matter_stays_on_it() -> None:
    lines = ["---", "kind: spec", "---", "", "# Saved searches", ""]
    assert line_range(lines, 1, front_matter=True).start.line == 0


def test_blame_in_a_line_with_an_invisible_character_is_ranged_on_its_words() -> None:
    """A zero-width space inside a name: the checks read it without it, the editor counts it."""
    line = "Root cause: Jo\u200bse pushed it without review."
    detail = "in “Root cause: Jose pushed it without review.” (“Jose without review”)"
    found = wording_range([line], 1, detail)
    assert (
        line[found.start.character : found.end.character] == "Jo\u200bse pushed it without review"
    )
