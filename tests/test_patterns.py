"""Patterns compiled when first used: nothing at import, then the compiled pattern's answers."""

from __future__ import annotations

import re

import pytest

from spec_gate import patterns
from spec_gate.errors import SpecGateError


def test_a_later_pattern_compiles_at_its_first_search_and_answers_as_compiled() -> None:
    broken = patterns.Later("(unclosed")  # not compiled yet: no error
    with pytest.raises(SpecGateError):
        broken.search("text")
    name = patterns.Later(r"\((?-i:\p{Lu}\pL+)\)")
    compiled = patterns.compile(name.pattern)
    for text in ("see (Priya)", "see (priya)", "none"):
        found, expected = name.search(text), compiled.search(text)
        assert (found and found.group(0)) == (expected and expected.group(0))
    assert [m.group(0) for m in name.finditer("(Ana) and (Bo)")] == ["(Ana)", "(Bo)"]
    assert name.search == compiled.search  # the compiled pattern's own method from now on


def test_a_later_re_compiles_at_its_first_use_and_answers_as_compiled() -> None:
    broken = patterns.LaterRe("(unclosed")
    with pytest.raises(re.error):
        broken.findall("text")
    cjk = patterns.LaterRe("[\u3040-\u30ff]+", re.IGNORECASE)
    compiled = re.compile(cjk.pattern, cjk.flags)
    text = "画面 の読み上げ and カタカナ"
    assert cjk.findall(text) == compiled.findall(text)
    assert [m.span() for m in cjk.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert cjk.split(text) == compiled.split(text)
    assert cjk.match("の") and not cjk.fullmatch("のa") and cjk.search("a") is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"^why\b|\bmotivation$", "Motivation"),
        (r"^why\b|\bmotivation$", "Why now"),
        (r"^why\b|\bmotivation$", "Somewhy"),
        (r"ça va", "Et toi, ÇA VA ?"),  # case folded beyond ASCII, offsets past accents
        (r"accessib", "♿ Accessibilité"),
        (r"動機", "## 動機と背景"),
        (r"x", ""),
        (r"^$", ""),
        (r"(?-i:\p{Lu}\p{Ll}+)", "signed by oskar nilsson"),
        (r"(?-i:\p{Lu}\p{Ll}+)", "signed by Oskar Nilsson"),
    ],
)
def test_found_answers_as_a_search_does(pattern: str, text: str) -> None:
    compiled = patterns.compile(pattern)
    expected = compiled.search(text) is not None
    assert patterns.found(compiled, text) is expected
    assert patterns.found(patterns.Later(pattern), text) is expected  # compiled or not yet
