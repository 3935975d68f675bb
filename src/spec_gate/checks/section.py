"""``section``: a heading or a labelled paragraph with enough real content.

Matches headings (``## Motivation``) and labelled paragraphs (``**Why:** ...``) whose title
matches ``heading``. Content includes subsections; code, HTML comments, placeholders such as
``TBD`` and text left as the template had it count as nothing.

```yaml
check:
  section: {heading: "^(why|motivation)", min_words: 8}
```
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from spec_gate import patterns
from spec_gate.checks.base import (
    STRICT,
    Count,
    Outcome,
    Scope,
    lexicon_of,
    missed,
    parts,
    reading,
    shorten,
    title_lemmas,
)
from spec_gate.checks.mentions import Term, mentions_any, terms
from spec_gate.document import Context, Document, shingles, specific_words
from spec_gate.findings import Passage
from spec_gate.patterns import Regex
from spec_gate.reading import reasons
from spec_gate.reading.lexicon import Lexicon
from spec_gate.reading.people import mention_at
from spec_gate.reading.text import Kind, Token, words_of

NAME = "section"


@dataclass(frozen=True, slots=True)
class Options:
    """A heading or labelled paragraph with enough real content."""

    __pydantic_config__ = STRICT

    heading: Regex
    """the heading (or label) to look under"""
    min_words: Count = 1
    """at least this many words of real content (``0``: it need only be there)"""
    labels: bool = True
    """a labelled paragraph such as ``**Why:**`` counts as well as a heading"""
    # Words alone can be circular filler ("this change is needed for the release"), so the
    # content must also mention one of any_of (who is affected, evidence) or carry at least
    # min_specific distinct words beyond the generic vocabulary of change. Either will do.
    any_of: tuple[Term | Regex, ...] = ()
    """it mentions one of these terms (or has ``min_specific`` specific words)"""
    min_specific: Count = 0
    """it has at least this many distinct words beyond the generic vocabulary of change (or
    mentions a term of ``any_of``)"""
    reason: bool = False
    """it gives a reason as a reader weighs one: a group and a problem they hit, or evidence;
    not the title restated, the plan, a list of commits, praise or figures of nothing"""
    names_people: bool = False
    """it names a group a reader can picture (“riders on mobile data”, “approvers”), not only
    “everyone” or “all users”"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    best = None
    best_words = -1
    unreasoned: tuple[Scope, reasons.Weighed] | None = None
    for scope in parts(doc, patterns.compile(options.heading), options.labels):
        count = scope.real_words(doc, context, enough=options.min_words)
        if count >= options.min_words:
            if options.names_people and not _names_people(doc, context, scope):
                unreasoned = unreasoned or (scope, _no_one(doc, scope))
                continue
            if options.reason:
                weighed = reasons.weigh(
                    reading(doc, context, scope.blocks),
                    title_lemmas(doc, context),
                    lexicon_of(doc),
                    partial(_said_elsewhere, doc, scope),
                )
                if not weighed.reason:
                    unreasoned = unreasoned or (scope, weighed)
                    continue  # another section may give the reason ("Why" and "Context")
            if _specific(doc, context, scope, options):
                fingerprint = shingles(b.text for b in scope.blocks)
                passage = Passage(scope.title, scope.line, fingerprint) if fingerprint else None
                return Outcome((), scope.line, passage=passage)
            return missed(scope.line, _generic(scope, options), True)
        if count > best_words:
            best, best_words = scope, count
    if unreasoned is not None:
        return missed(unreasoned[0].line, _no_reason(*unreasoned), True)
    if best is None:
        return missed(1)
    if options.names_people and _everyone(doc, context, best):
        # "All users": short, but what is wrong with it is whom it names, not its length
        return missed(best.line, _no_reason(best, _no_one(doc, best)), True)
    needs = f"at least {options.min_words} words" if options.min_words > 1 else "some"
    has = "no real content" if best_words == 0 else _words(best_words) + " of real content"
    skipped = best.discarded(doc, context)
    detail = f"{best.describe()} has {has}; it needs {needs}"
    return missed(best.line, f"{detail}: {skipped}" if skipped else detail, near=True)


def _said_elsewhere(doc: Document, scope: Scope) -> Iterator[str]:
    """The lemmas of the document outside ``scope``, in order, each word lemmatized once:
    what the rest of it is about, read only as far as the question asked of it needs."""
    lexicon = lexicon_of(doc)
    inside = {id(block) for block in scope.blocks}
    met: set[str] = set()
    for block in doc.blocks:
        if id(block) in inside:
            continue
        for word in words_of(block.text.lower()):
            if word not in met:
                met.add(word)
                yield lexicon.lemma(word)


def _specific(doc: Document, context: Context, scope: Scope, options: Options) -> bool:
    if not options.any_of and not options.min_specific:
        return True
    if options.any_of and mentions_any(doc, scope.blocks, options.any_of):
        return True
    texts = (b.text for b in scope.blocks)
    return (
        bool(options.min_specific) and specific_words(texts, context.echoes) >= options.min_specific
    )


def _names_people(doc: Document, context: Context, scope: Scope) -> bool:
    lexicon = lexicon_of(doc)
    generic = lexicon["generic_people"]
    generic_words = lexicon["generic"]
    # A labelled paragraph is read with its label: "Who is affected" names no one.
    label = {lexicon.lemma(w) for w in words_of(scope.title.lower())} if scope.is_label else set()
    for sentence in reading(doc, context, scope.blocks):
        tokens = _past_the_product(sentence.tokens)
        for index, token in enumerate(tokens):
            if token.lemma in generic or token.lemma in lexicon["stopwords"]:
                continue  # "our" in "our valued customers": the noun says who, not "our"
            mention = mention_at(tokens, index, lexicon)
            if mention is not None and mention.person and token.lemma not in label:
                return True
        everyone = [
            index
            for index, token in enumerate(tokens)
            if token.lemma in generic and token.lemma not in label
        ]
        if not everyone:
            # people in words no list knows ("Versicherte mit einem Kfz-Schaden"): two
            # words of its own say more than "everyone"
            words = [
                t
                for t in tokens
                if t.is_word and t.lemma not in lexicon["stopwords"] and t.lemma not in label
            ]
            if len([t for t in words if t.lemma not in generic_words]) >= _QUALIFIED:
                return True
        for index in everyone:
            phrase = _qualifiers(tokens, index, lexicon)
            if len([t for t in phrase if t.lemma not in generic_words]) >= _QUALIFIED:
                return True  # "users on mobile data", "anyone who pays by card" (not
                # "everyone who uses the product, in every market", "everyone and all
                # users, in general terms")
    return False


_QUALIFIED = 2  # words of its own that say which users: "users on mobile data"
_PHRASE_REACH = 8  # words after "users" that may still qualify them


def _qualifiers(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> list[Token]:
    """The words that say which of the people word at ``index`` are meant: those before it
    ("Windows users") and those after it up to the end of its clause ("anyone who pays by
    card"), not the rest of the sentence ("everyone and all users, in general terms")."""
    every = lexicon["whole"].words | _EVERY
    skipped = lexicon["stopwords"].words | lexicon["generic_people"].words | every
    before = []
    for token in reversed(tokens[:index]):
        if not token.is_word or token.lemma in skipped:
            break
        before.append(token)
    after = []
    for token in tokens[index + 1 : index + 1 + _PHRASE_REACH]:
        if token.kind is Kind.PUNCT and token.text in _CLAUSE_ENDS:
            break
        if token.lemma in _ANY_WHO:
            return before  # "whoever they are, wherever they work": no one in particular
        if token.is_word and token.lemma not in skipped:
            after.append(token)
    return before + after


# Words that take everyone in: what follows them narrows no one ("the entire user base",
# "in every department without exception").
_EVERY = frozenset({"every", "each", "any", "entire", "whole", "all", "exception", "always"})
_ANY_WHO = frozenset({"whoever", "wherever", "whatever", "whichever", "however"})


_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")"})


def _everyone(doc: Document, context: Context, scope: Scope) -> bool:
    """Whether the part says who in words that name no one in particular ("All users",
    "Everyone"), and names no one else."""
    generic = lexicon_of(doc)["generic_people"]
    said = [t for s in reading(doc, context, scope.blocks) for t in s.tokens if t.is_word]
    return any(t.lemma in generic for t in said) and not _names_people(doc, context, scope)


def _past_the_product(tokens: Sequence[Token]) -> list[Token]:
    """A sentence's tokens without a capitalised name right after "of", "du", "von"... ("all
    users of Ledgerly Cloud", "tous les utilisateurs du Portail Famille"): whose users says no
    more who they are (but "riders in Paris" does)."""
    kept: list[Token] = []
    skipping = False
    for index, token in enumerate(tokens):
        if token.lower in _OF and index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper():
            skipping = True
            continue
        if skipping and (token.text[:1].isupper() or token.lower in _ARTICLES):
            continue
        skipping = False
        kept.append(token)
    return kept


_OF = frozenset({"of", "du", "de", "des", "von", "vom", "van", "di", "del", "do", "da"})
_ARTICLES = frozenset({"the", "le", "la", "l'", "der", "die", "das", "el", "il", "o", "a"})


def _no_one(doc: Document, scope: Scope) -> reasons.Weighed:
    said = " ".join(b.text for b in scope.blocks)
    return reasons.Weighed(False, "names no one in particular", said)


def _no_reason(scope: Scope, weighed: reasons.Weighed) -> str:
    quoted = f" (“{shorten(weighed.quoted, 70)}”)" if weighed.quoted else ""
    if weighed.why_not == "names no one in particular":
        return (
            f"{scope.describe()} names no one in particular{quoted}: say which people notice "
            "this change, and how (“riders on mobile data”, “the support team”)"
        )
    return (
        f"{scope.describe()} {weighed.why_not}{quoted}: say who runs into what problem today, "
        "or what shows it (a link, an issue, a figure, their words)"
    )


def _generic(scope: Scope, options: Options) -> str:
    wanted = [t.label for t in terms(options.any_of)]
    if options.min_specific:
        wanted.append(f"{options.min_specific} words of its own beyond “change”, “need”, “release”")
    return f"{scope.describe()} says it only in general words: it has no " + " or ".join(wanted)


def _words(count: int) -> str:
    return "1 word" if count == 1 else f"{count} words"


def describe(options: Options) -> str:
    where = "a heading" + (" or labelled paragraph" if options.labels else "")
    amount = (
        f"at least {_words(options.min_words)} of real content"
        if options.min_words
        else "any content"
    )
    text = f"{where} matching /{options.heading}/ with {amount}"
    alternatives = [t.label for t in terms(options.any_of)]
    if options.min_specific:
        alternatives.append(f"at least {options.min_specific} specific words")
    if alternatives:
        text += ", with " + " or ".join(alternatives)
    return text
