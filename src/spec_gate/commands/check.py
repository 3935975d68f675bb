"""The ``check`` job: policy, documents, engine, report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spec_gate import copies, discover
from spec_gate.engine import Engine, Source, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import FailOn, Report
from spec_gate.renewals import GitWaivers
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset import cache
from spec_gate.ruleset.compiled import Policy
from spec_gate.vocabulary import Kind


@dataclass(frozen=True, slots=True)
class CheckRun:
    report: Report  # on the documents that could be read
    fail_on: FailOn
    broken: list[SpecGateError]  # one per document that could not be read: its path, what
    notes: list[str]  # what to say of the globs that found nothing and of the files skipped
    policy: Policy


def run(
    paths: list[str],
    here: Path,
    today: date,
    kind: Kind | None = None,
    config: str | None = None,
    rulesets: list[str] | None = None,
    fail_on: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> CheckRun:
    """Check the documents ``paths`` name. ``here`` is the working directory, which paths and
    ``--config`` are relative to."""
    policy = discover.policy_for(config, rulesets or [], here)
    if rulesets and kind is not None and not policy.defaults[kind].rules:
        raise SpecGateError(
            "--ruleset",
            f"{', '.join(rulesets)} has no rule for {kind} documents, so nothing would be "
            "checked; name a rule set for that kind",
        )
    unmatched: list[tuple[str, str]] = []
    if paths:
        sources = discover.sources(paths, policy, kind, here)
    else:  # the whole policy: a glob that finds nothing is said
        sources, unmatched = discover.configured(policy, kind, here)
    engine = Engine(policy, today=today, waiver_history=GitWaivers(policy.root))
    folder = cache.folder() if use_cache else None
    results = ResultCache.open(folder, policy.digest, engine.context())
    checked = check_all(engine, sources, jobs, results)
    if rulesets and checked.results:
        # (a kind told by the config or the front matter: the same as --kind's)
        kinds = sorted({result.kind for result in checked.results})
        if not any(policy.defaults[Kind(kind)].rules for kind in kinds):
            raise SpecGateError(
                "--ruleset",
                f"{', '.join(rulesets)} has no rule for {' or '.join(kinds)} documents, so "
                "nothing would be checked; name a rule set for that kind",
            )
    order = copies.git_order(policy.root, here)
    named = frozenset(s.path for s in sources if s.file is not None and not s.walked)
    if named and policy.profiles and any(r.passages for r in checked.results):
        # Files named alone (a pre-commit hook's staged files) are compared with every other
        # document the config maps, as a folder's are with each other: those are read and
        # checked (from the cache when unchanged) but not reported.
        others = _the_others(policy, sources, here)
        elsewhere = check_all(engine, others, jobs, results).results
        together = [*checked.results, *elsewhere]
        flagged = copies.flag(together, order, named, memo=results)[: len(checked.results)]
    else:
        flagged = copies.flag(checked.results, order, memo=results)
    walked = frozenset(s.path for s in sources if s.walked).intersection(checked.skipped)
    relative = {s.path: s.relative for s in sources}
    excluded = frozenset(
        path
        for path in checked.skipped
        if (where := relative.get(path)) is not None and policy.leaves_out(where)
    )
    report = Report(tuple(flagged), tuple(checked.skipped), walked, excluded)
    notes = [f"warning: {where}: {what}" for where, what in unmatched]
    notes += skip_notes(report, policy)
    return CheckRun(
        report, FailOn(fail_on) if fail_on else policy.fail_on, checked.broken, notes, policy
    )


def _the_others(policy: Policy, sources: list[Source], here: Path) -> list[Source]:
    """The documents the config maps to kinds, less those being checked."""
    checking = {s.file.resolve() for s in sources if s.file is not None}
    return [
        s
        for s in discover.sources([], policy, None, here)
        if s.file is not None and s.file.resolve() not in checking
    ]


def _front_matter_fields(path: Path) -> tuple[list[str], bool] | None:
    """The lines of the front matter a file opens with ``---``, and whether a line of ``---``
    or ``...`` closes it; None when it opens with none (or cannot be read)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as opened:
            opening = opened.read(_FRONT_MATTER_READ)
    except OSError:
        return None
    lines = opening.splitlines()
    if not lines or lines[0].rstrip() != "---":
        return None
    fields: list[str] = []
    for line in lines[1:]:
        if line.rstrip() in ("---", "..."):
            return fields, True
        fields.append(line)
    return fields, False


def _kind_in_open_front_matter(path: Path) -> bool:
    """Whether a file opens front matter with ``---`` and names its kind, but never closes
    it: a Markdown reader takes that for a rule and a paragraph, and the kind is lost."""
    found = _front_matter_fields(path)
    return found is not None and not found[1] and any(f.startswith("kind:") for f in found[0])


_FRONT_MATTER_READ = 4096  # characters: as far as a front matter's fields go


def _unknown_kind_declared(path: Path) -> str | None:
    """The ``kind:`` a file's closed front matter gives, when it is none of the kinds ("rfc",
    "adr"): the author meant it to be checked, and should know why it was not."""
    found = _front_matter_fields(path)
    if found is None or not found[1]:
        return None
    for field in found[0]:
        if field.startswith("kind:"):
            value = field[len("kind:") :].strip().strip("'\"")
            return value if value and value.lower() not in {k.value for k in Kind} else None
    return None


def skip_notes(report: Report, policy: Policy) -> list[str]:
    """What to say of the files skipped: for each file named, why and the next step; for the
    files found in a folder, one line at most (README.md is no document, and is no surprise)."""
    config = policy.source or ".spec-gate.yml"
    notes = []
    for path in report.skipped:
        if path in report.walked:
            continue
        if path in report.excluded:
            notes.append(
                f"skipped {path}: {config} leaves it out on purpose (`exclude:`, a template?); "
                "pass --kind to check it anyway"
            )
        elif (declared := _unknown_kind_declared(Path(path))) is not None:
            notes.append(
                f"skipped {path}: its front matter's `kind: {declared}` is not one of "
                f"{', '.join(kind.value for kind in Kind)}"
            )
        elif _kind_in_open_front_matter(Path(path)):
            notes.append(
                f"skipped {path}: its front matter opens with --- on line 1 but is never "
                "closed, so its `kind:` is not read; add a line of --- after its fields"
            )
        elif not policy.source:
            notes.append(
                f"skipped {path}: its kind is unknown; `spec-gate init` maps your folders to "
                "kinds, or add `kind:` to its front matter, or pass --kind"
            )
        else:
            notes.append(
                f"skipped {path}: its kind is unknown; map it under `documents:` in {config}, "
                "add `kind:` to its front matter, or pass --kind"
            )
    walked = sorted(report.walked)
    if walked:
        shown = ", ".join(walked[:3]) + (f" and {len(walked) - 3} more" if len(walked) > 3 else "")
        files = "file" if len(walked) == 1 else "files"
        notes.append(f"not checked, no kind of document: {shown} ({len(walked)} {files})")
    return notes
