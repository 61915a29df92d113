"""Compiles resources/translations/*.ts into the .qm files the wheel carries, and renders
the app icon's PNG sizes into resources/icons/hicolor (the app's window icon: a tray
start then never loads Qt's SVG library, which only windows that show the SVG need).

Both are build outputs (not in git): every wheel build, the editable install of
`.ci/test` included, makes them beside their sources, where the source tree (tests, the
editable install) and the wheel's force-included resources/ both find them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        tool = Path(self.root) / "tools" / "translations.py"
        spec = importlib.util.spec_from_file_location("sitbreak_translations_tool", tool)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look themselves up there
        spec.loader.exec_module(module)
        # Beside their sources: the wheel's force-included resources/ picks them up.
        module.compile_all()
        # In a child: rendering needs a QGuiApplication (offscreen), not in the build process.
        icons = Path(self.root) / "packaging" / "icons.py"
        dest = Path(self.root) / "resources" / "icons"
        done = subprocess.run(
            [sys.executable, str(icons), str(dest)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:  # a builder's log should say why, not only the exit code
            raise RuntimeError(f"rendering the window icons failed:\n{done.stderr}")
