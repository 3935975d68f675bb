"""``counts``: figures a document gives as numbers, each under its own label.

Each quantity is found as its label followed by a number (``Pages: 7``, ``Out-of-hours pages:
three``, ``none`` for 0), as a heading with the number under it (what a GitHub issue form
writes), or as a front-matter field; a quantity left as a placeholder (``<number>``) or not
given at all is a finding.

```yaml
check:
  counts:
    quantities:
      - {name: pages, label: '\\bpages?\\b', unless: 'out[- ]of[- ]hours', field: pages}
```
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Miss, Outcome, lexicon_of, passed
from spec_gate.checks.frontmatter import lookup
from spec_gate.document import Context, Document
from spec_gate.patterns import Regex

NAME = "counts"

# After the label: a separator, then the figure ("Pages: 7", "pages — 12", "Pages (total): 3").
_AFTER = re.compile(r"^[^\w\n]{0,6}(?:\([^)\n]{0,20}\)[^\w\n]{0,6})?([\w-]+)")
_NONE = frozenset({"none", "no", "nil", "zero"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure to give: its ``name`` in findings, the ``label`` it is written under, ``unless``
    (a label with this before it is another quantity's), and a front-matter ``field``."""

    __pydantic_config__ = STRICT

    name: str
    label: Regex
    unless: Regex | None = None
    field: str = ""


@dataclass(frozen=True, slots=True)
class Options:
    """Figures given as numbers, each under its own label (or a front-matter field)."""

    __pydantic_config__ = STRICT

    quantities: tuple[Quantity, ...]
    """the figures: each a ``name``, the ``label`` it is written under, ``unless`` (a label
    with this before it is not it) and a front-matter ``field``"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    found = values(doc, options)
    missing = [q.name for q in options.quantities if found.get(q.name) is None]
    if not missing:
        return passed()
    return Outcome((Miss(1, f"no number given for {' or '.join(missing)}"),))


def values(doc: Document, options: Options) -> dict[str, int | None]:
    """Each quantity's figure as written in ``doc`` (None: not given as a number)."""
    numbers = lexicon_of(doc).numbers
    lines = [line for block in doc.blocks for line in block.full_text.splitlines() if line.strip()]
    found: dict[str, int | None] = {}
    for quantity in options.quantities:
        value = _field(doc, quantity.field) if quantity.field else None
        label = patterns.compile(quantity.label)
        unless = patterns.compile(quantity.unless) if quantity.unless else None
        for line in lines if value is None else ():
            match = label.search(line)
            if match is None:
                continue
            if unless is not None and unless.search(line[: match.end()]) is not None:
                continue  # "Out-of-hours pages: 3" is not the pages ("Pages: 7 (3 at night)" is)
            value = _number(line[match.end() :], numbers)
            if value is not None:
                break
        for section in doc.sections if value is None else ():  # "### Pages" then "7"
            if label.search(section.title) is None or (
                unless is not None and unless.search(section.title) is not None
            ):
                continue
            first = doc.blocks[section.first_block] if doc.section_blocks(section) else None
            value = _number(first.text, numbers) if first is not None else None
            if value is not None:
                break
        found[quantity.name] = value
    return found


def _field(doc: Document, dotted: str) -> int | None:
    value = lookup(doc.frontmatter, dotted)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return _number(str(value), {}) if isinstance(value, str) else None


def _number(after: str, numbers: Mapping[str, float]) -> int | None:
    """The figure at the start of ``after`` (past a separator): digits, a number in words, or
    "none" for 0."""
    match = _AFTER.match(after.strip())
    if match is None:
        return None
    word = match.group(1).replace("*", "").lower()
    if word.isdigit():
        return int(word)
    if word in _NONE:
        return 0
    value = numbers.get(word)
    return int(value) if value is not None and value == int(value) else None


def describe(options: Options) -> str:
    names = ", ".join(q.name for q in options.quantities)
    return f"gives {names} as numbers"
