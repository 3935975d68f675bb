"""Download the blind sets' documents from GitHub, at the commit each was labelled at.

    python eval/fetch.py                  # into eval/documents/ and eval/heldout-documents/
    python eval/fetch.py --mirrors DIR    # from git copies instead: DIR/OWNER+NAME/repo

The documents are public but not ours, so they are not in this repository: each label keeps
the repository, commit and path (eval/SOURCES.md lists them with their licences). Files that
are already there are left alone. A copy whose SHA-256 differs from the one eval/checksums.json
keeps for its label is refused: it is not the version the reader labelled. Where
raw.githubusercontent.com cannot be reached, clones (or bare mirrors) of the repositories serve
as well: each file is read with ``git show COMMIT:PATH``, its bytes as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, help="read from git copies: DIR/OWNER+NAME/repo")
    mirrors: Path | None = parser.parse_args().mirrors
    failed = 0
    sums = HERE / "checksums.json"  # each labelled version's SHA-256, where known
    checksums = json.loads(sums.read_text(encoding="utf-8")) if sums.is_file() else {}
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
                    if mirrors is not None:
                        data = _from_mirror(mirrors, entry)
                    else:
                        with urllib.request.urlopen(url, timeout=30) as answer:
                            data = answer.read()
                except OSError as error:
                    print(f"fetch: {key}: {error}", file=sys.stderr)
                    failed += 1
                    continue
                known = checksums.get(f"{target}/{key}")
                if known is not None and hashlib.sha256(data).hexdigest() != known:
                    print(f"fetch: {key}: not the version labelled (its SHA-256 differs)")
                    failed += 1
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data)
    return 1 if failed else 0


def _from_mirror(mirrors: Path, entry: dict[str, str]) -> bytes:
    """The file at the labelled commit, from a clone or bare mirror of its repository."""
    copy = mirrors / entry["repo"].replace("/", "+") / "repo"
    git_dir = copy / ".git" if (copy / ".git").is_dir() else copy
    if not (git_dir / "HEAD").is_file():
        raise OSError(f"no git copy of {entry['repo']} at {copy}")
    shown = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{entry.get('commit') or 'HEAD'}:{entry['path']}"],
        capture_output=True,
        check=False,
    )
    if shown.returncode != 0:
        raise OSError(shown.stderr.decode("utf-8", "replace").strip().splitlines()[0])
    return shown.stdout


if __name__ == "__main__":
    sys.exit(main())
