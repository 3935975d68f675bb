"""``guilt_trip``: empathy used to justify overwork, each sentence its own finding.

"I know you're tired, but the team needs you to cover Saturday", "we're counting on you to
stay on", "just one more night": acknowledging someone's strain, or the team's need, to ask
them for more. Offering relief ("you're exhausted, so I'll take Saturday") is not one.

```yaml
check:
  guilt_trip: {skip: "how are you"}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Miss,
    Outcome,
    in_reading_order,
    lexicon_of,
    passed,
    read,
    scopes,
    shorten,
)
from spec_gate.document import Block, Context, Document
from spec_gate.patterns import Regex
from spec_gate.reading.guilt import guilt_trip
from spec_gate.reading.lexicon import as_written
from spec_gate.reading.text import Sentence, words_of
from spec_gate.reading.turns import without_speaker

NAME = "guilt_trip"

# A turn of a thread opened by its writer's handle: "**@leonie-h** (team lead) commented".
_HANDLE_SPEAKS = re.compile(r"^\*\*@[\w.-]+\*\*|^@[\w.-]+\s*(?:\([^)\n]*\))?\s*:")


@dataclass(frozen=True, slots=True)
class Options:
    """Empathy used to justify overwork; each sentence is its own finding."""

    __pydantic_config__ = STRICT

    skip: Regex | None = None
    """sections or labelled paragraphs not read (a person's own answer to how they are)"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    skipped: set[int] = set()
    lexicon = lexicon_of(doc)
    if options.skip is not None:
        addressed = as_written(lexicon, "second_person")
        for scope in scopes(doc, patterns.compile(options.skip)):
            for index, block in enumerate(scope.blocks):
                if index and (block.lead.startswith("@") or _HANDLE_SPEAKS.match(block.text)):
                    break  # another turn of a thread: someone else's words, read as theirs
                if index and addressed.intersection(words_of(block.text)):
                    continue  # after the answer, words put to "you": the asker's, read
                skipped.add(id(block))
    # ...and a chat or a thread pasted in a fence, each line what its speaker said
    blocks = [_said(b) for b in in_reading_order(doc) if id(b) not in skipped]
    misses = []
    before: Sentence | None = None
    for sentence in read(doc, context, blocks):
        # the sentence before, in the same paragraph, may acknowledge what this one asks
        previous = before if before is not None and not sentence.opens_block else None
        if guilt_trip(sentence, lexicon, previous):
            misses.append(Miss(sentence.line, f"“{shorten(sentence.text, 90)}”"))
        before = sentence
    return Outcome(tuple(misses)) if misses else passed()


def _said(block: Block) -> Block:
    """A line of a pasted chat without the speaker's name and time that open it."""
    said = without_speaker(block.text)
    if said == block.text or not said.strip():
        return block
    return Block(said, block.line, block.section, block.lead)


def describe(options: Options) -> str:
    return "no sentence uses someone's strain, or the team's need, to ask them for more work"
