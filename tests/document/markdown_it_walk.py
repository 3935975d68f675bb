"""The oracle: the same Document built from markdown-it-py's token stream.

spec-gate parsed with markdown-it-py until pulldown-cmark (through pyromark) replaced it in the
hot path; markdown-it-py stays in the test extra as a second, independent reading of the same
Markdown. tests/document/test_parity.py requires both to build the same Document.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from spec_gate.document.build import Builder
from spec_gate.document.model import Document
from spec_gate.document.parse import normalize_text


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    md.core.ruler.disable("inline")
    # Link reference definitions are cut by Builder.paragraph(), as pulldown-cmark cuts them.
    md.block.ruler.disable("reference")
    return md


def parse_with_markdown_it(text: str, source: str = "-") -> Document:
    text = normalize_text(text)
    builder = Builder(source)
    for token in _markdown().parse(text):
        handler = _HANDLERS.get(token.type)
        if handler is not None:
            handler(builder, token)
    return builder.finish(text.count("\n") + 1)


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


def _front_matter(builder: Builder, token: Token) -> None:
    builder.front_matter(token.content, token.map[0] + 2 if token.map else 2)


_HANDLERS: dict[str, Callable[[Builder, Token], None]] = {
    "inline": lambda b, t: b.inline(t.content, _line(t)),
    "heading_open": lambda b, t: b.heading_open(int(t.tag[1])),
    "heading_close": lambda b, t: b.heading_close(),
    "list_item_open": lambda b, t: b.item_open(_line(t)),
    "list_item_close": lambda b, t: b.item_close(),
    "bullet_list_open": lambda b, t: b.list_open(),
    "ordered_list_open": lambda b, t: b.list_open(),
    "bullet_list_close": lambda b, t: b.list_close(),
    "ordered_list_close": lambda b, t: b.list_close(),
    "tr_open": lambda b, t: b.row_open(_line(t)),
    "tr_close": lambda b, t: b.row_close(),
    "thead_close": lambda b, t: b.head_close(),
    "table_close": lambda b, t: b.table_close(),
    "html_block": lambda b, t: b.html_block(t.content, _line(t)),
    "fence": lambda b, t: b.fence(t.info, t.content, _line(t) + 1),
    "hr": lambda b, t: b.thematic_break(),
    "blockquote_open": lambda b, t: b.quote_open(),
    "blockquote_close": lambda b, t: b.quote_close(),
    "front_matter": _front_matter,
}
