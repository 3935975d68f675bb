"""Where a finding about wording points, in its line."""

from __future__ import annotations

import re

import pytest

from spec_gate.checks import phrases
from spec_gate.lsp.edits import wording_span
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
