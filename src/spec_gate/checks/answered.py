"""``answered``: a question put to someone, answered in any words; the answer is never judged.

The question is wherever a writer puts one: a heading, a bold or plain label, the first cell
of a table row, or the start of a line (``**How are you?** (Sam asked) "Fine."``). The answer
is what follows it in the writer's own words: not left as the template had it, not a
placeholder (``TBD``, ``<your answer>``, GitHub's ``_No response_``, "to fill in"), not only a
note of who asked. "Fine", "exhausted after three night pages", "meh" and "I'd rather not say"
are all answers. A finding never quotes what was written there.

```yaml
check:
  answered:
    heading: "how are you|state check"
```
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Outcome,
    Scope,
    heading_text,
    in_reading_order,
    is_guidance,
    is_title,
    lexicon_of,
    missed,
    pasted_lines,
    read,
    reading,
    run_in_scopes,
    scopes,
    shorten,
    titled,
)
from spec_gate.checks.frontmatter import filled_in, lookup
from spec_gate.document import Block, Context, Document, Section, content
from spec_gate.patterns import Regex
from spec_gate.reading.language import in_every_language
from spec_gate.reading.lexicon import NOUNS_CAPITALISED, Lexicon, WordClass, as_written
from spec_gate.reading.text import (
    Kind,
    Sentence,
    Token,
    has_cjk,
    plain,
    substantial,
    tokenize,
    unspaced,
    words_of,
)
from spec_gate.reading.turns import Turn, speaker_of, turns, without_speaker

NAME = "answered"

_PARTS_SHOWN = 4  # of the document's own headings, when none is the part asked for
# What a GitHub issue form writes for a field left empty.
_NO_RESPONSE = patterns.LaterRe(r"^\s*_?no response_?\s*$", re.IGNORECASE)
# Saying there was no answer is none: "(no reply - Raj had already logged off)".
_NO_REPLY = patterns.LaterRe(
    r"^[\W_]*(?:no (?:reply|answer|response)|(?:did not|didn't|never) (?:reply|answer|respond|"
    r"get to it)|not (?:answered|asked)|unanswered|skipped)\b",
    re.IGNORECASE,
)
# A template's instruction left in place: "(outgoing to fill in after the call)", and as the
# other built-in languages write it ("à compléter", "por completar", "auszufüllen").
_TO_FILL = patterns.LaterRe(
    r"\bto (?:be )?fill(?:ed)? in\b|\bfill (?:this|it|me) in\b"
    r"|\bà (?:compléter|remplir|renseigner)\b|\bpor (?:completar|rellenar)\b"
    r"|\ba (?:completar|preencher)\b|\bauszufüllen\b|\bzu ergänzen\b|\bda compilare\b"
    r"|\b(?:nog )?in te vullen\b",
    re.IGNORECASE,
)
# Who asked is no answer: "(Sam asked over coffee) —", "Asked by Priya.", "Omar asked."
_ASKED = patterns.LaterRe(
    r"""^[\s(*_]*(?:
        asked\ by\ [^).;:—–\n]{1,40}
        |(?:[@\w.'-]+\ ){1,2}ask(?:ed|ing)(?:\ (?:on|in|over|at|during|via)\ [^).;:—–\n]{1,40})?
    )[\s)*_]*[.,;:—–-]*\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# "Nothing open", "No open incidents", "All quiet": an explicit nothing, said anywhere.
# ...and as the other built-in languages say it: "Nichts offen", "Rien d'ouvert", "なし".
_NOTHING = patterns.LaterRe(
    r"^\W*(?:(?:none|nothing|nichts|rien|nada|niente|nulla|niets|ingenting)\b[\w\s'’]{0,30}"
    r"|(?:特に)?なし|ありません|无|没有|없음|없습니다)\W*$",
    re.IGNORECASE,
)
_NOTHING_OPEN = patterns.LaterRe(
    r"^\W*(?:(?:nothing|no|none)\b[^.\n]{0,30}\b(?:open|outstanding|pending|in flight|ongoing|"
    r"active|to hand over|handed over)\b|all quiet\b)",
    re.IGNORECASE,
)
_TICK_MARKS = patterns.LaterRe("[\u2705\u2714\u2713\u2611\ufe0f]")  # ✅ ✔ ✓ ☑, and emoji form
_OPENING = 120  # characters: how far into a paragraph a question is looked for
# "How you can re-run it", "how to": a procedure, not a question about the person.
_PROCEDURE = patterns.LaterRe(
    r"\bhow (?:(?:you|u|we|they|i) (?:can|could|should|would|will|might|must|need|have)|to)\b",
    re.IGNORECASE,
)
_QUESTION_TAIL = 60  # characters of a question after its key words ("... after all that?")
# Where a question at the start of a line ends: after a bold span, a colon, a question mark
# or a dash, within a line's first words.
_LEAD = patterns.LaterRe(
    r"^\s*\*\*(?P<bold>[^*\n]{1,80})\*\*|^(?P<plain>[^:?\n|]{1,80}?(?:\?|:|\s[—–-]\s))"
)

_BOLD_LEAD = patterns.LaterRe(r"^\s*\*\*[^*\n]{1,80}\*\*")


@dataclass(frozen=True, slots=True)
class Options:
    """A question put to someone, answered in any words; the answer is never judged or quoted."""

    __pydantic_config__ = STRICT

    heading: Regex
    """the question: headings, labels, table rows or line starts that ask it (the first
    answered one passes)"""
    nothing: bool = False
    """“None”, “Nothing open” or “All quiet” anywhere is an answer (a handoff with nothing
    to hand over)"""
    asks: str = ""
    """the question in words, for findings (“How are you?”); default: the pattern"""
    fields: tuple[str, ...] = ()
    """front-matter fields that answer it when filled in (``mood: tired``)"""
    inline: Regex | None = None
    """the question as it may stand inside a paragraph's first words (“Yusuf asked Beatriz
    how she's holding up: …”): a pattern narrower than ``heading``, since any sentence may
    say “how” and “you”"""
    reported: bool = False
    """the person's own word on how they are, in the first person, answers unasked ("Me:
    wiped, taking Friday off", "I'm tired but fine"; not "I'm fine with the rollback")"""
    specific: bool = False
    """the answer names what it is about (a ticket, an incident, words of its own) or says
    there is nothing: not only “the usual”, “same as last week” or “ask me” (for open work,
    never for how someone is)"""
    listed: bool = False
    """in a document with no such part at all, a list of two or more items that each name
    something specific, under its title, answers (a handover written as a bare list)"""
    told: bool = False
    """in a document with no such part at all, two or more things named by a number or a
    ticket (“Bin 7”, “WO-1188”), each beside words that put work to the next person (an
    obligation, a request, “please”, “you”, a word of open work), told in prose or a chat
    (a handover written with no part for it)"""
    personal: bool = False
    """the answer is about the person asked: one that gives only the systems' state (“all
    green”, “Tutto verde! I sistemi sono stabili”) or only the team's (“the team held up,
    morale's good”) does not count"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    pattern = patterns.compile(options.heading)
    first: int | None = None
    discarded: tuple[str, str] | None = None  # the first answer set aside, and why

    def judged(texts: Iterable[str]) -> bool:
        nonlocal discarded
        for text in texts:
            why = set_aside(text, doc, context, options.nothing, options.specific, options.personal)
            if not why:
                return True
            if discarded is None and why != _NOTHING_WRITTEN:
                discarded = (text, why)
        return False

    for data, line in filled_in(doc):  # the front matter, and YAML or JSON pasted in a fence
        for value in _fields(data, options.fields, pattern):
            if judged([_flat(value)]):
                return Outcome((), line)
            first = line if first is None else first
    inline = patterns.compile(options.inline) if options.inline else None
    for line, answers in questions(doc, pattern, inline, options.personal):
        if judged(answers):
            return Outcome((), line)  # no passage: an answer is never compared or quoted
        first = line if first is None else first
    if options.nothing and (
        any(_NOTHING_OPEN.match(_plain(b.full_text)) for b in doc.blocks) or _nothing_left(doc)
    ):
        return Outcome((), first)
    if options.reported and (said := _reported(doc, context)) is not None:
        return Outcome((), said)  # the answer, unasked: never compared or quoted
    if options.reported and (said := _checked_in(doc, context, pattern)) is not None:
        return Outcome((), said)
    if first is None and options.listed and (said := _listed(doc, context)) is not None:
        return Outcome((), said)
    if first is None and options.told and (said := _told(doc, context)) is not None:
        return Outcome((), said)
    if first is None:
        asks = f"“{options.asks}”" if options.asks else f"/{options.heading}/"
        seen = [heading_text(s.title) for s in doc.sections if not is_title(doc, s)]
        if seen:
            has = ", ".join(f"“{shorten(t, 40)}”" for t in seen[:_PARTS_SHOWN])
            return missed(
                1, f"no part for it among {has}: add a heading, label or line such as {asks}"
            )
        return missed(1, f"no part for it: no heading, label or line such as {asks}")
    if discarded is not None:
        text, why = discarded
        # How someone is stays theirs: what was set aside is said, never quoted.
        shown = "what is written" if options.personal else f"“{shorten(_what_is_said(text), 60)}”"
        return missed(first, f"the question is asked but not answered: {shown} {why}", near=True)
    unanswered = f"the question is asked but not answered: {_NOTHING_WRITTEN} under it"
    return missed(first, unanswered, near=True)


def private_lines(doc: Document, options: Options, context: Context) -> set[int]:
    """The lines that hold a person's answer about themselves, as this check finds it (under
    the question's heading or label, after the question in a line or a chat turn, or said
    unasked: "Me: wiped, taking Friday off"): no other rule may quote or judge them. Empty
    for a question about work (``personal`` off)."""
    if not options.personal:
        return set()
    pattern = patterns.compile(options.heading)
    lines: set[int] = set()
    for scope in scopes(doc, pattern):
        last = max((b.line + b.text.count("\n") for b in scope.blocks), default=scope.line)
        lines.update(range(scope.line, max(scope.end_line, last + 1)))
    inline = patterns.compile(options.inline) if options.inline else None
    answers: list[str] = []
    for line, texts in questions(doc, pattern, inline, True):
        lines.add(line)
        answers += texts
    for block in doc.blocks:
        if any(text.strip() and text.strip() in block.text for text in answers):
            lines.update(range(block.line, block.line + block.text.count("\n") + 1))
    for said in (_reported(doc, context), _checked_in(doc, context, pattern)):
        if said is not None:
            lines.update((said, said + 1))  # the turn, and the answer in the next one
    return lines


def questions(
    doc: Document,
    pattern: patterns.Pattern,
    inline: patterns.Pattern | None = None,
    personal: bool = False,
) -> Iterator[tuple[int, list[str]]]:
    """Each place ``doc`` asks the question, with the texts that may answer it (``personal``:
    the question after the person, also in a state check's words inside a longer question put
    to "you": "Und wie geht's dir nach dem Wochenende?")."""
    unticked = {task.line for task in doc.tasks if not task.checked}
    asking = list(scopes(doc, pattern))  # the parts a heading or label titles as asking it
    for scope in asking:
        if not scope.is_label and _over_its_parts(doc, doc.sections[scope.section_index]):
            continue  # "# Übergabe, Woche 12", "# オンコール引き継ぎ": what the document is
        if scope.is_label and scope.line in unticked:
            continue  # "- [ ] Check in with outgoing: ...": a step not taken asks nothing
        own = _own_blocks(doc, scope, unticked)
        yield scope.line, [_past_the_question(b.text, scope.title) for b in _not_replies(own)]
    yield from (
        _titled_in_other_words(doc, pattern, unticked)
        if personal
        else _titled_by_a_line(pattern, unticked, {s.line for s in asking}, doc)
    )
    pasted = {block.line for block in pasted_lines(doc)}
    blocks = in_reading_order(doc)
    for index, block in enumerate(blocks):
        if block.line in unticked:
            continue  # "- [ ] Check in with the outgoing: how are you?": a step not taken
        text = block.text
        if block.line in pasted and (spoken := speaker_of(text)) is not None:
            text = spoken[1]  # "[09:06] <kestrel> still open: INFRA-212": what is said
        if block.cells:  # a table: the question in a row's first cell, or a column's title
            if pattern.search(block.cells[0]) is not None:
                yield block.line, [" ".join(block.cells[1:])]
            for title, cell in zip(block.header, block.cells, strict=False):
                if pattern.search(title) is not None:
                    yield block.line, [cell]
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        yield from _labels_within(block, following, pattern)
        # The question at the start of a line, or anywhere in its first words ("Yusuf asked
        # Beatriz how she's holding up: ..."); the answer after it, or in the next paragraph
        # when the question stands alone ("How are you holding up?" / "> tired").
        lead = _LEAD.match(text)
        said = _bare((lead.group("bold") or lead.group("plain") or "") if lead else "")
        if _PROCEDURE.search(said) or _PLANNING.search(said):
            said = ""  # "how you can re-run the export:" asks how to do something, not how you are
        found = pattern.search(said) if said else None
        end = lead.end() if found is not None and lead is not None else None
        # "*If nothing is open...*"
        guidance = inline is not None and is_guidance(text, lexicon_of(doc))
        if end is None and inline and not guidance and (inside := _asked_inline(text, inline)):
            end = inside.end()
        in_turn = end is None and inline is not None and not guidance
        loose = False  # asked in other words: only an answer that says how they are counts
        generic = False  # ...and in none of a state check's words ("hoe is het met jou?")
        if in_turn:
            end, loose, generic = _asked_in_turn(
                text, pattern, lexicon_of(doc) if personal else None
            )
        if end is None:
            continue
        by_label = found is not None and lead is not None  # "**How are you?** Tired."
        answers = _answers(doc, block, following, text[end:], in_turn, by_label, loose)
        if generic:
            if not _says_how(answers[0], doc):
                answers[0] = ""  # "Hoe kom je morgen bij het gemaal? Neem de A1.": no answer
            # Asked in words of its own in a thread, the answer may come a message later:
            # after a signature and the reply's header ("Daar wil ik liever niet over hebben").
            answers += _told_later(blocks[index + 1 : index + 1 + _LATER_BLOCKS], block, doc)
        yield block.line, answers


def _own_blocks(doc: Document, scope: Scope, unticked: set[int]) -> list[Block]:
    """The paragraphs that answer a part: a section's own, not its subsections' (the answer
    stands under the question). A list of boxes to tick ("[ ] ok [ ] tired") answers with the
    boxes ticked, not with the choices offered."""
    own = [
        b
        for b in scope.blocks
        if (scope.is_label or b.section == scope.section_index) and b.line not in unticked
    ]
    if not scope.is_label and is_title(doc, doc.sections[scope.section_index]):
        # "# Depot handover" over "**Open work:** ...", "**Pages:** 4": what the labels
        # title is theirs, not the title's
        labelled = [label.line for label in doc.labels if label.section == scope.section_index]
        return [b for b in own if b.line < min(labelled, default=b.line + 1)]
    if scope.is_label:
        # "**Pendiente:** lo de siempre." over "**¿Cómo estás?** ...": a bold lead opens the
        # next part, a question's or another label's
        after = next((i for i, b in enumerate(own) if i and _BOLD_LEAD.match(b.text)), None)
        return own[:after]
    return own


def _titled_by_a_line(
    pattern: patterns.Pattern, unticked: set[int], headed: set[int], doc: Document
) -> Iterator[tuple[int, list[str]]]:
    """A part titled by a plain line or the opening of its paragraph, with what follows it,
    where no heading or label (at ``headed``) asks already: "Ce qui reste pour toi. Un, le
    bus 214, ...", "■ 未完了・要フォロー" over its numbered lines. Not how someone is, nor a
    question standing alone: those are answered beside the question (a checklist's
    "Befinden abgefragt" is not the title of the lines after it)."""
    for scope in run_in_scopes(doc):
        if (
            scope.line not in headed
            and not scope.title.rstrip().endswith(("?", "？"))
            and titled(pattern, scope.title)
        ):
            own = [b for b in scope.blocks if b.line not in unticked]
            yield scope.line, [b.text for b in _not_replies(own)]


def _titled_in_other_words(
    doc: Document, pattern: patterns.Pattern, unticked: set[int]
) -> Iterator[tuple[int, list[str]]]:
    """A part titled as asking how someone is in words of its own ("## Wie geht's mir",
    "## Hvordan har du det etter uka"), with what under it says how they are."""
    lexicon = lexicon_of(doc)
    for section in doc.sections:
        title = heading_text(section.title)
        if pattern.search(title) is not None or not _asks_how_one_is(
            tokenize(plain(title), lexicon), lexicon
        ):
            continue
        own = [
            _said(b)
            for b in doc.section_blocks(section)
            if b.section == section.index and b.line not in unticked
        ]
        yield section.line, [text for text in own[:_OWN_BLOCKS] if _says_how(text, doc)]


_OWN_BLOCKS = 2  # paragraphs under a part's title where how the person is may be said


def _answers(
    doc: Document,
    block: Block,
    following: Block | None,
    rest: str,
    in_turn: bool,
    by_label: bool,
    loose: bool,
) -> list[str]:
    """What may answer a question asked in ``block``, ``rest`` being what follows it there:
    the rest of the paragraph, or the next one when nothing but more asking follows it
    (``loose``: asked in other words, where the next paragraph counts only when it says how
    the person is)."""
    asked = rest.find("?", 0, _QUESTION_TAIL)  # "how are you doing after all that?"
    if asked >= 0 and "\n" not in rest[:asked]:
        rest = rest[asked + 1 :]
    # What a chat's turn says after its question is the asker's ("How are you? Tuesday
    # looked heavy."): the answer is the next turn.
    questioned = in_turn or (not by_label and asked >= 0)
    if questioned and turns([(block.text, block.line)]):
        rest = ""
    if _only_asks(rest, doc):
        rest = ""  # "How are you? Please let me know.": the asker's, asking for it
    # Asked, and nothing but more questions after it ("Need anything?"): the answer is
    # the next paragraph, as the next turn of a chat answers the one before.
    alone = (
        _only_questions(rest)
        and following is not None
        and following.section == block.section
        and not (block.lead and following.lead == block.lead)  # the asker's own next turn
        and not (questioned and _same_speaker(block, following))  # asked, not a list's label
    )
    after = [_said(following)] if alone and following is not None else []
    if loose:
        after = [a for a in after if _says_how(a, doc)]
    return [rest, *after]


def _told_later(later: Sequence[Block], asking: Block, doc: Document) -> list[str]:
    """The sentences of the next few paragraphs of the question's section where someone says
    how they are, in the first person, or that they would rather not say."""
    lexicon = lexicon_of(doc)
    first = as_written(lexicon, "the_writer_as_written")
    states = (lexicon["own_state"], lexicon["strain"])
    declining = [entry.lower() for entry in lexicon.entries("not_saying")]
    asker = _speaker(asking)
    told = []
    for block in later:
        if block.section != asking.section:
            break
        if asker is not None and _speaker(block) == asker:
            continue  # the asker's own next message ("cansada também, vou dormir")
        for found in _SENTENCE.finditer(_said(block)):
            sentence = found.group(0).strip()
            if any(entry in sentence.lower() for entry in declining):
                told.append(sentence)
                continue
            words = [t for t in tokenize(plain(sentence), lexicon) if t.kind is Kind.WORD]
            lemmas = [t.lemma for t in words]
            if (
                any(t.lower in first for t in words) or lexicon["the_writer"].found_in(lemmas)
            ) and any(state.found_in(lemmas) for state in states):
                told.append(sentence)  # "Et pour moi : j'ai connu mieux ... mais ça va"
    return told


_LATER_BLOCKS = 6  # paragraphs after the one under a question: a signature, a reply's header


def _speaker(block: Block) -> str | None:
    """Who writes a paragraph, when a chat's header over it or its opening names them."""
    found = speaker_of(block.lead) if block.lead else None
    if found is None:
        found = speaker_of(block.text)
    return found[0] if found is not None else None


def _not_replies(blocks: list[Block]) -> list[Block]:
    """A part's paragraphs up to the first that opens someone's message, when the part does
    not open with one: under "How are you?", the writer's own answer, then a colleague's
    comment ("**Mirjam Bos** · 06:02 Dank je Joost!"), which is theirs, not the answer."""
    if not blocks or _a_message(blocks[0]):
        return blocks
    replied = next((at for at, block in enumerate(blocks) if _a_message(block)), len(blocks))
    return blocks[:replied]


def _a_message(block: Block) -> bool:
    """Whether a paragraph opens with a chat's or a thread's speaker."""
    opening = _with_its_speaker(block).split("\n", 1)[0]
    return speaker_of(opening) is not None


def _past_the_question(text: str, question: str) -> str:
    """An answer without the question's own words opening it, its ticks kept: under "Health
    check", "☑ Health check done" says only "☑ done" ("☑ 体調確認済" under "体調確認")."""
    asked = _bare(heading_text(question)).lower()
    said = _TICK_MARKS.sub("", text).strip()
    if not asked or not said.lower().startswith(asked):
        return text
    ticks = "".join(_TICK_MARKS.findall(text))
    return f"{ticks} {said[len(asked) :]}".strip()


def _labels_within(
    block: Block, following: Block | None, pattern: patterns.Pattern
) -> Iterator[tuple[int, list[str]]]:
    """A label opening a later line of a paragraph, after a chat's speaker if there is one
    ("[07:04] Rita: Em aberto:", "Offen:" under a line of figures): the answer is the rest
    of the paragraph, or the next one (a list) when nothing follows the label."""
    lines = block.text.split("\n")
    for at in range(1, len(lines)):
        line = lines[at]
        spoken = speaker_of(line)
        if spoken is not None:
            line = spoken[1]
        if not _opens_part(line):
            continue  # a question inside a paragraph is read as one (_asked_in_turn)
        lead = _LEAD.match(line)
        said = _bare((lead.group("bold") or lead.group("plain") or "") if lead else "")
        if lead is None or not said or pattern.search(said) is None:
            continue
        under = list(itertools.takewhile(lambda later: not _opens_part(later), lines[at + 1 :]))
        rest = "\n".join([line[lead.end() :], *under]).strip()
        after = following.text if following is not None and not rest else ""
        yield block.line + at, [rest, after] if after else [rest]


def _opens_part(line: str) -> bool:
    """Whether a line opens a part of its own: a speaker's turn or a label ("Pages: 4")."""
    if speaker_of(line) is not None:
        return True
    lead = _LEAD.match(line)
    # (a question as a form's label: "Hoe gaat het met jou?: Rustig in de haven")
    return lead is not None and (
        lead.group("bold") is not None or ":" in line[lead.end() - 1 : lead.end() + 1]
    )


def _bare(label: str) -> str:
    """A label without the marks around its words: an emoji or bullet before it, a colon
    after it ("😵‍💫 컨디션:", "📟 Pages:")."""
    start = next((i for i, c in enumerate(label) if c.isalnum() or c in "¿¡"), len(label))
    return label[start:].rstrip(" :：")


def _said(block: Block) -> str:
    """What a paragraph says, without the speaker's name and time that open a chat's turn
    ("**dana-k** commented on Aug 12" says nothing)."""
    first, _, rest = block.text.partition("\n")
    spoken = speaker_of(first)
    return "\n".join(filter(None, [spoken[1], rest])).strip() if spoken else block.text


def _same_speaker(block: Block, following: Block) -> bool:
    """Whether the paragraph after a chat's turn is the same speaker's next turn (named in
    the text, or in a chat tool's header over it: "**Luana Prado, [14.03.24 07:06]**")."""
    before = turns([(block.text, block.line)])
    if not before:  # each under a chat tool's header: "**Luana Prado, [14.03.24 07:04]**"
        asker = speaker_of(block.lead) if block.lead else None
        next_one = speaker_of(following.lead) if following.lead else None
        return asker is not None and next_one is not None and next_one[0] == asker[0]
    after = turns([(following.text, following.line)])
    return bool(after) and after[0].speaker == before[-1].speaker


def _over_its_parts(doc: Document, section: Section) -> bool:
    """Whether ``section`` is the document's title with parts of its own under it, or a
    title that names what the document is and whose it is ("# 交接班记录表 — 三号蚕房",
    "# Relevo de guardia: semana 12"); a title alone over its text may be the question
    ("# Open work")."""
    if not is_title(doc, section):
        return False
    return (len(doc.sections) > 1 and doc.sections[1].parent == 0) or (
        _NAMED_AFTER.search(section.title) is not None
        and _HANDOVER.search(section.title) is not None
    )


# A title's name for the document, then whose or when it is: "— 三号蚕房", ": semana 12".
_NAMED_AFTER = patterns.LaterRe(r"\S\s+[—–-]\s+\S|\S:\s+\S|\S\s*[|·]\s*\S")
# The ritual's own name, as a document's title says it (not "Open work — payments", which
# asks the question for a team).
_HANDOVER = patterns.LaterRe(
    r"(?i)hand[- ]?(?:over|off)|übergabe|overdracht|overlevering|vaktbytte|relevo|traspaso"
    r"|passation|passagem|consegne|引き?継ぎ|交接|交班|인계"
)


def _listed(doc: Document, context: Context) -> int | None:
    """The line of a bare list under the document's title (or before any heading) whose items,
    two or more, each name something specific with a mark of the work (a ticket, a number, a
    time: "Quarto 412: hóspede chega tarde, chave na gaveta 2"), not a figure under its label
    ("Pages: 3") nor "the usual, see the dashboard": what a handover written without a part
    for it hands over."""
    outside = {-1} | {s.index for s in doc.sections if is_title(doc, s)}
    depth = min((i.depth for i in doc.items), default=0)
    top = [i for i in doc.items if i.section in outside and i.depth == depth]
    lexicon = lexicon_of(doc)
    named = [
        i
        for i in top
        if _FIGURE_UNDER_LABEL.match(i.text) is None
        and len(i.text.split()) >= _LISTED_WORDS
        and any(t.kind in _ABOUT_WORK for t in tokenize(plain(i.text), lexicon))  # "412", "8h15"
        and not _vague(i.text, lexicon)
        and answer(i.text, doc, context, specific=True)
    ]
    return named[0].line if len(named) >= _LISTED_ITEMS else None


def _told(doc: Document, context: Context) -> int | None:
    """The line of the first of two or more things handed over in the handoff's prose or
    chat, with no part titled for them: a sentence naming a thing by its number or ticket
    ("Bin 7", "Mappe 17", "O 214", "3号タンク", "WO-1188") that, or the sentence next to it,
    puts work to the next person (an obligation, a request, "please", "you", a word of open
    work): "Check again at 08:00 and if it's still climbing we need to turn the bin", "é
    preciso alguém ligar-lhe antes das 10h", "HT-8812 ist aber noch offen". Not a question,
    nor "see the board" or "the usual"; a time, a phone number or a chat's header names no
    thing ("call me on 555-0101 until 23:00", "you're on call until 08:00")."""
    lexicon = lexicon_of(doc)
    handing = _handing_words(lexicon)
    found: list[int] = []
    counted = _number_words(lexicon)
    for block in in_reading_order(doc):
        if block.cells or (
            _DIGITS.search(block.text) is None and counted.search(block.text) is None
        ):
            continue  # (a paragraph with no figure names no thing: most are read no further)
        said = "\n".join(without_speaker(line) for line in block.text.split("\n"))
        put_before = False  # the sentence before puts work to the next person
        waiting: int | None = None  # a thing named just before, its work not yet put
        for sentence in reading(doc, context, [(said, block.line)]):
            if sentence.tokens[-1:] and sentence.tokens[-1].text in ("?", "？"):
                continue
            if _vague(sentence.text, lexicon):
                continue
            puts = _puts_work(sentence, handing)
            if waiting is not None and puts:
                found.append(waiting)
            waiting = None
            # A count in words names a thing only where the sentence itself hands it over,
            # and does not thank for it ("Thanks for the two reports you wrote").
            in_words = puts and not lexicon["praise"].found_in(sentence.lemmas)
            if _names_a_thing(sentence.tokens, lexicon, in_words):
                if puts or put_before:
                    found.append(sentence.line)
                else:
                    waiting = sentence.line
            put_before = puts
            if len(found) >= _LISTED_ITEMS:
                return found[0]
    return None


def _puts_work(sentence: Sentence, handing: _Handing) -> bool:
    """Whether a sentence puts work to the next person, in its language's words."""
    words = [t for t in sentence.tokens if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in words]
    lowered = [t.lower for t in words]
    return (
        any(c.found_in(lemmas) or c.found_in(lowered) for c in handing.classes)
        or any(w in handing.written for w in lowered)
        or any(w in sentence.text for w in handing.unspaced)
    )


def _names_a_thing(tokens: Sequence[Token], lexicon: Lexicon, in_words: bool = False) -> bool:
    """A ticket, or a number that names or counts a thing: after a word ("Bin 7", "room
    214") or before one ("25 hoppers", "3号"), not a run of figures (a phone number) nor a
    clock's hour ("9 h", "23 Uhr", "2時"); ``in_words``: a count written as a word too."""
    units = lexicon["time_units"]
    for index, token in enumerate(tokens):
        if token.kind is Kind.REF:
            return True
        if in_words and _counts_in_words(tokens, index, lexicon):
            return True  # "le due bombole del gas", "the three pallets"
        if not _a_figure(token):
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (before is not None and _a_figure(before)) or (after is not None and _a_figure(after)):
            continue  # "555 0101", "+44 20 7946"
        if after is not None and (after.lemma in units or after.lower in _CLOCK):
            continue
        if any(
            t is not None and t.kind is Kind.WORD and t.lemma not in lexicon["stopwords"]
            for t in (before, after)
        ):
            return True
    return False


_CLOCK = frozenset({"uhr", "o'clock", "heures", "heure", "h", "時", "点", "시"})


def _counts_in_words(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A number of two or more written as a word, counting the thing named next: "le due
    bombole del gas" (not "one", a pronoun; not "three times", "due volte", "at eight")."""
    token = tokens[index]
    if token.kind is not Kind.NUMBER or any(c.isdigit() for c in token.text):
        return False
    if token.value is None or token.value < 2 or token.value != int(token.value):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        after is not None
        and after.kind is Kind.WORD
        and after.lemma not in lexicon["stopwords"]
        and after.lemma not in lexicon["time_units"]
        and after.lemma not in lexicon["times"]
        and after.lower not in _CLOCK
    )


@lru_cache(maxsize=64)
def _number_words(lexicon: Lexicon) -> re.Pattern[str]:
    """A language's numbers of two or more written as words, to find in a paragraph."""
    words = sorted(
        (w for w, v in lexicon.numbers.items() if v >= 2 and w.isalpha()), key=len, reverse=True
    )
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _a_figure(token: Token) -> bool:
    """A number in digits ("7", "214"; between characters of a script written without
    spaces, "計2号", it is read as a word): not one written as a word, which may be a
    pronoun ("the only annoying one")."""
    return (token.kind is Kind.NUMBER and any(c.isdigit() for c in token.text)) or (
        token.kind is Kind.WORD and token.text.isdigit()
    )


@dataclass(frozen=True, slots=True)
class _Handing:
    """A language's words that put a piece of work to the next person."""

    classes: tuple[WordClass, ...]  # as lemmas: "need to", "hay que", "bitte", "pendiente"
    written: frozenset[str]  # as written: "you", "tu", "jij" (a lemma blurs a pronoun)
    unspaced: tuple[str, ...]  # where words are not spaced: "必要", "请", "주세요"


@lru_cache(maxsize=64)
def _handing_words(lexicon: Lexicon) -> _Handing:
    names = ("obligations", "asks", "courtesy", "words_open_work")
    return _Handing(
        tuple(lexicon[name] for name in names),
        as_written(lexicon, "second_person") | frozenset(_OPEN_WORDS),
        unspaced(lexicon, *names),
    )


def _vague(text: str, lexicon: Lexicon) -> bool:
    """Whether a list item says "the usual" or sends the reader elsewhere in any of its clauses
    or after its label, a figure or not ("the usual stuff, 2 things", "ask me about the 3
    alerts", "Item 1: see Jira board")."""
    lemmas = [t.lemma for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    if lexicon["sameness"].found_in(lemmas):
        return True
    if any(entry in text for entry in unspaced(lexicon, "sameness")):
        return True  # "遗留问题: 老样子", "인계 사항: 평소와 동일"
    return any(
        _ELSEWHERE.match(_DIGITS.sub("", c)) or _elsewhere_unspaced(_DIGITS.sub("", c))
        for c in _ITEM_PARTS.split(text)
        if c.strip()
    )


def _elsewhere_unspaced(clause: str) -> bool:
    """Whether a clause in a script written without spaces only sends the reader elsewhere
    ("详见MES系统", "노션 운영페이지 참고해주세요", "詳細は共有フォルダ参照"), naming nothing by
    number ("详见工单 SW-0913" names its ticket)."""
    return _UNSPACED_ELSEWHERE.search(clause) is not None and not _NAMED_BY_NUMBER.search(clause)


_UNSPACED_ELSEWHERE = patterns.LaterRe("详见|详情见|参照|参考|詳細は|참고|참조")
_NAMED_BY_NUMBER = patterns.LaterRe(r"[\d#]")


_DIGITS = patterns.LaterRe(r"\d+")
_ITEM_PARTS = patterns.LaterRe(r"[.;:：!?\n]+|,\s")  # and after a label: "Item 1: see Jira board"


_FIGURE_UNDER_LABEL = patterns.LaterRe(
    r"^\W*[^\W\d][^:：\n]{0,40}[:：]\s*\S{1,12}\s*$"
)  # "Pages: 3"
_LISTED_ITEMS = 2
_LISTED_WORDS = 4  # "Caldeira do 3º piso: sem água quente": a thing and what is wrong with it


def _nothing_left(doc: Document) -> bool:
    """Whether the writer says anywhere, in the team's words, that nothing is open: a word of
    none and a word of open work in the same clause ("Di aperto non resta niente", "keine
    offenen Punkte", "残ってる案件もゼロです"; not "Keine Ahnung, was offen ist")."""
    lexicon = lexicon_of(doc)
    spaced, unspaced_words = _open_words(lexicon)
    for block in in_reading_order(doc):
        lowered = block.text.lower()
        if not set(_LETTERS.findall(lowered)) & _NONE_WORDS and not any(
            n in lowered for n in _NONE_UNSPACED
        ):
            continue  # most paragraphs: no word of none
        text = without_speaker(block.text).lower()
        if is_guidance(text, lexicon):
            continue
        for found in _BARE_CLAUSE.finditer(_QUOTED_ANSWER.sub(" ", text)):
            clause = found.group("clause")
            if "?" in found.group("end") or "？" in found.group("end") or _IF.search(clause):
                continue  # asked ("nothing open?"), or a condition: "if nothing is open, write"
            words = set(_LETTERS.findall(clause))
            if not (words & _NONE_WORDS or any(n in clause for n in _NONE_UNSPACED)):
                continue
            if any(w.search(clause) for w in spaced) or any(w in clause for w in unspaced_words):
                return True
    return False


_QUOTED_ANSWER = patterns.LaterRe(r"[\"“„«][^\"”“»]{1,30}[\"”“»]")  # an answer shown, not given
_IF = patterns.LaterRe(r"\b(?:if|when|unless|wenn|falls|si|se|als|indien|hvis|om)\b|如果|もし|만약")


@lru_cache(maxsize=64)
def _open_words(lexicon: Lexicon) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """A language's words of open work: as patterns of whole words, and unspaced as written."""
    said = {*_OPEN_WORDS, *lexicon.entries("words_open_work")}
    spaced = tuple(re.compile(rf"\b{re.escape(w)}\b") for w in sorted(said) if not has_cjk(w))
    return spaced, tuple(w for w in sorted(said) if has_cjk(w))


# Not "left" or "remaining": "nothing left in the tank" says how someone is.
_OPEN_WORDS = ("open", "outstanding", "pending", "in flight")
_NONE_WORDS = frozenset(
    {"nothing", "none", "zero", "nichts", "kein", "keine", "keinen", "rien", "aucun", "aucune"}
    | {"nada", "ningún", "ninguno", "ninguna", "niente", "nulla", "nessun", "nessuno"}
    | {"nessuna", "niets", "niks", "geen", "ingen", "ingenting", "nenhum", "nenhuma", "null"}
)
_NONE_UNSPACED = ("なし", "ゼロ", "无", "没有", "없음", "없습니다", "없어요")
_LETTERS = patterns.LaterRe(r"[^\W\d_]+")


def _reported(doc: Document, context: Context) -> int | None:
    """The line where the writer says, in the first person, how they are: "I" near a word
    of how one is ("tired", "fine", "running on empty"), not one of agreeing or being free
    to do something ("I'm fine with the plan", "I'm good to take Saturday")."""
    lexicon = lexicon_of(doc)
    first, linking, after = lexicon["the_writer"], lexicon["state_linking"], lexicon["state_not"]
    states = (lexicon["own_state"], lexicon["strain"])
    written = as_written(lexicon, "the_writer_written")  # "estoy", "sto": the verb's person
    candour = lexicon["candour"]
    unticked = {task.line for task in doc.tasks if not task.checked}
    # a chat tool's header over a message, read as its paragraph's label: "**Tobi, 06:05:**"
    headers = {b.line: b.lead for b in doc.blocks if b.lead and _TIMED.search(b.lead)}
    for sentence in read(doc, context, in_reading_order(doc)):
        words = [t for t in sentence.tokens if t.is_word]
        lemmas = [t.lemma for t in words]
        labels = _followed_by(sentence, lambda token: token.text in (":", "："))
        paused = _followed_by(sentence, lambda token: token.kind is Kind.PUNCT)
        for at in _clause_openings(sentence):
            word = words[at]
            if word.lemma not in first and word.lower not in written:
                continue
            near = lemmas[at + 1 : at + 1 + _STATE_REACH]
            for start, end in (span for state in states for span in state.spans(near)):
                # said of "I" ("I've been pretty tired"), not of someone else ("I know you
                # are tired"), nor what "I" agree to ("I'm fine with the plan"); after the
                # writer as a label, a list of how they are ("Self: cold, tired, fine")
                # ("I'm running on empty, to be honest": a comma ends what is agreed to)
                agreed = (
                    end < len(near)
                    and near[end] in after
                    and at + end not in paused
                    and not candour.match(near, end)  # "knackered to be honest"
                )
                if not agreed and (at in labels or all(w in linking for w in near[:start])):
                    return sentence.line
        if has_cjk(sentence.text) and _unspaced_own_state(sentence.text, lexicon):
            return sentence.line
        if (
            sentence.line not in unticked
            and lexicon["strain"].found_in(sentence.lemmas)  # most sentences: none, read once
            and _only_how_one_is(
                _without_header(sentence.text, headers.get(sentence.line, "")), lexicon
            )
        ):
            return sentence.line  # (not a form's option left unticked: "- [ ] 😩 drained")
    for block in in_reading_order(doc):  # ...and each line of a chat's paragraph
        if (
            has_cjk(block.text)
            and _unspaced_own_state(block.text, lexicon)
            and read(doc, context, [block])  # not a placeholder, an example or the template's
        ):
            return block.line
    return None


def _without_header(text: str, header: str) -> str:
    """A message without the chat header its paragraph opens with, if any."""
    if header and text.startswith(header):
        return text[len(header) :].lstrip(" :：")
    return without_speaker(text)


_TIMED = patterns.LaterRe(r"\b\d{1,2}[:.h]\d{2}\b")


def _only_how_one_is(text: str, lexicon: Lexicon) -> bool:
    """Whether a clause of the text says only how its writer is, the pronoun dropped as
    people do in a chat ("tired but good", "knackered, honestly"): nothing but words of how
    one is, one of strain among them, with no subject, no label before ("Crews: tired" is
    said of the crews) and nothing counted ("Rough one")."""
    strain, own = lexicon["strain"], lexicon["own_state"]
    linking, joins = lexicon["state_linking"], lexicon["coordinators"]
    for found in _BARE_CLAUSE.finditer(text):
        if "?" in found.group("end") or "？" in found.group("end"):
            continue  # asked of someone: "tired?"
        tokens = tokenize(plain(found.group("clause")), lexicon)
        if any(t.text in (":", "：") or t.kind is Kind.NUMBER for t in tokens):
            continue
        words = [t for t in tokens if t.is_word]
        lemmas = [t.lemma for t in words]
        if not 0 < len(lemmas) <= _BARE_STATE_WORDS or not strain.found_in(lemmas):
            continue
        if _of_a_ticket(text[: found.start()], lexicon):
            continue  # said of the ticket its line opens with: "INC-3001: lag, pretty rough"
        said = {i for state in (strain, own) for s, e in state.spans(lemmas) for i in range(s, e)}
        # a verb inflected for its subject ("Estás agotada", "you are") says whose it is
        if all(
            i in said
            or lemmas[i] in joins
            or (lemmas[i] in linking and words[i].lower == lemmas[i])
            for i in range(len(lemmas))
        ):
            return True
    return False


def _of_a_ticket(before: str, lexicon: Lexicon) -> bool:
    """Whether the sentence a clause stands in names a ticket before it: how things are on
    that line is the ticket's."""
    opening = _FRESH_START.split(before)[-1]
    return any(t.kind is Kind.REF for t in tokenize(plain(opening), lexicon))


_FRESH_START = patterns.LaterRe(r"[.;!…\n]")  # where a sentence or a line starts afresh


# Where a chat's clauses end, a full stop before a small letter too ("line. tired but good").
_BARE_CLAUSE = patterns.LaterRe(r"(?P<clause>[^.;,!?？…—–\n]+)(?P<end>[.;,!?？…—–\n]*)")
_BARE_STATE_WORDS = 5  # "tired but good", "pretty knackered to be fair"


def _unspaced_own_state(text: str, lexicon: Lexicon) -> bool:
    """Whether a line of a paragraph in a script written without spaces opens by saying how
    its writer is, the pronoun dropped as it is there ("正直かなり疲れてます", "就是有点困"),
    and names no one else ("疲れてるのはみんな同じだよ", "我知道你很累")."""
    states = [state for name in ("own_state", "strain") for state in lexicon.entries(name)]
    others = lexicon.entries("not_the_writer")
    for line in text.split("\n"):
        spoken = speaker_of(line)
        said = spoken[1] if spoken is not None else _STAMPED.sub("", line)
        if any(other in said for other in others):
            continue
        for found in _UNSPACED_CLAUSE.finditer(
            said
        ):  # "夜間の呼出しが続いて、正直もうヘトヘトです"
            if found.group("end") in ("?", "？"):
                continue  # asked of someone ("도윤님은 괜찮으세요?"), not said of oneself
            opening = found.group("clause")[:_UNSPACED_OPENING]
            if any(has_cjk(state) and state in opening for state in states):
                return True
    return False


_UNSPACED_OPENING = 16  # characters: "正直かなり疲れてます"
# A chat line's time and its writer's name, before a full-width space: "07:43 高橋　", or
# each in brackets: "[박준호] [오전 8:07] ".
_STAMPED = patterns.LaterRe(
    r"^\s*(?:\d{1,2}:\d{2}\s+\S{1,12}[\s\u3000]+|(?:\[[^\]\n]{1,20}\]\s*)+)"
)
_UNSPACED_CLAUSE = patterns.LaterRe("(?P<clause>[^、，,。．.!?！？]+)(?P<end>[、，,。．.!?！？]?)")


def _followed_by(sentence: Sentence, mark: Callable[[Token], bool]) -> set[int]:
    """The positions, among a sentence's words, of the words a ``mark`` follows: a colon after
    the writer as a label ("Self:"), a comma after how they are ("running on empty, to be")."""
    found: set[int] = set()
    at = -1
    for token in sentence.tokens:
        if token.is_word:
            at += 1
        elif mark(token) and at >= 0:
            found.add(at)
    return found


_OPENING_WORDS = 6  # "Honestly, I am ...", "For what it's worth I'm fine": the writer as subject


def _clause_openings(sentence: Sentence) -> Iterator[int]:
    """The positions, among a sentence's words, of each clause's first few words: a clause
    opens the sentence or follows a comma, semicolon, colon or dash ("2 pages, both OOH,
    nothing open, I'm ok just sleepy")."""
    into = 0  # words into the current clause
    at = 0
    for token in sentence.tokens:
        if token.is_word:
            if into < _OPENING_WORDS:
                yield at
            at += 1
            into += 1
        elif token.text in _CLAUSE_OPENERS:
            into = 0


_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–"})
_STATE_REACH = 5  # words after "I" where how they are is said ("I've been running on empty")


def _checked_in(doc: Document, context: Context, pattern: patterns.Pattern) -> int | None:
    """The line of a chat's turn that asks the other after themselves, where the other's next
    turn answers: "you alive?" / "mostly. 4/10, slept maybe 3 hours"; "et toi ça va ?" /
    "crevée honnêtement"; "scale of 1-10 how cooked are you" / "8. extremely cooked". A
    question the pattern names takes any answer; a short one in other words ("tá viva?"),
    addressed to the other and about no work, takes one that says how they are."""
    unticked = {task.line for task in doc.tasks if not task.checked}
    said = turns(
        (_with_its_speaker(b), b.line)
        for b in in_reading_order(doc)
        if not b.cells and b.line not in unticked
    )
    for index, asking in enumerate(said):
        later = [t for t in said[index + 1 : index + 1 + _LATER_TURNS] if t.said.strip()]
        answering = [t for t in later if t.speaker != asking.speaker]
        if not answering:
            continue  # the asker's own turns are no answer ("also did Tarrant come back?")
        asked = _asks_after(asking.said, doc, pattern)
        if asked is None:
            continue
        first = later[0]
        if (
            first.speaker != asking.speaker
            and answer(first.said, doc, context, personal=True)
            and (asked or _says_how(first.said, doc))
        ):
            return asking.line  # (an answer, not a placeholder, and one that says how)
        # ...or a later turn of another's that says how they are, once a question about the
        # work is out of the way: "and re head — honestly fried, but fine"; not after the
        # asker has moved on to say something else ("I need you to cover Tuesday" / "ok")
        if any(
            answer(t.said, doc, context, personal=True) and _says_how(t.said, doc)
            for t in _before_moving_on(later, asking.speaker, lexicon_of(doc))
            if t is not first
        ):
            return asking.line
    return None


_LATER_TURNS = 4  # turns after a question where the other's answer may come


def _before_moving_on(later: Sequence[Turn], asker: str, lexicon: Lexicon) -> list[Turn]:
    """The others' turns after a question, up to the asker's next turn that asks them for
    something else ("preciso que você cubra o plantão de terça"): what follows answers
    that."""
    kept: list[Turn] = []
    for turn in later:
        if turn.speaker != asker:
            kept.append(turn)
        elif _requests(turn.said, lexicon, obliging=True):
            break
    return kept


def _requests(text: str, lexicon: Lexicon, obliging: bool = False) -> bool:
    """Whether ``text`` asks for something: "please", a request put to "you" ("could you",
    "kun je"), or (``obliging``) an obligation ("I need you to", "preciso que você")."""
    words = [t for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    forms = ([t.lemma for t in words], [t.lower for t in words])
    names = ("courtesy", "asks", "obligations") if obliging else ("courtesy", "asks")
    return any(lexicon[name].found_in(said) for name in names for said in forms)


def _with_its_speaker(block: Block) -> str:
    """A paragraph's text, with the header a chat tool writes over a message when it was read
    as the paragraph's bold label ("**Rafael Nunes, [14.03.24 07:01]**")."""
    if block.lead and speaker_of(block.lead) is not None:
        return f"{block.lead}\n{block.text}"
    return block.text


def _asks_after(text: str, doc: Document, pattern: patterns.Pattern) -> bool | None:
    """Whether a turn asks after the person: True when in the pattern's words, False when in a
    short question of other words (whose answer must say how they are), None when not."""
    lexicon = lexicon_of(doc)
    questions = [(m.group("said").strip(_QUOTES), True) for m in _ASKING.finditer(text)]
    last = _SENTENCE.findall(text.rstrip())
    if last and not text.rstrip().endswith((".", "!", "。", "！", "?", "？")):
        # a question without its mark: "scale of 1-10 how cooked are you"
        questions.append((last[-1].strip(_QUOTES), False))
    loose = False
    for asked, marked in questions:
        question = asked.rpartition("¿")[2]  # "oye ¿cómo estás, vivo?": Spanish opens it
        if _PROCEDURE.search(question) or _PLANNING.search(question):
            continue
        if pattern.search(question) is not None:
            return True
        tokens = tokenize(plain(question), lexicon)
        if _asks_you_how(tokens, lexicon):
            # "Og hvordan har du det etter en sånn natt?", "E tu come stai?": a state check's
            # own question put to "you" (not "hoe gaat het met de migratie?": the work's)
            return True
        if any(t.kind in _ABOUT_WORK for t in tokens):
            continue  # "INC-412 still flapping?", "restart at 02:00?"
        words = [t for t in tokens if t.kind is Kind.WORD]
        size = sum(_HALF if has_cjk(t.text) and len(t.text) == 1 else 1 for t in words)
        lemmas = [t.lemma for t in words]
        addressed = marked and (  # unmarked, "handover 俾 @Winnie Lau" asks nothing
            "@" in question
            or any(lemma in lexicon["second_person"] for lemma in lemmas)
            or _names_the_state(question, lexicon)  # "선배 컨디션 어때요?": their condition
        )
        # Bare, with no one addressed, it asks after someone only in a word said of a person
        # ("tá viva?", "still alive?", "cansada?"), not of a thing ("deploy ok?").
        bare = size <= _BARE_QUESTION and any(
            lexicon[name].found_in(lemmas) for name in ("alive", "strain")
        )
        if size <= _SHORT_QUESTION and (addressed or bare):
            loose = True
    return False if loose else None


_ABOUT_WORK = frozenset({Kind.REF, Kind.CODE, Kind.URL, Kind.NUMBER, Kind.TIME, Kind.DATE})
_HALF = 0.5  # a character of a script written without spaces, as a part of a word
_SHORT_QUESTION = 8  # words: "et toi ça va ?", "@王哲 這週還撐得住嗎?"
_BARE_QUESTION = 3  # words: "tá viva?", "alive?", "still standing?"


def _asks_you_how(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a question puts a state check's own words to "you"."""
    return _state_question(tokens, lexicon) is not None and any(
        t.lemma in lexicon["second_person"] for t in tokens
    )


def _state_question(tokens: Sequence[Token], lexicon: Lexicon) -> Sequence[Token] | None:
    """The words of a state-check heading of more than one word found inside a question, in
    a spaced language ("hvordan har du det", "hoe gaat het met je"), if any."""
    words = [t for t in tokens if t.kind is Kind.WORD]
    # each word as written too, its clitic kept: "geht's" (read as "geht")
    written = [t.text.lower().replace("’", "'") for t in words]
    lowered = [t.lower for t in words]
    for entry in lexicon.entries("heading_state_check"):
        said = _ENTRY_WORDS.findall(entry.lower().replace("’", "'"))
        if len(said) < 2 or has_cjk(entry):
            continue
        for start in range(len(lowered) - len(said) + 1):
            end = start + len(said)
            if all(w in (lowered[i], written[i]) for i, w in enumerate(said, start)):
                return words[start:end]
    return None


_ENTRY_WORDS = patterns.LaterRe(r"[^\W_]+(?:['’-][^\W_]+)*")


def _names_the_state(question: str, lexicon: Lexicon) -> bool:
    """Whether a question names how someone is in the words a state-check heading uses, where
    words are not spaced ("컨디션", "体調", "状态"): asked of the person it is put to."""
    return any(entry in question for entry in unspaced(lexicon, "heading_state_check"))


def _says_how(text: str, doc: Document) -> bool:
    """Whether a turn opens by saying how its writer is: a word of how one is ("crevée",
    "mais ou menos", "fine") in its first words, not what they agree to ("fine with that"),
    or a score out of ten ("4/10", "5 分")."""
    if _SCORE.search(text[:_SCORE_REACH]):
        return True
    lexicon = lexicon_of(doc)
    lemmas = [t.lemma for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    opening = lemmas[:_ANSWER_WORDS]
    after = lexicon["state_not"]
    if any(
        not (end < len(opening) and opening[end] in after)
        for state in (lexicon["own_state"], lexicon["strain"])
        for _start, end in state.spans(opening)
    ):
        return True
    # ...where words are not spaced, or are inflected onto a stem: "그래도 멀쩡해요", "有点累"
    first = text[:_SCORE_REACH]
    return any(state in first for state in unspaced(lexicon, "own_state", "strain"))


_SCORE = patterns.LaterRe(
    r"(?<![\d/])\d{1,2}(?:[.,]5)?\s*(?:/|out of|von|sur|su|de|van|av|z)\s*10\b|\d{1,2}\s*[分점]"
)
_SCORE_REACH = 80  # characters
_ANSWER_WORDS = 12  # "mais ou menos kkkk dormi mal a semana toda mas tô bem"


def _asked_in_turn(
    text: str, pattern: patterns.Pattern, lexicon: Lexicon | None = None
) -> tuple[int | None, bool, bool]:
    """Where a paragraph asks the question as a sentence of its own, near its start: a
    chat's turn ("**Bo:** Okay. Energy one to five?", or in Japanese 小林さん, then
    「お疲れさまでした。体調はどうですか」 with full-width marks). Only a sentence that asks,
    and not how to do something. With a ``lexicon``, also a state check's words put to "you"
    inside a longer question; the second value says it was asked so, in other words than the
    pattern's (its answer must then say how the person is), the third that it was asked in
    none of a state check's words, only "how" and "you" (what follows it in its paragraph
    then answers only when it says how the person is, too)."""
    for found in _ASKING.finditer(text, 0, _TURN):
        said = found.group("said").strip(_QUOTES)
        if _PROCEDURE.search(said) is not None or _PLANNING.search(said) is not None:
            continue
        # (after a speaker written before it: "_(andere Schrift)_ Giulia: Come stai, Matti?")
        spoken = said.rpartition(":")[2].strip(_QUOTES) if ":" in said else said
        if pattern.search(said) is not None or pattern.search(spoken) is not None:
            return found.end(), False, False
        if lexicon is not None and _asks_you_how(tokenize(plain(spoken), lexicon), lexicon):
            return found.end(), True, False  # "Und wie geht's dir nach dem Wochenende?"
        if lexicon is not None and _asks_how_one_is(tokenize(plain(spoken), lexicon), lexicon):
            return found.end(), True, True  # "En hoe is het met jou zelf, na die week?"
    if lexicon is not None:
        # The question told, then answered after a colon: "Og siden du spurte på fredag
        # hvordan jeg har det: helt utslitt, ærlig talt."
        for found in _TOLD_THEN.finditer(text, 0, _TURN):
            if _asks_how_one_is(tokenize(plain(found.group("said")), lexicon), lexicon):
                return found.end(), True, True
    return None, False, False


def _asks_how_one_is(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a question or a title asks how someone is in words of its own, when no
    state-check words are in it ("hoe is het met jou zelf?", "comment tu te sens ?", "Wie
    geht's mir", "你自己怎么样", "¿Que cómo estoy, me preguntabas?"): a word for "how", the
    person asked ("you") or the writer ("me"), and nothing asked of what to do or how it was
    done (that what follows answers it is for its answer to show: it must say how the person
    is)."""
    words = [t for t in tokens if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in words]
    if any(lemma in lexicon["planning"] for lemma in lemmas):
        return False
    if any(lemma in lexicon["how"] for lemma in lemmas):
        persons = lexicon["second_person"]
        writer = as_written(lexicon, "the_writer_as_written")
        return any(t.lemma in persons or t.lower in writer for t in words)
    text = "".join(t.text for t in tokens)  # where words are not spaced: "你自己怎么样"
    return any(e in text for e in unspaced(lexicon, "how")) and any(
        e in text for e in unspaced(lexicon, "second_person", "the_writer_as_written")
    )


# "How do you want to split Saturday?", "how should we handle the cutover?": a question about
# what to do (but "how do you feel?" asks after the person).
_PLANNING = patterns.LaterRe(
    r"\bhow (?:do|does|would|will|should|shall|can|could) (?:you|u|we|they|i)\b"
    r"(?! (?:feel|cope|sleep))",
    re.IGNORECASE,
)


def _only_asks(rest: str, doc: Document) -> bool:
    """Whether what follows a question only asks for the answer, each sentence a request
    ("Please let me know.", "Bitte kurz Bescheid geben.", "Merci de me dire."): the asker's
    words, not the answer."""
    lexicon = lexicon_of(doc)
    said = []
    for found in _SENTENCE.finditer(rest.strip()):
        if found.group("said").strip():
            said.append(found.group("said"))
            if len(said) > _ASKING_SENTENCES:
                return False  # more than a request for the answer follows
    return bool(said) and all(_requests(sentence, lexicon) for sentence in said)


_ASKING_SENTENCES = 3  # "Please let me know. No rush. Thanks!"


def _only_questions(rest: str) -> bool:
    """Whether what follows a question says nothing but asks more ("Need anything?\"")."""
    left = rest.strip().strip(_QUOTES)
    return not left or all(
        s.group("said").strip(_QUOTES) == "" or s.group(0).rstrip(_QUOTES).endswith(("?", "？"))
        for s in _SENTENCE.finditer(left)
    )


# A sentence that asks, read from a paragraph's start: after a speaker's "Name:" or a
# sentence's end.
_ASKING = patterns.LaterRe(r"(?:^|(?<=[.!?。！？:：「“\"]))\s*(?P<said>[^.!?。！？\n]{2,120})[?？]")
_SENTENCE = patterns.LaterRe(r"(?P<said>[^.!?。！？\n]+)(?:[.!?。！？]+|$)")
_TOLD_THEN = patterns.LaterRe(r"(?:^|(?<=[.!?。！？]))\s*(?P<said>[^.!?。！？:：\n]{2,120})[:：]")
_QUOTES = " \t\"'“”‘’「」『』«»*_>()"
_TURN = 240  # characters: how far into a paragraph a question is looked for


def _asked_inline(text: str, inline: patterns.Pattern) -> patterns.Match | None:
    """Where a paragraph asks the question in a sentence of its own words, near the start of
    a sentence or clause: "...; Tessa asked on Matrix how I was holding up and I said fine"."""
    for found in inline.finditer(text):
        opened = max(text.rfind(mark, 0, found.start()) for mark in _CLAUSE_MARKS)
        if found.start() - (opened + 1) <= _OPENING:
            return found
    return None


_CLAUSE_MARKS = (".", ";", ":", "!", "?", "—", "\n")


def answer(
    text: str,
    doc: Document,
    context: Context,
    nothing: bool = False,
    specific: bool = False,
    personal: bool = False,
) -> bool:
    """Whether ``text`` answers in the writer's own words (``specific``: and names what it is
    about, or says there is nothing; ``personal``: and is about the person, not only the
    systems)."""
    return set_aside(text, doc, context, nothing, specific, personal) == ""


def set_aside(
    text: str,
    doc: Document,
    context: Context,
    nothing: bool = False,
    specific: bool = False,
    personal: bool = False,
) -> str:
    """Why ``text`` is no answer, said so that its author knows what to change ("only says
    it was done"), or "" when it answers (see ``answer``)."""
    text = _what_is_said(text)
    if not text:
        return _NOTHING_WRITTEN
    if _NO_RESPONSE.match(text) or _NO_REPLY.match(text):
        return "says that no one answered"
    if _TO_FILL.search(text):
        return "is the template's instruction"
    if context.template_texts and content.normalize(text) in context.template_texts:
        return "is the template's own words"
    if context.echoes and content.is_echo(text, context.echoes):
        return "repeats the help's example"
    if content.is_placeholder(text, doc.references):
        if nothing and _NOTHING.match(text) is not None:
            return ""
        return "is a placeholder"
    if is_guidance(text, lexicon_of(doc)):
        return "is guidance for the writer"
    if _pointer(text):
        return "points elsewhere instead of answering"
    if not nothing and _only_the_act(text, doc):  # "all done" is open work's answer
        return "only says that it was asked or done (a tick or “done” alone)"
    if personal and _ONLY_HANDLES.match(text):
        return "only names someone (“@handle” alone), not how the person is"
    if (specific or personal) and _deferred(text, doc, personal):
        return "only promises it for later"
    if specific and _sent_elsewhere(text):
        return "only says whom to ask or that it is not known"
    if specific and _only_figures(text):
        return "gives figures under their labels (the load), not what is handed over"
    if specific and _unspecific(text, doc):
        return "names nothing in particular"
    if personal and _systems_only(text, doc):
        return "tells how the systems are, not how the person is"
    if personal and _AUTO_FILLED.search(text):
        return "is filled in by a tool, not by the person"
    if personal and _impression_only(text, doc):
        return "gives someone's impression of the person, not their own answer"
    if personal and _others_only(text, doc):
        return "tells how others are, not how the person is"
    if content.words(text) > 0 or any(
        not c.isascii() and c.isprintable() and not unicodedata.category(c).startswith("P")
        for c in text
    ):
        return ""  # "😴" answers; a dash ("—") alone is nothing written
    return _NOTHING_WRITTEN


def _only_figures(text: str) -> bool:
    """Whether every line of ``text`` is a figure under a label with no figure of its own
    ("Pages: 1", "Out-of-hours pages: 0"): counts, not work ("Bin 7: 60 %" names a bin)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_A_FIGURE_LABELLED.match(line) for line in lines)


# (or a bare figure: the first line of a paragraph whose label was read as its lead)
_A_FIGURE_LABELLED = patterns.LaterRe(r"^(?:\W*[^\W\d][^:：\n\d]{0,40}[:：])?\s*\d+\s*$")


_NOTHING_WRITTEN = "nothing is written"


def _what_is_said(text: str) -> str:
    """The answer without who asked or the question repeated before it."""
    text = text.strip()
    while (asked := _ASKED.match(text)) is not None and asked.end() > 0:
        text = text[asked.end() :].strip()  # "(Sam asked) — "Fine."": the answer is "Fine."
    if (repeated := _QUESTION_FIRST.match(text)) is not None and text[repeated.end() :].strip():
        text = text[repeated.end() :].strip()  # "How are you feeling? — skipped": "skipped"
    return text


# A question the answer repeats before it: "How are you feeling? — *skipped, no time today*".
_QUESTION_FIRST = patterns.LaterRe(r"^[^?？\n]{1,80}[?？]\s*[—–:-]\s*")


def _systems_only(text: str, doc: Document) -> bool:
    """Whether an answer to how someone is gives only how the systems are ("all green, no
    alerts firing", "all systems fine, 冇 alarm", "Tutto verde! I sistemi sono stabili"): a
    clause of the systems' state, and no clause of the person's that names no system ("all
    green, tired though" is the person's; "all systems fine" is the systems')."""
    lexicon = lexicon_of(doc)
    systems = lexicon["systems_status"]
    systems_unspaced = unspaced(lexicon, "systems_status")
    states = unspaced(lexicon, "own_state", "strain")
    said_of_systems = False
    for found in _BARE_CLAUSE.finditer(text):
        clause = found.group("clause")
        lemmas = [t.lemma for t in tokenize(plain(clause), lexicon) if t.kind is Kind.WORD]
        lowered = clause.lower()
        if systems.found_in(lemmas) or any(e in lowered for e in systems_unspaced):
            said_of_systems = True
        elif _of_the_person(lemmas, lexicon) or any(e in clause for e in states):
            return False  # how the person is, in a clause of its own
    return said_of_systems


def _of_the_person(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a clause says how the person is: a word of strain ("tired", "knackered"), or
    the writer ("I"), or a word of how one is with nothing else it could be said of ("ok",
    "tired but ok"; not "pumps, gates and lifts ok in every building")."""
    if lexicon["strain"].found_in(lemmas) or lexicon["the_writer"].found_in(lemmas):
        return True
    states = lexicon["own_state"]
    if not states.found_in(lemmas):
        return False
    said = {i for start, end in states.spans(lemmas) for i in range(start, end)}
    ignored = lexicon["stopwords"]
    return all(i in said or w in ignored for i, w in enumerate(lemmas))


def _impression_only(text: str, doc: Document) -> bool:
    """Whether an answer to how someone is gives only another's impression of them: "Rosa
    seemed fine to me when I walked past", "You looked OK on the call" (not "She said she's
    wiped", "I asked Rosa: 'knackered but fine'", "I seem to be coping": their words, or the
    writer's own)."""
    lexicon = lexicon_of(doc)
    impressions = lexicon["impressions"]
    if not impressions.words or _QUOTED.search(text):
        return False
    tokens = [t for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in tokens]
    first = as_written(lexicon, "the_writer_as_written")
    if _on_anothers_word(tokens, lemmas, first, lexicon):
        return True
    if any(t.lemma in lexicon["saying"] and t.lower != t.lemma for t in tokens):
        return False  # "she said", "er sagte": their answer, reported
    for start, _ in impressions.spans(lemmas):
        subject = start - 1
        while subject > 0 and tokens[subject].lower in _HEDGES:
            subject -= 1  # "she really seemed", "Rosa definitely looked"
        if subject < 0 or tokens[subject].lower in first:
            continue  # "I seem to be coping": the writer's own
        said_of = tokens[subject]
        named = said_of.text[:1].isupper() and said_of.lemma not in lexicon["stopwords"]
        if named or said_of.lower in as_written(lexicon, "third_or_second_person"):
            return True
    return False


def _on_anothers_word(
    tokens: Sequence[Token], lemmas: Sequence[str], first: frozenset[str], lexicon: Lexicon
) -> bool:
    """Whether an answer gives how someone is on another's word, and no word of the writer's
    own: "Laut Teamleitung ist bei ihr alles in Ordnung", "Estado según el bot de turnos: OK"
    (not "Volgens mij gaat het goed", "Tired; according to the rota I'm off tomorrow")."""
    according = lexicon["according_to"]
    spans = list(according.spans(lemmas)) or list(according.spans([t.lower for t in tokens]))
    if not spans or any(t.lower in first for t in tokens):
        return False
    return any(end < len(tokens) for _, end in spans)  # a source named after it


_QUOTED = patterns.LaterRe(r"[\"“”„«»]")
_HEDGES = frozenset({"really", "definitely", "certainly", "clearly", "honestly", "mostly"})
# A value a tool set, not the person: "OK (auto-filled by HandoffBot)", "default: fine".
_AUTO_FILLED = patterns.LaterRe(
    r"\b(?:auto[- ]?(?:filled|populated|generated|completed)|pre[- ]?(?:filled|populated)"
    r"|filled (?:in )?automatically|set automatically|default(?:ed)? (?:value|answer|status))\b",
    re.IGNORECASE,
)


def _others_only(text: str, doc: Document) -> bool:
    """Whether an answer to how someone is speaks only of others: the team, everyone, its
    morale ("The team held up really well, everyone pitched in and morale's good"), and
    nothing of the person asked: no word of the writer's own ("team's fine, I'm wiped"), no
    word of how one is in a clause that names no one else ("team's fine; knackered though"),
    and the others named as what the clause is about, not what the person feels about
    ("proud of the team", "worried about everyone")."""
    lexicon = lexicon_of(doc)
    others = lexicon["colleagues"]
    if not others.starts:
        return False  # a language without the words: nothing to tell
    first = as_written(lexicon, "the_writer_as_written")
    states = (lexicon["own_state"], lexicon["strain"])
    named = False
    for clause in _ANSWER_CLAUSES.split(plain(text)):
        words = [t for t in tokenize(clause, lexicon) if t.kind is Kind.WORD]
        lemmas = [t.lemma for t in words]
        if any(t.lower in first for t in words) or lexicon["the_writer"].found_in(lemmas):
            return False
        lowered = [t.lower for t in words]
        said_of = [start for found in (lemmas, lowered) for start, _ in others.spans(found)]
        if said_of and min(said_of) < _SUBJECT_WORDS:
            named = True  # "The team held up", "Team morale is high", "Everyone's good"
        elif said_of or any(state.found_in(lemmas) for state in states):
            return False  # "proud of the team", "worried about everyone": the person's own
    return named


_SUBJECT_WORDS = 2  # where a clause's subject is named: "the team", "team morale", "crews"
# Where an answer's clauses end: "The team held up — everyone pitched in, morale's good."
_ANSWER_CLAUSES = patterns.LaterRe(r"[.;:!?,—–\n]+|\s-\s")


def _unspecific(text: str, doc: Document) -> bool:
    """Whether ``text`` names nothing and says nothing is open: "the usual", "same as last
    week", "a few things, ask me if you need anything" (not "INC-412 still open", "refunds
    stuck in the ledger sync", "all good, nothing to report")."""
    if _NOTHING.match(text):
        return False  # "Nichts offen.", "Niets open.": nothing, said plainly
    # What only sends the reader elsewhere names nothing: "see dashboard", "ask me", "siehe
    # Grafana und die Queue", "Spør meg hvis noe er uklart" (but "See INC-4471" names it).
    lexicon = lexicon_of(doc)
    # ...and so does a clause of "the usual" where words are not spaced ("老样子", "跟上周差不多",
    # "有啥不清楚的直接问我"), read a clause at a time as "the usual" is below.
    stock = unspaced(lexicon, "sameness")
    said = [
        c
        for c in _CLAUSES.split(text)
        if c.strip()
        and not _ELSEWHERE.match(c)
        and not _elsewhere_unspaced(c)
        and not any(entry in c for entry in stock)
    ]
    if not said:
        return True
    text = " ".join(said)
    tokens = [t for t in tokenize(plain(text), lexicon) if not _that_one(t)]
    if any(t.kind is not Kind.WORD for t in tokens if t.kind is not Kind.PUNCT):
        return False  # a ticket, a link, a handle, a figure: it names something
    words = [t for t in tokens if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in words]
    covered = {i for start, end in lexicon["sameness"].spans(lemmas) for i in range(start, end)}
    if any(lemma in _NOTHING_WORDS and i not in covered for i, lemma in enumerate(lemmas)):
        return False  # (not "nothing new": the same as before)
    # Where the work is kept, whom to ask and the asking name none of it: "same as last
    # handoff", "Tout est dans Jira, tu verras", "chiedi a Giulia, lei sa tutto".
    for name in ("work_places", "pointing_acts", "words_open_work"):
        covered |= {i for start, end in lexicon[name].spans(lemmas) for i in range(start, end)}
    covered |= _asked_of(words, lemmas, lexicon)
    return _own_words(lemmas, covered, lexicon) < _OWN_WORDS


def _that_one(token: Token) -> bool:
    """A "one" written in words: as often a pronoun ("check that one") as a count."""
    return token.kind is Kind.NUMBER and token.value == 1 and token.text.isalpha()


def _asked_of(words: Sequence[Token], lemmas: Sequence[str], lexicon: Lexicon) -> set[int]:
    """The positions of the people an answer sends the reader to: a capitalised word after
    the asking ("Vraag maar aan Pieter", "frag Jonas") or, where nouns are not capitalised,
    anywhere but first ("ask Marco in the morning")."""
    acts = lexicon["pointing_acts"]
    asked = {end for _, end in acts.spans(lemmas)}
    found: set[int] = set()
    for index, word in enumerate(words):
        if not index or not word.text[:1].isupper():
            continue
        if lexicon.language not in NOUNS_CAPITALISED or any(
            index - gap in asked for gap in range(_ASKED_REACH)
        ):
            found.add(index)
    return found


_ASKED_REACH = 3  # words from the asking to the name: "vraag maar aan Pieter"


def _deferred(text: str, doc: Document, personal: bool) -> bool:
    """Whether an answer only promises itself for later: "zet ik straks in de overdracht 👍",
    "will write it up later", "あとで書きます" (not "pump 3 still off, check it later", nor,
    asked how one is, "tired, will sleep later")."""
    lexicon = lexicon_of(doc)
    lowered = text.lower()
    if not any(entry in lowered for entry in as_written(lexicon, "later")):
        return False  # (most answers: no word for "later", read no further)
    tokens = tokenize(plain(text), lexicon)
    words = [t for t in tokens if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in words]
    later = lexicon["later"]
    # (both read over the words alone, so that a span's positions are the lemmas')
    spans = list(later.spans(lemmas)) + list(later.spans([t.lower for t in words]))
    if not spans and not any(e in text for e in unspaced(lexicon, "later")):
        return False
    if any(t.kind not in (Kind.WORD, Kind.PUNCT, Kind.MARK) for t in tokens):
        return False  # a ticket, a figure, a handle: something named
    if personal and any(lexicon[c].found_in(lemmas) for c in ("own_state", "strain")):
        return False
    if has_cjk(text):  # "あとで書きます": the promise, and at most a verb and its object
        if personal and any(e in text for e in unspaced(lexicon, "own_state", "strain")):
            return False
        rest = text
        for entry in unspaced(lexicon, "later"):
            rest = rest.replace(entry, " ")
        return len(_CONTENT_CHARACTERS.findall(rest)) <= _DEFERRING_WORDS
    covered = {i for start, end in spans for i in range(start, end)}
    return _own_words(lemmas, covered, lexicon) <= _DEFERRING_WORDS


def _own_words(lemmas: Sequence[str], covered: set[int], lexicon: Lexicon) -> int:
    """How many words of its own an answer says, besides those ``covered`` (a stock phrase,
    "later") and words that say nothing alone (stopwords, generic words)."""
    skipped = (lexicon["stopwords"], lexicon["generic"])
    return sum(
        1
        for index, lemma in enumerate(lemmas)
        if index not in covered and substantial(lemma) and not any(lemma in w for w in skipped)
    )


_DEFERRING_WORDS = 2  # "zet ... overdracht", "write ... up": the promise, and what it puts off
# Characters that carry a word's meaning where words are not spaced (not kana endings).
_CONTENT_CHARACTERS = patterns.LaterRe(f"[{content.IDEOGRAPHS}]|[{content.HANGUL}]+")


_NOTHING_WORDS = frozenset({"nothing", "none", "quiet", "nada"})
_OWN_WORDS = 2  # "refunds stuck", "disk alarms": what is handed over, in two words of its own


# An answer that only points elsewhere: "See dashboard.", "See Slack." (but "See INC-4471"
# names what is open).
_POINTER = patterns.LaterRe(
    r"^\W*(?:see|siehe|voir|ver|vedi|zie|veja)\s+(?:the\s+|den\s+|das\s+|le\s+|la\s+|el\s+|il\s+|het\s+|de\s+|o\s+)?"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?\W*$",
    re.IGNORECASE,
)


# Not knowing, or sending the reader to someone, hands nothing over: "No idea, ask Max.",
# "Keine Ahnung, frag Jonas." (but "ask Max about INC-4471" names what is open).
_SENT_ELSEWHERE = patterns.LaterRe(
    r"^\W*(?:(?:no idea|not sure|dunno|keine ahnung|aucune idée|ni idea|nem ideia|nessuna idea"
    r"|geen idee)\b\W*)?(?:(?:ask|check|frag|fragt|demande à|demandez à|pregunta a|pergunta a"
    r"|chiedi a|vraag)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\W*$",
    re.IGNORECASE,
)


# (a full-width comma is "," once normalized: "老样子,3号机...")
_CLAUSES = patterns.LaterRe(r"[.;!?\n。、]+|(?<!\d),|,(?!\d)")
_ELSEWHERE = patterns.LaterRe(
    r"^\W*(?:(?:just|nur|juste|solo|só|gewoon|bare)\s+)?"
    r"(?:(?:see|siehe|voir|ver|veja|vedi|zie)\b[^\d/#.;!?\n]{0,50}"
    r"|(?:ask|ping|message|call|text|dm)\s+(?:me|us)\b[^\d/#.;!?\n]{0,50}"
    # someone else to ask, or a place it all is: "ask Marco in the morning", "he has the list",
    # "have a look there", "everything open is on the board", "it's all in ServiceNow"
    r"|ask\s+(?![^.;!?\n]*\b(?:about|regarding|re)\b)(?:[A-Z][\w'’-]*|him|her|them|the\s+\w+)\b"
    r"[^\d/#.;!?\n]{0,40}"
    r"|(?:no\s+idea|not\s+sure|dunno)\b[^\d/#.;!?\n]{0,80}"
    r"|(?:he|she|they)\s+(?:has|have|knows?)\s+(?:the\s+|all\s+the\s+)?(?:list|details|rest)\b[^\d/#.;!?\n]{0,30}"
    r"|(?:have|take)\s+a\s+look\b[^\d/#.;!?\n]{0,40}"
    r"|(?:everything|all|it|it['’]s\s+all|the\s+rest|whatever['’]s\s+open)\b[^\d/#.;!?\n]{0,25}"
    r"\b(?:is|are|['’]s|sits?|lives?)\s+(?:all\s+)?(?:in|on)\s+[^\d/#.;!?\n]{1,80}"
    r"|you\s+know\s+the\s+drill"
    r"|(?:frag|fragt|ruf)\s+(?:mich|uns)\b[^\d/#.;!?\n]{0,50}"
    r"|(?:demande|demandez|appelle|écris)[- ]moi\b[^\d/#.;!?\n]{0,50}"
    r"|(?:pregúntame|llámame|escríbeme|pergunta-me|me pergunta|liga-me|chiedimi|chiamami"
    r"|scrivimi|vraag\s+(?:mij|me)|bel\s+(?:mij|me)|spør\s+meg|ring\s+meg)\b[^\d/#.;!?\n]{0,50})\W*$",
    re.IGNORECASE,
)


def _pointer(text: str) -> bool:
    return _POINTER.match(text) is not None


def _sent_elsewhere(text: str) -> bool:
    """Only not knowing, or a person to ask: no open work named (an answer to "how are you"
    may be "not sure")."""
    elsewhere = _SENT_ELSEWHERE.match(text)
    return elsewhere is not None and bool(elsewhere.group(0).strip(" .,;:!"))


# "@jonah-l", "Next: @tomas-r": a handle, after a label at most, and no word of an answer.
_ONLY_HANDLES = patterns.LaterRe(r"^\s*(?:[^\W\d_][\w ]{0,20}:\s*)?(?:@[\w.-]+[\s,;/&]*)+$")
# A name as written: "Sam", "O'Neill", "@sam-oncall" (a word that opens the text may be any
# word, capitalized because it comes first).
_NAME = patterns.LaterRe(r"(?<![\w@])(?:@[\w-]+|[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?![\w@])")


def _only_the_act(text: str, doc: Document) -> bool:
    """Whether ``text`` only says the ritual happened ("Asked.", "Done ✅", "Checked in.")
    instead of giving its answer: a tick, in words or in marks."""
    if not _TICK_MARKS.sub("", text).strip(" .!"):
        return True  # "✅", "✔."
    lexicon = lexicon_of(doc)
    if has_cjk(text):  # "☑ 実施済み", "已完成": the marks as written, nothing else left
        unsaid = _TICK_MARKS.sub("", text)
        for mark in sorted(in_every_language("ritual_marks"), key=len, reverse=True):
            unsaid = unsaid.replace(mark, " ")
        if not _LETTERS.findall(unsaid):
            return True
    said = [lexicon.lemma(w) for w in words_of(text)]
    # Whom it was asked of is no answer: "Checked in with Sam.", "Checked in with the
    # outgoing engineer." say only that it happened.
    names = {w.lower() for w in _NAME.findall(text)[1 if _NAME.match(text) else 0 :]}
    whom = (lexicon["stopwords"], lexicon["people"], lexicon["staff"])
    left = [w for w in said if w not in names and not any(w in words for words in whom)]
    # Some word says the act ("asked", "done"), in any built-in language ("erledigt" in a
    # handoff read as English), and nothing else is said: "Bien." in French is all everyday
    # words, and an answer.
    marks = lexicon["ritual_marks"].words | in_every_language("ritual_marks")
    return any(w in marks for w in said) and all(w in marks for w in left)


def _fields(
    frontmatter: dict[str, Any] | None, named: tuple[str, ...], pattern: patterns.Pattern
) -> Iterator[Any]:
    """The front-matter values that answer: the fields named, and any field whose name asks
    the question (``outgoing_wellbeing: meh``), at any depth."""
    for field in named:
        value = lookup(frontmatter, field)
        if isinstance(value, str | int | float | list):  # set (lookup's "missing" is not)
            yield value
    stack = [(frontmatter, True)] if isinstance(frontmatter, dict) else []
    while stack:
        mapping, top = stack.pop()
        for key, value in mapping.items():
            if isinstance(value, dict):
                stack.append((value, False))
            elif (str(key) in named and not top) or (
                str(key) not in named and _asks_in_its_name(str(key), pattern)
            ):
                yield value  # a field named for it within another ("handover: how_are_you:")


def _asks_in_its_name(key: str, pattern: patterns.Pattern) -> bool:
    """Whether a field's name asks the question, its accents left out as names often are
    ("como_estas" for "cómo estás")."""
    said = key.replace("_", " ")
    if pattern.search(said) is not None:
        return True
    plain_name = _unaccented(said)
    return plain_name == said and patterns.found(
        patterns.compile(_unaccented(pattern.pattern)), plain_name
    )


@lru_cache(maxsize=256)
def _unaccented(text: str) -> str:
    """``text`` without its accents: "cómo estás" -> "como estas"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _flat(value: object) -> str:
    """A front-matter value as text: a list's items joined."""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _plain(text: str) -> str:
    return text.replace("**", "").replace("__", "")


def describe(options: Options) -> str:
    nothing = " (“Nothing open” counts)" if options.nothing else ""
    return f"/{options.heading}/ is answered in any words{nothing}; the answer is never quoted"
