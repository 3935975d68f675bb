"""``spec-gate init``: what it writes, and what it keeps of what is there already."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]


@pytest.mark.parametrize("name", [".spec-gate.yml", ".spec-gate.yaml"])
def test_init_keeps_the_config_under_either_name_it_is_found_by(
    cli: Cli, write: Write, name: str
) -> None:
    write(name, "fail_on: warning\n")
    run = cli("init")
    assert f"kept {name}: " in run.out
    assert [p.name for p in Path().glob(".spec-gate.*")] == [name]
    assert Path(name).read_text() == "fail_on: warning\n"
    assert cli("explain").out.startswith(f"Rules in force ({name}):")
    forced = cli("init", "--force")
    assert f"wrote {name}\n" in forced.out
    assert [p.name for p in Path().glob(".spec-gate.*")] == [name]
    assert Path(name).read_text() != "fail_on: warning\n"


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
    }


@pytest.mark.parametrize(
    ("link", "to", "said"),
    [
        # dangling: init would create the file it points to
        ("docs/specs/TEMPLATE.md", "created-by-init.md", "kept docs/specs/TEMPLATE.md: it is"),
        # a file of the user's, outside the repository
        (
            ".github/pull_request_template.md",
            "notes.md",
            "kept .github/pull_request_template.md: it is",
        ),
        (".spec-gate.yml", "notes.md", "kept .spec-gate.yml: it is"),
        # a folder on the way: to a folder, nowhere, or a file
        ("docs/specs", "folder", "did not write docs/specs/TEMPLATE.md: docs/specs is"),
        (
            ".github/workflows",
            "nowhere",
            "did not write .github/workflows/spec-gate.yml: .github/workflows is",
        ),
        ("postmortems", "notes.md", "did not write postmortems/TEMPLATE.md: postmortems is"),
    ],
)
def test_init_never_writes_through_a_symbolic_link(
    cli: Cli, write: Write, tmp_path_factory: pytest.TempPathFactory, link: str, to: str, said: str
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "notes.md").write_text("my precious notes\n")
    (outside / "folder").mkdir()
    before = _tree(outside)
    Path(link).parent.mkdir(parents=True, exist_ok=True)
    Path(link).symlink_to(outside / to)
    for force in ([], ["--force"]):
        run = cli("init", *force)
        assert run.code == 0, run.err
        assert (
            f"{said} a symbolic link, and init never writes through one (it may lead out of "
            "the repository), not even with --force\n"
        ) in run.out
        assert _tree(outside) == before
        assert Path(link).readlink() == outside / to


PR = ".github/pull_request_template.md"
WORKFLOW = ".github/workflows/spec-gate.yml"


@pytest.mark.parametrize(
    ("existing", "instead_of", "forced"),
    [
        # GitHub reads the pull-request template in any letter case, from .github/, the root
        # or docs/, with .md, .txt or no extension: --force overwrites it where it is
        (".github/PULL_REQUEST_TEMPLATE.md", PR, "wrote"),
        (".github/Pull_Request_Template.txt", PR, "wrote"),
        ("PULL_REQUEST_TEMPLATE.md", PR, "wrote"),
        ("pull_request_template", PR, "wrote"),
        ("docs/pull_request_template.md", PR, "wrote"),
        # or several, in a PULL_REQUEST_TEMPLATE/ folder: kept, even with --force
        (".github/PULL_REQUEST_TEMPLATE/default.md", PR, "kept"),
        ("PULL_REQUEST_TEMPLATE/bug.md", PR, "kept"),
        ("docs/pull_request_template/feature.md", PR, "kept"),
        # the workflow as .yaml
        (".github/workflows/spec-gate.yaml", WORKFLOW, "wrote"),
    ],
)
def test_init_adds_no_second_file_beside_one_that_does_its_job(
    cli: Cli, write: Write, existing: str, instead_of: str, forced: str
) -> None:
    write(existing, "## Description\nThe team's own, hand written.\n")
    run = cli("init")
    if forced == "wrote":
        said = f"it does the job of {instead_of}, so init does not add {instead_of}"
    else:
        folder = existing.rsplit("/", 1)[0]
        said = f"GitHub offers the pull-request templates in {folder}/, so init adds no {PR}"
    assert f"kept {existing}: {said}" in run.out
    assert Path(existing).read_text() == "## Description\nThe team's own, hand written.\n"
    assert not Path(instead_of).exists()
    again = cli("init", "--force")
    assert f"{forced} {existing}" in again.out
    assert not Path(instead_of).exists()
    assert (Path(existing).read_text() == "## Description\nThe team's own, hand written.\n") == (
        forced == "kept"
    )


TEMPLATES = [
    "docs/specs/TEMPLATE.md",
    "postmortems/TEMPLATE.md",
    ".github/pull_request_template.md",
    "oncall/handoffs/TEMPLATE.md",
]
USUAL = (
    "Next: copy docs/specs/TEMPLATE.md to docs/specs/<your-spec>.md (keep the template as it is)"
)


@pytest.mark.parametrize(
    ("config", "not_written", "advice"),
    [
        # specs in another folder: the advice names it
        (
            "documents: [{kind: spec, paths: ['rfcs/*.md']}]",
            [],
            "Next: copy docs/specs/TEMPLATE.md to a file .spec-gate.yaml (kept) checks as a spec (rfcs/*.md), fill in",
        ),
        # globs that would take the templates: they are not written
        ("documents: [{kind: spec, paths: ['docs/**/*.md']}]", TEMPLATES[:1], ""),
        ("documents: [{kind: spec, paths: ['**/*.md']}]", TEMPLATES, ""),
        # unless the config leaves them out
        (
            "documents: [{kind: spec, paths: ['docs/**/*.md'], exclude: ['**/TEMPLATE.md']}]",
            [],
            USUAL,
        ),
        # no specs at all (no documents: maps none), or a config that cannot be read: the
        # kept config decides
        (
            "documents: [{kind: postmortem, paths: ['pm/*.md']}]",
            [],
            "Next: .spec-gate.yaml (kept) checks no files as specs; to have copies of docs/specs/TEMPLATE.md checked, map them in a `documents:` entry of kind spec.",
        ),
        (
            "fail_on: warning",
            [],
            "Next: .spec-gate.yaml (kept) checks no files as specs; to have copies of docs/specs/TEMPLATE.md checked, map them in a `documents:` entry of kind spec.",
        ),
        (
            "documents: [{kind: rfc, paths: ['rfcs/*.md']}]",
            [],
            "Next: .spec-gate.yaml (kept) decides which files are checked as specs, and cannot be read as a config: `spec-gate check` says why.",
        ),
    ],
)
def test_init_under_a_kept_config_advises_what_it_checks_and_writes_no_template_it_would_check(
    cli: Cli, write: Write, config: str, not_written: list[str], advice: str
) -> None:
    write(".spec-gate.yaml", config + "\n")
    run = cli("init")
    assert run.code == 0
    for target in TEMPLATES:
        line = f"did not write {target}: .spec-gate.yaml (kept) would check it as a spec document; add it to that entry's exclude: and run spec-gate init again\n"
        assert (line in run.out) == (target in not_written)
        assert Path(target).exists() == (target not in not_written)
    last = run.out.splitlines()[-1]
    assert last.startswith(advice) if advice else not last.startswith("Next:")
    checked = cli("check", "--format", "json")
    if checked.code != 2:  # 2: nothing mapped, or the config cannot be read
        assert not {d["path"] for d in checked.json["documents"]} & set(TEMPLATES)
