"""Documents in the team's own language: genuine ones pass the built-in rules; the same
documents with the practice taken out fail with the rule a reader expects.

Each language's documents (tests/fixtures/languages/LANG/) were written for these tests by a
native-level writer: a spec, a postmortem, a PR body, and the lines a hurried author would
write to wave each perspective of the accessibility review away (dismissals.yml).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

from spec_gate import reading
from spec_gate.engine import Engine, Source
from spec_gate.findings import DocumentResult, Severity
from spec_gate.reading import language, lexicon
from spec_gate.reading.lexicon import Lexicon
from spec_gate.reading.text import Sentence
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind
from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
LANGUAGES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date(2026, 12, 2))
PERSPECTIVES = ("literacy", "disability", "connection")
_HEADING = re.compile(r"^#{1,6} ", re.M)


def document(lang: str, name: str) -> str:
    return (FIXTURES / lang / name).read_text(encoding="utf-8")


def checked(text: str, kind: Kind, path: str = "doc.md") -> DocumentResult:
    result = ENGINE.check(Source(path, text, None, kind))
    assert result is not None
    return result


def findings(result: DocumentResult) -> list[str]:
    return [f"{f.rule} ({f.severity.value}): {f.detail}" for f in result.findings]


def rules(result: DocumentResult, severity: Severity | None = None) -> set[str]:
    return {f.rule for f in result.findings if severity is None or f.severity is severity}


def sections(text: str) -> list[str]:
    """The text cut at its headings: the preamble, then each section with its heading."""
    starts = [m.start() for m in _HEADING.finditer(text)]
    return [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)], strict=True)]


def read_in(lang: str, *texts: str) -> tuple[Lexicon, list[Sentence]]:
    """The language's vocabulary, and each text read as one sentence in it."""
    vocabulary = lexicon.get(lang)
    return vocabulary, [reading.sentences([(text, 1)], vocabulary)[0] for text in texts]


def review_section(lang: str, text: str) -> str:
    """The spec's accessibility review: the section that holds the ticked sign-off."""
    [found] = [s for s in sections(text) if re.search(r"^- \[[xX]\]", s, re.M)]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_is_detected(lang: str) -> None:
    for name in ("spec.md", "postmortem.md", "pr.md"):
        assert language.detect(document(lang, name)) == lang, name


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "kind"),
    [("spec.md", Kind.SPEC), ("postmortem.md", Kind.POSTMORTEM), ("pr.md", Kind.PR)],
)
def test_a_genuine_document_passes(lang: str, name: str, kind: Kind) -> None:
    result = checked(document(lang, name), kind)
    assert findings(result) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_spec_without_its_review_fails_the_review(lang: str) -> None:
    text = document(lang, "spec.md")
    without = text.replace(review_section(lang, text), "")
    assert "a11y-review" in rules(checked(without, Kind.SPEC), Severity.ERROR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unticked_signoff_is_no_signoff(lang: str) -> None:
    text = document(lang, "spec.md")
    unticked = re.sub(r"^- \[[xX]\]", "- [ ]", text, flags=re.M)
    unticked = re.sub(r"^(\s+reviewer:).*$", r'\1 ""', unticked, flags=re.M)  # nor in front matter
    assert "a11y-signoff" in rules(checked(unticked, Kind.SPEC), Severity.ERROR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_templates_own_signoff_line_ticked_signs_off(lang: str) -> None:
    """The sign-off line `init` writes, ticked and given a reviewer whose handle says nothing
    of accessibility ("Revisión de accesibilidad aprobada por @pablo-garcia"), with no
    reviewer in the front matter."""
    from spec_gate.commands.init import template

    line = next(
        x for x in template("spec.md", lang).splitlines() if x.startswith("- [ ]") and "@<" in x
    )
    ticked = "- [x]" + re.sub(r"@<[^>]*>", "@pablo-garcia", line[len("- [ ]") :])
    text = re.sub(r"^- \[[xX]\].*$", ticked, document(lang, "spec.md"), flags=re.M)
    text = re.sub(r"^accessibility_signoff:\n(\s+reviewer:.*\n)", "", text, flags=re.M)
    assert "@pablo-garcia" in text and "accessibility_signoff" not in text
    assert "a11y-signoff" not in rules(checked(text, Kind.SPEC), Severity.ERROR)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("perspective", PERSPECTIVES)
def test_a_dismissed_perspective_is_not_an_answer(lang: str, perspective: str) -> None:
    text = document(lang, "spec.md")
    review = review_section(lang, text)
    lines = _review_items(review)
    dismissal = yaml.safe_load(document(lang, "dismissals.yml"))[perspective]
    index = PERSPECTIVES.index(perspective)
    dismissed = text.replace(review, review.replace(lines[index], dismissal + "\n"))
    assert "a11y-perspectives" in rules(checked(dismissed, Kind.SPEC))


ENGLISH_LABELS = (
    "Low digital literacy",
    "Disability and assistive technology",
    "Slow or unreliable connection",
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_english_labels_from_a_shared_template_name_the_perspectives(lang: str) -> None:
    """A team answering in its own language under the shared English template's labels
    ("- Low digital literacy: 三人とも説明なしで..."): each label names its perspective, and
    a dismissal under it is still no answer."""
    text = document(lang, "spec.md")
    review = review_section(lang, text)
    relabelled = review
    for line, label in zip(_review_items(review), ENGLISH_LABELS, strict=True):
        answer = re.split(r"[:：]\s*", line, maxsplit=1)[1]
        relabelled = relabelled.replace(line, f"- {label}: {answer}")
    assert "a11y-perspectives" not in rules(checked(text.replace(review, relabelled), Kind.SPEC))
    first = _review_items(relabelled)[0]
    dismissal = yaml.safe_load(document(lang, "dismissals.yml"))["literacy"]
    answer = re.split(r"[:：]\s*", dismissal.lstrip("- "), maxsplit=1)[-1]
    dismissed = relabelled.replace(first, f"- {ENGLISH_LABELS[0]}: {answer}\n")
    assert "a11y-perspectives" in rules(checked(text.replace(review, dismissed), Kind.SPEC))


def _review_items(review: str) -> list[str]:
    """The review's list items (with their wrapped lines), the sign-off box left out."""
    items = re.findall(r"^- (?!\[[ xX]\]).*\n(?:(?!- |\n).*\n)*", review, re.M)
    assert len(items) == 3, items
    return items


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_postmortem_without_its_impact_fails_the_narrative(lang: str) -> None:
    text = document(lang, "postmortem.md")
    result = checked(text, Kind.POSTMORTEM)
    told = [s for s in sections(text) if _tells_impact(s)]
    assert told, "no section with the figures of the impact"
    without = text
    for section in told:
        without = without.replace(section, "")
    assert "impact-narrative" in rules(checked(without, Kind.POSTMORTEM), Severity.ERROR)
    assert not rules(result)


def _tells_impact(section: str) -> bool:
    """A section that gives the outage's figures (a count or a time): the impact."""
    return len(re.findall(r"\d", section)) >= 6 and not re.search(r"^- \[", section, re.M)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_follow_ups_without_owners_are_flagged(lang: str) -> None:
    text = document(lang, "postmortem.md")
    unowned = re.sub(r"@[\w-]+", "", text)
    assert "action-owners" in rules(checked(unowned, Kind.POSTMORTEM))


# -- a team writing in two languages ------------------------------------------------------------
# spec-mixed.md and postmortem-mixed.md: the same documents in English, but for the one section
# a colleague wrote in the team's language (the review; the users' impact), kept as written.


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "kind"), [("spec-mixed.md", Kind.SPEC), ("postmortem-mixed.md", Kind.POSTMORTEM)]
)
def test_a_section_in_the_teams_language_is_read_in_it(lang: str, name: str, kind: Kind) -> None:
    assert findings(checked(document(lang, name), kind)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("perspective", PERSPECTIVES)
def test_a_dismissal_in_the_reviews_own_language_is_not_an_answer(
    lang: str, perspective: str
) -> None:
    text = document(lang, "spec-mixed.md")
    review = review_section(lang, text)
    dismissal = yaml.safe_load(document(lang, "dismissals.yml"))[perspective]
    line = _review_items(review)[PERSPECTIVES.index(perspective)]
    dismissed = text.replace(review, review.replace(line, dismissal + "\n"))
    assert "a11y-perspectives" in rules(checked(dismissed, Kind.SPEC))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unticked_signoff_in_the_reviews_own_language_is_no_signoff(lang: str) -> None:
    text = document(lang, "spec-mixed.md")
    unticked = re.sub(r"^- \[[xX]\]", "- [ ]", text, flags=re.M)
    unticked = re.sub(r"^(\s+reviewer:).*$", r'\1 ""', unticked, flags=re.M)
    assert "a11y-signoff" in rules(checked(unticked, Kind.SPEC), Severity.ERROR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_impact_told_in_the_teams_language_is_the_narrative(lang: str) -> None:
    text = document(lang, "postmortem-mixed.md")
    original = document(lang, "postmortem.md")
    [impact] = [s for s in sections(text) if s in original and s.startswith("## ")]
    english = [s for s in sections(text) if _tells_impact(s) and s != impact]
    only_impact = text
    for section in english:
        only_impact = only_impact.replace(section, "")
    assert "impact-narrative" not in rules(checked(only_impact, Kind.POSTMORTEM))
    without = only_impact.replace(impact, "")
    assert "impact-narrative" in rules(checked(without, Kind.POSTMORTEM), Severity.ERROR)


# -- spec-gate init --lang ---------------------------------------------------------------------

_HEADED = re.compile(r"^#{2,6} .+$", re.M)
_LABELLED = re.compile(r"^\*\*[^*\n]+?:?\*\*:?[ \t]*", re.M)  # "**Por qué:** las personas..."
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


def parts(text: str) -> list[str]:
    """The bodies of a document's parts, in order: under each level-2+ heading, else after
    each bold label that opens a paragraph."""
    marks = list(_HEADED.finditer(text)) or list(_LABELLED.finditer(text))
    found = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        found.append(text[mark.end() : end].strip("\n") + "\n")
    return found


def filled(template: str, document: str) -> str:
    """The template with each part's body replaced by the document's part in the same place,
    and the document's front matter and title: the template as its author filled it in."""
    bodies = parts(document)
    marks = list(re.finditer(r"^#{2,6} .+$", template, re.M))
    assert len(marks) == len(bodies), (len(marks), len(bodies))
    out = []
    for mark, body in zip(marks, bodies, strict=True):
        out += [mark.group(0), "", body]
    front = _FRONT.match(document)
    title = re.search(r"^# .+$", document, re.M)
    head = (front.group(0) + "\n" if front else "") + (title.group(0) + "\n\n" if title else "")
    return head + "\n".join(out)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_init_templates_fail_as_written_and_pass_filled_in(
    lang: str, cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    run = cli("init", "--lang", lang)
    assert run.code == 0, run.err
    spec = Path("docs/specs/TEMPLATE.md").read_text(encoding="utf-8")
    postmortem = Path("postmortems/TEMPLATE.md").read_text(encoding="utf-8")
    pr = Path(".github/pull_request_template.md").read_text(encoding="utf-8")
    untouched = cli("check", "--format", "json", "--kind", "spec", "docs/specs/TEMPLATE.md").json
    assert {f["rule"] for f in untouched["findings"] if f["severity"] == "error"} == {
        "why-section",
        "a11y-review",
        "a11y-perspectives",  # an error in the config init writes
        "a11y-signoff",
    }
    blank = cli("check", "--format", "json", "--kind", "postmortem", "postmortems/TEMPLATE.md")
    assert "impact-narrative" in {
        f["rule"] for f in blank.json["findings"] if f["severity"] == "error"
    }
    assert cli("check", "--kind", "pr", "-", stdin=pr.encode()).code == 1
    write("docs/specs/filled.md", filled(spec, document(lang, "spec.md")))
    write("postmortems/filled.md", filled(postmortem, document(lang, "postmortem.md")))
    checked_all = cli("check", "--format", "json").json  # the config's globs
    assert [d["path"] for d in checked_all["documents"]] == [
        "docs/specs/filled.md",
        "postmortems/filled.md",
    ]
    assert checked_all["findings"] == []
    body = filled(pr, document(lang, "pr.md"))
    assert cli("check", "--kind", "pr", "-", stdin=body.encode()).code == 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_templates_own_follow_up_left_as_it_is_is_no_follow_up(
    lang: str, cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    """Only the impact filled in: the template's "- [ ] TBD (owner: @handle, #<issue>)" is
    not an item, and a real item owned by the template's own slot ("@账号") has no owner."""
    assert cli("init", "--lang", lang).code == 0
    template = Path("postmortems/TEMPLATE.md").read_text(encoding="utf-8")
    impact = document(lang, "postmortem.md").split("\n## ")[1].split("\n", 1)[1]
    blocks = template.split("\n## ")
    blocks[1] = blocks[1].split("\n", 1)[0] + "\n" + impact  # the impact section, told
    write("postmortems/told.md", "\n## ".join(blocks))
    found = cli("check", "--format", "json", "postmortems/told.md").json["findings"]
    assert "action-items" in {f["rule"] for f in found if f["severity"] == "error"}
    [slot] = re.findall(r"^- \[ \] TBD ?[(（].*?(@\S+?)[,，]", template, re.M)
    item = template.replace("- [ ] TBD", "- [ ] Page on disk space above 85%")
    write("postmortems/slot.md", item.replace("TBD", impact, 1))
    found = cli("check", "--format", "json", "postmortems/slot.md").json["findings"]
    assert "action-owners" in {f["rule"] for f in found}, slot


# -- languages: in the config --------------------------------------------------------------------

BASQUE = """\
language: eu
name: Euskara
stopwords: [eta, da, ez, bat, the, ere, dute, du, dira, baina, edo, hau, hori, bere, gure, zuen]
heading_why: [zergatik]
heading_who: [nori eragiten dio]
"""
BASQUE_SPEC = """\
# Bilaketak gorde

## Zergatik

Trenean doazen erabiltzaileek bilaketa galtzen dute konexioa eteten denean, eta berriro idatzi
behar dute; joan den hilean 120 kexa jaso ditugu laguntza zerbitzuan, eta hori ez da gutxi.

## Nori eragiten dio

Trenez lanera doazen erabiltzaileei eta laguntza zerbitzuari.
"""


def test_a_team_adds_its_own_language_and_narrows_the_rest(
    cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['specs/*.md']\n    rulesets: [builtin:why]\n"
        "languages: [es, lang/eu.yml]\n",
    )
    write("lang/eu.yml", BASQUE)
    write("specs/gorde.md", BASQUE_SPEC)
    write("specs/es.md", document("es", "spec.md"))
    found = cli("check", "--format", "json").json
    assert found["findings"] == []  # "Zergatik" is the Why; the Spanish spec still reads
    # Narrowed to English, a Spanish spec is not judged as English prose: it is said to be
    # in a language this config does not read, and how to read it.
    write(".spec-gate.yml", "languages: [en]\n")
    spanish = cli("check", "--kind", "spec", "--format", "json", "specs/es.md").json
    (unread,) = spanish["findings"]
    assert unread["rule"] == "language-unread"
    assert (
        "reads as Español (es), which is not among the languages this config reads"
        in (unread["message"])
    )
    assert unread["help"] == "Add it to the languages read, in .spec-gate.yml: languages: [..., es]"


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        ("[xx]", "no built-in language 'xx'"),
        ("[spanish]", "no built-in language 'spanish'"),
        ("[lang/none.yml]", "vocabulary file 'lang/none.yml' not found"),
        ("[lang/bad.yml]", "a vocabulary file is a mapping with a `language:` code"),
    ],
)
def test_languages_that_cannot_be_read_are_one_line(
    cli: Callable[..., Run], write: Callable[[str, str], Path], languages: str, message: str
) -> None:
    write(".spec-gate.yml", f"languages: {languages}\n")
    write("lang/bad.yml", "stopwords: [a]\n")
    write("a.md", "# A\n")
    run = cli("check", "--kind", "spec", "a.md")
    assert run.code == 2 and message in run.err and run.err.count("\n") == 1, run.err


NOT_SIGNED = {  # a ticked box that says, in the language, the review has not been approved
    "de": "- [x] Barrierefreiheit noch nicht freigegeben von @jonas-a11y",
    "es": "- [x] Revisión de accesibilidad pendiente, aún no aprobada por @lucia-a11y",
    "fr": "- [x] Revue d'accessibilité pas encore validée par @claire-a11y",
    "it": "- [x] Revisione di accessibilità non ancora approvata da @davide-a11y",
    "ja": "- [x] アクセシビリティレビュー承認待ち: @m-ishida",
    "ko": "- [x] 접근성 검토 승인 대기: @s-yoon",
    "nb": "- [x] Universell utforming ikke godkjent ennå av @torbjorn-uu",
    "nl": "- [x] Toegankelijkheid nog niet goedgekeurd door @ilse",
    "pt": "- [x] Revisão de acessibilidade ainda não aprovada por @renata-a11y",
    "zh": "- [x] 无障碍评审待审核：@tang-xiaoyu",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_ticked_box_that_says_not_yet_is_no_signoff(lang: str) -> None:
    text = document(lang, "spec.md")
    negated = re.sub(r"^- \[[xX]\].*$", NOT_SIGNED[lang], text, flags=re.M)
    negated = re.sub(r"^(\s+reviewer:).*$", r'\1 ""', negated, flags=re.M)
    found = checked(negated, Kind.SPEC)
    assert "a11y-signoff" in rules(found, Severity.ERROR), findings(found)


@pytest.mark.parametrize(
    "line",
    [
        "- [x] Revisione accessibilità: approvazione di @davide-a11y in arrivo dopo i test",
        "- [x] Revisione accessibilità: @davide-a11y darà il via libera dopo l'ultimo giro di test",
    ],
)
def test_a_ticked_box_whose_approval_is_on_its_way_is_no_signoff_in_italian(line: str) -> None:
    text = document("it", "spec.md")
    pending = re.sub(r"^- \[[xX]\].*$", line, text, flags=re.M)
    pending = re.sub(r"^(\s+reviewer:).*$", r'\1 ""', pending, flags=re.M)
    found = checked(pending, Kind.SPEC)
    assert "a11y-signoff" in rules(found, Severity.ERROR), findings(found)


SEEN = {  # (someone saw an error, the same people saw none): a story, and no story
    "de": ("Die Kunden sahen beim Bezahlen einen Fehler.", "Die Kunden sahen keinen Fehler."),
    "es": ("Los usuarios vieron un error al pagar.", "Los usuarios no vieron ningún error."),
    "fr": ("Les usagers ont vu une erreur au paiement.", "Les usagers n'ont vu aucune erreur."),
    "it": ("Gli utenti hanno visto un errore.", "Gli utenti non hanno visto nessun errore."),
    "nb": ("Søkerne så en feilmelding.", "Søkerne så ingen feilmelding."),
    "nl": ("De klanten zagen een foutmelding.", "De klanten zagen geen foutmelding."),
    "pt": ("Os usuários viram um erro ao pagar.", "Os usuários não viram nenhum erro."),
}


@pytest.mark.parametrize("lang", sorted(SEEN))
def test_people_who_saw_nothing_are_no_story(lang: str) -> None:
    from spec_gate.reading.story import story

    vocabulary, (told, denied) = read_in(lang, *SEEN[lang])
    assert story(told, vocabulary) is not None
    assert story(denied, vocabulary) is None


SHOWN = {  # (the product showed its users a failure, it could not be reached, its parts' state)
    "de": (
        "Von 9 bis 11 Uhr zeigte die Kasse die Meldung „Zahlung fehlgeschlagen“.",
        "Die Webseite war zwei Stunden lang nicht erreichbar.",
        "Die internen Dienste zeigten erhöhte Latenzen.",
    ),
    "es": (
        "De 9 a 11 la página de pago mostraba «Pago rechazado».",
        "El sitio web estuvo inaccesible durante dos horas.",
        "Los servicios internos mostraban latencias altas.",
    ),
    "fr": (
        "De 9 h à 11 h, la page de paiement affichait « Paiement refusé ».",
        "Le site était inaccessible pendant deux heures.",
        "Les services internes affichaient des latences élevées.",
    ),
    "it": (
        "Dalle 9 alle 11 la pagina di pagamento mostrava «Pagamento rifiutato».",
        "Il sito è stato irraggiungibile per due ore.",
        "I servizi interni mostravano latenze elevate.",
    ),
    "nb": (
        "Fra 9 til 11 viste betalingssiden meldingen «Betalingen feilet».",
        "Nettsiden var utilgjengelig i to timer.",
        "De interne tjenestene viste høye svartider.",
    ),
    "nl": (
        "Van 9 tot 11 uur toonde de betaalpagina de melding „Betaling mislukt”.",
        "De website was twee uur lang niet bereikbaar.",
        "De interne diensten toonden hoge latenties.",
    ),
    "pt": (
        "Das 9 às 11 a página de pagamento mostrava «Pagamento recusado».",
        "O site ficou inacessível durante duas horas.",
        "Os serviços internos mostravam latências altas.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SHOWN))
def test_a_story_told_through_the_product_its_users_meet(lang: str) -> None:
    from spec_gate.reading.story import story

    vocabulary, (shown, unreachable, parts) = read_in(lang, *SHOWN[lang])
    assert story(shown, vocabulary) is not None
    assert story(unreachable, vocabulary) is not None
    assert story(parts, vocabulary) is None


INVERTED = {  # (a clause opened by a time, its people after the verb; its things after it)
    "de": (
        "Von 16:40 bis 17:25 Uhr sahen etwa 800 Fahrgäste die Meldung „Verbindungsfehler“.",
        "Gestern sahen die Server viele Fehler.",
    ),
    "nl": (
        "Van 9 tot 11 uur zagen ongeveer 400 reizigers een foutmelding.",
        "Gisteren zagen de servers veel fouten.",
    ),
    "nb": (
        "Fra klokken 9 til 11 fikk rundt 400 reisende en feilmelding.",
        "I går fikk serverne mange feil.",
    ),
}


@pytest.mark.parametrize("lang", sorted(INVERTED))
def test_a_verb_second_language_puts_its_people_after_the_verb(lang: str) -> None:
    from spec_gate.reading.story import story

    vocabulary, (people, things) = read_in(lang, *INVERTED[lang])
    assert story(people, vocabulary) is not None
    assert story(things, vocabulary) is None


MACHINERY = {  # (the system's parts counted: no extent, the people counted: an extent)
    "de": ("Alle drei Knoten wurden neu gestartet.", "Etwa 1.200 Kunden warteten."),
    "es": ("Los tres nodos se reiniciaron.", "Unos 1.200 clientes esperaron."),
    "fr": ("Les trois nœuds ont redémarré.", "Environ 1 200 clients ont attendu."),
    "it": ("46 pods sono rimasti in attesa.", "Circa 1.200 clienti hanno aspettato."),
    "nb": ("Alle tre nodene ble startet på nytt.", "Rundt 1 200 søkere ventet."),
    "nl": ("46 pods bleven hangen.", "Ongeveer 1.200 klanten wachtten."),
    "pt": ("46 pods ficaram pendentes.", "Cerca de 1.200 clientes esperaram."),
}


@pytest.mark.parametrize("lang", sorted(MACHINERY))
def test_the_systems_parts_counted_are_no_extent(lang: str) -> None:
    from spec_gate.reading.quantities import extent

    vocabulary, (parts, people) = read_in(lang, *MACHINERY[lang])
    assert extent(parts.tokens, vocabulary) is None
    assert extent(people.tokens, vocabulary) is not None


DONE_OR_NOT = {  # (a follow-up told as done, the same one still to do)
    "de": ("Wir haben das Importskript korrigiert.", "Wir werden das Importskript korrigieren."),
    "es": ("Hemos corregido el script de importación.", "Vamos a corregir el script."),
    "fr": ("Nous avons corrigé le script d'import.", "Nous allons corriger le script d'import."),
    "it": ("Abbiamo corretto lo script di importazione.", "Correggeremo lo script."),
    "nb": ("Vi har rettet importskriptet.", "Vi skal rette importskriptet."),
    "nl": ("We hebben het importscript gecorrigeerd.", "We gaan het importscript corrigeren."),
    "pt": ("Corrigimos o script de importação.", "Vamos corrigir o script de importação."),
}


@pytest.mark.parametrize("lang", sorted(DONE_OR_NOT))
def test_a_follow_up_told_in_the_perfect_is_done(lang: str) -> None:
    from spec_gate.reading.followups import Done, finished
    from spec_gate.reading.lexicon import get

    done, to_do = DONE_OR_NOT[lang]
    assert finished(done, get(lang)) is Done.TOLD
    assert finished(to_do, get(lang)) is None


OUR_STAFF = {  # the team's own engineers could not reach the database: the responders' side
    "de": "Unsere Entwickler konnten nicht auf die Datenbank zugreifen.",
    "es": "Nuestros ingenieros no pudieron acceder a la base de datos.",
    "fr": "Nos ingénieurs n'ont pas pu accéder à la base de données.",
    "it": "I nostri ingegneri non sono riusciti ad accedere al database.",
    "nb": "Utviklerne våre kom ikke inn i databasen.",
    "nl": "Onze engineers konden niet bij de database.",
    "pt": "Nossos engenheiros não conseguiram acessar o banco de dados.",
}


@pytest.mark.parametrize("lang", sorted(OUR_STAFF))
def test_our_own_engineers_are_not_the_users(lang: str) -> None:
    from spec_gate.reading.story import story

    vocabulary, (staff,) = read_in(lang, OUR_STAFF[lang])
    assert story(staff, vocabulary) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_templates_own_prompt_pasted_as_the_review_is_no_review(lang: str) -> None:
    """Without any config (no template named), the prompts of every language's templates are
    known: pasted back as the review, they answer no one."""
    from spec_gate.commands.init import template

    prompts = re.findall(r"<!--\s*(.*?)\s*-->", template("spec.md", lang), re.S)
    text = document(lang, "spec.md")
    review = review_section(lang, text)
    pasted = text.replace(review, review.split("\n", 1)[0] + "\n\n" + prompts[-1] + "\n\n")
    assert "a11y-review" in rules(checked(pasted, Kind.SPEC), Severity.ERROR)


# (a sanction said of one of us, the same verb said of a process, who the users are said
# instead of an answer, an answer)
SANCTIONS_AND_CLAIMS = {
    "de": (
        "Der Entwickler wurde entlassen.",
        "Der Job wurde nach zehn Minuten beendet.",
        "Unsere Nutzer sind geschult und erfahren.",
        "Die Nutzer sehen beim Hochladen einen Fortschrittsbalken, getestet mit NVDA.",
    ),
    "es": (
        "El desarrollador fue despedido.",
        "El proceso fue suspendido tras diez minutos.",
        "Los administradores son profesionales formados.",
        "Los usuarios ven una barra de progreso al subir, probada con NVDA.",
    ),
    "fr": (
        "Le développeur a été licencié.",
        "Le processus a été suspendu au bout de dix minutes.",
        "Les administrateurs sont des professionnels formés.",
        "Les utilisateurs voient une barre de progression pendant l'envoi, testée avec NVDA.",
    ),
    "it": (
        "Lo sviluppatore è stato licenziato.",
        "Il processo è stato sospeso dopo dieci minuti.",
        "Gli amministratori sono professionisti esperti.",
        "Gli utenti vedono una barra di avanzamento durante il caricamento, testata con NVDA.",
    ),
    "nb": (
        "Utvikleren ble sagt opp.",
        "Prosessen ble stoppet etter ti minutter.",
        "Saksbehandlerne våre er opplært og erfarne.",
        "Brukerne ser en fremdriftslinje under opplastingen, testet med NVDA.",
    ),
    "nl": (
        "De ontwikkelaar is ontslagen.",
        "Het proces is na tien minuten geschorst.",
        "Onze gebruikers zijn opgeleid en ervaren.",
        "Gebruikers zien een voortgangsbalk tijdens het uploaden, getest met NVDA.",
    ),
    "pt": (
        "O desenvolvedor foi demitido.",
        "O processo foi suspenso após dez minutos.",
        "Os administradores são profissionais treinados.",
        "Os usuários veem uma barra de progresso durante o envio, testada com NVDA.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SANCTIONS_AND_CLAIMS))
def test_a_sanction_blames_and_who_the_users_are_answers_nothing(lang: str) -> None:
    from spec_gate.reading.answers import Said, said
    from spec_gate.reading.blame import Blame, blames

    vocabulary, (sanction, process, claim, answer) = read_in(lang, *SANCTIONS_AND_CLAIMS[lang])
    assert [found.blame for found in blames(sanction, vocabulary)] == [Blame.PUNITIVE]
    assert list(blames(process, vocabulary)) == []
    assert said(claim, vocabulary) is Said.DISMISSAL
    assert said(answer, vocabulary) is Said.ANSWER


# The everyday word for the follow-ups' heading: "countermeasures".
COUNTERMEASURES = {"ja": ("対策", "対応策"), "zh": ("对策", "应对措施"), "ko": ("대책",)}


@pytest.mark.parametrize(
    ("lang", "heading"), [(lang, h) for lang, hs in COUNTERMEASURES.items() for h in hs]
)
def test_countermeasures_are_the_follow_ups(lang: str, heading: str) -> None:
    text = document(lang, "postmortem.md")
    parts = sections(text)
    follow_ups = [p for p in parts if re.search(r"^- ", p, re.M) and "@" in p]
    assert follow_ups, "the fixture's follow-ups hold an owner"
    renamed = text.replace(follow_ups[0].split("\n", 1)[0], f"## {heading}")
    assert "action-items" not in rules(checked(renamed, Kind.POSTMORTEM))


SAFEGUARDED = {  # a commitment to change what catches it next time, in the prose
    "de": "Wir werden unsere Alarmierung überprüfen und die Testsuite um diesen Fall erweitern.",
    "es": "Vamos a revisar nuestras alertas y ampliar la batería de pruebas con este caso.",
    "fr": "Nous allons revoir nos alertes et compléter notre suite de tests avec ce cas.",
    "it": "Prevediamo di rivedere i nostri allarmi e di aggiungere questo caso alla suite di test.",
    "nb": "Vi skal gå gjennom varslingen og utvide testsuiten med dette tilfellet.",
    "nl": "We gaan onze alarmering nakijken en dit geval aan de testsuite toevoegen.",
    "pt": "Vamos rever os nossos alertas e acrescentar este caso à suíte de testes.",
}


@pytest.mark.parametrize("lang", sorted(SAFEGUARDED))
def test_a_commitment_to_what_catches_it_next_time_is_a_follow_up(lang: str) -> None:
    from spec_gate.checks.items import _guards_next_time

    vocabulary, (committed,) = read_in(lang, SAFEGUARDED[lang])
    assert _guards_next_time(committed, vocabulary)


ACCESSIBILITY_ANYWHERE = {  # a heading that names accessibility after other words
    "de": "Leistung und Barrierefreiheit von Anfang an",
    "es": "Rendimiento y accesibilidad desde el diseño",
    "fr": "Performance et accessibilité dès la conception",
    "it": "Prestazioni e accessibilità fin dalla progettazione",
    "ja": "性能とアクセシビリティの確認",
    "ko": "성능과 접근성 검토",
    "nb": "Ytelse og universell utforming fra start",
    "nl": "Prestaties en toegankelijkheid vanaf het ontwerp",
    "pt": "Desempenho e acessibilidade desde o desenho",
    "zh": "性能与无障碍设计",
}


@pytest.mark.parametrize("lang", sorted(ACCESSIBILITY_ANYWHERE))
def test_a_heading_naming_accessibility_anywhere_is_the_review(lang: str) -> None:
    text = document(lang, "spec.md")
    review = review_section(lang, text)
    heading = review.split("\n", 1)[0]
    renamed = text.replace(heading, "## " + ACCESSIBILITY_ANYWHERE[lang])
    assert renamed != text
    assert "a11y-review" not in rules(checked(renamed, Kind.SPEC))


FUTURE_IN_THE_VERB = {  # a future of one word, which its lemma loses
    "es": "Revisaremos nuestras alertas y ampliaremos la batería de pruebas.",
    "fr": "Nous réviserons nos alertes et compléterons notre suite de tests.",
    "it": "Controlleremo gli allarmi e aggiungeremo questo caso alla suite di test.",
    "pt": "Revisaremos os nossos alertas e ampliaremos a suíte de testes.",
}
PAST_IN_THE_VERB = {
    "es": "El equipo revisó las alertas y amplió la batería de pruebas.",
    "fr": "Nous avons révisé nos alertes et complété notre suite de tests.",
    "it": "Abbiamo controllato gli allarmi e aggiunto questo caso alla suite di test.",
    "pt": "Revisamos os nossos alertas e ampliamos a suíte de testes.",
}


@pytest.mark.parametrize("lang", sorted(FUTURE_IN_THE_VERB))
def test_a_future_in_the_verb_commits(lang: str) -> None:
    from spec_gate.checks.items import _commits

    vocabulary, (future,) = read_in(lang, FUTURE_IN_THE_VERB[lang])
    _, (past,) = read_in(lang, PAST_IN_THE_VERB[lang])
    assert _commits(future, vocabulary)
    assert not _commits(past, vocabulary)


STATUS_NOTES = {  # a note with no part for follow-ups, committing to one in the future tense
    "es": "Entre las 09:10 y las 11:40 los vecinos no pudieron pedir cita en el portal: 1.240 "
    "intentos terminaron en una página de error. La causa fue un certificado caducado en el "
    "servidor de citas.\n\nPara que no vuelva a ocurrir, "
    "añadiremos una alerta 30 días antes de que caduque un certificado (PORT-88, "
    "responsable: @lucia).\n",
    "fr": "Entre 9 h 10 et 11 h 40, les habitants n'ont pas pu prendre rendez-vous sur le "
    "portail : 1 240 tentatives ont abouti à une page d'erreur. La cause était un certificat "
    "expiré sur le serveur des rendez-vous.\n\nPour que cela ne se "
    "reproduise plus, nous ajouterons une alerte 30 jours avant l'expiration d'un "
    "certificat (PORT-88, responsable : @lucie).\n",
}


@pytest.mark.parametrize("lang", sorted(STATUS_NOTES))
def test_a_status_note_commits_in_the_future_tense(lang: str) -> None:
    found = rules(checked(STATUS_NOTES[lang], Kind.POSTMORTEM))
    assert not found & {"action-items", "action-owners", "action-tracked"}


SPARED = {  # "nobody was affected", said of how the work was done
    "de": "Die Umstellung auf den neuen Server erfolgte ohne Ausfall.",
    "es": "La migración al nuevo servidor se hizo sin interrupción.",
    "fr": "La migration vers le nouveau serveur s'est faite sans interruption.",
    "it": "La migrazione al nuovo server è avvenuta senza disservizi.",
    "nb": "Migreringen til den nye serveren ble gjort uten nedetid.",
    "nl": "De migratie naar de nieuwe server verliep zonder storing.",
    "pt": "A migração para o novo servidor foi feita sem indisponibilidade.",
}


@pytest.mark.parametrize("lang", sorted(SPARED))
def test_work_done_without_an_outage_says_nobody_was_affected(lang: str) -> None:
    from spec_gate.reading.story import no_impact

    vocabulary, (spared,) = read_in(lang, SPARED[lang])
    assert no_impact(spared, vocabulary)


@pytest.mark.parametrize(
    ("sentence", "blamed"),
    [
        # Every German noun is capitalised: a capital is no name there; a role still is.
        ("Unser Import hat die Nummer ohne Prüfung übernommen.", False),
        ("Der Bereitschaftsingenieur hat das Deployment ohne Review freigegeben.", True),
        # A role written with what it is for, in one word, is the role
        (
            "Unser ehrenamtlicher Webadministrator hatte die Updates fahrlässig nicht eingespielt.",
            True,
        ),
        ("Die Webadministration hat die Updates eingespielt.", False),
    ],
)
def test_a_german_noun_is_no_name(sentence: str, blamed: bool) -> None:
    from spec_gate.reading.blame import blames

    vocabulary, (read,) = read_in("de", sentence)
    assert bool(list(blames(read, vocabulary))) is blamed


@pytest.mark.parametrize(
    ("lang", "sentence", "blamed"),
    [
        # A fault said to be someone's by name, in each language's "of"
        ("en", "This was the fault of Dave.", True),
        ("es", "Esto fue culpa de Julián.", True),
        ("es", "Fue un descuido de Julián, por pura prisa.", True),
        ("fr", "C'était la faute de Julien.", True),
        ("it", "È stata colpa di Giulio.", True),
        # ...not a condition put to the readers: "if you subscribed twice by mistake"
        (
            "fr",
            "Si vous avez souscrit un second abonnement par erreur ce matin-là (142 personnes "
            "l'ont fait), le remboursement est automatique.",
            False,
        ),
        ("en", "If you subscribed twice by mistake that morning, write to us.", False),
        # ...not of a thing, nor a fault denied
        ("en", "It was a lapse of attention in the review process.", False),
        ("es", "No fue culpa de Julián: el script no pedía confirmación.", False),
    ],
)
def test_a_fault_of_someone_named(lang: str, sentence: str, blamed: bool) -> None:
    from spec_gate.reading.blame import blames

    vocabulary, (read,) = read_in(lang, sentence)
    assert bool(list(blames(read, vocabulary))) is blamed


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # English's "I" and "her" are "in" and "here" in Norwegian, "the" in Italian: another
        # language's pronouns point at no one.
        ("nb", "18:55 årsak funnet ved å sammenligne kapasitet i appen med bookingsystemet."),
        ("nb", "Årsaken er her: kapasiteten i appen var feil."),
        ("it", "La causa: i biglietti venduti in app avevano un QR non valido."),
    ],
)
def test_english_pronouns_are_other_words_elsewhere(lang: str, sentence: str) -> None:
    from spec_gate.reading.blame import blames

    vocabulary, (read,) = read_in(lang, sentence)
    assert list(blames(read, vocabulary)) == []


def test_norwegian_words_that_are_something_else_elsewhere() -> None:
    """Found reading NAV's postmortems: "helt" is a hero and also "completely" (its lemma,
    "hel", is "whole"), "Hva gikk bra" looks back as "What went well" does, and "UU"
    (universell utforming) names the review only in full words, not an English spec's
    variable."""
    from spec_gate.reading.blame import blames
    from spec_gate.reading.followups import looks_back

    vocabulary, said = read_in(
        "nb", "Feilen levde helt frem til sommertid, og hele meldeperioden ble berørt."
    )
    assert list(blames(said[0], vocabulary)) == []
    assert looks_back("Hva gikk bra", vocabulary)
    assert looks_back("Hvor hadde vi flaks", vocabulary)
    spec = (
        "# Composite pod groups\n\n## Why\n\nJobs that need all their pods at once wait for"
        " hours when only some of them can be placed, and operators restart them by hand.\n\n"
        "## Design\n\n* **`UU`**: the count of child elements that returned"
        " UnschedulableAndUnresolvable.\n"
    )
    result = checked(spec, Kind.SPEC)
    [review] = [f for f in result.findings if f.rule == "a11y-review"]
    assert review.line == 1  # no review section: the "UU" label is not one


@pytest.mark.parametrize(
    ("lang", "title", "part"),
    [
        # "Measures", as a heading of its own, is where the Romance languages put follow-ups
        # (German's "Maßnahmen" alike); measures taken are the response.
        ("pt", "Medidas", "follow-up"),
        ("pt", "Medidas corretivas", "follow-up"),
        ("es", "Medidas", "follow-up"),
        ("es", "Medidas adoptadas", "done"),
        ("fr", "Mesures", "follow-up"),
        ("fr", "Mesures prises", "done"),
        ("it", "Misure", "follow-up"),
    ],
)
def test_measures_are_follow_ups_and_measures_taken_the_response(
    lang: str, title: str, part: str
) -> None:
    from spec_gate.reading import lexicon
    from spec_gate.reading.followups import part_of

    assert part_of(title, lexicon.load(lang)).value == part


@pytest.mark.parametrize(
    ("lang", "sentence", "told"),
    [
        # A label over a measure of the system says nothing of what anyone went through, in
        # the team's language too; a label over what they met does.
        ("it", "Tasso di errore delle API per gli utenti: picco del 23% per un'ora.", False),
        ("it", "Utenti: errori al pagamento per venti minuti.", True),
        ("fr", "Utilisateurs : taux d'erreur de 14 % pendant une heure.", False),
        ("fr", "Utilisateurs : erreurs au paiement pendant vingt minutes.", True),
        # German and Dutch set the negation apart from its modal, at the clause's end...
        ("de", "Die Haushalte konnten den ganzen Vormittag kein Wasser zapfen.", True),
        ("nl", "Klanten konden de hele ochtend niet betalen.", True),
        # ...and it is still no account when we, or the machines, could not.
        ("de", "Wir konnten die Ursache lange nicht finden.", False),
        ("de", "Die Server konnten die Datenbank nicht erreichen.", False),
    ],
)
def test_what_people_went_through_in_the_teams_language(
    lang: str, sentence: str, told: bool
) -> None:
    from spec_gate.reading.story import story

    vocabulary, (read,) = read_in(lang, sentence)
    assert (story(read, vocabulary) is not None) is told
