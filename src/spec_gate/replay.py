"""A check run replayed: when nothing it read has changed, what it printed is printed again.

A warm re-run (a pre-commit hook on an unchanged tree, an editor saving twice) used to spend
its time importing the checks, loading every cached result and formatting them again. A
record of a run keeps what it printed and its exit code, under everything they depend on:

- named by spec-gate's code, the command line, the working directory, today's date, whether
  the output is coloured, the ``GIT_*`` environment and the config file found;
- checked before use: the bytes of every file the policy was built from (and the absence of
  those it looked for), the Markdown files the paths name (a folder: every one below it, as
  the check walks it, checked or not) by their stat, and by their bytes where the stat cannot
  tell, and where HEAD points (who had a copied text first, how often a waiver was renewed);
  with files named alone, every Markdown file below the root too, which they are compared
  with for copies.
  Each file's digest is kept with its stat, so a run with one file changed reads that one,
  not every file again, to tell whether the others are as they were.

A config whose globs may name a hidden folder (``.rfcs/*.md``: the check walks it, where it
skips other hidden folders) is never replayed: this module reads no YAML, so it could not
walk the folders the run walks.

Anything changed means a full run, which writes the record again. The documents are read
before that run, so a file edited while it runs leaves a record that no longer matches, never
a wrong one. A run that reads standard input, writes ``--output`` or is told ``--no-cache`` is
neither replayed nor recorded. Records live in the store (``spec_gate.store``), the newest
``RECORDS`` of them.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from stat import S_ISREG
from typing import NamedTuple

from spec_gate import git, store
from spec_gate.folders import MARKDOWN, PAGES, markdown_paths
from spec_gate.ruleset.files import find_config, repository_root, unchanged

RECORDS = 32  # one per command line and folder a user runs often; the oldest go first
_FORMAT = 3  # bump when a record's layout changes


# Named tuples, not dataclasses: a replayed run is over before dataclasses could be imported.
class Output(NamedTuple):
    """What a run printed, and how it ended."""

    notes: str  # on stderr, before the report
    stdout: str
    errors: str  # on stderr, after the report
    code: int


class Record(NamedTuple):
    inputs: tuple[tuple[str, bytes | None], ...]  # the policy's files, as Policy.inputs
    listing: str  # the files found, with their size, time and inode, and where HEAD points
    taken: int  # when the listing was taken (ns since the epoch)
    documents: str  # the fingerprint of the files' bytes and of HEAD, taken before the run
    output: Output
    digests: dict[str, tuple[int, int, int, bytes]]  # file: size, time, inode; its bytes' hash


class Replay:
    """The record of one command line, where it is kept, and the documents as they are now.

    The documents are compared by their stat first (size, modification time, inode), as git
    compares a work tree with its index, and read only when that cannot tell: a file changed,
    or modified so close to when the record was taken that a change within the file system's
    clock tick would leave its time as it was."""

    def __init__(self, entry: Path, name: tuple[str, ...], root: Path, found: _Found) -> None:
        self.entry = entry
        self.name = name
        self.root = root  # the policy's root, as the run will find it
        self.found = found
        self.taken = time.time_ns()
        self.listing = found.listing()
        self._documents: str | None = None
        self._digests: dict[str, tuple[int, int, int, bytes]] = {}

    def documents(self, before: Record | None = None) -> str:
        """The fingerprint of the documents' bytes, taken once (before the run, for saving):
        a file whose stat is as in the record ``before`` (and was well before it was taken)
        by the digest kept there, the others read."""
        if self._documents is None:
            known = {}
            if before is not None:
                known = {
                    file: kept[3]
                    for file, size, modified, inode in self.found.files
                    if (kept := before.digests.get(file)) is not None
                    and kept[:3] == (size, modified, inode)
                    and modified < before.taken - _RACY_NS
                }
            self._documents, self._digests = self.found.fingerprint(known)
        return self._documents

    def lookup(self) -> Output | None:
        """What the recorded run printed, when nothing it read has changed since. On a miss,
        the documents are fingerprinted now, before the run whose output will be recorded."""
        record = store.load(self.entry, self.name)
        if isinstance(record, Record) and unchanged(record.inputs):
            if record.listing == self.listing and self.found.newest < record.taken - _RACY_NS:
                return record.output
            if record.documents == self.documents(record):
                return record.output
            return None
        self.documents(record if isinstance(record, Record) else None)  # the policy changed
        return None

    def save(
        self, output: Output, root: Path, inputs: tuple[tuple[str, bytes | None], ...]
    ) -> None:
        """Record ``output``, by the run whose policy had ``root`` and was built from
        ``inputs``; a policy found elsewhere than foreseen, or documents not fingerprinted
        before the run (no lookup), are not recorded."""
        if root != self.root or self._documents is None:
            return
        record = Record(inputs, self.listing, self.taken, self._documents, output, self._digests)
        store.save(self.entry, self.name, record)
        store.keep_newest(self.entry.parent, ("*",), RECORDS)


# A file modified less than this before the record was taken is read, not trusted by its
# time: file systems stamp times by a clock that ticks every few milliseconds.
_RACY_NS = 2_000_000_000


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
        found_config = find_config(here)
        config_path = found_config.resolve() if found_config is not None else None
    if config_path is not None and _may_name_hidden_folders(config_path):
        return None
    root = config_path.parent if config_path is not None else repository_root(here)
    found = _find(paths, here, root)
    if found is None:
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
    return Replay(folder / "runs" / hashed[:40], name, root, found)


# A path segment that starts with a dot and is neither "." nor "..": ".rfcs" in "- .rfcs/*.md"
# or "docs/.drafts/**", not "./rules/team.yml" or "team.yml". Matched in the config's bytes,
# comments and all: a false alarm costs only the replay.
_HIDDEN_SEGMENT = re.compile(rb"(?:^|[\s\"'\[{,/])\.(?!\.?(?:/|[\s\"',\]}]|$))", re.MULTILINE)


def _may_name_hidden_folders(config: Path) -> bool:
    """Whether the config may name a hidden folder in a glob (see the module's docstring);
    a config that cannot be read is left to the run to report."""
    try:
        return _HIDDEN_SEGMENT.search(config.read_bytes()) is not None
    except OSError:
        return True


class _Found(NamedTuple):
    """The files the paths name (no paths: every Markdown file below the root, which the
    config's globs choose from), each with its stat, and where HEAD points."""

    places: tuple[str, ...]  # each path as named, and where it resolves
    files: tuple[tuple[str, int, int, int], ...]  # path, size, modification time, inode
    head: str
    newest: int  # the latest modification time among the files

    def listing(self) -> str:
        return hashlib.sha256(repr((self.places, self.files, self.head)).encode()).hexdigest()

    def fingerprint(
        self, known: Mapping[str, bytes]
    ) -> tuple[str, dict[str, tuple[int, int, int, bytes]]]:
        """A hash of the files' bytes (and of where they are, and of HEAD), from each file's
        digest: as ``known``, else of its bytes read now; "" when one can no longer be read
        (the record then never matches). With it, each file's stat and digest."""
        hashed = hashlib.sha256(repr((self.places, self.head)).encode())
        digests: dict[str, tuple[int, int, int, bytes]] = {}
        for file, size, modified, inode in self.files:
            digest = known.get(file)
            if digest is None:
                try:
                    with open(file, "rb") as opened:
                        data = opened.read()
                except OSError:
                    return "", {}
                digest = hashlib.sha256(data).digest()
            digests[file] = (size, modified, inode, digest)
            hashed.update(f"\0{file}\0".encode("utf-8", "surrogateescape") + digest)
        return hashed.hexdigest(), digests


def _find(paths: Sequence[str], here: Path, root: Path) -> _Found | None:
    """The files and HEAD of a run; None when a path is missing or cannot be read (the run
    says what is wrong), or when HEAD cannot be read from the disk."""
    places: list[str] = []
    files: list[tuple[str, int, int, int]] = []
    named: list[str | None] = [*paths] or [None]
    if paths and not any((here / raw).is_dir() for raw in paths):
        # Files named alone (a pre-commit hook's) are compared for copies with every document
        # the config maps: a change to any of them changes what the run says.
        named.append(None)
    for raw in named:
        path = root if raw is None else here / raw
        if path.is_dir():
            found = sorted(markdown_paths(path, PAGES if raw is None else MARKDOWN))
        elif path.is_file():
            found = [str(path)]
        else:
            return None
        places.append(f"{raw}\0{path.resolve()}\0{path.is_dir()}")
        for file in found:
            try:
                stat = os.stat(file)
            except OSError:
                return None
            if not S_ISREG(stat.st_mode):
                return None  # a named pipe: reading it to compare could wait forever
            files.append((file, stat.st_size, stat.st_mtime_ns, stat.st_ino))
    top = git.top_above(root)
    head = "no repository" if top is None else git.head_state(top)
    if head is None:
        return None
    newest = max((modified for _, _, modified, _ in files), default=0)
    return _Found(tuple(places), tuple(files), f"{top}\0{head}", newest)
