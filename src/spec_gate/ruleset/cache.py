"""The compiled policy, kept between runs: a repeat run (a pre-commit hook, an editor) skips
YAML parsing and pydantic entirely.

An entry keeps the bytes of every file the policy was built from (and which files it looked
for and did not find); it is used only while all of them are unchanged, and only by the same
spec-gate code. Anything unexpected (a missing folder, a corrupt entry) means "no cache".
``SPEC_GATE_NO_CACHE=1`` turns it off; ``SPEC_GATE_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from spec_gate import store
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.files import unchanged

POLICIES_KEPT = 64  # compiled policies: one per config, rule-set change and spec-gate version


def folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    return store.folder(environ)


def _checks_stamp() -> str:
    """The checks registered from outside the package, which change the policy; the built-in
    ones are spec-gate's code, in ``store.code_stamp``. Nothing can have registered one before
    ``spec_gate.checks`` is imported, and a run whose results are all cached never imports it."""
    checks = sys.modules.get("spec_gate.checks")
    if checks is None:
        return ""
    parts = []
    for name, check in checks.registered_outside().items():
        file = getattr(check, "__file__", None) or ""
        stamp = os.stat(file).st_mtime_ns if file and os.path.exists(file) else 0
        parts.append(f"{name}={getattr(check, '__name__', '')}:{stamp}")
    return ",".join(parts)


def digest(key: tuple[str, ...], inputs: Iterable[tuple[str, bytes | None]]) -> str:
    """A fingerprint of everything a policy is built from (``inputs``: its files, as
    ``Policy.inputs``): the same only for the same policy."""
    hashed = hashlib.sha256("\0".join((store.code_stamp(), _checks_stamp(), *key)).encode())
    for file, data in sorted(inputs):
        hashed.update(f"\0{file}\0{-1 if data is None else len(data)}\0".encode())
        hashed.update(data or b"")
    return hashed.hexdigest()


def _entry(key: tuple[str, ...]) -> tuple[Path, tuple[str, ...]] | None:
    where = folder()
    if where is None:
        return None
    full = (store.code_stamp(), _checks_stamp(), *key)
    # The name only spreads entries out; the full key inside the entry is what must match.
    raw = "\0".join(full).encode()
    return where / f"policy-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.pickle", full


def load(key: tuple[str, ...]) -> Policy | None:
    """The policy stored under ``key``, while every file it was built from is unchanged."""
    entry = _entry(key)
    if entry is None:
        return None
    stored = store.load(*entry)
    if not isinstance(stored, Policy) or not unchanged(stored.inputs):
        return None
    return stored


def store_policy(key: tuple[str, ...], policy: Policy) -> None:
    entry = _entry(key)
    if entry is None:
        return
    path, full = entry
    store.save(path, full, policy)
    store.keep_newest(path.parent, ("policy-*.pickle",), POLICIES_KEPT)
