"""The report's formats, each a function from the measures to the text it prints."""

from __future__ import annotations

from collections.abc import Callable

from spec_gate.practice.measure import Measures
from spec_gate.practice.page import html
from spec_gate.practice.render import as_json, markdown, text
from spec_gate.vocabulary import Format

FORMATS: dict[Format, Callable[[Measures], str]] = {
    Format.TEXT: text,
    Format.JSON: as_json,
    Format.MARKDOWN: markdown,
    Format.HTML: html,
}
