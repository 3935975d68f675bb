"""Where spec-gate keeps what it has worked out: one folder of pickles, safe to share and lose.

Everything kept (the compiled policy, the results of checks, the vocabulary read from its data
files) lives in the user's cache folder (``XDG_CACHE_HOME``, else ``~/.cache``;
``SPEC_GATE_CACHE_DIR`` moves it, ``SPEC_GATE_NO_CACHE=1`` turns it off), so one store serves
every clone, worktree and pre-commit environment, and nothing is written into a repository.
An entry is written to a temporary file and renamed, so concurrent runs never see half of one;
an entry that does not unpickle, or whose stored key is not the one asked for, is a miss. A
read-only or full disk costs speed, never correctness.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

import spec_gate


def folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The store's folder, or None when nothing may be kept."""
    if environ.get("SPEC_GATE_NO_CACHE"):
        return None
    if environ.get("SPEC_GATE_CACHE_DIR"):
        return Path(environ["SPEC_GATE_CACHE_DIR"])
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "spec-gate"


def load(path: Path, key: object) -> object | None:
    """What was saved at ``path`` under ``key``; None for a miss, or an entry not to trust."""
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except Exception:  # missing, half-written by a crash, or not ours: a miss
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None
    value: object = stored[1]
    return value


def save(path: Path, key: object, value: object) -> None:
    """Keep ``value`` at ``path`` under ``key``, atomically."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        import tempfile  # only to write: a run whose every result is kept never needs it

        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".entry-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold ``path``'s lock (``<path>.lock``) while reading, joining and writing it again, so
    that two processes keeping at once do not lose each other's part. Where there is no
    ``fcntl`` (Windows), or the lock cannot be taken, nothing is held: the last write wins."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = open(path.with_name(path.name + ".lock"), "a")  # noqa: SIM115 - held below
    except OSError:
        yield
        return
    with handle:
        with suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def keep_newest(folder: Path, patterns: tuple[str, ...], count: int) -> None:
    """Keep the ``count`` most recently written files of ``folder`` that match any of the glob
    ``patterns`` (one family of entries: each installation, simplemma version or config leaves
    its own), and delete the rest. Called after a write, which is rare: a family never grows
    past ``count``. Housekeeping: a failure is ignored."""
    try:
        found = {path for pattern in patterns for path in folder.glob(pattern)}
        ordered = sorted(((path.stat().st_mtime_ns, path) for path in found), reverse=True)
        for _, path in ordered[count:]:
            path.unlink(missing_ok=True)
    except OSError:
        return


# What spec-gate runs on that can change a verdict: the parser, the lemmatizer, the pattern
# engine, YAML (front matter) and pydantic (the config's errors).
DEPENDENCIES = ("pyromark", "simplemma", "re2", "yaml", "pydantic")


def installed(name: str) -> str:
    """Package ``name`` as installed, told without importing it: where it is, and its first
    file's time and size, which an upgrade or a reinstall changes."""
    found = importlib.util.find_spec(name)  # found, not imported
    origin = found.origin if found is not None else None
    stat = os.stat(origin) if origin and os.path.exists(origin) else None
    return f"{name}:{origin}:{stat and stat.st_mtime_ns}:{stat and stat.st_size}"


@cache
def code_stamp() -> str:
    """Changes whenever spec-gate's code or built-in rule sets change, released or not, or
    one of its ``DEPENDENCIES`` is installed again (an upgrade rewrites its files)."""
    rules = importlib.import_module("spec_gate.rules")  # the built-in rule sets' folder
    folders = {str(Path(spec_gate.__file__).parent), *getattr(rules, "__path__", [])}
    parts = [spec_gate.__version__, sys.version]
    parts += [installed(name) for name in DEPENDENCIES]
    for root in sorted(folders):
        for current, _dirs, names in os.walk(root):
            for name in sorted(names):
                if name.endswith((".py", ".yml")):
                    stat = os.stat(os.path.join(current, name))
                    parts.append(f"{current}/{name}:{stat.st_mtime_ns}:{stat.st_size}")
    return "\n".join(sorted(parts))
