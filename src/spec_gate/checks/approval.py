"""``approval``: a row of an approvals table: who approved what, and that they did.

Teams record sign-offs in a table as often as in a box: ``| Accessibility | @maria |
Approved | 2026-11-20 |``. A row counts when it names what ``text`` matches, a cell says it is
approved (``approved``: Approved, Signed off, LGTM, ✅…), and, with ``signoff: true``, it
names a real reviewer as a box must (``signoffs``): not pending or requested, not dated after
today, not a bot, a team or an author.

```yaml
check:
  approval: {text: "accessib|a11y|inclusion", signoff: true}
```
"""

from __future__ import annotations

from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Outcome, missed, passed, shorten, signed
from spec_gate.document import Context, Document, Item
from spec_gate.patterns import Regex
from spec_gate.reading import signoffs
from spec_gate.reading.signoffs import handles

NAME = "approval"
_APPROVED = r"^\W*(approved|signed[ -]?off|signed|lgtm|accepted|yes|done|ok|✅|✔️?|☑️?)(\W|$)"


@dataclass(frozen=True, slots=True)
class Options:
    """A table row naming ``text``, a reviewer and an approved state."""

    __pydantic_config__ = STRICT

    text: Regex
    """what the row is about: its first cell matches"""
    approved: Regex = _APPROVED
    """a cell that says the review was approved (Approved, Signed off, LGTM, ✅…)"""
    signoff: bool = False
    """the row is a sign-off: it names a real reviewer who is not an author"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    # Compiled only when there is something to search (most documents hold no review table).
    about = patterns.Later(options.text)
    approved = patterns.Later(options.approved)
    # The review named in a cell (first, or beside the reviewer's: "| @ckeane | Equality &
    # Inclusion office | Approved |"), and approved in another.
    rows = [i for i in doc.items if " | " in i.text and _named_in(about, _cells(i))]
    done = [
        row
        for row in rows
        if any(
            patterns.found(approved, c) and not patterns.found(about, c) for c in _cells(row)[1:]
        )
    ]
    if options.signoff:
        signer, found = signoffs.first_valid(((r.text, r.line, False) for r in done), doc, context)
        if signer is not None:
            assert isinstance(found, int)
            return signed(found, signer)
        if isinstance(found, tuple):
            return missed(*found, near=True)
    elif done:
        return passed(done[0].line, handles(done[0].text))
    if rows:
        return missed(rows[0].line, f"the row “{shorten(rows[0].text)}” is not approved", True)
    return _named_only(doc, about) or missed(1)


def _named_in(about: patterns.Pattern, cells: list[str]) -> bool:
    """Whether the row's first cell names the review, or a cell beside a reviewer's handle."""
    if patterns.found(about, signoffs.without_handles(cells[0])):
        return True
    return any(c.lstrip().startswith("@") for c in cells) and any(
        patterns.found(about, signoffs.without_handles(c)) for c in cells[1:-1]
    )


def _named_only(doc: Document, about: patterns.Pattern) -> Outcome | None:
    """A sign-off written in prose with a name and no handle ("Accessibility review approved by
    Oskar Nilsson, 7 August"): said so, since only a handle lets GitHub tell they approved."""
    for block in doc.blocks:
        text = block.full_text
        lowered = text.lower()
        if "sign" not in lowered and "approved" not in lowered:
            continue  # no _SIGNED word: the common case, told without a regular expression
        if not patterns.found(about, text) or not patterns.found(_SIGNED, text) or handles(text):
            continue
        name = signoffs.NAME.search(text)
        if name is not None:
            return missed(
                block.line,
                f"the sign-off names {name.group(0)} without a @handle: write the reviewer's "
                "GitHub handle, so that their approval of the pull request can be checked",
                True,
            )
    return None


_SIGNED = patterns.compile(r"\b(approved|signed[ -]?off|sign-off|signed)\b")


def _cells(row: Item) -> list[str]:
    return [cell.strip() for cell in row.text.split(" | ")]


def describe(options: Options) -> str:
    text = f"an approvals table row about /{options.text}/ with an approved state"
    return text + (", naming a real reviewer who is not an author" if options.signoff else "")
