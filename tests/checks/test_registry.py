"""The check registry is the one list of checks: a new one is a module plus one line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from textwrap import dedent

import pytest

from spec_gate import checks
from spec_gate.checks import BUILTIN, REGISTRY, register
from spec_gate.ruleset.load import load_policy
from spec_gate.ruleset.schema import node_names
from tests.conftest import Run

TOY = '''
"""``wordcount``: the whole document has at least ``min`` words."""

from dataclasses import dataclass

from spec_gate.checks.base import STRICT, Outcome, missed, passed
from spec_gate.document import Context, Document, words

NAME = "wordcount"


@dataclass(frozen=True, slots=True)
class Options:
    """The whole document has at least min words."""

    __pydantic_config__ = STRICT

    min: int


def run(doc: Document, options: Options, context: Context) -> Outcome:
    count = sum(words(b.text) for b in doc.blocks)
    return passed(1) if count >= options.min else missed(1, f"it has {count} words")


def describe(options: Options) -> str:
    return f"the document has at least {options.min} words"
'''

RULESET = """
    name: toy
    kinds: [spec]
    rules:
      - id: long-enough
        message: Write more.
        check:
          any:
            - wordcount: {min: 5}
            - not: {wordcount: {min: 1}}
"""


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The toy check, imported from a module of its own and registered with one line."""
    (tmp_path / "toy_check.py").write_text(TOY)
    monkeypatch.syspath_prepend(str(tmp_path))
    import toy_check

    before = dict(REGISTRY)
    register(toy_check)  # the one line
    yield
    checks._registry.clear()
    checks._registry.update(before)
    sys.modules.pop("toy_check", None)


def test_the_builtin_checks_are_registered_in_order() -> None:
    assert list(REGISTRY) == [check.NAME for check in BUILTIN]
    assert list(REGISTRY) == [
        "section",
        "checkbox",
        "frontmatter",
        "phrases",
        "mentions",
        "items",
        "narrative",
        "blame",
        "review",
        "approval",
        "answered",
        "counts",
        "guilt_trip",
    ]


def test_a_check_cannot_take_a_combinators_name() -> None:
    class Impostor:
        NAME = "any"

    with pytest.raises(ValueError, match="'any' cannot name a check"):
        register(Impostor)  # type: ignore[arg-type]


@pytest.mark.usefixtures("toy")
def test_a_registered_check_is_known_everywhere(
    cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    # The registry reaches modules that imported it before the registration.
    assert "wordcount" in node_names()
    write("rules/toy.yml", RULESET)
    write(
        ".spec-gate.yml", "documents: [{kind: spec, paths: ['*.md'], rulesets: [./rules/toy.yml]}]"
    )

    # config validation: the check's options are validated, with file and line
    write("rules/bad.yml", RULESET.replace("{min: 5}", "{min: many}"))
    bad = cli("check", "--ruleset", "./rules/bad.yml", "--kind", "spec", "-", stdin=b"x")
    assert bad.code == 2
    assert "rules/bad.yml:8: rule long-enough: min: Input should be a valid integer" in bad.err

    # the JSON Schema
    schema = json.loads(cli("schema", "ruleset").out)
    node = schema["$defs"]["WordcountNode"]
    assert node["required"] == ["wordcount"]
    assert node["description"] == "The whole document has at least min words."

    # explain
    explained = cli("explain", "long-enough").out
    assert "What it checks:\n  any of:\n    - the document has at least 5 words\n" in explained
    assert "    - not:\n        the document has at least 1 words\n" in explained

    # the engine, through a whole check run
    write("short.md", "Too short.\n")
    write("long.md", "This one has enough words in it.\n")
    write("empty.md", "<!-- nothing -->\n")
    result = cli("check", "--format", "json")
    assert result.code == 1
    failing = {f["path"] for f in result.json["findings"]}
    assert failing == {"short.md"}
    assert result.json["findings"][0]["detail"] == "it has 2 words"


@pytest.mark.usefixtures("toy")
def test_a_registered_check_loads_straight_from_yaml(write: Callable[[str, str], Path]) -> None:
    config = write(
        ".spec-gate.yml", "documents: [{kind: spec, paths: ['*.md'], rulesets: [./toy.yml]}]"
    )
    write("toy.yml", dedent(RULESET))
    policy = load_policy(config)
    (rule,) = policy.profiles[0].rules
    assert rule.rule.id == "long-enough"
