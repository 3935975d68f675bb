"""Who a sentence is about: people (in any words), the things a system is made of, responders.

A word names people when the vocabulary says so ("guests", "riders", "staff") or when it has a
person's ending (-er, -or, -ist, -ian, -ee, -eer: "providers", "subscribers", "borrowers") and
is not one of the things with such an ending ("servers", "layers", "orders"). Servers, pods,
jobs and requests are never who was affected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spec_gate.reading.lexicon import Lexicon
from spec_gate.reading.text import Kind, Token

_ENDINGS = ("er", "or", "ist", "ian", "ee", "eer")  # "-ant" is as often a thing: variants
_PLURAL_ENDINGS = tuple(ending + "s" for ending in _ENDINGS)
_PRONOUNS = frozenset({"he", "she", "her", "him", "his", "someone", "somebody", "anyone"})
# Prefixes that make another person of a person's word ("outpatient", "co-worker", "non-member").
_PREFIXES = ("out", "in", "co-", "co", "non-", "non", "ex-", "end-", "end", "sub", "fellow ")
_RELATIVE_WORDS = 3  # the longest free relative: "diejenigen die", "anyone who"
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_SINGULAR_SUBJECTS = frozenset(
    {"one", "he", "she", "it", "who", "which", "that", "this", "someone", "everyone", "nobody"}
)
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
_DEMONSTRATIVES = frozenset({"those", "these", "anyone", "everyone", "all", "many", "some"})


def is_person(token: Token, lexicon: Lexicon) -> bool | None:
    """True for people, False for things, None when the word could be either or neither."""
    if token.kind is Kind.HANDLE:
        return True
    if token.kind is not Kind.WORD:
        return None
    lemma = token.lemma
    if lemma in lexicon["not_people"] or lemma in lexicon["not_agentive"]:
        return False
    if lemma in lexicon["people"]:
        # "hosted", "staffed", "parenting": a verb made of a person's word, not people
        return None if _verb_form(token.lower, lemma) else True
    if len(lemma) > 4 and lemma.endswith(_ENDINGS) and token.lower == lemma + "s":
        return True  # a plural with a person's ending: "borrowers", "subscribers"
    if len(lemma) > 5 and lemma == token.lower and lemma.endswith(_PLURAL_ENDINGS):
        return True  # ...one the lemmatizer does not know, left as written: "podcasters"
    if any(lemma.startswith(p) and lemma[len(p) :] in lexicon["people"] for p in _PREFIXES):
        return True  # a person's word with a prefix: "outpatients", "co-workers", "end-users"
    if lexicon.language in COMPOUNDING and _ends_in_a_person(lemma, lexicon):
        return True  # "Lagerarbeiter", "Endnutzer", "eindgebruikers": a compound's last word
    return None


COMPOUNDING = frozenset({"de", "nl", "nb"})  # languages that write compounds as one word
_SHORTEST_HEAD = 5  # letters of the person's word a compound ends in: "nutzer", not "er"


def _ends_in_a_person(lemma: str, lexicon: Lexicon) -> bool:
    people, things = lexicon["people"], lexicon["not_people"]
    tails = (lemma[start:] for start in range(2, len(lemma) - _SHORTEST_HEAD + 1))
    return any(tail in people and tail not in things for tail in tails)


def a_role(token: Token, lexicon: Lexicon) -> bool:
    """One person's word the vocabulary does not list, by its ending ("solicitor",
    "barrister"), that no vocabulary calls a thing ("server", "order")."""
    lemma = token.lemma
    return (
        token.kind is Kind.WORD
        and len(lemma) > _SHORTEST_ROLE
        and lemma == token.lower
        and lemma.endswith(_ENDINGS)
        and lemma not in lexicon["not_people"]
        and lemma not in lexicon["not_agentive"]
    )


_SHORTEST_ROLE = 4  # letters: "user" is listed; "later", "never" are not roles


def _verb_form(word: str, lemma: str) -> bool:
    return word != lemma and word.endswith(("ed", "ing")) and not lemma.endswith(("ed", "ing"))


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase's head: ``index`` in the sentence, and whether it is people."""

    index: int
    text: str
    person: bool
    responder: bool = False  # we, our engineers, the on-call: the side that responded


def head_before(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> Mention | None:
    """The subject of the predicate at ``index``: the first person, thing or pronoun of its
    clause. "All users trying to download crate files saw errors" finds "users", not "files";
    "When the database failed, riders could not book" finds "riders". A clause with none
    before the predicate borrows its subject across commas ("Users of the API, which was
    down, saw errors"), never across a full break (``;``, ``:``, a dash, "while", "because")."""
    joined = _joined_subject(tokens, index, lexicon)
    if joined is not None:
        return joined  # "failed jobs piled up and customers waited": a clause of its own
    made = _made_to(tokens, index, lexicon)
    if made is not None:
        return made
    clause = segment_start(tokens, index, lexicon)
    told = _told_that(tokens, clause, index, lexicon)
    if told is not None:
        return told
    if tokens[clause].lemma in ("who", "whose") and clause > 0:
        # "users who upgraded had to revert", "users whose client picked a mirror could not
        # see": the subject is whom "who" stands for, not a thing inside its clause
        whom = _last_mention(tokens, segment_start(tokens, clause, lexicon), clause, lexicon)
        if whom is not None:
            return whom
    mention = (
        None
        if _verb_first(tokens, clause, lexicon)
        else _subject_in(tokens, clause, index, lexicon)
    )
    if mention is None and tokens[clause].lemma in _RELATIVE and clause > 0:
        return _last_mention(tokens, segment_start(tokens, clause, lexicon), clause, lexicon)
    if mention is None and _shares_its_subject(tokens, clause, index):
        # "Members could browse the catalogue but could not borrow": whoever could browse
        return head_before(tokens, clause - 1, lexicon)
    while mention is None and clause > 0 and tokens[clause - 1].text == ",":
        end = clause - 1
        clause = segment_start(tokens, end, lexicon)
        if tokens[clause].lemma in _RELATIVE:
            if tokens[clause].lemma == "who" and clause > 0:
                # "Residents who had written, at length, found...": the subject is whom
                # "who" stands for
                start = segment_start(tokens, clause, lexicon)
                return _last_mention(tokens, start, clause, lexicon)
            continue  # ", which was down," says something of another noun
        mention = _subject_in(tokens, clause, end, lexicon)
    return mention


def _made_to(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> Mention | None:
    """The people a verb of causing acts on, who then do what follows its "to": "the chain
    causing most farmers to be unable to create blocks" finds "farmers", not "the chain"."""
    if index < _MADE_TO or tokens[index - 1].lemma != "to":
        return None
    made_to = lexicon["made_to"]
    for verb in range(index - 2, max(-1, index - _MADE_TO_REACH), -1):
        token = tokens[verb]
        if token.kind is Kind.PUNCT:
            return None
        if token.lemma in made_to:
            mention = _first_mention(tokens, verb + 1, index - 1, lexicon)
            return mention if mention is not None and mention.person else None
    return None


_MADE_TO = 3  # a verb, whom it acts on and "to"
_MADE_TO_REACH = 8  # words back from "to" to the verb: "causing most of our farmers to"


def _told_that(
    tokens: Sequence[Token], clause: int, index: int, lexicon: Lexicon
) -> Mention | None:
    """The subject of what a "that" after a verb of showing or saying tells: "our logs show
    that 9 customers had their invoices opened" finds "customers", not "our" (but in "the
    data that users uploaded was lost", "that" is no such verb's)."""
    for at in range(index - 1, clause, -1):
        if tokens[at].lemma != "that":
            continue
        before = tokens[at - 1].lemma
        if before in _TELLING or before in lexicon["evidence_verbs"]:
            return _subject_in(tokens, at + 1, index, lexicon)
        return None
    return None


_TELLING = frozenset(
    {"say", "indicate", "mean", "know", "believe", "report", "note", "reveal", "suggest"}
    | {"notice", "see", "find", "learn", "discover", "hear", "realise", "realize", "observe"}
    | {"confirm", "determine", "explain", "state", "announce", "think", "feel", "understand"}
)


def _joined_subject(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> Mention | None:
    """People right after "and" or "but" that join a clause of their own, right before its
    predicate or with what they were doing between ("jobs piled up and customers waited",
    "images did not load and shoppers browsing the catalogue saw grey boxes"; not "users of
    the API saw", whose "and" is not there)."""
    joined = next(
        (
            at
            for at in range(index - _JOINED, max(-1, index - _JOINED - _DOING_REACH), -1)
            if tokens[at].lemma in ("and", "but") or tokens[at].kind is Kind.PUNCT
        ),
        None,
    )
    if joined is None or tokens[joined].lemma not in ("and", "but"):
        return None
    people = tokens[joined + 1]
    mention = mention_at(tokens, joined + 1, lexicon)
    if mention is None or not mention.person or people.lower == people.lemma:
        return None  # a plural, as a subject is here: "customers", not "customer"
    doing = tokens[joined + 2]
    if joined + 2 < index and (
        not (doing.lower.endswith("ing") or doing.lemma in _RELATIVE)
        or any(t.lemma in _THAT for t in tokens[joined + 3 : index])
    ):
        # "and customers of the bank saw": whose, said with a preposition, is the clause's
        # subject found as before; "users reporting that services could not be resolved":
        # what follows "that" has a subject of its own
        return None
    return mention


_THAT = frozenset({"that", "if", "whether", "because", "when", "while"})


_JOINED = 2  # tokens before the predicate: "and", then the people
_DOING_REACH = 7  # words between the people and their predicate: "opening the app before work"


def _shares_its_subject(tokens: Sequence[Token], clause: int, index: int) -> bool:
    """A clause after "but" (or "yet") that opens with its predicate, a modal or the verb
    itself: it says more of the subject before it."""
    if clause < _SHARED or tokens[clause - 1].lemma not in ("but", "yet"):
        return False
    opening = tokens[clause]
    return clause == index or (
        opening.kind is Kind.WORD and opening.lemma in _MODALS and clause + 2 >= index
    )


_SHARED = 2  # tokens: a subject, then "but"
_MODALS = frozenset({"can", "could", "will", "would", "may", "might", "must", "do", "have", "be"})


def _verb_first(tokens: Sequence[Token], clause: int, lexicon: Lexicon) -> bool:
    """A clause after a comma that opens with a verb and its object ("A user who had not
    visited for months, reopened the website and noticed..."): its subject is before the
    comma, and the first noun in it is the object."""
    if clause == 0 or clause + 1 >= len(tokens) or tokens[clause - 1].text != ",":
        return False
    verb, following = tokens[clause], tokens[clause + 1]
    return (
        verb.kind is Kind.WORD
        and verb.lower != verb.lemma
        and verb.lower.endswith("ed")
        and verb.lemma not in lexicon["stopwords"]
        and following.lower in _OBJECT_OPENERS
    )


_OBJECT_OPENERS = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "my", "your"})


def _subject_in(tokens: Sequence[Token], clause: int, end: int, lexicon: Lexicon) -> Mention | None:
    """The first mention of a clause, unless the clause goes on from one before the comma
    (", about lorry traffic past the school, found"): a preposition opens no subject ("about
    1,300 staff" is a count, not a preposition)."""
    after_comma = clause > 0 and tokens[clause - 1].text == ","
    counted = clause + 1 < end and tokens[clause + 1].kind is Kind.NUMBER  # "about 1,300 staff"
    if after_comma and tokens[clause].lemma in lexicon["prepositions"] and not counted:
        # "..., for two hours riders could not book": a person after the phrase is the subject
        for position in range(clause + 1, end):
            mention = _first_mention(tokens, position, position + 1, lexicon)
            if mention is not None and mention.person:
                return _first_mention(tokens, position, end, lexicon)
        return None
    return _first_mention(tokens, clause, end, lexicon)


_RELATIVE = frozenset({"who", "which", "where", "whose", "whom"})


def segment_start(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> int:
    """Where the clause holding ``index`` starts: after a comma, a full break or a word that
    opens a clause."""
    breaks = lexicon["clause_breaks"]
    position = index - 1
    while position >= 0:
        token = tokens[position]
        aside = _aside_start(tokens, position)
        if aside is not None:  # "(6, 7, 9 and 11)", "— about 310,000 people —": read past it
            position = aside - 1
            continue
        if token.kind is Kind.PUNCT and token.text in (",", ";", ":", "—", "–", "(", ")", "?", "!"):
            return position + 1
        if (
            token.lemma in breaks
            and not _of_time(tokens, position, lexicon)
            and not _a_phrase_in_a_relative(tokens, position, index)
        ) or (token.lemma in _RELATIVE and position < index - 1):
            return position + 1 if token.lemma not in _RELATIVE else position
        position -= 1
    return 0


def _a_phrase_in_a_relative(tokens: Sequence[Token], position: int, index: int) -> bool:
    """A word that opens clauses, used in a relative clause before a short phrase that runs
    up to the word asked about: "customers who had asked for a refund after the strike saw
    ...": "after the strike" is when they asked, and the relative clause's people are the
    ones who saw (not "users saw errors after the disk filled")."""
    return (
        tokens[position].lemma in _BEFORE_A_TIME
        and index - position <= _PHRASE_AFTER
        and all(t.kind is Kind.WORD for t in tokens[position + 1 : index])
        and any(t.lemma in _RELATIVE for t in tokens[:position])
    )


_PHRASE_AFTER = 4  # "after the strike", "before the big sale"


def _of_time(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """A word that opens clauses, used here before a time: "since March", "after 14:00",
    "until Monday", "von 10 bis 14 Uhr" (a preposition, not "since the disk filled")."""
    if position + 1 >= len(tokens):
        return False
    word = tokens[position].lemma
    if word not in _BEFORE_A_TIME and word not in lexicon["span_closers"]:
        return False
    following = tokens[position + 1]
    return following.kind in (Kind.DATE, Kind.TIME, Kind.NUMBER) or (
        following.lemma in lexicon["months"] or following.lemma in lexicon["weekdays"]
    )


_BEFORE_A_TIME = frozenset({"since", "after", "before", "until", "till"})


def _aside_start(tokens: Sequence[Token], position: int) -> int | None:
    """Where a parenthesis or a pair of dashes that ends at ``position`` opens, if it does."""
    closing = tokens[position].text
    if closing not in (")", "—", "–"):
        return None
    opening = "(" if closing == ")" else closing
    # A parenthesis is closed where it was opened; a dash may as well be a break of its own.
    reach = _PARENTHESIS if closing == ")" else _ASIDE
    for earlier in range(position - 1, max(-1, position - reach), -1):
        if tokens[earlier].text == opening:
            return earlier
        if tokens[earlier].text in (";", ":", ".", "?", "!"):
            return None
    return None


_ASIDE = 12  # tokens: a parenthesis longer than this is a clause of its own
_PARENTHESIS = 30  # tokens, for one opened with "(", whose end is never in doubt


def _last_mention(
    tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon
) -> Mention | None:
    for position in range(end - 1, start - 1, -1):
        mention = mention_at(tokens, position, lexicon)
        if mention is not None:
            return mention
    return None


def _first_mention(
    tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon
) -> Mention | None:
    """The first noun phrase's head: in "Platform users" or "crate files", the last word.
    A parenthesis after the first words says something of them ("k8s02 (the only raft
    member) could not"): its words are not the subject."""
    position = start - 1
    while position + 1 < end:
        position += 1
        if tokens[position].text == "(" and position > start:
            closing = _closing(tokens, position, end)
            if closing is not None:
                position = closing
                continue
        mention = mention_at(tokens, position, lexicon)
        if mention is None:
            continue
        head = position
        while head + 1 < end:
            following = mention_at(tokens, head + 1, lexicon)
            if following is None or tokens[head + 1].lemma in FIRST_PERSON:
                break
            if _doing_after_them(tokens, head, mention, lexicon):
                break  # "Guests checking in saw an error": what they were doing, not a noun
            mention, head = following, head + 1
        return mention
    return None


def _doing_after_them(
    tokens: Sequence[Token], head: int, mention: Mention, lexicon: Lexicon
) -> bool:
    """Whether an English -ing form after people in the plural tells what they were doing
    ("Passengers checking in online saw...", "customers paying by card"), a clause of its own,
    not the noun the phrase ends in (as "customer accounts" does)."""
    person, doing = tokens[head], tokens[head + 1]
    return (
        lexicon.language == "en"
        and mention.person
        and person.lower != person.lemma  # a plural: "guests", not "guest checking accounts"
        and doing.lower.endswith("ing")
        and doing.lower != doing.lemma
    )


def aside_of_a_thing(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether ``index`` stands in a parenthesis that says something of the thing before it:
    "k8s02 (the only remaining raft member)" is a node, not a member anyone is."""
    for position in range(index - 1, max(-1, index - _ASIDE), -1):
        text = tokens[position].text
        if text == ")":
            return False
        if text == "(":
            if position == 0 or not tokens[position - 1].is_word:
                return False
            opening = tokens[position + 1].lemma
            if opening in _LINKING or opening in lexicon["prepositions"]:
                return False  # "The queue (for our customers)": not what the queue is
            before = mention_at(tokens, position - 1, lexicon)
            return before is None or not before.person
    return False


_LINKING = frozenset({"for", "to", "with", "from", "by", "of", "in", "on", "at", "as", "via"})


def _closing(tokens: Sequence[Token], opening: int, end: int) -> int | None:
    """Where the parenthesis opened at ``opening`` closes, if it does within an aside."""
    for position in range(opening + 1, min(end, opening + _ASIDE)):
        if tokens[position].text == ")":
            return position
    return None


def person_after(
    tokens: Sequence[Token], index: int, lexicon: Lexicon, reach: int = 5
) -> Mention | None:
    """A person within ``reach`` words after ``index`` ("showed an error to riders"); a thing
    in between may be what they were shown ("showed an empty grade table for Year 11 pupils")."""
    for position in range(index, min(len(tokens), index + reach)):
        token = tokens[position]
        if token.kind is Kind.PUNCT and token.text not in (",", "—", "–"):
            return None
        mention = mention_at(tokens, position, lexicon)
        if mention is not None and mention.person:
            return mention
    return None


def mention_at(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> Mention | None:
    token = tokens[position]
    lemma = token.lemma
    if token.kind is not Kind.WORD and token.kind is not Kind.HANDLE:
        return None
    if lemma in FIRST_PERSON:
        return Mention(position, token.text, True, responder=True)
    if lemma in _PRONOUNS:
        return Mention(position, token.text, True)
    following = tokens[position + 1].lemma if position + 1 < len(tokens) else ""
    if token.lower in _DEMONSTRATIVES and following == "who":
        return Mention(position, token.text, True)  # "those who were mid-checkout"
    relatives = lexicon["those_who"]
    if lemma in relatives.starts and relatives.match(
        [t.lemma for t in tokens[position : position + _RELATIVE_WORDS]], 0
    ):
        # "wer bezahlen wollte", "ceux qui"; "whoever was on call": us
        return Mention(position, token.text, True, _on_our_side(tokens, position, lexicon))
    if lemma in PLURAL_PRONOUNS:
        return Mention(position, token.text, True)  # resolved by the caller when it can
    if token.lower in _NOT_NOUNS:
        return None  # "users never saw": not "never", a thing named after "users"
    joined = _unspaced_person(tokens, position, lexicon)
    if joined:  # "お客様", "顧客", "ユーザー": a word of several characters, ending here
        said = [t.lemma for t in tokens[position - len(joined) + 1 : position + 1]]
        ours = any(lexicon[c].match(said, 0) == len(said) for c in ("staff", "responders"))
        return Mention(position, joined, True, responder=ours)
    person = is_person(token, lexicon)
    if person is None:
        return None
    if person and _openness(tokens, position):
        return Mention(position, token.text, False)  # "exposed to the public": how open
    after_subject = position > 0 and tokens[position - 1].lemma in _SINGULAR_SUBJECTS
    if person and lemma not in lexicon["people"] and after_subject:
        return None  # "one wonders", "it matters": a verb after its subject, no plural
    if person and position > 0:
        compound = (tokens[position - 1].lemma, lemma)
        if lexicon["not_people"].match(compound, 0) == 2:
            return Mention(position, token.text, False)  # "federation members" are clusters
    if person and _modifier(tokens, position, lexicon):
        return Mention(position, token.text, False)  # "user account", "customer data"
    return Mention(position, token.text, person, person and _responder(tokens, position, lexicon))


def _on_our_side(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether whoever a free relative names is one of us, by what follows it: "whoever was on
    call", "quienes estaban de guardia", "wer Rufbereitschaft hatte"."""
    lemmas = [t.lemma for t in tokens[position + 1 : position + 1 + _RELATIVE_CLAUSE]]
    return any(
        lexicon["responders"].match(lemmas, at) or lexicon["staff"].match(lemmas, at)
        for at in range(len(lemmas))
        if lemmas[at] not in FIRST_PERSON
    )


_RELATIVE_CLAUSE = 5  # words after the relative that say who they are: "was on call"


def _unspaced_person(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> str:
    """In a script written without spaces, read a character at a time, the people word of
    several characters that ends at ``position`` ("お客様", "顧客", "ユーザー"), as written."""
    text = tokens[position].text
    if len(text) != 1 or ord(text) < _CJK_START:
        return ""
    for length in range(_LONGEST_PEOPLE_WORD, 1, -1):
        start = position - length + 1
        if start < 0:
            continue
        span = tokens[start : position + 1]
        if any(len(t.text) != 1 for t in span):
            continue
        if lexicon["people"].match([t.lemma for t in span], 0) == length:
            return "".join(t.text for t in span)
    return ""


_CJK_START = 0x2E80  # CJK radicals onward: kana, ideographs, Hangul, full-width forms
_LONGEST_PEOPLE_WORD = 5  # characters: "インストラクター" is longer, and is matched by its end


# Words ending as a doer's name does ("-er") that are no noun at all.
_NOT_NOUNS = frozenset(
    {"never", "after", "whether", "rather", "later", "together", "however", "either", "neither"}
    | {"under", "over", "ever", "further"}
)

_PLURAL_QUANTIFIERS = frozenset({"all", "many", "most", "several", "few", "both", "numerous"})


def _modifier(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """A singular person's word that only describes the noun after it: "user account",
    "customer data", "member list" (but "users see", "a user sees", "the user can")."""
    token = tokens[position]
    if token.lower != token.lemma or token.possessive or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    if following.kind is not Kind.WORD:
        return False
    if following.lower != following.lemma:
        # "a user reported": an inflected verb follows its subject; but after "all" or
        # "many" a singular is no subject: "all user workloads", "many customer orders"
        previous = tokens[position - 1].lemma if position > 0 else ""
        return previous in _PLURAL_QUANTIFIERS and is_person(following, lexicon) is not True
    word = following.lemma
    return (
        word not in lexicon["stopwords"]
        and word not in lexicon["effects"]  # "customer impact": theirs, they are the ones hit
        and not word.endswith("ly")
        and is_person(following, lexicon) is not True
    )


def _openness(tokens: Sequence[Token], position: int) -> bool:
    """ "Open to the public", "exposed to the public": how far something was open, said as
    whom it was open to, not anyone who went through anything."""
    before = [t.lemma for t in tokens[max(0, position - 2) : position]]
    return tokens[position].lemma == "public" and before in (["to", "the"], ["for", "the"])


def _of_our_team(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """ "Some members of the dev team", "one engineer from the platform team": people named
    by the team that responded (not "members of a team that uses the service")."""
    lemma = tokens[position].lemma
    if lemma != "member" and lemma not in lexicon["staff"]:
        return False  # "users in the finance team" use the service
    after = [t.lemma for t in tokens[position + 1 : position + 1 + _TEAM_REACH]]
    if not after or after[0] not in ("of", "from", "on", "in") or "team" not in after:
        return False
    team = after.index("team")
    following = position + team + 2  # the word after "team"
    if (
        following < len(tokens)
        and tokens[following].kind is Kind.WORD
        and tokens[following].lemma not in lexicon["stopwords"]
    ):
        return False  # "the team plan": a word qualifying another
    between = after[1:team]
    ours = between[:1] == ["the"] or (
        bool(between) and (between[0] in FIRST_PERSON or between[0] in lexicon["first_person"])
    )
    return ours and all(word not in ("who", "that", "which") for word in between)


_TEAM_REACH = 5  # "members of the mobile platform team"


def _responder(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether the person at ``position`` is on the side that responded: "the on-call",
    "our engineers", "the team" (but "our users" are users, and "a team" is one of them)."""
    lemma = tokens[position].lemma
    if lemma in lexicon["responders"] or _of_our_team(tokens, position, lexicon):
        return True
    previous = tokens[position - 1].lemma if position > 0 else ""
    if previous in ("on-call", "oncall"):
        return True  # "an on-call engineer"
    if lemma not in lexicon["staff"]:
        return False
    before = [t.lemma for t in tokens[max(0, position - 3) : position]]
    ours = lexicon["first_person"]  # the language's own "we" and "our" (English's are above)
    if any(word in FIRST_PERSON or word == "the" or word in ours for word in before):
        return True
    # The possessive after its noun, as Norwegian writes it: "utviklerne våre"
    following = tokens[position + 1].lemma if position + 1 < len(tokens) else ""
    return following in ours
