"""A page written in HTML read as its reader sees it rendered (spec_gate.document.markup)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from spec_gate.document import Document, parse
from spec_gate.document.markup import structured

# A Roller post as Apache's infrastructure blog keeps it: the whole post one <p>, labels in
# <b>, paragraphs ended by two <br>, the follow-ups a <ul> after a lead-in line.
ROLLER_POST = (
    "---\ntitle: Mail outage post-mortem\n---\n"
    '<p><span style="color: #222"><b>Overview:</b></span><br />'
    "<span>Mail to every list was held for four days.</span><br /><br />"
    "<b>What didn't work:</b><br /><br />Our monitoring did not alert us.<br />"
    "<b>Remediation plan:</b><br /><br />Our immediate action items:</p>\n"
    "<ul>\n"
    "  <li><span>Update the documentation (Daniel)</span></li>\n"
    '  <li>Alert on disk errors (<a href="https://issues.example.org/INFRA-1">INFRA-1</a>)</li>\n'
    "</ul>\n"
)


def _labels(doc: Document) -> list[tuple[str, int]]:
    return [(label.name, label.line) for label in doc.labels]


def test_a_post_in_one_paragraph_has_its_labels_paragraphs_and_items() -> None:
    doc = parse(ROLLER_POST, "post.md")
    # Every label and paragraph stands on the file's line 4, where the post holds them all:
    # a <br> counts no line the file does not have, and the items below stay below them.
    assert _labels(doc) == [
        ("Overview", 4),
        ("What didn't work", 4),
        ("Remediation plan", 4),
        ("Our immediate action items", 4),
    ]
    assert [(b.text, b.line) for b in doc.blocks][:2] == [
        ("Mail to every list was held for four days.", 4),
        ("Our monitoring did not alert us.", 4),
    ]
    assert [(i.text, i.line) for i in doc.items] == [
        ("Update the documentation (Daniel)", 6),
        ("Alert on disk errors ([INFRA-1](https://issues.example.org/INFRA-1))", 7),
    ]


def test_a_label_alone_before_a_list_on_the_line_of_a_paragraph_keeps_the_paragraph() -> None:
    # "Our immediate action items:" is a label and no block: the paragraph before it, on the
    # same line of the file, is no lead-in to take for the list's label.
    doc = parse(
        "<p>The backlog took days to clear.<br><br>Our immediate action items:</p>\n"
        "<ul><li>Alert on a mail queue over 10,000</li></ul>\n",
        "post.md",
    )
    assert [(b.text, b.line) for b in doc.blocks] == [
        ("The backlog took days to clear.", 1),
        ("Alert on a mail queue over 10,000", 2),
    ]
    assert _labels(doc) == [("Our immediate action items", 1)]


@pytest.mark.parametrize(
    ("html", "blocks"),
    [
        # A mark's spaces stand outside it: "<b> Why: </b>" is a label as "**Why:**" is.
        ("<p><b> Why: </b>riders lose their basket</p>", [("riders lose their basket", 1)]),
        # Struck text stays struck, as "~~" in Markdown: withdrawn, or done.
        (
            "<p><s>We will add</s> an alert; <del>done</del></p>",
            [("~~We will add~~ an alert; ~~done~~", 1)],
        ),
        # Scripts, styles and a page's head are no prose.
        (
            "<p>Read <script>var x = 1;</script><style>.a {}</style>this.</p>",
            [("Read this.", 1)],
        ),
        # A break ends a block, at the line of the file its words stand on.
        ("<p>one<br>two<br><br>three</p>", [("one", 1), ("two", 1), ("three", 1)]),
        ("<p>one<br>\ntwo</p>", [("one", 1), ("two", 2)]),
        # Entities stay as written, as in a Markdown paragraph.
        ("<p>Q &amp; A&nbsp;here</p>", [("Q &amp; A&nbsp;here", 1)]),
        # Each paragraph at the line its words begin on.
        ("<p>\nfirst\n</p>\n<p>second</p>", [("first", 2), ("second", 4)]),
    ],
)
def test_inline_text_reads_as_markdown_would(html: str, blocks: list[tuple[str, int]]) -> None:
    assert [(b.text, b.line) for b in parse(html, "page.md").blocks] == blocks


def test_a_table_is_rows_under_its_header_and_a_cell_is_one_text() -> None:
    doc = parse(
        "<table><tr><th>Action</th><th>Owner</th></tr>\n"
        "<tr><td><p>Add an alert</p></td><td>Ana</td></tr>\n"
        "<tr><td>Document it<td>Bo</tr></table>\n",  # cells and rows left unclosed
        "page.md",
    )
    assert [(b.text, b.line, b.header) for b in doc.blocks] == [
        ("Add an alert | Ana", 2, ("Action", "Owner")),
        ("Document it | Bo", 3, ("Action", "Owner")),
    ]


def test_nested_and_unclosed_lists_leave_the_builder_balanced() -> None:
    doc = parse(
        "<ul><li>Fix the import<ul><li>add a check</li></ul></li><li>Page on it\n\n"
        "After the list, a paragraph.\n",
        "page.md",
    )
    assert [(i.text, i.depth) for i in doc.items] == [
        ("Fix the import", 1),
        ("add a check", 2),
        ("Page on it", 1),
    ]
    assert doc.blocks[-1].text == "After the list, a paragraph."
    assert doc.items[-1].line == 1


@pytest.mark.parametrize(
    "marked",
    ["<![^1]-- /wp:paragraph -->", "<![foo[ x ]]>", "<![ temp [x]]>", "<![cdata2 x"],
)
def test_a_marked_section_python_does_not_know_is_read_as_text(marked: str) -> None:
    # Python's HTML parser stops on these with an AssertionError (found by scripts/fuzz.py
    # in a WordPress export); what follows them is still read.
    doc = parse(
        f"<p>The list was down.</p>\n{marked}\n<p>Mail to every list was held.</p>\n", "page.md"
    )
    assert doc.blocks[-1].text == "Mail to every list was held."


def test_preformatted_text_is_pasted_text_not_prose() -> None:
    doc = parse("<pre>\n$ make deploy\nerror: 42\n</pre>\n", "page.md")
    assert doc.blocks == ()
    assert [(b.text, b.line) for b in doc.pasted] == [("$ make deploy\nerror: 42\n", 2)]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>text</p>", True),
        ("line<br/>break", True),
        ('<H2 id="x">Title</H2>', True),
        ('<img src="diagram.png" alt="the flow">', False),
        ("<details><summary>More</summary>hidden</details>", False),
        ("<!-- <p>a template's note</p> -->", False),  # structure only in a comment
        ("<!-- toc --><p>text</p>", True),
    ],
)
def test_what_is_read_as_a_page(html: str, expected: bool) -> None:
    assert structured(html) is expected


@pytest.mark.slow  # a process of its own, to see what it imports
def test_html_parser_is_imported_only_for_a_page_written_in_html() -> None:
    """html.parser brings html.entities, a large table: a check of Markdown does without."""
    script = (
        "import sys\n"
        "from spec_gate.document import parse\n"
        "parse('## Why\\n\\nRiders lose their basket <!-- a note --> in tunnels.\\n')\n"
        "print('html.parser' in sys.modules)\n"
        "parse('<p><b>Why:</b> riders lose their basket</p>\\n')\n"
        "print('html.parser' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert run.stdout.split() == ["False", "True"], run.stderr
