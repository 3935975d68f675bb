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
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from spec_gate import store
from spec_gate.findings import DocumentResult

MAX_ENTRIES = 20_000  # about 40 MB for the largest corpora; pruned to 80 % past it
_DATED = re.compile(r"\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b")  # a date: its day may come
_FORMAT = 1  # bump when an entry's layout changes


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
