"""The vocabularies kept in the store: one per installation, simplemma's shared by version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spec_gate.reading import lexicon


def _forget() -> None:
    for cached in (lexicon.load, lexicon._raw, lexicon._lemmatizer, lexicon._simplemma):
        cached.cache_clear()
    getattr(lexicon._install, "cache_clear", lambda: None)()  # unless a test replaced it


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("SPEC_GATE_CACHE_DIR", str(tmp_path))
    _forget()
    yield tmp_path
    _forget()


def _as(install: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as another installation of spec-gate sharing the same store."""
    _forget()
    monkeypatch.setattr(lexicon, "_install", lambda: install)


def test_two_installations_keep_their_own_vocabularies_and_share_simplemma(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as("first", monkeypatch)
    assert lexicon.load("en").lemma("riders") == "rider"
    first = store / "vocabulary-en-first.pickle"
    (shared,) = store.glob("simplemma-en-*.pickle")
    written = first.stat().st_mtime_ns, shared.stat().st_mtime_ns

    _as("second", monkeypatch)
    assert lexicon.load("en").lemma("riders") == "rider"
    assert (store / "vocabulary-en-second.pickle").is_file()

    _as("first", monkeypatch)
    assert lexicon.load("en").lemma("riders") == "rider"
    # Neither run rewrote what the other kept: each was a hit for the first installation.
    assert (first.stat().st_mtime_ns, shared.stat().st_mtime_ns) == written
    assert shared.name == f"simplemma-en-{lexicon._simplemma_version()}.pickle"
