"""The AppStream metainfo passes appstreamcli and what Flathub's linter asks for, and its
release notes are the changelog's."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest

import sitbreak
from tests.packaging.scripts import PACKAGING, ROOT, load

APP_ID = "io.github.sitbreak.Sitbreak"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
# Debian 12's appstreamcli (0.16) predates AppStream 1.0's <developer>, which Flathub requires.
KNOWN_INFOS = {"unknown-tag developer"}

metainfo = load("metainfo")


@pytest.fixture(scope="module")
def component() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_appstreamcli_validates_every_metainfo_file() -> None:
    assert shutil.which("appstreamcli"), "appstreamcli is needed: run the README's test command"
    files = sorted(PACKAGING.rglob("*.metainfo.xml"))
    assert files == [METAINFO]
    for path in files:
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", "--explain", str(path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        issues = re.findall(r"^([EWI]): \S+: (.+)$", done.stdout, flags=re.MULTILINE)
        assert [text for _level, text in issues if text not in KNOWN_INFOS] == [], done.stdout


def test_flathub_required_fields(component: ET.Element) -> None:
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    developer = component.find("developer")
    assert developer is not None
    assert developer.get("id")
    assert developer.findtext("name")
    summary = component.findtext("summary") or ""
    assert 0 < len(summary) <= 35
    assert not summary.endswith(".")
    assert not summary.lower().startswith(("a ", "an ", "the ", "sitbreak"))
    urls = {url.get("type"): url.text for url in component.findall("url")}
    for kind in ("homepage", "bugtracker", "vcs-browser"):
        assert urlparse(urls[kind] or "").scheme == "https", kind
    rating = component.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    colours = {
        c.get("scheme_preference"): c.text
        for c in component.findall("branding/color")
        if c.get("type") == "primary"
    }
    assert set(colours) == {"light", "dark"}
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c or "") for c in colours.values())
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert (PACKAGING / f"{APP_ID}.desktop").is_file()


def test_provided_binaries_are_console_scripts(component: ET.Element) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    binaries = [b.text for b in component.findall("provides/binary")]
    assert binaries == ["sitbreak"]
    assert set(binaries) <= set(project["scripts"])


def test_every_release_has_a_description(component: ET.Element) -> None:
    releases = component.findall("releases/release")
    assert releases
    for release in releases:
        assert release.find("description") is not None, release.get("version")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date") or "")


def test_release_notes_are_generated_from_the_changelog() -> None:
    current = METAINFO.read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert metainfo.render(current, changelog) == current, "run: python3 packaging/metainfo.py"


def test_the_newest_release_is_the_version_the_code_says() -> None:
    releases = metainfo.parse((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert releases[0].version == sitbreak.__version__


def test_screenshots_are_committed_pngs_of_flathub_size(component: ET.Element) -> None:
    shots = component.findall("screenshots/screenshot")
    assert [s.get("type") for s in shots].count("default") == 1
    names = []
    for shot in shots:
        caption = shot.findtext("caption") or ""
        assert 0 < len(caption) <= 100
        assert not caption.endswith(".")
        url = urlparse(shot.findtext("image") or "")
        assert url.scheme == "https"
        assert url.path.endswith(f"/packaging/screenshots/{Path(url.path).name}")
        names.append(Path(url.path).name)
    committed = sorted(p.name for p in (PACKAGING / "screenshots").glob("*.png"))
    assert sorted(names) == committed
    for name in names:
        width, height = png_size(PACKAGING / "screenshots" / name)
        assert 620 <= width <= 1000, name
        assert height <= 700, name


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


CHANGELOG = """# Changelog

## Unreleased

- Not yet.

## 1.2.0 - 2027-01-05

Two things & more.

- Uses `sitbreak <cmd>`, which
  goes on here.
- **Safer** writes.

## 1.1.0 - 2026-12-01

- One.
"""


def test_the_changelog_becomes_appstream_releases() -> None:
    releases = metainfo.parse(CHANGELOG)
    assert [(r.version, r.date) for r in releases] == [
        ("1.2.0", "2027-01-05"),
        ("1.1.0", "2026-12-01"),
    ]
    xml = metainfo.releases_xml(releases)
    parsed = ET.fromstring(xml)
    first = parsed.find("release/description")
    assert first is not None
    assert first.findtext("p") == "Two things & more."
    items = first.findall("ul/li")
    assert ET.tostring(items[0], encoding="unicode").strip() == (
        "<li>Uses <code>sitbreak &lt;cmd&gt;</code>, which goes on here.</li>"
    )
    assert ET.tostring(items[1], encoding="unicode").strip() == "<li><em>Safer</em> writes.</li>"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("## 1.0 - soon\n\n- x\n", "a release heading needs a version and date"),
        ("## 1.0.0 - 2026-01-01\n\n- x\n\nthen a paragraph\n", "paragraphs before the list"),
    ],
)
def test_a_malformed_changelog_is_named(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        metainfo.parse(text)


def test_a_release_without_notes_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a description"):
        metainfo.releases_xml(metainfo.parse("## 1.0.0 - 2026-01-01\n"))
