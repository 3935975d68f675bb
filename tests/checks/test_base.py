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
