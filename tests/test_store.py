"""The store's lock: two processes keeping the same entry at once take turns."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from spec_gate import store


def test_a_second_holder_waits_for_the_first(tmp_path: Path) -> None:
    entry = tmp_path / "lemmas-en-000000000000.pickle"
    order: list[str] = []
    first_holds = threading.Event()

    def second() -> None:
        first_holds.wait()
        with store.locked(entry):  # a lock file opened anew: as another process would
            order.append("second")

    waiting = threading.Thread(target=second)
    waiting.start()
    with store.locked(entry):
        first_holds.set()
        time.sleep(0.2)  # time enough for the second to reach the lock, were it not held
        order.append("first")
    waiting.join(timeout=10)
    assert order == ["first", "second"]


def test_a_lock_that_cannot_be_made_holds_nothing_and_fails_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with store.locked(blocked / "entry.pickle"):
        pass  # the folder cannot be made: the keeping goes on without a lock
