"""The document model every check reads: built once per document, 1-based lines throughout."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Record = TypeVar("_Record", bound="DataclassInstance")


def quick_init(cls: type[_Record]) -> type[_Record]:
    """``cls``, a frozen dataclass with slots, with an ``__init__`` that fills its slots
    directly. The one dataclass writes goes through ``object.__setattr__`` for each field,
    twice the cost, and a parse makes a block, an item or a section of every few lines (over
    the 649 Rust RFCs, 86,000 of them). Fields must have plain defaults, if any."""
    namespace: dict[str, Any] = {}
    parameters = []
    names = [each.name for each in fields(cls)]
    for each in fields(cls):
        if each.default_factory is not MISSING or not each.init or each.kw_only:
            raise TypeError(f"{cls.__name__}.{each.name}: a plain field only")
        namespace[f"set_{each.name}"] = cls.__dict__[each.name].__set__
        if each.default is MISSING:
            parameters.append(each.name)
        else:
            namespace[f"default_{each.name}"] = each.default
            parameters.append(f"{each.name}=default_{each.name}")
    body = "".join(f"    set_{name}(self, {name})\n" for name in names)
    exec(f"def __init__(self, {', '.join(parameters)}):\n{body}", namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]  # type: ignore[method-assign]
    return cls


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """A unit of prose: a paragraph, a list item's text, a table row or leftover HTML text.

    ``text`` is the raw inline Markdown with HTML comments removed; code never becomes a block.
    """

    text: str
    line: int
    section: int  # index of the innermost enclosing section, -1 before the first heading
    lead: str = ""  # the label cut from the front of a labelled paragraph ("Why" of **Why:**)
    # A table row's cells, and its table's header cells (column titles), in order.
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()

    @property
    def full_text(self) -> str:
        """The text as written, label included, for checks that read wording rather than content."""
        return f"{self.lead}: {self.text}" if self.lead else self.text


@quick_init
@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its content, subsections included: ``blocks[first_block:end_block]``."""

    index: int
    title: str
    level: int
    line: int
    end_line: int
    first_block: int
    end_block: int
    parent: int  # index of the enclosing section, -1 at top level


@quick_init
@dataclass(frozen=True, slots=True)
class Label:
    """A labelled paragraph such as ``**Why:** ...``; its content runs to the next heading or label.

    A bold label ends any open label; a plain ``Word:`` label ends only a plain one.
    """

    name: str
    line: int
    first_block: int  # the labelled paragraph itself, with the label cut off
    end_block: int
    section: int


@quick_init
@dataclass(frozen=True, slots=True)
class Task:
    """A task-list item ``- [ ] text`` or ``- [x] text``."""

    text: str
    checked: bool
    line: int
    section: int
    quoted: bool = False  # inside a block quote: someone else's box, shown, not ticked here


@quick_init
@dataclass(frozen=True, slots=True)
class Item:
    """A list item or a table body row. ``owner`` holds the cell of an Owner column, if any."""

    text: str
    line: int
    section: int
    depth: int
    owner: str = ""
    checked: bool | None = None  # a task-list item: ticked or not; None for a plain item or row


@quick_init
@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment outside code, kept for waivers."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    line_count: int
    frontmatter: dict[str, Any] | None
    frontmatter_line: int
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    labels: tuple[Label, ...]
    tasks: tuple[Task, ...]
    items: tuple[Item, ...]
    comments: tuple[Comment, ...]
    references: frozenset[str] = field(default=frozenset())  # link reference labels, normalized
    # Text pasted in a fence that names no language or plain text (a chat log, a bot's digest,
    # a terminal's "log" or "irc"), or YAML or JSON filled in (its ``lead`` says which): never
    # prose for the rules that judge writing, but what a handoff's reader reads for its
    # answers, figures and guilt trips. One block per fence.
    pasted: tuple[Block, ...] = ()
    # The language it is read in, when the policy chose it (spec_gate.reading.language);
    # "" leaves it to the reading layer: the front matter's lang:, else the text's.
    language: str = ""
    # Each section's language, told from its own text (spec_gate.reading.language); () when
    # not told: every section is read in the document's.
    section_languages: tuple[str, ...] = ()
    # Whether its text told that language (or its front matter did), rather than it being the
    # fallback when no language read stood out.
    language_told: bool = True

    def section_blocks(self, section: Section) -> tuple[Block, ...]:
        return self.blocks[section.first_block : section.end_block]

    def label_blocks(self, label: Label) -> tuple[Block, ...]:
        return self.blocks[label.first_block : label.end_block]

    def within(self, section: Section, index: int) -> bool:
        """Whether the section with ``index`` is ``section`` itself or nested inside it."""
        while index >= 0:
            if index == section.index:
                return True
            index = self.sections[index].parent
        return False


@dataclass(frozen=True, slots=True)
class Context:
    """What checking a document knows besides its text: from the policy, the paragraphs of the
    kind's template and the prompts not to echo; from the run, the day it is checked on."""

    template_texts: frozenset[str] = frozenset()  # the template's paragraphs, normalized
    echoes: tuple[tuple[str, ...], ...] = ()  # each prompt's words, in order: not to echo
    today: date | None = None  # a sign-off dated later has not happened
    title: str | None = None  # the title given apart from the text (a pull request's)
