"""Per-rule agreement between spec-gate and careful readers, on labelled documents.

    python eval/agreement.py                 # the sets rules are developed against
    python eval/agreement.py --show RULE     # and each disagreement of RULE, with the reader's note
    python eval/agreement.py --heldout       # also the held-out sets: figures only
    python eval/agreement.py --json          # the figures as JSON
    python eval/agreement.py --pooled        # README's table: every set of a kind pooled

The sets (eval/README.md says how each was made):
- ``dev``: ../shared/labels/postmortems.json, 50 postmortems of ../shared/corpus.
- ``dev-rest``: eval/corpus/postmortems-dev.json, half of the other 103 postmortems of
  ../shared/corpus, labelled blind here (the other half is held out).
- ``blind/*``: eval/labels/*.json, real documents from public repositories outside
  ../shared/corpus, labelled by readers who had not seen spec-gate's rules or output. The
  documents are not in this repository (eval/SOURCES.md says where each comes from, at which
  commit); ``python eval/fetch.py`` downloads them into eval/documents/.
- ``theater-odd``: eval/theater/, documents written for this set by a writer who had not seen
  the rules: hurried authors going through the motions, and honest ones writing their own way.
- ``handoffs``: eval/handoffs/, 40 on-call handoffs written and labelled the same way (the
  rules of ``oncall-handoff`` were developed against them); ``handoffs-2``: 40 more by a third
  writer, on the ways a state check is asked and answered (state check labels only);
  ``handoffs-3``: 30 more by a fourth writer, in forms of their own (e-mails, chat transcripts,
  tables by day, question headings, German, Spanish and French), written on 2026-12-02.
  ``handoffs-4``: 30 more by a fifth writer (exports, chat threads, a call transcript, nine
  notes not in English), written on 2026-12-05.
- held out (``--heldout``): eval/heldout/*.json (more real documents, in eval/heldout-documents/),
  the even half of the written set, and eval/heldout-handoffs/ (30 more handoffs by another
  writer). Their disagreements are never shown: a rule changed to
  agree with them would no longer be measured by them.

A label is ``pass`` (the rule should not fire), ``fail`` (it should), ``n/a`` (nothing for the
rule to judge: it should not fire) or ``borderline`` (left out). Agreement is the share of
labelled documents where the rule fires exactly when the reader says it should.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.findings import LANGUAGE_UNREAD
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FIELDS = {  # a label's field -> the rule it judges
    "impact_narrative": "impact-narrative",
    "action_items": "action-items",
    "action_owners": "action-owners",
    "action_tracked": "action-tracked",
    "blameless": "blameless-language",
    "why_section": "why-section",
    "who_affected": "who-affected",
    "a11y_review": "a11y-review",
    "a11y_perspectives": "a11y-perspectives",
    "a11y_signoff": "a11y-signoff",
    "handoff_open_work": "handoff-open-work",
    "handoff_state_check": "handoff-state-check",
    "handoff_load": "handoff-load",
    "no_guilt_trip": "no-guilt-trip",
}
SHOULD_FIRE = {"fail": True, "pass": False, "n/a": False}


@dataclass
class Tally:
    agree: int = 0
    false_blocks: list[str] = field(default_factory=list)  # the reader passes it; we fire
    misses: list[str] = field(default_factory=list)  # the reader fails it; we pass

    @property
    def labelled(self) -> int:
        return self.agree + len(self.false_blocks) + len(self.misses)

    @property
    def share(self) -> float:
        return self.agree / self.labelled if self.labelled else float("nan")


@dataclass(frozen=True)
class Labelled:
    key: str
    path: Path
    kind: Kind
    labels: dict[str, str]
    note: str


@dataclass(frozen=True)
class LabelSet:
    name: str
    labels: Path
    documents: Path
    heldout: bool = False

    def __iter__(self) -> Iterator[Labelled]:
        if not self.labels.is_file():
            return
        for key, entry in json.loads(self.labels.read_text(encoding="utf-8")).items():
            kind = Kind(entry.get("kind", "postmortem"))
            fields = {name: entry[name] for name in FIELDS if name in entry}
            yield Labelled(key, self.documents / key, kind, fields, entry.get("note", ""))


def label_sets() -> list[LabelSet]:
    sets = [LabelSet("dev", SHARED / "labels" / "postmortems.json", SHARED / "corpus")]
    corpus = HERE / "corpus"  # the rest of ../shared/corpus's postmortems, labelled blind
    sets.append(LabelSet("dev-rest", corpus / "postmortems-dev.json", SHARED / "corpus"))
    sets += [
        LabelSet(f"blind/{file.stem}", file, HERE / "documents")
        for file in sorted((HERE / "labels").glob("*.json"))
    ]
    written = HERE / "theater"
    sets.append(LabelSet("theater-odd", written / "labels-odd.json", written / "documents"))
    for name in (
        "written",
        "written3",
        "written4",
        "written5",
        "written6",
        "written7",
        "written8",
        "written9",
        "written10",
        "written11",
        "written12",
        "written13",
        "written14",
        "written15",
        "written16",
        "written17",
        "written18",
        "written19",
        "written20",
        "written21",
        "written22",
        "written23",
        "written24",
        "written25",
        "handoffs",
        "handoffs-2",
        "handoffs-3",
        "handoffs-4",
        "handoffs-5",
        "handoffs-6",
        "handoffs-7",
        "handoffs-8",
        "handoffs-9",
        "handoffs-10",
        "handoffs-11",
        "handoffs-12",
        "handoffs-13",
        "handoffs-14",
        "handoffs-15",
    ):
        folder = HERE / name
        sets.append(LabelSet(name, folder / "labels.json", folder / "documents"))
    sets += [
        LabelSet(f"heldout/{file.stem}", file, HERE / "heldout-documents", heldout=True)
        for file in sorted((HERE / "heldout").glob("*.json"))
    ]
    sets.append(
        LabelSet(
            "heldout/heldout-postmortems-corpus",
            corpus / "heldout-postmortems.json",
            SHARED / "corpus",
            heldout=True,
        )
    )
    sets.append(
        LabelSet("heldout/theater-even", written / "labels-even.json", written / "documents", True)
    )
    for name, folder in (
        ("handoffs", "heldout-handoffs"),
        ("handoffs-2", "heldout-handoffs-2"),
        ("handoffs-3", "heldout-handoffs-3"),
        ("handoffs-4", "heldout-handoffs-4"),
        ("handoffs-5", "heldout-handoffs-5"),
        ("handoffs-6", "heldout-handoffs-6"),
        ("handoffs-7", "heldout-handoffs-7"),
        ("handoffs-8", "heldout-handoffs-8"),
        ("handoffs-9", "heldout-handoffs-9"),
    ):
        handoffs = HERE / folder
        sets.append(
            LabelSet(f"heldout/{name}", handoffs / "labels.json", handoffs / "documents", True)
        )
    return sets


def as_labelled(path: Path) -> bool:
    """Whether a downloaded document is the version its reader labelled, where
    eval/checksums.json knows that version's SHA-256: a copy restored from elsewhere (a
    search index's text, a later commit) may tell another story, and would be judged
    against a label it was never given."""
    try:
        key = path.resolve().relative_to(HERE).as_posix()
    except ValueError:
        return True  # ../shared/corpus: not downloaded
    known = _checksums().get(key)
    return known is None or hashlib.sha256(path.read_bytes()).hexdigest() == known


@cache
def _checksums() -> dict[str, str]:
    sums = HERE / "checksums.json"
    return json.loads(sums.read_text(encoding="utf-8")) if sums.is_file() else {}


def measure(documents: list[Labelled]) -> tuple[dict[str, Tally], int, int]:
    """Per rule, how often spec-gate agrees with the reader; how many documents are absent;
    and how many it does not judge, written in a language it has no vocabulary for (blocked
    whole by ``language-unread``, they are left out of every rule's figures)."""
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    tallies: dict[str, Tally] = {}
    absent = unread = 0
    for doc in documents:
        if not doc.path.is_file() or not as_labelled(doc.path):
            absent += 1
            continue
        text = doc.path.read_text(encoding="utf-8", errors="replace")
        try:
            result = engine.check(Source(doc.key, text, None, doc.kind))
        except SpecGateError as error:
            print(f"agreement: {error}", file=sys.stderr)
            continue
        assert result is not None
        fired = {f.rule for f in result.findings if f.counts}
        if LANGUAGE_UNREAD in fired:
            unread += 1
            continue
        for name, label in doc.labels.items():
            if label not in SHOULD_FIRE:
                continue
            rule = FIELDS[name]
            tally = tallies.setdefault(rule, Tally())
            if (rule in fired) == SHOULD_FIRE[label]:
                tally.agree += 1
            elif SHOULD_FIRE[label]:
                tally.misses.append(f"{doc.key}: {doc.note}")
            else:
                tally.false_blocks.append(f"{doc.key}: {doc.note}")
    return tallies, absent, unread


POOLS = (  # README's columns: (heading, which sets)
    ("real postmortems, development", lambda n: n.startswith(("dev", "blind/postmortems"))),
    ("real postmortems, held out", lambda n: n.startswith("heldout/heldout-postmortems")),
    ("real specs, development", lambda n: n.startswith("blind/specs")),
    ("real specs, held out", lambda n: n.startswith("heldout/heldout-specs")),
    ("written, development", lambda n: n == "theater-odd" or n.startswith("written")),
    ("written, held out", lambda n: n == "heldout/theater-even"),
    ("handoffs, development", lambda n: n.startswith("handoffs")),
    ("handoffs, held out", lambda n: n.startswith("heldout/handoffs")),
)


def pooled(figures: dict[str, dict[str, Tally]]) -> str:
    """A Markdown table: per rule, each kind of set pooled, as "agreement % (labelled
    verdicts: false blocks / misses)"; a kind a rule has no labels in is left blank."""
    columns = []
    for heading, member in POOLS:
        column: dict[str, Tally] = {}
        for name, tallies in figures.items():
            if not member(name):
                continue
            for rule, tally in tallies.items():
                total = column.setdefault(rule, Tally())
                total.agree += tally.agree
                total.false_blocks += tally.false_blocks
                total.misses += tally.misses
        columns.append((heading, column))
    rows = ["| rule | " + " | ".join(h for h, _ in columns) + " |"]
    rows.append("| --- |" + " ---: |" * len(columns))
    for rule in FIELDS.values():
        cells = [
            f"{100 * t.share:.1f} ({t.labelled}: {len(t.false_blocks)} / {len(t.misses)})"
            if (t := column.get(rule)) and t.labelled
            else ""
            for _, column in columns
        ]
        rows.append(f"| `{rule}` | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def readers() -> None:
    """How often two careful readers agree, rule by rule, on the documents both labelled; and
    spec-gate against the labels they agree on. The ceiling a rule can be held to."""
    first: dict[str, dict[str, str]] = {}
    for file in sorted((HERE / "labels").glob("postmortems-*.json")):
        first.update(json.loads(file.read_text(encoding="utf-8")))
    second = json.loads((HERE / "second" / "postmortems.json").read_text(encoding="utf-8"))
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    fired: dict[str, set[str]] = {}
    for key in second:
        path = HERE / "documents" / key
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        result = engine.check(Source(key, text, None, Kind.POSTMORTEM))
        fired[key] = {f.rule for f in result.findings if f.counts} if result else set()
    print(f"two readers, {len(fired)} documents")
    for name, rule in FIELDS.items():
        both = [
            (SHOULD_FIRE[first[k][name]], SHOULD_FIRE[second[k][name]], rule in fired[k])
            for k in fired
            if first.get(k, {}).get(name) in SHOULD_FIRE and second[k].get(name) in SHOULD_FIRE
        ]
        if not both:
            continue
        readers_agree = [a == b for a, b, _ in both]
        tool = [a == fires for a, b, fires in both if a == b]
        print(
            f"  {rule:20} readers {100 * sum(readers_agree) / len(both):5.1f}% of {len(both):3}"
            f"   spec-gate on what they agree {100 * sum(tool) / len(tool):5.1f}% of {len(tool)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="RULE", help="list each disagreement of RULE")
    parser.add_argument("--heldout", action="store_true", help="also the held-out sets")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--readers", action="store_true", help="two readers' agreement, and ours with both"
    )
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="README's table: every set of a kind pooled, held-out sets included",
    )
    args = parser.parse_args()
    if args.pooled:
        print(pooled({s.name: measure(list(s))[0] for s in label_sets()}))
        return 0
    if args.readers:
        readers()
        return 0
    figures: dict[str, dict[str, dict[str, int | float]]] = {}
    for label_set in label_sets():
        if label_set.heldout and not args.heldout:
            continue
        documents = list(label_set)
        tallies, absent, unread = measure(documents)
        figures[label_set.name] = {
            rule: {
                "labelled": t.labelled,
                "agree": t.agree,
                "share": round(t.share, 3),
                "false_blocks": len(t.false_blocks),
                "misses": len(t.misses),
            }
            for rule, t in sorted(tallies.items())
        }
        if args.json or not documents:
            continue
        present = len(documents) - absent
        missing = f" ({absent} absent or not as labelled: python eval/fetch.py)" if absent else ""
        if unread:
            missing += f" ({unread} in a language without a vocabulary: not judged)"
        print(f"{label_set.name}: {present} documents{missing}")
        for rule, t in sorted(tallies.items()):
            print(
                f"  {rule:20} {t.agree:3}/{t.labelled:<3} {100 * t.share:5.1f}%"
                f"  false blocks {len(t.false_blocks):2}  misses {len(t.misses):2}"
            )
            if rule == args.show and not label_set.heldout:
                for line in t.false_blocks:
                    print(f"    fires, reader passes: {line}")
                for line in t.misses:
                    print(f"    passes, reader fails: {line}")
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
