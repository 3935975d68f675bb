"""The built-in vocabulary files, read from their folder, or through importlib.resources when
the package is not installed as files: the same languages and bytes either way."""

from __future__ import annotations

import pytest

from spec_gate.reading import language, lexicon


def test_the_folder_and_importlib_resources_give_the_same_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = lexicon.vocabulary_folder()
    assert folder is not None and (folder / "en.yml").is_file()
    direct = language.built_in(), lexicon.vocabulary_file("de.yml")
    assert "en" in direct[0] and "de" in direct[0]
    with pytest.raises(FileNotFoundError):
        lexicon.vocabulary_file("xx.yml")
    monkeypatch.setattr(lexicon, "vocabulary_folder", lambda: None)
    lexicon.built_in_languages.cache_clear()
    try:
        assert (language.built_in(), lexicon.vocabulary_file("de.yml")) == direct
        with pytest.raises(FileNotFoundError):
            lexicon.vocabulary_file("xx.yml")
    finally:
        lexicon.built_in_languages.cache_clear()
