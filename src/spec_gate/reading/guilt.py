"""Empathy used as a guilt trip: acknowledging that someone is worn down, or has carried a
lot, in order to ask them for more anyway ("I know you're tired, but the team needs you to
cover Saturday", "we all see how hard you've been pushing, which is why we're hoping you'll
pick up Sunday"), leaning on them through the team ("we're counting on you to..."), or
minimising the ask ("just one more night"), or pressing them with the team let down, a
toughness to live up to or others held up as the measure ("everyone else managed three weeks
without complaining").

Offering relief is not a guilt trip: "you're exhausted, so I'll take your Saturday" asks
nothing of the tired person, "take Friday off" asks them to rest, and "I'll take one more
night so you can rest" extends the speaker's own shift.
"""

from __future__ import annotations

from collections.abc import Sequence

from spec_gate.reading.lexicon import Lexicon, as_written
from spec_gate.reading.text import Kind, Sentence, Token, unspaced

_REACH = 12  # words: how far before an extension a request to "you" may stand
_NEAR = 3  # words between "you" and what obliges it: "it has to be you"


def guilt_trip(sentence: Sentence, lexicon: Lexicon, before: Sentence | None = None) -> bool:
    """Whether ``sentence`` uses someone's strain, the team's need or a minimised extension to
    ask them for more work; ``before`` is the sentence before it in its paragraph, where the
    strain may have been acknowledged ("I know this week took a lot out of you. Since you
    have the context, though, it makes sense for you to stay on")."""
    words = [t for t in sentence.tokens if t.is_word or t.kind is Kind.NUMBER]  # "one more"
    lemmas = [t.lemma for t in words]
    if lexicon["leaning"].found_in(lemmas) or _leaning_unspaced(sentence.text, lexicon):
        return True
    acknowledged = before is not None and _acknowledges(before, lexicon)
    if (
        before is not None
        and acknowledged
        and lexicon["acknowledgements"].found_in([t.lemma for t in before.tokens if t.is_word])
        and (_requested(lemmas, lexicon) or _someone_must(lemmas, lexicon))
        and not _offers_relief(lemmas, lexicon)
    ):
        # "I know you're tired. Can you still take the Saturday migration?", "... Somebody
        # has to do Sunday though"
        return True
    if _turned(
        words, lemmas, lexicon, acknowledged, turned=acknowledged and _turns(before, lexicon)
    ):
        return True
    if _lost_without_you(words, lemmas, lexicon):
        return True  # "we'd be lost without you, so could you pick up Monday night as well?"
    if lexicon["pressure"].found_in(lemmas) and not lexicon["relief"].found_in(lemmas):
        return True  # "a real engineer doesn't let a few pages get to them, no excuses"
    strained = next((end for _, end in lexicon["strain"].spans(lemmas)), None)
    if strained is not None:
        rest = words[strained:]
        if _asks_you(rest, lexicon) and not _offers_relief([t.lemma for t in rest], lexicon):
            return True
        if _pressed_anyway(lemmas, strained, lexicon):
            return True  # "you look exhausted, but somebody has to cover the freeze weekend"
    for start in (
        *(s for s, _ in lexicon["extensions"].spans(lemmas)),
        *_more_time(lemmas, lexicon),
    ):
        if start and lemmas[start - 1] in lexicon["minimisers"]:
            return True  # "just one more night"
        if any(m in lexicon["minimisers"] for m in lemmas[max(0, start - _COUNT) : start]):
            return True  # "only a couple more hours"
        if _asks_you(words[max(0, start - _REACH) : start], lexicon):
            return True  # "could you do one more night"
    return False


def _more_time(lemmas: Sequence[str], lexicon: Lexicon) -> list[int]:
    """Where more of the time itself is asked, a count before it: "a couple more hours", "two
    more nights", "zwei weitere Nächte" (not "how many more hours": a question of how much).
    The positions are the counts'."""
    more, units, few = lexicon["more_of"], lexicon["time_units"], lexicon["few"]
    found = []
    for index, lemma in enumerate(lemmas[1:], 1):
        counted = lemmas[index - 1]
        if (
            lemma in more
            and index + 1 < len(lemmas)
            and units.match(lemmas, index + 1)
            and (counted in few or counted in lexicon.numbers or counted.isdigit())
        ):
            found.append(index - 1)  # the count: "two more", "couple more" (not "how many more")
    return found


_COUNT = 3  # words of a count before "more": "only a couple", "just a few"


def _leaning_unspaced(text: str, lexicon: Lexicon) -> bool:
    """Leaning on the person, where words are not spaced: "别让大家失望", "다 믿고 있어요"."""
    return any(entry in text for entry in unspaced(lexicon, "leaning"))


def _turned(
    words: Sequence[Token],
    lemmas: Sequence[str],
    lexicon: Lexicon,
    acknowledged: bool,
    turned: bool = False,
) -> bool:
    """An acknowledgement of what the work costs ("I know the crunch flattened you", "I hate
    to ask"), turned by a "but" into an ask of "you" that is no relief; the acknowledgement
    in this sentence, before its "but", or ``acknowledged`` by the sentence before, which may
    have ``turned`` already ("I know last week wrecked you, but if you take Friday off the
    backlog slips. Please cover Friday")."""
    if turned and _asks_you(words, lexicon) and not _offers_relief(lemmas, lexicon):
        return True
    start = said = 0
    if not acknowledged:
        span = next(iter(lexicon["acknowledgements"].spans(lemmas)), None)
        if span is None:
            return False
        said, start = span
    turn = next((at for at, _ in lexicon["contrasts"].spans(lemmas[start:])), None)
    # (what is acknowledged may name them in its own words: "sorry you drew the short straw")
    if turn is None or not (acknowledged or _about_them(lemmas[said : start + turn], lexicon)):
        return False
    rest = words[start + turn :]
    return _asks_you(rest, lexicon) and not _offers_relief([t.lemma for t in rest], lexicon)


def _pressed_anyway(lemmas: Sequence[str], strained: int, lexicon: Lexicon) -> bool:
    """The strain of the person spoken to, turned by a "but" into what still has to be done,
    whoever the sentence says must do it: "you look exhausted, but somebody has to cover the
    freeze weekend and you know the system best" (not "you look exhausted, but the freeze
    has to wait until you are back": nothing asked of anyone)."""
    if not any(lemma in lexicon["second_person"] for lemma in lemmas):
        return False
    turn = next((at for at, _ in lexicon["contrasts"].spans(lemmas[strained:])), None)
    if turn is None:
        return False
    rest = lemmas[strained + turn :]
    return _someone_must(rest, lexicon) and not _offers_relief(rest, lexicon)


def _someone_must(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """An obligation put on a person, whoever: "somebody has to take Sunday", "someone needs
    to cover" (not "the freeze has to wait")."""
    people = lexicon["people"]
    return any(
        start and lemmas[start - 1] in people for start, _ in lexicon["obligations"].spans(lemmas)
    )


def _turns(sentence: Sentence | None, lexicon: Lexicon) -> bool:
    """Whether a sentence turns with a "but" after what it acknowledges."""
    if sentence is None:
        return False
    lemmas = [t.lemma for t in sentence.tokens if t.is_word]
    opened = next((end for _, end in lexicon["acknowledgements"].spans(lemmas)), 0)
    return lexicon["contrasts"].found_in(lemmas[opened:])


def _offers_relief(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether rest is offered, now: "take Friday off", "I'll cover, go sleep"; not rest on a
    condition that makes it the problem ("if you take Friday off the backlog slips") or put
    off until later ("we can talk about time off once the deadline's through")."""
    conditions, deferrals = lexicon["relief_conditions"], lexicon["relief_deferrals"]
    return any(
        not conditions.found_in(lemmas[max(0, start - _NEAR) : start])
        and not deferrals.found_in(lemmas[end : end + _NEAR])
        for start, end in lexicon["relief"].spans(lemmas)
    )


def _acknowledges(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a sentence says it knows what the work has cost the person it speaks to ("I
    know this week took a lot out of you", "you must be exhausted"): not the writer's own
    rough night ("The night was rough. Still, could you check the backup job?")."""
    lemmas = [t.lemma for t in sentence.tokens if t.is_word]
    if not any(lemma in lexicon["second_person"] for lemma in lemmas):
        return False
    span = next(iter(lexicon["acknowledgements"].spans(lemmas)), None)
    return (
        lexicon["strain"].found_in(lemmas)
        or (
            span is not None
            # "I know the crunch flattened you", or said after it: "You've been paged nine
            # times, I get it"
            and (_about_them(lemmas[span[1] :], lexicon) or _about_them(lemmas[: span[0]], lexicon))
        )
    )


def _about_them(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether what is acknowledged is about the person asked ("the crunch flattened you",
    "you were hoping for a quiet weekend") or their strain, not about a thing ("I know the
    template is long")."""
    return any(lemma in lexicon["second_person"] for lemma in lemmas) or lexicon["strain"].found_in(
        lemmas
    )


def _lost_without_you(words: Sequence[Token], lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """The team said to be unable to do without someone, in the sentence that asks them for
    more: "the depot can't cope without you this weekend, so I've put you down for Saturday"
    (not "we couldn't have done it without you this week, thanks": nothing asked)."""
    spans = list(lexicon["without_you"].spans(lemmas))
    if not spans:
        return False
    rest = words[spans[0][1] :]
    return _asks_you(rest, lexicon) and not _offers_relief([t.lemma for t in rest], lexicon)


def _asks_you(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """A request or obligation put to "you" within ``words``: "could you", "you need to", "it
    has to be you", "we'd love you to", "please" (not "you can reach me", which offers)."""
    lemmas = [t.lemma for t in words]
    if lexicon["asks"].found_in(lemmas) or _asked_as_written(words, lexicon):
        return True
    you = [i for i, lemma in enumerate(lemmas) if lemma in lexicon["second_person"]]
    if not you:
        return False
    if any(i and lemmas[i - 1] in lexicon["requests"] for i in you):
        return True  # "could you", "can you"
    obliged = {i for start, end in lexicon["obligations"].spans(lemmas) for i in range(start, end)}
    return any(abs(i - o) <= _NEAR for i in you for o in obliged)


def _requested(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """A request put to "you" in so many words: "can you", "could you", "please" (not "if you
    need context", which offers)."""
    if lexicon["asks"].found_in(lemmas):
        return True
    return any(
        index and lemma in lexicon["second_person"] and lemmas[index - 1] in lexicon["requests"]
        for index, lemma in enumerate(lemmas)
    )


def _asked_as_written(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """An ask put to "you" by the verb's own form, in a language that drops the pronoun
    ("tendrás que cubrir", "dovrai coprire"): matched as written, since "tienes que" and
    "tenemos que" share a lemma."""
    written = as_written(lexicon, "asks_written")
    if not written:
        return False
    said = f" {' '.join(t.lower for t in words)} "
    return any(f" {phrase} " in said for phrase in written)
