"""A real browser for the report's tests: Debian's Chromium driven by Playwright, with Mermaid
(which GitHub uses to draw the Markdown report's charts) and axe-core (the accessibility audit)
from npm.

Where they are: ``SPEC_GATE_CHROMIUM`` (default: ``chromium`` on PATH) and
``SPEC_GATE_BROWSER_ASSETS``, a ``node_modules`` folder holding ``mermaid`` and ``axe-core``
(`.ci/run` installs both). Without them these tests skip, unless ``SPEC_GATE_REQUIRE_BROWSER=1``
(set by CI): then a missing part fails the run, so CI can never pass them by skipping.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Chromium on a machine with no network: no background requests, no sandbox as root.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(what: str) -> None:
    if os.environ.get("SPEC_GATE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"SPEC_GATE_REQUIRE_BROWSER=1 but {what}", pytrace=False)
    pytest.skip(what)


@dataclass(frozen=True)
class Browser:
    chromium: Any  # playwright's Browser
    mermaid: Path
    axe: Path

    def page(self, javascript: bool = True) -> Any:
        context = self.chromium.new_context(
            viewport={"width": 1000, "height": 800}, java_script_enabled=javascript
        )
        return context.new_page()

    def render_mermaid(self, source: str) -> dict[str, Any]:
        """Draw one chart as GitHub does; what it drew, as the tests read it."""
        page = self.page()
        page.set_content('<!DOCTYPE html><html><body><div id="chart"></div></body></html>')
        page.add_script_tag(path=str(self.mermaid))
        drawn: dict[str, Any] = page.evaluate(
            """async (source) => {
                mermaid.initialize({startOnLoad: false});
                try {
                    const {svg} = await mermaid.render('drawn', source);
                    document.getElementById('chart').innerHTML = svg;
                } catch (error) { return {error: String(error)}; }
                const boxes = (selector) => Array.from(document.querySelectorAll(selector))
                    .map(element => {
                        const box = element.getBoundingClientRect();
                        return {text: element.textContent, left: box.left, right: box.right,
                                top: box.top, bottom: box.bottom, width: box.width,
                                height: box.height};
                    });
                // The axis of categories: along the bottom, or down the side when horizontal.
                const horizontal = /^\\s*xychart-beta\\s+horizontal/m.test(source);
                const along = horizontal ? 'left-axis' : 'bottom-axis';
                return {
                    error: null,
                    horizontal: horizontal,
                    labels: boxes(`#chart g.${along} g.label text`),
                    ticks: boxes(`#chart g.${along} g.ticks path`).length,
                    bars: boxes('#chart g[class^="bar-plot"] rect'),
                    lines: boxes('#chart g[class^="line-plot"] path'),
                };
            }""",
            source,
        )
        page.context.close()
        return drawn

    def audit(self, page: Any) -> list[dict[str, Any]]:
        """axe-core's violations on the page, every rule it runs by default."""
        page.add_script_tag(path=str(self.axe))
        violations: list[dict[str, Any]] = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.html)}))"""
        )
        return violations

    def colour_pixels(self, page: Any, png: bytes, colour: str) -> int:
        """How many pixels of a screenshot are ``colour`` (#rrggbb), counted on a canvas."""
        count: int = page.evaluate(
            """async ([data, colour]) => {
                const image = new Image();
                image.src = 'data:image/png;base64,' + data;
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = image.width; canvas.height = image.height;
                const context = canvas.getContext('2d');
                context.drawImage(image, 0, 0);
                const pixels = context.getImageData(0, 0, image.width, image.height).data;
                const want = [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16));
                let found = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    if (want.every((v, j) => Math.abs(pixels[i + j] - v) <= 8)) found++;
                }
                return found;
            }""",
            [base64.b64encode(png).decode(), colour],
        )
        return count


def launch() -> Iterator[Browser]:
    """The browser, for a fixture (tests/practice/conftest.py) to yield from."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install '.[test]')")
    chromium = os.environ.get("SPEC_GATE_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        _missing("no Chromium: apt-get install chromium, or set SPEC_GATE_CHROMIUM")
    assets = Path(os.environ.get("SPEC_GATE_BROWSER_ASSETS", "node_modules"))
    mermaid = assets / "mermaid" / "dist" / "mermaid.min.js"
    axe = assets / "axe-core" / "axe.min.js"
    if not (mermaid.is_file() and axe.is_file()):
        _missing(
            f"no mermaid and axe-core in {assets}: npm install --prefix DIR mermaid axe-core, "
            "and set SPEC_GATE_BROWSER_ASSETS=DIR/node_modules"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        yield Browser(launched, mermaid, axe)
        launched.close()


MERMAID_BLOCK = re.compile(r"```mermaid\n(.*?)```", re.S)


def mermaid_blocks(markdown: str) -> list[str]:
    return MERMAID_BLOCK.findall(markdown)


def overlapping(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of drawn labels whose boxes overlap (labels along an axis, in order)."""
    shown = [label for label in labels if label["width"] > 0]
    return [
        (a["text"], b["text"])
        for a, b in itertools.combinations(shown, 2)
        if a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    ]
