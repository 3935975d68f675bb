"""A Why's own words weighed against the rest of the document: read only as far as needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from spec_gate.reading import Sentence, load, sentences
from spec_gate.reading.reasons import weigh

LEXICON = load()
# Words of its own, naming people a reader can picture, and no word of trouble: whether it is
# a reason turns on the rest.
WHY = "Library authors see the compiler's diagnostics for generic closures in trait objects."
# The same words naming no one and no need: praise of the change, whatever the rest says.
UNGROUNDED = "The compiler emits diagnostics for generic closures in trait objects."


def _read(text: str) -> list[Sentence]:
    return sentences([(text, 1)], LEXICON)


def _rest(words: list[str], stop: int | None = None) -> Iterator[str]:
    for number, word in enumerate(words):
        assert stop is None or number < stop, "read past what the question needed"
        yield word


FILLER = [f"filler{number}" for number in range(100)]


def test_a_why_about_the_rest_is_settled_by_the_first_words_shared() -> None:
    rest = ["compiler", "closure", *FILLER]
    assert weigh(_read(WHY), (), LEXICON, lambda: _rest(rest, stop=2)).reason


def test_a_why_about_nothing_else_said_is_no_reason() -> None:
    assert not weigh(_read(WHY), (), LEXICON, lambda: _rest(FILLER)).reason


def test_a_rest_too_short_to_tell_cannot_say_it_is_not_about_it() -> None:
    assert weigh(_read(WHY), (), LEXICON, lambda: _rest(FILLER[:10])).reason


def test_a_lemma_said_twice_counts_once() -> None:
    assert not weigh(_read(WHY), (), LEXICON, lambda: _rest(["compiler"] * 5 + FILLER)).reason


def test_words_about_the_rest_naming_no_one_and_no_need_are_no_reason() -> None:
    rest = ["compiler", "closure", *FILLER]
    assert not weigh(_read(UNGROUNDED), (), LEXICON, lambda: _rest(rest)).reason


PLAN_IN_PORTUGUESE = (
    "1. Criar a tabela `rascunho_pedido` com o identificador do cidadão e o passo atual.\n"
    "2. Adicionar o botão «Guardar e continuar mais tarde» no rodapé de cada passo.\n"
    "3. Enviar por email a ligação para retomar o pedido."
)


def test_a_plan_is_no_reason_for_the_people_and_labels_it_names() -> None:
    """A step naming whose data it stores ("o identificador do cidadão") pictures no one's
    trouble, a quoted button label ("continuar mais tarde") names none, and "no" ("in the")
    is no negation in Portuguese."""
    lexicon = load("pt")
    said = sentences([(line, 1) for line in PLAN_IN_PORTUGUESE.splitlines()], lexicon)
    rest = ["tabela", "botão", "email", "ligação", "pedido", "rascunho", *FILLER]
    assert not weigh(said, (), lexicon, lambda: _rest(rest)).reason


def test_a_class_matched_past_the_end_of_a_sentence_matches_nothing() -> None:
    """ "…what we will." ends on a plan's opener: nothing follows it to match."""
    assert LEXICON["intent"].match(["we", "will"], 2) == 0


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # The users in general, written without spaces, are no group a reader can picture:
        # what the component is for is no reason ("a component for users to show ratings").
        (
            "ja",
            "Ratingは、ユーザーが特定の項目やサービスに対して「評価結果を表示する」ためのコンポーネントです。",
            False,
        ),
        ("zh", "这个组件让用户可以在页面上显示评分结果。", False),
        # ...while a group they can picture is one, and so is a problem the users hit.
        ("ja", "視覚障害のある人がスクリーンリーダーで評価を読めない。", True),
        ("zh", "当前组件必须用 golang 开发，对于多语言用户来说非常不友好。", True),
    ],
)
def test_people_written_without_spaces(language: str, text: str, reason: bool) -> None:
    lexicon = load(language)
    rest = ["filler"] * 3  # too short to tell: the Why's own words decide
    assert weigh(sentences([(text, 1)], lexicon), (), lexicon, lambda: iter(rest)).reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # What a design weighs, counted, is its own analysis: no evidence of a need.
        ("Access to the data is possible via two ways: the reporting API or the database.", False),
        ("There are three options for storing the dashboard's nightly export.", False),
        # A count of the world is.
        ("Two thirds of claimants abandon the form at the income step.", True),
        ("Support answered 1,200 e-mails about lost exports last quarter.", True),
    ],
)
def test_counted_alternatives_are_no_evidence(text: str, reason: bool) -> None:
    rest = ["filler"] * 3  # too short to tell: the Why's own words decide
    assert weigh(_read(text), (), LEXICON, lambda: iter(rest)).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "This makes it challenging for the user's email client to distinguish forwarded emails.",
        "Sorting the export by hand is laborious for the finance team every month end.",
        "Rotating the signing keys is tricky and time-consuming for the on-call engineers.",
    ],
)
def test_a_problem_said_as_hard_in_other_words(text: str) -> None:
    """ "Challenging", "tricky", "laborious" say what "hard" says: a problem someone meets."""
    rest = ["filler"] * 3
    assert weigh(_read(text), (), LEXICON, lambda: iter(rest)).reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A group in general and nothing but the trouble said of them: boilerplate.
        ("Users are frustrated with the current experience and this will make it better.", False),
        # ...what they hit, or who they are, makes it a reason.
        ("Users are frustrated that the search lists sold-out sizes first.", True),
        ("Blind users are frustrated with the current experience.", True),
        # What a group does today, in a verb a plan also uses, is their day, not the plan.
        (
            "Sellers with large catalogues change prices one product at a time before every "
            "sale; a seller with 900 products told us it takes a full day, and 60 sellers "
            "asked for bulk edit this year.",
            True,
        ),
        ("Change prices one product at a time.", False),
    ],
)
def test_a_group_and_what_they_hit(text: str, reason: bool) -> None:
    assert weigh(_read(text), (), LEXICON).reason is reason


# A hurried author's Why that names who decided or where the reason lives, not the reason;
# beside each, an honest one in the same shape.
WHO_DECIDED = [
    ("Requested by the customer success team during the quarterly planning review.", False),
    ("As discussed with @maria in the standup yesterday, we agreed to do this one now.", False),
    ("This is a Q3 priority agreed with leadership in the roadmap planning.", False),
    ("Please see the linked ticket for the full context and all of the details: ENG-4412.", False),
    ("See the linked ticket for context: https://acme.atlassian.net/browse/ENG-4412", False),
    # ...in other words, without "see"
    ("Context is in the Jira epic JIRA-12.", False),
    ("Full background lives in ENG-4412, please read it there.", False),
    ("Details: ENG-4412.", False),
    ("#1234", True),  # a bare citation says nothing either way
    ("Fixes #1234 (crash on login for iPad users).", True),
    ("Requested by support: riders lose their basket when the train enters a tunnel.", True),
    ("Checkout fails for 3% of riders on trains, see ENG-4412.", True),
    ("See #1234: riders lose their basket when the train enters a tunnel.", True),
    ("Agreed in planning because 40 carers a week phone us, unable to find the form.", True),
]


@pytest.mark.parametrize(("why", "reason"), WHO_DECIDED, ids=[w for w, _ in WHO_DECIDED])
def test_who_asked_or_decided_and_where_it_is_written_are_no_reason(why: str, reason: bool) -> None:
    assert weigh(_read(why), (), LEXICON).reason is reason


@pytest.mark.parametrize(
    ("why", "reason", "why_not"),
    [
        # A note left to do says what is still to write, and its words of trouble are no one's
        (
            "This change helps shoppers at checkout, TODO: but the timeout problem with the "
            "current state of things.",
            False,
            "leaves the reason to write later",
        ),
        ("Shoppers use the basket page a lot. TBD: the problem with timeouts.", False, ""),
        # ...beside a reason of its own, it takes nothing from it
        (
            "Shoppers on slow connections wait 9 seconds for the basket page and 14% leave. "
            "TODO: link the dashboard.",
            True,
            "",
        ),
        # "todo" as Spanish writes "all" is no note
        ("Todo el equipo de soporte pierde una hora al día con las devoluciones.", True, ""),
    ],
)
def test_a_note_left_to_do_is_no_reason(why: str, reason: bool, why_not: str) -> None:
    lexicon = load("es") if why.startswith("Todo") else LEXICON
    weighed = weigh(sentences([(why, 1)], lexicon), (), lexicon, lambda: iter(()))
    assert weighed.reason is reason
    assert why_not in weighed.why_not


# Steps told as orders, each with a verb of its own, and a component described with the
# schedule it runs on: the plan, whatever the verbs.
PLAN_AS_ORDERS = [
    "Add a `recurrence` table (`invoice_template_id`, `rrule`, `next_run_at`, `timezone`).",
    "Clone the template into a draft invoice, or send it directly if `auto_send` is on.",
    "Expose `POST /api/v2/recurrences` and add a Repeat section to the invoice editor.",
    "Migration is additive, no backfill needed.",
]


def test_a_plan_told_as_orders_is_no_reason() -> None:
    said = sentences([(line, 1) for line in PLAN_AS_ORDERS], LEXICON)
    rest = ["template", "invoice", "draft", "editor", "send", "directly", "repeat", *FILLER]
    assert not weigh(said, (), LEXICON, lambda: _rest(rest)).reason


@pytest.mark.parametrize(
    "text",
    [
        "Often the bakers give up and copy each invoice by hand at the end of the month.",
        "Sometimes the export fails and bakers copy each invoice by hand.",
    ],
)
def test_a_sentence_opened_by_an_adverb_is_no_order(text: str) -> None:
    rest = ["invoice", "baker", "month", *FILLER]
    assert weigh(_read(text), (), LEXICON, lambda: _rest(rest)).reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A date the work must meet, or what the business gains, is no one's problem...
        ("It has to ship before the trade show on 20 January, so please prioritise it.", False),
        ("Needed for the Q1 release train, so it has to be merged before the code freeze.", False),
        (
            "Saved addresses will boost engagement, reduce churn and improve our store rating.",
            False,
        ),
        # ...but people who cannot do something by a date, or who leave, have one.
        ("Riders cannot book seats before the sale opens on 1 March, so 300 of them called.", True),
        ("Night-shift drivers churn because the map is unreadable in the dark.", True),
    ],
)
def test_a_deadline_or_the_business_gain_is_no_reason(text: str, reason: bool) -> None:
    rest = ["filler"] * 3
    weighed = weigh(_read(text), (), LEXICON, lambda: iter(rest))
    assert weighed.reason is reason
