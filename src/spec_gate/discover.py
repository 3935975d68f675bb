"""From the command line's PATHs (or the config's globs) to the documents to check, and from
the working directory (or ``--config``) to the policy that applies."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, NamedTuple

from spec_gate.engine import Source
from spec_gate.errors import SpecGateError
from spec_gate.folders import PAGES, markdown_below, markdown_paths
from spec_gate.ruleset import cache
from spec_gate.ruleset.compiled import Policy
from spec_gate.ruleset.files import RecordingFiles, find_config, repository_root
from spec_gate.ruleset.globs import compile_glob
from spec_gate.texts import MAX_DOCUMENT_BYTES, decode, read
from spec_gate.vocabulary import Kind


def sources(
    paths: list[str],
    policy: Policy,
    kind: Kind | None,
    base: Path,
    stdin: BinaryIO | None = None,
) -> list[Source]:
    """Every document named by ``paths`` (``-`` is standard input), or by the config's globs;
    ``paths`` are relative to ``base`` (the working directory), and so are the paths shown."""
    if not paths:
        return configured(policy, kind, base).sources
    root = policy.root.resolve()
    enter = named_hidden(policy)
    found: list[Source] = []
    seen: set[str] = set()  # the files' real paths
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                text = decode(stream.read(MAX_DOCUMENT_BYTES + 1), "-")
            except SpecGateError as error:  # said with the other documents' findings, as a file's
                found.append(Source("-", "", None, kind, unreadable=error.what))
                continue
            found.append(Source("-", text, None, kind))
            continue
        named = Path(raw)  # as the user wrote it, for the paths shown
        path = base / named
        walked = path.is_dir()
        if walked and os.sep == "/":
            files, shown, reals = _walked(path, named, enter)
        elif walked:
            # The folder is resolved once; a file's real path is the folder's plus the rest
            # (os.walk does not follow links to folders, so the rest has none).
            real = path.resolve()
            files = sorted(markdown_below(path, enter=enter))
            rests = [file.relative_to(path) for file in files]
            shown = [str(named / rest) for rest in rests]
            reals = [str(real / rest) for rest in rests]
        elif path.is_file():
            files, shown, reals = [path], [str(named)], [str(path.resolve())]
        else:
            raise SpecGateError(raw, "no such file or directory")
        for file, name, resolved in zip(files, shown, reals, strict=True):
            if resolved in seen:
                continue
            seen.add(resolved)
            source = Source(name, "", _relative_text(resolved, str(root)), kind, file=file)
            # A file the config leaves out on purpose (a template) is not looked at when a
            # folder is walked, whatever kind is forced; named on its own, it is said why it
            # was skipped, or checked as the kind forced.
            if walked and source.relative is not None and policy.leaves_out(source.relative):
                continue
            if walked and kind is None:
                source = replace(source, walked=True)
            found.append(source)
    return found


def _walked(
    folder: Path, named: Path, enter: Callable[[str], bool] | None
) -> tuple[list[Path], list[str], list[str]]:
    """The Markdown files below ``folder`` (on a POSIX system), in the order of their paths'
    parts (as Paths sort): each as a Path, as shown (below ``named``, the folder as the user
    wrote it) and as its real path (the folder resolved once, plus the rest: os.walk does not
    follow links to folders). Written with strings: a Path for each costs more than the
    rest of finding the file. ``enter``: the hidden folders walked (``named_hidden``)."""
    top, real = str(folder), str(folder.resolve())
    cut = len(top) if top.endswith("/") else len(top) + 1
    found = markdown_paths(folder, enter=enter)
    rests = sorted((file[cut:] for file in found), key=lambda r: r.split("/"))
    shown_prefix = "" if str(named) == "." else _joinable(str(named))
    real_prefix = _joinable(real)
    top_prefix = _joinable(top)
    files = [Path(top_prefix + rest) for rest in rests]
    return files, [shown_prefix + rest for rest in rests], [real_prefix + rest for rest in rests]


def _joinable(folder: str) -> str:
    return folder if folder.endswith("/") else folder + "/"


def _relative_text(resolved: str, root: str) -> str | None:
    """``_relative`` of real paths as strings, as ``Path.relative_to(...).as_posix()``."""
    if resolved == root:
        return "."
    if os.sep == "/" and resolved.startswith(_joinable(root)):
        return resolved[len(_joinable(root)) :]
    return _relative(Path(resolved), Path(root))


def display(path: Path, base: Path) -> str:
    """A path as the user would write it: relative to ``base`` (the working directory) when
    inside it."""
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def _source(file: Path, shown: str, resolved: Path, root: Path, kind: Kind | None) -> Source:
    """A document to be read where it is checked, so that a large corpus is never all in
    memory at once. ``resolved`` and ``root`` are resolved once by the caller."""
    return Source(shown, "", _relative(resolved, root), kind, file=file)


def relative_to(file: Path, root: Path) -> str | None:
    return _relative(_real(file), root.resolve())


def _real(file: Path) -> Path:
    """``file`` with its links resolved; as it is (made absolute) when they loop: such a
    file cannot be read, and reading it says so, for that file alone."""
    try:
        return file.resolve()
    except (RuntimeError, OSError):  # "Symlink loop" (OSError from Python 3.13)
        return file.absolute()


def _relative(resolved: Path, root: Path) -> str | None:
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return None


class Configured(NamedTuple):
    """The documents of the whole policy (a run with no PATH), and the globs that found none."""

    sources: list[Source]
    unmatched: list[tuple[str, str]]  # as GlobsSeen.unmatched


def configured(policy: Policy, kind: Kind | None, base: Path) -> Configured:
    """Every file the config's `documents:` globs map, found by walking the repository;
    shown relative to ``base`` (the working directory)."""
    if not policy.profiles:
        raise SpecGateError(
            policy.source or "spec-gate check",
            "nothing to check: name files or folders, or map documents to kinds under "
            f"`documents:` in {Path(policy.source).name if policy.source else '.spec-gate.yml'}",
        )
    root = policy.root.resolve()
    seen = GlobsSeen(policy)
    files = []
    for file in markdown_below(policy.root, PAGES, named_hidden(policy)):
        relative = _relative(_real(file), root)
        if relative is None:
            continue
        seen.see(relative)
        # (a file one entry leaves out on purpose, a template, is left out here as when a
        # folder is named: not taken by a later entry's wider glob)
        if any(p.claims(relative) for p in policy.profiles) and not policy.leaves_out(relative):
            files.append(file)
    sources = [_source(f, display(f, base), _real(f), root, kind) for f in sorted(set(files))]
    return Configured(sources, seen.unmatched())


class GlobsSeen:
    """Which of the config's `documents:` globs match none of the files seen: a typo
    (``doc/specs/**/*.md``) would otherwise make a gate that always passes. A glob counts as
    matching a file its entry excludes (a new repository holding only the template)."""

    def __init__(self, policy: Policy) -> None:
        self._waiting = {
            (where, glob): compile_glob(glob)
            for profile in policy.profiles
            for glob, where in zip(
                profile.paths,
                profile.paths_where or [policy.source] * len(profile.paths),
                strict=True,
            )
        }

    def see(self, relative: str) -> None:
        """One more file, by its path from the root."""
        if self._waiting:
            for key, pattern in list(self._waiting.items()):
                if pattern.match(relative):
                    del self._waiting[key]

    def unmatched(self) -> list[tuple[str, str]]:
        """Each glob that matched no file seen, as (where it is written, what to say)."""
        return [
            (
                where,
                f"glob {glob!r} matches no .md, .markdown, .mdx or .rst file: nothing under "
                "it is checked (a typo?)",
            )
            for where, glob in self._waiting
        ]


def named_hidden(policy: Policy) -> Callable[[str], bool] | None:
    """Whether a hidden folder (by its path) is one the config's globs name (``.rfcs/*.md``),
    and so walked where other hidden folders are skipped; None when they name none."""
    folders = [compile_glob(folder) for folder in policy.hidden_folders()]
    if not folders:
        return None
    root = policy.root.resolve()

    def enter(folder: str) -> bool:
        relative = _relative(_real(Path(folder)), root)
        return relative is not None and any(f.match(relative) for f in folders)

    return enter


__all__ = ["MAX_DOCUMENT_BYTES", "decode", "display", "read", "relative_to", "sources"]


def policy_for(
    config: str | None, rulesets: list[str], start: Path, base: Path | None = None
) -> Policy:
    """The policy of ``--config``, else of the ``.spec-gate.yml`` nearest ``start``, else the
    built-ins. ``--config`` and ``--ruleset`` are relative to ``base`` (the working directory;
    ``start`` when not given), and the config is named from there.

    A compiled policy is reused from the cache while the files it came from are unchanged.
    """
    base = base or start
    if config is not None:
        given = base / config
        if not given.is_file():
            raise SpecGateError(config, "config file not found")
        path: Path | None = given
        source = config
    else:
        path = find_config(start)
        source = display(path, base) if path else ""
    where = str(path.resolve()) if path else str(repository_root(start))
    key = (where, source, str(base) if rulesets else "", *rulesets)
    cached = cache.load(key)
    if cached is not None:
        return cached
    from spec_gate.ruleset.load import load_policy, override_rulesets  # pydantic: only on a miss

    files = RecordingFiles()
    policy = load_policy(path, source, files, root=None if path else repository_root(start))
    if rulesets:
        policy = override_rulesets(policy, rulesets, base, files)
    inputs = tuple(sorted(files.read_so_far.items()))
    policy = replace(policy, digest=cache.digest(key, inputs), inputs=inputs)
    cache.store_policy(key, policy)
    return policy
