"""On-call handoffs in the report: how many were written, whether the outgoing person was asked
how they are, the load of each shift, and how often one person took two shifts in a row.

The state check is the engine's verdict on ``handoff-state-check`` (asked and answered), counted
over handoffs: the answer is never read here, and nothing about it is kept per person. The load
is the ``handoff-load`` rule's own reading of the numbers (``counts``), a handoff that gives none
counted as not given, never as zero. Consecutive shifts follow the handoffs in the order their
files were first added; the same ``outgoing`` handle in two handoffs in a row is one repeat,
counted in the period the later handoff was added in. Who repeated is kept only when asked for
(``--names``).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from itertools import pairwise
from typing import Any

from spec_gate.checks import counts
from spec_gate.document import Context, parse
from spec_gate.reading import language
from spec_gate.reading.signoffs import handles, is_placeholder_handle, login, written_login
from spec_gate.ruleset.compiled import Policy, primitives
from spec_gate.vocabulary import Kind

STATE_CHECK = "handoff-state-check"
LOAD = "handoff-load"
OUTGOING = "outgoing"  # the front-matter field naming the person going off call
PAGES = ("pages", "pages")  # (the quantity's name, its front-matter field) in ``handoff-load``
OUT_OF_HOURS = ("out-of-hours pages", "out_of_hours_pages")


@dataclass(frozen=True, slots=True)
class Shift:
    """What one handoff, as one version of its file, says about its shift (read once)."""

    outgoing: str | None  # the outgoing person's login; None: no person (missing, placeholder)
    pages: int | None  # None: not given as a number
    out_of_hours: int | None


@dataclass(frozen=True, slots=True)
class Load:
    """Pages of the shifts measured: those that give a number, and those that do not."""

    given: int
    not_given: int
    total: int  # of the shifts that give a number
    median: float | None  # per shift, of those that give a number


@dataclass(frozen=True, slots=True)
class Handoffs:
    handoffs: int  # the handoffs measured
    written: int | None  # added or changed in the period; None: a point with no period
    state_checked: int | None  # pass ``handoff-state-check``; None: no such rule in the policy
    pages: Load
    out_of_hours: Load
    consecutive: int  # the same person on call in two shifts in a row
    names: tuple[tuple[str, int], ...] | None = None  # (handle, repeats), only with --names

    def state_check_share(self) -> float | None:
        if self.state_checked is None or not self.handoffs:
            return None
        return round(self.state_checked / self.handoffs, 4)


class Reader:
    """Reads a handoff's shift as the policy's rules read it."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.options = _load_options(policy)

    def shift(self, text: str, path: str, relative: str | None) -> Shift:
        """The shift of the handoff ``text`` at ``path`` (``relative`` to the root: which
        template's handles are placeholders)."""
        doc = language.read_in(parse(text, path), self.policy.languages or None)
        found = counts.values(doc, self.options) if self.options is not None else {}
        profile = self.policy.profile_for(relative, Kind.HANDOFF)
        context = Context(profile.template_texts if profile is not None else frozenset())
        return Shift(
            _person((doc.frontmatter or {}).get(OUTGOING), context),
            _quantity(found, self.options, PAGES),
            _quantity(found, self.options, OUT_OF_HOURS),
        )


def _load_options(policy: Policy) -> counts.Options | None:
    """The ``counts`` options of ``handoff-load``, else of any handoff rule that counts pages."""
    found = [
        (active.rule.id == LOAD, check.options)
        for profile, active in policy.active_rules()
        if profile.kind == Kind.HANDOFF
        for check in primitives(active.rule.check)
        if check.name == counts.NAME
        and isinstance(check.options, counts.Options)
        and any(_is(q, PAGES) or _is(q, OUT_OF_HOURS) for q in check.options.quantities)
    ]
    found.sort(key=lambda pair: not pair[0])  # handoff-load's first
    return found[0][1] if found else None


def _is(quantity: counts.Quantity, which: tuple[str, str]) -> bool:
    name, field = which
    return quantity.name.lower() == name or quantity.field == field


def _quantity(
    found: Mapping[str, int | None], options: counts.Options | None, which: tuple[str, str]
) -> int | None:
    if options is None:
        return None
    return next((found.get(q.name) for q in options.quantities if _is(q, which)), None)


def _person(value: Any, context: Context) -> str | None:
    """The login the ``outgoing`` field names (``@maria`` or ``maria``); None for none, or a
    placeholder: ``@<handle>``, ``@handle``, a handle the template carries."""
    if not isinstance(value, str):
        return None
    found = handles(value) or tuple(f"@{bare}" for bare in [written_login(value)] if bare)
    if not found or is_placeholder_handle(found[0], context):
        return None
    return login(found[0])


# -- the measure -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rota:
    """Every handoff at a point, in the order its file was first added, and the day it was."""

    paths: tuple[str, ...]
    added: Mapping[str, date]


def rota(paths: Iterable[str], added: Mapping[str, datetime | None], today: date) -> Rota:
    """The handoffs ``paths`` in the order their files were first ``added`` to git (commit
    time; ``history.first_added``), then by path; a file git does not know yet comes last,
    added today."""
    last = datetime.combine(today, time.max, UTC)
    times = {path: added.get(path) or last for path in set(paths)}
    ordered = sorted(times, key=lambda path: (times[path], path))
    return Rota(tuple(ordered), {path: times[path].date() for path in ordered})


def measure(
    measured: Sequence[str],
    shifts: Mapping[str, Shift],
    rota: Rota,
    state_checked: int | None,
    period: tuple[date, date] | None,
    names: bool = False,
) -> Handoffs:
    """The handoffs ``measured`` (written in ``period``, or every one at a point with no
    period), ``state_checked`` of them passing the state check; repeats are read in
    ``rota``, every handoff at the point, those whose later shift was added in ``period``
    (every one when there is no period)."""
    # A shift's load is counted in the period its handoff was first added: a handoff changed
    # later is written again, but its shift happened once.
    load = [
        shifts[path]
        for path in measured
        if period is None or period[0] <= rota.added[path] < period[1]
    ]
    repeats: Counter[str] = Counter()
    for before, path in pairwise(rota.paths):
        if period is not None and not period[0] <= rota.added[path] < period[1]:
            continue
        person = shifts[path].outgoing
        if person is not None and person == shifts[before].outgoing:
            repeats[person] += 1
    return Handoffs(
        handoffs=len(measured),
        written=len(measured) if period is not None else None,
        state_checked=state_checked,
        pages=_load([s.pages for s in load]),
        out_of_hours=_load([s.out_of_hours for s in load]),
        consecutive=sum(repeats.values()),
        names=tuple(sorted((f"@{p}", n) for p, n in repeats.items())) if names else None,
    )


def _load(figures: Sequence[int | None]) -> Load:
    given = [figure for figure in figures if figure is not None]
    return Load(
        len(given),
        len(figures) - len(given),
        sum(given),
        float(statistics.median(given)) if given else None,
    )
