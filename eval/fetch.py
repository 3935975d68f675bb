"""Download the blind sets' documents from GitHub, at the commit each was labelled at.

    python eval/fetch.py            # into eval/documents/ and eval/heldout-documents/

The documents are public but not ours, so they are not in this repository: each label keeps
the repository, commit and path (eval/SOURCES.md lists them with their licences). Files that
are already there are left alone.
"""

from __future__ import annotations

import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


def main() -> int:
    failed = 0
    for folder, target in (("labels", "documents"), ("heldout", "heldout-documents")):
        for labels in sorted((HERE / folder).glob("*.json")):
            for key, entry in json.loads(labels.read_text(encoding="utf-8")).items():
                destination = HERE / target / key
                if destination.is_file():
                    continue
                url = RAW.format(
                    repo=entry["repo"],
                    commit=entry.get("commit") or "HEAD",
                    path=urllib.parse.quote(entry["path"]),  # "2026/27 April.md"
                )
                try:
                    with urllib.request.urlopen(url, timeout=30) as answer:
                        data = answer.read()
                except OSError as error:
                    print(f"fetch: {key}: {error}", file=sys.stderr)
                    failed += 1
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
