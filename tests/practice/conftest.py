from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser import Browser, launch


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()
