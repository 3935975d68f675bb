"""Path globs as users write them in .spec-gate.yml."""

from __future__ import annotations

import pytest

from spec_gate.ruleset.globs import compile_glob, hidden_folders

GLOBS = [
    ("docs/specs/**", "docs/specs/a.md", True),
    ("docs/specs/**", "docs/specs/b\nx.md", True),  # git allows a newline in a file name
    ("docs/specs/*.md", "docs/specs/b\nx.md", True),
    ("docs/specs/*.md", "docs/specs/deeper/a.md", False),
    ("docs/**/*.md", "docs/a.md", True),
    ("docs/{specs,rfcs}/*.md", "docs/rfcs/a.md", True),
    ("docs/specs/?.md", "docs/specs/ab.md", False),
]


@pytest.mark.parametrize(("glob", "path", "matched"), GLOBS)
def test_a_glob_matches_the_paths_it_names(glob: str, path: str, matched: bool) -> None:
    assert (compile_glob(glob).match(path) is not None) is matched


HIDDEN = [
    (".rfcs/*.md", (".rfcs",)),
    ("./.rfcs/*.md", (".rfcs",)),
    ("docs/*/.drafts/**/*.md", ("docs/*/.drafts",)),
    (".github/.notes/*.md", (".github", ".github/.notes")),
    ("{.rfcs,rfcs}/*.md", (".rfcs",)),
    ("docs/{a,.b}/*.md", ("docs/.b",)),
    ("docs/**/*.md", ()),  # a wildcard names no hidden folder
    ("*/*.md", ()),
    ("docs/.hidden.md", ()),  # a hidden file, in a folder walked anyway
]


@pytest.mark.parametrize(("glob", "folders"), HIDDEN)
def test_the_hidden_folders_a_glob_names_by_a_leading_dot(
    glob: str, folders: tuple[str, ...]
) -> None:
    assert hidden_folders(glob) == folders
