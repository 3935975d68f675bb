"""The document model's records: built quickly, and still frozen dataclasses."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from spec_gate.document.model import Block, Item, quick_init


def test_a_quick_record_is_built_as_its_dataclass_would_build_it() -> None:
    block = Block("Riders lose their basket", 3, 0, lead="Why")
    assert block == Block(text="Riders lose their basket", line=3, section=0, lead="Why")
    assert (block.cells, block.header) == ((), ())  # the defaults
    assert dataclasses.replace(block, line=4).line == 4
    assert pickle.loads(pickle.dumps(block)) == block
    assert (
        repr(Item("a", 1, 2, 0))
        == "Item(text='a', line=1, section=2, depth=0, owner='', checked=None)"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.line = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block("text only")  # type: ignore[call-arg]


def test_a_field_with_a_default_factory_is_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class Listed:
        entries: list[str] = field(default_factory=list)

    with pytest.raises(TypeError, match=r"Listed\.entries"):
        quick_init(Listed)
