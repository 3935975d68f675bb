"""spec-gate's benchmark: figures as ratios against a baseline measured in the same run.

    python bench/run.py CORPUS [--rounds N] [--no-scaling] [--history REPO]

Each pair of commands is run alternately, round after round, so that a noisy machine slows
both alike; the medians and their ratio are printed. Measured:

- corpus: a cold ``spec-gate check --kind spec --format json CORPUS`` (``--no-cache``), with the
  default ``--jobs`` and with ``--jobs 1``, against one process that reads and fully parses the
  same files with markdown-it-py's ``MarkdownIt("commonmark").parse`` (the bare parse), and
  against the block parse alone (inline rules off, as spec-gate parsed before pulldown-cmark);
- when rumdl (a compiled Markdown linter, ``pip install '.[bench]'``) is installed, the cold
  check against ``rumdl check CORPUS``;
- start-up: ``spec-gate check`` on one small PR body against
  ``python -c "import pydantic, pyromark, yaml"``;
- peak memory of the largest spec-gate process on the corpus (``--jobs 1`` and the default);
- a warm re-run (every result in the cache) and a run with one file changed (each round a
  different one, in a copy of the corpus) against a cold one;
- time and peak memory on 1x, 4x and 16x copies of the corpus, to show how the cost grows;
- with ``--history REPO`` (a git repository with a ``.spec-gate.yml``), a quarterly
  ``spec-gate report`` over its last seven years against one check of its final tree.

spec-gate runs as installed (use ``pip install '.[bench]'``, not an editable install, for fair
start-up figures), with its policy cache warm as in a pre-commit hook; the corpus, memory and
scaling figures are cold (``--no-cache``: every document checked).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARSE_ALL = """
import pathlib, sys
from markdown_it import MarkdownIt
md = MarkdownIt("commonmark")
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
    md.parse(path.read_text(encoding="utf-8"))
"""
PARSE_BLOCKS = """
import pathlib, sys
from markdown_it import MarkdownIt
md = MarkdownIt("commonmark").enable("table")
md.core.ruler.disable("inline")
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
    md.parse(path.read_text(encoding="utf-8"))
"""
PEAK_MEMORY = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
PR_BODY = b"**Why:** Riders lose their basket when the train enters a tunnel.\n"


def spec_gate() -> list[str]:
    found = shutil.which("spec-gate", path=str(Path(sys.executable).parent)) or shutil.which(
        "spec-gate"
    )
    if found is None:
        sys.exit("bench: spec-gate is not installed; run `pip install .` first")
    return [found]


def timed(command: list[str], stdin: bytes | None = None, cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        input=stdin,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start


def alternate(
    name: str, ours: list[str], base: list[str], rounds: int, stdin: bytes | None = None
) -> float:
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        theirs.append(timed(base, stdin))
        mine.append(timed(ours, stdin))
    return report(name, mine, theirs)


def report(name: str, mine: list[float], theirs: list[float], against: str = "baseline") -> float:
    """Print the medians of alternated timings and their ratio; return the ratio."""
    ratio = statistics.median(mine) / statistics.median(theirs)
    print(
        f"{name:10} spec-gate {statistics.median(mine):7.3f} s   {against} "
        f"{statistics.median(theirs):7.3f} s   ratio {ratio:.2f}   ({len(mine)} rounds each)"
    )
    return ratio


def peak_mb(command: list[str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, *command], capture_output=True, text=True, check=True
    ).stdout
    return int(out.strip()) / 1024


def copies(corpus: Path, times: int, into: Path) -> Path:
    target = into / f"x{times}"
    for index in range(times):
        shutil.copytree(
            corpus,
            target / f"copy{index}",
            ignore=shutil.ignore_patterns("*.png", "*.svg", "*.json", "*.yaml"),
        )
    return target


def one_changed(corpus: Path, rounds: int) -> None:
    """A run with one file changed since the last (each round another) against a cold run."""
    with tempfile.TemporaryDirectory(prefix="spec-gate-bench-") as scratch:
        folder = Path(scratch) / "corpus"
        shutil.copytree(corpus, folder, ignore=shutil.ignore_patterns("*.png", "*.svg"))
        files = sorted(folder.rglob("*.md"))
        cached = [*spec_gate(), "check", "--kind", "spec", "--format", "json", str(folder)]
        subprocess.run(cached, stdout=subprocess.DEVNULL, check=False)
        mine: list[float] = []
        theirs: list[float] = []
        for number in range(rounds):
            theirs.append(timed([*cached, "--no-cache"]))
            changed = files[number * 7 % len(files)]
            with changed.open("a", encoding="utf-8") as handle:
                handle.write(f"\nEdited in round {number} of the benchmark.\n")
            mine.append(timed(cached))
        report("one file", mine, theirs, against="cold run")


def history(repo: Path, rounds: int) -> None:
    """A quarterly report over the last seven years of ``repo`` against one check of its tree."""
    last = subprocess.run(
        ["git", "log", "-1", "--format=%cs"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    since = f"{int(last[:4]) - 7}{last[4:]}"
    report = [*spec_gate(), "report", "--no-cache", "--since", since, "--every", "quarter"]
    check = [*spec_gate(), "check", "--no-cache", "--format", "json"]
    mine, theirs = [], []
    for _ in range(rounds):
        theirs.append(timed(check, cwd=repo))
        mine.append(timed(report, cwd=repo))
    ratio = statistics.median(mine) / statistics.median(theirs)
    print(
        f"history    report --since {since} --every quarter {statistics.median(mine):.2f} s   "
        f"one check {statistics.median(theirs):.2f} s   ratio {ratio:.2f}   ({rounds} rounds)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--history", type=Path, metavar="REPO")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    files = list(corpus.rglob("*.md"))
    size = sum(f.stat().st_size for f in files) / 1e6
    print(
        f"corpus: {corpus} ({len(files)} Markdown files, {size:.1f} MB); "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )
    warm = [*spec_gate(), "check", "--kind", "spec", "--format", "json", str(corpus)]
    check = [*warm, "--no-cache"]  # cold: every document checked
    subprocess.run(warm, stdout=subprocess.DEVNULL, check=False)  # the policy and result caches
    bare = [sys.executable, "-c", PARSE_ALL, str(corpus)]
    alternate("corpus", check, bare, args.rounds)
    alternate("jobs 1", [*check, "--jobs", "1"], bare, args.rounds)
    alternate("blocks", check, [sys.executable, "-c", PARSE_BLOCKS, str(corpus)], args.rounds)
    rumdl = shutil.which("rumdl", path=str(Path(sys.executable).parent)) or shutil.which("rumdl")
    if rumdl is not None:
        alternate("rumdl", check, [rumdl, "check", str(corpus)], args.rounds)
    else:
        print("rumdl      not installed (pip install '.[bench]'): not compared")
    alternate(
        "start-up",
        [*spec_gate(), "check", "--kind", "pr", "-"],
        [sys.executable, "-c", "import pydantic, pyromark, yaml"],
        max(args.rounds * 3, 3),
        PR_BODY,
    )
    print(
        f"memory     largest process {peak_mb(check):.0f} MB with the default --jobs, "
        f"{peak_mb([*check, '--jobs', '1']):.0f} MB with --jobs 1"
    )
    alternate("warm", warm, check, args.rounds)  # against the cold run
    one_changed(corpus, args.rounds)
    if args.history is not None:
        history(args.history.resolve(), max(1, args.rounds // 2))
    if not args.no_scaling:
        with tempfile.TemporaryDirectory(prefix="spec-gate-bench-") as scratch:
            seconds, memory = {}, {}
            for times in (1, 4, 16):
                folder = copies(corpus, times, Path(scratch))
                command = [
                    *spec_gate(), "check", "--kind", "spec", "--format", "json", "--no-cache",
                    str(folder),
                ]  # fmt: skip
                seconds[times] = statistics.median(
                    timed(command) for _ in range(max(1, args.rounds // 2))
                )
                memory[times] = peak_mb(command)
            print(
                f"scaling    1x {seconds[1]:.2f} s   4x {seconds[4]:.2f} s "
                f"({seconds[4] / seconds[1]:.1f}x)   16x {seconds[16]:.2f} s "
                f"({seconds[16] / seconds[1]:.1f}x)"
            )
            print(
                f"memory     largest process 1x {memory[1]:.0f} MB   4x {memory[4]:.0f} MB "
                f"({memory[4] / memory[1]:.1f}x)   16x {memory[16]:.0f} MB "
                f"({memory[16] / memory[1]:.1f}x)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
