"""The README's first command, `python3 packaging/install.py`, into a throwaway home."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.scripts import PACKAGING, ROOT, load
from tests.packaging.test_desktop_files import validate
from tests.support.source_tree import one_build_at_a_time

install = load("install")
APP_ID = "io.github.sitbreak.Sitbreak"


def test_instructions_when_local_bin_is_on_path(tmp_path: Path) -> None:
    link = tmp_path / ".local" / "bin" / "sitbreak"
    lines = install.start_instructions(tmp_path / "venv" / "bin" / "sitbreak", link,
                                       f"/usr/bin:{link.parent}", tmp_path)  # fmt: skip
    assert lines[-1] == "Start it from the menu (Sitbreak), or type `sitbreak` in a terminal."
    assert not [line for line in lines if "venv" in line or "PATH" in line]


def test_instructions_warn_when_local_bin_is_not_on_path(tmp_path: Path) -> None:
    link = tmp_path / ".local" / "bin" / "sitbreak"
    lines = install.start_instructions(
        tmp_path / "venv" / "bin" / "sitbreak", link, "/usr/bin", tmp_path
    )
    text = "\n".join(lines)
    assert "~/.local/bin is not on your PATH" in text
    assert 'export PATH="$HOME/.local/bin:$PATH"' in text
    assert lines[-1].endswith(f"in a terminal with: {link}")


def test_instructions_on_windows_and_macos_name_the_program(tmp_path: Path) -> None:
    launcher = tmp_path / "Scripts" / "sitbreak-tray.exe"
    assert install.start_instructions(launcher, None, "", tmp_path)[-1] == (
        f"Start it any time by running: {launcher}"
    )


@pytest.mark.skipif(shutil.which("python3") is None, reason="needs python3 on PATH")
def test_the_installer_installs_a_working_app_a_menu_entry_and_icons(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_"))
        },
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PIP_CACHE_DIR": os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip")),
    }
    env["PATH"] = f"{Path(shutil.which('python3') or '').parent}:{env['PATH']}"
    with one_build_at_a_time(ROOT):
        done = subprocess.run(
            ["python3", str(PACKAGING / "install.py"), "--no-run"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    link = home / ".local" / "bin" / "sitbreak"
    assert lines[-1].endswith(f"in a terminal with: {link}")
    assert "~/.local/bin is not on your PATH" in done.stdout
    version = subprocess.run(
        [str(link), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("sitbreak ")
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    validate(entry)
    exec_lines = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    program = exec_lines[0].removeprefix("Exec=")
    assert program.startswith('"')
    assert "home with space" in program
    # The dock/dash actions run the installed launcher too: ~/.local/bin is not on PATH here.
    assert len(exec_lines) > 1
    assert all(line.startswith(f"Exec={program}") for line in exec_lines)
    icons = home / ".local" / "share" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
