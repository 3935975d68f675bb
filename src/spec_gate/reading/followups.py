"""Follow-ups as a reader finds them: the parts that introduce work still to do, what is
finished, and what only sounds like an item.

A part is a follow-up part when its heading (or bold or plain label) introduces work to do
("Action items", "Next steps", "What we're doing about it", "Prevention"), or when it is a
lessons part ("Lessons learned", "Takeaways") that holds work still to do. "Actions taken" and
the like are the response, already done: alone, they are no follow-up. An item is finished when
it is marked so (ticked, ✅, "(done)", a Done status), told in the past tense ("Added an
alert", "Changes have been made") or as a habit we keep ("We always run the canary first"); a
platitude ("be more careful", "improve monitoring") names nothing to do and is no item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from spec_gate import patterns
from spec_gate.reading.lexicon import (
    DEFAULT_LANGUAGE,
    VERB_FINAL,
    Lexicon,
    WordClass,
    as_written,
    load,
)
from spec_gate.reading.people import FIRST_PERSON, head_before, is_person
from spec_gate.reading.text import (
    Kind,
    Sentence,
    Token,
    cites,
    has_cjk,
    plain,
    sentences,
    substantial,
    tokenize,
)

_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_QUOTED = patterns.LaterRe(r'"[^"\s]{1,20}"|“[^”\s]{1,20}”|«\s?[^»\s]{1,20}\s?»')  # one word
_PERFECT = frozenset({"have", "has", "had"})
_PASSIVE = frozenset({"be", "get"})
_SUBJECTS = frozenset({"we", "i", "they", "it", "this", "the", "a", "an", "our"})


class Part(Enum):
    FOLLOW_UP = "follow-up"  # work still to do
    LESSONS = "lessons"  # a follow-up part only when it holds work to do
    DONE = "done"  # work already done: the response, or follow-ups since finished
    OTHER = "other"


def heading_tokens(title: str, lexicon: Lexicon) -> tuple[Token, ...]:
    return tokenize(_SHORTCODE.sub(" ", plain(title)), lexicon)


@lru_cache(maxsize=1 << 16)  # a document's every heading, many times over: none evicted
def part_of(title: str, lexicon: Lexicon) -> Part:
    """What kind of part a heading or label introduces, in the document's language or, as
    teams keep a template's English headings ("## Action items" over Spanish items), in
    English."""
    title = _ASKED_AS_Q.sub("", title, count=1)  # "Q: What changes now?", "F: Was ändert sich?"
    part = _part_of(title, lexicon)
    if part is Part.OTHER and lexicon.language != DEFAULT_LANGUAGE:
        english = load(DEFAULT_LANGUAGE)
        lemmas = [t.lemma for t in heading_tokens(title, english) if t.kind is Kind.WORD]
        spans = list(english["follow_up_headings"].spans(lemmas))
        if spans and spans[0] == (0, len(lemmas)):  # the whole heading: "Action items"
            return Part.FOLLOW_UP
    return part


# A question's letter before it, in a Q&A: one letter and a colon ("Q:", "F:", "P:", "V:").
_ASKED_AS_Q = re.compile(r"^\W*[^\W\d_]\s?:\s+")


def _part_of(title: str, lexicon: Lexicon) -> Part:
    words = [t for t in heading_tokens(title, lexicon) if t.kind is Kind.WORD]
    lemmas = [t.lemma for t in words]
    if not lemmas or len(lemmas) > _LONGEST_HEADING:
        return Part.OTHER
    # "done" is a participle here, not the verb "do": done headings are read as written. The
    # longer phrase wins: "Actions taken" is done, "What is being done to prevent..." is not.
    written = " ".join(t.lower for t in words)
    done = max(
        (size for size, phrase in _done_headings(lexicon) if phrase.search(written)),
        default=0,
    )
    articles = lexicon["articles"]
    bare = [lemma for lemma in lemmas if lemma not in articles]  # "Preventing a recurrence"
    ahead = max(
        (
            end - start
            for said in (lemmas, bare)
            for start, end in lexicon["follow_up_headings"].spans(said)
            if not _said_none(said, start, lexicon) and not _of_no_one(said, start, lexicon)
        ),
        default=0,
    )
    # "no one needs to do anything": an intent's words, said to be none
    none = list(lexicon["nothing_to_do"].spans(lemmas))
    intent = any(
        not any(b <= start and end <= e for b, e in none)
        and not _of_no_one(lemmas, start, lexicon)
        and not _reached_for_then(words, start, lexicon)
        for start, end in lexicon["intent"].spans(lemmas)
    )
    # "Immediate Actions Required", "Remaining actions": still to do, whatever else it says.
    still = any(lemma in lexicon["open"] for lemma in lemmas) and bool(ahead)
    if done > ahead and not intent and not still:
        return Part.DONE
    lesson = lexicon["lesson_headings"].found_in(lemmas)
    if not lesson and _narrated(words, lexicon):
        return Part.OTHER  # "The team jumped into action", "Our next step was to...": a story
    if _asked_of_the_past(words) and not intent:
        return Part.OTHER  # "How did fixing the kubeconfig resolve both?": an analysis
    if past_form(words[0], lexicon) and words[0].lemma not in lexicon["open"]:
        return Part.DONE  # "Explored solutions", "Implemented fixes" (not "Proposed changes")
    if _advice(lemmas):
        return Part.OTHER  # "What you can do", "If you use X, I recommend": advice to readers
    if _timing(lemmas):
        return Part.OTHER  # "How long will provisioning be disabled?": when, not what changes
    if _counterfactual(lemmas):
        return Part.LESSONS  # "What should have been done to prevent this?": a reflection
    if ahead or intent or _from_here_on(words, lexicon):
        return Part.FOLLOW_UP  # "Things we will do", "Next", "What we'll change", "What we do now"
    if lesson or _names_changes(lemmas, lexicon):
        return Part.LESSONS  # "Lessons", "Fixes": follow-ups when they list work still to do
    return Part.OTHER


def _from_here_on(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A question of what is done from here on, in the present: "What we do now", "What
    happens next" (not "What we did then", nor "What we know", which says no "now")."""
    return (
        len(words) >= _FROM_HERE_WORDS
        and words[0].lemma == "what"
        and words[-1].lemma in ("now", "next")
        and not any(past_form(w, lexicon) for w in words[1:-1])
    )


_FROM_HERE_WORDS = 3  # "what", who or what happens, "now"


@lru_cache(maxsize=64)
def _done_headings(lexicon: Lexicon) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Each of the language's done headings, with its length in words, compiled once."""
    return tuple(
        (len(p.split()), re.compile(rf"\b{re.escape(p)}\b"))
        for p in lexicon.entries("done_headings")
    )


def _of_no_one(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """An intent said of no one: "no member needs to do anything", "nobody has to act"."""
    before = lemmas[max(0, start - _NO_ONE_REACH) : start]
    return any(lemma in lexicon["no_determiner"] or lemma in lexicon["no_one"] for lemma in before)


_NO_ONE_REACH = 3  # words: "no member needs to do", "nobody needs to"


def _said_none(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """Whether the follow-up word at ``start`` is said to be none: "no action is required
    from customers", "No further action" (not "Actions")."""
    return any(
        begin < start < end or (begin == start and end > start + 1)
        for begin, end in lexicon["nothing_to_do"].spans(lemmas)
    )


def _names_changes(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """A heading that names the changes ("Fixes", "Changes made", "Planned changes"), not one
    that says something of changes ("Boards failing to save changes (EU region)")."""
    # "What we changed afterwards", "What we have changed since": when, after what it names
    last = next(
        (s for s, e in lexicon["afterwards"].spans(lemmas) if e == len(lemmas) and s > 0), None
    )
    named = lemmas if last is None else lemmas[:last]
    return any(
        start == 0 or (end == len(named) and len(named) <= _CHANGES_HEADING)
        for start, end in lexicon["change_headings"].spans(named)
    )


_CHANGES_HEADING = 3  # words: "Planned code changes"


@lru_cache(maxsize=4096)
def looks_back(title: str, lexicon: Lexicon) -> bool:
    """Whether a heading looks back at what happened ("What went well", "Where we got lucky",
    "What didn't go so well"): told in the past, and no part a reader knows."""
    if part_of(title, lexicon) is not Part.OTHER:
        return False
    words = [t for t in heading_tokens(title, lexicon) if t.kind is Kind.WORD]
    return len(words) <= _SHORT_HEADING and any(past_form(w, lexicon) for w in words)


_SHORT_HEADING = 8
_LONGEST_HEADING = 30  # words: a longer "heading" is no heading


def _counterfactual(lemmas: Sequence[str]) -> bool:
    """ "should have", "could have been done": what might have been, not what will be."""
    for index, word in enumerate(lemmas):
        if word != "have":
            continue
        before = [w for w in lemmas[max(0, index - 3) : index] if not w.endswith("ly")]
        if before and before[-1] in _MODALS:
            return True  # "should have", "should ordinarily have"
    return False


def _narrated(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a heading or label is a sentence that tells what happened: it opens with its
    subject and its verb is in the past ("The team jumped into action", "Our next step was to
    try..."), not a part's name ("Next steps we agreed", "What we learned")."""
    if words[0].lemma not in _OPENING_SUBJECTS:
        return False
    for word in words[1 : 1 + _AUXILIARY_REACH]:
        if word.lemma in _MODALS:
            return False
        if word.lower in ("was", "were") or past_form(word, lexicon):
            return True
    return False


def _asked_of_the_past(words: Sequence[Token]) -> bool:
    """A heading that asks about what happened: "How did the fix resolve both chains?",
    "Why was the change not caught?" (not "What will we change?")."""
    if words[0].lower not in _QUESTION_WORDS:
        return False
    return any(word.lower in _PAST_AUXILIARIES for word in words[1 : 1 + _AUXILIARY_REACH])


def _advice(lemmas: Sequence[str]) -> bool:
    """A heading addressed to the readers before anything of ours: "What you can do", "If you
    use X, I recommend", "What to do" (not "What we are doing for you", nor the readers'
    question to us in a Q&A: "What are you changing?")."""
    for index, lemma in enumerate(lemmas):
        if lemma in _ADDRESSED:
            return not (index > 0 and lemmas[index - 1] in _ASKING)
        if lemma in _OURS:
            return False
    # "What to do", "What to do if you installed 3.8.1": an advisory's word to its readers
    # (not "What to do next": the team's next steps)
    return list(lemmas[:3]) == ["what", "to", "do"] and list(lemmas[3:4]) in ([], ["if"])


_ASKING = frozenset({"be", "will"})  # "are you", "will you": asked of us


def _timing(lemmas: Sequence[str]) -> bool:
    """A heading asking when or for how long: "How long will it be down?", "When will
    builds be back?"."""
    return lemmas[:2] == ["how", "long"] or (lemmas[:1] == ["when"] and "will" in lemmas[1:3])


_QUESTION_WORDS = frozenset({"how", "why", "what", "when", "where", "which", "who"})
_PAST_AUXILIARIES = frozenset({"did", "didn't", "was", "wasn't", "were", "weren't", "had"})
_OPENING_SUBJECTS = frozenset(
    {"we", "i", "they", "he", "she", "it", "our", "the", "this", "my", "their", "a", "an"}
)
_AUXILIARY_REACH = 4
_ADDRESSED = frozenset({"you", "your", "yours"})
_OURS = frozenset({"we", "our", "us", "i"})


class Done(Enum):
    MARKED = "marked"  # ticked, ✅, "(done)", a Done status: a follow-up seen through
    TOLD = "told"  # in the past tense ("We enabled 2FA"): what was done, not a follow-up


@lru_cache(maxsize=4096)
def finished(text: str, lexicon: Lexicon) -> Done | None:
    """Whether an item says it is done, and how: marked, or told in the past tense. A word in
    quotation marks is mentioned, not said: 'agree on what "done" means' is still to do."""
    if text.lstrip().startswith("~~"):
        return Done.MARKED  # struck out: done, or dropped; either way no work left
    text = _QUOTED.sub(" ", text)
    if " | " in text:  # a table row: a status cell says Done
        cells = [c.strip().strip("*_`").lower() for c in text.split(" | ")]
        written = lexicon.entries("done_marks")
        if any(c in written or (c and c[0] in "✅✔✓☑") or _done_on(c, written) for c in cells[1:]):
            return Done.MARKED
        text = cells[0]
    tokens = tokenize(plain(text), lexicon)
    if not tokens:
        return None
    lowered = text.lower()
    if any(t.kind is Kind.MARK and t.text[0] in "✅✔✓☑" for t in tokens[:2]):
        return Done.MARKED
    # As written: a lemma would read "[done]" as "[do]".
    if any(mark in lowered for mark in _bracketed(lexicon)):
        return Done.MARKED
    words = [t for t in tokens if t.kind is Kind.WORD]
    if not words:
        return None
    # "Done: ...", "FIXED - ...", "... (done)": the mark as written ("Implement X" is no
    # "implemented", "Deploy the fix" no "deployed")
    written = lexicon.entries("done_marks")
    if _marked_at(tokens, words[0], written) or (
        len(words) > 1 and _marked_at(tokens, words[-1], written)
    ):
        intent = lexicon["intent"].found_in([w.lemma for w in words[-3:]])
        return None if intent else Done.MARKED
    if any(_dated_mark(tokens, index, written, lexicon) for index in range(1, len(tokens))):
        return Done.MARKED  # "... — done 5 Aug (LOY-1440)"
    titled = _NOUN_TITLE.match(plain(text))
    if titled is not None and _participle_title(titled.group(1), lexicon):
        # "Staged rollout: 5%, then 25%, then 100%": a title that opens with a participle
        # names the work; what follows it says whether it is done
        return finished(titled.group(2), lexicon)
    if _reported(text, lexicon):
        return Done.TOLD
    main = [t for t in _main_clause(tokens) if t.kind is Kind.WORD]
    if main and (_in_effect(main, lexicon) or _from_today(words, lexicon)):
        return Done.TOLD
    if main and _past(main, lexicon) and _then_intends(main, lexicon) is None:
        return Done.TOLD
    if main and _our_practice(main, lexicon):
        return Done.TOLD
    return None


def _our_practice(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """What we already do, as a habit, said in the present ("We undergo frequent security
    audits", "we rotate every token each quarter", "we always run the canary first"): a
    practice in effect, no work to do (not "we need to", "we plan to": still wanted; nor "we
    really need backups"). English's present is its bare verb."""
    if (
        lexicon.language != "en"
        or len(words) < _PRACTICE_WORDS
        or words[0].lemma not in ("we", "i")
    ):
        return False
    lemmas = [w.lemma for w in words]
    if not _HABIT.intersection(lemmas):
        return False
    position = 1
    while position < len(words) - 1 and (
        words[position].lemma in _HABIT or words[position].lower.endswith("ly")
    ):
        position += 1  # "we always run", "we routinely rotate"
    verb = words[position]
    return (
        verb.lower == verb.lemma
        and verb.lemma not in lexicon["stopwords"]
        and verb.lemma not in _STILL_TO_DO | _STILL_WANTED
        and not lexicon["intent"].match(lemmas, position)
        and not lexicon["weak_intent"].match(lemmas, position)
        and not _then_intends(words, lexicon)
    )


_PRACTICE_WORDS = 3  # "we", the verb, its object
# Words of a habit: how often, or every time.
_HABIT = frozenset(
    {
        "always",
        "every",
        "each",
        "frequent",
        "frequently",
        "regular",
        "regularly",
        "routine",
        "routinely",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "annual",
        "annually",
        "continuously",
        "automatically",
    }
)


def _reported(text: str, lexicon: Lexicon) -> bool:
    """A thing, then what was done to it, with no auxiliary: the telegraphic report lists
    keep ("Disk alert added", "AWS Support Case 11297456601 raised", "Alerta de disco
    añadida", "Festplatten-Alarm eingerichtet", "Varsling lagt til"), read in the item's head
    (before a dash, colon or bracket). Not what is still needed ("More tests needed"), nor a
    verb at the end of a clause of its own ("Check in de pipeline of de gateway de versie
    kent": whether it knows)."""
    head = _HEAD_END.split(plain(text), maxsplit=1)[0]
    words = [t for t in tokenize(head, lexicon) if t.kind is Kind.WORD]
    if len(words) < _REPORT_WORDS or past_form(words[0], lexicon):
        return False  # (a past form first is the deed told: "Added an alert")
    at = len(words) - 1
    if words[at].lemma in lexicon["stopwords"].words:
        at -= 1  # "lagt til": the verb's particle after it
    last = words[at]
    if (
        not past_form(last, lexicon, after_auxiliary=True)
        or last.lemma in _STILL_TO_DO | _STILL_WANTED
        or last.lemma in lexicon["harm"].words
        or not _a_verb_form(last, lexicon)
        or is_person(words[at - 1], lexicon)  # "Email the users impacted": which users
        or any(words[0].lemma in lexicon[name].words for name in _ORDERS)
    ):
        return False
    lemmas = [w.lemma for w in words]
    perfect, passive, _ = _auxiliaries(lexicon)
    joined = lexicon["clause_breaks"].words | _WHETHER
    future = lexicon.entries("future_auxiliaries")
    return not (
        _intended(lemmas, lexicon)
        or any(lemma in perfect or lemma in passive or lemma in joined for lemma in lemmas)
        or any(w.lower in future or w.lower == "to" for w in words)
    )


_HEAD_END = patterns.LaterRe(r"\s+(?:--|—|–|-)\s+|[:(;]|\.\s")
_REPORT_WORDS = 2
_ORDERS = ("plan", "communication", "response_work")  # an order's verb first: "Notify ..."
_STILL_WANTED = frozenset({"recommend", "suggest", "expect", "want", "desire"})
_WHETHER = frozenset({"whether", "of", "ob", "si", "se", "om"})  # "of", "om": also "or", "about"


def _a_verb_form(word: Token, lexicon: Lexicon) -> bool:
    """Whether a participle by its ending is a verb's: in German and Dutch, whose plural
    nouns end as participles do ("Tabellen"), one whose lemma is an infinitive, and an "-en"
    with its "ge-" ("geschrieben", not "uitrollen")."""
    if lexicon.language not in ("de", "nl"):
        return True
    lower = word.lower
    return word.lemma.endswith("n") and (not lower.endswith("en") or "ge" in lower[:-2])


def a_state(text: str, lexicon: Lexicon) -> bool:
    """Whether an item only says how something is, naming no work: "The indexer is back to
    normal", "The 20-minute threshold is deliberate", "The situation is unlikely to happen
    again" (not "The fix is being rolled out", "A canary is planned", "We are adding retries",
    "Alerting is missing for queue depth": work under way, planned, or a gap named)."""
    tokens = tokenize(plain(text), lexicon)
    if any(t.kind in (Kind.HANDLE, Kind.REF, Kind.URL) for t in tokens):
        return False  # someone or a ticket named: work, whatever its words
    words = [t for t in _main_clause(tokens) if t.kind is Kind.WORD]
    if any(w.lemma in _STILL_TO_DO for w in words):
        return False  # "is out of date and needs a section on failover"
    verb = next(
        (i for i, w in enumerate(words[: _STATE_SUBJECT + 1]) if w.lower in _IS_AS_WRITTEN), None
    )  # "is", not "to be": "Refactor the reflector to be a single one" is an order
    if verb is None or verb == 0:
        return False  # no "is" after a subject: an order, a noun phrase, a plan
    subject = words[:verb]
    if any(w.lemma in _NOT_A_STATE_SUBJECT for w in subject):
        return False  # "We are adding", "This is": our work, or what it points back to
    rest = words[verb + 1 : verb + 1 + _STATE_REACH]
    if not rest or lexicon["intent"].found_in([w.lemma for w in words]):
        return False  # a plan, anywhere in it
    first = rest[0]
    if first.lemma in _UNDER_WAY or past_form(first, lexicon) or first.lower.endswith("ing"):
        return False  # "is being rolled out", "is planned", "is tracking", "is in progress"
    return not any(
        w.lemma in lexicon["loss_states"] or w.lemma in lexicon["symptoms"] for w in rest
    )  # "is missing", "is broken": a gap named, the work it asks for


_IS_AS_WRITTEN = frozenset({"is", "are", "was", "were", "'s", "'re"})
_STATE_SUBJECT = 5  # words of the subject before its "is": "The 20-minute threshold"
_STATE_REACH = 4
_NOT_A_STATE_SUBJECT = frozenset({"we", "i", "you", "there", "this", "that", "it", "what"})
_UNDER_WAY = frozenset({"to", "in", "under", "be", "still", "now", "currently", "pending"})
_STILL_TO_DO = frozenset({"need", "require", "should", "must", "todo", "plan", "will"})


def _participle_title(title: str, lexicon: Lexicon) -> bool:
    """A title of two or three words that opens with a participle ("Staged rollout",
    "Automated checks"), not a deed with its object ("Deployed the fix", "Added retries")."""
    words = [t for t in tokenize(title, lexicon) if t.kind is Kind.WORD]
    return (
        _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]
        and past_form(words[0], lexicon)
        and words[1].lemma not in lexicon["articles"]
        and words[-1].lower == words[-1].lemma  # "rollout", not "retries": one thing named
    )


_NOUN_TITLE = re.compile(r"\s*([^:\n]{3,40}):\s+(\S.*)", re.DOTALL)
_TITLE_WORDS = (2, 3)


def _then_intends(tokens: Sequence[Token], lexicon: Lexicon) -> int | None:
    """Where a second predicate that commits begins, joined to the deed told first: "The team
    has rectified the issue and will implement more test cases", "we rolled back, and we plan
    to add a canary" (not "an alert that will page", "so this will not happen again", "but to
    do that"); its position in ``tokens``."""
    words = [t for t in tokens if t.kind is Kind.WORD]
    lemmas = [w.lemma for w in words]
    joins = lexicon["coordinators"]
    for start, _ in (*lexicon["intent"].spans(lemmas), *lexicon["weak_intent"].spans(lemmas)):
        if lemmas[start] == "to":
            continue  # "but to do that": an infinitive, no predicate
        before = start - 1
        if before > 0 and lemmas[before] in FIRST_PERSON:
            before -= 1  # "and we will"
        if before > 0 and joins.found_in(lemmas[before : before + 1]):
            return tokens.index(words[before + 1])
    return None


def _from_today(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A practice adopted today, said to hold from now ("Starting now, we will deploy to
    the community clusters first", "As of today, we now set the rate limit per account"):
    in effect, nothing left to do."""
    return lexicon["from_today"].match([w.lemma for w in words[:_FROM_TODAY_WORDS]], 0) > 0


_FROM_TODAY_WORDS = 4  # the longest opening: "with immediate effect", "as of today"


def _in_effect(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A change now in effect, said of what the system does from now on ("Future creator hub
    components will now be ignored", "it will now show an icon", "proxy.ts now detects RSC
    requests", "the runbook now has a section on restores"), not of what we will do ("We
    will now add an alert", "we now need to add an alert")."""
    for index in range(len(words) - 1):
        following = words[index + 1]
        if words[index].lower == "now" and _present_form(following, lexicon):
            # ("now" first when the subject is code, not words: "`x.ts` now")
            if following.lemma in _STILL_TO_DO | _STILL_WANTED:
                return False  # "the team now needs to add an alert": still to do
        elif not (index and words[index].lemma == "will" and following.lower == "now"):
            continue
        if _order(words, lexicon) or any(w.lemma in _RELATIVES for w in words[:index]):
            return False  # "Add an alert that will now page the on-call": work to do
        subject = head_before(words, index, lexicon)
        return subject is None or not subject.person
    return False


def _present_form(word: Token, lexicon: Lexicon) -> bool:
    """An English verb in the third person present ("detects", "has", "refuses"): its lemma
    is the word without its ending, which a plural noun's is too, so only after "now"."""
    return (
        lexicon.language == "en"
        and word.kind is Kind.WORD
        and word.lower.endswith("s")
        and word.lower != word.lemma
        and not word.lower.endswith("ss")
    )


@lru_cache(maxsize=64)
def _bracketed(lexicon: Lexicon) -> tuple[str, ...]:
    """The done marks written in brackets ("[done]", "(merged)"), and the bare ones, which
    count in brackets."""
    written = lexicon.entries("done_marks")
    bare = [m for m in written if m.isalpha()]
    return (
        *(m for m in written if m[:1] in "[("),
        *(f"[{m}]" for m in bare),
        *(f"({m})" for m in bare),
    )


def _done_on(cell: str, written: Sequence[str]) -> bool:
    """A status cell that says when it was done: "done 31 May", "merged 2024-06-03" (not
    "done by 30 June": when it is due)."""
    words = cell.split()
    return (
        len(words) > 1
        and words[0] in written
        and words[1] not in _DUE_WORDS
        and any(char.isdigit() for char in cell)
    )


_DUE_WORDS = frozenset({"by", "until", "before", "due"})


def _marked_at(tokens: Sequence[Token], word: Token, written: Sequence[str]) -> bool:
    """A status word set apart from the item: "Done: ...", "FIXED - ...", "... - complete"
    (but "Complete the migration" is an order, not a status)."""
    if word.lower not in written:
        return False
    index = tokens.index(word)
    before = tokens[index - 1].text if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return after in _STATUS_MARKS or before in _STATUS_MARKS or word.text.isupper()


_STATUS_MARKS = frozenset({":", "-", "—", "–", "|", ")", "(", "]", "["})


def _dated_mark(
    tokens: Sequence[Token], index: int, written: Sequence[str], lexicon: Lexicon
) -> bool:
    """A status word set off by a dash and followed by when or where: "— done 5 Aug",
    "- fixed (#44)", "— fait le 6 juillet", "— già rilasciato il 28/02" (not "- complete the
    cutover": an order, nor "— done by 30 June": a date it is due). An article may stand
    between."""
    word = tokens[index]
    if word.lower not in written:
        return False
    before = index - 1
    if before > 0 and tokens[before].lemma in lexicon["stopwords"]:
        before -= 1  # "già rilasciato", "déjà fait"
    if tokens[before].text not in ("-", "—", "–"):
        return False
    after = index + 1
    while after < len(tokens) and after - index <= _SMALL_WORDS:
        if tokens[after].kind is not Kind.WORD or tokens[after].lower not in lexicon["articles"]:
            break
        after += 1  # "fait le 6 juillet", "già rilasciato il 28/02"
    following = tokens[after] if after < len(tokens) else None
    return (
        following is None
        or following.kind in (Kind.NUMBER, Kind.PUNCT, Kind.REF)
        or any(char.isdigit() for char in following.text)
    )


_SMALL_WORDS = 2


def _past(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "Added an alert", "We added an alert", "Changes have been made", "The fix was
    deployed": the item tells what was done, not what will be ("We will add" is not; what
    comes after the verb, "to avoid it in the future", does not change that)."""
    lemmas = _without_counterfactuals(words, lexicon)  # "should have been found": looked back
    if _decided(words, lexicon):
        return False  # "We have decided to move the queue": a decision, the work ahead
    perfect, passive, subjects = _auxiliaries(lexicon)
    start = 0
    while start < len(words) - 1:
        # "And of course we added...": past what only joins it to what came before
        joined = lexicon["asides"].match(lemmas, start) or (
            words[start].lemma in lexicon["coordinators"]
        )
        if not joined and words[start].lemma not in subjects:
            break
        start += max(1, int(joined))
    start = min(start, len(words) - 1)
    if past_form(words[start], lexicon):
        return not _intended(lemmas[:start], lexicon)
    if start > 0 and _told_after_subject(words, start, lexicon):
        return True
    if lexicon["ensuring"].match(lemmas, start):
        return False  # "Ensure alerts are routed to on-call": the state to see to, not a deed
    # "Changes have been made", "the dashboards were updated" (not "must be validated")
    for index in range(min(len(words) - 1, 5)):
        if _intended(lemmas[: index + 1], lexicon):
            return False
        if index > 0 and words[index].lemma in lexicon["clause_breaks"]:
            return False  # "Alert when any line has had no updates": a condition, not a deed
        if words[index].lower in lexicon.entries("future_auxiliaries"):
            return False  # "Une solution plus robuste sera proposée": the lemma is "être"
        if words[index].lemma in perfect | passive and past_form(
            words[index + 1], lexicon, after_auxiliary=True
        ):
            return True
        if words[index].lemma in _PERFECT and words[index + 1].lemma == "be":
            return True
    return False


def _decided(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A decision that stands, and what it commits to: "We have decided to move the queue to
    a managed service", "we've agreed to rotate the keys", "we decide to" (not "we decided to
    roll back", told as what then happened)."""
    perfect = _auxiliaries(lexicon)[0]
    for index in range(1, min(len(words) - 1, _DECISION_REACH)):
        word = words[index]
        if word.lemma not in _DECIDING or words[index + 1].lower != "to":
            continue
        if word.lower == word.lemma or words[index - 1].lemma in perfect:
            return True
    return False


_DECIDING = frozenset({"decide", "agree", "commit", "choose", "resolve", "opt"})
_DECISION_REACH = 6  # words: "We have now all agreed to"


def _intended(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """An intention, strong or weak: "will", "must", "doivent": what follows is to be done."""
    return lexicon["intent"].found_in(lemmas) or lexicon["weak_intent"].found_in(lemmas)


def _main_clause(words: Sequence[Token]) -> Sequence[Token]:
    """The item without a leading phrase before its comma: "After the outage, we added...",
    "Instead of updating my card, I flipped...", "On 26/04 at 19:18, a message was posted"."""
    if not words or words[0].lemma not in _LEADING:
        return words
    for index, word in enumerate(words[: _LEADING_REACH + 1]):
        if word.text == "," and index + 1 < len(words):
            return words[index + 1 :]
    return words  # tokens, with their commas


_LEADING = frozenset(
    {
        "after",
        "before",
        "instead",
        "once",
        "since",
        "because",
        "following",
        "on",
        "at",
        "in",
        "during",
        "when",
        "as",
        "upon",
        "with",
        "to",
        "for",
    }
)
_LEADING_REACH = 20


def _told_after_subject(words: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """ "The fix involved...", "The security researcher also recommended...", "We have for
    several years enabled...", "The validator was then restarted": after its subject, the
    first verb of the item is in the past (a few words on, past adverbs and phrases)."""
    lemmas = _without_counterfactuals(words, lexicon)
    perfect, passive, _ = _auxiliaries(lexicon)
    auxiliary = False
    relative = False  # inside "that failed" of "The script that failed will get...": its own
    reach = start + _SUBJECT_REACH
    for index in range(start, len(words)):
        if index >= reach:
            break
        word = words[index]
        if word.lemma in _MODALS or _intended(lemmas[: index + 1], lexicon):
            return False
        if word.lower in lexicon.entries("future_auxiliaries"):
            return False  # "La solution sera ensuite proposée": what will be, not what was
        if word.lemma in _RELATIVES and index > start:
            relative, reach = True, reach + _RELATIVE_REACH
            continue
        if past_form(word, lexicon, after_auxiliary=auxiliary):
            if relative:  # the relative clause's verb; the item's own comes after it
                relative = False
                continue
            return True
        if word.lemma in perfect or (word.lemma in passive and word.lower != word.lemma):
            auxiliary = True  # "have", "was": the participle may come a few words on
            continue
        present = word.lower != word.lemma and word.lower.endswith("s")
        if not auxiliary and present and index > start:
            return False  # "The fix ensures...": a present verb, what it does now
    return False


_SUBJECT_REACH = 6
_RELATIVES = frozenset({"that", "which", "who"})
_RELATIVE_REACH = 4  # words of a relative clause read past: "that merged the config"
_MODALS = frozenset({"will", "shall", "should", "must", "would", "can", "could", "may", "might"})


def past_form(word: Token, lexicon: Lexicon, after_auxiliary: bool = False) -> bool:
    """A verb in the past: a form the vocabulary lists as written ("made", "añadimos"), or in
    English a regular "-ed" form; after an auxiliary, a participle by its ending ("avons
    corrigé"); its lemma differs from it."""
    lower = word.lower
    head, hyphen, tail = lower.rpartition("-")
    if (
        hyphen
        and head in _PREFIXES
        and tail in as_written(lexicon, "past_forms")
        and lexicon.lemma(tail) != tail  # not "re-set", "re-read": the same as the order
    ):
        return True  # "Re-ran", "re-built": the verb after its prefix
    if lower == word.lemma:
        # "set", "put", "cut" read as the order ("Set up an alert") unless an auxiliary
        # stands before them: "we have set up", "it was put in place"
        return after_auxiliary and lower in as_written(lexicon, "past_forms")
    if (lexicon.language == "en" and lower.endswith("ed")) or lower in as_written(
        lexicon, "past_forms"
    ):
        return True
    endings = _endings(lexicon)
    return after_auxiliary and len(lower) > _SHORTEST_PARTICIPLE and lower.endswith(endings)


_SHORTEST_PARTICIPLE = 4  # letters: "das", "sein" are no participles
_PREFIXES = frozenset({"re", "pre", "co", "un", "over", "under", "out"})


@lru_cache(maxsize=64)
def _endings(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(lexicon.entries("participle_endings"))


def _auxiliaries(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(perfect, passive, subjects): English's, and the language's own."""
    return (
        _PERFECT | lexicon["auxiliaries_perfect"].words,
        _PASSIVE | lexicon["auxiliaries_passive"].words,
        _SUBJECTS | lexicon["subjects"].words,
    )


def action_cell(text: str) -> str:
    """A table row's action: its first cell of two words or more ("| 3 | Add an alert |
    @li |"); a row of single words (a record's name and value) as it is."""
    if " | " not in text:
        return text
    cells = [cell.strip() for cell in text.split(" | ")]
    return next((c for c in cells if len(c.split()) >= _ACTION_WORDS), text)


_ACTION_WORDS = 2


def nothing_to_do(text: str, lexicon: Lexicon) -> bool:
    """Whether an item says there is none: "None identified", "There are no action items at
    this time", "No further action is needed"; not a gap and then what to do about it
    ("There is no alert on disk usage. Add one (#44)")."""
    tokens = tokenize(plain(text), lexicon)
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    if not lemmas or not lexicon["nothing_to_do"].match(lemmas, 0):
        return False
    if any(t.kind in _POINTERS for t in tokens):
        return False
    said = sentences([(text, 1)], lexicon)
    if len(said) == 1:
        return True
    # "None identified. The redirect is in place; this was a one-off, which will not be
    # repeated.": a short answer and why, with nothing to do in it
    short = sum(t.is_word for t in said[0].tokens) <= _SHORT_ANSWER
    return short and not any(_to_be_done(s, lexicon) for s in said[1:])


_SHORT_ANSWER = 4  # words: "None identified at present."


def _to_be_done(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a sentence says something is to be done: it opens with a plan's verb ("Add
    one") or holds an intent not denied ("we will add", not "which will not be repeated")."""
    words = [t for t in sentence.tokens if t.is_word]
    if words and words[0].lemma in lexicon["plan"] and words[0].lower == words[0].lemma:
        return True
    lemmas = [w.lemma for w in words]
    return any(
        not {"not", "n't", "never"}.intersection(lemmas[end : end + 2])
        for _start, end in lexicon["intent"].spans(lemmas)
    )


_POINTERS = frozenset({Kind.CODE, Kind.URL, Kind.REF, Kind.HANDLE})


def declined(text: str, lexicon: Lexicon) -> bool:
    """Whether an item's first sentence tells of work weighed and turned down: "We considered
    moving to a second SMS gateway and decided not to", "We ruled out a rewrite"."""
    said = sentences([(plain(text), 1)], lexicon)
    return bool(said) and lexicon["declined"].found_in(said[0].lemmas)


@lru_cache(maxsize=4096)
def platitude(text: str, lexicon: Lexicon, cell: bool = False) -> bool:
    """Whether an item names nothing specific to do: "be more careful", "improve monitoring",
    "review the process"; a table's action ``cell`` is terse, and one word of its own names
    something ("Alert on halts")."""
    tokens = _what_to_do(_action_field(_after_owner(plain(text), lexicon), lexicon), lexicon)
    tokens = _past_the_apology(tokens, lexicon)
    committed = _then_intends(tokens, lexicon)
    deed = [t for t in tokens[:committed] if t.kind is Kind.WORD] if committed else []
    if deed and _past(deed, lexicon):
        # "has rectified the issue and will prevent such incidents": the deed is done, and
        # what is still to do is the commitment alone
        tokens = tokens[committed:]
    opening = [t.lemma for t in tokens if t.kind is Kind.WORD]
    # "Going forward, we need to be more vigilant": when is no part of what
    opening = opening[lexicon["recurrence"].match(opening, 0) if opening else 0 :]
    predicates = lexicon["platitude_predicates"]
    pointed = any(t.kind in _POINTED for t in tokens)
    if not pointed and (
        predicates.found_in(_first_words(opening))
        or predicates.found_in(_first_words(_without_degree(opening, lexicon)))
        or (lexicon.language in VERB_FINAL and predicates.found_in(_last_words(opening)))
    ):
        return True  # (a threshold or a ticket says what: "keep monitoring it, page at 5,000")
    if not pointed and _disposition_urged(opening, lexicon):
        return True  # "We should be more proactive about rate limits": a way to be, not a change
    if lexicon["progress_review"].found_in(opening):
        return True  # "The committee will review progress on 6 September": the items, again
    if pointed:
        return False
    if _only_a_quality(tokens, lexicon) or _vague_head(tokens, lexicon):
        return True
    vague = lexicon["platitude"]
    lemmas = _before_its_purpose([t for t in tokens if t.kind is Kind.WORD], lexicon)
    covered: set[int] = set()
    triggers = lexicon.classes.get("triggers", ())
    for start, end in vague.spans(lemmas):
        if start == 0 and end < len(lemmas) and lemmas[end] in triggers:
            continue  # a deed on a condition: "Alert on bounces", "Page when the queue stalls"
        covered.update(range(start, end))
    stop = lexicon["stopwords"]
    specific = [
        lemma
        for index, lemma in enumerate(lemmas)
        if index not in covered
        and lemma not in stop
        and substantial(lemma)
        and not _HIRAGANA.fullmatch(lemma)  # "監視を強化する": を, す, る are grammar
    ]
    # "Implement the necessary changes": a plan's verb and the vocabulary's generic words,
    # and nothing the work is done to
    ordinary = lexicon["generic"].words | lexicon["plan"].words
    weight = sum(_HALF if len(lemma) == 1 and has_cjk(lemma) else 1 for lemma in specific)
    return weight < (1 if cell else 2) or all(lemma in ordinary for lemma in specific)


def _disposition_urged(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """A way for us to be, urged in any words: "we should be more proactive about rate
    limits", "everyone must become more careful", "be more rigorous", "take rate limits more
    seriously" (not "the dashboard should be more visible": a thing, made so)."""
    if "seriously" in lemmas[: _OPENING_WORDS + 4] and "take" in lemmas[:_OPENING_WORDS]:
        return True
    for index, lemma in enumerate(lemmas[:_OPENING_WORDS]):
        if lemma not in _BECOMING or index + 2 >= len(lemmas) or lemmas[index + 1] != "more":
            continue
        quiet = lexicon["planning"].words | lexicon["stopwords"].words
        before = [w for w in lemmas[:index] if w not in quiet]
        return all(w in _US for w in before)  # "we (all) need to", "everyone must", or none
    return False


_BECOMING = frozenset({"be", "become", "get", "stay", "remain"})
_US = frozenset({"we", "all", "everyone", "everybody", "team", "the", "our", "i", "you", "us"})


_OPENING_WORDS = 8  # "We will all need to be more careful"


def _first_words(lemmas: Sequence[str]) -> Sequence[str]:
    """The opening ``_OPENING_WORDS`` words, a character of a script written without spaces
    ("我们将尽量避免此类事故") counting as half of one."""
    weight = 0.0
    for index, lemma in enumerate(lemmas):
        weight += _HALF if len(lemma) == 1 and has_cjk(lemma) else 1
        if weight > _OPENING_WORDS:
            return lemmas[:index]
    return lemmas


def _last_words(lemmas: Sequence[str]) -> Sequence[str]:
    """The closing words, weighed as ``_first_words`` weighs the opening ones: where a
    language that ends its clauses with the verb says what the item urges."""
    return list(reversed(_first_words(list(reversed(lemmas)))))


_HALF = 0.5
_HIRAGANA = re.compile("[\u3041-\u309f]+")


def _past_the_apology(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """What an item says after the apology it opens with, where a commitment follows it: "We
    sincerely apologize to mirror users and will try our best to avoid such incidents": the
    promise is what is weighed (not "We are sorry. If a call cost you money, please reply")."""
    lemmas = [t.lemma for t in tokens]
    apology = next(lexicon["consolation"].spans(lemmas), None)
    if apology is None:
        return tokens
    for index in range(apology[1], len(tokens)):
        if tokens[index].text not in _CLAUSE_MARKS and tokens[index].lemma not in _AND:
            continue
        ahead = range(index + 1, min(len(lemmas), index + 1 + _COMMITMENT_REACH))
        for at in ahead:
            if lexicon["intent"].match(lemmas, at):
                return tokens[at:]  # from the commitment itself: "and assure you that we will"
            if lexicon["horizon"].match(lemmas, at):
                return tokens[index + 1 :]
    return tokens


_COMMITMENT_REACH = 5  # tokens: "and we will", "and assure you that we will", "并将", "今後"


_CLAUSE_MARKS = frozenset({",", ";", ".", "!", "，", "；", "、", "。", "！"})
_AND = frozenset({"and", "und", "et", "y", "e", "en", "og", "并", "并且", "而且"})
_POINTED = frozenset({Kind.CODE, Kind.URL, Kind.REF, Kind.NUMBER, Kind.HANDLE})


def _without_degree(lemmas: Sequence[str], lexicon: Lexicon) -> list[str]:
    """The lemmas without the words that only say how much: "pay closer attention", "be
    extra careful", "take greater care" read as "pay attention", "be careful", "take care"."""
    degree = lexicon["degree"]
    dropped = {i for start, end in degree.spans(lemmas) for i in range(start, end)}
    return [lemma for index, lemma in enumerate(lemmas) if index not in dropped]


def _before_its_purpose(words: Sequence[Token], lexicon: Lexicon) -> list[str]:
    """The lemmas of what is to be done, without what it is for: "More training will be
    conducted (to increase awareness of employees)": why is no part of what. Only after a
    predicate in the passive: in "Monitoring script to assess the versions" and "Review the
    runbook to include the DNS step" the infinitive says what."""
    said = [w.lemma for w in words]
    for index in range(2, len(words) - 1):
        if "be" not in said[:index]:
            continue  # an order's infinitive may say what: "Review the runbook to include X"
        purpose = words[index].lower == "to" or (
            words[index].lower == "so" and _so_that(words, index + 1)
        )
        controlled = any(w.lemma in _BEFORE_AN_INFINITIVE for w in words[max(0, index - 3) : index])
        if purpose and not controlled:  # not "need to add", "want this to happen"
            verb = words[index + 1]
            if words[index].lower == "to" and (
                verb.lower != verb.lemma or verb.lemma in lexicon["stopwords"]
            ):
                continue  # "to the checkout service", "to be": a place, or part of the verb
            return said[:index]
    return said


def _so_that(words: Sequence[Token], after: int) -> bool:
    """Whether "so" opens a purpose: "so that ...", or "so" and a subject with a modal ("so
    devops can find the cause faster", "so we will know")."""
    if words[after].lower == "that":
        return True
    return any(w.lower in _PURPOSE_MODALS for w in words[after + 1 : after + _SUBJECT_WORDS + 1])


_PURPOSE_MODALS = frozenset({"can", "could", "will", "would", "may", "might"})
_SUBJECT_WORDS = 3  # "so the on-call engineer can"


# An infinitive after these is what is to be done, not what for: "need to add", "plan to".
_BEFORE_AN_INFINITIVE = frozenset(
    {"need", "want", "plan", "have", "going", "go", "try", "decide", "able", "order", "how"}
    | {"allow", "ask", "expect", "force", "let", "require", "tell", "use", "continue", "start"}
    | {"begin", "keep", "aim", "intend", "hope", "agree", "promise", "commit", "seek", "attempt"}
)


def vague_commitments(text: str, lexicon: Lexicon) -> bool:
    """Whether an item joins commitments that are each a platitude or a promise to report
    back: "We will continue to invest in reliability and will share updates on our
    progress" (not "...and will add an alert on queue depth")."""
    tokens = tokenize(plain(text), lexicon)
    if any(t.kind in _POINTED for t in tokens):
        return False
    starts = [start for start, _ in lexicon["intent"].spans([t.lemma for t in tokens])]
    if len(starts) < _JOINED:
        return False
    parts = [tokens[a:b] for a, b in pairwise([0, *starts[1:], len(tokens)])]
    return all(
        _reporting_back(part, lexicon) or platitude(_joined_text(part), lexicon) for part in parts
    )


_JOINED = 2  # commitments: "will continue to invest ... and will share updates"


def _joined_text(tokens: Sequence[Token]) -> str:
    return " ".join(t.text for t in tokens if t.kind is not Kind.PUNCT or t.text in ",;")


def _reporting_back(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A promise to tell people how it goes: "will share updates on our progress", "will
    keep you posted", "will inform customers" (the telling, not a change)."""
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    spans = lexicon["intent"].spans(lemmas)
    end = next((e for _, e in spans), 0)
    verb = next((w for w in lemmas[end:] if w not in lexicon["stopwords"]), "")
    if verb in lexicon["communication"]:
        return True
    return verb in _SHARING and bool(_NEWS.intersection(lemmas[end : end + _NEWS_REACH]))


_SHARING = frozenset({"share", "post", "publish", "provide", "give", "keep", "send"})
_NEWS = frozenset({"update", "progress", "news", "posted", "informed", "status"})
_NEWS_REACH = 5  # words from the intent to what it will tell: "will share updates on"


def among_platitudes(text: str, lexicon: Lexicon) -> bool:
    """Whether an item, read beside items that are platitudes, is one more of them: it only
    betters, reviews or weighs something and says nothing of what will change ("Improve our
    QA process for firmware releases", "Review our testing hardware", "Consider revisiting
    scratch policies in the future"), with no ticket, link, figure or code and no verb that
    does the work (not "Improve the importer by adding a dry-run mode")."""
    tokens = _what_to_do(_action_field(_after_owner(plain(text), lexicon), lexicon), lexicon)
    if any(t.kind in _POINTED for t in tokens):
        return False
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    stop = lexicon["stopwords"]
    head = next(
        (i for i, lemma in enumerate(lemmas) if lemma not in stop and lemma not in FIRST_PERSON),
        len(lemmas),
    )
    for _ in range(_BEFORE_THE_VERB):  # "we will need to", "should consider"
        if head >= len(lemmas):
            return False
        weighing = lexicon["bettering"].match(lemmas, head) or lexicon["weighing"].match(
            lemmas, head
        )
        if weighing:
            return not lexicon["plan"].found_in(lemmas[head + weighing :])
        modal = lexicon["intent"].match(lemmas, head) or lexicon["weak_intent"].match(lemmas, head)
        if not modal and lemmas[head] not in stop:
            return False
        head += modal or 1
    return False


_BEFORE_THE_VERB = 4


def _vague_head(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """An item that only betters something vague, however it is scoped: "Improve our monitoring
    so we find out before the teachers do", "Better monitoring during rollouts", "Improve
    communication between day and night shifts". Read up to where its scope or purpose begins
    ("during", "with", "so", "when"): a vague verb of betterment and nothing there but the
    vocabulary of platitudes (not "Add an alert on queue depth": adding is doing)."""
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    scope = lexicon["scope_openers"]
    end = next((i for i in range(1, len(lemmas)) if scope.match(lemmas, i)), len(lemmas))
    lemmas = lemmas[:end]
    if not lexicon["bettering"].found_in(lemmas):
        return False
    covered: set[int] = set()
    for name in ("platitude", "bettering", "degree"):
        for start, end in lexicon[name].spans(lemmas):
            covered.update(range(start, end))
    stop = lexicon["stopwords"]
    return all(i in covered or lemma in stop for i, lemma in enumerate(lemmas))


def _only_a_quality(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A wish for more of a quality, with nothing to do for it: "Change management should be
    more rigorous", "Communication with customers should be faster" (not "Deploys should be
    gated on the canary's error rate": a thing done, in the passive; not "We will add a
    canary stage and will be more careful": work, and a wish beside it)."""
    words = [t for t in tokens if t.kind is Kind.WORD]
    if len(words) > _ONE_WISH:
        return False  # a paragraph says more than its wish
    joins = lexicon["coordinators"]
    for index, token in enumerate(words):
        if token.lemma != "be" or index == 0 or words[index - 1].lemma not in _WISHING:
            continue
        before = index - 2 if index > 1 and words[index - 2].lemma in FIRST_PERSON else index - 1
        if before > 0 and joins.found_in([words[before - 1].lemma]):
            return False  # "... and will be more careful": a predicate before it says what
        rest = words[index + 1 :]
        if rest and rest[0].lemma in ("more", "less"):
            rest = rest[1:]
        elif not rest or not _comparative(rest[0]):
            continue
        # Nothing after the quality but when: "be more careful (than before, going forward)",
        # "should be faster when something goes wrong"
        if rest and (
            all(t.lemma in _AFTER_A_QUALITY for t in rest[1:])
            or (len(rest) > 1 and rest[1].lemma in _WHEN_IT_HAPPENS)
        ):
            return True
    return False


def _comparative(token: Token) -> bool:
    """ "faster", "better", "stricter": a quality's comparative (not "the owner")."""
    return token.lower != token.lemma and token.lower.endswith("er")


_WISHING = frozenset({"should", "must", "need", "to", "will", "shall", "would"})
# What may follow the quality without saying what to do: "be more careful than before".
_AFTER_A_QUALITY = frozenset(
    {"than", "before", "go", "forward", "in", "the", "future", "from", "now", "on", "overall"}
)
# A clause of when, after the quality: the wish holds then, and says no more what to do.
_WHEN_IT_HAPPENS = frozenset({"when", "whenever", "if", "during", "while"})
_ONE_WISH = 14  # words: "Communication with our customers should be much faster going forward"


def _after_owner(text: str, lexicon: Lexicon) -> str:
    """An item that opens with who owns it, less that field: "Owner: **Elif Şahin** — look
    up the operator", "Owner: SRE team. Alert when..." (the work is what follows it); and
    less the inline fields notes keep before it ("[due:: 2026-06-01] [owner:: Alexandre]
    Reduce the GC interval", Obsidian's Dataview)."""
    fields = _INLINE_FIELDS.match(text)
    if fields is not None:
        text = text[fields.end() :]
    found = _owner_opening(lexicon).match(text)
    return text if found is None else text[found.end() :]


_INLINE_FIELDS = re.compile(r"\s*(?:\\?\[[^\[\]:]{1,40}::[^\]]*\\?\]\s*)+")


@lru_cache(maxsize=64)
def _owner_opening(lexicon: Lexicon) -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in lexicon.entries("owner_labels"))
    return re.compile(rf"\W*(?:{labels})\s*[:=]\s*[^\n]*?(?:\s[—–-]\s|[.;|]\s)", re.I)


def _action_field(text: str, lexicon: Lexicon) -> Sequence[Token]:
    """The tokens of the field that says what to do, in an item written as fields ("Improve
    monitoring — Platform — TIX-1", a table row "Be more careful | Everyone | TIX-2"): the
    one with the most words, when another holds a ticket, a handle or a link; else all."""
    columns = [column for column in _COLUMN_GAP.split(text.strip()) if column]
    if len(columns) > 1:  # a plain-text table: "Improve monitoring          Ops"
        text = max(columns, key=lambda column: len(column.split()))
    fields = [tokenize(field, lexicon) for field in _FIELD_SEPARATOR.split(text)]
    if len(fields) == 1:
        return fields[0]
    if not any(t.kind in (Kind.REF, Kind.HANDLE, Kind.URL) for field in fields for t in field):
        return tokenize(text, lexicon)
    return max(fields, key=lambda field: sum(t.kind is Kind.WORD for t in field))


_FIELD_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*\|\s*")
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # columns aligned with spaces


def _what_to_do(tokens: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """An item's tokens less what says who owns it and where it is tracked, which says nothing
    of what to do: a group in parentheses holding a handle, a ticket or an owner field ("Make
    sure this never happens again (@sam, PAY-431)"), and an owner field to the item's end."""
    labels = lexicon["owner_labels"]
    kept: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.text == "(":
            close = next((j for j in range(index + 1, len(tokens)) if tokens[j].text == ")"), -1)
            group = tokens[index + 1 : close] if close > 0 else []
            if any(t.kind in (Kind.HANDLE, Kind.REF) or t.lemma in labels for t in group):
                index = close + 1
                continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.lemma in labels and following is not None and following.text in _FIELD_MARKS:
            break  # "owner: Sam Lee", "Owner - Platform"
        kept.append(token)
        index += 1
    return kept


_FIELD_MARKS = frozenset({":", "-", "–", "—", "="})


@lru_cache(maxsize=4096)
def intends(text: str, lexicon: Lexicon, weak: bool = False) -> bool:
    """Whether a sentence commits to work still to do: "we will add", "next, move X",
    or an item opening with a verb ("Add an alert on..."); with ``weak``, also "we should"."""
    if text.lstrip().startswith(("[]", "[ ]")):
        return True  # a box not yet ticked, written without the task-list syntax
    clean = plain(text)
    tokens = tokenize(clean, lexicon)
    words = [t for t in tokens if t.kind is Kind.WORD]
    if not words:
        return False
    if _offered_to_readers(words, lexicon) or _asked_of_readers(words, lexicon):
        return False
    if _points_to(words, lexicon) and cites(clean, tokens):
        return False  # "See the full diff [here](...)": where to read more, not work
    said = _without_counterfactuals(words, lexicon)
    if any(
        not _a_point_in_the_story(words, start) and not _reached_for_then(words, start, lexicon)
        for start, _ in lexicon["intent"].spans(said)
    ):
        return True
    endings = lexicon["future_endings"].words
    if endings and any(_synthetic_future(word, endings) for word in words):
        return True  # "revisaremos nuestras alertas"
    if weak:
        supposed = _supposed(tokens)
        if any(
            not _obliged_then(words, start, lexicon) and start not in supposed
            for start, _ in lexicon["weak_intent"].spans(said)
        ):
            return True
    return _order(words, lexicon) or _under_way(words, lexicon)


def _points_to(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """An order to the readers to look somewhere ("See the full diff", "Refer to the
    runbook"), not to find something out ("See if we can shard the table")."""
    return words[0].lemma in lexicon["pointing"] and (
        len(words) == 1 or words[1].lemma not in _FINDING_OUT
    )


_FINDING_OUT = frozenset({"if", "whether", "about", "how", "why", "what", "when", "which"})


def _offered_to_readers(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A sentence that opens on a condition put to the readers: "If you still have a
    half-published release, open an issue and we'll sort it out": advice and an offer, not
    work the team commits to."""
    return words[0].lemma in lexicon["conditionals"] and any(
        w.lower in lexicon["second_person"] for w in words[1:_READER_REACH]
    )


_READER_REACH = 3  # words: "if you", "if any of you", "si vous", "se você"


def _asked_of_readers(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """The writer asking the readers to come back to them: "Let me know if anything is
    missing", "Vragen of aanvullingen graag vóór 31 januari aan mij" (a word to the readers,
    not work; but "an email to me and Rosa if it fails" is the work's)."""
    lemmas = [w.lemma for w in words]
    if lexicon["ask_the_writer"].found_in(lemmas):
        return True
    return lexicon["to_the_writer"].found_in(lemmas) and lexicon["courtesy"].found_in(lemmas)


def _supposed(tokens: Sequence[Token]) -> set[int]:
    """The words (by their index among words) of a condition: "If anyone wants to help,
    reply here" wants nothing of anyone."""
    found = set()
    inside = False
    index = -1
    for token in tokens:
        if token.kind is not Kind.WORD:
            inside = inside and token.text not in ",;:"
            continue
        index += 1
        if token.lemma in _CONDITIONS:
            inside = True
        elif inside:
            found.add(index)
    return found


_CONDITIONS = frozenset({"if", "unless", "whether"})


def _reached_for_then(words: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A word of intent as the infinitive of a verb in the past: "before I was able to
    investigate", "we tried to explore the logs", "they wanted to evaluate it": what was or
    was not done then, not work ahead (``words`` may hold marks: they are no past form)."""
    if start == 0 or words[start - 1].lower != "to":
        return False
    before = words[max(0, start - 2 - _REACHED_FOR_REACH) : start]
    if _decided(before, lexicon):
        return False  # "we have decided to investigate": a decision that stands
    return any(
        past_form(word, lexicon) or word.lower in _PAST_AUXILIARIES
        for word in words[max(0, start - 1 - _REACHED_FOR_REACH) : start - 1]
    )


_REACHED_FOR_REACH = 3  # words before the "to": "was not able to", "tried hard to"


def _a_point_in_the_story(words: Sequence[Token], start: int) -> bool:
    """ "the next morning", "the next day": when something happened, not what is next."""
    return (
        words[start].lower == "next"
        and start > 0
        and words[start - 1].lower == "the"
        and start + 1 < len(words)
        and words[start + 1].lemma in _TIMES_OF_DAY
    )


_TIMES_OF_DAY = frozenset({"morning", "day", "afternoon", "evening", "night", "hour", "minute"})


def _obliged_then(words: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A duty told in the past: "we had to buy a second ticket", "hanno dovuto comprare",
    "mussten warten": what people went through, not work taken on."""
    modal = words[start]
    if past_form(modal, lexicon):
        return True
    perfect = _auxiliaries(lexicon)[0]
    return (
        start > 0
        and words[start - 1].lemma in perfect
        and past_form(modal, lexicon, after_auxiliary=True)
    )


def _under_way(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Work told in the present progressive: "Li is adding a canary stage", "we're
    migrating the queue" (not "the service is running": no plan's verb)."""
    return any(
        before.lower in _PRESENT_BE
        and word.lemma in lexicon["plan"]
        and word.lower != word.lemma
        and word.lower.endswith("ing")
        for before, word in pairwise(words)
    )


_PRESENT_BE = frozenset({"is", "are", "am", "'re", "’re", "re"})


def _order(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words open with an order: a plan's verb ("Add an alert"), or a bare verb
    and its object ("Rotate the keys", "Use a unique password"), not a noun opening a
    statement ("Password reuse is...")."""
    first = words[0]
    if first.lower != first.lemma or any(
        first.lemma in lexicon[name] for name in ("stopwords", "clause_breaks", "prepositions")
    ):
        return False  # "While the event was occurring", "During the outage
    if first.lemma in lexicon["plan"]:
        return True
    return len(words) > 1 and words[1].lower in _DETERMINERS


def has_doer(text: str, lexicon: Lexicon) -> bool:
    """Whether the work ``text`` intends has someone to do it: the subject of its intention
    is us, a person or a team ("We should snapshot daily", "the SRE team will add a check"),
    or it has none, being an order or a plan ("Add an alert", "Need to rotate the keys");
    not a rule or a prediction about things ("Any future kernel update must use the rolling
    procedure", "the cluster will wait forever"): a lesson, not work anyone took on."""
    if text.lstrip().startswith(("[]", "[ ]")):
        return True  # a box not yet ticked: work by its form, whoever does it
    stop = lexicon["stopwords"]
    for sentence in sentences([(plain(text), 1)], lexicon):
        tokens = sentence.tokens
        words = [t for t in tokens if t.kind is Kind.WORD]
        if not words:
            continue
        lemmas = [t.lemma for t in tokens]
        for name in ("intent", "weak_intent"):
            for start, end in lexicon[name].spans(lemmas):
                if _before_its_noun(tokens, start, end, stop):
                    continue  # "the next node", "→ next node": no intention
                if name == "weak_intent" and _denied(tokens, end, lexicon):
                    continue  # "We shouldn't rely on X", "I shouldn't be trusted": a rule
                if _passive_after(tokens, end, lexicon):
                    return True  # work to be done, whoever does it: "will be added"
                subject = head_before(tokens, start, lexicon)
                if subject is None and _named(tokens[:start], stop):
                    return True  # someone by name: "Alex should rotate the keys"
                if subject is None and any(
                    t.kind is Kind.WORD and t.lemma not in stop for t in tokens[:start]
                ):
                    continue  # something not read as a mention is the subject: "Any update must"
                if subject is not None and subject.text.lower() in lexicon["second_person"]:
                    continue  # "you may have to do dirty hacks": anyone's, no one's work
                if subject is None or subject.person:
                    return True  # an order, a plan, or ours
        if _order(words, lexicon):
            return True
    return False


def _denied(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether a negation follows the word of obligation ending at ``end``: "should not",
    "muss nicht"."""
    return end < len(tokens) and (
        tokens[end].lemma in _NEGATIONS or tokens[end].lemma in lexicon["negations"]
    )


_NEGATIONS = frozenset({"not", "never", "no", "n't"})


def _named(tokens: Sequence[Token], stop: WordClass) -> bool:
    """Whether the words are names, as written: each of them capitalised but the everyday
    words joining them ("Alex", "Sam and Priya"; not "Any future kernel update")."""
    words = [t for t in tokens if t.kind is Kind.WORD]
    return any(t.lemma not in stop for t in words) and all(
        t.text[:1].isupper() or t.lemma in stop for t in words
    )


def _before_its_noun(tokens: Sequence[Token], start: int, end: int, stop: WordClass) -> bool:
    """A single word qualifying the noun after it, after an article, another everyday word or
    a mark: "the next node", "→ next node" (not "Next, we will", "doit être ajoutée")."""
    if end - start != 1 or start == 0 or end >= len(tokens):
        return False
    before, word, after = tokens[start - 1], tokens[start], tokens[end]
    return (
        (before.kind is not Kind.WORD or before.lemma in stop)
        and word.lemma not in stop
        and after.kind is Kind.WORD
        and after.lemma not in stop
    )


def _passive_after(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether a passive follows: its auxiliary and a participle, in either order ("will be
    added", "doit être ajoutée", "muss ergänzt werden")."""
    _, passive, _ = _auxiliaries(lexicon)
    after = tokens[end:]
    return any(t.lemma in passive for t in after) and any(
        past_form(t, lexicon, after_auxiliary=True) for t in after
    )


def _without_counterfactuals(words: Sequence[Token], lexicon: Lexicon) -> list[str]:
    """The words' lemmas, with what might have been blanked out: "they shouldn't have rolled
    back", "we could have caught it", "...when they shouldn't have" reflect on the past; "we
    should have a runbook" is work."""
    lemmas = [w.lemma for w in words]
    for index in range(1, len(words)):
        if lemmas[index] != "have":
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        if not (
            after is None
            or after.lower == "been"
            or past_form(after, lexicon, after_auxiliary=True)
        ):
            continue
        modal = index - 1 if lemmas[index - 1] != "not" else index - 2
        if modal >= 0 and lemmas[modal] in _MODALS:
            lemmas[modal : index + 1] = [""] * (index + 1 - modal)
    return lemmas


_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "our",
        "all",
        "any",
        "each",
        "every",
        "its",
        "their",
        "this",
        "these",
        "those",
        "some",
        "more",
        "your",
        "no",
    }
)


def intentions(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where ``sentence`` says something will be done: a word of intent ("we will", "we plan
    to"), or a verb in a future that is one word, which its lemma loses ("revisaremos",
    "réviserons", "aggiungeremo": the infinitive, or its stem, with a future ending)."""
    found = [
        (a, b)
        for a, b in lexicon["intent"].spans(sentence.lemmas)
        if not _reached_for_then(sentence.tokens, a, lexicon)
    ]
    endings = lexicon["future_endings"].words
    if endings:
        found += [
            (index, index + 1)
            for index, token in enumerate(sentence.tokens)
            if token.is_word and _synthetic_future(token, endings)
        ]
        found.sort()
    return found


def _synthetic_future(token: Token, endings: frozenset[str]) -> bool:
    written, lemma = token.lower, token.lemma
    if written == lemma:
        return False
    for stem in (lemma, lemma[:-1], lemma[:-_ITALIAN_INFINITIVE]):
        if len(stem) >= _STEM and written.startswith(stem) and written[len(stem) :] in endings:
            return True
    return False


_STEM = 3  # letters: the shortest verb stem a future ending follows
_ITALIAN_INFINITIVE = 3  # "aggiungere" -> "aggiung" + "eremo"
