"""``narrative``: a story with every part a reader needs, told where a reader looks for it.

Looks in the sections (or labelled paragraphs) whose heading matches ``heading``, then in those
matching ``fallback`` (a summary), then, in a document with no headings at all, in the whole
text. It passes where one of them has ``min_words`` of real content that mentions every one of
``parts``, or states ``unless`` (an explicit "no user impact", with how we know). Otherwise the
finding says which parts the best candidate leaves out, or which headings were looked for.

```yaml
check:
  narrative:
    heading: "^(user|customer) impact|^impact"
    fallback: "^summary"
    looked_for: User impact, Customer impact or Impact, then Summary
    min_words: 30
    parts:
      - {name: who was affected, pattern: "users?|customers?|people"}
      - {name: what they experienced, pattern: "could not|saw|lost|waited"}
      - {name: for how long or how many, pattern: "\\d|hours?|minutes?"}
    unless: {name: no user impact, pattern: "no user impact: \\w+"}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Outcome, Scope, missed, scopes
from spec_gate.checks.mentions import Term, answered, terms
from spec_gate.document import Document, shingles
from spec_gate.findings import Passage
from spec_gate.patterns import Regex

NAME = "narrative"
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True, slots=True)
class Options:
    """A story with every part a reader needs, in a section, a summary or a headingless text."""

    __pydantic_config__ = STRICT

    heading: Regex
    parts: tuple[Term | Regex, ...] = ()
    fallback: Regex | None = None  # headings to look under when none matches ``heading``
    looked_for: str = ""  # the headings in words, for the finding when none is found
    min_words: int = 1
    unless: Term | Regex | None = None  # a statement that satisfies the check on its own
    # The first ``together`` parts must be found in one sentence: "users could not pay" tells
    # a user's story; "teams were migrating" and, elsewhere, "the node failed" do not.
    together: int = 0


def run(doc: Document, options: Options) -> Outcome:
    candidates = list(scopes(doc, patterns.compile(options.heading)))
    if options.fallback is not None:
        candidates += scopes(doc, patterns.compile(options.fallback))
    if not candidates and not doc.sections and doc.blocks:
        candidates = [Scope("document", 1, doc.blocks, (), False, -1, doc.line_count + 1)]
    if not candidates:
        looked = options.looked_for or f"/{options.heading}/"
        return missed(1, f"no section headed {looked}")
    judged = [_judge(doc, scope, options) for scope in candidates]
    for scope, missing, count in judged:
        if missing is None or (not missing and count >= options.min_words):
            fingerprint = shingles(b.text for b in scope.blocks)
            passage = Passage(scope.title, scope.line, fingerprint) if fingerprint else None
            return Outcome((), scope.line, passage=passage)
    # The best candidate: the one that leaves out the fewest parts, then the longest; the
    # impact section itself when it ties with the summary.
    scope, missing, count = min(judged, key=lambda j: (len(j[1] or ()), -j[2]))
    assert missing is not None
    short = count < options.min_words
    words = f"has {count} words of real content (it needs at least {options.min_words})"
    if missing and short:
        detail = f"{scope.describe()} {words} and does not say {' or '.join(missing)}"
    elif missing:
        detail = f"{scope.describe()} does not say {' or '.join(missing)}"
    else:
        detail = f"{scope.describe()} {words}"
    return missed(scope.line, detail, near=True)


def _judge(doc: Document, scope: Scope, options: Options) -> tuple[Scope, list[str] | None, int]:
    """(scope, the parts it leaves out or None when ``unless`` holds, its real words)."""
    text = "\n".join(answered(doc, scope.blocks))
    if options.unless is not None:
        (unless,) = terms((options.unless,))
        if patterns.compile(unless.pattern).search(text) is not None:
            return scope, None, 0
    parts = terms(options.parts)
    missing = [t.label for t in parts if patterns.compile(t.pattern).search(text) is None]
    joint = parts[: options.together]
    if (
        len(joint) > 1
        and not missing
        and not any(
            all(patterns.compile(t.pattern).search(sentence) for t in joint)
            for sentence in _SENTENCE.split(text)
        )
    ):
        missing = [" and ".join(t.label.split(" (")[0] for t in joint) + " in one sentence"]
    return scope, missing, scope.real_words(doc)


def describe(options: Options) -> str:
    where = options.looked_for or f"a section matching /{options.heading}/"
    text = f"{where} tells it in at least {options.min_words} words of real content"
    if options.parts:
        text += ", saying " + "; ".join(t.label for t in terms(options.parts))
    if options.unless is not None:
        (unless,) = terms((options.unless,))
        text += f" (or states {unless.label})"
    return text
