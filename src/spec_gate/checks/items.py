"""``items``: the items of a section: how many, and each matching a pattern, owned or tracked.

Items are list items and table rows, at the outermost list level found (sub-bullets are details
of an item); where a matching section has no list, each paragraph of it is an item, so
follow-ups written as prose count. An item is counted once, even when it sits in a subsection
that matches too. Finished items (ticked, marked by ``done``, or under a heading matching
``done_sections``) need neither ``each`` nor an owner.

``follow_ups: true`` finds the document's follow-up parts as a reader does
(``reading.followups``): any heading, bold or plain label that introduces work still to do
("Action items", "Next steps", "What we're doing about it"), and lessons parts ("Lessons
learned") that hold some; "Actions taken" alone is the response, not a follow-up. Items that
name nothing specific ("be more careful", "improve monitoring") are not items, and an item
told in the past tense ("Added an alert") or marked done is finished.

``owned: true`` asks every open item to name an owner: an ``@handle`` that is not a placeholder
(``@handle``, ``@everyone``, ``@here``...), ``owner: <name>``, a filled Owner column, a person
in parentheses (``(Priya)``) or a team (``the platform team``). ``TBD``, ``?`` and "to be
picked up at the next staff meeting" are not owners.
``tracked: true`` asks every open item to say where it is tracked: ``#123``,
``owner/repo#123``, or an issue or ticket URL (``checks.tracking``). All the items that miss
are one finding, listing their lines.

```yaml
check:
  items: {section: "action items|follow.?ups", min: 1, owned: true}
```
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Count,
    Miss,
    Outcome,
    Scope,
    heading_text,
    is_title,
    items_in,
    lexicon_of,
    missed,
    nothing_to_judge,
    passed,
    run_in_scopes,
    scopes,
    shorten,
)
from spec_gate.checks.tracking import links_in
from spec_gate.document import (
    Block,
    Context,
    Document,
    Item,
    Section,
    is_placeholder,
    specific_words,
)
from spec_gate.document.build import TYPED_BULLETS, owner_cell
from spec_gate.document.content import HANGUL, IDEOGRAPHS, KANA
from spec_gate.patterns import Regex
from spec_gate.reading import Lexicon, followups
from spec_gate.reading.followups import Done, Part, heading_tokens
from spec_gate.reading.lexicon import NOUNS_CAPITALISED
from spec_gate.reading.people import mention_at
from spec_gate.reading.signoffs import handles, is_placeholder_handle
from spec_gate.reading.text import (
    Kind,
    Sentence,
    Token,
    plain,
    sentences,
    sentences_of,
    tokenize,
    words_of,
)

NAME = "items"
# "owner: Priya", "Owner - Platform", "(owner Priya)", "owner @sam", "[owner:: Priya]" (an
# Obsidian field), "assigned to Sam", "owned by the SRE team"; not the word in a sentence
# ("Teach the Product Owners about CVEs", "the missing capability owners.", "responsible for
# customer communications" name no owner).
_OWNER_FIELD = patterns.Later(
    r"\b(?:owners?|assignee|responsible|dri)"
    r"(?:\s*(?:::|[:=–—-])\s*([^,;)\]\n]{1,60})|\s+((?-i:[A-Z@])[^,;)\n]{0,59}))"
    r"|\b(?:assigned to|owned by)\s*([^,;)\n]{1,60})"
    # The same field in the other languages, as the Owner column is named: "Verantwortlich:
    # Jonas Brandt", "Responsable : Camille Roux", "Responsable: equipo de Pagos".
    r"|\b(?:verantwortlich|zuständig|responsables?|propietario|responsáveis|responsável"
    # (a qualifier of a word or two may come between: "Ansvarlig hos oss: Kari Lunde")
    r"|responsabile|referente|eigenaar|verantwoordelijke|ansvarlig)(?:\s+[^\W\d_]+){0,2}"
    r"\s*[:=–—-]\s*([^,;)\n.·]{1,60})"
    # Korean, Japanese and Chinese: no word boundary before a word of their scripts
    r"|(?:^|[\s(（—–。、，；-])(?:담당자?|担当者?|负责人|負責人|責任者)\s*[:：]\s*([^,;)\n.·—。，；]{1,60})"
)
# A person in parentheses, "(Priya)" or "(Priya Shah)", or a named team, "Platform team",
# "Equipo de Plataforma", "équipe Paiements", "squadra Pagamenti".
_NAMED = patterns.Later(
    r"\((?-i:\p{Lu}[\pL\pN_'’-]+)"
    r"(?: (?:(?-i:de|da|di|del|della|van|von|der|den|du|le|la|dos|das) )?"
    r"(?-i:\p{Lu}[\pL\pN_'’-]+)){0,2}\s*(?:\)|[,;/–—]|\s-\s)"
    r"|\b(?-i:\p{Lu}[\pL\pN_-]*) team\b|\bteam (?-i:\p{Lu}[\pL\pN_-]*)\b"
    r"|(?:^|[^\pL\pN])(?:equipo|équipe|equipe|squadra|equipa)\s+"
    r"(?:(?:de|del|de la|des|du|da|do|di|della)\s+)?(?-i:\p{Lu}[\pL\pN_-]*)"
)
_LINES_SHOWN = 10
# An owner field that names nobody in particular: an item everyone owns, nobody does.
_NOBODY = patterns.Later(
    r"^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|no one|all|us|we|they"
    r"|them|the team|team|owner|unassigned|unknown|not assigned|not yet|to be assigned"
    r"|(?:the )?on-?call|(?:the )?on call)\W*$"  # a rotation: whoever is on call
    # "someone from payments", "whoever is on call": anyone at all is no one
    r"|^(?:someone|somebody|anyone|anybody|whoever)\b"
    # "nobody yet", "no one so far", "none for now": said to be no one, for now
    r"|^(?:nobody|no one|none)\b"
    # "to be picked up at the next staff meeting", "still to be agreed": whoever it will be,
    # not yet anyone
    r"|^(?:(?:still|yet)\s+)?to\s+be\b"
    # "a volunteer", "a firmware engineer", "an engineer from payments": one of many, not
    # someone named
    r"|^an? (?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,2}(?:\s+(?:from|in|on|of)\b.*)?\W*$"
    # "one of the app developers", "any engineer", "whichever team": any of them; "all
    # engineers", "all of us", "every engineer", "each engineer": all of them, as "everyone"
    # is (not "each school's office manager": one in each place)
    r"|^(?:one of|any|whichever|either|all|every)\b|^each\s+[\w-]+\W*$"
    # "still looking for someone", "needs an owner", "unclaimed", "up for grabs", "open for
    # volunteers", "not assigned yet", "we'll decide Monday": no one yet, said otherwise
    r"|\b(?:looking for|needs? an? owner|unclaimed|unowned|up for grabs|open for|not (?:yet )?"
    r"assigned|unassigned|to be (?:decided|determined|confirmed|found))\b"
    r"|^we(?:'ll| will| shall)? decide\b"
)
# A paragraph is an item when it says something specific: "We will do better." is not one.
_PROSE_ITEM_WORDS = 3


@dataclass(frozen=True, slots=True)
class Options:
    """List items, table rows or paragraphs in a section: a minimum count, each matching a
    pattern or naming an owner."""

    __pydantic_config__ = STRICT

    section: Regex | None = None
    """the heading (or label) of the items' section"""
    follow_ups: bool = False
    """the items of every part that introduces work still to do, found as a reader finds them"""
    min: Count = 0
    """at least this many items (list items, table rows, or paragraphs where there is no list)"""
    each: Regex | None = None
    """every open item matches it"""
    owned: bool = False
    """every open item names an owner: a real ``@handle``, ``owner: Name``, a filled Owner
    column, a person in parentheses or a named team; not ``TBD`` or ``?``"""
    tracked: bool = False
    """every open item links to its issue, pull request or ticket"""
    done: Regex | None = None
    """an item whose text matches is finished"""
    done_sections: Regex | None = None
    """items under a heading matching this are finished"""
    require_section: bool = True
    """``false``: pass when the section is absent (another rule says so)"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    found = _scopes(doc, options)
    if not found:
        if options.follow_ups and options.require_section:
            return _no_follow_up(doc)
        return missed(1) if options.require_section else nothing_to_judge()
    items, vague, declined = _items(doc, found, options)
    follow_ups = [i for i in items if not _told_done(doc, i, options)]
    if len(follow_ups) < options.min:
        if options.follow_ups and items and not follow_ups:
            if _reasoned(doc, declined):
                # "One change was made after the review... We considered a second gateway
                # and decided not to: outages this long happen once in four years": done,
                # and what else was weighed, with why not
                return passed(found[0].line)
            return _only_done(found[0], items)
        return _too_few(found[0], len(follow_ups), options.min, vague, declined)
    done = {_same(i.text) for i in items if finished(doc, i, options)}
    # A lesson repeated as a ticked task ("Write resource constraints" twice): one piece of work.
    open_items = [i for i in items if not finished(doc, i, options) and _same(i.text) not in done]
    if not open_items and not options.min and (options.owned or options.tracked or options.each):
        return nothing_to_judge()  # no open item to own or track: n/a, not a pass to count
    if options.each is not None:
        each = patterns.compile(options.each)
        bad = [i for i in open_items if each.search(_text(i)) is None]
        if bad:
            matching = f"match /{options.each}/"
            return _listed(bad, len(items), f"do not {matching}", f"does not {matching}")
    if options.owned:
        known = _owner_names(doc, items)
        led = _led_scopes(doc, found)
        bad = [
            i
            for i in open_items
            if not _names_owner(doc, context, i)
            and not _opens_with(i.text, known)
            and not _committed_by(i.text, known)
            and not any(s.line < i.line < s.end_line for s in led)
        ]
        if bad:
            return _listed(bad, len(items), "name no owner", "names no owner")
    if options.tracked:
        covered = _tracked_together(doc, found)
        bad = [
            i
            for i in open_items
            if not links_in(_text(i))
            and not any(links_in(child.text) for child in _children(doc, i))
            and not any(links_in(text) for text in _told_under(doc, i))
            and not _ticket_cell(doc, i)
            and not _ticket_field(doc, _text(i))
            and not covered
        ]
        if bad:
            where = "link to no issue, pull request or ticket"
            return _listed(bad, len(items), where, where.replace("link ", "links ", 1))
    return passed(found[0].line)


def _ticket_cell(doc: Document, item: Item) -> bool:
    """A row whose ticket column ("Issue", "Ticket", "Jira") holds an identifier in the
    tracker's own numbering: "311-208", "INC0012345" (not a date, not "TBD")."""
    row = _row_of(doc, item)
    if row is None:
        return False
    lexicon = lexicon_of(doc)
    for cell, title in zip(row.cells, row.header, strict=False):
        titled = [lexicon.lemma(word) for word in words_of(title.lower())]
        if not lexicon["ticket_columns"].found_in(titled):  # "관리번호", "pull request"
            continue
        if _holds_identifier(_BRACKETED.sub("", cell)):
            return True
    return False


def _holds_identifier(value: str) -> bool:
    """A value, or a part of it between commas, that ends in an identifier in a tracker's own
    numbering after at most two words ("INC0012345", "vendor case 00471923", "Avvik
    2025-0213"); not a date, "TBD" or what a field says of the problem ("500 errors")."""
    for part in value.split(","):
        # a number sign is part of the number: "ticket éditeur n° 55821", "Sak nr. 4411"
        said = [w for w in part.strip(" *_`").split() if w.lower() not in _NUMBER_SIGNS]
        if 0 < len(said) <= _WORDS_BEFORE_AN_IDENTIFIER + 1 and _an_identifier(
            said[-1].strip("*_`")
        ):
            return True
    return False


_WORDS_BEFORE_AN_IDENTIFIER = 2
# (after NFKC, "nº" and "№" read "no")
_NUMBER_SIGNS = frozenset({"n°", "no", "no.", "nr.", "nr", "núm.", "num.", "n.", "#"})


def _ticket_field(doc: Document, text: str) -> bool:
    """A field of the item named as a ticket column is ("Tracking: RITM0082214", "Ticket:
    vendor case 00471923, CHG0039911") holding the tracker's identifier: a value, or a part of
    it between commas, that ends in one after at most two words ("Issue: 500 errors" does not)."""
    if ":" not in text:
        return False
    lexicon = lexicon_of(doc)
    for field in _FIELD.finditer(text):
        label = [lexicon.lemma(word) for word in words_of(field.group(1).lower())]
        if not label or not all(word in lexicon["ticket_columns"] for word in label):
            continue
        if _holds_identifier(field.group(2)):
            return True
    return False


# A label of one or two words before a colon, at the start or after a sentence's end, and its
# value up to the sentence's end.
_FIELD = patterns.LaterRe(
    r"(?:^|[.;(\n]\s*|\s)\**([^\W\d_]+(?: [^\W\d_]+)?)\**:\**\s+([^;\n]+?)(?=\.(?:\s|$)|[;\n)]|$)"
)


def _an_identifier(value: str) -> bool:
    if _FILED.fullmatch(value):
        # an archive's or a case system's number: "24/00415", "2024.03.00512", a Brazilian
        # SEI process "23082.014577/2024-11" (not a date: "15/04/2024", "04/2024")
        *before, last = re.split(r"[./]", value)
        return len(last) >= 3 and not (len(last) == 4 and all(len(g) <= 2 for g in before))
    return len(value) >= 3 and bool(_IDENTIFIER.fullmatch(value)) and not _A_DATE.fullmatch(value)


_IDENTIFIER = patterns.LaterRe(r"#?[^\W\d_]{0,12}[-_]?[0-9][\w-]{0,20}")
_FILED = patterns.LaterRe(r"\d{2,7}(?:[./]\d{1,8}){1,3}(?:-\d{1,4})?")
_A_DATE = patterns.LaterRe(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")


def _same(text: str) -> str:
    return " ".join(text.lower().strip(" .*_`").split())


def _told_done(doc: Document, item: Item, options: Options) -> bool:
    """An item told in the past tense ("We enabled 2FA"): what was done, not a follow-up."""
    return options.follow_ups and followups.finished(item.text, lexicon_of(doc)) is Done.TOLD


def _only_done(scope: Scope, items: list[Item]) -> Outcome:
    quoted = "; ".join(f"“{shorten(i.text, 40)}”" for i in items[:2])
    detail = (
        f"{scope.describe()} tells only what was already done ({quoted}); nothing says what "
        "will still change so that it does not happen again"
    )
    return missed(scope.line, detail, present=True)


def listed(doc: Document, options: Options) -> list[Item]:
    """The items of the section ``options`` names, each once, in document order."""
    return _items(doc, _scopes(doc, options), options)[0]


def _scopes(doc: Document, options: Options) -> list[Scope]:
    """Where the items are: sections and labels matching ``section``, and with ``follow_ups``,
    the parts a reader takes for follow-ups."""
    found = list(scopes(doc, patterns.compile(options.section))) if options.section else []
    if options.follow_ups:
        lines = {s.line for s in found}
        found += [s for s in _follow_up_parts(doc) if s.line not in lines]
        found.sort(key=lambda s: s.line)
        if not found:
            found = _told_in_prose(doc)
    return found


def _told_in_prose(doc: Document) -> list[Scope]:
    """In a document with no part for follow-ups, the sentence that commits to a change so
    that it does not happen again: "We don't want this to happen again, so we are planning to
    move away from this provider." Not the response to the incident ("we will fix this as soon
    as possible"), nor a platitude ("we will be more careful")."""
    lexicon = lexicon_of(doc)
    skipped = {s.index for s in doc.sections if _is_timeline(s.title)}
    response = {s.index for s in doc.sections if followups.part_of(s.title, lexicon) is Part.DONE}
    for block in doc.blocks:
        if block.section in skipped or block.text.lstrip().startswith("~~"):
            continue  # struck out: withdrawn
        done = block.section in response or (
            block.lead and followups.part_of(block.lead, lexicon) is Part.DONE
        )
        said = sentences([(block.text, block.line)], lexicon)
        for index, sentence in enumerate(said):
            near = said[max(0, index - 1) : index + 1]
            if done and not any(lexicon["horizon"].found_in(s.lemmas) for s in near):
                continue  # under "Resolution": "we will keep it running tonight" is the response
            if (
                _commits(sentence, lexicon)
                and (
                    any(
                        _recurring(s, lexicon) or lexicon["horizon"].found_in(s.lemmas)
                        for s in near
                    )
                    or _guards_next_time(sentence, lexicon)
                )
                and not followups.platitude(sentence.text, lexicon)
                and followups.finished(sentence.text, lexicon) is None
            ):
                told = Block(_from(block.text, said, index), sentence.line, block.section)
                title = shorten(sentence.text, 40)
                return [
                    Scope(title, sentence.line, (told,), (), True, block.section, sentence.line + 1)
                ]
    return []


def _guards_next_time(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A commitment to what catches or stops it next time, named after the verb: "we will
    review and retest our alerting configuration", "we will amend our test suite to cover
    this" (not "we will update this page", "we will keep an eye on it")."""
    lemmas = sentence.lemmas
    for _start, end in followups.intentions(sentence, lexicon):
        if lexicon["safeguards"].found_in(lemmas[end:]):
            return True
    return False


def _commits(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether ``sentence`` commits to something ("we will", "we plan to"): a word of intent
    used as an adjective ("some upcoming conversations may be missing") commits to nothing."""
    when = {i for a, b in lexicon["horizon"].spans(sentence.lemmas) for i in range(a, b)}
    return any(
        not _attributive(sentence, start, end, lexicon)
        and not (start > 0 and sentence.lemmas[start - 1] in _WHAT_WAS_DONE)
        and start not in when  # "over the next year": when, not who commits to what
        and not _puts_right(sentence, end, lexicon)
        for start, end in followups.intentions(sentence, lexicon)
    )


def _puts_right(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """Whether what is committed to after ``end`` is the recovery ("will hopefully be
    available again in the next few days", "will restore the wiki"), not a change."""
    for token in sentence.tokens[end : end + _RECOVERY_REACH]:
        if not token.is_word or token.lemma in lexicon["stopwords"] or token.lower.endswith("ly"):
            continue
        return token.lemma in _BACK
    return False


_RECOVERY_REACH = 4  # words from "will" to its verb: "will then hopefully be available"
_BACK = frozenset({"available", "back", "online", "operational", "restore", "recover"})


# "Hopefully this will let us respond faster": what the work done will do, not a commitment.
_WHAT_WAS_DONE = frozenset({"this", "that", "which", "these", "it"})


def _attributive(sentence: Sentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """A one-word span qualifying the noun after it: "upcoming conversations", "recurring
    convos", not "the issue kept recurring" or "we will"."""
    tokens = sentence.tokens
    return (
        end - start == 1
        and tokens[start].lower.endswith(_ADJECTIVE_ENDINGS)
        and end < len(tokens)
        and tokens[end].is_word
        and tokens[end].lemma not in lexicon["stopwords"]
    )


_ADJECTIVE_ENDINGS = ("ing",)  # "upcoming", "recurring", "outstanding"


def _recurring(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether ``sentence`` speaks of it happening again: "to prevent a repeat", "so that it
    never stalls again" (not "the service was enabled again", "recurring convos")."""
    lemmas = sentence.lemmas
    if any(
        not _attributive(sentence, start, end, lexicon)
        for start, end in lexicon["recurrence"].spans(lemmas)
    ):
        return True
    # "so that it never stalls again", not "before they are available again, because they
    # did not come back": the negation stands before the "again" it rules out.
    return any(
        lemma == "again" and not _NEGATIONS.isdisjoint(lemmas[:index])
        for index, lemma in enumerate(lemmas)
    )


_NEGATIONS = frozenset({"not", "never", "no", "cannot"})


_AS_WRITTEN = frozenset({Kind.HANDLE, Kind.REF, Kind.NUMBER})  # "@kasper.holm will add..."


def _from(raw: str, said: Sequence[Sentence], index: int) -> str:
    """``raw`` from where its sentence ``index`` starts, as written (its links kept: the
    sentences after it may say where the work is tracked)."""
    position = 0
    for sentence in said[: index + 1]:
        words = [t.text for t in sentence.tokens if t.is_word or t.kind in _AS_WRITTEN]
        if not words:
            continue
        start = raw.find(words[0], position)
        if start < 0:
            return raw
        if sentence is said[index]:
            return raw[start:]
        end = raw.find(words[-1], start)
        position = start if end < 0 else end + len(words[-1])
    return raw


def _follow_up_parts(doc: Document) -> list[Scope]:
    lexicon = lexicon_of(doc)
    found: list[Scope] = []
    # "- Action: Add an NRPE check..." under an item of a follow-up part is a field of that
    # item, not a part of its own
    fields = {item.line for item in doc.items if item.depth > 0}
    for scope in _all_scopes(doc):
        if (
            scope.is_label
            and scope.line in fields
            and any(not f.is_label and f.line < scope.line < f.end_line for f in found)
        ):
            continue
        part = followups.part_of(scope.title, lexicon)
        top = not scope.is_label and doc.sections[scope.section_index].level == 1
        if not scope.is_label and is_title(doc, doc.sections[scope.section_index]):
            continue  # the document's title ("Changes in user profile not updating")
        if (
            part is Part.FOLLOW_UP
            or (
                part is Part.LESSONS
                and not top
                and any(_taken_on(b.text, lexicon) for b in scope.blocks)
            )
            or (
                part in (Part.LESSONS, Part.OTHER)
                and not top
                and not _is_timeline(scope.title)
                and not followups.looks_back(scope.title, lexicon)
                and (_assigned_work(doc, scope) or _open_boxes(doc, scope, lexicon))
            )
            or (part is Part.OTHER and scope.is_label and _work_to_come(doc, scope.blocks, lexicon))
        ):
            found.append(scope)
    found += _run_in_parts(doc, lexicon, found)
    found += _led_in_parts(doc, lexicon, found)
    return found + _follow_up_tables(doc, lexicon, found)


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LABEL_LIKE = 6  # words: a lead-in this short names its part as a label does


def _led_in_parts(doc: Document, lexicon: Lexicon, parts: list[Scope]) -> list[Scope]:
    """A list or table led in by a sentence that introduces work, under whatever heading:
    "Here is what we are changing, and who at Zipride is responsible for each:"."""
    listed = {item.line for item in doc.items}
    found: list[Scope] = []
    for index, block in enumerate(doc.blocks):
        text = block.text.rstrip()
        if not text.endswith(":") or block.header or block.lead or block.line in listed:
            continue
        if any(part.holds(block.line) for part in parts):
            continue
        lead_in = _LAST_SENTENCE.split(text[:-1])[-1]  # "...was changed. We know this because:"
        following: list[Block] = []
        for after in doc.blocks[index + 1 :]:
            if after.section != block.section or not (after.header or after.line in listed):
                break
            following.append(after)
        introduced = followups.part_of(lead_in, lexicon) is Part.FOLLOW_UP and (
            len(lead_in.split()) <= _LABEL_LIKE or followups.intends(lead_in, lexicon)
        )  # "Follow-ups from the review meeting:", not "the changes we did were:"
        if following and (introduced or _work_to_come(doc, following, lexicon)):
            end = following[-1].line + 1
            found.append(Scope(lead_in, block.line, tuple(following), (), True, block.section, end))
    return found


def _work_to_come(doc: Document, following: Sequence[Block], lexicon: Lexicon) -> bool:
    """Whether a list led in by a sentence in words of its own ("Here is what we are
    committing to, and who is carrying each piece:") is work still to do: two or more items,
    each committing to it ("Ken will change the connector...") and each tracked."""
    lines = {block.line for block in following}
    items = [i for i in doc.items if i.line in lines and i.depth <= 1]
    return len(items) >= _HANDED_OUT and all(
        followups.intends(i.text, lexicon)
        and (links_in(i.text) or _ticket_field(doc, i.text))
        and followups.finished(i.text, lexicon) is None
        and not _told_of_the_incident(i.text, lexicon)
        for i in items
    )


def _assigned_work(doc: Document, scope: Scope) -> bool:
    """Whether a part, whatever its heading ("What we do now", "Changes", "Lessons learned"),
    lists work handed out: every item (two or more) names who does it and where it is
    tracked ("Smoke test after each deploy. Owner: Tomasz. Tracked in BACK-44."), and not
    all are done."""
    items = _items_of_part(doc, scope)
    lexicon = lexicon_of(doc)
    return (
        len(items) >= _HANDED_OUT
        and all(
            (
                i.owner
                or handles(i.text)
                or _OWNER_FIELD.search(i.text)
                or _named_in(i.text, lexicon.entries("item_fields"))
            )
            and (links_in(i.text) or _ticket_field(doc, i.text))
            for i in items
        )
        and any(not i.checked and followups.finished(i.text, lexicon) is None for i in items)
        and not any(_told_of_the_incident(i.text, lexicon) for i in items)
    )


def _items_of_part(doc: Document, scope: Scope) -> list[Item]:
    """The items of a part, at its top levels, found by their lines (in document order)."""
    first = bisect_right(doc.items, scope.line, key=_line_of)
    last = bisect_left(doc.items, scope.end_line, key=_line_of)
    return [i for i in doc.items[first:last] if i.depth <= 1]


def _open_boxes(doc: Document, scope: Scope, lexicon: Lexicon) -> bool:
    """Whether a part, whatever its heading ("Critérios de Aceite", "Definition of done"),
    is a list of boxes still to tick, two or more, none told done: work still to do."""
    items = _items_of_part(doc, scope)
    told = [followups.finished(i.text, lexicon) for i in items]
    return (
        len(items) >= _HANDED_OUT
        and all(i.checked is False for i in items)
        # (an unticked box says "is drilled every month" of what is still to be so; a box
        # marked done, or a list that only tells what was done, is no work)
        and Done.MARKED not in told
        and not all(told)
        and not all(_told_of_the_incident(i.text, lexicon) for i in items)
    )


def _told_of_the_incident(text: str, lexicon: Lexicon) -> bool:
    """An item that tells the incident, not work: opening with what was done ("Noticed by
    @lena, logged as INC-55") or with a role and who held it ("Incident commander: @lena")."""
    words = [t for t in heading_tokens(text, lexicon) if t.kind is Kind.WORD]
    if words and followups.past_form(words[0], lexicon):
        return True
    role = _ROLE_HELD.match(text.strip(" -*_"))
    return role is not None and not followups.intends(role.group(1), lexicon)


def _line_of(item: Item) -> int:
    return item.line


_ROLE_HELD = re.compile(r"([^:@()\n]{2,40}):\s*@")
_HANDED_OUT = 2  # items at least: one owned and tracked line may be anything that cites both


def _run_in_parts(doc: Document, lexicon: Lexicon, parts: list[Scope]) -> list[Scope]:
    """Follow-ups under a title written as a plain paragraph or a numbered line ("4.
    FOLLOW-UP", "What we are doing. Each action below has a named owner...")."""
    return [
        scope
        for scope in run_in_scopes(doc)
        if followups.part_of(scope.title, lexicon) is Part.FOLLOW_UP
        and not any(part.holds(scope.line) for part in parts)
    ]


def _follow_up_tables(doc: Document, lexicon: Lexicon, parts: list[Scope]) -> list[Scope]:
    """Tables whose first column is headed as follow-ups ("Action Item | Owner | Status"),
    wherever they stand: under an empty heading or a part named otherwise."""
    tables: list[list[Block]] = []
    for block in doc.blocks:
        # past a column that only numbers the rows: "| No. | Action | Owner |"
        headed = [cell for cell in block.header if cell.strip(" *_`").lower() not in _NUMBERING]
        if not headed or followups.part_of(headed[0], lexicon) is not Part.FOLLOW_UP:
            continue
        if any(scope.holds(block.line) for scope in parts):
            continue  # already read with its part
        if (
            tables
            and tables[-1][-1].header == block.header
            and tables[-1][-1].line + 1 == block.line
        ):
            tables[-1].append(block)
        else:
            tables.append([block])
    return [
        Scope(
            next(c for c in rows[0].header if c.strip(" *_`").lower() not in _NUMBERING),
            rows[0].line - 1,
            tuple(rows),
            (),
            True,
            rows[0].section,
            rows[-1].line + 1,
        )
        for rows in tables
    ]


_NUMBERING = frozenset({"", "#", "no", "no.", "nr", "nr.", "n°", "nº", "№", "id", "n"})


def _all_scopes(doc: Document) -> list[Scope]:
    everything = patterns.compile(".")
    return list(scopes(doc, everything))


def _no_follow_up(doc: Document) -> Outcome:
    """No part that introduces work still to do; say so, naming what the document has."""
    lexicon = lexicon_of(doc)
    done = [s for s in _all_scopes(doc) if followups.part_of(s.title, lexicon) is Part.DONE]
    response = [s for s in done if not _is_timeline(s.title)]
    if response:
        scope = response[0]
        detail = (
            f"{scope.describe()} tells what was done during the incident; nothing says what "
            "will change so that it does not happen again"
        )
        return missed(scope.line, detail, present=True)
    return missed(1, _no_part_said(doc, lexicon))


def _no_part_said(doc: Document, lexicon: Lexicon) -> str:
    """What the document has instead, and what would introduce follow-up work ("no part
    introduces work still to do: its parts are “Impact”, “Notes”; a heading or label such as
    “Action items”, “Next steps” or “What we will change”, or the same in the document's
    language, does")."""
    seen = [heading_text(s.title) for s in doc.sections if not is_title(doc, s)][:_PARTS_SHOWN]
    has = f"its parts are {', '.join(f'“{t}”' for t in seen)}; " if seen else ""
    same = "" if lexicon.language == "en" else ", or the same in the document's language,"
    return (
        f"no part introduces work still to do: {has}a heading or label such as “Action items”, "
        f"“Next steps” or “What we will change”{same} does"
    )


_PARTS_SHOWN = 4  # of the document's own headings, in the finding


def _is_timeline(title: str) -> bool:
    return "timeline" in title.lower()


def _items(
    doc: Document, found: list[Scope], options: Options
) -> tuple[list[Item], list[Item], list[Item]]:
    """Each item once, in document order; the ones that name nothing specific to do; and
    the ones that say there are none ("None identified")."""
    items = _collect(doc, found, options.follow_ups)
    if not options.follow_ups:
        return items, [], []
    lexicon = lexicon_of(doc)
    lessons = {
        s.line
        for s in found
        if followups.part_of(s.title, lexicon) is Part.LESSONS
        # (work handed out, or boxes still to tick, under "Changes" or "Lessons" is work)
        and not _assigned_work(doc, s)
        and not _open_boxes(doc, s, lexicon)
    }
    kept: list[Item] = []
    vague: list[Item] = []
    declined: list[Item] = []
    for item in items:
        if _in_lessons(doc, item, found, lessons) and (
            not _taken_on(item.text, lexicon) or _under_reflection(doc, item, lexicon)
        ):
            continue  # a lesson, not a thing to do
        # A table row is judged by its action cell ("Fix the root cause | Engineering | Open")
        row = _row_of(doc, item) is not None
        said = followups.action_cell(item.text) if row else _text(item)
        if followups.nothing_to_do(said, lexicon) or followups.declined(said, lexicon):
            declined.append(item)
            continue
        if not row and _no_work_named(said, lexicon):
            continue  # "The indexer is back to normal": how it is, no work named
        terse = row and said != item.text
        words = (
            followups.platitude(said, lexicon, cell=terse)
            or (not row and _only_words(said, lexicon))
            or followups.vague_commitments(said, lexicon)
        )
        if words and not finished(doc, item, options):
            vague.append(item)
            continue
        kept.append(item)
    if len(vague) >= max(_AMONG_PLATITUDES, len(kept)):
        # A list of platitudes is read as one: its "Review our testing hardware" is another.
        alike = [
            i
            for i in kept
            if not finished(doc, i, options) and followups.among_platitudes(_text(i), lexicon)
        ]
        vague += alike
        kept = [i for i in kept if i not in alike]
    if any(not _in_lessons(doc, i, found, lessons) and not finished(doc, i, options) for i in kept):
        # Work still to do listed as follow-ups: what a lessons part says beside it is a lesson
        kept = [i for i in kept if not _in_lessons(doc, i, found, lessons)]
    return kept, vague, declined


_AMONG_PLATITUDES = 2


def _no_work_named(text: str, lexicon: Lexicon) -> bool:
    """Whether every sentence of an item says how something is, hopes, is a platitude or
    tells what was done, with one that says how it is or hopes: "The indexer is back to
    normal. We will keep monitoring it."; "Hopefully I won't screw it up AGAIN. We have
    learned a lot."""
    said = list(sentences_of(text, 1, lexicon))
    states = [
        followups.a_state(s.text, lexicon) or lexicon["hoping"].found_in(s.lemmas[:_HOPE_OPENING])
        for s in said
    ]  # "Hopefully I won't screw it up again": a wish
    return any(states) and all(
        state
        or followups.platitude(s.text, lexicon)
        or followups.finished(s.text, lexicon) is not None  # "We have learned a lot from it"
        for s, state in zip(said, states, strict=True)
    )


_HOPE_OPENING = 2  # words: "Hopefully", "We hope", "Fingers crossed"


def _only_words(text: str, lexicon: Lexicon) -> bool:
    """A paragraph of sentences each a platitude, a consolation or what a team says of itself:
    "We will improve our monitoring so that we see such problems sooner. We will also
    communicate better on our status page. We take this incident very seriously." (one
    sentence of real work is work)."""
    said = list(sentences_of(plain(text), 1, lexicon))
    if len(said) < _SENTENCES_OF_WORDS:
        return False  # one sentence: the platitude test has read it whole
    platitudes = 0
    for sentence in said:
        if followups.platitude(sentence.text, lexicon):
            platitudes += 1
        elif not (
            lexicon["consolation"].found_in(sentence.lemmas)
            or lexicon["ritual"].found_in(sentence.lemmas)
        ):
            return False
    return platitudes > 0


_SENTENCES_OF_WORDS = 2


def _taken_on(text: str, lexicon: Lexicon) -> bool:
    """Whether a lesson is work someone took on ("We should snapshot daily"), not a rule
    learnt ("Any future update must use the rolling procedure")."""
    return followups.intends(text, lexicon, weak=True) and followups.has_doer(text, lexicon)


def _under_reflection(doc: Document, item: Item, lexicon: Lexicon) -> bool:
    """Whether ``item`` sits under a heading that looks back at the incident ("What went
    well", "Where we got lucky", "What didn't go so well"): told in the past, and naming no
    part of the postmortem; what it lists happened, it is not work to do."""
    section = doc.sections[item.section] if item.section >= 0 else None
    return section is not None and followups.looks_back(section.title, lexicon)


def _in_lessons(doc: Document, item: Item, found: list[Scope], lessons: set[int]) -> bool:
    holder = max(
        (s for s in found if s.line < item.line < s.end_line), key=lambda s: s.line, default=None
    )
    return holder is not None and holder.line in lessons


def _collect(doc: Document, found: list[Scope], follow_ups: bool = False) -> list[Item]:
    """Each item once, in document order: list items and rows; where there are none, the
    section's own paragraphs (not its subsections': those are a timeline or a story), or
    its subsections, each one item under its heading ("#### Move the assertion"). With
    ``follow_ups``, a paragraph is an item when it says what will be or was done, not when
    it reflects ("We integrate with HaveIBeenPwned on every login")."""
    lexicon = lexicon_of(doc)
    # (by line and text: a page written in HTML may hold a whole list on one line)
    seen: dict[tuple[int, str], Item] = {}
    for scope in found:
        listed = (
            items_in(doc, scope)
            or _prose_items(scope, lexicon, follow_ups)
            or _subsection_items(doc, scope)
        )
        for item in listed:
            if (item.line, item.text) not in seen and not is_placeholder(item.text):
                seen[item.line, item.text] = item
    return [seen[key] for key in sorted(seen, key=lambda key: key[0])]


def _prose_items(scope: Scope, lexicon: Lexicon, follow_ups: bool) -> list[Item]:
    """A part's paragraphs as items, where it has no list: each that says something specific
    (with ``follow_ups``, what will be or was done); or a paragraph's lines, where they are a
    list written without Markdown's, each opening with a bullet ("• @oscar.b — generate...")
    or with the same label ("Owner: SRE team. Alert when...")."""
    found = []
    for block in scope.blocks:
        if not (scope.is_label or block.section == scope.section_index):
            continue
        # The label's own paragraph is read for a list of lines ("**follow-ups**" and its
        # bullets), not as an item itself ("**Investigating**: the issue will require...").
        listable = not block.lead or (scope.is_label and block.lead == scope.title)
        # each row or line, its line number, and its Owner cell (a table's only)
        rows = (
            (_piped(block) or [(text, line, "") for text, line in _lines_listed(block)])
            if listable
            else []
        )
        if rows:
            found += [Item(text, line, block.section, 0, owner) for text, line, owner in rows]
        elif (
            (not block.lead or (listable and _names_follow_ups(block.lead, lexicon)))
            and specific_words([block.text]) >= _PROSE_ITEM_WORDS
            and (not follow_ups or _work(block.text, lexicon))
        ):
            found.append(Item(block.text, block.line, block.section, 0))
    return found


def _names_follow_ups(label: str, lexicon: Lexicon) -> bool:
    """A label that names the follow-ups ("**Follow-up:** move the record and alert...",
    "What we're changing: ..."): what it runs into is the work; not a status word that may
    read as intent ("**Investigating**: the issue will require a restart")."""
    lemmas = [t.lemma for t in heading_tokens(label, lexicon) if t.kind is Kind.WORD]
    if lexicon["follow_up_headings"].found_in(lemmas):
        return True
    # A phrase that introduces work ("What I'm going to change"), not one word of status
    return len(lemmas) >= _PHRASE_WORDS and followups.part_of(label, lexicon) is Part.FOLLOW_UP


_PHRASE_WORDS = 3


def _lines_listed(block: Block) -> list[tuple[str, int]]:
    """A paragraph's lines, with their line numbers, when they are a list: each opening with
    a bullet, or each with the same label."""
    # A definition list's ": " (as PHP Markdown Extra and Pandoc write one) opens a line as
    # nothing: the first one's is read as the label's colon.
    raw = [line.strip() for line in block.text.split("\n")]
    lines = [_DEFINITION.sub("", line) for line in raw]
    if not all(lines):
        return []
    # A label before a list of lines stands on a line of its own ("**follow-ups**").
    first = block.line + 1 if block.lead else block.line
    enumerated = [_ENUMERATOR.match(line) for line in lines]
    if all(enumerated):  # "a) Scanner app to show...", "5.1 Move the state file..."
        return [
            (line[found.end() :], first + index)
            for index, (line, found) in enumerate(zip(lines, enumerated, strict=True))
            if found is not None
        ]
    if wrapped := _wrapped_enumeration(lines, enumerated, first):
        return wrapped
    # A definition's lines (": Stream scans...", ": Add storm-case...") under its term, the
    # first one's marker read as the term's colon: one item per line; but definitions that
    # are fields (": Owner: Chidi Eze · Ticket: FEEDS-771") say who and where of the term.
    if len(raw) > 1 and all(_DEFINITION.match(line) for line in raw[1:]):
        if all(_A_FIELD.match(line) for line in lines[1:]):
            return [(" · ".join(lines), first)]
        return [(line, first + index) for index, line in enumerate(lines)]
    if len(lines) < 2:
        return []
    bulleted = all(line[0] in TYPED_BULLETS for line in lines)
    labelled = all(":" in line[:_LABEL_CHARS] for line in lines)
    if not bulleted and not (labelled and len({_label_of(line) for line in lines}) == 1):
        return []
    return [
        (line[1:].strip() if bulleted else line, first + index) for index, line in enumerate(lines)
    ]


def _wrapped_enumeration(
    lines: Sequence[str], enumerated: Sequence[re.Match[str] | None], first: int
) -> list[tuple[str, int]]:
    """The items of a list written without Markdown's whose items wrap over lines ("a) Ask
    the supplier to send change notices to" / "the duty manager rota." / "b) Set up an
    alert..."): each numbered line and the lines after it up to the next, when the first line
    is numbered and the numbers follow one another (a, b, c; 1, 2, 3)."""
    starts = [(index, found.end()) for index, found in enumerate(enumerated) if found]
    if len(starts) < _HANDED_OUT or starts[0][0] != 0:
        return []
    numbers = [_number_of(lines[index][:end]) for index, end in starts]
    if any(b is None or a is None or b != a + 1 for a, b in itertools.pairwise(numbers)):
        return []
    ends = [index for index, _ in starts[1:]] + [len(lines)]
    return [
        (" ".join([lines[index][cut:], *lines[index + 1 : stop]]), first + index)
        for (index, cut), stop in zip(starts, ends, strict=True)
    ]


def _number_of(enumerator: str) -> int | None:
    """Where "a)", "(b)", "3.", "5.2" stands in its list: a letter's place in the alphabet,
    a number's last part; None for a Roman numeral's "(iv)" or anything else."""
    label = enumerator.strip().strip("().")
    last = label.rsplit(".", 1)[-1]
    if last.isdigit():
        return int(last)
    if len(last) == 1 and "a" <= last <= "z":
        return ord(last) - ord("a") + 1
    return None


# How a list written without Markdown's numbers its lines: "a)", "(b)", "iv)", "c.", "5.1",
# "(2)"; and "2." or "2)" where Markdown did not read a list (after a definition's ":").
_ENUMERATOR = patterns.LaterRe(  # compiled when first used: only postmortems need it
    r"(?:\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\)|[a-z]\.|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]"
    # Japanese, Chinese and Korean write no space after it: "(1)整理スクリプトは..." (their
    # full-width brackets, as the text is read)
    r"|\(\d{1,2}\))(?:\s+(?=\S)|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))"
)
_DEFINITION = patterns.LaterRe(r"^:\s+")
_A_FIELD = patterns.LaterRe(r"\**[^\W\d_]+(?: [^\W\d_]+)?\**:\s")  # "Owner: ", "**Due date**: "


def _piped(block: Block) -> list[tuple[str, int, str]]:
    """A table pasted without Markdown's delimiter row ("Action | Owner | Jira" and a row
    under it per line): each row, its line, and its Owner cell."""
    # Jira's wiki markup heads its columns with doubled pipes: "|| Key || Summary ||"
    lines = [line.strip().replace("||", "|").strip("|") for line in block.text.split("\n")]
    if len(lines) < _A_TABLE or not all("|" in line for line in lines):
        return []
    rows = [[cell.strip() for cell in line.split("|")] for line in lines]
    if len({len(row) for row in rows}) != 1:
        return []
    header, *body = rows
    first = block.line + 1 if block.lead else block.line
    return [
        (" | ".join(c for c in row if c), first + index, owner_cell(header, row))
        for index, row in enumerate(body, start=1)
    ]


_A_TABLE = 2  # lines: a header and a row


def _label_of(line: str) -> str:
    return line.split(":", 1)[0].lower()


_LABEL_CHARS = 20  # "Owner:", "Verantwortlich:", "Action item:"


def _work(text: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph is work: what will be or was done, or what is given an owner and a
    ticket ("The runbook ... needs a failover section (owner: @x-ops, OPS-12).")."""
    return (
        followups.intends(text, lexicon, weak=True)
        or followups.finished(text, lexicon) is not None
        or (bool(links_in(text)) and _OWNER_GIVEN.search(text) is not None)
    )


# An owner given as an item gives one: "(owner: @x-ops, OPS-12)", "Owner: Priya".
_OWNER_GIVEN = re.compile(r"\b(?i:owner)s?\s*:")


def _subsection_items(doc: Document, scope: Scope) -> list[Item]:
    if scope.is_label:
        return []
    section = doc.sections[scope.section_index]
    found = []
    for child in doc.sections[section.index + 1 :]:
        if child.line > section.end_line:
            break
        if child.parent != section.index:
            continue
        first = next((b.text for b in doc.section_blocks(child)), "")
        found.append(
            Item(f"{child.title}: {first}" if first else child.title, child.line, child.index, 0)
        )
    return found


def _reasoned(doc: Document, declined: Sequence[Item]) -> bool:
    """Whether work was weighed and turned down with the reason said beside it."""
    lexicon = lexicon_of(doc)
    return any(
        followups.declined(item.text, lexicon) and len(sentences([(item.text, 1)], lexicon)) > 1
        for item in declined
    )


def _too_few(
    scope: Scope,
    count: int,
    needed: int,
    vague: Sequence[Item] = (),
    declined: Sequence[Item] = (),
) -> Outcome:
    has = "no items" if not count else f"only {count} item{'s' * (count > 1)}"
    detail = f"{scope.describe()} has {has}; it needs at least {needed}"
    if vague:
        quoted = "; ".join(f"“{shorten(i.text, 40)}”" for i in vague[:3])
        detail += f" (not counted, as they name nothing specific to do: {quoted})"
    if declined:
        detail += f" (it says there are none: “{shorten(declined[0].text, 40)}”)"
    if count:
        return missed(scope.line, detail, present=True)
    # The heading is there: say where to write, not to paste another heading.
    where = "label" if scope.is_label else "heading"
    advice = (
        f"The “{scope.title}” {where} at line {scope.line} is there, with nothing under it: "
        "write the items under it, one per line, each saying what will change and who owns it."
    )
    if vague or declined:
        advice = (
            f"Under the “{scope.title}” {where} at line {scope.line}, say what will change, "
            "specifically enough that someone can do it and anyone can see it done: not "
            "“improve monitoring” but “alert when checkout errors pass 1% for five minutes”."
        )
    return Outcome((Miss(scope.line, detail, help=advice, present=True),))


def finished(doc: Document, item: Item, options: Options) -> bool:
    """Whether ``item`` is done: ticked, marked by ``done``, under a ``done_sections``
    heading, or (``follow_ups``) marked or told as done the way people write it."""
    if item.checked:
        return True
    if options.done is not None and patterns.compile(options.done).search(item.text):
        return True
    if options.follow_ups:
        lexicon = lexicon_of(doc)
        if followups.finished(item.text, lexicon) is not None:
            return True
        if item.checked is False or _ahead(item.text, lexicon):
            # An empty box is work left to do, whatever the heading above it ("Immediate
            # actions (0-7 days)"); so is "We will investigate ... in the future" under
            # "Resolution".
            return False
        # Under "Actions taken" (but a title is no part: "Incident Response"); the nearest
        # part decides: "Process improvements" under "Issues and mitigations" is work to do.
        for section in _ancestors(doc, item):
            part = followups.part_of(section.title, lexicon)
            if part is Part.FOLLOW_UP and not is_title(doc, section):
                break
            if part is Part.DONE and not is_title(doc, section):
                return True
    if options.done_sections is None:
        return False
    done = patterns.compile(options.done_sections)
    return any(done.search(s.title) for s in _ancestors(doc, item))


def _ahead(text: str, lexicon: Lexicon) -> bool:
    """An intention with its horizon beyond the incident: "We will investigate the
    possibility to trigger a backup before any database change, to prevent similar issues in
    the future" (not "we will keep the old cluster running tonight")."""
    lemmas = [t.lemma for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    return lexicon["intent"].found_in(lemmas) and lexicon["horizon"].found_in(lemmas)


def _ancestors(doc: Document, item: Item) -> list[Section]:
    found = []
    index = item.section
    while index >= 0:
        found.append(doc.sections[index])
        index = doc.sections[index].parent
    return found


def _names_owner(doc: Document, context: Context, item: Item) -> bool:
    if item.owner:
        return _real_owner(doc, context, item.owner)  # the Owner column says it (TBD: nobody)
    under = _told_under(doc, item)
    if len(under) > 1:  # an item under a heading of its own: all it says there is the item's
        whole = "\n\n".join(under)
        item = Item(f"{item.text}\n\n{whole}", item.line, item.section, item.depth)
    if any(not is_placeholder_handle(h, context) for h in handles(item.text)):
        return True
    field = _OWNER_FIELD.search(_unwrapped(item.text))
    named = next((g for g in field.groups() if g is not None), "") if field is not None else ""
    # The field ends where the next one starts: "Owner: ? · Issue: #204", "owner: ? — #1507".
    named = _FIELD_END.split(named, maxsplit=1)[0]
    if named:
        # "DRI: TBD", "Owner: someone from payments": the field says who, and it is no one;
        # "Owner: TBD. Add an alert": the value ends with its sentence
        head = named.split(". ", 1)[0]
        return _real_owner(doc, context, head) and (
            head == named or _real_owner(doc, context, named)
        )
    return _named_elsewhere(doc, context, item)


def _unwrapped(text: str) -> str:
    """``text`` with a line that wraps a sentence joined to the one before, as a reader reads
    it ("Owner: to" / "be picked up at the next staff meeting"); a line that opens with a
    capital may be a field of its own ("Ticket: DS-318")."""
    return _WRAPPED.sub(lambda m: f" {m.group(1)}" if m.group(1).islower() else m.group(0), text)


_WRAPPED = re.compile(r"\n[ \t]*(\w)")


def _named_elsewhere(doc: Document, context: Context, item: Item) -> bool:
    """Who owns it, said other than in an owner field."""
    return (
        _named_in(item.text, lexicon_of(doc).entries("item_fields"))
        or _named_without_capitals(doc, item.text)
        or _role_named(doc, item.text)
        or any(_named_subject(doc, opening) for opening in _openings(doc, item.text))
        or _owner_segment(doc, item)
        or _assigned(doc, item.text)  # "Package maintainers should enable 2FA"
        or _owner_label(doc, context, item)
        or _takes_charge(doc, item.text)
    )


def _takes_charge(doc: Document, text: str) -> bool:
    """Who takes the work on, named beside the team's words for it: "C'est Kévin qui s'en
    occupe", "Lucas s'en charge", "Se ne occupa Davide Repetto", "darum kümmert sich Jonas
    Brandt", "Sam Okafor is taking care of it". In a language that capitalises its nouns, a
    full name ("das Team" is no one)."""
    lexicon = lexicon_of(doc)
    if not lexicon.entries("taking_charge"):
        return False
    tokens = [t for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in tokens]
    full = lexicon.language in NOUNS_CAPITALISED
    for start, end in lexicon["taking_charge"].spans(lemmas):
        before = tokens[max(0, start - _CHARGE_REACH) : start]
        for near in (before, tokens[end : end + _CHARGE_REACH]):
            # beside these words a capitalised word is a name, whatever it would lemmatize
            # to elsewhere ("Chiara" is no form of "chiaro" here)
            named = [
                _a_name(t.text, lexicon, inflected=True) and t.text[1:].islower() for t in near
            ]
            if any(a and b for a, b in itertools.pairwise(named)) or (any(named) and not full):
                return True
    return False


_CHARGE_REACH = 3  # words between the name and the words for taking it on: "C'est Kévin qui"


def _owner_label(doc: Document, context: Context, item: Item) -> bool:
    """A list under a label that is who does it: "**LB**" on a line of its own, or opening the
    line before the list ("**JP** Have build badges for:")."""
    lexicon = lexicon_of(doc)
    for label in reversed(doc.labels):
        if label.line >= item.line:
            continue
        end = doc.blocks[label.end_block].line if label.end_block < len(doc.blocks) else None
        if label.section != item.section or (end is not None and item.line >= end):
            return False  # the nearest label before the item does not hold it
        bold = _OPENING_BOLD.match(label.name)
        who = (bold.group(1) if bold is not None else label.name).strip()
        if not _real_owner(doc, context, who):
            return False  # "**TBD**", "**?**"
        if handles(who) or _INITIALS.fullmatch(who):
            # "LB", not "API", "DNS", "TODO" or "ALL"
            return who.lower() not in lexicon["not_people"] and _a_name(who, lexicon)
        words = who.split()  # a first name and a last: "Sam Okafor" (not "Timeline")
        return len(words) == _FULL_NAME and all(
            w.isalpha() and w[1:].islower() and _a_name(w, lexicon) for w in words
        )
    return False


_OPENING_BOLD = patterns.LaterRe(r"^\*\*([^*]{1,40})\*\*")
_INITIALS = patterns.LaterRe(r"[A-Z]{2,4}")
_FULL_NAME = 2


def _named_in(text: str, fields: tuple[str, ...] = ()) -> bool:
    """ "(Tom, #431)", "Platform team", "team Atlas": a name, not "The team" or "Our team",
    nor a ticket key in parentheses ("(SEC-451)"), nor things listed in capitals ("(DHL,
    DPD)": two acronyms are no one's name), nor one of an item's ``fields`` ("(High, #431)")."""
    for match in _NAMED.finditer(text):
        said = match.group(0).lower().split()
        if said[-1] == "team" and said[0] in _NOT_NAMES:
            continue
        if any(c.isdigit() for c in match.group(0)):
            continue
        if _ACRONYMS.match(text, match.start()):
            continue
        inner = match.group(0).strip("()[],;/–— -")
        if is_placeholder(inner) or _NOBODY.search(inner) is not None:
            continue  # "(TBD)", "(Someone)": no one
        if inner.lower() in fields:
            continue
        return True
    return False


def _named_without_capitals(doc: Document, text: str) -> bool:
    """A name in a script with no capitals, as "(Tom, #431)" names Tom: "(지현, #477)",
    "(王芳, #12)"; a word the vocabulary knows for a state ("(완료, #12)": done) is none."""
    named = [match.group(1) for match in _NAMED_UNCASED.finditer(text)]
    if not named:
        return False
    lexicon = lexicon_of(doc)
    known = {
        word
        for name in ("done_marks", "bare_marks", "open", "past_forms", "placeholders")
        for word in lexicon.entries(name)
    }
    return any(word not in known and not is_placeholder(word) for word in named)


# Two to four letters of Hangul, Han or kana in parentheses (full-width ones too), then the
# item's ticket, handle or link: "(지현, #477)", "(王芳, JIRA-12)".
_NAMED_UNCASED = patterns.LaterRe(
    rf"[(\uff08]([{HANGUL}{IDEOGRAPHS}{KANA}]{{2,4}})\s*[,\uff0c\u3001]\s*"
    r"(?:#\d|[A-Z][A-Z\d]+-\d|@\w|https?://)"
)

_NOT_NAMES = frozenset({"the", "a", "an", "our", "this", "that", "any", "each", "every", "whole"})
_ACRONYMS = patterns.LaterRe(r"\((?:[A-Z]{2,6}\s*[,/&]\s*)+[A-Z]{2,6}\)")


def _role_named(doc: Document, text: str) -> bool:
    """A role and who holds it, in parentheses: "(Release management: Kenji)", "(DRI: Ana
    Lima)"; not an item's other fields ("(Priority: High)", "(Due: March)")."""
    lexicon = lexicon_of(doc)
    fields = lexicon.entries("item_fields")
    for match in _ROLE_NAMED.finditer(text):
        role, who = match.group(1).strip().lower(), match.group(2).split()
        if role in fields or not 1 <= len(who) <= _FULL_NAME:
            continue
        if is_placeholder(match.group(2)) or _NOBODY.search(match.group(2).strip()):
            continue  # "(Owner: TBD)", "(DRI: someone)"
        if all(
            _a_name(word, lexicon)
            and word.lower() not in lexicon["months"]
            and word.lower() not in lexicon["weekdays"]
            and word.lower() not in fields
            for word in who
        ):
            return True
    return False


_ROLE_NAMED = patterns.Later(r"\(([^():]{1,30}):\s*([^():,;]{1,40}?)\s*\)")


_SEGMENTS = patterns.Later(r"\s+[—–|·•]\s+|\s+-\s+|\s*(?:->|→|=>)\s*")  # "-> Priya"
_FIELD_END = patterns.LaterRe(r"\s+[·—–|-]\s+")


# The small words inside a person's name: "Fleur de Vries", "Jan van der Berg", "Ana da Silva".
_NAME_PARTICLES = frozenset(
    {"de", "der", "den", "van", "von", "zu", "da", "das", "do", "dos", "di", "del", "della", "le"}
)


def _named_after(text: str, lexicon: Lexicon) -> list[str]:
    """The full name a short sentence after an item's first opens with, before its comma:
    "Davide Repetto, issue #60." (not a sentence that goes on to say more)."""
    found = []
    for said in list(sentences_of(text.strip(), 1, lexicon))[1:]:
        sentence = said.text
        who, comma, _rest = sentence.partition(",")
        words = who.split()
        if (
            (len(sentence.split()) <= _SHORT_SENTENCE or (comma and links_in(_rest)))
            and 2 <= len(words) <= 3
            and (comma or len(words) == len(sentence.split()))
        ):  # (or "Helen Carr, practice task list item 10.": who, then only where)
            found.append(who.strip(" *_`."))
    return found


_SHORT_SENTENCE = 6  # words: "Davide Repetto, issue #60."


def _owner_segment(doc: Document, item: Item) -> bool:
    """An item written "what — who — where": "Alert on 5xx — Security Operations — SEC-450".
    A short segment after the first, in capitals, that is a name, not a ticket or a date. In
    a table, only a cell whose column may hold who does it (a "Team" column, or one with no
    heading): "Medium" under "Priority" is no one."""
    lexicon = lexicon_of(doc)
    row = _row_of(doc, item)
    if row is not None:
        parts = [
            cell.strip(" *_`")
            for cell, title in zip(row.cells, row.header, strict=False)
            if _may_name_someone(title, lexicon)
        ]
        parts = ["", *parts]  # the first segment is the work itself
    else:
        # "— Nadia (partnerships), METRO-615": who and where in one segment, by a comma
        split = _split(item.text)
        parts = [split[0]] + [
            p.strip(" *_`") for part in split[1:] for p in _PIECES.split(part)
        ]  # "-> Priya. Admin board card 17.": who, then where
        # ...or in a short sentence of their own after what: "Allarme su spazio disco sotto
        # il 15%. Davide Repetto, issue #60."
        parts += [who for who in _named_after(item.text, lexicon) if who not in parts]
    if len(parts) < 2:
        return False
    # "Sophie Martin (support pharmacies)", "Clinical liaison (Dr. Mei Tan)": a name with its
    # role in brackets, or a role with its holder's name
    candidates = [
        piece.strip()
        for part in parts[1:]
        for piece in (
            _BRACKETED.sub("", part),
            *_BRACKETED.findall(part),
            *_by_whom(part),
            *_ROLE_THEN_NAME.findall(part),  # "Digital on-call lead Amrit Sangha"
            *_labelled_name(part, lexicon),  # "acompanhamento interno: Inês Carvalho"
        )
    ]
    # "Jasmine Akhtar with the Support tools team", "Martin Holm and Sophie Lindqvist": the
    # first of those a segment joins names its owner
    # (a name of two words or more: "Redis and Postgres" names no one)
    candidates += [
        joined[0]
        for c in candidates
        if len(joined := _JOINED.split(c)) > 1 and len(joined[0].split()) > 1
    ]
    fields = lexicon.entries("item_fields")
    for part in candidates:
        if part.lower() in _THE_WRITER:
            return True  # "— me — CI-1402": whoever signs the document
        if part.lower().rstrip(".") in fields:
            continue  # "— DB-12, High.", "— Blocked": a field's value
        words = part.split()
        # Capitalised words ("Security Operations"), or a team's name ending in what it is
        # ("Trust & Safety working group").
        organised = bool(words) and lexicon.lemma(words[-1].lower()) in lexicon["organisations"]
        longest = _TEAM_WORDS if organised else _OWNER_WORDS
        if not 1 <= len(words) <= longest or links_in(part) or any(c.isdigit() for c in part):
            continue
        if (
            (
                all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_PARTICLES for w in words)
                or organised
            )
            and words[-1] not in _NAME_PARTICLES
            and _a_name(words[0], lexicon, team=True)
            and not is_placeholder(part)
            and _NOBODY.search(part) is None  # "Everyone", "The team", "TBD": no one
        ):
            return True
    return False


_BRACKETED = patterns.LaterRe(r"\(([^()]{1,40})\)")
_PIECES = patterns.LaterRe(r",|;|\.\s")
# A field of a word or three that gives who, ending the segment: "acompanhamento interno: Inês
# Carvalho", "point of contact: Sam Okafor".
_LABELLED = patterns.LaterRe(r"^([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2})\s*:\s*(.+?)\.?$")
# A role in lower case, then its holder's name of two or three words, ending the segment.
_ROLE_THEN_NAME = patterns.LaterRe(
    r"\b[a-zß-öø-ÿ][\w-]*\s+([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})$"
)
_JOINED = patterns.LaterRe(r"\s+(?:with|and|&|mit|und|avec|et|con|y|com|e|met|en|med|og)\s+")
_THE_WRITER = frozenset({"me", "myself"})
# "the vendor, followed up by Ingrid Haugland", "fulgt opp av Ingrid Haugland": whoever a
# segment ends by naming, after "by" in a team's language.
_BY_WHOM = patterns.LaterRe(r"\b(?:by|av|von|par|por|door|da)\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s*){1,3})$")


def _labelled_name(part: str, lexicon: Lexicon) -> list[str]:
    """A person's full name given in a short field of its own ("acompanhamento interno: Inês
    Carvalho", "point of contact: Sam Okafor"); not a field's value that is no one's name
    ("priority: High", "area: Billing"), nor whoever a field says did something else
    ("reported by: Jane Doe")."""
    found = _LABELLED.search(part.strip())
    if found is None or _BY.search(found.group(1)) is not None:
        return []
    words = found.group(2).split()
    full = _FULL_NAME <= len(words) <= _FULL_NAME + 1
    return [found.group(2)] if full and all(_a_name(w, lexicon) for w in words) else []


_BY = patterns.LaterRe(r"\b(?:by|av|von|par|por|door|da)\b")


def _by_whom(part: str) -> list[str]:
    found = _BY_WHOM.search(part.strip())
    return [found.group(1)] if found is not None else []


def _row_of(doc: Document, item: Item) -> Block | None:
    """The table row an item was read from, with its column headings."""
    for block in doc.blocks:
        if block.line == item.line and block.header and block.text == item.text:
            return block
    return None


def _may_name_someone(title: str, lexicon: Lexicon) -> bool:
    """Whether a table column may hold who does the work: no heading, or one naming a team
    or a person ("Team", "Lead"), not "Priority" or "Status"."""
    words = [lexicon.lemma(w) for w in words_of(title.lower())]
    return not words or any(w in lexicon["organisations"] or w in lexicon["people"] for w in words)


def _split(text: str) -> list[str]:
    parts, start = [], 0
    for match in _SEGMENTS.finditer(text):
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return parts


_OWNER_WORDS = 4
_TEAM_WORDS = 6  # "Trust & Safety working group"


_OWNER_PREFIX = patterns.Later(
    r"^\W{0,3}(?:\[((?-i:\p{Lu}[\pL\pN_.'’-]*)(?: (?-i:\p{Lu}[\pL\pN_.'’-]*)){0,2})\]"
    r"|((?-i:\p{Lu}[\pL\pN_.'’-]*)(?:(?: | ?[+&/] ?| and )(?-i:\p{Lu}[\pL\pN_.'’-]*)){0,3})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[:—–]\**\s)"  # "**Freya (Live Ops tooling):** separate"
)
# A title before a surname, in the built-in languages: the name that follows is a person's.
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "herr", "frau", "hr", "fr", "mme", "madame", "monsieur"}
    | {"sr", "sra", "señor", "señora", "sig", "signor", "signora", "dott", "dhr", "mevr"}
)
_SUBJECT_VERBS = frozenset({"will", "to", "shall", "should", "must", "own", "be", "take", "lead"})
_TAKING_ON = frozenset({"need", "plan", "intend", "go", "want", "have"})
_I_REACH = 4  # words from "I" to its intention: "I still need to"


def _named_subject(doc: Document, text: str) -> bool:
    """An item that opens with who does it: "Hypha will run the tests", "ICL to build
    22.0.3", "[Platform] rotate the keys", "Priya: add the alert"."""
    lexicon = lexicon_of(doc)
    apposed = _APPOSED.match(text.strip()) or _NAME_THEN_ASIDE.match(text.strip())
    if apposed is not None and _a_name(apposed.group(1), lexicon):
        # "Our developer, Paulo Reis, is making retries skip...", "Aino Virtanen, our backend
        # lead, is moving...", "Tuomas Heikkilä, who runs live ops, is adding..."
        return True
    prefix = _OWNER_PREFIX.search(text.strip())
    if prefix is not None:
        name = prefix.group(1) or prefix.group(2) or ""
        # "Chiara Bianchi (amministrazione): ...": a full name with its team in brackets is
        # a name, whatever other word its first would be a form of ("chiaro")
        held = len(name.split()) > 1 and "(" in prefix.group(0)
        return _a_name(name.split()[0], lexicon, inflected=held)
    tokens = [t for t in tokenize(plain(text), lexicon) if t.kind is Kind.WORD]
    if len(tokens) < 2:
        return False
    if tokens[0].lower in _HONORIFICS and tokens[1].text[:1].isupper():
        return True  # "Herr Brandt richtet ein, dass...", "Mme Roux relance le fournisseur"
    if tokens[0].lemma == "i" and any(
        t.lemma in _SUBJECT_VERBS or t.lemma in _TAKING_ON for t in tokens[1:_I_REACH]
    ):
        return True  # "I'll fix the script", "I still need to set up lifecycle rules": the author
    if tokens[1].lemma in _SUBJECT_VERBS:
        if tokens[1].lemma == "to" and len(tokens) > 2 and tokens[2].lemma in lexicon["stopwords"]:
            return False  # "Resubscribe to all topics": an order, not "ICL to build 22.0.3"
        if tokens[0].lemma in lexicon["stopwords"]:
            return False  # "Here's what we're doing next", "This is...": no one named
        return _a_name(tokens[0].text, lexicon)
    if _from_their_team(tokens, lexicon) or _named_aside(text, lexicon):
        return True
    # "Cloud Platform will re-iterate...", "Wendy Ng is adding...": a name in capitals, then
    # its verb.
    for end in range(2, min(len(tokens), _NAME_WORDS + 1)):
        if not tokens[end - 1].text[:1].isupper():
            break
        if tokens[end].lemma in _MODAL_VERBS or tokens[end].lemma == "be":
            names = tokens[:end]
            return (
                _a_name(names[0].text, lexicon, team=True)
                and names[0].lemma not in lexicon["plan"]  # "Move DNS will..." is an order
                and all(t.lemma not in lexicon["stopwords"] for t in names)
            )
    return _team_subject(tokens, lexicon)


def _openings(doc: Document, text: str) -> list[str]:
    """Where who does it may open a paragraph item: the item, and a sentence after its first
    or the clause after a short lead-in that opens with a name and its "will" ("We learned
    that the pool size matters. Going forward, Maria will add a check")."""
    found = [text]
    # "Alert before expiry — Ana Souza will do this in sprint 14 — PAY-12": a segment of its own
    segments = [part.strip() for part in _split(text)[1:]]
    found += [part for part in segments if _takes_on(part)]
    if "." not in text and "," not in text and ";" not in text:
        return found  # most items: one clause
    lexicon = lexicon_of(doc)
    for number, sentence in enumerate(sentences_of(text, 1, lexicon)):
        candidates = [sentence.text] if number else []
        # "...not just matchmaking; Jonne Salo from QA owns that change"
        candidates += [part.strip() for part in sentence.text.split(";")[1:]]
        lead, comma, rest = sentence.text.partition(", ")
        if comma and len(lead.split()) <= _LEAD_IN_WORDS:
            candidates.append(rest)
        found += [c for c in candidates if _takes_on(c)]
    return found


def _takes_on(text: str) -> bool:
    """Whether a clause may open with who takes the work on: a name and then "will", "owns"
    or "is", or the author ("I'm writing the script", "I'll fix it")."""
    words = words_of(text)
    return words[:1] in (["i'm"], ["i'll"]) or bool(
        _COMMITTING.intersection(words[1:_COMMIT_REACH])
    )


_LEAD_IN_WORDS = 4
_NAME_WORDS = 3
_COMMIT_REACH = _NAME_WORDS + 3  # words: "Jonne Salo from QA owns", "Hannah from Infra will"
# A role, then who holds it set off by commas: "Our developer, Paulo Reis, is making..."
_APPOSED = patterns.LaterRe(r"(?i:our|the)\s+[\w -]{1,30},\s+([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?,")
_NAME_THEN_ASIDE = patterns.LaterRe(
    r"([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[^,.;:]{2,60},|\s*\([^()]{2,60}\))\s+"
    r"(?:will|shall|is|are|has|have|owns|takes|leads|must|should)\b"
)
_MODAL_VERBS = frozenset({"will", "shall", "should", "must"})
# What a name says of itself when it takes the work on: "Maria will", "Ana from Payments owns it"
_OWNING = frozenset({"own", "owns", "take", "takes", "lead", "leads"})
# ...or says what they are doing: "Marcus Hill is doing this", "Priya Raman is building it"
_COMMITTING = _MODAL_VERBS | _OWNING | {"is", "are"}


def _from_their_team(tokens: list[Token], lexicon: Lexicon) -> bool:
    """A name, the team it is from or in, then its verb: "Hannah from Infrastructure will
    add", "Jonne Salo from QA owns that change", "Arjun Menon in production support will"."""
    origin = next(
        (i for i, t in enumerate(tokens[1:_NAME_WORDS], 1) if t.lower in ("from", "in")), 0
    )
    if not origin or len(tokens) < origin + 3 or not _a_name(tokens[0].text, lexicon):
        return False
    if not all(t.text[:1].isupper() for t in tokens[:origin]):
        return False
    for index in range(origin + 1, min(len(tokens), origin + 1 + _NAME_WORDS + 1)):
        # "will add", "owns", or what they are doing: "is changing"
        if tokens[index].lemma in _MODAL_VERBS or tokens[index].lemma in (*_OWNING, "be"):
            return index > origin + 1
        if tokens[origin].lower == "from" and not tokens[index].text[:1].isupper():
            return False  # "from" a team by its name; "in" a team said in plain words
    return False


# A role or a team, then the person's name between commas, then the verb: "The data
# protection lead, Rosa Méndez, will complete", "QA guild, led by Felipe: add".
_ASIDE_NAME = patterns.Later(
    r"^[^,:.;\n]{2,40},\s*(?:led by\s+)?"
    r"((?-i:\p{Lu}[\pL\pN_'’-]+)(?: (?-i:\p{Lu}[\pL\pN_'’-]+)){0,2})"
    r"(?:,\s*(?:will|shall|should|must|is going to)\b|\s*:\s)"
)


def _named_aside(text: str, lexicon: Lexicon) -> bool:
    found = _ASIDE_NAME.search(plain(text).strip())
    return found is not None and _a_name(found.group(1).split()[0], lexicon)


def _team_subject(tokens: list[Token], lexicon: Lexicon) -> bool:
    """An item whose subject is a named team or organisation: "The Rust Foundation's Security
    Initiative is planning...", "The technical team including Platform Services and DXCAS
    will..." (not "The team will", not "The Security Dashboard will show")."""
    for index, token in enumerate(tokens[:_SUBJECT_REACH]):
        if token.lemma in _SUBJECT_VERBS or token.lemma in ("plan", "intend"):
            subject = tokens[:index]
            break
    else:
        return False
    organised = any(t.lemma in lexicon["organisations"] for t in subject)
    named = any(_a_name(t.text, lexicon, team=True) for t in subject[1:])
    return organised and named


_SUBJECT_REACH = 15


def _owner_names(doc: Document, items: list[Item]) -> frozenset[str]:
    """The names items open with as their owners ("ICL to build 22.0.3", "Hypha: test..."):
    an item opening with one of them is theirs too ("ICL check how to optimize...")."""
    lexicon = lexicon_of(doc)
    names = set()
    for item in items:
        if not _named_subject(doc, item.text):
            continue
        words = [t for t in tokenize(plain(item.text), lexicon) if t.kind is Kind.WORD]
        # "The Rust Foundation will...": the team is named, but "The" opens any item; and
        # "Owner: TBD - add an alert" opens with the field, whose value says who (no one).
        if (
            words
            and words[0].text[:1].isupper()
            and words[0].lower not in lexicon["stopwords"]
            and words[0].lower not in lexicon.entries("owner_labels")
        ):
            names.add(words[0].text)
    return frozenset(names)


def _opens_with(text: str, names: frozenset[str]) -> bool:
    first = plain(text).strip(" *_`[").split(maxsplit=1)
    return bool(first) and first[0].rstrip(":,") in names


def _committed_by(text: str, names: frozenset[str]) -> bool:
    """Whether one of the document's owners commits to the item inside it, after a clause of
    its own: "Should there be a new release, Cloud Platform will re-iterate the need..."."""
    said = plain(text)
    return any(
        re.search(
            rf"\b{re.escape(name)}(?: [A-Z][\w&'’-]*){{0,2}} (?:will|shall|is going to)\b", said
        )
        for name in names
    )


# The lead of a list that names who does all of it: "These are action items for Interchain
# Labs to implement", "Owned by the Platform team", "Platform Services will own these".
_LIST_OWNER = patterns.Later(
    r"\bfor (?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3} to\b"
    r"|\b(?:owned by|assigned to|led by|driven by)\s+(?:the\s+)?(?-i:[A-Z@])"
)


def _tracked_together(doc: Document, found: list[Scope]) -> bool:
    """Whether the document links where its follow-ups are tracked, for all of them: in the
    lead of their part ("cleanup options are detailed in #631"), or where it says it tracks
    them ("We have created tickets to track the work:" and the links)."""
    for scope in found:
        inside = [i for i in doc.items if scope.line < i.line < scope.end_line]
        if not inside:
            continue
        first = inside[0]  # the lead is what stands just before it, in its own section
        lead = [
            b.full_text
            for b in doc.blocks
            if scope.line < b.line < first.line and b.section == first.section
        ]
        lead += [label.name for label in doc.labels if scope.line < label.line < first.line]
        if any(link.number for text in lead[-_LEAD_BLOCKS:] for link in links_in(text)):
            return True  # an issue named just before the list: "(detailed in #631)
    lexicon = lexicon_of(doc)
    listed = {i.line for i in doc.items}  # an item with its own ticket tracks only itself
    passages = [(b.full_text, b.line) for b in doc.blocks if b.line not in listed]
    passages += [(label.name, label.line) for label in doc.labels]  # "...to track the work:"
    for text, line in passages:
        lemmas = {t.lemma for t in tokenize(plain(text), lexicon)}
        tracking = any(w in lexicon["tracking"] for w in lemmas)
        if not (tracking and any(w in lexicon["tracked_work"] for w in lemmas)):
            continue  # "we created tickets to track the work", not "Terraform keeps track of"
        after = [i for i in doc.items if line < i.line <= line + _LIST_GAP]
        if links_in(text) or any(links_in(i.text) for i in after):
            return True
    return False


_LIST_GAP = 3  # lines from "...to track the work:" to the first link under it
_LEAD_BLOCKS = 2  # paragraphs just before a list: where a writer says where it is tracked


def _led_scopes(doc: Document, found: list[Scope]) -> list[Scope]:
    """The parts whose lead (the prose before their first item) names who does the items."""
    led = []
    for scope in found:
        first = min((i.line for i in doc.items if scope.line < i.line < scope.end_line), default=0)
        lead = [b.text for b in scope.blocks if b.line < first]
        lead += [label.name for label in doc.labels if scope.line < label.line < first]
        if scope.is_label:
            lead.append(scope.title)  # "These are action items for Interchain Labs to do:"
        if any(_LIST_OWNER.search(plain(text)) or _assigned(doc, text) for text in lead):
            led.append(scope)
    return led


def _assigned(doc: Document, text: str) -> bool:
    """A lead or an item whose subject is who does it: "Node operators should do all of the
    following:", "Package maintainers should enable 2FA" (not "We will", the team in
    general)."""
    lexicon = lexicon_of(doc)
    tokens = tokenize(plain(text), lexicon)
    for index, token in enumerate(tokens[:_LEAD_SUBJECT_REACH]):
        if token.lemma in _MODAL_VERBS or token.lemma == "need":
            named = [
                mention_at(tokens, i, lexicon)
                for i in range(index)
                if tokens[i].lower not in _NO_ONE  # "Someone should rotate it": no one
            ]
            return any(m is not None and m.person and not m.responder for m in named)
    return False


_LEAD_SUBJECT_REACH = 6  # words: "All mainnet node operators should"


def _a_name(word: str, lexicon: Lexicon, team: bool = False, inflected: bool = False) -> bool:
    """Whether a capitalised word is a name (a person, a team, an organisation), not a
    common word that opens a sentence ("Monitoring", "Alerts", "Note", "Done"). With
    ``team``, the first word of a team's name ("Security Operations", "Platform SRE"); with
    ``inflected``, also a word that reads as another's form, where the sentence says it is a
    name."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    if lower in _NO_ONE:
        return False  # "Someone will rotate the key": a capital is no name
    lemma = lexicon.lemma(lower)
    if team:
        # a done mark as written, or a form of one ("Fixed", "Released"); not the noun a
        # team is named after ("Release Engineering")
        done = lower in lexicon.entries("done_marks") or (
            lemma != lower and lemma in lexicon["done_marks"]
        )
        return lemma not in lexicon["stopwords"] and not done
    if not inflected and lemma != lower and not word.isupper() and _inflected(lower, lexicon):
        return False  # a plural or a verb form: "Alerts", "Added" (not "Maria", read "mare")
    ordinary = ("stopwords", "platitude", "generic", "plan", "not_people", "done_marks", "intent")
    return not any(lemma in lexicon[name] or lower in lexicon[name] for name in ordinary)


_NO_ONE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "whoever"}
)


def _inflected(lower: str, lexicon: Lexicon) -> bool:
    """Whether a word whose lemma differs has an inflection's ending: in English, -s, -ed or
    -ing, or a contraction ("We're"); in other languages any difference counts."""
    return (
        lexicon.language != "en"
        or lower.endswith(("s", "ed", "ing"))
        or "'" in lower
        or "’" in lower
    )


def _real_owner(doc: Document, context: Context, value: str) -> bool:
    value = value.strip().strip("*_`")
    if not any(c.isalnum() for c in value):  # "—", "?", "…": a cell left empty by a mark
        return False
    if is_placeholder(value) or _NOBODY.search(value):
        return False
    if value.lower().strip(" .!?") in lexicon_of(doc).entries("unowned"):
        return False  # "Verantwortlich: noch offen", "Responsable : l'équipe"
    named = handles(value)
    if not named and value.startswith("@"):  # "@账号": no GitHub login, but the template's slot
        if is_placeholder_handle(value, context):
            return False
        slot = re.compile(re.escape(value.lower()) + r"(?![\w-])")
        return not any(slot.search(text) for text in context.template_texts)
    return not named or any(not is_placeholder_handle(h, context) for h in named)


def _listed(bad: list[Item], total: int, plural: str, singular: str) -> Outcome:
    """One finding for every item that misses, at the first: the reason is said once."""
    if len(bad) == 1:
        said = f"the item “{shorten(bad[0].text, 60)}” {singular}"
        return Outcome((Miss(bad[0].line, said, present=True),))
    more = f" and {len(bad) - _LINES_SHOWN} more" if len(bad) > _LINES_SHOWN else ""
    shown = bad[:_LINES_SHOWN]
    if len({i.line for i in shown}) == len(shown):
        listed = "lines " + ", ".join(str(i.line) for i in shown)
    else:  # items that share a line (a list written in HTML on one): told by their words
        listed = ", ".join(f"“{shorten(i.text, 40)}” (line {i.line})" for i in shown)
    detail = f"{len(bad)} of {total} items {plural}: {listed}{more}"
    return Outcome((Miss(bad[0].line, detail, present=True),))


def _children(doc: Document, item: Item) -> list[Item]:
    """The items nested under ``item``: a ticket one of them names ("- Linear: PGM-142") is
    the item's. (Not an owner: "Hypha to verify..." under an item is a task of its own.)"""
    found: list[Item] = []
    after = False
    for other in doc.items:
        if other is item:
            after = True
        elif after:
            if other.depth <= item.depth:
                break
            found.append(other)
    return found


def _told_under(doc: Document, item: Item) -> list[str]:
    """What the rest of an item that is a heading of its own says under it ("#### Increase
    clarity of the assertions", then paragraphs ending "a fix was proposed in [this PR]")."""
    if item.section < 0 or doc.sections[item.section].line != item.line:
        return []
    return [block.text for block in doc.section_blocks(doc.sections[item.section])]


def _text(item: Item) -> str:
    return f"{item.text} owner: {item.owner}" if item.owner else item.text


def describe(options: Options) -> str:
    where = (
        f"the section matching /{options.section}/"
        if options.section is not None
        else "the follow-up parts, as a reader finds them (any heading, bold or plain label "
        "that introduces work still to do: “Action items”, “Next steps”, “What we will change”)"
    )
    has = "has" if options.section is not None else "have"
    parts = [f"{where} {has} at least {options.min} item(s)" if options.min else where]
    if options.each:
        parts.append(f"each open item matching /{options.each}/")
    if options.owned:
        parts.append("each open item naming an owner")
    if options.tracked:
        parts.append("each open item linking to its issue, pull request or ticket")
    return ", ".join(parts) if len(parts) > 1 or options.min else f"every item of {where}"
