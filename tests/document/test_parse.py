"""The document model on Markdown as people write it."""

from __future__ import annotations

import pytest

from spec_gate.document import parse
from spec_gate.errors import SpecGateError
from tests.conftest import md


def test_atx_and_setext_headings_with_levels_and_lines() -> None:
    doc = md("""
        Title
        =====

        ## Motivation

        Sub
        ---
        """)
    assert [(s.title, s.level, s.line) for s in doc.sections] == [
        ("Title", 1, 1),
        ("Motivation", 2, 4),
        ("Sub", 2, 6),
    ]


def test_a_heading_inside_a_code_fence_is_not_a_heading() -> None:
    doc = md("""
        ## Real

        ```markdown
        ## Not a heading
        - [x] Accessibility review signed off by @someone
        ```

            ## Indented code either
        """)
    assert [s.title for s in doc.sections] == ["Real"]
    assert doc.tasks == ()
    assert doc.blocks == ()


def test_a_page_written_in_html_has_its_headings() -> None:
    """A post written in HTML (one HTML block, no blank line in it): its ``<h2>`` open
    sections as Markdown's headings do, each with its line, and the text between them is
    that section's."""
    doc = parse(
        "---\ntitle: Chain fork\n---\n"
        '<h2 id="what-happened">What happened</h2>\n'
        "<p>\nA miner created a block older versions reject.\n</p>\n"
        '<h2 id="qa">Questions &amp; Answers</h2>\n'
        "<!-- a note\nover two lines -->\n"
        "<p>Nothing to do.</p>\n"
    )
    assert [(s.title, s.level, s.line) for s in doc.sections] == [
        ("What happened", 2, 4),
        ("Questions & Answers", 2, 8),
    ]
    assert [(b.text, b.line, b.section) for b in doc.blocks] == [
        ("A miner created a block older versions reject.", 6, 0),
        ("Nothing to do.", 11, 1),
    ]


def test_section_content_includes_subsections_and_ends_at_a_sibling() -> None:
    doc = md("""
        ## Motivation
        ### Goals
        Make checkout work offline.
        ## Proposal
        Save the basket first.
        """)
    motivation, goals, proposal = doc.sections
    assert [b.text for b in doc.section_blocks(motivation)] == ["Make checkout work offline."]
    assert goals.parent == motivation.index
    assert [b.text for b in doc.section_blocks(proposal)] == ["Save the basket first."]
    assert motivation.end_line == 3


def test_html_comments_never_count_and_are_kept_for_waivers() -> None:
    doc = md("""
        ## Why
        <!-- explain why -->

        Real words <!-- inline note --> here.
        """)
    assert [b.text for b in doc.blocks] == ["Real words   here."]
    assert [(c.text, c.line) for c in doc.comments] == [
        ("<!-- explain why -->", 2),
        ("<!-- inline note -->", 4),
    ]


def test_crlf_and_bom_behave_like_plain_newlines() -> None:
    doc = parse("\ufeff## Why\r\n\r\nBecause.\r\n", "crlf.md")
    assert [(s.title, s.line) for s in doc.sections] == [("Why", 1)]
    assert [(b.text, b.line) for b in doc.blocks] == [("Because.", 3)]


@pytest.mark.parametrize(
    ("source", "label", "rest"),
    [
        ("**Why:** Because people wait.", "Why", "Because people wait."),
        ("**Why**: Because people wait.", "Why", "Because people wait."),
        ("__Why__: Because people wait.", "Why", "Because people wait."),
        ("Why: Because people wait.", "Why", "Because people wait."),
        ("**What happened?**:\nThe site went down.", "What happened?", "The site went down."),
        ("**Who is affected:** shoppers.", "Who is affected", "shoppers."),
        # A symbol set before the label only marks it.
        (
            "🔥 **Still burning**\nWebhooks retry in loops.",
            "Still burning",
            "Webhooks retry in loops.",
        ),
        ("▶ **Load:** 6 pages.", "Load", "6 pages."),
        # A run-in heading: its full stop inside the bold words.
        ("**Mood (1-5).** 2, and I'm off on Monday.", "Mood (1-5)", "2, and I'm off on Monday."),
        # A definition list's term, its definition on the next line after ": ".
        ("Open incidents\n: INC-20931, still open.", "Open incidents", "INC-20931, still open."),
        # A label asked as a question runs longer than a plain one.
        (
            "What I'm going to change: I'll move uploads to their own volume.",
            "What I'm going to change",
            "I'll move uploads to their own volume.",
        ),
    ],
)
def test_labelled_paragraphs(source: str, label: str, rest: str) -> None:
    doc = md(source)
    assert [lb.name for lb in doc.labels] == [label]
    assert [b.text for b in doc.label_blocks(doc.labels[0])] == [rest]
    assert doc.blocks[0].lead == label


@pytest.mark.parametrize(
    "source",
    [
        "**Bold words** open this sentence.",
        "We will define two NodeInclusionPolicy: one and two.",
        "See https://example.com: a link.",
        "🔥 **Bold words** open this sentence.",
        "1 **Bold words** after a number.",
        "**Do not deploy on a Friday. Ever.** We learned it the hard way.",
        "The one thing we did not expect was this: the cache.",
        "What we saw when the deploy went out at noon: errors.",
    ],
)
def test_sentences_that_are_not_labels(source: str) -> None:
    assert md(source).labels == ()


def test_fields_written_one_per_line_are_each_a_label() -> None:
    doc = md("""
        **Date of incident**: 6th November, 2022
        **Status**: Resolved with outstanding action items.
        **Impact**:
        1. Downtime for ~4 hours and 38 minutes.
        2. 5 validators got tombstoned.
        """)
    assert [(label.name, label.line) for label in doc.labels] == [
        ("Date of incident", 1),
        ("Status", 2),
        ("Impact", 3),
    ]
    impact = doc.labels[2]
    assert [b.text for b in doc.label_blocks(impact)] == [
        "Downtime for ~4 hours and 38 minutes.",
        "5 validators got tombstoned.",
    ]


def test_a_label_runs_to_the_next_label_or_heading() -> None:
    doc = md("""
        **Why**:
        - The reports were slow.
        - They broke nightly.

        For example: the Monday report.

        **How**: a new job.

        ## Next
        Text.
        """)
    why, _example, how = doc.labels
    assert [b.text for b in doc.label_blocks(why)] == [
        "The reports were slow.",
        "They broke nightly.",
        "the Monday report.",
    ]
    assert [b.text for b in doc.label_blocks(how)] == ["a new job."]


def test_a_label_ends_at_a_rule_but_not_at_one_inside_a_quote() -> None:
    """A form's or a thread's parts are set off by "---": what follows the rule is not the
    label's (a colleague's comment below a form's last field is not that field's answer)."""
    doc = md("""
        **Health check**
        ☑ done

        ---

        **Comment** Sofia, 06:05: received, the cutter blades come at 10.

        **Open**
        > INC-4 is still open
        >
        > ---
        >
        > and so is INC-5
        """)
    health, open_ = doc.labels
    assert [b.text for b in doc.label_blocks(health)] == ["☑ done"]
    assert [b.text for b in doc.label_blocks(open_)] == ["INC-4 is still open", "and so is INC-5"]


def test_a_chats_speakers_open_no_part_of_their_own() -> None:
    """A pasted thread: "**@dolores (Saturday lead):** ..." is who speaks, inside the part
    the bold title above it opened."""
    doc = md("""
        **Who it hit, and how**
        **@june.o:** volunteers first: 46 people tried to sign up.
        **@dolores (Saturday lead):** the doors opened 40 minutes late.

        **How we found it**
        **@dolores:** I noticed the board said 0 volunteers.
        """)
    hit, found = doc.labels
    assert (hit.name, found.name) == ("Who it hit, and how", "How we found it")
    assert [b.text for b in doc.label_blocks(hit)] == [
        "volunteers first: 46 people tried to sign up.",
        "the doors opened 40 minutes late.",
    ]


def test_a_bold_title_with_only_an_aside_after_it_is_a_label() -> None:
    doc = md("""
        **Agreed follow-ups** (from the Tuesday call, all in the repo)
        - [ ] Daily check of shift capacity — @marcus.t — #42

        **Most** of the volunteers came back (about 30 of 46).
        """)
    assert [label.name for label in doc.labels] == ["Agreed follow-ups"]


def test_a_marked_title_over_lines_with_typed_bullets_is_a_label() -> None:
    """A Japanese note: "■ 今後の対応" (what we will do) over "・" bullets."""
    doc = md("""
        ■ 今後の対応
        ・ディスク容量の監視を追加する（担当：森）
        ・ログの保存期間を30日に短縮する（担当：高橋）
        """)
    assert [label.name for label in doc.labels] == ["今後の対応"]


def test_task_items_with_state_line_and_section() -> None:
    doc = md("""
        ## Sign-off
        - [x] Accessibility review signed off by @maria
        - [ ] Security review
        * [X] Capital X counts
        - [n/a] Not a task box
        """)
    assert [(t.text, t.checked, t.line, t.section) for t in doc.tasks] == [
        ("Accessibility review signed off by @maria", True, 2, 0),
        ("Security review", False, 3, 0),
        ("Capital X counts", True, 4, 0),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "Once reviewed, add `- [x] Accessibility review signed off by @maria` below.",
        "**Accessibility sign-off:** tick it like this: `Signed off: [x] @maria`",
        "Write `` - [x] signed off by @maria `` when done.",
    ],
)
def test_a_box_inside_a_code_span_is_shown_not_ticked(written: str) -> None:
    assert md(f"## Sign-off\n\n{written}\n").tasks == ()


def test_a_box_beside_a_code_span_is_still_a_box() -> None:
    doc = md("## Sign-off\n\n**Accessibility sign-off:** [x] @maria, see `review.md`\n")
    assert [(t.text, t.checked) for t in doc.tasks] == [
        ("Accessibility sign-off: @maria, see `review.md`", True)
    ]


def test_items_record_depth_and_table_rows_with_an_owner_column() -> None:
    doc = md("""
        ## Action items
        - Pin versions
          - detail
        1. Add alert

        | Action | Owner |
        |---|---|
        | Rotate keys | chinmay |
        """)
    assert [(i.text, i.depth, i.owner) for i in doc.items] == [
        ("Pin versions", 1, ""),
        ("detail", 2, ""),
        ("Add alert", 1, ""),
        ("Rotate keys | chinmay", 0, "chinmay"),
    ]


def test_front_matter_is_plain_data_with_dates_as_strings() -> None:
    doc = md("""
        ---
        kind: spec
        date: 2026-14-01
        accessibility_signoff: {reviewer: "@maria"}
        ---
        # Title
        """)
    assert doc.frontmatter == {
        "kind": "spec",
        "date": "2026-14-01",
        "accessibility_signoff": {"reviewer": "@maria"},
    }
    assert doc.sections[0].line == 6


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("a: [1, 2", "front matter"),
        ("a: &x [1]\nb: *x", "aliases are not supported"),
        ("a: !!python/object:os.system ls", "unsupported YAML tag"),
        ("- just\n- a list", "front matter must be a mapping"),
        ("\x1f## Why", "doc.md:2: front matter: not valid YAML: character '\\x1f' is not allowed"),
        # A handle written as it is in prose: YAML keeps "@" for itself; say how to write it.
        (
            "date: 2020-04-09\nauthors: @joshblack",
            "doc.md:3: front matter: not valid YAML: found character that cannot start any "
            'token (a value that starts with "@" is written in quotes: "@joshblack")',
        ),
    ],
)
def test_bad_front_matter_is_a_one_line_error_with_a_line(front: str, message: str) -> None:
    with pytest.raises(SpecGateError) as raised:
        parse(f"---\n{front}\n---\n# T\n", "doc.md")
    assert message in str(raised.value)
    assert raised.value.where.startswith("doc.md")
    assert ":" in raised.value.where
    assert "\n" not in str(raised.value)


def test_toml_front_matter_as_hugo_and_zola_write_it_is_plain_data() -> None:
    doc = md("""
        +++
        title = "docs.rs outage postmortem"
        date = 2019-10-24
        authors = ["Pietro Albini"]

        [extra]
        team = "the infrastructure team"
        +++

        At 01:38 UTC the website went down.

        # Root cause
        """)
    assert doc.frontmatter == {
        "title": "docs.rs outage postmortem",
        "date": "2019-10-24",
        "authors": ["Pietro Albini"],
        "extra": {"team": "the infrastructure team"},
    }
    assert doc.frontmatter_line == 1
    assert doc.blocks[0].text == "At 01:38 UTC the website went down."
    assert doc.sections[0].line == 12


def test_an_unclosed_toml_fence_is_text() -> None:
    doc = md("""
        +++
        # Title
        """)
    assert doc.frontmatter is None
    assert doc.sections[0].line == 2


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            'title = "a"\nauthors = [Pietro]',
            "doc.md:3: front matter: not valid TOML: Invalid value",
        ),
        ("- a list", "doc.md:2: front matter: not valid TOML: Expected '=' after a key"),
    ],
)
def test_bad_toml_front_matter_is_a_one_line_error_with_its_line(front: str, message: str) -> None:
    with pytest.raises(SpecGateError) as raised:
        parse(f"+++\n{front}\n+++\n# T\n", "doc.md")
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_link_reference_labels_are_recorded() -> None:
    doc = md("""
        See [Metrics Framework#Motivation].

        [Metrics Framework#Motivation]: other.md#motivation
        """)
    assert "metrics framework#motivation" in doc.references


@pytest.mark.parametrize(
    ("written", "seen"),
    [
        ("T\u200bBD", "TBD"),  # zero-width space
        ("\ufeffT\u2060B\u200dD", "TBD"),  # BOM, word joiner, zero-width joiner
        ("\u202eTBD\u202c", "TBD"),  # bidi override
        ("ＴＢＤ", "TBD"),  # full-width letters, by NFKC
        ("Ri\u00adders", "Riders"),  # soft hyphen
    ],
)
def test_text_is_normalised_before_anything_counts(written: str, seen: str) -> None:
    doc = parse(f"## Why\n\n{written}\n")
    assert [b.text for b in doc.blocks] == [seen]


def test_every_format_character_is_removed() -> None:
    """Python's own Unicode database (it may be newer than the one the classes were written
    from) against what parsing removes; checked a character at a time, inside a word."""
    import unicodedata

    from spec_gate.document.parse import normalize_text

    kept = [
        hex(c)
        for c in range(0x110000)
        if unicodedata.category(chr(c)) == "Cf" and normalize_text(f"a{chr(c)}b") != "ab"
    ]
    assert kept == []


def test_a_checklist_written_without_list_markers_is_a_task_list_under_its_line() -> None:
    doc = md("""
        Suivi
        [x] Retour à l'ancienne version de la bibliothèque
        [ ] Faire échouer la génération si le PDF est vide — responsable : Clémence
        """)
    assert [(t.text, t.checked, t.line) for t in doc.tasks] == [
        ("Retour à l'ancienne version de la bibliothèque", True, 2),
        ("Faire échouer la génération si le PDF est vide — responsable : Clémence", False, 3),
    ]
    assert [(i.text[:20], i.checked) for i in doc.items] == [
        ("Retour à l'ancienne ", True),
        ("Faire échouer la gén", False),
    ]
    assert [label.name for label in doc.labels] == ["Suivi"]


def test_one_box_inside_a_paragraph_is_a_box_ticked_in_its_line() -> None:
    doc = md("""
        Accessibility sign-off:
        [x] @mokoro — 2024-05-10
        """)
    assert [(t.text, t.checked) for t in doc.tasks] == [
        ("Accessibility sign-off: @mokoro — 2024-05-10", True)
    ]
    assert doc.items == ()


PASTED = [
    # (a fence, what is kept of it: (text, line, "" for pasted text or what data it is), or None)
    (
        "```\n[09:03] <pim> how are you?\n[09:04] <kim> 2/10\n```",
        ("[09:03] <pim> how are you?\n[09:04] <kim> 2/10\n", 4, ""),
    ),
    ("```text\nPAGES: 3\n```", ("PAGES: 3\n", 4, "")),
    ("~~~log\nPAGES: 3\n~~~", ("PAGES: 3\n", 4, "")),
    ("> ```\n> Pages: 3\n> ```", ("Pages: 3\n", 4, "")),
    ("- digest:\n\n  ```\n  Pages: 3\n  ```", ("Pages: 3\n", 6, "")),
    ("```yaml\npages: 3\n```", ("pages: 3\n", 4, "yaml")),  # data filled in
    ('```JSON\n{"pages": 3}\n```', ('{"pages": 3}\n', 4, "json")),
    # Code is code: a fence naming a language, an indented block, an empty fence.
    ("```python\npages = 3\n```", None),
    ("    Pages: 3", None),
    ("```\n\n```", None),
]


@pytest.mark.parametrize(("fence", "kept"), PASTED)
def test_text_pasted_in_a_plain_fence_is_kept_apart_from_the_prose(
    fence: str, kept: tuple[str, int, str] | None
) -> None:
    doc = parse("# Handoff\n\n" + fence + "\n")
    assert [(b.text, b.line, b.lead) for b in doc.pasted] == ([kept] if kept else [])
    assert all("Pages" not in b.text and "pim" not in b.text for b in doc.blocks)
