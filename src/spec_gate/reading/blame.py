"""Blame as a reader hears it: who a sentence makes the cause, not which words it uses.

- ``person``: a person (a name, an @handle, "I"), an identifiable role ("the on-call engineer",
  "a junior developer") or a commit author is made the cause: the doer of a fault ("Dave
  skipped staging", "@x looked over it without being thorough", "the developer forgot"), the
  object of a cause ("root cause: commit by @jdoe", "a junior engineer's change broke it"), or
  judged ("careless", "a clear lapse", "human error", "should have known").
- ``punitive``: an action that punishes a person ("retrain the engineer", "a formal
  performance conversation", "editors lose publish rights").
- ``users``: the users blamed for what happened to them ("self-inflicted", "user error").
- ``heroics``: a hero, or overwork praised ("thanks to Sam who pulled an all-nighter").

"We" is the team: "we forgot to renew the certificate" owns a gap and blames no one. A sentence
that sets blame aside ("it is tempting to call this human error; it was not") blames no one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from spec_gate.reading import followups
from spec_gate.reading.lexicon import NOUNS_CAPITALISED, VERB_SECOND, Lexicon, as_written
from spec_gate.reading.people import (
    COMPOUNDING,
    FIRST_PERSON,
    PLURAL_PRONOUNS,
    head_before,
    is_person,
    mention_at,
    segment_start,
)
from spec_gate.reading.text import Kind, Sentence, Token, shown


class Blame(Enum):
    PERSON = "person"
    PUNITIVE = "punitive"
    USERS = "users"
    HEROICS = "heroics"


@dataclass(frozen=True, slots=True)
class Found:
    blame: Blame
    line: int
    sentence: str
    words: str  # what gave it away, as written


_COLLECTIVE = frozenset({"we", "us", "our", "team"})


def blames(
    sentence: Sentence, lexicon: Lexicon, praising: bool = False, tribute: bool = False
) -> Iterator[Found]:
    """The blame in one sentence, each kind at most once; ``praising``: the sentence stands
    where a document praises ("What went well", "Thanks"); ``tribute``: in a paragraph that
    praised someone before it ("I want to call out Dana...")."""
    lemmas = sentence.lemmas
    if lexicon["distancing"].found_in(lemmas) or _someone_set_aside(sentence, lexicon):
        return
    if lexicon["contrasted"].found_in(lemmas):
        # "to the production cluster instead of the staging cluster, due to human error":
        # a contrast of things sets aside no one, but only the label of the error is read,
        # and someone named as the cause ("the root cause was Tom running it against
        # production instead of staging")
        if labelled := _error_label(sentence, lexicon) or _named_as_cause(sentence, lexicon):
            yield Found(Blame.PERSON, sentence.line, sentence.text, labelled)
        return
    found = {}
    for blame, words in (
        (Blame.USERS, _users(sentence, lexicon)),
        (Blame.PUNITIVE, _punitive(sentence, lexicon)),
        (Blame.PERSON, _person(sentence, lexicon) or _told_to_take_care(sentence, lexicon)),
        (Blame.HEROICS, _heroics(sentence, lexicon, praising, tribute)),
    ):
        if words and blame not in found:
            found[blame] = Found(blame, sentence.line, sentence.text, words)
    if Blame.PUNITIVE in found:
        found.pop(Blame.PERSON, None)  # the punishment says whom it blames
    yield from found.values()


def _a_user_story(lemmas: Sequence[str]) -> bool:
    """A user story: "As a user of Kubernetes, I want ...", "As an operator, we would like
    ...": who wants what, not what anyone did."""
    if len(lemmas) < _STORY_WORDS or lemmas[0] != "as" or lemmas[1] not in ("a", "an"):
        return False
    for index in range(2, len(lemmas) - 1):
        if lemmas[index] in ("i", "we") and lemmas[index + 1] in ("want", "need", "wish"):
            return True
    return False


_STORY_WORDS = 5  # "as", "a", who, "I", "want"


def _counterfactual_step(lemmas: Sequence[str]) -> bool:
    """What would have been, had someone done otherwise: "had the process been followed",
    "if the runbook had been followed"."""
    return (bool(lemmas) and lemmas[0] == "have") or (
        "if" in lemmas and "have" in lemmas[lemmas.index("if") :]
    )


def _manner(lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a judgement is how something was done, a phrase opening with a preposition
    ("by mistake", "without thinking", "per ongeluk", "aus Versehen", "par erreur"): it
    blames only with its doer named."""
    first = lemmas[start]
    return first in ("by", "without") or (end - start > 1 and first in lexicon["prepositions"])


def _told_to_take_care(sentence: Sentence, lexicon: Lexicon) -> str:
    """Someone of the team told to take more care ("The on-call engineer must be more careful
    in future", "Der Bereitschaftsentwickler muss sorgfältiger arbeiten"): their care is made
    the cause. Not everyone, nor us ("we all need to double-check"), nor a role in general
    ("reviewers should pay attention to config diffs"): a platitude or guidance, no blame."""
    tokens = sentence.tokens
    for start, end in lexicon["care_urged"].spans(sentence.lemmas):
        subject = head_before(tokens, start, lexicon)
        if (
            subject is not None
            and subject.person
            and tokens[subject.index].lemma not in FIRST_PERSON
            and _named(tokens, subject.index, lexicon, names=True)
            and tokens[subject.index].lemma not in lexicon["one_person"]
            and tokens[subject.index].lower == tokens[subject.index].lemma
        ):
            # (one of us: "Reviewers should pay attention to config diffs" is guidance)
            return shown(tokens, start, end)
    return ""


def _users(sentence: Sentence, lexicon: Lexicon) -> str:
    tokens = sentence.tokens
    for start, end in lexicon["user_blame"].spans(sentence.lemmas):
        if tokens[end - 1].lower != tokens[end - 1].lemma and tokens[end - 1].lemma == "error":
            continue  # "user errors continued to be reported": what users saw, not their fault
        if tokens[end - 1].lemma == "error" and _names_a_kind(tokens, end, lexicon):
            continue  # "a clear user error message": a kind of message, no one's fault
        if _supposed(sentence.lemmas, start, lexicon):
            continue  # "assumed user error at the time": what we wrongly took it for
        return shown(tokens, start, end)
    return (
        _brought_on_themselves(sentence, lexicon)
        or _advice_ignored(sentence, lexicon)
        or _users_in_hindsight(sentence, lexicon)
    )


def _names_a_kind(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether the words before ``end`` qualify the noun after them ("user error message",
    "user error handling"), not say what happened ("user error caused it")."""
    if end >= len(tokens) or not tokens[end].is_word or tokens[end].lemma in lexicon["stopwords"]:
        return False
    after = tokens[end]
    return after.lower == after.lemma or after.lower.endswith("ing")


def _users_in_hindsight(sentence: Sentence, lexicon: Lexicon) -> str:
    """The users told what they should have done: "Drivers should have checked their plate",
    "Les automobilistes auraient dû vérifier leur plaque" (not "we should have", and not one
    of the team, whose hindsight is read as blame of a person)."""
    tokens = sentence.tokens
    not_theirs = {"be", "have", *lexicon["auxiliaries_passive"].words}
    for first, last in _hindsight(tokens, lexicon):
        done_inside = lexicon.language in VERB_SECOND and last - first > 1  # "hätten ... sollen"
        if not done_inside and (last + 1 >= len(tokens) or not tokens[last + 1].is_word):
            continue  # "1% less than they should have": a measure, not a duty
        if lexicon.language == "en" and not _participle_after(tokens, last + 1):
            continue  # "the user should have control over it": what they should hold
        inside = tokens[first + 1 : last] if done_inside else ()
        if any(t.lemma in not_theirs for t in (*inside, *tokens[last + 1 : last + 3])) or (
            _owed_to_them(tokens, first, last, done_inside, lexicon)
        ):
            # "customers should have been told": what we owed them; "the user shouldn't
            # have had the permission": what the system let them do
            continue
        subject = head_before(tokens, first, lexicon)
        if (
            subject is not None
            and subject.index >= first - _SUBJECT_REACH  # "Drivers should have"
            and tokens[subject.index].lemma not in PLURAL_PRONOUNS  # "they": rows, as often
            and subject.person
            and not subject.responder
            and tokens[subject.index].lemma not in lexicon["staff"]
            and not _named(tokens, subject.index, lexicon, names=True)
        ):
            return shown(tokens, subject.index, last + 1)
    return ""


def _owed_to_them(
    tokens: Sequence[Token], first: int, last: int, done_inside: bool, lexicon: Lexicon
) -> bool:
    """Whether what they should have done is to get something from us: "deberían haber
    recibido un aviso", "burde ha fått beskjed" (what we owed them)."""
    doing = tokens[first + 1 : last] if done_inside else tokens[last + 1 : last + 3]
    return any(t.lemma in lexicon["receiving"] for t in doing)


def _hindsight(tokens: Sequence[Token], lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """Where a sentence says what should have been done: the first and last words of a
    hindsight form, the last within a few words of the first."""
    written = [t.lower for t in tokens]
    split = lexicon.language in VERB_SECOND  # "hätten ... sollen", "hadden ... moeten"
    for form in as_written(lexicon, "hindsight_written"):
        words = form.split()
        for first, word in enumerate(written):
            if word != words[0]:
                continue
            if not split:
                if written[first : first + len(words)] == words:
                    yield first, first + len(words) - 1
                continue
            reach = range(first + 1, min(len(tokens), first + _HINDSIGHT_REACH))
            last = next((i for i in reach if written[i] == words[-1]), None)
            if last is not None:
                yield first, last


_SUBJECT_REACH = 2  # words from the users to the hindsight: "Drivers really should have"
_HINDSIGHT_REACH = 11  # words from "hadden" to "moeten": "hadden zelf de naam van ... moeten"


def _supposed(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """Whether what stands at ``start`` is what someone first took it for: "assumed user
    error", "Zuerst dachten wir an einen Bedienfehler der Nutzer"."""
    return lexicon["supposing"].found_in(lemmas[max(0, start - _SUPPOSED_REACH) : start])


_SUPPOSED_REACH = 5  # words: "we first thought it was a user error"


def _users_did(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """Whether the doer of the predicate at ``start`` is the users: people, not us."""
    subject = head_before(tokens, start, lexicon)
    return subject is not None and subject.person and not subject.responder


def _brought_on_themselves(sentence: Sentence, lexicon: Lexicon) -> str:
    """The users made the cause of their own trouble: "riders brought this on themselves",
    "fueron los propios usuarios los que se provocaron el problema"."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    reflexive = lexicon["reflexive"]
    for start, end in lexicon["self_causing"].spans(lemmas):
        near = range(max(0, start - _REFLEXIVE_REACH), min(len(tokens), end + _REFLEXIVE_REACH))
        if any(reflexive.match(lemmas, i) for i in near) and _users_did(tokens, start, lexicon):
            return shown(tokens, start, end)
        # The users named after the verb, with the word that makes them their own cause: "La
        # caída la provocaron los propios socios" (the members themselves brought it down)
        for at in range(end, min(len(tokens), end + _REFLEXIVE_REACH)):
            size = reflexive.match(lemmas, at)
            if size and at + size < len(tokens):
                whom = mention_at(tokens, at + size, lexicon)
                if whom is not None and whom.person and not whom.responder:
                    return shown(tokens, start, at + size + 1)
    return ""


_REFLEXIVE_REACH = 3  # words: "se provocaron", "brought this on themselves"
_ADVICE_REACH = 4  # words: "ignored all the warnings", "skipped the update prompt"


def _advice_ignored(sentence: Sentence, lexicon: Lexicon) -> str:
    """The users as the ones who failed what they were told: "users ignored the warnings",
    "customers skipped the update prompt" (not "users who forgot their password")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    advice = lexicon["advice"]
    for start, end in lexicon["fault"].spans(lemmas):
        if "be" in lemmas[max(0, start - 2) : start]:
            continue  # "every user elsewhere was skipped for warnings": done to them
        after = range(end, min(len(tokens), end + _ADVICE_REACH))
        told = next((i for i in after if advice.match(lemmas, i)), None)
        if told is not None and lexicon["receiving"].found_in(lemmas[start:told]):
            continue  # "deberían haber recibido un aviso": the warning we owed them
        if told is not None and _users_did(tokens, start, lexicon):
            return shown(tokens, start, told + advice.match(lemmas, told))
    return ""


def _fault(sentence: Sentence, lexicon: Lexicon) -> str:
    """A fault, with someone as the one who made it: "Alice forgot", "the developer forgot to
    think", "@astonm overlooked a critical piece" (but "a fix that ignored the logs" is not);
    a step someone fell short of, when a role, a handle or a pronoun did ("@hexylena failed
    to install", not "Prometheus fails to start")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["fault"].spans(lemmas):
        if lemmas[end - 1] in _PERCEIVING and (
            end == len(tokens) or not tokens[end].is_word or lemmas[end] in _NOTHING_THERE
        ):
            continue  # "most maintainers did not notice (anything)": nothing missed
        if lemmas[end - 1] == "have" and not _participle_after(tokens, end):
            continue  # "should have access", "shouldn't have to specify": what one should hold
        if lemmas[start] == "not" and start > 0 and lemmas[start - 1] == "can":
            continue  # "I can't think of any other cause": what one cannot do
        if lexicon.language == "en" and _how_it_behaves(tokens, start, lexicon):
            continue  # "Cargo ignores unknown fields", "older Kubelets will ignore it"
        doer = _nearest(tokens, start, lexicon)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    for start, end in lexicon["fell_short"].spans(lemmas):
        if lexicon.language == "en" and _how_it_behaves(tokens, start, lexicon):
            continue  # "when the developer fails to get every detail right, ..."
        doer = _doer(tokens, start, lexicon, names=False)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    return ""


def _how_it_behaves(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """Whether a fault's verb at ``start`` says how something behaves or will, not what
    someone did: in the present ("Cargo ignores unknown fields", "the script does not check
    its input") or after a modal ("older Kubelets will ignore the body")."""
    verb = tokens[start]
    at = start - 1
    while at > 0 and (tokens[at].lemma in _SMALL_ADVERBS or tokens[at].lower.endswith("ly")):
        at -= 1  # "older Kubelets will just ignore the body"
    before = tokens[at] if at >= 0 else None
    if verb.lemma == "not":  # "does not check", "will not notice" ("did not check": done)
        return before is not None and before.lower in _PRESENT_AUXILIARIES
    if before is not None and before.lemma in lexicon["modal"]:
        return True
    return verb.lower != verb.lemma and verb.lower == f"{verb.lemma}s"


_PRESENT_AUXILIARIES = frozenset({"does", "do", "will", "would", "can", "may", "might", "must"})
_SMALL_ADVERBS = frozenset({"only", "just", "also", "still", "simply", "then", "always", "often"})


def _participle_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether a past participle follows ``end``, past adverbs: "should have (immediately)
    checked", "should have been", "should have run"; not a thing held ("should have access",
    "should have runbooks", "should have a runbook")."""
    for token in tokens[end : end + _ADVERBS_BETWEEN + 1]:
        if not token.is_word:
            return False
        if token.lower.endswith("ly") or token.lemma == "not":
            continue
        changed = token.lower != token.lemma and not token.lower.endswith("s")
        return changed or token.lower in _SAME_AS_PARTICIPLE
    return False


_ADVERBS_BETWEEN = 2  # "should have at once immediately checked" is rarer than this
# Verbs whose past participle is written as the verb: "should have run the tests".
_SAME_AS_PARTICIPLE = frozenset(
    {"run", "set", "put", "read", "cut", "hit", "let", "shut", "spread", "quit", "come", "become"}
)


def _someone_set_aside(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A contrast whose other side is someone or their blame: "we look at the process rather
    than the individual", "instead of blaming the engineer"."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for _, end in lexicon["contrasted"].spans(lemmas):
        for position in range(end, min(len(tokens), end + _SET_ASIDE_REACH)):
            mention = mention_at(tokens, position, lexicon)
            if lemmas[position] in _SET_ASIDE or (mention is not None and mention.person):
                return True
    return False


_SET_ASIDE_REACH = 4  # words: "rather than on any one individual"
_SET_ASIDE = frozenset({"blame", "fault", "individual", "human", "person", "people", "who"})


def _error_label(sentence: Sentence, lexicon: Lexicon) -> str:
    """ "human error", "operator error" said of what happened (not "robust against operator
    errors": what a design guards against)."""
    lemmas = sentence.lemmas
    for start, end in lexicon["error_labels"].spans(lemmas):
        if _supposed(lemmas, start, lexicon):
            continue  # "Zuerst dachten wir an einen Bedienfehler": what it was first taken for
        if _negated(lemmas, start) or lexicon["guards"].found_in(
            lemmas[max(0, start - _GUARD_REACH) : start]
        ):
            continue
        return shown(sentence.tokens, start, end)
    return ""


def _progressive(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A "be" followed by its verb's -ing form: something going on, done by its subject,
    not done to it as a sanction is."""
    return end - start > 1 and tokens[start + 1].text.lower().endswith("ing")


def _punitive(sentence: Sentence, lexicon: Lexicon) -> str:
    lemmas = sentence.lemmas
    for start, end in lexicon["punitive"].spans(lemmas):
        if _negated(lemmas, start) or _UNREAL.intersection(lemmas[max(0, start - 3) : start]):
            continue  # "the goal is not to punish anyone", "it would have punished people"
        outside = [i for i in range(len(lemmas)) if not start <= i < end]
        aimed = lexicon["punitive_aimed"].match(lemmas, start)
        if aimed and not _someone_in(sentence.tokens, outside, lexicon, names=True):
            continue  # "this had consequences for downstream services": aimed at no one
        return shown(sentence.tokens, start, end)
    # "the contractor who wrote it has been let go", "Dave has been spoken to":
    # a sanction said to be done to a person, done or to come
    tokens = sentence.tokens
    for start, end in lexicon["sanctioned"].spans(lemmas):
        if _progressive(tokens, start, end):
            continue  # "the alert had been firing", "Priya was talking to the vendor"
        if _within_a_product(tokens, end, lexicon):
            continue  # "admins were suspended in their workspace": an account, not a job
        subject = head_before(tokens, start, lexicon)
        if subject is None:  # "the contractor who wrote it has been let go": someone before
            punished = any(
                _named(tokens, i, lexicon, names=True) and not _opens_a_phrase(tokens, i, start)
                for i in range(start)
            )
        else:  # one of us: not "an alert was fired", "customers were spoken to", "an
            # employee's account was suspended"
            punished = (
                _named(tokens, subject.index, lexicon, names=True)
                and not tokens[subject.index].possessive
                and not _a_bare_plural(tokens, subject.index)
            )
        if punished:
            return shown(tokens, start, end)
    # Whoever is to blame, singled out for what is done to them, done or to come
    if culprit := _culprit(sentence, lexicon):
        return culprit
    if withdrawn := _privileges_withdrawn(sentence, lexicon):
        return withdrawn
    if remedied := _doer_remedied(sentence, lexicon):
        return remedied
    if entered := _on_their_record(sentence, lexicon):
        return entered
    # "editors will lose publish rights": a sanction aimed at people, in a follow-up
    if not followups.intends(sentence.text, lexicon, weak=True):
        return ""
    for start, end in lexicon["sanctions"].spans(lemmas):
        tokens = sentence.tokens
        if _within_a_product(tokens, end, lexicon):
            continue  # "caused administrators to be suspended in their workspace"
        # Whom it is aimed at, not us, who would impose it: after it ("suspend the
        # contractor", "remove access for the intern"), or, when they undergo it, before it
        # ("editors will lose publish rights", "his deploy rights will be revoked"). Not
        # what is done to things ("the platform team will terminate the legacy VMs", "the
        # security team will revoke access to the old bucket", "pods stuck Terminating").
        passive = lexicon.language == "en" and start > 0 and lemmas[start - 1] == "be"
        undergone = passive or lexicon["losing"].found_in(lemmas[start:end])
        if lexicon.language not in _OBJECT_AFTER or undergone:
            # (in a language whose object may stand before its verb, either side)
            after = end + _SANCTIONED_REACH if lexicon.language not in _OBJECT_AFTER else start
            near = range(max(0, start - _SANCTIONED_REACH), min(len(tokens), after))
            subject = head_before(tokens, start, lexicon)
            if subject is not None and subject.person and subject.text.lower() not in FIRST_PERSON:
                return shown(tokens, start, end)
        elif _WHOSE.intersection(lemmas[start:end]):
            return shown(tokens, start, end)  # "revoke their access"
        else:  # (not "terminate pods that exceed their memory": the pods')
            near = range(end, min(len(tokens), end + _SANCTIONED_REACH))
            near = range(end, next((i for i in near if lemmas[i] in _WHOSE), near.stop))
        if _someone_in(
            tokens, [i for i in near if not _things_meant(tokens, start, i, lexicon)], lexicon
        ):
            return shown(tokens, start, end)
    return ""


def _things_meant(tokens: Sequence[Token], verb: int, index: int, lexicon: Lexicon) -> bool:
    """Whether "they" or "them" stands for things named before it, with no one named there
    and no one doing the ``verb``: "Jobs are getting suspended when they shouldn't be",
    "failure to respond to flaking tests will result in demoting or removing them" (not
    "after the outages we will suspend them": we do it, to someone)."""
    if tokens[index].lemma not in _THEY:
        return False
    subject = head_before(tokens, verb, lexicon)
    if subject is not None and subject.person:
        return False
    before = range(index)
    if any(_people(tokens, i, lexicon) or _named(tokens, i, lexicon) for i in before):
        return False
    return any(
        tokens[i].is_word and tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith("s")
        for i in before
    )


_THEY = frozenset({"they", "them"})


def _someone_in(
    tokens: Sequence[Token], positions: Iterable[int], lexicon: Lexicon, names: bool = False
) -> bool:
    """Whether someone other than us stands at one of ``positions``: a role, a handle, people
    (with ``names``, a capitalised name too)."""
    return any(
        tokens[i].lemma not in FIRST_PERSON
        and (_named(tokens, i, lexicon, names=names) or _people(tokens, i, lexicon))
        for i in positions
    )


_WHOSE = frozenset({"their", "his", "her"})
# Languages whose sanction is followed by whom it is done to ("suspend the contractor").
_OBJECT_AFTER = frozenset({"en", "fr", "es", "pt", "it"})


def _a_bare_plural(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a plural with nothing before it to single anyone
    out: "admins were suspended too" tells of accounts (not "the engineers involved")."""
    token = tokens[index]
    if token.lower == token.lemma or not token.lower.endswith("s"):
        return False
    before = tokens[index - 1] if index > 0 else None
    return before is None or (before.lower not in _DETERMINED and not before.possessive)


# Words before a plural that pick out whom it means: "the engineers", "our two contractors".
_DETERMINED = frozenset({"the", "these", "those", "our", "both", "two", "three", "its", "their"})


def _within_a_product(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether a sanction's "in" names where it took effect, not when: "suspended in their
    Fieldnote workspace" (an account; but "suspended in March" is when)."""
    if end + 1 >= len(tokens) or tokens[end].lemma != "in":
        return False
    following = tokens[end + 1]
    return not (
        following.kind is not Kind.WORD
        or following.lemma in lexicon["months"]
        or following.lemma in lexicon["weekdays"]
        or following.lemma in _SPANS_OF_TIME
        or any(t.lemma in _POSTS for t in tokens[end + 1 : end + 4])
    )


_SPANS_OF_TIME = frozenset({"the", "a", "an"})  # "in the morning", "in a week": when
_POSTS = frozenset({"role", "job", "position", "post", "duty"})  # "suspended in his role"


def _privileges_withdrawn(sentence: Sentence, lexicon: Lexicon) -> str:
    """A person's access or rights taken away for a time or until they make amends, done or
    to come: "Revoke Dev's production access for a month", "Tom's production access is
    removed until he completes the runbook training", "the engineer who ran the import
    loses bulk-import rights until..." (not "revoke the leaked token's access", "remove
    production access from all engineers", nor a clean-up with no term to it)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["withdrawals"].spans(lemmas):
        if _negated(lemmas, start):
            continue
        near = range(max(0, start - _WITHDRAWN_REACH), min(len(tokens), end + _HELD_REACH))
        held = [i for i in near if lexicon["entitlements"].match(lemmas, i)]
        if not held:
            continue
        whose = any(
            tokens[i].possessive and _named(tokens, i, lexicon, names=True)
            for i in range(max(0, held[0] - _WITHDRAWN_REACH), held[0])
        )
        subject = head_before(tokens, start, lexicon)
        if not whose and not (subject is not None and _named(tokens, subject.index, lexicon)):
            if _singled_out(sentence, lexicon):  # "from the engineer who ran the job"
                return shown(tokens, min(start, held[0]), max(end, held[-1] + 1))
            continue
        if _a_term(lemmas, max(end, held[-1] + 1), lexicon) or _singled_out(sentence, lexicon):
            return shown(tokens, min(start, held[0]), max(end, held[-1] + 1))
    return ""


def _doer_remedied(sentence: Sentence, lexicon: Lexicon) -> str:
    """Remedial work set for the one who did it: "The engineer involved will redo production
    access training and be paired with a senior" (not "the engineer who ran the migration
    will review the runbook": work, not a remedy)."""
    singled = _singled_out(sentence, lexicon)
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["remedial"].spans(lemmas):
        if _negated(lemmas, start):
            continue
        if singled:
            return f"{singled} … {shown(tokens, start, end)}"
        # "Sean to complete the change-management course": one person named, sent through it
        undergone = next(
            (i for i in range(max(0, start - _UNDERGONE_REACH), start) if lemmas[i] in _UNDERGO),
            None,
        )
        if undergone is None:
            continue
        opening = segment_start(tokens, undergone, lexicon)
        if (
            undergone - opening <= _SENT_REACH
            and _named(tokens, opening, lexicon, names=True)
            and tokens[opening].lemma not in FIRST_PERSON
        ):
            return shown(tokens, opening, end)
    return ""


_UNDERGO = frozenset({"complete", "attend", "take", "redo", "retake", "undergo", "repeat", "pass"})
_UNDERGONE_REACH = 5  # words from the verb to the remedy: "complete the production ... course"
_SENT_REACH = 3  # words from the one sent to the verb: "Sean to complete", "Sean will now redo"


def _singled_out(sentence: Sentence, lexicon: Lexicon) -> str:
    """The one who did it, named by a role as the doer: "the engineer involved", "the
    engineer who ran the job" (not "the engineers", "all engineers": everyone in the role)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    roles = lexicon["roles"]
    for position in range(len(tokens) - 2):
        if tokens[position].lower != "the":
            continue
        # ("the individual concerned", "the member who did the review": a person, singled
        # out, though no role)
        size = roles.match(lemmas, position + 1) or int(
            lemmas[position + 1] == "individual" or _a_person(tokens, position + 1, lexicon)
        )
        last = position + size
        if not size or last >= len(tokens) or tokens[last].lower != tokens[last].lemma:
            continue  # no role, or a plural: "the engineers"
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if after is None:
            continue
        if after.lower in _SINGLING:
            return shown(tokens, position + 1, last + 2)
        if (
            after.lower == "who"
            and last + 2 < len(tokens)
            and followups.past_form(tokens[last + 2], lexicon)
        ):
            return shown(tokens, position + 1, last + 3)
    return ""


_SINGLING = frozenset({"involved", "concerned", "responsible"})  # "the engineer concerned"


def _a_person(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    mention = mention_at(tokens, position, lexicon)
    return mention is not None and mention.person and not mention.responder


def _a_term(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """For a time or until amends are made: "for a month", "for two weeks", "until they
    have redone the training"."""
    rest = lemmas[start:]
    for at, word in enumerate(rest):
        if word == "for" and any(
            lexicon["time_units"].match(rest, i) for i in range(at + 1, min(len(rest), at + 4))
        ):
            return True
        if word == "until" and lexicon["amends_made"].found_in(rest[at + 1 : at + 12]):
            return True
    return False


def _on_their_record(sentence: Sentence, lexicon: Lexicon) -> str:
    """The incident entered in a person's own record of work: "record this incident in that
    engineer's half-year review", "note it on Dev's record" (not a customer's record)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["performance_records"].spans(lemmas):
        before = range(max(0, start - _WITHDRAWN_REACH), start)
        owner = next((i for i in reversed(before) if tokens[i].possessive), None)
        if owner is None or not _named(tokens, owner, lexicon, names=True):
            continue
        if not _INTO.intersection(lemmas[max(0, owner - 3) : owner]):
            continue
        return shown(tokens, owner, end)
    return ""


_INTO = frozenset({"in", "on", "into", "to"})
_WITHDRAWN_REACH = 4  # words: "revoke Dev's production access", "access is removed"
_HELD_REACH = (
    7  # words from the verb to what is taken: "remove the shift lead's database admin privileges"
)


def _culprit(sentence: Sentence, lexicon: Lexicon) -> str:
    """A follow-up aimed at whoever is to blame, whatever it does to them: "Have a
    conversation with the engineer responsible", "the person at fault"; not who is
    responsible for a part of the work ("the engineer responsible for billing will...")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for start, end in lexicon["culprit"].spans(lemmas):
        if lemmas[end - 1] == "responsible" and end < len(lemmas) and lemmas[end] == "for":
            what = lemmas[end + 1 : end + _CULPRIT_REACH]
            if not any(
                w in _THE_INCIDENT or w in lexicon["vague_trouble"] or w in lexicon["faults_made"]
                for w in what
            ):
                continue  # responsible for a part of the work: an owner
        before = range(max(0, start - _CULPRIT_REACH), start)
        after = range(end, min(len(tokens), end + 2))
        if any(_named(tokens, i, lexicon) for i in (*before, *after)):
            return shown(tokens, start, end)
    return ""


_CULPRIT_REACH = 3  # words: "the on-call engineer responsible", "responsible for the outage"
_THE_INCIDENT = frozenset({"this", "it", "incident", "outage", "failure"})


_GUARD_REACH = 4  # words: "reduce the risk of human error"
_SANCTIONED_REACH = 4  # tokens: "revoke the on-call engineer's access"


def _people(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    mention = mention_at(tokens, position, lexicon)
    return mention is not None and mention.person and tokens[position].lemma not in _COLLECTIVE


def _person(sentence: Sentence, lexicon: Lexicon) -> str:
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    # A duty someone failed, said as what would have been: "this would not have happened if
    # the reviewer had done their job" accuses as plainly as "the reviewer did not do it".
    for start, end in lexicon["duty_failed"].spans(lemmas):
        if any(_named(tokens, i, lexicon) for i in range(len(tokens))):
            return shown(tokens, start, end)
    if hindsight := _had_they_done(tokens, lexicon):
        return hindsight
    if _counterfactual_step(lemmas) and (singled := _singled_out(sentence, lexicon)):
        # "Had the proper process been followed by the individual concerned, ...": the step
        # someone did not take, said as what would have been
        return singled
    if any(w in ("would", "could", "might", "if") for w in _main_clause(lemmas)) or (
        lemmas and lexicon["conditionals"].match(lemmas, 0)
    ):
        return ""  # what someone might do, not what anyone did ("Si vous avez souscrit...")
    if _a_user_story(lemmas):
        return ""  # "As a cluster administrator, I want to ...": a wish, no deed
    # A judgement: "human error", "should have known", or a word judging someone named in
    # the sentence ("the shift lead ... a clear lapse", "I'm an idiot").
    if labelled := _error_label(sentence, lexicon):
        return labelled
    for start, end in lexicon["judgements"].spans(lemmas):
        said = shown(tokens, start, end)
        if _negated(lemmas, start) or _manner(lemmas, start, end, lexicon):
            continue  # "not an employee's fault"; "by mistake" needs its doer (below)
        if lemmas[start] == "fault":
            if _possessed(tokens, start, lexicon):
                return said
            whose = _whose(tokens, start, lexicon)
            if whose:
                return f"{said} {whose}"
            continue
        following = tokens[start + 1] if start + 1 < len(tokens) else None
        if tokens[start].lower.endswith("ing") and following is not None and following.is_word:
            continue  # "lapsing passes": what the passes do, no judgement of anyone
        if any(
            lexicon["incident_words"].match(lemmas, at)
            for at in range(end, min(len(lemmas), end + _JUDGED_THING_REACH))
        ):
            continue  # "blog posts about stupid AWS outages": the outage is what is judged
        if any(_named(tokens, i, lexicon) for i in _outside_brackets(tokens)):
            return said  # of a role, a handle, "I", "he" (a bare name may be a product's)
        judged = _judged_by_name(tokens, start, lexicon)
        if judged:
            return f"{judged} {said}"
    for start, end in lexicon["unversed"].spans(lemmas):
        if _GENERAL.intersection(_main_clause(lemmas)):
            continue  # "it can be difficult for someone unfamiliar with it": anyone, any time
        if any(_one_named(tokens, lemmas, i, lexicon) for i in range(len(tokens))):
            return shown(tokens, start, end)
    if faulted := _fault(sentence, lexicon):
        return faulted
    # Something the process should have stopped, done by someone: "Dave deployed it without
    # running it through staging", "a team member deleted the namespace by mistake".
    for start, end in (
        *_past_clitics(lexicon, "unchecked", lemmas),
        *((s, e) for s, e in lexicon["judgements"].spans(lemmas) if _manner(lemmas, s, e, lexicon)),
        *lexicon["mishaps"].spans(lemmas),
    ):
        if _modal_clause(tokens, start, lexicon):
            continue  # "a guard so that an engineer cannot accidentally drop a table"
        doer = _doer(tokens, start, lexicon, names=True)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    # Any step left out the same way ("without following the runbook"), when a role, a handle
    # or a pronoun left it out, not a capitalised word: opening a sentence, it is as often an
    # instruction ("Audit all clusters without owning ...") as a name.
    for start, end in _steps_left_out(tokens, lexicon):
        doer = _doer(tokens, start, lexicon, names=False)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    if caused := _caused_by_someone(tokens, lemmas, lexicon):
        return caused
    if named := _named_as_cause(sentence, lexicon):
        return named
    if wronged := _wrong_of_one(tokens, lemmas, lexicon):
        return wronged
    # Someone who made the faulty thing: "@depombo added the faulty Auth0 webhook", "Dave
    # pushed a broken config" (not "Sam reverted the bad deploy": undoing it is the fix).
    for start, end in lexicon["making"].spans(lemmas):
        if tokens[start].lower == tokens[start].lemma:
            continue
        if not _faulty_object(tokens, end, lexicon):
            if made_by := _faulty_made_by(tokens, lemmas, start, end, lexicon):
                return made_by  # "The faulty config was pushed by the junior engineer"
            continue
        doer = _doer(tokens, start, lexicon, names=True)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    if made_by := _faulty_made_by_role(tokens, lemmas, lexicon):
        return made_by  # "La mauvaise configuration a été poussée par le stagiaire"
    if chose := _chose_wrong(tokens, lexicon):
        return chose
    # "a junior engineer's change broke it"
    for position, token in enumerate(tokens):
        if not (token.possessive and _named(tokens, position, lexicon, names=True)):
            continue
        later = range(position + 1, min(len(lemmas), position + 3))
        if any(lexicon["doings"].match(lemmas, i) for i in later) and any(
            lexicon["causing"].match(lemmas, i)
            for i in range(position + 2, min(len(lemmas), position + 7))
        ):
            return shown(tokens, position, position + 3)
    return ""


def _past_clitics(lexicon: Lexicon, name: str, lemmas: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of the class ``name`` read past an object pronoun set before the verb
    ("sans la tester" as "sans tester"), in positions of ``lemmas``."""
    clitics = lexicon.classes.get("clitics", ())
    if not clitics:
        return list(lexicon[name].spans(lemmas))
    firsts = {entry.split()[0] for entry in lexicon.entries(name)}
    kept = [
        index
        for index, lemma in enumerate(lemmas)
        if not (lemma in clitics and index and lemmas[index - 1] in firsts)
    ]
    read = [lemmas[index] for index in kept]
    return [(kept[start], kept[end - 1] + 1) for start, end in lexicon[name].spans(read)]


def _named_as_cause(sentence: Sentence, lexicon: Lexicon) -> str:
    """Someone named as the cause: "root cause: commit by @jdoe", "caused by Dave's push"."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    trouble: bool | None = None
    for start, end in lexicon["cause_words"].spans(lemmas):
        if " ".join(lemmas[start:end]) in _ALSO_OF_CREDIT:
            if trouble is None:
                trouble = _trouble_said(sentence, lexicon)
            if not trouble:
                continue  # "Another use case due to @alercah", "maintenance triggered by an admin"
        if agent := _agent_of_cause(tokens, lemmas, start, end, lexicon):
            return agent
        if agent := _done_by(tokens, lemmas, start, end, lexicon):
            return agent
        for position in range(end, min(len(tokens), end + 6)):
            token = tokens[position]
            if token.text in ("(", "["):
                break  # "Investigate the root cause (@sam, PAY-431)": who owns the item
            if token.text in (",", ";"):
                break  # "... caused the outage, and I fixed it": the next clause's doer
            pointed = token.kind is Kind.HANDLE or token.lemma in lexicon["one_person"]
            if _made_by_name(tokens, position, lexicon):
                # "The root cause was a configuration change made by Tom Whitaker"
                return shown(tokens, start, position + 2)
            owned = token.possessive and _named(tokens, position, lexicon, names=True)
            if owned and not lexicon["doings"].match(lemmas, min(position + 1, len(lemmas) - 1)):
                owned = False  # "triggered by Marius's fuzzer": a tool, not a doing
            if pointed or owned:
                return shown(tokens, start, position + 1)
    return ""


# Words of a cause (lemmatized) that say as often where something good came from: they blame
# only where the sentence tells of something wrong.
_ALSO_OF_CREDIT = frozenset(
    {
        "due to",
        "because of",
        "result of",
        "stem from",
        "result from",
        "arise from",
        "originate from",
        "trace to",
        "trace back to",
        "trigger by",
        "introduce by",
    }
)


def _trouble_said(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence tells of something wrong: an outage, an error, a faulty thing,
    something that failed or could not be done."""
    lemmas = sentence.lemmas
    wrong = lexicon["incident_words"].words | lexicon["symptoms"].words
    faulty = lexicon.entries("faulty")
    return (
        any(lemma in wrong for lemma in lemmas)
        or any(token.lower in faulty for token in sentence.tokens)
        or any(lexicon[name].found_in(lemmas) for name in ("breakdown", "inability", "harm"))
    )


def _agent_of_cause(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon
) -> str:
    """A role that is what "caused by" names: "caused by our new IT intern, who deleted the
    wrong group", "triggered by the on-call engineer" (not "caused by a junior engineer's
    change": a thing of theirs, read below; not "caused by a supplier's update")."""
    if _an_agent_word(tokens[end - 1], lexicon):  # "caused by", "stemmed from", "causée par"
        position = end
    elif end < len(tokens) and _an_agent_word(tokens[end], lexicon):
        position = end + 1  # "causato dal": the agent's word, fused with its article
    else:
        return ""
    while (
        position < min(len(tokens), end + _AGENT_REACH)
        and tokens[position].kind is Kind.WORD
        and (lemmas[position] in lexicon["stopwords"] or lemmas[position] in _QUALIFIERS)
        and not lexicon["roles"].match(lemmas, position)  # "a new hire": "new" is the role's
    ):
        position += 1  # "our new IT": who the person is, before the role
    while (
        position < len(tokens) - 1
        and tokens[position].text.isupper()
        and len(lemmas[position]) <= _UNIT
    ):
        position += 1  # "IT", "QA": the unit the role belongs to
    if position >= len(tokens):
        return ""
    # A role, not a capitalised word: "triggered by Ansible", "restarted by Lassie" (a tool,
    # a bot) are as often named so as a person is.
    size = lexicon["roles"].match(lemmas, position) or _singled_by_a_superlative(
        tokens, position, lexicon
    )
    last = position + size - 1
    if not size or tokens[last].possessive:
        return ""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if (
        following is not None
        and following.kind is Kind.WORD
        and following.lemma not in _AFTER_AGENT
        and following.lemma not in lexicon["prepositions"]  # "by the intern against prod"
        and following.lemma not in lexicon["stopwords"]  # "at 08:40", "qui a supprimé"
        and not _elided_of(following)  # "dal tirocinante dell'Area"
        and following.lemma != "of"  # "by the newest member of the rota"
        and not _doing_said(following)
    ):
        return ""  # "caused by engineering capacity limits": the role word names a thing
    return shown(tokens, start, last + 1)


def _an_agent_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` introduces a passive's doer: "by", "par", "dal", "pelo", "door"."""
    if lexicon.language == "en":
        return token.lower in ("by", "from")  # "caused by", "stemmed from"
    return token.lower in _AGENT_WORDS.get(lexicon.language, ())


def _elided_of(token: Token) -> bool:
    """A word opened by an elided "of": "dell'Area", "de l'équipe" (one token, as written)."""
    head, apostrophe, _ = token.lower.replace("’", "'").partition("'")
    return bool(apostrophe) and head in _ELIDED_OF


_ELIDED_OF = frozenset({"dell", "dello", "della", "d", "del"})


def _singled_by_a_superlative(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """A person singled out as the one most or least something ("the newest member of the
    rota", "the youngest volunteer"): how many words, the superlative and the person, or 0."""
    if tokens[position].lower.endswith(_SUPERLATIVE) and position + 1 < len(tokens):
        position, size = position + 1, 2  # "youngest volunteer"
    elif position > 0 and tokens[position - 1].lower.endswith(_SUPERLATIVE):
        size = 1  # "newest member": its lemma "new" was read as a qualifier before it
    else:
        return 0
    return size if _a_person(tokens, position, lexicon) else 0


_SUPERLATIVE = ("est",)  # "newest", "youngest", "latest"


def _done_by(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon
) -> str:
    """Whoever did what the cause is, after "by": "the root cause was the release deployed on
    Friday night by a junior engineer" (a doing's participle, then its doer; not "a race
    found by the on-call engineer": finding it is no part of the cause)."""
    did = False
    making = lexicon["making"]
    for position in range(end, min(len(tokens) - 1, end + _DONE_BY_REACH)):
        token = tokens[position]
        if token.kind is Kind.PUNCT:
            return ""  # the clause that names the cause ends
        if token.lemma in _DOING or making.match(lemmas, position) or _a_making(token, lexicon):
            # a participle: by its form, or right before "by" ("a script run by ...")
            did = (
                did
                or followups.past_form(token, lexicon)
                or _an_agent_word(tokens[position + 1], lexicon)
            )
        if did and _an_agent_word(token, lexicon):
            if _named(tokens, position + 1, lexicon, names=True):
                return shown(tokens, start, position + 2)
            return _agent_of_cause(tokens, lemmas, start, position + 1, lexicon)
    return ""


_DONE_BY_REACH = 12  # words from the cause to its doer's "by"
_DOING = frozenset({"make", "run", "execute", "launch", "trigger", "start"})
_AGENT_REACH = 4  # words between "by" and the role: "by our new junior"
_UNIT = 3  # letters: "IT", "QA", "HR"
_QUALIFIERS = frozenset({"new", "junior", "senior", "same", "one", "another", "other", "former"})
# What may follow the one named: the clause ends, or says more of them ("who", "when").
_AFTER_AGENT = frozenset({"who", "when", "while", "after", "and", "with", "during", "on", "in"})


def _doing_said(token: Token) -> bool:
    """What the role did or left undone, told right after it: "a new team member not
    following the procedure", "a contractor deleting the group"."""
    return token.lower in ("not", "never") or (
        token.lower.endswith("ing") and token.lower != token.lemma
    )


def _wrong_of_one(tokens: Sequence[Token], lemmas: Sequence[str], lexicon: Lexicon) -> str:
    """One person's wrong: "it was her mistake", "Dave's oversight", "my typo broke it",
    "un descuido de Julián" (but not "his error messages": a wrong that names a thing is no
    wrong done)."""
    for start, end in lexicon["faults_made"].spans(lemmas):
        owner = start - 1
        if owner < 0 or _negated(lemmas, start):
            continue
        counted = end - start == 1 and tokens[start].lower != tokens[start].lemma
        if counted and (_a_name(tokens, owner, lexicon) or _whose(tokens, start, lexicon)):
            continue  # "Stripe's errors", "errores de Bizum": what a product returns, counted
        one_person = (
            tokens[owner].lemma in lexicon["one_persons"]
            or tokens[owner].lower in as_written(lexicon, "one_persons_written")
            or (tokens[owner].possessive and _named(tokens, owner, lexicon, names=True))
            or (
                tokens[owner].lower in as_written(lexicon, "possessives_of_anyone")
                and owner > 0
                and tokens[owner - 1].lemma in lexicon.classes.get("auxiliaries_passive", ())
            )  # "c'est sa faute", "fue su error"
        )
        after = tokens[end] if end < len(tokens) else None
        ends_there = (
            after is None
            or after.kind is not Kind.WORD
            or after.lemma in lexicon["stopwords"]
            or lexicon["causing"].match(lemmas, end)
        )
        if one_person and ends_there:
            return shown(tokens, owner, end)
        whose = _whose(tokens, end - 1, lexicon)  # "culpa de Julián", "un descuido de Julián"
        if whose:
            return f"{shown(tokens, start, end)} {whose}"
    return ""


def _made_by_name(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """ "a configuration change made by Tom Whitaker": a person's name after a doing, its
    participle and "by" (not "a fuzzer developed by Marius": a tool; not "made by the
    nightly job": a thing)."""
    return (
        tokens[position].lower == "by"
        and 1 < position < len(tokens) - 1
        and followups.past_form(tokens[position - 1], lexicon)
        and lexicon["doings"].match([t.lemma for t in tokens], position - 2) > 0
        and _named(tokens, position + 1, lexicon, names=True)
    )


def _judged_by_name(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> str:
    """A name the judgement at ``start`` is said of: "Dave was careless", "Priya's sloppy
    change" (a name and the judgement of a thing it made; not "Django's lazy evaluation")."""
    lemmas = [t.lemma for t in tokens]
    if start >= 2 and lemmas[start - 1] == "be" and _a_name(tokens, start - 2, lexicon):
        return tokens[start - 2].text
    if tokens[start].lower.endswith("ly") and tokens[start].lower not in _TECHNICAL:
        # How someone did it: "Tomasz carelessly pushed the template", "the template was
        # pushed carelessly by Tomasz"
        if start >= 1 and _a_name(tokens, start - 1, lexicon):
            return tokens[start - 1].text
        for at in range(start + 1, min(len(tokens) - 1, start + _BY_REACH)):
            if lemmas[at] == "by" and _a_name(tokens, at + 1, lexicon):
                return tokens[at + 1].text
    owner = start - 1
    if (
        owner >= 0
        and tokens[owner].possessive
        and _a_name(tokens, owner, lexicon)
        and start + 1 < len(tokens)
        and lexicon["doings"].match(lemmas, start + 1)
    ):
        return tokens[owner].text
    return _whose(tokens, start, lexicon)


def _whose(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> str:
    """The name a fault or judgement is said to be of: "the fault of Dave", "esto fue culpa de
    Julián", "la faute de Julien", "un descuido de Julián" (not "a lapse of attention")."""
    end = start + 1
    while end < len(tokens) and tokens[end].lower not in _OF and end - start <= _OF_REACH:
        end += 1  # the judgement's own words: "the fault of", "colpa grave di"
    if end + 1 < len(tokens) and tokens[end].lower in _OF and _a_name(tokens, end + 1, lexicon):
        return tokens[end + 1].text
    return ""


_OF = frozenset({"of", "de", "del", "di", "du", "van", "av", "da", "do"})
_OF_REACH = 1  # words between the judgement and its "of": "culpa grave de"
_BY_REACH = 3  # tokens: "carelessly by Tomasz"
_TECHNICAL = frozenset({"lazily"})  # "Django lazily evaluates the queryset": a technique


def _faulty_made_by(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon
) -> str:
    """The faulty thing, then who made it after "by": "The broken release was deployed by the
    newest member of the rota", "The faulty config was pushed by the junior engineer" (not
    "The fix was deployed by Sam": nothing faulty)."""
    faulty = lexicon.entries("faulty")
    if "be" not in lemmas[max(0, start - 2) : start] or not any(
        t.lower in faulty for t in tokens[max(0, start - _SUBJECT_WORDS) : start]
    ):
        return ""
    by = next((i for i in range(end, min(len(tokens), end + _BY_REACH)) if lemmas[i] == "by"), None)
    if by is None:
        return ""
    return _agent_of_cause(tokens, lemmas, start, by + 1, lexicon) or (
        shown(tokens, start, by + 2) if _named(tokens, by + 1, lexicon, names=True) else ""
    )


def _faulty_made_by_role(tokens: Sequence[Token], lemmas: Sequence[str], lexicon: Lexicon) -> str:
    """English's "the faulty config was pushed by the junior engineer", where the passive and
    its agent are written in the team's language: "La mauvaise configuration a été poussée par
    le stagiaire", "Die fehlerhafte Konfiguration wurde vom Praktikanten eingespielt" (by a
    role, as English's is read: a capitalised word after "par" may be a tool's name)."""
    agents = _AGENT_WORDS.get(lexicon.language)
    passives = _PASSIVE_FORMS.get(lexicon.language)
    if agents is None or passives is None:
        return ""
    faulty = lexicon.entries("faulty")
    for position, token in enumerate(tokens):
        if token.lower not in agents:
            continue
        passive = next(
            (
                i
                for i in range(position - 1, max(-1, position - _PASSIVE_REACH), -1)
                if tokens[i].lower in passives
            ),
            None,
        )
        if passive is None or not any(
            t.lower in faulty for t in tokens[max(0, passive - _SUBJECT_WORDS) : passive]
        ):
            continue
        role = position + 1
        while (
            role < min(len(tokens), position + 1 + _AGENT_REACH)
            and lemmas[role] in lexicon["stopwords"]
            and not lexicon["roles"].match(lemmas, role)
        ):
            role += 1  # "par le", "dal nostro": who the person is, before the role
        size = lexicon["roles"].match(lemmas, role) if role < len(tokens) else 0
        verb = range(passive + 1, min(len(tokens), role + size + _VERB_AFTER_AGENT))
        if (
            size
            and not _negated(lemmas, passive)
            and any(
                _a_making(tokens[i], lexicon) or lexicon["making"].match(lemmas, i) for i in verb
            )
        ):
            return shown(tokens, passive, role + size)
    return ""


def _a_making(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is a form of a making verb, by its lemma or its stem: "poussée" of
    "pousser" (read as the noun "poussée"), "eingespielt" of "einspielen"."""
    if token.kind is not Kind.WORD:
        return False
    if token.lemma in lexicon["making"]:
        return True
    return any(
        len(stem) >= _STEM_LETTERS and token.lower.startswith(stem)
        for stem in (_stem(entry) for entry in lexicon.entries("making") if " " not in entry)
    )


def _stem(infinitive: str) -> str:
    for ending in ("are", "ere", "ire", "er", "ir", "re", "ar", "en", "e", "n"):
        if infinitive.endswith(ending):
            return infinitive[: -len(ending)]
    return infinitive


_STEM_LETTERS = 4  # a stem shorter than "pouss" matches too much
_VERB_AFTER_AGENT = 3  # words after the role where its verb may close the clause: "eingespielt"


# The word before a passive's agent ("by"), and a passive's auxiliary as written, in each
# language that has them: English's are read by _faulty_made_by, with its verbs.
_AGENT_WORDS = {
    "fr": frozenset({"par"}),
    "de": frozenset({"von", "vom", "durch"}),
    "es": frozenset({"por"}),
    "it": frozenset({"da", "dal", "dallo", "dalla", "dai", "dagli", "dalle"}),
    "nl": frozenset({"door"}),
    "pt": frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
    "nb": frozenset({"av"}),
}
_PASSIVE_FORMS = {
    "fr": frozenset({"été", "fut", "furent"}),
    "de": frozenset({"wurde", "wurden", "worden"}),
    "es": frozenset({"fue", "fueron", "sido"}),
    "it": frozenset({"stato", "stata", "stati", "state", "venne", "vennero", "fu", "furono"}),
    "nl": frozenset({"werd", "werden", "geworden"}),
    "pt": frozenset({"foi", "foram", "sido"}),
    "nb": frozenset({"ble", "blitt"}),
}
_PASSIVE_REACH = 5  # words from the auxiliary to the agent: "ble rullet ut av"


_SUBJECT_WORDS = 5  # words of the faulty thing before its verb: "The broken 3.8.0 release was"


def _faulty_object(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether the verb's object, right after it, is called faulty: "(added) the faulty
    webhook", "(pushed) a broken config" (not "(deployed) the fix for the broken config")."""
    faulty = lexicon.entries("faulty")  # as written: "broken", not every form of "break"
    for position in range(end, min(len(tokens), end + _OBJECT_OPENING)):
        token = tokens[position]
        if token.lower in faulty:
            return position + 1 < len(tokens) and tokens[position + 1].kind is Kind.WORD
        if token.kind is not Kind.WORD or token.lemma not in _OBJECT_OPENERS:
            return False
    return False


_OBJECT_OPENING = 3  # "the", "a", "an", "their", then the word that judges it
_OBJECT_OPENERS = frozenset({"the", "a", "an", "their", "his", "her", "this", "that", "some"})


def _caused_by_someone(tokens: Sequence[Token], lemmas: Sequence[str], lexicon: Lexicon) -> str:
    """Someone who caused it: "@jdoe broke the build", "Bob caused the outage with a bad push"
    (the verb, inflected: "the root cause" is a noun); not someone who set off the remedy
    ("the on-call engineer triggered a rollback")."""
    for start, end in lexicon["causing"].spans(lemmas):
        if tokens[start].lower == tokens[start].lemma or _attributive(tokens, start, lexicon):
            continue
        if _AVOIDED.intersection(lemmas[max(0, start - _AVOIDED_REACH) : start]):
            continue  # "to avoid breaking lots of existing code": what was kept from happening
        if _split_up(lemmas, start, end):
            continue  # "breaking the crate up into modules": taken apart, not broken
        later = range(end, min(len(lemmas), end + 8))
        if _remedy_after(tokens, end, lexicon) and not any(
            lexicon["causing"].match(lemmas, i) for i in later
        ):
            continue  # (but "a fix that broke checkout" is what broke it)
        doing = any(lexicon["doings"].match(lemmas, i) for i in later)
        if not doing and _set_off_harmless(tokens, lemmas, start, end, lexicon):
            continue  # "new metrics introduced for ...", "a code that triggers the action"
        doer = _doer(tokens, start, lexicon, names=doing)
        if doer:
            return f"{doer} {shown(tokens, start, end)}"
    return ""


def _split_up(lemmas: Sequence[str], start: int, end: int) -> bool:
    """Whether "break" is "break up" or "break out" with its object between ("breaking
    something out into a function", "breaking the crate up into modules")."""
    if lemmas[start] != "break":
        return False
    for lemma in lemmas[end : end + _PARTICLE_REACH + 1]:
        if lemma in _APART:
            return True
        if lemma in (",", ";", ".", "and", "but"):
            return False
    return False


_AVOIDED = frozenset({"avoid", "prevent", "without", "not", "never", "n't"})
_AVOIDED_REACH = 2  # words before the verb: "to avoid breaking", "careful not to break"
_APART = frozenset({"up", "out", "apart"})
_PARTICLE_REACH = 3  # words of the object before its particle: "the crate up"


def _set_off_harmless(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon
) -> bool:
    """Whether a verb that only sets something off ("trigger", "introduce") has no harm
    near it: what was triggered or introduced is blame's business only when it is an outage,
    an error or something faulty ("introduced a bug", "triggered the outage", "the broken
    config she introduced"), or "it"."""
    if not lexicon["setting_off"].match(lemmas, start):
        return False
    harm = lexicon["incident_words"].words | lexicon["symptoms"].words
    faulty = lexicon.entries("faulty")
    near = range(max(0, start - _HARM_REACH), min(len(tokens), end + _HARM_REACH))
    return not any(lemmas[i] in harm or tokens[i].lower in faulty or lemmas[i] in _IT for i in near)


_HARM_REACH = 6  # words either side: German and Dutch set the object before the verb
_IT = frozenset({"it", "this", "them"})  # "the intern triggered it" ("that" relates too often)


def _remedy_after(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether what the verb set off, in the words right after it, is a remedy: "(triggered)
    a redeploy", "(triggered) an immediate rollback", not "(triggered) the outage"."""
    remedies = lexicon.entries("remedies")
    for token in tokens[end : end + _OBJECT_OPENING]:
        if token.kind is not Kind.WORD:
            return False
        if token.lemma in remedies or token.lower in remedies:
            return True
    return False


def _attributive(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A participle before its noun: "deployed a breaking change", "the triggering commit",
    "still seeing broken images" describe the change or what was seen, they do not say who
    broke anything (but "Dave broke the build" does, and "has broken the build")."""
    if start + 1 >= len(tokens):
        return False
    before = tokens[start - 1] if start > 0 else None
    if not tokens[start].lower.endswith("ing"):
        # a past participle, after an article or an -ing verb, before a word of its own
        after = tokens[start + 1]
        return (
            before is not None
            and (before.lemma in _DETERMINERS or before.lower.endswith("ing"))
            and after.kind is Kind.WORD
            and after.lemma not in lexicon["stopwords"]
        )
    return lexicon["doings"].match([t.lemma for t in tokens], start + 1) > 0 or (
        before is not None and before.lemma in _DETERMINERS
    )


def _steps_left_out(tokens: Sequence[Token], lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """ "without following the runbook", "without waiting for CI": a step left out, said as
    "without" (``leaving_out``) and a verb's -ing form; not what was spared or not known
    ("without interrupting anyone", "without realising", ``not_steps``)."""
    for position in range(len(tokens) - 1):
        if tokens[position].lemma not in lexicon["leaving_out"]:
            continue
        if _modal_clause(tokens, position, lexicon):
            continue  # "operators can troubleshoot without logging into a node"
        verb = tokens[position + 1]
        after = tokens[position + 2] if position + 2 < len(tokens) else None
        # An -ing form the lemmatizer also knows as a noun ("following") is a verb when an
        # object follows it: "without following the runbook" (but "without warning" alone).
        doing = verb.lemma != verb.lower or (after is not None and after.lemma in _OBJECTS)
        if (
            verb.kind is Kind.WORD
            and verb.lower.endswith("ing")
            and doing
            and verb.lemma not in lexicon["not_steps"]
            and verb.lemma not in lexicon["harm"]
        ):
            yield position, position + 2


def _modal_clause(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether the clause before ``position`` says what can, should or is wanted to be done
    (``modal``), not what someone did."""
    for token in reversed(tokens[:position]):
        if token.kind is Kind.PUNCT:
            return False
        if token.lemma in lexicon["modal"]:
            return True
    return False


def _main_clause(lemmas: Sequence[str]) -> Sequence[str]:
    """The sentence up to a relative clause: "@x did not alert others that his work ...,
    which would affect other deploys" says what @x did; the "would" is the work's. Or up to a
    clause set off after a comma that says when or why: "my fault, I did it by mistake, after
    telling myself I'd stop for the night" (the "would" is the telling's)."""
    for index, lemma in enumerate(lemmas):
        if index > 0 and lemma in ("which", "whom", "whose"):
            return lemmas[:index]
        if index > 1 and lemmas[index - 1] == "," and lemma in _SET_OFF:
            return lemmas[: index - 1]
    return lemmas


_GENERAL = frozenset({"can", "may"})  # what holds of anyone: "can be hard for someone new"

# Words opening a clause of when or why after a comma: what it tells is not the main claim.
_SET_OFF = frozenset({"after", "before", "while", "when", "because", "since", "although", "though"})


def _qualifier_opening(
    tokens: Sequence[Token], clause: int, position: int, lexicon: Lexicon
) -> int | None:
    """Where a short phrase after a person's word starts, when the word at ``position`` ends
    one ("the administrator on duty", "the engineer in charge"): its preposition, with
    someone right before it."""
    if tokens[position].lemma in lexicon["stopwords"] or is_person(tokens[position], lexicon):
        return None
    at = position - 1
    # a team's or a company's name: "Nick Sullivan of Public Websites"
    while at > clause and position - at < _ORGANISATION and _capitalised(tokens[at]):
        at -= 1
    if at > clause and tokens[at].lemma in _DETERMINERS:
        at -= 1
    if at <= clause or not (
        tokens[at].lemma in _QUALIFYING or tokens[at].lemma in lexicon["prepositions"]
    ):
        return None
    before = tokens[at - 1]
    named = (  # "Nick Sullivan of Public Websites"
        _capitalised(tokens[position])
        and tokens[at].lemma == "of"
        and _a_name(tokens, at - 1, lexicon)
    )
    someone = is_person(before, lexicon) or before.lemma in lexicon["roles"] or named
    return at if before.kind is Kind.WORD and someone else None


def _capitalised(token: Token) -> bool:
    return token.kind is Kind.WORD and token.text[:1].isupper()


_ORGANISATION = 3  # capitalised words of a team's name: "Public Websites", "Site Reliability Ops"


_QUALIFYING = frozenset({"on", "in", "at", "of", "from", "with"})  # "on duty", "in charge"


def _nearest(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> str:
    """The doer of the verb at ``start`` when it is someone: the nearest word before it that
    can be a subject ("Alice forgot"; in "a fix that ignored the logs", the fix)."""
    clause = _past_an_apposition(tokens, start, segment_start(tokens, start, lexicon), lexicon)
    if tokens[clause].lemma == "who":
        return _antecedent(tokens, clause, lexicon, names=True)
    position = start
    while position > clause:
        position -= 1
        token = tokens[position]
        if token.kind is Kind.HANDLE:
            return token.text
        if token.kind is not Kind.WORD or token.lemma in _BEFORE_THE_VERB:
            continue
        qualified = _qualifier_opening(tokens, clause, position, lexicon)
        if qualified is not None:  # "the administrator on duty overlooked": past "on duty"
            position = qualified
            continue
        role = _role_ending_at(tokens, clause, position, lexicon)
        if role >= 0:  # "the new hire did not follow": the role's last word
            return shown(tokens, role, position + 1)
        if _named(tokens, position, lexicon, names=True):
            first = position
            while first > clause and _named(tokens, first - 1, lexicon, names=True):
                first -= 1
            return shown(tokens, first, position + 1)
        if token.lemma in _COLLECTIVE:
            return ""  # "we": no one to blame
        if token.lemma not in lexicon["stopwords"]:
            # a thing, or in a verb-second language a time or a place the clause opens with,
            # its subject after the verb: "Gisteren vergat Jeroen het certificaat"
            if lexicon.language in VERB_SECOND and start - clause <= _FRONTED:
                return _subject_after_the_verb(tokens, start, len(tokens), lexicon, names=True)
            return ""
    return ""


_FRONTED = 4  # words a verb-second clause may open with before its verb ("Op 30 oktober")


def _past_an_apposition(tokens: Sequence[Token], start: int, clause: int, lexicon: Lexicon) -> int:
    """Where the subject of the verb at ``start`` may begin when a comma stands right before
    the verb and closes a short apposition ("Our engineer, Nick, should have", "the release
    manager, Nick Sullivan, forgot"): the clause before the apposition, which it names; else
    ``clause``."""
    between = tokens[clause:start]
    if (
        clause < 2
        or tokens[clause - 1].text != ","
        or any(t.kind is Kind.WORD and t.lemma not in _BEFORE_THE_VERB for t in between)
    ):
        return clause
    opening = segment_start(tokens, clause - 1, lexicon)
    if not 0 < clause - 1 - opening <= _APPOSITION or tokens[opening - 1].text != ",":
        return clause
    return segment_start(tokens, opening - 1, lexicon)


_APPOSITION = 4  # words: "a senior platform engineer"


def _role_ending_at(tokens: Sequence[Token], clause: int, position: int, lexicon: Lexicon) -> int:
    """Where a role of more than one word that ends at ``position`` starts ("new hire",
    "release manager"), or -1."""
    lemmas = [t.lemma for t in tokens]
    for start in range(max(clause, position - _ROLE_WORDS + 1), position):
        if lexicon["roles"].match(lemmas, start) == position + 1 - start:
            return start
    return -1


_ROLE_WORDS = 3  # the longest role: "on-call site engineer"


_BEFORE_THE_VERB = frozenset(
    {"be", "have", "do", "not", "also", "then", "just", "again", "simply", "probably", "never"}
)
# Not noticing is a fault only of something there to notice ("did not notice the alert").
_PERCEIVING = frozenset({"notice", "realise", "realize"})
_NOTHING_THERE = frozenset({"anything"})


_UNREAL = frozenset({"would", "could", "might"})  # what was weighed, not what is done


def _negated(lemmas: Sequence[str], start: int) -> bool:
    return any(
        w in ("not", "no", "never", "nobody", "none") for w in lemmas[max(0, start - 4) : start]
    )


def _doer(tokens: Sequence[Token], start: int, lexicon: Lexicon, names: bool) -> str:
    """The person or role who did what stands at ``start``: the first word of its clause,
    when that is someone ("Alice forgot", "the on-call engineer pushed it without review")."""
    clause = segment_start(tokens, start, lexicon)
    if tokens[clause].lemma == "who":
        return _antecedent(tokens, clause, lexicon, names)
    for position in range(clause, start):
        token = tokens[position]
        if (
            token.kind is Kind.WORD
            and token.lemma in lexicon["stopwords"]
            and token.lemma not in lexicon["one_person"]
        ):
            continue  # "the", "a": the subject is the next word
        if _modifies_a_role(tokens, position, start, lexicon):
            continue  # "the night pharmacist", "the duty electrician": the role is next
        if _named(tokens, position, lexicon, names):
            if _passive(tokens, position, start):
                return ""  # "the Stability fee was changed by mistake": what, not who
            role = lexicon["roles"].match([t.lemma for t in tokens], position)
            end = position + max(1, role)
            while end < start and _named(tokens, end, lexicon, names):
                end += 1
            if not role and end < start and _a_noun_after(tokens, end, lexicon):
                return ""  # "Campaign totals sum...", "The Green Line gates accept...": a thing
            return shown(tokens, position, end)
        if lexicon.language in VERB_SECOND:
            inverted = _subject_after_the_verb(tokens, position, start, lexicon, names)
            if inverted:
                return inverted
        return _agent(tokens, position, start, lexicon, names)
    return ""


_VERB_SECOND_REACH = 6  # words after the clause's first one where its subject may stand


def _had_they_done(tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """One person's step, said as what would not have happened had they taken it: "If the
    new receptionist had read the handover sheet, the double booking would never have
    happened", "Had Sam checked the dashboard, ..." (not "if the engineer had been paged":
    what was not done for them; not "had had access": what they lacked)."""
    if lexicon.language != "en" or not tokens:
        return ""
    lowered = [t.lower for t in tokens]
    if lowered[0] not in ("if", "had"):
        return ""
    subject = 1
    while subject < len(tokens) and (
        lowered[subject] in lexicon["articles"]
        or _modifies_a_role(tokens, subject, len(tokens), lexicon)
    ):
        subject += 1
    if subject >= len(tokens) or not _named(tokens, subject, lexicon, names=True):
        return ""
    if tokens[subject].lemma in lexicon["one_person"] and tokens[subject].lower in ("i", "me"):
        return ""  # one's own hindsight is no accusation of another
    end = subject + max(1, lexicon["roles"].match([t.lemma for t in tokens], subject))
    steps = end + 1 if lowered[0] == "if" and end < len(tokens) and lowered[end] == "had" else end
    if lowered[0] == "if" and steps == end:
        return ""
    while steps < len(tokens) and lowered[steps] in _BEFORE_THE_STEP:
        steps += 1
    if (
        steps >= len(tokens)
        or lowered[steps] in ("been", "had", "not", "never", "n't")  # had not stepped in: thanks
        or not (
            lowered[steps] in _SAME_AS_PARTICIPLE
            or followups.past_form(tokens[steps], lexicon, after_auxiliary=True)
        )
    ):
        return ""
    comma = next((i for i in range(steps, len(tokens)) if tokens[i].text == ","), None)
    if comma is None or not _WOULD_HAVE & set(lowered[comma + 1 :]):
        return ""
    return shown(tokens, subject, steps + 1)


_WOULD_HAVE = frozenset({"would", "could", "wouldn't", "couldn't", "might"})
_BEFORE_THE_STEP = _SMALL_ADVERBS | {"properly", "actually"}  # "had only just read"


def _chose_wrong(tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """Someone who acted on the wrong thing: "The duty electrician isolated the wrong feeder",
    "Sam deleted the wrong database" (not "the nurse noticed the wrong dose": finding it is
    no part of the cause; not "we restarted the wrong server": the team's, shared)."""
    wrong = as_written(lexicon, "wrong_choice")
    if not wrong:
        return ""
    articles = lexicon["articles"].words | _BEFORE_A_ROLE | _FUSED_ARTICLES
    for position, token in enumerate(tokens):
        if token.lower not in wrong or not any(
            t.lemma in articles for t in tokens[max(0, position - 2) : position]
        ):
            continue  # "what went wrong", "nothing looked wrong": no thing chosen
        later = range(position + 2, min(len(tokens), position + _CHOICE_REACH + 1))
        reach = _CHOICE_REACH + (_OBJECT_REACH if _toward(tokens, position, lexicon) else 0)
        for verb in (
            *range(position - 1, max(-1, position - reach), -1),
            *(later if lexicon.language in VERB_SECOND else ()),  # "den falschen Server gelöscht"
        ):
            acted = tokens[verb]
            if acted.kind is Kind.PUNCT:
                if verb < position:
                    break
                continue
            if not followups.past_form(acted, lexicon, after_auxiliary=True):
                continue
            if acted.lemma in lexicon["meeting_it"] or acted.lemma in lexicon["remedies"]:
                if verb < position and lexicon.language in VERB_SECOND:
                    continue  # "heeft de verkeerde lijst verwijderd": the act comes last
                break
            # A role, a handle or a pronoun: a capitalised first word is as often a thing's
            # name ("Automation consumed the wrong checksum") as a person's.
            doer = _doer(tokens, verb, lexicon, names=False)
            if doer.split(" ", 1)[0].lower() in lexicon["one_persons"]:
                break  # "His error messages pointed at the wrong disk": his thing did it
            if doer and not _received(tokens, verb, lexicon):
                shown_from = min(verb, position - 1)  # "den falschen Server gelöscht"
                return f"{doer} {shown(tokens, shown_from, max(verb + 1, position + 2))}"
            break
    return ""


_CHOICE_REACH = 4  # words from the verb to "wrong": "deleted the wrong", "a supprimé le mauvais"


def _received(tokens: Sequence[Token], verb: int, lexicon: Lexicon) -> bool:
    """Whether the one before ``verb`` had it done to them: "The engineer was sent the wrong
    link", "got handed the wrong badge", "wurde an die falsche Adresse geschickt"."""
    if lexicon.language in VERB_SECOND:
        return _passive_between(tokens[:verb], lexicon)
    passive = _PASSIVE_AUXILIARIES | lexicon["auxiliaries_passive"].words
    forms = _PASSIVE_FORMS.get(lexicon.language, frozenset())
    before = verb - 1
    while before >= 0 and tokens[before].lemma in _BEFORE_THE_STEP:
        before -= 1
    return before >= 0 and (tokens[before].lemma in passive or tokens[before].lower in forms)


_PASSIVE_AUXILIARIES = frozenset({"be", "get"})  # English's, beside the language's own
# A preposition and its article in one word: "alla lista sbagliata", "zur falschen Adresse".
_FUSED_ARTICLES = frozenset(
    {"al", "nel", "sul", "dal", "del", "ao", "à", "no", "na", "au", "aux"}
    | {"zum", "zur", "ins", "im"}
)
_OBJECT_REACH = 3  # the thing sent between: "sent the ambulance to the wrong street"
_TOWARD = frozenset({"to", "at", "on", "in", "onto", "into"})  # English's, beside its prepositions


def _toward(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether "wrong" is where something was sent, right after a preposition and its article:
    "to the wrong street", "an die falsche Adresse", "alla strada sbagliata"."""
    for before in (position - 2, position - 3):
        if before >= 0 and (
            tokens[before].lemma in _TOWARD or tokens[before].lemma in lexicon["prepositions"]
        ):
            return tokens[before + 1].lemma in lexicon["articles"] or before == position - 2
    return False


def _modifies_a_role(tokens: Sequence[Token], position: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``position`` says which of a role it is, right before the role:
    "night" of "the night pharmacist", "weekend duty" of "the weekend duty electrician"."""
    before = tokens[position - 1].lemma if position else ""
    if before not in _BEFORE_A_ROLE and before not in lexicon["articles"]:
        return False  # "to prevent programmers": a verb, not which programmer
    roles = lexicon["roles"]
    lemmas = [t.lemma for t in tokens[: min(start, position + _MODIFIERS + 2)]]
    for role in range(position + 1, min(start, position + _MODIFIERS + 1)):
        between = tokens[position:role]
        if not all(_a_modifier(t, lexicon) for t in between):
            return False
        size = roles.match(lemmas, role)
        if size and not _named(tokens, position, lexicon):
            last = tokens[role + size - 1]
            return last.lower == last.lemma  # one of them: "library authors" are all of them
    return False


def _a_modifier(token: Token, lexicon: Lexicon) -> bool:
    """A word that can qualify a role: a plain word, not a verb's form, a stopword or a name."""
    return (
        token.kind is Kind.WORD
        and token.lower == token.lemma
        and token.text[1:].islower()
        and token.lemma not in lexicon["stopwords"]
    )


_MODIFIERS = 2  # words before a role that say which: "weekend duty"
_BEFORE_A_ROLE = frozenset({"our", "their", "its", "this", "that", "one"})  # and each article


def _subject_after_the_verb(
    tokens: Sequence[Token], first: int, start: int, lexicon: Lexicon, names: bool
) -> str:
    """The subject of a clause whose first words are not it, in a verb-second language: the
    first person named a few words on, not the object of a preposition ("met de
    ontwikkelaar"); someone else first ("de klant") means no one of the team is the doer."""
    prepositions = lexicon["prepositions"]
    articles = lexicon["stopwords"]
    for position in range(first + 1, min(start, first + 1 + _VERB_SECOND_REACH)):
        token = tokens[position]
        if token.kind is Kind.PUNCT:
            return ""
        before = position - 1
        while (
            before > first
            and tokens[before].lemma in articles
            and tokens[before].lemma not in prepositions
        ):
            before -= 1
        governed = tokens[before].lemma in prepositions
        if _named(tokens, position, lexicon, names):
            if governed:
                return ""
            end = position + max(1, lexicon["roles"].match([t.lemma for t in tokens], position))
            while end < start and _named(tokens, end, lexicon, names):
                end += 1
            return shown(tokens, position, end)
        if not governed and mention_at(tokens, position, lexicon) is not None:
            return ""  # someone else does it: "Gisteren belde de klant de ontwikkelaar"
    return ""


def _a_noun_after(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether capitalised words are a thing's name, the word after them a noun they
    modify: lowercase, then another word, and no verb of a past, a modal or an adverb
    ("Dave deployed", "Dave never checked", "Priya will" are someone doing)."""
    after = tokens[end]
    if tokens[end - 1].kind is Kind.HANDLE or tokens[end - 1].lemma in lexicon["one_person"]:
        return False
    if not after.is_word or not after.text[:1].islower():
        return False
    if followups.past_form(after, lexicon) or after.lower.endswith("ly"):
        return False
    if after.lemma in _AUXILIARIES or after.lemma in lexicon["intent"]:
        return False
    if after.lemma in lexicon.classes.get("auxiliaries_perfect", ()):
        return False  # "Marc a lancé", "Ana ha desplegado": someone doing, in a compound past
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    return following is not None and following.is_word


_AUXILIARIES = frozenset(
    {"be", "have", "do", "can", "could", "would", "should", "must", "may", "might", "never"}
)


def _agent(tokens: Sequence[Token], subject: int, start: int, lexicon: Lexicon, names: bool) -> str:
    """Who a passive clause says did it: "The setting was changed by Kevin without telling
    anyone" (not "changed by mistake", nor "the Stability fee was changed by the DAO vote")."""
    english = lexicon.language == "en"
    for position in range(subject + 1, start - 1):
        if english:
            if tokens[position].lemma != "by" or not _passive(tokens, subject, position):
                continue
        elif not _an_agent_word(tokens[position], lexicon) or not _passive_between(
            tokens[subject + 1 : position], lexicon
        ):
            continue  # "wurde vom Praktikanten ... geändert", "a été modifiée par l'alternant"
        after = position + 1
        while after < start and (
            tokens[after].lemma in ("the", "a", "an", "our")
            or tokens[after].lemma in lexicon["articles"]
        ):
            after += 1
        if after < start and _named(tokens, after, lexicon, names):
            role = lexicon["roles"].match([t.lemma for t in tokens], after)
            return shown(tokens, after, after + max(1, role))
        return ""
    return ""


def _passive_between(between: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a passive's auxiliary stands among ``between``, in a language other than
    English: "wurde", "a été", "fue", "è stato", "werd", "ble"."""
    forms = _PASSIVE_FORMS.get(lexicon.language, frozenset())
    only_passive = lexicon["auxiliaries_passive"].words - lexicon["auxiliaries_perfect"].words
    return any(t.lower in forms or t.lemma in only_passive for t in between)


def _antecedent(tokens: Sequence[Token], who: int, lexicon: Lexicon, names: bool) -> str:
    """The person or role a "who" clause is said of: "pushed by Dave, who skipped the
    checklist", "the engineer who deployed it did not run the tests" (both the clause and
    the sentence around it are theirs)."""
    position = who - 1
    while position >= 0 and tokens[position].text == ",":
        position -= 1
    if position < 0:
        return ""
    role = _role_ending_at(tokens, 0, position, lexicon)
    if role >= 0:
        return shown(tokens, role, position + 1)
    # "who" is said of a person: "caused by Tom, who deployed it without the canary".
    if _named(tokens, position, lexicon, names or tokens[who].lemma == "who"):
        return shown(tokens, position, position + 1)
    return ""


def _passive(tokens: Sequence[Token], subject: int, verb: int) -> bool:
    """Whether the clause from ``subject`` to ``verb`` is passive ("was changed", "were
    inadvertently merged": an adverb may stand before the participle, and ``verb`` be that
    adverb): its subject is what was done to, not who did it."""
    between = tokens[subject + 1 : verb + 2]
    for index, token in enumerate(between[:-1]):
        if token.lemma != "be":
            continue
        participle = between[index + 1]
        if participle.lower.endswith("ly") and index + 2 < len(between):
            participle = between[index + 2]
        if participle.lower != participle.lemma and participle.lower.endswith(
            ("ed", "en", "wn", "ne")
        ):
            return True
    return False


def _outside_brackets(tokens: Sequence[Token]) -> Iterator[int]:
    """The positions of tokens outside brackets: "(owner: @eva-cx, #1411)" says who does the
    item, not who did anything."""
    depth = 0
    for position, token in enumerate(tokens):
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif not depth:
            yield position


def _one_named(
    tokens: Sequence[Token], lemmas: Sequence[str], position: int, lexicon: Lexicon
) -> bool:
    """A handle, "he" or "she", or a role said of one person ("a newer member of the team",
    "the on-call engineer"), not of many ("new members", "engineers")."""
    token = tokens[position]
    if token.kind is Kind.HANDLE or token.lemma in lexicon["one_person"]:
        return True
    size = lexicon["roles"].match(lemmas, position)
    if not size:
        return False
    head = tokens[position + size - 1]
    first = tokens[position]
    return head.lower == head.lemma and first.lower == first.lemma  # "members of the team": many


def _named(tokens: Sequence[Token], position: int, lexicon: Lexicon, names: bool = False) -> bool:
    """Whether the word at ``position`` points at a person on the team: an @handle, "I", a
    role ("the on-call engineer"), or with ``names``, a capitalised name ("Dave")."""
    token = tokens[position]
    if token.kind is Kind.HANDLE:
        return True
    if token.kind is not Kind.WORD:
        return False
    if lexicon["roles"].match([t.lemma for t in tokens], position) and not (
        lexicon.language == "en" and _verb_form(tokens, position)
    ):
        return True  # "a team member", "the on-call engineer" (not "which leads to")
    if lexicon.language in COMPOUNDING and _ends_in_a_role(token.lemma, lexicon):
        return True  # "der Webadministrator", "de databasebeheerder": a role, compounded
    if token.lemma in _COLLECTIVE:
        return False
    if token.lemma in lexicon["one_person"]:
        return True
    if _suffixed_name(tokens, position, lexicon):
        return True  # "鈴木さん", "박OO 님": a name, marked as one as a role is
    return names and _a_name(tokens, position, lexicon)


def _verb_form(tokens: Sequence[Token], position: int) -> bool:
    """Whether a word that can be a role is written as a verb: "led", "leading", "leads to",
    "authored" (a role's plural stays one: "the leads", "reviewers")."""
    token = tokens[position]
    if token.lower == token.lemma:
        return False
    if not token.lower.endswith("s"):
        return True
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return after is not None and after.lemma in _AFTER_A_VERB


_AFTER_A_VERB = frozenset({"to", "the", "a", "an", "it", "this", "that"})


def _suffixed_name(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """A name followed by the honorific that marks one, in a language that writes names
    without capitals ("鈴木さんが", "박OO 님의"); not the customers' ("お客さん") nor
    everyone's ("皆さん")."""
    suffixes = lexicon["name_suffixes"]
    if not suffixes.starts:
        return False  # a language that capitalises its names
    window = tokens[position : position + _NAME_CHARACTERS + _LONGEST_SUFFIX]
    lemmas = [t.lemma for t in window]
    if suffixes.starts.isdisjoint(lemmas[1:]):
        return False  # no honorific near: most words
    for end in range(1, _NAME_CHARACTERS + 1):
        if end >= len(window) or not window[end - 1].is_word:
            return False
        if not suffixes.match(lemmas, end):
            continue
        named = lemmas[:end]
        if named[0] in _HONORIFIC_PREFIXES:
            return False  # "お客さん", "お医者さん": a kind of person, made polite
        whole = lemmas[: end + suffixes.match(lemmas, end)]  # "お客さん" itself
        others = (lexicon["people"], lexicon["generic_people"])
        return not any(
            c.match(said, 0) == len(said) for c in others for said in (named, whole)
        ) and not any("".join(named) == word for word in lexicon.entries("not_the_writer"))
    return False


_HONORIFIC_PREFIXES = frozenset({"お", "ご"})
_NAME_CHARACTERS = 4  # "鈴木", "佐々木", "박OO": the name before its honorific
_LONGEST_SUFFIX = 3  # characters: "ちゃん"


# Languages that write a role with what it is for in one word ("Webadministrator",
# "databasebeheerder", "driftsansvarlig").
_ROLE_SUFFIX = 7  # letters a role must have to be read at a compound's end: "administrator"


def _ends_in_a_role(lemma: str, lexicon: Lexicon) -> bool:
    return any(
        len(role) >= _ROLE_SUFFIX and len(lemma) > len(role) and lemma.endswith(role)
        for role in _single_word_roles(lexicon)
    )


@lru_cache(maxsize=16)
def _single_word_roles(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(role for role in lexicon["roles"].words if " " not in role)


def _opens_a_phrase(tokens: Sequence[Token], position: int, end: int) -> bool:
    """A sentence's first word, capitalised for that, before the noun it qualifies
    ("Recovery steps are written up", "Downstream impact ... is written up"): no name."""
    following = position + 1
    return (
        position == 0
        and following < end
        and tokens[following].kind is Kind.WORD
        and tokens[following].text.islower()
        and tokens[following].lemma not in _JOINING
    )


_JOINING = frozenset({"and", "or", "who", "whose", "has", "have", "had", "be", "will"})


def _a_name(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """A person's name: a capitalised word the vocabulary does not know ("Dave"), not a
    product's ("ArgoCD", "KubeSpawner": capitals inside) nor an acronym."""
    token = tokens[position]
    text = token.text
    if not text[:1].isupper() or not text[1:].islower():
        return False
    opening = position == 0 or not tokens[position - 1].is_word
    if opening and lexicon.language != "en" and position + 1 < len(tokens):
        after = tokens[position + 1]  # "Lucía cometió un error": a verb after it, its subject
        opening = not (after.is_word and after.lower != after.lemma)
    if token.lower != token.lemma and not token.possessive and opening:
        # an inflected word opening its sentence or line ("Deployed"); capitalised mid-
        # sentence, a name that is also a verb's form ("Lucía", read "lucir"); a name's
        # possessive may lemmatise oddly
        return False
    if lexicon.language in NOUNS_CAPITALISED:
        return False  # "Unser Import hat die Nummer ohne Prüfung übernommen": every noun is
    if position > 0 and tokens[position - 1].lemma in _ARTICLES:
        return False  # "the Valentine's rush", "a character in the Path": no name takes "the"
    if mention_at(tokens, position, lexicon) is not None:
        return False  # a word the vocabulary knows: a person noun, a thing
    ordinary = ("stopwords", "generic", "plan", "platitude", "months", "weekdays", "intent")
    return not any(token.lemma in lexicon[name] for name in ordinary) and token.lemma.isalpha()


_JUDGED_THING_REACH = 2  # words from a judgement to the thing it judges: "stupid AWS outages"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "every", "each"})
_ARTICLES = frozenset({"the", "a", "an"})  # ("that" opens a clause too: "found that Dave ...")
_OBJECTS = _DETERMINERS | {"our", "their", "its", "his", "her", "my", "your", "any", "up"}


def _possessed(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """ "Dave's fault", "the fault of the on-call": a fault that is someone's."""
    before = start - 1
    if before >= 0 and tokens[before].possessive and _named(tokens, before, lexicon, names=True):
        return True
    return any(_named(tokens, i, lexicon) for i in range(start + 1, min(len(tokens), start + 5)))


def _heroics(sentence: Sentence, lexicon: Lexicon, praising: bool, tribute: bool = False) -> str:
    lemmas = sentence.lemmas
    tokens = sentence.tokens
    for start, end in lexicon["heroics"].spans(lemmas):
        if _in_a_name(tokens, start, end):
            continue  # part of a name: "the Driftwood Legends team", "Ninja Forms"
        quoted = start > 0 and tokens[start - 1].text in _OPENING_QUOTES  # a "legend"
        if end < len(tokens) and tokens[end].text in _OPENING_QUOTES and not quoted:
            continue  # a caption: 'con la leyenda "Primer periodo"', 'the legend "Q1"'
        if end < len(tokens) and tokens[end].kind is Kind.NUMBER and _things_did(tokens, lexicon):
            continue  # a share: "les cliniques ont reçu à elles seules 140 des visites"
        if _moved_away_from(lemmas, start, end):
            continue  # "move from heroic emergency efforts to structured operations"
        if tokens[start].text.isupper() and not any(
            _named(tokens, i, lexicon, names=True) for i in range(len(tokens)) if i != start
        ):
            continue  # "the MVP release", "Milestone 0 (MVP)": a product, not "Sam, our MVP"
        return shown(tokens, start, end)
    if one := _indispensable(tokens, lexicon):
        return one
    # Overwork told as a feat: with thanks, or where the document praises.
    nouns_capitalised = lexicon.language in NOUNS_CAPITALISED  # "ein großes Dankeschön"
    praised = praising or any(
        not _in_a_name(tokens, start, end)
        and (nouns_capitalised or not _capitalised_inside(tokens, start))
        for start, end in lexicon["praise"].spans(lemmas)
    )  # not "Elena Gracia", whose name is no thanks
    if not praised and not tribute:
        return ""
    for start, end in lexicon["overwork"].spans(lemmas):
        return shown(sentence.tokens, start, end)
    if small_hours := _into_the_night(sentence.tokens):
        return small_hours
    if not praised:
        return ""  # a tribute's later sentence: "within 48 hours" there counts no feat
    for index, token in enumerate(sentence.tokens):  # "for 40+ hours", "19 hours straight"
        if token.kind is Kind.NUMBER and (token.value or 0) >= _LONG_HOURS:
            unit = lemmas[index + 1] if index + 1 < len(lemmas) else ""
            if unit in ("hour", "hr", "h"):
                return shown(sentence.tokens, index, index + 2)
    return ""


def _in_a_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words are capitalised beside another capitalised word: part of a name."""
    if not tokens[start].text[:1].isupper():
        return False
    before = start > 0 and tokens[start - 1].is_word and tokens[start - 1].text[:1].isupper()
    after = end < len(tokens) and tokens[end].is_word and tokens[end].text[:1].isupper()
    return before or after


def _capitalised_inside(tokens: Sequence[Token], start: int) -> bool:
    """A capitalised word inside a sentence: a name ("Gracia"), not a word of thanks."""
    return start > 0 and tokens[start - 1].is_word and tokens[start].text[:1].isupper()


def _moved_away_from(lemmas: Sequence[str], start: int, end: int) -> bool:
    """Whether heroics are what the team means to leave behind, not praise: "move from heroic
    emergency efforts to structured operations", "no more heroics", "so that nobody has to
    be a hero", "instead of relying on heroes"."""
    before = lemmas[max(0, start - _AWAY_REACH) : start]
    if _AWAY.intersection(before):
        return True
    return "from" in before and "to" in lemmas[end : end + 2 * _AWAY_REACH]


_AWAY = frozenset(
    {"avoid", "reduce", "stop", "eliminate", "instead", "rather", "no", "not", "nobody"}
)
_AWAY_REACH = 4  # words between what leaves heroics behind and the word for them


def _indispensable(tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """One person held up as the one it could not have been done without: "I don't know
    what we'd have done without her", "we couldn't have done it without Sam" (not "we
    would have been lost without the backups")."""
    lemmas = [t.lemma for t in tokens]
    if not _UNREAL.intersection(lemmas) or "have" not in lemmas:
        return ""
    for index in range(len(tokens) - 1):
        if lemmas[index] != "without":
            continue
        whom = tokens[index + 1]
        if whom.lower in _ONE_OF_US or _named(tokens, index + 1, lexicon, names=True):
            return shown(tokens, index, index + 2)
    return ""


_ONE_OF_US = frozenset({"him", "her"})


def _things_did(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the sentence's subject is a thing: its first word of substance is no name and
    no person ("les cliniques ont reçu...", not "Marie a traité...")."""
    stop = lexicon["stopwords"]
    for index, token in enumerate(tokens):
        if token.kind is Kind.WORD and token.lemma not in stop:
            mention = mention_at(tokens, index, lexicon)
            return token.text[:1].islower() and (mention is None or not mention.person)
    return False


_OPENING_QUOTES = frozenset({'"', "“", "«", "„", "「"})
_LONG_HOURS = 12  # hours of work in one go that a thank-you holds up as a feat


def _into_the_night(tokens: Sequence[Token]) -> str:
    """Work told as going on until the small hours: "kept going until 5am", "till 03:30"."""
    for index in range(len(tokens) - 1):
        if tokens[index].lower not in ("until", "till", "past"):
            continue
        when = tokens[index + 1]
        after = tokens[index + 2].lower if index + 2 < len(tokens) else ""
        hour = None
        if when.kind is Kind.TIME and when.text.split(":")[0].isdigit():
            hour = int(when.text.split(":")[0])
        elif when.kind is Kind.NUMBER and after in ("am", "a.m."):
            hour = int(when.value or 0)
        if hour is not None and 1 <= hour <= _SMALL_HOURS:
            return shown(tokens, index, index + 2 + (after in ("am", "a.m.")))
    return ""


_SMALL_HOURS = 6  # o'clock: later than this, a morning
