"""``mentions``: terms a section (or the whole document) must mention.

``all_of``: every term must appear; ``any_of``: at least one. A term is a pattern, or a
pattern with a ``name`` used in the message. Subsection headings count as mentions.

```yaml
check:
  mentions:
    section: "accessib|inclusion"
    all_of:
      - {name: low digital literacy, pattern: "literacy|first-time|plain language"}
      - {name: slow connections, pattern: "bandwidth|offline|slow (network|connection)"}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Outcome,
    heading_text,
    missed,
    nothing_to_judge,
    passed,
    scopes,
)
from spec_gate.document import Block, Context, Document, is_dismissal, is_placeholder
from spec_gate.patterns import Regex

NAME = "mentions"


@dataclass(frozen=True, slots=True)
class Term:
    """A term to mention: a pattern, and the name used in the message."""

    __pydantic_config__ = STRICT

    pattern: Regex
    name: str = ""
    excluding: Regex | None = None
    """a match this pattern finds in is no mention ("As a user, I want" of a user story)"""

    @property
    def label(self) -> str:
        """What a finding calls the term: its name, else its pattern in words where the
        pattern is only words ("\\bB1\\b" is “B1”), else the pattern itself."""
        if self.name:
            return self.name
        words = _WORD_BOUNDARIES.sub("", self.pattern)
        if _ONLY_WORDS.fullmatch(words) is None:
            return f"/{self.pattern}/"
        return " or ".join(f"“{w.strip()}”" for w in words.split("|"))

    def found_in(self, text: str) -> bool:
        """Whether ``text`` mentions the term: a match of its pattern, not one it excludes."""
        found = patterns.compile(self.pattern)
        if self.excluding is None:
            return patterns.found(found, text)
        excluded = patterns.compile(self.excluding)
        return any(excluded.search(m.group(0)) is None for m in found.finditer(text))


@dataclass(frozen=True, slots=True)
class Options:
    """Terms that a section, or the whole document, must mention."""

    __pydantic_config__ = STRICT

    section: Regex | None = None
    """look inside sections or labelled paragraphs whose heading matches (else the document)"""
    all_of: tuple[Term | Regex, ...] = ()
    """it mentions every one of these terms (a ``name`` is what the finding calls a term; a
    match that ``excluding`` finds in is no mention)"""
    any_of: tuple[Term | Regex, ...] = ()
    """it mentions at least one of these terms"""
    require_section: bool = True
    """``false``: pass when the section is absent (another rule says so)"""


def terms(raw: tuple[Term | str, ...]) -> list[Term]:
    return [t if isinstance(t, Term) else Term(pattern=t) for t in raw]


def answered(doc: Document, blocks: Iterable[Block]) -> list[str]:
    """The text of blocks that say something. A label counts as a mention only when something
    real follows it: "Slow networks: TBD" and "Slow networks: considered" are not."""
    return [
        b.full_text
        for b in blocks
        if not is_placeholder(b.text, doc.references) and not is_dismissal(b.text)
    ]


def mentions_any(doc: Document, blocks: Iterable[Block], raw: tuple[Term | str, ...]) -> bool:
    """Whether the blocks mention one of the terms (or no terms are asked for)."""
    if not raw:
        return True
    text = "\n".join(answered(doc, blocks))
    return any(t.found_in(text) for t in terms(raw))


_SHOWN = 5  # of the document's headings, in the finding


def run(doc: Document, options: Options, context: Context) -> Outcome:
    if options.section is None:
        blocks = list(doc.blocks)
        titles = [s.title for s in doc.sections]
        line = 1
    else:
        found = list(scopes(doc, patterns.compile(options.section)))
        if not found:
            if not options.require_section:
                return nothing_to_judge()
            headings = ", ".join(f"“{heading_text(s.title)}”" for s in doc.sections[:_SHOWN])
            return missed(
                1,
                f"no section or labelled paragraph has a heading matching /{options.section}/"
                + (f" (its headings: {headings})" if headings else " (it has no headings)"),
            )
        blocks = [b for s in found for b in s.blocks]
        titles = [title for s in found for title in s.nested_titles]
        line = found[0].line
    all_of, any_of = terms(options.all_of), terms(options.any_of)
    written = "\n".join([b.full_text for b in blocks] + titles)
    # A term the text does not hold at all is not mentioned: only a text that holds one is
    # read block by block for what says nothing ("TBD", "considered").
    held = any(t.found_in(written) for t in all_of + any_of)
    text = "\n".join(answered(doc, blocks) + titles) if held else ""

    def mentioned(term: Term) -> bool:
        return term.found_in(text)

    absent = [t.label for t in all_of if not mentioned(t)]
    if any_of and not any(mentioned(t) for t in any_of):
        absent.append(" or ".join(t.label for t in any_of))
    if absent:
        return missed(line, "it does not mention " + "; ".join(absent))
    return passed(line)


_WORD_BOUNDARIES = re.compile(r"\\b|^\^|\$$|^\(\?i\)")
_ONLY_WORDS = patterns.LaterRe(r"[\w '’-]+(?:\|[\w '’-]+)*")


def describe(options: Options) -> str:
    where = f"the section matching /{options.section}/" if options.section else "the document"
    terms = []
    if options.all_of:
        terms.append("each of: " + "; ".join(_shown(t) for t in options.all_of))
    if options.any_of:
        terms.append("one of: " + "; ".join(_shown(t) for t in options.any_of))
    return f"{where} mentions " + ", and ".join(terms)


def _shown(term: Term | str) -> str:
    return term if isinstance(term, str) else (term.name or f"/{term.pattern}/")
