from __future__ import annotations

import pytest

from spec_gate.checks import checkbox
from tests.checks.helpers import misses, run

SIGNOFF = r"\b(accessibility|a11y)\b.*sign"

CASES = [
    ("ticked", "- [x] Accessibility review signed off by @maria\n", {}, []),
    (
        "unticked",
        "Text\n\n- [ ] Accessibility review signed off by @maria\n",
        {},
        [(3, "the box “Accessibility review signed off by @maria” is not ticked")],
    ),
    ("absent", "- [x] Tests pass\n", {}, [(1, "")]),
    (
        "ticked only inside a code example",
        "```\n- [x] Accessibility review signed off by @maria\n```\n",
        {},
        [(1, "")],
    ),
    ("one of two ticked", "- [ ] A11y sign-off by @a\n- [x] A11y sign-off by @b\n", {}, []),
    (
        "must be unticked",
        "- [x] Accessibility review signed off\n",
        {"checked": False},
        [(1, "the box “Accessibility review signed off” is ticked")],
    ),
    ("either state", "- [ ] Accessibility review signed off\n", {"checked": None}, []),
    (
        "outside the required section",
        "## Other\n- [x] Accessibility review signed off\n## Review\n",
        {"section": "^review"},
        [(1, "")],
    ),
    (
        "inside a subsection of the required section",
        "## Review\n### People\n- [x] Accessibility review signed off\n",
        {"section": "^review"},
        [],
    ),
    (
        "under a label, as section: means in every check",
        "## Other\n\n**Review:**\n\n- [x] Accessibility review signed off\n",
        {"section": "^review"},
        [],
    ),
    (
        "after the label's paragraphs end, outside it",
        "**Review:** done.\n\n## Other\n\n- [x] Accessibility review signed off\n",
        {"section": "^review"},
        [(1, "")],
    ),
]


@pytest.mark.parametrize(("name", "text", "options", "expected"), CASES, ids=[c[0] for c in CASES])
def test_checkbox(
    name: str, text: str, options: dict[str, object], expected: list[tuple[int, str]]
) -> None:
    assert misses(run(checkbox, text, text=SIGNOFF, **options)) == expected
