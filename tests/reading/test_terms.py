"""``{{class}}`` in a rule set's pattern: every language's entries of that class."""

from __future__ import annotations

import pytest

from spec_gate import patterns
from spec_gate.errors import SpecGateError
from spec_gate.reading import terms


def test_a_class_the_languages_read_do_not_fill_matches_nothing_and_is_shown_as_written() -> None:
    expanded = terms.expand(r"^why\b|{{heading_review}}", ("en",))  # English keeps its own
    assert expanded == r"^why\b|(?:[^\s\S]heading_review)"
    compiled = patterns.compile(expanded)
    assert compiled.search("Why") is not None
    assert compiled.search("heading_review") is None
    assert terms.shown(f"matching /{expanded}/") == r"matching /^why\b|{{heading_review}}/"


def test_a_class_no_vocabulary_defines_is_a_misspelling() -> None:
    """A misspelt class would match nothing, and every document would fail without a hint."""
    with pytest.raises(SpecGateError, match=r"did you mean \{\{heading_review\}\}\?"):
        terms.expand(r"^why\b|{{heading_reviw}}")


def test_other_double_braces_are_left_alone() -> None:
    """A rule's message may hold "{{ owner }}" for its own reasons."""
    assert terms.expand("Ask {{ owner }} and {{x}}") == "Ask {{ owner }} and {{x}}"


def test_two_classes_side_by_side_both_match() -> None:
    """A word of one class right after a word of another: "accesibilidad aprobada" holds
    both, though the first class has taken the space between them."""
    both = patterns.compile(terms.expand("({{signoff_subject}}).*({{signoff_approve}})"))
    assert both.search("Revisión de accesibilidad aprobada por @pablo-garcia") is not None
    assert both.search("Revue d'accessibilité validée par @pablo") is not None
    assert both.search("Barrierefreiheit geprüft und freigegeben") is not None
    # ...and a class's word is still a whole word, not the start of a longer one.
    approve = patterns.compile(terms.expand("{{signoff_approve}}"))
    assert approve.search("invalidated") is None


HEADINGS = patterns.compile(terms.expand("{{heading_impact}}"))


def test_a_heading_of_several_words_is_named_by_how_it_begins() -> None:
    """ "Wer war betroffen und wie?" is a German impact heading as "Wer war betroffen?" is."""
    assert HEADINGS.search("Wer war betroffen und wie?") is not None
    assert HEADINGS.search("Qui a été touché, et comment") is not None
    # ...but not a longer word that begins as one does.
    assert HEADINGS.search("Wer war betroffenheit") is None


def test_a_heading_of_one_word_is_the_whole_heading() -> None:
    """ "Impacto" is a Spanish impact heading; "Impacto del cambio de API" starts with it but
    one word is too little to tell a heading by."""
    assert HEADINGS.search("Impacto") is not None
    assert HEADINGS.search("Impacto del cambio de API") is None


WHY_HEADINGS = patterns.compile(terms.expand("{{heading_why}}"))


def test_a_heading_of_one_word_joined_to_more_is_named_by_it() -> None:
    """ "Contexte et définition du problème" is a French Why heading as "Contexte" is."""
    assert WHY_HEADINGS.search("Contexte et définition du problème") is not None
    assert WHY_HEADINGS.search("Motivation und Ziele") is not None
    assert WHY_HEADINGS.search("Contexte du projet") is None
    # ...or by "on" or "for": "Auswirkungen auf Patientinnen und Patienten"
    assert HEADINGS.search("Auswirkungen auf Patientinnen und Patienten") is not None
    assert HEADINGS.search("Impacto para los socios") is not None
    assert WHY_HEADINGS.search("Contextes et définitions") is None


@pytest.mark.parametrize(
    ("heading", "is_why"),
    [
        # each language's "why" opens a heading whatever follows, as "Why" does in English
        ("Pourquoi ce chantier", True),
        ("Warum wir das brauchen", True),
        ("¿Por qué lo hacemos así?", True),
        ("Perché questo progetto", True),
        ("Hvorfor vi gjør dette", True),
        ("Waarom deze wijziging", True),
        ("Por que este projeto", True),
        ("Pourquoirien", False),  # a whole word, not the start of a longer one
        # one word set apart from the rest by a slash, a colon, a comma, a dash or a bracket
        ("Contexte / pourquoi", True),
        ("Motivation : le constat", True),
        ("Hintergrund (kurz)", True),
        ("Kontekst – dagens løsning", True),
        ("Contexte du projet", False),  # one word, then more: too little to tell by
        ("Problem-solving", False),  # a hyphen inside a word sets nothing apart
    ],
)
def test_a_heading_opened_by_why_or_set_apart(heading: str, is_why: bool) -> None:
    assert (WHY_HEADINGS.search(heading.lower()) is not None) is is_why


def test_a_heading_without_spaces_is_named_by_how_it_begins_or_ends() -> None:
    """Japanese and Chinese say what the impact is on before the word: "プレイヤーの皆さまへの
    影響" (the impact on our players) is an impact heading as "影響範囲" is."""
    assert HEADINGS.search("影響範囲") is not None
    assert HEADINGS.search("プレイヤーの皆さまへの影響") is not None
    assert HEADINGS.search("原因") is None
    shown = terms.shown(terms.expand("^impact$|{{heading_impact}}"))
    assert shown == "^impact$|{{heading_impact}}"


@pytest.mark.parametrize(
    "heading",
    [
        "¿A quién afectó y cómo lo vivieron?",
        "A quiénes afectó",
        "¿Quiénes se vieron afectados?",
        "Quem foi afetado e por quanto tempo?",
        "Chi è stato colpito",
    ],
)
def test_a_heading_that_asks_whom_it_hit(heading: str) -> None:
    """A question-and-answer postmortem asks who was affected in its own words."""
    assert HEADINGS.search(heading) is not None
