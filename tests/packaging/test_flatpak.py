"""The Flatpak manifest, checked here because it cannot be built here (no flatpak-builder,
no runtimes): its D-Bus permissions are exactly the names the code talks to, nothing
broader, and its Python modules come from the lock."""

from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

import pytest

from tests.packaging.scripts import PACKAGING, ROOT, load

APP_ID = "io.github.sitbreak.Sitbreak"
MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.json"
BUS_NAME = re.compile(r"^(?:org|com|io)(?:\.[A-Za-z_][A-Za-z0-9_-]*){2,}$")
# Talked to by Qt itself, not by our code: QSystemTrayIcon on a StatusNotifier desktop
# (qdbustrayicon.cpp: the watcher, and its showMessage notifications).
USED_BY_QT = {"org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"}
ALWAYS_REACHABLE = ("org.freedesktop.portal.", "org.freedesktop.DBus")
# Strings in src/ shaped like bus names that are not services to talk to.
NOT_SERVICES = {
    "org.gnome.desktop.notifications",  # a GSettings schema, read through the portal
    "org.kde.kwin.Scripting",  # an interface of org.kde.KWin
    "org.sitbreak.KWinFullscreen",  # our own interface, which the KWin script calls
    "com.apple.screenIsLocked",  # a macOS distributed notification, not D-Bus
}
FORBIDDEN = (
    "--share=network",
    "--socket=session-bus",
    "--socket=system-bus",
    "--socket=x11",
    "--device=all",
    "--filesystem",
    "--own-name",
)

generate = load("flatpak/generate")


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(MANIFEST.read_text())


def names_in_code() -> set[str]:
    """Every string in src/ that looks like a D-Bus name (services, interfaces, members)."""
    found = set()
    for path in (ROOT / "src" / "sitbreak").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and BUS_NAME.match(node.value):
                found.add(node.value)
    return found - {APP_ID}


def permitted(manifest: dict, flag: str) -> set[str]:
    prefix = f"--{flag}="
    return {arg[len(prefix) :] for arg in manifest["finish-args"] if arg.startswith(prefix)}


def test_the_app_id_command_and_runtime(manifest: dict) -> None:
    assert manifest["id"] == APP_ID
    assert MANIFEST.name == f"{APP_ID}.json"  # Flathub wants the file named after the app
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["base-version"] == manifest["runtime-version"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert manifest["command"] in scripts


def test_every_name_the_code_talks_to_is_permitted(manifest: dict) -> None:
    allowed = permitted(manifest, "talk-name") | permitted(manifest, "system-talk-name")
    missing = [
        name
        for name in sorted(names_in_code())
        if not name.startswith(ALWAYS_REACHABLE)
        and name not in NOT_SERVICES
        and not any(name == a or name.startswith(a + ".") for a in allowed)
    ]
    assert missing == [], "used in src/ but not allowed by the manifest"


def test_every_permitted_name_is_used(manifest: dict) -> None:
    used = names_in_code()
    for name in permitted(manifest, "talk-name") | permitted(manifest, "system-talk-name"):
        assert "*" not in name, name
        assert name in used or name in USED_BY_QT, f"{name} is permitted but nothing uses it"
    assert permitted(manifest, "system-talk-name") == {"org.freedesktop.login1"}


def test_the_narrowest_sandbox(manifest: dict) -> None:
    args = manifest["finish-args"]
    assert not [a for a in args if a.startswith(FORBIDDEN)]
    assert {"--share=ipc", "--socket=wayland", "--socket=fallback-x11"} <= set(args)
    assert len(args) == len(set(args))


def test_autostart_uses_the_portal_not_the_autostart_folder(manifest: dict) -> None:
    assert not [a for a in manifest["finish-args"] if "autostart" in a or "xdg-config" in a]
    assert "org.freedesktop.portal.Background" in names_in_code()


def test_the_app_module_installs_what_exists(manifest: dict) -> None:
    files = [m for m in manifest["modules"] if isinstance(m, str)]
    assert files == ["python3-build-deps.json", "python3-deps.json"]
    (app,) = [m for m in manifest["modules"] if isinstance(m, dict)]
    (source,) = app["sources"]
    assert (MANIFEST.parent / source["path"]).resolve() == ROOT
    commands = "\n".join(app["build-commands"])
    for path in re.findall(r"(?:packaging/\S+|LICENSE)(?=\s)", commands):
        assert (ROOT / path).exists(), path
    for target in ("share/applications/", "share/metainfo/", "share/icons", "share/licenses/"):
        assert target in commands
    # the wheel's build hook compiled the translations; the build fails without them
    assert "sitbreak/resources/translations/sitbreak_de.qm" in commands


def test_the_modules_come_from_the_lock() -> None:
    lock = (PACKAGING / "requirements-lock.txt").read_text()
    kept = generate.runtime_pins(lock)
    assert not [p for p in kept if p.lower().startswith(("pyside6", "shiboken6"))]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    needed = {generate.normalise(re.split(r"[<>=!~;\[ ]", d)[0]) for d in project["dependencies"]}
    locked = {generate.normalise(p.split("==")[0]) for p in generate.pins(lock)}
    assert needed <= locked


def test_the_generator_writes_offline_modules(tmp_path: Path) -> None:
    """For real: pip resolves the lock's files (from the index, or this machine's mirror)."""
    assert generate.main(["--output", str(tmp_path)]) == 0
    runtime = json.loads((tmp_path / "python3-deps.json").read_text())
    (command,) = runtime["build-commands"]
    assert "--no-index" in command
    assert command.split()[-4:] == ["APScheduler", "platformdirs", "tomlkit", "tzlocal"]
    assert all(s.get("sha256") or Path(s.get("path", "")).is_file() for s in runtime["sources"])
    build = json.loads((tmp_path / "python3-build-deps.json").read_text())
    assert build["cleanup"] == ["*"]
    assert "hatchling" in build["build-commands"][0]


def test_a_file_from_the_index_needs_its_checksum() -> None:
    item = {
        "metadata": {"name": "tzlocal"},
        "download_info": {
            "url": "https://example.invalid/t/tzlocal-5.4.5-py3-none-any.whl",
            "archive_info": {"hashes": {"sha256": "ab" * 32}},
        },
    }
    assert generate.source(item) == {
        "type": "file",
        "url": "https://example.invalid/t/tzlocal-5.4.5-py3-none-any.whl",
        "sha256": "ab" * 32,
    }
    item["download_info"]["archive_info"] = {}
    with pytest.raises(ValueError, match="sha256"):
        generate.source(item)
    item["download_info"]["url"] = "https://example.invalid/x/tzlocal-5.4.5.tar.gz"
    with pytest.raises(ValueError, match="pure-Python wheel"):
        generate.source(item)
