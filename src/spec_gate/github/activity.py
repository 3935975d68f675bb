"""What happened on GitHub after the documents were written: the reads of the follow-through
report, each page counted.

Few requests: issues and issue comments of the period come from two paginated listings (the
``since`` parameter), each linked issue is looked up once, and a repository that refuses once
is not asked again. ``requests`` is the number of HTTP requests made (retries that urllib3
makes inside one are not counted apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import requests
from github import GithubException
from github.GithubObject import GithubObject
from github.PaginatedList import PaginatedList

from spec_gate.errors import SpecGateError
from spec_gate.github.client import Api, Review, approving, explain, lost

T = TypeVar("T", bound=GithubObject)
PER_PAGE = 100
INSIDE = frozenset({"OWNER", "MEMBER", "COLLABORATOR"})  # author associations of the repository


@dataclass(frozen=True, slots=True)
class Reported:
    """An issue opened in the period, pull requests left out."""

    number: int
    title: str
    url: str
    author: str
    author_is_bot: bool
    association: str
    created_at: datetime

    @property
    def from_outside(self) -> bool:
        return not self.author_is_bot and self.association not in INSIDE


@dataclass(frozen=True, slots=True)
class Reply:
    issue: int
    author: str
    author_is_bot: bool
    association: str
    created_at: datetime

    @property
    def from_inside(self) -> bool:
        """A person of the repository, not a bot (an auto-reply is not a follow-up)."""
        return not self.author_is_bot and self.association in INSIDE


@dataclass(frozen=True, slots=True)
class Tracked:
    """A linked issue or pull request as it is now."""

    repository: str
    number: int
    url: str
    closed_at: datetime | None  # None while open; a pull request closed unmerged stays open


@dataclass(frozen=True, slots=True)
class Merged:
    number: int
    merge_commit: str
    merged_at: datetime


class Activity:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.requests = 0
        self.refused: dict[str, str] = {}  # repository -> why it could not be read
        self._tracked: dict[tuple[str, int], Tracked | None] = {}

    def _pages(self, listing: PaginatedList[T]) -> Iterator[list[T]]:
        page = 0
        while True:
            self.requests += 1
            found = listing.get_page(page)
            yield found
            if len(found) < PER_PAGE:
                return
            page += 1

    def issues_opened(self, since: datetime) -> list[Reported]:
        """Issues opened since ``since``, oldest first (the listing's ``since`` is the last
        update, so older issues updated lately come too and are dropped here)."""

        def read() -> list[Reported]:
            listing = self.api.repo.get_issues(
                state="all", sort="created", direction="asc", since=since
            )
            found = []
            for page in self._pages(listing):
                for issue in page:
                    # html_url is in every listed item; asking for pull_request would cost a
                    # request per issue, because the API leaves that key out for real issues.
                    if "/pull/" in (issue.html_url or "") or issue.created_at < since:
                        continue
                    user = issue.user
                    found.append(
                        Reported(
                            issue.number,
                            issue.title or "",
                            issue.html_url or "",
                            user.login if user else "",
                            bool(user and user.type == "Bot"),
                            issue.author_association or "NONE",
                            issue.created_at,
                        )
                    )
            return found

        return list(self.api.read("listing the issues of the period", read))

    def replies(self, since: datetime) -> list[Reply]:
        """Comments on issues and pull requests since ``since``, oldest first: one listing."""

        def read() -> list[Reply]:
            listing = self.api.repo.get_issues_comments(
                sort="created", direction="asc", since=since
            )
            found = []
            for page in self._pages(listing):
                for comment in page:
                    number = (comment.issue_url or "").rstrip("/").rsplit("/", 1)[-1]
                    if not number.isdigit():
                        continue
                    user = comment.user
                    found.append(
                        Reply(
                            int(number),
                            user.login if user else "",
                            bool(user and user.type == "Bot"),
                            comment.author_association or "NONE",
                            comment.created_at,
                        )
                    )
            return found

        return list(self.api.read("listing the issue comments of the period", read))

    def tracked(self, repository: str, number: int) -> Tracked | None:
        """A linked issue or pull request, looked up once; None when its repository refused
        (the reason is in ``refused``) or it does not exist."""
        key = (repository.lower(), number)
        if key in self._tracked:
            return self._tracked[key]
        if repository.lower() in self.refused:
            return None
        found: Tracked | None = None
        try:
            self.requests += 1
            repo = self.api.github.get_repo(repository)  # lazy: the client is
            issue = repo.get_issue(number)
            closed: datetime | None = issue.closed_at if issue.state == "closed" else None
            if closed is not None and issue.pull_request is not None:
                closed = issue.pull_request.merged_at  # closed unmerged is not done
            found = Tracked(repository, number, issue.html_url or "", closed)
        except GithubException as error:
            if error.status in (401, 403):
                self.refused[repository.lower()] = explain(error)
            elif error.status != 404:
                raise SpecGateError(
                    "GitHub API", f"reading {repository}#{number}: {explain(error)}"
                ) from None
        except requests.RequestException as error:
            what = f"reading {repository}#{number}"
            raise SpecGateError("GitHub API", f"{what}: {lost(error)}") from None
        self._tracked[key] = found
        return found

    def merged_since(self, since: datetime) -> list[Merged]:
        """Pull requests merged since ``since``: closed ones, most recently updated first, read
        until a page ends before the period."""

        def read() -> list[Merged]:
            listing = self.api.repo.get_pulls(state="closed", sort="updated", direction="desc")
            found = []
            for page in self._pages(listing):
                for pull in page:
                    merged = pull.merged_at
                    if merged is not None and merged >= since and pull.merge_commit_sha:
                        found.append(Merged(pull.number, pull.merge_commit_sha, merged))
                last = page[-1].updated_at if page else None
                if last is not None and last < since:
                    break
            return found

        return list(self.api.read("listing the pull requests merged in the period", read))

    def approvers(self, number: int) -> frozenset[str]:
        """Logins whose latest review of pull request ``number`` approves it."""

        def read() -> frozenset[str]:
            listing = self.api.repo.get_pull(number).get_reviews()
            reviews = [
                Review(r.id, "", r.user.login if r.user else "", False, r.state, None)
                for page in self._pages(listing)
                for r in page
            ]
            return frozenset(approving(reviews))

        return self.api.read(f"reading the reviews of #{number}", read)
