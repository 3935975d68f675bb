"""The compiled policy, kept between runs: a repeat run (a pre-commit hook, an editor) skips
YAML parsing and pydantic entirely.

An entry records the bytes' digest of every file the policy was built from (and the files it
looked for and did not find); it is used only while all of them are unchanged, and only by the
same spec-gate code. Anything unexpected (a missing folder, a corrupt entry) means "no cache".
``SPEC_GATE_NO_CACHE=1`` turns it off; ``SPEC_GATE_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import spec_gate
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.files import LOCAL, digest


def folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    if environ.get("SPEC_GATE_NO_CACHE"):
        return None
    if environ.get("SPEC_GATE_CACHE_DIR"):
        return Path(environ["SPEC_GATE_CACHE_DIR"])
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "spec-gate"


@cache
def code_stamp() -> str:
    """Changes whenever spec-gate's code or built-in rule sets change, released or not."""
    rules = importlib.util.find_spec("spec_gate.rules")
    folders = {str(Path(spec_gate.__file__).parent)}
    folders.update(rules.submodule_search_locations or [] if rules else [])
    parts = [spec_gate.__version__, sys.version]
    for folder in sorted(folders):
        for current, _dirs, names in os.walk(folder):
            for name in sorted(names):
                if name.endswith((".py", ".yml")):
                    stat = os.stat(os.path.join(current, name))
                    parts.append(f"{current}/{name}:{stat.st_mtime_ns}:{stat.st_size}")
    return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()


def _entry(key: tuple[str, ...]) -> Path | None:
    where = folder()
    if where is None:
        return None
    name = hashlib.sha256("\0".join((code_stamp(), *key)).encode()).hexdigest()[:32]
    return where / f"policy-{name}.pickle"


def load(key: tuple[str, ...]) -> Policy | None:
    path = _entry(key)
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            read, policy = pickle.load(handle)
    except Exception:  # no entry, or one we cannot trust: rebuild
        return None
    if not isinstance(policy, Policy) or not isinstance(read, dict):
        return None
    for file, recorded in read.items():
        if digest(LOCAL.read(Path(file))) != recorded:
            return None
    return policy


def store(key: tuple[str, ...], read: Mapping[str, str | None], policy: Policy) -> None:
    path = _entry(key)
    if path is None:
        return
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".policy-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump((dict(read), policy), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return  # a read-only home or a full disk costs speed, never correctness
