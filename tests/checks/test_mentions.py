from __future__ import annotations

import pytest

from spec_gate.checks import mentions
from tests.checks.helpers import misses, run

TERMS = [
    {"name": "literacy", "pattern": "literacy"},
    {"name": "screen readers", "pattern": "screen ?readers?"},
]

CASES = [
    ("all mentioned", "## Review\nLiteracy matters. Screen readers too.\n", {}, []),
    (
        "one missing",
        "## Review\nLiteracy matters.\n",
        {},
        [(1, "it does not mention screen readers")],
    ),
    (
        "label with placeholder is no mention",
        "## Review\n- Literacy: TBD\n- Screen readers: ok\n",  # "ok" waves it away
        {},
        [(1, "it does not mention literacy; screen readers")],
    ),
    (
        "label with content is a mention",
        "## Review\n- Literacy: tested with novices\n- Screen readers: announce the retry\n",
        {},
        [],
    ),
    (
        "subsection title is a mention",
        "## Review\n### Literacy\nTested.\n### Screen readers\nOk.\n",
        {},
        [],
    ),
    (
        # what it looked for, and what the document has: a typo in a team's own pattern shows
        "section absent, required",
        "## Other\n",
        {},
        [
            (
                1,
                "no section or labelled paragraph has a heading matching /^review/ (its headings: “Other”)",
            )
        ],
    ),
    ("section absent, not required", "## Other\n", {"require_section": False}, []),
]


@pytest.mark.parametrize(("name", "text", "options", "expected"), CASES, ids=[c[0] for c in CASES])
def test_mentions_all_of(
    name: str, text: str, options: dict[str, object], expected: list[tuple[int, str]]
) -> None:
    assert misses(run(mentions, text, section="^review", all_of=TERMS, **options)) == expected


def test_any_of_and_whole_document() -> None:
    assert run(mentions, "We tested offline use.\n", any_of=["offline", "2g"]).passed
    outcome = run(mentions, "Nothing here.\n", any_of=["offline", "2g"])
    assert misses(outcome) == [(1, "it does not mention “offline” or “2g”")]


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        (r"\bB1\b", "“B1”"),  # a term without a name is said in its words...
        ("literacy|first-time", "“literacy” or “first-time”"),
        (r"slow (network|connection)", "/slow (network|connection)/"),  # ...or as written
    ],
)
def test_a_term_without_a_name_is_said_in_its_words(pattern: str, said: str) -> None:
    outcome = run(mentions, "Nothing here.\n", all_of=[{"pattern": pattern}])
    assert misses(outcome) == [(1, f"it does not mention {said}")]


EXCLUDING = [{"name": "a slow network", "pattern": r"slow \w+", "excluding": "^slow (?:day|week)"}]


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("We tested a slow network.", True),
        ("It was a slow week.", False),  # a match the term excludes is no mention
        ("A slow week, then a slow connection.", True),  # ...but another match still is
    ],
)
def test_a_term_excludes_matches_it_does_not_mean(text: str, mentioned: bool) -> None:
    assert run(mentions, text + "\n", any_of=EXCLUDING).passed is mentioned
