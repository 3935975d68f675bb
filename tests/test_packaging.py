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


def test_every_folder_of_shipped_data_is_listed_for_setuptools() -> None:
    """A data folder left out still ships today, with a warning that a later setuptools drops it."""
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    data_roots = {
        "spec_gate.templates": REPO / "src/spec_gate/templates",
        "spec_gate.rules": REPO / "rules",
    }
    found = {
        ".".join([package, *folder.relative_to(root).parts])
        for package, root in data_roots.items()
        for folder in root.rglob("*")
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.iterdir())
    }
    assert found - listed == set()


def test_one_action_reference_everywhere() -> None:
    """README, the workflow `init` writes, SARIF's tool link, the package's URL and the release
    workflow name one repository for the action, so a user never has to guess which is right."""
    import re

    from spec_gate.formats import sarif

    repo_root = Path(__file__).resolve().parents[1]
    texts = {
        "README.md": (repo_root / "README.md").read_text(encoding="utf-8"),
        "workflow.yml": (repo_root / "src/spec_gate/templates/workflow.yml").read_text(),
        "release.yml": (repo_root / ".github/workflows/release.yml").read_text(),
        "pyproject.toml": (repo_root / "pyproject.toml").read_text(),
        "sarif.py": Path(sarif.__file__).read_text(),
    }
    named = {
        name: set(re.findall(r"(?:uses: |github\.com/)([\w.-]+/spec-gate)\b", text))
        for name, text in texts.items()
    }
    assert all(named.values()), named
    assert set().union(*named.values()) == {"spec-gate/spec-gate"}, named
