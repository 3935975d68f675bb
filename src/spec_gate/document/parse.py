"""Parse Markdown once into a Document, with pulldown-cmark (compiled, through pyromark).

pulldown-cmark yields events with their byte ranges; a block's raw inline Markdown is cut from
the source by those ranges (comments, bold labels and link targets as written), since no check
reads inline structure. The walk tells spec_gate.document.build.Builder what it meets, in
document order. Front matter is cut off before parsing, as markdown-it-py's plugin reads it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from spec_gate import patterns
from spec_gate.document.build import Builder
from spec_gate.document.model import Document

# Format characters (Unicode category Cf: zero-width spaces and joiners, bidi controls, soft
# hyphens, the BOM) are invisible: "T\u200bBD" reads as TBD, so it must count as TBD. The classes
# are Unicode 15.1's Cf, written out (computing them from unicodedata costs 65 ms at every start),
# and split: scanning for the few outside the basic plane is slow, and few texts have any.
_FORMAT_CHARACTERS = patterns.LaterRe(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_ASTRAL_FORMAT_CHARACTERS = re.compile(
    "[\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def invisible(char: str) -> bool:
    """Whether ``char`` is a format character that reading leaves out ("Jo\u200bse" is "Jose")."""
    return (
        _FORMAT_CHARACTERS.fullmatch(char) is not None
        or _ASTRAL_FORMAT_CHARACTERS.fullmatch(char) is not None
    )


def normalize_text(text: str) -> str:
    """NFKC, without format characters: the text every count and pattern sees."""
    if text.isascii():
        return text
    text = _FORMAT_CHARACTERS.sub("", text)
    # Outside the basic plane, a character is two UTF-16 units: told faster than by a search.
    if len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text):
        text = _ASTRAL_FORMAT_CHARACTERS.sub("", text)
    return text if unicodedata.is_normalized("NFKC", text) else _nfkc(text)


def _nfkc(text: str) -> str:
    """``text`` in NFKC, normalized a piece of a few lines at a time: most of a text that is
    not all in NFKC already is (a no-break space here, a full-width comma there), and a piece
    in NFKC is told at a glance. NFKC joins and reorders nothing across a newline, so the
    pieces' forms make the whole's."""
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _NFKC_PIECE)
        end = len(text) if end < 0 else end + 1
        pieces.append(unicodedata.normalize("NFKC", text[start:end]))
        start = end
    return "".join(pieces)


_NFKC_PIECE = 500  # characters at least (to the next newline): fastest over ../shared/corpus


def parse(text: str, source: str = "-") -> Document:
    """Build the Document for ``text``; ``source`` names it in errors."""
    text = normalize_text(text)
    if "\r" in text:  # Windows' line ends (and old Macs'), as CommonMark reads them: newlines
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:  # as CommonMark says (a file with one is refused; a PR body is not)
        text = text.replace("\0", "\ufffd")
    builder = Builder(source)
    body, lines_before = _cut_front_matter(text, builder)
    if source.lower().endswith(".mdx"):  # (each reader imported only for its files)
        from spec_gate.document import mdx

        body = mdx.as_markdown(body)
    elif source.lower().endswith(".rst"):
        from spec_gate.document import rst

        body = rst.as_markdown(body)
    if "\t" in body and ("`\t" in body or "~\t" in body):  # (one character: found faster)
        body = _FENCE_TRAILING_TAB.sub(lambda m: m.group(0).replace("\t", " "), body)
    walk = _Walk(body, lines_before, builder)
    walk.run()
    if walk.tables_in_paragraphs:
        # GitHub (and markdown-it) let a table interrupt a paragraph; pulldown-cmark reads it
        # as more of the paragraph. Read again with a blank line before each such table.
        again = Builder(source)
        again.frontmatter, again.frontmatter_line = builder.frontmatter, builder.frontmatter_line
        offsets = sorted(walk.tables_in_paragraphs)
        added = tuple(offset + number for number, offset in enumerate(offsets))
        _Walk(_blank_line_before(body, offsets), lines_before, again, added).run()
        builder = again
    return builder.finish(text.count("\n") + 1)


def _cells(row: str) -> int:
    """How many cells a table row has: its pipes, less escaped ones and those at either end."""
    row = row.strip()
    pipes = row.count("|") - row.count("\\|")
    return pipes + 1 - row.startswith("|") - (row.endswith("|") and not row.endswith("\\|"))


def _blank_line_before(body: str, offsets: list[int]) -> str:
    """``body`` with a newline added before each of the (character) ``offsets``, in order."""
    pieces = []
    last = 0
    for offset in offsets:
        pieces += [body[last:offset], "\n"]
        last = offset
    return "".join([*pieces, body[last:]])


# CommonMark lets a tab follow a closing fence; pulldown-cmark reads "```\t" as more code. As
# long as a space: the source keeps its byte offsets.
_FENCE_TRAILING_TAB = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[ \t]*\t[ \t]*$", re.MULTILINE)
_CLOSING_DASHES = re.compile(r"(-{3,})[ \t]*$")


def _cut_front_matter(text: str, builder: Builder) -> tuple[str, int]:
    """Give the builder the front matter, if any, and return the rest and the lines before it.

    As mdit-py-plugins reads it: the first line opens with three dashes or more; a line of at
    least as many dashes (indented less than four columns), or of ``...``, closes it; left
    unclosed, it is no front matter. Hugo's and Zola's TOML front matter is read too: a
    first line ``+++``, closed by the next such line."""
    if _TOML_FENCE.match(text):
        return _cut_toml_front_matter(text, builder)
    if not text.startswith("---"):
        return text, 0
    first_end = text.find("\n")
    if first_end < 0:
        return text, 0
    opening = len(text[:first_end]) - len(text[:first_end].lstrip("-"))
    position = first_end + 1
    line = 1
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        current = text[position:end]
        line += 1
        bare = current.lstrip(" ")
        if len(current) - len(bare) < 4:
            closing = _CLOSING_DASHES.match(bare)
            if (closing is not None and len(closing.group(1)) >= opening) or (
                current.startswith("...") and not current[3:].strip(" \t")
            ):
                builder.front_matter(text[first_end + 1 : position].rstrip("\n"), 2)
                return text[end + 1 :], line
        position = end + 1
    return text, 0


def _cut_toml_front_matter(text: str, builder: Builder) -> tuple[str, int]:
    first_end = text.find("\n")
    closing = _TOML_FENCE.search(text, first_end + 1) if first_end >= 0 else None
    if closing is None:
        return text, 0
    builder.front_matter(text[first_end + 1 : closing.start()].rstrip("\n"), 2, toml=True)
    line = text.count("\n", 0, closing.start()) + 1
    return text[closing.end() + 1 :], line


_TOML_FENCE = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)


# Inline events: their ranges make up a block's raw text. Block events open and close blocks.
_BREAKS = frozenset({"SoftBreak", "HardBreak"})
_INLINE_CONTAINERS = frozenset({"Strong", "Emphasis", "Link", "Image", "Strikethrough"})
_LINKS = ("Link", "Image")
_QUOTE_MARKERS = re.compile(r"\n(?:[ \t]{0,3}>[ \t]?)+")
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LEAVES = frozenset({"Paragraph", "Heading", "CodeBlock", "HtmlBlock", "Table"})
_CONTAINERS = frozenset({"Item", "List", "BlockQuote"})


class _Walk:
    """One pass over pulldown-cmark's events, cutting each leaf's raw text from the source."""

    def __init__(
        self, body: str, lines_before: int, builder: Builder, added: tuple[int, ...] = ()
    ) -> None:
        self.text = body
        # pulldown-cmark's ranges count UTF-8 bytes: text that is not ASCII is cut as bytes.
        self.ascii = body.isascii()
        self.body: Any = body if self.ascii else body.encode()  # str or bytes, cut alike
        # What is looked for in it, as str or bytes (a byte of bytes reads as an int).
        self.newline: Any = "\n" if self.ascii else b"\n"
        self.defined: Any = "]:" if self.ascii else b"]:"
        self.backslash: Any = "\\" if self.ascii else ord("\\")
        self.builder = builder
        self.line = lines_before + 1  # the line at self.counted
        self.counted = 0
        # Newlines added to the source (at these offsets) count no line.
        self.added = added if self.ascii else tuple(len(body[:a].encode()) for a in added)
        self.added_passed = 0
        self.covered = 0  # source before this is accounted for by an event
        self.quotes = 0
        self.code = False  # inside a code or HTML block: its text is not prose
        self.fenced: tuple[str, int] | None = None  # the open fence's info and first line
        self.fenced_text: list[str] = []
        self.html: list[str] = []
        self.html_line = 0
        # The leaf being read: its raw pieces, where the current piece starts (-1 after a
        # break, until the next event: the container prefix between is not text), its extent.
        self.pieces: list[str] = []
        self.cursor = -1
        self.resume = -1  # where the line after the last break starts
        self.leaf_start = -1
        self.leaf_end = -1
        self.leaf_line = 0
        # Where a table in a paragraph starts (character offsets of its header lines).
        self.tables_in_paragraphs: list[int] = []

    def cut(self, start: int, end: int) -> str:
        piece = self.body[start:end]
        return piece if self.ascii else piece.decode()  # type: ignore[no-any-return]

    def line_at(self, offset: int) -> int:
        if self.body.startswith(self.newline, offset):
            offset += 1  # pulldown-cmark starts an item indented by a tab at the line before
        self.line += self.body.count(self.newline, self.counted, offset)
        self.counted = offset
        if self.added:
            while self.added_passed < len(self.added) and self.added[self.added_passed] < offset:
                self.added_passed += 1
                self.line -= 1
        return self.line

    def run(self) -> None:
        import pyromark

        # Tables on; task boxes stay text, for the builder. The events are read as the plain
        # dicts and strings they are: narrowing their types would cost an isinstance() each.
        events: Iterable[tuple[Any, Any]] = pyromark.events_with_range(
            self.text, options=pyromark.Options.ENABLE_TABLES
        )
        for event, span in events:
            if event.__class__ is str:
                if event in _BREAKS:
                    self.inline_break(span["start"], span["end"])
                elif event == "Rule":
                    self.builder.thematic_break()
                continue
            if "Text" in event or "Code" in event:  # most events: kept short
                if not self.code:
                    if self.cursor < 0:
                        self.inline(span["start"], span["end"])
                    elif span["end"] > self.leaf_end:
                        self.leaf_end = span["end"]
                elif self.fenced is not None:
                    self.fenced_text.append(event.get("Text", ""))
                continue
            value = event.get("Start")
            if value is not None:
                name = value if value.__class__ is str else next(iter(value))
                if name in _INLINE_CONTAINERS:  # a link or emphasis: its text is the leaf's
                    if not self.code:
                        end = span["end"]
                        if name in _LINKS and value[name]["link_type"] == "Collapsed":
                            end += 2  # pulldown-cmark's range stops before "[]" of "[label][]"
                        self.inline(span["start"], end)
                else:
                    self.start(name, value, span["start"], span["end"])
                continue
            value = event.get("End")
            if value is not None:
                name = value if value.__class__ is str else next(iter(value))
                if name in _INLINE_CONTAINERS:
                    if self.cursor < 0 and self.resume >= 0 and not self.code:
                        self.cursor = self.resume  # a link's end opens the line: "[a\n](b)"
                else:
                    self.end(name, span["start"], span["end"])
            elif "Html" in event:
                self.html.append(event["Html"])
            elif not self.code:  # inline HTML, a footnote reference
                self.inline(span["start"], span["end"])
        self.definitions(len(self.body))

    # -- inline text ------------------------------------------------------------------------------

    def inline(self, start: int, end: int) -> None:
        if self.cursor < 0:
            if self.leaf_start < 0:
                self.leaf_start = start
                if self.leaf_line == 0:  # a tight list item's text: no paragraph event
                    self.leaf_line = self.line_at(start)
            if start > 0 and self.body[start - 1] == self.backslash:
                start -= 1  # an escape opening a line is cut off its event: "\\[x] not a box"
            self.cursor = start
        if end > self.leaf_end:  # noqa: PLR1730 - called for most events: cheaper than max()
            self.leaf_end = end

    def inline_break(self, start: int, end: int) -> None:
        if self.cursor < 0:
            self.cursor = start if self.resume < 0 else self.resume
        self.pieces.append(self.cut(self.cursor, end))
        self.cursor = -1
        self.resume = end
        if end > self.leaf_end:  # noqa: PLR1730 - as in inline()
            self.leaf_end = end

    def flush(self, empty: bool = False, cell: bool = False) -> None:
        """Hand the leaf's raw text to the builder; ``empty``: even when it has none."""
        pieces = self.pieces
        if self.cursor >= 0:
            pieces.append(self.cut(self.cursor, self.leaf_end))
        elif not pieces:  # nothing read since the last leaf (most calls: a container's end)
            if empty:
                self.builder.inline("", self.leaf_line)
            self.leaf_line = 0
            return
        elif self.leaf_end > self.resume:  # "[a link\n](target)"
            pieces.append(self.cut(self.resume, self.leaf_end))
        raw = (pieces[0] if len(pieces) == 1 else "".join(pieces)).strip()
        if cell and "\\|" in raw:
            raw = raw.replace("\\|", "|")  # a pipe escaped so as not to end the cell
        elif self.quotes:
            if "\n" in raw:  # an event across lines (a code span) holds their markers
                raw = _QUOTE_MARKERS.sub("\n", raw)
        elif len(pieces) > 2 and "|" in raw:
            self.find_table(raw)
        self.builder.inline(raw, self.leaf_line)
        self.covered = max(self.covered, self.leaf_end)
        self.pieces = []
        self.cursor = self.resume = self.leaf_start = self.leaf_end = -1
        self.leaf_line = 0

    def find_table(self, raw: str) -> None:
        """Note a table that interrupts the paragraph ``raw``: a row of pipes, then a row of
        dashes with as many cells, below the paragraph's first line."""
        lines = raw.split("\n")
        for index in range(2, len(lines)):
            delimiter = lines[index]
            if "-" not in delimiter or _DELIMITER_ROW.match(delimiter) is None:
                continue
            header = lines[index - 1]
            if "|" not in header or _cells(header) != _cells(delimiter):
                continue
            start = self.leaf_start
            for _ in range(index - 1):
                start = self.body.index(self.newline, start) + 1
            self.tables_in_paragraphs.append(start if self.ascii else len(self.cut(0, start)))
            return

    # -- blocks ----------------------------------------------------------------------------------

    def start(self, name: str, value: Any, start: int, end: int) -> None:
        """A block opens (``value``: the event's, ``name`` its kind)."""
        if self.pieces or self.cursor >= 0:
            self.flush()  # a tight list item's text ends where a block starts
        if start > self.covered:
            self.definitions(start)
        builder = self.builder
        if name == "Paragraph":
            self.leaf_line = self.line_at(start)
        elif name == "Heading":
            self.leaf_line = self.line_at(start)
            builder.heading_open(int(value["Heading"]["level"][1]))
        elif name == "Item":
            builder.item_open(self.line_at(start))
        elif name == "List":
            builder.list_open()
        elif name == "BlockQuote":
            self.quotes += 1
            builder.quote_open()
        elif name in ("TableHead", "TableRow"):
            builder.row_open(self.line_at(start))
        elif name == "TableCell":
            self.leaf_line = self.line_at(start)
        elif name == "HtmlBlock":
            self.code = True
            self.html = []
            self.html_line = self.line_at(start)
        elif name == "CodeBlock":
            self.code = True
            fenced = value["CodeBlock"]
            if fenced.__class__ is dict:
                self.fenced = (fenced["Fenced"], self.line_at(start) + 1)
                self.fenced_text = []

    def end(self, name: str, start: int, end: int) -> None:
        """A block of the kind ``name`` closes."""
        builder = self.builder
        if name in _CONTAINERS:  # their text ends, and any definitions left at their end
            if self.pieces or self.cursor >= 0:
                self.flush()
            else:
                self.leaf_line = 0
            if end > self.covered:
                self.definitions(end)
        if name == "Paragraph":
            self.flush()
        elif name == "Heading":
            self.flush(empty=True)
            builder.heading_close()
        elif name == "TableCell":
            self.flush(empty=True, cell=True)
        elif name == "TableRow":
            builder.row_close()
        elif name == "TableHead":
            builder.row_close()
            builder.head_close()
        elif name == "Table":
            builder.table_close()
        elif name == "Item":
            builder.item_close()
        elif name == "List":
            builder.list_close()
        elif name == "BlockQuote":
            self.quotes -= 1
            builder.quote_close()
        elif name == "HtmlBlock":
            self.code = False
            builder.html_block("".join(self.html), self.html_line)
        elif name == "CodeBlock":
            self.code = False
            if self.fenced is not None:
                builder.fence(self.fenced[0], "".join(self.fenced_text), self.fenced[1])
                self.fenced = None
        if name in _LEAVES:
            self.covered = end

    def definitions(self, until: int) -> None:
        """Link reference definitions in source no event covered: pulldown-cmark drops them."""
        if until > self.covered:
            if self.body.find(self.defined, self.covered, until) >= 0:
                self.builder.definitions(self.cut(self.covered, until))
            self.covered = until
