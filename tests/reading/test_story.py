"""Who experienced what, how long or how many, and "nobody was affected", sentence by sentence."""

from __future__ import annotations

import pytest

from spec_gate.reading import load, sentences
from spec_gate.reading.quantities import extent
from spec_gate.reading.story import affected, complained, no_impact, spoken_of, story

LEXICON = load()


def read(text: str) -> list:  # type: ignore[type-arg]
    return sentences([(text, 1)], LEXICON)


# Someone, in the users' words, and what they went through: however the sentence is built.
STORIES = [
    # What a "that" after a verb of seeing or finding tells: its own subject's story.
    "We saw that users could not log in for an hour.",
    "We found that 300 customers were charged twice.",
    # "after the strike" says when they asked: the people who asked are the ones who saw.
    "For two days, 410 customers who had asked for a refund after the strike saw their request "
    "marked pending with no date.",
    # Something harmful that reached people by what they did, counted: whoever downloaded or
    # installed it met the harm.
    "The exploited versions of litellm were downloaded over 119k times.",
    "The malicious versions were installed 820 times before we removed them.",
    # Going without: what they were left without is what they met.
    "14 guests left without a room.",
    "Households had no water for six hours.",
    "Families went home without their medicine.",
    "Guests could not check in at the kiosk.",
    "On 3 May riders had delays of an hour.",  # the month, not "may have"
    "Hosts found their listings gone on Monday morning.",
    "Four users of the vault encountered a blank balance.",
    "Private providers were unable to submit claims.",
    "Riders were charged twice for the same trip.",
    "The API returned errors to a third of users.",
    "A shopper who had filled her cart pressed Pay and watched a spinner.",
    "Anyone trying to renew a permit got a blank page after paying.",
    "Drivers in the north could see jobs but not accept them.",
    "The payroll run paid 1,140 staff a day late.",
    "Teachers had to re-enter marks by hand.",
    "Callers heard an engaged tone instead of the queue message.",
    "Our customers in Spain were double-charged for subscriptions.",
    "Nobody could join a match.",
    # A complaint is trouble met, however it was sent: "complained", "lodged complaints".
    "57 clients lodged formal complaints, 9 of which were escalated to the ombudsman.",
    # What they were doing, said after them, is no noun their phrase ends in.
    "Guests checking in saw an error page.",
    "Passengers checking bags at the kiosk waited 40 minutes.",
    "No one was able to pay at the kiosks.",
    "From 8:00 to 11:00, no Veterans were able to check in using mobile check-in.",
    "Shoppers saw prices in dollars instead of pounds.",
    "It left 600 families without school meal vouchers.",
    "Learners lost their progress on the last lesson.",
    "Those who were mid-checkout were logged out.",
    "Users' kernels died while the workshop was running.",
    "Lots of users started to notice the sluggish timeline.",
    # A count for the people named before it, in the same sentence, after a "whether" clause.
    "Waiting at stops, wondering whether they'd been forgotten, were 1,100 pupils; 63 missed the bus.",
    # A relative clause between the people and what they went through, with asides in it.
    "Parents who had emailed, in some cases at length, about the traffic past the school found their requests missing.",
    "Members who booked through the app on their phones could not see the class list.",
    # "whose" stands for the people too, and a long parenthesis is read past.
    "Users whose builds pulled from a community mirror could not see any new version.",
    # What people do with the product, counted and failing: they went through it.
    "1,200 logins failed between 9:00 and 10:00.",
    "During the outage we were unable to capture 44.3% of the visits.",
    "Around 300 orders could not be placed.",
    # ...or failing for a time, named as what failed: whoever paid or logged in met it.
    "Logins failed for 20 minutes.",
    "Between 14:02 and 14:47 UTC card payments in the mobile app failed with an error.",
    "Sign-ups were repeatedly failing for an hour.",
    "Uploads could not complete for an hour.",
    # A plural no list knows, subject of what only someone does, is people in their words.
    "Projects that depend on it saw red builds all day.",
    "Where the loop sent email, contacts received repeated emails.",
    # ...or kept from doing something to something: the customers are businesses.
    "146 bakeries could not mark orders as ready on Counter for 40 minutes.",
    "Many pharmacies were unable to print prescriptions until noon.",
    "Shops could not take card payments for two hours.",
    # ...one of the verbs joined by "or" or "and" acting on something is enough.
    "For four hours, clinics could not log in or book appointments.",
    "Pharmacies could not sign in and send prescriptions until noon.",
    "For four hours on Tuesday afternoon, patrons could not log in.",  # a library's users
    # ...before a thing of theirs that a list knows: the people come first
    "Pilgrims using the app to book a bed could not reserve or cancel a bed.",
    # Not seeing what was theirs to get is trouble, not seeing nothing wrong
    "About 2,300 shoppers did not see their loyalty points credited for three days.",
    "Customers did not see their refunds arrive until Monday.",
    "From noon, users in the south (the default for everyone in Asia, South America and Africa, roughly 40% of all traffic) could not see any new version.",
    # After a comma, a phrase that opens with a preposition still leaves its people the subject.
    "On Friday, for two hours riders could not buy tickets.",
    "That morning, about 1,300 staff working from home couldn't connect to the VPN.",
    # A status page speaks to the people it happened to.
    "Since Tuesday you will have seen fewer mobile visitors in your dashboard.",
    "Many of you found your saved drafts empty after the update.",
    "Until the fix ships you will see fewer visits from mobile browsers.",
    # Told through the product as its users meet it: what it showed them, or that it could
    # not be reached.
    'From 10:00 to 11:30 the checkout page showed "Payment declined" for every card.',
    "For most of the morning the booking site could not be reached from mobile networks.",
    "The portal returned a blank page after sign-in.",
    # People after "to", qualified by names: not "to" and a verb.
    "All instances were unavailable to BSEE SaaS customers for an hour.",
    # Their word before their things, as the things' owner.
    "The platform and customer applications were unavailable.",
    # A site named by its address, which nobody could reach.
    "hex.pm and diff.hex.pm were running with expired certificates and couldn't be accessed.",
    # Something that broke for them, they named after it.
    "Builds on developer machines and in CI failed with checksum errors.",
    "Payments from customers in Ireland failed for two hours.",
    "The accounts of three users were deleted.",
    "Payments failed for 1,200 customers between 09:10 and 09:40.",
    "The nightly build broke for contributors on Windows for two days.",
    # The system doing the harm to them, or what they had, told plainly.
    "The server lost the riders' bookings.",
    "Customers had errors for two hours.",
    "Customers experience errors when they pay by card.",
    # Nobody, said by what they use or where they are; people as the label of their lot.
    "A bad deploy meant nobody using email and password could sign in.",
    "Nobody trying to pay by card was able to finish.",
    "Web users: could not sign in from 10:00 to 10:40 UTC.",
    "Riders — saw a blank page for ten minutes.",
    "Some users (mostly on Android) could not sign in.",
    # Every one of their acts failing: whoever made them went through it.
    'Clients could open their galleries but every "Download all" click failed for a day.',
    "Each checkout failed with a timeout until 14:10.",
    # A clause after "but" that opens with its verb says more of the same people.
    "Members could browse the catalogue but could not borrow or place holds.",
    "Shoppers browsed the sale but could not check out for an hour.",
    # People who open a clause of their own after "and".
    "After the deploy, failed jobs piled up and customers waited.",
    # A comma between the people and their verb, as it is often written.
    "A user who had not visited for months, reopened the website and noticed a blank screen.",
    # What people went through, again and again, told with "would".
    "Whenever the cache expired, shoppers would see a blank page.",
    # Nothing where something was needed is a blank, not "nothing went wrong".
    "Users saw no search results for an hour.",
    # A condition in the past names whom it happened to: an account, not advice.
    "If you tried to sign in between 10:00 and 11:00 UTC, you saw an error page.",
    "If a user had signed up before May, they could not log in.",
    # Something of theirs done to: they went through it.
    "Users who installed eslint-scope 3.7.2 had their npm token sent to the attacker.",
    "Claimants have had their payments paused since Monday.",
    "28 patients who pressed their call button had their call shown only at the desk.",
    # Their information exposed: a privacy incident's harm, told of what is theirs.
    "The names and email addresses of three users were visible to other account admins.",
    "Customer passwords were leaked in the breach.",
    "Riders' payment details were exposed for six hours.",
    # ...while trouble said of something is an account.
    "Users impacted: errors at checkout for 20 minutes.",
    "Customers experienced issues with the checkout for 40 minutes.",
    "Some users had problems uploading files.",
    "Customers saw checkout issues.",
    # Harm to something of theirs, named after the verb.
    "Two wallet bugs impacted Monero users' privacy.",
    "The attack compromised 300 customers' credentials.",
    "The outage affected our users' ability to log in for two hours.",
    "Care providers could not log visits for two hours.",
    "The outage caused login issues for users for about an hour.",
    "The outage caused problems for users signing in.",
    # A relative clause that says when ("since March") is still theirs, the clause going on.
    "The 41 members who joined since March couldn't get in.",
    # A failure that says what people met, said to have reached them ("errors for users").
    "Login failures affected 300 customers for two hours.",
    "Errors affected about 300 customers.",
    "A checkout outage affected 1,200 shoppers.",
    "We experienced a limited PII exposure affecting a small number of users.",
    "The bug exposed the addresses of three users.",
    "Users could not see whether their payment went through.",
    # Kept from what they wanted to do ("from seeing their balances") is harm.
    "The outage prevented customers from seeing their balances.",
    "The outage prevented passengers from catching their connections.",
    # Whom a verb of causing acts on does what its "to" says, after a thing named first.
    "Blocks did not make it into, or advance, the chain causing most farmers to be unable to "
    "create blocks.",
    "The release broke the login page causing many members to be unable to sign in.",
    # People after "and", with what they were doing between them and what they met: a
    # clause of their own.
    "Product images did not load on the storefront and shoppers browsing the catalogue saw "
    "empty grey boxes instead of photos.",
    "The queue filled up and customers trying to pay waited ten minutes at the till.",
    "Images did not load and shoppers who were browsing saw grey boxes.",
    "The scheduler changed its date format, and nurses opening the shift app before work found "
    "an empty week.",
    # Getting in touch with us, as with support.
    "640 customers called us, many of them short of money for rent that week.",
    "Dozens of users wrote to us about the missing invoices.",
]
# Not the users' story: the system's side, the responders', people only told or "affected".
NOT_STORIES = [
    # An act that failed for a time, but not as the subject: the job or the service failed.
    "The nightly reconciliation of payments failed for 20 minutes.",
    "From 18:05 to 20:40 the routing service stopped assigning new orders to stores.",
    "Logins failed.",  # uncounted, and for no time said
    # ...and the readers only noticed what we went through.
    "You may have noticed that we're currently experiencing a surge in spamming on the forum.",
    # A person's word that qualifies the thing it was done to.
    "One of the databases denied new client connections, resulting in timeouts.",
    # A thing that failed is told of the thing: no object, a machine's object, a time.
    "Crates started to fail to build a day earlier.",
    "Backups could not be written to the bucket.",
    "Exporters could not push metrics for an hour.",
    "The crons could not reach the database for two hours.",
    "38 kiosks could not reach the booking database.",
    "Uploads could not finish before midnight.",
    "Workspaces could not sync or load files.",
    "Unit-tests & non-regression tests cannot catch everything.",  # tests, of a kind
    # What follows "that" has a subject of its own: the services could not be resolved.
    "Alerts fired for the cluster and users reporting that services could not be resolved.",
    "Customers did not see their sessions interrupted.",  # harm that did not come
    "Users did not see any errors.",
    "On July 16th some more issues with the same tables were encountered.",  # trouble
    "Nodes could not start or join the cluster.",
    "Internal wiki · Incidents › 2024 › Q3 · owner: Messaging team",  # who answers for it
    "No malicious package was downloaded.",
    "We downloaded the malicious sample 3 times to test it.",
    "If the compromised version was installed 3 times, rotate your keys.",
    "The packages were downloaded 2,963 times in total.",  # no harm said
    "We had no alerts on this queue.",
    # A people word said to be down, capitalised as a name, is a product: "Community".
    "Community and the translation platform are down at the moment.",
    "The database failed over and the pods restarted.",
    # What may have happened to someone, as "might have", is not what did.
    "Some iOS users may have experienced delays in receiving notifications.",
    "Our engineers couldn't access the dashboard.",
    "The on-call engineer could not reach the database.",
    "Users were informed via the status page.",
    "The database failed over but could not catch up with the primary.",
    "Every nightly backup job ran as planned.",
    # A table named for its users, and a label over a measure of the system.
    "User sessions table: lock wait time peaked at 2.1 s.",
    "Users impacted: elevated error rates.",
    "Customer data was not exposed.",
    "The error messages were visible to the on-call engineer.",
    "The outage affected 1,200 riders.",
    "Users did not see any errors.",
    "If users had retried, they would have seen errors.",
    "Servers could not connect to the cache.",
    "Some idle users were unable to be deleted.",
    "A team member received a warning from the certificate authority.",
    "Engineers found the cause in the load balancer logs.",
    # Things with a person's ending or a person's word: variants, federation members.
    "Timelords will not see the other variants, because they are never propagated.",
    "The bug kept traffic from being sent to other federation members.",
    # "their" with nobody spoken of before: whose, the sentence does not say.
    "It is never propagated to their part of the network.",
    # "they" are whoever the sentence named last, our own team included.
    "The security team called the police; they needed to report their findings.",
    "The culler bug resulted in a failure to delete users.",
    "An employee met with our consultant to set up the connector.",
    # Who it came from or went through is not who it hurt.
    "The release showed a warning banner across a multitude of clients' dashboards.",
    "The block was accepted by other miners, despite being rejected by some other clients.",
    # Told through the system's parts, or a state of the product that names no one's view.
    "Dependent services showed elevated upstream timeouts.",
    "New pods were not able to pull their Docker images.",
    "The SSO service experienced some degradation between 9:30 and 11:45.",
    "The site showed the new prices from Monday.",
    "The website was down for two hours.",
    # Our own notice: what the status page showed is what we told people.
    'For two hours the status page showed "Degraded performance".',
    # A promise of what people will see, with nothing gone wrong in it.
    "Users will see improvements over the next two weeks.",
    "You will notice the dashboards load faster once the migration finishes.",
    # "You" in advice or in a general explanation: what the reader can or should do.
    "Note that you can't combine the domain option with the renew command.",
    "After the fix you should see normal response times again.",
    "If you see a certificate warning, clear the cache.",
    "Checkout was delayed due to a malformed block from a third-party validator.",
    "No user funds lost.",
    "Attach the logs policy you edited to the logs index template.",
    "It was discarded after the discovery nobody awake could do it.",
    "At 13:15 an employee saw the email from the bank.",
    # "Human" qualifies the errors: a kind of cause, not people who experienced them.
    "The problem was caused by a mix of technical and human errors which led to a lockout.",
    # The product's word naming its parts ("the app cluster") is the system's side; staff
    # who saw the problem itself are how we learnt of it.
    "The flag service was unreachable from the app cluster for 18 minutes.",
    "We noticed it when a colleague from marketing saw it.",
    # A file is not a site anyone visits.
    "The README.md couldn't be accessed.",
    # A parenthesis says something of the words before it: they are the subject.
    "k8s02 (the only remaining raft member) could not achieve quorum.",
    # Counted acts that did not fail, or the machinery's own.
    "We processed 12,000 orders without a problem.",
    "3 deploy attempts failed before the rollback.",
    # ...but not a singular, nor what anything can do ("could not complete"): builds are no
    # act of the users' (their uploads, failing for an hour, are).
    "Checkout saw errors for an hour.",
    "Builds could not complete for an hour.",
    "The app (used by 3,000 riders) could not load its config.",
    # A thing's own table of people, not the people's thing.
    "The new cluster is not live yet and its tenant table is empty.",
    # No one as the subject: nobody went through it (but "nobody could" is everyone's story).
    "No customer reported any issue.",
    "No rider was charged twice.",
    "None of the shoppers saw an error.",
    # Where it ran, or a count of people with a verb of their own, is not whose it was.
    "Builds on fungible agents such as ACI are failing when this error happens.",
    "The large number of users meant the updated Hub took a long time to deploy.",
    "Jobs of our engineers failed overnight.",
    # The team that serves them is our side, not theirs.
    "The customer support queue was slow for an hour.",
    # Logging someone in is no harm done to them.
    "The user logged in to his Okta account.",
    # "Experience" as a noun after what qualifies it; "affected by" a word for the problem;
    # a part of the system losing its own parts: none says what anyone went through.
    "During the window the end-user experience of search was negatively impacted.",
    "Customers were affected by the search problem for two hours.",
    "The search cluster lost a node and latency went up for everyone.",
    # "Nobody" with what they know, not what they use; a label that is no one.
    "Nobody knowing the root password could be reached.",
    "Note: could not reproduce the bug.",
    # What did not happen to them.
    "The migration was completed without any downtime for users.",
    # How it works after the change; what the logs show.
    "An unauthenticated user visiting the site would now be blocked from the assets.",
    "The access logs show only the researcher's own test requests.",
    # Nothing wrong perceived: a claim that nobody was hurt, not a story.
    "Customers saw no errors during the failover.",
    "Members experienced no disruption.",
    "Riders encountered no problems.",
    "Shoppers lost no money.",
    # Something that broke, and the people were the ones who did it, or no one.
    "A user who had not opened it for a year reopened the website.",
    "Payments did not fail for any customer.",
    "Requests to the API failed for the on-call engineers.",
    # "Experience" as the noun the sentence is about: no one said to experience anything.
    "The customer experience was impacted for two hours.",
    # A condition still to be met: advice, or what would happen.
    "If you try to sign in, you will see an error page.",
    "If you see an error page, please sign in again.",
    # ...but not put right, nor still to come, nor done to us.
    "Users had their access restored within the hour.",
    "Customers will have their data migrated next week.",
    "We had our credentials rotated.",
    # Only a word for trouble: nothing said of what they went through.
    "Users experienced intermittent issues.",
    "Some customers had problems for about an hour.",
    "Users experienced disruption.",
    # Affected, without what; what might happen; a noun's owner; the team's own.
    "The bug impacted 300 users.",
    "The migration could impact customers' dashboards.",
    "We investigated a potential compromise of an employee's account.",
    "The outage affected the team's ability to deploy.",
    # A supplier is not whom the outage reached, whatever it went through.
    "The hosting provider experienced a power failure for three hours.",
    # Trouble caused for someone, and nothing said of what it was.
    "The outage caused issues for some users for about an hour.",
    "This resulted in problems for customers between 10:00 and 11:00.",
    # The incident itself reaching people says nothing of what they met; nor what did not
    # reach them, might have, or reached their things.
    "An outage affected 300 customers for two hours.",
    "Intermittent issues affected some users.",
    "Errors that did not affect customers were logged.",
    "Timeouts could affect users.",
    "Errors that affected the servers of users were logged.",
    "Login failures impacted our engineers.",
    "The bad config led the replicas to be unable to sync.",
    "No server could reach the database.",  # a thing by its vocabulary, whatever its ending
    # What someone might do, and a harm something keeps from happening, did not happen.
    "It is easy for users to miss the banner.",
    "It was noticed as something easy for project maintainers to miss.",
    "This protects against an external dependency compromise affecting your own project.",
    # "Took" is something of theirs breaking only when it took long.
    "Customers have taken the survey.",
    # A harm kept from someone did not happen to them.
    "Our circuit breaker prevented users from seeing errors.",
    "The fix prevented customers from being charged twice.",
    "Publish what actions you have taken or what you have learned.",
    "No order could be placed.",
    # A fault brought to light harms no one; looking to see whether is a check.
    "The testnet ran into issues which exposed several bugs across a multitude of clients.",
    "Before Geth executes a block, it looks up its parent to see if they need to sync.",
    # A harm word's "-s" form is a plural or a present, not the harm: "locked out" is.
    "Locks continue to work with keypads when the cloud is down, and most customers use the app "
    "rarely.",
    "We called us.",
    "Nobody called us.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story(text: str) -> None:
    [sentence] = read(text)
    assert story(sentence, LEXICON) is not None


@pytest.mark.parametrize("text", NOT_STORIES)
def test_not_a_story(text: str) -> None:
    [sentence] = read(text)
    assert story(sentence, LEXICON) is None


EXTENTS = [
    ("for thirty seconds", "thirty seconds"),
    # "each of them", "all of us": whoever they are, no one counted
    ("Support answered each of them by email.", None),
    ("All of us saw an error.", None),
    ("All of our customers were affected.", "All of our customers"),
    # How often is no extent: "every day" says a habit, "all day" how long
    ("for the app every day", None),
    ("all day", "all day"),
    ("every day for a week", "a week"),
    # A few is how long in time, and no count of anyone
    ("within a few hours", "a few hours"),
    ("A few people could not pay.", None),
    ("Hundreds of riders could not pay.", "Hundreds of riders"),
    ("between 09:00 and 11:30", "between 09:00 and 11:30"),
    ("from March 15 to the 17th", "from March 15 to the 17th"),
    (
        "starting on March 15th and going through to March 17th",
        "starting on March 15th and going through to March 17th",
    ),
    ("about 1,200 shoppers", "1,200 shoppers"),
    ("one in three people", "one in"),
    ("a third of users", "a third of"),
    ("4,100 people", "4,100 people"),
    ("all European users", "all European users"),
    ("over the weekend", None),
    ("as did the Windows users", "Windows users"),
    ("as did users from Argentina", "users from Argentina"),
    ("as did some users", None),
    # A quantifier opening a sentence after a label is capitalised, and still no name.
    ("What members saw: Some members could not pay", None),
    ("Impact: Many users saw errors", None),
    ("as did everyone visiting the site", "everyone"),
    ("on Wednesday 31st March", None),
    ("with HTTP 502 errors", None),
    # A status used as a noun counts nothing; a number before the people it counts does.
    ("the service returns a generic 403 for every compliance failure", None),
    ("the API returned 404 to every request", None),
    ("the 403 drivers", "403 drivers"),
    ("cited in Q3", None),
    ("released in 2024", None),
    # A year or a decade of history is when, not how long: "80's" is no 80 seconds.
    ("since the 80’s, like light switches", None),
    ("since the 1980's", None),
    ("as switches did since 1884, by hand", None),
    ("for 80s", "80 s"),
    # A number closing a quoted name is part of the name: the "Flex 8" plan
    ('on the new "Flex 8" plan', None),
    ('on 8 "premium" seats', '8 "'),
    ("in 1800 requests", "1800 requests"),
    ("in version 1.2.3", None),
    ("to apply kernel 5.4.0-231-generic", None),
    # The system's parts counted, or how fast it ran: its side, not the people's.
    ("all three cluster nodes were rebooted", None),
    ("46 pods remained Pending", None),
    ("with 0.2 ms ping times, and 2 to 5 ms at peaks", None),
    # ...and seconds are a request's time, not an outage's: a timeout, a wait.
    ("pricing requests that waited more than 3 s timed out", None),
    ("the booking API timed out after 30 seconds", None),
    ("for 40 minutes the booking API timed out after 30 seconds", "40 minutes"),
    ("3 support cases were raised", "3 support"),
    ("in incident 42", None),
    # A clock's time is when, not how long (a span is read from its opener).
    ("around 9 p.m. on Saturday the keys stopped working", None),
    ("she rang people until nearly eleven at night", None),
    ("between 9 p.m. and 1:40 a.m. guests could not get in", "between 9 p.m. and 1:40"),
    # A place named by its number is where, not how many.
    ("riders waited at gate 12 and on platform 3", None),
    # How full or busy a part of the system was is its side, not a share of anyone.
    ("while CPU on the data nodes was pinned at 100%", None),
    ("as the JVM heap filled to 98%", None),
    ("while about 30% of riders could not pay", "30% of"),
    # A whole stretch without a number is how long: "all of Sunday", "most of the day"...
    ("for all of Sunday", "all of Sunday"),
    ("most on Sunday day in Europe", "most on Sunday"),
    ("for most of the day", "most of the"),
    ("throughout the afternoon", "throughout the afternoon"),
    ("the entire weekend", "the entire weekend"),
    # ...not a moment ("over the weekend" above)
    ("on Sunday", None),
]


@pytest.mark.parametrize(("text", "expected"), EXTENTS)
def test_how_long_or_how_many(text: str, expected: str | None) -> None:
    [sentence] = read(f"Users waited {text}.")
    assert extent(sentence.tokens, LEXICON) == expected


NO_IMPACT = [
    ("No user impact: the failing job only builds the nightly report.", True),
    ("Customers were not affected because the job only runs on staging.", True),
    ("It was not exploited, funds are safe, and no action is required by users.", True),
    ("No packages were compromised.", True),
    ("We found no evidence that any crate was downloaded by a real user.", True),
    ("Impact on users was negligible.", True),
    # Kept from a harm is spared; kept from what they wanted to do is not.
    ("Our circuit breaker prevented customers from seeing errors.", True),
    ("The retry queue prevented users from losing data.", True),
    ("The outage prevented customers from paying.", False),
    ("We were not affected, as we had not updated.", False),
    ("Users could not log in.", False),
    # Some were affected, others were not: not "nobody".
    (
        "1,370 integrators on v2 SDKs were affected; integrators on v3 SDKs were not affected.",
        False,
    ),
    # Advice and plans say what is to come, not what happened.
    ("By setting this to 3 days, you can make sure you won't be hit by these packages.", False),
    ("After the fix, users will not be affected by a rotation.", False),
    # Denied only in a manner: someone may still have been hit.
    ("Three accounts were affected; the data was not publicly exposed.", False),
    ("No alert was configured, so nobody noticed the problem.", False),
    ("Nobody noticed: the job only feeds the nightly report.", True),
    # Nobody of ours: what we could not see, not what the users met.
    ("Nobody on our side had a way to see that renewals had stopped.", False),
    ("Nobody in the ops team noticed the queue growing.", False),
    # Spared one thing is not spared everyone: "no impact on" things says nothing of people.
    ("Search was down for 2 hours, with no impact on stored orders.", False),
    ("There was no effect on the archive or its backups.", False),
    ("There was no impact on customers: the job only runs on staging.", True),
    ("The change had no impact on our users, who never call that endpoint.", True),
    # A part of the system spared, or how we found out: nothing about the people.
    (
        "It seems no inter-node traffic was affected, as the tunnel between the nodes was not.",
        False,
    ),
    ("Log the error on the bot (we had no indication of this inside the chat).", False),
    ("We found no indication of any unauthorised access to user accounts.", True),
    # Said of how the work was done; a part spared is not everyone.
    ("The issue was addressed without disruption.", True),
    ("The disk space was reclaimed without incurring an outage.", True),
    ("The cut-over happened with zero downtime.", True),
    ("The failover completed without downtime for the database.", False),
    # People who perceived nothing wrong, lost nothing: nobody hurt, said of them.
    ("Customers saw no errors during the failover.", True),
    ("Users noticed nothing while the replica caught up.", True),
    ("Riders did not see any errors during the switch.", True),
    ("Members experienced no disruption.", True),
    # "never" is no thing named after the people.
    ("Users never experienced an outage.", True),
    ("Customers never saw an error page.", True),
    ("Shoppers lost no money.", True),
    # Not seeing what they needed is the harm itself.
    ("For new builds users did not see the build logs.", False),
    ("Users could not find the pay button.", False),
    ("Users saw no search results for an hour.", False),
    ("Our engineers saw no errors in the logs.", False),
    # "Zero" and "0" deny as "no" does; a bare "None." under its heading is the whole answer.
    ("Zero customers affected.", True),
    ("0 users were affected.", True),
    ("None.", True),
    ("None of the riders.", False),
    ("None for customers.", True),
    ("None for the database.", False),
    ("None for us.", False),
    # Where the users are, spared; not a rule for later, a delay or a contrast.
    ("This happened in staging, not production.", True),
    ("The bad build never reached production.", True),
    ("It only affected our staging environment.", True),
    ("The fix was not deployed to production until Monday.", False),
    ("We will not deploy to production on Fridays.", False),
    ("It was not only staging but production too.", False),
    # No failure that reached people, said of the failure.
    ("There was no customer-facing downtime.", True),
    ("No user-visible errors were returned.", True),
    ("There were no errors for customers.", True),
    ("There were no errors in the logs.", False),
    ("There were no errors for our engineers.", False),
    # "Hit" in the passive is affected; in the active, what they met.
    ("Real users weren't hit.", True),
    ("We were not hit.", False),
    ("Users who hit the bug were not able to pay.", False),
    # People spared in one word; nothing at all affected (not "nothing else").
    ("Customers were unaffected.", True),
    ("Contributors with in-progress CCS proposals will remain unaffected.", True),
    ("Other tenants were untouched by the failover.", True),
    ("The EU region was unaffected.", False),
    ("We believe nothing was affected.", True),
    ("Otherwise, we believe nothing was affected.", False),
    ("Nothing else was affected.", False),
    # What people hold, kept: safe, intact, never at risk (not a promise, not "not safe", not
    # the system's own data).
    ("The vulnerability was exploited by the team, all funds are rescued.", True),
    ("All user balances are intact.", True),
    ("User funds were never at risk.", True),
    ("Customer data was not at risk at any point.", True),
    ("Funds are not safe until the upgrade.", False),
    ("Funds will be secure after the upgrade.", False),
    ("All PVC data intact after the restore.", False),
    # "No other" says one was.
    ("No other customers were affected.", False),
    ("It was at the end of the flow, so no other operations were affected.", False),
    # The service never down for its users, in other words than "no outage" (not a part of
    # the system, not a promise, not when the outage was declared or how it compares).
    (
        "The alarms alerted us before it took the API down, so we never encountered an actual outage.",
        True,
    ),
    ("This did not cause an outage.", True),
    ("The alarm fired before the disk would have filled, so we never had an outage.", True),
    ("It would not have caused an outage.", False),
    ("The site never went down.", True),
    ("There was never an outage for customers.", True),
    ("The database never went down.", False),
    ("The site will not go down.", False),
    ("We did not declare an outage until 10:40.", False),
    ("The outage did not end until 10:40.", False),
    ("We had not seen an outage like this before.", False),
    ("There was no outage on the database.", False),
    ("The on-call engineer pushed the migration without review to production.", False),
    ("It never reached production.", True),
    # "any" under a negation is nobody, said as a belief; not a question left open.
    ("We don't believe any customers were meaningfully affected.", True),
    ("We are not aware of any users being impacted.", True),
    ("We do not yet know if any customers were affected.", False),
    ("It is not clear whether any users were affected.", False),
    ("Any customers who were affected will be refunded.", False),
    # Nobody counted as zero; a harm denied of the thing it would have come in.
    ("Zero customers were charged twice.", True),
    ("0 riders were charged twice.", True),
    ("No duplicate emails went out.", True),
    ("No wrong bills were sent.", True),
    ("No duplicate pods were started.", False),
    ("No duplicate emails will go out after this fix.", False),
    # A count of what people met, given as none (a table's row, read with its titles).
    ("Customer-visible errors: 0; Max freshness lag: 4m 10s; Freshness SLO: 15m.", True),
    ("User-facing errors: none.", True),
    ("Server errors: 0.", False),
    ("Customer-visible errors: 12; Max lag: 0.", False),
    # Nobody at the opening of the main clause, after an aside.
    ("As far as we can tell, nobody's information was seen by anyone outside the library.", True),
    (
        "There will surely be some small issues (with any luck, no big ones) that crop up, "
        "mainly missing images.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_IMPACT)
def test_nobody_was_affected(text: str, expected: bool) -> None:
    [sentence] = read(text)
    assert no_impact(sentence, LEXICON) is expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Es betraf nur die Testumgebung, nicht die Produktion."),
        ("fr", "Cela n'a touché que la préproduction, jamais la production."),
        ("es", "El fallo nunca llegó a producción."),
        ("de", "Die Guthaben der Kunden sind sicher."),
        ("fr", "Les fonds des utilisateurs sont en sécurité."),
        ("es", "Los fondos de los usuarios están a salvo."),
        ("pt", "Os fundos dos usuários estão seguros."),
        ("it", "I fondi degli utenti sono al sicuro."),
        ("nl", "Het tegoed van klanten is veilig."),
        ("nb", "Kundenes midler er trygge."),
        ("de", "Die Kundinnen und Kunden blieben unberührt."),
        ("it", "Gli utenti sono rimasti illesi."),
    ],
)
def test_production_spared_in_the_teams_language(language: str, text: str) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert no_impact(sentence, lexicon)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Op 30 oktober heeft de ontwikkelaar de migratie zonder review in productie uitgerold.",
        ),
        ("nl", "De wijziging ging zonder review naar productie."),
        ("de", "Am Montag hat der Entwickler die Migration ohne Review in Produktion ausgerollt."),
        ("es", "El cambio llegó sin revisión a producción."),
    ],
)
def test_a_without_before_a_preposition_spares_nothing(language: str, text: str) -> None:
    """ "Pushed without review to production": the review is what "without" denies."""
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert not no_impact(sentence, lexicon)


UNSPACED_STORIES = [
    ("ja", "お客様はログインできませんでした。", "お客様"),
    ("ja", "顧客が購入できなかった。", "顧客"),
    ("ja", "ユーザーがログインできませんでした。", "ユーザー"),
    ("ja", "エンジニアがログを確認できませんでした。", None),  # the responders
    # "客" ends words for people as "者" and "員" do: guests, spectators, passengers.
    ("ja", "宿泊客はログインできませんでした。", "客"),
    ("ja", "客観的に見て、サーバーは応答できませんでした。", None),  # "objectively": no one
    ("zh", "车主无法缴费离场。", "车主"),  # car owners: people a parking app serves
    ("zh", "考生无法登录报名系统。", "考生"),
]


@pytest.mark.parametrize(("language", "text", "who"), UNSPACED_STORIES)
def test_people_in_a_script_without_spaces(language: str, text: str, who: str | None) -> None:
    """A people word of several characters, read a character at a time, is one person's word."""
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    told = story(sentence, lexicon)
    assert (told.who if told else None) == who


NOBODY_COULD = [
    ("en", "None of the riders could board the first train."),
    # A person's word no vocabulary lists, by its ending, and the others listed with it.
    (
        "en",
        "For 2 h 45 m no solicitor, barrister or litigant in person could file documents.",
    ),
    ("en", "No barrister could file documents."),
    ("es", "Durante cinco horas ningún vecino pudo pedir cita por la web."),
    ("es", "Nadie pudo pagar con tarjeta."),
    ("de", "Kein Kunde konnte am Vormittag bezahlen."),
    ("fr", "Aucun client ne pouvait payer sa commande."),
    ("it", "Nessuno è riuscito ad accedere al portale."),
    ("pt", "Nenhum cliente conseguiu pagar."),
    ("nl", "Niemand kon inloggen op het portaal."),
    ("nb", "Ingen kunder kunne betale i kassen."),
]


# People counted who complained, in the noun of their language: trouble they met.
COMPLAINED = [
    ("en", "57 clients lodged formal complaints."),
    ("de", "57 Kunden reichten eine formelle Beschwerde ein."),
    ("nl", "57 klanten dienden een formele klacht in."),
    ("es", "57 clientes presentaron una reclamación formal."),
    ("pt", "57 clientes apresentaram uma reclamação formal."),
    ("it", "57 clienti hanno presentato un reclamo formale."),
]


@pytest.mark.parametrize(("language", "text"), COMPLAINED)
def test_a_complaint_counted_in_the_teams_language(language: str, text: str) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert story(sentence, lexicon) is not None


# The product, as its users meet it, out of reach for a time: the team's own "our" before it
# is whose product it is, not someone else looking at it; a span of hours ("von 10 bis 14
# Uhr") opens no clause of its own.
THROUGH_THE_PRODUCT = [
    ("en", "Our application was unreachable from 23:45 until 08:00.", "application"),
    ("en", "Our engineers' dashboard showed a blank page.", None),
    ("de", "Die Webseite war von 10 bis 14 Uhr nicht erreichbar.", "Webseite"),
    ("de", "Unsere Webseite war zwischen 10 und 14 Uhr nicht erreichbar.", "Webseite"),
    ("fr", "Notre site était inaccessible de 10 h à 14 h.", "site"),
    ("nl", "Onze website was van 10 tot 14 uur onbereikbaar.", "website"),
]


# People counted, and what went wrong for them in the rest of their clause, in any verb: a
# reader takes the count as who and the denial or harm as what (not a count of people who
# saw nothing, were only online, or will see something; not processes counted as "workers").
COUNTED = [
    (
        "de",
        "Zwischen 08:30 und 10:05 kamen rund 1.900 Gäste mit Online-Ticket nicht durch die "
        "Drehkreuze und wurden an die Kasse geschickt.",
        "Gäste",
    ),
    (
        "it",
        "Circa 120 persone non hanno letto l'email e si sono presentate domenica con una "
        "prenotazione non più valida.",
        "persone",
    ),
    ("en", "About 300 riders never got their refund.", "riders"),
    ("en", "Some 40 tenants were without heating for two days.", "tenants"),
    (
        "en",
        "In total 1,370 integrators on v2 SDKs were affected and 2.6 million events failed "
        "verification.",
        "integrators",
    ),
    ("en", "About 300 users were not affected by the outage.", None),
    ("en", "About 1,200 riders were affected by the outage for two hours.", None),
    ("en", "200 users saw no errors.", None),
    ("en", "About 300 users were online and did not notice.", None),
    ("en", "0 users were affected.", None),
    ("en", "About 500 users will see a banner.", None),
    ("en", "Around 2,000 users were logged in when the database failed.", None),
    ("en", "We switched 4 single-threaded workers to 1 (the error budget dropped).", None),
    ("en", "Our 3 on-call engineers could not sleep.", None),
]


# Whoever did something, named by what they did (a free relative): the people of the story.
FREE_RELATIVES = [
    ("en", "Whoever tried to pay got an error message.", "Whoever"),
    ("de", "Wer bezahlen wollte, bekam eine Fehlermeldung.", "Wer"),
    ("nl", 'Wie een boek wilde lezen, kreeg de melding "Deze titel is niet meer geleend".', "Wie"),
    ("fr", "Ceux qui voulaient payer recevaient une erreur.", "Ceux"),
    ("nb", "Den som prøvde å betale, fikk en feilmelding.", "Den"),
    ("de", "Wer war betroffen?", None),
    # ...not whoever was on our side
    ("en", "Whoever was on call got 46 alerts in an hour.", None),
    ("es", "Quienes estaban de guardia recibieron 46 alertas.", None),
    ("de", "Wer Rufbereitschaft hatte, bekam 46 Alarme.", None),
    ("fr", "Ceux qui étaient d'astreinte ont reçu 46 alertes.", None),
    ("nl", "Wie kreeg een foutmelding?", None),
]


# Something of theirs that stopped working: "their" is the people named before it in the
# sentence; "no longer" and "never" say "not" ("no longer appeared" as "did not appear").
THEIRS_BROKE = [
    ("en", "Customers reported that their events no longer appeared.", "Customers"),
    (
        "en",
        "Following a routine maintenance task some customers are reporting that their "
        "events no longer appear under their accounts.",
        "customers",
    ),
    ("en", "Users said their emails never arrived.", "Users"),
    ("en", "Their events no longer appear.", None),  # whose, the sentence does not say
    ("en", "We said that our dashboards no longer load.", None),  # ours
    # "whose": the people named last before it (things whose parts broke are no one).
    (
        "en",
        "We let buyers who had bought the phone but whose transactions were aborted as the "
        "site went down finish them afterwards.",
        "buyers",
    ),
    ("en", "Servers whose disks failed were replaced.", None),
    ("fr", "Les paiements de nombreux clients ont été interrompus.", "clients"),
]
# What people will see, in a future of the verb's own form or with its auxiliary far before
# it, is a plan, not what they went through (as "customers will see a banner" is); what they
# saw is.
WILL_SEE = [
    ("fr", "Les clients verront une bannière pendant la maintenance.", None),
    ("es", "Los clientes verán un nuevo diseño durante la migración.", None),
    ("it", "I clienti vedranno un nuovo design dopo la migrazione.", None),
    ("pt", "Os clientes verão um novo design depois da migração.", None),
    ("nl", "Klanten zullen na de migratie een nieuw ontwerp zien.", None),
    ("fr", "Les clients verront une erreur 503 pendant deux heures.", "clients"),  # harm
    ("es", "Los clientes verán un error 503 al pagar.", "clientes"),
    ("fr", "Les clients ont vu une bannière pendant deux heures.", "clients"),
    ("es", "Los clientes vieron un aviso durante dos horas.", "clientes"),
    ("nl", "Klanten zagen twee uur lang een foutmelding.", "Klanten"),
]


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [*THROUGH_THE_PRODUCT, *COUNTED, *FREE_RELATIVES, *THEIRS_BROKE, *WILL_SEE],
)
def test_whom_a_sentence_tells_of(language: str, text: str, who: str | None) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    told = story(sentence, lexicon)
    assert (told.who if told else None) == who


@pytest.mark.parametrize(("language", "text"), NOBODY_COULD)
def test_nobody_could_in_the_teams_language(language: str, text: str) -> None:
    """Inability said of everyone is a story, in each language, not "nobody was affected"."""
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    told = story(sentence, lexicon)
    assert told is not None
    assert told.what == "could not"


# Someone outside the team who wrote in: what a "nobody was affected" claim must not deny.
COMPLAINTS = [
    ("14:10 first customer tickets arrive about failed payments.", "customer tickets"),
    ("Support saw a surge of tickets from customers.", "tickets from customers"),
    ("`ErrImagePull` error reported by one user in the channel.", "reported by one user"),
    ("They reported this to the platform team via Slack.", ""),
    ("The attacker masqueraded as the report's author.", ""),
    ("Our engineers filed tickets for each action.", ""),
    ("The change moved the alias to our email service provider.", ""),
    ("08:20 Community forum thread: all my builds fail.", "Community forum thread"),
    # A finding disclosed to a security contact is no complaint of harm met.
    ("15:47 A community member reports it via security@ (thank you!).", ""),
    ("15:47 A community member reports failed installs in the forum.", "community member reports"),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_someone_wrote_in(text: str, expected: str) -> None:
    [sentence] = read(text)
    assert complained(sentence, LEXICON) == expected


# Whom a following "they" stands for: the last people named, but not the words of a
# parenthesis saying what the thing before it is.
SPOKEN_OF = [
    ("k8s02 (the only remaining raft member) could not achieve quorum.", None),
    ("The queue (for our customers) stalled.", "customers"),
    ("Riders (the ones on the late train) waited at the gate.", "ones"),
    ("The app, used by 3,000 riders, could not load its config.", "riders"),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_OF)
def test_whom_they_stand_for(text: str, expected: str | None) -> None:
    [sentence] = read(text)
    mention = spoken_of(sentence, LEXICON, None)
    assert (mention.text if mention else None) == expected


# Said to have been affected, as what happened: not what might have been, or on a condition.
AFFECTED_AS_TOLD = [
    ("This interruption affected hundreds of thousands of users.", "users"),
    ("~27k people affected.", "people"),
    ("Affected all mobile users accessing the locator since 09/11/20.", "users"),
    ("The release would have affected all new SDK users.", None),
    ("You are affected if all of these are true.", None),
    ("Some customers may have been affected.", None),
    ("Customers will be affected during the window.", None),
    ("No customers were affected.", None),
    ("The outage affected 0 users over the two hours it lasted.", None),
    (
        "About 1,200 customers were affected; if you were one of them, we will refund you.",
        "customers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFFECTED_AS_TOLD)
def test_affected_as_told(text: str, expected: str | None) -> None:
    [sentence] = read(text)
    mention = affected(sentence, LEXICON, as_told=True)
    assert (mention.text if mention else None) == expected


# The readers as the subject, said by the verb alone where the pronoun is dropped.
ADDRESSED_BY_THE_VERB = [
    ("it", "Avete ricevuto un file troncato tra venerdì e martedì.", True),
    ("it", "Cosa avete visto, in pratica: la chiavetta non si avviava.", True),
    ("es", "Habéis recibido un cargo doble entre el lunes y el martes.", True),
    ("it", "Se avete scaricato in quel periodo, verificate il file.", False),  # a condition
]


@pytest.mark.parametrize(("language", "text", "told"), ADDRESSED_BY_THE_VERB)
def test_the_readers_said_by_the_verb(language: str, text: str, told: bool) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    found = story(sentence, lexicon)
    assert (found is not None and found.addressed) is told


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Kunden warteten den ganzen Sonntag.", "ganzen Sonntag"),
        ("fr", "Les clients ont attendu tout le dimanche.", "tout le dimanche"),
        ("es", "Los clientes esperaron todo el domingo.", "todo el domingo"),
        ("nl", "Klanten wachtten de hele zondag.", "hele zondag"),
        ("nb", "Kundene ventet hele søndagen.", "hele søndagen"),
        ("fr", "Les clients ont attendu dimanche.", None),
    ],
)
def test_a_whole_stretch_in_the_teams_language(
    language: str, text: str, expected: str | None
) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert extent(sentence.tokens, lexicon) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A day of the month with "de" before it is when, not how many.
        ("es", "Redactado por el equipo técnico, 28 de febrero.", None),
        (
            "es",
            "Unos 1.200 corredores vieron tiempos erróneos el 28 de febrero.",
            "1.200 corredores",
        ),
        ("pt", "Publicado em 3 de março.", None),
        # A kilometre marker is where, not how many.
        ("es", "Algunos corredores vieron tiempos en el km 30 que no cuadraban.", None),
        ("de", "Die Zeitmessung am Kilometer 30 fiel aus.", None),
    ],
)
def test_a_date_in_the_teams_language_is_no_extent(
    language: str, text: str, expected: str | None
) -> None:
    lexicon = load(language)
    [sentence] = sentences([(text, 1)], lexicon)
    assert extent(sentence.tokens, lexicon) == expected
