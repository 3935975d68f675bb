"""A narrative is read in sentences, not lines: wrapped at any width, its verdict is the same."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from spec_gate.engine import Engine, Source
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind
from tests.conftest import REPO

ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date.today())
README_NARRATIVE = re.search(
    r"<!-- spec-gate: readme-narrative -->\n```markdown\n## User impact narrative\n(.*?)```",
    (REPO / "README.md").read_text(encoding="utf-8"),
    re.DOTALL,
)
SHOPPER = (
    "A shopper who had filled her cart with the week's groceries pressed Pay and watched a "
    "spinner for thirty seconds before the page said the session had expired. About 18,000 "
    "shoppers had this experience between 18:10 and 18:55 on Friday, and 2,300 of them gave up."
)


def narrative_findings(story: str) -> list[str]:
    text = f"# Checkout outage\n\n## User impact narrative\n\n{story}\n"
    result = ENGINE.check(Source("pm.md", text, None, Kind.POSTMORTEM))
    assert result is not None
    return [f.detail for f in result.findings if f.rule == "impact-narrative"]


def test_the_readme_shows_its_narrative() -> None:
    assert README_NARRATIVE is not None
    assert narrative_findings(README_NARRATIVE.group(1)) == []


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=8, max_value=200), story=st.sampled_from(["readme", "shopper"]))
def test_a_narrative_passes_wrapped_at_any_width(width: int, story: str) -> None:
    assert README_NARRATIVE is not None
    text = " ".join(README_NARRATIVE.group(1).split()) if story == "readme" else SHOPPER
    assert narrative_findings(textwrap.fill(text, width=width, break_long_words=False)) == []


@settings(max_examples=40, deadline=None)
@given(breaks=st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=12))
def test_a_narrative_passes_with_its_lines_broken_anywhere(breaks: list[int]) -> None:
    words = SHOPPER.split()
    lines, start = [], 0
    for step in breaks:
        lines.append(" ".join(words[start : start + step]))
        start += step
    lines.append(" ".join(words[start:]))
    assert narrative_findings("\n".join(line for line in lines if line)) == []
