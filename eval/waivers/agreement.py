"""Waiver reasons: how often ``waiver-reason`` accepts or refuses a reason as a blind reader did.

    python eval/waivers/agreement.py [FILE ...]   (default: both sets beside this script)

Each set is reasons written and labelled (accept: says why skipping is safe for this document
now; refuse: could stand on any waiver) by a helper who had not seen spec-gate's code, before
anything ran. reasons-1.json was read while the vocabulary's ``assent`` class was designed, so
its figure is not blind; reasons-2.json was labelled after and never tuned to.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from spec_gate import waivers
from spec_gate.document import Comment

HERE = Path(__file__).parent


def verdict(reason: str) -> str:
    quoted = reason.replace('"', "'")
    text = f'<!-- spec-gate: waive a11y-signoff reason="{quoted}" until=2026-12-20 -->'
    in_force, _ = waivers.parse([Comment(text, 1)], date(2026, 12, 2))
    return "accept" if in_force else "refuse"


def main(paths: list[str]) -> None:
    for path in paths or sorted(str(p) for p in HERE.glob("reasons-*.json")):
        labelled = json.loads(Path(path).read_text(encoding="utf-8"))
        pairs = Counter((item["label"], verdict(item["reason"])) for item in labelled)
        agree = pairs["accept", "accept"] + pairs["refuse", "refuse"]
        print(
            f"{Path(path).name}: {agree}/{len(labelled)} = {agree / len(labelled):.1%}; "
            f"honest refused {pairs['accept', 'refuse']}, hollow accepted "
            f"{pairs['refuse', 'accept']}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
