"""What makes a sign-off real, as far as the document itself can tell.

A ticked box or a filled field proves only that someone typed it. It counts as a sign-off when
it names a real handle (not ``@reviewer`` or another placeholder, not a handle the template
itself carries), is not negated ("NOT signed off", "skipped"), struck through or quoted, and
is not the author's own. Whether that person approved the pull request is the engine's and the
GitHub layer's to check; this module sees only the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spec_gate import patterns
from spec_gate.checks.base import handles
from spec_gate.document import Document

# Handles that help texts, templates and tutorials use for "someone": never a person.
PLACEHOLDER_HANDLES = frozenset(
    {
        "reviewer", "reviewers", "handle", "your-handle", "your_handle", "yourhandle",
        "username", "user-name", "user", "name", "someone", "somebody", "person", "me", "you",
        "tbd", "tbc", "todo", "owner", "approver", "github-handle", "github", "example",
        "team", "org", "everyone", "here", "channel", "all", "none", "nobody",
    }
)  # fmt: skip
AUTHOR_FIELDS = ("author", "authors", "owner", "owners")
_NEGATED = patterns.compile(
    r"\b(not|never|nobody|no[- ]one|none|skip(ped|s)?|refused|declined|rejected|pending"
    r"|awaiting|waiting|tbd|todo|yet to|unsigned)\b|n['’]t\b"
)
_STRUCK = "~~"
_LOGIN = patterns.compile(r"^@?([a-z\d][a-z\d-]{0,38})$")


def login(handle: str) -> str:
    """``@Maria-A11y`` -> ``maria-a11y``: how handles are compared."""
    return handle.lstrip("@").lower()


def is_placeholder_handle(handle: str, doc: Document) -> bool:
    name = login(handle)
    if name in PLACEHOLDER_HANDLES or name.startswith(("your-", "your_", "my-")):
        return True
    return any(name == login(h) for text in doc.template_texts for h in handles(text))


def authors(doc: Document) -> frozenset[str]:
    """Logins of the document's own authors and owners, from its front matter."""
    found: set[str] = set()
    for field in AUTHOR_FIELDS:
        value: Any = (doc.frontmatter or {}).get(field)
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            found.update(login(h) for h in handles(item))
            bare = _LOGIN.search(item.strip())
            if bare is not None:
                found.add(bare.group(1).lower())
    return frozenset(found)


def judge(text: str, doc: Document, quoted: bool = False) -> tuple[str | None, str]:
    """The handle that signs off in ``text``, or None and why it does not count."""
    if quoted:
        return None, "the sign-off is inside a quote, so it is someone else's box, not this one"
    if _STRUCK in text:
        return None, "the sign-off is struck through"
    named = handles(text)
    words = text
    for handle in named:  # "@TBD" is a placeholder handle, not a word saying "to be done"
        words = words.replace(handle, " ")
    if _NEGATED.search(words) is not None:
        return None, f"the sign-off says it did not happen (“{_short(text)}”)"
    if not named:
        return None, "the sign-off names no reviewer: add the @handle of the person who reviewed it"
    real = [h for h in named if not is_placeholder_handle(h, doc)]
    if not real:
        return None, (
            f"{named[0]} is a placeholder, not a person: name the reviewer who did the review"
        )
    own = authors(doc)
    others = [h for h in real if login(h) not in own]
    if not others:
        return None, (
            f"{real[0]} is an author of this document, and an author cannot sign off their "
            "own work: ask someone else to review it"
        )
    return others[0], ""


def first_valid(
    candidates: Iterable[tuple[str, int, bool]], doc: Document
) -> tuple[str, int] | tuple[None, tuple[int, str] | None]:
    """The first (handle, line) that signs off among (text, line, quoted), or None and the
    first reason one did not."""
    reason: tuple[int, str] | None = None
    for text, line, quoted in candidates:
        signer, why_not = judge(text, doc, quoted)
        if signer is not None:
            return signer, line
        reason = reason or (line, why_not)
    return None, reason


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
