"""From findings to what an editor shows: diagnostics with ranges, fill-in snippets to insert, and
what hover says.

Pure functions over text and findings; the server wires them to the protocol. Positions here
count characters (code points); the server converts them to the editor's position encoding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lsprotocol import types

from spec_gate.checks.base import heading_text, lexicon_of
from spec_gate.document import Document, Section, parse
from spec_gate.document.parse import invisible
from spec_gate.findings import Finding, Severity
from spec_gate.patterns import Pattern
from spec_gate.reading import Lexicon, sentences
from spec_gate.reading.answers import PERSPECTIVES, topic_in

SOURCE = "spec-gate"
_SNIPPET_LEAD = "Paste and fill in:"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

Phrase = tuple[Pattern, Pattern | None]  # a ``phrases`` rule's pattern, and its ``unless``


def line_range(lines: list[str], line: int, front_matter: bool = False) -> types.Range:
    """The text of 1-based ``line`` (the heading, box, phrase or item a finding is about),
    without its indentation; line 1 when the finding is about the whole document, past the
    front matter (its title, not "---") unless the finding is about the ``front_matter``."""
    index = min(max(line, 1), max(len(lines), 1)) - 1
    if index == 0 and not front_matter:
        index = _past_front_matter(lines)
    text = lines[index] if index < len(lines) else ""
    start = len(text) - len(text.lstrip())
    return types.Range(
        types.Position(index, start), types.Position(index, max(len(text.rstrip()), start))
    )


def _past_front_matter(lines: list[str]) -> int:
    """The first line with text after a front matter the document opens with (its title, as
    a rule), else 0."""
    if not lines or lines[0].rstrip("\r") != "---":
        return 0
    closing = next(
        (i for i in range(1, len(lines)) if lines[i].rstrip("\r") in ("---", "...")), None
    )
    if closing is None:
        return 0
    return next((i for i in range(closing + 1, len(lines)) if lines[i].strip()), 0)


def wording_range(
    lines: list[str], line: int, detail: str, phrases: Sequence[Phrase] = ()
) -> types.Range:
    """The wording a finding is about (blame, a guilt trip, a phrase), in its line: what the
    detail quotes, found in the line's text; the whole line when it is not found there."""
    whole = line_range(lines, line)
    index = whole.start.line
    text = lines[index] if index < len(lines) else ""
    # The checks read the line without its invisible characters ("Jo\u200bse" is "Jose"):
    # find the words there, then count their place in the line as the editor has it.
    kept = [i for i, char in enumerate(text) if not invisible(char)]
    read = "".join(text[i] for i in kept)
    span = wording_span(read, detail, phrases)
    if span is None:
        return whole
    start, end = span
    at = kept[start] if start < len(kept) else len(text)
    to = kept[end - 1] + 1 if 0 < end <= len(kept) else at
    return types.Range(types.Position(index, at), types.Position(index, to))


def diagnostic(
    finding: Finding,
    lines: list[str],
    explanation: str | None,
    wording: Sequence[Phrase] | None = None,
    front_matter: bool = False,
) -> types.Diagnostic:
    """``explanation``: a URI of what ``spec-gate explain`` says about the rule. ``wording``:
    the rule's finding is about wording in its line (with the rule's phrase patterns, if it
    has any); its range is then that wording, not the whole line."""
    message = finding.message + (f"\n{finding.told}" if finding.told else "")
    if finding.waived:
        message += f"\nWaived: {finding.waived}"
    if wording is None:
        where = line_range(lines, finding.line, front_matter)
    else:
        where = wording_range(lines, finding.line, finding.detail, wording)
    return types.Diagnostic(
        range=where,
        message=message,
        severity=types.DiagnosticSeverity.Hint if finding.waived else _SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=explanation) if explanation else None,
        source=SOURCE,
    )


# -- the wording a finding quotes ------------------------------------------------------------

# `in “sentence” (“words”)` (blame), `“sentence”` (a guilt trip), `in “…context…”` (a phrase).
_SENTENCE_AND_WORDS = re.compile(r"^[Ii]n “(.+)” \(“(.+)”\)$", re.DOTALL)
_ONE_QUOTE = re.compile(r"^(?:[Ii]n )?“(.+)”$", re.DOTALL)
_QUOTE = re.compile(r"“([^“”]+)”")


def _quotes(detail: str) -> list[str]:
    """What the detail quotes, the widest first (a sentence, then the words in it)."""
    detail = detail.strip()
    for form in (_SENTENCE_AND_WORDS, _ONE_QUOTE):
        found = form.match(detail)
        if found is not None:
            return list(found.groups())
    return _QUOTE.findall(detail)


def _find(
    text: str, quote: str, start: int = 0, end: int | None = None, gaps: bool = False
) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text[start:end]``, however its spaces are laid out. A quote
    cut short ("…") is matched without the cut; one that runs on to the next line (a sentence
    wrapped in the source) is matched as far as this line goes. ``gaps``: its words may stand
    apart, in order ("Dave … without running" of "Dave deployed it without running")."""
    words = quote.strip().strip("…").split()
    window = text[start:end]
    if gaps and words:
        found = re.search(r"\s(?:.*?\s)?".join(map(re.escape, words)), window)
        return None if found is None else (start + found.start(), start + found.end())
    for count in range(len(words), 1 if len(words) > 1 else 0, -1):
        expression = r"\s+".join(map(re.escape, words[:count]))
        if count < len(words):
            expression += r"(?=\s*$)"  # a start of the quote, at the end of the line
        found = re.search(expression, window)
        if found is not None:
            return start + found.start(), start + found.end()
    return None


def wording_span(text: str, detail: str, phrases: Sequence[Phrase] = ()) -> tuple[int, int] | None:
    """The characters of ``text`` (one line) that a finding's ``detail`` quotes: the narrowest
    quote found inside the wider one (blame's words inside its sentence), and the phrase a
    pattern finds inside the quoted context; None when the line holds none of it."""
    quotes = _quotes(detail)
    found: tuple[int, int] | None = None
    for quote in quotes:
        span = None
        if found is not None:  # words quoted from the sentence: in it, maybe apart
            span = _find(text, quote, *found) or _find(text, quote, *found, gaps=True)
        span = span or _find(text, quote)
        if span is not None:
            found = span
    quoted = " ".join(" ".join(quotes).replace("…", " ").split()).casefold()
    matches = [
        (match.start(), match.end())
        for pattern, unless in phrases
        for match in pattern.finditer(text)
        if match.end() > match.start()
        and (unless is None or unless.search(match.group(0)) is None)
        and " ".join(match.group(0).split()).casefold() in quoted
    ]
    inside = [m for m in matches if found is None or (found[0] <= m[0] and m[1] <= found[1])]
    return min(inside) if inside else found


# -- quick fixes -----------------------------------------------------------------------------


def snippet(help_text: str) -> str | None:
    """The fill-in skeleton a rule's help offers ("Paste and fill in:" and what follows)."""
    if _SNIPPET_LEAD not in help_text:
        return None
    found = help_text.split(_SNIPPET_LEAD, 1)[1].strip("\n")
    return found if found.strip() else None


@dataclass(frozen=True, slots=True)
class Layout:
    """Where sections go and what already counts as there: the section titles of the kind's
    template, in order; the headings the policy's rules look for (two titles one of them
    matches are the same section); and the task-list boxes its rules look for (a sign-off)."""

    order: tuple[str, ...] = ()
    headings: tuple[Pattern, ...] = ()
    boxes: tuple[Pattern, ...] = ()

    def same(self, one: str, other: str) -> bool:
        one, other = heading_text(one), heading_text(other)
        if one.casefold() == other.casefold():
            return True
        return any(p.search(one) is not None and p.search(other) is not None for p in self.headings)

    def rank(self, title: str) -> int | None:
        """Where the template puts a section with this title, if it has one."""
        return next((i for i, t in enumerate(self.order) if self.same(t, title)), None)


@dataclass(frozen=True, slots=True)
class Insertion:
    title: str
    edit: types.TextEdit


_BOX = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s+(?P<text>.*\S)")
_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?P<label>[^:*_<>\[\]\n]{1,60}?)(?:\*\*|__)?:")
_HANDLE = re.compile(r"@(?:<[^>]*>|[\w.-]+)")  # "@maria-a11y", "@<reviewer's handle>"


def insertion(text: str, line: int, skeleton: str, layout: Layout = Layout()) -> Insertion | None:
    """Where the skeleton goes: under the section heading the finding points at (or the
    section of the same name elsewhere), else as a new section where the template puts it
    (after the sections the template has before it), else at the end. A level-1 heading is
    the document's title, not the section. Never a duplicate: a sign-off box the rules find
    in the document already (ticked or not), and a line whose label the section already has,
    are left out, and nothing is offered when nothing is left. Always an insertion: nothing
    the author wrote is replaced."""
    lines = text.split("\n")
    doc = _parsed(text)
    first, _, body = skeleton.partition("\n")
    heading = first.strip("# ").strip() if first.startswith("#") else ""
    if not heading:  # not a section: its lines, less those the document has
        kept = _kept(skeleton.split("\n"), lines, doc, layout)
        return _at_end(lines, "\n".join(kept), "Add what is missing, to fill in") if kept else None
    here = next((s for s in doc.sections if s.line == line), None)
    if here is None or not (here.level > 1 or layout.same(here.title, heading)):
        here = next((s for s in _sections(doc) if layout.same(s.title, heading)), None)
        if here is None and any(
            layout.same(label.name, heading) or label.line == line for label in doc.labels
        ):
            # a "**Who is affected:**" paragraph, or the label the finding points at
            # ("Follow-ups:"): there, to be written in, not added again as a section
            return None
    if here is not None and body.strip():
        kept = _kept(body.split("\n"), lines[here.line : here.end_line], doc, layout)
        if not kept:
            return None
        title = f"Insert what “{heading_text(here.title)}” asks for, to fill in"
        return Insertion(title, _under(lines, here, "\n".join(kept)))
    kept = _kept(body.split("\n"), [], doc, layout)
    section = "\n".join([first, *kept])
    title = f"Add the “{heading}” section, to fill in"
    return _placed(lines, doc, heading, section, title, layout) or _at_end(lines, section, title)


@lru_cache(maxsize=4)
def _parsed(text: str) -> Document:
    """The document, parsed once for all the quick fixes an editor asks for at one place."""
    return parse(text)


def _sections(doc: Document) -> list[Section]:
    """The document's sections, without its title (its one level-1 heading)."""
    titles = sum(1 for s in doc.sections if s.level == 1)
    return [s for s in doc.sections if s.level > 1 or titles > 1]


def _kept(added: list[str], section: list[str], doc: Document, layout: Layout) -> list[str]:
    """The lines of ``added`` that are not there yet: a box the document has (by the rules'
    box patterns, or the same words), a label ``section`` has, a line ``section`` has."""
    has = {" ".join(s.split()).casefold() for s in section if s.strip()}
    labels = {m["label"].strip().casefold() for s in section if (m := _LABEL.match(s))}
    lexicon = lexicon_of(doc)
    # whom the section's labels answer for: "Slow connection:" is the line "Slow or
    # unreliable connection:" would add
    answered = {topic for label in labels for topic in _whom(label, lexicon)}
    boxes = [task.text for task in doc.tasks if not task.quoted]
    kept: list[str] = []
    for line in added:
        box = _BOX.match(line)
        label = _LABEL.match(line)
        if " ".join(line.split()).casefold() in has:
            continue
        if box is not None and any(_same_box(box["text"], other, layout) for other in boxes):
            continue
        if box is None and label is not None:
            name = label["label"].strip().casefold()
            whom = _whom(name, lexicon)
            if name in labels or (whom and whom <= answered):
                continue
        if line.strip() or (kept and kept[-1].strip()):  # one blank line between, no more
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _whom(label: str, lexicon: Lexicon) -> frozenset[str]:
    """The perspectives a review line's label names ("Slow connection" names "connection")."""
    said = sentences([(label, 1)], lexicon)
    return frozenset(
        name for name in PERSPECTIVES for sentence in said if topic_in(sentence, lexicon, name)
    )


def _same_box(one: str, other: str, layout: Layout) -> bool:
    def bare(text: str) -> str:
        return " ".join(_HANDLE.sub("", text).split()).casefold()

    if bare(one) == bare(other):
        return True
    return any(p.search(one) is not None and p.search(other) is not None for p in layout.boxes)


def _under(lines: list[str], section: Section, body: str) -> types.TextEdit:
    """Under the section's heading, after the prompt comment the template put there."""
    index = section.line  # the line after the heading
    if index < len(lines) and lines[index].lstrip().startswith("<!--"):
        end = next((i for i in range(index, len(lines)) if "-->" in lines[i]), None)
        index = index if end is None else end + 1
    if index < len(lines):
        where = types.Position(index, 0)
        # A blank line before text that follows, so that it does not run on in a list.
        added = body.rstrip() + ("\n\n" if lines[index].strip() else "\n")
    else:  # the heading (or the comment) is the last line, without a newline
        where = types.Position(len(lines) - 1, len(lines[-1]))
        added = "\n" + body.rstrip()
    return types.TextEdit(types.Range(where, where), added)


def _placed(
    lines: list[str], doc: Document, heading: str, section: str, title: str, layout: Layout
) -> Insertion | None:
    """The new section where the template puts it: after the last section the template has
    before it, else before the first it has after it; None when the template does not say."""
    rank = layout.rank(heading)
    if rank is None:
        return None
    ranked = [(s, r) for s in _sections(doc) if (r := layout.rank(s.title)) is not None]
    before = [s for s, r in ranked if r < rank]
    after = [s for s, r in ranked if r > rank]
    if before:
        index = before[-1].end_line  # the line after the section (and its subsections)
    elif after:
        index = after[0].line - 1  # the heading of the section it goes before
    else:
        return None
    if index >= len(lines) or not "\n".join(lines[index:]).strip():
        return None  # nothing after it: at the end
    lead = "\n" if index > 0 and lines[index - 1].strip() else ""
    where = types.Position(index, 0)
    return Insertion(title, types.TextEdit(types.Range(where, where), lead + section + "\n\n"))


def _at_end(lines: list[str], section: str, title: str) -> Insertion:
    text = "\n".join(lines)
    where = types.Position(len(lines) - 1, len(lines[-1]))
    if not text.strip() or text.endswith("\n\n"):
        lead = ""
    else:
        lead = "\n" if text.endswith("\n") else "\n\n"
    return Insertion(title, types.TextEdit(types.Range(where, where), lead + section + "\n"))


# -- hover -----------------------------------------------------------------------------------

PATTERN = "the rule's pattern"
_PATTERNS = re.compile(re.escape(PATTERN) + "(?:; " + re.escape(PATTERN) + ")+")


def plain(explanation: str, patterns: Iterable[str]) -> str:
    """What ``spec-gate explain`` says, in words: each of the rule's patterns (``/…/``) said
    as "the rule's pattern" (a list of them once, as "the rule's patterns")."""
    for pattern in sorted({p for p in patterns if p}, key=len, reverse=True):
        explanation = explanation.replace(f"/{pattern}/", PATTERN)
    # (what a pattern's vocabulary classes hold goes with the patterns, behind the link)
    explanation = _CLASS_LINE.sub("", explanation)
    return _PATTERNS.sub(PATTERN + "s", explanation)


_CLASS_LINE = re.compile(r"^ *\{\{[a-z_]+\}\}: .*\n", re.MULTILINE)


def hover_text(explanations: Sequence[tuple[str, str | None]]) -> str:
    """Markdown: each explanation as it is printed, and a link to all of it (the patterns)."""
    parts = []
    for text, link in explanations:
        fence = "```"
        while fence in text:
            fence += "`"
        part = f"{fence}text\n{text.rstrip()}\n{fence}"
        if link:
            part += f"\n[The patterns, and all that `spec-gate explain` says]({link})"
        parts.append(part)
    return "\n\n".join(parts)
