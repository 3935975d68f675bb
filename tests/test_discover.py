"""The documents a folder holds, found as Paths would find them: their order and their names."""

from __future__ import annotations

from pathlib import Path

from spec_gate import discover
from spec_gate.discover import policy_for


def test_a_folders_files_come_in_the_order_of_their_paths_parts(tmp_path: Path) -> None:
    # As strings "docs/a-c.md" sorts before "docs/a/b.md" ("-" < "/"); as paths, after.
    for name in ("docs/a/b.md", "docs/a-c.md", "docs/A.md", "docs/a/b/c.md", "docs/ab.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# x\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    policy = policy_for(None, [], tmp_path)
    expected = sorted((tmp_path / "docs").rglob("*.md"))
    for named, shown in (("docs", "docs/"), ("./docs/", "docs/"), (str(tmp_path / "docs"), "")):
        found = discover.sources([named], policy, None, tmp_path)
        assert [s.file for s in found] == expected
        prefix = shown or f"{tmp_path}/docs/"
        assert [s.path for s in found] == [
            prefix + str(p.relative_to(tmp_path / "docs")) for p in expected
        ]
        assert [s.relative for s in found] == [p.relative_to(tmp_path).as_posix() for p in expected]
    inside = discover.sources(["."], policy, None, tmp_path / "docs")
    assert [s.path for s in inside] == [str(p.relative_to(tmp_path / "docs")) for p in expected]
