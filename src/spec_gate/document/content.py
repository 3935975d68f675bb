"""Real content: words outside code and comments; placeholders and template text count nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
# Bounded repeats keep every pattern linear on hostile input (a 5 MB line of "](" ...).
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,2000}\)|\]\[[^\]\n]{0,200}\]")
_URL = re.compile(r"<?https?://\S+>?")
_INLINE_CODE = re.compile(r"`[^`]*`")
_MARKUP = re.compile(r"[*_~`#|]+")
_PLACEHOLDER = re.compile(
    r"""^(?:
        tbd|tbc|tba|todo|fixme|xxx+|n/?a|none|nothing|nil|null|empty|placeholder
        |-+|\.{2,}|…|\?+
        |to\ be\ (?:decided|determined|done|added|written|confirmed)
        |fill\ (?:me\ )?in|coming\ soon
        |<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}
    )[.!:]?$
    |^(?:tbd|todo|fixme|tbc)\b[:\s-]""",
    re.IGNORECASE | re.VERBOSE,
)
# A sentence still carrying a template's marker ("created because [REPLACE ME]") is unfinished.
_UNFINISHED = re.compile(
    r"[\[<](?:replace me|replace this|fill (?:me )?in|insert [^\]>\n]{0,60}|your [^\]>\n]{0,60}"
    r"|describe [^\]>\n]{0,80}|explain [^\]>\n]{0,80}|add [^\]>\n]{0,60}|todo|tbd)[\]>]"
    r"|\{\{[^}\n]{0,80}\}\}",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The form used to compare a paragraph with the template's."""
    return _SPACE.sub(" ", text).strip().lower()


def is_placeholder(text: str, references: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` is empty in substance: TBD, N/A, <fill in>, [describe it] and the like.

    ``[label]`` that names a link reference defined in the document is a link, not a placeholder.
    """
    bare = _MARKUP.sub("", text).strip()
    if not bare:
        return True
    if _PLACEHOLDER.match(bare) is None:
        return _UNFINISHED.search(bare) is not None
    return not (bare.startswith("[") and normalize(bare[1:-1]) in references)


def words(text: str) -> int:
    """Words of prose in ``text``: link targets count nothing, a bare URL or code span one word."""
    text = _LINK_TARGET.sub("] ", text)
    text = _URL.sub(" url ", text)
    text = _INLINE_CODE.sub(" code ", text)
    return len(_WORD.findall(text))


def real_words(
    texts: Iterable[str],
    template_texts: frozenset[str] = frozenset(),
    references: frozenset[str] = frozenset(),
) -> int:
    """Words of real content: placeholders and text left as the template had it count nothing."""
    total = 0
    for text in texts:
        if is_placeholder(text, references):
            continue
        if template_texts and normalize(text) in template_texts:
            continue
        total += words(text)
    return total
