"""Arbitrary text and bytes never crash the checker: a verdict, or one line and exit 2."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spec_gate.cli import main
from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import KINDS
from tests.conftest import _stdin

ENGINE = Engine(load_policy(None, root=Path.cwd()), today=date.today())


# Markdown-ish building blocks make the search reach headings, lists, fences, tables and comments.
PIECES = st.sampled_from(
    [
        "# ",
        "## Why\n",
        "### ",
        "\n",
        "\n\n",
        "- ",
        "- [x] ",
        "- [ ] ",
        "1. ",
        "  ",
        "> ",
        "```\n",
        "~~~",
        "    ",
        "<!-- ",
        " -->",
        "---\n",
        "kind: spec\n",
        "**Why:**",
        "__",
        "|",
        "|---|\n",
        "TBD",
        "N/A",
        "@handle",
        "owner:",
        "human error",
        "\r\n",
        "\ufeff",
        "[x]",
        "](",
        "<a ",
        "\t",
        "Accessibility review signed off",
        "Setext\n===\n",
        "<!-- spec-gate: waive * reason=x -->",
    ]
)
MARKDOWN = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(MARKDOWN, st.text(max_size=400)), kind=st.sampled_from(KINDS))
def test_any_text_gets_a_verdict_or_a_clean_error(text: str, kind: str) -> None:
    _verdict_on_its_own_lines("doc.md", text, kind)


def _verdict_on_its_own_lines(path: str, text: str, kind: str) -> None:
    """A verdict, each finding on a line of the text; or a clean one-line error."""
    try:
        result = ENGINE.check(Source(path, text, None, kind))
    except SpecGateError as error:  # only front matter can be wrong in a document
        assert "\n" not in str(error)
        assert "front matter" in str(error)
        return
    assert result is not None
    for finding in result.findings:
        assert 1 <= finding.line <= text.count("\n") + 1 + text.count("\r")
        assert finding.message


RST_PIECES = st.sampled_from(
    [
        "Title\n",
        "=====\n",
        "-----\n",
        "\n",
        "\n\n",
        "   ",
        ".. ",
        "::",
        ".. note::\n",
        ".. code-block:: python\n",
        ".. _target:",
        ".. [1] ",
        ":option: x\n",
        "* ",
        "``x``",
        "-->",
    ]
)
RST = st.lists(st.one_of(RST_PIECES, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=RST, kind=st.sampled_from(KINDS))
def test_any_rst_gets_a_verdict_on_its_own_lines(text: str, kind: str) -> None:
    _verdict_on_its_own_lines("doc.rst", text, kind)


@settings(max_examples=150, deadline=None)
@given(data=st.one_of(st.binary(max_size=300), MARKDOWN.map(lambda t: t.encode("utf-8"))))
def test_any_bytes_on_stdin_end_in_0_1_or_one_line_and_2(data: bytes) -> None:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), _stdin(data):
        code = main(["check", "--kind", "spec", "--format", "json", "-"])
    assert code in (0, 1, 2)
    if code == 2:
        assert err.getvalue().startswith("spec-gate: error: -")
        assert err.getvalue().count("\n") == 1
    assert "Traceback" not in err.getvalue()
