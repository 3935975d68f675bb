"""The GitHub action: runner environment, events, the API client, and the run that ties them.

Only ``client`` imports PyGithub, which comes with the ``github`` extra
(``pip install 'spec-gate[github]'``): the rest of spec-gate never needs it.
"""

from __future__ import annotations

EXTRA = "pip install 'spec-gate[github]'"
_NETWORK = frozenset({"github", "requests", "urllib3"})  # PyGithub and what it brings


def extra_missing(error: ModuleNotFoundError) -> bool:
    """Whether ``error`` means the ``github`` extra is not installed."""
    return (error.name or "").split(".")[0] in _NETWORK
