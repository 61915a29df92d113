#!/usr/bin/env python3
"""Install Sitbreak for this user from this checkout, then start it.

    python3 packaging/install.py            # install (or update) and run
    python3 packaging/install.py --no-run   # install only

What it does: on Debian/Ubuntu, installs the few system libraries Qt's X11 platform
needs if they are missing (asks sudo when not root); creates a private virtual
environment, installs Sitbreak into it and, on Linux, a `sitbreak` command in
~/.local/bin (warning if that folder is not on PATH), a menu entry and the icon at every
size; says how to start it; then starts the app. Windows and macOS need only Python 3.11+.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUOTE_EXEC = (
    "import sys; from sitbreak.platform.autostart import desktop_exec; "
    "print(desktop_exec(sys.argv[1:]))"
)
QT_LIBS = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libxss1",
    "libdbus-1-3",
]


def app_home() -> Path:
    if sys.platform == "win32":
        return (
            Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "sitbreak-app"
        )
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "sitbreak-app"
    return (
        Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "sitbreak-app"
    )


def install_system_libraries() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [
        name
        for name in QT_LIBS
        if "install ok installed"
        not in subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False
        ).stdout
    ]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"Installing Qt's system libraries: {' '.join(missing)}")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-run", action="store_true", help="install only, do not start")
    args = parser.parse_args()
    if sys.version_info < (3, 11):  # noqa: UP036  (this script runs on any Python 3)
        print("Sitbreak needs Python 3.11 or newer.", file=sys.stderr)
        return 1
    install_system_libraries()
    home = app_home()
    env_dir = home / "venv"
    if not (env_dir / ("Scripts" if sys.platform == "win32" else "bin")).exists():
        print(f"Creating {env_dir}")
        venv.EnvBuilder(with_pip=True, clear=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--upgrade",
            # The versions the tests ran with: one lock for every way of installing.
            "--constraint",
            str(ROOT / "packaging" / "requirements-lock.txt"),
            str(ROOT),
        ],
        check=True,
    )
    # On Windows the windowless launcher, so no console window stays open beside the tray.
    launcher = bin_dir / ("sitbreak-tray.exe" if sys.platform == "win32" else "sitbreak")
    link = None
    if sys.platform.startswith("linux"):
        link = link_launcher(launcher)
        install_desktop_entry(python, launcher)
    for line in start_instructions(launcher, link, os.environ.get("PATH", ""), Path.home()):
        print(line)
    if args.no_run:
        return 0
    print("Starting Sitbreak now; its icon appears in the system tray.", flush=True)
    return subprocess.run([str(launcher)], check=False).returncode


def start_instructions(launcher: Path, link: Path | None, path: str, home: Path) -> list[str]:
    """What to tell a new user about starting Sitbreak; the last line is how to start it."""
    if link is None:  # Windows, macOS: no menu entry of ours, no folder on PATH
        return ["Sitbreak is installed.", f"Start it any time by running: {launcher}"]
    folders = [Path(p).expanduser() for p in path.split(os.pathsep) if p]
    lines = ["Sitbreak is installed, with an entry in your application menu."]
    if link.parent in folders:
        return [*lines, "Start it from the menu (Sitbreak), or type `sitbreak` in a terminal."]
    inside_home = link.parent.is_relative_to(home)
    relative = link.parent.relative_to(home) if inside_home else None
    shown = f"~/{relative}" if inside_home else str(link.parent)
    exported = f"$HOME/{relative}" if inside_home else str(link.parent)
    return [
        *lines,
        f"Warning: {shown} is not on your PATH, so a terminal does not find `sitbreak` yet.",
        "To fix it, add this line to ~/.profile, then log out and in again:",
        f'    export PATH="{exported}:$PATH"',
        f"Start it from the menu (Sitbreak), or in a terminal with: {link}",
    ]


def link_launcher(launcher: Path) -> Path:
    local_bin = Path.home() / ".local" / "bin"
    local_bin.mkdir(parents=True, exist_ok=True)
    link = local_bin / "sitbreak"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(launcher)
    return link


def install_desktop_entry(python: Path, launcher: Path) -> None:
    """The menu entry, and the icon at every hicolor size (rendered by the installed Qt)."""
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    subprocess.run(
        [str(python), str(ROOT / "packaging" / "icons.py"), str(data / "icons")],
        check=True, stdout=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    # The Exec key has quoting rules of its own; the installed app knows them.
    quoted = subprocess.run(
        [str(python), "-c", QUOTE_EXEC, str(launcher)],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    apps = data / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = (ROOT / "packaging" / "io.github.sitbreak.Sitbreak.desktop").read_text()
    entry = entry.replace("Exec=sitbreak", f"Exec={quoted}")
    (apps / "io.github.sitbreak.Sitbreak.desktop").write_text(entry)


if __name__ == "__main__":
    sys.exit(main())
