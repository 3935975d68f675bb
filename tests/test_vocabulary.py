"""Kinds and format names are defined once, in spec_gate.vocabulary, and imported everywhere."""

from __future__ import annotations

import ast

from spec_gate.vocabulary import BODY_PREFIXES, KINDS, Format, Kind, body_path, is_file
from tests.conftest import REPO

SOURCE = REPO / "src" / "spec_gate"
FORMAT_NAMES = {f.value for f in Format}
KIND_NAMES = {k.value for k in Kind}


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(SOURCE)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "vocabulary.py"
    ]


def test_no_module_but_the_vocabulary_spells_a_kind() -> None:
    found = [
        f"{name}:{node.lineno} {node.value!r}"
        for name, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in KIND_NAMES
    ]
    assert found == []


# SARIF's multiformatMessageString has keys "text" and "markdown" of its own.
SARIF_MESSAGE = "formats/sarif.py ['markdown', 'text']"


def test_no_module_but_the_vocabulary_lists_format_names() -> None:
    """A literal collection naming two or more formats is a second definition of them."""
    found = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            elements = (
                node.keys
                if isinstance(node, ast.Dict)
                else node.elts
                if isinstance(node, ast.Tuple | ast.List | ast.Set)
                else []
            )
            names = {e.value for e in elements if isinstance(e, ast.Constant)} & FORMAT_NAMES
            if len(names) >= 2 and f"{name} {sorted(names)}" != SARIF_MESSAGE:
                found.append(f"{name}:{node.lineno} {sorted(names)}")
    assert found == []


def test_the_kinds_and_how_bodies_are_named() -> None:
    assert KINDS == (Kind.PR, Kind.TICKET, Kind.SPEC, Kind.POSTMORTEM, Kind.HANDOFF)
    assert set(BODY_PREFIXES) == {Kind.PR, Kind.TICKET}
    assert (body_path(Kind.PR, 12), body_path(Kind.TICKET, 7)) == ("pr#12", "issue#7")
    assert [is_file(p) for p in ("docs/a.md", "-", "pr#12", "issue#7", "pr-notes.md")] == [
        True,
        False,
        False,
        False,
        True,
    ]
