"""What the one-folder build leaves out: Qt parts and Python modules the app never loads.

Used by packaging/sitbreak.spec on PyInstaller's lists of (destination, source, kind)
entries. Kept: the platform plugins for X11, Wayland, Windows, macOS and offscreen (the
tests and headless use), the SVG icon engine and image format (the app icon), styles,
the portal platform theme and input contexts. Left out: GTK's platform theme (it would
bundle the build machine's GTK), OpenGL and EGL integrations (the app paints
with QPainter only), the other image formats, TLS and network-information plugins (the
app opens no network connection; QtNetwork only on Windows, where the command channel
is a named pipe: elsewhere it is a Unix socket from the standard library), Qt's
translations except for languages the app itself ships, and Qt libraries that only the
left-out plugins need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "unittest", "pydoc", "pydoc_data", "doctest", "lib2to3",
    "idlelib", "ensurepip", "venv", "turtle", "turtledemo", "xmlrpc", "curses",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf", "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtDesigner", "ssl", "_ssl",
]  # fmt: skip


def excluded_modules(platform: str) -> list[str]:
    """The modules left out on `platform` (sys.platform): QtNetwork is needed on Windows
    only (runtime/named_pipe_channel.py)."""
    return EXCLUDED_MODULES + ([] if platform == "win32" else ["PySide6.QtNetwork"])


PLUGIN_DIRS_KEPT = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "iconengines",
    "imageformats",
    "styles",
    "wayland-shell-integration",
    "wayland-decoration-client",
}
# Within kept plugin folders, names that are left out (matched in the file name).
PLUGINS_LEFT_OUT = re.compile(
    r"(minimal|vnc|eglfs|linuxfb|vkkhrdisplay|direct2d|"  # platforms nobody runs a tray on
    r"q(jpeg|gif|tiff|webp|icns|tga|wbmp|pdf|ico)|"  # image formats the app never reads
    r"qgtk3)",  # GTK's theme: would bundle the build host's GTK; the portal theme stays
    re.IGNORECASE,
)
LIBRARIES_LEFT_OUT = re.compile(
    r"Qt6?(EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|OpenGL|Qml|QmlModels|"
    r"QmlMeta|QmlWorkerScript|Quick|Pdf|VirtualKeyboard|WaylandEglClientHwIntegration)\b",
    re.IGNORECASE,
)


def shipped_languages(root: Path) -> set[str]:
    """Languages Sitbreak has its own translation for (resources/translations/*_xx.qm)."""
    folder = root / "resources" / "translations"
    return {p.stem.split("_", 1)[1] for p in folder.glob("*_*.qm")} if folder.is_dir() else set()


def keep(destination: str, languages: set[str]) -> bool:
    parts = Path(destination).parts
    name = parts[-1]
    if parts[:2] == ("sitbreak", "resources"):  # ours, translations included
        return True
    if "translations" in parts:
        match = re.match(r"qt(?:base)?_([a-z]{2}(?:_[A-Z]{2})?)\.qm$", name)
        return match is not None and match[1].split("_")[0] in languages
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1 :]
        folder = below[0] if len(below) > 1 else ""
        return folder in PLUGIN_DIRS_KEPT and not PLUGINS_LEFT_OUT.search(name)
    return not LIBRARIES_LEFT_OUT.search(name)


def trimmed(entries: Iterable[Any], root: Path) -> list[Any]:
    languages = shipped_languages(root)
    return [entry for entry in entries if keep(entry[0], languages)]


def reachable(binaries: list[Any], imports_of: Callable[[str], Iterable[str]]) -> list[Any]:
    """The binaries something still loads: PyInstaller collected each left-out plugin's
    libraries (GTK for its theme, libjpeg, EGL...) before trim() dropped the plugin.

    Roots are Python's extension modules, the kept Qt plugins and libpython; a shared
    library stays if a root needs it, directly or through another library
    (`imports_of(path)` names a binary's direct dependencies by file name). Libraries
    the app opens itself through ctypes (X11's) are found on the system instead.
    """
    by_name = {Path(entry[0]).name: entry for entry in binaries}
    roots = [
        entry
        for entry in binaries
        if entry[2] == "EXTENSION"
        or "plugins" in Path(entry[0]).parts
        or Path(entry[0]).name.startswith(("libpython", "python3", "Python"))
    ]
    kept = {Path(entry[0]).name for entry in roots}
    queue = [entry[1] for entry in roots]
    while queue:
        for name in imports_of(queue.pop()):
            entry = by_name.get(Path(name).name)
            if entry is not None and Path(entry[0]).name not in kept:
                kept.add(Path(entry[0]).name)
                queue.append(entry[1])
    return [entry for entry in binaries if Path(entry[0]).name in kept]
