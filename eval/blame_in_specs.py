"""Read every sentence of ../shared/corpus's specs with the blame reader: each fire is a false one.

    python eval/blame_in_specs.py            # how many sentences each kind of blame takes
    python eval/blame_in_specs.py --show     # and each of them, with its words

Specs and RFCs blame no one, cause no outage and praise no hero, so a sentence of theirs the
blame reader takes for blame ("Cargo ignores unknown fields", "the platform team will
terminate the legacy VMs", "due to I/O contention") is one an honest postmortem could hold
too. The counts are a measure of the reader's false fires on prose nobody labelled; the
labelled sets (eval/agreement.py) say whether a change that lowers them costs a true one.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from spec_gate.checks.base import lexicon_of
from spec_gate.document.parse import parse
from spec_gate.errors import SpecGateError
from spec_gate.reading.blame import blames
from spec_gate.reading.text import sentences

SPECS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "specs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each sentence taken")
    parser.add_argument("--specs", type=Path, default=SPECS, help="folder of Markdown specs")
    args = parser.parse_args()
    if not args.specs.is_dir():
        print(f"spec-gate: {args.specs}: no such folder", file=sys.stderr)
        return 2
    taken: collections.Counter[str] = collections.Counter()
    read = 0
    for path in sorted(args.specs.rglob("*.md")):
        try:
            doc = parse(path.read_text(encoding="utf-8", errors="replace"), str(path))
        except SpecGateError:
            continue
        lexicon = lexicon_of(doc)
        for block in doc.blocks:
            for sentence in sentences([(block.text, block.line)], lexicon):
                read += 1
                for found in blames(sentence, lexicon):
                    taken[found.blame.value] += 1
                    if args.show:
                        where = path.relative_to(args.specs)
                        print(f"{found.blame.value}\t{where}:{sentence.line}\t{sentence.text}")
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(taken.items()))
    print(f"{read} sentences read; taken for blame: {kinds or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
