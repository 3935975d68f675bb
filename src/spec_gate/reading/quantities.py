"""How long or how many: durations, spans of time, counts and shares, in figures or in words.

A number counts only when it measures something: not a year, a date, a version, an HTTP status
("502 errors"), a reference ("incident 42", "#12") or a quarter ("Q3", which is a word here).
"""

from __future__ import annotations

from collections.abc import Sequence

from spec_gate.reading.lexicon import Lexicon
from spec_gate.reading.text import Kind, Token, shown

_ONE_WORDS = frozenset({"one", "a", "an"})


def extent(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    """The words that say how long or how many, or None. ``tokens`` are one sentence's."""
    lemmas = [t.lemma for t in tokens]
    for start, end in lexicon["durations"].spans(lemmas):
        return shown(tokens, start, end)
    for index in range(len(tokens)):
        found = _measure_at(tokens, lemmas, index, lexicon) or _whole_stretch(
            tokens, lemmas, index, lexicon
        )
        if found is not None:
            return found
    return None


def _whole_stretch(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> str | None:
    """A whole stretch of time said without a number: "all of Sunday", "most of the day",
    "the entire weekend", "den ganzen Sonntag", "tout le week-end"."""
    if lemmas[index] not in lexicon.classes.get("whole", ()):
        return None
    after = index + 1
    last = min(len(tokens), index + _WHOLE_GAP + 1)
    while after < last and lemmas[after] in lexicon["stopwords"]:
        if lemmas[after] in lexicon["weekdays"]:
            break  # "sun" is a weekday and a word
        after += 1  # "of", "the", "on": "most of the day", "most on Sunday"
    if after < len(tokens) and (
        lemmas[after] in lexicon["weekdays"] or _starts(lexicon, "time_units", lemmas, after)
    ):
        return shown(tokens, index, after + 1)
    return None


_WHOLE_GAP = 2  # small words between the whole and its stretch: "most of the (day)"


def _measure_at(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> str | None:
    token = tokens[index]
    nxt = lemmas[index + 1] if index + 1 < len(lemmas) else ""
    if token.kind in (Kind.TIME, Kind.DATE):
        return _span(tokens, lemmas, index, lexicon)
    if token.kind is Kind.WORD:
        if token.lemma in lexicon.classes.get("span_openers", ()):  # from X to Y
            return _span(tokens, lemmas, index, lexicon)
        return _vague(tokens, lemmas, index, lexicon) or _scoped(tokens, index, lexicon)
    if token.kind is not Kind.NUMBER or token.value is None:
        return None
    if token.lower in _ONE_WORDS or (token.value == 1 and not token.text[0].isdigit()):
        # "one" is also a pronoun ("one of the nodes"): a count only before a unit or a share
        if (
            _starts(lexicon, "time_units", lemmas, index + 1)
            or nxt == "in"
            or _counts_people(tokens, index + 1, lexicon)
        ):
            return shown(tokens, index, index + 2)
        return None
    if (
        _names_something(tokens, lemmas, index, lexicon)
        or _of_the_machinery(lemmas, index, lexicon)
        or _a_machines_share(tokens, lemmas, index, lexicon)
        or _a_request_time(lemmas, index, lexicon)
    ):
        return None
    if _a_time_of_day(tokens, index):
        return None  # "around 9 p.m.", "until nearly eleven at night": when, not how long
    return shown(tokens, index, min(len(tokens), index + 2))


def _a_time_of_day(tokens: Sequence[Token], index: int) -> bool:
    """Whether the number at ``index`` is a clock's: "9 p.m.", "eleven o'clock", "eleven at
    night", "six in the morning" (a moment; a span is read from its opener)."""
    after = [t.lower.rstrip(".") for t in tokens[index + 1 : index + _CLOCK_WORDS + 1]]
    if after[:1] and after[0] in _CLOCK:
        return True
    return after[:2] == ["at", "night"] or (
        after[:2] == ["in", "the"] and after[2:3] in (["morning"], ["evening"], ["afternoon"])
    )


_CLOCK = frozenset({"a.m", "p.m", "am", "pm", "o'clock", "o’clock", "oclock"})
_CLOCK_WORDS = 3  # "in the morning"


def _of_the_machinery(lemmas: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    """Whether the number counts the parts a system is made of, or measures how it ran: "all
    three nodes", "46 pods", "0.2 ms": the system's side, not how long or how many of the
    people it served."""
    machinery = lexicon["machinery"]
    after = index + 1
    if (
        after + 1 < len(lemmas)
        and lemmas[after] in ("to", "-", "–", "or")
        and lemmas[after + 1][:1].isdigit()
    ):
        after += 2  # a range: "2 to 5 ms"
    return any(word in machinery for word in lemmas[after : after + _COUNTED_REACH])


_COUNTED_REACH = 2  # words from a number to what it counts: "three pvek8s nodes"


def _a_request_time(lemmas: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    """Whether the number at ``index`` is a request's time, in seconds ("waited more than 3 s",
    "timed out after 30 seconds"), not said to last as someone waited ("for thirty seconds")."""
    units = lexicon.classes.get("request_times")
    if units is None or index + 1 >= len(lemmas) or lemmas[index + 1] not in units:
        return False
    lasting = lexicon.classes.get("lasting", ())
    before = lemmas[max(0, index - _LASTING_REACH) : index]
    return not any(word in lasting for word in before)


_LASTING_REACH = 3  # words from "for" to the number: "for about 30 seconds"


def _a_machines_share(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> bool:
    """Whether a percentage is how full or busy a part of the system was, said earlier in its
    clause ("CPU on the data nodes was pinned at 100%", "the JVM heap filled to 98%"), not a
    share of anyone ("30% of riders")."""
    after = lemmas[index + 1 : index + 3]
    if tokens[index].text.endswith("%"):
        after = ["%", *after]
    if not after or after[0] not in _PERCENT or "of" in after[1:]:
        return False
    machinery = lexicon["machinery"]
    for earlier in range(index - 1, -1, -1):
        if tokens[earlier].kind is Kind.PUNCT and tokens[earlier].text in _CLAUSE_END:
            return False
        if lemmas[earlier] in machinery:
            return True
    return False


_PERCENT = frozenset({"%", "percent", "per cent"})
_CLAUSE_END = frozenset({".", ";", ":", ",", "!", "?"})


def _names_something(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> bool:
    """Whether the number at ``index`` is a year, a date, a status code, a reference..."""
    token = tokens[index]
    value = token.value or 0.0
    text = token.text
    prev = lemmas[index - 1] if index > 0 else ""
    nxt = lemmas[index + 1] if index + 1 < len(lemmas) else ""
    if text.count(".") >= 2 or prev in ("v", "version", "release", "ver"):
        return True  # a version
    if (
        index > 0
        and index + 1 < len(tokens)
        and tokens[index + 1].text in _CLOSING_QUOTES
        and tokens[index - 1].text[:1].isupper()
    ):
        return True  # the end of a quoted name: the "Flex 8" plan, "Pro 2"
    if (
        index > 0
        and tokens[index - 1].kind is Kind.NUMBER
        and tokens[index - 1].text.count(".") >= 2
    ):
        return True  # the rest of a version: "5.4.0-231-generic"
    if prev in lexicon["naming_words"] or prev.startswith("#"):
        return True
    if (
        _starts(lexicon, "ordinal_suffixes", lemmas, index + 1)
        or _starts(lexicon, "months", lemmas, index + 1)
        or prev in lexicon["months"]
        or (nxt in lexicon["stopwords"] and _starts(lexicon, "months", lemmas, index + 2))
    ):
        return True  # a day of the month: "3 March", "March 3", "28 de febrero"
    if text.isdigit() and len(text) == 4 and 1900 <= value <= 2100 and not _counted(nxt, lexicon):
        return True  # a year
    if text.isdigit() and 1000 <= value < 1900 and prev in ("in", "since") and not nxt.isalpha():
        return True  # a year in history: "invented in 1884," (not "in 1800 requests")
    is_status = text.isdigit() and len(text) == 3 and 100 <= value <= 599
    if not is_status:
        return False
    if nxt in lexicon["status_words"] or prev in ("http", "a", "an", "status", "with"):
        return True
    # "returns a generic 403 for every failure", "served the same 404": a status used as a
    # noun, counting nothing after it (not "the 403 drivers")
    counts_nothing = not nxt.isalpha() or nxt in lexicon["stopwords"]
    before = lemmas[max(0, index - _STATUS_REACH) : index]
    returned = any(w in ("a", "an", "the") or w in lexicon["showing"].words for w in before)
    return counts_nothing and returned


_CLOSING_QUOTES = frozenset({'"', "”", "»", "’"})
_STATUS_REACH = 3  # words before a status: "returns a generic 403"


def _starts(lexicon: Lexicon, name: str, lemmas: Sequence[str], index: int) -> bool:
    """Whether a member of the class starts at ``index`` (a word, or a run of characters in
    Japanese and Chinese: "時間")."""
    return 0 <= index < len(lemmas) and lexicon[name].match(lemmas, index) > 0


def _counted(lemma: str, lexicon: Lexicon) -> bool:
    """Whether a word after a four-digit number is what it counts ("2000 users")."""
    return lemma.isalpha() and lemma not in lexicon["months"] and lemma not in lexicon["stopwords"]


def _counts_people(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    from spec_gate.reading.people import is_person

    return index < len(tokens) and is_person(tokens[index], lexicon) is True


def _span(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> str | None:
    """A span of time: "from 14:02 to 14:47", "between Monday and Wednesday", "14:02-14:47"."""
    closers = lexicon["span_closers"]
    limit = min(len(tokens), index + 10)
    start = index
    if tokens[index].kind is Kind.WORD:  # an opener: "from", "between", "starting on"
        start = index + 1
        if start < len(tokens) and tokens[start].lemma in _BEFORE_A_MOMENT:
            start += 1
        if start >= len(tokens) or not _a_moment(tokens[start], lexicon):
            return None
    for later in range(start + 1, limit):
        token = tokens[later]
        if token.lemma in closers or token.text in ("–", "—", "-") or token.text.strip() == "-":
            following = later + 1
            while following < len(tokens) and tokens[following].lemma in _BEFORE_A_MOMENT:
                following += 1  # "from March 15 to the 17th", "going through to March 17th"
            if following < len(tokens) and _a_moment(tokens[following], lexicon):
                if following + 1 < len(tokens) and tokens[following + 1].kind is Kind.NUMBER:
                    following += 1  # "to March 17th"
                if following + 1 < len(tokens) and tokens[following + 1].lemma in _ORDINALS:
                    following += 1
                return shown(tokens, index, following + 1)
            if token.lemma == "and":
                continue  # "starting on March 15th and going through to March 17th"
            return None
        if token.kind is Kind.PUNCT and token.text not in ("(", ")"):
            return None
    return None


_BEFORE_A_MOMENT = frozenset({"the", "on", "at", "to", "in"})
_ORDINALS = frozenset({"st", "nd", "rd", "th"})


def _a_moment(token: Token, lexicon: Lexicon) -> bool:
    return (
        token.kind in (Kind.TIME, Kind.DATE, Kind.NUMBER)
        or token.lemma in lexicon["weekdays"]
        or token.lemma in lexicon["months"]
    )


_EVERYONE = frozenset({"everyone", "everybody"})  # all of them (not "nobody wrote to us")


def _scoped(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> str | None:
    """Which of the people, named: "Windows users", "users from Argentina", "customers in
    Spain", "riders on Android" (a share, though not a number; not "some users").

    A name is capitalised where a sentence does not start."""
    if (
        index >= len(tokens)
        or tokens[index].lower == tokens[index].lemma
        or not _counts_people(tokens, index, lexicon)
    ):
        return None  # a plural ("users", not "user") of people (told second: it costs more)
    if (
        index > 1
        and _named(tokens[index - 1])
        # "What members saw: Some members", "Impact: Many users": a quantifier, not a name
        and tokens[index - 1].lemma not in lexicon["stopwords"]
        and tokens[index - 1].lower not in _QUANTIFIERS
    ):
        return shown(tokens, index - 1, index + 1)
    after = index + 1
    if (
        after + 1 < len(tokens)
        and tokens[after].lower in ("from", "in", "on")
        and _named(tokens[after + 1])
    ):
        return shown(tokens, index, after + 2)
    return None


_QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "various", "numerous", "other"})


def _named(token: Token) -> bool:
    return token.kind is Kind.WORD and token.text[:1].isupper() and not token.text.isupper()


def _vague(
    tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon
) -> str | None:
    """A share or amount in words: "a third of", "half of", "all users", "dozens of"."""
    fractions = lexicon["fractions"]
    length = fractions.match(lemmas, index)
    if length and (
        index + length < len(lemmas) and lemmas[index + length] in ("of", "a", "an", "the")
    ):
        return shown(tokens, max(0, index - 1), index + length + 1)
    length = lexicon["vague_amounts"].match(lemmas, index)
    if not length:
        return None
    if " ".join(lemmas[index : index + length]) in _EVERYONE:
        return shown(tokens, index, index + length)  # "everyone visiting the site": all of them
    after = index + length
    if _starts(lexicon, "time_units", lemmas, after):
        if lexicon["how_often"].match(lemmas, index) == length:
            return None  # "rely on us every day": how often, not how long anything lasted
        return shown(tokens, index, after + 1)
    if lexicon["few_amounts"].match(lemmas, index) == length:
        return None  # "a few people", "alguns passageiros": no count of anyone
    for reach in range(after, min(len(tokens), after + 3)):  # "all European users"
        if tokens[reach].lower in _PRONOUNS:
            return None  # "each of them", "all of us": no one counted
        if _counts_people(tokens, reach, lexicon):
            return shown(tokens, index, reach + 1)
        if tokens[reach].kind is not Kind.WORD:
            break
    if (
        after + 1 < len(tokens)
        and lemmas[after] in ("of", "the", "our", "their")
        and (_counts_people(tokens, after + 1, lexicon) or lemmas[after + 1] in ("the", "our"))
    ):
        return shown(tokens, index, after + 2)
    return None


_PRONOUNS = frozenset({"them", "they", "us", "you", "those", "these"})
