"""Each module-level name of spec_gate is bound once.

A constant assigned twice in one module is read as its last value by every function, however
near the first one it was written: the first is dead, and the code beside it reads a value
meant for another. (story.py held seven such pairs: a reach of 4 words read as 9, German
clause ends read as English ones.)
"""

from __future__ import annotations

import ast

from tests.conftest import REPO

SOURCE = REPO / "src" / "spec_gate"


def _bound_twice(tree: ast.Module) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{target.id} at lines {seen[target.id]} and {node.lineno}")
                seen.setdefault(target.id, node.lineno)
    return twice


def test_no_module_binds_a_constant_twice() -> None:
    found = {
        str(path.relative_to(SOURCE)): twice
        for path in sorted(SOURCE.rglob("*.py"))
        if (twice := _bound_twice(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_a_constant_bound_twice_is_found() -> None:
    tree = ast.parse("_REACH = 4\ndef f(): return _REACH\n_REACH = 9\n_OTHER: int = 1\n")
    assert _bound_twice(tree) == ["_REACH at lines 1 and 3"]
