"""What the PR comment quotes: inert, and unable to break out of where it is put."""

from __future__ import annotations

import pytest

from spec_gate.formats.markdown import code, inert

INERT = [
    ("@maria-lee", "@\u2060maria-lee"),
    ("see #123", "see #\u2060123"),
    ("octo-org/secret-repo#7", "octo-org/secret-repo#\u20607"),
    ("GH-5 and gh-6", "GH-\u20605 and gh-\u20606"),
    ("<img src=x>", "&lt;img src=x&gt;"),
    ("\x07bell \x1b[31mred\x1b[0m", "bell red"),
    ("a heading # not a reference", "a heading # not a reference"),
]


@pytest.mark.parametrize(("text", "shown"), INERT)
def test_quoted_text_is_inert(text: str, shown: str) -> None:
    assert inert(text) == shown


CODE = [
    ("docs/specs/a.md", "`docs/specs/a.md`"),
    ("docs/specs/d `x`|y.md", "``docs/specs/d `x`|y.md``"),
    ("`start.md", "`` `start.md ``"),
    ("docs/b\nx.md", "`docs/b x.md`"),
    ("docs/@maria <b>.md", "`docs/@maria <b>.md`"),  # nothing is rendered in a code span
]


@pytest.mark.parametrize(("path", "shown"), CODE)
def test_a_path_is_a_code_span_it_cannot_close(path: str, shown: str) -> None:
    assert code(path) == shown
