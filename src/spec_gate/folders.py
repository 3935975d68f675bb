"""Which files below a folder are Markdown documents: the one walk of a folder, shared by
discovery and by the replay of a run (light on purpose: no document model is imported)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

SKIPPED = frozenset({"node_modules", "__pycache__", "venv"})  # besides hidden folders
NEVER = ".git"  # git's own folder: not walked even where a config's glob names it


MARKDOWN = (".md", ".markdown")
# Where the config's globs decide which files are documents, MDX pages and reStructuredText
# are among those they can name ("docs/**/*.mdx", "oeps/**/*.rst"); a folder given as a path
# holds its Markdown files.
PAGES = (*MARKDOWN, ".mdx", ".rst")


def markdown_below(
    folder: Path, suffixes: tuple[str, ...] = MARKDOWN, enter: Callable[[str], bool] | None = None
) -> Iterator[Path]:
    """Every ``.md`` and ``.markdown`` file below ``folder`` (or each of ``suffixes``); links
    to folders are not followed. Hidden folders are skipped, but those ``enter`` is true of
    (given each one's path: those a config's globs name, such as ``.rfcs``)."""
    return map(Path, markdown_paths(folder, suffixes, enter))


def markdown_paths(
    folder: Path | str,
    suffixes: tuple[str, ...] = MARKDOWN,
    enter: Callable[[str], bool] | None = None,
) -> Iterator[str]:
    """``markdown_below``, as strings (a Path each costs more than reading a small file)."""
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if d not in SKIPPED
            and (
                not d.startswith(".")
                or (enter is not None and d != NEVER and enter(os.path.join(current, d)))
            )
        )
        for name in names:
            if name.lower().endswith(suffixes):
                yield os.path.join(current, name)
