"""A user's story in a sentence: someone (in the users' words) who experienced something.

"About 1,200 shoppers saw 'Something went wrong'", "riders could not book", "four users of
the vault found their deposits gone", "the app logged guests out": a person who is the subject
of an experience (perceiving, being unable, losing, waiting, being charged...), or its object
("prevented riders from booking", "showed an error to 3% of customers"). The responders' side
("our engineers could not reach the database") and telling people something ("users were
notified") are not the users' story.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from spec_gate.reading.followups import past_form
from spec_gate.reading.lexicon import VERB_SECOND, Lexicon, as_written
from spec_gate.reading.people import (
    PLURAL_PRONOUNS,
    Mention,
    a_role,
    aside_of_a_thing,
    head_before,
    is_person,
    mention_at,
    person_after,
    segment_start,
)
from spec_gate.reading.quantities import extent
from spec_gate.reading.text import QUOTE_MARKS, Kind, Sentence, Token, outside_quotes, shown

# Verbs whose "for" names what or whom they are after, not the one it happened to: "had to
# wait for the vendor", "asked for a refund".
_FOR_WHAT = frozenset({"wait", "ask", "look", "search", "apply", "call"})
_ASKED = frozenset({"?", "？", "؟"})
_BY = frozenset({"by", "for", "to"})
# "zero" and "0" deny as "no" does: "zero customers affected", "0 users saw an error".
_NEGATION = frozenset(
    {"not", "no", "never", "none", "nobody", "neither", "nor", "without", "zero", "0"}
)
_HYPOTHETICAL = frozenset({"would", "might", "could", "may", "if"})


@dataclass(frozen=True, slots=True)
class Story:
    who: str
    what: str
    # Unmistakably harm to someone outside the team: "riders could not pay", "customers
    # saw errors" (not "the maintainer had to", not "users experienced this").
    severe: bool = False
    # Told in so many words (someone who could not, saw, lost...), not only read from a
    # harm word near a person ("a failure to delete users").
    direct: bool = True
    # Told to the readers as "you": what happened to them, but no third party's account (a
    # "nobody was affected" stands against it).
    addressed: bool = False


def story(sentence: Sentence, lexicon: Lexicon, earlier: Mention | None = None) -> Story | None:
    """The person and what they experienced, when ``sentence`` tells it; ``earlier`` is the
    person the text spoke of last, for "they"."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    if tokens and tokens[-1].text in _ASKED:
        return None  # "Did users see errors?": asked, not told
    for start, end in _experiences(lemmas, lexicon):
        if (
            _hypothetical(lemmas, start)
            or _from_now_on(lemmas, start)
            or _done_without(lemmas, start)
            or _warded_off(lemmas, start)
        ):
            # "would have seen"; "will now see"; "completed without any downtime"; "the fix
            # prevented customers from being charged twice"
            continue
        if end - start == 1 and _a_noun(tokens, lemmas, start, lexicon):
            continue  # "the experience of search was impacted", "all bills used...": nouns
        if (
            lemmas[start] in lexicon["perceiving"]
            and (
                (_negated(lemmas, start) and not _theirs_withheld(tokens, end, lexicon))
                or _denied(lemmas, start, end, lexicon)
                or (
                    (_future(lemmas, start) or _future_form(tokens[start], lexicon.language))
                    # what is seen may be part of the phrase: "verront une erreur"
                    and not _harm_after(sentence, start + 1, lexicon)
                )
                or _nothing_seen(lemmas, end, lexicon)
                or lemmas[end : end + 1] in _WHETHER
            )
        ):
            # "users did not see", "saw no errors", "you will see improvements"; "to see if
            # they need to sync": a check, not something met
            continue
        if (lemmas[start] in lexicon["perceiving"] and _measured(lemmas, end, lexicon)) or (
            _only_trouble(tokens, lemmas, end, lexicon)
        ):
            # "users experienced degraded performance": the system's side; "intermittent
            # issues": nothing said of what they went through
            continue
        if tuple(lemmas[end : end + 2]) in (("to", "be"), ("to", "get")):
            continue  # "users were unable to be deleted": done to them by the system
        if _conditional(lemmas, start) and not _past_condition(tokens, start, lexicon):
            continue
        if _finding_out(lemmas, start, end, lexicon):
            continue
        if lemmas[start] == "meet" and person_after(tokens, end, lexicon, reach=6) is not None:
            continue  # "met with our consultant": a meeting, not "met with an error"
        subject = _subject_of(sentence, start, lexicon, earlier)
        if subject is not None and _told_of(tokens, subject, start, lexicon):
            continue  # "a team member received a warning": how we found out
        if lemmas[start] in ("receive", "get") and lexicon["amends"].found_in(
            lemmas[end : end + 6]
        ):
            continue  # "affected customers received an apology email": our amends
        if subject is not None and subject.person and not subject.responder:
            if _none_of_them(tokens, subject) and not lexicon["inability"].match(lemmas, start):
                continue  # "no customer reported an issue": nobody did (but "nobody could")
            if _affected_by(lemmas, subject.index, start, lexicon) or (
                lexicon["thing_states"].match(lemmas, start) and _named_thing(tokens, subject)
            ):
                # "customers were affected by the search problem": not what it was;
                # "Community and the translation platform are down": a product
                continue
            if subject.text.lower() in _ADDRESSED and _advised(lemmas, start):
                continue  # "you should see", "you can't use -d": advice, not an account
            if _responding(lemmas, start, end, subject, lexicon):
                continue  # "agents had to work through a backlog": the responders' side
            severe = _severe(tokens, start, end, lexicon) and not _staff(tokens, subject, lexicon)
            what = shown(tokens, start, end, punctuation=False)
            return Story(subject.text, what, severe, addressed=_the_readers(subject, lexicon))
        if lemmas[start] in lexicon["object_first"] or lexicon["symptoms"].match(lemmas, start):
            if _verb_follows(tokens, end, lexicon):
                continue  # "a failure to delete users": the users are what it acted on
            reached = person_after(tokens, end, lexicon, reach=6)
            if reached is not None and not reached.responder:
                if _trouble_for(tokens, lemmas, start, reached, lexicon):
                    continue  # "caused issues for some users for an hour": nothing of what
                return Story(reached.text, shown(tokens, start, end, punctuation=False))
        passive = (start > 0 and lemmas[start - 1] == "be") or lemmas[start] == "be"
        if _verb_follows(tokens, end, lexicon):
            continue  # "pods were not able to pull their images": "to" opens a verb
        if (
            end < len(lemmas)
            and lemmas[end] in _BY
            and not (passive and lemmas[end] == "by")
            and not _seeking(lemmas, end)
        ):
            # "errors were seen by users", not "rejected by some clients" (who rejected it)
            reached = person_after(tokens, end + 1, lexicon, reach=4)
            if reached is not None and not reached.responder:
                return Story(reached.text, shown(tokens, start, end, punctuation=False))
    return (
        _done_to(sentence, lexicon)
        or _nobody_could(sentence, lexicon)
        or _theirs(sentence, lexicon, earlier)
        or _harmed(sentence, lexicon, earlier)
        or _failed_them(sentence, lexicon)
        or _broke_for(sentence, lexicon)
        or _their_acts_failed(sentence, lexicon)
        or _had_theirs(sentence, lexicon, earlier)
        or _theirs_hit(sentence, lexicon)
        or _harm_delivered(sentence, lexicon)
        or _failure_hit(sentence, lexicon)
        or _counted_met_trouble(sentence, lexicon)
    )


def _theirs_withheld(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """What they did not see done to something of theirs: "did not see their loyalty points
    credited", "never saw their refunds arrive" (not "did not see any errors", "did not see
    their sessions interrupted": nothing wrong)."""
    theirs = False
    for position in range(end, min(len(tokens), end + _WITHHELD_REACH)):
        token = tokens[position]
        if token.kind is Kind.PUNCT:
            return False
        if token.lower in _THEIR:
            theirs = True
        elif (
            theirs and position > end + 1 and (past_form(token, lexicon) or token.lemma in _COMING)
        ):
            # not harm that did not come: "did not see their sessions interrupted"
            troubles = ("harm", "affected", "problems", "symptoms", "incident_words")
            return not (
                token.lower in as_written(lexicon, "harm_words")
                or any(token.lemma in lexicon[name] for name in troubles)
                # the verb of a trouble's noun: "interrupted" of "interruption"
                or (
                    len(token.lemma) >= _STEM_LETTERS
                    and any(w.startswith(token.lemma) for w in lexicon.entries("incident_words"))
                )
            )
    return False


_WITHHELD_REACH = 6  # words: "their loyalty points credited"
_STEM_LETTERS = 5  # "disrupt" of "disruption"; not "out" of "outage"
_COMING = frozenset({"arrive", "appear", "come", "land", "update", "show"})


def _had_theirs(sentence: Sentence, lexicon: Lexicon, earlier: Mention | None) -> Story | None:
    """Something of theirs done to: "users who installed it had their npm token sent to the
    attacker", "some riders had their trips cancelled", "claimants have had their payments
    paused" (not "had their access restored": put right; not "will have their data moved")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for index in range(len(tokens) - 2):
        if lemmas[index] not in ("have", "get") or tokens[index + 1].lower not in _THEIR:
            continue
        done = next(
            (
                at
                for at in range(index + 2, min(len(tokens), index + 2 + _THING_REACH))
                if tokens[at].kind is Kind.WORD and past_form(tokens[at], lexicon)
            ),
            None,
        )
        if done is None or tokens[done].lemma in lexicon["put_right"].words:
            continue
        if lexicon["amends"].found_in(lemmas[index:done]):
            continue  # "had their refunds processed"
        if (
            _negated(lemmas, index)
            or _future(lemmas, index)
            or _hypothetical(lemmas, index)
            or (_conditional(lemmas, index) and not _past_condition(tokens, index, lexicon))
        ):
            continue
        subject = _resolved(head_before(tokens, index, lexicon), tokens, earlier)
        if subject is not None and subject.person and not subject.responder:
            return Story(subject.text, shown(tokens, index, done + 1, punctuation=False))
    return None


_THEIR = frozenset({"their", "his", "her", "your"})


def _theirs_hit(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """Harm to something of theirs, named after the verb: "two wallet bugs impacted Monero
    users' privacy", "the attack compromised 300 customers' credentials", "the outage
    affected our users' ability to log in" (not "impacted 300 users": affected, not how)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for name in ("affected", "harm"):
        for start, end in lexicon[name].spans(lemmas):
            if (
                _negated(lemmas, start)
                or _future(lemmas, start)
                or _hypothetical(lemmas, start)
                or _conditional(lemmas, start)
                or not _HYPOTHETICAL.isdisjoint(lemmas[max(0, start - 2) : start])
            ):
                continue  # "could impact customers' dashboards": what might happen
            for at in range(end, min(len(tokens) - 1, end + _DETERMINER_REACH + 1)):
                if tokens[at].lemma in _BY or tokens[at].lemma in _OWNING_PREPOSITIONS:
                    break  # "compromise of employee's account": a noun, not the verb's object
                if not tokens[at].possessive:
                    continue
                owner = mention_at(tokens, at, lexicon)
                thing = tokens[at + 1]
                if (
                    owner is not None
                    and owner.person
                    and not owner.responder
                    and not _staff(tokens, owner, lexicon)
                    and thing.kind is Kind.WORD
                    and thing.lemma not in lexicon["stopwords"]
                ):
                    return Story(owner.text, shown(tokens, start, at + 2, punctuation=False))
                break
    return None


_THING_REACH = 4  # words from "their" to what was done to it: "their custom flag images deleted"


def _unlisted_plural(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> Mention | None:
    """A plural noun no list knows, subject of a verb only someone can do ("workspaces saw
    delays", "contacts received repeated emails") or kept from doing something to something
    ("146 bakeries could not mark orders as ready", "clinics were unable to book
    appointments"): people in the users' own words."""
    if tokens[start].lemma not in _SENTIENT and not _kept_from_acting(tokens, start, lexicon):
        return None
    clause = segment_start(tokens, start, lexicon)
    for position in range(clause, start):
        token = tokens[position]
        if token.kind is not Kind.WORD or token.lemma in lexicon["stopwords"]:
            continue
        if token.lemma in _PLURAL_QUANTIFIERS:
            continue  # "many pharmacies", "several clinics"
        if _unlisted(token, lexicon):
            return Mention(position, token.text, True)
        return None
    return None


def _unlisted(token: Token, lexicon: Lexicon) -> bool:
    """A plural noun no vocabulary knows, person or thing."""
    lemma = token.lemma
    plural = len(lemma) > 3 and token.lower in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
    known = ("vague_trouble", "problems", "symptoms", "time_units")  # "issues", "errors"
    last = lemma.rpartition("-")[2]  # "unit-tests": tests, whatever kind
    return (
        plural
        and is_person(token, lexicon) is None
        and not any(w in lexicon[name] for name in known for w in (lemma, last))
        and last not in lexicon["not_people"]
    )


def _kept_from_acting(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """An inability before a verb in the active voice and its object: "could not mark
    orders", "were unable to take card payments" (not "could not be delivered", "could not
    start", "failed to connect to the database": a thing's failure, told of the thing)."""
    lemmas = [t.lemma for t in tokens]
    size = lexicon["inability"].match(lemmas, start)
    if not size or lemmas[start] == "fail":
        return False  # "crates failed to build": a thing that failed, told of the thing
    verb = start + size
    if verb < len(lemmas) and lemmas[verb] == "to":
        verb += 1
    # "could not log in or borrow e-books": each verb joined to the first may be the one
    joined = [i + 1 for i in range(verb, min(len(lemmas), verb + _ACT_REACH)) if lemmas[i] in _OR]
    return any(_acts_on_object(tokens, lemmas, v, lexicon) for v in (verb, *joined))


_OR = frozenset({"or", "and"})


def _acts_on_object(
    tokens: Sequence[Token], lemmas: Sequence[str], verb: int, lexicon: Lexicon
) -> bool:
    if verb + 1 >= len(tokens) or tokens[verb].kind is not Kind.WORD or lemmas[verb] == "be":
        return False
    for position in range(verb + 1, min(len(tokens), verb + 1 + _ACT_REACH)):
        token = tokens[position]
        if token.kind is not Kind.WORD:
            return False
        if token.lemma in lexicon["prepositions"]:
            return False  # "finish before midnight": no object, an intransitive verb
        if token.lemma not in lexicon["stopwords"]:
            # not "reach the (booking) database", "restart the pods": machines acting on
            # machines, whatever qualifies them; not "build a day earlier": a time, no object
            phrase = range(position, min(len(tokens), position + _ACT_REACH))
            return not any(
                lemmas[i] in lexicon["not_people"]
                or lexicon["machinery"].match(lemmas, i)
                or lexicon["time_units"].match(lemmas, i)
                for i in phrase
                if tokens[i].kind is Kind.WORD
            )
        if token.lemma not in lexicon["articles"] and token.lemma not in _POSSESSIVES:
            return False  # "to", "with", "in": no object, an intransitive verb
    return False


_PLURAL_QUANTIFIERS = frozenset(
    {"many", "several", "numerous", "multiple", "various", "few", "other"}
)
_ACT_REACH = 3  # words from the verb to its object: "book their appointments"
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "your", "my"})


_SENTIENT = frozenset(
    {"see", "notice", "encounter", "experience", "receive", "watch", "hear", "wait", "complain"}
)


def _their_acts_failed(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """What people did with the product, counted, failing: "1,200 logins failed", "we were
    unable to capture 44.3% of the visits", "about 300 orders could not be placed". Whoever
    logged in or ordered went through it, though the sentence names them by what they did."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    failing = [
        start
        for name in ("breakdown", "inability")
        for start, _end in lexicon[name].spans(lemmas)
        if not _negated(lemmas, start)
    ]
    if not failing or _hypothetical(lemmas, len(lemmas)):
        return None
    acts = lexicon["acts"]
    lasted: bool | None = None
    for index in range(len(tokens)):
        size = acts.match(lemmas, index)
        if not size:
            continue
        if not _counted_act(tokens, index):
            # or failing for a time: "Logins failed for 20 minutes", "payments were failing
            # from 10:02 to 10:47"
            if lasted is None:
                lasted = extent(tokens, lexicon) is not None
            if not lasted or not _failing_after(tokens, index + size, failing, lexicon):
                continue
        if _conditional(lemmas, index):
            return None
        return Story(
            tokens[index + size - 1].text, shown(tokens, index, index + size), direct=False
        )
    return None


def _failing_after(
    tokens: Sequence[Token], end: int, failing: Sequence[int], lexicon: Lexicon
) -> bool:
    """Whether the acts named before ``end`` are what failed: a plural, the subject, its verb
    right after it but for auxiliaries and adverbs ("sign-ups were repeatedly failing"), not
    "the reconciliation of payments failed" or "the service stopped assigning new orders"."""
    last = tokens[end - 1]
    if last.lower == last.lemma:
        return False
    stopwords = lexicon["stopwords"]
    clause = segment_start(tokens, end - 1, lexicon)
    before = [
        t
        for t in tokens[clause : end - 1]
        if t.is_word and t.lemma not in stopwords and not t.text[:1].isupper()
    ]
    if len(before) > 1:
        return False  # "the reconciliation job of payments failed": the job failed
    phrase = 0  # words of a phrase that says where: "payments in the mobile app failed"
    for position in range(end, min(len(tokens), end + _VERB_REACH + _PLACE_REACH + 1)):
        if position in failing:
            return True
        token = tokens[position]
        if not token.is_word:
            return False
        if position == end and token.lemma in _PLACE_OPENERS:
            phrase = 1
        elif phrase and phrase < _PLACE_REACH:
            phrase += 1
        elif not (token.lemma in stopwords or token.lower.endswith("ly")):
            return False
    return False


_VERB_REACH = 2  # words between the acts and their failing: "were repeatedly (failing)"
_PLACE_OPENERS = frozenset({"in", "on", "from", "through", "via", "with", "at"})
_PLACE_REACH = 4  # "in the mobile app", "from customers in Europe"


def _harm_delivered(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """Something harmful that reached people by what they did, counted: "the exploited
    versions of litellm were downloaded over 119k times", "the malicious packages were
    installed 820 times". Whoever downloaded or installed it met the harm, though the
    sentence names them by what they did (not "we downloaded the exploit twice to test it")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    harm = lexicon["harm"]
    harmful = [i for i in range(len(tokens)) if harm.match(lemmas, i) and not _negated(lemmas, i)]
    if not harmful or _hypothetical(lemmas, len(lemmas)) or _conditional(lemmas, harmful[0]):
        return None
    acts = lexicon["acts"]
    for index in range(harmful[0] + 1, len(tokens)):
        size = acts.match(lemmas, index)
        if not size or tokens[index].lower == lemmas[index]:
            continue  # the act's verb, inflected ("downloaded"), not its noun
        subject = head_before(tokens, index, lexicon)
        if subject is not None and subject.person and subject.responder:
            continue  # "we downloaded the sample": the responders
        after = tokens[index + size : index + size + _ACT_COUNT_REACH]
        if any(t.kind is Kind.NUMBER and t.value for t in after):
            return Story(tokens[index].text, shown(tokens, index, index + size), direct=False)
    return None


def _counted_act(tokens: Sequence[Token], index: int) -> bool:
    """A number counts the act: "5,400 installs", "44.3% of the visits", "about 300 orders";
    or every one of them did: "every \"Download all\" click", "each checkout"."""
    for position in range(index - 1, max(-1, index - _ACT_COUNT_REACH), -1):
        token = tokens[position]
        if token.kind is Kind.NUMBER:
            return bool(token.value)
        if token.lower in _EVERY:
            return True
        if token.kind is not Kind.WORD and token.text not in _QUOTES:
            return False
    return False


_EVERY = frozenset({"every", "each"})


_ACT_COUNT_REACH = 5  # tokens: "44.3 % of the visits", "about 1,200 failed sign-in"


def _named_thing(tokens: Sequence[Token], subject: Mention) -> bool:
    """Whether a people word that is said to be down or unreachable is a product's name:
    capitalised as one ("Community", "Members Area"), not "our users"."""
    index = subject.index
    return index < len(tokens) and tokens[index].text[:1].isupper()


def _none_of_them(tokens: Sequence[Token], subject: Mention) -> bool:
    """Whether the subject is no one: "no user", "none of the riders", "nobody"."""
    if subject.index >= len(tokens) or tokens[subject.index].text != subject.text:
        return False  # someone a sentence before: said there
    if tokens[subject.index].lemma in ("nobody", "none"):
        return True
    for token in reversed(tokens[max(0, subject.index - _NONE_REACH) : subject.index]):
        if token.lemma in ("no", "none", "neither") or _zero(token):
            return True
        if token.kind is not Kind.WORD or token.lemma not in _WITHIN_NONE:
            return False
    return False


_NONE_REACH = 3  # "none of the riders", "no other user"
_WITHIN_NONE = frozenset({"of", "the", "our", "other", "single", "one"})


def _zero(token: Token) -> bool:
    """Whether the token counts nobody: "zero customers", "0 riders" (not the "000" of "21 000
    clients", a French thousand)."""
    return (
        token.kind is Kind.NUMBER
        and token.value == 0
        and (token.text == "0" or not token.text[:1].isdigit())
    )


def _affected_by(lemmas: Sequence[str], subject: int, start: int, lexicon: Lexicon) -> bool:
    """ "(Customers) were affected by (the problem)": only that they were affected, told
    through a word for what went wrong, not what they went through."""
    if lexicon["experience"].match(lemmas, start) or lexicon["inability"].match(lemmas, start):
        return False
    return any(lexicon["affected"].match(lemmas, i) for i in range(subject + 1, start))


def _after_its_qualifier(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``index`` is a noun after what qualifies it: a determiner ("the
    experience") or a person's word in the singular ("the end-user experience", "customer
    experience"), not its subject ("customers experience errors", "they experience")."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.lower in _ARTICLES:
        return True
    return (
        before.kind is Kind.WORD
        and before.lower == before.lemma
        and before.lemma.rsplit("-", 1)[-1] in lexicon["people"]
        and before.lemma not in _PRONOUNS
    )


_ARTICLES = frozenset(
    {"the", "a", "an", "our", "their", "its", "this", "that", "his", "her", "your", "my", "every"}
)


def _failed_them(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """The product, as its users meet it, failing them: "the websites showed 'Software error'
    on product lists", "the sites couldn't be accessed". Told through the thing people use,
    not through its parts ("the pods were unavailable", "services showed timeouts")."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    failing = sorted([*lexicon["unreachable"].spans(lemmas), *lexicon["showing"].spans(lemmas)])
    for start, end in failing:
        if _negated(lemmas, start) or _conditional(lemmas, start) or _hypothetical(lemmas, start):
            continue
        clause = segment_start(tokens, start, lexicon)
        thing = _surface_of(tokens, clause, start, end, lexicon)
        if thing is None or any(
            clause <= m.index < start and not _owner_of(m, thing)
            for m in people_in(sentence, lexicon)
        ):
            continue  # "our engineers' dashboard showed": someone else's view
        after = max(end, thing + 1)
        if lemmas[start] in lexicon["showing"] and not any(
            lexicon["on_screen"].match(lemmas, i) or tokens[i].text in _QUOTES
            for i in range(after, min(len(tokens), after + 6))
        ):
            continue  # "the site showed the new prices", "showed elevated timeouts": not seen
        what = shown(tokens, start, end, punctuation=False)
        return Story(tokens[thing].text, what, direct=False)
    return None


def _owner_of(mention: Mention, thing: int) -> bool:
    """Whether ``mention`` is the product's own determiner ("our application", "unsere
    Webseite", "notre site web"): whose it is, not someone else who looked at it."""
    return mention.responder and 0 < thing - mention.index <= _DETERMINER_REACH


_DETERMINER_REACH = 2  # "our web app", "notre site", not "our engineers' dashboard"


def _broke_for(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """Something that broke for them: "payments failed for 1,200 customers", "orders were
    lost for 300 shoppers" (not "a user who had not opened it for a year")."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    for start, end in lexicon["breakdown"].spans(lemmas):
        if end >= len(lemmas) or lemmas[end] not in _BY or lemmas[end] == "by":
            continue
        if _negated(lemmas, start) or _conditional(lemmas, start) or _hypothetical(lemmas, start):
            continue
        subject = head_before(tokens, start, lexicon)
        if subject is not None and subject.person:
            continue  # the person did it: "users did not open it for a week"
        reached = person_after(tokens, end + 1, lexicon, reach=4)
        if reached is not None and not reached.responder:
            return Story(reached.text, shown(tokens, start, end, punctuation=False))
    return None


def _surface_of(
    tokens: Sequence[Token], clause: int, start: int, end: int, lexicon: Lexicon
) -> int | None:
    """Where the product that failed is named: before its verb in the clause ("the site
    showed"), or just after it where the verb comes second ("um 9 Uhr zeigte die Kasse")."""
    lemmas = [t.lemma for t in tokens]

    def product(position: int) -> bool:  # not the page we report on: "the status page"
        if position + 1 < len(lemmas) and lemmas[position + 1] in lexicon["machinery"]:
            return False  # "the app cluster", "the web servers": its parts, not what users meet
        if tokens[position].host or tokens[position].kind is Kind.URL:
            return True  # a site by its address: "hex.pm couldn't be accessed"
        return lemmas[position] in lexicon["surfaces"] and not lexicon["our_channels"].match(
            lemmas, max(0, position - 1)
        )

    before = [i for i in range(clause, start) if product(i)]
    if before:
        return before[-1]
    for position in range(end, min(len(tokens), end + _ARTICLE_REACH)):
        if product(position):
            return position
        if tokens[position].lemma not in lexicon["stopwords"]:
            return None
    return None


_ARTICLE_REACH = 3  # words from the verb to the product it names: "zeigte die Kasse"


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "„", "「", "」"})


def _done_to(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """Something done to people: "it left 600 families without vouchers", "the app showed
    22,800 members a pension 30% too high", "locked guests out"."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    for index, token in enumerate(tokens):
        if token.lemma not in lexicon["object_first"] or token.lower == token.lemma:
            continue  # inflected: "left", "showed", "charged" (not the noun "charge")
        if index > 0 and tokens[index - 1].lower in _DETERMINERS:
            continue  # "the logs policy", "a few charges": a noun, not the verb
        if _plural_noun(tokens, index, lexicon):
            continue  # "the access logs show", "bank charges": a noun after its noun
        if _conditional(lemmas, index) or _hypothetical(lemmas, index):
            continue
        if _signed_in(lemmas, index):
            continue  # "the user logged in to his account": no harm done to anyone
        reached = person_after(tokens, index + 1, lexicon, reach=_OBJECT_REACH)
        if reached is None or reached.responder or reached.text.lower() in _ADDRESSED:
            continue
        if _modifies_a_thing(tokens, reached.index, lexicon):
            continue  # "denied new client connections": done to the connections
        if token.lemma in _PREVENTING and _spared_from(lemmas, reached.index, lexicon):
            continue  # "prevented users from seeing errors": what did not happen
        if _object(tokens, index, reached):
            return Story(reached.text, token.text)
    return None


def _plural_noun(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether an "-s" form is a plural after the noun that qualifies it ("access logs",
    "card charges"), not a verb after its subject ("the app logs users out" is rare in a
    story told in the past)."""
    token = tokens[index]
    if not token.lower.endswith("s") or token.lower.endswith("ss") or index == 0:
        return False
    before = tokens[index - 1]
    return (
        before.kind is Kind.WORD
        and before.lemma not in lexicon["stopwords"]
        and is_person(before, lexicon) is not True
    )


def _signed_in(lemmas: Sequence[str], index: int) -> bool:
    """ "logged in", "signed into": logging or signing someone in (or on, or up) is no harm;
    out, off or nothing after it may be ("logged guests out", "signed everyone off")."""
    return lemmas[index] in ("log", "sign") and any(
        word in ("in", "into", "on", "onto", "up") for word in lemmas[index + 1 : index + 2]
    )


def _object(tokens: Sequence[Token], verb: int, person: Mention) -> bool:
    """Whether the person is what the verb was done to: its object ("left 600 families",
    "showed 22,800 members a pension") or the one it went to ("showed an error to riders",
    "a blank table for Year 11 pupils"), not someone further on ("exposed several bugs across
    a multitude of clients")."""
    between = [t.lower for t in tokens[verb + 1 : person.index]]
    places = [w for w in between if w in _PLACES]
    return not places or places[-1] in ("to", "for")


_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "this",
        "these",
        "those",
        "his",
        "her",
        "your",
        "my",
        "some",
        "any",
        "no",
        "every",
        "each",
        "few",
        "many",
        "several",
    }
)
_PLACES = frozenset(
    {
        "to",
        "for",
        "across",
        "in",
        "on",
        "at",
        "of",
        "from",
        "among",
        "between",
        "within",
        "into",
        "throughout",
        "over",
        "under",
        "by",
        "with",
        "without",
        "through",
        "via",
        "about",
    }
)


def _nobody_could(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """ "Nobody could join a match", "no one was able to pay", "ningún vecino pudo pedir
    cita", "kein Kunde konnte bezahlen": inability, said of everyone."""
    lemmas = sentence.lemmas
    tokens = sentence.tokens
    for index in range(len(lemmas) - 1):
        named = None
        nobody = lexicon["no_one"].match(lemmas, index)
        if lemmas[index] in lexicon["no_determiner"] and not (nobody > 1):
            named = mention_at(tokens, index + 1, lexicon)  # "no Veterans were able to"
            if named is None and a_role(tokens[index + 1], lexicon):
                named = Mention(index + 1, tokens[index + 1].text, True)  # "no solicitor"
            if named is not None and (not named.person or named.responder):
                continue
        if named is not None:
            start = _past_the_others(tokens, index + 2, lexicon)
        elif nobody:
            start = index + nobody
            if start < len(lemmas) and lemmas[start] == "of":
                # "none of the riders could": past the people it is none of
                start += 1
                while start < len(lemmas) and lemmas[start] in lexicon["stopwords"]:
                    start += 1
                start += 1
        else:
            continue
        start = _past_their_use(tokens, start, lexicon)
        # its verb follows it: "nobody could", "no one was able to" (not "nobody awake
        # could do it", said of who was on call)
        if start < len(lemmas) and lexicon["able"].match(lemmas, start):
            who = named.text if named is not None else shown(tokens, index, index + nobody)
            return Story(who, "could not")
    return None


def _past_the_others(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> int:
    """Past the others listed with the first ("no solicitor, barrister or litigant could"):
    where the verb should stand."""
    while (
        start + 1 < len(tokens)
        and (tokens[start].text == "," or tokens[start].lemma in _LISTING)
        and tokens[start + 1].kind is Kind.WORD
        and (
            mention_at(tokens, start + 1, lexicon) is not None
            or a_role(tokens[start + 1], lexicon)
            or tokens[start + 1].lemma in _LISTING
        )
    ):
        start += 2 if tokens[start + 1].lemma not in _LISTING else 1
    return start


_LISTING = frozenset({"or", "and", "nor"})


def _labelled(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> Mention | None:
    """People written as the label of what they went through: "Web users: could not sign
    in", "Mobile riders — saw a blank page". The label opens the sentence, is a few words,
    and its last word is people."""
    mark = start - 1
    if not 0 < mark <= _LABEL_WORDS or tokens[mark].text not in _LABEL_MARKS:
        return None
    mention = mention_at(tokens, mark - 1, lexicon)
    return mention if mention is not None and mention.person else None


_LABEL_MARKS = frozenset({":", "—", "–"})
_LABEL_WORDS = 4  # "Users on the web app:"


def _past_their_use(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> int:
    """Past a phrase that says which people, by what they use or where they are ("nobody
    using email and password could", "no one on the night shift could"): where the verb
    should stand; ``start`` when none opens there."""
    if start >= len(tokens):
        return start
    opening = tokens[start]
    where = opening.lemma in lexicon["prepositions"] or opening.lemma in _WHERE
    if opening.lower not in _USING and not where:
        return start  # "nobody awake", "nobody knowing the password": not who uses what
    for position in range(start + 1, min(len(tokens), start + _USE_PHRASE)):
        token = tokens[position]
        if token.kind is Kind.PUNCT:
            return start
        able = position + 1 < len(tokens) and tokens[position + 1].lemma == "able"
        if token.lemma in ("could", "can") or (token.lemma == "be" and able):
            return position
    return start


_USING = frozenset({"using", "trying", "paying", "booking", "signing", "logging", "visiting"})
_WHERE = frozenset({"on", "in", "at", "from", "with"})  # English's shortest prepositions
_USE_PHRASE = 9  # words: "using email and password on the mobile app"


def _harmed(sentence: Sentence, lexicon: Lexicon, earlier: Mention | None) -> Story | None:
    """Someone beside what went wrong for them, however the sentence is built: "the shop
    showed 22,800 members a pension 30% too high", "a feature they had merged was not in
    their release". Not when they are only told something ("users were notified")."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    if _conditional(lemmas, len(lemmas)) or any(
        (word in ("would", "could", "might") or tokens[index].text == "may")
        and not (word == "could" and lemmas[index + 1 : index + 2] in (("not",), ("never",)))
        for index, word in enumerate(lemmas)
    ):
        # what might go wrong, or may have (but "could not print labels" did, and "in May"
        # is when)
        return None
    if no_impact(sentence, lexicon):
        return None
    harms = [
        i
        for i, token in enumerate(tokens)
        if (token.lemma in lexicon["harm_words"] or token.lower in lexicon["harm_words"])
        and not _present_form(token, lexicon)
        and not _negated(lemmas, i)
        and not _might_do(lemmas, i)  # "easy for maintainers to miss"
        and not _warded_off(lemmas, i)  # "protects against a compromise affecting you"
        and not _machinery_did(tokens, i, lexicon)
        and not _brought_to_light(lemmas, i, lexicon)
    ]
    symptoms = [i for i, _ in enumerate(tokens) if lexicon["symptoms"].match(lemmas, i)]
    if not harms and not symptoms:
        return None
    for mention in people_in(sentence, lexicon):
        if mention.responder or mention.text.lower() in _ADDRESSED:
            continue
        if _source(tokens, mention.index) or _sought(lemmas, mention.index):
            continue  # "a malformed block from a third-party validator": the cause, not harmed;
            # "had to wait for the vendor": whom they waited for
        if _modifies_a_thing(tokens, mention.index, lexicon) and _a_compound(tokens, mention):
            continue  # "User sessions table: lock wait time peaked": a table, not its users
        who = mention.text
        if tokens[mention.index].lemma in PLURAL_PRONOUNS:
            if earlier is None or earlier.responder:
                continue  # "their part of the network": whose, the sentence does not say
            who = earlier.text
        labelled = any(t.text == ":" for t in tokens[mention.index + 1 : mention.index + 3])
        if labelled and lexicon["owner_labels"].match(lemmas, mention.index):
            continue  # "owner: Messaging team": who answers for the page or the work
        if labelled and symptoms and not _a_measure_of(lemmas, symptoms[0], lexicon):
            return Story(
                who, tokens[symptoms[0]].text, direct=False
            )  # "Customer impact: 504 errors"
        if any(
            t.lemma in lexicon["communication"]
            for t in tokens[mention.index + 1 : mention.index + 4]
        ):
            continue  # "users were notified"
        near = [h for h in harms if abs(h - mention.index) <= _NEAR]
        if near and harms:
            return Story(who, tokens[near[0]].text, direct=False)
    return None


def _present_form(token: Token, lexicon: Lexicon) -> bool:
    """Whether a harm word's state is only its verb's "-s" form, a plural or a present:
    "Locks continue to work with keypads", "the job resets the counters" (not "locked out",
    nor "strangers", written so in the class)."""
    written = token.lower
    return (
        lexicon.language == "en"
        and written.endswith("s")
        and written != token.lemma
        and written not in as_written(lexicon, "harm_words")
    )


def _brought_to_light(lemmas: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    """A harm word whose object is a fault: "the testnet exposed several bugs across
    clients" reveals the bugs; it harms no one (but "exposed the addresses of three users")."""
    for at in range(index + 1, min(len(lemmas), index + _VERB_OBJECT_REACH)):
        word = lemmas[at]
        if word in lexicon["stopwords"] or lexicon["vague_amounts"].match(lemmas, at):
            continue
        return bool(
            lexicon["incident_words"].match(lemmas, at)
            or lexicon["vague_trouble"].match(lemmas, at)
        )
    return False


_VERB_OBJECT_REACH = 4  # words from the verb to its object: "exposed a couple of bugs"


def _a_compound(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether the person's word opens a name of a thing of three words or more ("User
    sessions table", "customer data export"): the machinery, named for whom it serves."""
    after = tokens[mention.index + 1 : mention.index + 3]
    return len(after) == 2 and all(t.kind is Kind.WORD for t in after)


def _sought(lemmas: Sequence[str], index: int) -> bool:
    """Whether the person at ``index`` is whom a verb's "for" is after: "wait for the
    vendor", "asked for the owner"."""
    for at in range(index - 1, max(0, index - _SOUGHT_REACH) - 1, -1):
        if lemmas[at] == "for":
            return _seeking(lemmas, at)
    return False


def _seeking(lemmas: Sequence[str], at: int) -> bool:
    """Whether the "for" at ``at`` names what its verb is after ("wait for", "ask for")."""
    return lemmas[at] == "for" and at > 0 and lemmas[at - 1] in _FOR_WHAT


_SOUGHT_REACH = 3  # tokens: "for the vendor", "for our hosting partner"


def _machinery_did(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A harm word that is the verb of a part of the system, done to no one: "the search
    cluster lost a node" (not "the server lost the riders' bookings")."""
    token = tokens[index]
    if token.lower == token.lemma:
        return False  # not a verb's inflection: "lost" is, "late" is not
    subject = head_before(tokens, index, lexicon)
    return (
        subject is not None
        and not subject.person
        and tokens[subject.index].lemma.rsplit("-", 1)[-1] in lexicon["machinery"]
        and person_after(tokens, index + 1, lexicon, reach=_OBJECT_WORDS + 1) is None
    )


def _source(tokens: Sequence[Token], index: int) -> bool:
    """ "from a third-party validator", "by the attacker": who it came from."""
    for token in reversed(tokens[max(0, index - 3) : index]):
        if token.lower in ("from", "by"):
            return True
        if token.kind is not Kind.WORD or token.lower in ("and", "or", "to", "for", "of"):
            return False
    return False


_OBJECT_REACH = 9  # words from "showed" to the people it showed something to
_NEAR = 20  # words between someone and what went wrong for them, in one sentence


def _theirs(sentence: Sentence, lexicon: Lexicon, earlier: Mention | None) -> Story | None:
    """Something of theirs that broke: "users' kernels died", "their orders were lost",
    "a user's servers took over 15 minutes to start"."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    for start, end in _breakdowns(lemmas, lexicon):
        if (
            _conditional(lemmas, start)
            or _hypothetical(lemmas, start)
            or _warded_off(lemmas, start)
        ):
            continue
        if lemmas[start] == "take" and not _took_long(lemmas, end, lexicon):
            continue  # "customers have taken the survey": nothing broke
        for position in range(max(0, start - 5), start):
            token = tokens[position]
            if token.kind is not Kind.WORD:
                continue
            owner = token.possessive or token.lemma in ("their", "his", "her", "whose")
            if not owner:
                if _owning_modifier(tokens, position, start, lexicon):
                    # "customer applications were unavailable": the customers' applications
                    return Story(token.text, shown(tokens, start, end, punctuation=False))
                continue
            if token.lemma in ("their",):
                # "customers reported that their events no longer appeared": the people
                # named before it in the sentence, else those spoken of last
                whose = _last_before(sentence, position, lexicon) or earlier
                if whose is None or whose.responder:
                    continue
                return Story(whose.text, shown(tokens, start, end, punctuation=False))
            if token.lemma == "whose":
                # "buyers who bought the phone but whose transactions were aborted": the
                # people named last before it, if any (not "servers whose disks failed")
                named = _last_before(sentence, position, lexicon)
                if named is not None:
                    return Story(named.text, shown(tokens, start, end, punctuation=False))
                continue
            mention = mention_at(tokens, position, lexicon)
            if mention is not None and mention.person and not mention.responder:
                return Story(mention.text, shown(tokens, start, end, punctuation=False))
        named_after = _owner_after_head(tokens, start, lexicon)
        if named_after is not None:
            return Story(named_after.text, shown(tokens, start, end, punctuation=False))
    return None


_NO_LONGER = frozenset({("no", "longer"), ("no", "long")})  # as written, and as lemmatized


def _breakdowns(lemmas: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where something is said to break, with "no longer" or "never" as "not" ("their events
    no longer appeared", "the emails never arrived" as "did not arrive")."""
    breakdown = lexicon["breakdown"]
    found = list(breakdown.spans(lemmas))
    for start in range(len(lemmas)):
        width = 2 if tuple(lemmas[start : start + 2]) in _NO_LONGER else 0
        width = 1 if lemmas[start] == "never" else width
        if width and breakdown.match(("not", *lemmas[start + width : start + width + 2]), 0) > 1:
            found.append((start, start + width + 1))
    return sorted(found)


def _took_long(lemmas: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """ "took over 15 minutes to start", "took hours": a length of time after "take"."""
    units = lexicon["time_units"]
    return any(units.match(lemmas, at) for at in range(end, min(len(lemmas), end + _TOOK_REACH)))


_TOOK_REACH = 4  # words from "took" to its unit: "took well over 15 minutes"


def _owner_after_head(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> Mention | None:
    """Whose thing broke, named after it in the subject: "payments from customers failed",
    "builds on developer machines failed", "the accounts of three users were deleted"."""
    clause = segment_start(tokens, start, lexicon)
    for position in range(clause + 1, start - 1):
        if tokens[position].lower not in _OWNING_PREPOSITIONS:
            continue
        for reach in range(position + 1, min(start, position + 1 + _OWNER_REACH)):
            token = tokens[reach]
            if token.kind is not Kind.WORD and token.kind is not Kind.NUMBER:
                break
            mention = mention_at(tokens, reach, lexicon)
            if mention is None or not mention.person:
                continue
            if mention.responder or token.lemma in _PRONOUNS:
                return None  # "jobs of our engineers", "builds from them": whose, unsaid
            modifies = _modifies_a_thing(tokens, reach, lexicon)
            if tokens[position].lower == "on" and not modifies:
                break  # "builds on fungible agents": where it ran, not whose it was
            after = reach + 1 + modifies
            if after < start and tokens[after].lemma not in lexicon["stopwords"]:
                break  # "the number of users meant the Hub took long": their own verb
            return mention
    return None


def _modifies_a_thing(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether the person's word at ``position`` qualifies the thing after it: "developer
    machines", "customer accounts"."""
    if position + 1 >= len(tokens) or tokens[position].lower != tokens[position].lemma:
        return False  # "agents", "users": a plural is the head, not a qualifier
    following = tokens[position + 1]
    return following.kind is Kind.WORD and is_person(following, lexicon) is False


_OWNING_PREPOSITIONS = frozenset({"of", "on", "for", "from"})
_OWNER_REACH = 3  # words from the preposition to the people: "of about 300 customers"


def _owning_modifier(tokens: Sequence[Token], position: int, start: int, lexicon: Lexicon) -> bool:
    """A person's word naming whose thing it is, as "customer" does in "the customer
    applications were unavailable" (not "customer support was slow": our side)."""
    token = tokens[position]
    if token.kind is not Kind.WORD or token.lemma not in lexicon["people"]:
        return False
    if token.lemma in lexicon["staff"] or token.lemma in lexicon["responders"]:
        return False
    if position > 0 and tokens[position - 1].lower == "its":
        return False  # "its tenant table is empty": the thing's, said before
    # The thing is the head of the subject, its verb right after it ("customer applications
    # were unavailable").
    thing = tokens[position + 1]
    if position + 2 != start or thing.kind is not Kind.WORD:
        return False
    if thing.lemma in lexicon["staff"] or thing.lemma in _OUR_SIDE:
        return False  # "customer support", "customer success": the team that serves them
    return is_person(thing, lexicon) is not True


_OUR_SIDE = frozenset({"support", "success", "service", "care", "experience", "journey"})


def _responding(
    lemmas: Sequence[str], start: int, end: int, subject: Mention, lexicon: Lexicon
) -> bool:
    """Staff whose experience is the work of responding: "agents had to work through a
    backlog", "engineers were pulled into three bridges"."""
    if lexicon.lemma(subject.text.lower()) not in lexicon["staff"]:
        return False
    nearby = lemmas[start : end + 3]
    return any(word in lexicon["response_work"] for word in nearby)


def _last_before(
    sentence: Sentence, start: int, lexicon: Lexicon, responders: bool = False
) -> Mention | None:
    """The people this sentence named last before ``start`` ("about 1,100 pupils waited;
    63 missed the bus"), for a count that stands for them; with ``responders``, us too
    ("the security team called the police, they needed to": "they" are the team)."""
    named = [
        m
        for m in people_in(sentence, lexicon)
        if m.index < start
        and (responders or not m.responder)
        and sentence.tokens[m.index].lemma not in _PLURAL
    ]
    return named[-1] if named else None


def _verb_follows(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """ "failure to delete": "to" and a verb, not "to users", "to a third of users"."""
    if end + 1 >= len(tokens) or tokens[end].lemma != "to":
        return False
    word = tokens[end + 1]
    return (
        word.kind is Kind.WORD
        and word.lemma not in lexicon["stopwords"]
        and mention_at(tokens, end + 1, lexicon) is None
        and not _names_people(tokens, end + 1, lexicon)
        and not lexicon["fractions"].match([t.lemma for t in tokens], end + 1)
        and not lexicon["vague_amounts"].match([t.lemma for t in tokens], end + 1)
    )


def _names_people(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """ "to BSEE SaaS customers", "to Windows users": names (capitalised, as no verb after
    "to" is) before the people they qualify, not a verb and its object ("to delete users")."""
    for position in range(start, min(len(tokens), start + _NAME_REACH)):
        token = tokens[position]
        mention = mention_at(tokens, position, lexicon)
        if mention is not None and mention.person:
            return position > start
        if token.kind is not Kind.WORD or token.text[:1].islower():
            return False
    return False


_NAME_REACH = 4  # words of a name before the people it qualifies: "BSEE SaaS customers"


def _counted_subject(
    tokens: Sequence[Token], start: int, earlier: Mention | None
) -> Mention | None:
    """ "1,460 called or wrote in", "most were re-booked; 27 had to find a room": a count or a
    quantifier for the people spoken of last."""
    if earlier is None:
        return None
    for position in range(start - 1, max(-1, start - 4), -1):
        token = tokens[position]
        if token.kind is Kind.NUMBER or token.lemma in _COUNTING_WORDS:
            return earlier
        if token.kind is Kind.PUNCT:
            return None
    return None


_PRONOUNS_OF_ONE = frozenset({"he", "she", "his", "her", "him", "i", "my", "me", "you", "your"})
_PLURAL = frozenset({"they", "them", "their"})
_PRONOUNS = _PRONOUNS_OF_ONE | _PLURAL | {"we", "us", "our"}
_COUNTING_WORDS = frozenset({"most", "many", "some", "several", "half", "all", "few", "others"})


def _told_of(tokens: Sequence[Token], subject: Mention, start: int, lexicon: Lexicon) -> bool:
    """Staff who received an alert or a warning, or saw the problem itself ("when a colleague
    from marketing saw it"): how the team learnt, not a user's harm."""
    verb = tokens[start].lemma
    if verb not in ("receive", "get", "hear", "see", "read", "notice"):
        return False
    words = {lexicon.lemma(subject.text.lower())}
    if 0 < subject.index < len(tokens) and tokens[subject.index].text == subject.text:
        words.add(tokens[subject.index - 1].lemma)  # "a team member"
    if not any(word in lexicon["staff"] for word in words):
        return False
    if start + 1 < len(tokens) and tokens[start + 1].lemma in _THE_PROBLEM:
        return True
    return any(t.lemma in lexicon["notices"] for t in tokens[start + 1 : start + 5])


def _severe(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    lemmas = [t.lemma for t in tokens]
    if lexicon["inability"].match(lemmas, start):
        return True
    verb = lemmas[start]
    if lemmas[start : start + 2] == ["be", "show"]:  # "are shown 'Service unavailable'"
        verb, end = "see", max(end, start + 2)
    if verb in ("see", "get", "receive", "encounter", "hit", "face"):
        return any(
            lexicon["symptoms"].match(lemmas, i) for i in range(end, min(len(lemmas), end + 5))
        ) or _quoted_failure(tokens, end, lexicon)
    return verb in _SEVERE_VERBS or lemmas[start : start + 2] == ["be", "charge"]


def _quoted_failure(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """A message they were shown, quoted, that says something failed: saw "Something went
    wrong", got "Payment failed, try again" (not saw "Welcome back")."""
    at = end + 1 if end < len(tokens) and tokens[end].lemma in lexicon["articles"] else end
    if at >= len(tokens) or tokens[at].text not in _QUOTES:
        return False
    lemmas = [t.lemma for t in tokens]
    for i in range(at + 1, min(len(tokens), at + _QUOTED_REACH)):
        if tokens[i].text in _QUOTES:
            return False
        if (
            lemmas[i] in _FAILED
            or lexicon["symptoms"].match(lemmas, i)
            or lexicon["breakdown"].match(lemmas, i)
            or lexicon["inability"].match(lemmas, i)
        ):
            return True
    return False


_QUOTED_REACH = 12  # tokens of a message quoted: "Something went wrong, please try again"
_FAILED = frozenset(
    {
        "wrong",
        "error",
        "fail",
        "failure",
        "unavailable",
        "sorry",
        "expire",
        "expired",
        "invalid",
        "deny",
        "denied",
        "decline",
        "declined",
        "timeout",
        "problem",
    }
)


# What cost them something, whatever it was: "lost", "waited", "missed their flights",
# "queued for an hour"
_SEVERE_VERBS = frozenset({"lose", "wait", "miss", "queue"})


def _staff(tokens: Sequence[Token], subject: Mention, lexicon: Lexicon) -> bool:
    return lexicon.lemma(subject.text.lower()) in lexicon["staff"]


def _finding_out(lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """Learning of a problem, not suffering it: "found the cause", "received an alert" (but
    "found their listings gone" is a loss)."""
    verb = lemmas[start]
    if verb in ("find", "notice", "discover", "detect", "observe"):
        after = lemmas[end : end + 14]
        return not any(
            word in lexicon["loss_states"] or word in lexicon["symptoms"] for word in after
        )
    return False


def _measured(lemmas: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """Whether what was seen is a measure of the system ("degraded performance", "elevated
    latency"): its head, within the few words after the verb, before anything else is said."""
    for position in range(end, min(len(lemmas), end + _MEASURE_REACH)):
        if lexicon["measures"].match(lemmas, position):
            return True
        if lemmas[position] in _OBJECT_ENDS:
            return False
    return False


_MEASURE_REACH = 3  # "some degraded API performance"


def _a_measure_of(lemmas: Sequence[str], symptom: int, lexicon: Lexicon) -> bool:
    """Whether a symptom is named as a measure of the system, after it ("error rates") or
    before it ("tasso di errore", "taux d'erreur")."""
    return _measured(lemmas, symptom, lexicon) or any(
        lexicon["measures"].match(lemmas, position) > symptom - position
        for position in range(max(0, symptom - _MEASURE_REACH), symptom)
    )


_OBJECT_ENDS = frozenset(
    {"when", "while", "and", "but", "because", "on", "in", "at", "for", "with"}
)


def _experiences(lemmas: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    found = list(lexicon["experience"].spans(lemmas))
    found += lexicon["inability"].spans(lemmas)
    found += _could_not_bracketed(lemmas)
    found += [
        (start, end)
        for start, end in lexicon["symptoms"].spans(lemmas)
        if any(word in ("for", "to") for word in lemmas[end : end + 3])
    ]
    # Reporting tells who found out, not who suffered, unless it names what they went through:
    # "a team reported timeouts", not "a user reported the incident".
    symptoms = lexicon["symptoms"]
    found += [
        (index, index + 1)
        for index, lemma in enumerate(lemmas)
        if lemma == "report"
        and any(symptoms.match(lemmas, i) for i in range(index + 1, min(len(lemmas), index + 6)))
    ]
    found += _got_in_touch(lemmas, lexicon)
    return sorted(set(found))


def _got_in_touch(lemmas: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Getting in touch with us, as "calling support" is: "640 customers called us", "users
    wrote to us" (the phrase ends with us)."""
    touch = lexicon.classes.get("got_in_touch")
    if touch is None:
        return []
    found: list[tuple[int, int]] = []
    for index, lemma in enumerate(lemmas):
        if lemma not in touch:
            continue
        at = index + 1 + (lemmas[index + 1 : index + 2] == ("to",))
        if at < len(lemmas) and lemmas[at] in _US:
            found.append((index, at + 1))
    return found


_US = frozenset({"us", "we"})  # "us" is read as its lemma, "we"


def _failure_hit(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """A failure that says what people met, said to have reached them, as "errors for
    customers" is: "login failures affected 300 customers", "a PII exposure affecting three
    users" (not "the outage affected customers": the incident, not what they met; nor
    "errors that did not affect customers", "timeouts could affect users")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    failures = [
        *lexicon["symptoms"].spans(lemmas),
        *(
            (start, end)
            for start, end in lexicon["harm"].spans(lemmas)
            if not lexicon["affected"].match(lemmas, start)
        ),
    ]
    for start, end in failures:
        if lemmas[start] in _NOT_FAILURES or not _says_what(tokens, lemmas, start, end, lexicon):
            continue
        if _warded_off(lemmas, start):
            continue  # "protects against a dependency compromise affecting your project"
        for at in range(end, min(len(lemmas), end + _HIT_REACH)):
            size = lexicon["affected"].match(lemmas, at)
            if not size:
                continue
            if (
                _negated(lemmas, at)
                or _future(lemmas, at)
                or _conditional(lemmas, at)
                or _hypothetical(lemmas, at)
                or _MODALS.intersection(lemmas[end:at])
            ):
                break
            reached = person_after(tokens, at + size, lexicon, reach=6)
            if (
                reached is not None
                and not reached.responder
                and not any(
                    t.lemma in lexicon["machinery"] for t in tokens[at + size : reached.index]
                )  # "the servers of users": theirs, not them
            ):
                named = start - 1 if start and lexicon["acts"].match(lemmas, start - 1) else start
                return Story(reached.text, shown(tokens, named, end, punctuation=False))
            break
    return None


def _counted_met_trouble(sentence: Sentence, lexicon: Lexicon) -> Story | None:
    """People counted, and what went wrong for them in their clause: "1,900 guests did not get
    through the turnstiles", "3,412 clients received a notice with a wrong premium", "120
    persone si sono presentate con una prenotazione non più valida" (not "0 users", "200
    users saw no errors", "300 users were online", "500 users will see a banner")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    negations = lexicon["negations"].words or _NEGATION
    for index, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER or not token.value:
            continue
        person = _counted_person(tokens, index, lexicon)
        if person is None:
            continue
        end = _clause_end(tokens, lemmas, person.index + 1, lexicon)
        trouble = _trouble_in(sentence, person.index + 1, end, negations, lexicon)
        if trouble is not None:
            return Story(
                person.text, shown(tokens, person.index + 1, min(end, trouble + 4)), direct=False
            )
    return None


_COUNTED_REACH = 4  # words from a count to its people: "3,412 private motor clients", "40 of you"


def _counted_person(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> Mention | None:
    for at in range(index + 1, min(len(tokens), index + 1 + _COUNTED_REACH)):
        if tokens[at].kind is not Kind.WORD:
            return None
        mention = mention_at(tokens, at, lexicon)
        if mention is not None:
            if not mention.person or mention.responder or _staff(tokens, mention, lexicon):
                return None
            return mention
    return None


_CLAUSE_MARKS = frozenset({";", ":", "(", ")", "-", "—", "–"})


def _clause_end(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, lexicon: Lexicon
) -> int:
    breaks = lexicon["clause_breaks"]
    for at in range(start, len(tokens)):
        if tokens[at].text.strip() in _CLAUSE_MARKS or breaks.match(lemmas, at):
            return at
    return len(tokens)


def _trouble_in(
    sentence: Sentence, start: int, end: int, negations: Container[str], lexicon: Lexicon
) -> int | None:
    """Where a clause says something went wrong: a harm or breakdown told, or a negation of
    what they did; None when it denies, supposes or promises it."""
    lemmas = sentence.lemmas
    clause = lemmas[start:end]
    if any(word in _HYPOTHETICAL or word == "will" for word in clause):
        return None
    # "saw no errors", "were not affected": a denial of what they perceived, not a harm
    perceived = any(lexicon["perceiving"].match(lemmas, at) for at in range(start, end))
    for at in range(start, end):
        lemma = lemmas[at]
        if lemma in negations:
            if perceived:
                continue
            return at
        symptom = lexicon["symptoms"].match(lemmas, at)
        if symptom and not _says_what(sentence.tokens, lemmas, at, at + symptom, lexicon):
            continue  # "were affected by the outage": the incident, not what they met
        if (
            lemma in lexicon["harm_words"]
            or symptom
            or lexicon["breakdown"].match(lemmas, at)
            or lexicon["inability"].match(lemmas, at)
        ) and not _negated(lemmas, at, negations=negations):
            return at
    return None


def _says_what(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon
) -> bool:
    """Whether a failure's words say what people met: "errors", "a PII exposure", "login
    failures", "checkout outage" (not "the outage", "intermittent issues", "a failure")."""
    incident = lexicon["incident_words"]
    if not incident.match(lemmas, start) and not lexicon["vague_trouble"].match(lemmas, start):
        return True
    before = start - 1
    return (
        before >= 0
        and tokens[before].kind is Kind.WORD
        and (lexicon["acts"].match(lemmas, before) > 0 or lemmas[before] in lexicon["surfaces"])
    )


_WHETHER = frozenset({("if",), ("whether",)})
_HIT_REACH = 3  # words from the failure to its verb: "errors that affected", "failures have hit"
_MODALS = frozenset({"could", "can", "may", "might", "would", "should"})


def _could_not_bracketed(lemmas: Sequence[str]) -> list[tuple[int, int]]:
    """German and Dutch set the negation apart from its modal, at the clause's end: "Die
    Haushalte konnten den ganzen Vormittag kein Wasser zapfen", "Klanten konden de hele
    ochtend niet betalen". The modal and its negation, with what stands between."""
    found = []
    for index, lemma in enumerate(lemmas):
        if lemma not in _ABLE:
            continue
        for position in range(index + 2, min(len(lemmas), index + _BRACKET_REACH)):
            if lemmas[position] in _GERMANIC_CLAUSE_ENDS:
                break
            if lemmas[position] in _NOT:
                found.append((index, position + 1))
                break
    return found


_ABLE = frozenset({"können", "kunnen"})
_NOT = frozenset({"nicht", "kein", "niet", "geen"})
_GERMANIC_CLAUSE_ENDS = frozenset(
    {",", ".", ";", ":", "und", "aber", "en", "maar", "weil", "omdat"}
)
_BRACKET_REACH = 10  # words from the modal to its negation


def _harm_after(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """Whether what someone will see is something gone wrong: "you will see fewer visits",
    "will see an error page" (not "will see improvements")."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    return any(
        lexicon["symptoms"].match(lemmas, i)
        or lemmas[i] in lexicon["loss_states"]
        or tokens[i].lower in lexicon["harm_words"]
        or tokens[i].text in _QUOTES
        for i in range(end, min(len(tokens), end + _SEEN_REACH))
    )


_SEEN_REACH = 8  # words from "will see" to what is seen


_ADDRESSED = frozenset({"you", "your"})


def _the_readers(subject: Mention, lexicon: Lexicon) -> bool:
    """Whether the subject is the readers: "you", or a verb's form that says them ("avete")."""
    said = subject.text.lower()
    return said in _ADDRESSED or said in as_written(lexicon, "addressed_forms")


def _addressed_by_verb(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> Mention | None:
    """The readers, when the verb says them and no word does, as Italian and Spanish drop the
    pronoun: "Cosa avete visto" (what you saw), "habéis recibido" (you received)."""
    forms = as_written(lexicon, "addressed_forms")
    for index in range(max(0, start - _ADDRESSED_REACH), start + 1):
        if tokens[index].lower in forms:
            return Mention(index, tokens[index].text, True)
    return None


_ADDRESSED_REACH = 2  # words from the auxiliary to the verb: "avete già visto"


def _a_noun(tokens: Sequence[Token], lemmas: Sequence[str], index: int, lexicon: Lexicon) -> bool:
    """Whether an experience's one word is a noun here: "the (end-user) experience of search
    was impacted", "so all bills used correct readings" (not "customers experience errors")."""
    if tokens[index].lower == lemmas[index] and (
        lemmas[index + 1 : index + 2] == ("be",) or _after_its_qualifier(tokens, index, lexicon)
    ):
        return True
    return _a_plural_noun_here(tokens, index)


def _a_plural_noun_here(tokens: Sequence[Token], index: int) -> bool:
    """Whether an experience's word ending in -s is a plural noun, not a verb: after a word
    only a noun follows ("the bills", "our charges"), or after a quantifier with its own verb
    next ("all bills used correct readings"; but "most resubmitted that evening": people)."""
    token = tokens[index]
    if index == 0 or not token.lower.endswith("s"):
        return False
    before = tokens[index - 1].lower
    if before in _NOUN_BEFORE:
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        before in _QUANTIFIERS
        and after is not None
        and after.kind is Kind.WORD
        and after.lower != after.lemma
    )


# Words only a noun follows: after them, "bills" and "charges" are things.
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "these", "those", "our", "their", "its", "his", "her", "your", "my"}
)
_QUANTIFIERS = frozenset({"all", "some", "many", "most", "few", "several"})
_ADVICE = frozenset({"can", "should", "must", "need", "please", "may", "might", "if"})


def _advised(lemmas: Sequence[str], start: int) -> bool:
    """ "you should see", "you can't use -d", "you may need to": what the reader can or
    should do, not what they went through ("you will see fewer visits", "many of you will
    have noticed" tell the readers what happened to them)."""
    for word in reversed(lemmas[max(0, start - 4) : start + 1]):
        if word in _ADVICE:
            return True
        if word in _CLAUSE_ENDS:
            return False
    return False


def _conditional(lemmas: Sequence[str], start: int) -> bool:
    """ "if you find", "please check whether you see": a condition, not what happened."""
    comma = False
    for word in reversed(lemmas[:start]):
        if word in (";", ":", "—"):
            return False  # a new clause: "...; 63 missed the bus"
        if word in ("if", "please") or (word == "whether" and not comma):
            return True  # "whether" reaches only to its comma ("wondering whether..., were")
        comma = comma or word == ","
    return False


def _past_condition(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A condition in the past that names who it happened to: "If you tried to sign in
    between 10:00 and 11:00, you saw an error page" is an account (not "if you see an
    error, retry", not "if you try to sign in, you will see an error")."""
    opening = max((i for i in range(start) if tokens[i].lemma == "if"), default=None)
    if opening is None:
        return False
    comma = next((i for i in range(opening, start) if tokens[i].text == ","), None)
    if comma is None:
        return False
    told = [t for t in tokens[comma + 1 : start + 1] if t.kind is Kind.WORD]
    return any(_in_the_past(t, lexicon) for t in tokens[opening + 1 : comma]) and any(
        _in_the_past(t, lexicon) for t in told[-_TENSE_REACH:]
    )


_TENSE_REACH = 3  # words: "you were charged", "your payments failed", "you could not"


def _in_the_past(token: Token, lexicon: Lexicon) -> bool:
    if token.lower in _PAST_AUXILIARIES:
        return True
    return token.lemma not in _PRESENT_AUXILIARIES and past_form(token, lexicon)


_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "could"})
_PRESENT_AUXILIARIES = frozenset({"be", "have", "do", "can", "will", "may"})


def _hypothetical(lemmas: Sequence[str], start: int) -> bool:
    """ "would have seen", "could have lost": what might have happened, not what did; "easy
    for maintainers to miss": what someone might do."""
    before = lemmas[max(0, start - 3) : start]
    if "have" in before and any(word in _HYPOTHETICAL for word in before):
        return True
    return _might_do(lemmas, start)


def _might_do(lemmas: Sequence[str], start: int) -> bool:
    """ "easy for maintainers to miss", "likely for users to retry": what someone might do."""
    if start < 1 or lemmas[start - 1] != "to":
        return False
    opening = lemmas[max(0, start - _FOR_THEM) : start - 1]
    return any(
        word == "for" and index > 0 and opening[index - 1] in _LIKELY
        for index, word in enumerate(opening)
    )


def _warded_off(lemmas: Sequence[str], index: int) -> bool:
    """A harm that something keeps from happening: "this protects against an external
    dependency compromise affecting your own project", "to prevent a leak of user data"."""
    before = lemmas[max(0, index - _WARDED_REACH) : index]
    return any(word in _PREVENTING for word in before) or any(
        word == "against" and position > 0 and before[position - 1] in _GUARDING
        for position, word in enumerate(before)
    )


def _spared_from(lemmas: Sequence[str], person: int, lexicon: Lexicon) -> bool:
    """Whether what someone was kept "from" is itself a harm ("from seeing errors", "from
    being charged twice"), not something they wanted to do ("from paying")."""
    after = lemmas[person + 1 : person + _FROM_REACH]
    if "from" not in after:
        return False
    at = first = person + 1 + after.index("from") + 1
    while at < len(lemmas) and lemmas[at] in ("be", "have", "get"):
        at += 1  # "from being charged", "from having their data exposed"
    if at >= len(lemmas):
        return False
    symptoms = lexicon["symptoms"]
    if (
        lexicon["harm"].match(lemmas, at)
        or symptoms.match(lemmas, at)
        or lemmas[at] in lexicon["harm_words"]
        or lemmas[at] in _LOSING
    ):
        return True  # "from losing data", "from a timeout"
    if at > first and lemmas[at] in lexicon["object_first"]:
        return True  # "from being charged twice", "from being locked out"
    # "from seeing errors" (not "from seeing their balances": what they wanted to do)
    return bool(lexicon["perceiving"].match(lemmas, at)) and any(
        symptoms.match(lemmas, j) for j in range(at + 1, min(len(lemmas), at + 4))
    )


def _kept_from_harm(sentence: Sentence, lexicon: Lexicon) -> bool:
    """People said to have been kept from a harm: "our circuit breaker prevented customers
    from seeing errors", "the queue prevented users from losing data"."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for index, lemma in enumerate(lemmas):
        if lemma not in _PREVENTING or _negated(lemmas, index):
            continue
        reached = person_after(tokens, index + 1, lexicon, reach=_OBJECT_REACH)
        if reached is not None and not reached.responder:
            return _spared_from(lemmas, reached.index, lexicon)
    return False


_FROM_REACH = 4  # words from the person to "from": "users on iOS from"
_WARDED_REACH = 5  # words from the guard to the harm: "against an external dependency"
_PREVENTING = frozenset({"prevent", "avoid"})
_GUARDING = frozenset({"protect", "guard", "defend", "safeguard", "harden", "secure"})
_FOR_THEM = 6  # words from "easy" to "to": "easy for project maintainers to"
_LIKELY = frozenset({"easy", "possible", "likely", "tempting", "simple", "common", "natural"})


def _done_without(lemmas: Sequence[str], start: int) -> bool:
    """ "Without (any) downtime", "with zero downtime": what did not happen."""
    return lemmas[start - 1 : start] in (("without",), ("zero",)) or tuple(
        lemmas[max(0, start - 2) : start]
    ) == ("without", "any")


def _from_now_on(lemmas: Sequence[str], start: int) -> bool:
    """ "would now be blocked", "will now see a warning": how it works after the change,
    not what anyone went through."""
    before = lemmas[max(0, start - 4) : start]
    return "now" in before and any(word in ("would", "will") for word in before)


def _subject_of(
    sentence: Sentence, start: int, lexicon: Lexicon, earlier: Mention | None
) -> Mention | None:
    """Who goes through what the verb at ``start`` tells: the people before it, a count of
    the people spoken of last, a label's people, a plural, or whom the verb addresses; "they"
    resolved to the people it stands for."""
    tokens = sentence.tokens
    subject = head_before(tokens, start, lexicon)
    if subject is not None and not subject.person:
        # "pilgrims using the app could not reserve a bed": the people no list knows come
        # first, the thing after them is theirs
        plural = _unlisted_plural(tokens, start, lexicon)
        if plural is not None and plural.index < subject.index:
            subject = plural
    if subject is None:
        counted = _counted_subject(tokens, start, _last_before(sentence, start, lexicon) or earlier)
        if counted is not None:
            # people found already, maybe in an earlier sentence ("most were re-booked"):
            # nothing of this sentence's to resolve
            return counted
        subject = (
            _labelled(tokens, start, lexicon)
            or _unlisted_plural(tokens, start, lexicon)
            or _addressed_by_verb(tokens, start, lexicon)
            or _after_the_verb(tokens, start, lexicon)
        )
    return _resolved(subject, tokens, _last_before(sentence, start, lexicon, True) or earlier)


def _after_the_verb(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> Mention | None:
    """In a language that puts the verb second, the subject right after it when the clause
    opens with a time or a place: "Von 16:40 bis 17:25 Uhr sahen etwa 800 Fahrgäste..."."""
    if lexicon.language not in VERB_SECOND or start == 0:
        return None
    for position in range(start + 1, min(len(tokens), start + 1 + _INVERTED_REACH)):
        if tokens[position].kind is Kind.PUNCT:
            return None
        mention = mention_at(tokens, position, lexicon)
        if mention is not None:  # past "etwa 800", "ongeveer 400", "die"
            return mention if mention.person else None
    return None


_INVERTED_REACH = 4  # words after the verb: "sahen etwa 800 Fahrgäste"


def _resolved(
    subject: Mention | None, tokens: Sequence[Token], earlier: Mention | None
) -> Mention | None:
    """ "they" and "their" stand for the people spoken of last, if any."""
    if subject is None or subject is earlier:
        return subject  # already the people of an earlier sentence ("63 missed the bus")
    if tokens[subject.index].lemma not in _PLURAL:
        return subject
    return earlier


def spoken_of(sentence: Sentence, lexicon: Lexicon, earlier: Mention | None) -> Mention | None:
    """The people a following "they" stands for after ``sentence``: the last people it names
    who are not us, else whoever "they" stood for before it."""
    for mention in reversed(people_in(sentence, lexicon)):
        if sentence.tokens[mention.index].lemma in _PLURAL:
            continue  # "People who asked had their request sit unsent": still "people"
        if mention.text.lower() in ("we", "us", "our", "i", "me", "my"):
            continue
        if aside_of_a_thing(sentence.tokens, mention.index, lexicon):
            continue  # "k8s02 (the only remaining raft member)": the node, not a person
        return mention  # our team, named last, is who "they" are next: no one's story
    return earlier


def people_in(sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    """Every person mentioned, in order."""
    found = []
    for index in range(len(sentence.tokens)):
        mention = mention_at(sentence.tokens, index, lexicon)
        if mention is not None and mention.person:
            found.append(mention)
    return found


def affected(sentence: Sentence, lexicon: Lexicon, as_told: bool = False) -> Mention | None:
    """Someone said to be affected without what they went through: "1,200 riders were
    affected", "the outage impacted customers". With ``as_told``, only where the sentence
    tells it as what happened: not "would have affected", "you are affected if...", "may be
    affected"."""
    lemmas = sentence.lemmas
    for start, end in lexicon["affected"].spans(lemmas):
        if _negated(lemmas, start) or _negated(lemmas, start, negations=lexicon["negations"]):
            continue  # (the sentence's own language's too: "Ningún usuario fue afectado")
        if as_told and _not_as_told(lemmas, start, end, lexicon):
            continue
        subject = head_before(sentence.tokens, start, lexicon)
        if subject is not None and subject.person and not subject.responder:
            if as_told and _none_of_them(sentence.tokens, subject):
                continue
            return subject
        reached = person_after(sentence.tokens, end, lexicon)
        if reached is None or reached.responder:
            continue
        if reached.index > end and sentence.tokens[reached.index].lemma in PLURAL_PRONOUNS:
            continue  # "the affected projects, to redeploy them": the projects, not people
        if as_told and _none_of_them(sentence.tokens, reached):
            continue  # "affected 0 users": nobody
        return reached
    return None


def _not_as_told(lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether "affected" is what might be, would have been or will be, or holds on a
    condition, rather than what happened."""
    return (
        _hypothetical(lemmas, start)
        or _conditional(lemmas, start)
        or _future(lemmas, start)
        or _condition_after(lemmas, end, lexicon)
        or any(word in _HYPOTHETICAL for word in lemmas[max(0, start - _MAYBE_REACH) : start])
    )


def _condition_after(lemmas: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """ "You are affected if all of these are true": a condition in the same clause (not
    "...were affected; if you were one of them, ...")."""
    for word in lemmas[end:]:
        if word in (";", ":", "—"):
            return False
        if word in lexicon["conditionals"]:
            return True
    return False


_MAYBE_REACH = 3  # words from "may" to its verb: "may have been affected"


def no_impact(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence says nobody was affected: "no user impact", "customers were not
    affected", "it was not exploited; funds are safe", "no action is required by users".
    Not what it quotes: the message customers saw, «No se pudo pagar», says nothing of them."""
    kept = outside_quotes(sentence.tokens)
    if len(kept) < len(sentence.tokens):
        sentence = replace(sentence, tokens=tuple(kept))
    lemmas = sentence.lemmas
    answer = lemmas[: _for_whom(sentence, lexicon)]
    if answer and all(word in _NOTHING or word in lexicon["negations"] for word in answer):
        return True  # "None." under "Impact": the whole answer ("None for customers.")
    if _labelled_none(sentence, lexicon):
        return True  # "Customer impact: none."
    if any(
        word == "other" and index > 0 and lemmas[index - 1] in _NEGATION
        for index, word in enumerate(lemmas)
    ):
        return False  # "no other operations were affected": one was
    for start, end in lexicon["no_impact"].spans(lemmas):
        if "notice" in lemmas[start:end] and any(w in lexicon["instruments"] for w in lemmas):
            continue  # "no alert was configured so nobody noticed": the team, not the users
        if _on_things(sentence, end, lexicon):
            continue  # "downtime for 3h - no impact on data": spared one thing, not everyone
        if end < len(lemmas) and lemmas[end] in _THE_PROBLEM:
            continue  # "we had no indication of this": how we found out, not who was spared
        return True
    if affected(sentence, lexicon) is not None:
        return False  # "1,370 integrators were affected; those on v3 were not": some were
    for start in [s for s, _ in lexicon["affected"].spans(lemmas)] + _struck(lemmas):
        denied = _negated(lemmas, start) or _negated(lemmas, start, negations=lexicon["negations"])
        anyone = _any_denied(lemmas, start)
        if not (denied or anyone is not None) or _future(lemmas, start):
            continue
        subject = (
            head_before(sentence.tokens, start, lexicon)
            if anyone is None
            else mention_at(sentence.tokens, anyone + 1, lexicon)
        )
        if subject is not None and subject.person and not subject.responder:
            return True  # "customers were not affected" (but "we were not affected" is us)
    if _spared(sentence, lexicon) or _holdings_kept(sentence, lexicon):
        return True
    if _kept_from_harm(sentence, lexicon):
        return True  # "the circuit breaker prevented customers from seeing errors"
    # Nobody hurt: "No employee was paid late", "none of the riders were charged twice".
    if _nobody_hurt(sentence, lexicon) or _saw_nothing(sentence, lexicon):
        return True
    if _no_symptom_for_them(sentence, lexicon):
        return True
    if _kept_from_production(sentence, lexicon) or _never_down(sentence, lexicon):
        return True
    # Said of how the work was done: "addressed without disruption", "with zero downtime"
    # (not "without downtime for the database": a part spared).
    for _start, end in lexicon["spared"].spans(lemmas):
        if not _on_things(sentence, end, lexicon):
            return True
    # Harm denied: "no packages were compromised", "no indicators of malicious activity were
    # found", "we know of no compromised artifacts".
    return any(
        _negated(lemmas, start, reach=7)
        and not _future(lemmas, start)
        and not _qualified(sentence.tokens, start)
        and not _negated_responder(sentence, lexicon)
        and not _instrument(sentence, head_before(sentence.tokens, start, lexicon), lexicon)
        and not _on_things(sentence, end, lexicon)
        and not _machinery_spared(sentence, start, end, lexicon)
        for start, end in lexicon["harm"].spans(lemmas)
    )


_THE_PROBLEM = frozenset({"this", "it"})


def _any_denied(lemmas: Sequence[str], start: int) -> int | None:
    """Where "any" stands under a negation before the word at ``start``, in its clause: "we
    don't believe any customers were affected", "not aware of any users being impacted"
    (nobody, said as a belief); whom it denies follows it."""
    for at in range(start - 1, max(-1, start - _ANY_REACH), -1):
        if lemmas[at] in _CLAUSE_ENDS:
            return None
        if lemmas[at] == "any":
            return at if _negated(lemmas, at) else None
    return None


_ANY_REACH = 6  # words from "any" to what it denies: "any of our customers were meaningfully"


def _labelled_none(sentence: Sentence, lexicon: Lexicon) -> bool:
    """An impact label answered with nothing: "Customer impact: none.", "Users affected —
    none" (not "Customer impact: none on data", nor "Impact: none known yet")."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text not in (":", "—", "–") or index == 0:
            continue
        label = [t.lemma for t in tokens[:index]]
        answer = [t.lemma for t in tokens[index + 1 :] if t.is_word]
        if (
            lexicon["affected"].found_in(label)
            and bool(answer)
            and all(word in _NOTHING or word in lexicon["negations"] for word in answer)
        ):
            return True
        break
    return _counted_none(sentence, lexicon)


def _counted_none(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A count of what people met, given as none: a table's "Customer-visible errors | 0"
    (read "Customer-visible errors: 0; Max lag: 4m"), "User-facing errors: none" (not
    "Server errors: 0": nobody's)."""
    tokens = sentence.tokens
    start = 0
    for index, token in enumerate([*tokens, None]):
        if token is not None and token.text != ";":
            continue
        part = tokens[start:index]
        start = index + 1
        colon = next((i for i, t in enumerate(part) if t.text == ":"), None)
        if colon is None or colon == 0:
            continue
        answer = [t for t in part[colon + 1 :] if t.kind is not Kind.PUNCT and t.text != "."]
        if len(answer) != 1:
            continue  # one answer after the label: "errors: 0", "errors: none."
        nothing = _zero(answer[0]) or answer[0].lemma in _NOTHING
        label = part[:colon]
        if (
            nothing
            and any(_facing(t, lexicon) for t in label)
            and any(t.lemma in lexicon["symptoms"] for t in label)
        ):
            return True
    return False


def _for_whom(sentence: Sentence, lexicon: Lexicon) -> int:
    """Where a closing "for customers", "to our users" starts (the sentence's end if none)."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.lemma not in ("for", "to", "on"):
            continue
        rest = [
            position
            for position in range(index + 1, len(tokens))
            if tokens[position].is_word and tokens[position].lemma not in lexicon["stopwords"]
        ]
        if len(rest) == 1:
            mention = mention_at(tokens, rest[0], lexicon)
            if mention is not None and mention.person and not mention.responder:
                return index
        break
    return len(tokens)


def _struck(lemmas: Sequence[str]) -> list[int]:
    """Where "hit" is said in the passive ("real users weren't hit"): affected, as "getroffen"
    and "colpiti" are; in the active ("users hit errors") it is what they met."""
    return [
        index
        for index, lemma in enumerate(lemmas)
        if lemma == "hit" and "be" in lemmas[max(0, index - _PASSIVE_REACH) : index]
    ]


_PASSIVE_REACH = 3  # "were not hit", "weren't really hit"


def _kept_from_production(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Where the users are, spared: "this happened in staging, not production", "the build
    never reached production", "it only affected our staging environment" (not "the fix was
    not deployed to production until Monday", not "not only staging but production")."""
    lemmas = sentence.lemmas
    if "but" in lemmas or "until" in lemmas:
        return False
    if _conditional(lemmas, len(lemmas)) or _hypothetical(lemmas, len(lemmas)):
        return False
    for start, end in lexicon["production"].spans(lemmas):
        if _future(lemmas, start):
            continue  # "we will not deploy to production on Fridays": a rule for later
        if _negated(lemmas, start, reach=_PRODUCTION_REACH) or _denied(lemmas, start, end, lexicon):
            return True
    for start, _end in lexicon["preproduction"].spans(lemmas):
        before = lemmas[max(0, start - _PRODUCTION_REACH - 1) : start]
        if "only" in before and not any(word in _NEGATION for word in before):
            return True
    return False


_PRODUCTION_REACH = 3  # words: "never reached production", "none on production"
_NOTHING = frozenset({"none", "nothing", "nobody", "zero", "nil", "no", "."})  # "None." whole


def _never_down(sentence: Sentence, lexicon: Lexicon) -> bool:
    """The service said never to have failed the people using it: "we never encountered an
    actual outage", "this did not cause an outage", "the site never went down" (not "the
    database never went down": a part; not "we did not declare an outage until 10:40"; not
    "the site will not go down": a promise)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    if _conditional(lemmas, len(lemmas)):
        return False
    for start, end in lexicon["thing_states"].spans(lemmas):
        if not (_negated(lemmas, start) or _denied(lemmas, start, end, lexicon)):
            continue
        clause = segment_start(tokens, start, lexicon)
        if _future(lemmas, start) or _HYPOTHETICAL.intersection(lemmas[clause:start]):
            continue
        if _surface_of(tokens, clause, start, end, lexicon) is not None:
            return True  # "the site never went down"
    for start, end in lexicon["outage_words"].spans(lemmas):
        negation = next(
            (
                i
                for i in range(start - 1, max(-1, start - _OUTAGE_REACH - 1), -1)
                if lemmas[i] in _NEGATION
            ),
            None,
        )
        if negation is None or _future(lemmas, negation + 1):
            continue
        clause = segment_start(tokens, negation, lexicon)
        if _HYPOTHETICAL.intersection(lemmas[clause:start]):
            continue  # "it could not have caused an outage": what might have been
        if lemmas[end : end + 1] in (("like",), ("such",)):
            continue  # "we had not seen an outage like this": a comparison
        if _on_things(sentence, end, lexicon) or _machinery_spared(sentence, start, end, lexicon):
            continue
        if all(
            lemmas[i] in lexicon["stopwords"]
            or lemmas[i] in _OUTAGE_QUALIFIERS
            or lemmas[i] in lexicon["perceiving"]
            or lemmas[i] in _BRINGING
            for i in range(negation + 1, start)
        ):
            return True  # "never encountered an actual outage", "did not cause an outage"
    return False


_OUTAGE_REACH = 5  # words: "did not experience any actual outage"
_OUTAGE_QUALIFIERS = frozenset({"actual", "real", "any", "single", "visible", "noticeable"})
_BRINGING = frozenset({"be", "have", "cause", "do", "result", "lead", "in", "to"})


def _machinery_spared(sentence: Sentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "No inter-node communication was affected", "does not impact current nodes": a part
    of the system spared, said of its subject or its object; nothing about the people."""
    tokens = sentence.tokens
    clause = segment_start(tokens, start, lexicon)
    if clause > 0 and tokens[clause].lemma in ("which", "that", "who"):
        clause = max(0, clause - _OBJECT_WORDS)  # "the nodes which were not impacted"
    nearby = [*tokens[clause:start], *tokens[end : end + _OBJECT_WORDS]]
    return any(  # the word itself, or its last part: "inter-node"
        word.lemma.rsplit("-", 1)[-1] in lexicon["machinery"]
        for word in nearby
        if word.kind is Kind.WORD
    )


_OBJECT_WORDS = 3  # "does not impact current pvcs"


def _on_things(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """Whether "no impact" goes on to name what was spared, and that is things ("no impact on
    data or IBC connections"), not people ("no impact on customers")."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].lemma not in ("on", "to", "for"):
        return False
    for position in range(end + 1, len(tokens)):
        token = tokens[position]
        if token.kind is Kind.WORD and token.lemma in lexicon["stopwords"]:
            continue  # "on the", "on our"
        mention = mention_at(tokens, position, lexicon)
        return mention is None or not mention.person
    return False


def _instrument(sentence: Sentence, subject: Mention | None, lexicon: Lexicon) -> bool:
    """ "No alerts breached the threshold": said of a system's instruments, no word about
    anyone's harm (but "no packages were compromised" is)."""
    if subject is None or subject.person:
        return False
    tokens = sentence.tokens
    word = tokens[subject.index].lemma if subject.index < len(tokens) else ""
    return word in lexicon["instruments"]


def complained(sentence: Sentence, lexicon: Lexicon) -> str:
    """Someone outside the team who wrote in: "customer tickets", "tickets from customers",
    "user reports". A timeline line like this says someone was hit, whatever else it says."""
    tokens = sentence.tokens
    if lexicon["disclosure"].found_in(sentence.lemmas):
        return ""  # "A community member reports it via security@": a finding disclosed
    for index, token in enumerate(tokens):
        if token.lemma not in lexicon["complaints"] and token.lower not in lexicon["complaints"]:
            continue
        if token.possessive:
            continue  # "the report's author" is whoever wrote it, not someone who wrote in
        for near in range(max(0, index - 2), min(len(tokens), index + 4)):
            if near > index and not any(t.lower in ("from", "by") for t in tokens[index:near]):
                continue  # "tickets from customers", not "the email service provider"
            mention = mention_at(tokens, near, lexicon)
            word = tokens[near].lemma
            user = word in lexicon["people"] and word not in lexicon["staff"]
            # "They reported it": whoever "they" are, the sentence does not say. Before the
            # complaint, a person's word that describes it is who sent it ("customer ticket").
            person = mention is not None and (
                mention.person or (near < index and is_person(tokens[near], lexicon) is True)
            )
            someone = person and mention is not None and not mention.responder
            if near != index and someone and user and word not in _PRONOUNS:
                return shown(tokens, min(near, index), max(near, index) + 1, punctuation=False)
    return ""


def _only_trouble(
    tokens: Sequence[Token], lemmas: Sequence[str], end: int, lexicon: Lexicon
) -> bool:
    """What was met is only a word for trouble, with nothing of what it was: "users
    experienced intermittent issues", "some customers had problems for an hour" (not "issues
    with the checkout", "problems signing in", "errors")."""
    vague = lexicon["vague_trouble"]
    found: int | None = end if vague.match(lemmas, end - 1) else None  # "had issues"
    if found is None:
        for at in range(end, min(len(tokens), end + _TROUBLE_REACH)):
            size = vague.match(lemmas, at)
            if size:
                found = at + size
                break
        if found is None or any(
            t.kind is Kind.WORD
            and t.lemma not in lexicon["stopwords"]
            and t.lemma not in _VAGUE_QUALIFIERS
            for t in tokens[end : found - 1]
        ):
            return False  # "saw checkout issues": the words before it say what
    stop = lexicon["stopwords"]
    return not any(
        t.kind is Kind.WORD
        and t.lemma not in stop
        and t.lemma not in _WHEN
        and not lexicon["time_units"].match([t.lemma], 0)
        for t in tokens[found:]
    )  # "issues with the checkout", "problems signing in": something of what


def _trouble_for(
    tokens: Sequence[Token], lemmas: Sequence[str], start: int, whom: Mention, lexicon: Lexicon
) -> bool:
    """Only a word for trouble, for someone: "caused issues for some users for about an
    hour", "resulted in problems for customers" (not "login issues for users", "problems
    for users signing in")."""
    size = lexicon["vague_trouble"].match(lemmas, start)
    if not size:
        return False
    stop = lexicon["stopwords"]
    for token in reversed(tokens[max(0, start - _TROUBLE_REACH) : start]):
        if token.kind is not Kind.WORD or token.lemma in stop or token.lemma in _CAUSING:
            break  # the noun phrase begins after its verb or article
        if token.lemma not in _VAGUE_QUALIFIERS:
            return False  # "login issues": the words before it say what
    between = tokens[start + size : whom.index]
    after = tokens[whom.index + 1 :]
    return not any(
        t.kind is Kind.WORD
        and t.lemma not in stop
        and t.lemma not in _WHEN
        and t.lemma not in _VAGUE_QUALIFIERS
        and not lexicon["time_units"].match([t.lemma], 0)
        and t.lemma not in lexicon["span_openers"]
        and t.lemma not in lexicon["span_closers"]
        for t in (*between, *after)
    )


_CAUSING = frozenset({"cause", "result", "lead", "create", "bring", "mean"})


_TROUBLE_REACH = 3  # words from the verb to the trouble: "experienced some intermittent issues"
_VAGUE_QUALIFIERS = frozenset(
    {"intermittent", "occasional", "sporadic", "minor", "some", "several", "various"}
    | {"temporary", "brief"}
)
_WHEN = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "up"})


def _nothing_seen(lemmas: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """What was perceived is nothing gone wrong: "saw no errors", "noticed nothing",
    "experienced no disruption", "lost no money" (but "saw no search results" is a blank
    page)."""
    after = lemmas[end : end + 1]
    if after == ("nothing",):
        return True
    if after not in (("no",), ("zero",)):
        return False
    if lemmas[end - 1] in _LOSING:
        return True
    return _wrong_after(lemmas, end + 1, lexicon)


def _wrong_after(lemmas: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """ "(did not see) anything", "(did not notice) any errors": what was not perceived is
    something gone wrong, not something they needed."""
    if lemmas[end : end + 1] == ("anything",):
        return True
    return any(
        lexicon["symptoms"].match(lemmas, i) or lemmas[i] in ("impact", "effect", "difference")
        for i in range(end, min(len(lemmas), end + _NOTHING_REACH))
    )


_LOSING = frozenset({"lose", "miss", "suffer"})


def _saw_nothing(sentence: Sentence, lexicon: Lexicon) -> bool:
    """People outside the team perceiving nothing wrong: "customers saw no errors", "users
    did not notice anything", "riders experienced no disruption"."""
    lemmas = sentence.lemmas
    for start, end in lexicon["perceiving"].spans(lemmas):
        if _future(lemmas, start) or _conditional(lemmas, start) or _hypothetical(lemmas, start):
            continue
        if _negated(lemmas, start) or _denied(lemmas, start, end, lexicon):
            if not _wrong_after(lemmas, end, lexicon):
                continue  # "did not see the build logs", "could not find the button": harm
        elif not _nothing_seen(lemmas, end, lexicon):
            continue
        subject = head_before(sentence.tokens, start, lexicon)
        if subject is None or not subject.person or subject.responder:
            continue
        if subject.text.lower() in ("nobody", "no one", "noone", "none"):
            continue  # "no alert was configured so nobody noticed": whose eyes, it does not say
        return True
    return False


def _spared(sentence: Sentence, lexicon: Lexicon) -> bool:
    """People said to be spared in one word: "customers were unaffected", "contributors will
    remain unaffected", "other tenants were untouched"; or nothing at all affected ("we believe
    nothing was affected"; not "nothing else was": something was)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    if _conditional(lemmas, len(lemmas)) or _HYPOTHETICAL.intersection(lemmas):
        return False
    for index, lemma in enumerate(lemmas):
        if lemma in lexicon["unaffected"]:
            if _negated(lemmas, index):
                continue  # "no customer was left untouched"
            clause = segment_start(tokens, index, lexicon)
            if any(
                (m := mention_at(tokens, i, lexicon)) is not None and m.person and not m.responder
                for i in range(clause, index)
            ):
                return True
        elif (
            lemma == "nothing"
            and not _EXCEPT.intersection(lemmas)
            and any(
                lexicon["affected"].match(lemmas, i)
                for i in range(index + 1, min(len(lemmas), index + _NOTHING_REACH))
            )
        ):
            return True
    return False


_NOTHING_REACH = 4  # words: "nothing was directly affected"
_EXCEPT = frozenset({"else", "other", "otherwise", "except", "but", "besides", "apart"})


def _holdings_kept(sentence: Sentence, lexicon: Lexicon) -> bool:
    """What people hold, said to be kept: "all funds are safe", "balances remain intact",
    "user funds were never at risk", "customer data was not at risk" (not "funds are not
    safe", nor "funds will be safe": a promise)."""
    lemmas = sentence.lemmas
    if _conditional(lemmas, len(lemmas)) or _HYPOTHETICAL.intersection(lemmas):
        return False
    negations = lexicon["negations"].words or _NEGATION  # English has no class of its own
    for index, lemma in enumerate(lemmas):
        if lemma not in lexicon["holdings"]:
            continue
        if any(word in lexicon["machinery"] for word in lemmas[max(0, index - 2) : index]):
            continue  # "all PVC data intact": the system's, not anyone's
        window = lemmas[index + 1 : index + 1 + _KEPT_REACH]
        for offset, word in enumerate(window):
            if word in _CLAUSE_ENDS:
                break
            before = window[:offset]
            if "will" in before:
                break  # "funds will be safe after the upgrade": a promise
            if word in lexicon["kept"] and not negations.intersection(before):
                return True
            if word in lexicon["danger"] and negations.intersection(before):
                return True
    return False


_KEPT_REACH = 6  # words from what is held to its state: "the funds of our users are safe"


def _nobody_hurt(sentence: Sentence, lexicon: Lexicon) -> bool:
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    for index, token in enumerate(tokens):
        if index >= _OPENING and (
            tokens[index - 1].text != "," or _PROMISED.intersection(lemmas[:index])
        ):
            # the sentence's opening, or its main clause's after an aside ("As far as we can
            # tell, nobody's ..."; not "There will be issues (with any luck, no big ones)")
            continue
        if token.lemma not in ("no", "none", "nobody", "neither") and not _zero(token):
            continue
        named = (
            (token.lemma == "nobody" and not _of_our_side(tokens, index + 1, lexicon))
            or any(
                (m := mention_at(tokens, i, lexicon)) is not None and m.person and not m.responder
                for i in range(index + 1, min(len(tokens), index + _OPENING))
            )
            or _harm_named(sentence, index + 1, lexicon)
        )
        hurt = any(
            t.lemma in lexicon["harm_words"] or lexicon["experience"].match(lemmas, i)
            for i, t in enumerate(tokens)
            if i > index
        )
        if named and hurt:
            return True
    return False


_OPENING = 4  # words: "No employee", "None of the riders"


def _of_our_side(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """Whether the "nobody" before ``start`` is one of us: "nobody on our side had a way to
    see", "nobody in the ops team noticed" (what we could not see, not what users met)."""
    if start >= len(tokens) or tokens[start].lemma not in _AMONG:
        return False
    return any(
        (m := mention_at(tokens, i, lexicon)) is not None and m.responder
        for i in range(start + 1, min(len(tokens), start + _OPENING))
    )


_AMONG = frozenset({"on", "in", "at", "from", "of"})


def _harm_named(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """Whether the thing denied at ``start`` is named by its harm: "No duplicate emails went
    out", "no wrong bills were sent" (not "no duplicate pods": a part of the system; not a
    plan: "no duplicate emails will go out")."""
    tokens = sentence.tokens
    if start >= len(tokens) or _PROMISED.intersection(sentence.lemmas):
        return False
    word = tokens[start]
    return (
        word.kind is Kind.WORD
        and (word.lower in as_written(lexicon, "harm_words") or word.lemma in _HARMFUL_COPIES)
        and not _machinery_spared(sentence, start, start + 1, lexicon)
    )


_HARMFUL_COPIES = frozenset({"duplicate", "second", "extra"})
_PROMISED = frozenset({"will", "shall"})


def _no_symptom_for_them(sentence: Sentence, lexicon: Lexicon) -> bool:
    """No failure that reached people, said of the failure: "there was no customer-facing
    downtime", "no user-visible errors", "there were no errors for customers" (not "no
    errors in the logs", nor "there will be no downtime for users": a plan)."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    for index, token in enumerate(tokens):
        if token.lemma not in ("no", "zero") or _future(lemmas, index):
            continue
        for position in range(index + 1, min(len(tokens), index + _SYMPTOM_REACH)):
            if lemmas[position] not in lexicon["symptoms"] or lemmas[position] in _NOT_FAILURES:
                continue
            between = tokens[index + 1 : position]
            if any(_facing(t, lexicon) for t in between) or any(
                (m := mention_at(tokens, i, lexicon)) is not None and m.person and not m.responder
                for i in range(index + 1, position)
            ):
                return True  # "no customer-facing downtime", "no customer errors"
            if position + 1 < len(tokens) and lemmas[position + 1] in ("for", "to"):
                reached = person_after(tokens, position + 2, lexicon, reach=3)
                if reached is not None and not reached.responder:
                    return True  # "no errors for customers"
            break
    return False


_SYMPTOM_REACH = 5  # tokens: "no customer-facing HTTP errors"
_NOT_FAILURES = frozenset({"refund", "message", "warning", "prompt", "charge"})


def _facing(token: Token, lexicon: Lexicon) -> bool:
    """ "customer-facing", "user-visible": what people meet, named by them."""
    who, _, how = token.lower.partition("-")
    return (
        how in ("facing", "visible")
        and is_person(Token(who, who, lexicon.lemma(who), Kind.WORD), lexicon) is True
    )


def _negated_responder(sentence: Sentence, lexicon: Lexicon) -> bool:
    """ "we were not affected": our side, not the users'."""
    return (
        any(m.responder for m in people_in(sentence, lexicon))
        and not any(not m.responder for m in people_in(sentence, lexicon))
        and "we" in sentence.lemmas[:3]
    )


def _negated(
    lemmas: Sequence[str], start: int, reach: int = 4, negations: Container[str] = _NEGATION
) -> bool:
    """Whether a negation governs the word at ``start``: a few words before it, in its clause
    ("without" only up to the next preposition: "pushed without review to production" does
    not deny production); ``negations``: English's, or a sentence's own language's."""
    crossed = False
    for word in reversed(lemmas[max(0, start - reach) : start]):
        if word in negations and not (crossed and word == "without"):
            return True
        if word in _CLAUSE_ENDS:
            return False
        crossed = crossed or word in _PREPOSITIONS
    return False


# English's prepositions (a closed class), where a "without" before them stops governing.
_PREPOSITIONS = frozenset(
    {"to", "in", "into", "on", "onto", "at", "for", "from", "by", "with", "through", "over"}
)


def _denied(lemmas: Sequence[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a word of the language's ``negations`` stands within a few words of the verb,
    before it or after it, in its clause ("não viram", "sahen keinen Fehler"); English's own
    negations are ``_negated``'s."""
    denials = lexicon["negations"]
    if not denials.words:
        return False
    prepositions = lexicon["prepositions"]
    for step, edge in ((-1, max(-1, start - 5)), (1, min(len(lemmas), end + 4))):
        index = start - 1 if step < 0 else end
        crossed = False  # a preposition between: "zonder review in productie"
        while index != edge:
            word = lemmas[index]
            if word in _CLAUSE_ENDS or word in QUOTE_MARKS:
                break  # «No se pudo pagar»: the words on screen, not the verb's negation
            if word in denials and not (word in prepositions and (crossed or step > 0)):
                return True  # a negation that is a preposition ("zonder") denies what follows it
            crossed = crossed or word in prepositions
            index += step
    return False


def _qualified(tokens: Sequence[Token], start: int) -> bool:
    """ "not publicly exposed", "not directly affected": denied only in a manner, so someone
    may still have been hit (in the way the sentence leaves open)."""
    before = tokens[max(0, start - 2) : start]
    return any(t.kind is Kind.WORD and t.lower.endswith("ly") and len(t.lower) > 4 for t in before)


def _future(lemmas: Sequence[str], start: int) -> bool:
    """ "you won't be hit", "users will not be affected", "klanten zullen ... zien": a promise
    about what is to come (advice, a plan), not a statement of what happened."""
    for back, word in enumerate(reversed(lemmas[max(0, start - _VERB_LAST_REACH) : start]), 1):
        if (word == "will" and back <= _FUTURE_REACH) or word in _VERB_LAST_FUTURES:
            return True
        if word in _CLAUSE_ENDS:
            return False
    return False


_FUTURE_REACH = 4  # words from "will" to its verb: "will not be affected"
# Where the verb closes its clause, its auxiliary may stand far before it: "Klanten zullen
# na de migratie een nieuw ontwerp zien".
_VERB_LAST_FUTURES = frozenset({"zullen"})
_VERB_LAST_REACH = 10


def _future_form(token: Token, language: str) -> bool:
    """Whether ``token`` is a verb in a future of its own form: "verront", "verán",
    "vedranno", "verão" (a language that writes its future without an auxiliary)."""
    endings = _FUTURE_ENDINGS.get(language)
    if not endings or token.lower == token.lemma or not token.lower.endswith(endings):
        return False
    # French's "-ra" is also the simple past of "-er" verbs ("déclara"): the future's stem
    # keeps the infinitive's r ("verra": voir, "aura": avoir)
    return language != "fr" or not token.lemma.endswith("er") or token.lower.endswith("erra")


_FUTURE_ENDINGS = {
    "fr": ("rai", "ras", "ra", "rons", "rez", "ront"),
    "es": ("ré", "rás", "rá", "remos", "réis", "rán"),
    "it": ("rò", "rai", "rà", "remo", "rete", "ranno"),
    "pt": ("rei", "rás", "rá", "remos", "reis", "rão"),
}


_CLAUSE_ENDS = frozenset({",", ";", ":", "and", "but", "while", "because", "(", ")", "—"})
