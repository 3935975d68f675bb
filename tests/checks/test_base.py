"""What every check shares: a template's guidance left in place is told from the author's own
words in italics."""

from __future__ import annotations

import pytest

from spec_gate.checks.base import is_guidance
from spec_gate.reading import load

GUIDANCE = [
    ("en", "_Describe who was affected and how. Include the number of customers._", True),
    ("en", '*List each open incident. If nothing is open, write "Nothing open".*', True),
    ("fr", "*Décrivez qui a été touché et comment.*", True),
    # A byline or a note in italics tells what was done, not what to do.
    (
        "en",
        "*The Coastal Herald, digital product retrospective, held 2 August. Written up in "
        "question-and-answer form by Tom Avery from the notes of the meeting.*",
        False,
    ),
    ("en", "*Listed in order of when we found them.*", False),
    ("en", "*fine*", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), GUIDANCE)
def test_a_templates_guidance(language: str, text: str, expected: bool) -> None:
    assert is_guidance(text, load(language)) is expected


def _section_texts(text: str, title: str) -> list[str]:
    from spec_gate import patterns
    from spec_gate.checks.base import scopes
    from spec_gate.document import parse

    doc = parse(text, "spec.md")
    [scope] = [s for s in scopes(doc, patterns.compile(title)) if not s.is_label]
    return [block.text for block in scope.blocks]


def test_a_sentence_that_introduces_a_list_is_read_with_its_section() -> None:
    text = (
        "# Export\n\n## Accessibility review\n\nWe tested the export with VoiceOver, NVDA and "
        "keyboard only, and changed two things:\n\n- the label\n- the focus order\n"
    )
    assert _section_texts(text, "accessibility review") == [
        "We tested the export with VoiceOver, NVDA and keyboard only, and changed two things",
        "the label",
        "the focus order",
    ]


def test_a_question_that_introduces_an_answer_is_not_read_as_prose() -> None:
    text = (
        "# Handoff\n\n## Wellbeing\n\n**Incoming asks: how are you after this rotation?**\n"
        "Outgoing: <your answer>\n"
    )
    assert "Incoming asks: how are you after this rotation?" not in _section_texts(
        text, "wellbeing"
    )


def test_a_title_run_into_its_paragraph_is_not_read_twice() -> None:
    text = (
        "# Planner\n\n## Accessibility review\n\n**Ward clerks who are new to the planner.** "
        "Not applicable: every clerk is an expert.\n"
    )
    assert "Ward clerks who are new to the planner" not in _section_texts(
        text, "accessibility review"
    )
