"""README's table of check types is generated from the check registry, and kept equal to it."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from spec_gate.checkdocs import COMMAND, END, START, block, current, field_docs, rewrite, table
from spec_gate.checks import BUILTIN, COMBINATORS, REGISTRY, Check
from tests.conftest import REPO

README = REPO / "README.md"


def test_readme_shows_the_table_the_registry_makes() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    assert current(text) == block(), f"run: {COMMAND}"


def test_every_option_of_a_builtin_check_says_what_it_asks() -> None:
    for check in BUILTIN:
        documented = field_docs(check.Options)
        missing = [f.name for f in dataclasses.fields(check.Options) if f.name not in documented]
        assert missing == [], f"{check.NAME}: write a docstring under each of {missing}"


def _used(node: Any) -> Iterator[tuple[str, str]]:
    """(check, option) for every option a rule's check tree writes."""
    for name, value in node.items():
        if name in COMBINATORS:
            for child in value if isinstance(value, list) else [value]:
                yield from _used(child)
        else:
            yield from ((name, option) for option in value)


def test_every_check_and_option_the_builtin_rules_use_is_in_the_table() -> None:
    rows = {line.split(" | ")[0].strip("| `"): line for line in table().splitlines()[2:]}
    used = {
        pair
        for path in sorted((REPO / "rules").glob("*.yml"))
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
        for pair in _used(rule["check"])
    }
    assert ("items", "tracked") in used
    for check, option in sorted(used):
        assert f"`{option}` (" in rows[check], (check, option)
    assert set(rows) == {*REGISTRY, *COMBINATORS}


TOY = '''
"""``wordcount``: the whole document has at least ``min`` words.

More documentation, which the table leaves to the module.
"""

from dataclasses import dataclass

NAME = "wordcount"


@dataclass(frozen=True, slots=True)
class Options:
    min: int
    """at least this many words"""
    blocks: str = "all"
'''


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Check]:
    (tmp_path / "toy_table_check.py").write_text(TOY)
    monkeypatch.syspath_prepend(str(tmp_path))
    import toy_table_check

    yield cast(Check, toy_table_check)
    sys.modules.pop("toy_table_check", None)


def test_a_check_of_ones_own_gets_its_row_from_its_docstrings(toy: Check) -> None:
    assert table([toy]).splitlines()[2] == (
        "| `wordcount` | the whole document has at least `min` words "
        "| `min` (number, required): at least this many words<br>`blocks` (text, default `all`) |"
    )


def test_rewrite_replaces_only_the_block_between_the_markers() -> None:
    stale = f"# README\n\nBefore.\n\n{START}\n| old | table |\n{END}\n\nAfter.\n"
    assert rewrite(stale) == f"# README\n\nBefore.\n\n{block()}\n\nAfter.\n"
    assert rewrite(rewrite(stale)) == rewrite(stale)
    with pytest.raises(ValueError, match="no table of check types"):
        rewrite("# README without the markers\n")
