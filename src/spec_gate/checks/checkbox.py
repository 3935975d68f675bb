"""``checkbox``: a task-list item whose text matches, ticked (or not), optionally in a section.

A box inside a code example is not a box. ``checked: null`` accepts either state.
``signoff: true`` makes the box a sign-off: it counts only when ticked with a real reviewer's
handle, not negated, struck through or quoted, and not the author's own (see ``signoffs``).

```yaml
check:
  checkbox: {text: "accessib.*(sign|review|approv)", checked: true}
```
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Miss,
    Outcome,
    missed,
    passed,
    scopes,
    shorten,
    signed,
)
from spec_gate.document import Context, Document, Task
from spec_gate.patterns import Regex
from spec_gate.reading import signoffs
from spec_gate.reading.signoffs import handles

NAME = "checkbox"
_STATE = {True: "ticked ", False: "unticked ", None: ""}


@dataclass(frozen=True, slots=True)
class Options:
    """A task-list item whose text matches, ticked or not, optionally inside a section."""

    __pydantic_config__ = STRICT

    text: Regex
    """what the item says"""
    checked: bool | None = True
    """``true``: ticked; ``false``: not ticked; ``null``: either"""
    section: Regex | None = None
    """only boxes inside a section or labelled paragraph whose heading matches"""
    signoff: bool = False
    """the box is a sign-off: ticked and naming a real reviewer who is not an author"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    text = patterns.Later(options.text)  # compiled only for a document with boxes
    said = signoffs.without_handles if not _NAMES_SOMEONE.search(options.text) else str
    tasks = [t for t in doc.tasks if patterns.found(text, said(t.text))]
    if options.section is not None:
        inside = list(scopes(doc, patterns.compile(options.section)))
        tasks = [t for t in tasks if any(s.holds(t.line) for s in inside)]
    if options.signoff:
        if not tasks and (fenced := _in_a_fence(doc, text, said)) is not None:
            return fenced
        return _signoff(doc, context, [t for t in tasks if t.checked], tasks)
    for task in tasks:
        if options.checked is None or task.checked == options.checked:
            return passed(task.line, handles(task.text))
    if not tasks:
        return missed(1)
    first = tasks[0]
    state = "not ticked" if options.checked else "ticked"
    return missed(first.line, f"the box “{shorten(first.text)}” is {state}", True)


# A pattern written about someone ("approved by @legal") is matched against the handles too.
_NAMES_SOMEONE = re.compile(r"@[A-Za-z\d]")


def _in_a_fence(
    doc: Document, text: patterns.Pattern, said: Callable[[str], str]
) -> Outcome | None:
    """A sign-off box written inside a code block: shown there, as in an example, not ticked;
    said so, since the author sees a ticked box."""
    for block in doc.pasted:
        for offset, line in enumerate(block.text.splitlines()):
            box = _A_BOX.match(line)
            if box is not None and patterns.found(text, said(box.group(1))):
                return missed(
                    block.line + offset,
                    f"the box “{shorten(box.group(1))}” is inside a code block, where it is "
                    "shown, not ticked: take it out of the fence",
                    True,
                )
    return None


_A_BOX = re.compile(r"^\s*[-*+]\s+\[[xX]\]\s+(.+)$")


def _signoff(doc: Document, context: Context, ticked: list[Task], tasks: list[Task]) -> Outcome:
    signer, found = signoffs.first_valid(((t.text, t.line, t.quoted) for t in ticked), doc, context)
    if signer is not None:
        assert isinstance(found, int)
        return signed(found, signer)
    if isinstance(found, tuple):
        return missed(*found, near=True)
    if not tasks:
        return missed(1)
    box = tasks[0]
    _, why_not = signoffs.judge(box.text, doc, context, box.quoted)
    if "slot" in why_not or "placeholder" in why_not:  # what to fix before ticking it
        return missed(box.line, f"the box “{shorten(box.text)}” is not ticked, and {why_not}", True)
    # The box and its reviewer are there: what is left is the tick, once they have reviewed.
    named = handles(box.text)
    after = f" once {', '.join(named)} has reviewed it" if named else " once it is reviewed"
    tick = f"Tick the box at line {box.line}{after}: “- [x] {box.text}”."
    said = f"the box “{shorten(box.text)}” is not ticked"
    return Outcome((Miss(box.line, said, help=tick, present=True),), near=True)


def describe(options: Options) -> str:
    inside = (
        f" inside a section or labelled paragraph matching /{options.section}/"
        if options.section
        else ""
    )
    text = f"a {_STATE[options.checked]}task-list box matching /{options.text}/{inside}"
    return text + (", naming a real reviewer who is not an author" if options.signoff else "")
