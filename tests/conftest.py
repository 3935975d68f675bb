from __future__ import annotations

import importlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest

import spec_gate
from spec_gate.cli import main
from spec_gate.document import Document, parse

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


# Tests must exercise this checkout's source. An editable install imports src/ itself; a plain
# `pip install '.[test]'` (CI, the Quick start) imports a copy, which is fine while it is the
# same code and a trap once src/ changes: a broken check would still pass every test.
def _stale_files() -> list[str]:
    installed = Path(spec_gate.__file__).resolve().parent
    if installed == REPO / "src" / "spec_gate":
        return []
    rules = importlib.import_module("spec_gate.rules")
    pairs = [(REPO / "src" / "spec_gate", installed)]
    pairs += [(REPO / "rules", Path(folder)) for folder in rules.__path__]
    stale = []
    for source, copy in pairs:
        for file in sorted(source.rglob("*")):
            if file.suffix in (".py", ".yml", ".md") and "__pycache__" not in file.parts:
                other = copy / file.relative_to(source)
                if not other.is_file() or other.read_bytes() != file.read_bytes():
                    stale.append(str(file.relative_to(REPO)))
    return stale


if _stale := _stale_files():
    raise pytest.UsageError(
        f"the tests would import spec_gate from {Path(spec_gate.__file__).parent}, an installed "
        f"copy that differs from this checkout ({_stale[0]}, {len(_stale)} file(s) in all); "
        "install for development with: pip install -e '.[test]'"
    )


def md(text: str) -> Document:
    """Parse a dedented Markdown snippet."""
    return parse(dedent(text).lstrip("\n"), "test.md")


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@contextmanager
def _stdin(data: bytes) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        yield
    finally:
        sys.stdin = saved


@pytest.fixture
def cli() -> Callable[..., Run]:
    """Run ``spec-gate`` in this process: ``cli("check", "x.md", stdin=b"...")``."""

    def run(*args: str, stdin: bytes = b"") -> Run:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err), _stdin(stdin):
            code = main(list(args))
        return Run(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], Path]:
    """Write dedented files under a fresh repository (cwd) and return their paths."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)

    def write_file(relative: str, text: str) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write_file


def pytest_configure(config: pytest.Config) -> None:
    """Keep all that spec-gate stores (compiled policies, results, the vocabulary) during a test
    run, subprocesses included, out of the user's cache folder."""
    import os
    import shutil
    import tempfile

    from spec_gate.reading import lexicon

    folder = tempfile.mkdtemp(prefix="spec-gate-test-cache-")
    os.environ["SPEC_GATE_CACHE_DIR"] = folder

    def cleanup() -> None:
        lexicon._LEARNT.clear()  # kept at exit: into the folder removed here, re-created
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(cleanup)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, and caching on: what one run keeps, the next finds."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPEC_GATE_CACHE_DIR", str(folder))
    monkeypatch.delenv("SPEC_GATE_NO_CACHE", raising=False)
    return folder


def days_later(days: int) -> type[date]:
    """A ``date`` whose today() is ``days`` from now: patched over ``spec_gate.cli.date``, the
    day every command reads."""
    real = date

    class Later(real):
        @classmethod
        def today(cls) -> Later:
            return cls.fromordinal(real.today().toordinal() + days)

    return Later


def git(root: Path, *args: str, day: str = "2026-01-01") -> str:
    """Run git in ``root`` as one author, every date ``day`` at noon UTC: a history whose dates
    a test can name."""
    stamp = f"{day}T12:00:00+00:00"
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Ana",
        "GIT_AUTHOR_EMAIL": "ana@example.com",
        "GIT_COMMITTER_NAME": "Ana",
        "GIT_COMMITTER_EMAIL": "ana@example.com",
        "GIT_AUTHOR_DATE": stamp,
        "GIT_COMMITTER_DATE": stamp,
    }
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()
