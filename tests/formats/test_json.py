"""``--format json`` is written a document at a time, laid out as ``json.dumps(indent=2)``."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from spec_gate.findings import DocumentResult, Finding, Report, Severity, Signoff
from spec_gate.formats import json as json_format
from spec_gate.vocabulary import Kind

FINDING = Finding(
    "why-section", "why", Severity.ERROR, "a.md", 3, "No “Why” — ünïcode kept", "Say why.", ""
)
REPORTS = {
    "empty": Report((), ()),
    "skipped only": Report((), ("notes.md",)),
    "one clean": Report((DocumentResult("a.md", "spec"),), ()),
    "findings and sign-offs": Report(
        (
            DocumentResult(
                "a.md",
                "spec",
                findings=(FINDING,),
                signoffs=(Signoff("a11y-signoff", "@maria", 9, True),),
            ),
            DocumentResult("b.md", "pr", findings=(replace(FINDING, path="b.md"),)),
        ),
        ("x.md", "y.md"),
    ),
    "a kind as its enum, a waived finding": Report(
        (DocumentResult("c.md", Kind.SPEC, findings=(replace(FINDING, waived="a flag"),)),), ()
    ),
    "characters to escape": Report(
        (
            DocumentResult(
                'q"uote\\d.md',
                "postmortem",
                findings=(
                    replace(
                        FINDING,
                        path='q"uote\\d.md',
                        message='a "quote", a \\ and a tab\t, a bell\x07, \u2028 and 😀',
                        detail="line one\nline two",
                        waived='the fix ships "behind" a flag',
                    ),
                ),
                signoffs=(Signoff("a11y-signoff", '@m"x', 1, False),),
            ),
        ),
        ("ü.md",),
    ),
}


@pytest.mark.parametrize("report", REPORTS.values(), ids=REPORTS.keys())
def test_pieces_make_the_layout_of_one_indented_dump(report: Report) -> None:
    written = json_format.render(report)
    assert written == json.dumps(json.loads(written), indent=2, ensure_ascii=False) + "\n"
    assert "".join(json_format.chunks(report)) == written


def test_the_report_holds_every_document_and_finding() -> None:
    loaded = json.loads(json_format.render(REPORTS["findings and sign-offs"]))
    assert loaded["summary"] == {"documents": 2, "errors": 2, "warnings": 0, "waived": 0}
    assert [d["path"] for d in loaded["documents"]] == ["a.md", "b.md"]
    assert loaded["documents"][0]["signoffs"] == [
        {"rule": "a11y-signoff", "reviewer": "@maria", "line": 9, "verified": True}
    ]
    assert [f["path"] for f in loaded["findings"]] == ["a.md", "b.md"]
    assert loaded["skipped"] == ["x.md", "y.md"]


def test_every_format_is_the_module_of_its_name() -> None:
    """A new check format is its module, its line in vocabulary.Format and a test: nothing else
    maps a format to its code. Each report format has its function."""
    import importlib

    from spec_gate.practice.formats import FORMATS
    from spec_gate.vocabulary import CHECK_FORMATS, REPORT_FORMATS

    for name in CHECK_FORMATS:
        module = importlib.import_module(f"spec_gate.formats.{name.value}")
        assert hasattr(module, "render") or hasattr(module, "chunks"), name
    assert set(FORMATS) == set(REPORT_FORMATS)
