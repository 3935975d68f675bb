"""``review``: a review that answers, for this document, the people it is meant to answer for.

Looks in the sections (or labelled paragraphs) whose heading matches ``heading`` and reads each
sentence as ``reading.answers`` does: questions, promises, deferrals, dismissals, bare marks,
qualities claimed with nothing to show them ("the board is simple and intuitive") and lines
that only name the perspectives say nothing, and count nothing; nor does what stands under a
subsection or label of another topic its heading names ("### Privacy" under "Accessibility,
Privacy, and Security Considerations"). It passes when:

- the answers hold at least ``min_words`` words of real content;
- with ``about_document``, they share a word of their own with the rest of the document (its
  title and its other sections): a review of another feature says nothing about this one;
- with ``perspectives``, each perspective (a topic of the vocabulary, or a pattern) is named in
  a sentence that answers it. The finding tells a perspective that is not mentioned from one
  answered only with a dismissal, a promise or a question, and quotes what it set aside.

```yaml
check:
  review:
    heading: "accessib|a11y|inclusion"
    min_words: 15
    about_document: true
    perspectives:
      - {name: low digital literacy, topic: literacy}
      - {name: disability or assistive technology, topic: disability}
      - {name: low bandwidth or poor connectivity, topic: connection}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Count,
    Miss,
    Outcome,
    Scope,
    lexicon_of,
    missed,
    nothing_to_judge,
    parts,
    passed,
    read,
    read_heading,
    shorten,
    title_lemmas,
)
from spec_gate.document import Block, Context, Document, content, shingles
from spec_gate.findings import Passage
from spec_gate.patterns import Regex
from spec_gate.reading import Kind, Lexicon, Sentence, language, sentences
from spec_gate.reading.answers import (
    PERSPECTIVES,
    Said,
    label_end,
    own_phrases,
    own_words,
    said,
    topic_in,
)
from spec_gate.reading.lexicon import get as vocabulary
from spec_gate.reading.signoffs import handles

NAME = "review"
_SHOWN = 2  # set-aside sentences quoted in a finding


@dataclass(frozen=True, slots=True)
class Perspective:
    """Someone a review answers for: a topic of the vocabulary (``literacy``, ``disability``,
    ``connection``) or a pattern, and the name used in the finding."""

    __pydantic_config__ = STRICT

    name: str
    topic: str | None = None
    pattern: Regex | None = None
    example: str = ""  # a line that answers it, offered in the finding


@dataclass(frozen=True, slots=True)
class Options:
    """A review that answers, for this document, the people it is meant to answer for."""

    __pydantic_config__ = STRICT

    heading: Regex
    """the heading (or label) of the review"""
    min_words: Count = 0
    """at least this many words of answers (not questions, promises, deferrals, dismissals,
    claimed qualities or bare marks)"""
    about_document: bool = False
    """the answers share a word of their own with the rest of the document"""
    perspectives: tuple[Perspective, ...] = ()
    """whom it answers for, each in a sentence that names it: a ``topic`` of the vocabulary
    (``literacy``, ``disability``, ``connection``; literacy is also named in the writer's own
    words, a reading or digital act hard or rare for the people it is said of: "people who do
    not read well", "applicants who rarely use computers", "workers with little schooling") or
    a ``pattern``, the ``name`` the finding uses, and an ``example`` answer the finding offers"""
    require_section: bool = True
    """``false``: pass when there is no review (another rule says so)"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    heading = patterns.compile(options.heading)
    found = parts(doc, heading)
    if not found:
        return missed(1) if options.require_section else nothing_to_judge()
    lexicon = lexicon_of(doc)
    scope = max(found, key=lambda s: len(s.blocks))
    judged = _judged(doc, context, found, scope, lexicon)
    others = _other_topics(doc, context, found, lexicon)
    if others:
        judged = [
            (s, _aside(s, v, label, others, heading, lexicon), label) for s, v, label in judged
        ]
    answers = [s for s, verdict, _ in judged if verdict is Said.ANSWER]
    aside = [(s, verdict) for s, verdict, _ in judged if verdict is not Said.ANSWER]
    misses: list[Miss] = []
    words = content.real_words(
        (s.text for s in answers), context.template_texts, doc.references, context.echoes
    )
    if words < options.min_words:
        too_little = _too_little(scope, words, options.min_words, aside)
        misses.append(Miss(scope.line, too_little, present=True))
    elif options.about_document and not _about(doc, context, found, answers, lexicon):
        misses.append(Miss(scope.line, _elsewhere(scope, answers, lexicon), present=True))
    if options.perspectives:
        missing = _unanswered(options.perspectives, judged, lexicon)
        if missing:
            misses.append(_perspectives_miss(scope, missing))
    if misses:
        return Outcome(tuple(misses))
    if not options.min_words:
        return passed(scope.line)
    fingerprint = shingles(b.text for s in found for b in s.blocks)  # for finding copies
    passage = Passage(scope.title, scope.line, fingerprint) if fingerprint else None
    return Outcome((), scope.line, passage=passage)


def _judged(
    doc: Document, context: Context, found: Sequence[Scope], scope: Scope, lexicon: Lexicon
) -> list[tuple[Sentence, Said | str, Sentence | None]]:
    """Each sentence of the review, what it does, and the label of the list item or paragraph
    it stands in ("Low digital literacy:"), if any; what is set aside before reading (a
    placeholder, a one-word dismissal, a prompt pasted back) is said too."""
    judged: list[tuple[Sentence, Said | str, Sentence | None]] = []
    title = frozenset(title_lemmas(doc, context))
    boxes = {task.line: task for task in doc.tasks}
    headed = {
        block.line: heading
        for s in found
        for block, heading in _under_headings(doc, context, s)
        if heading is not None
    }
    for block in (b for s in found for b in s.blocks):
        box = boxes.get(block.line)
        if box is not None and handles(box.text) and len(box.text.split()) <= _SIGNOFF_WORDS:
            reason: Said | str = "the sign-off line, not the review"  # judged by a11y-signoff
        elif content.is_placeholder(block.text, doc.references):
            reason = "a placeholder"
        elif content.is_dismissal(block.text):
            reason = Said.DISMISSAL
        elif content.is_echo(block.text, context.echoes):
            reason = "the template's words, or spec-gate's own help or example"
        else:
            row = _row_label(doc, context, block)
            if row is not None:  # a review table's row: whom it answers for, then the answer
                label, answer = row
                verdicts: list[Said | str] = [_A_LABEL, *(said(s, lexicon, title) for s in answer)]
                judged += _labelled([label, *answer], verdicts, lexicon, bold_lead=True)
                continue
            read_here = read(doc, context, [block])
            verdicts = [said(s, lexicon, title) for s in read_here]
            bold_lead = _bold_lead(block.text, read_here)
            judged += _labelled(read_here, verdicts, lexicon, bold_lead, headed.get(block.line))
            continue
        here = sentences([(block.full_text, block.line)], lexicon)
        judged += _labelled(here, [reason] * len(here), lexicon)
    titles = [(title, scope.line) for s in found for title in s.nested_titles]
    judged += [(s, said(s, lexicon, title), None) for s in read(doc, context, titles)]
    return judged


# A box naming a reviewer, in a line no longer than this: "Accessibility review signed off
# by @maria-a11y", not an answer ticked off that names who tested it.
_SIGNOFF_WORDS = 12
_A_LABEL = "a label"  # whom a paragraph answers for, in bold before the answer


def _other_topics(
    doc: Document, context: Context, found: Sequence[Scope], lexicon: Lexicon
) -> frozenset[str]:
    """The topics a review's heading names besides the review's own: "Privacy" and
    "Security" of "Accessibility, Privacy, and Security Considerations" (a heading that joins
    them, not "Accessibility testing methods", one topic told in three words)."""
    joining = lexicon["coordinators"]
    return frozenset(
        word
        for scope in found
        for sentence in read_heading(doc, context, scope.title, scope.line)
        if any(t.text in _JOINS or t.lemma in joining for t in sentence.tokens)
        for word in own_words(sentence, lexicon)
    )


_JOINS = frozenset({",", "&", "/", "+", "、", "，"})


def _aside(
    sentence: Sentence,
    verdict: Said | str,
    label: Sentence | None,
    others: frozenset[str],
    heading: patterns.Pattern,
    lexicon: Lexicon,
) -> Said | str:
    """What a sentence does, or that it is about another topic of the heading: said under a
    subsection or label of its own ("### Privacy", "**Security:**"), or that subsection's title.
    Not an answer though it speaks of data or a network: "data" under "Privacy" is the
    user's, not the cost of a slow connection."""
    if verdict is not Said.ANSWER:
        return verdict
    topic = label if label is not None else sentence
    if not _another_topic(topic, others, lexicon) or heading.search(topic.text) is not None:
        return verdict  # (a part titled for the review itself is the review)
    return f"a sentence about “{shorten(topic.text, 30)}”, another topic of the heading"


def _another_topic(topic: Sentence, others: frozenset[str], lexicon: Lexicon) -> bool:
    words = set(own_words(topic, lexicon))
    return bool(words) and words <= others and not _names_someone(topic, lexicon)


def _row_label(
    doc: Document, context: Context, block: Block
) -> tuple[Sentence, list[Sentence]] | None:
    """A table row whose first cell is one short sentence ("Someone unsure with forms
    (Maureen)"), and the sentences of its other cells: the first cell says whom the row
    answers for, even when the answer quotes a question it rewrote."""
    if len(block.cells) < _ROW_CELLS or not block.header:
        return None
    first = read(doc, context, [(block.cells[0], block.line)])
    answer = read(doc, context, [(" ".join(block.cells[1:]), block.line)])
    if len(first) != 1 or not answer or len(first[0].tokens) > _ROW_LABEL_WORDS:
        return None
    return first[0], answer


_ROW_CELLS = 2
_ROW_LABEL_WORDS = 16


def _bold_lead(text: str, read_here: Sequence[Sentence]) -> bool:
    """Whether the paragraph opens with a label in bold that is a sentence of its own
    ("**Persone con poca dimestichezza con la tecnologia.** La tessera è..."): whom the
    paragraph answers for, said before the answer."""
    lead = _BOLD_LEAD.match(text)
    if lead is None or len(read_here) < 2:
        return False
    bold = " ".join(lead.group(1).split()).rstrip(".:!")
    return read_here[0].text.rstrip(".:!").endswith(bold[-_BOLD_TAIL:])


_BOLD_LEAD = re.compile(r"^\s*\*\*([^*\n]{3,200}?)\*\*")
_BOLD_TAIL = 20  # characters that tell the bold span and the first sentence end together


def _under_headings(
    doc: Document, context: Context, scope: Scope
) -> Iterator[tuple[Block, Sentence | None]]:
    """Each block of ``scope`` with the heading of the subsection it stands in, if any: a
    review with a heading per person ("### Low digital literacy") answers for that person
    in the paragraphs under it, which need not name them again."""
    titles: dict[int, Sentence | None] = {}
    for block in scope.blocks:
        if block.section == scope.section_index or block.section < 0:
            yield block, None
            continue
        if block.section not in titles:
            section = doc.sections[block.section]
            said_there = read_heading(doc, context, section.title, section.line)
            titles[block.section] = said_there[0] if len(said_there) == 1 else None
        yield block, titles[block.section]


def _labelled(
    read_here: Sequence[Sentence],
    verdicts: Sequence[Said | str],
    lexicon: Lexicon,
    bold_lead: bool = False,
    heading: Sentence | None = None,
) -> list[tuple[Sentence, Said | str, Sentence | None]]:
    """Each sentence and its verdict with the label it stands under: its own ("Assistive
    technology: ..."), else the last one before it in the same list item or paragraph, or
    the paragraph's bold first sentence (``bold_lead``), which is a label and no answer.
    What follows a dismissal under the same label is its excuse ("Not applicable. Our users
    are all used to smartphones."), unless it tells of a test run ("we tested it with...")."""
    found: list[tuple[Sentence, Said | str, Sentence | None]] = []
    label = heading  # the subsection's heading, until a label of the paragraph's own
    dismissed = False
    for index, (sentence, verdict) in enumerate(zip(read_here, verdicts, strict=True)):
        if bold_lead and index == 0:
            label = sentence
            found.append((sentence, _A_LABEL, label))
            continue
        own = _label(sentence)
        if own is not None and index > 0 and not _names_someone(own, lexicon):
            own = None  # "... Nothing to opt in to: it applies automatically.": a colon in prose
        if own is not None:
            label, dismissed = own, False
        excuse = (
            dismissed
            and verdict is Said.ANSWER
            and not lexicon["tests_run"].found_in(sentence.lemmas)
            and _of_the_audience(sentence, lexicon)
        )
        dismissed = dismissed or verdict is Said.DISMISSAL
        found.append((sentence, Said.DISMISSAL if excuse else verdict, label))
    return found


def _of_the_audience(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a sentence after a dismissal speaks of the people ("Our users are all used to
    smartphones", "they all have fibre"): an excuse; not of the design ("The number is made
    on the server; there is no new script or request"), which is why it is safe for them."""
    people = lexicon["people"].words | lexicon["generic_people"].words
    return not people.isdisjoint(sentence.lemmas)


def _names_someone(label: Sentence, lexicon: Lexicon) -> bool:
    """Whether a label names one of the three users (or anyone): a label that opens a
    sentence inside an answer only starts another answer when it says for whom."""
    return any(topic_in(label, lexicon, name) for name in PERSPECTIVES) or any(
        t.lemma in lexicon["people"] for t in label.tokens
    )


def _label(first: Sentence) -> Sentence | None:
    """The words before a colon that opens a list item or paragraph: whom it answers for."""
    end = label_end(first)
    if not end:
        return None
    text = first.text.replace("：", ":").split(":", 1)[0]
    return Sentence(text, first.line, first.tokens[:end])


def _too_little(
    scope: Scope, words: int, needed: int, aside: Sequence[tuple[Sentence, Said | str]]
) -> str:
    has = "no answers" if not words else f"{words} words of answers"
    detail = f"{scope.describe()} has {has} (it needs at least {needed})"
    if aside:
        quoted = "; ".join(f"“{shorten(s.text, 50)}” is {_what(v)}" for s, v in aside[:_SHOWN])
        more = f" and {len(aside) - _SHOWN} more" if len(aside) > _SHOWN else ""
        detail += f": set aside, {quoted}{more}"
    return detail


def _what(verdict: Said | str) -> str:
    return verdict.value if isinstance(verdict, Said) else verdict


def _about(
    doc: Document,
    context: Context,
    found: Sequence[Scope],
    answers: Sequence[Sentence],
    lexicon: Lexicon,
) -> bool:
    """Whether the answers share a word of their own with the rest of the document, where
    it is written in the review's language (a review in Chinese in an English spec can only
    be compared with what the spec says in Chinese)."""
    inside = {id(b) for s in found for b in s.blocks}
    spoken = language.by_section(doc)
    review = {spoken[b.section] for s in found for b in s.blocks if b.section >= 0}
    rest = [
        b
        for b in doc.blocks
        if id(b) not in inside and b.section >= 0 and spoken[b.section] in review
    ]
    titles = [(s.title, s.line) for s in doc.sections[:1]]
    elsewhere = {w for s in read(doc, context, [*rest, *titles]) for w in own_words(s, lexicon)}
    if len(elsewhere) < _ABOUT_MIN:
        return True  # too little said elsewhere to tell what the document is about
    mine = {w for s in answers for w in own_words(s, lexicon)}
    return bool({_stem(w) for w in mine} & {_stem(w) for w in elsewhere})


def _stem(word: str) -> str:
    """Near enough to tell "retry" and "retries", "checkout" and "check-out" are one word."""
    return word.replace("-", "")[:_STEM]


_STEM = 5


_ABOUT_MIN = 25  # words of its own the rest of a document needs before a review can be off topic


def _elsewhere(scope: Scope, answers: Sequence[Sentence], lexicon: Lexicon) -> str:
    said = {w for s in answers for w in own_phrases(s, lexicon)}
    # words first, a lone character ("し" between two stopwords) last
    words = sorted(said, key=lambda w: (not any(c.isalpha() for c in w), len(w) == 1, w))[:4]
    spoken = ", ".join(f"“{w}”" for w in words)
    return (
        f"{scope.describe()} shares no words with the rest of the document (it speaks of "
        f"{spoken}): a review of another feature says nothing about this one"
    )


def _unanswered(
    perspectives: Sequence[Perspective],
    judged: Sequence[tuple[Sentence, Said | str, Sentence | None]],
    lexicon: Lexicon,
) -> list[tuple[Perspective, Sentence | None, Said | str | None]]:
    """Each perspective no sentence answers, with the sentence that named it and what it did.
    A list item labelled for one perspective ("Low digital literacy: ...") answers for that
    one alone: "it works offline" said there does not answer for a slow connection."""
    missing = []
    for perspective in perspectives:
        named = []
        for sentence, verdict, label in judged:
            labelled = [p for p in perspectives if label is not None and _labels(p, label, lexicon)]
            if len(labelled) == 1:
                if labelled[0] is perspective:
                    named.append((sentence, verdict))
            elif _names(perspective, sentence, lexicon):
                named.append((sentence, verdict))
        if any(verdict is Said.ANSWER for _, verdict in named):
            continue
        first = named[0] if named else (None, None)
        missing.append((perspective, *first))
    return missing


def _labels(perspective: Perspective, label: Sentence, lexicon: Lexicon) -> bool:
    """Whether a list item's label names the perspective: in the document's language, or in
    English, the shared template's ("- Low digital literacy: 三人とも説明なしで...")."""
    if _names(perspective, label, lexicon):
        return True
    if lexicon.language == "en" or perspective.topic is None:
        return False
    english = vocabulary("en")
    words = [t.lower for t in label.tokens if t.kind is Kind.WORD and t.lower.isascii()]
    name = f"perspective_{perspective.topic}"
    return bool(words) and english[name].found_in([english.lemma(w) for w in words])


def _names(perspective: Perspective, sentence: Sentence, lexicon: Lexicon) -> bool:
    if perspective.topic is not None and topic_in(
        sentence, lexicon, f"perspective_{perspective.topic}"
    ):
        return True
    return perspective.pattern is not None and (
        patterns.compile(perspective.pattern).search(sentence.text) is not None
    )


def _perspectives_miss(
    scope: Scope, missing: Sequence[tuple[Perspective, Sentence | None, Said | str | None]]
) -> Miss:
    unnamed = [p.name for p, sentence, _ in missing if sentence is None]
    parts = [f"{scope.describe()} does not mention {'; '.join(unnamed)}"] if unnamed else []
    for perspective, sentence, verdict in missing:
        if sentence is not None and verdict is not None:
            parts.append(
                f"{perspective.name} is answered only with {_what(verdict)} "
                f"(“{shorten(sentence.text, 60)}”)"
            )
    examples = [p.example for p, _, _ in missing if p.example]
    help_text = ""
    if examples:
        lines = "\n".join(f"- {e}" for e in examples)
        help_text = (
            "Add a line for each user the review leaves out: what was decided, tested or "
            f"measured for them in this design, for example:\n\n{lines}"
        )
    return Miss(scope.line, "; ".join(parts), help=help_text, present=True)


def describe(options: Options) -> str:
    text = f"a review under a heading matching /{options.heading}/"
    if options.min_words:
        text += f" with at least {options.min_words} words of answers (not promises, questions, "
        text += "deferrals, dismissals, claimed qualities or bare marks)"
    if options.about_document:
        text += ", about this document"
    if options.perspectives:
        text += ", answering for each of: " + "; ".join(p.name for p in options.perspectives)
    return text
