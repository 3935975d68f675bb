"""Where config, rule-set and template files come from, and where the config is found.

Light on purpose (no pydantic): the CLI uses it to find the config and check the policy cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from spec_gate import git
from spec_gate.errors import SpecGateError

CONFIG_NAMES = (".spec-gate.yml", ".spec-gate.yaml")


class Files(Protocol):
    """Where config, rule-set and template files are read from: the disk, or a commit."""

    def read(self, path: Path) -> bytes | None:
        """The file's bytes, or None when there is no such file."""
        ...


class LocalFiles:
    def read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        except OSError as error:
            raise SpecGateError(str(path), f"cannot read: {error.strerror}") from None


LOCAL = LocalFiles()


class RecordingFiles:
    """Local files, remembering what was read (and what was missing) for the policy cache."""

    def __init__(self) -> None:
        self.read_so_far: dict[str, bytes | None] = {}

    def read(self, path: Path) -> bytes | None:
        data = LOCAL.read(path)
        self.read_so_far[str(path.resolve())] = data
        return data


def unchanged(read: Iterable[tuple[str, bytes | None]]) -> bool:
    """Whether every file is as it was read: (resolved path, its bytes, or None when it was
    absent and must still be). A file that cannot be read now is a change."""
    try:
        return all(LOCAL.read(Path(file)) == data for file, data in read)
    except SpecGateError:
        return False


def find_config(start: Path) -> Path | None:
    """The nearest config at or above ``start``, not looking past the repository's top."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if git.is_top(folder):
            return None
    return None


def repository_root(start: Path) -> Path:
    """The top of the repository ``start`` is in (found on disk), else ``start``."""
    return git.top_above(start) or start
