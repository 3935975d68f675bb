"""``items``: list items (or table rows) in a section: a minimum count, each matching a pattern.

Only the outermost list level counts, so sub-bullets are details of an item, not items.
A table row whose Owner column is filled counts as naming an owner (``owner: <cell>``).

```yaml
check:
  items: {section: "action items|follow.?ups", min: 1, each: "@[\\\\w-]+|owner:"}
```
"""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Miss,
    Outcome,
    items_in,
    missed,
    passed,
    scopes,
    shorten,
)
from spec_gate.document import Document, Item, is_placeholder
from spec_gate.patterns import Regex

NAME = "items"


@dataclass(frozen=True, slots=True)
class Options:
    """List items or table rows in a section: a minimum count, each matching a pattern."""

    __pydantic_config__ = STRICT

    section: Regex
    min: int = 0
    each: Regex | None = None
    require_section: bool = True  # False: pass when the section is absent (another rule says so)


def _text(item: Item) -> str:
    return f"{item.text} owner: {item.owner}" if item.owner else item.text


def run(doc: Document, options: Options) -> Outcome:
    found = list(scopes(doc, patterns.compile(options.section)))
    if not found:
        return missed(1) if options.require_section else passed()
    items = [i for s in found for i in items_in(doc, s) if not is_placeholder(i.text)]
    if len(items) < options.min:
        scope = found[0]
        has = "no items" if not items else f"only {len(items)} item{'s' * (len(items) > 1)}"
        return missed(scope.line, f"{scope.describe()} has {has}; it needs at least {options.min}")
    if options.each is None:
        return passed(found[0].line)
    each = patterns.compile(options.each)
    misses = tuple(
        Miss(i.line, f"the item “{shorten(i.text, 60)}”")
        for i in items
        if each.search(_text(i)) is None
    )
    return Outcome(misses) if misses else passed(found[0].line)


def describe(options: Options) -> str:
    where = f"the section matching /{options.section}/"
    if not options.min:
        return f"every item of {where} matches /{options.each}/" if options.each else where
    text = f"{where} has at least {options.min} item(s)"
    return text + (f", each matching /{options.each}/" if options.each else "")
