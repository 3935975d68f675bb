"""Never check the same text twice: a cache of results, keyed by everything that can change one.

A key is the SHA-256 of: the policy's digest (its files' bytes, spec-gate's code and version,
the registered checks), the document's path, relative path and kind, its bytes, the engine's
context (labels, approvers, authors that may not sign off, team memberships), and today's date
when the text holds a waiver, whose expiry can change the verdict. Anything else about a
result is a function of these, so a hit is the result a check would give.

Entries live beside the compiled policy in the user's cache folder (``XDG_CACHE_HOME``, else
``~/.cache``; ``SPEC_GATE_CACHE_DIR`` moves it): one cache serves every clone, worktree and
pre-commit environment of a user, and nothing is written into the repository. An entry is
written to a temporary file and renamed, so concurrent runs never see half of one; an entry
that does not unpickle, or whose stored key differs, is ignored. Past ``MAX_ENTRIES`` the
oldest are pruned. Results that look across documents (copies) are computed after the cache,
from every document's cached or fresh result, so they stay right when only some changed.

A run over many files also keeps all its results in one entry (a ``Recall``), with each file's
stat and key: the next run over the same files reads that one entry instead of one per
document, and reads again only the files whose stat changed (or was taken too close to the
run to be trusted), as git compares a work tree with its index. Its results are kept as they
were held, each text once however many documents share it.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spec_gate import store
from spec_gate.findings import DocumentResult

MAX_ENTRIES = 20_000  # about 40 MB for the largest corpora; pruned to 80 % past it
_DATED = re.compile(r"\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b")  # a date: its day may come
_FORMAT = 1  # bump when an entry's layout changes
RECALL_MIN = 8  # files in a run for it to be kept whole (a Recall)
RECALLS = 8  # runs kept whole, the newest first
# A file whose stat was taken less than this before the run began is read again, not
# trusted by its stat: file systems stamp times by a clock that ticks every few milliseconds.
RACY_NS = 2_000_000_000


@dataclass(frozen=True, slots=True)
class ResultCache:
    folder: Path
    context: bytes  # the policy's digest and the engine's context, hashed into every key

    @classmethod
    def open(
        cls, folder: Path | None, policy_digest: str, context: Mapping[str, object]
    ) -> ResultCache | None:
        """The cache for one policy and engine, or None when results must not be cached."""
        if folder is None or not policy_digest:
            return None
        parts = [policy_digest, *(f"{name}={context[name]!r}" for name in sorted(context))]
        return cls(folder / "results", "\0".join(parts).encode())

    def key(self, path: str, relative: str | None, kind: str | None, text: str, today: str) -> str:
        hashed = hashlib.sha256(self.context)
        hashed.update(f"\0{path}\0{relative}\0{kind}\0".encode())
        hashed.update(text.encode("utf-8", "surrogatepass"))
        if "waive" in text or _DATED.search(text):  # a waiver's expiry, a sign-off's date
            hashed.update(f"\0{today}".encode())
        return hashed.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / key[2:]

    def get(self, key: str) -> DocumentResult | None:
        result = self.load(key)
        return result if isinstance(result, DocumentResult) else None

    def put(self, key: str, result: DocumentResult) -> None:
        self.save(key, result)

    def load(self, key: str) -> object | None:
        """What was saved under ``key``; None for a miss, or for an entry not to be trusted."""
        return store.load(self._file(key), (_FORMAT, key))

    def save(self, key: str, value: object) -> None:
        store.save(self._file(key), (_FORMAT, key), value)

    def prune(self, limit: int = MAX_ENTRIES, written: int | None = None) -> None:
        """Past ``limit`` entries, delete the least recently written down to 80 % of it.

        ``written``: entries this run added. The entries are counted (a stat of each) only
        once a tenth of ``limit`` has been written since the last count, not after every run
        that missed one: a run that changed one file does not stat twenty thousand."""
        if written is not None and not self._budget_spent(written, limit // 10):
            return
        entries = list(self._entries())
        if len(entries) <= limit:
            return
        entries.sort(key=lambda entry: entry[0])
        try:
            for _, path in entries[: len(entries) - int(limit * 0.8)]:
                path.unlink(missing_ok=True)  # another run may have pruned it first
        except OSError:
            return  # pruning is housekeeping: a run never fails for it

    def _budget_spent(self, written: int, budget: int) -> bool:
        """Add ``written`` to the writes since the entries were last counted; whether they
        reach ``budget`` (then the count starts again)."""
        counter = self.folder.with_name("results-written-since-pruned")  # not an entry
        try:
            before = int(counter.read_text(encoding="ascii") or 0)
        except (OSError, ValueError):
            before = 0
        total = before + written
        spent = total >= budget
        try:
            counter.parent.mkdir(parents=True, exist_ok=True)
            counter.write_text(str(0 if spent else total), encoding="ascii")
        except OSError:
            return True  # no counter: count the entries, as before
        return spent

    def recall(
        self, files: Sequence[tuple[str, str | None, str | None, Path | None]], today: str
    ) -> Recall:
        """The results of the last run over the same ``files`` (path, relative path, kind and
        the file read, one per document, in order) today, by the same policy and engine."""
        hashed = hashlib.sha256(self.context)
        hashed.update(f"\0recall {_FORMAT}\0{today}\0".encode())
        hashed.update(repr(files).encode("utf-8", "surrogatepass"))
        name = hashed.hexdigest()
        found = store.load(self._recalls() / name[:40], (_FORMAT, name))
        return Recall(self, today, name, found if isinstance(found, Kept) else None, len(files))

    def _recalls(self) -> Path:
        return self.folder.with_name("recalls")

    def _entries(self) -> Iterator[tuple[float, Path]]:
        try:
            shards = list(os.scandir(self.folder))
        except OSError:
            return
        for shard in shards:
            if shard.is_dir():
                for entry in os.scandir(shard.path):
                    try:
                        yield entry.stat().st_mtime, Path(entry.path)
                    except OSError:
                        continue


class Kept(NamedTuple):
    """A run's results kept whole."""

    taken: int  # when the run began (ns since the epoch), before any file's stat was taken
    stats: dict[str, tuple[int, int, int, int, str]]  # path: size, mtime, ctime, inode; key
    results: dict[str, DocumentResult | None]  # by key; None: the kind could not be told


@dataclass(slots=True)
class Recall:
    """One run's view of the last run over the same files: keys from the stats that are
    unchanged, results from the run kept whole, else from the entries one by one."""

    cache: ResultCache
    today: str
    name: str
    kept: Kept | None
    size: int  # the documents of the run
    taken: int = field(default_factory=time.time_ns)
    stats: dict[str, tuple[int, int, int, int, str]] = field(default_factory=dict)
    stale: int = 0  # documents not answered from the kept run by an unchanged stat

    def key(
        self,
        path: str,
        relative: str | None,
        kind: str | None,
        file: Path | None,
        read: Callable[[], str],
    ) -> str:
        """The document's key: from the kept run when its file's stat is as it was then
        (and was taken well before that run began), else from its text, read now."""
        stamp: tuple[int, int, int, int] | None = None
        if file is not None:
            try:
                found = os.stat(file)
            except OSError:
                found = None  # read() says what is wrong
            if found is not None:
                stamp = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
                old = self.kept.stats.get(path) if self.kept is not None else None
                if (
                    old is not None
                    and self.kept is not None
                    and old[:4] == stamp
                    and max(stamp[1], stamp[2]) < self.kept.taken - RACY_NS
                ):
                    self.stats[path] = old
                    return old[4]
        self.stale += 1
        key = self.cache.key(path, relative, kind, read(), self.today)
        if stamp is not None:
            self.stats[path] = (*stamp, key)
        return key

    def kept_result(self, key: str) -> tuple[bool, DocumentResult | None]:
        """Whether the run kept whole had a document of ``key``, and its result (None: its
        kind could not be told). Those results hold their texts shared with the others'."""
        if self.kept is None or key not in self.kept.results:
            return False, None
        return True, self.kept.results[key]

    def keep(self, results: dict[str, DocumentResult | None]) -> None:
        """Keep this run's ``results`` (by key; None: a document whose kind is unknown) whole,
        when the run is large enough and the kept one, if any, answered too little of it (a
        tenth of the documents read again)."""
        if self.size < RECALL_MIN or (self.kept is not None and self.stale * 10 < self.size):
            return
        stats = {path: stat for path, stat in self.stats.items() if stat[4] in results}
        folder = self.cache._recalls()
        store.save(folder / self.name[:40], (_FORMAT, self.name), Kept(self.taken, stats, results))
        store.keep_newest(folder, ("*",), RECALLS)
