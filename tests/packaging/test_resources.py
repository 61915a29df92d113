"""Where resources are found: a source checkout, an installed package, a frozen build.

The installed wheel is tested in test_distributions.py and the real frozen build in
test_frozen_build.py; these check the lookup itself."""

from __future__ import annotations

from pathlib import Path

from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue
from tests.packaging.scripts import ROOT


def test_a_source_checkout_uses_the_top_level_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    loaded = load_catalogue(resources_dir())
    assert not loaded.problems
    assert {"daily", "desk", "seated_squeeze"} <= set(loaded.catalogue.routines)


def test_an_installed_package_uses_the_resources_beside_it(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "sitbreak"
    (package / "resources").mkdir(parents=True)
    found = resources_dir(str(package / "paths.py"), frozen_root=None)
    assert found == package / "resources"


def test_a_frozen_build_uses_its_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "_internal"
    found = resources_dir(str(bundle / "sitbreak" / "paths.pyc"), frozen_root=str(bundle))
    assert found == bundle / "sitbreak" / "resources"
