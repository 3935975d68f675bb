"""Whether a sentence of a review answers for someone, or only looks like it does.

An answer is a decision or a check made about this design: what was changed, tested, measured,
or why the design is safe for that person, in words of its own ("the retry is announced to
screen readers; tested with NVDA and VoiceOver", "the page weighs 38 kB and keeps a draft
offline"). These look like answers and are not:

- a question ("How will screen reader users know the upload finished?");
- a promise ("The pages will meet WCAG 2.2 AA"; "we are committed to an inclusive experience");
- a deferral ("to be looked at in phase 2", "after the beta");
- a pointer elsewhere ("see the design doc", "as per the style guide");
- a dismissal ("our leads are power users, so literacy does not apply", "everyone is on fast
  fibre", "users with disabilities are unaffected");
- a bare mark or word ("✅", "Yes", "considered");
- a line that names the perspectives without a word about them ("criteria met: low literacy,
  disability, low bandwidth").
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from enum import Enum

from spec_gate.reading.lexicon import Lexicon, WordClass
from spec_gate.reading.people import FIRST_PERSON, head_before, is_person, mention_at
from spec_gate.reading.text import Kind, Sentence, Token, outside_quotes, shown, substantial


class Said(Enum):
    ANSWER = "an answer"
    QUESTION = "a question"
    PROMISE = "a promise"
    DEFERRAL = "a deferral"
    POINTER = "a pointer elsewhere (a document, a design system, a standard), not an answer"
    DISMISSAL = "a dismissal"
    BARE = "a mark, not an answer"
    NAMING = "a line naming the perspectives without answering them"
    CLAIM = "a claimed quality, with nothing decided, tested or measured to show it"


PERSPECTIVES = ("perspective_literacy", "perspective_disability", "perspective_connection")
_OWN = 2  # words of its own, beyond the perspective's and the review's: what makes an answer
_SAYS_MORE = 4  # words of its own that make "no need to open the app" a decision, not a shrug


def said(sentence: Sentence, lexicon: Lexicon, title: Collection[str] = ()) -> Said:
    """What a review's sentence does; ``title``: the lemmas of the document's title, which
    a line naming the perspectives does not answer them by repeating ("We reviewed low
    literacy, screen readers and slow networks for the saved filters")."""
    lemmas = sentence.lemmas
    if sentence.question:
        return Said.QUESTION
    unquoted = _unquoted(sentence)
    own = own_words(sentence, lexicon)
    if (
        _dismissed(lemmas, lexicon) or _written(sentence, lexicon, "dismissals", negated=False)
    ) and not _reasoned_in_the_design(sentence, lexicon):
        return Said.DISMISSAL
    if lexicon["weak_dismissals"].found_in(lemmas) and len(own) < _SAYS_MORE:
        return Said.DISMISSAL
    if (
        _about_the_audience(sentence, lexicon)
        or _waved_away(sentence, lexicon)
        or _need_denied(sentence, lexicon)
    ):
        return Said.DISMISSAL
    if lexicon["deferrals"].found_in(unquoted) or _written(sentence, lexicon, "deferrals"):
        return Said.DEFERRAL
    if (
        lexicon["pointers"].found_in(unquoted)
        and len(_besides(sentence, own, lexicon, "pointers")) < _SAYS_MORE
    ):
        return Said.POINTER
    if _points_ahead(sentence, lexicon) and not any(
        topic_in(sentence, lexicon, name) for name in PERSPECTIVES
    ):
        return Said.POINTER  # "We reviewed it carefully with the team and found the following"
    checked = lexicon["checks_made"].found_in(lemmas) and not _future(lemmas, lexicon)
    promised = (
        lexicon["promises"].found_in(unquoted)
        or _bracketed_promise(sentence, lexicon)
        # (not beside a check we made: "we will keep testing ...; we tested with VoiceOver")
        or (_review_to_come(sentence, lexicon) and not _decided(sentence, lexicon))
    )
    if (promised or _quality_promised(sentence, lexicon)) and not checked:
        return Said.PROMISE
    if _quality_claimed(sentence, lexicon):
        return Said.CLAIM
    if sum(topic_in(sentence, lexicon, name) for name in PERSPECTIVES) >= 2 and (
        len([w for w in own if w not in title]) < _OWN
    ):
        return Said.NAMING
    # Beyond the document's own title, and the people and the screen every line of it is
    # about: "the rebooking page is intuitive for every patient" says nothing of the design.
    beyond = [
        w
        for w in _after_the_label(sentence, own)
        if w not in title and w not in lexicon["people"] and w not in lexicon["surfaces"]
    ]
    if len(beyond) < _OWN and not (beyond and (checked or _measured(sentence.tokens))):
        # "✅", "Considered.", "Simple UI for the search filters." under "Search filters"
        # (but "announced to screen readers" and "a 12 kB page without JavaScript" answer)
        return Said.BARE
    return Said.ANSWER


def _points_ahead(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence ends pointing at what follows it ("... and found the following",
    "as follows"): what it found is there, not here."""
    ahead = lexicon.classes.get("ahead")
    words = [t.lemma for t in sentence.tokens if t.kind is not Kind.PUNCT]
    return ahead is not None and any(
        ahead.match(words, start) == len(words) - start
        for start in range(max(0, len(words) - _AHEAD_WORDS), len(words))
    )


_AHEAD_WORDS = 4  # words of a pointer at a sentence's end: "the points below"


def _quality_promised(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A quality it will, should or must be, or is going or designed to be, with no figure
    to hold it to: "Performance will be optimized so it works well on all connections",
    "the flow should be simple" (not "pages will be under 200 KB", "will be a single page
    of five fields")."""
    if any(token.kind is Kind.NUMBER for token in sentence.tokens):
        return False
    lemmas = sentence.lemmas
    qualities = lexicon["promised_qualities"]
    for index, lemma in enumerate(lemmas):
        going = lemma in ("go", "going") and tuple(lemmas[index + 1 : index + 2]) == ("to",)
        if lemma not in _BOUND and not going:
            continue
        # "will be", "should stay", "must remain", "is going to be", "is designed to be"
        after = index + 2 if going or lemma in _MEANT else index + 1
        if (
            after < len(lemmas)
            and lemmas[after] in _BEING
            and any(qualities.match(lemmas, at) for at in range(after + 1, after + _QUALITY_REACH))
        ):
            return True
    return False


def _quality_claimed(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A quality said of the design as it stands, with no figure, test or decision of ours to
    show it: "the noticeboard is simple and intuitive", "the export is fully accessible and
    meets WCAG 2.1 AA, like the rest of the product" (not "the page is lightweight: 38 kB",
    "one plain button, tested with five first-time shoppers", "we replaced the picker with
    three plain fields")."""
    lemmas = sentence.lemmas
    tokens = sentence.tokens
    copulas = lexicon["copulas"]
    qualities = [
        index
        for index, token in enumerate(tokens)
        if lexicon["promised_qualities"].match(lemmas, index)
        # "shorter than before", "simpler": compared with what it was, a change made
        and token.lower == token.lemma
        and lemmas[index + 1 : index + 2] != ("than",)
        and not _attributive(tokens, index, lexicon)
        # said of the thing ("the board is simple"), not a part's attribute ("a clear name
        # and photo banner"), nor bound by a modal (a promise, read as one before this)
        and any(
            copulas.match(lemmas, at) and not _BOUND.intersection(lemmas[max(0, at - 2) : at])
            for at in range(max(0, index - _COPULA_REACH), index)
        )
    ]
    if not qualities:
        return False
    if lexicon["tests_run"].found_in(lemmas) or _figured(tokens):
        return False
    return not _decided(sentence, lexicon)


def _attributive(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether the quality at ``index`` qualifies the noun after it and a "the" before it
    ("near the accessible toilet", "the simple form"): a thing's name, no claim made."""
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        before is not None
        and before.lemma in lexicon["articles"]
        and after is not None
        and after.is_word
        and after.lemma not in lexicon["stopwords"]
    )


def _figured(tokens: Sequence[Token]) -> bool:
    """A figure that holds the design to something: "38 kB", "three fields" (not the version
    of a standard: "WCAG 2.1")."""
    return next(_figures(tokens), None) is not None


_COPULA_REACH = 4  # words from "is" to its quality: "is fully keyboard accessible"


def _measured(tokens: Sequence[Token]) -> bool:
    """A figure with what it counts after it: "12 kB", "five users" (not "3G", "WCAG 2.1")."""
    return any(
        index + 1 < len(tokens)
        and tokens[index + 1].is_word
        and len(tokens[index + 1].text) > 1  # "3G" is a network, not three of something
        for index in _figures(tokens)
    )


def _figures(tokens: Sequence[Token]) -> Iterator[int]:
    """Where the figures stand, a standard's version ("WCAG 2.1") left out."""
    for index, token in enumerate(tokens):
        if token.kind is Kind.NUMBER and (index == 0 or tokens[index - 1].lower not in _STANDARDS):
            yield index


_STANDARDS = frozenset({"wcag", "section", "en", "rgaa", "bitv", "iso", "level", "version", "v"})


def _decided(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the team says what it did: "we replaced", "we added" (a past form of a word
    of change, after "we" or "I")."""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    made = lexicon["checks_made"]
    ours = lexicon["responders"]
    return any(
        token.lemma in made
        and token.lower != token.lemma
        and any(ours.match(lemmas, at) for at in range(max(0, index - _WE_REACH), index))
        for index, token in enumerate(tokens)
    )


_WE_REACH = 3  # words from "we" to what we did: "we then replaced"


# words from "be" to the quality, past it: "be fully keyboard and screen reader accessible"
_QUALITY_REACH = 8
_MEANT = ("design", "build", "engineer", "mean", "intend")  # "is designed to be intuitive"
_BOUND = frozenset({"will", "shall", "should", "must", "'ll", *_MEANT})
_BEING = frozenset({"be", "stay", "remain", "feel", "look", "become"})


def _need_denied(sentence: Sentence, lexicon: Lexicon) -> bool:
    """The design's care for the person said not to be needed, with nothing of the design to
    show why: "this is not something we need to design for", "we don't have to worry about
    screen readers here" (not "we do not need to cache it: the page is 12 kB")."""
    lemmas = sentence.lemmas
    if lexicon["tests_run"].found_in(lemmas):
        return False  # "we did not need to design a new flow; the old one was tested with..."
    negations = lexicon["negations"].words or _NEGATIONS
    for start, end in lexicon["obligations"].spans(lemmas):
        before = lemmas[max(0, start - _DENIAL_REACH) : start]
        ours = _WE.intersection(before)  # our care, not theirs: "users do not need to think"
        if ours and negations.intersection(before) and _CARE.intersection(lemmas[end : end + 3]):
            return True
    return False


_WE = frozenset({"we", "i", "us"})
# What a review's care is: designing for someone, thinking of them, handling their case.
_CARE = frozenset(
    {"design", "consider", "worry", "cater", "account", "think", "plan", "care", "bother"}
)


def _besides(sentence: Sentence, own: list[str], lexicon: Lexicon, name: str) -> list[str]:
    """``own`` without the words of the class ``name``'s phrases in the sentence: "our
    component library" is where it points, not what it says."""
    inside = {
        sentence.tokens[i].lemma
        for start, end in lexicon[name].spans(sentence.lemmas)
        for i in range(start, end)
    }
    return [w for w in own if w not in inside]


def label_end(sentence: Sentence) -> int | None:
    """Where the colon stands that ends the label opening a line ("Slow or unreliable
    connection: ..."), if one does."""
    for index, token in enumerate(sentence.tokens[: _LABEL_WORDS + 1]):
        if token.text in (":", "："):
            return index
    return None


_LABEL_WORDS = 8  # "Disability and assistive technology:", not a sentence with a colon


def _after_the_label(sentence: Sentence, own: list[str]) -> list[str]:
    """``own`` without the words of the label that opens the line: whom it answers for, not
    what it says."""
    end = label_end(sentence)
    if end is None:
        return own
    label = {t.lemma for t in sentence.tokens[:end]}
    said_after = {t.lemma for t in sentence.tokens[end + 1 :]}
    return [w for w in own if w not in label or w in said_after]


def _dismissed(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """A dismissal in so many words; "our users are ..." only where it says what they are,
    not what they are not ("Our users are not experts, so every step has one button")."""
    negations = lexicon["negations"].words or _NEGATIONS
    return any(
        not (lemmas[end - 1] in _COPULAS and end < len(lemmas) and lemmas[end] in negations)
        for _, end in lexicon["dismissals"].spans(lemmas)
    )


def _reasoned_in_the_design(sentence: Sentence, lexicon: Lexicon) -> bool:
    """ "Not affected: orders are still fetched 20 at a time, so the first page stays the same
    35 kB request": after the dismissal, why in the design's own terms (a figure, or words of
    its own about the thing): a decision. "Not applicable, our users are all experts" and
    "N/A, as it is internal only" stay dismissals: the users said to be fine as they are."""
    tokens = sentence.tokens
    spans = list(lexicon["dismissals"].spans(sentence.lemmas))
    if not spans:
        return False
    rest = tokens[spans[-1][1] :]
    marker = next(
        (
            i
            for i, t in enumerate(rest[:_MARKER_REACH])
            if t.text in _REASON_MARKS or t.lower in _REASON_WORDS
        ),
        None,
    )
    if marker is None:
        return False
    kept = rest[marker + 1 :]
    reason = replace(sentence, text=" ".join(t.text for t in kept), tokens=kept)
    lemmas = reason.lemmas
    own = own_words(reason, lexicon)
    if (
        _dismissed(lemmas, lexicon)
        or (lexicon["weak_dismissals"].found_in(lemmas) and len(own) < _SAYS_MORE)
        or _about_the_audience(reason, lexicon)
        or _waved_away(reason, lexicon)
        or _written(reason, lexicon, "dismissals", negated=False)
        or _people_as_they_are(reason, lexicon)
        or not lexicon["people"].words.isdisjoint(lemmas)
        or lexicon["generic_people"].found_in(lemmas)  # "el que no se apañe": whoever
    ):
        return False  # the users, said to be fine as they are: the excuse, not the design
    figured = any(t.kind is Kind.NUMBER for t in reason.tokens)
    return figured or len(own) >= _DESIGN_WORDS


def _people_as_they_are(sentence: Sentence, lexicon: Lexicon) -> bool:
    """People as the subject of "are" or "have": "unsere Pflegekräfte sind alle jung", "our
    drivers have new phones" (not "travellers never see a screen from it": what the design
    shows them)."""
    tokens = sentence.tokens
    being = _COPULAS | lexicon["copulas"].words | _HAVING
    for index, token in enumerate(tokens):
        if token.lemma not in being or index == 0:
            continue
        subject = head_before(tokens, index, lexicon)
        if subject is not None and subject.person and not subject.responder:
            return True
    return False


# "has", in each built-in language ("are" is each one's copulas)
_HAVING = frozenset({"have", "haben", "avoir", "tener", "ter", "avere", "hebben", "ha"})


_MARKER_REACH = 6  # tokens from the dismissal to what gives its reason: "by this change:"
_REASON_MARKS = frozenset({":", ",", ";", "—", "–", "(", "-"})
_REASON_WORDS = frozenset(
    {"because", "as", "since", "so", "car", "parce", "porque", "pues", "weil", "da", "denn"}
    | {"perché", "poiché", "omdat", "want", "fordi", "ettersom", "pois"}
)
_DESIGN_WORDS = 3  # words of its own about the thing: "runs on the server, adds no request"


def _about_the_audience(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Who the users are said instead of what the design does for them: "finance admins are
    trained professionals", "our members are comfortable with spreadsheets", "the editors
    are all experienced staff" (not "screen reader users are told the upload finished",
    "users on 3G are shown a 38 kB page": the design, done to them)."""
    competence = lexicon["competence"]
    if not competence.words:
        return False  # a language that does not say it
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    copulas = _COPULAS | lexicon["auxiliaries_passive"].words
    for index, lemma in enumerate(lemmas):
        if lemma not in copulas or index == 0:
            continue
        subject = head_before(tokens, index, lexicon)
        if subject is None or not subject.person or subject.responder:
            continue
        after = range(index + 1, min(len(tokens), index + _CLAIM_REACH))
        stop = lexicon["stopwords"]
        words = [i for i in after if tokens[i].kind is Kind.WORD and tokens[i].lemma not in stop]
        if not words or _done_to_them(tokens, words[0], lexicon):
            continue
        negations = lexicon["negations"].words or _NEGATIONS
        told = range(index + 1, min(len(tokens), index + _CLAIM_REACH + _CANNOT_REACH))
        if any(lemmas[i] in negations or lemmas[i] in _LESS for i in told):
            # "patients who are not comfortable with apps", "residents with a Blue Badge are
            # often the ones who cannot travel": the perspective, named
            continue
        if any(
            competence.match(lemmas, i)
            or (is_person(tokens[i], lexicon) is True and tokens[i].lemma not in _PRONOUNS)
            for i in words
        ):
            return not _so_the_design(lemmas, index, lexicon)
    return False


_LESS = frozenset({"less", "little", "few"})  # "less confident", "little experience"


def _bracketed_promise(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A promise in a language that puts the verb at the clause's end, away from its future
    auxiliary: "Die neue Funktion wird selbstverständlich die WCAG 2.2 ... erfüllen", "De
    app zal volledig aan de WCAG voldoen" (the auxiliary as written: "wurde getestet" is a
    check made)."""
    future = lexicon.entries("future_auxiliaries")  # as written: the lemma is also the past's
    if not future:
        return False
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.lower not in future:
            continue
        for later in tokens[index + 1 :]:
            if later.text in _CLAUSE_END:
                break
            if later.lemma in lexicon["promise_verbs"].words:
                return True
    return False


_CLAUSE_END = frozenset({".", ";", ":", "!", "?", ","})


def _waved_away(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Trouble denied, on the ground that everyone is fine: "Bandwidth isn't a real
    constraint any more — practically every patient joins on 4G/5G or home broadband" (not
    "slow connections are not a problem: the page is 40 kB", a reason in the design)."""
    lemmas = sentence.lemmas
    negations = lexicon["negations"].words or _NEGATIONS  # English has no class of its own
    trouble = lexicon["vague_trouble"].words | lexicon["limits"].words
    denied = any(
        lemma in trouble and negations.intersection(lemmas[max(0, index - _DENIAL_REACH) : index])
        for index, lemma in enumerate(lemmas)
    )
    if not denied:
        return False
    tokens = sentence.tokens
    return any(  # everyone, or every one of some people: not "every step works offline"
        (m := mention_at(tokens, i, lexicon)) is not None and m.person and not m.responder
        for start, end in lexicon["everyone"].spans(lemmas)
        for i in range(start, min(len(tokens), end + _EVERYONE_REACH))
    )


_DENIAL_REACH = 4  # words: "isn't a real constraint", "is no longer an issue"
_EVERYONE_REACH = 2  # words from "every" to whom: "practically every patient"


def _so_the_design(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """ "Bookkeepers are the main users, so the labels use their words": who they are, as
    the reason for a decision that follows it (not "..., so literacy does not apply")."""
    negations = lexicon["negations"].words or _NEGATIONS  # English has no class of its own
    for index in range(start + 1, len(lemmas)):
        found = lexicon["consequences"].match(lemmas, index)
        if found:
            rest = lemmas[index + found :]
            return len(rest) >= _DECISION_WORDS and not any(w in negations for w in rest)
    return False


_COPULAS = frozenset({"be"})
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "n't"})
_DECISION_WORDS = 4


def _done_to_them(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """ "(are) shown a guide", "(are) told", "(are) trained on the new flow before launch": a
    participle that is the design's doing, not a word for what they are ("trained
    professionals": it qualifies a noun; "comfortable with": no participle)."""
    token = tokens[position]
    if token.lower == token.lemma:
        return False
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if lexicon["competence"].match([token.lemma], 0):
        # "trained on the new flow", "formés à l'outil": training given, with what it covers
        return following is not None and (
            following.lemma in lexicon["prepositions"] or following.lemma in _SHORT_PREPOSITIONS
        )
    return following is None or is_person(following, lexicon) is not True


_SHORT_PREPOSITIONS = frozenset({"on", "in", "to", "at", "by", "for", "with"})  # English's
_CLAIM_REACH = 5  # words after "are": "are all highly trained professionals"
_CANNOT_REACH = 3  # words further, to what they cannot do: "the ones who cannot"
_PRONOUNS = frozenset({"we", "us", "they", "them", "you", "i", "he", "she"})


def _unquoted(sentence: Sentence) -> list[str]:
    """The lemmas outside quotation marks: "the text says 'it will be saved'" promises nothing."""
    return [token.lemma for token in outside_quotes(sentence.tokens)]


def _written(sentence: Sentence, lexicon: Lexicon, name: str, negated: bool = True) -> bool:
    """Entries matched as written ("n/a", "phase 2"), where lemmas or tokens would split them
    (``negated=False``: not an entry that ends in "are" or "is" with "not" after it)."""
    text = f" {sentence.text.lower()} "
    return any(
        (f" {entry} " in text and (negated or not _then_not(text, entry))) or f" {entry}." in text
        for entry in lexicon.entries(name)
        if not entry.isalpha()
    )


def _then_not(text: str, entry: str) -> bool:
    """Whether ``entry``, ending in a copula, is followed by a negation in ``text``: "our
    users are not experts" says what they are not."""
    return entry.rsplit(" ", 1)[-1] in _COPULAS_WRITTEN and f" {entry} not " in text


_COPULAS_WRITTEN = frozenset({"are", "is", "were", "was"})


def _review_to_come(sentence: Sentence, lexicon: Lexicon) -> bool:
    """The review, a test or an audit we say is to come, in whatever words it is run: "We'll
    run the accessibility and inclusion review once the beta has been live for a month", "we
    plan to hold a usability test in spring": a check not made. (Not "the next screen shows
    a review of your order", "we propose a review step": a review the design offers.)"""
    tokens, lemmas = sentence.tokens, sentence.lemmas
    stopwords = lexicon["stopwords"]
    for start, end in lexicon["intent"].spans(lemmas):
        ours = bool(FIRST_PERSON.intersection(lemmas[max(0, start - _OURS_REACH) : start]))
        for at in range(end, min(len(lemmas), end + _TO_COME_REACH)):
            if ours and lexicon["bringing_in"].match(lemmas, at):
                return True  # "We'll bring in the accessibility folks once the pilot ends"
            size = 1 if lemmas[at] in _THE_REVIEW else lexicon["tests_run"].match(lemmas, at)
            had = _modal(tokens[start]) and _a_review_had(tokens, at, lexicon)
            if not size or not (ours or had):
                continue
            after = tokens[at + size] if at + size < len(tokens) else None
            # the thing itself, not a noun it names ("a review step", "test data")
            if after is None or after.kind is not Kind.WORD or after.lemma in stopwords:
                return True
    return False


def _modal(token: Token) -> bool:
    """A future said by its verb ("will", "'ll", "shall"), not "next" or "upcoming"."""
    return token.lemma in ("will", "shall") or token.lower in ("'ll", "’ll")


def _a_review_had(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether the review at ``at`` is one something will have, its noun after an article:
    "each group will get a proper look", "the form will have an audit"."""
    return any(t.lemma in lexicon["articles"] for t in tokens[max(0, at - 2) : at])


_THE_REVIEW = frozenset({"review", "audit", "assessment", "evaluation", "look", "walkthrough"})
_OURS_REACH = 2  # words from "we" to its "will": "we still plan to", "we'll"
_TO_COME_REACH = 6  # words from "will" to what is to come: "run the accessibility and inclusion"


def _future(lemmas: Sequence[str], lexicon: Lexicon) -> bool:
    """A check still to be made: "we will test", "testing is planned"."""
    return lexicon["intent"].found_in(lemmas)


def own_words(sentence: Sentence, lexicon: Lexicon) -> list[str]:
    """The words of a sentence beyond the perspectives', the review's and the vocabulary of
    change: what it says about this design."""
    return [sentence.tokens[index].lemma for index in _own_positions(sentence, lexicon)]


def own_phrases(sentence: Sentence, lexicon: Lexicon) -> list[str]:
    """``own_words`` for quoting: a run of them written without spaces (Japanese, Chinese,
    Korean, read a character at a time) is one phrase as written, "請求書", not "請", "求", "書"."""
    tokens = sentence.tokens
    runs: list[list[int]] = []
    for index in _own_positions(sentence, lexicon):
        if runs and runs[-1][-1] == index - 1 and tokens[index].attached:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tokens[r[0]].lemma if len(r) == 1 else shown(tokens, r[0], r[-1] + 1) for r in runs]


def _own_positions(sentence: Sentence, lexicon: Lexicon) -> list[int]:
    skip: list[WordClass] = [
        lexicon["stopwords"],
        lexicon["review_words"],
        lexicon["generic"],
        *(lexicon[name] for name in PERSPECTIVES),
    ]
    covered: set[int] = set()
    lemmas = sentence.lemmas
    tokens = sentence.tokens
    for words in skip:
        for start, end in words.spans(lemmas):
            # a figure in a perspective's phrase is the answer's own: "works offline on 2G"
            # names the network it was made for, as "on slow connections" does not
            covered.update(i for i in range(start, end) if tokens[i].kind is not Kind.NUMBER)
    return [
        index
        for index, token in enumerate(sentence.tokens)
        if index not in covered
        and ((token.kind is Kind.WORD and substantial(token.lemma)) or token.kind is Kind.NUMBER)
    ]


def topic_in(sentence: Sentence, lexicon: Lexicon, name: str) -> bool:
    """Whether ``sentence`` speaks of the perspective ``name`` (``perspective_literacy``...):
    in its words, or, for literacy, told of people in the sentence's own words."""
    return lexicon[name].found_in(sentence.lemmas) or (
        name == "perspective_literacy" and _literacy_told(sentence, lexicon)
    )


def _literacy_told(sentence: Sentence, lexicon: Lexicon) -> bool:
    """People who do not read well, rarely use computers or had little schooling: a reading
    or digital act with a word of difficulty or rarity beside it, said of people."""
    lemmas = sentence.lemmas
    acts, hardship = lexicon["literacy_acts"], lexicon["hardship"]
    if acts.starts.isdisjoint(lemmas) or hardship.starts.isdisjoint(lemmas):
        return False
    people = lexicon["people"].words | lexicon["generic_people"].words
    if people.isdisjoint(lemmas):
        return False
    for start, end in acts.spans(lemmas):
        near = range(max(0, start - _HARDSHIP_REACH), min(len(lemmas), end + _HARDSHIP_AFTER))
        if any(hardship.match(lemmas, i) for i in near if not start <= i < end):
            return True
    return False


_HARDSHIP_REACH = 4  # words before the act: "who do not read", "almost never switch on a computer"
_HARDSHIP_AFTER = 2  # and after it: "read slowly", "lesen schlecht"
