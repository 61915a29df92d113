#!/usr/bin/env python3
"""Write the Flatpak's Python modules from the lock, as pinned files with checksums.

    python3 packaging/flatpak/generate.py      # then flatpak-builder (see the README)

flatpak-builder builds without network, so every Python package it installs must be
a source file with a URL and a checksum. This asks pip (which resolves against the
package index) for the exact files of:
- python3-deps.json: packaging/requirements-lock.txt, less what the base app provides
  (PySide6-Essentials, shiboken6) and less what only Windows needs;
- python3-build-deps.json: flatpak/build-requirements.txt with its dependencies, for
  building Sitbreak's wheel offline; removed from the finished app (cleanup "*").
The two files are build inputs generated here, not committed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

HERE = Path(__file__).resolve().parent
LOCK = HERE.parent / "requirements-lock.txt"
BUILD_REQUIREMENTS = HERE / "build-requirements.txt"
PROVIDED_BY_BASE_APP = {"pyside6-essentials", "shiboken6"}
PIP_INSTALL = (
    "pip3 install --verbose --exists-action=i --no-index --find-links=file://${PWD}"
    " --prefix=${FLATPAK_DEST} --no-build-isolation --no-deps"
)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> list[str]:
    """The requirement lines of a requirements file (comments and blanks dropped)."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def runtime_pins(lock_text: str) -> list[str]:
    kept = []
    for line in pins(lock_text):
        name = normalise(re.split(r"[=<>!~; \[]", line, maxsplit=1)[0])
        if name not in PROVIDED_BY_BASE_APP:
            kept.append(line)
    return kept


def resolve(requirements: list[str], with_dependencies: bool) -> list[dict[str, Any]]:
    """The files pip would install for `requirements` here (pure wheels), from its report."""
    with tempfile.TemporaryDirectory() as temp:
        listed = Path(temp) / "requirements.txt"
        listed.write_text("\n".join(requirements) + "\n")
        report = Path(temp) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
            "--quiet", "--disable-pip-version-check", "--only-binary=:all:",
            "--report", str(report), "-r", str(listed),
        ]  # fmt: skip
        if not with_dependencies:
            command.append("--no-deps")
        subprocess.run(command, check=True)
        installs: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return installs


def source(item: dict[str, Any]) -> dict[str, str]:
    """A flatpak-builder file source for one file of pip's report.

    From the package index: its https URL and sha256. From a local mirror (a file: URL,
    as on machines without direct access to the index): its path; the generated files
    are build inputs for this machine, never committed.
    """
    info = item["download_info"]
    url: str = info["url"]
    name = item["metadata"]["name"]
    if not url.endswith("-none-any.whl"):
        raise ValueError(f"{name}: {url} is not a pure-Python wheel (one file for every arch)")
    archive = info.get("archive_info", {})
    digest = archive.get("hashes", {}).get("sha256") or archive.get("hash", "")
    digest = digest.removeprefix("sha256=")
    if url.startswith("https://") and re.fullmatch(r"[0-9a-f]{64}", digest):
        return {"type": "file", "url": url, "sha256": digest}
    if url.startswith("file:"):
        path = Path(unquote(urlparse(url).path))
        if path.is_file():
            return {"type": "file", "path": str(path)}
    raise ValueError(f"{name}: neither an https URL with a sha256 nor a local file ({url})")


def module(name: str, installs: list[dict[str, Any]], cleanup: bool = False) -> dict[str, Any]:
    """A flatpak-builder module installing exactly these files with pip, offline."""
    names = sorted((item["metadata"]["name"] for item in installs), key=str.lower)
    built: dict[str, Any] = {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [f"{PIP_INSTALL} {' '.join(names)}"],
        "sources": [source(item) for item in installs],
    }
    if cleanup:
        built["cleanup"] = ["*"]
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE, help="where the two files go")
    args = parser.parse_args(argv)
    runtime = module("python3-deps", resolve(runtime_pins(LOCK.read_text()), False))
    build = module(
        "python3-build-deps", resolve(pins(BUILD_REQUIREMENTS.read_text()), True), cleanup=True
    )
    args.output.mkdir(parents=True, exist_ok=True)
    for built in (runtime, build):
        path = args.output / f"{built['name']}.json"
        path.write_text(json.dumps(built, indent=2) + "\n")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
