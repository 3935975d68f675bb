"""Tokenizing a piece between spaces at a time reads a text as the token pattern does whole."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from spec_gate.reading import load
from spec_gate.reading.text import _TOKEN_OR_HOST, Token, _scan, tokenize

LEXICON = load()

_PIECES = st.sampled_from(
    ["riders", "Riders", "users'", "user's", "can't", "e.g.", "3", "40", "%", "-", "—", "1.5",
     "2026-03-14", "14:02", "#12", "owner/repo#3", "PAY-431", "@maria", "https://x.io/a.",
     "3e4f5a6", "\ue000", "\ue001", ",", ".", "?", "(", ")", "“", "”", "日本語", "사용자",
     "naïve", "forty", "s", "x_y", "hex.pm", "status.example.com", "README.md", " ", "  ",
     "\n", "\t", "\u00a0", "\u3000", "\x1c"]
)  # fmt: skip


def _scanned(text: str) -> tuple[Token, ...]:
    found: list[Token] = []
    _scan(text, _TOKEN_OR_HOST, LEXICON, found)
    return tuple(found)


@given(st.lists(_PIECES, max_size=12).map("".join))
@example("about 40 % of riders - mostly on 3G")
@example("riders lose their basket, twice.")
@example("hex.pm and diff.hex.pm (status.example.com) were down")
def test_tokenize_reads_as_the_pattern_does(text: str) -> None:
    assert tokenize(text, LEXICON) == _scanned(text)
