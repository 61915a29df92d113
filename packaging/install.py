#!/usr/bin/env python3
"""Install Sitbreak for this user from this checkout, then start it.

    python3 packaging/install.py            # install (or update) and run
    python3 packaging/install.py --no-run   # install only

What it does: on Debian/Ubuntu, installs the few system libraries Qt's X11 platform
needs if they are missing (asks sudo when not root); creates a private virtual
environment, installs Sitbreak into it, adds a `sitbreak` launcher and, on Linux, a
desktop entry and icon; then starts the app. Windows and macOS need only Python 3.11+.
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
            str(ROOT),
        ],
        check=True,
    )
    # On Windows the windowless launcher, so no console window stays open beside the tray.
    launcher = bin_dir / ("sitbreak-tray.exe" if sys.platform == "win32" else "sitbreak")
    if sys.platform.startswith("linux"):
        link_launcher(launcher)
        install_desktop_entry(launcher)
    print(f"Installed. Start it any time with: {launcher}")
    if args.no_run:
        return 0
    return subprocess.run([str(launcher)], check=False).returncode


def link_launcher(launcher: Path) -> None:
    local_bin = Path.home() / ".local" / "bin"
    local_bin.mkdir(parents=True, exist_ok=True)
    link = local_bin / "sitbreak"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(launcher)


def install_desktop_entry(launcher: Path) -> None:
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    icons = data / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        ROOT / "packaging" / "io.github.sitbreak.Sitbreak.svg",
        icons / "io.github.sitbreak.Sitbreak.svg",
    )
    apps = data / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = (ROOT / "packaging" / "io.github.sitbreak.Sitbreak.desktop").read_text()
    entry = entry.replace("Exec=sitbreak", f"Exec={launcher}")
    (apps / "io.github.sitbreak.Sitbreak.desktop").write_text(entry)


if __name__ == "__main__":
    sys.exit(main())
