"""Parse Markdown once with markdown-it-py into a Document.

Only the block structure is parsed: inline parsing is switched off because no check needs it,
and inline text is kept raw (comments removed) for patterns and word counts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from spec_gate.document.content import normalize
from spec_gate.document.model import (
    Block,
    Comment,
    Document,
    Item,
    Label,
    Link,
    Section,
    Task,
)
from spec_gate.errors import SpecGateError

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^>\n]{0,2000}>")
_TASK = re.compile(r"\[([ xX])\](?:\s+|$)")
# **Why:** text, **Why**: text, __Why__: text, or a plain "Why: text" at the start of a paragraph.
_BOLD_LABEL = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?)(?:\*\*|__)\s*:?\s*", re.DOTALL)
_BOLD_LABEL_COLON_INSIDE = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?):\s*(?:\*\*|__)\s*", re.DOTALL)
# A plain label is short (one to four words): "Why: ..." yes, "We will define two X: ..." no.
_PLAIN_LABEL = re.compile(r"([^\W\d_][\w'’/()?&-]*(?: [\w'’/()?&-]+){0,3}):(?:[ \t]+|\n|$)")
_LINK = re.compile(
    r"\[([^\]\n]{0,500})\]\(<?([^)\s>]{1,2000})>?(?:\s+\"[^\"\n]{0,500}\")?\)"
    r"|<(https?://[^>\s]{1,2000})>|(?<![(<\w])(https?://[^\s)<>\]]{1,2000})"
)
_DEFINITION = re.compile(
    r" {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(?:<[^>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"
)
_OWNER_COLUMN = re.compile(r"^\s*(owner|owners|assignee|assigned to|who|responsible)\s*$", re.I)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    md.core.ruler.disable("inline")
    # Link reference definitions are recognised in paragraph() instead: markdown-it's rule for
    # them runs at the start of every paragraph and costs a seventh of the whole parse.
    md.block.ruler.disable("reference")
    return md


def parse(text: str, source: str = "-", template_texts: frozenset[str] = frozenset()) -> Document:
    """Build the Document for ``text``; ``source`` names it in errors."""
    if text.startswith("\ufeff"):
        text = text[1:]
    builder = _Builder(source)
    doc = builder.build(_markdown().parse(text), text.count("\n") + 1, template_texts)
    if builder.references:
        doc = replace(doc, references=frozenset(builder.references))
    return doc


def _strip_comments(text: str) -> str:
    return _COMMENT.sub(" ", text) if "<!--" in text else text


def _label(text: str) -> tuple[str, str, bool] | None:
    """Split a labelled paragraph into (label, rest, bold), or None when it has no label."""
    if text.startswith(("**", "__")):
        match = _BOLD_LABEL_COLON_INSIDE.match(text) or _BOLD_LABEL.match(text)
        if match is None:
            return None
        after = text[match.end() :]
        colon = match.re is _BOLD_LABEL_COLON_INSIDE or text[: match.end()].rstrip().endswith(":")
        if not colon and after and not after.startswith("\n"):
            return None  # bold words opening a sentence, not a label
        return match.group(1).strip(), after, True
    match = _PLAIN_LABEL.match(text)
    if match is None:
        return None
    return match.group(1).strip(), text[match.end() :], False


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.sections: list[dict[str, Any]] = []
        self.open_sections: list[int] = []
        self.labels: list[dict[str, Any]] = []
        self.tasks: list[Task] = []
        self.items: list[Item] = []
        self.links: list[Link] = []
        self.comments: list[Comment] = []
        self.frontmatter: dict[str, Any] | None = None
        self.frontmatter_line = 1
        self.current_level = 1
        self.open_labels: dict[bool, int] = {}
        self.references: set[str] = set()  # bold? -> index in self.labels

    @property
    def section(self) -> int:
        return self.open_sections[-1] if self.open_sections else -1

    def build(
        self, tokens: list[Token], line_count: int, template_texts: frozenset[str]
    ) -> Document:
        list_depth = 0
        item_starts: list[int] = []  # token-order stack: line of each open list item
        first_inline_in_item = False
        table: _Table | None = None
        in_heading = False
        for token in tokens:
            kind = token.type
            if kind == "inline":
                line = token.map[0] + 1 if token.map else 1
                if in_heading:
                    self.heading(token, line)
                elif table is not None:
                    table.cell(token.content)
                elif first_inline_in_item:
                    first_inline_in_item = False
                    self.list_item(token.content, item_starts[-1], list_depth)
                else:
                    self.paragraph(token.content, line)
            elif kind == "heading_open":
                in_heading = True
                self.current_level = int(token.tag[1])
            elif kind == "heading_close":
                in_heading = False
            elif kind == "list_item_open":
                item_starts.append(token.map[0] + 1 if token.map else 1)
                first_inline_in_item = True
            elif kind == "list_item_close":
                item_starts.pop()
                first_inline_in_item = False
            elif kind in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
            elif kind == "tr_open":
                table = table or _Table()
                table.start_row(token.map[0] + 1 if token.map else 1)
            elif kind == "tr_close" and table is not None:
                self.table_row(table)
            elif kind == "thead_close" and table is not None:
                table.end_head()
            elif kind == "table_close":
                table = None
            elif kind == "html_block":
                self.html(token.content, token.map[0] + 1 if token.map else 1)
            elif kind == "front_matter":
                self.front_matter(token)
        self.close_sections(to_level=0, line=line_count)
        return Document(
            source=self.source,
            line_count=line_count,
            frontmatter=self.frontmatter,
            frontmatter_line=self.frontmatter_line,
            blocks=tuple(self.blocks),
            sections=tuple(Section(**s) for s in self.sections),
            labels=self.finish_labels(),
            tasks=tuple(self.tasks),
            items=tuple(self.items),
            links=tuple(self.links),
            comments=tuple(self.comments),
            template_texts=template_texts,
        )

    # -- sections -------------------------------------------------------------------------------

    def heading(self, token: Token, line: int) -> None:
        level = self.current_level
        self.close_sections(to_level=level, line=line - 1)
        self.end_labels(bold=True)
        index = len(self.sections)
        self.sections.append(
            {
                "index": index,
                "title": _strip_comments(token.content).strip(),
                "level": level,
                "line": line,
                "end_line": line,
                "first_block": len(self.blocks),
                "end_block": len(self.blocks),
                "parent": self.section,
            }
        )
        self.open_sections.append(index)

    def close_sections(self, to_level: int, line: int) -> None:
        while self.open_sections and self.sections[self.open_sections[-1]]["level"] >= to_level:
            closed = self.sections[self.open_sections.pop()]
            closed["end_block"] = len(self.blocks)
            closed["end_line"] = max(line, closed["line"])

    # -- blocks ---------------------------------------------------------------------------------

    def add_block(self, text: str, line: int, lead: str = "") -> None:
        self.blocks.append(Block(text=text, line=line, section=self.section, lead=lead))
        if "](" in text or "http" in text:
            for match in _LINK.finditer(text):
                bare = (match.group(4) or "").rstrip(".,;:!?")  # sentence punctuation
                target = match.group(2) or match.group(3) or bare
                at = line + text.count("\n", 0, match.start())
                self.links.append(Link(match.group(1) or target, target, at))

    def keep_comments(self, text: str, line: int) -> None:
        for match in _COMMENT.finditer(text):
            self.comments.append(Comment(match.group(0), line + text.count("\n", 0, match.start())))

    def paragraph(self, raw: str, line: int) -> None:
        if raw.startswith("[") or raw.startswith(" ["):
            raw, line = self.take_definitions(raw, line)
        if "<!--" in raw:
            self.keep_comments(raw, line)
            raw = _strip_comments(raw)
        text = raw.strip()
        if not text:
            return
        self.labelled_block(text, line)

    def take_definitions(self, raw: str, line: int) -> tuple[str, int]:
        """Cut ``[label]: target`` lines from the head of a paragraph, as CommonMark reads them."""
        lines = raw.split("\n")
        taken = 0
        while taken < len(lines):
            match = _DEFINITION.match(lines[taken])
            if match is None:
                break
            self.references.add(normalize(match.group(1)))
            taken += 1
        return "\n".join(lines[taken:]), line + taken

    def list_item(self, raw: str, line: int, depth: int) -> None:
        if "<!--" in raw:
            self.keep_comments(raw, line)
            raw = _strip_comments(raw)
        text = raw.strip()
        task = _TASK.match(text)
        if task is not None:
            text = text[task.end() :].strip()
            self.tasks.append(Task(text, task.group(1) != " ", line, self.section))
        self.items.append(Item(text, line, self.section, depth))
        self.labelled_block(text, line)

    def labelled_block(self, text: str, line: int) -> None:
        lead = ""
        labelled = _label(text)
        if labelled is not None:
            lead, rest, bold = labelled
            self.start_label(lead, line, bold)
            text = rest.strip()
        if text:
            self.add_block(text, line, lead)

    def table_row(self, table: _Table) -> None:
        cells = [_strip_comments(c).strip() for c in table.cells]
        text = " | ".join(c for c in cells if c)
        if table.in_head:
            table.header = cells
            return
        if not text:
            return
        owner = ""
        for column, title in enumerate(table.header):
            if _OWNER_COLUMN.match(title) and column < len(cells):
                owner = cells[column]
        self.items.append(Item(text, table.row_line, self.section, 0, owner))
        self.add_block(text, table.row_line)

    def html(self, raw: str, line: int) -> None:
        self.keep_comments(raw, line)
        text = _TAG.sub(" ", _strip_comments(raw)).strip()
        if text:
            self.add_block(text, line)

    def front_matter(self, token: Token) -> None:
        line = token.map[0] + 2 if token.map else 2
        from spec_gate import yamlfile  # PyYAML only for documents that have front matter

        try:
            loaded = yamlfile.load(token.content, self.source, first_line=line)
        except SpecGateError as error:
            raise SpecGateError(error.where, f"front matter: {error.what}") from None
        if loaded.data is None:
            return
        if not isinstance(loaded.data, dict):
            raise SpecGateError(f"{self.source}:{line}", "front matter must be a mapping of fields")
        self.frontmatter = loaded.data
        self.frontmatter_line = line - 1

    # -- labels ---------------------------------------------------------------------------------

    def start_label(self, name: str, line: int, bold: bool) -> None:
        # A bold label ends any open label; a plain "Word:" ends only a plain one, so that
        # "For example:" inside a **Why:** paragraph does not cut the why short.
        self.end_labels(bold)
        self.open_labels[bold] = len(self.labels)
        self.labels.append(
            {
                "name": name,
                "line": line,
                "first_block": len(self.blocks),
                "end_block": -1,
                "section": self.section,
            }
        )

    def end_labels(self, bold: bool) -> None:
        for style in (True, False) if bold else (False,):
            index = self.open_labels.pop(style, None)
            if index is not None:
                self.labels[index]["end_block"] = len(self.blocks)

    def finish_labels(self) -> tuple[Label, ...]:
        self.end_labels(bold=True)
        return tuple(Label(**label) for label in self.labels)


class _Table:
    def __init__(self) -> None:
        self.header: list[str] = []
        self.cells: list[str] = []
        self.row_line = 1
        self.in_head = True

    def start_row(self, line: int) -> None:
        self.cells = []
        self.row_line = line

    def cell(self, content: str) -> None:
        self.cells.append(content)

    def end_head(self) -> None:
        self.in_head = False
