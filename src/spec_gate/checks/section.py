"""``section``: a heading or a labelled paragraph with enough real content.

Matches headings (``## Motivation``) and labelled paragraphs (``**Why:** ...``) whose title
matches ``heading``. Content includes subsections; code, HTML comments, placeholders such as
``TBD`` and text left as the template had it count as nothing.

```yaml
check:
  section: {heading: "^(why|motivation)", min_words: 8}
```
"""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Outcome, missed, passed, scopes
from spec_gate.document import Document
from spec_gate.patterns import Regex

NAME = "section"


@dataclass(frozen=True, slots=True)
class Options:
    """A heading or labelled paragraph with enough real content."""

    __pydantic_config__ = STRICT

    heading: Regex
    min_words: int = 1
    labels: bool = True  # also accept a labelled paragraph such as **Why:**


def run(doc: Document, options: Options) -> Outcome:
    best = None
    best_words = -1
    for scope in scopes(doc, patterns.compile(options.heading), options.labels):
        count = scope.real_words(doc)
        if count >= options.min_words:
            return passed(scope.line)
        if count > best_words:
            best, best_words = scope, count
    if best is None:
        return missed(1)
    needs = f"at least {options.min_words} words" if options.min_words > 1 else "some"
    has = "no real content" if best_words == 0 else _words(best_words) + " of real content"
    return missed(best.line, f"{best.describe()} has {has}; it needs {needs}")


def _words(count: int) -> str:
    return "1 word" if count == 1 else f"{count} words"


def describe(options: Options) -> str:
    where = "a heading" + (" or labelled paragraph" if options.labels else "")
    amount = (
        f"at least {options.min_words} words of real content"
        if options.min_words
        else "any content"
    )
    return f"{where} matching /{options.heading}/ with {amount}"
