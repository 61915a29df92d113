"""Where config, data and logs live.

platformdirs gives the per-user defaults; `--config-dir`/`--data-dir` and the
SITBREAK_CONFIG_DIR/SITBREAK_DATA_DIR variables override them (tests, portable use).
"""

from __future__ import annotations

import os
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
    def welcome_marker(self) -> Path:
        """Made when the first-start welcome is shown: it shows only once."""
        return self.data_dir / "welcome-shown"

    @property
    def lock_file(self) -> Path:
        """Held by the running app: one Sitbreak per data dir."""
        return self.data_dir / "sitbreak.lock"

    @property
    def instance_name(self) -> str:
        """Name of the single-instance socket: one running app per data dir."""
        import hashlib

        digest = hashlib.sha1(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
        return f"sitbreak-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"

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


def resources_dir() -> Path:
    """Shipped resources: inside the installed package, or the checkout's resources/."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"
