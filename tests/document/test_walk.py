"""Where pulldown-cmark's events need help to give the Document markdown-it-py gives.

Each case is Markdown people write; each is checked against the oracle (markdown-it-py) and
for what a check depends on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from spec_gate.document import Document, parse
from tests.document.markdown_it_walk import parse_with_markdown_it

Case = tuple[str, str, Callable[[Document], object], object]

CASES: list[Case] = [
    (
        "a table without outer pipes right under a paragraph line (GitHub draws a table)",
        "Action items:\nItem | Owner\n-----|------\nAdd a retry | @tom\n",
        lambda d: [(i.text, i.owner, i.line) for i in d.items],
        [("Add a retry | @tom", "@tom", 4)],
    ),
    (
        "lines after an added blank line keep their numbers",
        "Some intro.\na | b\n---|---\n1 | 2\n\n## Next\n\nText.\n",
        lambda d: [(s.title, s.line) for s in d.sections] + [(b.text, b.line) for b in d.blocks],
        [("Next", 6), ("Some intro.", 1), ("1 | 2", 4), ("Text.", 8)],
    ),
    (
        "such a table in text that is not ASCII: its rows and the lines after it",
        "Suivi des actions :\nÉlément | Owner\n---|---\nRéparer l’accès | @léa\n\n## Après\n",
        lambda d: (
            [(i.text, i.owner, i.line) for i in d.items],
            [(s.title, s.line) for s in d.sections],
        ),
        ([("Réparer l’accès | @léa", "@léa", 4)], [("Après", 6)]),
    ),
    (
        "a collapsed reference link keeps its brackets",
        "- Initial implementation [#12][]\n\n[#12]: https://example.com/12\n",
        lambda d: ([b.text for b in d.blocks], d.references),
        (["Initial implementation [#12][]"], frozenset({"#12"})),
    ),
    (
        "an escaped bracket is no task box",
        "- \\[x] shipped\n- [x] reviewed\n",
        lambda d: [t.text for t in d.tasks],
        ["reviewed"],
    ),
    (
        "a definition whose target is on the next line",
        "Read [the guide].\n\n[the guide]:\n  https://example.com/guide\n",
        lambda d: d.references,
        frozenset({"the guide"}),
    ),
    (
        "a list item that is only a definition is no item",
        "- [1]: https://example.com/one\n- Real item\n",
        lambda d: ([i.text for i in d.items], d.references),
        (["Real item"], frozenset({"1"})),
    ),
    (
        "a fence closed by a tab ends the code",
        "```\ncode\n```\t\n\n## After\n\nText.\n",
        lambda d: [s.title for s in d.sections],
        ["After"],
    ),
    (
        "an item indented by a tab has its own line",
        "- a\n    - b\n    - c\n\t- d: N/A\n",
        lambda d: [(i.text, i.line) for i in d.items],
        [("a", 1), ("b", 2), ("c", 3), ("d: N/A", 4)],
    ),
    (
        "a code span across lines of a quote loses the quote markers",
        "> One `span\n> across` lines.\n",
        lambda d: [b.text for b in d.blocks],
        ["One `span\nacross` lines."],
    ),
    (
        "a link whose target opens the next line",
        "A test for [the debug\n](#debug).\n",
        lambda d: [b.text for b in d.blocks],
        ["A test for [the debug\n](#debug)."],
    ),
    (
        "text that is not ASCII is cut at the right places",
        "## Café ☕\n\n**Pourquoi :** les usagers âgés n'y arrivent pas.\n\n- [ ] Revue 👀\n",
        lambda d: ([s.title for s in d.sections], [(b.lead, b.text) for b in d.blocks]),
        (["Café ☕"], [("Pourquoi", "les usagers âgés n'y arrivent pas."), ("", "Revue 👀")]),
    ),
    (
        "Windows line ends: front matter, a label on its own line, lines joined by newlines",
        "---\r\ntitle: x\r\n---\r\n## Why\r\n\r\nWhy:\r\nriders\r\nlose baskets\r\n",
        lambda d: (d.frontmatter, [(b.lead, b.text, b.line) for b in d.blocks], d.line_count),
        ({"title": "x"}, [("Why", "riders\nlose baskets", 6)], 9),
    ),
    (
        "a NUL character is the replacement character",
        "## Why\n\nA bad\0byte.\n",
        lambda d: [b.text for b in d.blocks],
        ["A bad\ufffdbyte."],
    ),
    (
        "an unclosed front matter is text",
        "---\ntitle: x\n\n## Why\n",
        lambda d: (d.frontmatter, [s.title for s in d.sections]),
        (None, ["Why"]),
    ),
    (
        "front matter closed by dots",
        "---\ntitle: x\n...\n## Why\n",
        lambda d: (d.frontmatter, [(s.title, s.line) for s in d.sections]),
        ({"title": "x"}, [("Why", 4)]),
    ),
    (
        "a heading with no text",
        "#\n\nText.\n",
        lambda d: [(s.title, s.level) for s in d.sections],
        [("", 1)],
    ),
    (
        "empty table cells are cells",
        "| Item | Owner |\n|---|---|\n| Fix it | |\n",
        lambda d: [b.cells for b in d.blocks],
        [("Fix it", "")],
    ),
    (
        "an escaped pipe stays in its cell",
        "| Rule | Purpose |\n|---|---|\n| `a \\|\\| b` | either |\n",
        lambda d: [b.cells for b in d.blocks],
        [("`a || b`", "either")],
    ),
    (
        "a comment in an HTML block inside a list",
        "- item\n\n  <!-- spec-gate: waive x -->\n  <div>Note</div>\n",
        lambda d: ([(c.text, c.line) for c in d.comments], [b.text for b in d.blocks]),
        ([("<!-- spec-gate: waive x -->", 3)], ["item", "Note"]),
    ),
]


@pytest.mark.parametrize(("name", "source", "read", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_document_is_what_the_oracle_reads(
    name: str, source: str, read: Callable[[Document], object], expected: object
) -> None:
    doc = parse(source, "case.md")
    assert read(doc) == expected
    assert doc == parse_with_markdown_it(source, "case.md")
