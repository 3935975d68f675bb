"""The image installs from requirements.lock: every pin hashed, and in step with pyproject.toml."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPO

LOCK = (REPO / "requirements.lock").read_text()
PINS = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", LOCK, re.M))
ENTRIES = [e for e in re.split(r"\n(?=[A-Za-z0-9_.-]+==)", LOCK) if not e.startswith("#")]
COMMAND = next(line for line in LOCK.splitlines() if line.startswith("#    pip-compile "))
EXTRAS = re.findall(r"--extra[= ](\S+)", COMMAND)


def dependencies() -> list[Requirement]:
    """What the image installs: the dependencies and the extras the lock was compiled with."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"]]
    for extra in EXTRAS:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


def test_the_image_gets_the_github_extra_that_its_entry_point_needs() -> None:
    assert EXTRAS == ["github"]


def test_every_dependency_is_pinned_to_a_version_it_allows() -> None:
    pinned = {canonicalize_name(name): version for name, version in PINS.items()}
    for requirement in dependencies():
        version = pinned.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not in requirements.lock"
        assert requirement.specifier.contains(version), f"{requirement.name}=={version}"


def test_the_lock_pins_nothing_pyproject_no_longer_asks_for() -> None:
    wanted = {canonicalize_name(r.name) for r in dependencies()}
    direct = {
        canonicalize_name(entry.split("==", 1)[0])
        for entry in ENTRIES
        if "spec-gate (pyproject.toml)" in entry
    }
    assert direct == wanted


def test_every_pin_carries_hashes() -> None:
    assert len(ENTRIES) == len(PINS) >= len(dependencies())
    for entry in ENTRIES:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]
    assert "--find-links" not in LOCK and "--index-url" not in LOCK  # nothing of this machine
