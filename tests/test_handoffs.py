"""On-call handoffs (kind ``handoff``, rule set ``oncall-handoff``): the work is handed over,
the shift's load is counted, and the outgoing person is asked how they are. Any answer counts,
and no output ever quotes it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

HANDOFF = """\
# On-call handoff: payments, week 48

## Open work

- INC-412: card payments retried twice on Tuesday; fixed, watching the retry queue until Friday.
- Nothing else open.

## Load

- Pages: 7
- Out-of-hours pages: 3

## How are you?

{answer}
"""

ANSWERS = [
    "Exhausted after three night pages.",
    "Fine.",
    "I'd rather not say.",
    "ok",
    "Tired, but the night was quiet in the end; I'll sleep it off.",
    "Asked Sam: tired, two of the pages came after midnight.",  # who asked, then the answer
    "Sam says fine.",
    "Outgoing: fine.",
    "In a low state, the pages wore me down.",  # the ritual's own words, and an answer
    "fine @sam",
]


def check(cli: Callable[..., Run], text: str, *args: str) -> Run:
    return cli("check", "--kind", "handoff", "--format", "json", *args, "-", stdin=text.encode())


def rules(run: Run) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in json.loads(run.out)["findings"]}


@pytest.mark.parametrize("answer", ANSWERS)
def test_any_answer_to_how_are_you_passes(cli: Callable[..., Run], answer: str) -> None:
    run = check(cli, HANDOFF.format(answer=answer))
    assert run.code == 0, run.out
    assert rules(run) == {}


UNANSWERED = [
    ("empty", ""),
    # The author's tick that the ritual happened is not the person's answer.
    ("a rubber stamp", "Asked."),
    ("a tick", "✅"),
    ("done", "Done"),
    ("asked and answered", "Asked and answered."),
    ("checked in", "Checked in."),
    ("checked in with someone, named", "Checked in with Sam."),
    ("asked a handle", "Asked @sam-oncall."),
    ("the ritual's own name ticked", "- [x] State check done"),
    ("the wellbeing check ticked", "- [x] Wellbeing check done"),
    # ...in whichever built-in language the answer is written ("erledigt" in an English handoff)
    ("done, in German", "erledigt"),
    ("done, in Spanish", "Hecho."),
    ("done, in Japanese", "確認済み"),
    # Someone named, alone, says nothing of how the person is.
    ("a handle alone", "@jonah-l"),
    ("the next person's handle", "Next: @tomas-r"),
    ("checked in with a role", "Checked in with the outgoing engineer."),
    ("a placeholder", "TBD"),
    ("the template's slot", "<The outgoing person's answer>"),
    ("a dash", "-"),
    ("an em dash", "—"),
    ("an en dash", "–"),
    ("an issue form's empty field", "_No response_"),
    ("only a comment", "<!-- ask them -->"),
]


@pytest.mark.parametrize(("name", "answer"), UNANSWERED, ids=[u[0] for u in UNANSWERED])
def test_an_unanswered_state_check_is_an_error(
    cli: Callable[..., Run], name: str, answer: str
) -> None:
    run = check(cli, HANDOFF.format(answer=answer))
    assert run.code == 1
    assert rules(run) == {"handoff-state-check": "error"}


# Why an answer was set aside, so that its author knows what to change. The state check's
# answer is never quoted, even set aside; open work's is.
SET_ASIDE = [
    ("state", "- [x] checked", "what is written only says that it was asked or done"),
    ("state", "Checked in with Sam.", "what is written only says that it was asked or done"),
    ("state", "See the Slack thread.", "what is written points elsewhere"),
    ("state", "All systems green, queue empty.", "what is written tells how the systems are"),
    ("state", "The team is fine.", "what is written tells how others are"),
    ("state", "_No response_", "what is written says that no one answered"),
    ("state", "", "nothing is written under it"),
    ("open", "TBD", "“TBD” is a placeholder"),
    ("open", "See the board.", "“See the board.” points elsewhere"),
    ("open", "Same as last week.", "“Same as last week.” names nothing in particular"),
    ("open", "*(to be filled in at the handover)*", "is the template's instruction"),
    ("open", "Will write it up later.", "“Will write it up later.” only promises it for later"),
    ("state", "Later.", "what is written only promises it for later"),
]


# An answer that only promises itself for later, in the team's words: (language, open work,
# how they are, the rules that fire).
DEFERRED = [
    ("nl", "zet ik straks in de overdracht 👍", "moe maar oké", {"handoff-open-work"}),
    ("nl", "Pomp 3 staat nog uit, kijk er straks naar.", "moe maar oké", set()),
    ("ja", "3号タンクの確認をお願いします。", "あとで書きます", {"handoff-state-check"}),
    ("ja", "3号タンクの確認をお願いします。", "あとで書きます。ちょっと疲れました", set()),
    ("zh", "3号罐请检查。", "稍后补上", {"handoff-state-check"}),
    ("ko", "3번 탱크 확인 부탁드려요.", "나중에 쓸게요", {"handoff-state-check"}),
    ("en", "INC-4411 still open.", "Tired, will sleep later.", set()),
]


@pytest.mark.parametrize(("language", "open_work", "state", "fired"), DEFERRED)
def test_an_answer_put_off_till_later_is_none(
    cli: Callable[..., Run], language: str, open_work: str, state: str, fired: set[str]
) -> None:
    text = (
        f"---\nlang: {language}\n---\n# Handoff\n\n## Open work\n\n{open_work}\n\n"
        f"## Pages\n\nPages: 3, 1 at night.\n\n## How are you?\n\n{state}\n"
    )
    assert set(rules(check(cli, text))) == fired


@pytest.mark.parametrize(("part", "written", "said"), SET_ASIDE)
def test_an_answer_set_aside_says_why(
    cli: Callable[..., Run], part: str, written: str, said: str
) -> None:
    text = HANDOFF.format(answer="Fine." if part == "open" else written)
    if part == "open":
        text = re.sub(r"(?s)## Open work\n\n.*?\n\n", f"## Open work\n\n{written}\n\n", text)
    rule = "handoff-state-check" if part == "state" else "handoff-open-work"
    [finding] = [f for f in json.loads(check(cli, text).out)["findings"] if f["rule"] == rule]
    assert said in finding["detail"]
    if part == "state" and written:
        assert written.removeprefix("- [x] ") not in finding["detail"]


TEAM_WORDING = """\
name: handoff-words
kinds: [handoff]
rules:
  - id: no-minimising
    severity: warning
    message: Avoid wording that minimises work handed over.
    check:
      phrases:
        phrases:
          - {pattern: "\\\\b(just|only)\\\\b", message: "Minimising words hide work."}
"""


@pytest.mark.parametrize(
    "asked",
    [
        "## How are you?\n\nHonestly just exhausted, I only slept four hours since Tuesday.\n",
        "**How are you holding up?** Honestly just exhausted, I only slept four hours.\n",
        # a chat's turns, asked and answered; and the answer given unasked
        "## Check-in\n\nRavi: how are you holding up?\nMia: just exhausted, three nights of "
        "pages. I should be ok by Tuesday.\n",
        "Me: just wiped, taking Friday off. Should be fine by Monday.\n",
    ],
)
def test_a_teams_own_rule_never_quotes_or_judges_how_someone_is(
    write: Callable[[str, str], Path], cli: Callable[..., Run], asked: str
) -> None:
    write(
        ".spec-gate.yml",
        "documents:\n  - kind: handoff\n    paths: ['handoffs/*.md']\n"
        "    rulesets: [builtin:oncall-handoff, ./words.yml]\n",
    )
    write("words.yml", TEAM_WORDING)
    text = HANDOFF.split("## How are you?", maxsplit=1)[0].replace(
        "Nothing else open.", "Just the one."
    )
    write("handoffs/week-48.md", text + asked)
    found = [
        f for f in cli("check", "--format", "json").json["findings"] if f["rule"] == "no-minimising"
    ]
    assert [f["detail"] for f in found] == ["in “Just the one.” (“Just”)"]  # open work's


def test_a_handoff_that_never_asks_fails(cli: Callable[..., Run]) -> None:
    text = HANDOFF.format(answer="Fine.").replace("## How are you?\n\nFine.\n", "")
    run = check(cli, text)
    assert rules(run) == {"handoff-state-check": "error"}
    [finding] = json.loads(run.out)["findings"]
    assert finding["detail"] == (
        "no part for it among “Open work”, “Load”: add a heading, label or line such as "
        "“How are you?”"
    )  # the document's own parts, so that a heading the rule does not read is seen as one
    bare = cli("check", "--kind", "handoff", "--format", "json", "-", stdin=b"Pages: 3\n")
    assert [f["detail"] for f in bare.json["findings"] if f["rule"] == "handoff-open-work"] == [
        "no part for it: no heading, label or line such as “Open work”"
    ]


@pytest.mark.parametrize(
    ("open_work", "expected"),
    [
        ("Nothing open.", {}),
        ("None.", {}),  # an explicit nothing
        ("- <INC-412: checkout errors, mitigated, watching the retry queue>", None),
        ("TBD", None),
        ("", None),
        # A template's guidance left in place, in italics: it tells the author what to write.
        ('*List each open incident and alert. If nothing is open, write "Nothing open".*', None),
        ("_Describe what the next person inherits._", None),
        ("*Nothing open; the refund queue drained on Friday.*", {}),  # an answer in italics
        # Only a pointer elsewhere hands nothing over; a ticket named does.
        ("See dashboard.", None),
        ("See the wiki", None),
        ("See INC-4471 (still open).", {}),
        # Not knowing, or a person to ask, hands nothing over.
        ("No idea, ask Max.", None),
        ("Ask Max about INC-4471, still open.", {}),
        # ...nor a place where it all is, someone else to ask, or "you know the drill".
        ("Everything open is on the board, as usual. Have a look there when you start.", None),
        ("It's all in ServiceNow under my name, have a look.", None),
        ("TBD, ask Marco in the morning, he has the list.", None),
        ("Same as last week really, nothing new. You know the drill.", None),
        ("Ask Marco about the Dunmore scales fault, he started on it.", {}),
        ("The till printer fault is in the queue; the vendor is coming on Tuesday.", {}),
        ("Nothing open, nothing new.", {}),
        # ...nor the last handover or a board, in words of their own; what it holds does.
        ("Same as last handoff, see the board.", None),
        ("Nothing new since Tuesday's handover — check that one.", None),
        ("The cert renewal card on the board is still open: it expires on Friday.", {}),
        ("One alert still firing on the export job.", {}),
        # Said in a sentence of a prose handoff.
        ("A quiet week, so in short: nothing is open, and the backlog is triaged.", {}),
        ("Two things are still open — INC-88 and the muted disk alert.", {}),
        ('*If nothing is open, write "Nothing open".*', None),  # the template's guidance
    ],
)
def test_open_work_is_handed_over_or_said_to_be_nothing(
    cli: Callable[..., Run], open_work: str, expected: dict[str, str] | None
) -> None:
    text = HANDOFF.format(answer="Fine.")
    start = text.index("## Open work") + len("## Open work\n\n")
    text = text[:start] + open_work + "\n\n" + text[text.index("## Load") :]
    assert rules(check(cli, text)) == (
        expected if expected is not None else {"handoff-open-work": "error"}
    )


@pytest.mark.parametrize(
    ("handoff", "expected"),
    [
        # A label's part ends at the next bold lead, a question's too; a title that says
        # "handover" titles none of the labelled parts under it.
        (
            "# Relevo de guardia\n\n**Pendiente:** lo de siempre.\n\n"
            "**¿Cómo estás?** Cansada, pero bien.\n\n**Llamadas:** 4 (1 de noche)\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Depot handover\n\n**Open work:** the usual stuff, you know the drill.\n\n"
            "**How are you holding up?** Tired.\n\n**Pages:** 4 (2 overnight)\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Depot handover\n\n**Open work:** bay 3 scanner drops scans, vendor due Monday.\n\n"
            "**How are you holding up?** Tired.\n\n**Pages:** 4 (2 overnight)\n",
            {},
        ),
        # A board, a ticket tool or a colleague to ask, in the team's language, names nothing.
        (
            "# Übergabe Bereitschaft\n\n## Offene Punkte\nSiehe Ticketsystem, Filter „meine "
            "offenen“.\n\n## Wie geht's dir?\nMüde, aber es geht.\n\n## Alarme\nAlarme: 3, davon nachts: 2\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Passation d'astreinte\n\n## Travail ouvert\nTout est dans Jira, tu verras.\n\n"
            "## Comment vas-tu ?\nFatigué.\n\n## Charge\nAlertes : 3, dont la nuit : 1\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Overdracht piket\n\n## Openstaand\nVraag maar aan Pieter, die weet ervan.\n\n"
            "## Hoe gaat het met je?\nMoe.\n\n## Belasting\nPages: 3, buiten kantoortijd: 1\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Passaggio di consegne\n\n## Lavori aperti\nChiedi a Giulia, lei sa tutto.\n\n"
            "## Come stai?\nStanco.\n\n## Carico\nChiamate: 3, di notte: 1\n",
            {"handoff-open-work": "error"},
        ),
        (
            "# Passaggio di consegne\n\n## Lavori aperti\nChiedi a Giulia del rimborso "
            "bloccato della camera 214.\n\n## Come stai?\nStanco.\n\n## Carico\n"
            "Chiamate: 3, di notte: 1\n",
            {},
        ),
    ],
)
def test_open_work_pointed_to_elsewhere_in_any_language(
    cli: Callable[..., Run], handoff: str, expected: dict[str, str]
) -> None:
    found = rules(check(cli, handoff))
    assert {rule: found[rule] for rule in found if rule == "handoff-open-work"} == expected


@pytest.mark.parametrize(
    ("load", "expected"),
    [
        ("- Pages: 7\n- Out-of-hours pages: 3", {}),
        ("- Pages: seven\n- Out-of-hours pages: none", {}),
        ("Pages: **12** (4 of them out of hours)\nNight pages: 4", {}),
        ("- Pages: <number>\n- Out-of-hours pages: <number>", {"handoff-load": "warning"}),
        ("- Pages: 7", {"handoff-load": "warning"}),  # out of hours not given
        ("- Out-of-hours pages: 3", {"handoff-load": "warning"}),  # only one of the two
        ("A busy week.", {"handoff-load": "warning"}),
    ],
)
def test_the_load_is_given_as_numbers(
    cli: Callable[..., Run], load: str, expected: dict[str, str]
) -> None:
    text = HANDOFF.format(answer="Fine.").replace("- Pages: 7\n- Out-of-hours pages: 3", load)
    assert rules(check(cli, text)) == expected


@pytest.mark.parametrize(
    ("load", "line"),
    [
        ("- Pages: <number>\n- Out-of-hours pages: <number>", 10),  # the template's, untouched
        ("- Pages: 7\n- Out-of-hours pages: ?", 11),
        ("A busy week.", 1),  # nothing asks for a figure: the document
    ],
)
def test_a_missing_figure_is_pointed_at_where_it_is_asked(
    cli: Callable[..., Run], load: str, line: int
) -> None:
    text = HANDOFF.format(answer="Fine.").replace("- Pages: 7\n- Out-of-hours pages: 3", load)
    [finding] = [f for f in json.loads(check(cli, text).out)["findings"]]
    assert (finding["rule"], finding["line"]) == ("handoff-load", line)


@pytest.mark.parametrize(
    ("after", "trip"),
    [
        # put to "you" after the answer: the asker's words, read
        (
            "I know you're exhausted, but could you cover one more night? We're counting on you.",
            True,
        ),
        # the outgoing person's own words go on being theirs: never read
        ("Honestly I could do another night if the team needs me, I know how it is.", False),
    ],
)
def test_a_guilt_trip_under_the_state_check_after_the_answer(
    cli: Callable[..., Run], after: str, trip: bool
) -> None:
    text = HANDOFF.format(answer=f"Fine, a bit tired.\n\n{after}")
    found = [
        f for f in json.loads(check(cli, text).out)["findings"] if f["rule"] == "no-guilt-trip"
    ]
    assert bool(found) is trip


def test_the_load_under_open_work_is_not_what_is_handed_over(cli: Callable[..., Run]) -> None:
    """ "TBD", then the shift's figures with no part of their own: the figures are the load."""
    text = "## Open work\n\nTBD\n\nPages: 1\nOut-of-hours pages: 0\n\n## How are you?\n\nfine\n"
    assert rules(check(cli, text)) == {"handoff-open-work": "error"}
    named = text.replace("TBD", "Bin 7: 60 %, the fan is off until the electrician comes at 9.")
    assert rules(check(cli, named)) == {}


def test_the_load_in_front_matter_counts(cli: Callable[..., Run]) -> None:
    text = "---\npages: 7\nout_of_hours_pages: 2\n---\n" + HANDOFF.format(answer="Fine.")
    text = text.replace("- Pages: 7\n- Out-of-hours pages: 3", "See the pager log.")
    assert rules(check(cli, text)) == {}


GUILT = [
    "I know you're tired, but the team needs you to cover Saturday.",
    "We're counting on you to keep the pager until Monday.",
    "Just one more night and the rota is back to normal.",
    "I know it's been a long week, but could you take the weekend too?",
    # Knowing what it cost them, then "but": said in words of the writer's own, or in the
    # sentence before.
    "I know the release crunch flattened you, sorry in advance, but you'll need to be on the "
    "bridge for the cutover.",
    "I know this week has taken a lot out of you and I don't want to pile on. Since you have "
    "the context, though, it makes most sense for you to stay on the thread this weekend.",
    # The turn in one sentence, the ask in the next; rest named only as the problem, or put off.
    "I know last week wrecked you, but if you take Friday off the backlog slips. Please cover "
    "Friday; we can talk about time off once the deadline's through.",
    "I know you're exhausted, but if you take Monday off the release slips, so please be on "
    "the bridge.",
    "I hear you on being tired, but Ama did two double shifts without a word of complaint.",
    "I hear you on being tired, but we're all running on fumes. I'd really rather you picked "
    "up the migration this weekend.",
    # ...whoever the sentence says must do it, in the sentence after, or after "sorry you"
    "Tomás, you look exhausted, but somebody has to cover the freeze weekend and you know the "
    "system best.",
    "I know you're tired. Can you still take the Saturday migration? It's only a couple of hours.",
    "Sorry you drew the short straw again, but you'll have to take the Sunday too, there's no "
    "one else.",
    "Nobody wants it and I know you're exhausted, but somebody has to take the Sunday shift.",
    "I know you're tired. Somebody has to do Sunday though, and it can't be me.",
    "You've been paged nine times, I get it. Still, would you mind keeping the pager until "
    "Wednesday?",
    "I know you're tired. Any chance you could take Saturday?",
    # A conditional ask, the team's gain as its reason; more time made small by its count.
    "I realise it's been a rough week for you, but it would help everyone so much if you could "
    "hold the pager again on Sunday.",
    "It's only a couple more hours this evening, you'll barely notice; could you just keep the "
    "pager until 22:00?",
    "Could you do two more nights?",
    # The team said to be lost without them, in the sentence that rosters or asks them.
    "Sol, thanks for being such a team player; the depot can't cope without you this weekend, "
    "so I've put you down for Saturday and Sunday as well.",
    "Ada, you've been amazing and we'd honestly be lost without you, so could you pick up "
    "Monday night as well?",
]
RELIEF = [
    "You've had three night pages, so I'll take your Saturday shift.",
    "You sounded drained on Friday's call, so I'll take Thursday's early shift; no need to swap "
    "back.",
    "Could you note how many more hours the migration needs?",  # how much, not more of you
    "I'll take one more night so you can rest.",
    "If you need to swap Saturday, tell me and I'll cover it.",
    "Exhausted, but you can reach me on Slack if the retry queue grows.",
    # What is known is about a thing, or the ask is to rest.
    "I know the handover template is long, but you need to fill in the state check.",
    "I know you wanted to stay for the migration, but please go home and sleep.",
    "I know you're keen, but please don't stay late.",  # asked not to work more
    # The writer's own rough night, then an ordinary ask of the next person.
    "The night was rough. Still, could you check the backup job when you're in?",
    "I know it was a long one, but please take the morning off; I'll cover the 11:00.",
    "Sorry you had a rough week, but someone has to cover Sunday, so I will and you rest.",
    "I know you're tired. Please take Friday off.",
    "I know you're tired. Somebody has to do Sunday, so I'll do it; you rest.",
    "You've been paged nine times, I get it. Take tomorrow off, I have the pager.",
    "I know the template is long. Could you fill in the load section?",
    # The writer's own strain, told to someone who asked, and help offered.
    "You asked how I'd be by the end of this, so: rough. I'm around on slack if you need context.",
    # Thanks after the fact asks nothing; nor does relief offered after it.
    "We couldn't have done it without you this week, thanks.",
    "Without you we would have been lost, so take Monday off and I'll cover.",
]


@pytest.mark.parametrize("sentence", GUILT)
def test_a_guilt_trip_is_a_warning(cli: Callable[..., Run], sentence: str) -> None:
    text = HANDOFF.format(answer="Fine.") + f"\n## Notes\n\n{sentence}\n"
    run = check(cli, text)
    assert rules(run) == {"no-guilt-trip": "warning"}
    assert run.code == 0  # a warning: it does not block


@pytest.mark.parametrize("sentence", RELIEF)
def test_offering_relief_is_not_a_guilt_trip(cli: Callable[..., Run], sentence: str) -> None:
    text = HANDOFF.format(answer="Fine.") + f"\n## Notes\n\n{sentence}\n"
    assert rules(check(cli, text)) == {}


@pytest.mark.parametrize(
    ("open_work", "handed_over"),
    [
        ("- the usual", False),
        ("- same as last week", False),
        ("- A few things, ask me if you need anything.", False),
        ("- INC-412 still open", True),
        ("- Refunds stuck in the ledger sync; the vendor's fix is due Monday.", True),
        ("- All good, nothing to report.", True),
        # What only sends the reader elsewhere names nothing; what it names, it names.
        ("- the usual. see dashboard", False),
        ("- A couple of things, just ping me", False),
        ("- Refunds stuck in the ledger sync; see the runbook.", True),
    ],
)
def test_open_work_names_what_is_handed_over(
    cli: Callable[..., Run], open_work: str, handed_over: bool
) -> None:
    text = re.sub(r"(## Open work\n\n)(?:- .*\n)+", rf"\g<1>{open_work}\n", HANDOFF)
    text = text.format(answer="Fine.")
    assert ("handoff-open-work" not in rules(check(cli, text))) is handed_over


LISTED_UNDER_A_LABEL = [
    # (a label standing alone over a list whose items open with labels of their own, passes)
    (
        "**What's still open**\n- **Autoscaler stuck (PLAT-918):** drain `batch-b` by hand "
        "above 40 nodes.\n- **etcd defrag:** Wednesday 07:00, prep done.",
        True,
    ),
    (
        "- open:\n  - MSG-1120: broker 5 disk is slow; excluded from new partitions.\n"
        "  - MSG-1124: lag on partition 17, draining.\n- me: fine",
        True,
    ),
    ("**Open / yours now:**\n- **CX-55812.** TG-17 still out; apply the overflow route.", True),
    # ...or over a line that only introduces it ("NL:", in a note written twice)
    ("**Open werk / Open work**\nNL:\n- **RP-448**: de geocoder geeft lege resultaten.", True),
    # ...but only its own list: an empty label over the next part's words hands nothing over.
    ("**What's still open**\n\n**Me:** tired but fine, nothing needed.", False),
    ("- open:\n- me: tired but fine", False),
]


@pytest.mark.parametrize(("handed", "passes"), LISTED_UNDER_A_LABEL)
def test_a_label_standing_alone_holds_the_list_under_it(
    cli: Callable[..., Run], handed: str, passes: bool
) -> None:
    text = f"# Handoff, platform, week 12\n\nPages: 6, out of hours: 2\n\n{handed}\n\n"
    text += "How are you? Tired but fine.\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is passes


HEADED_IN_OTHER_WORDS = [
    # the words a team heads its open work with, as any handover does
    ("## To do\n\n- FRAUD-77: check the decline dashboard each morning.", True),
    ("## Still to do\n\n- PAY-9301: #4901 was reverted; tell the author by Wednesday.", True),
    ("## Handover\n\n- PAY-9301: #4901 was reverted; tell the author by Wednesday.", True),
    ("What Priya inherits: FRAUD-77, the decline threshold at 40 a day.", True),
    ("[08:53] Kenji: fix is PR #4410. it's yours, deploy it Tuesday morning.", True),
    # ...not a label that only names the handover's date
    ("Handover date: 2024-09-30", False),
]


@pytest.mark.parametrize(("handed", "passes"), HEADED_IN_OTHER_WORDS)
def test_open_work_is_found_under_the_words_a_team_uses(
    cli: Callable[..., Run], handed: str, passes: bool
) -> None:
    text = f"# Handoff, payments, 30 November\n\n{handed}\n\n## Load\n\nPages: 2, out of "
    text += "hours: 0\n\n## How are you?\n\nFine, slept well.\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is passes


SECRET = "Honestly wrecked, the Tuesday pages got to me"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "github", "sarif", "codequality"])
def test_no_output_quotes_the_answer(cli: Callable[..., Run], fmt: str) -> None:
    # Every other rule fails, so the document is reported at length; the answer is still
    # never in the output, not even a guilt trip said inside it.
    text = (
        "# Handoff\n\n## How are you?\n\n"
        f"{SECRET}. I know you're tired, but the team needs you to cover Saturday.\n"
    )
    run = cli("check", "--kind", "handoff", "--format", fmt, "-", stdin=text.encode())
    assert run.code == 1
    assert "wrecked" not in run.out
    assert "Tuesday pages" not in run.out
    assert "handoff-open-work" in run.out


def test_init_writes_a_handoff_template_that_fails_untouched_and_passes_filled_in(
    cli: Callable[..., Run], write: Callable[[str, str], Path]
) -> None:
    assert cli("init").code == 0
    template = Path("oncall/handoffs/TEMPLATE.md").read_text(encoding="utf-8")
    assert Path(".github/ISSUE_TEMPLATE/oncall-handoff.yml").is_file()
    write("oncall/handoffs/2026-12-01.md", template)  # copied, not filled in
    untouched = json.loads(cli("check", "--format", "json").out)
    assert {(f["rule"], f["severity"]) for f in untouched["findings"]} == {
        ("handoff-open-work", "error"),
        ("handoff-load", "warning"),
        ("handoff-state-check", "error"),
    }
    filled = (
        template.replace(
            "<INC-412: checkout errors, mitigated at 02:10, watching the retry queue until Friday>",
            "Nothing open: the retry queue drained on Thursday.",
        )
        .replace("Pages: <number>", "Pages: 4")
        .replace("Out-of-hours pages: <number>", "Out-of-hours pages: 1")
        .replace("<The outgoing person's answer>", "Fine, a quiet week.")
    )
    write("oncall/handoffs/2026-12-01.md", filled)
    run = cli("check", "--format", "json")
    assert json.loads(run.out)["findings"] == [], run.out
    assert [d["path"] for d in json.loads(run.out)["documents"]] == [
        "oncall/handoffs/2026-12-01.md"
    ]


def test_an_issue_form_handoff_body_is_read_like_a_file(cli: Callable[..., Run]) -> None:
    # What GitHub writes for an issue opened from the form `init` writes.
    body = (
        "### Open work\n\nNothing open\n\n### Pages\n\n7\n\n### Out-of-hours pages\n\n2\n\n"
        "### How are you?\n\n{answer}\n"
    )
    assert rules(check(cli, body.format(answer="I'd rather not say"))) == {}
    assert rules(check(cli, body.format(answer="_No response_"))) == {
        "handoff-state-check": "error"
    }


IN_LANGUAGES = [
    ("zh", "## 未关闭事项\n\n1. STOR-3391：扩容中。", "## 你还好吗", "有点累。"),
    (
        "ja",
        "## 継続中の案件\n\n- NET-640：証明書の更新。",
        "## 調子はどうですか",
        "少し疲れています。",
    ),
    ("es", "## Trabajo abierto\n\nNada abierto.", "## ¿Cómo estás?", "Agotada tras tres avisos."),
    ("fr", "## Sujets ouverts\n\nRien d'ouvert.", "## Comment vas-tu ?", "Fatigué, mais ça va."),
    ("fr", "## Sujets ouverts\n\nRien d'ouvert.", "## Comment vas-tu ?", "Bien."),  # all everyday
    ("de", "## Offene Punkte\n\nNichts offen.", "## Wie geht es dir?", "Müde, aber gut."),
    ("ja", "## 引き継ぎ事項\n\nなし。", "## 調子はどうですか", "少し疲れています。"),
    # What is open, named in the heading's own words, not a heading from a list.
    ("de", "## Offene Störungen\n\n- STR-551: Sektor 2 aus.", "## Wie geht's dir?", "Müde."),
    ("es", "### ¿Qué queda abierto?\n\n- INC-77: pagos lentos.", "### ¿Cómo estás?", "Bien."),
    (
        "fr",
        "## Incidents et sujets ouverts\n\n- INC-44 : factures.",
        "## Comment vas-tu ?",
        "Ça va.",
    ),
]


# "Nothing open" in the team's language is an answer; not knowing is none.
NOTHING_IN_LANGUAGES = [
    ("de", "Offene Punkte", "Nichts offen.", "Wie geht es dir?", True),
    ("de", "Offene Punkte", "Keine Ahnung, frag Jonas.", "Wie geht es dir?", False),
    ("nl", "Openstaande punten", "Niets open.", "Hoe gaat het met je?", True),
    ("pt", "Pendências", "Nada pendente.", "Como você está?", True),
    ("ja", "引き継ぎ事項", "特になし。", "調子はどうですか", True),
]


@pytest.mark.parametrize(("lang", "heading", "said", "question", "passes"), NOTHING_IN_LANGUAGES)
def test_nothing_open_in_the_teams_language(
    cli: Callable[..., Run], lang: str, heading: str, said: str, question: str, passes: bool
) -> None:
    text = f"---\nlang: {lang}\n---\n# H\n\n## {heading}\n\n{said}\n\n## {question}\n\nOk.\n\n"
    found = rules(check(cli, text + "- Pages: 3\n- Out-of-hours pages: 1\n"))
    assert ("handoff-open-work" not in found) is passes


# "Nothing open" said anywhere in the team's words (a word of none and one of open work in
# one clause); not a guess.
NOTHING_LEFT = [
    ("it", "[Dom 22:49] Giulia: Di aperto non resta niente, i tornelli sono a posto.", True),
    ("nb", "Ingen åpne saker heller, alt er lukket. Du arver en rolig båt.", True),
    ("de", "Heute Nacht war ruhig, keine offenen Punkte.", True),
    ("de", "Keine Ahnung, was noch offen ist.", False),
    ("de", "Wenn nichts offen ist, schreib „Nichts offen“.", False),  # a condition, an example
    ("en", "I've got nothing left in the tank.", False),  # how one is, not the work
    ("en", "Nothing remaining to say, ask me if anything.", False),
]


def test_the_templates_instruction_says_nothing_is_open(cli: Callable[..., Run]) -> None:
    text = (
        "# Handoff\n\n## 1. Open incidents / follow-ups\n\n*List each open incident, any "
        "alert you are watching, and follow-ups that are not done. If nothing is open, write "
        '"Nothing open".*\n\n- \n- \n\n## 2. Load\n\n| Pages | Out of hours |\n|---:|---:|\n'
        "| 13 | 7 |\n"
    )
    assert "handoff-open-work" in rules(check(cli, text))


@pytest.mark.parametrize(("lang", "said", "passes"), NOTHING_LEFT)
def test_nothing_left_said_anywhere(
    cli: Callable[..., Run], lang: str, said: str, passes: bool
) -> None:
    text = f"---\nlang: {lang}\n---\n# H\n\n{said}\n\n- Pages: 3\n- Out-of-hours pages: 1\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is passes


# The writer's own word on how they are, in the team's language (and what is not one).
SELF_REPORT_IN_LANGUAGES = [
    ("fr", "Je suis crevé, la nuit de mardi était longue.", True),
    ("fr", "Je suis ok pour prendre samedi.", False),  # what one is free for
    ("de", "Mir geht es gut, nur etwas müde.", True),
    ("de", "Wir sind alle müde.", False),  # "we": not the writer alone
    ("nl", "Ik ben behoorlijk moe.", True),
    ("es", "Estoy agotada, pero bien.", True),  # the pronoun dropped: the verb's own person
    ("es", "Estás agotada, lo sé.", False),  # ...and not the person spoken to
    ("pt", "Estou cansado, mas tranquilo.", True),
    # ...worn out "de cansaço", "de sueño": the cause said, not something agreed to
    ("pt", "Estou morta de cansaço, vou tirar sexta de folga.", True),
    ("es", "Estoy muerta de cansancio, me tomo el viernes libre.", True),
    ("pt", "Estou bem com o plano de sábado.", False),
    ("it", "Sto bene, solo un po' stanca.", True),
    # How people say they are done in, with the pronoun dropped as in a note.
    ("de", "Bin ehrlich gesagt völlig durch.", True),
    # ...in idioms and in a note's dropped words
    ("nb", "Du spurte hvordan jeg har det: jeg har det fint, litt værsjuk.", True),
    ("nl", "Noor vroeg hoe ik erbij zit: gaat wel hoor, kapot maar tevreden.", True),
    ("de", "Zu mir: bin hundemüde, aber sonst gut drauf.", True),
    ("pt", "Eu estou morta, sinceramente.", True),
    ("nl", "Ben eerlijk gezegd bekaf.", True),
    ("nl", "DS-3090 zet ik op mijn naam.", False),  # "op" is a preposition here
    # Scripts written without spaces drop the pronoun: how one is, said of no one else.
    ("ja", "正直かなり疲れてます…ほぼ寝てないです", True),
    ("ja", "疲れてるのはみんな同じだよ。", False),
    ("zh", "还行，就是有点困。", True),
    ("zh", "我知道你很累。", False),
    ("ko", "솔직히 좀 피곤해요. 그래도 괜찮아요.", True),
    ("ko", "[박준호] [오전 8:07] 솔직히 너무 피곤해요.", True),  # "너무", very, names no one
    ("ko", "피곤한 건 알겠는데 다들 피곤해.", False),
    ("ja", "<例：少し疲れています>", False),  # a template's placeholder says nothing
    ("ko", "도윤님은 괜찮으세요?", False),  # asked of someone, not said of oneself
    ("ja", "夜間の呼出しが続いて、正直もうヘトヘトです。", True),  # after a clause
    ("zh", "其他都还行，就是有点困。", True),  # "其他", the rest, names no one
    # ...nor someone else's seen from outside, or the reader's, asked a favour despite it
    ("ja", "田中さんは疲れているようだった。", False),
    ("ja", "疲れているところ本当に申し訳ないんだけど、来週もう一週お願いできないかな。", False),
    ("zh", "小王看起来很累。", False),
    ("ko", "김 대리님이 피곤해 보였어요.", False),
    ("ko", "많이 피곤하시겠지만 이번 주말도 부탁드려요.", False),
    ("nb", "Jeg er helt utslitt.", True),
    ("it", "Sono distrutta.", True),
    ("pt", "Tô só o pó, sinceramente.", True),
]


@pytest.mark.parametrize(("lang", "said", "passes"), SELF_REPORT_IN_LANGUAGES)
def test_the_writers_own_word_in_the_teams_language(
    cli: Callable[..., Run], lang: str, said: str, passes: bool
) -> None:
    text = f"---\nlang: {lang}\n---\n# H\n\nINC-44 is still open.\n\nPages: 3, out of hours: 1\n\n"
    found = rules(check(cli, text + said + "\n"))
    assert ("handoff-state-check" not in found) is passes


# A guilt trip in the team's language (a warning), and relief offered (none).
GUILT_IN_LANGUAGES = [
    ("fr", "Je sais que tu es à bout, mais il faudra que tu reprennes l'astreinte samedi.", True),
    ("fr", "On compte sur toi pour garder le pager jusqu'à lundi.", True),
    ("fr", "Tu es épuisé, donc je prends ton samedi.", False),
    ("de", "Ich weiß, du bist erschöpft, aber du musst am Samstag noch einmal übernehmen.", True),
    ("de", "Du bist müde, also übernehme ich deinen Samstag.", False),
    ("nl", "Ik weet dat je moe bent, maar je moet zaterdag nog een dienst doen.", True),
    ("nl", "Je bent moe, dus ik neem je zaterdag over.", False),
    # Languages that drop the pronoun: the ask is in the verb's form ("tendrás que").
    ("es", "Sé que estás agotada, pero tendrás que cubrir el sábado.", True),
    ("es", "Sé que estás cansado, pero tenemos que cerrarlo juntos.", False),
    ("pt", "Sei que você está esgotado, mas você vai ter que cobrir o sábado.", True),
    ("it", "So che sei esausta, ma dovrai coprire anche sabato.", True),
    ("it", "Sei stanca, quindi ti copro io sabato.", False),
    # The team let down, a colleague who never complained: pressure, in the team's words.
    ("de", "Wer jetzt schlappmacht, lässt die Kollegen hängen.", True),
    ("de", "Wir brauchen dich am Samstag noch einmal.", True),
    ("de", "Brauchst du etwas?", False),  # asked of the person, not leaning on them
    ("pt", "O cliente não pode ficar à espera. Não me deixes mal.", True),
    ("fr", "Ce n'est vraiment pas le moment de lâcher, on compte sur toi.", True),
    ("es", "Marta hizo dos semanas seguidas sin quejarse.", True),
    # Norwegian, which had none of these words; and more ways of leaning and pressing.
    ("nb", "Jeg vet du er sliten, men teamet regner med deg på lørdag også.", True),
    ("nb", "Du er sliten, så jeg tar lørdagen. Sov godt.", False),  # relief
    ("it", "So che sei distrutto, ma domenica prossima ci servi tu. Non deluderci.", True),
    ("pt", "Sem pressão, mas você é o único que sabe operar a prensa no manual.", True),
    # Chinese, Japanese and Korean, which had none: leaning on the person, as written.
    (
        "zh",
        "知道你感冒了不舒服，但除了你没人调得准这个色，今晚再顶一个夜班吧，别让大家失望。",
        True,
    ),
    ("zh", "辛苦了，今晚我来值班，你好好休息。", False),
    ("ja", "疲れてるのは分かってるけど、みんな頼りにしてるから今夜もお願い。", True),
    (
        "ja",
        "疲れているのは分かるけど、みんな高橋さんを頼りにしているので、週末もお願いします。",
        True,
    ),
    ("es", "Sé que vienes de tres noches seguidas, pero el equipo cuenta contigo el sábado.", True),
    ("ja", "お疲れさまでした。ゆっくり休んでください。", False),
    ("ko", "피곤한 거 아는데 내일 7시 픽업 부탁해요. 다 서연씨만 믿고 있어요.", True),
    ("ko", "호출은 두 건밖에 없어요. 푹 쉬세요.", False),  # "only two", not "only you"
]


@pytest.mark.parametrize(("lang", "sentence", "trip"), GUILT_IN_LANGUAGES)
def test_a_guilt_trip_in_the_teams_language(
    cli: Callable[..., Run], lang: str, sentence: str, trip: bool
) -> None:
    opening = {
        "fr": "## Sujets ouverts\n\nRien d'ouvert.\n\n## Comment vas-tu ?\n\nFatigué, mais ça va.",
        "de": "## Offene Punkte\n\n- STR-551: Sektor 2 aus.\n\n## Wie geht es dir?\n\nMüde, aber gut.",
        "nl": "## Openstaande punten\n\n- INC-44: trage betalingen.\n\n## Hoe gaat het met je?\n\n"
        "Moe, maar goed.",
        "es": "## Temas pendientes\n\n- INC-77: pagos lentos.\n\n## ¿Cómo estás?\n\nBien.",
        "pt": "## Pendências\n\n- INC-77: pagamentos lentos.\n\n## Como você está?\n\nBem.",
        "it": "## Punti aperti\n\n- INC-77: pagamenti lenti.\n\n## Come stai?\n\nBene.",
        "nb": "## Åpne saker\n\n- INC-77: trege betalinger.\n\n## Hvordan har du det?\n\nBra.",
        "zh": "## 未结事项\n\n- INC-77：支付变慢。\n\n## 你怎么样？\n\n有点累。",
        "ja": "## 引継事項\n\n- INC-77：決済が遅い。\n\n## 体調\n\n少し疲れています。",
        "ko": "## 남은 일\n\n- INC-77: 결제 지연.\n\n## 컨디션\n\n좀 피곤해요.",
    }[lang]
    text = (
        f"---\nlang: {lang}\n---\n# Handoff\n\n{opening}\n\n- Pages: 3\n- Out-of-hours pages: 1\n\n"
    )
    found = rules(check(cli, f"{text}## Notes\n\n{sentence}\n"))
    assert found == ({"no-guilt-trip": "warning"} if trip else {})


# The author's tick, in each spaced built-in language: no one's answer.
STAMPS = [
    ("es", "## ¿Cómo estás?", "Preguntado y respondido."),
    ("fr", "## Comment vas-tu ?", "Demandé, fait."),
    ("de", "## Wie geht es dir?", "Gefragt. Erledigt."),
    ("it", "## Come stai?", "Chiesto e fatto."),
    ("pt", "## Como você está?", "Perguntado. Feito."),
    ("nl", "## Hoe gaat het?", "Gevraagd, gedaan."),
    ("nb", "## Hvordan har du det?", "Spurt og besvart."),
    # The template's instruction left in place, in the team's language.
    ("fr", "## Comment vas-tu ?", "*(à compléter lors de la passation)*"),
    ("es", "## ¿Cómo estás?", "(por completar tras la llamada)"),
]


@pytest.mark.parametrize(("lang", "question", "stamp"), STAMPS, ids=[s[0] for s in STAMPS])
def test_a_rubber_stamp_in_the_teams_language_is_no_answer(
    cli: Callable[..., Run], lang: str, question: str, stamp: str
) -> None:
    text = f"# Handoff\n\nNothing open.\n\n- Pages: 3\n- Out-of-hours pages: 1\n\n{question}\n\n"
    run = check(cli, f"---\nlang: {lang}\n---\n" + text + stamp + "\n")
    assert rules(run) == {"handoff-state-check": "error"}


@pytest.mark.parametrize(("lang", "open_work", "question", "answer"), IN_LANGUAGES)
def test_a_handoff_in_the_teams_language(
    cli: Callable[..., Run], lang: str, open_work: str, question: str, answer: str
) -> None:
    text = f"# Handoff\n\n{open_work}\n\n- Pages: 3\n- Out-of-hours pages: 1\n\n{question}\n\n"
    assert rules(check(cli, text + answer + "\n")) == {}
    assert rules(check(cli, text)) == {"handoff-state-check": "error"}


ASKED_AND_ANSWERED = [
    # (how the question is asked and answered, passes)
    ('**How are you holding up?** (Sam asked) — "Tired, but fine."', True),
    ("**How are you?** (Sam asked)", False),  # who asked is no answer
    ("| Outgoing | Ana |\n|---|---|\n| How are you? | wiped |", True),  # a table row
    ("Mood (1-5): 2", True),
    ('Sam asked Ana how she\'s holding up: "running on fumes".', True),  # inside a sentence
    ("How are you doing?\n\n> meh, long week", True),  # the answer in the next paragraph
    ("## How are you?\n\n_(outgoing to fill in after the call)_", False),  # an instruction
    ("## Energy check\n\n😴", True),  # any answer, an emoji too
    ("**Mood (1-5).** 2, not because of on-call.", True),  # a run-in heading
    (  # a GitHub <details> block whose summary asks
        "<details>\n<summary><strong>Anything you need?</strong></summary>\n\n"
        "A proper night's sleep, and Friday off.\n\n</details>",
        True,
    ),
    (  # asked in a clause of a long prose paragraph
        "Handing over for the week of 12 May, a quiet one with nothing to report from the CI "
        "monitor or the security inbox, and no embargoed reports pending anywhere; Tessa "
        "asked on Matrix how I was holding up and I said genuinely good.",
        True,
    ),
    ('**Check-in**\nLiam asked Ana how the week had been for her: "a bit frazzled".', True),
]


@pytest.mark.parametrize(("asked", "passes"), ASKED_AND_ANSWERED)
def test_the_question_wherever_it_is_asked(
    cli: Callable[..., Run], asked: str, passes: bool
) -> None:
    text = "# Handoff\n\n## Open work\n\nNothing open.\n\nPages: 2, out of hours: 0\n\n" + asked
    found = rules(check(cli, text + "\n"))
    assert found == ({} if passes else {"handoff-state-check": "error"})


def test_front_matter_answers_too(cli: Callable[..., Run]) -> None:
    text = "---\nopen_incidents: none\npages: 3\nout_of_hours_pages: 1\nmood: tired\n---\n# H\n"
    assert rules(check(cli, text)) == {}
    assert rules(check(cli, text.replace("mood: tired", "mood: TBD"))) == {
        "handoff-state-check": "error"
    }


LOADS = [
    ("| Pages | Out of hours |\n|---|---|\n| 9 | 4 |", {}),  # column headers
    ("| | Count |\n|---|---|\n| Pages | 8 |\n| Out of hours | 5 |", {}),  # row labels
    ("We got paged 11 times, four of them between midnight and 6am.", {}),
    ("Alerts: 12 / after hours: 3", {}),
    ("Paged 7 times this week.", {"handoff-load": "warning"}),  # no out-of-hours figure
    # The figure nearest before its label, in words too, however the sentence runs on.
    ("A quiet one: we had zero pages all week, so zero out of hours as well.", {}),
    # A pager's own word for a page, and a clock time for out of hours.
    ("PagerDuty: 6 incidents\n\n2 after 22:00", {}),
    # ...or a night's clock range: 24-hour times from evening to morning, or small hours "am".
    ("Störmeldungen: 8, davon 5 between 22:00 and 05:00.", {}),
    ("We had nine call-outs, six of them between 1 and 5 in the morning.", {}),
    (
        "We had nine call-outs, six of them between 1 and 5 in the afternoon.",
        {"handoff-load": "warning"},
    ),
    ("Alerts: 9, three between 09:00 and 11:00.", {"handoff-load": "warning"}),
    # ...or the night hour a page came at, as README's "two of the pages came at 3am"
    ("Pages: 3, two of them came at 3am.", {}),
    ("Pages: 3 (1 at 3am)", {}),
    ("Three pages, one of them Saturday at 2 a.m.", {}),
    ("Pages: 2, one at 23:40", {}),
    ("Alarme: 3, einer davon um 02:10.", {}),
    ("Alertas: 2, una a las 3 de la madrugada.", {}),
    ("Pages: 4 (two at 9am)", {"handoff-load": "warning"}),
    ("Alarme: 4, einer um 14:30.", {"handoff-load": "warning"}),
    ("Pages: 3, one at 14:30", {"handoff-load": "warning"}),
    ("Chamadas: 4, das quais 1 fora de horas.", {}),
    # ...called, pinged, rang; a figure five words before its label; a label of many words
    ("The SM called me 7 times over the evening; 2 of those were after midnight.", {}),
    ("Pings tonight: 11, 4 of them after 11pm.", {}),
    ("Alarmes : 6 au total, dont 4 entre minuit et 6h.", {}),
    ("Alarme gesamt: 4 — davon nach 22 Uhr (Rufbereitschaft Tierarzt): 3", {}),
    (
        "Llamadas escaladas a la supervisora de guardia: 23\n\n"
        "De ellas, fuera de horario (después de las 21:00): 6",
        {},
    ),
    # ...but a word before a dash is another clause's: "busy one" is no figure.
    (
        "pretty busy one tbh — a few pages overnight plus some daytime stuff",
        {"handoff-load": "warning"},
    ),
    ("Telefonen ringte 7 ganger, og 3 av dem var etter midnatt.", {}),
    # In the team's language, wherever the words stand.
    ("12 Alarmierungen, davon 5 außerhalb der Arbeitszeit.", {}),
    ("8 avisos en total, 3 fuera de horario.", {}),
    # None at all, in the team's words: zero.
    ("8 avisos en total, ninguno fuera de horario.", {}),
    ("12 Alarmierungen, keine außerhalb der Arbeitszeit.", {}),
    ("| Appels | Hors heures ouvrées |\n|---:|---:|\n| 7 | 3 |", {}),
    ("Pages / Appels : 10\n\nOut of hours / Hors heures : 4", {}),
    # Full-width forms and a counter after the figure, as Japanese and Korean write them.
    ("- 呼び出し（ページ）合計：**8件**\n- うち業務時間外：**3件**", {}),
    ("- 전체 호출: **7건**\n- 업무 시간 외: **4건**", {}),
    # A word or a bracket between the label and its colon.
    ("- Chiamate (page) totali: **6**\n- Fuori orario: **2**", {}),
    ("- 전체 호출: **여러 건**\n- 업무 시간 외: 조금", {"handoff-load": "warning"}),
    ("총 호출 **8건**, 그중 업무시간 외 **3건**", {}),
    ("告警:12 次,其中 7 次在晚上十點以後", {}),
    ("PagerDuty: 6 incidents, 2 OOH", {}),
    # Another clause's "weekend" does not make the pages out of hours; alarms are pages;
    # "between 10pm and 7am" is out of hours; a figure inside a run of Chinese.
    ("weekend recap: 5 pages total. 3 of those were OOH", {}),
    ("pages: eleven this week. seven of them between 10pm and 7am", {}),
    ("Four alarms altogether, three of them overnight.", {}),
    ("这周告警一共4次，其中3次在夜里", {}),
    # An hour, then the word for "after" a language writes after it: "22:00以后", "0時過ぎ"
    ("| 设备报警次数 | 9次 |\n|---|---|\n| 其中22:00以后 | 6次 |", {}),
    ("アラームは全部で5回、うち4回は0時過ぎでした。", {}),
    ("アラームは全部で5回、うち4回は10時過ぎでした。", {"handoff-load": "warning"}),  # 10 a.m.
    ("Alarmas: 8, 3 fuera de horario.", {}),
    ("- 호출 건수: 총 6건 / 야간·주말 3건", {}),  # a word after the colon: "총", in all
    ("Alarme insgesamt 8, davon 5 nachts.", {}),
    ("Afgelopen week 12 storingsmeldingen, waarvan 9 buiten kantoortijd.", {}),
    ("**Call-outs this week: 7 in total, 5 of them out of hours.**\n\n- Tue 02:10 gritting", {}),
    # A pasted export: aligned columns, dotted leaders, field names with underscores.
    ("```\nPAGES:       3\nAFTER_HOURS: 1\n```", {}),
    ("Pages ........ 4\n\nOut of hours ... 1", {}),
    # The whole told before its part, whatever it counts: "11 times, 8 of those at night"
    # (and "between midnight and 5" ends a span: 5 is a time, not the part).
    ("Called out to the shed 11 times since 8pm, 8 of those between midnight and 5.", {}),
    ("Out to the pumps six times over the weekend; four of those overnight.", {}),
    # ...in the line that tells both, not where a part is said on its own first.
    ("Room 2 stayed cold all night.\n\nOut 9 times, 4 of those overnight.", {}),
    # ...whichever of the line's out-of-hours words holds the part ("four nights" does not),
    # and after a word for "among them" where words are not spaced.
    ("Tally from my four nights: 5 times up, 4 of those after midnight.", {}),
    ("이번 주 호출은 6번이었고 그중 4번이 퇴근 후(밤·새벽)였어요.", {}),
    # The words for night, call-outs and "and" as teams say them.
    ("이번 주 알람 7번 울렸고 그중 5번이 밤이었어요.", {}),
    ("Ringt opp 5 ganger, 3 av dem på natta.", {}),
    ("呼び出しは全部で3回、そのうち夜中が2回でした。", {}),
    ("Activaciones: 2\n\nFuera de horario (20:00–07:00): 1", {}),
    ("12 calls depuis vendredi, 9 entre 23h pis 6h.", {}),
    # A span of night hours in the team's words, with the hour marked or in the evening.
    ("Utkalt 10 ganger, 7 av dem mellom kl. 23 og 06.", {}),
    ("Avisos: 6 en total; 4 entre la 1 y las 7.", {}),
    ("Alarme: 6, zwischen 2 und 4 Pumpen liefen.", {"handoff-load": "warning"}),
    # ...but not a name, a time, a date, a temperature, a ticket or "one" as a pronoun.
    ("Room 12, 3 beds free overnight.", {"handoff-load": "warning"}),
    ("Worked 3 hours, 2 of them at night.", {"handoff-load": "warning"}),
    ("On 3 December, 2 of the tasks ran overnight.", {"handoff-load": "warning"}),
    ("The -80 freezer alarmed three nights running.", {"handoff-load": "warning"}),
    ("Build #512, 2 of them at night.", {"handoff-load": "warning"}),
    ("A few pages, mostly noise. One real one on Saturday night.", {"handoff-load": "warning"}),
    # No pages at all is none out of hours either; none firing now says nothing of the shift.
    ("No pages at all this rotation.", {}),
    ("No alerts firing right now, dashboards clean.", {"handoff-load": "warning"}),
]


def test_the_load_in_front_matter_fields_named_for_it(cli: Callable[..., Run]) -> None:
    """A field named for the figure counts, whatever the team called it ("pages_total");
    "pages_out_of_hours" is the out-of-hours figure, not the pages'."""
    text = HANDOFF.format(answer="Fine.").replace("- Pages: 7\n- Out-of-hours pages: 3\n", "")
    front = "---\npages_total: 7\npages_out_of_hours: 2\n---\n"
    assert rules(check(cli, front + text)) == {}
    only_night = "---\npages_out_of_hours: 2\n---\n"
    assert rules(check(cli, only_night + text)) == {"handoff-load": "warning"}


@pytest.mark.parametrize(("load", "expected"), LOADS)
def test_the_load_as_teams_write_it(
    cli: Callable[..., Run], load: str, expected: dict[str, str]
) -> None:
    text = HANDOFF.format(answer="Fine.").replace("- Pages: 7\n- Out-of-hours pages: 3", load)
    assert rules(check(cli, text)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I know this week wore you down, but I'd really appreciate you keeping the pager.",
        "We all see how hard you've been pushing, which is why we hope you'll take Sunday.",
        "I hear it's been rough, but please stick it out as secondary until Tuesday.",
        # Pressure with no request in it: a toughness to live up to, the team let down,
        # others held up as the measure, a debt to repay.
        "A real engineer doesn't let a few pages get to them, so no excuses next week.",
        "It would be a shame to let the team down by handing the weekend back now.",
        "Everyone else managed three weeks in a row without complaining, so you can too.",
        "Li, you've had an easy month, so it's only fair you take the extra weekend.",
    ],
)
def test_a_guilt_trip_in_other_words(cli: Callable[..., Run], sentence: str) -> None:
    text = HANDOFF.format(answer="Fine.") + f"\n## From the lead\n\n{sentence}\n"
    assert rules(check(cli, text)) == {"no-guilt-trip": "warning"}


PASTED_CHATS = [
    # (a chat pasted in a fence under the handoff, whether it holds a guilt trip)
    (
        "[12/3/24, 7:02:10] Iker: Reventado, la verdad. Me voy a dormir\n"
        "[12/3/24, 7:03:45] Nerea: Sé que estás reventado, pero ¿podrías cubrir tú el sábado? "
        "El equipo cuenta contigo 🙏",
        True,
    ),
    (
        "Markus Brandt (Schichtleiter)  06:10\n@Tobias danke. Hör mal, ich weiß du bist durch, "
        "aber Jens ist krank — kannst du heute Nacht nochmal? It's just one more night",
        True,
    ),
    (
        "[07:03] Nerea: Sé que estás reventado: el sábado lo cubro yo, descansa.",
        False,  # relief offered
    ),
]


@pytest.mark.parametrize(("chat", "trip"), PASTED_CHATS)
def test_a_guilt_trip_in_a_pasted_chat(cli: Callable[..., Run], chat: str, trip: bool) -> None:
    text = HANDOFF.format(answer="Fine.") + f"\n## Chat\n\n```\n{chat}\n```\n"
    assert ("no-guilt-trip" in rules(check(cli, text))) is trip


MORE_WAYS = [
    # (how the state check is asked and answered, passes)
    ("| Who | How are you doing? |\n|---|---|\n| outgoing | ok, short on sleep |", True),
    ("| How are you? | |\n|---|---|", False),  # an empty cell
    ("## How are you, outgoing?\n\n- [ ] great\n- [x] okay\n- [ ] rough", True),  # a box ticked
    ("## How are you, outgoing?\n\n- [ ] great\n- [ ] okay\n- [ ] rough", False),  # none ticked
    ("> @kim: how are you doing after all that?\n> _(no reply, already logged off)_", False),
    ("**Outgoing state:** running on fumes", True),
    ("Load on you (not the system): heavy, three nights up", True),
    ("I asked Bo how he was; he said tired but ok.", True),
    ("marcus: how u holdin up\n\nzoe: cooked but alive", True),
    # An aside in brackets after the heading's words is not the heading ("pick one").
    (
        "## 인계자 컨디션 (이모지로 골라 주세요: 😄 🙂 😐 😩)\n\n😩 화요일 새벽 두 번 깨고 나서 "
        "리듬이 좀 깨졌어요. 팀에 따로 부탁할 건 없어요.",
        True,
    ),
    ("## Befinden (freiwillig, ein Wort reicht)\n\nMüde, aber okay.", True),
    # A chat's turn asks as a sentence of its own; the next turn answers.
    (
        '**Fatima:** "How are you feeling after the weekend? Need anything?"\n\n'
        '**Hyun-woo:** "Fine, a bit short on sleep."',
        True,
    ),
    ("**Bo:** Okay. Energy one to five?\n\n**Selin:** Three, maybe two and a half.", True),
    (
        "小林さん：「お疲れさまでした。体調はどうですか？」\n\n佐藤：「少し寝不足ですが、大丈夫です。」",
        True,
    ),
    ("思雨问：这周辛苦了，你现在感觉怎么样？\n\n王磊：有点累，其他没什么需要的。", True),
    ("you asked on Friday how I'd be feeling by the end of this, so: rough, if I'm honest.", True),
    ("### ¿Cómo terminas el turno?\n\nCansada, pero bien. No necesito nada.", True),
    # A chat pasted as its tool writes it: a short question to the other, in any words, and
    # the other's next turn saying how they are.
    (
        "**marcus.o** 07:41\nmorning. you alive?\n\n**dana.k** 07:44\nmostly. 4/10, slept maybe 3 hours",
        True,
    ),
    (
        "**hana** 09:12\nok first things first: scale of 1-10 how cooked are you\n\n**jules** 09:15\n8. extremely cooked.",
        True,
    ),
    ("08:06 林佳穎:@王哲 這週還撐得住嗎?\n08:15 王哲:還行,就是睡不夠,大概 5 分吧", True),
    ("Me? I'm, uh — honestly fine. Bit wired.", True),
    ("Und ehrlich: I'm completely wrecked.", True),
    ("**Self:** cold, tired, fine. Knees complaining after Friday.", True),  # the writer, a label
    ("Self-service kiosk: ok since Tuesday.", False),
    ("😵‍💫 Mood: honestly a bit tired, fine after a sleep", True),  # an emoji before the label
    # A DM pasted as a quote, each message on its speaker's line; Spanish opens with "¿".
    ("> **Dani** 7:31 — oye ¿cómo estás? 😅\n> **Lucía** 7:33 — vivo-ish jaja, need sleep", True),
    # ...but a question about a thing, the asker answering themselves, or no word of how
    # anyone is in the answer, is no check-in.
    ("**ana** 10:00\ndeploy ok?\n\n**ben** 10:01\nfine, all green", False),
    ("**ana** 10:00\nyou alive?\n\n**ben** 10:01\n<your answer, e.g. fine>", False),
    # An answer about the systems is not about the person; the asker's question is not theirs.
    (
        "**ana** 10:00\nHow are you holding up?\n\n**ben** 10:01\nAll green, no alerts firing.",
        False,
    ),
    ("**ana** 10:00\nHow are you holding up?\n\n**ben** 10:01\nAll green, tired though.", True),
    # ...a state word said of the systems is theirs ("all systems fine"); a line addressed to
    # someone that asks nothing is no question; the question repeated before "skipped".
    (
        "[23:55] Kelvin: handover to @Winnie\n[23:56] Kelvin: Open items: INC-4\n"
        "[23:58] Winnie: ok got it 👌 how are you?\n[23:59] Kelvin: all systems fine, no alarm\n"
        "[00:00] Winnie: ok thanks",
        False,
    ),
    (
        "**ana** 10:00\nHow are you holding up?\n\n**ben** 10:01\nAll systems fine, tired though.",
        True,
    ),
    ("**Wellbeing check**\nHow are you feeling? — *skipped, no time today*", False),
    # ...nor is one about the team only; but how the person feels about the team is theirs.
    ("## How are you?\n\nThe team held up really well, and morale's good.", False),
    ("## How are you?\n\nEveryone's good, the rotation went smoothly.", False),
    ("## Wie geht es dir?\n\nDie Stimmung im Team ist gut.", False),
    ("## How are you?\n\nTeam's been great, I'm exhausted.", True),
    ("## How are you?\n\nTeam's fine; knackered though.", True),
    ("## How are you?\n\nProud of the team.", True),
    ("## ¿Cómo estás?\n\nTodo bien, el equipo también.", True),  # "todo" is no TODO
    # ...nor a tool's pre-filled value, nor someone else's impression of the person; what
    # they said, reported, or the writer's own "I seem", is theirs.
    ("## How are you?\n\nWellbeing status: OK (auto-filled by HandoffBot, reply to change)", False),
    (
        "## How are you?\n\nRosa seemed fine to me when I walked past the front desk. I'd say "
        "she's in good shape.",
        False,
    ),
    ("## How are you?\n\nYou looked OK on the call.", False),
    ("## How are you?\n\nShe said she's wiped but OK.", True),
    ("## How are you?\n\nI seem to be coping, tired but fine.", True),
    ("## How are you?\n\nIt looks like I'll need a day off, honestly wiped.", True),
    ("## Wie geht es dir?\n\nSie wirkte müde, aber gut gelaunt.", False),
    # ...nor how they are on another's word; the writer's own, beside a source, is theirs.
    ("## How are you?\n\nAccording to her lead, she's fine.", False),
    ("## Wie geht es dir?\n\nLaut Teamleitung ist bei ihr alles in Ordnung.", False),
    ("## Comment vas-tu ?\n\nD'après son chef, ça va.", False),
    ("## How are you?\n\nTired; according to the rota I'm off tomorrow.", True),
    ("## Hoe gaat het met je?\n\nVolgens mij gaat het goed, wel moe.", True),
    # What the asker says after the question, and the asker's own next turn, are no answer.
    (
        "**Terje** · 08:14\nThanks. How are you after the week? Tuesday looked heavy.\n\n"
        "**Terje** · 08:15\nAnd take tomorrow morning off, I'll do the standup.",
        False,
    ),
    (
        "**Terje** · 08:14\nThanks. How are you after the week? Tuesday looked heavy.\n\n"
        "**Ingrid** · 08:20\nWorn out, honestly.",
        True,
    ),
    ("**ana** 10:00\nyou alive?\n\n**ana** 10:05\nfine, I'll read the alerts then", False),
    # The answer a turn or two later, after a question about the work ("re head — ..."); but
    # a later turn that does not say how anyone is answers nothing.
    (
        "[07:05] Ruth: thanks Dan. how's your head after all that?\n"
        "[07:05] Ruth: also did Tarrant come back on its own?\n"
        "[07:06] Dan: Tarrant came back at 02:14, outstation rebooted\n"
        "[07:08] Dan: and re head — honestly fried, but fine. going to sleep",
        True,
    ),
    (
        "[08:14] Terje: Thanks, Ingrid. How are you after the week?\n"
        "[08:15] Terje: And take tomorrow morning off.\n"
        "[08:31] Even: Thanks! I'll take over from 08:00 today.",
        False,
    ),
    ("**ana** 10:00\nyou around?\n\n**ben** 10:01\nyes, looking at INC-9 now", False),
    # ...but a question about what to do, or one left without an answer, is no check-in.
    ("**Bo:** How do you want to split Saturday?\n\n**Selin:** I can take the morning.", False),
    ("**Bo:** Okay. Energy one to five?", False),
    ("**Bo:** How are you? Need anything?\n\n**Bo:** Let's look at the alerts.", False),
    # A checklist's step to ask, left unticked, is not asked; the next step is no answer.
    ("- [ ] Check in with outgoing: how are you, anything you need?\n- [x] Runbook updated", False),
    # Unasked, in the writer's own words: the answer is given all the same.
    ("**Me:** wiped, taking Friday off.", True),
    ("Honestly I am exhausted; the Tuesday pages got to me.", True),
    ("I've been running on empty since Tuesday.", True),
    # ...also in a clause of its own, after a comma or a dash.
    ("Quiet enough, restarted the gateway twice, I'm ok just sleepy 🥱", True),
    ("Quiet enough, restarted the gateway twice, I know you are tired too.", False),
    # ...or as a chat says it, the pronoun dropped: a clause of nothing but how one is.
    ("[05:52] Kemi: oops forgot the wellbeing line. tired but good, off to bed", True),
    ("Better than Friday, five hours of sleep. Still pretty tired.", True),
    ("Crews: tired.", False),  # said of the crews
    ("- INC-3001: replica lag, pretty rough.", False),  # said of the ticket its line names
    ("oops forgot. tired but good, the 3am TX-9 one was a pain.", True),  # the ticket after
    ("Rough one.", False),  # the shift, counted
    ("Tired?", False),  # asked
    ("## How are you, outgoing?\n\n- [ ] 🙂 good\n- [ ] 😩 drained", False),  # none ticked
    # ...but not what the writer agrees to or is free for.
    ("I'm fine with the rollback plan.", False),
    ("I'm good to take Saturday.", False),
    ("I'm good at this, no worries.", False),  # a skill, not how one is
    ("I'm running on empty, to be honest, so I'll take the weekend off.", True),  # a comma
    ("Me, I'm knackered to be honest, going to have a shower and sleep.", True),
    ("I'm fine to be on call on Saturday.", False),  # agreeing to be, not how one is
    ("For what it's worth I'm fine, grabbed sleep between alerts.", True),
    # Inside a sentence, only a question about a person: this asks about a job.
    ("Ask the vendor how you can re-run the export: ticket VEN-12 is open.", False),
]


@pytest.mark.parametrize(("asked", "passes"), MORE_WAYS)
def test_more_ways_of_asking(cli: Callable[..., Run], asked: str, passes: bool) -> None:
    text = "# Handoff\n\n## Open work\n\nNothing open.\n\nPages: 2, out of hours: 0\n\n" + asked
    found = rules(check(cli, text + "\n"))
    assert found == ({} if passes else {"handoff-state-check": "error"})


CHATS_IN_LANGUAGES = [
    # A chat's check-in in the team's language: the question in few words, the answer in the
    # next turn saying how the other is.
    # ...in Rioplatense Spanish ("vos"), the chat pasted whole under a title that tells no
    # language: the language is the chat's.
    (
        "# Traspaso de guardia 29/11\n\n```text\n[08:55] Martín: Buen día Cami! ¿Qué me "
        "dejás?\n[08:56] Camila: Nada pendiente, CLIN-502 quedó cerrado anoche. Alertas: 2, "
        "fuera de horario ninguna.\n[08:57] Martín: Genial. ¿Y vos cómo andás?\n[08:58] "
        "Camila: Bien, tranquila, fue una guardia liviana.\n```\n",
        True,
    ),
    (
        "# Passation d'astreinte\n\n**Sophie** 07:58\nSalut Karim, voilà la passation. Rien "
        "d'ouvert. Alertes : 14, dont 5 la nuit.\n\n**Karim** 08:03\nmerci !! et toi ça va ?"
        "\n\n**Sophie** 08:05\ncrevée honnêtement. trois nuits hachées d'affilée.\n",
        True,
    ),
    (
        "# Passagem de plantão\n\n[18/03/2024 07:31] Rafa: bom dia!! tá viva? 😅\n"
        "[18/03/2024 07:40] Bia: mais ou menos, dormi mal a semana toda\n\nNada em aberto. "
        "Fui acionada nove vezes, três fora do horário.\n",
        True,
    ),
    # ...the load too, said in a chat's turn ("fui acionada nove vezes, três fora do horário").
    (
        "# Passagem de plantão\n\n[18/03/2024 07:31] Rafa: bom dia!! tá viva? 😅\n"
        "[18/03/2024 07:40] Bia: mais ou menos, dormi mal a semana toda\n"
        "[18/03/2024 07:44] Bia: fui acionada nove vezes, três fora do horário\n\n"
        "Nada em aberto.\n",
        True,
    ),
    (
        "# Passagem de plantão\n\n[18/03/2024 07:31] Rafa: o deploy tá ok?\n"
        "[18/03/2024 07:40] Bia: tudo bem, tudo verde\n\nNada em aberto. "
        "Fui acionada nove vezes, três fora do horário.\n",
        False,
    ),
    # A short question that names the person's condition in a state check's own word
    # ("컨디션"), answered after the asker's second turn by a turn that says how they are.
    (
        "한빛방송 주조정실 당직 단톡방\n\n"
        "[오전 6:02] 윤재호: 어제 18시~오늘 6시 호출 6건, 그중 야간(0시 이후) 2건\n"
        "[오전 6:03] 윤재호: 남은 일: 인코더 2번 아직 예비로 돌리는 중\n"
        "[오전 6:05] 박소연: 넵 접수했어요. 근데 선배 컨디션 어때요?\n"
        "[오전 6:05] 박소연: 밤새 호출 계속 받으신 거 같은데\n"
        "[오전 6:07] 윤재호: ㅋㅋㅋ 좀비 모드 🧟 그래도 멀쩡해요. 집 가서 기절할 예정\n",
        True,
    ),
    (
        "한빛방송 주조정실 당직 단톡방\n\n"
        "[오전 6:02] 윤재호: 어제 18시~오늘 6시 호출 6건, 그중 야간(0시 이후) 2건\n"
        "[오전 6:05] 박소연: 넵 접수했어요. 근데 선배 컨디션 어때요?\n"
        "[오전 6:05] 박소연: 밤새 호출 계속 받으신 거 같은데\n"
        "[오전 6:07] 윤재호: 인코더는 월요일에 AS 옵니다\n",
        False,
    ),
    # A chat tool's header over each message, the time inside it (Telegram's "Name, [date
    # time]" in bold): a turn of its own, not a label.
    (
        "Telegram — grupo COD Plantão Sul\n\n**Rafael Nunes, [14.03.24 07:02]**\n"
        "Acionamentos: 7 no total, 3 de madrugada\n\n**Luana Prado, [14.03.24 07:04]**\n"
        "beleza. e você, como tá?\n\n**Rafael Nunes, [14.03.24 07:06]**\n"
        "cansado mas de boa. vou dormir umas horas 😴\n",
        True,
    ),
    (
        "Telegram — grupo COD Plantão Sul\n\n**Rafael Nunes, [14.03.24 07:02]**\n"
        "Acionamentos: 7 no total, 3 de madrugada\n\n**Luana Prado, [14.03.24 07:04]**\n"
        "beleza. e você, como tá?\n\n**Luana Prado, [14.03.24 07:06]**\n"
        "cansada também, vou dormir\n",
        False,  # the asker's own next turn
    ),
    # A state check's own question after a word of its own ("Og hvordan har du det..."), put
    # to "you"; the next turn answers.
    (
        "Teams – kanal «Driftssentral vakt»\n\n**Kristoffer Lie** 07:05\nVarsler: 7, "
        "utenfor arbeidstid: 3.\n\n**Silje Andersen** 07:09\nTakk! Og hvordan "
        "har du det etter en sånn natt?\n\n**Kristoffer Lie** 07:12\nHar drukket fire kopper "
        "kaffe og ser litt dobbelt, men jeg klarer meg.\n",
        True,
    ),
    # An SMS thread under each sender's bold header: terse lines, read in their language; a
    # state check's question with "you" in it, and an answer of nothing but how one is.
    (
        "SMS-Verlauf — Milchhof Brenner\n\n**Tobi, 05:59:**\nAlarme: 4, davon nachts: 3. "
        "Kühltank prüfen.\n\n**Vroni, 06:03:**\nPasst, übernehm ich. Und wie geht's dir?\n\n"
        "**Tobi, 06:05:**\nFix und fertig, aber passt scho. Bin um 12 wieder fit.\n",
        True,
    ),
    # A form's label that carries its question in brackets.
    (
        "## Übergabeprotokoll Rufbereitschaft\n\n**Einsätze gesamt:** 6\n"
        "**davon nachts (22–06 Uhr):** 2\n\n**Offene Punkte:** keine\n\n"
        "**Befinden der/des Übergebenden (Wie geht's dir?):**\nMüde, aber okay.\n",
        True,
    ),
    (
        "## Übergabeprotokoll Rufbereitschaft\n\n**Einsätze gesamt:** 6\n"
        "**davon nachts (22–06 Uhr):** 2\n\n**Offene Punkte:** keine\n\n"
        "**Befinden der/des Übergebenden (Wie geht's dir?):**\n\n"
        "**Unterschrift:** _S. Maurer_\n",
        False,
    ),
    # A chat pasted whole in a fence, with one line of prose over it: the chat tells the
    # language it is read in.
    (
        "Chat de WhatsApp con «Turnos CD Getafe»\n\n```\n"
        "[12/3/24, 6:55:02] Iker Salcedo: Buenas Nerea, te paso el turno de noche del CD\n"
        "[12/3/24, 6:55:40] Iker Salcedo: Avisos: 6 en total, 4 de madrugada\n"
        "[12/3/24, 6:57:11] Iker Salcedo: Pendiente para ti: la puerta del muelle 14 sigue "
        "fallando, vienen a las 11\n"
        "[12/3/24, 7:01:33] Nerea Campos: Gracias Iker. ¿Y tú cómo estás? Te he visto "
        "escribiendo a las 4\n"
        "[12/3/24, 7:02:10] Iker Salcedo: Reventado, la verdad. Me voy a dormir\n```\n",
        True,
    ),
    # ...without the speakers' names, which are no one's words ("Stefano Rognoni" each line).
    (
        'WhatsApp — gruppo "Reperibilità Consorzio Irriguo Bassa Lomellina"\n\n```\n'
        "[17/03/24, 07:15] Stefano Rognoni: Buongiorno Chiara, passaggio consegne\n"
        "[17/03/24, 07:16] Stefano Rognoni: Chiamate: 6 in totale, 2 di notte\n"
        "[17/03/24, 07:18] Stefano Rognoni: Ti lascio la pompa 2 in blocco termico\n"
        "[17/03/24, 07:25] Chiara Sala: Grazie. Tu come stai?\n"
        "[17/03/24, 07:26] Stefano Rognoni: Distrutto. Dormito 3 ore in due notti\n```\n",
        True,
    ),
]


@pytest.mark.parametrize(("text", "passes"), CHATS_IN_LANGUAGES)
def test_a_chats_check_in_in_the_teams_language(
    cli: Callable[..., Run], text: str, passes: bool
) -> None:
    found = rules(check(cli, text))
    assert ("handoff-state-check" not in found) is passes
    assert "handoff-load" not in found


PASTED_LOG = """\
# Handoff: mirrors rota

```
[09:02] <kestrel> handoff for the mirrors rota, hi @pim
[09:03] <pim> hey! before anything: how are you holding up?
[09:04] <kestrel> 2/10, the rsync thing woke me wednesday
[09:05] <kestrel> pages: 3, one of them out of hours
[09:06] <kestrel> still open: INFRA-212, three tier-1 mirrors >48h stale
```
"""


@pytest.mark.parametrize(
    ("fence", "read"), [("```", True), ("```text", True), ("```python", False)]
)
def test_a_chat_log_pasted_in_a_plain_fence_is_read(
    cli: Callable[..., Run], fence: str, read: bool
) -> None:
    found = rules(check(cli, PASTED_LOG.replace("```\n[09:02]", fence + "\n[09:02]")))
    handed = {"handoff-open-work", "handoff-state-check", "handoff-load"}
    assert (not handed & set(found)) if read else handed <= set(found)


def test_a_chats_note_with_emoji_before_its_labels(cli: Callable[..., Run]) -> None:
    """Emoji before a label ("📟 호출:", "😵‍💫 컨디션:") and a word between a label and its
    figure ("총 5건", five in all) take nothing from what the note says."""
    text = (
        "# 당직 인수인계\n\n인수인계 드립니다 🙏\n\n📟 호출: 총 5건 / 그중 야간 2건\n\n"
        "🔓 열린 거:\n\n1. 냉장박스 #B-12 온도센서, 센서 교체 요청 TKT-604\n\n"
        "😵‍💫 컨디션: 솔직히 좀 피곤해요. 그래도 괜찮아요\n"
    )
    assert rules(check(cli, text)) == {}


FILLED_IN = [
    # A bot's handover posted as JSON, a form's fields as YAML: its fields answer, at any
    # depth, and a field within a field is named by both ("pages" / "out_of_hours").
    (
        '```json\n{"outgoing": "Mariela", "pages": {"total": 3, "out_of_hours": 3},\n'
        ' "open": [{"id": "CVO-1182", "what": "dome shutter limit switch"}],\n'
        ' "outgoing_state": "ok-ish, 6/10. slept ~5h"}\n```',
        {},
    ),
    (
        "```yaml\nhandover:\n  pages_total: 7\n  pages_out_of_hours: 2\n  open:\n"
        "    - ACS-412 heat-lamp controller zone 3\n  how_are_you: tired but happy tbh\n```",
        {},
    ),
    # ...left empty, it answers nothing; broken, it is read as nothing, never an error.
    (
        "```yaml\nhandover:\n  pages_total: 7\n  pages_out_of_hours: 2\n  open:\n"
        '    - ACS-412 heat-lamp controller zone 3\n  how_are_you: "<fill in>"\n```',
        {"handoff-state-check": "error"},
    ),
    (
        "```yaml\nhandover: [unclosed\n  how_are_you: fine\n```",
        {"handoff-open-work": "error", "handoff-state-check": "error", "handoff-load": "warning"},
    ),
    (
        "```yaml\n" + "[" * 5000 + "]" * 5000 + "\n```",  # nested past any depth: no crash
        {"handoff-open-work": "error", "handoff-state-check": "error", "handoff-load": "warning"},
    ),
]


@pytest.mark.parametrize(("pasted", "expected"), FILLED_IN)
def test_yaml_or_json_filled_in_answers_like_front_matter(
    cli: Callable[..., Run], pasted: str, expected: dict[str, str]
) -> None:
    assert rules(check(cli, "# Handoff\n\n" + pasted + "\n")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "# 交接\n\n本周没有未关闭的事件。报警总数：7 次，其中非工作时间：5 次。\n\n"
        "**三、本人状态**\n\n有点累，不过还好，歇一天就行。\n",
        "# Passation\n\nRien d'ouvert.\n\nTrois alertes cette nuit, les trois hors heures "
        "ouvrées.\n\n### État du quart sortant\n\nFatigué mais lucide, je dirais 6/10.\n",
    ],
)
def test_a_heading_over_the_writers_own_state(cli: Callable[..., Run], text: str) -> None:
    assert "handoff-state-check" not in rules(check(cli, text))


LABELS_WITHIN = [
    # A label opening a later line of a paragraph or of a chat's turn: its answer is the
    # rest of its line and the lines under it, up to the next label, or the list under it.
    ("**Jens** · 07:02\nPages: 8, 5 at night.\nOpen:\n\n- LVB-7713 display shows yesterday", True),
    ("[07:03] Rita: busy night, pages: 9, 3 at night\n[07:04] Rita: Still open: INC-3381", True),
    ("**Jens** · 07:02\nOpen: the usual\nPages: 8, 5 at night.", False),
]


@pytest.mark.parametrize(("text", "handed_over"), LABELS_WITHIN)
def test_a_label_within_a_paragraph(cli: Callable[..., Run], text: str, handed_over: bool) -> None:
    found = rules(check(cli, "# Handoff\n\n" + text + "\n\nMe: fine, a bit tired.\n"))
    assert ("handoff-open-work" not in found) is handed_over


def test_what_is_left_to_take_over_in_french(cli: Callable[..., Run]) -> None:
    text = (
        "# Passation\n\nTrois alertes cette nuit, les trois hors heures ouvrées.\n\n"
        "### À reprendre\n\n1. Lecteurs 3 et 5 : ticket GMAO n° 4471, à relancer avant 8h30.\n\n"
        "### État du quart sortant\n\nFatigué mais lucide.\n"
    )
    assert rules(check(cli, text)) == {}


def test_what_is_still_unsettled_in_chinese(cli: Callable[..., Run]) -> None:
    text = (
        "# 值班交接单\n\n- 报警总数：7 次\n- 其中非工作时间：5 次\n\n**二、未结事项**\n\n"
        "1. 城东水厂 2号清水池液位计读数跳变（工单 SW-0913）。\n\n**三、本人状态**\n\n有点累。\n"
    )
    assert rules(check(cli, text)) == {}


BARE_LISTS = [
    # (a handover written as a bare list under its title, whether it hands work over)
    (
        "- Quarto 412: hóspede chega tarde, chave na gaveta 2.\n"
        "- Caldeira do 3º piso: sem água quente desde as 4h, Climafrio vem às 9h.",
        True,
    ),
    ("- the usual stuff, 2 things\n- ask me about the 3 alerts", False),
    ("- Item 1: see Jira board\n- Item 2: see Jira board", False),
    ("- Pages: 3\n- Out-of-hours: 1\n- see dashboard for INC-4", False),
    ("- Quarto 412: hóspede chega tarde, chave na gaveta 2.", False),  # one item is no list
]


@pytest.mark.parametrize(("listed", "hands_over"), BARE_LISTS)
def test_a_bare_list_under_the_title(
    cli: Callable[..., Run], listed: str, hands_over: bool
) -> None:
    text = f"# Hotel Miradouro, noite de 9 p/ 10\n\n{listed}\n\nChamadas: 9, depois da meia-noite: 4.\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is hands_over


PROSE_HANDOVERS = [
    # (a handover told in prose or a chat, with no part titled for it: whether it hands over)
    # Counts written as words name things where the sentence hands them over...
    (
        "The two pumps at the north weir need checking at dawn, please do it first. Also the "
        "three sensors on the dam wall are due for calibration, you will find the kit in the shed.",
        True,
    ),
    # ...not where it thanks for them, nor "three times".
    (
        "Great job on the three incidents this week. Please get some rest. Thanks for the two "
        "reports you wrote. You deserve a break.",
        False,
    ),
    (
        "The alarm went off three times, please keep an eye on it. It rang two times more "
        "after you left, you know the drill.",
        False,
    ),
    (
        "Bin 7 temp cable reading hot on sensor 4. Check again at 08:00 and if it's still "
        "climbing we need to turn the bin.\n\nDust collector 2 alarmed twice. Filter bags are "
        "due, WO-1188 is open.",
        True,
    ),
    (
        "O 214 queixou-se do barulho. É preciso alguém ligar-lhe antes das 10h.\n\n"
        "O senhor do 117 pediu táxi às 7h15. O táxi ainda não liguei — fica contigo.",
        True,
    ),
    (
        "[佐藤] 3号タンクの品温が上がりすぎました。朝にもう一度確認が必要です。\n\n"
        "[佐藤] 2号の麹室の湿度計、表示がおかしいです。交換をお願いします。",
        True,
    ),
    (
        "Mappe 17 bitte von Hand weitermachen, nicht zurück in den Roboter.\n\n"
        "Der Auftrag an die Haustechnik (HT-8812) ist aber noch offen.",
        True,
    ),
    (  # a figure between characters written without spaces names its thing too: "計2号"
        "05:42 佐藤 3号タンクの品温が上がりすぎました。朝にもう一度確認が必要です。\n\n"
        "05:43 佐藤 麹室の湿度計2号は交換をお願いします。",
        True,
    ),
    # what is done, not handed over; times and phone numbers name no thing
    ("At 02:10 pump 3 tripped and I reset it.\n\nAt 04:00 pump 3 tripped again.", False),
    (
        "You can reach me on 555-0101 until 23:00. Please note you are on call until 08:00.",
        False,
    ),
    ("Please check the dashboard at 08:00. You should look at the alerts at 09:00 too.", False),
    # sent elsewhere, or "the usual"
    ("Rest: see board 2 in the office. Ticket 44 and the rest: see Jira, please.", False),
    (
        "[김서연] [오후 11:48] 자세한 건 노션 운영페이지 3번 참고해주세요~\n\n"
        "[김서연] [오후 11:49] 2번 탭도 참고해주세요",
        False,
    ),
    ("De gebruikelijke dingen, je weet wel. Afdeling 4 draait weer, ketel 2 doet het.", False),
]


# A title that names the document and whose or when it is, over its whole text, is what the
# document is, not the question of what is open: its text is no answer unless it hands over.
TITLED = [
    ("# Übergabe: Woche 12\n\nAlles ruhig, schönes Wochenende!", False),
    ("# 交接班记录表 — 三号蚕房\n\n| 项目 | 内容 |\n|---|---|\n| 日期 | 2024-05-15 |", False),
    ("# Relevo de guardia — semana 12\n\n- INC-9 sigue abierto: revisar la cola a las 9.", True),
    ("# Open work — payments\n\n- INC-412 still open, watch the retry queue.", True),
    ("# Open work\n\nINC-412 still open, watch the retry queue.", True),
]


@pytest.mark.parametrize(("text", "hands_over"), TITLED)
def test_a_title_naming_the_handoff_asks_nothing(
    cli: Callable[..., Run], text: str, hands_over: bool
) -> None:
    text += "\n\nPages: 3, 1 at night.\n\nHow are you? Fine.\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is hands_over


@pytest.mark.parametrize(("told", "hands_over"), PROSE_HANDOVERS)
def test_a_handover_told_in_prose(cli: Callable[..., Run], told: str, hands_over: bool) -> None:
    text = f"# Night log, 14 to 15 September\n\n{told}\n\nAlarms: 9, after 22:00: 6.\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is hands_over


QUESTIONS_IN_RUNNING_TEXT = [
    # (the check-in asked inside a paragraph, in the team's words: whether it is answered)
    ("_(andere Schrift)_ Giulia: Come stai, Matti?\n_(Matthias)_ Müde, aber passt schon.", True),
    ("Danke, Jana. Und wie geht's dir nach dem Wochenende? Ziemlich platt, ehrlich gesagt.", True),
    ("Danke, Jana. Und wie geht es dir nach der Woche? Bitte kurz Bescheid geben.", False),
    ("Thanks. And how are you doing after the week? Please let me know.", False),
    ("Und wie geht es dir nach der Woche?\n\nDie Systeme laufen stabil.", False),
    (  # a reply on top, the question quoted below it, the older mail below that
        "Tout est au vert : le PACS tourne.\n\n> Et toi, comment ça va de ton côté après "
        "cette semaine ?\n>\n>> **De :** Claire Vasseur\n>> **Date :** lun. 18 mars",
        False,
    ),
]


@pytest.mark.parametrize(("said", "answered"), QUESTIONS_IN_RUNNING_TEXT)
def test_a_check_in_asked_in_running_text(
    cli: Callable[..., Run], said: str, answered: bool
) -> None:
    text = (
        "# Übergabe Nachtdienst\n\nAlarme: 5, davon 3 nach 22 Uhr.\n\n"
        f"Offen: Ticket HT-12 (Klima), bitte bis 10 Uhr nachfassen.\n\n{said}\n"
    )
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


CHECK_INS_IN_THREADS = [
    # (a thread where the check-in is asked: whether the outgoing person answered it)
    (  # the answer names the building's equipment "ok", not the person
        "**Nota interna · Sérgio Almeida** · 07:20\nValeu, Camila. E você, como tá?\n\n"
        "**Nota interna · Camila Rocha** · 07:31\nPainel tudo verde: bombas, portões e elevadores ok em todos os "
        "prédios.\n",
        False,
    ),
    (
        "**Nota interna · Sérgio Almeida** · 07:20\nValeu, Camila. E você, como tá?\n\n"
        "**Nota interna · Camila Rocha** · 07:31\nPainel tudo verde, mas eu tô moída.\n",
        True,
    ),
    (  # her "ok" answers the request to cover Tuesday, not how she is
        "**Nota interna · Sérgio Almeida** · 07:20\nValeu, Camila. E você, como tá?\n\n"
        "**Nota interna · Camila Rocha** · 07:31\nPainel tudo verde.\n\n"
        "**Nota interna · Sérgio Almeida** · 07:40\nPreciso que você cubra o plantão de terça também.\n\n"
        "**Nota interna · Camila Rocha** · 07:42\nok\n",
        False,
    ),
]


@pytest.mark.parametrize(("thread", "answered"), CHECK_INS_IN_THREADS)
def test_a_check_in_answered_in_a_thread(
    cli: Callable[..., Run], thread: str, answered: bool
) -> None:
    text = f"# Passagem de plantão\n\nChamados: 17, de madrugada: 8.\n\n{thread}"
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


# An e-mail thread or a ticket's comments: the check-in asked in words of its own ("hoe is
# het met jou zelf?", "comment tu te sens ?"), answered a message later, after a signature
# and the reply's header, by a sentence in the first person that says how the writer is, or
# that they would rather not say; not by a reply about the work, and not a plan put to "you".
LATER_MESSAGES = [
    (
        "nl",
        "Dank Noor, helder. En hoe is het met jou zelf, na die week?\n\nWouter\n\n---\n\n"
        "**Van:** Noor Hendriks\n\nDaar wil ik het liever even niet over hebben.\n\nN.\n",
        True,
    ),
    (
        "nl",
        "Dank Noor, helder. En hoe is het met jou zelf, na die week?\n\nWouter\n\n---\n\n"
        "**Van:** Noor Hendriks\n\nIk heb de koppeling gisteren nog herstart.\n\nN.\n",
        False,
    ),
    (
        "fr",
        "**Suivi — Julien — 08:30**\nMerci Nadia. Et toi, comment tu te sens après cette semaine ?"
        "\n\n---\n\n**Suivi — Nadia — 09:12**\nOui, recalé jeudi.\nEt pour moi : j'ai connu "
        "mieux, le petit a fait ses dents, mais ça va.\n",
        True,
    ),
    (
        "fr",
        "**Suivi — Julien — 08:30**\nMerci Nadia. Comment tu vas faire pour samedi ?"
        "\n\n---\n\n**Suivi — Nadia — 09:12**\nJe prendrai le relais vers 9 h.\n",
        False,
    ),
    # a question of how to get somewhere, answered with directions, is no check-in answered
    ("nl", "Hoe kom je morgen bij het gemaal? Neem de A1 en dan de dijk.\n", False),
    # A part titled in the writer's own words, with how they are under it (not a pointer).
    ("de", "## Wie geht's mir\n\nGanz ok. Der Rücken zwickt vom Schnürboden.\n", True),
    ("de", "## Wie geht's mir\n\nSiehe Dashboard.\n", False),
    # Asked in Chinese, declined a message later; a plan asked of "you" is no check-in.
    ("zh", "辛苦了。你自己怎么样？\n\n---\n\n谢谢关心。说实话这个我不太想聊。\n", True),
    ("zh", "辛苦了。你打算怎么处理3号罐？\n\n---\n\n明天上午处理。\n", False),
    # The question told, then answered after a colon, or after the writer repeats it.
    ("nb", "Og siden du spurte på fredag hvordan jeg har det: helt utslitt, ærlig talt.\n", True),
    ("nb", "Og siden du spurte hvordan jeg sjekket pumpa: med manometer.\n", False),
    ("es", "¿Que cómo estoy, me preguntabas? Pues como un trapo, pero contenta.\n", True),
]


@pytest.mark.parametrize(("language", "thread", "answered"), LATER_MESSAGES)
def test_a_check_in_answered_a_message_later(
    cli: Callable[..., Run], language: str, thread: str, answered: bool
) -> None:
    load = {
        "nl": "Meldingen: 3, waarvan 2 buiten kantooruren.",
        "fr": "Appels : 3, dont 1 la nuit.",
        "de": "Alarme: 3, davon 1 nachts.",
        "zh": "告警:3 次,其中 1 次在夜里。",
        "nb": "Alarmer: 3, 1 om natten.",
        "es": "Avisos: 3, 1 de noche.",
    }
    text = f"---\nlang: {language}\n---\n# Overdracht\n\n{load[language]}\n\n{thread}"
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


@pytest.mark.parametrize(
    ("said", "answered"),
    [
        ("☑ 実施済み", False),  # only that it was done
        ("確認済み。", False),
        ("☑ 実施済み。正直少し疲れています。", True),
        ("☑ 体調確認済", False),  # the question's own words, and "done"
    ],
)
def test_only_the_check_done_in_japanese(
    cli: Callable[..., Run], said: str, answered: bool
) -> None:
    text = (
        "# 夜間当番の引き継ぎ\n\n## 呼び出し\n\n全部で5回、うち夜間4回。\n\n"
        f"## 引継事項\n\nなし。\n\n## 体調\n\n{said}\n"
    )
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


def test_a_comment_below_a_rule_does_not_answer_the_field_above_it(
    cli: Callable[..., Run],
) -> None:
    """A form's last field ticked, then "---" and a colleague's comment: the comment is not
    the outgoing person's answer."""
    text = (
        "# 印刷工場 夜勤日報\n\n**アラーム**\n全部で6回、うち夜間4回。\n\n**引継事項**\nなし。\n\n"
        "**体調確認**\n{said}\n\n---\n\n**コメント** 岡本 沙織 06:05\n了解です。引き継ぎました。\n"
    )
    assert "handoff-state-check" in rules(check(cli, text.format(said="☑ 体調確認済")))
    assert "handoff-state-check" not in rules(check(cli, text.format(said="☑ 少し疲れています")))


OPEN_WORK_POINTERS = [
    # (what the open-work part says: whether it hands work over or only points elsewhere)
    (  # a form's lines, the next label a question: the pointer is all the open work says
        "Oproepen: 7\nWaarvan na 22:00: 4\nOpenstaande zaken: zie whiteboard havenkantoor\n"
        "Hoe gaat het met jou?: Moe, de steiger D was onrustig.",
        False,
    ),
    (
        "Oproepen: 7\nWaarvan na 22:00: 4\nOpenstaande zaken: koelcel 3 lekt, monteur komt om 9u\n"
        "Hoe gaat het met jou?: Moe maar goed.",
        True,
    ),
    ("**未结事项：** 详见MES系统\n\n**本人状态：** 有点累。", False),
    ("**未结事项：** 详见工单 SW-0913，请今天跟进\n\n**本人状态：** 有点累。", True),
]


@pytest.mark.parametrize(("said", "hands_over"), OPEN_WORK_POINTERS)
def test_open_work_that_only_points_elsewhere(
    cli: Callable[..., Run], said: str, hands_over: bool
) -> None:
    text = f"# Nachtdienst 9/10 augustus\n\nAlarms: 7, after 22:00: 4.\n\n{said}\n"
    assert ("handoff-open-work" not in rules(check(cli, text))) is hands_over


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Ploeg is top, iedereen heeft keihard doorgewerkt.", False),  # the team, not him
        ("Moe, maar het gaat.", True),
    ],
)
def test_a_colleagues_comment_under_the_check_in_is_not_its_answer(
    cli: Callable[..., Run], answer: str, answered: bool
) -> None:
    text = (
        "# Overdracht nachtdienst\n\n## Meldingen\n\n34, waarvan 21 tussen 00:00 en 06:00.\n\n"
        "## Openstaande punten\n\nGeen.\n\n## Hoe gaat het met jou?\n\n"
        f"{answer}\n\n**Mirjam Bos** · 06:02\nDank je Joost! Mooi resultaat vannacht.\n"
    )
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


def test_who_takes_over_is_no_open_work(cli: Callable[..., Run]) -> None:
    text = "# Handoff\n\nSam is picking up from 08:00.\n\n- Pages: 3\n- Out-of-hours pages: 1\n"
    assert "handoff-open-work" in rules(check(cli, text))


@pytest.mark.parametrize(
    ("lang", "open_work"),
    [
        ("ja", "## 2. 未完了事項\n\n1. 第3号踏切：警報機の点検、メーカー待ち。"),
        ("zh", "## 未处理事项\n\n1. HIS 数据库夜间备份失败，采购单 CG-2024-093。"),
        ("nl", "Wat er nog openstaat:\n\n1. Kassa 4 Zwolle-Zuid, ticket RT-66120."),
        ("en", "Still on the go:\n\n- Robot 2 liners due Thursday, cow 431 on antibiotics."),
        # ...as what the next person picks up, takes over or has left
        ("en", "What you're picking up: the inner lock gate is on manual until Monday."),
        ("en", "What you've got left:\n\n- The bulk tank engineer is booked Tuesday."),
        ("fr", "Ce que tu récupères :\n\n- Respirateur n° 0447 : alarme O2, prêt en place."),
        ("it", "Ti lascio:\n\n- Pompa 2 in blocco termico, elettricista domani."),
        ("nb", "Det du arver:\n\n- Linja Vikane–Hestnes utkoblet, rydding kl. 08."),
        ("ko", "남은 일:\n\n1. 인코더 2번 아직 예비로 돌리는 중"),
        ("pt", "Fica contigo:\n\n- RTG-11: fuga de óleo, OT 7781 aberta"),
        ("ja", "**■ 引継事項（未完了）**\n\n1. 軌道回路の落下：本日10時に現地確認予定。"),
        # ...anywhere in the line that opens it, and what becomes theirs
        ("pt", "Segue o que fica contigo:\n\n- Tanque 7: fermentação parada, medir às 8h."),
        ("en", "From tomorrow this is yours: line 14 drags near the top, tagged out."),
        ("en", "*Still live / yours now:*\n\n- The council liveblog, pinned until 09:00."),
        ("en", "- [x] **What Rosa is picking up:** the freezer door seal is torn, engineer Tue."),
    ],
)
def test_what_is_still_open_as_teams_head_it(
    cli: Callable[..., Run], lang: str, open_work: str
) -> None:
    text = f"---\nlang: {lang}\n---\n# H\n\n{open_work}\n"
    assert "handoff-open-work" not in rules(check(cli, text))


TITLED_BY_A_LINE = [
    # (open work under a title that is a plain line or the opening words of its paragraph,
    # whether it is handed over)
    ("fr", "Ce qui reste pour toi. Un, le bus 214 reste au dépôt, tu le sors pas.", True),
    ("en", "Still open\n\n- INC-88: the retry queue, watch it until Friday.", True),
    # a memo's marked titles, as Japanese and Chinese business mail writes them
    (
        "ja",
        "■ 未完了・要フォロー\n\n1. プレス2号機：シールキット入荷待ち。確認をお願いします。",
        True,
    ),
    ("ja", "【残件】\n\n1. スタッカークレーン2号機、メーカー点検は月曜9時。", True),
    ("zh", "◆ 遗留问题\n\n1. 3号坡的温度探头明早七点更换。", True),
    # ...which still has to name what it hands over
    ("en", "Still open\n\nThe usual, see the board.", False),
    ("ja", "■ 未完了・要フォロー\n\nいつも通りです。", False),
    # "the usual" where words are not spaced, clause by clause
    ("zh", "遗留问题：老样子，跟上周差不多。有啥不清楚的直接问我。", False),
    ("ko", "인계 사항: 평소와 동일", False),
    ("zh", "遗留问题：老样子，3号机的温度探头明早七点更换。", True),
    # a mark before a sentence is no title
    ("en", "※ We had a quiet week overall and the pumps behaved.", False),
]


@pytest.mark.parametrize(("lang", "text", "hands_over"), TITLED_BY_A_LINE)
def test_open_work_titled_by_a_plain_line(
    cli: Callable[..., Run], lang: str, text: str, hands_over: bool
) -> None:
    document = f"---\nlang: {lang}\n---\n# H\n\n{text}\n"
    assert ("handoff-open-work" not in rules(check(cli, document))) is hands_over


def test_a_checklists_line_is_not_the_title_of_the_state_check(cli: Callable[..., Run]) -> None:
    """A ticked-off "Befinden abgefragt" with no answer, and the load under it: how someone is
    is answered beside the question, so the lines after it are not its answer."""
    text = (
        "---\nlang: de\n---\n# Übergabe\n\nOffene Punkte: Auftrag 77812 hängt, Band B auf 60 %.\n\n"
        "Befinden des Übergebenden abgefragt\n\nAlarme gezählt — gesamt: 8, nachts: 3\n"
    )
    found = rules(check(cli, text))
    assert "handoff-state-check" in found
    assert "handoff-open-work" not in found


def test_a_front_matter_field_whose_name_asks_answers(cli: Callable[..., Run]) -> None:
    text = (
        "---\nopen: none\npages: 2\nout_of_hours_pages: 0\noutgoing_wellbeing: {answer}\n---\n# H\n"
    )
    assert rules(check(cli, text.format(answer="meh"))) == {}
    assert rules(check(cli, text.format(answer='""'))) == {"handoff-state-check": "error"}


@pytest.mark.parametrize(
    ("field", "answered"),
    [
        ("como_estas: Cansada pero bien, la semana ha sido larga.", True),  # "cómo estás"
        ("wie_geht_es_dir: Müde, aber ok.", True),
        ('como_estas: ""', False),
        ("como_esta_la_planta: Todo en verde.", False),  # how the plant is, not the person
    ],
)
def test_a_field_named_without_its_accents_asks(
    cli: Callable[..., Run], field: str, answered: bool
) -> None:
    text = f"---\npendientes: ninguno\npages: 2\nout_of_hours_pages: 0\n{field}\n---\n# H\n"
    assert ("handoff-state-check" not in rules(check(cli, text))) is answered


def test_a_later_turn_of_a_thread_is_read_though_a_state_check_label_is_open(
    cli: Callable[..., Run],
) -> None:
    """The answer to "how are you" is never read; a comment after it by someone else is
    theirs, and read: an issue thread whose last label is the state check."""
    text = (
        "# Handoff\n\n**Open:** FUL-741 still open.\n\n**Pages:** 10, out of hours: 4\n\n"
        "**How are you / anything you need?**\nDrained, to be honest.\n\n"
        "**@leonie-h** (team lead) commented\nI know this week has taken a lot out of you. "
        "Since you have the context, though, you'll need to stay on the thread this weekend.\n"
    )
    assert rules(check(cli, text)) == {"no-guilt-trip": "warning"}
    alone = text[: text.index("**@leonie-h**")]
    assert rules(check(cli, alone)) == {}


def test_the_documents_title_is_not_the_open_work(cli: Callable[..., Run]) -> None:
    """ "# Übergabe" names the document (a handover), not its open work: the paragraph
    under a title hands nothing over."""
    text = (
        "---\nlang: de\n---\n# Übergabe\n\nVon Jonas an Mia, Plattform, Woche 12.\n\n"
        "## Wie geht es dir?\n\nMüde, aber gut.\n\n- Alarmierungen: 3\n"
        "- Außerhalb der Arbeitszeit: 1\n"
    )
    assert rules(check(cli, text)) == {"handoff-open-work": "error"}
    handed = text.replace(
        "## Wie geht", "## Offene Punkte\n\n- STR-551: Sektor 2 aus.\n\n## Wie geht"
    )
    assert rules(check(cli, handed)) == {}
