"""Follow-up items: finished or still to do, as a reader tells from the item's own words."""

from __future__ import annotations

import pytest

from spec_gate.reading import followups, load
from spec_gate.reading.followups import (
    Done,
    Part,
    action_cell,
    among_platitudes,
    declined,
    finished,
    has_doer,
    intends,
    nothing_to_do,
    part_of,
    platitude,
)

LEXICON = load()

FINISHED = [
    # A participle after "must" or "should" is work to do, not work done.
    ("Deploys must be validated by a load test before release.", None),
    ("The runbook should be updated with the rollback steps.", None),
    ("Ideally this bug should have been found on testnet.", Done.TOLD),  # looked back on
    ("Added an alert on the queue depth.", Done.TOLD),
    ("We added an alert on the queue depth.", Done.TOLD),
    ("Changes have been made to the deploy script.", Done.TOLD),
    ("We have begun monitoring the queue depth.", Done.TOLD),  # an irregular participle
    ("The fix was deployed on Monday.", Done.TOLD),
    # An order to see to a state is still to do, whatever the state's passive says.
    ("Ensure alerts are routed to the payments on-call.", None),
    ("Make sure backups are tested weekly.", None),
    ("Verify that certificates are renewed 30 days before expiry.", None),
    ("We made sure alerts are routed to on-call.", Done.TOLD),
    # A decision that stands commits to the work it names; one told in the story happened.
    ("We have decided to move the queue to a managed service.", None),
    ("We've agreed to rotate the keys every quarter.", None),
    ("We decided to roll back the deploy at 10:40.", Done.TOLD),
    # What only joins the item to the one before it does not hide its verb.
    ("And of course we added non-regression tests for this specific error.", Done.TOLD),
    ("Also added an alert on the queue depth.", Done.TOLD),
    ("And we will add an alert on the queue depth.", None),
    ("Then deploy the fix to every region.", None),
    # A practice adopted today, in effect from now: nothing left to do ("going forward"
    # still looks ahead to work).
    ("Starting now, we will deploy new versions to the community clusters first.", Done.TOLD),
    ("As of today, we now set the rate limit of writes per account.", Done.TOLD),
    ("Going forward, we will add an alert on the queue depth.", None),
    # A verb after its prefix: "Re-ran" was done; "Re-read" may be an order.
    ("Re-ran the rota publish for the week.", Done.TOLD),
    ("Re-read the runbook before each release.", None),
    ("The fix involved unifying the cache using a b-tree.", Done.TOLD),
    ("The security researcher also recommended GPG signing; the vote rejected it.", Done.TOLD),
    ("We have for several years enabled 2FA for the organisation.", Done.TOLD),
    ("The validator was then restarted using the new binary.", Done.TOLD),
    ("Instead of updating my card, I flipped the payment service to PayPal.", Done.TOLD),
    ("On 26/04/2023 at 19:18 (UTC), a message was posted on Discord.", Done.TOLD),
    ("Rotate the leaked token (done)", Done.MARKED),
    ("Done: rotate the leaked token", Done.MARKED),
    # Still to do.
    ("Add an alert on the queue depth.", None),
    ("We will add an alert on the queue depth.", None),
    ("The team should review the runbook that failed.", None),
    ("Fix the cache that caused the halt.", None),
    ("The new check ensures a broken config is rejected.", None),
    ("Investigate why the backup job failed.", None),
    ("To prevent this, add an alert that fired on the old host.", None),
    ("Implement smoke tests for website templates", None),
    ("Deploy the fix to the other regions", None),
    ("Complete the migration of the old hosts", None),
    ("Deployed: the fix to the other regions", Done.MARKED),
    # A status in brackets, as written ("[done]" is no "[do]").
    ("[done] deploy new ami with host->ip mapping for balrog", Done.MARKED),
    ("[Fixed] Add vpn group for taskcluster-balrog", Done.MARKED),
    ("Pin the chart version (merged)", Done.MARKED),
    ("[todo] deploy new ami with host->ip mapping for balrog", None),
    # What the system does from now on is a change in effect; what we will now do is work.
    ("Future creator hub components will now be ignored.", Done.TOLD),
    ("If a file cannot be loaded, it will now show an icon that links to this post.", Done.TOLD),
    ("We will now add an alert on disk usage.", None),
    ("Add an alert that will now page the on-call.", None),
    # A participle the same as its verb ("set", "put") is one after an auxiliary.
    ("We have set up extensive ownership of every package.", Done.TOLD),
    ("A rate limit has been put in place on the publish endpoint.", Done.TOLD),
    ("Set up an alert on disk usage.", None),
    # ... and so is what it now does, said in the present.
    ("`proxy.ts` now detects RSC requests and excludes them from caching", Done.TOLD),
    ("The deploy script now refuses to run without a ticket number.", Done.TOLD),
    ("The runbook now has a section on restores.", Done.TOLD),
    ("We now need to add an alert for disk usage.", None),
    ("Now add an alert when the disk is 80% full.", None),
    # What we already do as a habit, in the present, is a practice in effect; a need, an
    # intention or a present with no habit in it is not.
    ("We undergo frequent security audits for our SOC 2 certification.", Done.TOLD),
    ("We always run the canary for an hour first.", Done.TOLD),
    ("We routinely rotate every publishing token.", Done.TOLD),
    ("We really need backups of every database.", None),
    ("We add an alert on the queue depth.", None),
    ("We plan to run the restore drill every quarter.", None),
    # A deed told first, then a second predicate that commits: work still to do.
    ("The team has rectified the issue and will implement more test cases.", None),
    ("We rolled back, and we plan to add a canary stage.", None),
    ("We fixed it and should add a regression test.", None),
    ("We added an alert that will page the on-call.", Done.TOLD),
    ("We fixed the bug so this will not happen again.", Done.TOLD),
    ("We kept the site up, but to do that we had to triple the capacity.", Done.TOLD),
    # Struck out, or a status set off by a dash with its date or ticket.
    ("~~Trim whitespace from card numbers~~ — done 5 Aug (LOY-1440)", Done.MARKED),
    ("~~Credit the missing points~~", Done.MARKED),
    ("Trim whitespace from card numbers — done 5 Aug", Done.MARKED),
    ("Migrate the database - complete the cutover by Friday", None),
    ("Rotate the keys — done by 5 Aug", None),  # when it is due
    # A past verb in a relative clause is the subject's, not the item's: still to do
    ("The script that failed will get a dry-run mode (owner: @livia-souza, #51)", None),
    ("The team that merged the config will add a schema check", None),
    ("The alert that fired was tuned to 2% over five minutes", Done.TOLD),
    # A title opening with a participle names the work ("Staged rollout"); what follows it
    # says whether it is done
    ("Staged rollout: 5%, then 25%, then 100%, watching the crash rate (owner @bruna)", None),
    ("Automated check: alert when the import brings fewer slots", None),
    ("Staged rollout: we moved to 5% and then to everyone on Monday", Done.TOLD),
    ("Added retries: the client now retries three times", Done.TOLD),
]


@pytest.mark.parametrize(("text", "expected"), FINISHED)
def test_finished_or_still_to_do(text: str, expected: Done | None) -> None:
    assert finished(text, LEXICON) is expected


# The status after a dash, in the team's language: an article before the date, an adverb
# before the status ("already released").
FINISHED_IN = [
    ("fr", "Activer les nouvelles tentatives sur 24 h — **fait le 6 juillet** (SI-1207)"),
    ("it", "Il fornitore ripristina il controllo — già rilasciato il 28/02 (#88213)."),
]


@pytest.mark.parametrize(("language", "text"), FINISHED_IN)
def test_finished_in_the_teams_language(language: str, text: str) -> None:
    assert finished(text, load(language)) is Done.MARKED


PARTS = [
    ("Action items", Part.FOLLOW_UP),
    ("Next steps", Part.FOLLOW_UP),
    ("Preventing a recurrence", Part.FOLLOW_UP),  # an article does not change the heading
    ("Proposed changes", Part.FOLLOW_UP),
    ("What we're doing about it", Part.FOLLOW_UP),
    ("What's changing?", Part.FOLLOW_UP),  # what will change, as a Q&A asks it
    ("What was changing", Part.OTHER),
    ("Lessons learned", Part.LESSONS),
    ("Actions taken", Part.DONE),
    ("Immediate actions", Part.DONE),
    # Still to do, whatever else the heading says.
    ("Immediate Actions Required", Part.FOLLOW_UP),
    ("Remaining actions", Part.FOLLOW_UP),
    ("Explored solutions", Part.DONE),
    # Sentences that tell the story, and advice to readers, introduce no follow-ups.
    ("The team jumped into action and we carved up the workload", Part.OTHER),
    ("Our next step was to try and figure out when the problem started.", Part.OTHER),
    ("What you can do", Part.OTHER),
    ("What to do", Part.OTHER),
    ("What to do if you installed 3.8.1", Part.OTHER),
    ("What to do next", Part.FOLLOW_UP),
    ("To do", Part.FOLLOW_UP),
    ("What should ordinarily have been done to prevent this, but wasn't?", Part.LESSONS),
    ("If you publish from CI, I recommend the following steps", Part.OTHER),
    ("If you use GitHub Actions to publish to PyPI, I recommend the following:", Part.OTHER),
    ("What we are doing for you", Part.FOLLOW_UP),  # ours first: our work, for the readers
    # When, or for how long: a question about the outage, not about what will change.
    ("How long will provisioning be disabled?", Part.OTHER),
    ("When will builds be back?", Part.OTHER),
    ("How will we prevent this?", Part.FOLLOW_UP),
    # A fix or a change named alone is follow-up work only where what it lists is still to do.
    ("Details of fix", Part.LESSONS),
    ("Fixing the problem", Part.LESSONS),
    ("Changes", Part.LESSONS),
    # work said of no one: no part for follow-ups
    (
        "No member was affected, and no member needs to do anything. We know this because",
        Part.OTHER,
    ),
    ("No customer has to do anything", Part.OTHER),
    # when, after the words that name the changes
    ("What we changed afterwards", Part.LESSONS),
    ("What we changed after the incident", Part.LESSONS),
    ("Changes we are making", Part.FOLLOW_UP),
    ("The fix", Part.DONE),
    # A question about what happened is analysis, whatever words of change it holds.
    ("How did fixing the proxy config resolve both failures?", Part.OTHER),
    ("Why was the change not caught in review?", Part.OTHER),
    ("What will we change?", Part.FOLLOW_UP),
    # A heading that names the changes, not one that says something of them.
    ("Fixes", Part.LESSONS),
    ("Summary of changes", Part.LESSONS),
    ("Boards failing to save changes (EU region)", Part.OTHER),
    # In a Q&A, the readers ask us; advice is addressed to them.
    ("What are you changing?", Part.FOLLOW_UP),
    # ...and as the team asks it of itself.
    ("What are we changing?", Part.FOLLOW_UP),
    ("⑤ Commitments", Part.FOLLOW_UP),
    ("What changes are we making?", Part.FOLLOW_UP),
    ("What are we doing about it?", Part.FOLLOW_UP),
    ("What did we change?", Part.OTHER),
    ("What changes are you making?", Part.FOLLOW_UP),
    ("What you can do", Part.OTHER),
    ("What do you need to do?", Part.OTHER),
    # Said to be none: a sentence that there is nothing to do introduces nothing.
    ("No customer funds were affected and no action is required from customers.", Part.OTHER),
    ("No further action needed", Part.OTHER),
    ("Nobody was affected, and no one needs to do anything.", Part.OTHER),
    ("No need to do anything: the flag was off.", Part.OTHER),
    # What is done from here on, asked in the present
    ("What we do now", Part.FOLLOW_UP),
    ("What happens next", Part.FOLLOW_UP),
    ("What we did then", Part.DONE),
    ("What we know", Part.OTHER),
    # a lead-in whose word of intent was reached for then ("...able to investigate:")
    (
        "This is an occurrence that has happened too regularly, however it has always"
        " resolved itself before I was able to investigate in depth",
        Part.OTHER,
    ),
    ("Still to investigate", Part.FOLLOW_UP),
    # a Q&A's question, read past its letter
    ("Q: What changes now?", Part.FOLLOW_UP),
    ("Q: What happened?", Part.OTHER),
]


@pytest.mark.parametrize(("title", "expected"), PARTS)
def test_what_a_heading_introduces(title: str, expected: Part) -> None:
    assert part_of(title, LEXICON) is expected


INTENDS = [
    ("We should add an alert on the queue depth.", True),
    ("We should have a runbook for a halted chain.", True),  # "have" as the verb: work
    ("Rotate the keys every quarter.", True),
    # What might have been: a reflection, not work to do.
    ("New tool/component (GitOps) shouldn't have been rushed to production.", False),
    ("This let to an issue which should have been addressed before it created any impact.", False),
    ("Validators rolled back when they shouldn't have.", False),
    ("We could have caught it in the testnet.", False),
    # Work under way, in the present progressive: a plan's verb after "is" or "are".
    ("Li is adding a canary stage (#431).", True),
    ("We're migrating the queue to the new cluster.", True),
    ("The service is running again.", False),
    ("Users were adding items to their carts.", False),
    # A duty in the past is what people went through; "the next morning" is when.
    ("We had to restart the cluster twice.", False),
    ("We have to add an alert on the queue depth.", True),
    ("Ranked losses were reversed the next morning.", False),
    ("The next step is to add an alert.", True),
    # A word of intent as the infinitive of a verb in the past is what was tried then.
    ("It resolved itself before I was able to investigate in depth.", False),
    ("We tried to explore the logs, but they had rotated.", False),
    ("We are not able to investigate it yet, and will next week.", True),
    ("We need to investigate why the cache filled up.", True),
    ("We have decided to investigate moving the queue to a managed service.", True),
    # The writer asking the readers to come back to them is no work; the work's own
    # recipient is ("an email to me and Rosa").
    ("Let me know if anything here is missing.", False),
    ("Please send questions or additions to me by 31 January.", False),
    (
        "I'll copy the backup offsite every night, with an email to me and Rosa if it fails.",
        True,
    ),
    # An order to look at what is linked points the readers somewhere; to find out is work.
    ("See the full diff [here](https://github.com/example/repo/commit/7b414f4).", False),
    ("Refer to [the runbook](https://wiki.example.org/runbook) for the steps.", False),
    ("See the full diff.", True),  # nothing linked: an order like any other
    ("Review the retry policy ([#45](https://github.com/example/repo/issues/45)).", True),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Vragen of aanvullingen graag vóór 31 januari aan mij."),
        ("de", "Fragen und Ergänzungen bitte bis Freitag an mich."),
        ("es", "Si falta algo, avísenme."),
        ("fr", "Voir le diff complet [ici](https://github.com/example/repo/commit/7b414f4)."),
        ("de", "Siehe [den Diff](https://github.com/example/repo/commit/7b414f4)."),
    ],
)
def test_a_word_to_the_readers_is_no_work(language: str, text: str) -> None:
    assert not intends(text, load(language), weak=True)


@pytest.mark.parametrize(("text", "expected"), INTENDS)
def test_work_still_to_do_or_a_reflection(text: str, expected: bool) -> None:
    assert intends(text, LEXICON, weak=True) is expected


# A lesson is work when someone took it on, or it is an order; a rule learnt or a
# prediction about things is a lesson only.
DOERS = [
    ("We should snapshot the cluster daily.", True),
    ("The SRE team will add a check for stalled schedulers.", True),
    ("Need to rotate the keys.", True),  # no subject: an order
    ("Monitoring will be added to the queue.", True),  # work to be done, said in the passive
    ("Add an alert on the queue depth.", True),
    ("Next steps: add an alert on the queue depth.", True),
    ("[] The load balancer should penalize services returning 5xx responses", True),
    ("Alex should rotate the keys.", True),  # someone by name
    ("Sam and Priya will write the runbook.", True),
    ("Any future kernel update must use the rolling procedure.", False),
    ("When the pods are stuck, the cluster will wait forever.", False),
    ("Reboot the nodes one by one: drain, reboot, then the next node.", True),  # an order
    ("Rebooting all nodes is a power cycle. Any update must use the rolling procedure.", False),
    # What must not be done is a rule; what "you" may have to do is anyone's.
    ("We shouldn't rely on local storage.", False),
    ("Sometimes, to fix the bugs, you may have to do dirty hacks.", False),
]


@pytest.mark.parametrize(("text", "expected"), DOERS)
def test_a_lesson_someone_took_on_or_a_rule_learnt(text: str, expected: bool) -> None:
    assert has_doer(text, LEXICON) is expected


# The passive is told by each language's own auxiliaries, in either order.
DOERS_ELSEWHERE = [
    ("fr", "La surveillance doit être ajoutée.", True),
    ("fr", "Toute mise à jour doit utiliser la procédure progressive.", False),
    ("de", "Das Monitoring muss ergänzt werden.", True),
]


@pytest.mark.parametrize(("language", "text", "expected"), DOERS_ELSEWHERE)
def test_work_said_in_the_passive_in_other_languages(
    language: str, text: str, expected: bool
) -> None:
    assert has_doer(text, load(language)) is expected


# Follow-up parts as teams head them in their language, a question's word order too.
PARTS_ELSEWHERE = [
    ("de", "4. Was ändern wir", Part.FOLLOW_UP),
    ("de", "Was wir ändern", Part.FOLLOW_UP),
    ("zh", "预防", Part.FOLLOW_UP),
    ("zh", "防复发变更", Part.FOLLOW_UP),
    ("de", "Was ist passiert", Part.OTHER),
    ("de", "Nacharbeiten", Part.FOLLOW_UP),  # the work still to do after an incident
    # French says "on" for "nous", and its "change" is the verb
    ("fr", "Ce qu'on change", Part.FOLLOW_UP),
    ("fr", "Ce que l'on améliore", Part.FOLLOW_UP),
    ("fr", "Ce qui s'est passé", Part.OTHER),
    # "suivant", "siguiente" after a noun: "the following", which lists; "next" only of steps
    ("fr", "Les courriels suivants ne sont plus envoyés :", Part.OTHER),
    ("fr", "Étapes suivantes", Part.FOLLOW_UP),
    ("fr", "Actions suivantes", Part.FOLLOW_UP),
    ("es", "Los siguientes correos ya no se envían:", Part.OTHER),
    ("es", "Pasos siguientes", Part.FOLLOW_UP),
    ("es", "Siguientes pasos", Part.FOLLOW_UP),
    # A template's English heading kept over items in the team's language
    ("es", "Action items", Part.FOLLOW_UP),
    ("ja", "Action Items", Part.FOLLOW_UP),
    ("de", "Next steps", Part.FOLLOW_UP),
    ("ja", "対応項目", Part.FOLLOW_UP),
]


@pytest.mark.parametrize(("language", "title", "expected"), PARTS_ELSEWHERE)
def test_what_a_heading_introduces_in_other_languages(
    language: str, title: str, expected: Part
) -> None:
    assert part_of(title, load(language)) is expected


# A passive's auxiliary in the future (its lemma is the present's: "sera" -> "être") tells
# what will be done; in the past, what was.
PASSIVES_ELSEWHERE = [
    ("fr", "Une solution plus robuste sera proposée par la suite.", None),
    ("fr", "Une solution plus robuste a été proposée.", Done.TOLD),
    ("es", "El monitoreo será ampliado a las réplicas.", None),
    ("es", "El monitoreo fue ampliado a las réplicas.", Done.TOLD),
    ("pt", "O monitoramento será ampliado para as réplicas.", None),
    ("pt", "O monitoramento foi ampliado para as réplicas.", Done.TOLD),
    ("it", "Il monitoraggio sarà esteso alle repliche.", None),
    ("it", "Il monitoraggio è stato esteso alle repliche.", Done.TOLD),
    ("nb", "Overvåkingen blir utvidet til replikaene.", None),
    ("nb", "Overvåkingen ble utvidet til replikaene.", Done.TOLD),
    ("de", "Das Monitoring wird auf die Replikate erweitert.", None),
    ("de", "Das Monitoring wurde auf die Replikate erweitert.", Done.TOLD),
    ("fr", "S'assurer que les alertes sont envoyées à l'astreinte.", None),
    ("es", "Asegurar que las alertas sean enviadas a la guardia.", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), PASSIVES_ELSEWHERE)
def test_a_passive_in_the_future_is_work_to_do(
    language: str, text: str, expected: Done | None
) -> None:
    assert finished(text, load(language)) is expected


# A thing, then what was done to it, as lists report done work in every language; not what
# is still needed, nor a clause's own verb at its end.
REPORTED = [
    ("en", "Disk alert added", Done.TOLD),
    ("en", "AWS Support Case ID 11297456601 raised", Done.TOLD),
    ("en", "More tests needed", None),
    ("en", "Dashboard for queue depth required", None),
    ("en", "Further analysis planned", None),
    ("en", "Alert on disk usage over 90 %", None),
    # An order with the people it is for, or its own verb first, is still to do.
    ("en", "Email users impacted", None),
    ("en", "Contact the customers affected", None),
    ("en", "Notify the teams involved", None),
    ("es", "Alerta de disco añadida", Done.TOLD),
    ("it", "Allarme sul disco aggiunto", Done.TOLD),
    ("de", "Festplatten-Alarm eingerichtet -- meldet ab 90 %", Done.TOLD),
    ("de", "Monitoring für den Speicher einrichten", None),
    ("de", "Zugriff auf die Tabellen", None),  # a plural noun ends as a participle does
    ("nl", "Monitoring op de schijf toegevoegd", Done.TOLD),
    ("nl", "Scanner-updates gefaseerd uitrollen: eerst één depot", None),
    ("nl", "Check in de release-pipeline of de gateway de nieuwe versie kent", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTED)
def test_a_thing_and_what_was_done_to_it_is_done(
    language: str, text: str, expected: Done | None
) -> None:
    assert finished(text, load(language)) is expected


def test_a_participle_after_devoir_is_work_to_do() -> None:
    text = "Les déploiements doivent être validés par un test de charge avant la production."
    assert finished(text, load("fr")) is None


PLATITUDES = [
    # A way for us to be, urged in any words, is no change; a thing made so is one.
    ("We should be more proactive about rate limits in general.", True),
    ("We all need to become more rigorous about reviews.", True),
    ("Take rate limits more seriously.", True),
    ("The dashboard should be more visible to support.", False),
    ("The retry budget will be more generous: 5 attempts.", False),
    ("We need to improve our monitoring.", True),
    # A plain-text table's owner column is no part of the work.
    ("Improve monitoring of the route-planning system            Ops", True),
    ("Add an alert on queue depth above 5,000      Ops", False),
    # Inline fields before the work (Obsidian's Dataview) are no part of what to do.
    ("[due:: 2026-06-01] [owner:: Alexandre] Reduce the GC interval from 168h to 24h", False),
    ("[due:: 2026-06-01] [owner:: Alexandre] Be more careful", True),
    # Bettering something vague, however it is scoped: a scope or a purpose names no deed.
    ("Better monitoring during rollouts", True),
    # Watching on is no change, whatever is watched; a threshold to act on is one.
    ("Keep monitoring the broker over the coming weeks.", True),
    ("Keep monitoring the queue and page at 5,000 messages.", False),
    ("Improve our monitoring so we find out before the teachers do.", True),
    ("Improve communication between day and night shifts", True),
    ("Add an alert on queue depth above 5,000", False),
    ("Improve the retry logic in the payment client", False),
    # How much is no part of what: "closer attention" is still attention.
    ("Pay closer attention to config changes.", True),
    ("Engineers should pay extra attention to the deploy checklist.", True),
    ("Be even more vigilant during deploys.", True),
    ("Take greater care when deploying on Fridays.", True),
    ("Add a close button to the upload dialog", False),
    # Reviewing how the follow-ups are going is no follow-up of its own.
    ("The Technology Risk Committee will review progress on 6 September.", True),
    ("Review progress on these actions at the next ops meeting.", True),
    # Watching and acting "as needed" is no change anyone can see done.
    (
        "We will continue to monitor the situation closely and take appropriate action as needed.",
        True,
    ),
    ("Keep an eye on it and respond accordingly.", True),
    ("Continue migrating the remaining 4 clusters to v2 (OPS-9).", False),
    (
        "The situation is unlikely to recur since we have a plan to move the MongoDB database"
        " back to our own servers.",
        False,
    ),
    # A wish for more of a quality, with nothing to do for it.
    ("Change management should be more rigorous.", True),
    ("Communication with customers should be faster.", True),
    # ...whenever it is wished for: a clause of when adds nothing to do
    ("Communication with parents should be faster when something goes wrong.", True),
    ("The status page should be updated when something goes wrong.", False),
    ("Releases must be less risky going forward.", True),
    # What it is for is no part of what to do.
    ("More training will be conducted in the future to increase awareness of employees.", True),
    ("Improve monitoring to catch this earlier.", True),
    # A thing done, in the passive, or a quality of a named thing: work.
    ("Deploys should be gated on the canary's error rate.", False),
    ("The on-call handbook should be updated with the failover steps.", False),
    ("The runbook should be clearer about who declares the incident.", False),
    ("Monitoring script to assess the versions of all nodes before upgrades", False),
    ("We will continue to add alerts for each service.", False),
    # An order's infinitive says what to do.
    ("Review the runbook to include the DNS step.", False),
    ("Document the failover to make on-call faster.", False),
    # After a deed, the commitment alone is judged.
    ("The team has rectified the issue and will prevent such incidents in the future.", True),
    ("The team has rectified the issue and will add a test for the fee parameters.", False),
    # Two commitments: the concrete one is work, whatever the second says.
    ("We will add a canary stage to deploys and will be more careful.", False),
    ("Change management and communication should be more rigorous.", True),
    # A plan's verb and generic words, and nothing the work is done to.
    ("Implement the necessary changes.", True),
    ("Make the required updates.", True),
    ("Add a release checklist.", False),
    ("Migrate the payments service to the new cluster.", False),
    # Fixing in general, everywhere: nothing of this incident, owned and tracked or not.
    ("Address the underlying issue so it cannot recur (@sam, #12)", True),
    ("Improve alerting and observability across the stack (@sam, #12)", True),
    ("Remediate the underlying DNS misconfiguration.", False),
    ("Add an alert on the payments service's error rate.", False),
    ("Move the service to the new platform.", False),
    # Trying harder, in other words.
    ("Tighten things up around releases close to pay dates.", True),
    ("Raise awareness of memory limits across the team.", True),
    ("Keep a closer eye on support tickets on pay days.", True),
    ("Tighten up the firewall rule for port 5432 to the app subnet only.", False),
    ("Keep an eye on the replica lag dashboard and page if it passes 30 s.", False),
    # What it is for, after "so" and a modal, is no part of what to do.
    ("Monitoring and error handling should be improved, so devops can find the cause.", True),
    ("Add logs to the upgrade steps.", False),
    ("The retry queue should be capped at 500 so the worker can drain it.", False),
    ("Add error handling for the nil response in the sync job.", False),
    # An apology and a promise it will not happen again: the promise is weighed.
    ("We sincerely apologize to mirror users and will try our best to avoid such incidents.", True),
    # ...however the promise is framed after the apology: the commitment is what is weighed.
    (
        "We'd like to bring our sincere apologies to those who were affected, and assure that "
        "we'll do our best to ensure smooth updates in the future.",
        True,
    ),
    (
        "We apologise to everyone affected, and assure you that we will cap the sync job's "
        "retries at five.",
        False,
    ),
    ("We are sorry, and we will add an alert when the metadata file is a day old.", False),
    # A vague verb given its condition right after it is a deed: what sets it off is named.
    ("Alert on bounces (owner: @ravi, #881)", False),
    ("Page when the receipt queue stalls", False),
    ("Alert on issues", True),
    ("Monitor bounces", True),
]


NOTHING_TO_DO = [
    ("en", "None identified.", True),
    ("en", "There are no action items at this time.", True),
    ("en", "No further action is required.", True),
    ("de", "Keine weiteren Maßnahmen erforderlich.", True),
    ("fr", "Il n'y a aucune action à mener.", True),
    # A gap, then what to do about it; or a rule to keep: items.
    ("en", "There is no alert on disk usage. Add one.", False),
    # A short answer, then why there is none: still none; with work in the why, items.
    (
        "en",
        "None identified. The redirect is in place; this was a one-off, which will not be "
        "repeated.",
        True,
    ),
    ("en", "None. We will add an alert on disk usage.", False),
    ("en", "There are no runbooks for the failover (#45)", False),
    ("en", "No deploys on Fridays without a second reviewer.", False),
    ("en", "Nothing ships without a canary stage: add one to the pipeline (@li)", False),
    ("de", "Keine Deployments am Freitag ohne zweites Review.", False),
]


@pytest.mark.parametrize(
    ("row", "action"),
    [
        ("Fix the root cause | Engineering | Open", "Fix the root cause"),
        ("3 | Add an alert on queue depth | @li | Open", "Add an alert on queue depth"),
        ("CNAME | share.example.gov", "CNAME | share.example.gov"),  # a record, not an action
        ("Add an alert on queue depth", "Add an alert on queue depth"),
    ],
)
def test_a_table_rows_action_is_its_first_cell_of_words(row: str, action: str) -> None:
    assert action_cell(row) == action


def test_a_quoted_word_is_mentioned_not_said() -> None:
    assert finished('Agree with the team on what "done" means for batch jobs', LEXICON) is None
    assert finished("Done: agree with the team on the batch jobs' cut-off", LEXICON) is Done.MARKED


AMONG_PLATITUDES = [
    ("Improve our QA process for firmware releases", True),
    ("Review our testing hardware", True),
    ("Consider revisiting scratch policies in the future.", True),
    ("We should reconsider how we stage rollouts", True),
    ("We will investigate the cache eviction", True),
    ("Improve the importer by adding a dry-run mode", False),  # adding is doing
    ("Review the retry policy (@sam, PAY-431)", True),  # who and where say nothing of what
    ("Review the retry policy against `max_retries=5`", False),  # the code says what
    ("Add an alert on queue depth above 5,000", False),
    ("Migrate the scheduler to the new cluster", False),
    ("Rotate the signing keys every 90 days", False),
]


@pytest.mark.parametrize(("text", "expected"), AMONG_PLATITUDES)
def test_an_item_that_only_betters_or_weighs_something(text: str, expected: bool) -> None:
    assert among_platitudes(text, LEXICON) is expected


@pytest.mark.parametrize(("language", "text", "expected"), NOTHING_TO_DO)
def test_an_item_that_says_there_are_none(language: str, text: str, expected: bool) -> None:
    assert nothing_to_do(text, load(language)) is expected


@pytest.mark.parametrize(("text", "expected"), PLATITUDES)
def test_a_platitude_names_nothing_to_do(text: str, expected: bool) -> None:
    assert platitude(text, LEXICON) is expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Send the letters | Maria | done 31 May | —", Done.MARKED),
        ("Send the letters | Maria | completed 2024-05-31 |", Done.MARKED),
        ("Send the letters | Maria | done by 30 June |", None),
    ],
)
def test_a_status_cell_done_on_a_date(row: str, expected: Done | None) -> None:
    assert finished(row, LEXICON) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We considered moving to a second SMS gateway and decided not to.", True),
        ("We ruled out a rewrite of the scheduler.", True),
        ("We decided to move to a second SMS gateway (OPS-12).", False),
    ],
)
def test_work_weighed_and_turned_down(text: str, expected: bool) -> None:
    assert declined(text, LEXICON) is expected


PLATITUDES_ELSEWHERE = [
    ("it", "Comunicare in modo più tempestivo con i clienti in caso di disservizio.", True),
    ("es", "Seguir monitorizando el broker durante las próximas semanas.", True),
    ("es", "Revisar la situación en la próxima reunión del equipo.", True),
    ("it", "Rafforzare la collaborazione tra e-commerce e logistica.", True),
    ("fr", "Améliorer la communication avec les clients pendant les incidents", True),
    ("es", "Mejorar la coordinación entre turnos", True),
    ("de", "Einen Alarm bei mehr als 5.000 Nachrichten in der Warteschlange einrichten", False),
    ("it", "Prestare maggiore attenzione alle modifiche alla base dati prima dei weekend.", True),
    ("de", "Bei Änderungen an der Datenbank noch genauer aufpassen.", True),
    ("es", "Prestar más atención a los cambios de configuración.", True),
    ("fr", "Faire plus attention aux changements de configuration.", True),
    ("it", "Aggiungere un allarme sul ritardo della coda degli ordini.", False),
    # The same, written without spaces: an apology, then only the promise.
    ("zh", "我们向镜像站用户表示诚挚的歉意，并将在未来尽量避免此类事故发生。", True),
    ("zh", "我们将尽量避免此类事故再次发生。", True),
    ("zh", "我们将为同步脚本增加元数据文件过期告警，避免此类事故。", False),
    ("ja", "ご迷惑をおかけし申し訳ございません。今後、再発防止に努めてまいります。", True),
    # "strengthen monitoring", "raise everyone's security awareness", "thorough checks
    # before deploying": a platitude's words and grammar, nothing to do
    ("ja", "監視を強化する", True),
    ("zh", "提高全员安全意识", True),
    ("ko", "배포 전 확인 철저", True),
    ("ja", "ディスク使用率が85%を超えたら電話で呼び出すアラートを追加する", False),
    ("ko", "디스크 사용률 85% 초과 시 전화 호출 알림 추가", False),
    # ...where the verb comes last, what is urged stands at the end; a character written
    # without spaces weighs half a word, as in the opening's count
    ("ja", "全社員に対して証明書管理の重要性を周知徹底する。", True),
    ("ja", "更新作業時のダブルチェックを徹底する。", True),
    ("ja", "証明書の期限切れ30日前にアラートを出す。", False),
    ("ja", "証明書の更新手順を徹底する（OPS-12）。", False),
    ("ko", "배포 시 주의 철저", True),
    ("ko", "배포 스크립트에 롤백 추가", False),
    ("zh", "加强团队之间的沟通协作。", True),
    ("zh", "提高全员安全意识，严格执行变更流程。", True),
    ("zh", "给支付服务增加超时告警", False),
    ("zh", "升级数据库驱动", False),
    # Reassurance in a company's words: investing in stability, a commitment, a priority,
    # with nothing to invest in; a thing to build or a threshold is work.
    ("en", "We will continue to invest in the stability of our platform.", True),
    ("en", "Reliability remains our top priority and we are committed to it.", True),
    ("en", "We will invest in a second data centre in Frankfurt.", False),
    ("en", "Alert when availability drops below 99.9% for five minutes.", False),
    ("en", "Keep the service stable and available.", True),
    ("en", "Move the search service to its own database.", False),
    ("de", "Wir werden weiterhin in die Stabilität unserer Plattform investieren.", True),
    ("fr", "Nous continuerons à investir dans la stabilité de notre plateforme.", True),
    ("es", "Seguiremos invirtiendo en la estabilidad de nuestra plataforma.", True),
    ("nl", "We blijven investeren in de stabiliteit van ons platform.", True),
    ("pt", "Continuaremos a investir na estabilidade da nossa plataforma.", True),
    ("it", "Continueremo a investire nella stabilità della nostra piattaforma.", True),
    ("nb", "Vi vil fortsette å investere i en stabil plattform.", True),
    ("de", "Wir investieren in ein zweites Rechenzentrum in Frankfurt.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLATITUDES_ELSEWHERE)
def test_a_platitude_in_the_teams_language(language: str, text: str, expected: bool) -> None:
    assert platitude(text, load(language)) is expected


# An item that only says how something is names no work; one under way, planned, ordered,
# owned, ticketed or naming a gap does.
STATES = [
    ("The indexer is back to normal and the worker cap has been returned to 12.", True),
    ("The situation is unlikely to happen on the middle/long term.", True),
    ("The 20-minute threshold is deliberate.", True),
    ("The fix is being rolled out.", False),
    ("A canary is planned for Q3.", False),
    ("We are adding retries.", False),
    ("Alerting is missing for queue depth.", False),
    ("Add an alert on queue depth.", False),
    ("The runbook is out of date and needs a section on failover.", False),
    ("Dashboard is ready for review by @sam.", False),
    ("Refactor event reflector to be a single reflector instead of one-per-pod.", False),
    ("Workload segmentation might be an option to limit blast zones", False),
]


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_an_item_that_only_says_how_something_is(text: str, expected: bool) -> None:
    assert followups.a_state(text, load("en")) is expected


# Commitments joined in one item, each a platitude or a promise to report back, name no
# change; one real change among them does.
JOINED = [
    ("We will continue to invest in reliability and will share updates on our progress.", True),
    ("We will be more careful and will keep you posted.", True),
    ("We will continue to invest in reliability and will add an alert on queue depth.", False),
    ("We will add a canary and will share updates on our progress.", False),
    ("We rolled back and will add a canary.", False),
    ("We will be more careful and will share updates in #412.", False),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_commitments_that_name_no_change(text: str, expected: bool) -> None:
    assert followups.vague_commitments(text, load("en")) is expected
