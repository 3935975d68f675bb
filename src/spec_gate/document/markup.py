"""A page written in HTML, read as its reader sees it rendered: the paragraphs, headings, lists
and tables of an HTML block handed to the builder as a Markdown parser hands over its own.

Blog posts exported from other engines (a Roller or WordPress post pasted into a Jekyll site),
status notices and mailing-list archives keep their HTML: a whole post in one ``<p>`` with
``<b>Overview:</b><br/>`` labels and ``<ul><li>`` follow-ups. Read as one run of text, its
labels, items and the links that track them are lost.

The text keeps what the Markdown reader reads: bold as ``**``, emphasis as ``*``, a link as
``[text](target)``, entities as written, but for a heading's: its title is read unescaped
("Questions &amp; Answers" is "Questions & Answers"), as spec-gate read a page's ``<h2>``
before this reader. A line break ends a block (in a heading or a table cell, one text each,
it is a newline), so every block stands at the line of the file its words are on: a ``<br>``
counts no line the file does not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from spec_gate.patterns import LaterRe

# A block's structure: what makes it more than one run of text.
_STRUCTURE = LaterRe(
    r"<(?:p|br|li|ul|ol|h[1-6]|tr|table|div|hr|blockquote|pre|dl|dt|dd)\b", re.IGNORECASE
)
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)  # an HTML comment, to its end or the text's
# "<![" that opens no marked section Python's HTML parser knows ("<![CDATA[", "<![if"): it
# stops there with an AssertionError, so the text is read as text.
_NOT_A_MARKED_SECTION = LaterRe(
    r"<!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", re.IGNORECASE
)
_SPACES = LaterRe(r"[ \t\r\n\f\v]+")
_DOUBLE_SPACES = LaterRe(r"  +")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPHS = frozenset(
    {"p", "div", "dl", "dt", "dd", "section", "article", "header", "footer", "main", "center"}
)
_LISTS = frozenset({"ul", "ol"})
_CELLS = frozenset({"td", "th"})
_UNREAD = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
_MARKS = {
    "b": "**",
    "strong": "**",
    "i": "*",
    "em": "*",
    "code": "`",
    "s": "~~",
    "del": "~~",
    "strike": "~~",
}


class Target(Protocol):
    """What the builder is told: the same calls a Markdown parser's walk makes."""

    def inline(self, raw: str, line: int) -> None: ...
    def heading_open(self, level: int) -> None: ...
    def heading_close(self) -> None: ...
    def list_open(self) -> None: ...
    def list_close(self) -> None: ...
    def item_open(self, line: int) -> None: ...
    def item_close(self) -> None: ...
    def row_open(self, line: int) -> None: ...
    def row_close(self) -> None: ...
    def head_close(self) -> None: ...
    def table_close(self) -> None: ...
    def thematic_break(self) -> None: ...
    def quote_open(self) -> None: ...
    def quote_close(self) -> None: ...
    def fence(self, info: str, content: str, line: int) -> None: ...


def structured(content: str) -> bool:
    """Whether an HTML block holds paragraphs, breaks, lists, headings or tables (outside its
    comments): a page to read as rendered, not one run of text."""
    if _STRUCTURE.search(content) is None:
        return False
    return "<!--" not in content or _STRUCTURE.search(COMMENT.sub(" ", content)) is not None


def read(content: str, line: int, target: Target) -> None:
    """Tell ``target`` what the HTML block ``content``, at ``line``, holds."""
    from html.parser import HTMLParser  # only for a page written in HTML: html.entities is large

    parser = HTMLParser(convert_charrefs=False)
    reader = _Reader(line, target, parser.getpos)
    for handler in _HANDLERS:
        setattr(parser, handler, getattr(reader, handler))
    parser.feed(_NOT_A_MARKED_SECTION.sub("&lt;![", content))
    parser.close()
    reader.finish()


_HANDLERS = (
    "handle_starttag",
    "handle_startendtag",
    "handle_endtag",
    "handle_data",
    "handle_entityref",
    "handle_charref",
)


class _Reader:
    """What the HTML parser meets, told to the builder as a Markdown walk tells it."""

    def __init__(self, line: int, target: Target, position: Callable[[], tuple[int, int]]) -> None:
        self.first_line = line
        self.target = target
        self.position = position  # the parser's (line, column) in the block
        self.pieces: list[str] = []  # the text being read, as Markdown's inline text
        self.text_line = 0  # the line its first words are on (0: none yet)
        self.breaks = 0  # line breaks since the last words: in a cell or heading, two end it
        self.open: list[str] = []  # the containers open: "ul", "li", "table", "tr", "quote"
        self.heading = 0
        self.rows = 0  # rows of the open table
        self.links: list[str] = []  # the targets of the links open
        self.unread = 0  # inside <script>, <style>...
        self.pre: list[str] | None = None
        self.pre_line = 0
        self.reached = line  # the last line told, with a cell's or heading's breaks
        self.in_cell = False
        self.just_marked = False  # the last piece is a mark just opened: spaces go before it

    # -- where the parser is ----------------------------------------------------------------------

    def in_file(self) -> int:
        """The line of the file the parser stands on."""
        return self.first_line + self.position()[0] - 1

    def here(self) -> int:
        """That line, never before what was told last."""
        return max(self.in_file(), self.reached)

    # -- tags ---------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNREAD:
            self.unread += 1
        elif self.unread or self.pre is not None:
            return
        elif tag == "br":
            self.line_break()
        elif tag in _MARKS:
            self.mark(_MARKS[tag], opening=True)
        elif tag == "a":
            self.pieces.append("[")
            self.links.append(next((v for k, v in attrs if k == "href" and v), ""))
        else:
            self.open_block(tag)

    def open_block(self, tag: str) -> None:
        if tag in _HEADINGS:
            self.flush()
            self.heading = _HEADINGS[tag]
            self.target.heading_open(self.heading)
        elif tag in _PARAGRAPHS:
            self.paragraph_break()
        elif tag in _LISTS:
            self.flush()
            self.target.list_open()
            self.open.append("ul")
        elif tag == "li":
            self.flush()
            self.close_to("ul", keep=True)
            if not self.open or self.open[-1] != "ul":
                self.target.list_open()  # an item with no list around it
                self.open.append("ul")
            self.target.item_open(self.here())
            self.open.append("li")
        elif tag == "table":
            self.flush()
            self.open.append("table")
            self.rows = 0
        elif tag == "tr":
            self.flush()
            self.close_to("table", keep=True)
            if "table" in self.open:
                self.target.row_open(self.here())
                self.open.append("tr")
        elif tag in _CELLS:
            self.end_cell()
            self.flush()
            self.in_cell = self.in_row()
        elif tag == "blockquote":
            self.flush()
            self.target.quote_open()
            self.open.append("quote")
        elif tag == "hr":
            self.flush()
            self.target.thematic_break()
        elif tag == "pre":
            self.flush()
            self.pre = []
            self.pre_line = self.here()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):  # <br/>, <hr/>
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNREAD:
            self.unread = max(0, self.unread - 1)
        elif self.unread:
            return
        elif tag == "pre" and self.pre is not None:
            written = "".join(self.pre)
            content = written.strip("\n")
            self.pre = None
            if content.strip():
                lead = len(written) - len(written.lstrip("\n"))  # where its lines begin
                self.target.fence("", content + "\n", self.pre_line + lead)
        elif self.pre is not None:
            return
        elif tag in _MARKS:
            self.mark(_MARKS[tag], opening=False)
        elif tag == "a" and self.links:
            target = self.links.pop()
            self.pieces.append(f"]({target})" if target else "]")
        elif tag in _HEADINGS and self.heading:
            self.flush(empty=True)
            self.heading = 0
            self.target.heading_close()
        elif tag in _PARAGRAPHS:
            self.paragraph_break()
        elif tag in _LISTS:
            self.close_to("ul", keep=False)
        elif tag == "li":
            self.close_to("li", keep=False)
        elif tag == "table":
            self.close_to("table", keep=False)
        elif tag == "tr":
            self.close_to("tr", keep=False)
        elif tag in _CELLS:
            self.end_cell()
        elif tag == "blockquote":
            self.close_to("quote", keep=False)

    def handle_data(self, data: str) -> None:
        if self.unread:
            return
        if self.pre is not None:
            self.pre.append(data)
            return
        words = data.lstrip()
        if self.just_marked and words != data and self.pieces:
            self.pieces.insert(-1, " ")  # "<b> Why:</b>": the space before the mark
        if not words:
            if self.pieces and not self.just_marked and not self.pieces[-1].endswith((" ", "\n")):
                self.pieces.append(" ")
            return
        if self.text_line == 0:
            lead = data[: len(data) - len(words)].count("\n")  # the words' line, after newlines
            self.text_line = max(self.in_file() + lead, self.reached)
        self.breaks = 0
        said = words if self.just_marked or not self.pieces else data
        self.just_marked = False
        self.pieces.append(_SPACES.sub(" ", said))

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")

    # -- what is told -----------------------------------------------------------------------------

    def mark(self, marker: str, opening: bool) -> None:
        """Bold, emphasis or code, its marker against its words: "<b> Why: </b>" is "**Why:**"."""
        if opening:
            self.pieces.append(marker)
            self.just_marked = True
            return
        if self.just_marked and self.pieces and self.pieces[-1] == marker:
            self.pieces.pop()  # nothing inside: no marks at all
            self.just_marked = False
            return
        self.just_marked = False
        trailing = ""
        while self.pieces and self.pieces[-1] in (" ", "\n"):
            trailing = self.pieces.pop() + trailing
        if self.pieces:
            last = self.pieces[-1]
            stripped = last.rstrip()
            self.pieces[-1] = stripped
            trailing = last[len(stripped) :] + trailing
        self.pieces += [marker, trailing] if trailing else [marker]

    def line_break(self) -> None:
        """A ``<br>``: in a paragraph, the end of a block, whose line the next words' place in
        the file tells: a post whose paragraphs stand on one line of the file, their lines
        parted by ``<br>`` alone, would otherwise count lines the file does not have. In a
        heading or a table cell (one text each), a line break in the text."""
        if not self.text_line:
            return  # breaks before any words: nothing to break
        self.breaks += 1
        if self.breaks >= _PARAGRAPH_BREAKS or not (self.in_cell or self.heading):
            self.paragraph_break()
        else:
            while self.pieces and self.pieces[-1] == " ":
                self.pieces.pop()
            self.pieces.append("\n")

    def paragraph_break(self) -> None:
        """The end of a paragraph; inside a table cell, a line break (a cell is one text)."""
        if self.in_cell:
            if self.pieces and self.pieces[-1] != "\n":
                self.pieces.append("\n")
        else:
            self.flush()

    def in_row(self) -> bool:
        return bool(self.open) and self.open[-1] == "tr"

    def end_cell(self) -> None:
        if self.in_cell:
            self.in_cell = False
            self.flush(empty=True)

    def flush(self, empty: bool = False) -> None:
        """Hand the text read so far to the builder (``empty``: even when there is none, as a
        heading or table cell must be told)."""
        raw = _DOUBLE_SPACES.sub(" ", "".join(self.pieces)).strip()
        raw = raw.replace(" \n", "\n").replace("\n ", "\n")
        # Never before what was told last (text_line and here() see to it).
        line = self.text_line or self.here()
        self.pieces = []
        self.text_line = 0
        self.breaks = 0
        self.just_marked = False
        if self.heading and "&" in raw:
            from html import unescape

            raw = unescape(raw)
        if raw or empty:
            self.target.inline(raw, line)
            self.reached = line + raw.count("\n")

    def close_to(self, container: str, keep: bool) -> None:
        """Close what is open down to the innermost ``container``, and that too unless
        ``keep`` (an item closes the item before it; a row the row before it)."""
        if container not in self.open:
            return
        self.end_cell()
        self.flush()
        while self.open and (self.open[-1] != container or not keep):
            closed = self.open.pop()
            self.told_closed(closed)
            if closed == container:
                return

    def told_closed(self, container: str) -> None:
        if container == "li":
            self.target.item_close()
        elif container == "ul":
            self.target.list_close()
        elif container == "tr":
            self.target.row_close()
            self.rows += 1
            if self.rows == 1:
                self.target.head_close()  # the first row heads the table, as in Markdown
        elif container == "table":
            self.target.table_close()
        elif container == "quote":
            self.target.quote_close()

    def finish(self) -> None:
        """Close what the block left open: the builder's lists and tables are balanced."""
        if self.heading:
            self.flush(empty=True)
            self.heading = 0
            self.target.heading_close()
        self.end_cell()
        self.flush()
        while self.open:
            self.told_closed(self.open.pop())


_PARAGRAPH_BREAKS = 2  # <br><br>: the end of a paragraph
