"""The sdist and wheel carry the licence, the changelog and every resource; an installed
wheel loads its resources from inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import sitbreak
from tests.packaging.scripts import ROOT
from tests.support.source_tree import one_build_at_a_time

VERSION = sitbreak.__version__
TRANSLATIONS = sorted((ROOT / "resources" / "translations").glob("sitbreak_*.ts"))


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    with one_build_at_a_time(ROOT):
        subprocess.run(
            [sys.executable, "-m", "hatchling", "build", "-d", str(out)],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
    return out


def resource_files() -> list[str]:
    return sorted(
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    )


def test_the_wheel_holds_the_licence_and_every_resource(dist: Path) -> None:
    with zipfile.ZipFile(dist / f"sitbreak-{VERSION}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"sitbreak-{VERSION}.dist-info/METADATA").decode()
        licence = wheel.read(f"sitbreak-{VERSION}.dist-info/licenses/LICENSE")
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "License-File: LICENSE" in metadata
    assert [f for f in resource_files() if f"sitbreak/resources/{f}" not in names] == []
    compiled = [f"sitbreak/resources/translations/{ts.stem}.qm" for ts in TRANSLATIONS]
    assert compiled
    assert [qm for qm in compiled if qm not in names] == []  # built by hatch_build.py
    window_icon = [  # rendered by hatch_build.py: the window icon without the SVG library
        f"sitbreak/resources/icons/hicolor/{n}x{n}/apps/io.github.sitbreak.Sitbreak.png"
        for n in (16, 32, 64, 128)
    ]
    assert [png for png in window_icon if png not in names] == []


def test_the_sdist_holds_what_a_fresh_build_needs_and_no_build_output(dist: Path) -> None:
    with tarfile.open(dist / f"sitbreak-{VERSION}.tar.gz") as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for needed in ("LICENSE", "CHANGELOG.md", "README.md", "packaging/build.py",
                   "packaging/sitbreak.spec", "packaging/requirements-lock.txt"):  # fmt: skip
        assert needed in names
    for needed in ("tools/translations.py", "packaging/icons.py", "hatch_build.py"):
        assert needed in names  # the wheel's build needs them
    assert [n for n in names if n.endswith(".qm") or "/hicolor/" in n] == []  # build outputs
    leaked = [
        n for n in names if n.startswith((".venv", "build/", "dist/", "packaging/flatpak/python3-"))
    ]
    assert leaked == []


def test_an_installed_wheel_loads_its_own_resources(dist: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--disable-pip-version-check", "--target", str(target),
         str(dist / f"sitbreak-{VERSION}-py3-none-any.whl")],
        check=True, capture_output=True,
    )  # fmt: skip
    probe = (
        "import sitbreak, sitbreak.paths as p\n"
        "from sitbreak.storage.exercise_files import load_catalogue\n"
        "loaded = load_catalogue(p.resources_dir())\n"
        "print(sitbreak.__file__)\n"
        "print(p.resources_dir())\n"
        "print(len(loaded.catalogue.exercises), len(loaded.problems))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    module, resources, counts = done.stdout.splitlines()
    assert Path(module).is_relative_to(target)
    assert Path(resources) == target / "sitbreak" / "resources"
    assert counts == f"{len(list((ROOT / 'resources' / 'exercises').glob('*.toml')))} 0"
