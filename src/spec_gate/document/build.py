"""Building a Document from a parser's walk: the parser says what it meets (a heading, a
paragraph's raw text, a list opening...), the builder turns that into sections, labels, tasks,
items and blocks. Parser-independent: spec_gate.document.parse drives it from pulldown-cmark's
events; the tests drive it from markdown-it-py's tokens, as an oracle for the same Document.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from spec_gate.document import markup
from spec_gate.document.content import normalize
from spec_gate.document.model import Block, Comment, Document, Item, Label, Section, Task
from spec_gate.errors import SpecGateError
from spec_gate.patterns import LaterRe

_COMMENT = markup.COMMENT
_TAG = re.compile(r"</?[A-Za-z][^>\n]{0,2000}>")
_TASK = re.compile(r"\[([ xX])\](?:\s+|$)")
# Boxes typed as characters: ticked, and not.
_TICKED = frozenset("☑☒✅✔")
_TYPED_BOXES = _TICKED | frozenset("☐")
_INLINE_BOX = re.compile(r"(?:^|\s)\[([ xX])\](?=\s|$)")
_CODE_SPAN = re.compile(r"(`+)[^`].*?\1", re.DOTALL)
# Markers of a few characters ("[ ]", "**", "<!--") are looked for only in text that has their
# first character: a search for one character is many times faster, and most text has none.
_BOX = re.compile(r"\[[ xX]\]")
# Fence info strings of text that is pasted rather than code, and of data filled in.
_PASTED = tuple(
    [name] for name in ("text", "txt", "plain", "plaintext", "log", "irc", "chat", "none")
)
_PASTED_DATA = tuple([name] for name in ("yaml", "yml", "json"))
# What counts as a label, at the start of a paragraph or list item:
# **Why:** text, **Why**: text, __Why__: text — bold, with the colon inside or just after; bold
# words with no colon are a label only when nothing follows on their line ("**Why**\ntext").
_BOLD_LABEL = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?)(?:\*\*|__)\s*:?\s*", re.DOTALL)
_BOLD_LABEL_COLON_INSIDE = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?):\s*(?:\*\*|__)\s*", re.DOTALL)
# A plain label is short (one to four words): "Why: ..." yes, "We will define two X: ..." no.
_PLAIN_LABEL = LaterRe(r"([^\W\d_][\w'’/()?&-]*(?: [\w'’/()?&-]+){0,3}):(?:[ \t]+|\n|$)")
# A label asked as a question runs longer: "What I'm going to change:", "How we will stop
# this happening again:".
_QUESTION_LABEL = re.compile(
    r"((?:What|How|Why|Who|Where|When|Which)(?: [\w'’/()?&-]+){1,6}):(?:[ \t]+|\n|$)"
)
_PLAIN_LABEL_SPACES = 3  # the spaces in a label of one to four words, and in a question's
_QUESTION_LABEL_SPACES = 6
# A link reference definition: "[label]: target" or '[label]: <target> "title"', as CommonMark
# writes it; its target may be on the next line. Where the parser has already found one, its
# label is read after any quote markers, list marker or indent.
_DEFINED_LABEL = r"\[((?:[^\]\\\n]|\\.){1,999})\]:"
_TARGET = r"(?:<[^>\n]*>|\S+)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"
_DEFINITION = re.compile(rf" {{0,3}}{_DEFINED_LABEL}[ \t]*{_TARGET}")
_DEFINITION_ALONE = re.compile(rf" {{0,3}}{_DEFINED_LABEL}[ \t]*$")
_DEFINITION_TARGET = re.compile(rf"[ \t]*{_TARGET}")
_DEFINITION_LABEL = re.compile(rf"^[ \t>]*(?:(?:[-+*]|\d{{1,9}}[.)])[ \t]+)?{_DEFINED_LABEL}", re.M)
_CONTINUATION_INDENT = re.compile(r"\n[ \t]+")
# A table's Owner column, in each built-in language: "Owner", "Responsable", "Verantwortlich",
# "Responsabile", "Eigenaar", "Ansvarlig", "担当者", "负责人", "담당자"...
_OWNER_COLUMN = LaterRe(
    r"^\s*(owners?|assignee|assigned to|who|responsible|accountable|dri|driver|lead"
    r"|point of contact"
    r"|responsables?|propriétaire|porteur|pilote|assignée? à|qui"  # fr
    r"|propietario|dueño|asignado a|quién"  # es
    r"|responsável|responsáveis|dono|atribuído a|quem"  # pt
    r"|verantwortlich|verantwortliche|zuständig|besitzer|eigentümer|wer"  # de
    r"|responsabile|responsabili|referente|assegnato a|chi"  # it
    r"|eigenaar|verantwoordelijke|toegewezen aan|wie"  # nl
    r"|eier|ansvarlig|ansvar|tildelt|hvem"  # nb
    r"|担当|担当者|責任者|オーナー|负责人|责任人|负责|담당|담당자|책임자)\s*$"
    # or a question of who, in the team's words: "Whose plate", "Who's on it", "Hvem tar den"
    r"|^\s*(who|whose|who's|qui|quién|quem|wer|wessen|chi|wie|hvem|hvis)\b[^|?]{0,30}\??\s*$",
    re.I,
)


_EMPHASIS = "*_ \t"


def owner_cell(header: Sequence[str], cells: Sequence[str]) -> str:
    """The cell of a row under an Owner column ("Owner", "Verantwortlich", "担当者"), if any."""
    owner = ""
    for column, title in enumerate(header):
        # A header set in bold or italics ("**Owner**") is the same column.
        if _OWNER_COLUMN.match(title.strip(_EMPHASIS)) and column < len(cells):
            owner = cells[column]
    return owner


def _strip_comments(text: str) -> str:
    return _COMMENT.sub(" ", text) if "<" in text and "<!--" in text else text


_TITLE_LINE = re.compile(r"^[^\W\d_][\w'’/&() -]{0,60}$")
_TITLE_MOST = 61  # characters: the longest line _TITLE_LINE matches
# Bullets typed as characters, not Markdown's: a list as chat tools and word processors write it.
TYPED_BULLETS = frozenset("•·・▪◦‣●○■□➤►→")  # "・" as Japanese lists write it
# A run-in heading ends its bold words with a full stop: a short phrase, not a sentence.
_RUN_IN = re.compile(r"^[^.!?]{1,40}\.$")
# Symbols an author sets before a label ("🔥 **Still burning**", "▶ **Load**"): no letters.
_MARKER = re.compile(r"^[^\w\s*_\[(<`>#|\\]{1,4}\s+")


def _unemphasized(text: str) -> str:
    """A line set in italics as a whole ("_Lessons learned_"), as written without them."""
    match = _EMPHASIZED.match(text)
    return text if match is None else match.group(2) + text[match.end() :]


_EMPHASIZED = re.compile(r"([*_])([^*_\n]{1,60})\1(?=:?$)")


def _introduces_list(text: str) -> bool:
    """A paragraph that a list right after it belongs to: a title on a line of its own
    ("Action Items", "_Lessons learned_"), or a sentence that ends in a colon ("We are making
    these changes:")."""
    plain = _unemphasized(text)
    if "\n" in plain.strip():
        return False
    if plain.endswith(":"):
        return len(plain) <= 300
    if plain != text:
        plain = plain.removesuffix(".")  # a run-in heading in italics: "*Follow-ups.*"
    return _TITLE_LINE.match(plain) is not None and len(plain.split()) <= 6


def _checklist(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """A paragraph whose last lines each open with a box ("[ ] ...", "[x] ..."), at least
    two: the lines before them, and each box line with its offset."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if _TASK.match(line.lstrip())), None)
    if first is None or len(lines) - first < _A_CHECKLIST:
        return None
    if not all(_TASK.match(line.lstrip()) for line in lines[first:]):
        return None
    boxes = [(first + i, line.strip()) for i, line in enumerate(lines[first:])]
    return "\n".join(lines[:first]).strip(), boxes


_A_CHECKLIST = 2  # box lines: one box inside a paragraph is a box ticked in a line


def _label_lines(text: str) -> list[tuple[str, int]]:
    """A paragraph split where a line opens with a bold label: a block of fields written one
    per line ("**Date**: ...", "**Summary**: ...", "**Impact**: ...") is that many labels."""
    if "\n**" not in text and "\n__" not in text:
        return [(text, 0)]
    lines = text.split("\n")
    parts: list[tuple[str, int]] = []
    start = 0
    for index in range(1, len(lines)):
        opening = lines[index].lstrip()
        if opening.startswith(("**", "__")) and _bold_field(opening):
            parts.append(("\n".join(lines[start:index]), start))
            start = index
    parts.append(("\n".join(lines[start:]), start))
    return [(part.strip(), offset) for part, offset in parts if part.strip()]


_ASIDE = re.compile(r"\s*\([^()\n]*\)[.:]?\s*")
_SPEAKER = re.compile(r"@[\w.-]+(?:\s*\([^)]*\))?")  # "@june.o", "@dolores (Saturday lead)"


def _bold_field(line: str) -> bool:
    labelled = _label(line)
    return labelled is not None and labelled[2]


def _label(text: str) -> tuple[str, str, bool] | None:
    """Split a labelled paragraph into (label, rest, bold), or None when it has no label."""
    newline = text.find("\n")
    first = text if newline < 0 else text[:newline]
    if len(first) > _TITLE_MOST and ":" not in first and "**" not in first and "__" not in first:
        return None  # no colon, no bold, too long for a title: no label's form (most prose)
    bold = ("*" in text and "**" in text) or ("_" in text and "__" in text)
    marked = _MARKER.match(text) if bold else None  # a marker matters only before bold words
    if marked is not None and text[marked.end() :].startswith(("**", "__")):
        text = text[marked.end() :]  # "🔥 **Still burning**": the emoji only marks the label
    if bold and text.startswith(("**", "__")):
        match = _BOLD_LABEL_COLON_INSIDE.match(text) or _BOLD_LABEL.match(text)
        if match is None:
            return None
        after = text[match.end() :]
        colon = match.re is _BOLD_LABEL_COLON_INSIDE or text[: match.end()].rstrip().endswith(":")
        if not colon and _RUN_IN.search(match.group(1)) is not None:
            # A run-in heading, its full stop inside the bold: "**Mood (1-5).** 2, since..."
            return match.group(1).strip().rstrip("."), after, True
        # (on a line of its own, or with only an aside after it: "**Agreed follow-ups** (from
        # the Tuesday call)")
        own_line = "\n" in text[: match.end()] or not after or _ASIDE.fullmatch(after) is not None
        if not colon and not own_line:
            return None  # bold words opening a sentence, not a label
        return match.group(1).strip(), after, True
    first_colon = first.find(":")
    if first_colon >= 0:  # "Why: ...", on its first line
        match = _plain_label(text, first.count(" ", 0, first_colon))
        if match is not None:
            return match.group(1).strip(), text[match.end() :], False
    # A title on the paragraph's first line, the text on the next ("Why\nPractices open...").
    first, _, rest = text.partition("\n")
    if not rest:
        return None
    first = _MARKER.sub("", first, count=1)  # "■ 今後の対応": the square only marks the title
    if rest.startswith(": ") and _TITLE_LINE.match(first) is not None:
        return first.strip(), rest[2:], False  # a definition list's term ("Open incidents\n: ...")
    # ...or lines set off by a bullet typed as a character ("*Follow-ups*" then "• Rotate...",
    # as a chat tool writes them)
    opens = rest[:1].isupper() or rest[:1] in TYPED_BULLETS
    if opens and _introduces_list(first) and not first.endswith(":"):
        return first.strip(), rest, False
    return None


def _plain_label(text: str, spaces: int) -> re.Match[str] | None:
    """A plain label opening ``text``, whose first colon comes after ``spaces`` spaces. The
    label is all that is before that colon, one space between its words: most sentences with
    a colon have too many spaces before it to try the patterns (which backtrack through
    every word)."""
    if spaces <= _PLAIN_LABEL_SPACES:
        match = _PLAIN_LABEL.match(text)
        if match is not None:
            return match
    return _QUESTION_LABEL.match(text) if 0 < spaces <= _QUESTION_LABEL_SPACES else None


@dataclass(slots=True)
class _OpenSection:
    """A section while its content is still being read; frozen into a Section at its end."""

    index: int
    title: str
    level: int
    line: int
    first_block: int
    parent: int
    end_line: int = 0
    end_block: int = -1

    def freeze(self) -> Section:
        return Section(
            self.index,
            self.title,
            self.level,
            self.line,
            self.end_line,
            self.first_block,
            self.end_block,
            self.parent,
        )


@dataclass(slots=True)
class _OpenLabel:
    name: str
    line: int
    first_block: int
    section: int
    end_block: int = -1

    def freeze(self) -> Label:
        return Label(self.name, self.line, self.first_block, self.end_block, self.section)


@dataclass(slots=True)
class _Table:
    header: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    row_line: int = 1
    in_head: bool = True


class Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.sections: list[_OpenSection] = []
        self.open_sections: list[int] = []
        self.section = -1  # the innermost open section (open_sections' last), -1 before any
        self.labels: list[_OpenLabel] = []
        self.open_labels: dict[bool, int] = {}  # bold? -> index in self.labels
        self.tasks: list[Task] = []
        self.items: list[Item] = []
        self.comments: list[Comment] = []
        self.references: set[str] = set()
        self.pasted: list[Block] = []
        self.frontmatter: dict[str, Any] | None = None
        self.frontmatter_line = 1
        # Where the parser's walk stands.
        self.heading_level = 0  # > 0 between heading_open and heading_close
        self.list_depth = 0
        self.item_lines: list[int] = []  # the first line of each open list item
        self.item_text_pending = False  # the next inline token is an item's own text
        self.quote_depth = 0
        self.table: _Table | None = None
        # The last paragraph, while nothing has followed it: a list right after it may make
        # it the list's label ("Action items" on a line of its own, "We will change this:").
        self.lone_paragraph: tuple[int, str, int] | None = None
        self.list_label = False  # the open plain label is a list's, and ends with it

    def finish(self, line_count: int) -> Document:
        self.close_sections(to_level=0, line=line_count)
        self.end_labels(bold=True)
        return Document(
            source=self.source,
            line_count=line_count,
            frontmatter=self.frontmatter,
            frontmatter_line=self.frontmatter_line,
            blocks=tuple(self.blocks),
            sections=tuple(s.freeze() for s in self.sections),
            labels=tuple(label.freeze() for label in self.labels),
            tasks=tuple(self.tasks),
            items=tuple(self.items),
            comments=tuple(self.comments),
            references=frozenset(self.references),
            pasted=tuple(self.pasted),
        )

    # -- what the parser meets, in document order ---------------------------------------------

    def inline(self, raw: str, line: int) -> None:
        """The raw inline text of a heading, table cell, list item or paragraph: a continuation
        line's indent is dropped (parsers differ in how much of it they keep)."""
        if "\n" in raw and _CONTINUATION_INDENT.search(raw) is not None:
            raw = _CONTINUATION_INDENT.sub("\n", raw)
        if self.heading_level:
            self.heading(raw, line)
        elif self.table is not None:
            self.table.cells.append(raw)
        elif self.item_text_pending:
            self.item_text_pending = False
            self.list_item(raw, self.item_lines[-1])
        else:
            self.paragraph(raw, line)

    def heading_open(self, level: int) -> None:
        self.heading_level = level

    def heading_close(self) -> None:
        self.heading_level = 0

    def item_open(self, line: int) -> None:
        self.item_lines.append(line)
        self.item_text_pending = True

    def item_close(self) -> None:
        self.item_lines.pop()
        self.item_text_pending = False  # an item with no text of its own (``- ``, or a fence)

    def list_open(self) -> None:
        lone = self.lone_paragraph
        if lone is not None and self.list_depth == 0 and lone[0] == len(self.blocks) - 1:
            _, text, line = lone
            if _introduces_list(text):
                self.blocks.pop()
                plain = _unemphasized(text)
                label = plain.rstrip(":").strip()
                if plain != text:  # "*Follow-ups.*": its full stop is no part of the label
                    label = label.removesuffix(".")
                self.start_label(label, line, bold=False)
                self.list_label = True
        self.lone_paragraph = None
        self.list_depth += 1

    def list_close(self) -> None:
        self.list_depth -= 1
        if self.list_depth == 0 and self.list_label:
            self.end_labels(bold=False)  # the list it introduced is over
            self.list_label = False

    def thematic_break(self) -> None:
        """A rule ("---") between parts: a part opened by a label above it ends there, as in
        a form's or a thread's sections (a heading's section goes on: headings end those;
        and a rule inside a quote ends nothing outside it)."""
        if self.quote_depth:
            return
        self.end_labels(bold=True)
        self.lone_paragraph = None

    def quote_open(self) -> None:
        self.quote_depth += 1

    def quote_close(self) -> None:
        self.quote_depth -= 1

    def row_open(self, line: int) -> None:
        self.table = self.table or _Table()
        self.table.cells = []
        self.table.row_line = line

    def row_close(self) -> None:
        if self.table is not None:
            self.table_row(self.table)

    def head_close(self) -> None:
        if self.table is not None:
            self.table.in_head = False

    def table_close(self) -> None:
        self.table = None

    def html_block(self, content: str, line: int) -> None:
        """An HTML block: a page written in HTML read as rendered, its headings, paragraphs,
        lists and tables as Markdown's (spec_gate.document.markup); else its text, as prose."""
        self.keep_comments(content, line)
        if markup.structured(content):
            markup.read(content, line, self)
        else:
            self.html_text(_strip_comments(content), line)

    def html_text(self, content: str, line: int) -> None:
        """Add an HTML block's text as a block at ``line``."""
        text = _TAG.sub(" ", content).strip()
        if "\n " in text or "\n\t" in text:  # its indent, as in inline()
            text = _CONTINUATION_INDENT.sub("\n", text)
        if text:
            self.add_block(text, line)

    def fence(self, info: str, content: str, line: int) -> None:
        """A fenced code block's ``info`` string and ``content``, its first line at ``line``:
        kept, as pasted text, when it names no language or plain text, or as data filled in
        (its ``lead`` "yaml", "yml" or "json") when it names YAML or JSON."""
        named = info.lower().split(maxsplit=1)[:1]
        if named in ([], *_PASTED, *_PASTED_DATA) and content.strip():
            data = named[0] if named in _PASTED_DATA else ""
            self.pasted.append(Block(content, line, self.section, lead=data))

    def front_matter(self, content: str, line: int, toml: bool = False) -> None:
        """The front matter's YAML (or ``toml``), ``line`` being the line after the opening
        ``---`` (or ``+++``)."""
        if toml:
            data: object = _toml(content, f"{self.source}:{line}")
        else:
            from spec_gate import yamlfile  # PyYAML only for documents that have front matter

            try:
                data = yamlfile.load(content, self.source, first_line=line).data
            except SpecGateError as error:
                raise SpecGateError(error.where, f"front matter: {error.what}") from None
        if data is None:
            return
        if not isinstance(data, dict):
            raise SpecGateError(f"{self.source}:{line}", "front matter must be a mapping of fields")
        self.frontmatter = data
        self.frontmatter_line = line - 1

    # -- sections -------------------------------------------------------------------------------

    def heading(self, raw: str, line: int) -> None:
        level = self.heading_level
        self.close_sections(to_level=level, line=line - 1)
        self.end_labels(bold=True)
        self.lone_paragraph = None  # a paragraph before a heading introduces no list after it
        index = len(self.sections)
        title = _strip_comments(raw).strip()
        self.sections.append(
            _OpenSection(index, title, level, line, len(self.blocks), self.section)
        )
        self.open_sections.append(index)
        self.section = index

    def close_sections(self, to_level: int, line: int) -> None:
        """Close every open section at ``to_level`` or deeper: a heading ends its peers."""
        while self.open_sections and self.sections[self.open_sections[-1]].level >= to_level:
            closed = self.sections[self.open_sections.pop()]
            closed.end_block = len(self.blocks)
            closed.end_line = max(line, closed.line)
        self.section = self.open_sections[-1] if self.open_sections else -1

    # -- blocks ---------------------------------------------------------------------------------

    def add_block(self, text: str, line: int, lead: str = "") -> None:
        self.blocks.append(Block(text, line, self.section, lead))
        self.lone_paragraph = None

    def keep_comments(self, text: str, line: int) -> None:
        for match in _COMMENT.finditer(text):
            self.comments.append(Comment(match.group(0), line + text.count("\n", 0, match.start())))

    def paragraph(self, raw: str, line: int) -> None:
        if raw.startswith("[") or raw.startswith(" ["):
            raw, line = self.take_definitions(raw, line)
        if "<" in raw and "<!--" in raw:
            self.keep_comments(raw, line)
            raw = _strip_comments(raw)
        text = raw.strip()
        boxed = "[" in text and _BOX.search(text) is not None
        checklist = _checklist(text) if boxed else None
        if checklist is not None:
            # "Suivi\n[x] Retour à l'ancienne version\n[ ] Faire échouer...": a task list
            # written without list markers, under the line that names it
            head, boxes = checklist
            if head:
                self.prose(head, line)
            self.list_open()
            for offset, box in boxes:
                self.list_item(box, line + offset)
            self.list_close()
        elif text:
            self.prose(text, line)

    def prose(self, text: str, line: int) -> None:
        before = len(self.blocks)
        if ("*" in text and "\n**" in text) or ("_" in text and "\n__" in text):
            for part, offset in _label_lines(text):
                self.labelled_block(part, line + offset)
        else:  # one label at most: most paragraphs
            self.labelled_block(text, line)
        if len(self.blocks) == before:
            return  # a label alone ("Action items:"): no block of its own to lead a list
        last = self.blocks[-1]
        if last.line == line and not last.lead and not self.list_depth:
            self.lone_paragraph = (len(self.blocks) - 1, text, line)

    def take_definitions(self, raw: str, line: int) -> tuple[str, int]:
        """Cut ``[label]: target`` lines from the head of a paragraph, as CommonMark reads them."""
        lines = raw.split("\n")
        taken = 0
        while taken < len(lines):
            match = _DEFINITION.match(lines[taken])
            if match is not None:
                taken += 1
            else:  # the target on the next line
                match = _DEFINITION_ALONE.match(lines[taken])
                if match is None or taken + 1 == len(lines):
                    break
                if _DEFINITION_TARGET.match(lines[taken + 1]) is None:
                    break
                taken += 2
            self.references.add(normalize(match.group(1)))
        return "\n".join(lines[taken:]), line + taken

    def definitions(self, text: str) -> None:
        """Link reference definitions the parser cut from the text (``text`` holds them, with
        what surrounds them: blank lines, quote markers)."""
        for match in _DEFINITION_LABEL.finditer(text):
            self.references.add(normalize(match.group(1)))

    def list_item(self, raw: str, line: int) -> None:
        if raw.startswith("["):
            raw, line = self.take_definitions(raw, line)
            if not raw:
                return  # only definitions: no item, as CommonMark reads it
        if "<" in raw and "<!--" in raw:
            self.keep_comments(raw, line)
            raw = _strip_comments(raw)
        text = raw.strip()
        task = _TASK.match(text)
        checked = None
        if task is not None:
            text = text[task.end() :].strip()
            checked = task.group(1) != " "
            self.tasks.append(Task(text, checked, line, self.section, self.quote_depth > 0))
        self.items.append(Item(text, line, self.section, self.list_depth, checked=checked))
        self.labelled_block(text, line)

    def labelled_block(self, text: str, line: int) -> None:
        lead = ""
        labelled = _label(text)
        if labelled is not None:
            lead, rest, bold = labelled
            if _SPEAKER.fullmatch(lead) is None:
                self.start_label(lead, line, bold)
            # (a chat's speaker, "**@dolores (Saturday lead):**", opens no part of its own:
            # what they say belongs to the part it is said in)
            text = rest.strip()
        if text:
            # A list item's own box was read as the item's; most blocks have no box.
            if not self.list_depth and "[" in text and _BOX.search(text) is not None:
                self.inline_box(text, line, lead)
            elif text[:1] in _TYPED_BOXES and not self.list_depth:
                self.typed_box(text, line, lead)
            self.add_block(text, line, lead)

    def typed_box(self, text: str, line: int, lead: str) -> None:
        """A box typed as a character at a line's start, as a word processor exports one:
        "☑ Revisión de accesibilidad — @mpech, aprobado", "☐ Security review — @kim"."""
        for offset, row in enumerate(text.split("\n")):
            mark, rest = row[:1], row[1:].strip()
            if mark not in _TYPED_BOXES or not rest:
                continue
            said = f"{lead}: {rest}" if lead else rest
            checked = mark in _TICKED
            self.tasks.append(
                Task(said, checked, line + offset, self.section, self.quote_depth > 0)
            )

    def inline_box(self, text: str, line: int, lead: str) -> None:
        """A box ticked inside a line rather than as a list item: "**Accessibility sign-off:**
        [x] @mokoro — 2024-05-10" is a task, read with its label."""
        # A box inside a code span is shown, not ticked ("add `- [x] Signed off by @you`");
        # blanked to spaces, so positions still fit the text.
        shown = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text) if "`" in text else text
        match = _INLINE_BOX.search(shown)
        if match is None:
            return
        rest = " ".join(f"{text[: match.start()]} {text[match.end() :]}".split())
        said = f"{lead}: {rest}" if lead else rest
        checked = match.group(1) != " "
        self.tasks.append(Task(said, checked, line, self.section, self.quote_depth > 0))

    def table_row(self, table: _Table) -> None:
        cells = [_strip_comments(c).strip() for c in table.cells]
        if table.in_head:
            table.header = cells
            return
        text = " | ".join(c for c in cells if c)
        if not text:
            return
        owner = owner_cell(table.header, cells)
        self.items.append(Item(text, table.row_line, self.section, 0, owner))
        self.blocks.append(
            Block(
                text, table.row_line, self.section, cells=tuple(cells), header=tuple(table.header)
            )
        )
        self.lone_paragraph = None

    # -- labels ---------------------------------------------------------------------------------

    def start_label(self, name: str, line: int, bold: bool) -> None:
        # A bold label ends any open label; a plain "Word:" ends only a plain one, so that
        # "For example:" inside a **Why:** paragraph does not cut the why short.
        self.end_labels(bold)
        self.open_labels[bold] = len(self.labels)
        self.labels.append(_OpenLabel(name, line, len(self.blocks), self.section))

    def end_labels(self, bold: bool) -> None:
        for style in (True, False) if bold else (False,):
            index = self.open_labels.pop(style, None)
            if index is not None:
                self.labels[index].end_block = len(self.blocks)


def _toml(content: str, where: str) -> dict[str, Any]:
    """TOML front matter as plain data, its dates and times as written (as YAML's are)."""
    import tomllib  # only for documents that have TOML front matter

    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as error:
        reason, at = str(error), _TOML_AT.search(str(error))
        if at is not None:  # "Invalid value (at line 3, column 9)": the line in the file
            source, first = where.rsplit(":", 1)
            where, reason = f"{source}:{int(first) + int(at.group(1)) - 1}", reason[: at.start()]
        raise SpecGateError(where, f"front matter: not valid TOML: {reason.strip()}") from None
    return cast(dict[str, Any], _plain(data))


_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)$")


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value
