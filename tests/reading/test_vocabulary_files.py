"""Every language's vocabulary file: readable by any YAML loader, and holding what the
built-in rule sets and language detection need."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from spec_gate.errors import SpecGateError
from spec_gate.reading.language import built_in
from spec_gate.reading.lexicon import build, from_file

FOLDER = Path(__file__).resolve().parents[2] / "rules" / "vocabulary"
# What reading a document needs in any language (en.yml keeps English headings in the rule
# sets' own patterns, so it alone may lack the heading classes).
NEEDED = (
    "stopwords",
    "dismissals",
    "perspective_literacy",
    "perspective_disability",
    "perspective_connection",
    "no_impact",
    "follow_up_headings",
    "tests_run",
)
HEADINGS = (
    "heading_why",
    "heading_who",
    "heading_review",
    "heading_impact",
    "signoff_subject",
    "signoff_approve",
)


@pytest.mark.parametrize("language", built_in())
def test_a_vocabulary_file_reads_the_same_without_libyaml(language: str) -> None:
    """The C loader is what PyYAML's wheels use; the pure-Python one is what a build without
    libyaml falls back to: an unquoted "?" in a flow list reads in one and not the other."""
    data = (FOLDER / f"{language}.yml").read_bytes()
    assert yaml.load(data, Loader=yaml.SafeLoader) == yaml.load(data, Loader=yaml.CSafeLoader)


class _NoDuplicates(yaml.SafeLoader):
    """A loader that refuses a key written twice: YAML keeps the last, silently, and a class
    added under a name already in use would replace the first one's words."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        assert not repeated, f"written twice: {repeated}"
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("language", built_in())
def test_a_vocabulary_file_names_each_class_once(language: str) -> None:
    yaml.load((FOLDER / f"{language}.yml").read_bytes(), Loader=_NoDuplicates)


@pytest.mark.parametrize("language", built_in())
def test_a_vocabulary_file_has_what_the_rules_read(language: str) -> None:
    data = yaml.safe_load((FOLDER / f"{language}.yml").read_bytes())
    assert data["language"] == language
    lexicon = build(data, f"{language}.yml")
    needed = NEEDED + (HEADINGS if language != "en" else ())
    assert [name for name in needed if not lexicon.entries(name)] == []


def test_a_teams_vocabulary_naming_a_class_twice_is_refused_not_half_read() -> None:
    """YAML keeps only the last of two keys: the first list's words would be lost silently."""
    data = b"# our words\nlanguage: xx\npeople: [riders]\n'people': [guests]\n"
    with pytest.raises(SpecGateError) as raised:
        from_file(data, "lang/xx.yml")
    assert raised.value.where == "lang/xx.yml:4"
    assert "'people' is defined twice (first at line 3)" in raised.value.what
    assert "riders" in from_file(b"language: xx\npeople: [riders]\n", "lang/xx.yml")["people"]


@pytest.mark.parametrize(
    ("data", "where", "said"),
    [
        (
            b"language: eu\nheading_why: [zergatik]\nheding_who: [nori eragiten dio]\n",
            "lang/eu.yml:3",
            "unknown class 'heding_who'; did you mean 'heading_who'?",
        ),
        (
            b"language: eu\nheading_why: zergatik\n",
            "lang/eu.yml:2",
            "class 'heading_why' is a list of words or phrases: write [zergatik]",
        ),
    ],
)
def test_a_teams_vocabulary_with_a_class_no_rule_reads_is_refused(
    data: bytes, where: str, said: str
) -> None:
    """A misspelt class would be read by no rule, and its headings never found."""
    with pytest.raises(SpecGateError) as raised:
        from_file(data, "lang/eu.yml")
    assert raised.value.where == where
    assert raised.value.what.startswith(said)


@pytest.mark.parametrize(
    ("entry", "said", "found"),
    [
        # An entry's numbers are read as a text's are: kept, not dropped.
        ("layer 8", ("layer",), False),
        ("layer 8", ("layer", "8"), True),
        ("phase 2", ("phase",), False),
        ("phase 2", ("phase", "2"), True),
        ("2g", ("g",), False),
        ("2g", ("2", "g"), True),
        ("5xx", ("5", "xx"), True),
        ("503", ("503",), True),
    ],
)
def test_an_entry_keeps_its_numbers(entry: str, said: tuple[str, ...], found: bool) -> None:
    lexicon = build({"language": "en", "words": [entry]}, "test")
    assert (lexicon["words"].match(said, 0) == len(said)) is found
