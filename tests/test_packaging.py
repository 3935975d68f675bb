"""What `pip install .` ships: every package of src/, so a user's install has what the tests ran."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_package_under_src_is_listed_for_setuptools() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO / "src").parts)
        for init in (REPO / "src").rglob("__init__.py")
    }
    assert found - listed == set()
