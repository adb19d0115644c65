"""The lock files pin every requirement, within its range, with hashes: `make lock` was run after each edit."""

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)
PAIRS = [("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")]


def _requirements(name: str) -> list[Requirement]:
    found = []
    for line in (ROOT / name).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            found += _requirements(line.removeprefix("-r ").strip())
        elif line:
            found.append(Requirement(line))
    return found


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text()
    return {canonicalize_name(match[1]): match[2] for match in PIN.finditer(text)}


@pytest.mark.parametrize(("requirements", "lock"), PAIRS)
def test_every_requirement_is_pinned_in_its_lock_within_its_range(requirements, lock):
    pins = _pins(lock)
    for requirement in _requirements(requirements):
        version = pins.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not in {lock}: run `make lock`"
        assert requirement.specifier.contains(version, prereleases=True), f"{lock} pins {requirement.name}=={version}"


@pytest.mark.parametrize("lock", [lock for _requirements, lock in PAIRS])
def test_every_pin_carries_hashes(lock):
    blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text())
    pinned = [block for block in blocks if PIN.match(block)]
    assert len(pinned) > 20
    assert [block.split()[0] for block in pinned if "--hash=sha256:" not in block] == []
