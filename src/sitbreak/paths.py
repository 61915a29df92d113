"""Where config, data and logs live.

platformdirs gives the per-user defaults; `--config-dir`/`--data-dir` and the
SITBREAK_CONFIG_DIR/SITBREAK_DATA_DIR variables override them (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "sitbreak"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "sitbreak.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def instance_key(self) -> str:
        """Names this data dir's running app: one per data dir."""
        try:  # CPython's own SHA-1: hashlib would load OpenSSL, 3.5 MB, for one name
            from _sha1 import sha1
        except ImportError:
            from hashlib import sha1
        key: str = sha1(str(self.data_dir.resolve()).encode()).hexdigest()
        return key[:12]

    @property
    def welcome_marker(self) -> Path:
        """Made when the first-start welcome is shown: it shows only once."""
        return self.data_dir / "welcome-shown"

    @property
    def lock_file(self) -> Path:
        """Held by the running app, in the user's private runtime folder (not in the data
        folder, which may be read-only or full). Raises RuntimeDirError if there is none."""
        from sitbreak.platform.runtime_dir import private_runtime_dir

        return private_runtime_dir() / f"{self.instance_key}.lock"

    @property
    def instance_name(self) -> str:
        """The command socket: in the private runtime folder, where no other user can
        listen first or connect (a named pipe on Windows). Raises RuntimeDirError."""
        if os.name == "nt":
            return f"sitbreak-{self.instance_key}"
        from sitbreak.platform.runtime_dir import private_runtime_dir

        return str(private_runtime_dir() / f"{self.instance_key}.sock")

    @classmethod
    def resolve(
        cls,
        config_dir: str | os.PathLike[str] | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AppPaths:
        env = os.environ if environ is None else environ
        config = (
            config_dir
            or env.get("SITBREAK_CONFIG_DIR")
            or platformdirs.user_config_dir(APP_NAME, appauthor=False)
        )
        data = (
            data_dir
            or env.get("SITBREAK_DATA_DIR")
            or platformdirs.user_data_dir(APP_NAME, appauthor=False)
        )
        return cls(Path(config).expanduser(), Path(data).expanduser())


def resources_dir(
    module_file: str = __file__, frozen_root: str | None = getattr(sys, "_MEIPASS", None)
) -> Path:
    """Shipped resources: in a frozen build its bundle (PyInstaller's folder), in an
    installed wheel beside the package, in a source checkout the top-level resources/."""
    if frozen_root is not None:
        return Path(frozen_root) / "sitbreak" / "resources"
    packaged = Path(module_file).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(module_file).resolve().parents[2] / "resources"
