"""``answered``: a question put to someone, answered in any words; the answer is never judged.

A section or labelled paragraph whose heading matches holds anything in the writer's own
words: not left as the template had it, not a placeholder (``TBD``, ``<your answer>``,
GitHub's ``_No response_``), not empty. "Fine", "exhausted after three night pages" and "I'd
rather not say" are all answers. A finding never quotes what was written there.

```yaml
check:
  answered:
    heading: "how are you|state check"
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Outcome, missed, scopes
from spec_gate.document import Block, Context, Document, content
from spec_gate.patterns import Regex

NAME = "answered"

# What a GitHub issue form writes for a field left empty.
_NO_RESPONSE = re.compile(r"^\s*_?no response_?\s*$", re.IGNORECASE)
# "None", "Nothing", "Nothing open.": an explicit nothing, where nothing is an answer.
_NOTHING = re.compile(r"^\W*(none|nothing)\b[\w\s]{0,30}\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Options:
    """A question put to someone, answered in any words; the answer is never judged or quoted."""

    __pydantic_config__ = STRICT

    heading: Regex
    """the sections or labelled paragraphs that ask the question (the first answered one
    passes)"""
    nothing: bool = False
    """“None” and “Nothing open” are answers (a handoff with nothing to hand over)"""
    asks: str = ""
    """the question in words, for findings (“How are you?”); default: the pattern"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    first = None
    for scope in scopes(doc, patterns.compile(options.heading)):
        # A section's own paragraphs, not its subsections': the answer stands under the
        # question, and a document's title is no question.
        own = [b for b in scope.blocks if scope.is_label or b.section == scope.section_index]
        if any(answers(block, doc, context, options.nothing) for block in own):
            return Outcome((), scope.line)  # no passage: an answer is never compared or quoted
        first = first or scope
    if first is None:
        asks = f"“{options.asks}”" if options.asks else f"/{options.heading}/"
        return missed(1, f"nothing asks it: no section or label such as {asks}")
    return missed(
        first.line,
        f"{first.describe()} is not answered: it holds only the template's words, a "
        "placeholder or nothing",
        near=True,
    )


def answers(block: Block, doc: Document, context: Context, nothing: bool = False) -> bool:
    """Whether ``block`` is an answer in the writer's own words."""
    text = block.text.strip()
    if not text or _NO_RESPONSE.match(text):
        return False
    if context.template_texts and content.normalize(text) in context.template_texts:
        return False
    if context.echoes and content.is_echo(text, context.echoes):
        return False
    if content.is_placeholder(text, doc.references):
        return nothing and _NOTHING.match(text) is not None
    return content.words(text) > 0


def describe(options: Options) -> str:
    nothing = " (“Nothing open” counts)" if options.nothing else ""
    return f"/{options.heading}/ is answered in any words{nothing}; the answer is never quoted"
