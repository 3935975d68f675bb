"""Crisis pauses in the report: what carried a pause label, and which pause still owes its
postmortem.

A pull request or issue with one of the config's ``pause.labels`` is not blocked while the crisis
lasts; the human side is owed afterwards. Read from GitHub: one listing per pause label of what
carries it now (the issues listing holds pull requests too), the repository's issue events back
to the period's start for the pauses lifted since (a pause usually ends by removing its label),
and one events listing per paused pull request or issue for when each pause label was added and
removed. A pause is owed a
postmortem once more than ``owed_days`` have passed since its label was first added and no
postmortem in the repository at HEAD links it (``#N``, ``owner/repo#N`` or its URL).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from spec_gate import git
from spec_gate.checks.tracking import links_in
from spec_gate.document import parse
from spec_gate.findings import DocumentResult
from spec_gate.practice import history
from spec_gate.ruleset.compiled import Policy
from spec_gate.vocabulary import Kind

if TYPE_CHECKING:  # the network is imported only when the report asks for it
    from spec_gate.github.client import Api, LabelEvent, Labelled


@dataclass(frozen=True, slots=True)
class Owed:
    """A paused pull request or issue that no postmortem links yet."""

    number: int
    title: str
    url: str
    pull: bool  # a pull request, not an issue
    label: str  # the pause label, as the config writes it
    days: int  # since the label was first added


@dataclass(frozen=True, slots=True)
class Pauses:
    labels: tuple[str, ...]  # the config's pause labels
    owed_days: int
    pull_requests: int  # that carried a pause label in the period
    issues: int
    owed: tuple[Owed, ...]


@dataclass(frozen=True, slots=True)
class Paused:
    """A pull request or issue that carries a pause label now, and when it carried one."""

    number: int
    title: str
    url: str
    pull: bool
    label: str  # the pause label first added
    since: datetime  # when it was first added
    spans: tuple[tuple[datetime, datetime | None], ...]  # carrying a pause label: from, until

    def carried(self, start: date, end: date) -> bool:
        """Whether it carried a pause label on any day from ``start`` to before ``end``."""
        return any(
            begun.date() < end and (ended is None or ended.date() >= start)
            for begun, ended in self.spans
        )


class Counted:
    """Counts the HTTP requests the pauses cost (``client.Api`` calls it before each)."""

    def __init__(self) -> None:
        self.requests = 0

    def __call__(self) -> None:
        self.requests += 1


def read(api: Api, labels: Sequence[str], since: date, counted: Counted) -> list[Paused]:
    """What carried one of ``labels`` since ``since``, by number: what carries one now (one
    listing per label), what had one added or removed since (the repository's issue events,
    read back to ``since``), and the events of each pull request or issue once."""
    listed: dict[int, tuple[Labelled, list[str]]] = {}
    for label in labels:
        for item in api.labelled(label, counted):
            listed.setdefault(item.number, (item, []))[1].append(label)
    start = datetime.combine(since, time.min, tzinfo=UTC)
    for item in api.once_labelled(labels, start, counted):
        listed.setdefault(item.number, (item, []))  # lifted since: carried now by none
    found = []
    for number in sorted(listed):
        item, carrying = listed[number]
        events = sorted(api.label_events(number, counted), key=lambda e: e.at)
        spans = [
            (label, begun, ended)
            for label in labels
            for begun, ended in _spans(label, events, item, carried=label in carrying)
        ]
        if not spans:
            continue
        label, since, _ = min(spans, key=lambda span: span[1])
        found.append(
            Paused(
                item.number,
                item.title,
                item.url,
                item.pull,
                label,
                since,
                tuple(sorted((begun, ended) for _, begun, ended in spans)),
            )
        )
    return found


def _spans(
    label: str, events: Sequence[LabelEvent], item: Labelled, carried: bool
) -> Iterator[tuple[datetime, datetime | None]]:
    """When ``item`` carried ``label``: from each time it was added to when it was removed.
    Carried now with no event to say since when (a label GitHub did not record): since it was
    opened, or since it was last removed."""
    begun: datetime | None = None
    last: datetime | None = None
    for event in events:
        if event.label.lower() != label.lower():
            continue
        if event.added and begun is None:
            begun = event.at
        elif not event.added and begun is not None:
            yield begun, event.at
            begun, last = None, event.at
    if begun is not None:
        yield begun, None
    elif carried:
        yield last or item.created_at, None


def linked(policy: Policy, repository: str, results: Sequence[DocumentResult]) -> set[int]:
    """The numbers of this repository's pull requests and issues that a postmortem links: the
    postmortems at HEAD, or those checked where the folder is no git repository. Headings, prose
    and front matter count; code and HTML comments (a template's prompts) do not."""
    own = repository.lower()
    numbers: set[int] = set()
    for path, text in _postmortems(policy, results):
        doc = parse(text, path)
        words = [s.title for s in doc.sections] + [b.full_text for b in doc.blocks]
        words += list(_strings(doc.frontmatter))
        numbers.update(
            link.number
            for link in links_in("\n".join(words))
            if link.on_github and link.repository.lower() in ("", own)
        )
    return numbers


def _postmortems(policy: Policy, results: Sequence[DocumentResult]) -> list[tuple[str, str]]:
    """(path, text) of every postmortem at HEAD; where the folder is no git repository, of
    those checked, from the disk."""
    repo = history.Git(policy.root)
    try:
        at_head = git.maybe(history.documents_at, repo, "HEAD", policy)
        if at_head is not None:
            found = []
            for path, blob in at_head:
                profile = policy.profile_for(path, None)
                data = repo.object(blob) if profile and profile.kind == Kind.POSTMORTEM else None
                if data is not None:
                    found.append((path, data.decode("utf-8", "replace")))
            return found
    finally:
        repo.close()
    texts = []
    for result in results:
        if result.kind == Kind.POSTMORTEM:
            try:
                file = history.on_disk(policy.root, result.path)
                texts.append((result.path, file.read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
    return texts


def _strings(value: Any) -> Iterator[str]:
    """Every string in front matter, at any depth (``incident: "#41"``)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def measure(
    paused: Sequence[Paused],
    labels: Sequence[str],
    linked: set[int],
    since: date,
    today: date,
    owed_days: int,
) -> Pauses:
    """The pauses of the period ``since`` to ``today``."""
    carried = [p for p in paused if p.carried(since, today + timedelta(days=1))]
    owed = tuple(
        Owed(p.number, p.title, p.url, p.pull, p.label, (today - p.since.date()).days)
        for p in carried
        if (today - p.since.date()).days > owed_days and p.number not in linked
    )
    return Pauses(
        tuple(labels),
        owed_days,
        sum(1 for p in carried if p.pull),
        sum(1 for p in carried if not p.pull),
        owed,
    )
