"""``spec-gate lsp`` without ``pip install 'spec-gate[lsp]'``: one line saying what to install."""

from __future__ import annotations

import subprocess
import sys


def test_without_the_extra_the_command_says_how_to_install_it() -> None:
    blocked = "import sys; sys.modules['pygls'] = None; from spec_gate.cli import main; "
    run = subprocess.run(
        [sys.executable, "-c", blocked + "sys.exit(main(['lsp']))"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr == (
        "spec-gate: error: lsp: the language server needs its extra: pip install 'spec-gate[lsp]'\n"
    )
