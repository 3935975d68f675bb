"""What happened on GitHub after the documents were written: the reads of the follow-through
report, each request counted, none of them made here (``client.Api`` makes them).

Few requests: issues and issue comments of the period come from two paginated listings (the
``since`` parameter), each linked issue is looked up once, and a repository that refuses once
is not asked again. ``requests`` is the number of HTTP requests made (retries that urllib3
makes inside one are not counted apart).
"""

from __future__ import annotations

from datetime import datetime

from spec_gate.github.client import Api, Merged, RefusedError, Reply, Reported, Tracked


class Activity:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.requests = 0
        self.refused: dict[str, str] = {}  # repository -> why it could not be read
        self._tracked: dict[tuple[str, int], Tracked | None] = {}

    def _counted(self) -> None:
        self.requests += 1

    def issues_opened_since(self, since: datetime) -> list[Reported]:
        """Issues opened since ``since``, oldest first, pull requests left out."""
        return self.api.issues_opened_since(since, self._counted)

    def comments_since(self, since: datetime) -> list[Reply]:
        """Comments on issues and pull requests since ``since``, oldest first."""
        return self.api.comments_since(since, self._counted)

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
            found = self.api.tracked(repository, number, self._counted)
        except RefusedError as error:
            self.refused[repository.lower()] = str(error)
        self._tracked[key] = found
        return found

    def pulls_merged_since(self, since: datetime) -> list[Merged]:
        """Pull requests merged since ``since``."""
        return self.api.pulls_merged_since(since, self._counted)

    def approving_logins(self, number: int) -> dict[str, datetime | None]:
        """Logins whose latest review of pull request ``number`` approves it, with when."""
        return self.api.approving_logins(number, self._counted)
