"""``items``: the items of a section: a minimum count, each matching a pattern or naming an owner.

Items are list items and table rows, at the outermost list level found (sub-bullets are details
of an item); where a matching section has no list, each paragraph of it is an item, so
follow-ups written as prose count. An item is counted once, even when it sits in a subsection
that matches too. Finished items (ticked, marked by ``done``, or under a heading matching
``done_sections``) need neither ``each`` nor an owner.

``owned: true`` asks every open item to name an owner: an ``@handle`` that is not a placeholder
(``@handle``, ``@everyone``, ``@here``...), ``owner: <name>``, a filled Owner column, a person
in parentheses (``(Priya)``) or a team (``the platform team``). ``TBD`` and ``?`` are not owners.
``tracked: true`` asks every open item to say where it is tracked: ``#123``,
``owner/repo#123``, or an issue or ticket URL (``checks.tracking``). All the items that miss
are one finding, listing their lines.

```yaml
check:
  items: {section: "action items|follow.?ups", min: 1, owned: true}
```
"""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Miss,
    Outcome,
    Scope,
    handles,
    items_in,
    missed,
    passed,
    scopes,
    shorten,
)
from spec_gate.checks.signoffs import is_placeholder_handle
from spec_gate.checks.tracking import links_in
from spec_gate.document import Document, Item, is_placeholder, specific_words
from spec_gate.patterns import Regex

NAME = "items"
_OWNER_FIELD = patterns.compile(
    r"\b(?:owners?|assignee|assigned to|owned by|responsible|dri)\b\s*[:=–—-]?\s*([^,;)\n]{1,60})"
)
# A person in parentheses, "(Priya)" or "(Priya Shah)", or a named team, "Platform team".
_NAMED = patterns.compile(
    r"\((?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))?\)"
    r"|\b(?-i:[A-Z][\w-]*) team\b|\bteam (?-i:[A-Z][\w-]*)\b"
)
_LINES_SHOWN = 10
# An owner field that names nobody in particular: an item everyone owns, nobody does.
_NOBODY = patterns.compile(
    r"^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|no one|all|us|we|they"
    r"|them|the team|team|owner|unassigned|unknown|not assigned|not yet|to be assigned)\W*$"
)
# A paragraph is an item when it says something specific: "We will do better." is not one.
_PROSE_ITEM_WORDS = 3


@dataclass(frozen=True, slots=True)
class Options:
    """List items, table rows or paragraphs in a section: a minimum count, each matching a
    pattern or naming an owner."""

    __pydantic_config__ = STRICT

    section: Regex
    min: int = 0
    each: Regex | None = None
    owned: bool = False  # every open item names an owner (see the module's documentation)
    tracked: bool = False  # every open item links to its issue, pull request or ticket
    done: Regex | None = None  # an item whose text matches is finished
    done_sections: Regex | None = None  # items under a heading matching this are finished
    require_section: bool = True  # False: pass when the section is absent (another rule says so)


def run(doc: Document, options: Options) -> Outcome:
    found = list(scopes(doc, patterns.compile(options.section)))
    if not found:
        return missed(1) if options.require_section else passed()
    items = _collect(doc, found)
    if len(items) < options.min:
        return _too_few(found[0], len(items), options.min)
    open_items = [i for i in items if not finished(doc, i, options)]
    if options.each is not None:
        each = patterns.compile(options.each)
        bad = [i for i in open_items if each.search(_text(i)) is None]
        if bad:
            matching = f"match /{options.each}/"
            return _listed(bad, len(items), f"do not {matching}", f"does not {matching}")
    if options.owned:
        bad = [i for i in open_items if not _names_owner(doc, i)]
        if bad:
            return _listed(bad, len(items), "name no owner", "names no owner")
    if options.tracked:
        bad = [i for i in open_items if not links_in(_text(i))]
        if bad:
            where = "link to no issue, pull request or ticket"
            return _listed(bad, len(items), where, where.replace("link ", "links ", 1))
    return passed(found[0].line)


def listed(doc: Document, options: Options) -> list[Item]:
    """The items of the section ``options`` names, each once, in document order."""
    return _collect(doc, list(scopes(doc, patterns.compile(options.section))))


def _collect(doc: Document, found: list[Scope]) -> list[Item]:
    """Each item once, in document order; a section's own paragraphs (not its subsections':
    those are a timeline or a story) when it has no list."""
    seen: dict[int, Item] = {}
    for scope in found:
        listed = items_in(doc, scope) or [
            Item(b.text, b.line, b.section, 0)
            for b in scope.blocks
            if not b.lead
            and (scope.is_label or b.section == scope.section_index)
            and specific_words([b.text]) >= _PROSE_ITEM_WORDS
        ]
        for item in listed:
            if item.line not in seen and not is_placeholder(item.text):
                seen[item.line] = item
    return [seen[line] for line in sorted(seen)]


def _too_few(scope: Scope, count: int, needed: int) -> Outcome:
    has = "no items" if not count else f"only {count} item{'s' * (count > 1)}"
    detail = f"{scope.describe()} has {has}; it needs at least {needed}"
    if count:
        return missed(scope.line, detail)
    # The heading is there: say where to write, not to paste another heading.
    where = "label" if scope.is_label else "heading"
    advice = (
        f"The “{scope.title}” {where} at line {scope.line} is there, with nothing under it: "
        "write the items under it, one per line, each saying what will change and who owns it."
    )
    return Outcome((Miss(scope.line, detail, help=advice),))


def finished(doc: Document, item: Item, options: Options) -> bool:
    """Whether ``item`` is done: ticked, marked by ``done``, or under a ``done_sections``."""
    if item.checked:
        return True
    if options.done is not None and patterns.compile(options.done).search(item.text):
        return True
    if options.done_sections is None:
        return False
    done = patterns.compile(options.done_sections)
    index = item.section
    while index >= 0:
        if done.search(doc.sections[index].title):
            return True
        index = doc.sections[index].parent
    return False


def _names_owner(doc: Document, item: Item) -> bool:
    if item.owner and _real_owner(doc, item.owner):
        return True
    if any(not is_placeholder_handle(h, doc) for h in handles(item.text)):
        return True
    field = _OWNER_FIELD.search(item.text)
    if field is not None and _real_owner(doc, field.group(1)):
        return True
    return _NAMED.search(item.text) is not None


def _real_owner(doc: Document, value: str) -> bool:
    value = value.strip().strip("*_`")
    if not value or is_placeholder(value) or _NOBODY.search(value):
        return False
    named = handles(value)
    return not named or any(not is_placeholder_handle(h, doc) for h in named)


def _listed(bad: list[Item], total: int, plural: str, singular: str) -> Outcome:
    """One finding for every item that misses, at the first: the reason is said once."""
    if len(bad) == 1:
        return Outcome((Miss(bad[0].line, f"the item “{shorten(bad[0].text, 60)}” {singular}"),))
    lines = [str(i.line) for i in bad[:_LINES_SHOWN]]
    more = f" and {len(bad) - _LINES_SHOWN} more" if len(bad) > _LINES_SHOWN else ""
    detail = f"{len(bad)} of {total} items {plural}: lines {', '.join(lines)}{more}"
    return Outcome((Miss(bad[0].line, detail),))


def _text(item: Item) -> str:
    return f"{item.text} owner: {item.owner}" if item.owner else item.text


def describe(options: Options) -> str:
    where = f"the section matching /{options.section}/"
    parts = [f"{where} has at least {options.min} item(s)" if options.min else where]
    if options.each:
        parts.append(f"each open item matching /{options.each}/")
    if options.owned:
        parts.append("each open item naming an owner")
    if options.tracked:
        parts.append("each open item linking to its issue, pull request or ticket")
    return ", ".join(parts) if len(parts) > 1 or options.min else f"every item of {where}"
