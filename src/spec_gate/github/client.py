"""The only network code: a small layer over PyGithub, the one module that imports it.

One retry layer per request, at most 4 tries, backoff capped so a stubborn 5xx ends a run in
well under 30 s: reads are retried by urllib3 inside PyGithub (5xx, dropped connections,
secondary rate limits with their Retry-After); writes only by ``Api._write``, which asks after
a lost answer whether the write happened, so nothing is posted twice.

The follow-through report's reads (``issues_opened_since``, the pauses' ``labelled`` and
``label_events``, and the rest that take ``counted``) go page by page and call ``counted`` once
before each HTTP request, so the report can say how many it made (retries that urllib3 makes
inside one are not counted apart).
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

import requests
from github import Auth, Github, GithubException, GithubRetry, UnknownObjectException
from github.GithubObject import GithubObject
from github.PaginatedList import PaginatedList
from github.PullRequest import ReviewComment

from spec_gate.errors import SpecGateError

T = TypeVar("T")
Listed = TypeVar("Listed", bound=GithubObject)
_READS = frozenset({"GET", "HEAD", "OPTIONS"})  # urllib3 retries these; writes are ours
TRIES = 4
BACKOFF_MAX = 8.0  # seconds between two tries, at most
# The longest Retry-After a job waits out: longer, and it says so and stops, rather than hold a
# runner for ten minutes on a rate limit.
LONGEST_WAIT = 120.0
PER_PAGE = 100
INSIDE = frozenset({"OWNER", "MEMBER", "COLLABORATOR"})  # author associations of the repository


class ReadOnlyError(Exception):
    """The token may read but not write here (a pull request from a fork, say)."""


class RefusedError(Exception):
    """The token may not read that repository (401 or 403); the message says why."""


@dataclass(frozen=True, slots=True)
class ChangedFile:
    path: str
    patch: str | None  # the unified diff GitHub shows; None for binary or very large files


@dataclass(frozen=True, slots=True)
class Review:
    id: int
    body: str
    author: str
    author_is_bot: bool
    state: str
    handle: Any  # the PyGithub object, for editing
    commit: str = ""  # the commit the review was given on


@dataclass(frozen=True, slots=True)
class Live:
    """A pull request or issue as it is now, not as the event that started the run saw it."""

    body: str
    labels: tuple[str, ...]
    comments: int  # how many comments it has: none means there is no sticky comment to find
    title: str = ""


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    body: str
    author: str
    author_is_bot: bool
    handle: Any  # the PyGithub object, for editing


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
    opened_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Labelled:
    """A pull request or issue that carries a label now."""

    number: int
    title: str
    url: str
    pull: bool  # a pull request, not an issue
    created_at: datetime


@dataclass(frozen=True, slots=True)
class LabelEvent:
    """A label added to (or removed from) a pull request or issue."""

    label: str
    added: bool  # labeled; False: unlabeled
    at: datetime


def approving(reviews: Iterable[Review]) -> dict[str, str]:
    """Logins whose latest verdict among ``reviews`` (oldest first) approves, with the commit
    they approved; a comment is no verdict, and a later change request or dismissal takes an
    approval back."""
    latest: dict[str, Review] = {}
    for review in reviews:
        if review.state in ("APPROVED", "CHANGES_REQUESTED", "DISMISSED"):
            latest[review.author.lower()] = review
    return {login: r.commit for login, r in latest.items() if r.state == "APPROVED"}


def _retry_after(error: GithubException) -> float | None:
    headers = {k.lower(): v for k, v in (error.headers or {}).items()}
    if "retry-after" in headers:
        try:
            return float(headers["retry-after"])
        except ValueError:
            return 60.0
    message = str(error.data).lower() if error.data else ""
    if error.status in (403, 429) and "secondary rate limit" in message:
        return 60.0
    return None


def _is_read_only(error: GithubException) -> bool:
    message = str(error.data).lower() if error.data else ""
    return (
        error.status == 403
        and (
            "not accessible by integration" in message
            or "must have push access" in message
            or "permission" in message
        )
    ) or (error.status == 404 and "not found" in message)


LISTED_FILES = 3000  # GitHub lists at most this many files of a pull request


class Api:
    def __init__(
        self,
        token: str,
        api_url: str,
        repository: str,
        *,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        pace_writes: bool = True,
    ) -> None:
        # PyGithub logs each retried request to stderr; this layer says what failed, once.
        logging.getLogger("github").setLevel(logging.CRITICAL)
        retry = GithubRetry(
            total=TRIES - 1,
            backoff_factor=backoff,
            backoff_max=BACKOFF_MAX,
            allowed_methods=_READS,
            secondary_rate_wait=60,
            max_rate_limit_wait=int(LONGEST_WAIT),
        )
        self.github = Github(
            auth=Auth.Token(token),
            base_url=api_url,
            retry=retry,
            lazy=True,
            per_page=100,
            seconds_between_requests=None,
            seconds_between_writes=1.0 if pace_writes else None,
        )
        self.repo = self.github.get_repo(repository)
        self.backoff = backoff
        self.sleep = sleep
        self._reviews: dict[int, list[Review]] = {}

    # -- reads -------------------------------------------------------------------------------

    def read(self, what: str, call: Callable[[], T]) -> T:
        """``call``, with GitHub's errors and lost connections as one line each; an answer
        that cannot be read (cut short, not JSON, not the shape the API describes) is asked
        for once more."""
        for attempt in (1, 2):
            try:
                return call()
            except GithubException as error:
                raise SpecGateError("GitHub API", f"{what} failed: {explain(error)}") from None
            except requests.RequestException as error:
                raise SpecGateError("GitHub API", f"{what} failed: {lost(error)}") from None
            except _UNREADABLE as error:
                if attempt == 2:
                    failed = f"{what} failed: {unreadable(error)}"
                    raise SpecGateError("GitHub API", failed) from None
                self.sleep(self.backoff)
        raise AssertionError("unreachable")  # pragma: no cover

    def read_file(self, path: str, ref: str) -> bytes | None:
        """A file at a commit, or None when the commit has no such file."""

        def fetch() -> bytes | None:
            try:
                found = self.repo.get_contents(path, ref=ref)
            except UnknownObjectException:
                return None
            if isinstance(found, list) or found.type != "file":
                return None
            return bytes(found.decoded_content)

        return self.read(f"reading {path} at {ref[:12]}", fetch)

    def changed_files(self, number: int, expected: int | None = None) -> list[ChangedFile]:
        """The files a pull request adds or changes (removed files have nothing to check).
        ``expected``: how many files it changes, as its event says: a list that falls short
        (GitHub lists at most 3,000, or an answer it could not give whole) is an error, never
        a pass for the documents it left out."""
        pull = self.repo.get_pull(number)

        def listing() -> list[tuple[str, str | None, str]]:
            files: list[tuple[str, str | None, str]] = [
                (f.filename, f.patch, f.status) for f in pull.get_files()
            ]
            if not all(isinstance(name, str) and name for name, _, _ in files):
                raise ValueError("a file without a name")  # not the list the API describes
            return files

        listed = self.read(f"listing the files of pull request #{number}", listing)
        if expected is not None and len(listed) < expected:
            if len(listed) >= LISTED_FILES:
                raise SpecGateError(
                    "GitHub API",
                    f"pull request #{number} changes {expected} files and GitHub lists only the "
                    f"first {LISTED_FILES:,}: the documents among the other "
                    f"{expected - len(listed):,} cannot be checked; split the pull request",
                )
            raise SpecGateError(
                "GitHub API",
                f"listing the files of pull request #{number} gave {len(listed)} of the "
                f"{expected} it changes (GitHub's answer was cut short or could not be read); "
                "run the job again",
            )
        return [ChangedFile(name, patch) for name, patch, status in listed if status != "removed"]

    def reviews(self, number: int, fresh: bool = False) -> list[Review]:
        """The pull request's reviews, oldest first; read once per run unless ``fresh``."""
        if fresh or number not in self._reviews:
            pull = self.repo.get_pull(number)
            self._reviews[number] = self.read(
                f"reading the reviews of #{number}",
                lambda: [
                    Review(
                        r.id,
                        r.body or "",
                        *_who(r.user),
                        r.state,
                        r,
                        r.commit_id or "",
                    )
                    for r in pull.get_reviews()
                ],
            )
        return self._reviews[number]

    def approvers(self, number: int) -> dict[str, str]:
        """Logins whose latest review of the pull request approves it, with the commit each
        approved."""
        return approving(self.reviews(number))

    def team_member(self, team: str, login: str) -> bool | str:
        """Whether ``login`` is an active member of ``@org/team``, or why GitHub would not say.

        GitHub answers 404 both for "not a member" and for a team the token cannot see, and the
        default job token can see no team: so a 404 is never taken as a member, and the reason
        says which token would tell."""
        org, _, slug = team.lstrip("@").partition("/")
        url = f"/orgs/{org}/teams/{slug}/memberships/{login}"
        cannot = (
            f"GitHub did not confirm that @{login} is a member of {team}; the job's token cannot "
            "read team membership: give the action a token with the organization's Members "
            "(read) permission, such as a GitHub App token"
        )
        try:
            _, data = self.github.requester.requestJsonAndCheck("GET", url)
        except UnknownObjectException:
            return cannot.replace("; the job's", ": either they are not, or the job's")
        except GithubException as error:
            if error.status == 403:
                return cannot
            raise SpecGateError("GitHub API", f"reading {team}: {explain(error)}") from None
        except requests.RequestException as error:
            raise SpecGateError("GitHub API", f"reading {team}: {lost(error)}") from None
        state = data.get("state") if isinstance(data, dict) else None
        return state == "active" or f"@{login}'s membership of {team} is {state}, not active"

    def last_merged_pull_bodies(self, count: int) -> list[tuple[int, str]]:
        """The last ``count`` merged pull requests: (number, body), newest first."""
        found: list[tuple[int, str]] = []

        def fetch() -> None:
            pulls = self.repo.get_pulls(state="closed", sort="updated", direction="desc")
            for pull in pulls:
                if pull.merged_at is not None:
                    found.append((pull.number, pull.body or ""))
                if len(found) == count:
                    return

        self.read("listing merged pull requests", fetch)
        return found

    def last_issue_bodies(self, count: int) -> list[tuple[int, str]]:
        """The last ``count`` opened issues, pull requests left out: (number, body)."""
        found: list[tuple[int, str]] = []

        def fetch() -> None:
            for issue in self.repo.get_issues(state="all", sort="created", direction="desc"):
                # html_url is in every listed item; asking for pull_request would cost a
                # request per issue, because the API leaves that key out for real issues.
                if "/pull/" not in (issue.html_url or ""):
                    found.append((issue.number, issue.body or ""))
                if len(found) == count:
                    return

        self.read("listing issues", fetch)
        return found

    # -- the follow-through report's reads: page by page, ``counted`` before each request ----

    def _pages(
        self, listing: PaginatedList[Listed], counted: Callable[[], None]
    ) -> Iterator[list[Listed]]:
        page = 0
        while True:
            counted()
            found = listing.get_page(page)
            yield found
            if len(found) < PER_PAGE:
                return
            page += 1

    def issues_opened_since(self, since: datetime, counted: Callable[[], None]) -> list[Reported]:
        """Issues opened since ``since``, oldest first (the listing's ``since`` is the last
        update, so older issues updated lately come too and are dropped here)."""

        def fetch() -> list[Reported]:
            listing = self.repo.get_issues(
                state="all", sort="created", direction="asc", since=since
            )
            found = []
            for page in self._pages(listing, counted):
                for issue in page:
                    # html_url is in every listed item; asking for pull_request would cost a
                    # request per issue, because the API leaves that key out for real issues.
                    if "/pull/" in (issue.html_url or "") or issue.created_at < since:
                        continue
                    found.append(
                        Reported(
                            issue.number,
                            issue.title or "",
                            issue.html_url or "",
                            *_who(issue.user),
                            issue.author_association or "NONE",
                            issue.created_at,
                        )
                    )
            return found

        return self.read("listing the issues of the period", fetch)

    def comments_since(self, since: datetime, counted: Callable[[], None]) -> list[Reply]:
        """Comments on issues and pull requests since ``since``, oldest first: one listing."""

        def fetch() -> list[Reply]:
            listing = self.repo.get_issues_comments(sort="created", direction="asc", since=since)
            found = []
            for page in self._pages(listing, counted):
                for comment in page:
                    number = (comment.issue_url or "").rstrip("/").rsplit("/", 1)[-1]
                    if not number.isdigit():
                        continue
                    found.append(
                        Reply(
                            int(number),
                            *_who(comment.user),
                            comment.author_association or "NONE",
                            comment.created_at,
                        )
                    )
            return found

        return self.read("listing the issue comments of the period", fetch)

    def tracked(self, repository: str, number: int, counted: Callable[[], None]) -> Tracked | None:
        """An issue or pull request of any repository as it is now, in one request; None when
        it does not exist. Raises ``RefusedError`` when the token may not read ``repository``."""
        what = f"reading {repository}#{number}"
        try:
            counted()
            repo = self.github.get_repo(repository)  # lazy: the client is
            issue = repo.get_issue(number)
            closed: datetime | None = issue.closed_at if issue.state == "closed" else None
            if closed is not None and issue.pull_request is not None:
                closed = issue.pull_request.merged_at  # closed unmerged is not done
            return Tracked(repository, number, issue.html_url or "", closed)
        except GithubException as error:
            if error.status in (401, 403):
                raise RefusedError(explain(error)) from None
            if error.status != 404:
                raise SpecGateError("GitHub API", f"{what}: {explain(error)}") from None
        except requests.RequestException as error:
            raise SpecGateError("GitHub API", f"{what}: {lost(error)}") from None
        return None

    def pulls_merged_since(self, since: datetime, counted: Callable[[], None]) -> list[Merged]:
        """Pull requests merged since ``since``: closed ones, most recently updated first, read
        until a page ends before the period."""

        def fetch() -> list[Merged]:
            listing = self.repo.get_pulls(state="closed", sort="updated", direction="desc")
            found = []
            for page in self._pages(listing, counted):
                for pull in page:
                    merged = pull.merged_at
                    if merged is not None and merged >= since and pull.merge_commit_sha:
                        found.append(
                            Merged(pull.number, pull.merge_commit_sha, merged, pull.created_at)
                        )
                last = page[-1].updated_at if page else None
                if last is not None and last < since:
                    break
            return found

        return self.read("listing the pull requests merged in the period", fetch)

    def approving_logins(
        self, number: int, counted: Callable[[], None]
    ) -> dict[str, datetime | None]:
        """Logins whose latest review of pull request ``number`` approves it, each with when
        that approval was submitted, read afresh page by page (``approvers`` is the action's:
        once per run, with the commit each approved)."""

        def fetch() -> dict[str, datetime | None]:
            listing = self.repo.get_pull(number).get_reviews()
            read = [r for page in self._pages(listing, counted) for r in page]
            reviews = [
                Review(r.id, "", r.user.login if r.user else "", False, r.state, None) for r in read
            ]
            approved_at = {  # the last approval of each login, oldest first
                (r.user.login if r.user else "").lower(): r.submitted_at
                for r in read
                if r.state == "APPROVED"
            }
            return {login: approved_at.get(login) for login in approving(reviews)}

        return self.read(f"reading the reviews of #{number}", fetch)

    def labelled(self, label: str, counted: Callable[[], None]) -> list[Labelled]:
        """Pull requests and issues, open or closed, that carry ``label`` now, oldest first:
        one listing (the issues listing holds pull requests too)."""

        def fetch() -> list[Labelled]:
            # The listing's `labels` is a comma-separated list: a label with a comma in its
            # name cannot be asked for. Then every issue is listed and its labels compared.
            has_comma = "," in label
            if has_comma:
                listing = self.repo.get_issues(state="all", sort="created", direction="asc")
            else:
                listing = self.repo.get_issues(
                    state="all", labels=[label], sort="created", direction="asc"
                )
            return [
                Labelled(
                    issue.number,
                    issue.title or "",
                    issue.html_url or "",
                    # html_url is in every listed item; asking for pull_request would cost a
                    # request per issue, because the API leaves that key out for real issues.
                    "/pull/" in (issue.html_url or ""),
                    issue.created_at,
                )
                for page in self._pages(listing, counted)
                for issue in page
                if not has_comma or label in {carried.name for carried in issue.labels}
            ]

        return self.read(f"listing what carries the label {label}", fetch)

    def once_labelled(
        self, labels: Sequence[str], since: datetime, counted: Callable[[], None]
    ) -> list[Labelled]:
        """Pull requests and issues that one of ``labels`` was added to or removed from since
        ``since``: the repository's issue events, newest first, read back to ``since``. A
        pause whose label is gone again is found here, where the label listing no longer
        has it."""
        wanted = {label.lower() for label in labels}

        def fetch() -> list[Labelled]:
            listing = self.repo.get_issues_events()
            found: dict[int, Labelled] = {}
            for page in self._pages(listing, counted):
                for event in page:
                    label = event.label.name if event.label is not None else ""
                    if event.event not in ("labeled", "unlabeled") or label.lower() not in wanted:
                        continue
                    issue = event.issue
                    if issue is not None and issue.number not in found:
                        url = issue.html_url or ""
                        found[issue.number] = Labelled(
                            issue.number, issue.title or "", url, "/pull/" in url, issue.created_at
                        )
                if page and all(event.created_at < since for event in page):
                    break  # newest first: the rest is older still
            return [found[number] for number in sorted(found)]

        return self.read("listing the repository's label events", fetch)

    def label_events(self, number: int, counted: Callable[[], None]) -> list[LabelEvent]:
        """When labels were added to and removed from pull request or issue ``number``, oldest
        first: its events listing, page by page."""

        def fetch() -> list[LabelEvent]:
            listing = self.repo.get_issue(number).get_events()  # lazy: no request for the issue
            return [
                LabelEvent(event.label.name, event.event == "labeled", event.created_at)
                for page in self._pages(listing, counted)
                for event in page
                if event.event in ("labeled", "unlabeled") and event.label is not None
            ]

        return self.read(f"reading the events of #{number}", fetch)

    def live(self, number: int) -> Live:
        """The body, labels and comment count of a pull request or issue, in one request."""

        def fetch() -> Live:
            issue = self.repo.get_issue(number)
            labels = tuple(label.name for label in issue.labels)
            return Live(issue.body or "", labels, int(issue.comments or 0), issue.title or "")

        return self.read(f"reading #{number}", fetch)

    def comments(self, number: int) -> list[Comment]:
        issue = self.repo.get_issue(number)
        return self.read(
            f"reading the comments of #{number}",
            lambda: [
                Comment(
                    c.id,
                    c.body or "",
                    *_who(c.user),
                    c,
                )
                for c in issue.get_comments()
            ],
        )

    # -- writes ------------------------------------------------------------------------------

    def _write(
        self,
        what: str,
        call: Callable[[], T],
        done: Callable[[], T | None] | None = None,
        attempts: int = TRIES,
    ) -> T:
        """Run a write; on a lost answer ask ``done`` whether it happened before trying again."""
        for attempt in range(1, attempts + 1):
            try:
                return call()
            except GithubException as error:
                wait = _retry_after(error)
                if wait is not None and wait > LONGEST_WAIT:
                    raise SpecGateError(
                        "GitHub API",
                        f"{what} failed: GitHub's rate limit asks to wait {wait:g} s, longer "
                        f"than a job should ({LONGEST_WAIT:g} s); re-run the job later",
                    ) from None
                if wait is not None and attempt < attempts:
                    self.sleep(wait)
                    continue
                if _is_read_only(error):
                    raise ReadOnlyError(f"{what}: {explain(error)}") from None
                if error.status < 500 or attempt == attempts:
                    raise SpecGateError("GitHub API", f"{what} failed: {explain(error)}") from None
            except requests.RequestException as error:
                if attempt == attempts:
                    raise SpecGateError("GitHub API", f"{what} failed: {lost(error)}") from None
            except _UNREADABLE as error:  # an answer cut short: the write may have happened
                if attempt == attempts or done is None:
                    failed = f"{what} failed: {unreadable(error)}"
                    raise SpecGateError("GitHub API", failed) from None
            self.sleep(min(BACKOFF_MAX, self.backoff * 2 ** (attempt - 1)))
            if done is not None:
                result = done()
                if result is not None:
                    return result
        raise AssertionError("unreachable")  # pragma: no cover

    def create_comment(self, number: int, body: str, mine: Callable[[Comment], bool]) -> str:
        """Post ``body``; the login GitHub posted it as ("" when the answer was lost)."""
        issue = self.repo.get_issue(number)

        def posted() -> str | None:
            return "" if any(mine(c) and c.body == body for c in self.comments(number)) else None

        def post() -> str:
            created = issue.create_comment(body)
            return str(created.user.login) if created.user is not None else ""

        return self._write(f"commenting on #{number}", post, posted)

    def edit_comment(self, comment: Comment, body: str) -> None:
        self._write(f"editing comment {comment.id}", lambda: comment.handle.edit(body))

    def delete_comment(self, comment: Comment) -> None:
        def delete() -> bool:
            # A run that overlapped with this one may have deleted it first.
            with contextlib.suppress(UnknownObjectException):
                comment.handle.delete()
            return True

        self._write(f"deleting comment {comment.id}", delete)

    def create_review(
        self,
        number: int,
        sha: str,
        body: str,
        comments: list[dict[str, Any]],
        mine: Callable[[Review], bool],
    ) -> None:
        pull = self.repo.get_pull(number)
        commit = self.repo.get_commit(sha)

        def posted() -> bool | None:
            fresh = self.reviews(number, fresh=True)
            return True if any(mine(r) and r.body == body for r in fresh) else None

        self._write(
            f"reviewing #{number}",
            lambda: bool(
                pull.create_review(
                    commit=commit,
                    body=body,
                    event="COMMENT",
                    comments=cast("list[ReviewComment]", comments),
                )
            ),
            posted,
        )

    def edit_review(self, review: Review, body: str) -> None:
        self._write(f"editing review {review.id}", lambda: review.handle.edit(body))

    def create_file_comment(self, number: int, sha: str, path: str, body: str) -> None:
        pull = self.repo.get_pull(number)
        self._write(
            f"commenting on {path}",
            lambda: bool(
                pull.create_review_comment(body=body, commit=sha, path=path, subject_type="file")
            ),
        )

    def create_status(
        self, sha: str, state: str, description: str, context: str, target_url: str | None
    ) -> None:
        commit = self.repo.get_commit(sha)
        arguments: dict[str, str] = {
            "state": state,
            "description": description[:140],
            "context": context,
        }
        if target_url:
            arguments["target_url"] = target_url
        self._write(f"setting the {context} status", lambda: commit.create_status(**arguments))


def lost(error: requests.RequestException) -> str:
    """A failed request in words: urllib3's last answer when it gave up retrying."""
    found = re.search(r"too many (\d{3}) error responses", str(error))
    if found is not None:
        return f"{found.group(1)} on each of {TRIES} tries"
    return f"{type(error).__name__} (no answer)"


# What PyGithub raises on an answer it cannot read: not JSON (ValueError), or JSON of
# another shape than the API describes (null where an object was due, a missing key).
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)


def unreadable(error: Exception) -> str:
    return f"GitHub's answer could not be read ({type(error).__name__})"


def explain(error: GithubException) -> str:
    message = ""
    if isinstance(error.data, dict):
        message = str(error.data.get("message", ""))
    headers = {k.lower(): v for k, v in (error.headers or {}).items()}
    if error.status in (403, 429) and headers.get("x-ratelimit-remaining") == "0":
        reset = headers.get("x-ratelimit-reset")
        when = time.strftime("%H:%M UTC", time.gmtime(int(reset))) if reset else "the next hour"
        return f"the API rate limit is spent until {when}; re-run the job after that"
    return f"{error.status} {message}".strip()


def _who(user: Any) -> tuple[str, bool]:
    """A GitHub user's login ("" when deleted) and whether it is a bot."""
    return (user.login if user else "", bool(user and user.type == "Bot"))
