from __future__ import annotations

import pytest

from spec_gate.checks import frontmatter
from tests.checks.helpers import misses, run

FIELD = "accessibility_signoff.reviewer"


def doc(front: str) -> str:
    return f"---\n{front}\n---\n# Title\n"


CASES = [
    (
        "present and matching",
        doc("accessibility_signoff:\n  reviewer: '@maria'"),
        {"pattern": "^@"},
        [],
    ),
    (
        "missing",
        doc("title: x"),
        {"pattern": "^@"},
        [(1, "the front matter has no accessibility_signoff.reviewer")],
    ),
    (
        "no front matter",
        "# Title\n",
        {},
        [(1, "the front matter has no accessibility_signoff.reviewer")],
    ),
    (
        "empty string",
        doc("accessibility_signoff:\n  reviewer: ''"),
        {},
        [(1, "the front matter has no accessibility_signoff.reviewer")],
    ),
    (
        "placeholder",
        doc("accessibility_signoff:\n  reviewer: TBD"),
        {},
        [(1, "accessibility_signoff.reviewer is a placeholder (TBD)")],
    ),
    (
        "pattern mismatch",
        doc("accessibility_signoff:\n  reviewer: maria"),
        {"pattern": "^@"},
        [(1, "accessibility_signoff.reviewer is 'maria', which does not match '^@'")],
    ),
    (
        "enum, any case",
        doc("accessibility_signoff:\n  reviewer: Approved"),
        {"enum": ["approved", "waived"]},
        [],
    ),
    (
        "enum mismatch",
        doc("accessibility_signoff:\n  reviewer: maybe"),
        {"enum": ["approved"]},
        [(1, "accessibility_signoff.reviewer is 'maybe', not one of ['approved']")],
    ),
    (
        "type mismatch",
        doc("accessibility_signoff:\n  reviewer: 3"),
        {"type": "string"},
        [(1, "accessibility_signoff.reviewer should be a string")],
    ),
    (
        "a boolean is not a number",
        doc("accessibility_signoff:\n  reviewer: true"),
        {"type": "number"},
        [(1, "accessibility_signoff.reviewer should be a number")],
    ),
]


@pytest.mark.parametrize(("name", "text", "options", "expected"), CASES, ids=[c[0] for c in CASES])
def test_frontmatter(
    name: str, text: str, options: dict[str, object], expected: list[tuple[int, str]]
) -> None:
    assert misses(run(frontmatter, text, field=FIELD, **options)) == expected
