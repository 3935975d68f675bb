"""Who a word is: people, a thing, or us (the ones who responded)."""

from __future__ import annotations

import pytest

from spec_gate.reading import load, sentences
from spec_gate.reading.people import mention_at

LEXICON = load()

# (sentence, the word to ask about, person?, responder?)
MENTIONS = [
    ("Borrowers saw the old rate.", "Borrowers", True, False),
    ("Subscribers were billed twice.", "Subscribers", True, False),
    ("Applicants lost their answers.", "Applicants", True, False),
    # ...also one the lemmatizer does not know, and leaves as written
    ("Podcasters saw their episodes arrive late.", "Podcasters", True, False),
    ("Our engineers rolled back.", "engineers", True, True),
    ("The on-call engineer paged the team.", "engineer", True, True),
    ("Then the team rolled back.", "team", True, True),
    # A person's ending is not a person: things, and verbs in -ing.
    ("The other variants of the chain.", "variants", None, None),
    ("Wondering whether the page was stale.", "Wondering", None, None),
    ("The load balancers failed.", "balancers", False, False),
    ("One wonders why they waited.", "wonders", None, None),
    ("The user account was leaked.", "user", False, False),
    ("Customer impact: 504 errors.", "Customer", True, False),
    ("All user workloads stayed Pending.", "user", False, False),
    ("A user reports the error.", "user", True, False),
    # A person's word in a compound that names a thing.
    ("Traffic to other federation members dropped.", "members", False, False),
    ("Team members were paged.", "members", True, False),  # whose team: not said
    # Staff named by the team that responded; people who use the service named by theirs.
    ("Some members of the dev team had to be whitelisted.", "members", True, True),
    ("Two engineers from the platform team could not reach it.", "engineers", True, True),
    ("Users in the finance team could not log in.", "Users", True, False),
    ("Customers of the team plan could not log in.", "Customers", True, False),
    # "To the public": how far something was open, not anyone in it.
    ("The endpoint was exposed to the public.", "public", False, False),
    # A person's word with a prefix is another person.
    ("Outpatients were told the wrong day.", "Outpatients", True, False),
    ("Co-workers could not log in.", "Co-workers", True, False),
    ("Non-members saw the member price.", "Non-members", True, False),
    # A word that merely ends like one is not.
    ("The installer could not start.", "installer", False, False),
    # ...nor a verb whose -s looks like a person's plural: "consists", "persists"...
    ("A breadcrumb trail consists of links to parent pages.", "consists", False, False),
    ("Pharmacists could not print labels.", "Pharmacists", True, False),
    ("The input was rejected.", "input", None, None),
    # A verb made of a person's word is no one: "hosted", "staffed".
    ("Interruption to BunnyCDN hosted assets.", "hosted", None, None),
    ("The desks were staffed until noon.", "staffed", None, None),
]


@pytest.mark.parametrize(("text", "word", "person", "responder"), MENTIONS)
def test_who_a_word_is(text: str, word: str, person: bool | None, responder: bool | None) -> None:
    [sentence] = sentences([(text, 1)], LEXICON)
    [position] = [i for i, t in enumerate(sentence.tokens) if t.text == word]
    mention = mention_at(sentence.tokens, position, LEXICON)
    if person is None:
        assert mention is None
        return
    assert mention is not None
    assert (mention.person, mention.responder) == (person, responder)


# People in the words a team writes: a compound ending in a person's word (German, Dutch,
# Norwegian), a noun the lemmatizer takes for a verb, the usual word for a service's users.
PEOPLE_WORDS = [
    ("de", "Etwa 800 Beschäftigte bekamen eine Fehlermeldung.", "Beschäftigte", True),
    ("de", "Die Lagerarbeiter konnten nicht einstempeln.", "Lagerarbeiter", True),
    ("de", "Die Endnutzer sahen eine leere Seite.", "Endnutzer", True),
    ("de", "Das Benutzerkonto war gesperrt.", "Benutzerkonto", None),
    ("pt", "Cerca de 1.800 utentes não conseguiram marcar a vacina.", "utentes", True),
    ("pt", "Os doentes não conseguiram marcar.", "doentes", True),
]


@pytest.mark.parametrize(("language", "text", "word", "person"), PEOPLE_WORDS)
def test_people_in_the_words_a_team_writes(
    language: str, text: str, word: str, person: bool | None
) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    position = next(i for i, t in enumerate(sentence.tokens) if t.text == word)
    mention = mention_at(sentence.tokens, position, lexicon)
    assert (mention.person if mention else None) is person
