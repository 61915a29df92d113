"""One build at a time in the source tree.

The wheel's build hook (hatchling, and the installer through pip) and the frozen build
write the compiled translations and the rendered icons beside their sources, then pack
them. Under pytest-xdist two workers may build at once, and one could pack a file the
other is half-way through writing: each build takes this lock first.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def one_build_at_a_time(root: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: the suite runs there in one process
        yield
        return
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:12]
    with open(Path(tempfile.gettempdir(), f"sitbreak-build-{key}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield
