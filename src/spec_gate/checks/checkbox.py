"""``checkbox``: a task-list item whose text matches, ticked (or not), optionally in a section.

A box inside a code example is not a box. ``checked: null`` accepts either state.

```yaml
check:
  checkbox: {text: "accessib.*(sign|review|approv)", checked: true}
```
"""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Outcome,
    handles,
    missed,
    passed,
    scopes,
    shorten,
)
from spec_gate.document import Document
from spec_gate.patterns import Regex

NAME = "checkbox"
_STATE = {True: "ticked ", False: "unticked ", None: ""}


@dataclass(frozen=True, slots=True)
class Options:
    """A task-list item whose text matches, ticked or not, optionally inside a section."""

    __pydantic_config__ = STRICT

    text: Regex
    checked: bool | None = True
    section: Regex | None = None


def run(doc: Document, options: Options) -> Outcome:
    text = patterns.compile(options.text)
    tasks = [t for t in doc.tasks if text.search(t.text) is not None]
    if options.section is not None:
        inside = [
            doc.sections[s.section_index]
            for s in scopes(doc, patterns.compile(options.section), labels=False)
        ]
        tasks = [t for t in tasks if any(doc.within(s, t.section) for s in inside)]
    for task in tasks:
        if options.checked is None or task.checked == options.checked:
            return passed(task.line, handles(task.text))
    if not tasks:
        return missed(1)
    first = tasks[0]
    state = "not ticked" if options.checked else "ticked"
    return missed(first.line, f"the box “{shorten(first.text)}” is {state}")


def describe(options: Options) -> str:
    inside = f" inside a section matching /{options.section}/" if options.section else ""
    return f"a {_STATE[options.checked]}task-list box matching /{options.text}/{inside}"
