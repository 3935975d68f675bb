"""MDX pages read as the Markdown they hold: JSX comments are comments, imports are code."""

from __future__ import annotations

import pytest

from spec_gate.document import parse
from spec_gate.document.mdx import as_markdown

CASES = [
    # (MDX, what it reads as)
    ("{/* _Primary use cases._ */}", "<!-- _Primary use cases._ -->"),
    ("Riders {/* aside */} wait.", "Riders <!-- aside --> wait."),
    ("{/* one */} and {/* two */}", "<!-- one --> and <!-- two -->"),
    ("{/* a prompt\nover two lines */}\nText", "<!-- a prompt\nover two lines -->\nText"),
    # code is shown as written
    ("```jsx\n{/* kept */}\n```", "```jsx\n{/* kept */}\n```"),
    ("~~~~\n```\n{/* kept */}\n~~~~\n{/* gone */}", "~~~~\n```\n{/* kept */}\n~~~~\n<!-- gone -->"),
    ("Write `{/* x */}` to comment.", "Write `{/* x */}` to comment."),
    # import and export blocks are code, up to their blank line
    ("import A from './a'\nimport {B} from 'b'\n\n# Title", "\n\n\n# Title"),
    ("Intro\n\nexport const meta = {\n  title: 'x',\n}\n\nText", "Intro\n\n\n\n\n\nText"),
    # "import" going on in a paragraph is prose
    ("We need to\nimport the table.", "We need to\nimport the table."),
    ("Imports were slow.", "Imports were slow."),
]


@pytest.mark.parametrize(("mdx", "markdown"), CASES)
def test_mdx_reads_as_the_markdown_it_holds(mdx: str, markdown: str) -> None:
    assert as_markdown(mdx) == markdown
    assert as_markdown(mdx).count("\n") == mdx.count("\n")  # every line where it was


PAGE = """---
title: Switch
---
import Demo from '../demo'

## Background

{/* _Relevant historical or background information, related existing issues, etc._ */}

## Use cases

{/* spec-gate: waive why-section reason="explainer in progress" until=2026-12-31 */}
People on screen readers cannot tell a toggle's state.
"""


def test_a_template_prompt_in_an_mdx_page_is_no_content_and_its_waiver_a_comment() -> None:
    doc = parse(PAGE, "docs/switch.mdx")
    assert [(b.line, b.text) for b in doc.blocks] == [
        (13, "People on screen readers cannot tell a toggle's state.")
    ]
    assert [(c.line, c.text[:22]) for c in doc.comments] == [
        (8, "<!-- _Relevant histori"),
        (12, "<!-- spec-gate: waive "),
    ]
    assert doc.line_count == PAGE.count("\n") + 1


def test_a_markdown_file_keeps_what_looks_like_mdx_as_text() -> None:
    doc = parse(PAGE, "docs/switch.md")
    assert any("Relevant historical" in b.text for b in doc.blocks)
    assert any(b.text.startswith("import Demo") for b in doc.blocks)
