"""What every check returns, and the scopes (sections and labelled paragraphs) checks look in."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Annotated, Any, Protocol

from spec_gate import patterns
from spec_gate.document import Block, Context, Document, Item, Label, Section, content
from spec_gate.document.model import quick_init
from spec_gate.findings import Passage, Severity
from spec_gate.reading import Lexicon, Sentence, language
from spec_gate.reading.followups import past_form
from spec_gate.reading.lexicon import combined
from spec_gate.reading.lexicon import get as vocabulary
from spec_gate.reading.text import sentences_of, tokenize

# Options are plain frozen dataclasses, cheap on the hot path; pydantic validates them only
# when a rule set loads, reading this config. No pydantic import here.
STRICT: dict[str, Any] = {"extra": "forbid"}


class _NotNegative:
    """Field metadata: pydantic refuses a negative number when a rule set loads (looked up by
    name, as patterns.Regex's, so that nothing here imports pydantic)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["ge"] = 0
        return schema

    def __repr__(self) -> str:
        return "Count"


Count = Annotated[int, _NotNegative()]
"""How many of something an option asks for: a whole number, 0 or more (``min_words: -5``
would ask for nothing while reading as a demand)."""


class Check(Protocol):
    """What a check module is: the module itself implements this, and mypy holds it to it.

        ``NAME`` is the key a rule set writes (``section:``); ``Options`` the frozen dataclass of
        its options, validated by pydantic when a rule set loads; ``run`` looks at a document, with
    the ``Context`` the policy and the run give it (the template, the prompts, the day);
        ``describe`` says in words what the options ask for (``spec-gate explain`` prints it).
        The module's docstring is its user documentation: its first line, with the docstring under
        each field of ``Options``, is the check's row in README's table of checks (``checkdocs``).
    """

    NAME: str

    @property
    def Options(self) -> type[Any]: ...  # noqa: N802 - the module's class, read as an attribute

    def run(self, doc: Document, options: Any, context: Context, /) -> Outcome: ...

    def describe(self, options: Any, /) -> str: ...


@quick_init
@dataclass(frozen=True, slots=True)
class Miss:
    """A place where a check is not satisfied. ``message``/``help`` override the rule's own."""

    line: int
    detail: str = ""
    message: str = ""
    help: str = ""
    severity: Severity | None = None  # overrides the rule's: a kind of miss that always blocks
    present: bool = False  # the part the rule asks for is there: what is wrong is what it holds


@quick_init
@dataclass(frozen=True, slots=True)
class Outcome:
    misses: tuple[Miss, ...] = ()
    line: int | None = None  # where the satisfying element stands, for `not` to point at
    signers: tuple[str, ...] | None = None  # handles in a passing checkbox or front-matter field
    signoff: bool = False  # the check passed on a sign-off (``signoff: true``): signers[0] signed
    near: bool = False  # failed, but found what it looks for (a box, a field): the better story
    passage: Passage | None = None  # the content that satisfied a section, for finding copies
    # False: passed only because there was nothing to judge (no section where the rule reads,
    # and the rule says another rule asks for it): the report counts it as not applicable.
    judged: bool = True

    @property
    def passed(self) -> bool:
        return not self.misses


def not_counted(doc: Document, context: Context, blocks: Iterable[Block]) -> str:
    """ "“TBD” is a placeholder": the first text of ``blocks`` a reader skips, and why."""
    blocks = tuple(blocks)
    found = content.discarded(
        (b.text for b in blocks), context.template_texts, doc.references, context.echoes
    )
    if found is None:
        lexicon = lexicon_of(doc)
        guidance = next((b.text for b in blocks if is_guidance(b.text, lexicon)), None)
        if guidance is None:
            return ""
        found = guidance, "is the template's guidance, left in place"
    text, what = found
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")  # "T\u200bBD"
    return f"“{shorten(visible, 60)}” {what}"


def passed(line: int | None = None, signers: tuple[str, ...] | None = None) -> Outcome:
    return Outcome((), line, signers)


def nothing_to_judge() -> Outcome:
    """A pass with nothing to judge: not a pass the report may count (it shows n/a)."""
    return Outcome(judged=False)


def signed(line: int, signer: str) -> Outcome:
    """Passed on a sign-off by ``signer``; the engine goes on to check who that is."""
    return Outcome((), line, (signer,), signoff=True)


# A handle stands on its own: not inside an e-mail address ("me@x.com") or a package pin
# ("protobufjs@6.11.3"), and it starts with a letter or a digit.


def missed(line: int, detail: str = "", near: bool = False, present: bool = False) -> Outcome:
    return Outcome((Miss(line, detail, present=present or near),), near=near)


@dataclass(frozen=True, slots=True)
class Scope:
    """A section (with its subsections) or a labelled paragraph: somewhere content can live."""

    title: str
    line: int
    blocks: tuple[Block, ...]
    nested_titles: tuple[str, ...]
    is_label: bool
    section_index: int  # the section itself, or the section the label sits in
    end_line: int  # first line after the scope

    def real_words(self, doc: Document, context: Context, enough: int = 0) -> int:
        """Its words of real content (``enough``: read only until there are that many)."""
        texts = (b.text for b in self.blocks)
        return content.real_words(
            texts, context.template_texts, doc.references, context.echoes, enough
        )

    def discarded(self, doc: Document, context: Context) -> str:
        """What of the scope counts as nothing, quoted with what it is ("" when nothing does)."""
        return not_counted(doc, context, self.blocks)

    def describe(self) -> str:
        return f"“{self.title}”" if self.is_label else f"the “{self.title}” section"

    def holds(self, line: int) -> bool:
        """Whether ``line`` is inside the scope (a section's subsections included)."""
        return self.line <= line < self.end_line


def scopes(doc: Document, title: patterns.Pattern, labels: bool = True) -> Iterator[Scope]:
    """Sections whose heading matches ``title``, then labelled paragraphs whose label matches:
    what ``section:`` means in every check (``labels=False``: headings only, where a rule's
    ``section`` check asks for a heading)."""
    for section in doc.sections:
        if not _titled(title.pattern, section.title):
            continue
        nested = tuple(s.title for s in _subsections(doc, section))
        yield Scope(
            section.title,
            section.line,
            _with_its_sentences(doc, section),
            nested,
            False,
            section.index,
            section.end_line + 1,
        )
    if not labels:
        return
    for label in doc.labels:
        if not _titled(title.pattern, label.name):
            continue
        blocks = doc.label_blocks(label)
        if all(b.text.rstrip().endswith(":") for b in blocks):
            # nothing yet but a line that introduces ("NL:", "Still open:"): and its list
            blocks += _listed_under(doc, label, label.first_block + len(blocks))
        last = label.first_block + len(blocks) if blocks else label.end_block
        end = doc.blocks[last].line if last < len(doc.blocks) else doc.line_count + 1
        yield Scope(label.name, label.line, blocks, (), True, label.section, end)


def _with_its_sentences(doc: Document, section: Section) -> tuple[Block, ...]:
    """A section's blocks, with the sentences in it that introduce a list ("We tested the
    export with VoiceOver and NVDA and changed two things:"): the document model keeps such
    a sentence as the label of what follows, and a reader reads it as prose of the section."""
    blocks = doc.section_blocks(section)
    said = [
        Block(label.name, label.line, label.section)
        for label in doc.labels
        if section.line < label.line <= section.end_line
        and len(label.name.split()) >= A_SENTENCE
        and _introduces(doc, label)
    ]
    if not said:
        return blocks
    return tuple(sorted((*blocks, *said), key=lambda b: b.line))


def _introduces(doc: Document, label: Label) -> bool:
    """Whether a label is a sentence that introduces a list on the lines after it ("... and
    changed two things:"), not a title run into its paragraph ("**Ward clerks who are new to
    the planner.** Not applicable: ...") nor a question over its answer."""
    if label.first_block >= len(doc.blocks):
        return False
    first = doc.blocks[label.first_block]
    return first.line > label.line and any(item.line == first.line for item in doc.items)


A_SENTENCE = 8  # words: a label this long is a sentence, not a name ("User impact")


def _listed_under(doc: Document, label: Label, first: int) -> tuple[Block, ...]:
    """The list (or table) a label standing alone introduces: "**What's still open**" or
    "- open:" over items that open with labels of their own ("**PLAT-918:** ...",
    "MSG-1120: ..."), which would otherwise end it before it holds anything."""
    depths = {item.line: item.depth for item in doc.items if item.section == label.section}
    own = depths.get(label.line, -1)  # the label's own item, if it is one; else a paragraph
    listed: list[Block] = []
    for block in doc.blocks[first:]:
        depth = depths.get(block.line)
        if block.section != label.section or depth is None or depth <= own:
            break
        listed.append(block)
    return tuple(listed)


def is_title(doc: Document, section: Section) -> bool:
    """The document's first heading at level 1: its title, not one of its parts."""
    return section.level == 1 and doc.sections[0] is section


def parts(doc: Document, heading: patterns.Pattern, labels: bool = True) -> list[Scope]:
    """The parts titled for it: headings and labels, then, where labels count and the
    document has no headings but its title, a title written as a plain line of its own or a
    numbered one (a Google Docs export's "Problem statement", "1. Problema")."""
    found = list(scopes(doc, heading, labels))
    if labels and not any(s.level > 1 for s in doc.sections):
        # (only in a document without headings of its own: where it has them, a plain line
        # such as "> Why should we *not* do this?" under "Drawbacks" is a prompt, not a part)
        lines = {s.line for s in found}
        found += [s for s in run_in_scopes(doc) if s.line not in lines and titled(heading, s.title)]
    return found


def run_in_scopes(doc: Document) -> list[Scope]:
    """Parts titled as a plain paragraph or a numbered line, not as a heading: "4.
    FOLLOW-UP" (a list item of its own), "2. Impact", or run into its paragraph ("What we are
    doing. Each action below has a named owner..."): what follows the title in its section,
    to the next such title. Under a title on a line of its own, a labelled paragraph
    ("Slow or unreliable connections: the form is one small page...") is one of its parts,
    as under a heading; the next title on a line of its own ends it."""
    found: list[Scope] = []
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.lead or block.header:
            continue
        title, rest = _run_in_title(block.text)
        if not title:
            continue
        # the rest keeps its own line: the title may stand on a line of its own above it
        below = block.text[: max(0, block.text.find(rest))].count("\n") if rest else 0
        taken = [Block(rest, block.line + below, block.section)] if rest else []
        for later in blocks[index + 1 :]:
            if later.section != block.section:
                break  # its section ends
            titled_too, said = _run_in_title(later.text)
            if rest and (later.lead or titled_too):
                break  # another part's title: a label or a run-in one
            if not rest and titled_too and not said:
                break  # a title on a line of its own, as this one is: the next part
            taken.append(later)  # (under a title of its own line, labels are its parts')
        if taken:
            following = index + 1 + len(taken) - bool(rest)
            end = blocks[following].line if following < len(blocks) else doc.line_count + 1
            found.append(Scope(title, block.line, tuple(taken), (), True, block.section, end))
    return found


def _run_in_title(text: str) -> tuple[str, str]:
    """A short title a block opens with, and the rest: the whole block ("FOLLOW-UP", "Next
    steps", a question "Q. What will we change, and who owns it?"), its first line over
    numbered lines ("Actions" then "6.1 ...") or its first sentence ("What we are doing. Each
    action..."); ("", "") if none."""
    text = _TITLE_MARK.sub(_unmarked, text, count=1)  # "■ 未完了・要フォロー", "【残件】"
    if text[:1].islower() or not text[:1].isalnum():
        return "", ""  # "and going to the website..": a sentence going on, not a title
    line, newline, lines = text.partition("\n")
    question = asked(line.strip())
    if question.endswith("?") and len(question.split()) <= _QUESTION_WORDS:
        # "Q. What will we change, who owns it?" and its answer below ("A. ...")
        return question, _ANSWER_PREFIX.sub("", lines.strip(), count=1)
    if newline and len(line.split()) <= _RUN_IN_WORDS and line.strip(" *_")[-1:].isalpha():
        return line.strip(" *_"), lines.strip()  # a title over the lines of its list
    first, stop, rest = text.partition(". ")
    if stop and "\n" not in first and len(first.split()) <= _RUN_IN_WORDS:
        return first.strip(" *_"), rest.strip()
    whole = text.strip().rstrip(".:")
    if "\n" not in whole and len(whole.split()) <= _RUN_IN_WORDS and whole[-1:].isalpha():
        return whole.strip(" *_"), ""
    return "", ""


# The marks a plain-text memo sets before a title of its own (or the brackets around it), as
# Japanese and Chinese business mail writes a heading: "■ 呼出し件数", "【残件】", "◆ Open".
_TITLE_MARK = patterns.LaterRe(r"^[■□◆◇●◎▶►▼★☆※]\s*|^【([^】\n]{1,30})】\s*")


def _unmarked(found: re.Match[str]) -> str:
    """A title without its mark; one in brackets on a line of its own above what follows."""
    return f"{found.group(1)}\n" if found.group(1) else ""


def asked(title: str) -> str:
    """A question without the mark a Q&A puts before it: "Q: What did readers see?", "Q.
    What will we change?", "Frage: ...?"."""
    found = _QUESTION_PREFIX.match(title)
    return title[found.end() :] if found is not None and title.rstrip().endswith("?") else title


_QUESTION_PREFIX = re.compile(r"\s*\w{1,9}\s*[:.]\s+")  # "Q:", "Q.", "Frage:", "Pregunta:"
_ANSWER_PREFIX = re.compile(r"^(?:A|O|R|Antwort|Answer|Respuesta)\s*[.:]\s*")
_QUESTION_WORDS = 12
_RUN_IN_WORDS = 5


def titled(title: patterns.Pattern, text: str) -> bool:
    """Whether a heading, label or run-in title matches ``title`` (a rule's ``section:``)."""
    return _titled(title.pattern, text)


@lru_cache(maxsize=65536)
def _titled(pattern: str, title: str) -> bool:
    """Whether a heading or label matches: headings repeat across documents ("Motivation",
    "Summary"), so each pair is matched once."""
    compiled = patterns.compile(pattern)
    if patterns.found(compiled, heading_text(title)):
        return True
    # A form's label may carry its question in brackets: "Befinden der/des Übergebenden (Wie
    # geht's dir?)"
    asked = _ASKED_ASIDE.search(title)
    return asked is not None and compiled.search(asked.group(1).strip()) is not None


_ASKED_ASIDE = re.compile(r"[(（]([^()（）]+[?？])[)）][\s:：*_]*$")


def _subsections(doc: Document, section: Section) -> Iterator[Section]:
    for other in doc.sections[section.index + 1 :]:
        if other.line > section.end_line:
            return
        yield other


def items_in(doc: Document, scope: Scope) -> list[Item]:
    """Items inside a scope, at the outermost list depth found there."""
    if scope.is_label:
        found = [i for i in doc.items if scope.line < i.line < scope.end_line]
    else:
        section = doc.sections[scope.section_index]
        found = [
            i
            for i in doc.items
            if section.line < i.line <= section.end_line and doc.within(section, i.section)
        ]
    if not found:
        return found
    top = min(i.depth for i in found)
    return [i for i in found if i.depth == top]


# (Python's engine, as RE2 reads it: ASCII classes, any case; fixed and linear, and a title is
# matched against it thousands of times a run, which RE2's wrapper makes slow)
_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?|(?:[ivxlc]+|[a-z])[.)])\s+", re.ASCII | re.IGNORECASE
)
_DECORATION = {
    **str.maketrans("", "", "*_`¿¡"),  # and Spanish's opening marks: "¿Por qué?"
    # what a reader does not tell apart: a hyphen that does not break ("User\u2011Facing"), a
    # space that does not ("Pour\u00a0qui ?")
    **str.maketrans("\u2010\u2011\u00a0\u202f", "--  "),
}
# Symbols a title opens with ("🎯 Pourquoi", "♿ Accessibilité", "▶ Why"): no letter, no digit;
# or an emoji as GitHub writes its name ("## :stethoscope: Contexte" shows 🩺 Contexte).
_MARKED = re.compile(r"^(?:[^\w\s#(\[<`>|\\]{1,4}|:[a-z0-9_+-]{1,40}:)\s+")


@lru_cache(maxsize=8192)
def heading_text(title: str) -> str:
    """A heading as a reader sees it: without emphasis markers, numbering, a trailing colon
    or an aside in brackets after its words ("Condition (pick an emoji: 😄 😐 😩)")."""
    text = _MARKED.sub("", title.translate(_DECORATION).strip(), count=1)  # "🎯 Pourquoi"
    match = _NUMBERING.search(text)
    if match is not None and match.end() < len(text):
        text = text[match.end() :]
    text = text.rstrip(":").strip()
    aside = _ASIDE.search(text)
    if aside is not None and aside.start() > 0:
        text = text[: aside.start()].rstrip(":").strip()
    return text


# An aside in brackets that closes a title, after words of its own.
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|（[^（）]*）)$")


def lexicon_of(doc: Document) -> Lexicon:
    """The vocabulary to read ``doc`` with: its front matter's ``lang:``, else the language
    its text is written in, joined by the language of any section written in another."""
    codes = language.languages(doc)
    if len(codes) == 1:
        return vocabulary(codes[0])
    return combined(tuple(map(vocabulary, codes)))


def _block_lexicon(doc: Document, section: int) -> Lexicon:
    """The vocabulary a block of the section ``section`` is tokenized with: its section's."""
    if 0 <= section < len(doc.section_languages):
        return vocabulary(doc.section_languages[section])
    return vocabulary(language.of(doc))


def read(
    doc: Document,
    context: Context,
    blocks: Iterable[Block | tuple[str, int]],
    titled_rows: bool = False,
) -> list[Sentence]:
    """The sentences of blocks (or (text, line) pairs) that say something: placeholders
    ("TBD"), dismissals ("considered") and echoes of a prompt are not read. A labelled
    block is read with its label: "No user impact: the job only builds a report";
    ``titled_rows``: a table's row with its columns' titles (in the part a rule is about: an
    "Impact" table's "What they saw" says what its "Who" cell lived)."""
    return list(reading(doc, context, blocks, titled_rows))


def read_heading(doc: Document, context: Context, title: str, line: int) -> list[Sentence]:
    """A heading's or label's sentences: the template's own headings are meant to be kept, so
    what echoes a prompt is read all the same ("Cómo lo vivieron los pacientes" under a
    prompt that says "Describe el corte como lo vivieron los pacientes")."""
    return read(doc, replace(context, echoes=()), [(title, line)])


def reading(
    doc: Document,
    context: Context,
    blocks: Iterable[Block | tuple[str, int]],
    titled_rows: bool = False,
) -> Iterator[Sentence]:
    """``read``, a block at a time: a reader who has seen enough stops reading."""
    lexicon = lexicon_of(doc)
    mixed = len(language.languages(doc)) > 1
    for block in blocks:
        text, line = (block.text, block.line) if isinstance(block, Block) else block
        if (
            content.is_placeholder(text, doc.references)
            or content.is_dismissal(text)
            or content.is_example(text)
            or content.is_echo(text, context.echoes)
            or is_guidance(text, lexicon)
        ):
            continue
        own = _block_lexicon(doc, block.section) if mixed and isinstance(block, Block) else lexicon
        if isinstance(block, Block):
            text = _titled_row(block) if titled_rows and block.header else block.full_text
        yield from sentences_of(text, line, own)


def _titled_row(block: Block) -> str:
    """A table's row as a reader takes it in, each cell under its column's title ("Who:
    customers searching with accents; What they saw: “No product found”; How long: 30
    hours")."""
    if len(block.header) != len(block.cells):
        return block.full_text
    said = "; ".join(
        f"{title.strip(' *_')}: {cell.strip()}" if title.strip(" *_#") else cell.strip()
        for title, cell in zip(block.header, block.cells, strict=True)
        # (a cell that says nothing happened tells no one's story: "Data loss | None")
        if cell.strip() and not content.is_placeholder(cell)
    )
    return said if said.endswith((".", "!", "?")) else f"{said}."


def is_guidance(text: str, lexicon: Lexicon) -> bool:
    """A template's guidance left in place: wholly in italics, and a clause of it telling the
    author what to do ("*List each open incident... If nothing is open, write "Nothing
    open".*", "_Describe who was affected and how. Include the number of customers._")."""
    if not (text[:1] in "*_" and text.rstrip(".")[-1:] in "*_") or len(text) < _GUIDANCE:
        return False
    clauses = re.split(r"[.,;:—]\s", text.strip("*_ "))  # "If nothing is open, write ..."
    for clause in clauses:
        opener = next((t for t in tokenize(clause, lexicon) if t.is_word), None)
        # An order, not what was done: "Written up in question-and-answer form by Tom" is
        # a byline
        if (
            opener is not None
            and opener.lemma in lexicon["instructions"]
            and not past_form(opener, lexicon)
        ):
            return True
    return False


_GUIDANCE = 12  # characters: "*fine*" is an answer, in italics or not


def title_lemmas(doc: Document, context: Context) -> tuple[str, ...]:
    """The lemmas of the document's title: front matter ``title:``, else its first heading."""
    title = ""
    if context.title:
        title = context.title
    elif doc.frontmatter and isinstance(doc.frontmatter.get("title"), str):
        title = doc.frontmatter["title"]
    elif doc.sections:
        title = doc.sections[0].title
    return tuple(
        lemma for sentence in read(doc, context, [(title, 1)]) for lemma in sentence.lemmas
    )


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, for quoting a document in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def in_reading_order(doc: Document) -> tuple[Block, ...]:
    """The document's paragraphs with each line of its pasted text (a chat log, a bot's
    digest in a plain fence) as one of them, in the order a reader meets them."""
    lines = pasted_lines(doc)
    if not lines:
        return doc.blocks
    return tuple(sorted((*doc.blocks, *lines), key=lambda block: block.line))


def pasted_lines(doc: Document) -> list[Block]:
    """Each line of the document's pasted text, as a paragraph of its own (YAML and JSON are
    read as fields)."""
    return [
        Block(text, fence.line + offset, fence.section)
        for fence in doc.pasted
        if not fence.lead
        for offset, text in enumerate(fence.text.split("\n"))
        if text.strip()
    ]
