"""A real database file whose writes can be made to fail, as on a full disk."""

from __future__ import annotations

from pathlib import Path

from sitbreak.core.clock import Clock
from sitbreak.storage.database import Database, DatabaseError, _Transaction


class FlakyDatabase(Database):
    """Writes raise the error SQLite's SQLITE_FULL becomes while `failing` is set."""

    failing: str | None = None

    @classmethod
    def open_flaky(cls, path: Path, clock: Clock | None = None) -> FlakyDatabase:
        db = cls.open(path, clock)
        assert isinstance(db, FlakyDatabase)
        return db

    def _write(self) -> _Transaction:
        if self.failing is not None:
            raise DatabaseError(f"Cannot save to the database {self.path}: {self.failing}.")
        return super()._write()
