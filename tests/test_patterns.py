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
