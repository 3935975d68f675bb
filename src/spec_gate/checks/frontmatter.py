"""``frontmatter``: a front-matter field by dotted path, with a pattern, an enum or a type.

```yaml
check:
  frontmatter: {field: accessibility_signoff.reviewer, pattern: "^@"}
```
A missing field, an empty value or a placeholder (``TBD``) fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Outcome,
    missed,
    passed,
    shorten,
    signed,
)
from spec_gate.document import Context, Document, Task, is_placeholder
from spec_gate.errors import SpecGateError
from spec_gate.patterns import Regex
from spec_gate.reading import signoffs
from spec_gate.reading.signoffs import handles

NAME = "frontmatter"

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "number": (int, float),
    "boolean": (bool,),
    "list": (list,),
    "mapping": (dict,),
}
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Options:
    """A front-matter field by dotted path, with a pattern, an enum or a type."""

    __pydantic_config__ = STRICT

    field: str
    """the field's dotted path (``accessibility_signoff.reviewer``); set and not a placeholder"""
    pattern: Regex | None = None
    """the value matches it"""
    enum: tuple[str, ...] | None = None
    """the value is one of these"""
    type: Literal["string", "number", "boolean", "list", "mapping"] | None = None
    """the value is of this type"""
    signoff: bool = False
    """the field is a sign-off: it names a real reviewer who is not an author"""


def filled_in(doc: Document) -> list[tuple[dict[str, Any], int]]:
    """The front matter and each mapping pasted as YAML or JSON in a fence (a bot's handover
    posted as JSON, a form's fields as YAML), each with its line: data a writer filled in,
    where fields answer."""
    found = (
        [(doc.frontmatter, doc.frontmatter_line or 1)] if isinstance(doc.frontmatter, dict) else []
    )
    for block in doc.pasted:
        data = _mapping(block.text) if block.lead else None
        if data is not None:
            found.append((data, block.line))
    return found


@lru_cache(maxsize=64)
def _mapping(text: str) -> dict[str, Any] | None:
    """Pasted YAML or JSON as a mapping, parsed once however many rules read it (read, never
    changed); None when it is not valid or not a mapping: pasted, nothing is read from it."""
    from spec_gate import yamlfile  # only for a document that pastes YAML or JSON

    try:
        data = yamlfile.load(text, "pasted YAML").data  # as front matter is read, depth-bounded
    except SpecGateError:
        return None
    return data if isinstance(data, dict) else None


def lookup(frontmatter: dict[str, Any] | None, dotted: str) -> Any:
    """The value at ``a.b.c``, or ``_MISSING``."""
    value: Any = frontmatter if frontmatter is not None else _MISSING
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return _MISSING
        value = value[part]
    return value


def run(doc: Document, options: Options, context: Context) -> Outcome:
    line = doc.frontmatter_line
    value = lookup(doc.frontmatter, options.field)
    if value is _MISSING or value is None or value in ("", [], {}):
        return missed(line, f"the front matter has no {options.field}")
    if isinstance(value, str) and is_placeholder(value):
        return missed(line, f"{options.field} is a placeholder ({shorten(value, 40)})", True)
    if options.type is not None and (
        not isinstance(value, _TYPES[options.type])
        or (options.type == "number" and isinstance(value, bool))
    ):
        return missed(line, f"{options.field} should be a {options.type}", True)
    shown = str(value)
    if options.enum is not None and shown.lower() not in {e.lower() for e in options.enum}:
        return missed(
            line,
            f"{options.field} is {shorten(shown, 40)!r}, not one of {list(options.enum)}",
            True,
        )
    if options.signoff:  # says why in words, not with a pattern
        bare = shown.strip()
        if not bare.startswith("@") and signoffs.written_login(bare):  # "maria"
            return missed(
                line, f"{options.field} is “{bare}”, not a @handle: write “@{bare}”", True
            )
        refused = _refused(doc.frontmatter, options.field)
        if refused:
            return missed(line, f"the sign-off says it did not happen (“{refused}”)", True)
        signer, why_not = signoffs.judge(
            shown + _beside(doc.frontmatter, options.field), doc, context
        )
        if signer is None:
            return missed(line, why_not, True)
        unticked = _unticked_signoff(doc, signer)
        if unticked is not None:  # two answers to "was it signed off?": say which stands
            return missed(
                unticked.line,
                f"{options.field} says {signer} signed off, but the box “{shorten(unticked.text)}”"
                " is not ticked: tick it once they have, or remove one of the two",
                True,
            )
        return signed(line, signer)
    if options.pattern is not None and patterns.compile(options.pattern).search(shown) is None:
        return missed(
            line,
            f"{options.field} is {shorten(shown, 40)!r}, which does not match {options.pattern!r}",
            True,
        )
    return passed(line, handles(shown))


def _unticked_signoff(doc: Document, signer: str) -> Task | None:
    """An unticked box that is also a sign-off: it names ``signer``, or says it signs off."""
    for task in doc.tasks:
        if task.checked or task.quoted:
            continue
        named = {signoffs.login(h) for h in handles(task.text)}
        if signoffs.login(signer) in named or _SIGNS_OFF.search(task.text) is not None:
            return task
    return None


def _beside(frontmatter: dict[str, Any] | None, dotted: str) -> str:
    """The fields that say where a sign-off stands, beside its reviewer: ``status:
    requested``, ``date: 2027-06-01``, ``signed_off: 2027-03-01`` (read with the reviewer,
    as one sign-off). At the top of the front matter, only those named so."""
    parent, _, name = dotted.rpartition(".")
    found = lookup(frontmatter, parent) if parent else frontmatter
    if not isinstance(found, dict):
        return ""
    return "".join(
        f" {key}: {value}"
        for key, value in found.items()
        if key != name
        and (parent or key in _STANDING)
        and isinstance(value, (str, int, float, date))
        and not isinstance(value, bool)
    )


def _refused(frontmatter: dict[str, Any] | None, dotted: str) -> str:
    """A field beside the reviewer that says no: ``approved: false``, ``signed_off: no``."""
    parent, _, _ = dotted.rpartition(".")
    found = lookup(frontmatter, parent) if parent else None
    if not isinstance(found, dict):
        return ""
    for key, value in found.items():
        said = value is False or (isinstance(value, str) and value.strip().lower() in _NO)
        if said and _SAYS_IT_HAPPENED.search(str(key)) is not None:
            return f"{key}: {str(value).lower()}"
    return ""


_STANDING = ("status", "state", "date", "signed", "when")
_NO = frozenset({"no", "false", "n", "nein", "non", "nee", "nei", "não", "nao"})
_SAYS_IT_HAPPENED = patterns.LaterRe(
    r"approv|sign|done|complete|pass|accept|ok|agree|review", re.IGNORECASE
)
_SIGNS_OFF = re.compile(r"\bsign(ed|s)?[- ]?off\b|\bapprov", re.IGNORECASE)


def describe(options: Options) -> str:
    parts = [f"the front-matter field `{options.field}`, set and not a placeholder"]
    if options.pattern:
        parts.append(f"matching /{options.pattern}/")
    if options.enum:
        parts.append(f"one of {', '.join(options.enum)}")
    if options.type:
        parts.append(f"of type {options.type}")
    if options.signoff:
        parts.append("naming a real reviewer who is not an author")
    return ", ".join(parts)
