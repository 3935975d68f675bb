"""What the triggering event says: which body to check, which commits, which labels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spec_gate.errors import SpecGateError
from spec_gate.vocabulary import Kind, body_path

# A review re-judges its pull request: an approval can turn the status green, a dismissal red.
PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target", "pull_request_review")
# Every action of these events is judged, `labeled` and `unlabeled` included: a label may waive
# rules or pause the gate, so adding or removing one re-judges at once.
SUPPORTED = (*PULL_REQUEST_EVENTS, "issues", "merge_group")


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
        return _parse(name, payload)
    except (KeyError, TypeError) as error:
        raise SpecGateError(str(path), f"the {name} payload lacks {error}") from None


def _labels(item: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(label["name"]) for label in item.get("labels") or [])


def _parse(name: str, payload: dict[str, Any]) -> Event:
    if name in PULL_REQUEST_EVENTS:
        pr = payload["pull_request"]
        return Event(
            name,
            Kind.PR,
            int(pr["number"]),
            pr.get("body") or "",
            pr["head"]["sha"],
            pr["base"]["sha"],
            _labels(pr),
            str((pr.get("user") or {}).get("login") or ""),
        )
    if name == "issues":
        issue = payload["issue"]
        return Event(
            name,
            Kind.TICKET,
            int(issue["number"]),
            issue.get("body") or "",
            None,
            None,
            _labels(issue),
        )
    group = payload["merge_group"]
    return Event(name, None, None, "", group["head_sha"], group["base_sha"], ())
