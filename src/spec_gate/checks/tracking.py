"""Where an action item is tracked: ``#123``, ``owner/repo#123``, a ticket key or URL, or
another tracker's reference (``group/project!88``, ``bug 1834567``, ``AB#1234``).

A follow-up written only in the postmortem is easy to agree to and easy to forget; one that
points at an issue can be seen to close. ``links_in`` finds the references in an item's text;
the report follows those on GitHub to see whether they closed.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from spec_gate import patterns

# An issue or pull request URL on GitHub (or GitHub Enterprise: any host with the same shape);
# the numbers are kept so the report can follow them.
_GITHUB_URL = patterns.Later(
    r"(?:https?://[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})"
    r"/([\w.-]+)/([\w.-]+)/(?:issues|pull|pulls)/0*([1-9]\d*)\b"
)
# Other trackers: GitLab issues, work items, epics and merge requests, Jira, Linear, YouTrack,
# Azure Boards and Repos, Bitbucket, Bugzilla, Launchpad's bugs, Gerrit's changes ("/+/123"),
# the /tickets/ or /issue/ paths of most others, a path ending in a ticket's key
# (".../OPS-311", Jira's board with "?selectedIssue=OPS-12"), Phabricator's tasks and
# revisions (a host's "/T1234", "/D567"), and a search of issues (a label that gathers the
# follow-ups of one incident). Written with or without "https://", as plain-text reports
# often are.
_TICKET_URL = patterns.Later(
    r"(?:https?://\S+?/|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/(?:\S+?/)?)"
    r"(?:(?:-/issues|-/merge_requests|-/work_items|-/epics|browse|issue|issues|tickets?"
    r"|workitems/edit|_workitems/edit|pullrequest|pull-requests|\+bug|\+|show_bug\.cgi\?id=)"
    r"/?[\w-]*\d|issues\?q=\S*\w"
    r"|(?:\S*?[?&]selectedIssue=)?(?-i:[A-Z][A-Z0-9]{1,9}-0*[1-9]\d{0,6})(?:$|[\s/?#&),\]>]))"
    r"|(?:https?://|\b)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/(?-i:[TD])[1-9]\d+(?:$|[\s?#),\]>])"
    # boards' cards and tasks: Trello, Asana, ClickUp, Shortcut, Pivotal Tracker, monday.com,
    # sourcehut's todo lists, a ServiceNow record, an item of a GitHub project
    r"|(?:https?://|\b)(?:trello\.com/c/\w{6,}|app\.asana\.com/(?:0/\d+/\d+|1/\d+/\S*?task/\d+)"
    r"|app\.clickup\.com/t/\w{5,}|app\.shortcut\.com/\S+?/story/\d+"
    r"|www\.pivotaltracker\.com/(?:story/show/\d+|n/projects/\d+/stories/\d+)"
    r"|[\w-]+\.monday\.com/boards/\d+/pulses/\d+|todo\.sr\.ht/~[\w.-]+/[\w.-]+/\d+"
    r"|[\w-]+\.service-now\.com/\S*?sys_id(?:=|%3D)\w+"
    r"|github\.com/(?:orgs|users)/[\w.-]+/projects/\d+\S*?[?&]itemId=\d+)"
)
_ZERO = patterns.Later(r"[/=-]0+$")
# ``owner/repo#12`` or ``#12``; not a heading anchor (``#why``), not inside a word or path,
# and not ``#0``: no issue has that number, so it can only be a stand-in.
_REFERENCE = patterns.compile(r"(?:^|[\s(\[,;:])(?:([\w.-]+)/([\w.-]+))?#0*([1-9]\d*)\b")
# Elsewhere, as their trackers write them: a GitLab issue or merge request of a project in a
# group (``shop/payments/auth#412``, ``shop/payments!88``, the project's own ``!88``), a
# Bugzilla bug (``bug 1834567``), an Azure Boards work item (``AB#1234``), an issue of another
# repository of the same owner (``platform#1202``, ``sdk-tests#88``; not ``C#10``, nor
# ``step#1``: one digit is a step).
_ELSEWHERE = patterns.Later(
    r"(?:^|[\s(\[,;:])((?:[\w.-]+/){2,}[\w.-]+#0*[1-9]\d*|(?:[\w.-]+/)+[\w.-]+!0*[1-9]\d*"
    r"|!0*[1-9]\d*|(?i:bug)\s+#?0*[1-9]\d{3,7}|AB#0*[1-9]\d*|(?-i:[a-z][\w.-]+)#0*[1-9]\d+)\b"
)
# A ticket key as Jira, Linear, YouTrack and others write it: ``PAY-431``, ``INT-33``, and
# with a project key of two or three parts, ``RIDE-APP-502``, ``DATA_ENG-12``,
# ``QM-LAB-VA-118``.
# Bold or in code ("**PAY-1473**", "`OPS-12`"), after Japanese or Chinese punctuation
# ("担当: 佐藤、PAY-12"), with the en dash a word processor puts in, or after a "#" as some
# teams write a key ("Leverandørsak #CS-88214").
_TICKET_KEY = patterns.Later(
    r"(?:^|[\s(\[,;:|/*`、，（：；「【])#?"
    r"((?-i:[A-Z][A-Z0-9]{1,9}(?:[-_][A-Z][A-Z0-9]{0,9}){0,2})[-–]0*[1-9]\d{0,6})\b"
)
# A tracker's record named with what it is ("vendor case 00923311", "change request
# CHG0031207", "Vorgang 2024-3381"), its number long enough not to be a count or a year; a
# reference in the tracker's capitals before "#" ("RT#88213", "CS#1184"); and a service
# desk's record numbered as ServiceNow numbers them ("INC0012345").
_NAMED_RECORD = patterns.Later(
    r"(?i:\b(?:case|ticket|request|job|incident|task|card|vorgang|fall|sak|avvik"
    r"|expediente|caso|incidencia|solicitud|dossier|demande|pratica|richiesta|melding|zaak"
    r"|chamado|pedido)\s+(?:no\.?\s*|nr\.?\s*|n[º°]\s*|#)?)"
    r"((?-i:[A-Z]{2,}[-_]?\d{3,}[\w-]*)|\d{5,}|\d{4}[-/]\d{3,})\b"
    r"|(?:^|[\s(\[,;:|/*`])((?-i:[A-Z]{2,6})#\d{2,})\b"
    # "Tracked as WTR-CHG 4471", "logged under OPS 2210"; "GLPI n° 48812"
    r"|(?i:\b(?:tracked|logged|filed|raised|registered)\s+(?:as|in|under)\s+)"
    r"((?-i:[A-Z]{2,}(?:-[A-Z]{2,})?[-\s]?\d{3,}))\b"
    r"|\b((?-i:[A-Z]{2,})\s+n[°º]\s*\d{3,})\b"
    # a service desk's record as it numbers them, unnamed: "INC0012345", "CHG0031207"
    r"|\b((?-i:[A-Z]{2,6})\d{7})\b"
)
# A small team's own list or board, and the number of its entry: a record named with what
# it is ("issue 19", "card 17", "tarea 31", "scheda n. 12", "Sak 2024-14"), or an entry of a
# list named beside it ("backlog item 118", "item 9 on our task list", "Nr. 14 auf unserer
# Aufgabenliste", "課題管理表 No.27"). A short number alone is a count or a step; named so,
# it is where the work is kept.
_RECORD_WORDS = (
    r"issue|ticket|card|task|story|mr|cl|merge\s+request|tarea|tarjeta|t[âa]che|fiche|carte|scheda|voce|compito"
    r"|taak|kaart|oppgave|tarefa|cart[ãa]o|aufgabe|karte|sak"
)
_LISTS = (
    r"(?:\b(?:task\s?list|to-?do\s?list|backlog|board|tracker|register|registro|sakslogg"
    r"|saksliste|\w*aufgabenliste|lista\s+de\s+(?:tareas|tarefas)|tablero|liste\s+des"
    r"\s+t[âa]ches|tableau|takenlijst|oppgaveliste)\b|課題管理表|課題表|タスク表|任务列表|待办)"
)
_ON = (
    r"(?:on|in|auf|im|en|i|op|su|sul|sulla|nel|nella|na|no|dans|sur|del|de)"  # "item 9 on our list"
)
_ENTRY = r"(?:\b(?:item|entry|no\.?|nr\.?|n[º°.]|voce|punkt|punt|punto|eintrag)|#)\s*"
_LISTED = patterns.Later(
    rf"(?i:\b(?:{_RECORD_WORDS})\s+(?:no\.?\s*|nr\.?\s*|n[º°.]\s*|#\s*)?)"
    r"(\d{1,7}(?:[-/]\d{1,4})?)\b"
    rf"|(?i:{_LISTS}[^.;\n]{{0,40}}?{_ENTRY})(\d{{1,4}})\b"
    rf"|(?i:{_ENTRY})(\d{{1,4}})\b(?i:\s+{_ON}\b[^.;:\n]{{0,30}}?{_LISTS})"
)

# A pull request of the document's own repository named as one: "PR 88", "pull request 88".
_PULL = patterns.Later(r"(?i:\b(?:pr|pull\s+request)\s+)0*([1-9]\d*)\b")

# Prefixes of identifiers that look like ticket keys and are not: standards, encodings,
# vulnerability ids, protocol versions.
_NOT_TICKETS = frozenset(
    [
        "ISO",
        "UTF",
        "SHA",
        "MD",
        "TLS",
        "SSL",
        "RFC",
        "CVE",
        "CWE",
        "GHSA",
        "WCAG",
        "HTTP",
        "HTTPS",
        "IPV",
        "COVID",
        "AES",
        "RSA",
        "EIP",
        "PEP",
        "KEP",
        "SEV",
        "OTEP",
        "BIP",
        "ERC",
        "ECMA",
        "ES",
        "IEEE",
        "IEC",
        "ANSI",
        "PCI",
        "SOC",
        "GDPR",
        "HIPAA",
        "X",
        "AMD",
        "ARM",
        "PR",
    ]
)


@dataclass(frozen=True, slots=True)
class Link:
    """A tracked item's reference; ``repository`` is "" for ``#12`` (the document's own) and
    ``number`` is 0 for a ticket outside GitHub."""

    text: str
    repository: str = ""
    number: int = 0

    @property
    def on_github(self) -> bool:
        return self.number > 0


def links_in(text: str) -> list[Link]:
    """Every reference to an issue, pull request or ticket in ``text``, in order."""
    found: list[tuple[int, Link]] = []
    taken: list[range] = []  # the URLs already found: their parts are not references again
    for match in _GITHUB_URL.finditer(text):
        owner, repo, number = match.groups()
        link = Link(match.group(0), f"{owner}/{repo}", int(number or 0))
        found.append((match.start(), link))
        taken.append(range(match.start(), match.end()))
    for match in _TICKET_URL.finditer(text):
        if _ZERO.search(match.group(0)):  # .../issues/0: a stand-in, not a ticket
            continue
        if _names_nothing(match.group(0)):  # "issues?q=is:open": every open issue
            continue
        if not any(match.start() in span for span in taken):
            found.append((match.start(), Link(match.group(0).rstrip("/?#),]> \t\n"))))
            taken.append(range(match.start(), match.end()))
    for match in _TICKET_KEY.finditer(text):
        key = match.group(1)
        start = match.end() - len(key)
        if _not_a_ticket(key) or any(start in span for span in taken):
            continue
        if _in_url(text, start):
            continue
        found.append((start, Link(key)))
    for match in _NAMED_RECORD.finditer(text):
        group = next(i for i in range(1, 6) if match.group(i) is not None)
        start = match.start(group)
        if _in_url(text, start) or any(start in span for span in taken):
            continue
        found.append((start, Link(match.group(group))))
        taken.append(range(start, match.end(group)))
    for match in _PULL.finditer(text):
        start = match.start()
        if _in_url(text, start) or any(start in span for span in taken):
            continue
        found.append((start, Link(match.group(0), "", int(match.group(1)))))
        taken.append(range(start, match.end()))
    for match in _LISTED.finditer(text):
        group = next(i for i in range(1, 4) if match.group(i) is not None)
        start = match.start(group)
        if _in_url(text, start) or any(start in span for span in taken):
            continue
        found.append((start, Link(match.group(0).strip())))
        taken.append(range(match.start(), match.end()))
    for match in _ELSEWHERE.finditer(text):
        start = match.start(1)
        if _in_url(text, start) or any(start in span for span in taken):
            continue
        found.append((start, Link(match.group(1))))
        taken.append(range(start, match.end(1)))
    for match in _REFERENCE.finditer(text):
        owner, repo, number = match.groups()
        hash_at = match.end() - len(number or "") - 1
        if _in_url(text, hash_at) or any(hash_at in span for span in taken):
            continue
        repository = f"{owner}/{repo}" if owner else ""
        found.append((hash_at, Link(f"{repository}#{number}", repository, int(number or 0))))
    return [link for _, link in sorted(found, key=lambda pair: pair[0])]


def _not_a_ticket(key: str) -> bool:
    """A standard's or an encoding's identifier ("ISO-8601", "UTF-8", "ISO-IEC-27001"), not
    a project's key of two parts that starts like one ("ES-SUP-88012")."""
    parts = key.replace("_", "-").replace("–", "-").split("-")[:-1]
    return parts[0] in _NOT_TICKETS and (len(parts) == 1 or parts[1] in _NOT_TICKETS)


def _names_nothing(url: str) -> bool:
    """A search of issues made only of qualifiers that every issue may match ("is:open",
    "is:issue", "state:open", "sort:updated-desc"): no label, author or words of its own,
    so it gathers no incident's follow-ups."""
    _, found, query = url.partition("issues?q=")
    if not found:
        return False
    terms = urllib.parse.unquote_plus(query.split("&", 1)[0]).split()
    return all(term.split(":", 1)[0].lower() in _QUALIFIERS for term in terms)


_QUALIFIERS = frozenset({"is", "state", "sort", "in", "type", "archived", "no"})


def _in_url(text: str, position: int) -> bool:
    """Whether ``position`` is inside a URL (a fragment such as ``page#12``)."""
    start = max(text.rfind(" ", 0, position), text.rfind("(", 0, position)) + 1
    return "://" in text[start:position]
