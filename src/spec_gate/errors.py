"""The one error type for mistakes a user can fix: the CLI turns it into exit code 2."""

from __future__ import annotations


class SpecGateError(Exception):
    """A configuration, usage or input error, reported as ``WHERE: WHAT`` on one line."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}" if where else what)
        self.where = where
        self.what = what

    def __reduce__(self) -> tuple[type[SpecGateError], tuple[str, str]]:
        # Rebuilt from both parts: a worker process sends it to the parent by pickling.
        return (SpecGateError, (self.where, self.what))
