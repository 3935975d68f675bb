"""Which files the language server reads: Markdown, MDX pages and reStructuredText (a
config's globs decide whether each is a document)."""

from __future__ import annotations

import pytest

from spec_gate.lsp.server import uri_is_markdown


@pytest.mark.parametrize(
    ("uri", "read"),
    [
        ("file:///repo/docs/specs/a.md", True),
        ("file:///repo/docs/specs/A.MARKDOWN", True),
        ("file:///repo/site/pages/switch.explainer.mdx", True),
        ("file:///repo/oeps/oep-0064-mobile.rst", True),
        ("file:///repo/src/app.tsx", False),
        ("file:///repo/notes.txt", False),
    ],
)
def test_the_server_reads_markdown_and_mdx(uri: str, read: bool) -> None:
    assert uri_is_markdown(uri) is read
