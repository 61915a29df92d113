"""Compiles resources/translations/*.ts into the .qm files the wheel carries.

The .qm files are build outputs (not in git): every wheel build, the editable install
of `.ci/test` included, makes them beside their sources, where the source tree (tests,
the editable install) and the wheel's force-included resources/ both find them.
"""

from __future__ import annotations

import importlib.util
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
