"""``spec-gate init``: what it writes, and what it keeps of what is there already."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]


@pytest.mark.parametrize("name", [".spec-gate.yml", ".spec-gate.yaml"])
def test_init_keeps_the_config_under_either_name_it_is_found_by(
    cli: Cli, write: Write, name: str
) -> None:
    write(name, "fail_on: warning\n")
    run = cli("init")
    assert f"kept {name}: " in run.out
    assert "(spec-gate init --force overwrites it)" in run.out
    assert [p.name for p in Path().glob(".spec-gate.*")] == [name]
    assert Path(name).read_text() == "fail_on: warning\n"
    assert cli("explain").out.startswith(f"Rules in force ({name}):")
    forced = cli("init", "--force")
    assert f"wrote {name}\n" in forced.out
    assert [p.name for p in Path().glob(".spec-gate.*")] == [name]
    assert Path(name).read_text() != "fail_on: warning\n"
