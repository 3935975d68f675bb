"""A reason as a reader weighs it: whose problem, which problem, what shows it.

A Why gives a reason when it names a group and a problem they hit ("riders lose their basket
when the train enters a tunnel"), or cites evidence (a link, an issue, a quote, a figure that
counts something: "1 in 3 callers", "2,900 people without a badge", "takes 31 days"), or, in
the way design documents argue, states a problem in words of its own ("the current syntax is
verbose and error-prone for generic code"). These give no reason, whatever their length:

- restating the title ("We need gift receipts. This adds gift receipts to checkout");
- describing the work ("We will add a column and migrate the table");
- a list of commits, files or identifiers;
- praise that fits any change ("streamlines workflows and reduces friction for all users");
- benefits in words of its own that name no one, no need and no trouble ("dark mode adapts
  the interface to each context and saves energy");
- figures that measure the project, not anyone's problem ("Impact score: 8.7 / 10").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spec_gate.reading.lexicon import Lexicon, WordClass, as_written
from spec_gate.reading.people import Mention, mention_at
from spec_gate.reading.quantities import extent
from spec_gate.reading.text import Kind, Sentence, Token, outside_quotes, substantial

_OWN_WORDS = 4  # words of its own, beyond the title and the vocabulary of change
_SHARED_WORDS = 2  # of its own words, found in the rest of the document too
_PROBLEM_WORDS = 3  # with a problem named, this many words of its own make a reason


@dataclass(frozen=True, slots=True)
class Weighed:
    reason: bool
    why_not: str = ""  # in the document's words, when it gives none
    quoted: str = ""  # the sentence that shows it


def weigh(
    sentences: Iterable[Sentence],
    title: Sequence[str],
    lexicon: Lexicon,
    elsewhere: Callable[[], Iterable[str]] = tuple,
) -> Weighed:
    """Whether ``sentences`` (a Why section) give a reason; ``title`` is the lemmas of the
    document's title, which a reason does not merely repeat; ``elsewhere`` gives the lemmas
    of the rest of the document, asked for only when a reason rests on words of its own and
    read only as far as it takes to tell (a lemma may come more than once)."""
    stop = lexicon["stopwords"]
    title_words = set(title)
    kinds: dict[str, Sentence] = {}
    own: set[str] = set()
    section = _Read(_finished(sentences, kinds))
    rest: _Rest | None = None  # the rest of the document, read when first needed
    troubled: bool | None = None  # asked once, of the whole section, when first needed
    for sentence in section:
        tokens = sentence.tokens
        words = _own_words(_past_the_prompt(tokens, lexicon), lexicon, title_words)
        if set_aside := _no_reason(sentence, lexicon):
            kinds.setdefault(set_aside, sentence)
            continue
        problem = _problem(tokens, lexicon)
        if problem and _only_asked(tokens, lexicon):
            # "has been requested many times", "requested by the customer success team": that
            # someone asked is no problem; what it is for, said in words of its own, may be.
            words -= lexicon["demand"].words
            problem = False
        if (
            words
            and _plan(tokens, lexicon)
            and not (problem and _problem(outside_quotes(tokens), lexicon))
        ):
            # (a word of trouble in a label the plan quotes is the interface's: "add the
            # «Guardar e continuar mais tarde» button")
            kinds.setdefault("plan", sentence)
            continue
        if _ticket_title(sentence, lexicon) and not problem:
            # "NT-1182 Live blog post type in CMS": a ticket's key and title, as a commit's
            # hash opens its subject, is the list of work, not evidence of a need
            kinds.setdefault("listing", sentence)
            continue
        cited = _cited(sentence, lexicon)
        if cited == "evidence":
            return Weighed(True, quoted=sentence.text)
        if set_aside := cited or _listed_or_vague(tokens, words, lexicon):
            kinds.setdefault(set_aside, sentence)
            continue
        if words:
            own |= words
            if len(own) >= _OWN_WORDS and troubled is None:
                troubled = section.any(lambda s: _troubled(s, lexicon))
            if len(own) >= _OWN_WORDS and not troubled and rest is None:
                rest = _Rest(elsewhere())
            if len(own) >= _OWN_WORDS and (
                troubled
                or (
                    rest is not None
                    and rest.about(own)
                    and section.any(lambda s: _grounded(s, lexicon, title_words))
                )
            ):
                # a problem stated in words of its own, or, with no word of trouble, someone
                # or a need named in words about what the document is about (not "improves
                # the overall experience and makes their lives easier")
                return Weighed(True)
        figure = extent(tokens, lexicon)
        generic = lexicon["generic_people"]
        if figure and all(
            lexicon.lemma(w.removesuffix("'s").removesuffix("’s")) in generic
            for w in figure.lower().split()
        ):
            figure = None  # "better for everyone", "for all users": praise, not a count
        elif figure and (
            (counted := lexicon.lemma(figure.lower().split()[-1])) in title_words
            or counted in lexicon["alternatives"]
            or lexicon["code_metrics"].found_in(sentence.lemmas)
            or lexicon["business_value"].found_in(sentence.lemmas)
        ):
            # "a 9-stamp grid" in a digital stamp card: the design, counted; "possible via two
            # ways": what it weighs; "test coverage from 82 to 87 percent": the code's own
            figure = None
        if figure and len(words) >= 2:
            return Weighed(True, quoted=sentence.text)
        if figure:
            kinds.setdefault("figures", sentence)
        if problem and len(words) >= _PROBLEM_WORDS:
            return Weighed(True, quoted=sentence.text)
        if words and (
            (problem and _hit(tokens, words, lexicon)) or _trouble_lived(sentence, lexicon)
        ):
            return Weighed(True, quoted=sentence.text)  # or "new users who copy it get an error"
        if not words:
            content = [t.lemma for t in tokens if t.kind is Kind.WORD and t.lemma not in stop]
            restated = any(w in title_words for w in content)
            kinds.setdefault("title" if restated else "generic", sentence)
    return Weighed(False, *_why_not(kinds))


def _finished(sentences: Iterable[Sentence], kinds: dict[str, Sentence]) -> Iterator[Sentence]:
    """The sentences the author finished: one that still holds a note to do ("TODO: but blah
    blah why there's an issue w the current state of things", "the cost is TBD") says what is
    left to write, not the reason, nor its words of trouble."""
    for sentence in sentences:
        if any(token.text in _LEFT_TO_DO for token in sentence.tokens):
            kinds.setdefault("unfinished", sentence)
        else:
            yield sentence


_LEFT_TO_DO = frozenset({"TODO", "TBD", "FIXME", "XXX"})  # as written: "todo" is Spanish's "all"


def _hit(tokens: Sequence[Token], words: set[str], lexicon: Lexicon) -> bool:
    """Someone, and what they hit: a group in general needs more said of it than the word of
    trouble ("users are frustrated with the current experience" is boilerplate; "users are
    frustrated that the search lists sold-out sizes first" and "blind users" are not)."""
    if not _someone(tokens, lexicon):
        return False
    trouble = {t.lemma for t in tokens if _problem([t], lexicon)}
    return bool(words - trouble) or _someone(tokens, lexicon, specific=True)


class _Read:
    """A section's sentences, read one by one as a reader does, and all of them only when a
    question needs the rest (most Why sections are decided by their first sentences)."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.seen: list[Sentence] = []
        self.pending = iter(sentences)
        self.ahead: deque[Sentence] = deque()

    def __iter__(self) -> Iterator[Sentence]:
        while True:
            following = self.ahead.popleft() if self.ahead else next(self.pending, None)
            if following is None:
                return
            self.seen.append(following)
            yield following

    def any(self, test: Callable[[Sentence], bool]) -> bool:
        """Whether any sentence of the section passes ``test``, read so far or still ahead."""
        if any(test(s) for s in self.seen) or any(test(s) for s in self.ahead):
            return True
        for sentence in self.pending:
            self.ahead.append(sentence)
            if test(sentence):
                return True
        return False


def _grounded(sentence: Sentence, lexicon: Lexicon, title: Collection[str] = ()) -> bool:
    """Someone a reader can picture ("people with disabilities", "library authors") or a need
    ("we must offer it in Welsh"): what a Why's words of its own need, with no word of
    trouble, to give a reason rather than praise of the change ("dark mode adapts the
    interface to each context"). Our need of the very thing the title names is no reason:
    "We need a dark theme in the app" under "Dark mode"."""
    if _plan(sentence.tokens, lexicon):
        return False  # "Create the table with the citizen's identifier": the design's data
    if _someone(sentence.tokens, lexicon, specific=True):
        return True
    lemmas = sentence.lemmas
    return any(
        not (
            lemmas[start] == "need"
            and any(w in _WE for w in lemmas[max(0, start - 3) : start])
            and any(w in title for w in lemmas[end : end + _NEED_REACH])
        )
        for start, end in lexicon["obligations"].spans(lemmas)
    )


_WE = frozenset({"we", "i", "us", "team"})
_NEED_REACH = 4  # words from "need" to what it names: "need a dark theme"


def _troubled(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A word of trouble: a problem named, something said not to be or work, or too much of
    something ("too general for its purpose"); in a step of the plan, said outside the labels
    it quotes ("add the «Guardar e continuar mais tarde» button" names no trouble)."""
    tokens = sentence.tokens
    if _plan(tokens, lexicon):
        tokens = tuple(outside_quotes(tokens))
    return (
        (_problem(tokens, lexicon) and not _only_asked(tokens, lexicon))
        or _negated(tokens, lexicon)
        or _excess(tokens, lexicon)
    )


def _excess(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    excess = lexicon["excess"].words
    return not excess.isdisjoint([t.lemma for t in tokens]) and any(
        t.lemma in excess and following.kind is Kind.WORD for t, following in pairwise(tokens)
    )


class _Rest:
    """The lemmas of the rest of the document, read as far as a question needs: two of a
    Why's own words found there settle it, and only a rest read to its end with fewer can
    tell they are not there."""

    def __init__(self, lemmas: Iterable[str]) -> None:
        self.pending = iter(lemmas)
        self.seen: set[str] = set()

    def about(self, own: set[str]) -> bool:
        """Whether a Why's own words are about what the rest of the document is about (both
        as lemmas); a rest too short to tell (a PR body of two lines) cannot say they are not."""
        shared = len(own & self.seen)
        if shared >= _SHARED_WORDS:
            return True
        seen = self.seen
        for lemma in self.pending:
            if lemma in seen:
                continue
            seen.add(lemma)
            if lemma in own:
                shared += 1
                if shared >= _SHARED_WORDS:
                    return True
        return len(seen) < _REST_TO_TELL


_REST_TO_TELL = 80  # distinct words in the rest of the document


def _someone(tokens: Sequence[Token], lexicon: Lexicon, specific: bool = False) -> bool:
    """Whether the sentence names people who are not us (``specific``: a group a reader can
    picture, not "users" or "everyone")."""
    generic = lexicon["generic_people"] if specific else None
    return any(
        (m := mention_at(tokens, i, lexicon)) is not None
        and m.person
        and not m.responder
        and (
            generic is None
            or (
                tokens[m.index].lemma not in generic
                and tokens[m.index].lemma not in _STAND_INS
                and not _generic_unspaced(tokens, m, generic)
            )
        )
        for i in range(len(tokens))
    )


def _generic_unspaced(tokens: Sequence[Token], mention: Mention, generic: WordClass) -> bool:
    """Whether a person's word written without spaces, one token a character ("ユーザー"), is
    one of the generic ones."""
    lemmas = [t.lemma for t in tokens]
    end = mention.index + 1
    start = end - len(mention.text)
    return (
        start >= 0
        and "".join(t.text for t in tokens[start:end]) == mention.text
        and generic.match(lemmas, start) >= end - start
    )


# Words that stand in for people named elsewhere, or for no one in particular: "they", "one".
_STAND_INS = frozenset(
    {"he", "she", "him", "his", "her", "they", "them", "their", "you", "your", "one"}
)


def _only_asked(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the only problem the sentence names is that someone asked for the change."""
    lemmas = [t.lemma for t in tokens]
    demand = lexicon["demand"]
    if not demand.found_in(lemmas):
        return False
    rest = ["" if lemma in demand else lemma for lemma in lemmas]
    harmed = as_written(lexicon, "harm_words")
    return not (
        lexicon["problems"].found_in(rest)
        or lexicon["inability"].found_in(rest)
        or any(t.lower in harmed for t in tokens)
    )


def _own_words(tokens: Sequence[Token], lexicon: Lexicon, title: set[str]) -> set[str]:
    """The meaningful words of a sentence that are neither the title's nor any change's."""
    stop, generic, plan, decided = (
        lexicon[name].words for name in ("stopwords", "generic", "plan", "decided")
    )
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    # (the business's own aims, "revenue", "average order value": no one's problem)
    aims = lexicon["business_value"]
    business = (
        {i for start, end in aims.spans(lemmas) for i in range(start, end)}
        if not aims.starts.isdisjoint(lemmas)
        else set()
    )
    return {
        lemma
        for index, lemma in enumerate(lemmas)
        if lemma not in stop
        and lemma not in title
        and lemma not in generic
        and lemma not in plan
        and lemma not in decided
        and index not in business
        and substantial(lemma)
    }


def _ticket_title(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A list line that is a ticket's key and its title ("NT-1182 Live blog post type in
    CMS"): not a bare "#1234" (a citation), nor one that counts anything ("#88: 40 users")."""
    tokens = sentence.tokens
    return (
        sentence.opens_block
        and tokens[0].kind is Kind.REF
        and sum(t.kind is Kind.WORD for t in tokens) >= _TITLE_WORDS
        and extent(tokens, lexicon) is None
    )


_TITLE_WORDS = 2


def _listing(tokens: Sequence[Token]) -> bool:
    """A commit, a file or an identifier, not a sentence: mostly code, hashes and paths."""
    if tokens and tokens[0].kind is Kind.CODE:
        return True  # "3e4f5a6 Bump pdfkit to 0.14": a commit, opened by its hash
    things = sum(t.kind in _THINGS or (t.kind is Kind.WORD and _identifier(t.text)) for t in tokens)
    words = sum(t.kind is Kind.WORD for t in tokens)
    return things >= 1 and things * 2 >= words


_THINGS = (Kind.CODE, Kind.URL)


@lru_cache(maxsize=16384)
def _identifier(text: str) -> bool:
    """Whether a word is a hash, a path or a name in code ("snake_case", "camelCase");
    asked once per word written, since words repeat."""
    hexish = len(text) >= 7 and not text.lower().strip("0123456789abcdef")
    return (
        hexish or "/" in text or "_" in text or (text[:1].islower() and any(map(str.isupper, text)))
    )


def _trouble_lived(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Someone meeting trouble, told as the impact of an outage is: "new users who copy the
    first example get an error" (not "empowers users to achieve more with a modern, intuitive
    experience": no trouble in it)."""
    lemmas = sentence.lemmas
    # a symptom, or an exception raised: "gets an AttributeError"
    symptom = lexicon["symptoms"].found_in(lemmas) or any(
        _RAISED.fullmatch(t.text) for t in sentence.tokens
    )
    if not symptom and not lexicon["inability"].found_in(lemmas):
        return False  # read as a story only where trouble may be told: most sentences not
    from spec_gate.reading.story import story  # most Why sections never need it read

    told = story(sentence, lexicon)
    return told is not None and (told.severe or symptom)


_RAISED = re.compile(r"[A-Z]\w*(?:Error|Exception|Fault)")


def _listed_or_vague(tokens: Sequence[Token], words: set[str], lexicon: Lexicon) -> str:
    """ "listing" for commits, files or identifiers listed; "generic" for only words that fit
    any bug ("it gives the wrong result sometimes", "a bug some users were hitting in certain
    situations"); else ""."""
    if _listing(tokens):
        return "listing"
    return "generic" if words and words <= lexicon["vague_words"].words else ""


def _no_reason(sentence: Sentence, lexicon: Lexicon) -> str:
    """ "prompt" for an instruction left in place, "question" for the template's question to
    its author ("Is your feature request related to a problem?", not the author's own:
    "would we be better off with...?"), "figures" for the code's own figures said of no one
    ("SonarQube flags it as a code smell and its maintainability rating dropped to C");
    else ""."""
    if _prompt(sentence.tokens, lexicon):
        return "prompt"
    if sentence.question and any(t.lower in _ADDRESSED for t in sentence.tokens):
        return "question"
    lemmas = sentence.lemmas
    if lexicon["code_metrics"].found_in(lemmas) and lexicon["people"].words.isdisjoint(lemmas):
        return "figures"
    if _a_deadline(sentence, lexicon):
        return "deadline"
    if _business_only(sentence, lexicon):
        return "business"
    return ""


def _a_deadline(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A date the work must meet, said of no one's trouble: "It has to ship before the trade
    show on 20 January", "Needed for the Q1 release train" (not "riders cannot book before
    the sale on 1 March")."""
    tokens = sentence.tokens
    lemmas = sentence.lemmas
    timed = (
        lexicon["hurry"].found_in(lemmas)
        or lexicon["before"].found_in(lemmas)
        or any(t.kind is Kind.DATE for t in tokens)
    )
    return (
        bool(timed)
        and _problem(tokens, lexicon)
        and not any(_problem([t], lexicon) for t in tokens)  # only "has to", "needed"
        and not _someone(tokens, lexicon)
    )


def _business_only(sentence: Sentence, lexicon: Lexicon) -> bool:
    """What the business gains, said of no one in particular: "will boost engagement, reduce
    churn and improve our app store rating", "the board wants us at feature parity" (not
    "night-shift drivers churn because the map is unreadable")."""
    tokens = sentence.tokens
    business = lexicon["business_value"]
    if not business.found_in(sentence.lemmas) or _someone(tokens, lexicon, specific=True):
        return False
    covered = {i for start, end in business.spans(sentence.lemmas) for i in range(start, end)}
    return not any(_problem([t], lexicon) for i, t in enumerate(tokens) if i not in covered)


def _answered_label(tokens: Sequence[Token]) -> int | None:
    """Where the answer after a label begins ("Describe the bug: since 4.3, ..."), if the
    sentence opens with a label and says something after it."""
    colon = next((i for i, t in enumerate(tokens[:_LABEL_REACH]) if t.text == ":"), None)
    if colon is None or not any(t.kind is Kind.WORD for t in tokens[colon + 1 :]):
        return None
    return colon + 1


def _past_the_prompt(tokens: Sequence[Token], lexicon: Lexicon) -> Sequence[Token]:
    """A sentence less the template's prompt it answers, as a label: "Describe the bug: it
    is broken" says only "it is broken"."""
    answer = _answered_label(tokens)
    label = [t for t in tokens[:answer] if t.kind is Kind.WORD] if answer is not None else []
    if label and label[0].lower == label[0].lemma and label[0].lemma in lexicon["prompt_verbs"]:
        return tokens[answer:]
    return tokens


def _prompt(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """An instruction to the author left in place: "Describe the problem this solves" (not
    a label that gives one, answered after it: "Describe the bug: since 4.3, ...")."""
    answer = _answered_label(tokens)
    if answer is not None:
        tokens = tokens[answer:]
    words = [t for t in tokens if t.kind is Kind.WORD]
    if not words:
        return False
    if words[0].lower == words[0].lemma and words[0].lemma in lexicon["prompt_verbs"]:
        return True
    # What to write, named as a thing: "A clear and concise description of what the bug is.",
    # "Brief summary of the problem." (not "A list of 40 shops could not...": something told)
    nouns = lexicon["prompt_nouns"]
    return any(
        words[i].lemma in nouns and words[i + 1].lower == "of"
        for i in range(min(len(words) - 1, _PROMPT_NOUN_REACH))
    ) and not any(t.kind is Kind.NUMBER for t in tokens)


_ADDRESSED = frozenset({"you", "your", "yours"})
_PROMPT_NOUN_REACH = 5  # words before it: "a clear and concise description of"
_LABEL_REACH = 12  # tokens: "Is your feature request related to a problem? Please describe:"


def _referenced(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """An issue or ticket referenced: "#123", "PAY-431" (but "ranked #3" is a rank)."""
    return any(
        t.kind is Kind.REF and not (i > 0 and tokens[i - 1].lemma in lexicon["rank_words"])
        for i, t in enumerate(tokens)
    )


def _cited(sentence: Sentence, lexicon: Lexicon) -> str:
    """ "evidence" when the sentence cites some (a link, an issue, a quote); "pointer" when it
    only sends the reader elsewhere ("Please see the linked ticket for the full context:
    ENG-4412": the reason is somewhere else, and this says nothing of it); else ""."""
    tokens = sentence.tokens
    linked = sentence.linked or _referenced(tokens, lexicon)
    if linked and _only_points(tokens, lexicon):
        return "pointer"
    quoted = _quoted(sentence) and not lexicon["business_value"].found_in(sentence.lemmas)
    # (a quoted OKR, "Grow marketplace GMV 15%", is the business's aim, not anyone's words)
    return "evidence" if linked or quoted else ""


def _only_points(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the sentence only sends the reader elsewhere: what it points at ("see", "the
    full context", "details", "the Jira epic") and no word of its own beyond that ("Context is
    in the Jira epic JIRA-12"; a bare "#1234" cites, and says nothing either way)."""
    pointed, stop = lexicon["pointed_at"].words, lexicon["stopwords"].words
    # ...padded with words any change is said with ("for the background of this change")
    pointed = pointed | lexicon["generic"].words
    words = [
        t.lemma
        for t in tokens
        if t.kind is Kind.WORD and t.lemma not in stop and substantial(t.lemma)
    ]
    return bool(words) and all(lemma in pointed for lemma in words)


def _quoted(sentence: Sentence) -> bool:
    """A quote of someone's words: at least three words between quotation marks."""
    text = sentence.text
    for open_, close in (("“", "”"), ('"', '"'), ("«", "»")):
        start = text.find(open_)
        end = text.find(close, start + 1)
        if start >= 0 and end > start and len(text[start + 1 : end].split()) >= 3:
            return True
    return False


def _problem(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    lemmas = [t.lemma for t in tokens]
    metrics = lexicon["code_metrics"]
    if not metrics.starts.isdisjoint(lemmas):
        for start, end in metrics.spans(lemmas):
            lemmas[start:end] = [""] * (end - start)  # "cyclomatic complexity": the code's figure
    # Harm as written ("exposed", "locked"): "expose GET /filters" in a plan is an endpoint.
    harmed = as_written(lexicon, "harm_words")
    return (
        lexicon["problems"].found_in(lemmas)
        or lexicon["inability"].found_in(lemmas)
        or not harmed.isdisjoint([t.lower for t in tokens])
    )


def _negated(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "There is no way to...", "X does not...": something missing or not working."""
    negations = lexicon["negations"].words or _NEGATIONS  # English has no class of its own
    minimisers = lexicon["minimisers"]
    return any(
        (t.lemma in negations or t.lower in negations)
        and not (i + 1 < len(tokens) and tokens[i + 1].lemma in minimisers)  # "not only"
        for i, t in enumerate(tokens)
    )


_NEGATIONS = frozenset({"not", "no", "never", "without", "cannot", "n't", "nor", "neither"})
_OPENERS = frozenset({"the", "our", "many", "some", "most", "all", "every", "each", "a", "an"})


def _plan(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A sentence that describes the work: "We will add...", "This PR adds...", "Add X"."""
    lemmas = [t.lemma for t in tokens if t.kind is Kind.WORD]
    if not lemmas:
        return False
    people = lexicon["people"].words
    if lemmas[0] in people or (len(lemmas) > 1 and lemmas[0] in _OPENERS and lemmas[1] in people):
        return False  # "Sellers with large catalogues change prices one at a time": their day
    opening = lemmas[:5]
    plan = lexicon["plan"].words
    if not plan.isdisjoint(opening) and (
        lemmas[0] in plan or not lexicon["plan_openers"].words.isdisjoint(opening)
    ):
        return True
    # Whatever its verb, what "we" or "this change" will do: "We will store the basket on the
    # device and retry the payment", "This proposal will let admins..."
    subject = next((i for i, w in enumerate(opening[:3]) if w in lexicon["plan_openers"]), None)
    if subject is not None and lexicon["intent"].match(lemmas, subject + 1) > 0:
        return True
    return _an_order(tokens, lexicon)


def _an_order(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A step told as an order, whatever its verb: "Clone the template into a draft invoice",
    "Expose `POST /api/v2/recurrences`": a bare verb opening the sentence, then what it acts
    on (an article, a determiner or code). Not "Sometimes the export fails", "Today the
    form...": a word of time or manner opens those."""
    if len(tokens) < _ORDER_WORDS or lexicon.language != "en":
        return False
    first, then = tokens[0], tokens[1]
    if (
        first.kind is not Kind.WORD
        or first.lower != first.lemma
        or first.lemma in lexicon["stopwords"]
        or first.lemma in lexicon["people"].words
        or first.lower.endswith(("ly", "s", "ing", "ed"))
        or first.lemma in lexicon["weekdays"]
        or first.lemma in _SENTENCE_ADVERBS
    ):
        return False
    return then.kind is Kind.CODE or then.lower in _ACTED_ON


_ORDER_WORDS = 3
# Adverbs that open a sentence about how things are ("Often the users give up"), the ones
# not ending in -ly or -s: a closed class of English, not a list of verbs.
_SENTENCE_ADVERBS = frozenset(
    {
        "often",
        "now",
        "still",
        "soon",
        "always",
        "never",
        "already",
        "even",
        "later",
        "yet",
        "maybe",
        "perhaps",
        "almost",
        "sometime",
        "somehow",
        "ever",
        "instead",
        "else",
    }
)
_ACTED_ON = frozenset({"the", "a", "an", "our", "its", "each", "every", "all", "this", "these"})


def _why_not(kinds: dict[str, Sentence]) -> tuple[str, str]:
    for kind, said in (
        ("unfinished", "leaves the reason to write later"),
        ("prompt", "is the template's prompt, not an answer to it"),
        ("listing", "lists commits, files or identifiers, not the reason for them"),
        ("pointer", "only points elsewhere: say the reason here, and link what shows it"),
        ("question", "asks its author a question, and the answer is the reason"),
        ("title", "restates the title"),
        ("plan", "describes the work, not the problem it solves"),
        ("figures", "gives figures that count no one's problem"),
        ("deadline", "gives a date the work must meet, not a problem anyone hits"),
        ("business", "says what the business gains, not what anyone runs into"),
        ("generic", "says it only in general words, words that fit any change"),
    ):
        if kind in kinds:
            return said, kinds[kind].text
    return "names no one and no problem they hit", ""
