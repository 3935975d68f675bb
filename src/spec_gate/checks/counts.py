"""``counts``: figures a document gives as numbers, each under its own label.

A quantity is found as its label with a number after it (``Pages: 7``, ``Alerts: 12``,
``Out-of-hours pages: three``, ``none`` for 0) or before it (``12 pages``, ``2 overnight``,
``four of them between midnight and 6am``), in a table (a row's first cell, or a column's
header with the figure under it), as a heading with the number under it (what a GitHub issue
form writes), or as a front-matter field; a whole is also found just before its part, a
clause apart ("called out 11 times since 8pm, 8 of those between midnight and 5"). A
quantity left as a placeholder (``<number>``) or not given at all is a finding.

```yaml
check:
  counts:
    quantities:
      - {name: pages, label: '\\bpages?\\b', unless: 'out[- ]of[- ]hours', field: pages}
```
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Miss, Outcome, lexicon_of, passed
from spec_gate.checks.frontmatter import filled_in, lookup
from spec_gate.document import Context, Document
from spec_gate.document.content import HANGUL, IDEOGRAPHS, KANA
from spec_gate.patterns import Regex
from spec_gate.reading.language import in_every_language
from spec_gate.reading.lexicon import Lexicon

NAME = "counts"

# A word between a label and its figure: "Pages: about 5", "Alarme insgesamt 8", "총 6건".
_A_WORD_BEFORE = rf"(?:[^\W\d_]{{1,10}}\s+(?=\d)|[{KANA}{IDEOGRAPHS}{HANGUL}]{{1,4}}(?=\d))?"
# After the label: a separator, then the figure ("Pages: 7", "pages — 12", "Pages (total): 3",
# "PAGES:       3" and a dotted leader "Pages ........ 3" in a pasted export,
# "Call-outs outside standard hours (18:00-07:00 and weekends): 4").
# (compiled when first used, as the next three: a run with no handoff never needs them)
_AFTER = patterns.LaterRe(
    r"^[^\w\n]{0,6}[ \t.…]*(?:\([^)\n]{0,40}\)[^\w\n]{0,6})?"
    rf"{_A_WORD_BEFORE}(?:was\s+|were\s+)?([\w-]+)"
)
# ... or after a few words and a colon ("Out-of-hours pages: 3", "after hours total | 2",
# "Llamadas escaladas a la supervisora de guardia: 23", "nach 22 Uhr (Bereitschaft): 3").
_AFTER_WORDS = patterns.LaterRe(
    r"^\s*(?:\([^)\n]{0,40}\))?(?:\s*[^\W\d_][\w-]*){0,6}\s*(?:\([^)\n]{0,40}\))?\s*[:=|]"
    rf"\W{{0,4}}{_A_WORD_BEFORE}([\w-]+)"
)
# Before the label: the figure, then at most three words ("four of them between midnight",
# "we had zero pages"): the nearest word that is a figure.
_WORD = patterns.LaterRe(r"[\w-]+")
_BEFORE_WORDS = 5  # "2 of those were after midnight"
_BEFORE_REACH = 60  # characters before a label where its figure may stand
_AFTER_REACH = 100  # ... and after it ("Pages (total, incl. the re-pages): 7")
# None at all, as the built-in languages say it before a label ("ninguno fuera de horario",
# "keine Alarmierung nachts", "aucun appel la nuit"): 0.
_NONE = frozenset(
    {"none", "no", "nil", "zero"}
    | {"ninguno", "ninguna", "ningún", "nenhum", "nenhuma", "nessuno", "nessuna", "nessun"}
    | {"aucun", "aucune", "kein", "keine", "keinen", "keiner", "geen", "ingen", "null"}
    | {"なし", "无", "없음"}
)
_CLAUSE_END = patterns.LaterRe(r"[.;:!?]\s|\s[—–]\s")
_UNLESS_REACH = 80  # characters before a label where what makes it another quantity's stands
# What is so as the note is written, after a label: "no alerts firing ahorita", "no pages open".
_NOW = patterns.LaterRe(
    r"^\W*(?:currently\s+|still\s+)?(?:firing|open|active|ongoing|pending|right now|now\b)",
    re.IGNORECASE,
)
# The last figure in a run of a script written without spaces ("其中3次在"), and only there.
_UNSPACED_FIGURE = patterns.LaterRe(
    rf"[{KANA}{IDEOGRAPHS}{HANGUL}]*(\d+)[{KANA}{IDEOGRAPHS}{HANGUL}]+$"
)
# Digits, then a counter written without a space, in a script that writes none; or times
# counted with an "x": "4x", "3x".
_COUNTED = patterns.LaterRe(rf"^(\d+)(?:[{KANA}{IDEOGRAPHS}{HANGUL}]{{1,2}}|[x\u00d7])$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure to give: its ``name`` in findings, the ``label`` it is written under, ``unless``
    (a label with this before it is another quantity's), a front-matter ``field``, and the
    quantity it is ``part_of``."""

    __pydantic_config__ = STRICT

    name: str
    label: Regex
    unless: Regex | None = None
    field: str = ""
    part_of: str = ""
    """the name of the quantity this one is a part of: none of that means none of this ("no
    pages at all this rotation" gives the out-of-hours pages too)"""


@dataclass(frozen=True, slots=True)
class Options:
    """Figures given as numbers, each under its own label (or a front-matter field)."""

    __pydantic_config__ = STRICT

    quantities: tuple[Quantity, ...]
    """the figures: each a ``name``, the ``label`` it is written under, ``unless`` (a label
    with this before it is not it), a front-matter ``field`` and ``part_of`` (the name of the
    figure it is a part of: none of that is none of this)"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    found = values(doc, options)
    missing = [q for q in options.quantities if found.get(q.name) is None]
    if not missing:
        return passed()
    said = f"no number given for {' or '.join(q.name for q in missing)}"
    return Outcome((Miss(_asked_at(doc, missing), said),))


def _asked_at(doc: Document, missing: list[Quantity]) -> int:
    """The line where the document asks for the first figure it leaves out ("- Pages:
    <number>"), else its first line."""
    labels = [patterns.compile(q.label) for q in missing]
    for block in doc.blocks:
        said = f"{block.lead} {block.text}" if block.lead else block.text  # "Pages: <number>"
        if any(patterns.found(label, said) for label in labels):
            return block.line
    return 1


def values(doc: Document, options: Options) -> dict[str, int | None]:
    """Each quantity's figure as written in ``doc`` (None: not given as a number)."""
    lexicon = lexicon_of(doc)
    numbers = _counting_numbers(lexicon)
    closers = lexicon["span_closers"].words
    found: dict[str, int | None] = {}
    for quantity in options.quantities:
        value = _field(doc, quantity.field) if quantity.field else None
        label = patterns.compile(quantity.label)
        unless = patterns.compile(quantity.unless) if quantity.unless else None
        if value is None:
            value = _labelled_fields(doc, label, unless)
        # A figure written after its label ("Out-of-hours pages: 2") wins over one told in
        # passing before it anywhere ("one acquirer spiked Sunday night")
        for before in (False, True) if value is None else ():
            for place in _places(doc):
                located = _in(place, label, unless, numbers, closers, before)
                if located is not None:
                    value = located[0]
                    break
            if value is not None:
                break
        found[quantity.name] = value
    for quantity in options.quantities:
        if found.get(quantity.name) is None and found.get(quantity.part_of) == 0:
            found[quantity.name] = 0
    for quantity in options.quantities:
        if found.get(quantity.name) is None:
            _from_its_part(doc, options, quantity, found, lexicon)
    return found


def _from_its_part(
    doc: Document,
    options: Options,
    whole: Quantity,
    found: dict[str, int | None],
    lexicon: Lexicon,
) -> None:
    """The figure of ``whole`` (and of its part) where a line tells the part just after it:
    "Called out 11 times since 8pm, 8 of those between midnight and 5". The first such line
    gives both: a part said elsewhere on its own ("just one more night") is not this one."""
    part = next((q for q in options.quantities if q.part_of == whole.name), None)
    if part is None or found.get(part.name) is None:
        return
    label = patterns.compile(part.label)
    unless = patterns.compile(part.unless) if part.unless else None
    numbers, closers = _counting_numbers(lexicon), lexicon["span_closers"].words
    for place in _places(doc):
        for value, before in _each_in(place, label, unless, numbers, closers):
            total = _whole(before, value, lexicon)
            if total is not None:  # ("my four nights: 5 times up, 4 of those after midnight")
                found[whole.name], found[part.name] = total, value
                return


def _whole(before: str, part: int | None, lexicon: Lexicon) -> int | None:
    """The figure a part's figure is a part of, told just before it in its line, a clause
    apart ("Called out 11 times since 8pm, 8 of those between midnight and 5", "Sei in tutto.
    Quattro di notte", "計 6件(うち夜間 4件)"): the nearest figure, at least as large, and a
    count ("minus 80 freezer alarmed three nights", "Room 12, 3 beds free overnight", "3
    hours, 2 of them at night", "On 3 December, 2 ran overnight" give none)."""
    tail = _CLOCK_OR_DATE.sub(" ", before[-_WHOLE_REACH:])
    words = list(_WORD.finditer(tail))
    numbers = _counting_numbers(lexicon)
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        value = _word_number(word.group(), numbers, written=False)
        if value is None and (unspaced := _UNSPACED_FIGURE.search(word.group())) is not None:
            value = int(unspaced.group(1))
        if value is None:
            continue
        named = (
            position > 0
            and lexicon.lemma(words[position - 1].group().lower()) in (lexicon["naming_words"])
        )
        following = words[position + 1].group().lower() if position + 1 < len(words) else ""
        unit = lexicon.lemma(following) in lexicon["time_units"] or following in lexicon["months"]
        if (
            (part is not None and value < part)
            or (value == 1 and not word.group().isdigit())  # "One real one on Saturday night"
            or tail[word.start() - 1 : word.start()] in _NOT_A_COUNT
            or named
            or unit
            or _CLAUSE_MARK.search(tail, word.end()) is None
        ):
            return None
        return value
    return None


_NOT_A_COUNT = frozenset({"-", "\u2212", "#"})  # a minus ("-80 freezer"), "build #512"
# What sets a whole and its part apart: "11 times, 8 of those", "Sei in tutto. Quattro", "3 /
# of which 2", "6件(うち 4件)", "6번이었고 그중 4번이".
_CLAUSE_MARK = patterns.LaterRe(r"[,;.:/()|·、，；。（）—–]|그\s?중|うち|其中")
_WHOLE_REACH = 80  # characters before a part's figure where its whole may be told
_CLOCK_OR_DATE = patterns.LaterRe(
    r"\d{1,4}[-:./]\d{1,2}(?:[-:./]\d{1,4})?|\d+\s?(?:am|pm|a\.m\.|p\.m\.)"
)


def _places(doc: Document) -> Iterator[tuple[str, str]]:
    """(where the label may stand, what follows it): each line; a table row's first cell and
    the rest; a column's header and the cell under it; a heading and its first paragraph; a
    label's own words (a bold line standing alone)."""
    plain = (block for block in doc.pasted if not block.lead)  # YAML and JSON: as fields
    for block in (*doc.blocks, *plain):  # a bot's digest pasted in a plain fence too
        for line in block.full_text.splitlines():
            if line.strip():
                yield _ascii_forms(line), ""
        if block.cells:
            yield block.cells[0], " ".join(block.cells[1:])
            # Each column's title, then its figure (a row may be shorter than its header).
            yield from zip(block.header, block.cells, strict=False)
    for section in doc.sections:
        own = doc.section_blocks(section)
        if own:
            yield section.title, own[0].text
    for label in doc.labels:  # a bold line standing alone: "**Call-outs: 7, 5 out of hours.**"
        yield _ascii_forms(label.name), ""  # its own words only, not the paragraph under it


def _ascii_forms(text: str) -> str:
    """Full-width forms (colon, brackets, digits) read as their ASCII forms, as a reader reads
    a Japanese total written "合計", a full-width colon and "８件"."""
    return unicodedata.normalize("NFKC", text) if not text.isascii() else text


def _in(
    place: tuple[str, str],
    label: patterns.Pattern,
    unless: patterns.Pattern | None,
    numbers: Mapping[str, float],
    closers: frozenset[str] = frozenset(),
    before: bool = True,
) -> tuple[int, str] | None:
    """The figure given under ``label`` in ``place``, and the text before it in its line
    (``closers``: the words that end a span of time, "and", "to", "bis"; ``before``: a
    figure just before the label counts too)."""
    return next(_each_in(place, label, unless, numbers, closers, before), None)


def _each_in(
    place: tuple[str, str],
    label: patterns.Pattern,
    unless: patterns.Pattern | None,
    numbers: Mapping[str, float],
    closers: frozenset[str],
    before: bool = True,
) -> Iterator[tuple[int, str]]:
    """Each figure given under ``label`` in ``place``, in order, with the text before it."""
    text, under = place
    for match in label.finditer(text):
        near = text[max(0, match.start() - _UNLESS_REACH) : match.end()]  # not the whole line
        clause = _CLAUSE_END.split(near)[-1]
        if unless is not None and unless.search(clause) is not None:
            # "Out-of-hours pages: 3" is not the pages ("Pages: 7 (3 at night)" is, and so is
            # "weekend recap: 5 pages", where the weekend is another clause's)
            continue
        raw = text[match.end() : match.end() + _AFTER_REACH]
        rest = raw.strip()  # the figure is near
        figure = _AFTER.match(rest)
        if figure is not None and (
            _span_end(figure, closers)
            or _span_start(rest[figure.end(1) :], in_every_language("span_closers"))
        ):
            # "between midnight and 5", "(zwischen 22 und 6 Uhr)": when (a German span in an
            # English handoff too)
            figure = None
        skipped = len(raw) - len(raw.lstrip())
        if figure is not None and _SENTENCE_END.search(
            text[match.end() - 1 : match.end() + skipped + figure.start(1)]
        ):
            figure = None  # "5 pages. Two arrived at 11pm": the next sentence's
        # (a label of the vocabulary's ends with the character after its word: "pages,")
        gap = text[match.end() - 1 : match.end()] + rest[: figure.start(1)] if figure else ""
        if "," in gap and _just_before(text, match):
            figure = None  # "7 pages, 3 of them at night": the 3 is the next clause's
        if figure is not None and _CLOCK.match(rest[figure.end(1) :]):
            figure = None  # "(23:40, 01:15, ...)": when each came, not how many
        after = _number(figure, numbers)
        if after is None:
            figure = _AFTER_WORDS.match(rest)
            if figure is not None and _CLOCK.match(rest[figure.end(1) :]):
                figure = None  # "outside hours: Wed 22:15"
            after = _number(figure, numbers)
        # What the line says before the figure, where a whole it is part of may stand.
        ahead = text[: match.start()]
        if after is not None and figure is not None:
            ahead = text[: match.end() + len(raw) - len(raw.lstrip()) + figure.start(1)]
        if after is None and under:
            after = _number(_AFTER.match(under.strip()), numbers)
        if after is None and before:  # only the words just before: not read again per label
            preceding = text[max(0, match.start() - _BEFORE_REACH) : match.start()]
            after, at = _nearest(preceding, numbers)
            ahead = preceding[:at]
            if after == 0 and _NOW.match(rest):
                after = None  # "no alerts firing right now": how things stand, not the shift
        if after is not None:
            yield after, ahead


def _just_before(text: str, label: patterns.Match) -> bool:
    """Whether a figure stands right before the label, as in "7 pages"."""
    opening = text[label.start() : label.end()]
    start = label.start() + len(opening) - len(opening.lstrip())  # past the space it took
    words = _WORD.findall(text[max(0, start - _BEFORE_REACH) : start])
    return bool(words) and words[-1].isdigit()


def _span_end(figure: re.Match[str], closers: frozenset[str]) -> bool:
    """Whether the word before a figure after a label ends a span: "between midnight and 5"."""
    words = _WORD.findall(figure.group(0)[: figure.start(1)])
    return bool(words) and words[-1].lower() in closers


_SENTENCE_END = patterns.LaterRe(r"(?<!\.)[.!?]\s")  # not dot leaders: "Pages ...... 4"


def _span_start(after: str, closers: frozenset[str]) -> bool:
    """Whether what follows a figure closes a span that the figure opens: "22 und 6 Uhr",
    "22:00-06:00", "11pm to 7am": an hour, not a count."""
    span = _SPAN_REST.match(after)
    return span is not None and (span.group(1) is None or span.group(1).lower() in closers)


_CLOCK = patterns.LaterRe(r"^[:.]\d{2}\b")  # the minutes after an hour: "23:40", "22.15"
# After an hour: its minutes or unit, then a dash or a word, then the hour that ends the span.
_SPAN_REST = patterns.LaterRe(
    r"^(?:[:.h]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s*(?:[-–—]|([^\W\d_]+))\s*\d",
    re.IGNORECASE,
)


def _nearest(before: str, numbers: Mapping[str, float]) -> tuple[int | None, int]:
    """The figure among the last few words before a label, the nearest first, and where it
    starts; none past a sentence's end ("Pager rotation ended. Seven incidents..." gives no
    figure to "pages")."""
    start = len(re.split(r"[.;:!?]\s|\s[—–]\s", before)[-1])  # a dash ends a clause too
    words = list(_WORD.finditer(before, len(before) - start))
    for word in reversed(words[-_BEFORE_WORDS:]):
        value = _word_number(word.group(), numbers, written=False)
        if value is None and (unspaced := _UNSPACED_FIGURE.search(word.group())) is not None:
            value = int(unspaced.group(1))  # "其中3次在夜里": a figure inside a run of words
            return value, word.start() + unspaced.start(1)
        if value is not None:
            return value, word.start()
    return None, len(before)


def _labelled_fields(
    doc: Document, label: patterns.Pattern, unless: patterns.Pattern | None
) -> int | None:
    """A field whose name is the label ("pages_total: 7"), and not the other quantity's
    ("pages_out_of_hours" is out-of-hours pages, not pages), in the front matter or in YAML
    or JSON pasted in a fence, where a field within a field is named by both
    ("pages": {"total": 3, "out_of_hours": 3}: "pages total", "pages out of hours")."""
    for data, _line in filled_in(doc):
        stack: list[tuple[str, dict[str, Any]]] = [("", data)]
        while stack:
            within, mapping = stack.pop()
            for key, value in mapping.items():
                name = f"{within} {key}".strip().replace("_", " ").replace("-", " ")
                if isinstance(value, dict):
                    stack.append((name, value))
                    continue
                if label.search(name) is None or (unless is not None and unless.search(name)):
                    continue
                found = _figure(value)
                if found is not None:
                    return found
    return None


def _field(doc: Document, dotted: str) -> int | None:
    for data, _line in filled_in(doc):
        found = _figure(lookup(data, dotted))
        if found is not None:
            return found
    return None


def _figure(value: object) -> int | None:
    """A front-matter value as a figure: a number, or text that opens with one ("7 (2 at
    night)")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return _number(_AFTER.match(value.strip()), {}) if isinstance(value, str) else None


def _number(match: re.Match[str] | None, numbers: Mapping[str, float]) -> int | None:
    """The figure a match caught: digits, a number in words, or "none" for 0."""
    if match is None:
        return None
    return _word_number(match.group(1), numbers)


def _counting_numbers(lexicon: Lexicon) -> Mapping[str, float]:
    """The language's numbers in words, with the forms it counts with before a counter,
    read here as whole words only ("두 번", "세 건"): as syllables of other words ("세션",
    "열리다") they are no numbers, so the reading layer does not know them."""
    forms = _COUNTING_FORMS.get(lexicon.language)
    return {**lexicon.numbers, **forms} if forms else lexicon.numbers


_COUNTING_FORMS: dict[str, dict[str, float]] = {
    # not 한 ("한 번만 더": just once more, a request) nor 네 ("네": yes)
    "ko": {"두": 2, "세": 3, "열": 10, "둘": 2, "셋": 3, "넷": 4}
}


def _word_number(word: str, numbers: Mapping[str, float], written: bool = True) -> int | None:
    """A word's figure; with ``written``, numerals and a counter too ("四回", "两次"): read
    after a label only ("告警: 六次"), since before one "两次是液位报警" says what some of
    them were, not how many there were."""
    word = word.replace("*", "").lower()
    if word.isdigit():
        return int(word)
    counted = _COUNTED.match(word)  # a figure and its counter word: "8件", "7건", "3回"
    if counted is not None:
        if word[len(counted.group(1)) :][:1] in _O_CLOCK:
            return None  # "새벽 1시에", "1時に", "1点": a time of day, no count
        return int(counted.group(1))
    if word in _NONE:
        return 0
    numerals = _WRITTEN_COUNT.match(word) if written else None  # "四回", "两次", "十二件"
    if numerals is not None:
        return _numerals(numerals.group(1), numbers)
    value = numbers.get(word)
    return int(value) if value is not None and value == int(value) else None


def _numerals(text: str, numbers: Mapping[str, float]) -> int | None:
    """A number in Chinese or Japanese numerals: "四" 4, "十二" 12, "二十" 20, "百五" 105."""
    total, digit = 0, 0
    for character in text:
        value = numbers.get(character)
        if value is None:
            return None
        if value >= _TEN:
            total += int(digit or 1) * int(value)
            digit = 0
        else:
            digit = int(value)
    return total + digit


_TEN = 10
_O_CLOCK = frozenset("시時点")
_WRITTEN_COUNT = patterns.LaterRe(
    rf"^([〇零一二两兩三四五六七八九十百千]+)[{KANA}{IDEOGRAPHS}{HANGUL}]{{1,2}}$"
)


def describe(options: Options) -> str:
    names = ", ".join(q.name for q in options.quantities)
    return f"gives {names} as numbers"
