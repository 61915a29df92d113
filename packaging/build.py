#!/usr/bin/env python3
"""Build Sitbreak as a one-folder app that needs no Python: Linux, Windows or macOS.

    python3 packaging/build.py                 # dist/sitbreak/ (macOS: dist/Sitbreak.app)
    python3 packaging/build.py --no-trim       # keep every Qt plugin and translation

What it does: creates its own virtual environment (build/venv), installs the pinned
packages of packaging/requirements-lock.txt and PyInstaller into it, renders the icons,
then runs PyInstaller with packaging/sitbreak.spec. The last line it prints is the path
of the built executable. Build on each system for that system: PyInstaller does not
cross-compile. Run it again to rebuild; the environment is reused while the pins stay.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "requirements-lock.txt"
SPEC = ROOT / "packaging" / "sitbreak.spec"
BUILD_TOOLS = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9"]
if sys.platform == "darwin":
    BUILD_TOOLS.append("pillow==12.3.0")  # PyInstaller turns the PNG icon into .icns with it


def venv_python(env_dir: Path) -> Path:
    if sys.platform == "win32":
        return env_dir / "Scripts" / "python.exe"
    return env_dir / "bin" / "python"


def prepare_venv(env_dir: Path) -> Path:
    """The build environment, (re)installed only when the pins changed."""
    python = venv_python(env_dir)
    if not python.exists():
        print(f"Creating {env_dir}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    wanted = hashlib.sha256((LOCK.read_text() + "\n".join(BUILD_TOOLS)).encode()).hexdigest()
    stamp = env_dir / "sitbreak-build.stamp"
    if not stamp.exists() or stamp.read_text() != wanted:
        print("Installing the pinned packages and PyInstaller", flush=True)
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, "-r", str(LOCK), *BUILD_TOOLS], check=True)
        stamp.write_text(wanted)
    return python


def render_icons(python: Path, work: Path) -> Path:
    """The icon PyInstaller puts on the executable: .ico on Windows, else a PNG."""
    icons = work / "icons"
    command = [str(python), str(ROOT / "packaging" / "icons.py"), str(icons)]
    ico = icons / "sitbreak.ico"
    if sys.platform == "win32":
        command += ["--ico", str(ico)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    if sys.platform == "win32":
        return ico
    return icons / "hicolor" / "256x256" / "apps" / "io.github.sitbreak.Sitbreak.png"


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "Sitbreak.app" / "Contents" / "MacOS" / "sitbreak"
    if sys.platform == "win32":
        return dist / "sitbreak" / "sitbreak-tray.exe"  # the windowless one users start
    return dist / "sitbreak" / "sitbreak"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv")
    parser.add_argument("--no-trim", action="store_true", help="keep what the app never loads")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):  # noqa: UP036  (this script runs on any Python 3)
        print("Building Sitbreak needs Python 3.11 or newer.", file=sys.stderr)
        return 1
    python = prepare_venv(args.venv.resolve())
    work, dist = args.work.resolve(), args.dist.resolve()
    env = {
        **os.environ,
        "SITBREAK_ROOT": str(ROOT),
        "SITBREAK_ICON": str(render_icons(python, work)),
        "SITBREAK_TRIM": "0" if args.no_trim else "1",
    }
    print("Running PyInstaller", flush=True)
    subprocess.run(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, env=env,
    )  # fmt: skip
    built = executable(dist)
    if not built.exists():
        print(f"PyInstaller finished but {built} is missing", file=sys.stderr)
        return 1
    folder = dist / ("Sitbreak.app" if sys.platform == "darwin" else "sitbreak")
    print(f"Built {folder} ({folder_size(folder) / 1e6:.0f} MB)")
    print(built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
