"""Broken and hostile input ends in seconds with exit 0/1 or one line and exit 2; never a traceback.

Each case runs the installed command in a subprocess, as a hook or CI would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HANG_GUARD = 120  # seconds; a safety net against a hang, not a timing assertion

DOCUMENTS: list[tuple[str, bytes, set[int], str]] = [
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {2}, "binary data (a NUL byte)"),
    ("invalid UTF-8", b"## Why\n\xff\xfe broken\n", {2}, "not valid UTF-8 (byte 0xff at offset 7)"),
    # as Windows editors save "Unicode" text: said so, not called binary
    (
        "UTF-16",
        "## Why\nriders\n".encode("utf-16"),
        {2},
        "UTF-16 text, not UTF-8; save it as UTF-8",
    ),
    ("UTF-16 without its mark", "## Why\n".encode("utf-16-be"), {2}, "UTF-16 text, not UTF-8"),
    ("UTF-32", "## Why\n".encode("utf-32"), {2}, "UTF-32 text, not UTF-8; save it as UTF-8"),
    ("a 5 MB line", b"## Why\n" + b"word ](x <a " * 450_000 + b"\n", {0, 1}, ""),
    ("50,000 headings", b"".join(b"## Why %d\nTBD\n" % i for i in range(50_000)), {0, 1}, ""),
    ("5,000 levels of nesting", b"> " * 5_000 + b"- " * 5_000 + b"[x] deep\n", {0, 1}, ""),
    (
        "3,000 nested list levels",
        b"".join(b"  " * i + b"- item\n" for i in range(3_000)),
        {0, 1},
        "",
    ),
    ("unclosed comments", b"## Why\n" + b"<!-- " * 200_000, {0, 1}, ""),
    (
        "front matter alias bomb",
        b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n",
        {2},
        "YAML anchors and aliases are not supported",
    ),
    (
        "front matter python tag",
        b"---\nx: !!python/object/apply:os.system ['touch PWNED']\n---\n",
        {2},
        "unsupported YAML tag",
    ),
]


def spec_gate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spec_gate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "data", "codes", "message"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS]
)
def test_hostile_documents(
    tmp_path: Path, name: str, data: bytes, codes: set[int], message: str
) -> None:
    (tmp_path / "doc.md").write_bytes(data)
    result = spec_gate("check", "--kind", "spec", "--format", "json", "doc.md", cwd=tmp_path)
    assert result.returncode in codes, result.stderr
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert result.stderr == f"spec-gate: error: doc.md: {message}\n" or (
            result.stderr.startswith("spec-gate: error: doc.md")
            and message in result.stderr
            and result.stderr.count("\n") == 1
        )
    assert not (tmp_path / "PWNED").exists()


CONFIGS = [
    (
        "alias bomb",
        "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n"
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "documents: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        "spec-gate: error: .spec-gate.yml:1: YAML anchors and aliases are not supported\n",
    ),
    (
        "python tag",
        "fail_on: !!python/object/apply:os.system ['touch PWNED']\n",
        "spec-gate: error: .spec-gate.yml:1: unsupported YAML tag "
        "tag:yaml.org,2002:python/object/apply:os.system\n",
    ),
    ("binary config", "\x00\x01", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "config", "stderr"), CONFIGS, ids=[c[0] for c in CONFIGS])
def test_hostile_configs(tmp_path: Path, name: str, config: str, stderr: str | None) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".spec-gate.yml").write_text(config)
    (tmp_path / "doc.md").write_text("# x\n")
    result = spec_gate("check", "doc.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("spec-gate: error: ")
    if stderr is not None:
        assert result.stderr == stderr
    assert not (tmp_path / "PWNED").exists()


HANDOFFS = [
    # The handoff rules read labels, figures and questions line by line: one long line of
    # them must not be read again for each one it holds.
    ("20,000 labels in a line", b"# H\n\n" + b"pages out of hours night 3 " * 20_000 + b"\n"),
    ("20,000 labels and no figure", b"# H\n\n" + b"pages out of hours " * 20_000 + b"\n"),
    ("20,000 questions in a line", b"# H\n\n## How are you?\n\n" + b"how are you? " * 20_000),
    (
        "a table of 2,000 columns",
        b"| " + b"How are you? | " * 2_000 + b"\n|" + b"---|" * 2_000 + b"\n| " + b"ok | " * 2_000,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "data"), HANDOFFS, ids=[h[0] for h in HANDOFFS])
def test_hostile_handoffs(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / "doc.md").write_bytes(data)
    result = spec_gate("check", "--kind", "handoff", "--format", "json", "doc.md", cwd=tmp_path)
    assert result.returncode in {0, 1}, result.stderr
    assert "Traceback" not in result.stderr
