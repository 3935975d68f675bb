"""reStructuredText read as the Markdown it would be: titles are headings, comments are
comments, literal blocks are code, and every line stays where it was."""

from __future__ import annotations

import pytest

from spec_gate.document import parse
from spec_gate.document.rst import as_markdown

CASES = [
    # (reStructuredText, what it reads as)
    # Titles: the level is the order in which an adornment style first appears.
    ("Motivation\n==========\n\nText.", "# Motivation\n\n\nText."),
    ("Title\n=====\n\nPart\n----\n\nMore\n====", "# Title\n\n\n## Part\n\n\n# More\n"),
    ("=====\nTitle\n=====\n\nPart\n=====", "\n# Title\n\n\n## Part\n"),
    ("Café\n====", "# Café\n"),
    ("合理性\n======", "# 合理性\n"),
    # An underline shorter than the title, or under a paragraph's last line, makes no title.
    ("Motivation\n===", "Motivation\n==="),
    ("One line\nand more\n========", "One line\nand more\n========"),
    ("Intro:\n\n  Quoted\n  ======", "Intro:\n\n  Quoted\n  ======"),
    # Comments are comments, with the indented lines under them; a waiver is one.
    (
        ".. a note to the author\n   over two lines\n\nText",
        "<!-- a note to the author\nover two lines -->\n\nText",
    ),
    (
        '.. spec-gate: waive why-section reason="draft" until=2030-01-01',
        '<!-- spec-gate: waive why-section reason="draft" until=2030-01-01 -->',
    ),
    # Link targets and substitutions are markup; a footnote's text is prose.
    (".. _OEP-64:\n\nText", "\n\nText"),
    (".. [1] Measured in May.", "Measured in May."),
    # A literal block is code, and "::" closing a paragraph is the colon it shows.
    ("Run it::\n\n    make all\n\nDone.", "Run it:\n````\n    make all\n````\nDone."),
    ("Run it ::\n\n    make all\n", "Run it\n````\n    make all\n````"),
    (
        ".. code-block:: python\n   :linenos:\n\n   print(1)\n\nDone.",
        "\n\n````\n   print(1)\n````\nDone.",
    ),
    # Any other directive: its own line is markup, its content prose (not indented code).
    (
        ".. note::\n\n    Riders lose their basket.\n\nDone.",
        "\n\nRiders lose their basket.\n\nDone.",
    ),
]


@pytest.mark.parametrize(("rst", "markdown"), CASES)
def test_rst_reads_as_the_markdown_it_would_be(rst: str, markdown: str) -> None:
    assert as_markdown(rst) == markdown
    assert (
        as_markdown(rst).split("\n")[: rst.count("\n") + 1]
        == markdown.split("\n")[: rst.count("\n") + 1]
    )


PROPOSAL = """\
OEP-64: Ride passes on the phone
################################

Motivation
**********

Riders who buy a monthly pass at the kiosk queue for 20 minutes at the start of each month,
and 1 in 5 give up and pay per ride.

Specification
*************

The app sells the pass::

    POST /passes

.. TODO: the review is not written yet
"""


def test_a_proposal_in_rst_is_read_by_its_sections() -> None:
    doc = parse(PROPOSAL, "oeps/oep-0064.rst")
    assert [s.title for s in doc.sections] == [
        "OEP-64: Ride passes on the phone",
        "Motivation",
        "Specification",
    ]
    motivation = doc.sections[1]
    assert motivation.line == 4
    said = [b.text for b in doc.blocks[motivation.first_block : motivation.end_block]]
    assert any("queue for 20 minutes" in text for text in said)
    assert all("POST /passes" not in b.text for b in doc.blocks)  # code is no prose
    assert any("the review is not written yet" in c.text for c in doc.comments)


def test_the_same_text_in_a_markdown_file_is_read_as_markdown() -> None:
    assert [s.title for s in parse(PROPOSAL, "notes.md").sections] != [
        "OEP-64: Ride passes on the phone",
        "Motivation",
        "Specification",
    ]
