"""Postmortems judged as a careful reader judges them (the built-in impact-narrative rule set).

Each case is a small postmortem of our own, and the findings one rule gives it: (line, detail).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from spec_gate.engine import Engine, Source
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind

ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date.today())

STORY = (
    "From 14:02 to 14:47 UTC about one in three people paying by card saw “Something went "
    "wrong” after typing their card details. Around 1,200 shoppers tried again; 400 gave up, "
    "and forty wrote to support, worried they had been charged twice."
)
WHO_WHAT = (
    "who was affected and what they experienced "
    "(someone, in the users' words, who could not, saw, lost or waited)"
)
EXTENT = "for how long or how many (a duration, a time window, a count or a share)"


def findings(rule: str, text: str) -> list[tuple[int, str]]:
    result = ENGINE.check(Source("pm.md", dedent(text).lstrip("\n"), None, Kind.POSTMORTEM))
    assert result is not None
    return [(f.line, f.detail) for f in result.findings if f.rule == rule]


def messages(rule: str, text: str) -> list[str]:
    result = ENGINE.check(Source("pm.md", dedent(text).lstrip("\n"), None, Kind.POSTMORTEM))
    assert result is not None
    return [f.message for f in result.findings if f.rule == rule]


# An impact table and a summary told from the system's side: whose story it is, the title says.
_WORKSPACES_DOWN = """
## Impact

| Customers impacted | Support cases | Data loss | Duration |
| --- | --- | --- | --- |
| All | 3 | None | 1h |

## Summary

An upgrade failed because the server image did not update. The version mismatch with
the web component stopped every workspace from starting until the image was replaced.
"""

NARRATIVE = [
    (
        # "Nobody was affected" with how we know said just before it: an absence confirmed.
        "a disclosure whose basis comes first",
        "On February 4 we leaked security tokens for the Venmo accounts of 41 users, which an "
        "attacker could have used to steal money. Venmo revoked the tokens and has confirmed "
        "that no transactions were made using these tokens.\n\nFor affected users, no further "
        "action is required.\n",
        [],
    ),
    (
        # How long, with its figure written against a character ("約2時間"), as Japanese does.
        "a Japanese duration after 約",
        "---\nlang: ja\n---\n## 影響\n\n約2時間にわたり、アプリの利用者はログインできず、"
        "「エラーが発生しました」という画面が表示されました。利用者がサポートに問い合わせ、"
        "予約の変更ができないと訴えました。\n",
        [],
    ),
    (
        # A run-in title naming whose side the part tells (not ours).
        "the members' side of it",
        "## Incident: blue fobs locked out\n\ntl;dr: the door controller stopped recognising "
        "the newer fobs for about 20 hours.\n\n**Members' side of it.** Everyone with a blue "
        "fob, the 41 members who joined since March, couldn't get in the front door from "
        "Friday 18:00 until Saturday 14:20. Two members who had booked the laser cutter lost "
        "their slots.\n\n**What happened.** The controller dropped "
        "the blue fobs from its allow-list.\n",
        [],
    ),
    (
        # A numbered bold title that tells whom its part is about, under a note's byline.
        "a numbered bold title over the account",
        "# The Granary Playhouse: double-sold seats\n\nNote for trustees from the Front of "
        "House Manager, for the meeting on 12 December\n\n**1. What audiences experienced**\n\nAt the Friday and Saturday "
        "performances, 38 ticket holders arrived to find someone else already sitting in their "
        "seats; 14 of them watched from folding chairs and 6 went home.\n\n**2. Why it "
        "happened**\n\nThe new booking system sold 19 seats twice.\n",
        [],
    ),
    (
        # A document with no headings, read whole: "No customer impact" up front, denied by
        # its own timeline (missing a flight, like losing or waiting, costs someone).
        "no impact claimed, denied in the same document",
        "*Summary:* Check-in timed out for 95 minutes. **No customer impact** — all flights "
        "departed and airport teams checked passengers in by hand.\n\n*Timeline:*\n\n"
        '- 05:18 the app shows "Check-in unavailable"\n'
        "- 07:30 queues cleared; 46 passengers missed their flights and were rebooked\n",
        [
            (
                1,
                "it says nobody was affected (“No customer impact — all flights departed and "
                "air…”), but line 6 tells of passengers who missed (“07:30 queues cleared; 46 "
                "passengers missed their flights an…”)",
            )
        ],
    ),
    (
        # In the team's language: "Ningún usuario fue afectado" with how we know is the account,
        "no impact said in Spanish, with its basis",
        "---\nlang: es\n---\n## Impacto en los usuarios\n\nNingún usuario fue afectado: los "
        "registros del gateway no muestran ninguna transferencia fallida durante el reinicio, así "
        "que nadie vio un error.\n",
        [],
    ),
    (
        # ...and customers who called in, in Portuguese, deny it as they do in English.
        "no impact said in Portuguese, denied by customers calling in",
        "# 05/09/2026: queda das transferências\n\n## Resumo\n\nHouve uma queda no serviço "
        "de transferências.\n\n## Impacto para os usuários\n\nNenhum usuário foi afetado: os "
        "logs do gateway não mostram nenhuma transferência com falha durante o reinício, então "
        "ninguém viu erro.\n\n## Linha do tempo\n\n- 15h02: reinício do banco de dados.\n"
        "- 15h05: clientes ligam para a central porque as transferências estão falhando.\n"
        "- 15h40: serviço restabelecido.\n",
        [
            (
                9,
                "it says nobody was affected (“Nenhum usuário foi afetado: os logs do gateway "
                "nã…”), but line 14 tells of clientes who ligam para a central (“15h05: clientes "
                "ligam para a central porque as transferênci…”)",
            )
        ],
    ),
    (
        # ...but a statement of who was spared ("people who were already signed in") is a
        # scope: the story of the others is no denial of it.
        "a scope of who was spared, beside the story of the others",
        "Postmortem: mobile app login outage (2026-09-21)\n\nSummary\n\nOn Sunday 21 "
        "September, from 07:30 to 09:10 CEST (1 h 40 min), people using our Android and iOS "
        "apps could not sign in: after entering their password they were sent back to the "
        "login screen without an error. People who were already signed in were not affected. "
        "Based on failed sign-in attempts, about 14,000 people were locked out.\n",
        [],
    ),
    (
        # People a lemmatizer does not know ("podcasters"), and what they came home to.
        "podcasters, and households that came home to cold rooms",
        "# Outage\n\n## Impact\n\nFrom 09:00 to 20:00 on 3 November, 1,942 podcasters saw "
        "errors when publishing, and many households came home to cold rooms because their "
        "thermostats stayed in Away for up to 17 hours.\n",
        [],
    ),
    # "All bills used correct readings": the bills are things, not the customers of the
    # sentence before billing anyone; so the claim stands alone, and the timeline denies it.
    (
        "no impact because all bills were right, denied by the timeline",
        "# Meter readings rejected\n\n## Customer impact\n\nNo customer impact. The issue "
        "was limited to the readings API and was fixed before the billing extract, so all "
        "bills used correct readings.\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
        "| 19:10 | Contact centre reports customers calling because the app rejects their "
        "reading. |\n",
        [
            (
                5,
                "it says nobody was affected (“No customer impact.”), but line 11 tells of "
                "customers calling (“19:10 | Contact centre reports customers calling because "
                "th…”)",
            )
        ],
    ),
    # ...with a basis that is only our dashboards, denied by a timeline where customers saw an
    # error message, or wrote in: what they met is in the quote, or in their getting in touch.
    (
        "no impact on the dashboards' word, denied by a quoted error message",
        "# Order status\n\n## Impact\n\nNo user impact: the error logs show nothing unusual "
        "and the dashboards stayed green.\n\n## Timeline\n\n- 14:02 deploy of status-service "
        '2.4\n- 14:11 customers saw "Something went wrong" on the order page\n',
        [
            (
                5,
                "it says nobody was affected (“No user impact: the error logs show nothing "
                "unusu…”), but line 10 tells of customers who saw (“14:11 customers saw "
                '"Something went wrong" on the order page”)',
            )
        ],
    ),
    (
        "no impact on the dashboards' word, denied by shoppers who wrote in",
        "# Order status\n\n## Impact\n\nNo user impact: the error logs show nothing unusual "
        "and the dashboards stayed green.\n\n## Timeline\n\n- 14:02 deploy\n- 14:11 14 "
        "shoppers wrote to support\n",
        [
            (
                5,
                "it says nobody was affected (“No user impact: the error logs show nothing "
                "unusu…”), but line 10 tells of shoppers who wrote to support (“14:11 14 shoppers "
                "wrote to support”)",
            )
        ],
    ),
    (
        "no impact denied by a message they were shown that says failure in other words",
        "# Booking\n\n## Impact\n\nNo user impact: the error logs show nothing unusual and "
        "the dashboards stayed green.\n\n## Timeline\n\n- 14:02 deploy\n- 14:11 Patients "
        'booking a slot are shown "Service unavailable"\n',
        [
            (
                5,
                "it says nobody was affected (“No user impact: the error logs show nothing "
                "unusu…”), but line 10 tells of Patients who are shown (“14:11 Patients booking "
                'a slot are shown "Service unavailabl…”)',
            )
        ],
    ),
    (
        "someone who wrote in to thank us denies nothing",
        "# Playlist\n\n## Impact\n\nNo user impact: the error logs show nothing unusual and "
        "the dashboards stayed green.\n\n## Timeline\n\n- 14:02 deploy\n- 14:11 A member "
        "writes to support to thank us for the new playlist colours\n",
        [],
    ),
    (
        "a message they saw that says nothing failed denies nothing",
        "# Order status\n\n## Impact\n\nNo user impact: the error logs show nothing unusual "
        "and the dashboards stayed green.\n\n## Timeline\n\n- 14:02 deploy\n- 14:11 "
        'customers saw "Welcome back" on the order page\n',
        [],
    ),
    # "Nobody was affected", with what monitoring showed rising beside it: trouble seen is no
    # sign of none; a measure that did not rise is one.
    (
        "no impact beside monitoring that showed a rise",
        "# SAML audience check\n\n## What happened\n\nAt 14:20 we enabled the strict audience "
        "setting for all organisations. At 14:52 monitoring showed an increase in rejected "
        "assertions from identity providers. We rolled the flag back at 15:03 and the "
        "rejection rate returned to its normal level by 15:05.\n\n## Customer impact\n\n"
        "None. No customers were impacted by this change.\n",
        [
            (
                7,
                "the “Customer impact” section (read with the “What happened” section) does not "
                "say who was affected and what they experienced (someone, in the users' words, "
                "who could not, saw, lost or waited): it says nobody was affected (“None.”) but "
                "not how we know: say what shows it (the logs, an audit, why no request reached "
                "it)",
            )
        ],
    ),
    (
        "no impact beside monitoring that showed no rise",
        "# SAML audience check\n\n## What happened\n\nAt 14:20 we enabled the strict audience "
        "setting for all organisations. Monitoring showed no increase in rejected assertions "
        "from identity providers in the hour after, and we kept the setting on.\n\n## Customer "
        "impact\n\nNone. No customers were impacted by this change.\n",
        [],
    ),
    # The part for the story left as the template had it: "not affected" said of a part
    # elsewhere does not stand in for it.
    (
        "the impact part left as the template, a part spared elsewhere",
        "# Tablet notifications delayed\n\n## Summary\n\nThe push service rejected "
        "notifications for two hours after a key change.\n\n## Customer impact\n\n"
        "<describe customer impact here>\n\n## Root cause\n\nThe new key had been generated in "
        "the sandbox account, not production, so APNs rejected pushes to production iPad "
        "tablets with `InvalidProviderToken`. Android tablets were not affected. The service "
        "logged the rejections as warnings and did not retry through the SMS fallback.\n",
        [
            (
                7,
                "the “Customer impact” section (read with the “Summary” section) has 12 words "
                "of real content (it needs at least 30) and does not say who was affected and "
                "what they experienced (someone, in the users' words, who could not, saw, lost "
                "or waited)",
            )
        ],
    ),
    # A template's guidance in italics is not the account, however many of its words say
    # "customers" and "experienced"; the finding says what it skipped.
    (
        "the template's guidance left in the impact part",
        "# DNS outage\n\n## Summary\n\nA malformed route-map withdrew our prefix from two of "
        "four transit providers; SERVFAIL rates rose in EU regions until 10:54 UTC.\n\n"
        "## Customer impact\n\n_Describe who was affected and how. Include the number of "
        "customers, the duration, and what they experienced._\n",
        [
            (
                7,
                "the “Customer impact” section (read with the “Summary” section) does not say "
                "who was affected and what they experienced (someone, in the users' words, who "
                "could not, saw, lost or waited); “_Describe who was affected and how. Include "
                "the number of c…” is the template's guidance, left in place",
            )
        ],
    ),
    # A note under a letterhead, its envelope ("Subject:", "Sent to:") before the story: the
    # paragraph after the envelope is the opening a reader reads first.
    (
        "an engineering note under a letterhead, with its envelope",
        "KXPR Public Radio — Engineering note\n\nSubject: Online stream went silent\n\n"
        "Sent to: station leadership, membership\n\nOn Sunday the online stream carried "
        "silence from 1:12 pm to 3:47 pm. Anyone listening through our website or the app "
        "heard nothing, though the player showed Live; about 2,800 listeners were connected "
        "and many gave up.\n\nWhat happened: an OS update changed the encoder's audio "
        "input.\n",
        [],
    ),
    # A heading that asks who was hit is the part for the story, in the team's language.
    (
        "a heading that asks whom it hit, in Spanish",
        "# Informe posterior al incidente\n\n### ¿Qué pasó?\n\nA las 08:00 el sistema de cita "
        "previa dejó de responder porque una consulta no tenía índice.\n\n### ¿A quién afectó y "
        "cómo?\n\nDurante cinco horas y media ningún vecino pudo pedir cita por la web ni por la "
        "app: la página se quedaba cargando y acababa en un error. Calculamos unas 6.800 personas "
        "distintas que lo intentaron, según los registros del servidor.\n",
        [],
    ),
    # A chat summary's "How bad:" label asks for the damage, as "Impact" does.
    (
        "a label asking how bad it was",
        "# Check-in outage recap\n\n**What happened:** from 10:00 the desk tablets could not "
        "look up members; a sync setting had dropped the older plans.\n\n**How bad:** 486 "
        "people had bookings; the queue at the door was 20 to 30 minutes most of the morning, "
        "about 40 people left rather than wait, and some members were charged twice.\n",
        [],
    ),
    # A Q&A's questions are headings without their "Q:"; a byline in italics is no guidance.
    (
        "a Q&A whose first question asks what readers saw",
        "# Retro: subscribers locked out by the paywall\n\n*The Coastal Herald, digital product "
        "retrospective. Written up in question-and-answer form by Tom Avery.*\n\n**Q: What did "
        "readers actually see?**\n\nPaying digital subscribers who opened a story were shown "
        "the paywall instead of the article, from 5:40 am until 2:15 pm. Logging in again "
        "didn't help; 23,600 of our 41,000 subscribers were blocked.\n\n**Q: What went wrong "
        "technically?**\n\nA cache key changed.\n",
        [],
    ),
    # A run-in heading that names only the people it is for is about them; a field of one
    # word ("Team:", "Company:") is not.
    (
        "a run-in heading addressed to the customers",
        "Carpatic Cloud - Object Storage\n\n**Window:** 12 June, 03:18-06:02\n\n**For you, our "
        "customers.** If you store objects in our Cluj region, from 03:18 to 06:02 any upload "
        "larger than 8 MB failed with HTTP 500, and multipart uploads could not be completed. "
        "1,170 customer accounts had at least one failed large upload in that window, and about "
        "420 customers using our backup integration "
        "had a failed nightly backup.\n\n**What happened.** A maintenance task picked two nodes "
        "that were themselves in maintenance. The on-call engineer was paged at 05:40.\n",
        [],
    ),
    # A status page's note: when it began in its front matter, when it ended in cState's
    # update marker.
    (
        "a status note whose window is in its front matter and its update",
        "---\ntitle: Gitpod is unstable in the US\ndate: '2021-03-19T06:26:00.000Z'\n"
        "severity: partial-outage\nresolved: true\n---\nAfter this morning's deployment, the US "
        "cluster seems to be unstable. Some users are unable to log in, others aren't able to "
        "start workspaces.\n\n::: update Resolved | 2021-03-19T10:01:00.000Z\nUS cluster is "
        "back to operational.\n:::\n",
        [],
    ),
    # The part for the story left to be written: a summary elsewhere does not stand in.
    (
        "the impact part left to be written, the summary telling some of it",
        "# Incorrect net pay\n\n**Detected:** 27 January 2025 · **Resolved:** 29 January 2025\n\n"
        "## Summary\n\nThe January payroll run used last year's contribution ceiling, so payslips "
        "for high earners at our client companies showed the wrong net pay, and 212 employees "
        "were paid too little.\n\n## Customer impact\n\nTBD — to be completed by Customer "
        "Success once client feedback is collected.\n",
        [
            (
                9,
                "the “Customer impact” section is left to be written: tell there who was "
                "affected, what they met and how many; “TBD — to be completed by Customer "
                "Success once client feedb…” is a placeholder",
            )
        ],
    ),
    # A report's head is no story ("Order routing outage ... Report owner: ..."), and a
    # numbered plain line "2. Impact" titles the part that tells it: here, the responders'.
    (
        "a letterhead and a numbered plain-line impact part told from the responders' side",
        "BAKKALGO — INCIDENT REPORT\nOrder routing outage, Istanbul Anatolian side, 28 August "
        "2025\nReport owner: Emre Y. (Engineering Manager, Fulfilment)\n\n1. Summary\nOn 28 "
        "August between 18:05 and 20:40 the order routing service stopped assigning new "
        "orders to dark stores.\n\n2. Impact\n- On-call was paged 46 times between 18:07 and "
        "20:40.\n- The team was not able to leave until 21:30.\n",
        [
            (
                5,
                "“Summary” does not say who was affected and what they experienced (someone, in "
                "the users' words, who could not, saw, lost or waited): the people in it are the "
                "ones who responded (“The team was not able to leave until 21:30.”)",
            )
        ],
    ),
    # A memo without Markdown's headings: a plain line over a paragraph titles it as a
    # heading would, and "What crew experienced" tells whom it is about; a sentence run into
    # a list ("The attack only affected our SDKs:") is no such title.
    (
        "a memo's plain line over the story",
        "MEMO - INCIDENT REVIEW\n\nTo: Director of Flight Operations\n\nBackground\n"
        "CrewConnect is the app pilots and cabin crew use to see their roster. Changes reach "
        "the app through a sync service.\n\nWhat crew experienced\nFrom 17:20 until 06:55 the "
        "next morning, roster changes did not appear in the app.\n\nAs a result, 19 crew "
        "members reported for duties that had been cancelled, and 11 missed duties they had "
        "been given, because they had not seen them.\n\nCause\nThe queue silently discarded "
        "messages when its storage was full.\n",
        [],
    ),
    (
        "a sentence run into a list is no title over the story",
        "At 4:11 AM UTC on November 24th, a number of our SDKs and other packages were "
        "compromised, with a malicious self-replicating worm. New versions were published to "
        "npm, which contained a preinstall script that:\n\n1. Scanned the environment for "
        "credentials.\n2. Published them in a public repository.\n\nBy 9:30 AM UTC we had "
        "deleted the packages and revoked the tokens.\n\n## What should you do?\n\nOur "
        "recommendations are to:\n\n1. Look for the files.\n",
        [
            (
                8,
                "the “What should you do?” section has 4 words of real content (it needs at "
                "least 30) and does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited) or for how "
                "long or how many (a duration, a time window, a count or a share)",
            )
        ],
    ),
    # The first heading, after the opening paragraph, is a part of the document, not its
    # title: "What pupils and teachers saw" tells whom it is about.
    (
        "a part about the people as the first heading, after an opening paragraph",
        "---\ntitle: Reading streaks reset\n---\n\nSprout is a reading app used by primary "
        "schools; pupils keep a streak for every day they read.\n\n## What pupils and teachers "
        "saw\n\nOn Monday, pupils who opened the app between 07:00 and 15:30 found their "
        "reading streak reset to zero. This affected 41,200 pupils in 1,380 schools, and "
        "teachers told us about upset children in class.\n\n## What went wrong\n\nThe "
        "server counted days in UTC and ignored the weekend setting.\n",
        [],
    ),
    # Users set before the system's measures tell the system's side; slow pages are met.
    (
        "users sprinkled over the system's measures",
        "# Outage\n\n## Impact\n\nUsers experienced degraded performance during the incident "
        "window. Error rates peaked at 14% and p99 latency reached 2.4 s on the payments API "
        "before the rollback completed at 14:47 UTC.\n",
        [
            (
                3,
                "the “Impact” section does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited)",
            )
        ],
    ),
    (
        "slow pages, as customers met them",
        "# Outage\n\n## Impact\n\nFor 40 minutes, customers experienced slow page loads of up "
        "to 9 seconds when opening their basket, and many gave up before paying at the till; "
        "about 3,000 sessions were affected.\n",
        [],
    ),
    ("a user story under Impact", f"# Outage\n\n## User impact\n\n{STORY}\n", []),
    (
        # An impact label answered "none", with what it rests on in the next sentence.
        "an impact label answered none, and why",
        "# Outage\n\n## Impact\n\nCustomer impact: none. The failing job only builds the "
        "internal nightly finance report, which nobody outside finance reads, and it was re-run "
        "before 09:00.\n",
        [],
    ),
    (
        # How short it was says nothing of whom it reached.
        "none, because it was short",
        "# Outage\n\n## Impact\n\nNo user impact. The outage only lasted five minutes and "
        "was fixed quickly by the team, well before the morning peak of the working week.\n",
        [
            (
                3,
                "the “Impact” section has 25 words of real content (it needs at least 30) and "
                "does not say who was affected and what they experienced (someone, in the users' "
                "words, who could not, saw, lost or waited): it says nobody was affected (“No "
                "user impact.”) but not how we know: say what shows it (the logs, an audit, why "
                "no request reached it)",
            )
        ],
    ),
    (
        # How fast it was handled is no reason nobody was affected; where it stayed is.
        "none, because it was caught quickly",
        "# Outage\n\n## Impact\n\nNo customers were affected because the issue was caught "
        "quickly by our team, who rolled the change back within minutes of the first alert.\n",
        [
            (
                3,
                "the “Impact” section has 24 words of real content (it needs at least 30) and "
                "does not say who was affected and what they experienced (someone, in the users' "
                "words, who could not, saw, lost or waited) or for how long or how many (a "
                "duration, a time window, a count or a share): it says nobody was affected (“No "
                "customers were affected because the issue was …”) but not how we know: say "
                "what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        # ...nor is it after a colon: "caught in time" is how fast, in any of its words.
        "none: it was caught in time",
        "# Outage\n\n## Impact\n\nNo user impact: the issue was caught in time by the "
        "on-call engineer, who rolled the payment gateway's change back within minutes.\n",
        [
            (
                3,
                "the “Impact” section (read with “No user impact”) has 19 words of real content "
                "(it needs at least 30) and does not say who was affected and what they "
                "experienced (someone, in the users' words, who could not, saw, lost or waited) "
                "or for how long or how many (a duration, a time window, a count or a share): it "
                "says nobody was affected (“No user impact: the issue was caught in time by t…”) "
                "but not how we know: say "
                "what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "none: it was caught in staging",
        "# Outage\n\n## Impact\n\nNo user impact: the change was caught in staging, where the "
        "release stopped; it never reached the app stores or any beta tester's phone.\n",
        [],
    ),
    (
        "none, because it was caught in staging",
        "# Outage\n\n## Impact\n\nNo customers were affected because the issue was caught "
        "quickly in staging, before the release reached the app stores or any of the beta "
        "testers' phones.\n",
        [],
    ),
    (
        # What the logs show has a subject of its own: the customers, not "our".
        "what the logs show that customers had done to their things",
        "# Outage\n\n## Impact\n\nFor 11 days the security flaw let anyone with a link open "
        "other people's invoices; our access logs show that 9 customers had their invoices "
        "accessed by an unauthorized party, and we have told each of them.\n",
        [],
    ),
    (
        # "could not" is what happened, not what might: the customers' late parcels are told.
        "what went wrong for customers, after staff who could not work",
        "# Outage\n\n## Impact\n\nOur warehouse staff could not print shipping labels from "
        "06:00 to 08:15, so about 1,900 parcels missed the morning collection and reached "
        "customers a day late, some of them birthday presents.\n",
        [],
    ),
    (
        # A letter to users: its envelope and greeting, then the story, then a labelled part.
        "a letter to users, its story after the greeting",
        "Subject: What happened to your calls on 3 June\n\nTo: SignBridge users\n\nDear all,\n\n"
        "On Wednesday 3 June, between 08:50 and 12:35, many of you could not get through to an "
        'interpreter: the app showed "All interpreters are busy" and 3,100 of your 4,700 calls '
        "never connected.\n\nWhat happened: the matcher's clock was set to another time zone.\n",
        [],
    ),
    (
        # Waiting for the vendor is the responders' wait: the vendor is whom they waited for.
        "the responders waited for a vendor",
        "# Outage\n\n## Impact\n\nOur on-call engineers could not reach the database for 45 "
        "minutes and had to wait for the vendor to restore access, which delayed our response "
        "to the incident significantly and frustrated the whole team.\n",
        [
            (
                3,
                "the “Impact” section does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited): the people "
                "in it are the ones who responded (“Our on-call engineers could not reach the "
                "database for 45 m…”)",
            )
        ],
    ),
    (
        # A question is asked, not told; a hedge after it tells nothing either.
        "a question and a hedge",
        "# Outage\n\n## Impact\n\nDid users see errors? Possibly, for about 45 minutes, some "
        "of our 12,000 customers might have seen something, but we have no way to tell and "
        "nobody complained to support.\n",
        [
            (
                3,
                "the “Impact” section does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited)",
            )
        ],
    ),
    (
        "a question, then its answer",
        "# Outage\n\n## Impact\n\nWhat did riders see? For 45 minutes, about 3,000 riders "
        "who opened the app on their way to the station saw an empty timetable and could not "
        "buy a ticket before boarding the train.\n",
        [],
    ),
    (
        # Below front matter, a heading before any paragraph is the title: what follows it is
        # the opening a reader reads, not a document without the section.
        "a title below front matter",
        "---\ntitle: Proton outage\ndraft: false\n---\n## **Proton outage**\n\nAt 00:45 our "
        "team responded to alerts about backend errors. We traced them to Apache, killed at "
        "startup by a rules feed that never answered, and brought the server back online once the "
        "rules were disabled.\n",
        [
            (
                7,
                "“opening text” does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited) or for how "
                "long or how many (a duration, a time window, a count or a share): the people "
                "in it are the ones who responded (“At 00:45 our team responded to alerts about "
                "backend errors.”)",
            )
        ],
    ),
    (
        # Who was affected, without what they went through: the finding names them.
        "people said to be affected, and nothing of what they went through",
        "# Outage\n\n## Impact\n\nAbout 1,200 riders were affected by the outage for two hours "
        "on Monday morning, in every region we serve in Europe, in South America and in North "
        "America, on the web and in both of the mobile apps.\n",
        [
            (
                3,
                "the “Impact” section does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited): it names "
                "“riders” as affected (“About 1,200 riders were affected by the outage for two "
                "hour…”), not what they went through",
            )
        ],
    ),
    (
        # "them" a few words after "affected" is the projects again, not people.
        "a pronoun after the affected things",
        "# Outage\n\n## Impact\n\nA batch query timed out and the cleanup job archived 170 "
        "active projects. We triggered a rebuild for all the affected projects to redeploy "
        "them within two days, and the job stays switched off until its batches are checked.\n",
        [
            (
                3,
                "the “Impact” section does not say who was affected and what they experienced "
                "(someone, in the users' words, who could not, saw, lost or waited)",
            )
        ],
    ),
    (
        "a user story under Summary",
        f"# Outage\n\n## Summary\n\n{STORY}\n\n## Timeline\n\n- 14:02\n",
        [],
    ),
    ("a postmortem with no headings", f"{STORY}\n\nThe fix shipped at 14:47.\n", []),
    (
        # A heading that says whose experience it tells, in French: "vécu" is "vivre" lived.
        "a French section headed with what the passengers lived through",
        """
        # Compte rendu d'incident : réservations indisponibles

        ## Ce qu'ont vécu les passagers

        Le samedi 6 juillet, de 7 h 50 à 10 h 35, il était impossible de réserver ou de modifier
        une traversée sur le site : la page de paiement affichait « Une erreur est survenue ».
        Environ 5 800 personnes ont tenté de réserver pendant ces presque trois heures. Aux
        guichets des ports, les files d'attente ont dépassé une heure, et 140 véhicules ont
        manqué le départ de 9 h 30 faute de billet.

        ## Ce qui s'est passé

        Le certificat du prestataire de paiement a été renouvelé la veille au soir.
        """,
        [],
    ),
    (
        # "Background" is a heading a summary may go under, but here it opens the title.
        "a bare no-impact claim under a title that opens with Background",
        """
        # Background job failures, 3 February

        ## Impact

        None. No customer impact.

        ## Cause

        A disk filled on the job runner host because rotated logs were not being compressed.
        """,
        [
            (
                3,
                "the “Impact” section has 4 words of real content (it needs at least 30) and "
                f"does not say {WHO_WHAT} or {EXTENT}: it says nobody was affected "
                "(“None.”) but not how we know: say what shows it (the logs, an audit, why no "
                "request reached it)",
            )
        ],
    ),
    (
        # The title names the impact, but its section is the whole document: the follow-ups
        # ("never purge ... — @jonas") are no one's story.
        "only business figures, under a title that says impact",
        """
        # Checkout outage: business impact

        ## Impact

        Estimated revenue loss: $42,000. Conversion rate fell to 0.4% against a 3.1% baseline.
        The Q3 revenue target is now at risk and finance has been informed.

        ## Follow-ups

        - Deploy static assets before HTML and never purge the current version — @jonas — WEB-902
        """,
        [
            (
                3,
                f"the “Impact” section has 24 words of real content (it needs at least 30) and does not say {WHO_WHAT}",
            )
        ],
    ),
    (
        "pure internal metrics",
        """
        ## Impact

        The p99 latency of the payments API rose to 2.4 s and the error rate reached 14 %.
        Three pods of the checkout service restarted eleven times, and the queue depth peaked at
        9,000 messages before the autoscaler added two nodes to the pool at 14:31 UTC.
        """,
        [(1, f"the “Impact” section does not say {WHO_WHAT}")],
    ),
    (
        "vague",
        """
        ## Impact

        Some users may have been affected for some time, probably fine. It is hard to know what
        they saw, since nobody wrote to us about it and the dashboards were mostly green during
        the whole incident, so we think it was not a big deal for anyone at all really.
        """,
        [(1, f"the “Impact” section does not say {EXTENT}")],
    ),
    (
        "people and a number, but apart",
        """
        ## Impact

        Shoppers use checkout all day long, every day of the week, from phones and laptops.
        The payment service returned errors to 31 % of calls between 14:02 and 14:47 UTC, while
        the database failed over to the replica in the other zone and caught up again.
        """,
        [
            (
                1,
                f"the “Impact” section does not say {WHO_WHAT}",
            )
        ],
    ),
    (
        "no user impact, with how we know",
        """
        ## Impact

        No user impact: the failing job only builds the nightly internal report, and no
        request from the site or the app touches it.
        """,
        [],
    ),
    (
        # The summary's finder beside a harm word is no one's account: the impact section
        # says, with how we know, that nobody was affected.
        "no customer affected, beside the researcher who found it",
        """
        ## Summary

        A security researcher found our export endpoint exposed without a token and told us;
        we closed it the same afternoon.

        ## Impact

        No customer was affected. The access logs show only the researcher's own test
        requests; no other request reached the endpoint, so no account data was read.
        """,
        [],
    ),
    (
        # With no section for it, the rest of the note is no basis: the basis is said with it.
        "a status note's no-loss claim, with nothing to show it",
        "The database server was taken out of service on Saturday evening for maintenance, and "
        "builds were paused until the replacement build host had been provisioned and tested "
        "by the infrastructure team. I believe that there has been no data loss.\n",
        [
            (
                1,
                f"the “document” section does not say {WHO_WHAT} or {EXTENT}: it says nobody "
                "was affected "
                "(“I believe that there has been no data loss.”) but not how we know: say what "
                "shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "whose things failed, said with their word before the things",
        "On Tuesday from 17:09 EST to about 23:42 EST (6 hours and 33 minutes), the platform "
        "and customer applications were unavailable. This was the longest and most significant "
        "outage in the history of our platform. No data was lost.\n",
        [],
    ),
    (
        # An opening line that only introduces, and the story told under a heading of its own
        # topic: read where it is told, its words count there.
        "the story under a topic's heading, after a one-line opening",
        """
        # Capture-the-flag contest, 2023: post-mortem

        Although the contest went smoothly enough, there were problems before and during it.

        ## Token issues

        We sent the cloud tokens by email with a script that reused the team-to-address mapping.
        Because of that, the teams got invalid tokens twice, and the cloud was closed from 10:40
        to 11:30 UTC while we sent them again; some participants from Russia could not connect
        to their VPN until the evening.
        """,
        [],
    ),
    (
        # The next bullet is another point, not the basis of the claim.
        "a no-impact bullet beside a bullet about monitoring",
        """
        ## Summary

        The service was changed to use a new database client with stricter types. The change
        made the deletion processor fail on requests for records it did not hold, and the
        failed requests were retried several times before landing in the dead-letter queue.

        ## What went well

        - There was no user impact, and no lasting impact.
        - The issue was easy to diagnose thanks to the service's monitoring.
        """,
        [
            (
                1,
                f"the “Summary” section does not say {WHO_WHAT} or {EXTENT}",
            )
        ],
    ),
    (
        "no user impact, with no reason",
        "## Impact\n\nNo user impact.\n",
        [
            (
                1,
                f"the “Impact” section has 3 words of real content (it needs at least 30) and does not say {WHO_WHAT} or {EXTENT}: it says nobody was affected (“No user impact.”) but not how we know: say what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        # The rest of the section is a basis only when it says how we know or ties the claim
        # to why: a timeline and reassurance around the claim are not one.
        "no customer impact, padded with the timeline",
        """
        ## Customer impact

        Customers were not impacted. At 10:03 an alert fired for a 5xx spike on the reporting
        API; at 10:31 the index was created and error rates returned to baseline. We take
        reliability seriously.
        """,
        [
            (
                1,
                f"the “Customer impact” section does not say {WHO_WHAT}: it says nobody was "
                "affected (“Customers were not impacted.”) but not how we know: say what shows "
                "it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        # "Because" said of the cause is no basis for the claim; said of the claim, it is.
        "no impact, beside why the job failed",
        """
        ## Impact

        There was no impact for the customers. The nightly export failed because the disk
        on the reporting host filled up; we cleared it and re-ran the export at 06:10.
        """,
        [
            (
                1,
                f"the “Impact” section does not say {WHO_WHAT} or {EXTENT}: it says nobody was "
                "affected (“There was no impact for the customers.”) but not how we know: say "
                "what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "no impact, because of where it ran",
        """
        ## Impact

        There was no impact for the customers, because the export only feeds the finance
        team's Monday report and was re-run before anyone opened it.
        """,
        [],
    ),
    (
        # A colon after the claim introduces its basis; one before it introduces the claim.
        "no customers affected, after a colon that opens it",
        """
        ## Impact

        First things first: no customers were affected. Around 13:00 a dependency bump pulled
        in a stricter default; we pinned the library back and redeployed by 13:45.
        """,
        [
            (
                1,
                "the “Impact” section has 25 words of real content (it needs at least 30) and "
                f"does not say {WHO_WHAT} or {EXTENT}: it says nobody was affected (“First "
                "things first: no customers were affected.”) but not how we know: say what "
                "shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        # How the cause was found is no basis for the claim; what the logs show is.
        "no customer impact, beside how the cause was traced",
        """
        ## Customer impact

        Customers were not impacted. The on-call engineer traced the 5xx spike on the reporting
        API to a missing index after the morning migration, created it at 10:31, and monitored
        the error rate until it was back at its baseline for the rest of the day.
        """,
        [
            (
                1,
                f"the “Customer impact” section does not say {WHO_WHAT}: it says nobody was "
                "affected (“Customers were not impacted.”) but not how we know: say what shows "
                "it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "no customer impact, and what the logs show",
        """
        ## Customer impact

        Customers were not impacted. The 5xx spike on the reporting API came from the nightly
        export job alone: the access logs show no request from a customer key between 10:03 and
        10:31, when the index was created.
        """,
        [],
    ),
    (
        # A word of how we know, with nothing it shows: no basis.
        "no customers affected, as confirmed",
        """
        ## Impact

        Customers were not affected, as confirmed. The search cluster went red at 10:02 and
        the on-call restarted two nodes; it recovered by 10:40 and we take reliability
        seriously.
        """,
        [
            (
                1,
                f"the “Impact” section does not say {WHO_WHAT} or {EXTENT}: it says nobody was "
                "affected (“Customers were not affected, as confirmed.”) but not how we know: "
                "say what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "zero customers affected, and why none could be",
        """
        ## Customer impact

        Zero customers affected. The crash is reachable only through the new bulk-export
        endpoint behind the `bulk_export_v2` flag, and the flag's audit trail shows it was on
        for our internal test org alone.
        """,
        [],
    ),
    (
        "none, with why it could not reach anyone",
        """
        ## Impact

        None. The region was drained before the upgrade, so all traffic was going to the
        other region while ingress was broken there for half an hour.
        """,
        [],
    ),
    (
        # Who and what in the title, how long and how many in the sections.
        "the story told in the title",
        """
        # Customers unable to start new scans

        ## Impact

        | Customers impacted | Support cases | Data loss | Duration |
        | --- | --- | --- | --- |
        | All | 2 | None | 15h |

        ## Summary

        When an instance tried to start a scan on a hosted scanning machine, the scan moved
        into the queued state and never started; CI-driven scans were not affected.
        """,
        [],
    ),
    (
        # Headlines leave out the verb: "unavailable to customers" is what they met.
        "the story told in a headline without its verb",
        "# All workspaces unavailable to hosted customers\n" + _WORKSPACES_DOWN,
        [],
    ),
    (
        "a headline of the system's state tells no one's story",
        "# Workspace servers unavailable after the upgrade\n" + _WORKSPACES_DOWN,
        [
            (
                3,
                "the “Impact” section (read with the “Summary” section) does not say who was "
                "affected and what they experienced (someone, in the users' words, who could "
                "not, saw, lost or waited)",
            )
        ],
    ),
    (
        # How we know, by a measure that held steady, with its figure.
        "nobody affected, known by a measure that held steady",
        """
        ## Customer impact

        Shoppers saw no difference. Product pages are served from the edge cache, and the
        replica was down for 47 minutes. The cache hit ratio held at 99.6%, and the edge 5xx
        rate did not move.
        """,
        [],
    ),
    (
        "nobody affected, known by a measure that held steady, in French",
        """
        ## Impact

        Aucun client n'a été touché. Le taux d'erreur du paiement est resté à 0,02 % pendant
        toute la panne de 47 minutes, car le paiement lit la base principale.
        """,
        [],
    ),
    (
        "everything stable for a span of time measures nothing",
        """
        ## Customer impact

        No customer impact. Everything remained stable for 3 hours and the team stayed on it
        for 2 hours while we restored the replica and watched the graphs on the big screen
        until morning, then wrote up this report.
        """,
        [
            (
                1,
                "the “Customer impact” section does not say who was affected and what they "
                "experienced (someone, in the users' words, who could not, saw, lost or "
                "waited): it says nobody was affected (“No customer impact.”) but not how we "
                "know: say what shows it (the logs, an audit, why no request reached it)",
            )
        ],
    ),
    (
        "nowhere to look",
        "# Outage\n\n## Timeline\n\n- 14:02 alerts\n",
        [(1, "no section headed User impact, Customer impact or Impact, then Summary")],
    ),
    (
        "a follow-up is work to do, not the story",
        "# 3 March 2026: validators rejected valid senior passes\n\n## Open actions\n\n"
        "- [ ] Block publication if the new list has more than 2% fewer passes (owner: @marcos)\n"
        "- [ ] Automatically refund the fare to anyone who hasn't claimed a refund by 31 March\n"
        "  (owner: @jorge, #321)\n",
        [(1, "no section headed User impact, Customer impact or Impact, then Summary")],
    ),
    (
        # A label that is a sentence of the account is read with the list it introduces.
        "the account told in the sentence that introduces a list",
        "# Wallet bugs\n\nBetween versions 0.14.1 and 0.17.2, released over two years, two "
        "bugs in the wallet impacted our users' privacy and made their payments easier to "
        "trace:\n\n- recent outputs were never picked as decoys\n"
        "- outputs from one block were picked together\n",
        [],
    ),
    (
        # A status page (cState) keeps the window in its front matter and shows it.
        "a status page's incident, its window in the front matter",
        "---\ntitle: Issues with the task execution\ndate: 2022-10-11T13:57:00+02:00\n"
        "resolved: true\nresolvedWhen: 2022-10-11T15:12:00+02:00\n---\n\n"
        'Your pull requests\' checks stayed in the state "The task was accepted" and never '
        "reported a result, so you could not merge; we are going through the queue and you "
        "should soon see regular response times again. Sorry about the troubles.\n",
        [],
    ),
    (
        # An apology beside the account is kept apart; the account still counts.
        "an account with an apology beside it",
        "# Outage\n\n## Impact\n\nFrom 14:02 to 14:47 UTC about one in three people paying by "
        'card saw "Something went wrong" after typing their card details; around 1,200 hit '
        "the error and 400 gave up. We are sorry to everyone who could not pay.\n",
        [],
    ),
    (
        # "Committed" a fix and "with the understanding that" are not consolation.
        "an account with words that only look like consolation",
        "# Outage\n\n## Impact\n\nBetween 14:02 and 14:47 riders could not book. We committed "
        "the fix at 14:47 and confirmed with the understanding that the bookings queued during "
        "the window would go through automatically.\n",
        [],
    ),
    (
        # A header table's fields say when it was reported and when it was solved.
        "the window in a header table's fields",
        "# Users crashing in Genesis Plaza\n\n| | |\n| ---: | :--- |\n"
        "| **Reported on Slack** | April 13, 2026 |\n| **Solution Completed** | April 22, 2026 |"
        "\n\n## What happened?\n\nUsers reported that the client crashed, mostly on Windows, "
        "when they walked around the plaza; in some cases the application closed without any "
        "message, and they had to start it again and find their way back.\n",
        [],
    ),
    (
        # A fact sheet is read as a sheet: how it came to light is what users met, and its
        # key events give the window.
        "a fact sheet: the users' report under Identified, the window in its key events",
        "# Incident on 2021-09-30 - SSL certificate errors in browsers\n\n"
        "- **Key events**\n  - First detected 2021-09-30 09:10\n"
        "  - Resolved 2021-09-30 16:53\n\n"
        "- **Identified**: Caseworkers reported that they were getting certificate errors "
        "when they opened the case-management sites in Chrome\n\n"
        "- **Impact**: About 300 caseworkers could not open their cases in Chrome and had to "
        "switch to Firefox for the day.\n",
        [],
    ),
    (
        "a fact sheet in German: how it came to light, under Erkannt",
        "# Vorfall am 2024-03-12 – Ticket-App\n\n- **Wichtige Zeitpunkte**\n"
        "  - Erkannt 2024-03-12 07:10\n  - Behoben 2024-03-12 09:40\n\n"
        "- **Erkannt**: Fahrgäste meldeten an der Hotline, dass die App beim Kauf eines Tickets "
        "abstürzte und sie ohne Fahrschein in den Zug steigen mussten.\n\n"
        "- **Auswirkungen**: Etwa 2.000 Fahrgäste konnten am Morgen kein Ticket kaufen.\n",
        [],
    ),
    (
        # What the sheet adds is read, not counted blindly: an alert's name tells no one's story.
        "a fact sheet whose Identified is an alert, over a system-side impact",
        "# Incident on 2020-08-04\n\n"
        "- **Key events**\n  - First detected 2020-08-04 09:10\n"
        "  - Resolved 2020-08-04 11:53\n\n"
        "- **Identified**: Pingdom reported that the ingress health check was failing on two "
        "of the three nodes of the live cluster\n\n"
        "- **Impact**: Increased risk of cluster failure while the nodes were replaced and the "
        "controllers restarted.\n",
        [
            (
                9,
                "“Impact” (read with “Identified”) does not say who was affected and what they "
                "experienced (someone, in the users' words, who could not, saw, lost or waited)",
            )
        ],
    ),
    (
        # How it came to light is read for the story, not for the extent: the alert's 80 %.
        "a fact sheet whose only figure is the alert's threshold, under Detection",
        "# Incident card: online ticket sales\n\n**Impact**\nSome passengers had trouble "
        "buying tickets online over the Easter weekend, and there were complaints at the "
        "ticket desks in the bus stations.\n\n**Detection**\nAlert from the payment monitor "
        "(success rate below 80%) and calls to the help line from passengers.\n",
        [
            (
                3,
                "“Impact” (read with “Detection”) does not say for how long or how many (a "
                "duration, a time window, a count or a share)",
            )
        ],
    ),
    (
        # "Reported impact" is the story's part itself, not a label read beside it.
        "a fact sheet whose impact label starts like a detection label",
        "# Incident on 2024-03-01\n\n- **Reported impact**: About 300 customers could not log "
        "in to the portal for two hours on Friday morning, and 40 of them called the help "
        "desk to ask whether their orders had gone through.\n\n- **Resolution**: rolled back.\n",
        [],
    ),
    (
        # A line that only starts with a word for a start is no key event: "Started 2 nodes".
        "a fact sheet whose lines only look like key events",
        "# Incident on 2021-09-30\n\n- **Steps**\n  - Started 2 new nodes in the pool\n"
        "  - Resolved 3 of the alerts by hand\n\n"
        "- **Impact**: Caseworkers reported that they were getting certificate errors when "
        "they opened the case-management sites in Chrome, and had to switch to Firefox to "
        "keep working on their cases and hearings.\n",
        [
            (
                7,
                "“Impact” does not say for how long or how many (a duration, a time window, a "
                "count or a share)",
            )
        ],
    ),
    (
        "a status page's incident that never says when it was resolved",
        "---\ntitle: Issues with the task execution\ndate: 2022-10-11T13:57:00+02:00\n"
        "resolved: true\n---\n\n"
        'Your pull requests\' checks stayed in the state "The task was accepted" and never '
        "reported a result, so you could not merge; we are going through the queue and you "
        "should soon see regular response times again. Sorry about the troubles.\n",
        [
            (
                1,
                "the “document” section does not say for how long or how many (a duration, a "
                "time window, a count or a share)",
            )
        ],
    ),
]

# No part of the document introduces follow-up work (the finding then names its parts).
NO_PART = "no part introduces work still to do"
ACTION_ITEMS = [
    (
        # After a temporary patch, the lasting fix still to come is the follow-up, in prose.
        "a status note that promises the lasting fix after a temporary patch",
        """
        ---
        title: Articles not refreshed
        ---

        Some readers did not get their articles refreshed for two days. A temporary patch
        was proposed upstream (#2694) and is already in production. A more robust solution
        will be proposed later.
        """,
        [],
    ),
    (
        "the same note in French, its future passive read as still to do",
        """
        ---
        title: Articles non actualisés
        ---

        Certains utilisateurs pouvaient ne pas avoir leurs articles rafraichis pendant deux
        jours. Un patch temporaire a été proposé en amont (#2694) et a déjà été mis en
        production. Une solution plus robuste sera proposée par la suite.
        """,
        [],
    ),
    (
        # A paragraph of promises, each a platitude or a consolation, is no follow-up; one
        # sentence of real work in it is.
        "a paragraph of platitudes and a consolation",
        """
        ## What we will do

        We will improve our monitoring so that we see such problems sooner. We will also
        communicate better on our status page. We take this incident very seriously.
        """,
        [
            (
                1,
                "the “What we will do” section has no items; it needs at least 1 (not counted, "
                "as they name nothing specific to do: “We will improve our monitoring so that …”)",
            )
        ],
    ),
    (
        "a paragraph of platitudes with one change in it",
        """
        ## What we will do

        We will improve our monitoring. We will alert on mail queue depth above 5,000
        messages. We take this incident very seriously.
        """,
        [],
    ),
    ("a list", "## Action items\n\n- Alert on payment failures at 1 % (owner: @li)\n", []),
    (
        # A list of platitudes is read as one: an item that only betters or weighs something
        # beside them is one more; one real change among them is still work.
        "platitudes and items of their kind",
        """
        ## Next steps

        - Be more careful with staged rollouts
        - Better monitoring during rollouts
        - Communicate better with customers
        - Improve our QA process for firmware releases
        - Review our testing hardware
        """,
        [
            (
                1,
                "the “Next steps” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Be more careful with staged rollouts”; "
                "“Better monitoring during rollouts”; “Communicate better with customers”)",
            )
        ],
    ),
    (
        "platitudes beside one real change",
        """
        ## Next steps

        - Be more careful with staged rollouts
        - Communicate better with customers
        - Review our testing hardware
        - Hold each firmware stage for 24 hours before promoting it (@ana, FW-88)
        """,
        [],
    ),
    (
        # A chat tool's digest: its title in single asterisks, its lines set off by "•".
        "a chat digest's follow-ups",
        "Viewers saw an endless spinner from 20:00 to 20:49.\n\n*Follow-ups*\n• Rotate keys "
        "with a 24h overlap — @priya.s — DIST-514\n• Add an external playback probe — @tomas.r "
        "— DIST-517\n",
        [],
    ),
    (
        # A label asked as a question introduces the work it runs into; "I'll" is its owner.
        # A call for help after it ("If anyone wants to help, reply here") is no item.
        "a question's label running into the work, and a call for help",
        "The forum lost a day of posts.\n\nWhat I'm going to change: I'll move uploads onto a "
        "separate volume and copy the backup offsite every night (#12).\n\nThe storage costs "
        "about £2 a month. If anyone has done this before and wants to help, reply here.\n",
        [],
    ),
    (
        # "Moving forward" and "so that similar incidents do not" speak of it happening again:
        # the commitments beside them are follow-ups, told in prose.
        "commitments moving forward, against similar incidents",
        "Our rules vendor timed out and Apache was killed before it started. Moving forward, "
        "we will strip Apache's startup of external dependencies. We will also audit our "
        "reliance on third-party networks, to ensure similar incidents do not take the "
        "platform down.\n",
        [],
    ),
    (
        # Work under way, told in a paragraph under a follow-up heading, is an item.
        "work under way, told in prose",
        "## Lessons and follow-ups\n\nCheckout deploys went straight to every region. Li is "
        "adding a canary stage (#431), so that a bad build reaches 5% of shoppers first.\n",
        [],
    ),
    (
        # A table row is judged by its action: an owner and a status make no platitude work.
        "platitudes in a table with owners and states",
        "## Follow-up\n\n| Action | Owner | State |\n| --- | --- | --- |\n"
        "| Fix the root cause | Engineering | Open |\n"
        "| Prevent this from happening again | Engineering | Open |\n"
        "| Better communication with customers | Support | Open |\n",
        [
            (
                1,
                "the “Follow-up” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Fix the root cause | Engineering | Open”; "
                "“Prevent this from happening again | Eng…”; “Better communication with "
                "customers | S…”)",
            )
        ],
    ),
    (
        # A run-in heading in italics, its full stop inside, introduces the list under it.
        "an italic run-in heading over a list",
        "*What happened.* The key rollover waited for a second approver.\n\n*Follow-ups.*\n"
        "- Quorum requests page both approvers — Rosa T. — DNS-3310\n",
        [],
    ),
    (
        # "None identified" is no item: the finding quotes it.
        "an item that says there are none",
        "## Action items\n\n- None identified.\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (it says there "
                "are none: “None identified.”)",
            )
        ],
    ),
    (
        # A commitment against recurrence, told under the heading of what was done.
        "a plan told under Resolution",
        "## Resolution\n\nWe restored the database. To prevent similar issues in the future, we plan "
        "to keep the service online but read-only during a restore.\n",
        [],
    ),
    (
        # What the work done will do is no commitment.
        "what the work done will do",
        "## Resolution\n\nWe have begun monitoring the queue and will receive an alert when 10 jobs "
        "wait. Hopefully this will let us respond more quickly to similar issues in the future.\n",
        [
            (
                1,
                "the “Resolution” section tells what was done during the incident; nothing says what "
                "will change so that it does not happen again",
            )
        ],
    ),
    (
        "prose under Follow-up",
        "## Follow-up\n\nWe will move the DNS records for flutter.dev to the registrar we control.\n",
        [],
    ),
    (
        "numbered prose paragraphs",
        "## Corrective and Preventative Measure\n\n1\\. Rotate the signing keys every quarter.\n\n2\\. Check the wiki installer's checksums in CI.\n",
        [],
    ),
    (
        "a labelled list",
        "- **Review actions**:\n  - Pin the ingress controller's chart version in the repository\n",
        [],
    ),
    ("a table", "## Follow-ups\n\n| Item | Owner |\n|---|---|\n| Pin the chart | Chinmay |\n", []),
    (
        "an empty heading",
        "# Outage\n\n## Action items\n\n<!-- TBD -->\n",
        [(3, "the “Action items” section has no items; it needs at least 1")],
    ),
    (
        "filler is not an item",
        "## Action items\n\nWe will do better.\n",
        [(1, "the “Action items” section has no items; it needs at least 1")],
    ),
    # A platitude with an owner and a ticket is still a platitude: who and where say nothing
    # of what to do.
    (
        "a platitude owned and tracked",
        "## Action items\n\n- [ ] Make sure this does not happen again (@sam, PAY-431)\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Make sure this does not happen again (@…”)",
            )
        ],
    ),
    (
        "a platitude with an owner field",
        "## Action items\n\n- [ ] Improve monitoring (owner: Sam Lee, due 2026-04-01)\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Improve monitoring (owner: Sam Lee, due…”)",
            )
        ],
    ),
    (
        "a platitude written what — who — where",
        "## Action items\n\n- Improve monitoring — Platform — TIX-1\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Improve monitoring — Platform — TIX-1”)",
            )
        ],
    ),
    (
        "a platitude in a table, its ticket in a column",
        "## Action items\n\n| Action | Owner | Ticket |\n|---|---|---|\n"
        "| Improve monitoring | Platform | TIX-1 |\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Improve monitoring | Platform | TIX-1”)",
            )
        ],
    ),
    (
        "a platitude in a table with owner and ticket columns",
        "## Action items\n\n| Follow-up | Owner | Ticket |\n|---|---|---|\n"
        "| Be more vigilant about monitoring | Adebayo Okoro | MKT-901 |\n",
        [
            (
                1,
                "the “Action items” section has no items; it needs at least 1 (not counted, as "
                "they name nothing specific to do: “Be more vigilant about monitoring | Ade…”)",
            )
        ],
    ),
    (
        "a specific item, owned and tracked",
        "## Action items\n\n- [ ] Alert on card failures over 1 % in five minutes (@sam, PAY-431)\n",
        [],
    ),
    # A short status note with no part for follow-ups may commit to one in its prose.
    (
        "a change committed to in the prose, so that it does not recur",
        "The ticket queue stalled for two hours on Monday. So that it never stalls like this "
        "again, we will replace the queue's storage driver before May.\n",
        [],
    ),
    (
        "a commitment for next time",
        "The checkers were down from 12:00 to 12:48 UTC. Next time we will use more powerful "
        "machines for the checkers and stress test the game before it opens.\n",
        [],
    ),
    (
        "the reason in the sentence before the commitment",
        "Bookings failed from 09:10 to 09:40. We want to avoid a repeat of this.\n"
        "Next month we intend to move the booking database to its own cluster.\n",
        [],
    ),
    (
        # Under "Lessons learned", what went well or wrong is looked back on, not work to do.
        "what went well and wrong is no follow-up",
        "## Lessons learned\n\n### What went well\n\n- The on-call engineers worked together to "
        "investigate the cause\n\n### Where we got lucky\n\n- The proposal deadline was a week "
        "away\n",
        [(1, "the “Lessons learned” section has no items; it needs at least 1")],
    ),
    (
        # A rule learnt is a lesson, not work: nobody took it on.
        "a lesson that states a rule is no follow-up",
        "## Lessons learned\n\n### Rolling reboots only\n\nRebooting all nodes at once is a "
        "power cycle of the cluster. Any future kernel update must use the rolling procedure: "
        "drain, reboot, wait, then the next node.\n",
        [(1, NO_PART)],
    ),
    (
        "a lesson told as what one must not do is a rule, not work taken on",
        "## Lessons learned\n\n- Do not rely on local storage heavily. We shouldn't store "
        "profiles there, and when its values must change you may have to do dirty hacks.\n",
        [(1, NO_PART)],
    ),
    (
        # Work handed out, each item with who does it and where it is tracked, is follow-up
        # work under any heading: the reader sees the owners and the tickets.
        "items owned and tracked under a heading of the author's own are follow-ups",
        "## What we do now\n\n- Add a backoff for retry, so failing connection don't take all "
        "slots (Kenji) - https://github.com/crumb-app/notifier/issues/233\n- Alarm when the "
        "oldest message in queue is older than 2 minutes (Aiko) - "
        "https://github.com/crumb-app/notifier/issues/234\n",
        [],
    ),
    (
        "a lesson learnt, owned and tracked, is work taken on",
        "## Lessons learned\n\n- A restarted billing run must ask the payment provider for "
        "charges already made for that period before charging. owner: Farid Haddad, PAY-430\n"
        "- Billing runs pause at the first duplicate and page the Payments on-call. owner: Lena "
        "Petrova, PAY-431\n",
        [],
    ),
    (
        "changes named as things, each owned and tracked",
        "## Changes\n\n- Smoke test after each deploy that opens an order page as a test agent. "
        "Owner: Tomasz Wójcik. Tracked in BACK-44.\n- A read-only order lookup page agents can "
        "use when Backroom is down. Owner: Mei Lin. Tracked in BACK-45.\n",
        [],
    ),
    (
        # Owners and tickets on parts that tell the incident: who noticed, who held a role.
        "who noticed it and who held which role, each with a handle and a ticket",
        "## Detection\n\n- Noticed by @lena-sre at 10:02, logged as INC-55\n- Paged by the "
        "checkout alert @omar, INC-56\n\n## Responders\n\n- Incident commander: @lena-sre "
        "(INC-55)\n- Communications: @omar (INC-55)\n",
        [(1, NO_PART)],
    ),
    (
        # One item without its owner or ticket, and the heading says nothing of work to do.
        "owners and tickets on only some items under a heading of no follow-up",
        "## Contributing factors\n\n- The retry loop had no backoff (Kenji) - #233\n- The "
        "queue had no alarm on the age of its oldest message.\n",
        [(1, NO_PART)],
    ),
    (
        "a lesson that we should act on is work taken on",
        "## Lessons learned\n\n- Local storage is hard to change. We should move the "
        "profiles to the database (@sam, WEB-7).\n",
        [],
    ),
    (
        "a lesson someone took on is a follow-up",
        "## Lessons learned\n\n### Rolling reboots only\n\nRebooting all nodes at once is a "
        "power cycle of the cluster. We will script the rolling procedure before the next "
        "kernel update (@sam, OPS-12).\n",
        [],
    ),
    (
        # A label that names the follow-ups runs into the work itself.
        "a follow-up label with the work on its line",
        "**When:** 06:00-07:25 UTC\n\n**Follow-up:** move the validation record to the current"
        " DNS provider and alert 14 days before any certificate expires.\n",
        [],
    ),
    (
        "a plain label naming the changes, then the work",
        "The certificate expired.\n\nWhat we're changing: DNS changes to the sending domains"
        " will go through a checklist that includes a test send.\n",
        [],
    ),
    (
        # A status update's label reads as intent, but what it says is the incident's.
        "a status label is no follow-up",
        "Bookings failed.\n\n**Investigating**: the issue will require a restart of the"
        " booking service's database cluster.\n",
        [(3, "“Investigating” has no items; it needs at least 1")],
    ),
    (
        "a table headed Action Item under an empty heading",
        "# Chain halt\n\n##\n\n| Action Item | Owner | State |\n| --- | --- | --- |\n"
        "| Add logs to the upgrade steps | Core team | TODO |\n",
        [],
    ),
    (
        "a service enabled again is no recurrence",
        "Uploads were off from 09:00 to 11:00. Uploads will be enabled again at noon.\n",
        [(1, NO_PART)],
    ),
    (
        "fixing the outage at hand is no follow-up",
        "Bookings are failing. We will fix this as soon as possible and post an update.\n",
        [(1, NO_PART)],
    ),
    (
        "a commitment without a reason to prevent anything is no follow-up",
        "Search was down for an hour. We will post the full report on Friday.\n",
        [(1, NO_PART)],
    ),
    (
        # A commitment with its horizon beyond the incident is a follow-up, told in prose.
        "a commitment for the coming months, in a status post's prose",
        "The RSS feeds of large blogs made the whole platform slow. We now serve only the last "
        "10 articles, but we will enforce stricter limits in the coming months.\n",
        [],
    ),
    (
        "a horizon in general advice commits to nothing",
        "The storm took down low-end nodes. If you have a solid picture of your needs over the "
        "next year, you're able to release things incrementally.\n",
        [(1, NO_PART)],
    ),
    (
        "a platitude in the prose is no follow-up",
        "Search was down for an hour. To prevent this, we will be more careful.\n",
        [(1, NO_PART)],
    ),
    (
        "a stock phrase of action is no follow-up, however it is reasoned",
        "Checkout failed for two hours. To prevent this from happening again, we will take "
        "appropriate action.\n",
        [(1, NO_PART)],
    ),
    (
        "words of intent and recurrence as adjectives commit to nothing",
        "The database was lost on April 29. Some upcoming conversations or recurring convos "
        "may be missing: contact me if yours is.\n",
        [(1, NO_PART)],
    ),
    (
        "advice to the readers is not our follow-up",
        "Tokens leaked for an hour.\n\nIf you use GitHub Actions to publish, I recommend the "
        "following:\n\n- Replace long-lived tokens with trusted publishing\n",
        [(1, NO_PART)],
    ),
    (
        "a word of return is no recurrence when the negation is about something else",
        "The file servers went down for a day. It will take some more time before dt1 and "
        "plog1 are available again, because they did not come back after the restart.\n",
        [(1, NO_PART)],
    ),
    (
        "the negation before the return rules out a recurrence",
        "The file servers went down for a day. We will move dt1 to the new rack so that it "
        "never stalls again (#41, @sam).\n",
        [],
    ),
    (
        "prevention already done is no follow-up",
        "Search was down for an hour. To prevent a repeat, we added an alert on the index size.\n",
        [(1, NO_PART)],
    ),
    (
        # A commitment to change what catches it next time is a follow-up without "again".
        "a status note's commitment to retest its alerting",
        "The API was unavailable from 04:26 to 10:13 UTC. Detection worked but no alert was "
        "sent. In response to this, we will thoroughly review and retest our alerting "
        "configuration.\n",
        [],
    ),
    (
        "a status note's commitment to its test suite",
        "IPv6 traffic to the API was dropped for a day. Our tests did not connect via IPv6. "
        "We will amend our test suite to cover this as an additional case.\n",
        [],
    ),
    (
        "a commitment to a CI pipeline that would catch it",
        "A bad release broke builds for 40 minutes. I also plan to add a new CI pipeline to "
        "verify builds of some real world projects.\n",
        [],
    ),
    (
        "a change promised within days is a follow-up",
        "Our DNS servers did not answer every query during attacks. Over the next couple of "
        "days, we will upgrade our infrastructure to handle the increased load spikes.\n",
        [],
    ),
    (
        "a recovery promised within days is the response",
        "The wiki went down with the server. It is being restored from a backup and will "
        "hopefully be available again in the next few days.\n",
        [(1, NO_PART)],
    ),
    (
        "a promise to post an update is the response",
        "The API was unavailable from 04:26 to 10:13 UTC. We will post an update once the "
        "vendor has tested a fix.\n",
        [(1, NO_PART)],
    ),
    (
        "prose under Resolution tells the response, not the follow-up",
        "## Resolution\n\nTo avoid a repeat tonight, we will keep the old cluster running.\n",
        [
            (
                1,
                "the “Resolution” section tells what was done during the incident; nothing "
                "says what will change so that it does not happen again",
            )
        ],
    ),
]

OWNERS = [
    (
        # A team named in the team's language: "Equipo de Plataforma", "équipe Paiements".
        "a team named in Spanish and in French",
        "## Qué vamos a hacer\n\n"
        "- Alerta 30 días antes de que venza un certificado: la hace el Equipo de Plataforma "
        "(LIN-88).\n"
        "- Relancer les paiements bloqués chaque nuit : équipe Paiements (LIN-89).\n"
        "- Recepción acepta el DNI cuando la app no funciona, con un cartel (LIN-90).\n",
        [
            (
                5,
                "the item “Recepción acepta el DNI cuando la app no funciona, con un c…” names no owner",
            )
        ],
    ),
    (
        # An item that is a heading of its own is all that is written under it: its owner may
        # be named in its last paragraph.
        "an owner under an item's own heading",
        """
        ## Corrective actions

        ### Move the balance assertion

        The assertion on line 217 reads the balance before the transfer is taken off it.

        Priya Raman is moving it next to the transfer (owner: @praman).

        ### Alert on a stalled chain

        Page the on-call engineer when no block lands for five minutes.
        """,
        [
            (
                9,
                "the item “Alert on a stalled chain: Page the on-call engineer when no…” "
                "names no owner",
            )
        ],
    ),
    (
        # Beside a list of follow-ups still to do, what a lessons part says is a lesson.
        "a lesson beside owned follow-ups",
        "## Action items\n\n| Action | Owner | Ticket |\n| --- | --- | --- |\n"
        "| Fix the SQL query | Team Benefits | #401 |\n\n## What we learned\n\n"
        "- Our tests only try one set of inputs. We should add property tests to the income API.\n",
        [],
    ),
    (
        # ...but when every follow-up is done, the work a lesson takes on is what is left.
        "a lesson's work when every follow-up is done",
        "## Action items\n\n- [x] Fix the SQL query (#401)\n\n## Lessons learned\n\n"
        "- Our tests only try one set of inputs. We should add property tests to the income API.\n",
        [
            (
                7,
                "the item “Our tests only try one set of inputs. We should add propert…” names no "
                "owner",
            )
        ],
    ),
    (
        # A title before a surname; a name with its role in brackets before its verb; an
        # arrow to who does it; who, then only where, in a short sentence of its own; a name
        # of three words with a particle in brackets.
        "owners as small teams write them",
        """
        ## Follow-ups

        - Herr Brandt richtet die Weiterleitung der Ankündigungen ein; Aufgabenliste Nr. 15.
        - Bethan Morgan (director for member services) is changing the portal message, HW-1189.
        - Turn on the bounce report for the mailing service -> Priya. Admin board card 18.
        - Mark the record deceased in two places. Helen Carr, practice task list item 10.
        - Print the booking list at 17:00 on the day (Anna De Marchi, scheda n. 14).
        """,
        [],
    ),
    (
        "an arrow to no one",
        "## Follow-ups\n\n- Turn on the bounce report -> TBD. Admin board card 18.\n",
        [(3, "the item “Turn on the bounce report -> TBD. Admin board card 18.” names no owner")],
    ),
    (
        # A commitment told in the prose keeps its owner's handle as written, dots and all.
        "a handle with a dot opening a commitment in the prose",
        "The statement page was blank for three hours; it must not happen again. @kasper.holm "
        "will add a check to the release steps (OPS-733).\n",
        [],
    ),
    (
        # The first name of two words a segment joins to more names its owner.
        "a name joined to a team",
        """
        ## Follow-ups

        1. Geofencing tests simulate phones arriving in the same cycle — Martin Holm
        2. Support tooling groups tickets by symptom — Jasmine Akhtar with the Support tools team
        3. Alert on disk usage above 80 % — Tom Lee and Ana Ruiz
        """,
        [],
    ),
    (
        # A definition list whose definitions are fields: who and where of its term.
        "a term with its owner and ticket as definitions",
        """
        ## Follow-ups

        Purge client treats a zero purge count as a failure and pages
        : Owner: Chidi Eze · Ticket: FEEDS-771 · Due 14 Nov

        Synthetic publish-and-fetch check every 10 minutes from three regions
        : Ticket: SRE-1290 · Due 21 Nov
        """,
        [
            (
                6,
                "the item “Synthetic publish-and-fetch check every 10 minutes from thr…” names no owner",
            )
        ],
    ),
    (
        # An offer to the readers is no follow-up: "If you still have..., we'll sort it out".
        "an offer to the readers",
        """
        What we're doing next. Sofía Méndez is adding a stale-if-error rule to the CDN
        configuration (https://github.com/tessera-pm/infra/issues/412).

        If you still have a half-published release from that day, open an issue on the
        support tracker and we'll sort it out by hand.
        """,
        [],
    ),
    (
        # Taking it on is said of someone by name; "Someone" or "Everyone" is no one.
        "someone taking care of it is no owner",
        """
        ## Action items

        - Rotate the gateway certificate before expiry (PAY-13). Someone will do it.
        - Someone will move the job to the managed scheduler (PAY-14).
        - Add a queue-depth alert at 5,000 messages (PAY-12). Sam Okafor takes care of it.
        """,
        [(3, "2 of 3 items name no owner: lines 3, 4")],
    ),
    (
        # Carriers listed in capitals in parentheses are no one's name; "(Tom, #431)" is.
        "acronyms in parentheses are no owner",
        """
        ## Action items

        - Look at the retry config for the other carriers (DHL, DPD) too
        - Retry labels with backoff (Tom, #431)
        """,
        [
            (
                3,
                "the item “Look at the retry config for the other carriers (DHL, DPD) …” names no owner",
            )
        ],
    ),
    (
        # A name in a script without capitals, in parentheses with the item's ticket, as
        # "(Tom, #431)"; a word for a state there ("완료": done) is no one.
        "a Korean given name in parentheses with the ticket",
        """
        ---
        lang: ko
        ---
        ## 재발 방지 대책

        - 디스크 사용량 80% 알림 추가 (지현, #477)
        - 로그 삭제 작업 실패 시 슬랙 알림 (완료, #478)
        """,
        [(7, "the item “로그 삭제 작업 실패 시 슬랙 알림 (완료, #478)” names no owner")],
    ),
    (
        # Lines numbered as Japanese writes them, with no space after the number: each an item.
        "Japanese numbered lines under a numbered title",
        """
        ---
        lang: ja
        ---
        5．再発防止策
        （1）整理スクリプトは転送ジョブの成功記録があるランのみ削除する。担当：情報基盤チーム 江口。管理番号 GAC-301。
        （2）共有ストレージのスナップショット（7日分）を再開する。
        """,
        [(6, "the item “共有ストレージのスナップショット(7日分)を再開する。” names no owner")],
    ),
    (
        # A name with its particles ("Fleur de Vries"), a name in a team and what they are
        # doing ("Marco Siciliano in Release Engineering is changing..."), an owner field after
        # a Japanese full stop ("...改めます。担当: 中村 拓也。").
        "owners with particles, teams and fields after a full stop",
        """
        ## Action items

        - [ ] Send backup alerts to the team channel — **Fleur de Vries**, Topdesk W2505-119
        - Marco Siciliano in Release Engineering is changing the release checklist (REL-640).
        - Add a capacity alert on the booking queue (OPS-12).
        """,
        [(5, "the item “Add a capacity alert on the booking queue (OPS-12).” names no owner")],
    ),
    (
        "a Japanese owner field after a full stop",
        """
        ---
        lang: ja
        ---
        ### 今後の対策

        1. 画面側の判定を改めます。担当：開発部 表示チームの中村 拓也。課題番号 STG-2291。
        2. 負荷試験を実施します。課題番号 STG-2292。
        """,
        [(7, "the item “負荷試験を実施します。課題番号 STG-2292。” names no owner")],
    ),
    (
        # Who takes it on, in the team's words for it and beside a name, or a name in a short
        # sentence of its own after the work.
        "owners taking it on in the team's words",
        """
        ---
        lang: fr
        ---
        ## Ce qu'on change

        - Tester les mises à jour sur une copie de la carte. C'est Kévin qui s'en occupe.
        - Sauvegardes toutes les heures. Inès met ça en place cette semaine.
        - Un salon de statut sur le Discord. Lucas s'en charge.
        - Un bot qui prévient quand le serveur tombe. Dès que possible.
        """,
        [
            (
                9,
                "the item “Un bot qui prévient quand le serveur tombe. Dès que possibl…” names "
                "no owner",
            )
        ],
    ),
    (
        "owners taking it on, the name after",
        """
        ---
        lang: it
        ---
        ## Cosa faremo

        - Togliere `--inplace` dalla sincronizzazione. Se ne occupa Davide Repetto, issue #58.
        - Allarme su spazio disco sotto il 15%. Davide Repetto, issue #60.
        - Controllare le ISO dopo ogni sincronizzazione. Lo faremo presto.
        """,
        [
            (
                8,
                "the item “Controllare le ISO dopo ogni sincronizzazione. Lo faremo pr…” names "
                "no owner",
            )
        ],
    ),
    (
        # A Jira export: its sub-tasks are the follow-ups, its table in Jira's own markup.
        "a Jira export's sub-tasks",
        """
        Sub-tasks:
        || Key || Summary || Assignee || Status ||
        | CVG-1402 | Alert when the database rejects writes | Ciarán Walsh | Open |
        | CVG-1404 | Duplicate-booking check when back-keying appointments | Unassigned | Open |
        """,
        [
            (
                4,
                "the item “CVG-1404 | Duplicate-booking check when back-keying appoint…” names no owner",
            )
        ],
    ),
    (
        # Who is doing it, in a sentence of its own: a name and "is doing", or the author.
        "owners saying what they are doing",
        """
        ## Next steps

        - **Turn off automatic updates for the plugin** and test them on a copy first. Marcus Hill is doing this. Card #41.
        - **A phone fallback** for when booking breaks. I'm writing the script for the volunteers. Card #43.
        - **Shade for the line** on pickup days. Card #44.
        """,
        [(5, "the item “**Shade for the line** on pickup days. Card #44.” names no owner")],
    ),
    (
        # A numbered title over its numbered lines, in one list item ("6. Actions" then
        # "6.1 ..."), up to the next part's title ("7. Lessons").
        "a numbered title over numbered lines",
        """
        5. Root cause
        The migration dropped the view routing reads.

        6. Actions
        6.1 Migrations that drop objects run in two releases. Owner: Emre Yıldız. FUL-2210.
        6.2 Deduplicate pages from the routing error alert. FUL-2211.

        7. Lessons
        Rollbacks should be rehearsed; nobody had run this one.
        """,
        [
            (
                6,
                "the item “Deduplicate pages from the routing error alert. FUL-2211.” names no owner",
            )
        ],
    ),
    (
        # A Q&A's question is the title, its answer below it the part.
        "a Q&A's question over the follow-ups",
        """
        Q. What will we change, who owns it, and where is it tracked?
        A.
        1. The cancellation job pauses for approval above 50 bookings. Owner: Johan Pretorius. Ref: KCB-DEV-731.
        2. Rehearse restoring the bookings table every quarter. Ref: KCB-OPS-209.

        Q. Anything we want to keep?
        A. The clinic teams phoned donors in their own towns.
        """,
        [
            (
                4,
                "the item “Rehearse restoring the bookings table every quarter. Ref: K…” names "
                "no owner",
            )
        ],
    ),
    (
        # Korean: "조치 사항" over the items, each owner given as "담당: ...".
        "an owner field and a follow-up title in Korean",
        """
        영향
        약 18,400건의 호출이 실패했고 부산 지역 승객은 52분 동안 "배차 가능한 기사가 없습니다"를 보았습니다.

        조치 사항
        1. 배차 반경 설정에 허용 범위 검증 추가 — 담당: 김도윤(배차플랫폼) — DSP-902
        2. 지역 설정 변경 시 2인 승인 적용 — 담당: 이서연(운영도구) — TOOL-315
        """,
        [],
    ),
    (
        # Done, and what else was weighed turned down with its reason: nothing is open, and
        # nothing needs an owner.
        "a follow-up done and another weighed and turned down, with why",
        """
        Follow-up

        One change was made after the review: members can now dial our USSD code and choose "Last repayment". It went live on 11 March.

        We considered moving to a second SMS gateway as a backup and decided not to. Gateway outages of this length have happened once in four years, and we will revisit only if the gateway has another outage this year.
        """,
        [],
    ),
    (
        # A title written as a plain numbered line ("4. FOLLOW-UP") or run into its paragraph
        # ("What we are doing. Each action...") opens the follow-ups up to the next such title;
        # the review of their progress is none of them.
        "follow-ups under a plain numbered title",
        """
        3. CAUSE

        The broker dropped messages larger than its default limit.

        4. FOLLOW-UP

        4.1 Set the broker's message size limit explicitly (100 MB). Owner: Jana Dvořák. Tracked: SD-2024-0412.

        4.2 Alert when no filing reaches a court for 2 hours on working days. Tracked: SD-2024-0413.

        5. STATUS

        The incident is closed.
        """,
        [
            (
                9,
                "the item “Alert when no filing reaches a court for 2 hours on working…” names no "
                "owner",
            )
        ],
    ),
    (
        "follow-ups under a run-in title",
        """
        What we are doing. Each action below has a named owner and a reference in our register.

        Wei Ling Tan, head of core banking operations, owns removing the 50,000-record limit (CR-24-1187).

        Arjun Menon in production support will add an hourly check of posted totals (CR-24-1188).

        We will add a standing process to waive fees when our failure bounces a payment (RISK-ACT-0341).

        The Technology Risk Committee will review progress on 6 September.
        """,
        [
            (
                7,
                "the item “We will add a standing process to waive fees when our failu…” names no "
                "owner",
            )
        ],
    ),
    (
        # A table of follow-ups whose first column only numbers its rows, under a numbered
        # line that Markdown reads as a list item; a row done on a date is done.
        "a follow-up table with a numbering column, in a numbered list",
        """
        6. Corrective and preventive actions

           | No. | Action | Owner | Ticket |
           |---|---|---|---|
           | 6.1 | Alert Central Reservations on rejected bookings within 15 min | Nikos Papadakis | DIG-803 |
           | 6.2 | Read the room-type mapping from the PMS | TBD | DIG-804 |
           | 6.3 | Goodwill letter to the 47 guests who arrived without a booking | | done 31 May |
        """,
        [
            (
                6,
                "the item “6.2 | Read the room-type mapping from the PMS | TBD | DIG-8…” names no owner",
            )
        ],
    ),
    (
        # A name, an aside about them, then what they do: the name owns the work; so does a
        # name after a semicolon that says it owns it.
        "owners named with an aside, in prose",
        """
        ## What we're changing

        Aino Virtanen, our backend lead, is moving the session store to a setup that refuses new sessions (MM-2231).

        Tuomas Heikkilä, who runs live ops, is adding a switch that freezes ranked points (LIVE-908).

        Load tests before every event will include the session store; Jonne Salo from QA owns that change (QA-377).

        The matchmaker, for now, will keep its current limits (MM-2240).
        """,
        [
            (
                9,
                "the item “The matchmaker, for now, will keep its current limits (MM-2…” names "
                "no owner",
            )
        ],
    ),
    (
        # Who takes it on, in a segment or a sentence of its own: a name and its "will", or
        # a name that says it owns it.
        "an owner in a segment or a sentence of the item",
        """
        ## Action items

        - Alert 14 days before any certificate expires — Ana Souza will do this in sprint 14 — PAY-12
        - Re-enable the renewal job and test it monthly. Li from Payments owns it; tracked as PAY-13.
        - Page the payments on-call when renewals fail — the team — PAY-14
        """,
        [
            (
                5,
                "the item “Page the payments on-call when renewals fail — the team — P…” names no owner",
            )
        ],
    ),
    (
        # A definition's lines without numbers, under its term: one item per line.
        "a definition list's plain lines",
        """
        Follow-up actions
        : Stream scans into the composite instead of loading the full time step. Owner: Einar Pálsson. Ticket OBS-1742.
        : Alert at composite age 6 minutes instead of 10. Ticket OBS-1744.
        """,
        [
            (
                3,
                "the item “Alert at composite age 6 minutes instead of 10. Ticket OBS-…” names no owner",
            )
        ],
    ),
    (
        # A definition list (": 1. ..." under its term) is a list, one item per line, each
        # with its owner or none: "the team" is no one.
        "a definition list's numbered lines",
        """
        Follow-up actions
        : 1. Raise the provider message limit — Customer Systems manager (M. Alvarez) — CSR-118
        : 2. Alarm the duty supervisor if an alert is still queued after 10 minutes — the team — CSR-119
        """,
        [
            (
                3,
                "the item “Alarm the duty supervisor if an alert is still queued after…” names "
                "no owner",
            )
        ],
    ),
    (
        # "未定" (undecided) in the owner column names no one, as "TBD" does.
        "an owner column's undecided, in Japanese",
        """
        ## 再発防止策

        | 対応 | 担当 | チケット |
        | --- | --- | --- |
        | 重複判定をトランザクションIDの形式に依存しない方式に変更 | 佐藤（決済基盤） | PAY-2318 |
        | 「決済成功・付与なし」の件数が5分間で50件を超えたらアラート | 未定 | PAY-2320 |
        """,
        [
            (
                6,
                "the item “「決済成功・付与なし」の件数が5分間で50件を超えたらアラート | 未定 | PAY-2320” names no owner",
            )
        ],
    ),
    (
        # A segment naming a role in lower case and then its holder: the holder owns it.
        "a role and then its holder's name, as a segment",
        """
        ## Next steps

        - Check capacity against a test booking after every release — Digital on-call lead Amrit Sangha — HMI-142
        - Alert when a slot is oversold — the on-call rota — HMI-143
        """,
        [
            (
                4,
                "the item “Alert when a slot is oversold — the on-call rota — HMI-143” names no owner",
            )
        ],
    ),
    (
        # An owner field with a word or two between its label and its colon.
        "an owner field qualified before its colon, in Norwegian",
        """
        ---
        lang: nb
        ---
        ## Tiltak

        - Leverandøren legger valget øverst i skjemaet. Ansvarlig hos oss: Kari Lunde. Sak #CS-88214.
        """,
        [],
    ),
    (
        # "Por asignar" (to be assigned) names no one, as "未定" does.
        "an owner column's to-be-assigned, in Spanish",
        """
        ## Acciones

        | Acción | Responsable | Referencia |
        | --- | --- | --- |
        | Validar el PDF antes de cobrar | Por asignar | LIC-118 |
        """,
        [(5, "the item “Validar el PDF antes de cobrar | Por asignar | LIC-118” names no owner")],
    ),
    (
        # "I'll" is the author, owning it; a call for help after it is no item to own.
        "the author's \"I'll\", and a call for help",
        "## Follow-ups\n\nI'll move uploads onto a separate volume and copy the backup offsite "
        "every night (#12).\n\nThe storage costs about £2 a month. If anyone has done this "
        "before and wants to help, reply here.\n",
        [],
    ),
    (
        # An owner field that names no one decides: whatever else the item says.
        "owner fields that name no one",
        """
        ## Action items

        - Add an alert when card errors pass 2% — DRI: TBD — #123
        - Add a canary stage (owner: someone from payments, #124)
        - Rotate the signing keys (owner: whoever is on call, #125)
        - Page the payments team on card errors (owner: on-call, #126)
        """,
        [(3, "4 of 4 items name no owner: lines 3, 4, 5, 6")],
    ),
    (
        # No one for now, or one of many: an Owner column filled in with no one in it.
        "owner cells that say no one yet, or one of many",
        """
        ## Action items

        | Action | Owner | Ticket |
        | --- | --- | --- |
        | Backfill the missing stamps | nobody yet | LOY-20 |
        | Alert on a stalled consumer | a volunteer | LOY-21 |
        | Subscribe the stamp service to the new queue | an engineer from payments | LOY-22 |
        | Add a contract test for queue moves | none so far | LOY-23 |
        | Document the queue move checklist | Ana Souza | LOY-24 |
        | Replay the dropped events | still looking for someone | LOY-25 |
        | Page on a stalled consumer | one of the app developers | LOY-26 |
        | Archive the old queue | up for grabs | LOY-27 |
        | Write the runbook entry | a firmware engineer | LOY-28 |
        | Rotate the consumer's key | we'll decide Monday | LOY-29 |
        | Drain the dead-letter queue | Decidim team | LOY-30 |
        """,
        [(5, "9 of 11 items name no owner: lines 5, 6, 7, 8, 10, 11, 12, 13, 14")],
    ),
    (
        # Under "Resolution", an intention whose horizon is beyond the incident is work to do.
        "an intention for the future under Resolution",
        """
        ## Resolution

        We restored the database from the nightly backup. We will investigate the
        possibility to trigger a backup before any database change, to prevent similar
        issues in the future.
        """,
        [
            (
                3,
                "the item “We will investigate the possibility to trigger a backup bef…” names no owner",
            )
        ],
    ),
    (
        # An empty box is work left to do, though the heading above it reads like the
        # response ("Immediate actions"): its owner is still needed.
        "empty boxes under a heading that reads like the response",
        """
        ## Action Items

        ### Immediate Actions (0-7 days)

        - [ ] Add error handling for ClickHouse connection failures (#88)
        - [x] Reactivate the database (@noah, #87)
        """,
        [
            (
                5,
                "the item “Add error handling for ClickHouse connection failures (#88)” names no owner",
            )
        ],
    ),
    (
        # After a dash, a name with its role in brackets, or a role with its holder's name.
        "a name with its role in brackets, a role with its holder's",
        """
        ## Actions

        - Message partner pharmacies within the hour — Sophie Martin (support pharmacies) — PH-12
        - Phone clinical studies before asking for a new sample — Clinical liaison (Dr. Mei Tan) — LIMS-458
        - Hold resubmit e-mails for two hours — (TBD) — LIMS-459
        """,
        [(5, "the item “Hold resubmit e-mails for two hours — (TBD) — LIMS-459” names no owner")],
    ),
    (
        # A Q&A's question to us introduces the work; a role and its holder's name own it.
        "a question in a Q&A, answered with owned work",
        """
        **What are you changing?**
        - Wendy Ng is adding a check of DNS records before every send (OPS-58).
        - Our developer, Paulo Reis, is making retries skip delivered addresses (OPS-59).
        - Add a seed list across the big mail providers (OPS-60).
        """,
        [(4, "the item “Add a seed list across the big mail providers (OPS-60).” names no owner")],
    ),
    (
        # Who takes it may come in the item's second sentence, or after a short lead-in; a
        # name the lemmatizer reads as another word ("Maria" as "mare") is still a name. But
        # not every capitalised opening: "Service will" names no one.
        "who takes it, in a later sentence or after a lead-in",
        """
        ## Follow-ups
        - Cap the pool size in the deploy linter. Maria will pick this up next sprint (OPS-311).
        - Maria will add an alert at 80% of max connections (OPS-312).
        - Write a runbook. Going forward, Kenji will own the runbooks (OPS-313).
        - Move the pool setting out of the deploy. Service will be checked weekly (OPS-314).
        """,
        [
            (
                5,
                "the item “Move the pool setting out of the deploy. Service will be ch…” names no owner",
            )
        ],
    ),
    (
        # A column that asks who, in the team's words, is the Owner column.
        "an owner column that asks whose plate it is",
        """
        ## Follow-ups

        | What | Whose plate | Card |
        | --- | --- | --- |
        | Alert the shop manager if the 05:00 list is late | Reuben | #58 |
        | Check every recipient when the SMS provider changes | | #59 |
        """,
        [
            (
                6,
                "the item “Check every recipient when the SMS provider changes | #59” names no owner",
            )
        ],
    ),
    (
        # RACI's "Accountable" is the Owner column.
        "an accountable column",
        """
        ## Actions

        | Action | Accountable | Ticket |
        | --- | --- | --- |
        | Automate the proxy pinning with the certificate rotation | Rhian Powell | PAY-2291 |
        | Run one card-present test after each certificate change | | PAY-2292 |
        """,
        [
            (
                6,
                "the item “Run one card-present test after each certificate change | P…” names no owner",
            )
        ],
    ),
    (
        # A "Lead" column is the Owner column; "me" in an owner's segment is whoever wrote it.
        "a lead column, and me as the owner",
        """
        ## Follow-ups

        | Action | Lead | Tracking |
        | --- | --- | --- |
        | Alert on outbound queue depth over 200 | T. Adeyemi | INF-3012 |

        ## Follow-ups I'd propose

        1. Metric and alert on webhook signature failures per carrier — me — CI-1402
        2. Suppress delivered e-mails for replayed events older than a day — CS-517
        """,
        [
            (
                10,
                "the item “Suppress delivered e-mails for replayed events older than a…” names no owner",
            )
        ],
    ),
    (
        # A middle dot parts who from where.
        "who and where parted by a middle dot",
        """
        ## Actions

        - Alert when no offers are made in a city for ten minutes — Hamza Iqbal · DSP-603
        - Contract tests between dispatch and the map service · DSP-602
        """,
        [
            (
                4,
                "the item “Contract tests between dispatch and the map service · DSP-6…” names no owner",
            )
        ],
    ),
    (
        # Whoever a segment ends by naming, after "by": a vendor, followed up by a person.
        "an owner named after by, in the owner's segment",
        """
        ## Action items

        - Show a warning when saving fails – the vendor, followed up by Ingrid Haugland, SKIT-7
        - Test certificate renewals against the exam client – the vendor, SKIT-8
        """,
        [
            (
                4,
                "the item “Test certificate renewals against the exam client – the ven…” names no owner",
            )
        ],
    ),
    (
        # A team that owns one item commits to another after a clause of its own.
        "a team's commitment after a condition",
        """
        ## Future actions

        - Cloud Platform will split production and non-production ingress (#88).
        - Should there be a new release, Cloud Platform will re-test the rules first (#89).
        """,
        [],
    ),
    (
        # A header set in bold is the same Owner column.
        "an owner column in bold",
        """
        ## Action items

        | **Action** | **Owner** | **Issue** |
        | --- | --- | --- |
        | Script the restore of volumes onto a new cluster | thehussky | #31 |
        | Add node-failure drills to the HA test plan | | #32 |
        """,
        [(6, "the item “Add node-failure drills to the HA test plan | #32” names no owner")],
    ),
    (
        # A table pasted without Markdown's delimiter row is still a table: its Owner column
        # says who, and an empty or TBD cell is no one.
        "a table pasted without its delimiter row",
        """
        Follow-up actions
        Action | Owner | Jira
        Parse SCIM booleans per RFC 7643 | Aleksander Nowicki | TI-880
        Never suspend the last active admin via SCIM | TBD | TI-881
        Alert when one sync suspends more than 5% of a tenant's users | | TI-882
        """,
        [(4, "2 of 3 items name no owner: lines 4, 5")],
    ),
    (
        # A role and who holds it, in parentheses, names the owner; an item's other fields
        # do not, nor a placeholder.
        "owners named after their role, in parentheses",
        """
        ## Follow-up

        - Turn on staged rollout in both stores (Release management: Kenji) — bug 1834571
        - Decode per page with a bounded buffer pool (DRI: Ana Lima) — bug 1834567
        """,
        [],
    ),
    (
        "an item's other fields, or a placeholder, in parentheses",
        """
        ## Follow-up

        - Turn on staged rollout in both stores (Priority: High) — bug 1834571
        - Decode per page with a bounded buffer pool (Owner: TBD) — bug 1834567
        """,
        [(3, "2 of 2 items name no owner: lines 3, 4")],
    ),
    (
        # Each list under the initials or the name of who does it.
        "lists under their owners' initials and names",
        """
        ## Actions

        **LB**
        - Review the behaviour for requestable items
        - Review the calls to Sierra

        **JP** Have build badges in Buildkite for:
        - the main build
        - the integration tests

        **Sam Okafor**
        - Document how to restart the logging cluster
        """,
        [],
    ),
    (
        # A label that is no one: a heading's word, a common acronym.
        "lists under labels that are no one",
        """
        ## Actions

        **Timeline**
        - Review the behaviour for requestable items

        **DNS**
        - Lower the TTL of the status record
        """,
        [(4, "2 of 2 items name no owner: lines 4, 7")],
    ),
    (
        # A placeholder or a word in capitals is no one's initials.
        "lists under a placeholder in capitals",
        """
        ## Actions

        **TBD**
        - Review the behaviour for requestable items

        **TODO**
        - Lower the TTL of the status record

        **ALL**
        - Page the kiosk vendor on a failed top-up
        """,
        [(4, "3 of 3 items name no owner: lines 4, 7, 10")],
    ),
    (
        # "The ... Flutter team member" names a team, but "The" is nobody's name: the next
        # item opening with "The" is not theirs.
        "an item opening like a named one is not owned by its first word",
        """
        ## Follow-up

        The release process requires a Platform team member to approve DNS changes, so we
        will add two more approvers.

        The alerting should page the whole rota, not one inbox.
        """,
        [(6, "the item “The alerting should page the whole rota, not one inbox.” names no owner")],
    ),
    (
        # In a post its author writes as "I", "I" is who does it.
        "the author's own items, said as I",
        """
        ## What will I do to avoid similar issues?

        - I'll fix the cleanup script itself.
        - I still need to set up lifecycle rules so that old versions get removed (#212).
        """,
        [],
    ),
    (
        "handles, owner fields, a column, a person, a team",
        """
        ## Action items

        - Alert at 1 % of failures (@li-payments)
        - Add a status banner (owner: Jo)
        - Rotate keys quarterly (Priya)
        - Move DNS to our registrar — Platform team
        """,
        [],
    ),
    (
        # Who does it, in the forms teams write it: a field in their language, a name label
        # with its team, a name with the team it is from, a role and its name between commas,
        # a team led by someone, a working group named after what it is.
        "owners as teams write them",
        """
        ## Action items

        1. Enforce an idempotency key for every debit. Verantwortlich: Jonas Brandt
        2. Publier la clé 14 jours avant la rotation. Responsable : Camille Roux.
        3. Limitar la espera por banco a 4 segundos. Responsable: equipo de Pagos.
        4. **Freya (Live Ops tooling):** separate "migration failed" from "timed out".
        5. Hannah from Infrastructure will add a no-store rule to the CDN.
        6. The data protection lead, Rosa Méndez, will complete the breach notification.
        7. QA guild, led by Felipe: add an end-to-end test that transfers a card.
        8. Document a manual verification path — Trust & Safety working group — #97
        """,
        [],
    ),
    (
        "an owner field ends where the next field starts",
        """
        ## Action items

        1. Alert when any line has had no position updates for 5 minutes.
           Owner: ? · Issue: citylink/monitoring#204
        2. Review every automation change with the checklist — Owner: everyone — HB-5535
        3. Resubscribe to all topics after every reconnect (#203)
        4. Subscribe to the feed-change mailing list — Nadia (partnerships), METRO-615
        """,
        [(3, "3 of 4 items name no owner: lines 3, 5, 6")],
    ),
    (
        "a thing between commas, or an owner field left open, owns nothing",
        """
        ## Action items

        - The cache, Redis, will be resized before the next sale.
        - Enforce an idempotency key for every debit. Verantwortlich: TBD
        """,
        [(3, "2 of 2 items name no owner: lines 3, 4")],
    ),
    (
        # In the team's language, an owner's field can name no one as well.
        "an owner field that names no one, in German",
        """
        ## Maßnahmen

        Die Lastschriften wurden doppelt eingezogen, weil der Abrechnungslauf zweimal startete.

        - Idempotenzschlüssel für jede Lastschrift einführen. Verantwortlich: noch offen
        - Sperre für den Abrechnungslauf einbauen. Verantwortlich: das Team
        - Speicherlimit des Abrechnungsdienstes neu festlegen. Verantwortlich: Jonas Brandt
        """,
        [(5, "2 of 3 items name no owner: lines 5, 6")],
    ),
    (
        "placeholders are not owners",
        """
        ## Action items

        - Alert at 1 % of failures (owner: TBD)
        - Add a status banner (owner: ?)
        - Rotate keys quarterly (@handle)
        - Move DNS to our registrar (@everyone)
        - Write the runbook (@here)
        - Page the on-call sooner (owner: someone)
        - Add a status page banner (owner: the team)
        - Archive the old alerts (owner: unassigned)
        """,
        [(3, "8 of 8 items name no owner: lines 3, 4, 5, 6, 7, 8, 9, 10")],
    ),
    (
        "finished work needs no owner",
        """
        ## Action items

        - ✅ Reverted the config change
        - [x] Rolled the certificate on every node
        - Paused the nightly deploys (Done)
        - Restored the backups: completed
        - Alert at 1 % of failures (@li-payments)

        ### Immediate actions (completed)

        - Drained the broken node
        """,
        [],
    ),
    (
        "each item once, though a subsection matches too",
        """
        ## Action items

        ### Follow-ups

        - Alert at 1 % of failures
        - Add a status banner (@jo)
        """,
        [(5, "the item “Alert at 1 % of failures” names no owner")],
    ),
    (
        "observations are not items",
        """
        ## What went wrong

        - The alert fired late
        - Nobody was on call

        ## Action items

        - Alert at 1 % of failures (@li-payments)
        """,
        [],
    ),
    (
        "an order is open work, whatever its verb",
        """
        ## Action items

        - Implement smoke tests for the templates
        - Deploy the fix to the other regions
        """,
        [(3, "2 of 2 items name no owner: lines 3, 4")],
    ),
    (
        # The Owner column in the team's language: "Responsable", "Verantwortlich", "担当者".
        "an Owner column headed in French",
        """
        ## Actions prévues

        | Action | Responsable | Suivi |
        |---|---|---|
        | Recharger les certificats sans redémarrage | Yannick Le Goff (infra) | BIL-1502 |
        """,
        [],
    ),
    (
        "an Owner column headed in Japanese",
        """
        ## Action items

        | 対応 | 担当者 | チケット |
        |---|---|---|
        | 証明書の期限を監視する | 佐藤 | OPS-12 |
        """,
        [],
    ),
    (
        "an Owner cell holding only a dash names nobody",
        """
        ## Follow-ups

        | Action | Owner | Tracking |
        |---|---|---|
        | Test filter updates on a pilot group of 50 laptops first | — | TIT-489 |
        """,
        [
            (
                5,
                "the item “Test filter updates on a pilot group of 50 laptops first | …” names no owner",
            )
        ],
    ),
    (
        "an owner named after the word, without a colon",
        """
        ## Action items

        - Alert on checkout errors above 1% (owner Priya, PAY-12)
        - Rotate the keys, owner Dana Lee, PAY-14
        """,
        [],
    ),
    (
        # The word in a sentence is no owner field: "Product Owners about ...", "owners."
        "owners named only as a subject of the work",
        """
        ## Action Items

        - Teach the Product Owners about how to look up the CVEs
        - Create a process for identifying the missing capability owners.
        """,
        [(3, "2 of 2 items name no owner: lines 3, 4")],
    ),
    (
        "an Owner column that says TBD names nobody, whatever the other cells say",
        """
        ## Action items

        | Description | Type | Owner | Issue |
        | --- | --- | --- | --- |
        | Implement smoke tests | Front-end | TBD | #12445 |
        """,
        [(5, "the item “Implement smoke tests | Front-end | TBD | #12445” names no owner")],
    ),
    (
        "named teams and organisations own their items",
        """
        ## Action items

        - Hypha + ICL: Investigate the source of the non-deterministic halt
        - ICL to subscribe to security alerts
        - ICL check how to speed up the upgrade tests
        - The Rust Foundation's Security Initiative is planning upload scanning
        """,
        [],
    ),
    (
        "a list's lead can name who does all of it",
        """
        ## Action items

        These are the action items for Interchain Labs to implement:

        - Set up a security council on the Hub
        - Define an emergency process with Hypha
        """,
        [],
    ),
    (
        "a story or advice to readers introduces no follow-ups",
        """
        ## Incident

        The team jumped into action and we carved up the workload:

        - Coop and Ru worked through the backlog of sign-ups
        - Mike kept an eye on the servers

        ## What you can do

        - Rotate your tokens
        """,
        [],
    ),
]

TRACKED = [
    (
        # An item that is a heading of its own is all that is written under it: its link may
        # close the part ("Update: a fix was proposed in [this PR]").
        "a linked fix under an item's own heading",
        """
        ## Corrective actions

        ### Move the balance assertion

        The assertion on line 217 reads the balance before the transfer is taken off it.

        Update: a fix was proposed in [this PR](https://github.com/ethereum/EIPs/pull/3681).

        ### Alert on a stalled chain

        Page the on-call engineer when no block lands for five minutes.
        """,
        [
            (
                9,
                "the item “Alert on a stalled chain: Page the on-call engineer when no…” "
                "links to no issue, pull request or ticket",
            )
        ],
    ),
    (
        # A number sign is part of the number: "ticket éditeur n° 55821" under "Suivi".
        "a vendor's ticket with its number sign",
        """
        ## Ce que nous allons faire

        | Action | Pilote | Suivi |
        | --- | --- | --- |
        | Conserver l'identifiant d'origine lors d'un renvoi | Julien Parrot | ticket éditeur n° 55821 |
        | Vérifier l'état de la remise avant toute relance | Claire Montagné | à créer |
        """,
        [
            (
                6,
                "the item “Vérifier l'état de la remise avant toute relance | Claire M…” "
                "links to no issue, pull request or ticket",
            )
        ],
    ),
    (
        # An archive's or case system's number, as public bodies file their work ("24/00415",
        # "Processo SEI 23082.014577/2024-11"), under a tracking column in the team's words; a date
        # with slashes is none.
        "a case number filed with slashes",
        """
        ---
        lang: nb
        ---
        ## Tiltak

        | Tiltak | Ansvarlig | Sak |
        | --- | --- | --- |
        | Legg alle lisenser inn i kontraktsregisteret | Innkjøp (Siri Haugland) | 24/00415 |
        | Overvåk bestillingssiden | IKT drift (Amund Sæther) | 15/04/2024 |
        """,
        [
            (
                9,
                "the item “Overvåk bestillingssiden | IKT drift (Amund Sæther) | 15/04…” links "
                "to no issue, pull request or ticket",
            )
        ],
    ),
    (
        "a case number filed with dots",
        """
        ---
        lang: pt
        ---
        ## O que vamos fazer

        | Ação | Responsável | Acompanhamento |
        | --- | --- | --- |
        | Incluir aviso prévio no contrato | Cláudia Reis | Processo SEI 2024.03.00512 |
        | Escalonar as janelas por curso | Renato Albuquerque | Processo SEI 23082.014577/2024-11 |
        | Alerta quando a exportação falhar | Fábio Nunes | 04/2024 |
        """,
        [
            (
                10,
                "the item “Alerta quando a exportação falhar | Fábio Nunes | 04/2024” links to "
                "no issue, pull request or ticket",
            )
        ],
    ),
    (
        # A ticket column holds the tracker's own numbering; a date or "TBD" there is none.
        "a ticket column in the tracker's own numbering",
        """
        ## Follow-ups

        | Action | Lead | Issue |
        | --- | --- | --- |
        | Alert on failed hand-offs | Kofi Mensah | 311-208 |
        | Rotate the integration password | Maribel Ortiz | INC0012345 |
        | Reconcile counts monthly | Lauren Schultz | 2024-03-01 |
        | Show the request's status to residents | Lauren Schultz | TBD |
        """,
        [(7, "2 of 4 items link to no issue, pull request or ticket: lines 7, 8")],
    ),
    (
        # A ticket cell may name the record before its number, or add where it lives, and a
        # ticket column may be headed in the team's language ("관리번호", "Sak").
        "a ticket cell with words around the number",
        """
        ## Action items

        | Action | Owner | Ticket |
        | --- | --- | --- |
        | Phone critical results when transfers stop | Marit Aasen | deviation 2025-0213 (quality system) |
        | Alert when the queue stands still for 10 minutes | Ola Nilsen | 12 |
        """,
        [
            (
                6,
                "the item “Alert when the queue stands still for 10 minutes | Ola Nils…” links "
                "to no issue, pull request or ticket",
            )
        ],
    ),
    (
        "a ticket column headed in Korean",
        """
        ## 재발 방지 대책

        | 대책 | 담당 | 관리번호 |
        |---|---|---|
        | 저장 실패 시 재시도 안내 | 학사시스템팀 이정훈 | ITSM-2025-0142 |
        | 부하 테스트 정례화 | 학사시스템팀 이정훈 | 인사-2025-011 |
        """,
        [],
    ),
    (
        # A field named as a ticket column is ("Tracking:", "Ticket:") holding an identifier
        # tracks its item; what a field says of the problem ("Issue: 500 errors") does not.
        "a ticket field in the item's own words",
        """
        ## Follow-ups

        1. Check the queue against the roster every 15 minutes. Responsible: Crew Systems (N. Haugland). Tracking: RITM0082214.
        2. Reject, not discard, when the queue is full. Responsible: Vendor Management (A. Costa). Tracking: vendor case 00471923, CHG0039911.
        3. Show the last sync time in the app. Responsible: Crew Systems (L. Ferreira). Issue: 500 errors on sync.
        4. Ask the vendor for a close-time preview. Responsible: K. Oduya. Ticket: ES-SUP-88012.
        """,
        [
            (
                5,
                "the item “Show the last sync time in the app. Responsible: Crew Syste…” links "
                "to no issue, pull request or ticket",
            )
        ],
    ),
    (
        # A list written without Markdown's, its lines numbered "a)" or "5.1": each line is
        # an item, tracked or not on its own line.
        "lines numbered a), b) and 5.1, 5.2",
        """
        ## Follow-ups

        a) Show "Can't reach task service" when the request fails — Priyanka Sethi, WMS-4410.

        b) Alert when pick tasks fall below 30% of last week's — Hannah Okafor.

        ## Next steps

        5.1 Move the state file to local disk (FM) — gitlab.rcs.ac.uk/g/ops/-/issues/612
        5.2 Route controller alerts to the pager (JS)
        """,
        [
            (5, "2 of 4 items link to no issue, pull request or ticket: lines 5, 10"),
        ],
    ),
    (
        # A field of an item ("- Action: ...") under it is the item's, not an item of its own:
        # the ticket beside it tracks the item.
        "fields under an item of a follow-up part",
        """
        ## Action items

        1. **Add disk space monitoring for the nodes** (Urgent)
            - Action: add an NRPE check for the snap directory, warning below 20% free.
            - Linear: [PGM-138](https://linear.app/acme/issue/PGM-138)
        """,
        [],
    ),
    (
        "a ticket in a line nested under the item",
        "## Action items\n\n1. **Alert on disk pressure** (Urgent)\n"
        "    - Action: warn under 20 % free.\n    - Linear: **[PGM-138](https://linear.app/acme/issue/PGM-138)**\n",
        [],
    ),
    (
        "a commitment in the prose, tracked in the sentence after it",
        "The ticket queue stalled for two hours. We don't want it to happen again, so we plan "
        "to replace the queue's storage driver. Follow the work in #88.\n",
        [],
    ),
    (
        "a commitment in the prose, tracked nowhere",
        "The ticket queue stalled for two hours. We don't want it to happen again, so we plan "
        "to replace the queue's storage driver.\n",
        [
            (
                1,
                "the item “We don't want it to happen again, so we plan to replace the…” "
                "links to no issue, pull request or ticket",
            )
        ],
    ),
    (
        "each open item links where it is tracked",
        "## Action items\n\n- Pin the chart (#12)\n- Alert on 5xx (https://x.atlassian.net/browse/OPS-4)\n",
        [],
    ),
    (
        "an issue named just before the list tracks the list",
        "## Action items\n\nThe cleanup options are detailed in #631; do one of:\n\n- Drop the id column\n- Insert only new ids\n",
        [],
    ),
    (
        "a passage that says where the work is tracked",
        "## Lessons\n\n- Add a staging site that mirrors production\n\n## Next\n\n"
        "We have created tickets to track the work:\n\n- https://github.com/nodejs/build/issues/3235\n",
        [],
    ),
    (
        "keeping track of something else is no tracking",
        "## Action items\n\n- Add a staging site that mirrors production\n\n## Notes\n\n"
        "Terraform keeps track of past states (#274).\n",
        [
            (
                3,
                "the item “Add a staging site that mirrors production” links to no issue, pull request or ticket",
            )
        ],
    ),
]

BLAME = [  # (name, the cause as written, the severities of the blameless-language findings)
    ("human error", "Human error during the deploy.", ["error"]),
    # Capitalised words before a noun they modify name a thing, not the one who did it.
    (
        "a thing's name before its noun",
        "Campaign totals sum captured payments without checking for duplicates.",
        [],
    ),
    (
        "a line's name before its gates",
        "The Green Line gates accept the file without checking its integrity.",
        [],
    ),
    ("a person who deployed", "Dave deployed it without running it through staging.", ["error"]),
    # A hero word inside a name is the name ("Driftwood Legends"), not praise.
    (
        "a game named for legends",
        "Posted by the Driftwood Legends team at Kuura Games. The matchmaker's queue stalled.",
        [],
    ),
    ("a legend, said of someone", "Priya was a legend, fixing it in minutes.", ["warning"]),
    # Whoever is to blame, singled out for what is done to them, whatever it is.
    (
        "a conversation with the engineer responsible",
        "Have a conversation with the engineer responsible.",
        ["error"],
    ),
    ("talking to the person at fault", "We will talk to the person at fault.", ["error"]),
    ("meeting whoever caused it", "Meet with the developer who caused the outage.", ["error"]),
    # ...not whoever owns a part of the work, nor the people a debrief hears.
    (
        "the engineer responsible for a service",
        "The engineer responsible for billing will add an expiry alert.",
        [],
    ),
    ("a debrief with the engineers involved", "Debrief with the engineers involved.", []),
    # A sanction said in other words: rights removed.
    (
        "deploy rights removed",
        "Remove deploy rights from the engineer who disabled the job.",
        ["error"],
    ),
    # A teammate or someone on the team is a person, as a role is.
    (
        "a teammate who skipped a step",
        "The renewal job was disabled by a teammate who didn't follow the checklist.",
        ["error"],
    ),
    (
        "someone's careless change",
        "A careless change by someone on the payments team disabled the renewal job.",
        ["error"],
    ),
    ("operator error", "Operator error: the wrong cluster was chosen.", ["error"]),
    (
        "a role that pushed untested code",
        "The intern pushed untested code to production.",
        ["error"],
    ),
    ("untested code with no one named", "An untested code path was deployed on Friday.", []),
    # Said in the passive, the agent after "by" is who did it; "by mistake" is no one.
    (
        "a step left out, told in the passive",
        "The pool setting was changed by Kevin without telling anyone.",
        ["error"],
    ),
    ("changed by mistake, by no one", "The pool setting was changed by mistake.", []),
    (
        "a review rubber-stamped",
        "It got through because the reviewer rubber-stamped it.",
        ["error"],
    ),
    ("changed by a vote", "The fee was changed by the DAO vote without a timelock.", []),
    (
        "someone taken off the rotation",
        "The person responsible has been removed from the on-call rotation.",
        ["error"],
    ),
    ("a thing taken off the rotation", "The flaky runner was removed from the rotation.", []),
    # A "who" clause is said of the one before it; a talking-to is a sanction, named or not.
    (
        "a name before the who that skipped",
        "The deploy was pushed by Dave, who skipped the checklist again.",
        ["error"],
    ),
    (
        "a role, then who, then the step not done",
        "The engineer who deployed it did not run the tests.",
        ["error"],
    ),
    ("a job that did not run the tests", "The nightly job did not run the tests.", []),
    ("a name spoken to", "Dave has been spoken to.", ["error"]),
    # How someone did it, judged: the doer before the adverb, or after "by" in the passive.
    ("a name that carelessly pushed", "Tomasz carelessly pushed the template.", ["error"]),
    ("pushed carelessly by a name", "The template was pushed carelessly by Tomasz.", ["error"]),
    ("a product that lazily evaluates", "Django lazily evaluates the queryset.", []),
    (
        "thanks for skipped breaks",
        "Special thanks to the support team, who skipped their breaks all evening.",
        ["warning"],
    ),
    ("customers spoken to", "Customers were spoken to.", []),
    (
        # A contrast of things sets no one aside; a contrast with someone does.
        "human error beside a contrast of clusters",
        "The DBA on duty applied the change to the production cluster instead of the staging "
        "cluster, due to human error.",
        ["error"],
    ),
    (
        "the individual set aside",
        "We look at the missing guard rather than the individual who ran the command.",
        [],
    ),
    ("by mistake", "A team member deleted the namespace by mistake.", ["error"]),
    ("a name that forgot", "Alice forgot to renew the certificate.", ["error"]),
    ("a name that caused it", "Bob caused the outage with a bad push.", ["error"]),
    ("someone's fault", "It was Sam's fault.", ["error"]),
    ("her fault", "Dana pushed a bad index; it was her fault.", ["error"]),
    ("his mistake", "The config was wrong, and that was his mistake.", ["error"]),
    ("a name's typo", "Lena's typo broke the DNS record.", ["error"]),
    ("a name that made a typo", "Sam made a typo in the config.", ["error"]),
    ("a name's lack of attention", "Sam's lack of attention caused the outage.", ["error"]),
    ("our lack of attention", "Our lack of attention to disk usage let the volume fill.", []),
    (
        "a role that made a mistake",
        "The on-call engineer made a mistake in the runbook step.",
        ["error"],
    ),
    ("a thing that made an error", "The script made an error when parsing the date.", []),
    (
        "a breaking change describes the change",
        "The Ansible role silently deployed a breaking change to all three nodes.",
        [],
    ),
    ("the team that made a mistake", "We made a mistake: the runbook assumed two regions.", []),
    # A holiday's rush is no one's: a name does not take "the".
    ("the Valentine's rush", "Under load the Valentine's rush made collisions common.", []),
    ("a role, unreviewed", "The on-call engineer pushed it without review.", ["error"]),
    ("a role's change", "A junior engineer's change took down checkout.", ["error"]),
    ("a commit author", "Root cause: commit a1b2c3 by @jdoe.", ["error"]),
    ("a reviewer judged", "@x looked over it without being thorough.", ["error"]),
    ("an oversight", "Priya made an oversight by forgetting to renew the domain.", ["error"]),
    ("a handle that did not", "@kim did not alert the others before restarting.", ["error"]),
    (
        "a handle that did not, whatever a relative clause after it might do",
        "@kim did not tell the others about the state change, which would affect their deploys.",
        ["error"],
    ),
    ("what someone might do", "If Kim had not alerted the others, the deploy would fail.", []),
    # A duty someone failed is blame, even said as what would have been.
    (
        "had the reviewer done their job",
        "This would not have happened if the reviewer had done their job.",
        ["error"],
    ),
    (
        "a role that did not pay attention",
        "The on-call engineer did not pay attention to the alert.",
        ["error"],
    ),
    ("had we done our job", "If we had done our job, this would not have happened.", []),
    (
        "advice to pay attention",
        "Reviewers should pay attention to config diffs; the tool now highlights them.",
        [],
    ),
    ("a role, unapproved", "The new hire merged it without approval.", ["error"]),
    # An item's owner after "root cause" is who investigates it, not who caused it.
    ("an item's owner", "- [ ] Investigate the root cause further (@sam, PAY-431)", []),
    # A step left out, in any words: "without" and what was not done.
    (
        "a role that skipped the runbook",
        "The new hire pushed the deploy without following the runbook.",
        ["error"],
    ),
    (
        "a role that did not wait",
        "A contractor restarted the database without waiting for the drain.",
        ["error"],
    ),
    ("he did not wait", "He merged the change without waiting for CI.", ["error"]),
    # Not a step left out: what was spared, what was not known, or not anyone's (the team's;
    # a line that tells someone what to do).
    (
        "nobody interrupted",
        "The on-call engineer restarted the pods without interrupting anyone.",
        [],
    ),
    (
        "not realising",
        "An engineer ran the migration without realising it targeted production.",
        [],
    ),
    ("the team's skipped step", "We deployed the fix without waiting for CI.", []),
    (
        "an instruction",
        "- Audit all clusters for orphaned secrets without owning Certificate resources.",
        [],
    ),
    ("without warning", "The server restarted without warning at 14:02.", []),
    (
        "a judged role",
        "The shift lead restarted the robots early, which was a clear lapse.",
        ["error"],
    ),
    ("self-blame", "In an act of laziness, I kept the token in my shell history.", ["error"]),
    # A role of two words that did it, a name judged, a sanction said of one of us.
    (
        "a two-word role that did not",
        "The outage happened because the new hire did not follow the deploy checklist.",
        ["error"],
    ),
    ("a name judged", "Dave was careless with the config.", ["error"]),
    ("a name's change judged", "Priya's sloppy change took the ticket service down.", ["error"]),
    ("a thing's judged feature", "Django's lazy evaluation hid the extra query.", []),
    ("a product judged", "Kubernetes was sloppy about cleaning up old pods.", []),
    ("let go", "The contractor who wrote it has since been let go.", ["error"]),
    (
        "spoken to",
        "- Make sure the engineer responsible is spoken to about following process",
        ["error"],
    ),
    ("an account suspended", "On Thursday an employee's account was suspended.", []),
    ("an alert fired", "An alert was fired to the on-call engineer at 10:02.", []),
    ("customers spoken to", "- Affected customers will be spoken to by their account managers", []),
    # Whoever made the faulty thing, named as its maker; undoing it, or a tool, is no one.
    ("a handle that added the faulty thing", "@depombo added the faulty Auth0 webhook.", ["error"]),
    ("a name that pushed a broken config", "Dave pushed a broken config to production.", ["error"]),
    ("reverting the bad deploy", "Sam reverted the bad deploy at 10:02.", []),
    ("the fix for the broken thing", "Alice deployed the fix for the broken config.", []),
    (
        "a tool that deployed a breaking change",
        "Ansible role silently deployed breaking change: the playbook added unsupported flags.",
        [],
    ),
    ("retraining", "- Retrain the engineer on the deploy tool", ["error"]),
    ("a performance talk", "- A formal performance conversation with the editor", ["error"]),
    ("sanctions", "- Editors who publish without review will lose publish rights", ["error"]),
    # A ban or a fine the users got is what happened to them, told in the past.
    (
        "players banned, lifted the next morning",
        "6,850 players were banned. Their ranked losses were reversed the next morning.",
        [],
    ),
    (
        "travellers fined, in Italian",
        "147 viaggiatori hanno ricevuto una sanzione e altri hanno dovuto comprare un biglietto.",
        [],
    ),
    # A title that says something was credited does not praise; a Credits heading does.
    (
        "a title with credited in it",
        "# Top-ups credited twice\n\nBalances were corrected 21 hours after the first credit.\n",
        [],
    ),
    (
        "a credits heading",
        "## Credits\n\nMaria was on the bridge for 21 hours until the database came back.\n",
        ["warning"],
    ),
    # Blame set aside in so many words.
    ("a slip not treated as one", "We don't treat this as a person's slip to be corrected.", []),
    # A person named as the maker of the change the cause was; a tool someone made is not.
    (
        "a change made by a named person as the root cause",
        "The root cause was a configuration change made by Tom Whitaker on Friday.",
        ["error"],
    ),
    (
        "a tool developed by someone",
        "The issues were mainly caused by a fuzzer developed by Marius.",
        [],
    ),
    # A talking-to and refresher training for whoever deployed it are punishment.
    (
        "a formal conversation and refresher training",
        "- Formal conversation with the developer who deployed the change, and refresher"
        " training on deployment controls",
        ["error"],
    ),
    # Praised work into the small hours; a service down until then is no one's feat.
    (
        "thanks for working until 5am",
        "Shout-out to Sami, who kept going until 5am getting the build out.",
        ["warning"],
    ),
    ("a service down until 5am", "The database was down until 5am on Sunday.", []),
    ("lost without him", "Honestly the weekend would have been lost without him.", ["warning"]),
    ("user error", "It was a user error in the console.", ["warning"]),
    # Errors users saw are what happened to them, not their fault.
    ("errors users saw", "User errors kept being reported until 12/14.", []),
    # Human error named as what the system must expect, not as anyone's cause.
    (
        "human error expected of the system",
        "Human error will always happen, so the release script now refuses a bad flag.",
        [],
    ),
    ("human error as the cause", "The root cause was human error.", ["error"]),
    # Effort words are hero wording when they praise overwork, not in a standing claim.
    ("a standing claim of effort", "We work tirelessly to moderate what is posted.", []),
    (
        "effort praised",
        "Huge thanks to Sam, who worked tirelessly to bring the database back.",
        ["warning"],
    ),
    ("self-inflicted", "The outage was self-inflicted: users reused passwords.", ["warning"]),
    ("heroics", "Maria worked through the night and saved the day.", ["warning"]),
    # A paragraph that opens by praising someone praises the overwork it goes on to tell...
    (
        "a tribute, then the night's work",
        "I want to call out Dana, who was off shift. She worked from her car until 3 a.m. "
        "bringing every region back.",
        ["warning"],
    ),
    # ...but a count of hours after a "thank you" in other words is no feat.
    (
        "hours after a quoted thank-you",
        'Applicants saw "Thank you!" We promised a reply within 48 hours and sent none.',
        [],
    ),
    # A caption, not a hero: the word before a quoted label ("la leyenda", "the legend")
    ("a caption", 'The export printed the legend "Q1 2024" above every quarter.', []),
    (
        "a caption, in Spanish",
        'Unas 2,300 familias vieron la boleta del ciclo anterior con la leyenda "Primer periodo".',
        [],
    ),
    ("a legend, in Spanish", "María es una leyenda del equipo de sistemas escolares.", ["warning"]),
    ("a legend in quotation marks", 'Sam is an absolute "legend" for fixing it.', ["warning"]),
    ("thanks for overwork", "Thanks to the team for staying up for 40+ hours.", ["warning"]),
    ("an all-nighter", "Shout-out to Sam who pulled an all-nighter.", ["warning"]),
    (
        # Working while ill, held up as what saved the day.
        "gladness that someone ill helped",
        "grenade was ill and should not have been expected to help out, but we are glad he did.",
        ["warning"],
    ),
    ("someone ill, told as a fact", "Sam was sick that week, so Ana took the on-call shift.", []),
    ("a thing that caused it", "This caused the outage. The deploy broke the build.", []),
    ("a systemic cause", "The renewal reminder went to an unmonitored inbox.", []),
    ("a thing changed by mistake", "The Stability fee was changed by mistake to 100%.", []),
    (
        "an engineer, told neutrally",
        "An engineer ran the migration; nothing asked for confirmation.",
        [],
    ),
    ("the team's gap", "We forgot to renew the certificate.", []),
    # Not noticing is a fault only of something there to notice.
    ("users who noticed nothing", "Key sign-in worked, so most maintainers did not notice.", []),
    ("nothing there to notice", "Most maintainers did not notice anything.", []),
    ("an alert missed", "The on-call engineer did not notice the alert.", ["error"]),
    ("blame set aside", "It is tempting to call this human error; the tool allowed it.", []),
    # Falling short of a step: a handle, a role or a pronoun, not a product's name.
    ("a handle fell short", "@hexylena failed to install a required dependency.", ["error"]),
    ("a role fell short", "The on-call engineer failed to acknowledge the page.", ["error"]),
    ("a product fails", "Detection: Prometheus fails to start after the upgrade.", []),
    ("users fail", "Riders in Leeds failed to book for an hour.", []),
    # What a design guards against is no one's error.
    ("guarded against", "Rollbacks are now fast and robust against operator errors.", []),
    ("a risk reduced", "A confirmation prompt will reduce the risk of human error.", []),
    # A sanction aimed at no one: pods stuck "Terminating" are things.
    ("things terminating", "Next time I see pods stuck Terminating, check the policy first.", []),
    ("a timeline", "The on-call engineer was paged at 14:02 and rolled back at 14:10.", []),
    ("a name doing their job", "Sam restarted the service at 14:10.", []),
    ("no one's fault", "Incidents are not an employee's fault.", []),
    ("his error messages", "His error messages pointed at the wrong disk.", []),
    ("our mistake", "Our mistake was trusting one region; the runbook assumed two.", []),
    ("not her fault", "It was not her fault: nothing checked the index.", []),
    ("late, without praise", "Maria stayed late to finish the migration.", []),
    (
        "a step that let it through",
        "It was merged without a canary because the pipeline allowed it.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), NARRATIVE, ids=[c[0] for c in NARRATIVE])
def test_impact_narrative(name: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert findings("impact-narrative", text) == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"), ACTION_ITEMS, ids=[c[0] for c in ACTION_ITEMS]
)
def test_action_items(name: str, text: str, expected: list[tuple[int, str]]) -> None:
    found = findings("action-items", text)
    assert [(line, NO_PART if d.startswith(NO_PART) else d) for line, d in found] == expected


def test_an_empty_heading_is_where_to_write_not_a_heading_to_paste() -> None:
    result = ENGINE.check(
        Source("pm.md", "# Outage\n\n## Action items\n\n<!-- TBD -->\n", None, Kind.POSTMORTEM)
    )
    assert result is not None
    [finding] = [f for f in result.findings if f.rule == "action-items"]
    assert finding.help.startswith("The “Action items” heading at line 3 is there, with nothing")
    assert "## Action items" not in finding.help


@pytest.mark.parametrize(("name", "text", "expected"), OWNERS, ids=[c[0] for c in OWNERS])
def test_action_owners(name: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert findings("action-owners", text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), TRACKED, ids=[c[0] for c in TRACKED])
def test_action_tracked(name: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert findings("action-tracked", text) == expected


def test_the_reason_is_said_once_for_many_ownerless_items() -> None:
    items = "".join(f"- Follow-up number {n} for the payments team\n" for n in range(21))
    found = messages("action-owners", f"## Action items\n\n{items}".replace("payments team", "pay"))
    assert found == ["Action items without an owner: an item everyone owns is an item nobody does."]


@pytest.mark.parametrize(("name", "cause", "expected"), BLAME, ids=[c[0] for c in BLAME])
def test_blameless_language(name: str, cause: str, expected: list[str]) -> None:
    result = ENGINE.check(Source("pm.md", f"## Cause\n\n{cause}\n", None, Kind.POSTMORTEM))
    assert result is not None
    found = [f.severity.value for f in result.findings if f.rule == "blameless-language"]
    assert found == expected


def test_hero_wording_has_its_own_message() -> None:
    text = "## What went well\n\nMaria worked through the night.\n"
    assert messages("blameless-language", text) == [
        "Praising heroics hides the systemic cause: a fix that needs a hero will need one again."
    ]


def test_a_one_word_sentence_after_nobody_was_affected_is_read() -> None:
    """It crashed the check (an IndexError, exit 3) on toot.community's OOM report: the basis
    of "nobody was affected" was looked for past the end of a one-word sentence."""
    [(line, detail)] = findings("impact-narrative", "# Outage\n\nNo user impact. Fixed.\n")
    assert line == 3
    assert "it says nobody was affected (“No user impact.”) but not how we know" in detail


DISCARDED = [
    ("## Impact\n\nTBD\n", "“TBD” is a placeholder"),
    ("## Impact\n\nN/A\n", "“N/A” is a placeholder"),
    # The template's sample left in place tells someone else's outage, not this one.
    (
        '## Impact\n\n_Example: "For 45 minutes, approximately 10% of users were unable to '
        'complete checkout and saw an error page. Around 2,000 orders were affected."_\n',
        "is an example, not this document's account",
    ),
    # Consolation is no account, however long: the account is what is left.
    (
        "## Impact\n\nUsers could not access the service for 45 minutes. We are sorry for the "
        "disruption and we know how much you rely on us every day to get your work done on "
        "time.\n",
        "“We are sorry for the disruption and we know how much you re…” consoles the readers, "
        "and tells nothing of what happened",
    ),
    (
        "## Impact\n\nSome customers were unable to use certain features for a period of "
        "time. We apologize for the inconvenience and are committed to providing a reliable "
        "service to all of our customers.\n",
        "“We apologize for the inconvenience and are committed to pro…” consoles the "
        "readers, and tells nothing of what happened",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), DISCARDED)
def test_what_does_not_count_is_quoted(text: str, quoted: str) -> None:
    """An honest author sees what to replace, not only that words are missing."""
    [(_, detail)] = findings("impact-narrative", text)
    assert detail.endswith(quoted)
