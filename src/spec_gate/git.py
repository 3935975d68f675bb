"""Every git command spec-gate runs, and the one rule for when one fails.

The rule: a git command that cannot be run (git is not installed) or that exits non-zero (not a
repository, an unknown commit) raises ``GitError``, a ``SpecGateError`` with a one-line message
-- ``WHERE: git SUBCOMMAND failed: the first line git wrote to stderr``, or ``WHERE: git is not
installed`` -- which the CLI shows like any error a user can fix (exit code 2). ``WHERE`` is the
part of spec-gate that needed git (the report says ``report``), ``git`` unless it says. Nothing
here ignores an exit code or hands back half an answer.

Where being outside a repository is normal -- a check run in a plain folder has no renewals, no
copy order, no dates -- the caller says so by asking through ``maybe(...)``: the same call,
with ``None`` instead of the ``GitError``. That is the only way a git failure is not an error.

The top of a repository is found two ways, both here: ``Repository.top`` asks git (what paths
in its output are relative to), ``top_above`` looks at the disk for ``.git`` (cheap, and needs
no git: where the config lookup stops, what ``root`` defaults to).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, ParamSpec, TypeVar

from spec_gate.errors import SpecGateError

if TYPE_CHECKING:
    import subprocess  # imported where git is run: a replayed check never runs it

P = ParamSpec("P")
T = TypeVar("T")


class GitError(SpecGateError):
    """A git command that could not be run or that failed."""

    def __reduce__(self) -> tuple[type[GitError], tuple[str, str]]:
        return (GitError, (self.where, self.what))


class Added(NamedTuple):
    """When a file was first committed: the commit time in seconds, and the commit's place in
    the history, oldest first (commits made within one second are still in order)."""

    time: int
    commit: int


def maybe(call: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
    """``call(*args, **kwargs)``, or None where it raised ``GitError``: for a caller to whom no
    repository (or no git) is normal, not an error."""
    try:
        return call(*args, **kwargs)
    except GitError:
        return None


def is_top(folder: Path) -> bool:
    """Whether ``folder`` is the top of a repository: it holds ``.git`` (a folder, or the file
    a worktree or submodule has). A look at the disk; git is not run."""
    return (folder / ".git").exists()


def top_above(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that is the top of a repository; None when
    ``start`` is in no repository. A look at the disk; git is not run."""
    return next((folder for folder in (start, *start.parents) if is_top(folder)), None)


def findable(folder: Path, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether git run in ``folder`` could find a repository: a ``.git`` at or above the
    folder's real path (as git looks), or ``GIT_DIR`` naming one. A look at the disk; where it
    says no, git would only fail, so a caller to whom no repository is normal need not run it."""
    return "GIT_DIR" in environ or top_above(folder.resolve()) is not None


def head_state(top: Path) -> str | None:
    """What HEAD points at in the repository whose top is ``top`` (the branch and its commit,
    or the commit), read from the disk; git is not run. None when it cannot be told this way
    (an unusual layout): the caller must then not assume the history is unchanged."""
    dot = top / ".git"
    try:
        if dot.is_file():  # a worktree or submodule: "gitdir: <where>"
            pointer = dot.read_text(encoding="utf-8").strip()
            if not pointer.startswith("gitdir:"):
                return None
            gitdir = (top / pointer[len("gitdir:") :].strip()).resolve()
        else:
            gitdir = dot
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref:"):
            return head  # detached: the commit itself
        common = gitdir
        if (gitdir / "commondir").is_file():
            common = (gitdir / (gitdir / "commondir").read_text(encoding="utf-8").strip()).resolve()
        ref = head[len("ref:") :].strip()
        for folder in (gitdir, common):
            if (folder / ref).is_file():
                return f"{ref} {(folder / ref).read_text(encoding='utf-8').strip()}"
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                if line.endswith(f" {ref}"):
                    return f"{ref} {line.split()[0]}"
        return f"{ref} unborn"
    except (OSError, UnicodeDecodeError):
        return None


class Repository:
    """The repository ``root`` is in, asked with git run in ``root``. Errors are ``GitError``
    under ``where``. Reading objects keeps one ``git cat-file --batch`` running: ``close()``
    it when done."""

    def __init__(self, root: Path, where: str = "git") -> None:
        self.root = root
        self.where = where
        self.batch: subprocess.Popen[bytes] | None = None

    def run(self, *args: str) -> bytes:
        """The standard output of ``git ARGS``."""
        import subprocess

        try:
            done = subprocess.run(["git", *args], cwd=self.root, capture_output=True, check=False)
        except FileNotFoundError:
            raise GitError(self.where, "git is not installed") from None
        except OSError as error:
            raise GitError(self.where, f"git could not be run: {error.strerror}") from None
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(self.where, f"git {args[0]} failed: {reason[0] if reason else ''}")
        return done.stdout

    def log(self, format: str, *args: str) -> str:
        """The output of ``git log --format=FORMAT ARGS`` as text (bytes that are not UTF-8,
        from old history, kept as surrogates): the one way history is asked for."""
        out = self.run("log", f"--format={format}", *args)
        return out.decode("utf-8", "surrogateescape")

    def top(self) -> Path:
        """The top of the repository, as git names it (what its paths are relative to)."""
        out = self.run("rev-parse", "--show-toplevel")
        return Path(out.decode("utf-8", "surrogateescape").strip())

    def first_additions(self) -> tuple[Path, dict[str, Added]]:
        """When git first saw each file (commit time and the commit's place in the history),
        by path from the top of the repository, and that top. One ``git log`` for all files."""
        top = self.top()
        # NUL-separated (no quoting of unusual names); a renamed file keeps the commit its
        # first name was added in: a document moved to another folder was written back then.
        log = self.log("%x01%ct", "--reverse", "-M", "--diff-filter=AR", "--name-status", "-z")
        added: dict[str, Added] = {}
        when = Added(0, 0)
        fields = iter(field.strip("\n") for field in log.split("\0"))
        for field in fields:
            if field.startswith("\x01"):
                when = Added(int(field[1:] or 0), when.commit + 1)
            elif field == "A":
                added.setdefault(next(fields, ""), when)
            elif field.startswith("R"):
                old, new = next(fields, ""), next(fields, "")
                added.setdefault(new, added.get(old, when))
        added.pop("", None)
        return top, added

    def commit_before(self, moment: date) -> str | None:
        """The last commit before the day ``moment`` on the first-parent history of HEAD (the
        line of the main branch); None when there is none yet."""
        out = self.run(
            "rev-list", "-1", "--first-parent", f"--before={moment.isoformat()}T00:00:00", "HEAD"
        )
        return out.decode().strip() or None

    def files(self, commit: str) -> list[tuple[str, str]]:
        """(path, blob id) of every file at ``commit``."""
        out = self.run("ls-tree", "-r", "-z", commit)
        found = []
        for entry in out.split(b"\0"):
            meta, _, name = entry.partition(b"\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == b"blob":
                found.append((name.decode("utf-8", "surrogateescape"), parts[2].decode()))
        return found

    def object(self, name: str) -> bytes | None:
        """A blob's bytes by any name git understands (a blob id, ``commit:path``); None when
        there is no such blob. Every object is one line to the one batch, no new git."""
        if self.batch is None:
            import subprocess

            try:
                self.batch = subprocess.Popen(
                    ["git", "cat-file", "--batch"],
                    cwd=self.root,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
            except FileNotFoundError:
                raise GitError(self.where, "git is not installed") from None
            except OSError as error:
                raise GitError(self.where, f"git could not be run: {error.strerror}") from None
        assert self.batch.stdin is not None and self.batch.stdout is not None
        try:
            self.batch.stdin.write(f"{name}\n".encode("utf-8", "surrogateescape"))
            self.batch.stdin.flush()
            line = self.batch.stdout.readline()
        except BrokenPipeError:
            line = b""
        if not line:  # it stopped: not a repository, most likely
            reason = self._stopped()
            raise GitError(self.where, f"git cat-file failed: {reason}")
        header = line.split()
        if len(header) != 3:  # "NAME missing", "NAME ambiguous"
            return None
        data = self.batch.stdout.read(int(header[2]))
        self.batch.stdout.read(1)  # the newline after the object
        return data if header[1] == b"blob" else None

    def _stopped(self) -> str:
        """The first line the stopped batch wrote to stderr; the batch is gone after."""
        assert self.batch is not None and self.batch.stderr is not None
        lines = self.batch.stderr.read().decode("utf-8", "replace").strip().splitlines()
        self.close()
        return lines[0] if lines else ""

    def close(self) -> None:
        """Stop the ``git cat-file --batch`` that ``object`` started, if it did."""
        if self.batch is not None:
            if self.batch.stdin:
                import contextlib

                with contextlib.suppress(BrokenPipeError):  # it stopped on its own
                    self.batch.stdin.close()
            self.batch.wait()
            for stream in (self.batch.stdout, self.batch.stderr):
                if stream:
                    stream.close()
            self.batch = None
