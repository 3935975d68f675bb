"""``{{class}}`` in a rule set's pattern: every language's entries of that class."""

from __future__ import annotations

from spec_gate import patterns
from spec_gate.reading import terms


def test_a_class_no_language_fills_matches_nothing_and_is_shown_as_written() -> None:
    expanded = terms.expand(r"^why\b|{{heading_nothing_here}}")
    assert expanded == r"^why\b|(?:[^\s\S]heading_nothing_here)"
    compiled = patterns.compile(expanded)
    assert compiled.search("Why") is not None
    assert compiled.search("heading_nothing_here") is None
    assert terms.shown(f"matching /{expanded}/") == r"matching /^why\b|{{heading_nothing_here}}/"


def test_other_double_braces_are_left_alone() -> None:
    """A rule's message may hold "{{ owner }}" for its own reasons."""
    assert terms.expand("Ask {{ owner }} and {{x}}") == "Ask {{ owner }} and {{x}}"
