"""Blame, sentence by sentence: who is made the fault, punished or held up as a hero."""

from __future__ import annotations

import pytest

from spec_gate.reading import load, sentences
from spec_gate.reading.blame import Blame, blames

BLAMES = [
    # A word of cause that credits as often as it blames blames only beside something wrong.
    ("en", "Another use case due to @alercah is:", []),
    ("en", "The idea for the operator originates from RFC PR 204 by @aturon.", []),
    ("en", "Node maintenance triggered by an admin.", []),
    ("en", "The outage was due to @jdoe's change.", [Blame.PERSON]),
    ("en", "The outage was triggered by an admin.", [Blame.PERSON]),
    ("en", "The bug was introduced by @sam.", [Blame.PERSON]),
    # A capitalised word after an article is no one's name ("the Path"); after "that" it may be.
    ("en", "For prefix paths, a trailing slash in the Path is ignored.", []),
    ("en", "We found that Dave skipped staging.", [Blame.PERSON]),
    # Unfamiliar with something, said of anyone who might be ("can", "may"), blames no one.
    ("en", "It can be difficult for someone unfamiliar with the format to read it.", []),
    ("en", "The on-call engineer was unfamiliar with the runbook.", [Blame.PERSON]),
    # Breaking avoided, or a thing broken up into parts, is nobody's fault.
    ("en", "I decided against this to avoid breaking lots of existing code.", []),
    ("en", "The author limits the size of files by breaking the crate up into modules.", []),
    ("en", "@sam broke the build and did not revert.", [Blame.PERSON]),
    # "They" for things named before it is no one sanctioned; "we" doing it, to someone, is.
    ("en", "Jobs are getting suspended when they shouldn't be.", []),
    ("en", "Failing to fix flaking tests will result in demoting or removing them.", []),
    ("en", "After the two outages, we will suspend them.", [Blame.PUNITIVE]),
    # A user story says who wants what: no deed, no blame (but "As an engineer, I skipped").
    (
        "en",
        "As a user upgrading with Kubeadm, I want the upgrade not to fail with unfamiliar "
        "configuration.",
        [],
    ),
    ("en", "As an engineer on call, I skipped staging.", [Blame.PERSON]),
    # What a step would put at risk is spared, not a step left out.
    (
        "en",
        "I believe we can experiment with openness without jeopardizing our partners' "
        "anti-fraud efforts.",
        [],
    ),
    # A language that puts the verb second: a clause opening with a time has its subject
    # after the verb; someone else there (a customer) is no one of the team.
    (
        "nl",
        "Op 30 oktober heeft de dienstdoende ontwikkelaar de migratie zonder review uitgerold.",
        [Blame.PERSON],
    ),
    ("nl", "Gisteren vergat Jeroen het certificaat te verlengen.", [Blame.PERSON]),
    ("nl", "Bij de migratie vergat het script de index.", []),
    # A company named by its site is no "he" ("HE.net" is Hurricane Electric); he is.
    ("en", "Both links were offline due to the failure of HE.net in Amsterdam.", []),
    ("en", "Both links were offline due to the failure of his change.", [Blame.PERSON]),
    ("de", "Am Montag hat der Entwickler die Migration ohne Review ausgerollt.", [Blame.PERSON]),
    # The one who slipped, named past a team's name after them or in an apposition before
    # the verb; not a product's users, nor us.
    (
        "en",
        "In his original pull request, Nick Sullivan of Public Websites made an oversight by "
        "forgetting to remove a feature flag.",
        [Blame.PERSON],
    ),
    (
        "en",
        "Public Websites engineer, Nick Sullivan, should have prepared a GitHub issue.",
        [Blame.PERSON],
    ),
    ("en", "Nick, our release manager, forgot to tag the build.", [Blame.PERSON]),
    ("en", "The users of Safari forgot nothing.", []),
    ("en", "After the deploy, we forgot to check the queue.", []),
    ("en", "Our engineer, Nick, deployed the fix within the hour.", []),
    # How it was done ("by mistake"), in any language, blames with its doer named.
    ("nl", "Jeroen heeft per ongeluk de tabel verwijderd.", [Blame.PERSON]),
    ("nl", "De tabel is per ongeluk verwijderd.", []),
    ("de", "Der Admin hat aus Versehen die Tabelle gelöscht.", [Blame.PERSON]),
    ("fr", "Marc a supprimé la table par erreur.", [Blame.PERSON]),
    # ...and as an adverb of a slip ("accidentally"): its doer the subject of its clause, not
    # a thing done to ("were inadvertently merged"), nor all of us
    ("en", "Sam accidentally deleted the namespace.", [Blame.PERSON]),
    ("en", "The on-call engineer inadvertently restarted the primary.", [Blame.PERSON]),
    ("en", "I accidentally ran the migration against production.", [Blame.PERSON]),
    ("en", "We accidentally removed the unique constraint.", []),
    # A clause of when or why set off after a comma is not the claim: its "would" is its own.
    (
        "en",
        "Completely my fault — I did it by mistake, after telling myself I'd stop for the night.",
        [Blame.PERSON],
    ),
    ("en", "Tom deployed it, although he would normally wait for review.", []),
    # An account suspended in the product, or a plural no one singles out, is no sanction of
    # anyone; the engineer, or the engineers involved, are.
    (
        "en",
        "A change to the SCIM connector caused active administrators to be suspended in their "
        "workspace.",
        [],
    ),
    ("en", "Because admins were suspended too, most tenants had no one who could fix it.", []),
    ("en", "The engineers involved were suspended.", [Blame.PUNITIVE]),
    ("en", "The on-call engineer was suspended in March.", [Blame.PUNITIVE]),
    ("en", "The nightly job accidentally deleted old backups.", []),
    ("en", "Access to www.example.org was accidentally denied for the Admin Portals.", []),
    ("en", "The Kademlia DHT tables of IPFS and Avail were inadvertently merged.", []),
    ("fr", "Le stagiaire a accidentellement supprimé la base.", [Blame.PERSON]),
    ("it", "Il tirocinante ha cancellato per errore la tabella.", [Blame.PERSON]),
    ("pt", "O estagiário apagou sem querer a tabela.", [Blame.PERSON]),
    ("nl", "De stagiair heeft per abuis de tabel verwijderd.", [Blame.PERSON]),
    ("nb", "Praktikanten slettet utilsiktet tabellen.", [Blame.PERSON]),
    # Holding a supplier to its contract punishes no one; a formal talk with a person does.
    ("nl", "Leverancier aanspreken op de storing.", []),
    ("nl", "Een formeel gesprek met Jeroen over zijn functioneren.", [Blame.PUNITIVE]),
    ("pt", "Conversa formal de desempenho com o Rafael.", [Blame.PUNITIVE]),
    ("pt", "O Rafael vai passar por um treinamento de processo de deploy.", [Blame.PUNITIVE]),
    ("es", "Sancionar al ingeniero de guardia.", [Blame.PUNITIVE]),
    ("pt", "Treinamento de deploy para todo o time.", []),
    # A fault that is someone's, whatever their name lemmatises to, or their handle's.
    ("en", "It was Maria's fault.", [Blame.PERSON]),
    ("en", "It was @dana's fault.", [Blame.PERSON]),
    ("en", "It was GitHub's fault.", []),
    # "who" is said of a person: the name it follows is someone's.
    ("en", "It was Tom, who pushed it without following the runbook.", [Blame.PERSON]),
    # A role that "caused by" names, the cause's own agent (not a tool or a bot named with a
    # capital, nor a thing of a supplier's).
    (
        "en",
        "The outage was caused by our new IT intern, who deleted the wrong group.",
        [Blame.PERSON],
    ),
    ("en", "The outage was triggered by the on-call engineer.", [Blame.PERSON]),
    ("en", "A restart had been triggered by Lassie, our bot.", []),
    ("en", "It was caused by a supplier's update.", []),
    ("en", "The slowdown was caused by engineering capacity limits.", []),
    # Whoever did what the cause is, named after its participle's "by"; finding the cause,
    # or a thing doing it, is no blame.
    (
        "en",
        "The root cause was the release deployed on Friday night by a junior engineer.",
        [Blame.PERSON],
    ),
    ("en", "The root cause was a script run by our new IT intern.", [Blame.PERSON]),
    ("en", "The root cause was a config pushed by Tom Whitaker on Friday.", [Blame.PERSON]),
    # ...with where it was done after them, or singled out as the one most something
    ("en", "The root cause was the script run by the intern against production.", [Blame.PERSON]),
    (
        "en",
        "The root cause was the release deployed on Friday night by the newest member of the "
        "league's volunteer IT rota.",
        [Blame.PERSON],
    ),
    ("en", "The root cause was a change deployed by the youngest volunteer.", [Blame.PERSON]),
    ("en", "The outage was caused by the newest firmware on the routers.", []),
    # The faulty thing, then who made it after "by", with no word of cause
    ("en", "The broken release was deployed by the newest member of the rota.", [Blame.PERSON]),
    ("en", "The faulty config was pushed by the junior engineer on the rota.", [Blame.PERSON]),
    ("en", "The faulty config was pushed by Dave on Friday.", [Blame.PERSON]),
    ("en", "The fix was deployed by Sam.", []),
    ("en", "The broken config was reverted by Sam.", []),
    ("en", "The root cause was a race condition found by the on-call engineer.", []),
    ("en", "The root cause was a change made by the nightly job.", []),
    ("en", "The root cause was a bug exposed by the new load balancer.", []),
    # The users told what they should have done: their hindsight, in each language's form
    # (not what we owed them, not a measure, not "we", not "they" of rows).
    ("en", "Drivers should have checked their plate on the confirmation screen.", [Blame.USERS]),
    ("en", "Users shouldn't have shared their keys.", [Blame.USERS]),
    ("fr", "Les automobilistes auraient dû vérifier leur plaque.", [Blame.USERS]),
    ("de", "Die Fahrer hätten ihr Kennzeichen prüfen sollen.", [Blame.USERS]),
    ("en", "Customers should have been told earlier.", []),
    ("en", "The user shouldn't have had the permission to begin with.", []),
    ("en", "Sellers received about 1% less than they should have.", []),
    ("en", "Rows were written without TTLs when they should have TTLs.", []),
    ("en", "We should have checked the plate format.", []),
    ("fr", "Les usagers auraient dû être prévenus.", []),
    # ...with the doing far inside a split form; what we owed them, in any language
    (
        "nl",
        "Klanten hadden zelf de naam van de ontvanger moeten controleren voordat ze de "
        "betaling bevestigden.",
        [Blame.USERS],
    ),
    (
        "de",
        "Die Kunden hätten den Empfänger vor der Bestätigung selbst prüfen müssen.",
        [Blame.USERS],
    ),
    ("de", "Die Kunden hätten früher informiert werden müssen.", []),
    ("es", "Los clientes deberían haber recibido un aviso antes.", []),
    ("nb", "Kundene burde ha fått beskjed tidligere.", []),
    ("en", "Customers should have received the warning.", []),
    # What it was first taken for, in any language, is not what it was.
    (
        "de",
        "Zuerst dachten wir an einen Bedienfehler der Nutzer, aber dann sahen wir, dass die "
        "neue Kalenderversion in älteren Browsern nicht funktionierte.",
        [],
    ),
    ("es", "Al principio pensamos que era un error de los usuarios.", []),
    # The one who did it, singled out by any person's word, stood down or sent back to
    # training: a sanction (not what is done for a customer who reported it).
    (
        "en",
        "The member who did the October account review to stand down from admin duties until "
        "they have re-done the IT induction",
        [Blame.PUNITIVE],
    ),
    (
        "en",
        "The volunteer who ran the import will redo the data-protection training.",
        [Blame.PUNITIVE],
    ),
    ("en", "The customer who reported it will get a refund.", []),
    # One person named and sent through a remedy: a follow-up that makes them the fault
    # (not someone who builds the training, nor "I" or everyone).
    (
        "en",
        "Sean to complete the production change-management course and pair on his next "
        "three backfills",
        [Blame.PUNITIVE],
    ),
    ("en", "@sam to retake the production access training.", [Blame.PUNITIVE]),
    ("en", "Maria to create the training course for new starters.", []),
    ("en", "I will complete the training.", []),
    ("en", "Ensure everyone completes the training.", []),
    # What is no blame though it holds its words: a label we wrongly took it for, a name
    # that holds a hero's or a thanks' word, a judgement of the outage itself.
    ("en", "Assumed user error at the time.", []),
    (
        "en",
        "No code deployments other than disabling Elementor Pro Forms (configured to use "
        "Ninja Forms).",
        [],
    ),
    (
        "es",
        "No programar renovaciones en las 72 h previas a aperturas | Elena Gracia | SIS-122",
        [],
    ),
    ("es", "Gracias a Elena, que trabajó 72 h seguidas.", [Blame.HEROICS]),
    # German writes its word of thanks in capitals: a noun, not a name.
    (
        "de",
        "Ein großes Dankeschön an Julia, die die ganze Nacht durchgearbeitet hat.",
        [Blame.HEROICS],
    ),
    ("de", "Frau Lob hat die ganze Nacht durchgearbeitet.", []),
    # A step left out is what someone did, not what can or should be done without it.
    ("en", "Operators can now troubleshoot without logging into a node.", []),
    ("en", "I couldn't even post an alert without pushing code to the site.", []),
    ("en", "He wanted to ship it, so he merged without waiting for CI.", [Blame.PERSON]),
    # Hindsight is what someone should have done, not what one should hold; what one cannot
    # do is no fault; a cause's doer is looked for in its own clause.
    ("en", "The on-call engineer should have access to the admin console.", []),
    ("en", "Each on-call engineer should have runbooks for the queue.", []),
    ("en", "The on-call engineer should have immediately rolled back.", [Blame.PERSON]),
    ("en", "The on-call engineer should have run the tests.", [Blame.PERSON]),
    ("en", "I can't think of any other cause.", []),
    ("en", "A slow cache warm-up caused the outage, and I fixed it by noon.", []),
    ("en", "The outage was caused by @jdoe's config push.", [Blame.PERSON]),
    # A sanction is aimed at whom it is done to, not at whoever imposes it, nor at things.
    ("en", "The platform team will terminate the legacy VMs next week.", []),
    ("en", "The security team will revoke access to the old bucket.", []),
    ("en", "Kubernetes should terminate pods that exceed their memory limit.", []),
    ("en", "Suspend the contractor who pushed the change.", [Blame.PUNITIVE]),
    ("en", "We will revoke their access to production.", [Blame.PUNITIVE]),
    ("en", "Remove access for the intern who ran the script.", [Blame.PUNITIVE]),
    ("en", "The intern will lose deploy rights.", [Blame.PUNITIVE]),
    ("fr", "L'équipe sécurité va révoquer l'accès au vieux bucket.", []),
    ("fr", "Le stagiaire va perdre l'accès à la production.", [Blame.PUNITIVE]),
    # Consequences, a performance review and a final warning punish only someone named.
    ("en", "This had consequences for downstream services.", []),
    ("en", "We ran a performance review of the slow queries.", []),
    ("en", "The engineer faced consequences for the outage.", [Blame.PUNITIVE]),
    ("en", "Schedule a performance review for the engineer who deployed it.", [Blame.PUNITIVE]),
    # A product's MVP, a kind of error message and what users should hold are no one's.
    ("en", "The checkout shipped as an MVP without rate limiting.", []),
    ("en", "Sam was our MVP last night.", [Blame.HEROICS]),
    ("en", "The API now returns a clear user error message.", []),
    ("en", "User error caused the outage.", [Blame.USERS]),
    ("en", "The user should have control over the limit.", []),
    ("en", "Users should have updated the app.", [Blame.USERS]),
    # A fault's verb in the present or after a modal says how something behaves.
    ("en", "Cargo ignores source replacement when publishing.", []),
    ("en", "Older Kubelets will ignore the body.", []),
    ("en", "The script does not check its input.", []),
    ("en", "Dave ignored the alert.", [Blame.PERSON]),
    ("en", "The on-call engineer did not check the dashboard.", [Blame.PERSON]),
    ("en", "He has ignored the runbook twice.", [Blame.PERSON]),
    ("en", "Older Kubelets will just ignore the body.", []),
    # What can happen or happens, not what someone did: an action item's guard, a habit.
    ("en", "Add a guard so that an engineer cannot accidentally drop a production table.", []),
    ("en", "An engineer accidentally deleted the namespace.", [Blame.PERSON]),
    ("en", "When the developer fails to set the flag, the build is hard to debug.", []),
    ("en", "The developer failed to run the tests.", [Blame.PERSON]),
    # A role's word written as a verb is no role: "leads to", "led to".
    ("en", "The migration led to the nightly job skipping two runs.", []),
    ("en", "Stale tags, which leads to the build breaking, were never cleaned.", []),
    ("en", "The team lead ignored the alert.", [Blame.PERSON]),
    ("en", "Our leads forgot to renew it.", [Blame.PERSON]),
    # "I/O" is no "I".
    ("en", "The outage was due to I/O contention on the primary.", []),
    ("en", "The outage was due to my typo.", [Blame.PERSON]),
    # "전설" (a legend) read across the space of "전 설정" (before the settings) is none.
    ("ko", "배포 전 설정 자동 검증 — @lena, OPS-12", []),
    ("en", "I'm just a kid making blog posts about stupid AWS outages.", []),
    ("en", "The on-call engineer was careless.", [Blame.PERSON]),
    ("en", "This was user error.", [Blame.USERS]),
    # A punishment aimed at a person, in the words of a sanction.
    ("en", "Retrain the engineer who pushed it.", [Blame.PUNITIVE]),
    # Someone's access or rights taken away for a time or until they make amends punishes;
    # a clean-up of access, of a thing's or of everyone's, does not.
    # A contrast of things ("instead of staging") still reads who is named as the cause.
    (
        "en",
        "The root cause was @tom running the cleanup script against production instead of staging.",
        [Blame.PERSON],
    ),
    ("en", "The job wrote to the production cluster instead of the staging cluster.", []),
    ("en", "Revoke Dev's production access for a month.", [Blame.PUNITIVE]),
    (
        "en",
        "Tom's production access is removed until he completes the runbook training.",
        [Blame.PUNITIVE],
    ),
    (
        "en",
        "The engineer who ran the import loses bulk-import rights until they have redone the "
        "data handling training.",
        [Blame.PUNITIVE],
    ),
    (
        "en",
        "Remove the shift lead's database admin privileges until she retakes the course.",
        [Blame.PUNITIVE],
    ),
    ("en", "Revoke the former contractor's access to the billing console.", []),
    ("en", "Suspend the leaked key's access for a week.", []),
    ("en", "Revoke production access from all engineers for a month and use break-glass.", []),
    # The incident entered in a person's record of work, not in a customer's record.
    ("en", "Record this incident in that engineer's half-year review.", [Blame.PUNITIVE]),
    ("en", "Add the refund to each affected customer's record.", []),
    # "Written up" of a person is a sanction; of what happened, it is a write-up. A
    # sentence's first word is capitalised for that, before the noun it qualifies.
    ("en", "Dave was written up for it.", [Blame.PUNITIVE]),
    ("en", "Recovery steps are written up by the team.", []),
    (
        "en",
        "Downstream impact and its recovery are written up by the affected integrator.",
        [],
    ),
    (
        "en",
        "The coordinator who published the rota to complete a supervised competency reassessment.",
        [Blame.PUNITIVE],
    ),
    # Care urged on someone of the team makes their care the cause; urged on us all, or on
    # the users, it is a platitude.
    ("en", "The on-call engineer must be more careful in future.", [Blame.PERSON]),
    ("en", "We all need to double-check prod commands.", []),
    ("en", "Everyone should be more careful with the deploy script.", []),
    # The same in a team's own language; training a team in a new tool is no punishment.
    ("es", "Capacitar al responsable.", [Blame.PUNITIVE]),
    ("es", "Conversación formal de desempeño con Martín.", [Blame.PUNITIVE]),
    ("es", "Capacitar al equipo de soporte en el nuevo runbook.", []),
    ("de", "Formelles Mitarbeitergespräch mit dem Entwickler führen.", [Blame.PUNITIVE]),
    ("de", "Schulung für alle Entwickler zu Feature-Flags.", []),
    # Weighed and turned down, or said not to be the aim: no punishment.
    (
        "en",
        "We decided not to cancel the bookings because it would have punished people who "
        "booked early.",
        [],
    ),
    ("en", "The goal of this review is not to punish anyone.", []),
    # The users as the cause of their own trouble: made it themselves, or failed what they
    # were told (not what was done to them, nor an ordinary slip of theirs, nor ours).
    ("en", "Riders brought this on themselves by not updating the app.", [Blame.USERS]),
    # ...with the users after the verb, as Spanish may put them.
    ("es", "La caída la provocaron los propios socios.", [Blame.USERS]),
    ("es", "La caída la provocó una actualización del servidor.", []),
    ("en", "Users ignored the warnings and did not update in time.", [Blame.USERS]),
    ("en", "Every user elsewhere was skipped for North-East warnings.", []),
    # ...what they were told, in any of its forms: a recommendation, the documentation,
    # best practice, a guide.
    ("en", "Validators did not follow best practices when they upgraded.", [Blame.USERS]),
    ("en", "Users ignored our recommendations.", [Blame.USERS]),
    ("fr", "Les clients ont ignoré nos recommandations.", [Blame.USERS]),
    ("en", "We did not follow the procedure for the failover.", []),
    ("en", "Users who forgot their password could not sign in.", []),
    ("en", "We ignored the warnings from the disk monitor.", []),
    (
        "es",
        "En buena medida fueron los propios usuarios los que se provocaron el problema al "
        "ignorar los avisos.",
        [Blame.USERS],
    ),
    ("es", "Los usuarios se quejaron del problema.", []),
    ("ko", "이번 혼선은 보호자 측에서 자초한 혼선이었다.", [Blame.USERS]),
    # A past participle before its noun says what was seen, not who broke it; the verb
    # said of someone does ("broke", "has broken", pushing a broken thing).
    ("en", "He reported still seeing broken images.", []),
    ("en", "Customers kept seeing failed payments until 14:10.", []),
    ("en", "The deploy left broken pods behind.", []),
    ("en", "He broke the build.", [Blame.PERSON]),
    ("en", "The on-call engineer has broken the build.", [Blame.PERSON]),
    ("en", "She pushed a broken config.", [Blame.PERSON]),
    # Setting off a remedy is the response, not the cause; a remedy that broke something is.
    ("en", "The on-call engineer triggered a rollback at 10:40.", []),
    ("en", "Service stayed down until the operator manually triggered a redeploy.", []),
    ("en", "The on-call engineer triggered the outage by running the migration.", [Blame.PERSON]),
    ("en", "The intern introduced a fix that broke checkout.", [Blame.PERSON]),
    ("fr", "L'ingénieur d'astreinte a déclenché un rollback à 10h40.", []),
    ("es", "El ingeniero de guardia provocó un reinicio a las 10:40.", []),
    # A verb that only sets something off is blame when what it set off is harm.
    ("en", "The on-call engineer introduced a temporary rate limit to protect the database.", []),
    ("en", "New metrics introduced by the operator show the queue depth.", []),
    ("en", "@jdoe introduced a bug in the parser.", [Blame.PERSON]),
    ("en", "The junior engineer triggered the outage.", [Blame.PERSON]),
    ("en", "The intern triggered it by running the script.", [Blame.PERSON]),
    ("de", "Der Praktikant hat einen Fehler eingeführt.", [Blame.PERSON]),
    ("de", "Der Bereitschaftsingenieur hat um 10:40 einen Rollback ausgelöst.", []),
    # A role named as the doer of the cause in a passive, in each language: "caused by the
    # intern", "lanciato dal tirocinante" (not a thing the role word names, nor a tool).
    ("en", "The root cause was the update script launched by the intern at 08:40.", [Blame.PERSON]),
    ("en", "The outage was caused by engineering capacity limits.", []),
    ("it", "Il guasto è stato causato dal tirocinante.", [Blame.PERSON]),
    (
        "it",
        "La causa principale è lo script lanciato dal tirocinante dell'Area alle 08:40.",
        [Blame.PERSON],
    ),
    ("it", "Il guasto ha causato disagi a molti studenti.", []),
    ("fr", "La panne a été causée par le stagiaire.", [Blame.PERSON]),
    ("es", "La causa fue el script ejecutado por el becario.", [Blame.PERSON]),
    ("pt", "A falha foi causada pelo estagiário.", [Blame.PERSON]),
    ("nl", "De storing werd veroorzaakt door de stagiair.", [Blame.PERSON]),
    ("nb", "Feilen ble forårsaket av lærlingen.", [Blame.PERSON]),
    # ...and of a passive step left out, in every language; an elided article is read apart
    # from its noun ("l'alternant").
    ("de", "Die Konfiguration wurde vom Praktikanten ohne Rücksprache geändert.", [Blame.PERSON]),
    ("de", "Die Konfiguration wurde ohne Rücksprache geändert.", []),
    ("fr", "La configuration a été modifiée par l'alternant sans validation.", [Blame.PERSON]),
    ("fr", "La configuration a été modifiée par le script sans validation.", []),
    ("fr", "L'alternant a modifié la configuration sans validation.", [Blame.PERSON]),
    ("es", "La configuración fue modificada por el becario sin revisión.", [Blame.PERSON]),
    ("it", "L'infermiera di turno ha somministrato la dose sbagliata.", [Blame.PERSON]),
    # Roles outside software, and a word before the role that says which one.
    ("en", "The night pharmacist overrode the alert without checking.", [Blame.PERSON]),
    ("en", "The nurse skipped the second check.", [Blame.PERSON]),
    ("en", "Library authors can use reexports without causing downstream breakage.", []),
    ("en", "The night shift ran smoothly without checking anything.", []),
    # Acting on the wrong thing, by a role or a pronoun (a capitalised first word may be a
    # thing's name); finding it, being given it, or a thing doing it is no one's fault.
    ("en", "The duty electrician isolated the wrong feeder.", [Blame.PERSON]),
    ("en", "He deleted the wrong database.", [Blame.PERSON]),
    ("en", "Automation consumed the wrong checksum, leading to a stale image.", []),
    ("en", "The nurse noticed the wrong dose.", []),
    ("en", "The engineer was sent the wrong link.", []),
    ("en", "We restarted the wrong server.", []),
    ("en", "This is my account of what went wrong on 1 November.", []),
    ("fr", "Le technicien a supprimé le mauvais serveur.", [Blame.PERSON]),
    ("de", "Der Techniker hat den falschen Server gelöscht.", [Blame.PERSON]),
    ("de", "Der Alarm hat den falschen Server gemeldet.", []),
    # ... or sending something to the wrong place, which being sent there is not.
    ("en", "The release manager sent the wrong link to customers.", [Blame.PERSON]),
    ("en", "The on-call engineer deployed the build to the wrong cluster.", [Blame.PERSON]),
    ("en", "The contractor pointed the DNS record at the wrong IP.", [Blame.PERSON]),
    ("en", "The engineer got sent the wrong link.", []),
    ("en", "The load balancer sent traffic to the wrong pool.", []),
    ("en", "Customers were sent to the wrong page.", []),
    ("nl", "De stagiair heeft de link naar de verkeerde lijst gestuurd.", [Blame.PERSON]),
    ("nl", "De stagiair heeft de verkeerde lijst gezien.", []),
    ("it", "Il tirocinante ha inviato il link alla lista sbagliata.", [Blame.PERSON]),
    ("pt", "O estagiário enviou o link para a lista errada.", [Blame.PERSON]),
    ("de", "Der Techniker wurde an die falsche Adresse geschickt.", []),
    ("fr", "Le technicien a été envoyé à la mauvaise adresse.", []),
    # What would not have happened had someone taken a step.
    (
        "en",
        "If the new receptionist had read the handover sheet, the double booking would never "
        "have happened.",
        [Blame.PERSON],
    ),
    ("en", "Had the reviewer looked at the diff, the bug would not have shipped.", [Blame.PERSON]),
    ("en", "If the engineer had been paged earlier, we would not have lost an hour.", []),
    ("en", "If Sam had not stepped in, the outage would have lasted hours.", []),
    ("en", "If I had read the runbook, this would not have happened.", []),
    # A named person or role who skipped a step, in French and Spanish too: past an object
    # pronoun ("sans la tester") and a compound past ("Marc a lancé", "Ana ha desplegado").
    ("fr", "Marc a lancé la migration sans la tester.", [Blame.PERSON]),
    ("fr", "L'ingénieur d'astreinte a lancé la migration sans la tester.", [Blame.PERSON]),
    ("es", "Ana ha desplegado la migración sin pruebas.", [Blame.PERSON]),
    # A wrong said to be someone's, where "sa" and "su" may be a thing's too.
    ("fr", "C'est sa faute.", [Blame.PERSON]),
    ("fr", "Le script a renvoyé son erreur 502.", []),
    ("fr", "C'est notre faute à tous.", []),
    ("es", "Fue su error.", [Blame.PERSON]),
    ("es", "El servidor devolvió su error 502.", []),
    # One person held up as indispensable (not a thing we could not have done without).
    ("en", "I don't know what we'd have done without her.", [Blame.HEROICS]),
    ("en", "We couldn't have done it without Sam.", [Blame.HEROICS]),
    ("en", "We would have been lost without the backups.", []),
    ("en", "It would have taken longer without GitHub.", []),
    # Heroics as what the team means to leave behind are no praise of them.
    (
        "en",
        "The organization needs to move from heroic emergency efforts to structured operations.",
        [],
    ),
    ("en", "We want no more heroics: the runbook covers it now.", []),
    ("en", "Instead of relying on heroes, we automated the failover.", []),
    ("en", "Thanks to our heroes from the platform team.", [Blame.HEROICS]),
    ("en", "Kudos to the heroic effort from Sam to restore it.", [Blame.HEROICS]),
    # Hero wording said of a person; the same words giving a share of things are none.
    ("fr", "Marie a, à elle seule, rétabli le service pendant la nuit.", [Blame.HEROICS]),
    ("fr", "Les deux ingénieurs ont traité à eux seuls 300 dossiers.", [Blame.HEROICS]),
    (
        "fr",
        "Les cliniques de Villeurbanne, Bron et Vénissieux ont reçu à elles seules 140 de ces "
        "visites.",
        [],
    ),
    # The faulty thing, made by a role named after the passive's agent, in the team's language
    # (as English's "the faulty config was pushed by the junior engineer"); the fix made by
    # them, or the fault found by them, is no blame.
    ("fr", "La mauvaise configuration a été poussée par le stagiaire.", [Blame.PERSON]),
    ("de", "Die fehlerhafte Konfiguration wurde vom Praktikanten eingespielt.", [Blame.PERSON]),
    ("es", "La configuración defectuosa fue desplegada por el becario.", [Blame.PERSON]),
    ("it", "La configurazione errata è stata pubblicata dal tirocinante.", [Blame.PERSON]),
    ("pt", "A configuração defeituosa foi publicada pelo estagiário.", [Blame.PERSON]),
    ("nb", "Den feilaktige konfigurasjonen ble rullet ut av praktikanten.", [Blame.PERSON]),
    ("fr", "La correction a été déployée par le stagiaire.", []),
    ("fr", "La mauvaise configuration a été détectée par l'ingénieur d'astreinte.", []),
    ("de", "Die fehlerhafte Konfiguration wurde vom Bereitschaftsingenieur entdeckt.", []),
    ("es", "La configuración defectuosa fue detectada por Nagios.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), BLAMES)
def test_blame_in_one_sentence(language: str, text: str, expected: list[Blame]) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert [found.blame for found in blames(sentence, lexicon)] == expected
