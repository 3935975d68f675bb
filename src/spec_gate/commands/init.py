"""``spec-gate init``: a starter config, templates that pass once filled in, and a workflow.

Every file goes where the written ``.spec-gate.yml`` expects it. A file that exists is never
overwritten without ``--force``: it is kept, and said so.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path, PurePosixPath
from typing import TextIO

from spec_gate import git
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.files import CONFIG_NAMES

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
    for target, name in FILES.items():
        there = _in_place(root, target)
        path = root / there
        link = _link(root, there)
        if link is not None:
            # A link may lead anywhere: writing through it could create or overwrite a file
            # outside the repository, so the link is left as it is, whatever --force says.
            what = f"kept {there}: it is" if link == there else f"did not write {there}: {link} is"
            kept.append(
                f"{what} a symbolic link, and init never writes through one (it may lead out of "
                "the repository), not even with --force\n"
            )
            continue
        if path.exists() and not force:
            kept.append(_kept(there, target))
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
    if WORKFLOW in written and top is not None and top != root.resolve():
        said.append(
            f"note: GitHub runs workflows only from {top / '.github/workflows'}; move "
            f"{WORKFLOW} there, with its paths, or run `spec-gate init` at the repository's "
            "root\n"
        )
    if written:
        said.append(
            "Next: copy docs/specs/TEMPLATE.md to docs/specs/<your-spec>.md (keep the template "
            "as it is), fill in the copy and commit; `spec-gate check` shows what is missing.\n"
        )
    out.write("".join(said))
    return 0


WORKFLOW = ".github/workflows/spec-gate.yml"
CONFIG = ".spec-gate.yml"


def _in_place(root: Path, target: str) -> str:
    """Where ``target`` is already, perhaps under another name that does its job: the config
    under any name it is found by (``.spec-gate.yaml``, which a ``.spec-gate.yml`` beside it
    would silently replace). ``target`` itself when nothing stands in for it."""
    if target == CONFIG:
        return next((n for n in CONFIG_NAMES if _is_file(root / n)), target)
    return target


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
        f"kept {there}: it does the job of {target}, so init adds no {target} beside it "
        "(spec-gate init --force overwrites it)\n"
    )
