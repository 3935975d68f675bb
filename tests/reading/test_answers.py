"""What a sentence of an accessibility review does: answer for someone, or only look like it."""

from __future__ import annotations

import pytest

from spec_gate.reading import load, sentences
from spec_gate.reading.answers import Said, own_phrases, own_words, said, topic_in
from spec_gate.reading.lexicon import get

LEXICON = load()

CASES = [
    # Decisions and checks about this design, in words of their own.
    (
        "The status change is announced through a polite live region; tested with NVDA.",
        Said.ANSWER,
    ),
    ("Screen reader users are told when the upload has finished.", Said.ANSWER),
    ("Users on 3G are shown a 38 kB page with no images.", Said.ANSWER),
    ("Customers who are blind are offered a phone line with the same hours.", Said.ANSWER),
    # Who the users are, as the reason for a decision that follows.
    (
        "Bookkeepers are the main users of this page, so the labels use their words.",
        Said.ANSWER,
    ),
    # Training given, with what it covers, is something done for them.
    ("Support staff are trained on the new export flow in a one-hour session.", Said.ANSWER),
    # A target and a design intention are promises; a design decision that was checked is not.
    ("The marketplace is targeted to be WCAG 2.1 AA conformant.", Said.PROMISE),
    ("The coupon wallet will be designed to be accessible and inclusive.", Said.PROMISE),
    ("Accessibility will be validated before GA.", Said.PROMISE),
    # the review, a test or an audit said to come, in whatever words it is run
    (
        "We'll run the accessibility and inclusion review once the beta has been live for a month.",
        Said.PROMISE,
    ),
    ("We plan to hold a usability test with older riders in spring.", Said.PROMISE),
    # A review to come in other words: reviewers brought in later, a look the groups "will get".
    ("We'll bring in the accessibility folks once the pilot has wrapped up.", Said.PROMISE),
    (
        "Each of the three groups will get a proper look in the hardening sprint before GA.",
        Said.PROMISE,
    ),
    ("The next screen shows a review of your order.", Said.ANSWER),
    ("Each order will get a review screen before payment.", Said.ANSWER),
    # A quality naming a thing ("the accessible toilet") claims nothing of the design.
    (
        "The pitch map has a list view, so a screen-reader user can see which pitches are near "
        "the accessible toilet; checked with NVDA.",
        Said.ANSWER,
    ),
    # Who they are and what they cannot do is the perspective named, not waved away.
    (
        "Residents with a Blue Badge are often the ones who cannot travel to the civic centre.",
        Said.ANSWER,
    ),
    ("We will show a text status per person, so screen readers announce it.", Said.ANSWER),
    # ...but not beside a check we made
    (
        "We will keep testing with screen readers each release; we tested with VoiceOver in May "
        "and fixed two unlabelled buttons.",
        Said.ANSWER,
    ),
    # ...and a review the design offers is no review to come
    ("The next screen shows a review of your order in large text.", Said.ANSWER),
    ("We propose a review step with one question per screen.", Said.ANSWER),
    # A quality it will have, with nothing of how and no figure to hold it to.
    ("Performance will be optimized so it works well on all connections.", Said.PROMISE),
    ("Every step will be fully keyboard and screen reader accessible.", Said.PROMISE),
    ("The wizard steps will be kept short and clear so anyone can follow them.", Said.PROMISE),
    ("Each wizard page will be under 150 KB and usable with images off.", Said.ANSWER),
    # Our care said not to be needed, with no test to show it: a dismissal in other words.
    (
        "The 4G coverage in our region is excellent, this is not something we need to design for.",
        Said.DISMISSAL,
    ),
    ("We don't have to worry about screen readers here.", Said.DISMISSAL),
    (
        "Screen reader users do not need to think about the order: focus moves to the first error.",
        Said.ANSWER,
    ),
    (
        "We did not need to design a new flow; the existing one was tested with five riders.",
        Said.ANSWER,
    ),
    ("The flow should be simple for everyone.", Said.PROMISE),
    ("The booking pages must be quick for everyone.", Said.PROMISE),
    ("The flow is going to be kept as simple as possible.", Said.PROMISE),
    ("The wizard is designed to be intuitive.", Said.PROMISE),
    ("Errors should be announced to screen readers with aria-live.", Said.ANSWER),
    # What will have to be done, and a mechanism for later: a promise and a deferral.
    (
        "Any output text that is added by this feature will need to be localized.",
        Said.PROMISE,
    ),
    ("This feature allows a mechanism to add accessibility settings in the future.", Said.DEFERRAL),
    # Who the users are, said instead of what the design does for them.
    ("Finance admins are trained professionals who use spreadsheets daily.", Said.DISMISSAL),
    ("Our members are comfortable with downloading files.", Said.DISMISSAL),
    (
        "Patients with disabilities usually phone reception, so the page is not for them.",
        Said.DISMISSAL,
    ),
    # Trouble denied because everyone is fine; denied with a reason in the design, answered.
    (
        "Bandwidth isn't a real constraint any more: practically every patient joins from a "
        "smartphone on 4G or home broadband.",
        Said.DISMISSAL,
    ),
    ("Connection speed is no longer an issue since everyone has fibre at home.", Said.DISMISSAL),
    (
        "Slow connections are not a problem: the page is 40 kB and every step works offline.",
        Said.ANSWER,
    ),
    ("The editors are all experienced staff.", Said.DISMISSAL),
    ("Our leads are power users, so literacy is not a concern.", Said.DISMISSAL),
    ("Users with disabilities are unaffected.", Said.DISMISSAL),
    # Looks like an answer, is not one.
    ("How will screen reader users know the upload finished?", Said.QUESTION),
    ("The pages will meet WCAG 2.2 AA.", Said.PROMISE),
    ("✅", Said.BARE),
    # A pointer elsewhere, or "the same as before", with nothing more said.
    ("Disability: see the design doc.", Said.POINTER),
    ("Low digital literacy: as per the style guide.", Said.POINTER),
    # The network named by its figure is the answer's own ("2G"); "slow" is the perspective's.
    ("Works offline on 2G.", Said.ANSWER),
    ("Works on slow connections.", Said.BARE),
    # A sentence that ends pointing at what follows it answers nothing itself; one that
    # names what was tested before it points does.
    (
        "We reviewed this whole feature very carefully for accessibility and inclusion with "
        "the team last week and found the following.",
        Said.POINTER,
    ),
    (
        "We tested the export with VoiceOver, NVDA and keyboard only, and changed two things, "
        "as follows.",
        Said.ANSWER,
    ),
    ("Disability: same as the existing checkout.", Said.DISMISSAL),
    # With the check or the figures beside it, they answer.
    (
        "Disability: the banner is a live region, as described in the design doc; tested"
        " with NVDA and VoiceOver.",
        Said.ANSWER,
    ),
    (
        "Slow connection: no change; the page weighs 38 kB as before, measured on a"
        " throttled 3G profile.",
        Said.ANSWER,
    ),
    ("Sighted users see a red banner above the button.", Said.ANSWER),
    # "Taken into account" says a review happened, as "considered" does; "our standard
    # patterns" points elsewhere, as "the style guide" does.
    (
        "Users on slow connections, users with disabilities and users with low digital"
        " literacy were all taken into account during design.",
        Said.NAMING,
    ),
    ("The export follows our standard patterns, which are accessible.", Said.POINTER),
    # The pointer's own words are where it points, not words of the answer's.
    (
        "Disability and assistive technology: we follow WCAG 2.1 AA guidelines and our "
        "component library supports screen readers.",
        Said.POINTER,
    ),
    (
        "Disability: the date picker is our component library's, whose focus order we tested "
        "with NVDA and VoiceOver on the import screen.",
        Said.ANSWER,
    ),
    # Who they are not, or what they lack, names the perspective: no claim that all is well.
    ("Older patients who are not comfortable with apps get a plain SMS.", Said.ANSWER),
    ("Our users are not experts, so every step has one plain button.", Said.ANSWER),
    ("Our members are comfortable with spreadsheets.", Said.DISMISSAL),
    ("Our users are all on fibre.", Said.DISMISSAL),
    (
        "The export button uses the design system Button, which VoiceOver announces with"
        " its label.",
        Said.ANSWER,
    ),
    # A quality said of the design as it stands, with nothing to show it: a claim. With a
    # figure, a test, what we changed, a comparison with before or a modal (a requirement,
    # read as one before), it is something else.
    ("The noticeboard is simple and intuitive, with a clean and familiar layout.", Said.CLAIM),
    (
        "The invoice export is fully accessible and meets WCAG 2.1 AA, like the rest of the"
        " product.",
        Said.CLAIM,
    ),
    ("The export is lightweight and performs well on slow connections too.", Said.CLAIM),
    ("The export is lightweight: the file is 38 kB.", Said.ANSWER),
    ("The form is simple: we tested it with five first-time applicants.", Said.ANSWER),
    ("We replaced the picker with three fields, so the form is simple.", Said.ANSWER),
    ("The page is a few bytes shorter than before, with no new script.", Said.ANSWER),
    ("The carer sees a clear name and photo banner when acting for someone.", Said.ANSWER),
    # A short line with a figure and what it counts is measured; a network or a standard's
    # version is no figure.
    ("Slow connection: 12 kB page without JavaScript.", Said.ANSWER),
    ("Slow connection: 3G.", Said.BARE),
    ("Disability: WCAG 2.1 AA.", Said.BARE),
    # "Not affected", then why in the design's own terms in the same sentence: a decision;
    # then the users said to be fine as they are: the excuse.
    (
        "Slow connection: not affected: archived orders are fetched 20 at a time as today, so"
        " the first page stays the same 35 kB request.",
        Said.ANSWER,
    ),
    ("Not affected, because the check runs on the server and adds no request.", Said.ANSWER),
    ("Not applicable, our users are all experts.", Said.DISMISSAL),
    ("N/A — all drivers go through the two-day onboarding course.", Said.DISMISSAL),
    ("Not a concern: forms are submitted by agents from office broadband.", Said.DISMISSAL),
    ("Not relevant, as it is internal only.", Said.DISMISSAL),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_a_review_sentence_does(text: str, expected: Said) -> None:
    [sentence] = sentences([(text, 1)], LEXICON)
    assert said(sentence, LEXICON) is expected


# A promise where the verb stands at the clause's end, away from its future auxiliary; a
# check made ("wurde getestet") and a design said in the present are answers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The spec's own subject and a quality word are no answer: nothing decided or checked.
        ("Simple UI for the search filters.", Said.BARE),
        ("Search filters follow WCAG.", Said.BARE),
        # ...nor are the people and the screen every line is about, nor the line's label.
        ("Low digital literacy: the search filters are intuitive for every shopper.", Said.CLAIM),
        (
            "Slow or unreliable connection: the search filters page works on all connections.",
            Said.BARE,
        ),
        (
            "The search filters are fully accessible and WCAG 2.1 AA compliant for shoppers.",
            Said.CLAIM,
        ),
        # ...a decision about it is.
        ("Each search filter is a native select that VoiceOver reads with its label.", Said.ANSWER),
    ],
)
def test_the_specs_own_subject_is_no_answer(text: str, expected: Said) -> None:
    title = ("search", "filter")  # the lemmas of the document's title, "Search filters"
    [sentence] = sentences([(text, 1)], LEXICON)
    assert said(sentence, LEXICON, title) is expected


BRACKETED = [
    # Put off to the future, in the team's language.
    (
        "fr",
        "Cette fonctionnalité permettra d'ajouter des réglages d'accessibilité à l'avenir.",
        Said.DEFERRAL,
    ),
    (
        "de",
        "Die Funktion erlaubt es, in Zukunft Einstellungen zur Barrierefreiheit hinzuzufügen.",
        Said.DEFERRAL,
    ),
    ("es", "En el futuro queremos dar soporte a lectores de pantalla.", Said.DEFERRAL),
    (
        "de",
        "Die neue Funktion wird selbstverständlich die WCAG 2.2 auf Stufe AA erfüllen.",
        Said.PROMISE,
    ),
    ("de", "Wir werden die Seite vor dem Start mit NVDA testen.", Said.PROMISE),
    (
        "de",
        "Der Dienstleister hat zugesichert, dass alles barrierefrei umgesetzt wird.",
        Said.PROMISE,
    ),
    (
        "de",
        "Die Seite wurde mit NVDA und VoiceOver getestet; der Fortschritt wird angesagt.",
        Said.ANSWER,
    ),
    ("nl", "De app zal volledig aan de WCAG 2.1 voldoen.", Said.PROMISE),
    ("nl", "De app is getest met NVDA en zal de voortgang voorlezen.", Said.ANSWER),
]


@pytest.mark.parametrize(("language", "text", "expected"), BRACKETED)
def test_a_promise_with_its_verb_at_the_end(language: str, text: str, expected: Said) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert said(sentence, lexicon) is expected


# Whom a line of the review is about, in the words a team uses for the person with little
# digital experience: not only the template's "geringe digitale Kompetenz".
LITERACY_IN_LANGUAGES = [
    ("de", "Menschen mit wenig digitaler Erfahrung kaufen weiter am Automaten."),
    ("de", "Wenig Erfahrung mit Smartphones: der Befehl steht auf der Startseite."),
    ("fr", "Les personnes avec peu d'expérience du numérique voient un seul bouton."),
    ("en", "People with little experience of smartphones see one button."),
]


@pytest.mark.parametrize(
    ("lang", "text"), LITERACY_IN_LANGUAGES, ids=[t for _, t in LITERACY_IN_LANGUAGES]
)
def test_little_digital_experience_is_the_literacy_perspective(lang: str, text: str) -> None:
    lexicon = get(lang)
    [sentence] = sentences([(text, 1)], lexicon)
    assert topic_in(sentence, lexicon, "perspective_literacy")


# Told in the sentence's own words: a reading or digital act, hard or rare for the people
# it is said of, in each spaced built-in language; not the act alone, nor one said of no one.
LITERACY_TOLD = [
    ("en", "People who do not read or write well hear the question spoken.", True),
    ("en", "Workers with little schooling send a voice note instead.", True),
    ("en", "Applicants who rarely use computers no longer face a puzzle.", True),
    ("en", "The cancel flow fails people who read slowly.", True),
    ("en", "Tenants who almost never switch on a computer call the number instead.", True),
    ("en", "Patients who do not use apps get a printed letter with the same code.", True),
    ("en", "Riders who rarely use ticket machines can pay the driver instead.", True),
    ("es", "Las personas que casi nunca usan una aplicación reciben un SMS.", True),
    ("en", "Users read the summary before they pay.", False),
    ("en", "The importer does not read the file slowly.", False),
    ("de", "Menschen, die kaum lesen können, hören die Frage vorgelesen.", True),
    ("fr", "Les usagers qui lisent mal entendent la question.", True),
    ("es", "Las personas que casi nunca usan un ordenador ven un solo botón.", True),
    ("pt", "Pessoas com pouca escolaridade enviam um áudio.", True),
    ("it", "Le persone che leggono con fatica sentono la domanda.", True),
    ("nl", "Mensen die moeite hebben met lezen horen de vraag.", True),
    ("nb", "Folk som sjelden bruker datamaskin ser én knapp.", True),
]


@pytest.mark.parametrize(
    ("lang", "text", "named"), LITERACY_TOLD, ids=[t for _, t, _ in LITERACY_TOLD]
)
def test_low_literacy_told_in_the_writers_own_words(lang: str, text: str, named: bool) -> None:
    lexicon = get(lang)
    [sentence] = sentences([(text, 1)], lexicon)
    assert topic_in(sentence, lexicon, "perspective_literacy") is named


# A quality claimed of the design in the team's language is no answer either; a figure or a
# test with people makes it one.
CLAIMS_IN_LANGUAGES = [
    ("de", "Die Übersicht ist intuitiv und selbsterklärend.", Said.CLAIM),
    ("de", "Die Seite ist schlank: 42 kB, mit fünf Pflegekräften getestet.", Said.ANSWER),
    ("fr", "Le formulaire est simple et rapide.", Said.CLAIM),
    ("es", "El portal es muy fácil de usar.", Said.CLAIM),
    ("es", "El portal es ligero: pesa 30 kB.", Said.ANSWER),
    ("pt", "O aplicativo é intuitivo e rápido.", Said.CLAIM),
    ("it", "Il modulo è semplice e chiaro.", Said.CLAIM),
    ("nl", "Het formulier is eenvoudig en duidelijk.", Said.CLAIM),
    ("nb", "Skjemaet er enkelt og tydelig.", Said.CLAIM),
    ("fr", "Connexion lente : page de 12 Ko sans JavaScript.", Said.ANSWER),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS_IN_LANGUAGES)
def test_a_claimed_quality_in_the_teams_language(lang: str, text: str, expected: Said) -> None:
    lexicon = get(lang)
    [sentence] = sentences([(text, 1)], lexicon)
    assert said(sentence, lexicon) is expected


def test_own_phrases_are_quoted_as_written() -> None:
    """What a review speaks of, quoted: a Japanese phrase whole, an English word's lemma."""
    lexicon = get("ja")
    [sentence] = sentences([("請求書のダウンロード画面を使いやすくします。", 1)], lexicon)
    phrases = own_phrases(sentence, lexicon)
    assert "請求書" in phrases and not any(len(p) == 1 for p in phrases), phrases
    [sentence] = sentences([("Riders retry the payment offline.", 1)], get("en"))
    assert own_phrases(sentence, get("en")) == own_words(sentence, get("en"))
