"""``phrases``: wording to avoid in prose, each with why and a suggested rewording.

Every occurrence is its own finding, on its own line. Code and HTML comments are never read.

```yaml
check:
  phrases:
    phrases:
      - pattern: "human error"
        message: "“human error” stops the search for the cause at a person."
        suggest: "Say what let the mistake through: “the deploy script accepted an empty target”."
```
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Miss, Outcome, passed, scopes
from spec_gate.document import Block, Context, Document
from spec_gate.patterns import Regex

NAME = "phrases"


@dataclass(frozen=True, slots=True)
class Phrase:
    """Wording to avoid, why, and a suggested rewording."""

    __pydantic_config__ = STRICT

    pattern: Regex
    message: str = ""
    suggest: str = ""
    unless: Regex | None = None  # a match that also matches this is not the phrase ("The deploy")


@dataclass(frozen=True, slots=True)
class Options:
    """Wording to avoid in prose; each occurrence is its own finding."""

    __pydantic_config__ = STRICT

    phrases: tuple[Phrase, ...]
    """the wording to avoid: its ``pattern``, the ``message`` that says why, a ``suggest``ed
    rewording, and ``unless``: a match that also matches this is not the phrase"""
    section: Regex | None = None
    """only look inside sections or labelled paragraphs whose heading matches"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    blocks: Iterable[Block] = doc.blocks
    if options.section is not None:
        blocks = [b for s in scopes(doc, patterns.compile(options.section)) for b in s.blocks]
    compiled = [
        (patterns.compile(p.pattern), patterns.compile(p.unless) if p.unless else None, p)
        for p in options.phrases
    ]
    misses: list[Miss] = []
    for block in blocks:
        text = block.full_text
        prose = _without_code(text) if "`" in text else text
        for pattern, unless, phrase in compiled:
            for match in pattern.finditer(prose):
                if unless is not None and unless.search(match.group(0)) is not None:
                    continue
                line = block.line + text.count("\n", 0, match.start())
                misses.append(
                    Miss(
                        line,
                        _context(text, match.start(), match.end()),
                        phrase.message,
                        phrase.suggest,
                    )
                )
    return Outcome(tuple(misses)) if misses else passed()


def _without_code(text: str) -> str:
    """``text`` with the code spans that hold code blanked, each character (but a line's end)
    a space: a command named in code ("`just export-month`", "`make -j4`") is no wording, and
    offsets stay as written. Plain words in backticks ("`human error`") are still read: the
    marks alone do not hide wording from the rule."""

    def blanked(span: re.Match[str]) -> str:
        code = span.group()
        return re.sub(r"[^\n]", " ", code) if _CODE_LIKE.search(code.strip("`")) else code

    return _CODE_SPAN.sub(blanked, text)


_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_CODE_LIKE = re.compile(r"[-_/.=()\[\]{}<>$:@#|\\*+~]|\d")


def _context(text: str, start: int, end: int, room: int = 40) -> str:
    """The phrase with a little of the sentence around it, on one line, and the words found
    when there is more around them (two phrases of a line are told apart by their words)."""
    around = " ".join(text[max(0, start - room) : end + room].split())
    said = f"in “{'…' * (start > room)}{around}{'…' * (end + room < len(text))}”"
    words = " ".join(text[start:end].split())
    return said if words == around else f"{said} (“{words}”)"


def describe(options: Options) -> str:
    listed = "; ".join(f"/{p.pattern}/" for p in options.phrases)
    inside = f" in sections matching /{options.section}/" if options.section else ""
    return f"none of these phrases in prose{inside} (each one found is a finding): {listed}"
