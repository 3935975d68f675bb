"""A check run replayed: when nothing it read has changed, what it printed is printed again.

A warm re-run (a pre-commit hook on an unchanged tree, an editor saving twice) used to spend
its time importing the checks, loading every cached result and formatting them again. A
record of a run keeps what it printed and its exit code, under everything they depend on:

- named by spec-gate's code, the command line, the working directory, today's date, whether
  the output is coloured, the ``GIT_*`` environment and the config file found;
- checked before use: the bytes of every file the policy was built from (and the absence of
  those it looked for), the list of Markdown files the paths name (a folder: every one below
  it, as the check walks it, checked or not) with their bytes, and where HEAD points (who had
  a copied text first, how often a waiver was renewed).

Anything changed means a full run, which writes the record again. The documents are read
before that run, so a file edited while it runs leaves a record that no longer matches, never
a wrong one. A run that reads standard input, writes ``--output`` or is told ``--no-cache`` is
neither replayed nor recorded. Records live in the store (``spec_gate.store``), the newest
``RECORDS`` of them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

from spec_gate import git, store
from spec_gate.errors import SpecGateError
from spec_gate.folders import markdown_paths
from spec_gate.ruleset.files import LOCAL, find_config, repository_root

RECORDS = 32  # one per command line and folder a user runs often; the oldest go first
_FORMAT = 1  # bump when a record's layout changes


# Named tuples, not dataclasses: a replayed run is over before dataclasses could be imported.
class Output(NamedTuple):
    """What a run printed, and how it ended."""

    notes: str  # on stderr, before the report
    stdout: str
    errors: str  # on stderr, after the report
    code: int


class Record(NamedTuple):
    inputs: tuple[tuple[str, bytes | None], ...]  # the policy's files, as Policy.inputs
    documents: str  # the fingerprint of the documents and of HEAD, taken before the run
    output: Output


class Replay(NamedTuple):
    """The record of one command line, where it is kept, and the documents as they are now."""

    entry: Path
    name: tuple[str, ...]
    root: Path  # the policy's root, as the run will find it
    documents: str

    def lookup(self) -> Output | None:
        """What the recorded run printed, when nothing it read has changed since."""
        record = store.load(self.entry, self.name)
        if not isinstance(record, Record) or record.documents != self.documents:
            return None
        try:
            if any(LOCAL.read(Path(file)) != data for file, data in record.inputs):
                return None
        except SpecGateError:
            return None
        return record.output

    def save(
        self, output: Output, root: Path, inputs: tuple[tuple[str, bytes | None], ...]
    ) -> None:
        """Record ``output``, by the run whose policy had ``root`` and was built from
        ``inputs``; a policy found elsewhere than foreseen is not recorded."""
        if root != self.root:
            return
        store.save(self.entry, self.name, Record(inputs, self.documents, output))
        _prune(self.entry.parent)


def start(
    paths: Sequence[str],
    config: str | None,
    rulesets: Sequence[str],
    options: Sequence[str],
    here: Path,
    today: date,
    environ: Mapping[str, str] = os.environ,
) -> Replay | None:
    """The replay of ``spec-gate check PATHS`` run in ``here`` today, or None when this run is
    not to be replayed or recorded. ``options``: everything else on the command line that can
    change the output (the kind, the format, the fail-on level, colour)."""
    folder = store.folder(environ)
    if folder is None or "-" in paths:
        return None
    if config is not None:
        given = here / config
        if not given.is_file():
            return None  # the run says what is wrong
        config_path: Path | None = given.resolve()
    else:
        found = find_config(here)
        config_path = found.resolve() if found is not None else None
    root = config_path.parent if config_path is not None else repository_root(here)
    documents = _fingerprint(paths, here, root)
    if documents is None:
        return None
    git_environment = sorted(f"{k}={v}" for k, v in environ.items() if k.startswith("GIT_"))
    name = (
        f"run {_FORMAT}",
        store.code_stamp(),
        str(here),
        today.isoformat(),
        str(config_path),
        *rulesets,
        "\0paths",
        *paths,
        "\0options",
        *options,
        "\0environment",
        *git_environment,
    )
    hashed = hashlib.sha256("\0".join(name).encode("utf-8", "surrogatepass")).hexdigest()
    return Replay(folder / "runs" / hashed[:40], name, root, documents)


def _fingerprint(paths: Sequence[str], here: Path, root: Path) -> str | None:
    """A hash of the Markdown files ``paths`` name (no paths: every one below ``root``, which
    the config's globs choose from), their bytes and where they are, and of where HEAD points.
    None when a path is missing or unreadable: the run says what is wrong."""
    hashed = hashlib.sha256()
    named: Sequence[str | None] = paths or [None]
    for raw in named:
        path = root if raw is None else here / raw
        if path.is_dir():
            files = sorted(markdown_paths(path))
            hashed.update(f"\0folder\0{raw}\0{path.resolve()}\0{len(files)}".encode())
        elif path.is_file():
            files = [str(path)]
            hashed.update(f"\0file\0{raw}\0{path.resolve()}".encode())
        else:
            return None
        for file in files:
            try:
                with open(file, "rb") as opened:
                    data = opened.read()
            except OSError:
                return None
            hashed.update(f"\0{file}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            hashed.update(data)
    top = git.top_above(root)
    head = "no repository" if top is None else git.head_state(top)
    if head is None:
        return None
    hashed.update(f"\0head\0{top}\0{head}".encode("utf-8", "surrogateescape"))
    return hashed.hexdigest()


def _prune(folder: Path) -> None:
    """Keep the newest ``RECORDS`` records."""
    try:
        entries = sorted(
            (entry.stat().st_mtime_ns, entry.path)
            for entry in os.scandir(folder)
            if not entry.name.startswith(".")
        )
        for _, path in entries[: max(0, len(entries) - RECORDS)]:
            os.unlink(path)
    except OSError:
        return  # housekeeping: a run never fails for it
