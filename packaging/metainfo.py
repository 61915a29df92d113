#!/usr/bin/env python3
"""Write the metainfo's <releases> from CHANGELOG.md, so release notes are written once.

    python3 packaging/metainfo.py           # rewrite the <releases> block in place
    python3 packaging/metainfo.py --check   # exit 1 if it is out of date (the tests do this)

Only the <releases> block is generated; the rest of the metainfo is edited by hand.
Markdown understood: `## VERSION - YYYY-MM-DD` headings, paragraphs, `- ` bullet lists
(continued by indented lines), `code` and **bold**. `## Unreleased` is skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "packaging" / "io.github.sitbreak.Sitbreak.metainfo.xml"
HEADING = re.compile(r"^## (?P<version>\d+(?:\.\d+)+) - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
BLOCK = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>", re.DOTALL | re.MULTILINE)


@dataclass
class Release:
    version: str
    date: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


def parse(text: str) -> list[Release]:
    """The released versions, newest first, as the changelog lists them."""
    releases: list[Release] = []
    current: Release | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            match = HEADING.match(line)
            if match is None and line.strip() != "## Unreleased":
                raise ValueError(
                    f"CHANGELOG.md: a release heading needs a version and date: {line}"
                )
            current = Release(match["version"], match["date"]) if match else None
            if current is not None:
                releases.append(current)
            continue
        if current is None or not line.strip():
            continue
        if line.startswith("- "):
            current.items.append(line[2:].strip())
        elif line[0].isspace() and current.items:
            current.items[-1] += " " + line.strip()
        elif current.items:
            raise ValueError(f"CHANGELOG.md {current.version}: write paragraphs before the list")
        else:
            current.paragraphs.append(line.strip())
    return releases


def inline(text: str) -> str:
    """Markdown's `code` and **bold** as AppStream's inline markup, the rest escaped."""
    out = escape(text)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return re.sub(r"\*\*([^*]+)\*\*", r"<em>\1</em>", out)


def releases_xml(releases: list[Release], indent: str = "  ") -> str:
    step = "  "
    lines = [f"{indent}<releases>"]
    for release in releases:
        if not release.paragraphs and not release.items:
            raise ValueError(f"CHANGELOG.md {release.version}: a release needs a description")
        lines.append(f'{indent}{step}<release version="{release.version}" date="{release.date}">')
        lines.append(f"{indent}{step * 2}<description>")
        if release.paragraphs:
            text = inline(" ".join(release.paragraphs))
            lines.append(f"{indent}{step * 3}<p>{text}</p>")
        if release.items:
            lines.append(f"{indent}{step * 3}<ul>")
            lines += [f"{indent}{step * 4}<li>{inline(item)}</li>" for item in release.items]
            lines.append(f"{indent}{step * 3}</ul>")
        lines.append(f"{indent}{step * 2}</description>")
        lines.append(f"{indent}{step}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def render(metainfo: str, changelog: str) -> str:
    """The metainfo text with its <releases> block generated from the changelog."""
    match = BLOCK.search(metainfo)
    if match is None:
        raise ValueError("the metainfo has no <releases> block to fill")
    block = releases_xml(parse(changelog), match["indent"])
    return metainfo[: match.start()] + block + metainfo[match.end() :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    current = METAINFO.read_text(encoding="utf-8")
    wanted = render(current, CHANGELOG.read_text(encoding="utf-8"))
    if args.check:
        if wanted != current:
            print(f"{METAINFO.name} is out of date: run python3 packaging/metainfo.py")
            return 1
        return 0
    if wanted != current:
        METAINFO.write_text(wanted, encoding="utf-8")
        print(f"updated {METAINFO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
