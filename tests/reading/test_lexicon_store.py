"""The vocabularies kept in the store: one per installation, simplemma's shared by version."""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spec_gate.reading import lexicon


def _forget() -> None:
    for cached in (lexicon.load, lexicon._raw, lexicon._everyday, lexicon._simplemma):
        cached.cache_clear()
    for replaceable in (lexicon._install, lexicon._lemmatizer):  # unless a test replaced it
        getattr(replaceable, "cache_clear", lambda: None)()
    lexicon._KNOWN.clear()
    lexicon._LEARNT.clear()


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


def test_each_family_of_entries_keeps_only_its_newest(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every installation (a virtualenv, each pre-commit environment) and every simplemma
    version leaves its own files; a write keeps the newest of each family and no more."""
    hour_ago = time.time() - 3600

    def left(name: str, age: int) -> Path:
        path = store / name
        path.write_bytes(b"from another installation")
        os.utime(path, (hour_ago - age, hour_ago - age))
        return path

    others = [left(f"vocabulary-en-{n:012x}.pickle", age=n) for n in range(9)]
    older_name = left("vocabulary-en.pickle", age=100)  # as spec-gate once named it
    old_simplemma = [left(f"simplemma-en-0.{n}.pickle", age=n) for n in range(3)]
    french = left("vocabulary-fr-000000000000.pickle", age=999)

    _as("ffffffffffff", monkeypatch)
    assert lexicon.load("en").lemma("riders") == "rider"

    kept = sorted(p.name for p in store.glob("vocabulary-en-????????????.pickle"))
    assert len(kept) == lexicon.INSTALLATIONS_KEPT
    assert "vocabulary-en-ffffffffffff.pickle" in kept
    assert not others[-1].exists() and not others[-2].exists()  # the two oldest
    assert not older_name.exists()
    simplemma = {p.name for p in store.glob("simplemma-en-*.pickle")}
    assert simplemma == {
        f"simplemma-en-{lexicon._simplemma_version()}.pickle",
        old_simplemma[0].name,
    }
    assert french.exists()  # another language: another family


def _lemmas(store: Path) -> dict[str, str]:
    (path,) = store.glob("lemmas-en-*.pickle")
    kept = pickle.loads(path.read_bytes())[1]
    assert isinstance(kept, dict)
    return kept


def _no_simplemma() -> object:
    raise AssertionError("simplemma was loaded")


def test_lemmas_found_are_kept_and_a_later_run_reads_them_without_simplemma(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lexicon.load("en").lemma("wombats") == "wombat"
    lexicon.keep_learnt()
    assert _lemmas(store)["wombats"] == "wombat"

    _forget()  # a new process: nothing in memory, the store as the last one left it
    monkeypatch.setattr(lexicon, "_lemmatizer", _no_simplemma)
    assert lexicon.load("en").lemma("wombats") == "wombat"


def test_a_word_never_met_still_gets_its_lemma(store: Path) -> None:
    lexicon.load("en").lemma("wombats")
    lexicon.keep_learnt()
    _forget()
    assert lexicon.load("en").lemma("blankets") == "blanket"


def test_keeping_joins_what_another_process_kept_meanwhile(store: Path) -> None:
    lexicon.load("en").lemma("wombats")
    lexicon.keep_learnt()
    _forget()
    lexicon._KNOWN["en"] = {}  # another process, started before the first kept
    lexicon.load("en").lemma("blankets")
    lexicon.keep_learnt()
    assert {"wombats", "blankets"} <= set(_lemmas(store))


def test_the_lemmas_kept_are_bounded(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "LEMMAS_KEPT", 3)
    for word in ("wombats", "blankets", "kettles", "saucers"):
        lexicon.load("en").lemma(word)
    lexicon.keep_learnt()
    assert len(_lemmas(store)) == 3


def test_a_languages_everyday_words_are_kept_apart_from_its_other_lists(store: Path) -> None:
    """Telling a text's language reads every language's everyday words: each is kept alone,
    not read back with the forty times larger rest of its file's lists."""
    everyday = lexicon.stopwords("de")
    assert everyday and everyday == lexicon.entries("de", "stopwords")
    assert (store / f"vocabulary-de-stopwords-{lexicon._install()}.pickle").is_file()
    _forget()
    for raw in store.glob("vocabulary-de-raw-*.pickle"):
        raw.unlink()
    assert lexicon.stopwords("de") == everyday
    assert not list(store.glob("vocabulary-de-raw-*.pickle"))  # the other lists not needed
