from __future__ import annotations

from spec_gate.checks import phrases
from tests.checks.helpers import run

PHRASES = [
    {"pattern": "human error", "message": "M1", "suggest": "S1"},
    {"pattern": "should have known", "message": "M2"},
]


def test_every_occurrence_is_a_miss_on_its_own_line_with_its_own_message() -> None:
    text = "## Cause\nIt was human error.\nAnd then\nhe should have known.\n\nHuman error again.\n"
    outcome = run(phrases, text, phrases=PHRASES)
    assert [(m.line, m.message, m.help, m.detail) for m in outcome.misses] == [
        (2, "M1", "S1", "in “It was human error. And then he should have known.” (“human error”)"),
        (
            4,
            "M2",
            "",
            "in “It was human error. And then he should have known.” (“should have known”)",
        ),
        (6, "M1", "S1", "in “Human error again.” (“Human error”)"),
    ]


def test_code_comments_and_other_sections_are_not_read() -> None:
    text = (
        "## Cause\n`human error`\n```\nhuman error\n```\n<!-- human error -->\n"
        "## Quotes\nhuman error\n"
    )
    outcome = run(phrases, text, phrases=PHRASES, section="^cause")
    assert [m.line for m in outcome.misses] == [2]  # inline code is prose text; fences are not


def test_a_command_in_code_is_no_wording_but_plain_words_in_backticks_are() -> None:
    just = [{"pattern": "\\bjust\\b", "message": "M3"}]
    text = "Run `just export-month` first.\n\nIt was `just` a typo.\n\nRun `make -j4`, just once.\n"
    outcome = run(phrases, text, phrases=just)
    assert [(m.line, m.detail) for m in outcome.misses] == [
        (3, "in “It was `just` a typo.” (“just”)"),
        (5, "in “Run `make -j4`, just once.” (“just”)"),
    ]


def test_a_label_is_read_too() -> None:
    outcome = run(phrases, "Human error: a config push.\n", phrases=PHRASES)
    assert [m.line for m in outcome.misses] == [1]


def test_clean_prose_passes() -> None:
    assert run(phrases, "The deploy script accepted an empty target.\n", phrases=PHRASES).passed
