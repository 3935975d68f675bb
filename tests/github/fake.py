"""A stand-in for the GitHub REST API, just big enough for spec-gate, with faults on demand.

The same ``handle`` serves ``responses`` (in-process tests) and a real HTTP server on
127.0.0.1 (the end-to-end test), and it records every request for the budget and schema checks.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.github.openapi import check_body, operation

BOT = {"login": "github-actions[bot]", "id": 41898282, "type": "Bot"}
HUMAN = {"login": "Codertocat", "id": 21031067, "type": "User"}


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any


@dataclass
class Fault:
    method: str
    path: str  # a regular expression on the API path
    status: int
    times: int
    headers: dict[str, str] = field(default_factory=dict)
    message: str = "Server Error"
    drop: bool = False  # drop the connection instead of answering (HTTP server only)
    raw: str | None = None  # answer this text as it is, not JSON (a page cut short, HTML)


@dataclass(frozen=True)
class Raw:
    """An answer's body as sent, not encoded as JSON."""

    text: str


def encoded(payload: Any) -> str:
    return payload.text if isinstance(payload, Raw) else json.dumps(payload)


class FakeGitHub:
    def __init__(
        self, repository: str = "Codertocat/Hello-World", api_url: str = "https://api.github.com"
    ) -> None:
        self.repository = repository
        self.api_url = api_url.rstrip("/")
        self.prefix = urlsplit(self.api_url).path.rstrip("/")
        self.calls: list[Call] = []
        self.comments: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.statuses: list[dict[str, Any]] = []
        self.files: dict[int, list[str]] = {}
        self.poster: dict[str, Any] = dict(BOT)  # who the token's comments are posted as
        self.patches: dict[str, str] = {}  # path -> the unified diff the files API shows
        self.review_comments: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.pull_list: list[dict[str, Any]] = []  # GET /pulls, newest first
        self.issue_list: list[dict[str, Any]] = []  # GET /issues, newest first
        self.contents: dict[tuple[str, str], bytes] = {}
        self.reviews: dict[int, list[dict[str, Any]]] = {}
        self.faults: list[Fault] = []
        self.teams: dict[str, set[str]] = {}  # "org/slug" -> active members' logins
        self.issues: dict[int, dict[str, Any]] = {}  # number -> the PR or issue as it is now
        self.teams_readable = True  # False: the token cannot see teams (the default job token)
        self.read_only = False
        self.next_id = 1000
        self.lock = threading.Lock()

    # -- set-up -----------------------------------------------------------------------------

    def add_file(self, ref: str, path: str, text: str) -> None:
        self.contents[(ref, path)] = text.encode()

    def add_comment(self, number: int, body: str, user: dict[str, Any]) -> dict[str, Any]:
        self.next_id += 1
        comment = {
            "id": self.next_id,
            "node_id": f"IC_{self.next_id}",
            "body": body,
            "user": dict(user),
            "url": self._url(f"/issues/comments/{self.next_id}"),
            "html_url": f"https://github.com/{self.repository}/issues/{number}"
            f"#issuecomment-{self.next_id}",
            "issue_url": self._url(f"/issues/{number}"),
            "created_at": "2026-11-23T10:00:00Z",
            "updated_at": "2026-11-23T10:00:00Z",
        }
        self.comments[number].append(comment)
        return comment

    def fail(self, method: str, path: str, status: int, times: int = 1, **extra: Any) -> None:
        self.faults.append(Fault(method, path, status, times, **extra))

    # -- what happened ----------------------------------------------------------------------

    def writes(self) -> list[Call]:
        return [c for c in self.calls if c.method != "GET"]

    def comment_writes(self) -> list[Call]:
        return [c for c in self.writes() if "/comments" in c.path]

    # -- serving ----------------------------------------------------------------------------

    def _url(self, tail: str) -> str:
        return f"{self.api_url}/repos/{self.repository}{tail}"

    def handle(self, method: str, url: str, raw: bytes | None) -> tuple[int, dict[str, str], Any]:
        parts = urlsplit(url)
        path = parts.path[len(self.prefix) :] if parts.path.startswith(self.prefix) else parts.path
        body = json.loads(raw) if raw else None
        with self.lock:
            self.calls.append(Call(method, path, parse_qs(parts.query), body))
            for fault in self.faults:
                if fault.times > 0 and fault.method == method and re.search(fault.path, path):
                    fault.times -= 1
                    if fault.raw is not None:
                        return fault.status, fault.headers, Raw(fault.raw)
                    return fault.status, fault.headers, {"message": fault.message}
            if method != "GET":
                check_body(method, path, body)
            else:
                operation(method, path)  # every read is a documented operation too
            return self._route(method, path, parse_qs(parts.query), body)

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, dict[str, str], Any]:
        repo = f"/repos/{self.repository}"
        team = re.fullmatch(r"/orgs/([^/]+)/teams/([^/]+)/memberships/([^/]+)", path)
        if method == "GET" and team:
            org, slug, login = team.groups()
            if not self.teams_readable or login not in self.teams.get(f"{org}/{slug}", set()):
                return 404, {}, {"message": "Not Found"}  # GitHub's answer in both cases
            return 200, {}, {"url": f"{self.api_url}{path}", "role": "member", "state": "active"}
        if not path.startswith(repo):
            return 404, {}, {"message": "Not Found"}
        tail = path[len(repo) :]
        if method == "GET" and (m := re.fullmatch(r"/contents/(.+)", tail)):
            ref = query.get("ref", ["main"])[0]
            data = self.contents.get((ref, m.group(1)))
            if data is None:
                return 404, {}, {"message": "Not Found"}
            return (
                200,
                {},
                {
                    "type": "file",
                    "encoding": "base64",
                    "size": len(data),
                    "name": m.group(1).rsplit("/", 1)[-1],
                    "path": m.group(1),
                    "content": base64.b64encode(data).decode(),
                    "sha": "0" * 40,
                    "url": self._url(f"/contents/{m.group(1)}"),
                },
            )
        if method == "GET" and (m := re.fullmatch(r"/pulls/(\d+)/files", tail)):
            names = self.files.get(int(m.group(1)), [])
            items = [
                {
                    "sha": "1" * 40,
                    "filename": n,
                    "status": "modified",
                    "additions": 1,
                    "deletions": 0,
                    "changes": 1,
                    "patch": self.patches.get(n),
                }
                for n in names
            ]
            return self._page(path, query, items)
        if method == "GET" and tail == "/pulls":
            return self._page(path, query, self.pull_list)
        if method == "GET" and tail == "/issues":
            return self._page(path, query, self.issue_list)
        if method == "GET" and (m := re.fullmatch(r"/pulls/(\d+)/reviews", tail)):
            return self._page(path, query, self.reviews.get(int(m.group(1)), []))
        if method == "POST" and (m := re.fullmatch(r"/pulls/(\d+)/reviews", tail)):
            number = int(m.group(1))
            self.next_id += 1
            review = {
                "id": self.next_id,
                "node_id": f"PRR_{self.next_id}",
                "body": body["body"],
                "user": dict(BOT),
                "state": "COMMENTED",
                "commit_id": body.get("commit_id"),
                "html_url": f"https://github.com/{self.repository}/pull/{number}",
                "pull_request_url": self._url(f"/pulls/{number}"),
                "url": self._url(f"/pulls/{number}/reviews/{self.next_id}"),
                "comments": body.get("comments", []),
            }
            self.reviews.setdefault(number, []).append(review)
            return 200, {}, review
        if method == "PUT" and (m := re.fullmatch(r"/pulls/(\d+)/reviews/(\d+)", tail)):
            for review in self.reviews.get(int(m.group(1)), []):
                if review["id"] == int(m.group(2)):
                    review["body"] = body["body"]
                    return 200, {}, review
            return 404, {}, {"message": "Not Found"}
        if method == "POST" and (m := re.fullmatch(r"/pulls/(\d+)/comments", tail)):
            self.next_id += 1
            comment = {
                "id": self.next_id,
                "body": body["body"],
                "path": body["path"],
                "subject_type": body.get("subject_type"),
                "user": dict(BOT),
                "url": self._url(f"/pulls/comments/{self.next_id}"),
            }
            self.review_comments[int(m.group(1))].append(comment)
            return 201, {}, comment
        if method == "GET" and (m := re.fullmatch(r"/issues/(\d+)", tail)):
            number = int(m.group(1))
            if number not in self.issues:
                return 404, {}, {"message": "Not Found"}
            return (
                200,
                {},
                {
                    "id": number,
                    "number": number,
                    "state": "open",
                    "title": "a change",
                    "url": self._url(f"/issues/{number}"),
                    "comments": len(self.comments.get(number, [])),
                    **self.issues[number],
                },
            )
        if method == "DELETE" and (m := re.fullmatch(r"/issues/comments/(\d+)", tail)):
            for comments in self.comments.values():
                for comment in comments:
                    if comment["id"] == int(m.group(1)):
                        comments.remove(comment)
                        return 204, {}, None
            return 404, {}, {"message": "Not Found"}
        if method == "GET" and (m := re.fullmatch(r"/issues/(\d+)/comments", tail)):
            return self._page(path, query, self.comments[int(m.group(1))])
        if method == "POST" and (m := re.fullmatch(r"/issues/(\d+)/comments", tail)):
            if self.read_only:
                return 403, {}, {"message": "Resource not accessible by integration"}
            return 201, {}, self.add_comment(int(m.group(1)), body["body"], self.poster)
        if method == "PATCH" and (m := re.fullmatch(r"/issues/comments/(\d+)", tail)):
            if self.read_only:
                return 403, {}, {"message": "Resource not accessible by integration"}
            for comment in (c for cs in self.comments.values() for c in cs):
                if comment["id"] == int(m.group(1)):
                    comment["body"] = body["body"]
                    return 200, {}, comment
            return 404, {}, {"message": "Not Found"}
        if method == "POST" and (m := re.fullmatch(r"/statuses/([0-9a-f]{40})", tail)):
            if self.read_only:
                return 403, {}, {"message": "Resource not accessible by integration"}
            status = {
                "id": len(self.statuses) + 1,
                "sha": m.group(1),
                **body,
                "url": self._url(f"/statuses/{m.group(1)}"),
            }
            self.statuses.append(status)
            return 201, {}, status
        return 404, {}, {"message": "Not Found"}

    def _page(
        self, path: str, query: dict[str, list[str]], items: list[dict[str, Any]]
    ) -> tuple[int, dict[str, str], Any]:
        per_page = int(query.get("per_page", ["30"])[0])
        page = int(query.get("page", ["1"])[0])
        chunk = items[(page - 1) * per_page : page * per_page]
        headers = {}
        if page * per_page < len(items):
            link = f"{self.api_url}{path}?per_page={per_page}&page={page + 1}"
            headers["Link"] = f'<{link}>; rel="next"'
        return 200, headers, chunk

    # -- adapters ---------------------------------------------------------------------------

    def mock(self, rsps: Any) -> None:
        """Serve every request of a ``responses.RequestsMock`` from this fake."""

        def callback(request: Any) -> tuple[int, dict[str, str], str]:
            raw = request.body.encode() if isinstance(request.body, str) else request.body
            status, headers, payload = self.handle(request.method, request.url, raw)
            return status, {"Content-Type": "application/json", **headers}, encoded(payload)

        for method in ("GET", "POST", "PATCH", "PUT", "DELETE"):
            rsps.add_callback(method, re.compile(r"https?://.*"), callback=callback)

    def serve(self) -> ThreadingHTTPServer:
        """A real HTTP server on 127.0.0.1; ``api_url`` must be its address."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else None
                for fault in fake.faults:
                    if (
                        fault.drop
                        and fault.times > 0
                        and fault.method == self.command
                        and re.search(fault.path, self.path)
                    ):
                        fault.times -= 1
                        fake.calls.append(Call(self.command, urlsplit(self.path).path, {}, None))
                        self.close_connection = True
                        return
                status, headers, payload = fake.handle(
                    self.command, f"http://local{self.path}", raw
                )
                data = encoded(payload).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server
