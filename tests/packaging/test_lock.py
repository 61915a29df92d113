"""One lock for every build: its pins satisfy pyproject's ranges, and it covers them."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.scripts import PACKAGING, ROOT, load

generate = load("flatpak/generate")


def test_every_dependency_is_pinned_inside_its_range() -> None:
    pinned = {}
    for line in generate.pins((PACKAGING / "requirements-lock.txt").read_text()):
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert spec.operator == "==", line
        pinned[canonicalize_name(requirement.name)] = spec.version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in the lock"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]} vs {line}"
