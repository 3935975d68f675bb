"""Each rule id of README's "Built-in rule sets", on small documents a careful reader would judge
the same way."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest
import yaml

import spec_gate.rules
from spec_gate.engine import Engine, Source
from spec_gate.findings import Finding
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind

ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date.today())

REVIEW = """
## Accessibility and inclusion review
- Low digital literacy: one button, plain words, tested with first-time shoppers.
- Disability: announced to screen readers; works keyboard only.
- Slow connection: the page weighs 38 kB and retries offline.
"""
WHY = "## Why\nPeople paying on a train lose their basket when the connection drops.\n"
WHO = "## Who is affected\nShoppers on mobile data.\n"
SIGNED = "- [x] Accessibility review signed off by @maria\n"


def findings(kind: str, text: str) -> list[Finding]:
    result = ENGINE.check(Source("doc.md", dedent(text).lstrip("\n"), None, kind))
    assert result is not None
    return list(result.findings)


def fired(kind: str, text: str, rule: str) -> list[tuple[int, str]]:
    return [(f.line, f.detail) for f in findings(kind, text) if f.rule == rule]


CASES = [
    # why-section
    # A heading that names the problem by its kind of part: "Problem description"
    (
        "why-section",
        "spec",
        "## Problem Description\nPlanners re-enter every shift by hand after a rota change.\n",
        [],
    ),
    ("why-section", "pr", "**Why:** People paying on a train lose their basket too often.", []),
    # A pointer padded with words any change is said with still only points elsewhere.
    (
        "why-section",
        "pr",
        "## Why\n\nSee ticket BO-2231 for all of the details and the background of this change.\n",
        [
            (
                1,
                "the “Why” section only points elsewhere: say the reason here, and link what "
                "shows it (“See ticket BO-2231 for all of the details and the background of "
                "this …”): say who runs into what problem today, or what shows it (a link, an "
                "issue, a figure, their words)",
            )
        ],
    ),
    # Someone meeting trouble is a reason, as a heading's content or a label's, whatever
    # comes first in the sentence
    *[
        ("why-section", "pr", text, [])
        for why in (
            "First-time users who copy the first example get an error.",
            "The quickstart calls parse_realtive instead of parse_relative, so new users who "
            "copy the first example from the README get an error.",
            "The quickstart calls `parse_realtive`, so anyone who copies the first example "
            "gets an AttributeError before they have seen the library do anything.",
        )
        for text in (f"## Why\n\n{why}\n", f"**Why:** {why}\n")
    ],
    # ...not a people word beside a word that is no trouble
    (
        "why-section",
        "pr",
        "## Why\n\nThis initiative streamlines workflows, reduces friction and empowers users to "
        "achieve more with a modern, intuitive experience aligned with our strategic vision.\n",
        [
            (
                1,
                "the “Why” section names no one and no problem they hit: say who runs into what "
                "problem today, or what shows it (a link, an issue, a figure, their words)",
            )
        ],
    ),
    # The code's own figures are no one's problem; a figure of people's is
    *[
        ("why-section", "pr", f"## Why\n\n{why}\n", [(1, said)])
        for why, said in (
            (
                "This raises our test coverage from 82 percent to 87 percent across the parser.",
                "the “Why” section gives figures that count no one's problem (“This raises our "
                "test coverage from 82 percent to 87 percent across th…”): say who runs into "
                "what problem today, or what shows it (a link, an issue, a figure, their words)",
            ),
            (
                "Raises test coverage of the parser from 82% to 87% and brings the cyclomatic "
                "complexity of tokenize() down from 41 to 28.",
                "the “Why” section gives figures that count no one's problem (“Raises test "
                "coverage of the parser from 82% to 87% and brings the cyc…”): say who runs "
                "into what problem today, or what shows it (a link, an issue, a figure, their "
                "words)",
            ),
        )
    ],
    (
        "why-section",
        "pr",
        "## Why\n\n60% of riders in rural areas have no mobile coverage at the stations.\n",
        [],
    ),
    # The business's own aims and figures are no one's problem; urgency says nothing of
    # whose; the template's prompt is not the author's words ("Describe the bug: ...")
    (
        "why-section",
        "ticket",
        "## Problem statement\n\nThis initiative is a strategic priority for the business and "
        "a key contributor to our Q3 OKRs. Delivering it will unlock incremental revenue "
        "growth, increase average order value by a projected 12%, and strengthen our "
        "competitive positioning.\n",
        [
            (
                1,
                "the “Problem statement” section says what the business gains, not what anyone "
                "runs into (“Delivering it will unlock incremental revenue growth, increase "
                "averag…”): say who runs into what problem today, or what shows it (a link, an "
                "issue, a figure, their words)",
            )
        ],
    ),
    (
        "why-section",
        "pr",
        '## Why\n\nThis is a key lever for our Q4 OKR "Grow marketplace GMV 15%".\n',
        [
            (
                1,
                "the “Why” section says what the business gains, not what anyone runs into "
                '(“This is a key lever for our Q4 OKR "Grow marketplace GMV 15%".”): say who runs '
                "into what problem today, or what shows it (a link, an issue, a figure, their "
                "words)",
            )
        ],
    ),
    (
        "why-section",
        "ticket",
        "**Describe the bug**\nIt is broken. Please fix ASAP, this is high priority and "
        "blocking.\n",
        [
            (
                1,
                "“Describe the bug” says it only in general words, words that fit any change "
                "(“Describe the bug: It is broken.”): say who runs into what problem today, or "
                "what shows it (a link, an issue, a figure, their words)",
            )
        ],
    ),
    (
        "why-section",
        "ticket",
        "## Why\n\nSince we removed guest checkout, 1 in 8 shoppers abandon at the account "
        "wall and revenue fell 9%.\n",
        [],
    ),
    (
        "why-section",
        "ticket",
        "**Describe the bug**\nSince 4.3, shoppers paying with PayPal get a blank page after "
        "login; 300 orders failed on Monday. Please fix ASAP.\n",
        [],
    ),
    *[
        ("why-section", "pr", f"## Why\n\n{why}\n", [(1, said)])
        for why, said in (
            (
                "The cyclomatic complexity of parse_order() is 47; SonarQube flags it as a "
                "critical code smell and its maintainability rating has dropped from A to C.",
                "the “Why” section gives figures that count no one's problem (“The cyclomatic "
                "complexity of parse_order() is 47; SonarQube flags it …”): say who runs "
                "into what problem today, or what shows it (a link, an issue, a figure, their "
                "words)",
            ),
        )
    ],
    (
        "why-section",
        "pr",
        "## Why\n\nContributors wait 40 minutes for CI because 230 lint warnings are re-checked "
        "on every run.\n",
        [],
    ),
    # Words that fit any bug report, and nothing else: no one's problem in particular
    *[
        (
            "why-section",
            "ticket",
            f"## Why\n\n{why}\n",
            [
                (
                    1,
                    "the “Why” section says it only in general words, words that fit any change "
                    f"(“{shown}”): say who runs into what problem today, or what shows it (a "
                    "link, an issue, a figure, their words)",
                )
            ],
        )
        for why, shown in (
            (
                "It doesn't work properly and gives the wrong result sometimes, please fix.",
                "It doesn't work properly and gives the wrong result sometimes, please…",
            ),
            (
                "This fixes a bug that some users were hitting in certain situations.",
                "This fixes a bug that some users were hitting in certain situations.",
            ),
        )
    ],
    ("why-section", "ticket", "## Why\n\nUsers hit a bug when they retry a payment.\n", []),
    # the problem under a heading in the writer's own words
    (
        "why-section",
        "spec",
        "## The problem today\n\nNight editors lose embargoed stories when the scheduler "
        "publishes them an hour early.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "## Pain points\n\nMembers who book courts on wet days lose their slot without a "
        "warning, 64 times last month.\n",
        [],
    ),
    # GitHub's own issue templates, filled in: the label is the prompt, the answer after it
    *[
        (
            "why-section",
            "ticket",
            f"**{label}**\nSince 4.3, parse('12am') returns noon, so night-shift nurses get "
            "rotas twelve hours late (#1388).\n",
            [],
        )
        for label in (
            "Describe the bug",
            "Is your feature request related to a problem? Please describe.",
            "What happened",
        )
    ],
    # ...and left as GitHub wrote them: what to write, named as a thing, and its question
    (
        "why-section",
        "ticket",
        "**Describe the bug**\nA clear and concise description of what the bug is.\n\n"
        "**To Reproduce**\nSteps to reproduce the behavior:\n1. Go to '...'\n",
        [
            (
                1,
                "“Describe the bug” is the template's prompt, not an answer to it (“Describe the "
                "bug: A clear and concise description of what the bug is.”): say who runs into "
                "what problem today, or what shows it (a link, an issue, a figure, their words)",
            )
        ],
    ),
    (
        "why-section",
        "ticket",
        "## Problem\n\nIs your feature request related to a problem?\n",
        [
            (
                1,
                "the “Problem” section asks its author a question, and the answer is the reason "
                "(“Is your feature request related to a problem?”): say who runs into what "
                "problem today, or what shows it (a link, an issue, a figure, their words)",
            )
        ],
    ),
    # An author's own question, given its context, frames the problem (MADR's template asks
    # for one)
    (
        "why-section",
        "spec",
        "## Context and Problem Statement\n\nGiven the cost and complexity of our search "
        "integration with Algolia, would we be better off leveraging our existing database?\n",
        [],
    ),
    # Our need of the very thing the title names restates the title; someone else's is a need.
    (
        "why-section",
        "ticket",
        "# Dark mode\n\n## Why\n\nWe need a dark theme in the app, with a toggle in the "
        "settings screen.\n",
        [
            (
                3,
                "the “Why” section names no one and no problem they hit: say who runs into what "
                "problem today, or what shows it (a link, an issue, a figure, their words)",
            )
        ],
    ),
    (
        "why-section",
        "ticket",
        "# Welsh forms\n\n## Why\n\nWe must offer every public form in Welsh, as the Welsh "
        "Language Standards require.\n",
        [],
    ),
    (
        "why-section",
        "pr",
        "**Why**:\n- Reports were slow, fragile and cost us a lot of money.\n",
        [],
    ),
    (
        "why-section",
        "ticket",
        "## Motivation\n### Goals\nMake checkout survive tunnels for riders on every train.\n",
        [],
    ),
    (
        "why-section",
        "ticket",
        "## Problem\nShoppers cannot pay when the network drops for seconds.\n",
        [],
    ),
    # A title a symbol opens ("🎯 Pourquoi"), and, in a document with no headings of its
    # own (a Google Docs export), a title on a plain line.
    (
        "why-section",
        "spec",
        "### 🎯 Pourquoi\n1 870 appels au service cantine en mars : des parents ne trouvent "
        "pas comment réserver.\n",
        [],
    ),
    # An emoji written by its GitHub name opens a title as the emoji does.
    (
        "why-section",
        "spec",
        "## :stethoscope: Contexte\nAvec deux API, une nouvelle personne ne sait pas laquelle "
        "utiliser : trois demandes d'aide par mois en viennent.\n",
        [],
    ),
    # A hyphen that does not break reads as a hyphen: "User\u2011Facing Problems".
    (
        "why-section",
        "spec",
        "## User\u2011Facing Problems\nA wiki of made-up names shows every one of them "
        "underlined as a misspelling, which its editors find distracting.\n",
        [],
    ),
    # Each language's "why" opens a heading whatever follows, and a word set apart by a
    # slash names it as the word alone does.
    (
        "why-section",
        "spec",
        "### Pourquoi ce chantier\nLe règlement UE 2015/1375 impose une analyse que nos "
        "chasseurs ne peuvent pas tracer aujourd'hui.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "### Contexte / pourquoi\nEn 2025, 42 000 courriers de justificatifs : beaucoup "
        "d'adhérents n'ont pas de scanner.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "Split rent between housemates\n\nProblem statement\n\nAbout 3,100 of our 8,400 "
        "tenancies are joint; 47% of arrears cases are one housemate not paying their share.\n",
        [],
    ),
    # ...not a template's question left under another heading.
    (
        "why-section",
        "spec",
        "# Lineage\n\n## Drawbacks\n\n> Why should we *not* do this?\n> Please consider: "
        "implementation cost and the impact on onboarding.\n",
        [(1, "")],
    ),
    # What inspired it, the problem with its context, the state things are in: the reason's
    # part, under the names spec templates give it.
    (
        "why-section",
        "spec",
        "## Inspiration\nSeveral packages ship no installer, so users cannot install them (#182).\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "## Reasoning\nA failed upload of a file of several gigabytes must start again from its "
        "first byte, which can take hours on a slow link.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "## Problem description and context\nUsers cannot tell which elements are clickable, "
        "as support tickets from 40 users show.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "## Current status\nUsers emulate it with count, which adds indexes to single "
        "resources (#1306).\n",
        [],
    ),
    # A decision record's drivers (MADR's "Decision Drivers"): the forces behind it
    (
        "why-section",
        "spec",
        "## Drivers\n* **Psychological safety**: staff can draft early, incomplete documents "
        "without the pressure of immediate public visibility.\n",
        [],
    ),
    (
        "why-section",
        "spec",
        "## Decision Drivers\nOperators cannot change the portal's logo without rebuilding "
        "the image (#212).\n",
        [],
    ),
    # The reason's part named for what it is the reason of: "Product Purpose", "Customer
    # Motivation", "Technical Background".
    (
        "why-section",
        "spec",
        "## Product Purpose\nCaseworkers retype each applicant's address into three "
        "systems, 14 minutes a case.\n",
        [],
    ),
    (
        "why-section",
        "pr",
        "## Description\nBump dependencies to their latest versions today.\n",
        [(1, "")],
    ),
    (
        "why-section",
        "pr",
        "## Why\n<!-- Explain why this change is needed. -->\n",
        [(1, "the “Why” section has no real content; it needs at least 8 words")],
    ),
    (
        "why-section",
        "pr",
        "## Why\nN/A\n",
        [
            (
                1,
                "the “Why” section has no real content; it needs at least 8 words: “N/A” is a placeholder",
            )
        ],
    ),
    (
        "why-section",
        "pr",
        "## Context\nIt is slow.\n",
        [(1, "the “Context” section has 3 words of real content; it needs at least 8 words")],
    ),
    # who-affected
    ("who-affected", "pr", "**Who is affected:** shoppers on mobile data.", []),
    ("who-affected", "spec", "## User Stories\nAs a rider I pay on the train.\n", []),
    ("who-affected", "ticket", "## Audience\nSupport staff answering refunds.\n", []),
    # "For who", as a second-language writer asks it, is "for whom"
    ("who-affected", "pr", "## For who\nElderly customers and people with low vision.\n", []),
    ("who-affected", "pr", "## For whose benefit\nCouriers in areas with no signal.\n", []),
    # who, and what it does to them, in words of the writer's own; a group, then "affected"
    ("who-affected", "spec", "## Who this touches\nNight editors filing after midnight.\n", []),
    ("who-affected", "spec", "## Who feels it\nTennis members who book on wet days.\n", []),
    ("who-affected", "spec", "## Players affected\nGamepad-only players on Steam Deck.\n", []),
    # "Our users", "User needs": the people a service-design document is written for.
    ("who-affected", "spec", "### Our users\nForm creators in central government.\n", []),
    ("who-affected", "spec", "### User Needs\nResidents who read the map in Spanish.\n", []),
    # ...and each user's need given its own part ("User needs example: Hugging Face")
    (
        "who-affected",
        "spec",
        "### User needs example: Hugging Face\nModel authors serving 4 GB weights to browsers.\n",
        [],
    ),
    # A part for what users gain, or for those who take part: whom the work is for
    ("who-affected", "spec", "## User Benefit\nNew users find the right package first.\n", []),
    (
        "who-affected",
        "spec",
        "## Participants and stakeholders\nPast contributors, by email.\n",
        [],
    ),
    # ...but another organisation's position on the proposal is not whom it is for
    (
        "who-affected",
        "spec",
        "## Stakeholder Feedback / Opposition\nFirefox: positive. Safari: no signal.\n",
        [(1, "")],
    ),
    (
        "who-affected",
        "spec",
        "## Stakeholders feedback / opposition\nChrome: positive. Gecko: no signal.\n",
        [(1, "")],
    ),
    ("who-affected", "spec", "## Stakeholders\nTeachers who set exams on school laptops.\n", []),
    # Whose users they are, by the product's name, says no more who they are; where they
    # are does.
    (
        "who-affected",
        "spec",
        "### Pour qui\nTous les utilisateurs du Portail Famille.\n",
        [
            (
                1,
                "the “Pour qui” section names no one in particular (“Tous les utilisateurs du "
                "Portail Famille.”): say which people notice this change, and how (“riders on "
                "mobile data”, “the support team”)",
            )
        ],
    ),
    ("who-affected", "spec", "## Who is affected\nRiders in Paris Nord who pay by card.\n", []),
    # Whom it affects or hits, asked in any tense; Nynorsk and Chinese ask it their way.
    ("who-affected", "spec", "## Who this affects\nSavers with under £50 put by.\n", []),
    ("who-affected", "spec", "### Who does it affect?\nResidents renewing a permit.\n", []),
    (
        "who-affected",
        "spec",
        "**Who hits this.** Credit-meter customers without a smart meter.\n",
        [],
    ),
    ("who-affected", "spec", "## Kven gjeld det\nReisande som har bestilt plass på ferja.\n", []),
    ("who-affected", "spec", "## 影响哪些人\n老旧小区的居民，尤其是老年人。\n", []),
    ("who-affected", "spec", "## 対象となる方\n公社賃貸住宅の入居者とその家族。\n", []),
    # user segments and jobs to be done name whom the work is for, as user stories do
    (
        "who-affected",
        "spec",
        "## Jobs to be Done\nWhen a patient calls, the receptionist books the visit.\n",
        [],
    ),
    ("who-affected", "spec", "## Customer segments\nBakeries that sell by the slice.\n", []),
    ("who-affected", "spec", "## ユーザー層\n全盲・弱視の方、上肢に障害のある方。\n", []),
    ("who-affected", "spec", "## Jobs\nNightly exports for the finance team.\n", [(1, "")]),
    (
        "who-affected",
        "spec",
        "## Accessibility for whom?\nScreen-reader users and keyboard users.\n",
        [],
    ),
    # ...but who decides something is not whom the work is for
    (
        "who-affected",
        "spec",
        "### Who decides whether a concern is unresolved?\nThe team leads decide.\n",
        [(1, "")],
    ),
    ("who-affected", "pr", WHY, [(1, "")]),
    # A user story names whom the work is for wherever it stands, in each language.
    (
        "who-affected",
        "spec",
        "## Proposal\nAs a ward clerk, I want to move a shift without a phone call.\n",
        [],
    ),
    (
        "who-affected",
        "spec",
        "## Proposition\nEn tant que conseillère, je veux voir les rendez-vous du jour.\n",
        [],
    ),
    (
        "who-affected",
        "spec",
        "## Vorschlag\nAls Sachbearbeiterin möchte ich Anträge ohne Rückruf prüfen.\n",
        [],
    ),
    ("who-affected", "spec", "## Proposal\nAs we discussed, I want to move the job.\n", [(1, "")]),
    # ...and "As a user, I want" names no one, as "Users" under a who heading does not
    ("who-affected", "spec", "## Proposal\nAs a user, I want to export my rota.\n", [(1, "")]),
    (
        "who-affected",
        "spec",
        "## Proposal\nAs a user, I want exports. As a ward clerk, I need them by Friday.\n",
        [],
    ),
    # "Our valued customers and stakeholders": the label's words and "our" name no one.
    (
        "who-affected",
        "pr",
        "**Who is affected:** our valued customers and stakeholders across the business.",
        [
            (
                1,
                "“Who is affected” names no one in particular (“our valued customers and "
                "stakeholders across the business.”): say which people notice this change, "
                "and how (“riders on mobile data”, “the support team”)",
            )
        ],
    ),
    (
        "who-affected",
        "spec",
        "## Who is affected\nOur valued customers and stakeholders across the business.\n",
        [
            (
                1,
                "the “Who is affected” section names no one in particular (“Our valued customers "
                "and stakeholders across the business.”): say which people notice this change, "
                "and how (“riders on mobile data”, “the support team”)",
            )
        ],
    ),
    ("who-affected", "pr", "**Who is affected:** our support agents, who answer refunds.", []),
    # Everyone, qualified only by using the product: no one in particular.
    (
        "who-affected",
        "pr",
        "**Who is affected:** everyone who uses the product, in every market we serve.",
        [
            (
                1,
                "“Who is affected” names no one in particular (“everyone who uses the product, "
                "in every market we serve.”): say which people notice this change, and how "
                "(“riders on mobile data”, “the support team”)",
            )
        ],
    ),
    ("who-affected", "pr", "**Who is affected:** anyone who pays by card in the app.", []),
    # Everyone, padded with words that say nothing of whom: still no one in particular.
    (
        "who-affected",
        "pr",
        "**Who is affected:** a positive impact on everyone and all users, in general terms.",
        [
            (
                1,
                "“Who is affected” names no one in particular (“a positive impact on everyone and "
                "all users, in general terms.”): say which people notice this change, and how "
                "(“riders on mobile data”, “the support team”)",
            )
        ],
    ),
    ("who-affected", "pr", "**Who is affected:** Windows users building the docs.", []),
    *[
        (
            "who-affected",
            "pr",
            f"**Who is affected:** {said}",
            [
                (
                    1,
                    f"“Who is affected” names no one in particular (“{said}”): say which people "
                    "notice this change, and how (“riders on mobile data”, “the support team”)",
                )
            ],
        )
        # words that take everyone in narrow no one
        for said in [
            "All of our users, whoever they are and wherever they may be.",
            "The entire user base.",
        ]
    ],
    ("who-affected", "pr", "**Who is affected:** users whose renewal is due this week.", []),
    # Too short to count, and what is wrong is whom it names: said so, not its length.
    (
        "who-affected",
        "spec",
        "## Who is affected\nAll users\n",
        [
            (
                1,
                "the “Who is affected” section names no one in particular (“All users”): say "
                "which people notice this change, and how (“riders on mobile data”, “the "
                "support team”)",
            )
        ],
    ),
    # a11y-review
    ("a11y-review", "spec", REVIEW, []),
    (
        "a11y-review",
        "spec",
        "## A11y\nTBD\n",
        [
            (
                1,
                "the “A11y” section has no answers (it needs at least 15): set aside, “TBD” is a placeholder",
            )
        ],
    ),
    (
        "a11y-review",
        "spec",
        "## Accessibility of private items\n"
        "Items are private to their module unless marked pub, so other crates cannot reach them.",
        [],
    ),
    (
        "a11y-review",
        "spec",
        "## The case for inclusion in the prelude\n" + "Words here. " * 10,
        [(1, "")],
    ),
    # a11y-perspectives
    ("a11y-perspectives", "spec", REVIEW, []),
    (
        "a11y-perspectives",
        "spec",
        "## Accessibility review\nWe tested with screen readers and keyboard only users in the lab.\n",
        [
            (
                1,
                "the “Accessibility review” section does not mention low digital literacy; low "
                "bandwidth or poor connectivity",
            )
        ],
    ),
    ("a11y-perspectives", "spec", WHY, []),  # no review: a11y-review says so, once
    # ...but a sentence that only announces the list, over a list of marks, answers nothing.
    (
        "a11y-review",
        "spec",
        "## Accessibility and inclusion review\nWe reviewed this whole feature very carefully "
        "for accessibility and inclusion together with the whole team last week and found the "
        "following:\n\n- ✅ screen readers\n- ✅ low literacy\n- ✅ slow connections\n",
        [
            (
                1,
                "the “Accessibility and inclusion review” section has no answers (it needs at "
                "least 15): set aside, “We reviewed this whole feature very carefully for…” is "
                "a pointer elsewhere (a document, a design system, a standard), not an answer; "
                "“✅ screen readers” is a mark, not an answer and 5 more",
            )
        ],
    ),
    # The sentence that introduces a list answers as the section's prose: tested with screen
    # readers and with owners new to the admin, whatever the list's short items say.
    (
        "a11y-perspectives",
        "spec",
        "## Accessibility and inclusion review\nWe tested the export button with VoiceOver, NVDA "
        "and keyboard only, and with three owners new to the admin, and changed two things:\n\n"
        "- label\n- focus\n\nOn a throttled 3G profile the page stays under 60 KB and the "
        "file is built on the server.\n",
        [],
    ),
    # A colon inside an answer's prose ("Nothing to opt in to: ...") opens no other answer:
    # the decision and the test after it still answer for low literacy.
    (
        "a11y-perspectives",
        "spec",
        "# Daily cap\n## Accessibility review\n- Low digital literacy: They should not need to "
        'understand "capping" to benefit. Nothing to opt in to: it applies automatically. The '
        'receipt line uses the sentence above instead of the word "cap", and we tested the '
        "wording with six riders at the Central Station help desk; four of six explained it "
        'back correctly with "cap", all six with the sentence.\n'
        "- Screen reader: the capped line is text read after the "
        "fare amount, tested with VoiceOver.\n- Weak connection: the cap is computed on the "
        "server; offline taps are charged the capped amount when they sync.\n",
        [],
    ),
    # a11y-signoff
    ("a11y-signoff", "spec", REVIEW + SIGNED, []),
    # A ticked box in the review itself need not name the review again; a box elsewhere must.
    ("a11y-signoff", "spec", REVIEW + "- [x] Approved by @maria\n", []),
    ("a11y-signoff", "spec", REVIEW + "- [x] Validé par @maria\n", []),
    (
        "a11y-signoff",
        "spec",
        REVIEW + "\n## Rollout\n- [x] Approved by @maria\n",
        [(1, "")],
    ),
    (
        "a11y-signoff",
        "spec",
        "---\naccessibility_signoff:\n  reviewer: '@maria'\n---\n" + REVIEW,
        [],
    ),
    (
        "a11y-signoff",
        "spec",
        REVIEW + "- [ ] Accessibility review signed off by @maria\n",
        [(5, "the box “Accessibility review signed off by @maria” is not ticked")],
    ),
    (
        "a11y-signoff",
        "spec",
        REVIEW + "```\n" + SIGNED + "```\n",
        [
            (
                6,
                "the box “Accessibility review signed off by @maria” is inside a code block, "
                "where it is shown, not ticked: take it out of the fence",
            )
        ],
    ),
    # A sign-off list's line: the review, then who signed it; a table that names the review
    # beside the reviewer, not in its first cell.
    (
        "a11y-signoff",
        "spec",
        REVIEW + "## Sign-off\n\n- [x] Accessibility & inclusion — @wnakamura\n",
        [],
    ),
    (
        "a11y-signoff",
        "spec",
        REVIEW + "## Approvals\n\n| Reviewer | Area | Decision |\n|---|---|---|\n"
        "| @ckeane | Equality & Inclusion office | Approved, 5 Aug 2025 |\n",
        [],
    ),
    # A box typed as a character, as a word processor exports it; not the author's own tick
    # (the byline names the author by handle in brackets, beside other fields).
    (
        "a11y-signoff",
        "spec",
        REVIEW + "Aprobaciones\n\n☑ Revisión de accesibilidad e inclusión — @mpech, aprobado\n",
        [],
    ),
    (
        "a11y-signoff",
        "spec",
        "Author: Aleksandra Nowicka (@anowicka) · Reviewers: @kforsyth\n\n"
        + REVIEW
        + "\nSign-off\n\n☑ Accessibility & inclusion — @anowicka\n",
        [
            (
                11,
                "@anowicka is an author of this document, and an author cannot sign off their "
                "own work: ask someone else to review it",
            )
        ],
    ),
    (
        "a11y-signoff",
        "spec",
        REVIEW + "## Sign-off\n\n- [ ] Accessibility & inclusion — @wnakamura\n",
        [(7, "the box “Accessibility & inclusion — @wnakamura” is not ticked")],
    ),
    (
        "a11y-signoff",
        "spec",
        "---\naccessibility_signoff:\n  reviewer: maria\n---\n" + REVIEW,
        [(1, "accessibility_signoff.reviewer is “maria”, not a @handle: write “@maria”")],
    ),
    # impact-narrative
    (
        "impact-narrative",
        "postmortem",
        "## User impact narrative\n"
        "From 14:02 to 14:47 UTC about one in three people paying by card saw an error after "
        "typing their card details. Around 1,200 hit it and 400 gave up; forty wrote to support, "
        "worried they had been charged twice.",
        [],
    ),
    (
        "impact-narrative",
        "postmortem",
        "- **Impact**: For an hour, users could not deploy their services: every pipeline that "
        "pushed an image timed out, teams with a release that day waited or rolled back by hand, "
        "and the on-call channel took ninety questions.",
        [],
    ),
    (
        "impact-narrative",
        "postmortem",
        "## Customer Impact\nUsers could not log in.\n",
        [
            (
                1,
                "the “Customer Impact” section has 5 words of real content (it needs at least 30) "
                "and does not say for how long or how many (a duration, a time window, a count or "
                "a share)",
            )
        ],
    ),
    (
        "impact-narrative",
        "postmortem",
        "## Summary\nThings broke.\n",
        [
            (
                1,
                "the “Summary” section has 2 words of real content (it needs at least 30) and "
                "does not say who was affected and what they experienced (someone, in the users' "
                "words, who could not, saw, lost or waited) or for how long or how many (a "
                "duration, a time window, a count or a share)",
            )
        ],
    ),
    (
        "impact-narrative",
        "postmortem",
        "## Timeline\n- 14:02 errors\n",
        [(1, "no section headed User impact, Customer impact or Impact, then Summary")],
    ),
    # blameless-language
    (
        "blameless-language",
        "postmortem",
        "## Cause\nThe deploy script accepted an empty target.\n",
        [],
    ),
    (
        "blameless-language",
        "postmortem",
        "## Cause\nHuman error: a bad push.\n",
        [(2, "in “Human error: a bad push.” (“Human error”)")],
    ),
    (
        "blameless-language",
        "postmortem",
        "## Cause\nIt was Bob's fault.\n",
        [(2, "in “It was Bob's fault.” (“fault”)")],
    ),
    (
        "blameless-language",
        "postmortem",
        "## Cause\nShe should have known better.\n",
        [(2, "in “She should have known better.” (“She should have known”)")],
    ),
    (
        "blameless-language",
        "postmortem",
        "## Cause\nA careless change, caused by @dev-lee.\n",
        [
            (2, "in “A careless change, caused by @dev-lee.” (“careless”)"),
        ],
    ),
    ("blameless-language", "postmortem", "## Cause\nWe do not fault the pools for it.\n", []),
    ("blameless-language", "postmortem", "## Cause\n```\nhuman error\n```\n", []),
    # action-items
    ("action-items", "postmortem", "## Action items\n- [ ] Alert at 1% (owner: @li)\n", []),
    (
        "action-items",
        "postmortem",
        "## Follow-ups\n| Item | Owner |\n|--|--|\n| Pin | chinmay |\n",
        [],
    ),
    (
        "action-items",
        "postmortem",
        "## Action items\nWe will do better.\n",
        [(1, "the “Action items” section has no items; it needs at least 1")],
    ),
    (
        "action-items",
        "postmortem",
        "## Timeline\n- 14:02 errors\n",
        [
            (
                1,
                "no part introduces work still to do: its parts are “Timeline”; a heading or "
                "label such as “Action items”, “Next steps” or “What we will change” does",
            )
        ],
    ),
    # action-owners
    (
        "action-owners",
        "postmortem",
        "## Action items\n- Alert at 1% (owner: @li)\n- Runbook @sam\n",
        [],
    ),
    (
        "action-owners",
        "postmortem",
        "## Corrective actions\n- Alert at 1%\n- Runbook @sam\n",
        [(2, "the item “Alert at 1%” names no owner")],
    ),
    ("action-owners", "postmortem", "## Summary\nNo items at all.\n", []),
]


@pytest.mark.parametrize(
    ("rule", "kind", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_builtin_rule(rule: str, kind: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert fired(kind, text, rule) == expected


def test_messages_say_what_is_missing_why_and_give_a_snippet() -> None:
    spec = {f.rule: f for f in findings("spec", "# Empty spec\n")}
    assert spec["why-section"].message.startswith("Say why this work is needed")
    assert "## Why" in spec["why-section"].help
    assert (
        "- [ ] Accessibility review signed off by @<reviewer's handle>" in spec["a11y-review"].help
    )
    assert "accessibility_signoff:" in spec["a11y-signoff"].help
    assert spec["a11y-signoff"].severity.value == "error"
    assert spec["who-affected"].severity.value == "warning"
    assert {f.ruleset for f in spec.values()} == {"why", "accessibility-signoff"}


def test_a_sign_off_box_inside_the_review_is_looked_for_under_the_review_heading() -> None:
    """The rule set repeats a11y-review's heading for a11y-signoff's box inside the review
    (YAML aliases are refused): the two must not drift apart."""
    rules = yaml.safe_load(
        (Path(spec_gate.rules.__file__).parent / "accessibility-signoff.yml").read_text()
    )
    by_id = {rule["id"]: rule["check"] for rule in rules["rules"]}
    inside = [
        c["checkbox"] for c in by_id["a11y-signoff"]["any"] if "section" in c.get("checkbox", {})
    ]
    assert [box["section"] for box in inside] == [by_id["a11y-review"]["review"]["heading"]]


def test_a_complete_spec_passes_every_rule() -> None:
    assert findings("spec", WHY + WHO + REVIEW + SIGNED) == []


# A document exported from Google Docs: its headings are plain lines, and the review's parts
# are labelled paragraphs under the line that titles it.
PLAIN_LINES = """Split rent between housemates

Problem statement

About 3,100 of our 8,400 tenancies are joint; 47% of joint tenants say rent day causes
arguments, and 212 late payments last year were one housemate waiting on the others.

Accessibility and inclusion review

First-time renters: the share screen shows amounts in pounds, never percentages; ten
students at the freshers' fair confirmed their share in one tap.

Disabled tenants and assistive tech: the "3 of 4 paid" view is a list with a text status
per person, not coloured dots; tested with VoiceOver, TalkBack and 200% zoom.

Slow or unreliable connections: the share form is one small page with no third-party
scripts; payment links from SMS open straight to the amount, checked on "Slow 3G".

Approvals

☐ Engineering — @rhalloran
"""


@pytest.mark.parametrize("rule", ["why-section", "a11y-review", "a11y-perspectives"])
def test_a_document_titled_by_plain_lines(rule: str) -> None:
    assert fired("spec", PLAIN_LINES, rule) == []


def test_a_review_put_off_in_a_document_titled_by_plain_lines() -> None:
    put_off = PLAIN_LINES.replace(
        PLAIN_LINES[PLAIN_LINES.index("First-time") : PLAIN_LINES.index("Approvals")],
        "We'll run the accessibility and inclusion review once the beta has been live for a "
        "month and we have data on how groups use it.\n\n",
    )
    assert [line for line, _ in fired("spec", put_off, "a11y-review")] == [8]


def test_a_why_that_repeats_the_prompt_is_quoted_back() -> None:
    """The prompt pasted with a word changed counts for nothing, and the finding says so."""
    text = "## Why\n\nWho runs into what problem today, and what changes for them once it lands.\n"
    result = Engine(load_policy(None, root=Path.cwd()), today=date.today()).check(
        Source("pr.md", text, None, Kind.PR)
    )
    assert result is not None
    [why] = [f for f in result.findings if f.rule == "why-section"]
    assert why.detail.endswith("repeats the template's prompt or spec-gate's own example")
