"""What the triggering event says: which body to check, which commits, which labels."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spec_gate.errors import SpecGateError
from spec_gate.vocabulary import Kind, body_path

# A review re-judges its pull request: an approval can turn the status green, a dismissal red.
PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target", "pull_request_review")
# Every action of these events is judged, `labeled` and `unlabeled` included: a label may waive
# rules or pause the gate, so adding or removing one re-judges at once.
SUPPORTED = (*PULL_REQUEST_EVENTS, "issues", "merge_group")


# Actions after which the body, the labels and the reviews are as they were (or gone): a run
# would only repeat the last verdict, or comment on something closed or deleted.
_NOTHING_TO_JUDGE = frozenset(
    {
        "assigned",
        "unassigned",
        "closed",
        "deleted",
        "locked",
        "unlocked",
        "pinned",
        "unpinned",
        "milestoned",
        "demilestoned",
        "transferred",
        "review_requested",
        "review_request_removed",
        "auto_merge_enabled",
        "auto_merge_disabled",
        "enqueued",
        "dequeued",
    }
)


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    kind: Kind | None  # the body's kind: a PR or a ticket; None for a merge group
    number: int | None
    body: str
    head_sha: str | None
    base_sha: str | None
    labels: tuple[str, ...]
    author: str = ""  # who opened the PR or issue: never the one to sign it off
    action: str = ""  # what happened to it: "opened", "edited", "assigned"...
    title: str = ""  # the PR's or issue's title: what a Why must not merely restate
    changed_files: int | None = None  # how many files the PR changes, as the payload counts them
    from_fork: bool | None = None  # whether the PR's head is in another repository

    @property
    def judged(self) -> bool:
        """Whether this action can change a verdict: not a deletion, a closing, an assignment."""
        return self.action not in _NOTHING_TO_JUDGE

    @property
    def target(self) -> str:
        """How the body is named in reports: ``pr#N`` or ``issue#N``."""
        return body_path(self.kind or Kind.TICKET, self.number or 0)

    @property
    def from_base_checkout(self) -> bool:
        """Under pull_request_target the workspace holds the base, so read the head via the API."""
        return self.name == "pull_request_target"


def load(name: str, path: Path) -> Event:
    if name not in SUPPORTED:
        raise SpecGateError(
            "spec-gate github",
            f"the {name!r} event is not supported; use one of {', '.join(SUPPORTED)}",
        )
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SpecGateError(str(path), f"cannot read the event payload: {error}") from None
    if not isinstance(payload, dict):
        raise SpecGateError(str(path), "the event payload is not a JSON object")
    try:
        return replace(_parse(name, payload), action=_text(payload, "action"))
    except _MalformedError as error:
        raise SpecGateError(str(path), f"the {name} payload {error}") from None


class _MalformedError(Exception):
    """A field of the payload missing or not of its type, said as "lacks pull_request.head.sha"."""


def _field(payload: dict[str, Any], dotted: str, kind: type[Any] = str) -> Any:
    """The field at ``dotted`` ("pull_request.head.sha"), of type ``kind``."""
    value: Any = payload
    for key in dotted.split("."):
        if not isinstance(value, dict) or value.get(key) is None:
            raise _MalformedError(f"lacks {dotted}")
        value = value[key]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise _MalformedError(f"has {dotted} = {json.dumps(value)[:40]}, not {_A[kind]}")
    return value


_A = {str: "a string", int: "a number", dict: "an object"}


def _text(item: dict[str, Any], key: str) -> str:
    """An optional text field: a null body is empty."""
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _count(item: dict[str, Any], key: str) -> int | None:
    value = item.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _from_fork(pr: dict[str, Any]) -> bool | None:
    """Whether the head is another repository's; None when the payload does not say."""
    names = []
    for side in ("head", "base"):
        repo = pr.get(side, {}).get("repo") if isinstance(pr.get(side), dict) else None
        names.append(repo.get("full_name") if isinstance(repo, dict) else None)
    head, base = names
    if not isinstance(base, str):
        return None
    return head != base  # a deleted fork's head has no repository: a fork all the same


def _labels(item: dict[str, Any]) -> tuple[str, ...]:
    labels = item.get("labels") or []
    if not isinstance(labels, list):
        raise _MalformedError("has labels that are not a list")
    return tuple(
        str(label["name"]) for label in labels if isinstance(label, dict) and "name" in label
    )


def _parse(name: str, payload: dict[str, Any]) -> Event:
    if name in PULL_REQUEST_EVENTS:
        pr = _field(payload, "pull_request", dict)
        user = pr.get("user")
        return Event(
            name,
            Kind.PR,
            _field(payload, "pull_request.number", int),
            _text(pr, "body"),
            _field(payload, "pull_request.head.sha"),
            _field(payload, "pull_request.base.sha"),
            _labels(pr),
            author=_text(user, "login") if isinstance(user, dict) else "",
            title=_text(pr, "title"),
            changed_files=_count(pr, "changed_files"),
            from_fork=_from_fork(pr),
        )
    if name == "issues":
        issue = _field(payload, "issue", dict)
        return Event(
            name,
            Kind.TICKET,
            _field(payload, "issue.number", int),
            _text(issue, "body"),
            None,
            None,
            _labels(issue),
            title=_text(issue, "title"),
        )
    return Event(
        name,
        None,
        None,
        "",
        _field(payload, "merge_group.head_sha"),
        _field(payload, "merge_group.base_sha"),
        (),
    )
