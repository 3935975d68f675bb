"""A document in a language spec-gate has no vocabulary for is said to be unread, not judged
in English; one in a language it reads, however its text looks, is not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from spec_gate.document import parse
from spec_gate.reading import language
from tests.conftest import Run

SWEDISH = """# Händelserapport: dubbla fakturor

## Vad kunderna märkte

Den 3 mars skickade vi ut februarifakturan två gånger till 18 430 privatkunder, ungefär var
femte av våra hushållskunder. Kunder med e-faktura fick två fakturor i internetbanken, och för
6 900 kunder med autogiro drogs beloppet två gånger den 5 mars. För många hushåll kom den extra
dragningen samtidigt som hyran, och vi vet att minst 140 kunder fick en avgift från sin bank.
Alla dubbla dragningar betalades tillbaka den 7 mars, och de som fått bankavgifter får dem
ersatta mot kvitto. Vi ber om ursäkt för det som hände och för att det tog tid att svara.
"""
POLISH = """# Awaria DNS u dostawcy internetu

## Co się stało

W sobotę od 9:10 do 11:40 nasi klienci nie mogli otwierać stron internetowych, ponieważ serwery
DNS przestały odpowiadać na zapytania. Dotyczyło to około 12 000 gospodarstw domowych w trzech
gminach. Telefony na infolinii były zajęte przez ponad godzinę, a część klientów zgłaszała, że
nie może pracować zdalnie ani odebrać poczty. Przyczyną była zmiana konfiguracji, która nie
została sprawdzona na środowisku testowym. Po jej wycofaniu usługa wróciła do normy i od tego
czasu działa bez przerw. Przepraszamy wszystkich, których to dotknęło.
"""
CZECH = """# Havárie serveru s wiki a e-mailovou konferencí

V pondělí večer se kvůli výpadku napájení v datovém centru vypnul server, na kterém běží naše
překladatelská wiki a e-mailová konference. Wiki jsme obnovili ze zálohy z dubna, takže část
změn z posledních měsíců je pryč a budeme je muset doplnit ručně. Konferenci jsme zálohovanou
neměli, proto ji přesuneme jinam a všechny členy pozveme znovu. Omlouváme se všem, kdo se
v těchto dnech nemohli přihlásit nebo jim nepřišly zprávy, a děkujeme za trpělivost. Provoz wiki
byl obnoven ve středu a konference bude dostupná do konce týdne, jakmile dokončíme přesun.
"""
RUSSIAN = """# Отчёт об инциденте

В понедельник с 10:00 до 12:30 студенты не могли войти в облачную платформу: виртуальные машины
не запускались, а веб-интерфейс показывал ошибку. Затронуто около 300 учебных групп. Причиной
стало переполнение диска на узле управления. Мы добавили мониторинг свободного места и
автоматическую очистку старых журналов. Приносим извинения всем, чьи занятия были сорваны, и
благодарим за терпение. Если ваши данные пропали, напишите нам в поддержку.
"""
ENGLISH_TERSE = """# DB outage

- 09:10 primary down
- 09:12 failover stuck, replica lag 40s
- 09:20 manual promote
- 09:31 writes ok
- checkout 5xx 22% for 21 min
- ~3,400 orders retried by clients
- root cause: disk full on primary (binlogs)
- TODO: alert on disk 80%, binlog retention 3d, runbook for manual promote
- owners: @dana (alerts, OPS-12), @li (retention, OPS-13), @sam (runbook, OPS-14)
- customers saw "payment failed", support got 140 tickets, refunds done by 11:00
- no data lost: replica caught up fully, checked row counts on orders and payments tables
"""
GERMAN = """# Störung der Anmeldung

## Auswirkungen

Am Dienstag konnten sich von 8:00 bis 9:30 Uhr rund 4.000 Nutzerinnen und Nutzer nicht anmelden.
Sie sahen eine leere Seite und haben uns über das Kontaktformular und per Telefon erreicht.
Die Ursache war ein abgelaufenes Zertifikat, das nicht rechtzeitig erneuert wurde, weil die
Erinnerung an ein Postfach ging, das niemand mehr liest. Wir haben das Zertifikat erneuert und
die Erinnerung an das Team geschickt, das den Dienst betreibt, und wir prüfen jetzt jeden Monat.
"""


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (SWEDISH, "pm.md", ("sv", "Swedish")),
        (POLISH, "pm.md", ("pl", "Polish")),
        (CZECH, "pm.md", ("cs", "Czech")),
        (
            RUSSIAN,
            "pm.md",
            ("", "a language written in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian...)"),
        ),
        # languages read, however their text looks: not unread
        (ENGLISH_TERSE, "pm.md", None),
        (GERMAN, "pm.md", None),
        # too short to tell: read in the fallback, as before
        ("# Kort\n\nVi ber om ursäkt för det som hände i går.\n", "pm.md", None),
        # the front matter says so, whatever the text ("language:" may be a programming one)
        ("---\nlang: sv\n---\n" + ENGLISH_TERSE, "pm.md", ("sv", "Swedish")),
        ("---\nlanguage: go\n---\n" + ENGLISH_TERSE, "pm.md", None),
        ("---\nlang: en\n---\n" + SWEDISH, "pm.md", None),
    ],
)
def test_a_document_in_a_language_without_a_vocabulary_is_unread(
    text: str, path: str, expected: tuple[str, str] | None
) -> None:
    doc = language.read_in(parse(text, path))
    assert language.unread(doc) == expected


def test_a_language_read_by_the_team_is_read() -> None:
    """With the languages narrowed to Spanish, an English text is read in the fallback, as
    before: English is no language spec-gate cannot read."""
    doc = language.read_in(parse(ENGLISH_TERSE, "pm.md"), ("es",))
    assert language.unread(doc, ("es",)) is None
    swedish = language.read_in(parse(SWEDISH, "pm.md"), ("es",))
    assert language.unread(swedish, ("es",)) == ("sv", "Swedish")


def test_an_unread_document_gets_one_finding_that_says_so_and_how_to_add_the_language(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    write("postmortems/fakturor.md", SWEDISH)
    checked = cli("check", "--kind", "postmortem", "--format", "json", "postmortems/fakturor.md")
    assert checked.code == 1
    (finding,) = checked.json["findings"]
    assert (finding["rule"], finding["ruleset"], finding["severity"], finding["line"]) == (
        "language-unread",
        "spec-gate",
        "error",
        1,
    )
    assert "reads as Swedish" in finding["message"]
    assert "languages: [en, ./lang/sv.yml]" in finding["help"]
    explained = cli("explain", "language-unread")
    assert explained.code == 0
    assert explained.out.startswith("language-unread: rule set spec-gate, error")


def test_an_unread_document_can_be_waived_for_a_while(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    until = (date.today() + timedelta(days=30)).isoformat()
    waiver = (
        f'<!-- spec-gate: waive language-unread reason="the Swedish vocabulary is being '
        f'written in PLAT-88" until={until} -->'
    )
    write("postmortems/fakturor.md", SWEDISH + "\n" + waiver + "\n")
    checked = cli("check", "--kind", "postmortem", "--format", "json", "postmortems/fakturor.md")
    assert checked.code == 0
    assert [(f["rule"], bool(f["waived"])) for f in checked.json["findings"]] == [
        ("language-unread", True)
    ]
