from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest

from spec_gate.cli import main
from spec_gate.document import Document, parse

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


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
    """Keep the policy cache of every test run (subprocesses included) out of the user's home."""
    import os
    import tempfile

    os.environ["SPEC_GATE_CACHE_DIR"] = tempfile.mkdtemp(prefix="spec-gate-test-cache-")
