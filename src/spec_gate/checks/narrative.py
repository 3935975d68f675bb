"""``narrative``: a story with every part a reader needs, told where a reader looks for it.

Looks in the sections (or labelled paragraphs) whose heading matches ``heading`` or itself
tells who was affected ("What riders saw"), then in those matching ``fallback`` (a summary),
then in the text before the first subheading, then, in a document with no headings, in the
whole text. It passes where one of them has ``min_words`` of real content (a title that tells
the story, "Riders could not top up their cards", counts with it) and, read as a careful
reader reads it:

- ``story``: someone, in the users' words, who experienced something, in one sentence:
  "about 1,200 shoppers saw an error", "guests could not check in", "the app logged riders
  out". Servers and pods are not people; the responders' side ("our engineers could not reach
  the database") and telling people something ("users were notified") are not their story.
- ``extent``: for how long or how many: a duration, a span of time, a count or a share, in
  figures or words ("for thirty seconds", "from 14:02 to 14:47", "four users", "a third of").
  Dates, versions, status codes ("502 errors") and quarters ("Q3") measure nothing.
- ``no_impact``: or it says that nobody was affected, in any words ("no user impact", "it was
  not exploited; funds are safe"), with how we know, and nothing else in the document tells
  of someone who was.

``read_with``: where the story's part is a label among others (a fact sheet: "**Identified**:
...", "**Impact**: ...", "**Time to repair**: ..."), the labels in its section that match are
read with it, as a reader reads the sheet: "Identified: User reported that they are getting
SSL certificate errors" is what users met (its figures are no extent: "an alert at a success
rate below 80%" measures the alert). A window the sheet gives in its fields ("First detected
2021-06-09 13:15", "Resolved 2021-06-09 13:58") is the extent.

``parts`` (patterns, each to be mentioned; the first ``together`` in one sentence) and
``unless`` (a pattern that satisfies the check on its own) remain for rules of one's own.

```yaml
check:
  narrative:
    heading: "^(user|customer) impact|^impact"
    fallback: "^summary"
    looked_for: User impact, Customer impact or Impact, then Summary
    min_words: 30
    story: true
    extent: true
    no_impact: true
    read_with: "^(identified|detected|reported)"
```
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spec_gate import patterns
from spec_gate.checks.base import (
    A_SENTENCE,
    STRICT,
    Count,
    Outcome,
    Scope,
    asked,
    heading_text,
    lexicon_of,
    missed,
    not_counted,
    passed,
    read,
    read_heading,
    run_in_scopes,
    scopes,
    shorten,
    titled,
)
from spec_gate.checks.mentions import Term, answered, terms
from spec_gate.document import Block, Context, Document, Section, content, shingles
from spec_gate.findings import Passage
from spec_gate.patterns import Regex
from spec_gate.reading import Lexicon, Sentence, followups
from spec_gate.reading.lexicon import WordClass
from spec_gate.reading.people import mention_at, segment_start
from spec_gate.reading.quantities import extent
from spec_gate.reading.story import affected, complained, no_impact, people_in, spoken_of, story
from spec_gate.reading.text import Kind, Token, plain, tokenize

NAME = "narrative"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_REASON_WORDS = 6  # "how we know": this many real words beside the statement itself
_OPENERS = 2  # tokens a sentence opens with: "Because", "And so"


@dataclass(frozen=True, slots=True)
class Options:
    """A story with every part a reader needs, in a section, a summary or a headingless text."""

    __pydantic_config__ = STRICT

    heading: Regex
    """the heading (or label) of the story's section; a heading that tells who was hit counts"""
    fallback: Regex | None = None
    """headings to look under when none matches ``heading`` (then the opening, or the whole
    of a document with no headings)"""
    looked_for: str = ""
    """the headings in words, for the finding when none is found"""
    min_words: Count = 1
    """at least this many words of real content"""
    story: bool = False
    """someone in the users' words who experienced something, in a sentence"""
    extent: bool = False
    """for how long or how many"""
    no_impact: bool = False
    """a reasoned “nobody was affected” satisfies the check"""
    parts: tuple[Term | Regex, ...] = ()
    """terms it mentions, each (for rules of one's own)"""
    unless: Term | Regex | None = None
    """a statement that satisfies the check on its own"""
    together: Count = 0
    """the first this many ``parts`` are found in one sentence"""
    read_with: Regex | None = None
    """labels read with a labelled part in its section (a fact sheet's "Identified")"""


# The parts read when no section is headed for the story: the whole of a document with no
# headings, and the lines before its first heading.
_WHOLE = "document"
_OPENING_TEXT = "opening text"


def run(doc: Document, options: Options, context: Context) -> Outcome:
    candidates = _candidates(doc, context, options)
    if not candidates:
        if options.story and _told_anywhere(doc, context, options):
            return passed()  # no section for it, but the document tells it ("Details")
        looked = options.looked_for or f"/{options.heading}/"
        return missed(1, f"no section headed {looked}")
    # The part for the story left as a placeholder ("TBD — to be completed by Customer
    # Success"): a summary elsewhere does not stand in for an account still to be written.
    if (left_open := _left_open(doc, options)) is not None:
        return left_open
    # A reader reads the impact section, the summary and the opening together: the story may
    # be told in one and its extent in another.
    lexicon = lexicon_of(doc)
    blocks, sentences, consoling, words = _read_together(doc, context, candidates, lexicon)
    if _unless_said(doc, blocks, options):
        return _passed(candidates[0])
    missing: list[str] = []
    reason = ""
    headline = 0  # words of a title that tells the story, counted with it
    told = _story_in(sentences, lexicon) if options.story else None
    if (
        options.story
        and options.no_impact
        and told is not None
        and (denied := _denied_in_the_whole(candidates, sentences, lexicon)) is not None
    ):
        return denied
    if options.story and told is None:
        # Or told in the title; or "This interruption affected hundreds of thousands of
        # users", "~27k people affected": who, and how many, where the outage itself is what
        # they went through.
        told, headline = _in_the_title(doc, context, lexicon)
        words += headline
        told = told or _affected_counted(sentences, lexicon)
    if options.story and told is None and all(c.title == _OPENING_TEXT for c in candidates):
        # No section for it: a reader finds the story wherever the document tells it, when
        # it is told in so many words.
        everything = read(doc, context, doc.blocks)
        told = _story_in(everything, lexicon, direct=True)
        if told is not None:
            # Then the story is read where it is told, and its words counted there: not in
            # an opening line that only introduces the document.
            sentences = everything
            words = content.real_words(
                (b.text for b in _told_parts(doc, lexicon)),
                context.template_texts,
                doc.references,
                context.echoes,
            )
    if (
        options.story
        and options.no_impact
        and told is not None
        and _story_in(sentences, lexicon, direct=True) is None
    ):
        # Only a harm word near someone ("the endpoint was exposed to a researcher"), beside
        # "nobody was affected" said in so many words with how we know: the claim is the
        # account.
        statement = _no_impact(sentences, lexicon, words if _sectioned(candidates) else 0)
        if statement is not None and not _contradicted(doc, context, blocks, statement):
            return _passed(_holding(candidates, statement.line))
    if options.story and told is not None and told.addressed and options.no_impact:
        # "You will see a banner": what the readers will meet, beside "nobody was affected".
        statement = _no_impact(sentences, lexicon, words)
        if statement is not None and not _contradicted(doc, context, blocks, statement):
            return _passed(_holding(candidates, statement.line))
    if options.story and told is None:
        if options.no_impact:
            # Beside a section of its own, the rest of the section is the basis of "nobody was
            # affected"; in a document without one, the basis must be said with it.
            statement = _no_impact(sentences, lexicon, words if _sectioned(candidates) else 0)
            if statement is not None:
                contradiction = _contradicted(doc, context, blocks, statement)
                if contradiction:
                    return missed(statement.line, contradiction, near=True)
                return _passed(_holding(candidates, statement.line))
            # A reader who finds no story where it belongs looks for "nobody was affected"
            # wherever the document says it (an "Analysis" section, say), and takes it when
            # nothing in the document tells of someone who was.
            # Not when the part for it is the template left as it was ("<describe customer
            # impact here>"): the claim elsewhere answers no one's question.
            elsewhere = _no_impact(read(doc, context, doc.blocks), lexicon, 0)
            if (
                elsewhere is not None
                and (candidates[0].is_label or read(doc, context, candidates[0].blocks))
                and not _contradicted(doc, context, blocks, elsewhere)
            ):
                return _passed(candidates[0])
        missing.append(_WHO_WHAT)
        reason = _why_no_story(sentences, lexicon)
        claims = [s for s in sentences if no_impact(s, lexicon)]
        if options.no_impact and claims:
            reason = (
                f"it says nobody was affected (“{shorten(claims[0].text, 50)}”) but not how we "
                "know: say what shows it (the logs, an audit, why no request reached it)"
            )
    beside = [c for c in candidates if _read_with_it(c, options)] if options.extent else []
    if (
        options.extent
        # how it came to light tells what users met; its figures (an alert's "below 80%")
        # measure the alert, not the harm
        and not any(
            extent(s.tokens, lexicon) for s in sentences if not any(c.holds(s.line) for c in beside)
        )
        and not _window_in_fields(doc, lexicon)
    ):
        missing.append(_EXTENT)
    missing += _missing_parts(doc, blocks, options)
    if not missing and words >= options.min_words:
        return _passed(_holding(candidates, told.line if told else candidates[0].line))
    detail = _detail(candidates, missing, words, reason, options, headline)
    skipped = (
        _not_counted(doc, context, blocks, consoling)
        if words < options.min_words or _WHO_WHAT in missing
        else ""
    )
    return missed(candidates[0].line, f"{detail}; {skipped}" if skipped else detail, near=True)


def _read_together(
    doc: Document, context: Context, candidates: Sequence[Scope], lexicon: Lexicon
) -> tuple[list[Block], list[Sentence], list[Sentence], int]:
    """The candidates' blocks, their sentences, those that only console, and the real words
    of the rest."""
    blocks = _union(doc, candidates)
    words = content.real_words(
        (b.text for b in blocks), context.template_texts, doc.references, context.echoes
    )
    sentences = read(doc, context, blocks, titled_rows=True)
    consoling = _consoling(sentences, lexicon)
    words -= sum(sum(t.kind is Kind.WORD for t in s.tokens) for s in consoling)
    return blocks, sentences, consoling, words


def _unless_said(doc: Document, blocks: Sequence[Block], options: Options) -> bool:
    """Whether the statement that satisfies the check on its own (``unless``) is made."""
    if options.unless is None:
        return False
    (unless,) = terms((options.unless,))
    text = "\n".join(answered(doc, blocks))
    return unless.found_in(text)


def _left_open(doc: Document, options: Options) -> Outcome | None:
    """The finding for the part headed for the story, when all it holds is a placeholder."""
    for scope in scopes(doc, patterns.compile(options.heading)):
        if _the_title(doc, scope) or not scope.blocks:
            continue
        if not all(content.is_placeholder(b.text, doc.references) for b in scope.blocks):
            return None
        said = shorten(scope.blocks[0].text, 60)
        return missed(
            scope.line,
            f"{scope.describe()} is left to be written: tell there who was affected, what "
            f"they met and how many; “{said}” is a placeholder",
            near=True,
        )
    return None


def _not_counted(
    doc: Document, context: Context, blocks: Sequence[Block], consoling: Sequence[Sentence]
) -> str:
    """What a reader skips, and why: a placeholder, an echo of the help, or consolation."""
    skipped = not_counted(doc, context, blocks)
    if skipped or not consoling:
        return skipped
    quoted = shorten(consoling[0].text, 60)
    return f"“{quoted}” consoles the readers, and tells nothing of what happened"


def _consoling(sentences: Sequence[Sentence], lexicon: Lexicon) -> list[Sentence]:
    """The sentences that console the readers rather than tell what happened ("We sincerely
    apologize for any inconvenience this may have caused", "we appreciate your patience"):
    none of their words is part of the account."""
    consoling = lexicon["consolation"]
    return [
        sentence
        for sentence in sentences
        if consoling.found_in(sentence.lemmas)
        and (
            story(sentence, lexicon) is None
            # "We are sorry ... you rely on us every day to get your work done": said by us,
            # no figure of what happened (not "we're sorry that 3,000 of you could not pay")
            or (
                sentence.lemmas[:1] in (("we",), ("i",))
                and not any(t.kind is Kind.NUMBER for t in sentence.tokens)
            )
        )
    ]


def _window_in_fields(doc: Document, lexicon: Lexicon) -> bool:
    """When it began and when it ended, said in the document's fields: a status page's front
    matter (cState's ``date`` and ``resolvedWhen``), a header table or labels ("Reported on
    Slack | April 13, 2026", "Solution Completed | April 22, 2026"): together, how long."""
    fields: list[tuple[str, object]] = [
        (_KEY_WORDS.sub(r"\1 \2", str(key)).replace("_", " "), value)
        for key, value in (doc.frontmatter or {}).items()
    ]
    for block in doc.blocks:
        cells = [c for c in block.cells if c.strip()]
        if len(cells) == _KEY_AND_VALUE:
            fields.append((cells[0], cells[1]))
        elif block.lead:
            fields.append((block.lead, block.text))
        elif (keyed := _KEY_THEN_MOMENT.fullmatch(block.text.strip())) is not None:
            fields.append((keyed.group(1), keyed.group(2)))  # "First detected 2021-06-09 13:15"
        # cState's updates: "::: update Resolved | 2021-03-19T10:01:00.000Z"
        fields += [(m.group(1), m.group(2)) for m in _STATUS_UPDATE.finditer(block.text)]
        # statuskit's updates: '{{< track "2020-01-19T14:43:00.000Z" >}}Incident resolved.',
        # keyed by their first words (what follows them is the update's prose)
        fields += [
            (" ".join(m.group(2).split()[:_TRACK_KEY_WORDS]), m.group(1))
            for m in _STATUS_TRACK.finditer(block.text)
        ]
    began = ended = False
    for key, value in fields:
        if not _a_moment(value, lexicon):
            continue
        words = [t.lemma for t in tokenize(plain(key), lexicon) if t.kind is Kind.WORD]
        began = began or lexicon["began_fields"].found_in(words)
        ended = ended or lexicon["ended_fields"].found_in(words)
    return began and ended


_KEY_WORDS = re.compile(r"([a-z])([A-Z])")  # "resolvedWhen": "resolved When"
# A line of a key-events list: words, then the moment ("Resolved: 2024-07-25 16:19")
_KEY_THEN_MOMENT = re.compile(r"([^\d\n:|]{3,40}?):?\s+(\d[^\n]{0,40})")
_STATUS_UPDATE = re.compile(r"^:::\s*update\s+([^|\n]+?)\s*\|\s*(\S+)\s*$", re.MULTILINE)
_STATUS_TRACK = re.compile(r'\{\{<\s*track\s+"([^"\n]+)"\s*>\}\}([^{\n]*)')
_TRACK_KEY_WORDS = 3
_KEY_AND_VALUE = 2  # cells: a header table's row


def _a_moment(value: object, lexicon: Lexicon) -> bool:
    """A date or time: as YAML reads it, or written ("2026-04-22", "April 22, 2026", "14:02")."""
    if isinstance(value, date):  # datetime is a date too
        return True
    if not isinstance(value, str) or len(value) > _A_FIELD:
        return False
    tokens = tokenize(plain(value), lexicon)
    if any(t.kind in (Kind.DATE, Kind.TIME) for t in tokens):
        return True
    months = lexicon["months"]
    return any(months.found_in([t.lemma]) for t in tokens) and any(
        t.kind is Kind.NUMBER for t in tokens
    )


_A_FIELD = 60  # characters: a field's value, not a paragraph


def _sectioned(candidates: Sequence[Scope]) -> bool:
    """Whether the account stands in a section of its own, whose rest can be the basis of
    "nobody was affected" (in a document without one, the basis is said with it)."""
    return any(c.title not in (_WHOLE, _OPENING_TEXT) for c in candidates)


_WHO_WHAT = "who was affected and what they experienced"
_EXTENT = "for how long or how many"


def _told_anywhere(doc: Document, context: Context, options: Options) -> bool:
    """A story told in so many words somewhere in a document with no section for it (or the
    people affected, counted: "P0 — 100% of users affected"), with its extent when the rule
    asks for one."""
    lexicon = lexicon_of(doc)
    everything = read(doc, context, _told_parts(doc, lexicon))
    if _story_in(everything, lexicon, direct=True) is None and not _affected_counted(
        everything, lexicon
    ):
        return False
    return not options.extent or any(extent(s.tokens, lexicon) for s in everything)


def _told_parts(doc: Document, lexicon: Lexicon) -> list[Block]:
    """The blocks that may tell what happened: not the follow-ups, which tell what will be
    done ("Refund the fare to anyone who has not claimed it" is work, not a story)."""
    ahead = {
        s.index
        for s in doc.sections
        if followups.part_of(s.title, lexicon) is followups.Part.FOLLOW_UP
    }
    return [b for b in doc.blocks if not _within_any(doc, b.section, ahead)]


def _within_any(doc: Document, index: int, sections: set[int]) -> bool:
    while index >= 0:
        if index in sections:
            return True
        index = doc.sections[index].parent
    return False


def _union(doc: Document, candidates: Sequence[Scope]) -> list[Block]:
    # (a block is known by where it stands and what it says: a sentence that introduces a
    # list comes once, whether a section's scope holds it already or it is added here)
    seen: dict[tuple[int, str], Block] = {}
    for scope in candidates:
        # "Between v0.14 and v0.17, two bugs impacted Monero users' privacy:" before its list:
        # the label is a sentence of the account, read with what it introduces, whether it is
        # the part read or stands inside it
        for label in doc.labels:
            inside = scope.holds(label.line) and not scope.is_label
            if (inside or (scope.is_label and label.line == scope.line)) and (
                len(label.name.split()) >= A_SENTENCE
            ):
                said = Block(label.name, label.line, scope.section_index)
                seen.setdefault((said.line, said.text), said)
        for block in scope.blocks:
            seen.setdefault((block.line, block.text), block)
    return sorted(seen.values(), key=lambda b: b.line)


def _holding(candidates: Sequence[Scope], line: int) -> Scope:
    """The candidate that holds ``line``: the passage a copy would be looked for in."""
    for scope in candidates:
        if any(b.line == line for b in scope.blocks):
            return scope
    return candidates[0]


def _passed(scope: Scope) -> Outcome:
    fingerprint = shingles(b.text for b in scope.blocks)
    passage = Passage(scope.title, scope.line, fingerprint) if fingerprint else None
    return Outcome((), scope.line, passage=passage)


def _candidates(doc: Document, context: Context, options: Options) -> list[Scope]:
    heading = patterns.compile(options.heading)
    # Not the title ("# Checkout outage: business impact", "# Background job failures"): its
    # section is the whole document, follow-ups and all.
    found = [s for s in scopes(doc, heading) if not _the_title(doc, s)]
    if options.story:
        found += [s for s in _story_headings(doc, context) if s.line not in {f.line for f in found}]
    if options.fallback is not None:
        found += [
            s
            for s in scopes(doc, patterns.compile(options.fallback))
            if s.line not in {f.line for f in found} and not _the_title(doc, s)
        ]
    # A title written as a plain or numbered line, or run into its paragraph ("2. Impact",
    # "**Impact.** About 3,000 riders..."), where no heading or label holds it already
    known = {b.line for scope in found for b in scope.blocks}
    found += [
        scope
        for scope in run_in_scopes(doc)
        if scope.line not in known
        and (titled(heading, scope.title) or _tells_whom(doc, context, scope.title, scope.line))
    ]
    found += _read_with(doc, found, options)
    lead = _lead(doc)
    taken = {id(b) for scope in found for b in scope.blocks}
    new = lead is not None and not all(id(b) in taken for b in lead.blocks)
    # Without headings, the opening is read beside a labelled part, never instead of the
    # whole text
    wanted = bool(found) if not doc.sections else not found or options.story
    if lead is not None and new and wanted:
        found.append(lead)
    if not found and not doc.sections and doc.blocks:
        found = [Scope(_WHOLE, 1, doc.blocks, (), False, -1, doc.line_count + 1)]
    return found


def _read_with(doc: Document, found: Sequence[Scope], options: Options) -> list[Scope]:
    """The labels matching ``read_with`` beside a labelled part found, in its section."""
    sections = {scope.section_index for scope in found if scope.is_label}
    if options.read_with is None or not sections:
        return []
    lines = {scope.line for scope in found}
    return [
        scope
        for scope in scopes(doc, patterns.compile(options.read_with))
        if scope.is_label and scope.section_index in sections and scope.line not in lines
    ]


def _read_with_it(scope: Scope, options: Options) -> bool:
    """Whether ``scope`` is only read with the story's part ("Identified"), not the part
    itself ("Reported impact" is both: the part)."""
    return (
        scope.is_label
        and options.read_with is not None
        and titled(patterns.compile(options.read_with), scope.title)
        and not titled(patterns.compile(options.heading), scope.title)
    )


def _the_title(doc: Document, scope: Scope) -> bool:
    if scope.is_label or not doc.sections or scope.section_index != 0:
        return False
    first = doc.sections[0]
    return first.level == 1 and _a_title(doc, first)


def _story_headings(doc: Document, context: Context) -> list[Scope]:
    """Sections whose heading itself tells whom it is about: "What riders saw", "How
    customers were affected"."""
    found: list[Scope] = []
    for section in doc.sections:
        if section.level == 1 or (section is doc.sections[0] and _a_title(doc, section)):
            continue  # the document's title: its section is the whole document
        if _tells_whom(doc, context, section.title, section.line):
            found.extend(
                scopes(
                    doc, patterns.compile("^" + re.escape(heading_text(section.title)) + "$"), False
                )
            )
    # A plain line that titles a paragraph does as a heading does ("What crew experienced"
    # over the story, in a memo without Markdown's headings).
    for label in doc.labels:
        if _envelope(label.name) or (
            len(label.name.split()) >= A_SENTENCE and not _a_question(label.name)
        ):
            continue  # a sentence that runs into a list is read as the account's, not a title
        if _tells_whom(doc, context, label.name, label.line):
            pattern = patterns.compile("^" + re.escape(heading_text(label.name)) + "$")
            found.extend(s for s in scopes(doc, pattern) if s.is_label and s.line == label.line)
    return found


def _tells_whom(doc: Document, context: Context, title: str, line: int) -> bool:
    """Whether a heading, label or run-in title tells whom its part is about ("Who was
    affected", "What riders saw", a Q&A's "Q: What did readers see?")."""
    lexicon = lexicon_of(doc)
    said = read_heading(doc, context, asked(heading_text(title)), line)  # not "1. " before it
    return bool(said) and (
        story(said[0], lexicon) is not None
        or affected(said[0], lexicon) is not None
        or _about_people(said[0], lexicon)
    )


def _in_the_title(doc: Document, context: Context, lexicon: Lexicon) -> tuple[_Told | None, int]:
    """The story told in the document's title, in so many words: "Customers unable to start
    new scans" (its extent still comes from the sections), and the title's words of real
    content: a part of the account a reader reads, counted with it."""
    title = _title_section(doc)
    if title is None:
        return None, 0
    said = read(doc, context, [(title.title, title.line)])
    told = _story_in(said, lexicon, direct=True)
    if told is None and len(said) == 1:
        headline = _with_its_copula(said[0], lexicon)
        if headline is not None:
            told = _story_in(read(doc, context, [(headline, title.line)]), lexicon, direct=True)
    if told is None:
        return None, 0
    words = content.real_words(
        (title.title,), context.template_texts, doc.references, context.echoes
    )
    return told, words


def _with_its_copula(title: Sentence, lexicon: Lexicon) -> str | None:
    """A headline read with the verb headlines leave out: "All instances unavailable to
    SaaS customers" as "All instances were unavailable to SaaS customers" (a state the
    experience words name after "be": unavailable, down, slow, stuck)."""
    tokens, lemmas = title.tokens, title.lemmas
    for index in range(1, len(tokens)):
        previous, token = tokens[index - 1], tokens[index]
        if not (previous.is_word and token.is_word) or previous.lemma in lexicon["stopwords"]:
            continue  # "Search was down", "the down time"
        if lexicon["experience"].match(["be", *lemmas[index:]], 0) > 1:
            words = [t.text for t in tokens]
            return " ".join([*words[:index], "were", *words[index:]])
    return None


def _title_section(doc: Document) -> Section | None:
    """The first heading when it names the document (a level-1 heading, or a title by
    ``_a_title``)."""
    if not doc.sections:
        return None
    first = doc.sections[0]
    return first if first.level == 1 or _a_title(doc, first) else None


def _about_people(title: Sentence, lexicon: Lexicon) -> bool:
    """A heading about the people it happened to: "How this hit customers", "Who noticed
    what", "Effect on service users" (not "Our team's response")."""
    lemmas = title.lemmas
    # "Who noticed, and how it felt to them", "¿A quién afectó y cómo?"
    if any(lemma in lexicon["asking_who"] for lemma in lemmas[:2]):
        return len(lemmas) <= _QUESTION_TITLE
    if len(lemmas) > _SHORT_TITLE:
        return False
    people = [m for m in people_in(title, lexicon) if not m.responder]
    if not people:
        return False
    if (
        lemmas[0] in lexicon["asking_how"]
        or lexicon["effects"].found_in(lemmas)
        or lexicon["vantage"].found_in(lemmas)  # "Members' side of it", "The riders' view"
    ):
        return True
    # A heading that names only them: "For you, our customers", "To our riders" (not a
    # field of one word, "Company", nor "Our team")
    named = {
        m.index
        for m in people
        if not any(lemmas[m.index] in lexicon[c] for c in ("staff", "organisations"))
    }
    return (
        bool(named)
        and sum(t.is_word for t in title.tokens) > 1
        and all(
            index in named or lemma in lexicon["stopwords"] or lemma in lexicon["second_person"]
            for index, (token, lemma) in enumerate(zip(title.tokens, lemmas, strict=True))
            if token.is_word
        )
    )


_SHORT_TITLE = 6
_QUESTION_TITLE = 12  # tokens: a heading that asks who may go on to ask how


def _lead(doc: Document) -> Scope | None:
    """The text a reader meets first: its opening paragraphs, before any heading, or under
    the title (the first heading, when the document opens with it) before the first
    subheading or label."""
    if not doc.sections:
        if not doc.labels:
            return None  # no headings, no labels: the whole text is read
        blocks: Sequence[Block] = doc.blocks  # a letter: "Dear all," before "What happened:"
    elif (first := doc.sections[0]).first_block > 0:
        blocks = doc.blocks[: first.first_block]
    elif _title_section(doc) is first:
        blocks = tuple(b for b in doc.section_blocks(first) if b.section == first.index)
    else:
        return None
    labelled = {
        i
        for label in doc.labels
        if not _envelope(label.name)
        for i in range(label.first_block, label.end_block)
    }
    opening: list[Block] = []
    for block in blocks:
        if _envelope(block.lead) or (
            not opening and (_SALUTATION.match(block.text) or _letterhead(block.text))
        ):
            continue  # a letter's or an e-mail's envelope: "Subject: ...", "Sent to: ...",
            # "Dear all,", under its letterhead or not
        if doc.blocks.index(block) in labelled or block.lead:
            break
        opening.append(block)
    opening = opening[:_OPENING_BLOCKS]
    if not opening:
        return None
    end = opening[-1].line + 1
    return Scope(_OPENING_TEXT, opening[0].line, tuple(opening), (), True, -1, end)


def _a_title(doc: Document, first: Section) -> bool:
    """A first heading that names the document, not a part of it: at the top, the only one of
    its level ("## 2025-07-30 Hex outage"), and no part a reader knows ("## Timeline"). At
    the top is before any paragraph, front matter or not."""
    return (
        first.first_block == 0
        and sum(s.level == first.level for s in doc.sections) == 1
        and followups.part_of(first.title, lexicon_of(doc)) is followups.Part.OTHER
    )


_OPENING_BLOCKS = 4  # paragraphs: what a reader takes in before looking for a heading
_ENVELOPE_FIELDS = frozenset({"subject", "to", "from", "cc", "bcc", "date", "sent", "re"})


def _a_question(label: str) -> bool:
    """A Q&A's question, which titles its answer however long it is ("Q: Who noticed, and
    what did it look like to them?"), up to a question's length."""
    return label.rstrip().endswith(("?", "？")) and len(label.split()) <= _QUESTION_TITLE


def _envelope(label: str) -> bool:
    """A field of a letter's or an e-mail's envelope: "Subject", "To", "Sent to", "Sent on"."""
    words = label.lower().split()
    return bool(words) and len(words) <= _ENVELOPE_WORDS and words[0] in _ENVELOPE_FIELDS


_ENVELOPE_WORDS = 2


def _letterhead(text: str) -> bool:
    """Lines of a report's head, each short and none a sentence ("BAKKALGO — INCIDENT
    REPORT", "Order routing outage, Istanbul, 28 August 2025", "Report owner: Emre Y."):
    what the report is, not what happened."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= _LETTERHEAD_LINES and all(
        len(line.split()) <= _LETTERHEAD_WORDS and not line.rstrip("*_ ").endswith((".", "!", "?"))
        for line in lines
    )


_LETTERHEAD_LINES = 2
_LETTERHEAD_WORDS = 12
_SALUTATION = re.compile(r"^\s*(?:dear|hi|hello)\b[^\n]{0,60},?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Told:
    who: str
    what: str
    line: int
    addressed: bool = False


def _story_in(
    sentences: Sequence[Sentence], lexicon: Lexicon, direct: bool = False
) -> _Told | None:
    earlier = None
    for sentence in sentences:
        told = story(sentence, lexicon, earlier)
        if told is not None and (told.direct or not direct):
            return _Told(told.who, told.what, sentence.line, told.addressed)
        earlier = spoken_of(sentence, lexicon, earlier)
    return None


def _affected_counted(sentences: Sequence[Sentence], lexicon: Lexicon) -> _Told | None:
    """People said to have been affected in a sentence that counts them or says for how long,
    where the part says what went wrong for them (an outage, errors, a crash): not
    "100% of users were impacted during the incident window", and the rest praise."""
    for sentence in sentences:
        hit = affected(sentence, lexicon, as_told=True)
        if hit is not None and extent(sentence.tokens, lexicon):
            if not any(_went_wrong(s, lexicon) for s in sentences):
                return None
            return _Told(hit.text, "affected", sentence.line)
    return None


_WRONG = ("symptoms", "breakdown", "thing_states", "inability", "unreachable", "on_screen")


def _went_wrong(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence says something went wrong, in any of the words for it."""
    lemmas = sentence.lemmas
    return any(lexicon[name].found_in(lemmas) for name in _WRONG) or any(
        t.lower in lexicon["harm_words"] or t.lemma in lexicon["loss_states"]
        for t in sentence.tokens
    )


def _no_impact(sentences: Sequence[Sentence], lexicon: Lexicon, words: int) -> Sentence | None:
    """The sentence saying nobody was affected, when it also says how we know: a reason in
    the statement or the sentence after it, or (``words``: the real words of the section it
    stands in) the rest of its section."""
    evidence = lexicon["evidence_verbs"]
    looked = lexicon["investigation_words"]
    reasons = lexicon["reason_words"]
    consequences = lexicon["consequence_words"]
    for index, statement in enumerate(sentences):
        if not no_impact(statement, lexicon):
            continue
        said = [t for t in statement.tokens if t.is_word]
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        previous = sentences[index - 1] if index > 0 else None
        reasoned = (
            (
                len(said) >= _REASON_WORDS
                and (
                    _shows(statement, evidence)
                    or _shows(statement, looked)
                    or (_shows(statement, reasons, after=2) and not _only_speed(statement, lexicon))
                    or _shows(statement, consequences, after=2)
                    or _basis_after_a_break(statement, lexicon)
                )
            )
            or (
                # what shows it, said just before: "Venmo has confirmed that no transactions were
                # made using these tokens. For affected users, no further action is required."
                # (what it shows is an absence: not "the issue was creating a log line")
                previous is not None
                and _shows(previous, evidence)
                and bool(_NO_RISE.intersection(previous.lemmas))
                and not _rose(previous, lexicon)
                and not _story_in([previous], lexicon, direct=True)
            )
            or (
                following is not None
                and not following.opens_block  # the same paragraph or item: its basis
                and (
                    _shows(following, evidence)
                    or _held_steady(following, lexicon)
                    or _shows(following, consequences, after=2)  # "..., so nothing was dropped"
                    # "Because the job runs at night, ...": not "it failed because the disk filled"
                    or (
                        any(
                            reasons.match(following.lemmas, i)
                            for i in range(min(_OPENERS, len(following.lemmas)))
                        )
                        and not _only_speed(following, lexicon)
                    )
                )
            )
        )
        # The rest of its section is the basis only when it says how we know: a timeline,
        # the fix and reassurance around the claim are not one, nor a reason given for
        # something else ("the export failed because the disk filled"), nor how the cause
        # was found ("traced to a missing index").
        # What monitoring showed rising is trouble seen, not a sign of none ("monitoring showed
        # an increase in rejected assertions").
        if reasoned or (
            words - len(said) >= _REASON_WORDS
            and any(
                (_shows(other, evidence) and not _rose(other, lexicon))
                or _held_steady(other, lexicon)
                for other in sentences
                if other is not statement
            )
        ):
            return statement
    return None


def _rose(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a measure is said to have risen ("an increase in 5xx", "errors spiked"), not
    that it did not ("no increase in errors", "never spiked")."""
    negations = lexicon["negations"].words or _NO_RISE  # English has no class of its own
    lemmas = sentence.lemmas
    return any(
        not negations.intersection(lemmas[max(0, start - _NO_RISE_REACH) : start])
        for start, _end in lexicon["rising"].spans(lemmas)
    )


_NO_RISE = frozenset({"no", "not", "never", "without", "n't"})
_NO_RISE_REACH = 3  # words: "did not see any increase"


def _shows(sentence: Sentence, evidence: WordClass, after: int = 1) -> bool:
    """Whether a word of how we know (or, with ``after`` 2, of a reason) stands in
    ``sentence`` with what it shows after it ("the access logs show only internal requests",
    "as the job runs only on staging"), not alone ("we checked and everything looked fine",
    "as confirmed.")."""
    tokens = sentence.tokens
    for start, end in evidence.spans(sentence.lemmas):
        following = tokens[end : end + after]
        if (
            len(following) == after
            # what it shows may be a figure: "the download log shows 0 downloads"
            and all(t.is_word or t.kind is Kind.NUMBER for t in following)
            and following[0].lemma not in _COORDINATORS
            and not _comparing_as(sentence.lemmas, start)
            and not _only_so_long(sentence, start)
        ):
            return True
    return False


def _comparing_as(lemmas: Sequence[str], start: int) -> bool:
    """ "as" comparing, not giving a reason, on either side of its word: "as far as we can
    tell" hedges the claim; "as well as", "as soon as", "as long as" give no cause."""
    if lemmas[start] != "as":
        return False
    after = lemmas[start + 1] if start + 1 < len(lemmas) else ""
    before = lemmas[start - 1] if start else ""
    return after in _AS_COMPARES or before in _AS_COMPARES


_AS_COMPARES = frozenset({"far", "well", "soon", "long", "much", "if", "though", "usual"})


def _only_speed(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a reason given for "nobody was affected" is only how fast it was handled
    ("because the issue was caught quickly by our team"), not where it stayed ("caught
    quickly in staging", "fixed before the release reached any store")."""
    lemmas = sentence.lemmas
    return (
        lexicon["speed"].found_in(lemmas)
        and not lexicon["before"].found_in(lemmas)
        and not lexicon["preproduction"].found_in(lemmas)
    )


def _only_so_long(sentence: Sentence, start: int) -> bool:
    """ "only lasted five minutes", "was only down for 3 minutes": how short it was, which
    says nothing of who it reached (not "only 2 requests failed", "only internal requests")."""
    if sentence.lemmas[start] != "only":
        return False
    near = sentence.lemmas[start + 1 : start + _SPAN_WORDS]
    return any(lemma in _TIME_UNITS for lemma in near)


_SPAN_WORDS = 6  # words after "only": "only lasted about five minutes"
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "moment", "while", "briefly"})


_COORDINATORS = frozenset({"and", "or", "but"})


def _held_steady(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether ``sentence`` tells of a measure that held steady, with its figure: "p99 job
    latency stayed at 1.2s", "queue depth never went above 40", "the edge 5xx rate did not
    move". Not "search remained unaffected for our users" (the claim again), "everything
    remained stable for 3 hours" (a span of time, no figure of what was measured), nor
    "memory stayed within normal ranges" (the machines measured)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["steady"].spans(lemmas):
        if tokens[start].lower.endswith("ing"):
            continue  # "the remaining nodes"
        clause = segment_start(tokens, start, lexicon)
        if any(word in lexicon["machinery"] for word in lemmas[clause:start]):
            continue
        # A measure named with its figure: "the 5xx rate did not move", "p99 stayed flat".
        named = any(t.kind is Kind.WORD and _a_figure(t) for t in tokens[clause:start])
        after = tokens[end : end + _FIGURE_REACH]
        stated = any(  # "stayed at 1.2s", not "for 3 hours"
            _a_figure(t) and (i == 0 or after[i - 1].lemma not in _SPANS)
            for i, t in enumerate(after)
        )
        if named or stated:
            return True
    return False


def _a_figure(token: Token) -> bool:
    return token.kind is Kind.NUMBER or any(char.isdigit() for char in token.text)


_FIGURE_REACH = 4  # tokens: "held at 99.6%", "never went above 40"
_SPANS = frozenset({"for", "during", "over", "in", "within", "throughout", "until"})


def _basis_after_a_break(statement: Sentence, lexicon: Lexicon) -> bool:
    """ "No user impact: the failing job only builds the nightly report": the claim, then
    after a colon, a dash or a semicolon what it rests on (not "First things first: no
    customers were affected", where the claim is what follows)."""
    tokens = statement.tokens
    return any(
        token.text in (":", "—", "–", ";")
        and 0 < index < len(tokens) - 1
        and no_impact(replace(statement, tokens=tokens[:index]), lexicon)
        # "No user impact: the issue was caught in time" says how fast, not how we know
        and not _only_speed(replace(statement, tokens=tokens[index + 1 :]), lexicon)
        for index, token in enumerate(tokens)
    )


def _why_no_story(sentences: Sequence[Sentence], lexicon: Lexicon) -> str:
    """In this document's words, why a reader finds no one's story here."""
    for sentence in sentences:
        hit = affected(sentence, lexicon)
        if hit is not None:
            return (
                f"it names “{hit.text}” as affected (“{shorten(sentence.text, 60)}”), "
                "not what they went through"
            )
    for sentence in sentences:
        for mention in people_in(sentence, lexicon):
            if mention.responder and mention.text.lower() not in ("we", "us", "our"):
                quoted = shorten(sentence.text, 60)
                return f"the people in it are the ones who responded (“{quoted}”)"
    return ""


def _contradicted(
    doc: Document, context: Context, read_blocks: Sequence[Block], statement: Sentence
) -> str:
    """A story elsewhere in the document that a "nobody was affected" statement denies."""
    inside = {id(b) for b in read_blocks}
    others = [b for b in doc.blocks if id(b) not in inside]
    return _denied_by(read(doc, context, others), statement, lexicon_of(doc))


def _denied_in_the_whole(
    candidates: Sequence[Scope], sentences: Sequence[Sentence], lexicon: Lexicon
) -> Outcome | None:
    """A document read whole, that says nobody was affected ("No customer impact" in its
    summary) and tells of someone who was (its timeline: "46 passengers reaccommodated after
    missing flights"): the account it gives is the claim, and the document denies it."""
    if not any(c.title == _WHOLE for c in candidates):
        return None
    claim = _no_impact(sentences, lexicon, 0)
    if claim is None:
        return None
    denial = _denied_by(sentences, claim, lexicon)
    return missed(claim.line, denial, near=True) if denial else None


def _denied_by(sentences: Sequence[Sentence], statement: Sentence, lexicon: Lexicon) -> str:
    """The first of ``sentences`` (not the statement itself) telling a story that a "nobody
    was affected" statement denies, said as the finding says it; none for a statement about
    some of the people ("People who were already signed in were not affected"), which the
    story of the others does not deny."""
    if _of_some(statement, lexicon):
        return ""
    for sentence in sentences:
        if sentence is statement:
            continue
        told = story(sentence, lexicon)
        hit = told is not None and (told.severe or _wrote_in(told.what, sentence, lexicon))
        if told is not None and hit and not told.addressed:
            return (
                f"it says nobody was affected (“{shorten(statement.text, 50)}”), but line "
                f"{sentence.line} tells of {told.who} who {told.what} "
                f"(“{shorten(sentence.text, 60)}”)"
            )
        wrote = complained(sentence, lexicon)
        if wrote:
            return (
                f"it says nobody was affected (“{shorten(statement.text, 50)}”), but line "
                f"{sentence.line} tells of {wrote} (“{shorten(sentence.text, 60)}”)"
            )
    return ""


def _wrote_in(what: str, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether people got in touch: "wrote to support", "called in", "complained": they met
    something worth telling us of (not to thank us, nor for a routine change)."""
    if not what.strip() or _NOT_TROUBLE.intersection(sentence.lemmas):
        return False
    verb = lexicon.lemma(what.split(maxsplit=1)[0].lower())
    touch = lexicon.classes.get("got_in_touch")
    return touch is not None and verb in touch


_NOT_TROUBLE = frozenset({"thank", "thanks", "praise", "compliment", "congratulate", "routine"})


def _of_some(statement: Sentence, lexicon: Lexicon) -> bool:
    """Whether a statement opens with people narrowed by a clause before what it says of
    them: "People who were already signed in were not affected"."""
    tokens = statement.tokens
    for index in range(min(len(tokens), _OPENING_PEOPLE)):
        mention = mention_at(tokens, index, lexicon)
        if mention is not None and mention.person:
            after = index + 1
            return after < len(tokens) and tokens[after].lemma in _NARROWING
    return False


_OPENING_PEOPLE = 4  # words into a statement where its people stand: "All of our customers"
_NARROWING = frozenset({"who", "whose", "that"})


def _missing_parts(doc: Document, blocks: Sequence[Block], options: Options) -> list[str]:
    if not options.parts:
        return []
    text = "\n".join(answered(doc, blocks))
    parts = terms(options.parts)
    missing = [t.label for t in parts if not t.found_in(text)]
    joint = parts[: options.together]
    if (
        len(joint) > 1
        and not missing
        and not any(
            all(t.found_in(sentence) for t in joint)
            for sentence in _SENTENCE.split(" ".join(text.split()))
        )
    ):
        missing = [" and ".join(t.label.split(" (")[0] for t in joint) + " in one sentence"]
    return missing


def _detail(
    candidates: Sequence[Scope],
    missing: Sequence[str],
    words: int,
    reason: str,
    options: Options,
    headline: int = 0,
) -> str:
    where = _where(candidates)
    short = words < options.min_words
    titled = f", {headline} of them the title's" if headline else ""
    count = f"has {words} words of real content{titled} (it needs at least {options.min_words})"
    said = " or ".join(_spelled(m) for m in missing)
    if said and short:
        detail = f"{where} {count} and does not say {said}"
    elif said:
        detail = f"{where} does not say {said}"
    else:
        detail = f"{where} {count}"
    return f"{detail}: {reason}" if reason else detail


def _where(candidates: Sequence[Scope]) -> str:
    first = candidates[0].describe()
    if len(candidates) == 1:
        return first
    others = " and ".join(c.describe() for c in candidates[1:3])
    return f"{first} (read with {others})"


def _spelled(part: str) -> str:
    if part == _WHO_WHAT:
        return f"{part} (someone, in the users' words, who could not, saw, lost or waited)"
    if part == _EXTENT:
        return f"{part} (a duration, a time window, a count or a share)"
    return part


def describe(options: Options) -> str:
    where = options.looked_for or f"a section matching /{options.heading}/"
    text = f"{where} tells it in at least {options.min_words} words of real content"
    said = []
    if options.story:
        said.append("who was affected and what they experienced, in one sentence")
    if options.extent:
        said.append("for how long or how many")
    said += [t.label for t in terms(options.parts)]
    if said:
        text += ", saying " + "; ".join(said)
    if options.no_impact:
        text += " (or says nobody was affected, and how we know)"
    if options.unless is not None:
        (unless,) = terms((options.unless,))
        text += f" (or states {unless.label})"
    return text
