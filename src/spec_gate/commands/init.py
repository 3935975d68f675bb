"""``spec-gate init``: a starter config, templates that pass once filled in, and a workflow.

Every file goes where the written ``.spec-gate.yml`` expects it. A file that exists, or one
that does its job under another name, is never overwritten without ``--force``: it is kept, and
said so. A symbolic link is never written through, and a config kept decides what is checked:
no template it would check is written, and the advice names what it checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import TextIO

from spec_gate import git
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.compiled import Profile
from spec_gate.ruleset.files import CONFIG_NAMES
from spec_gate.ruleset.globs import GlobError, compile_glob
from spec_gate.vocabulary import Kind

FILES = {
    ".spec-gate.yml": "spec-gate.yml",
    "docs/specs/TEMPLATE.md": "spec.md",
    "postmortems/TEMPLATE.md": "postmortem.md",
    ".github/pull_request_template.md": "pull_request_template.md",
    ".github/workflows/spec-gate.yml": "workflow.yml",
    "oncall/handoffs/TEMPLATE.md": "handoff.md",
    ".github/ISSUE_TEMPLATE/oncall-handoff.yml": "handoff-issue-form.yml",
}


# The documents a team writes in its own language; the config and the workflow are the same
# in every language.
WRITTEN = ("spec.md", "postmortem.md", "pull_request_template.md")
ENGLISH = "en"


def languages() -> tuple[str, ...]:
    """English, then every language with templates of its own (templates/<code>/)."""
    folder = resources.files("spec_gate").joinpath("templates")
    own = sorted(e.name for e in folder.iterdir() if e.joinpath("spec.md").is_file())
    return (ENGLISH, *own)


def template(name: str, lang: str = ENGLISH) -> str:
    folder = resources.files("spec_gate").joinpath("templates")
    if lang != ENGLISH and name in WRITTEN:
        folder = folder.joinpath(lang)
    return folder.joinpath(name).read_text(encoding="utf-8")


def run(root: Path, force: bool, out: TextIO, lang: str = ENGLISH) -> int:
    if lang not in languages():
        raise SpecGateError(
            "--lang", f"no templates in {lang!r} (there are: {', '.join(languages())})"
        )
    kept: list[str] = []
    written: list[str] = []
    # Nothing is written where one of the files cannot be: a file standing where a folder
    # must be (".github/workflows") would stop the setup half written.
    for target in FILES:
        for folder in (root / target).parents:
            if folder == root or root not in folder.parents:
                break
            if not folder.is_symlink() and folder.exists() and not folder.is_dir():
                raise SpecGateError(
                    str(folder.relative_to(root)),
                    f"is a file where {target} needs a folder; nothing was written",
                )
    # Every file first, then what was done: a reader that stops early (`init | head -1`)
    # must not leave the setup half written.
    in_force: KeptConfig | None = None  # the config kept (the first file), not init's
    for target, name in FILES.items():
        there, writable = _in_place(root, target)
        path = root / there
        why = _why_kept(root, there, target, writable, force) or _checked(root, there, in_force)
        if why is not None:
            kept.append(why)
            if target == CONFIG:
                in_force = KeptConfig.read(root, there)
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template(name, lang), encoding="utf-8")
        except OSError as error:
            raise SpecGateError(target, f"cannot write: {error.strerror}") from None
        written.append(there)
    said = [f"wrote {target}\n" for target in written]
    said += kept
    top = git.top_above(root.resolve())
    workflow = next((w for w in written if w.startswith(".github/workflows/")), None)
    if workflow is not None and top is not None and top != root.resolve():
        said.append(
            f"note: GitHub runs workflows only from {top / '.github/workflows'}; move "
            f"{workflow} there, with its paths, or run `spec-gate init` at the repository's "
            "root\n"
        )
    advice = _next(root, in_force)
    if written and advice:
        said.append(advice)
    out.write("".join(said))
    return 0


def _why_kept(root: Path, there: str, target: str, writable: bool, force: bool) -> str | None:
    """Why init keeps what is at ``there`` (in place of ``target``), one line; None when it
    writes there."""
    if not writable:
        return (
            f"kept {there}: GitHub offers the pull-request templates in "
            f"{PurePosixPath(there).parent}/, so init adds no {target} (not even with --force)\n"
        )
    link = _link(root, there)
    if link is not None:
        # A link may lead anywhere: writing through it could create or overwrite a file
        # outside the repository, so the link is left as it is, whatever --force says.
        what = f"kept {there}: it is" if link == there else f"did not write {there}: {link} is"
        return (
            f"{what} a symbolic link, and init never writes through one (it may lead out of "
            "the repository), not even with --force\n"
        )
    if (root / there).exists() and not force:
        return _kept(there, target)
    return None


@dataclass(frozen=True, slots=True)
class KeptConfig:
    """The config init keeps, and which files its ``documents:`` globs check as which kind:
    ``profiles`` is None when it cannot be read as a config (`spec-gate check` says why)."""

    name: str
    folder: Path  # its globs are relative to the folder it sits in
    profiles: tuple[Profile, ...] | None

    @classmethod
    def read(cls, root: Path, name: str) -> KeptConfig:
        from spec_gate.ruleset.load import read_yaml, validate  # pydantic: only when kept
        from spec_gate.ruleset.schema import Config

        path = root / name
        try:
            documents = validate(Config, read_yaml(path, name), name).documents
            for glob in (g for entry in documents for g in (*entry.paths, *entry.exclude)):
                compile_glob(glob)
        except (SpecGateError, GlobError):
            return cls(name, root, None)
        profiles = tuple(Profile(e.kind, (), tuple(e.paths), tuple(e.exclude)) for e in documents)
        return cls(name, path.resolve().parent, profiles)

    def kind_of(self, root: Path, relative: str) -> Kind | None:
        """The kind this config checks ``relative`` (a path below ``root``) as, if any: the
        first ``documents:`` entry that takes it decides, as in `spec-gate check`."""
        try:
            here = (root.resolve() / relative).relative_to(self.folder).as_posix()
        except ValueError:
            return None
        return next((p.kind for p in self.profiles or () if p.claims(here)), None)


def _checked(root: Path, there: str, in_force: KeptConfig | None) -> str | None:
    """Why init does not write a template the kept config would check as a document (it would
    fail, as an untouched template does), one line; None when it would not."""
    if in_force is None or not there.endswith(".md"):
        return None
    kind = in_force.kind_of(root, there)
    if kind is None:
        return None
    return (
        f"did not write {there}: {in_force.name} (kept) would check it as a {kind} document; "
        "add it to that entry's exclude: and run spec-gate init again\n"
    )


def _next(root: Path, in_force: KeptConfig | None) -> str | None:
    """What to do next, true for the config in force; None with no spec template to copy."""
    if not (root / SPEC_TEMPLATE).is_file():
        return None
    if in_force is None or in_force.kind_of(root, "docs/specs/your-spec.md") == Kind.SPEC:
        return (
            f"Next: copy {SPEC_TEMPLATE} to docs/specs/<your-spec>.md (keep the template as it "
            "is), fill in the copy and commit; `spec-gate check` shows what is missing.\n"
        )
    if in_force.profiles is None:
        return (
            f"Next: {in_force.name} (kept) decides which files are checked as specs, and cannot "
            "be read as a config: `spec-gate check` says why.\n"
        )
    specs = [glob for p in in_force.profiles if p.kind == Kind.SPEC for glob in p.paths]
    if not specs:
        return (
            f"Next: {in_force.name} (kept) checks no files as specs; to have copies of "
            f"{SPEC_TEMPLATE} checked, map them in a `documents:` entry of kind spec.\n"
        )
    return (
        f"Next: copy {SPEC_TEMPLATE} to a file {in_force.name} (kept) checks as a spec "
        f"({', '.join(specs)}), fill in the copy and commit; `spec-gate check` shows what is "
        "missing.\n"
    )


WORKFLOW = ".github/workflows/spec-gate.yml"
CONFIG = ".spec-gate.yml"
SPEC_TEMPLATE = "docs/specs/TEMPLATE.md"
PR_TEMPLATE = ".github/pull_request_template.md"
# The names that do the job of the file init writes: the config under any name it is found by
# (a .spec-gate.yml beside a .spec-gate.yaml would silently replace it), the workflow as .yaml.
OTHER_NAMES = {
    CONFIG: CONFIG_NAMES,
    WORKFLOW: (WORKFLOW, ".github/workflows/spec-gate.yaml"),
}
# GitHub reads a pull-request template from .github/, the root or docs/, its name in any letter
# case and with .md, .txt or no extension, or several from a PULL_REQUEST_TEMPLATE/ folder there.
PR_TEMPLATE_FOLDERS = (".github", "", "docs")
PR_TEMPLATE_NAME = re.compile(r"pull_request_template(\.md|\.txt)?", re.IGNORECASE)


def _in_place(root: Path, target: str) -> tuple[str, bool]:
    """Where ``target`` is already, perhaps under another name that does its job, and whether
    init may write there (with --force): not into a folder of pull-request templates, which
    offers a choice of them. ``target`` itself when nothing stands in for it."""
    if target == PR_TEMPLATE:
        return next(_pr_templates(root), (target, True))
    names = OTHER_NAMES.get(target, ())
    return next((n for n in names if _is_file(root / n)), target), True


def _pr_templates(root: Path) -> Iterator[tuple[str, bool]]:
    """The pull-request templates GitHub finds (init's own first), then the first file of each
    PULL_REQUEST_TEMPLATE/ folder; each with whether init may write there."""
    if _is_file(root / PR_TEMPLATE):
        yield PR_TEMPLATE, True
    folders: list[Path] = []
    for place in PR_TEMPLATE_FOLDERS:
        for entry in _entries(root / place):
            if not PR_TEMPLATE_NAME.fullmatch(entry.name):
                continue
            if _is_file(entry):
                yield entry.relative_to(root).as_posix(), True
            elif entry.is_dir() and "." not in entry.name:
                folders.append(entry)
    for folder in folders:
        for entry in _entries(folder):
            if _is_file(entry) and not entry.name.startswith("."):
                yield entry.relative_to(root).as_posix(), False
                break


def _entries(folder: Path) -> list[Path]:
    """What ``folder`` holds, by name; nothing when it is not a folder."""
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _link(root: Path, relative: str) -> str | None:
    """The first of ``relative``'s folders, or the file itself, that is a symbolic link
    (dangling or not), as a path below ``root``; None when there is none."""
    parts = PurePosixPath(relative).parts
    for end in range(1, len(parts) + 1):
        if root.joinpath(*parts[:end]).is_symlink():
            return "/".join(parts[:end])
    return None


def _is_file(path: Path) -> bool:
    """A file, or a symbolic link (dangling or not) that may stand for one."""
    return path.is_file() or path.is_symlink()


def _kept(there: str, target: str) -> str:
    if there == target:
        return f"kept {there}: it exists (spec-gate init --force overwrites it)\n"
    return (
        f"kept {there}: it does the job of {target}, so init does not add {target} "
        f"(spec-gate init --force overwrites {there})\n"
    )
