"""Telling the language of a document and of each of its sections."""

from __future__ import annotations

import pytest

from spec_gate.document import parse
from spec_gate.reading import language

ENGLISH = (
    "Riders who pay by card at the kiosk wait for a receipt that never prints, and most of "
    "them queue again at the counter to ask for one, which takes about four minutes each."
)
FRENCH = (
    "Les familles qui réservent par SMS reçoivent chaque mercredi un message avec les jours "
    "de la semaine suivante, et elles peuvent répondre OUI ou changer les jours de cantine."
)
JAPANESE = (
    "予約の変更は電話でしかできず、窓口が閉まっている夜には誰も変更できませんでした。"
    "高齢の利用者の多くは、家族に頼んで翌朝まで待つしかありませんでした。"
)


def sections_of(text: str) -> dict[str, str]:
    doc = language.read_in(parse(text, "doc.md"))
    return {s.title: code for s, code in zip(doc.sections, doc.section_languages, strict=True)}


def test_a_section_written_in_another_language_is_read_in_it() -> None:
    text = f"# Title\n\n## Why\n\n{ENGLISH}\n\n## Revue\n\n{FRENCH}\n\n## 影響\n\n{JAPANESE}\n"
    doc = language.read_in(parse(text, "doc.md"))
    assert doc.language == "en"
    assert sections_of(text) == {"Title": "en", "Why": "en", "Revue": "fr", "影響": "ja"}
    assert language.languages(doc) == ("en", "fr", "ja")


def test_a_short_section_is_read_in_its_parents_language() -> None:
    text = f"# Titre\n\n{FRENCH}\n\n## Revue\n\n{FRENCH}\n\n### Notes\n\nOK, see the PR.\n"
    assert sections_of(text) == {"Titre": "fr", "Revue": "fr", "Notes": "fr"}


@pytest.mark.parametrize(
    "aside",
    [
        # A commit hash is not the words "c", "ba", "e" (Italian "and").
        "Regression report c85ba3e9cb4620c6ec82 vs. 7a265c6d1280932ba1b881f31f04b03b20c258e5 "
        "e9c8b1 a3e9cb 4e6a1f c3d2e1 " * 3,
        # Terse notes hit another language's everyday words ("on", "c") but few of them.
        "3 containers - increase cpu & mem on c1, c2, decrease cpu & mem on c3 - net increase "
        "3 containers - increase cpu & mem on c1, decrease cpu & mem on c2, c3 - net decrease "
        "3 containers - increase: CPU (c1,c3), memory (c2, c3) ; decrease: CPU (c2)",
        # An image's attributes are not prose, in any script.
        '<img width="1267" alt="スクリーンショット 2022-11-03 20 00 00" src="a.png"> '
        '<img width="1245" alt="スクリーンショット 2022-11-03 19 58 34" src="b.png"> ' * 3,
    ],
)
def test_what_is_not_prose_does_not_change_a_sections_language(aside: str) -> None:
    text = f"# Title\n\n{ENGLISH}\n\n## Results\n\n{aside}\n"
    assert sections_of(text) == {"Title": "en", "Results": "en"}


def test_an_english_document_with_one_japanese_section_is_english() -> None:
    # Japanese characters make fewer words than their count: 2.25 characters a word.
    text = f"# Title\n\n## Why\n\n{ENGLISH} {ENGLISH}\n\n## レビュー\n\n{JAPANESE}\n"
    assert language.read_in(parse(text, "doc.md")).language == "en"


def test_front_matter_declares_the_document_but_sections_are_still_told() -> None:
    text = f"---\nlang: fr\n---\n# Titre\n\n{FRENCH}\n\n## Why\n\n{ENGLISH}\n"
    doc = language.read_in(parse(text, "doc.md"))
    assert doc.language == "fr"
    assert sections_of(text) == {"Titre": "fr", "Why": "en"}


def test_a_document_under_one_title_is_told_from_more_than_its_opening_lines() -> None:
    """Its title, a line of names and dates and the start of a paragraph are all a section's
    opening holds; the document is told from its text further on."""
    text = (
        "# Hendelsesrapport: tapt svartekst under heldigital tentamen i norsk\n\n"
        "Fjordvik fylkeskommune · Seksjon for skole-IT · 3. desember 2026 (revidert)\n\n"
        "Torsdag 26. november hadde elever på vg3 ved fem av fylkets videregående skoler"
        " heldigital tentamen i norsk hovedmål, fra klokka ni til klokka fjorten.\n\n"
        "Rundt sju hundre og førti elever skrev i den perioden. For de fleste betydde det at"
        " omtrent en time med arbeid manglet i den lagrede versjonen, og de måtte skrive det"
        " på nytt mens tiden gikk.\n"
    )
    assert language.read_in(parse(text, "doc.md")).language == "nb"


CHAT = (
    'WhatsApp — "Stadio Ops reperibilità"\n\n'
    "[Dom 22:48] Giulia: Passaggio consegne per Marco 👇\n"
    "[Dom 22:48] Giulia: Partita finita, deflusso ok, ultimi steward usciti alle 22:30.\n"
    "[Dom 22:49] Giulia: Chiamate di reperibilità nel weekend: 2, nessuna fuori orario "
    "(tutte e due durante il pre-partita).\n"
    "[Dom 22:49] Giulia: Di aperto non resta niente, i tornelli del settore ospiti li hanno "
    "sistemati stamattina e il verbale è firmato.\n"
    "[Dom 22:51] Marco: Perfetto grazie. E tu come stai?\n"
    "[Dom 22:52] Giulia: 😵‍💫\n"
    "[Dom 22:52] Giulia: ma contenta, abbiamo vinto 😂\n"
)


@pytest.mark.parametrize("fenced", [False, True])
def test_a_chat_is_told_by_what_is_said_not_by_who_says_it(fenced: bool) -> None:
    """A chat's names and times are no one's words: pasted as prose or in a fence under a
    line of prose, the chat is read in its language."""
    head, _, chat = CHAT.partition("\n\n")
    text = f"{head}\n\n```\n{chat}```\n" if fenced else CHAT
    assert language.read_in(parse(text, "handoff.md")).language == "it"


def test_terse_lines_are_read_in_the_language_whose_everyday_words_lead() -> None:
    """A log's or a text message's lines hold fewer everyday words than prose: German that
    falls short of the usual share is still read as German, not in the fallback."""
    text = (
        "SMS-Verlauf — Milchhof Brenner, Bereitschaft Melkroboter\n\n**Tobi, 05:58:**\n"
        "Morgen Vroni, Übergabe: Kuh 317 lahmt hinten links, Klauenpfleger kommt Dienstag. "
        "Bis dahin bitte nicht mit der Gruppe raus. Kühltank hat heut Nacht 2x "
        "Temperaturalarm gegeben, hab die Dichtung geprüft.\n\n**Tobi, 05:59:**\nAlarm ging "
        "insgesamt 4x, 3x davon nachts.\n\n**Vroni, 06:03:**\nPasst, übernehm ich. Und wie "
        "geht's dir?\n"
    )
    assert language.read_in(parse(text, "sms.md")).language == "de"
