"""Size of the one-folder build, trimmed and not, on disk and compressed.

    python3 bench/build_size.py            # builds twice into a temp folder (~2 min)

Prints each figure beside the reference the trimming is measured against: an ad-hoc
PyInstaller build of Sitbreak before packaging/trim.py (176 MB, 72 MB compressed).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_MB = (176.0, 72.0)  # folder, tar.gz: the ad-hoc build named in issue 14


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_bytes(path: Path, archive: Path) -> int:
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(path, arcname=path.name)
    return archive.stat().st_size


def build(out: Path, trim: bool) -> Path:
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
               "--work", str(out / "work")]  # fmt: skip
    if not trim:
        command.append("--no-trim")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return Path(done.stdout.strip().splitlines()[-1]).parent


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory(prefix="sitbreak-size-") as temp:
        for trim in (False, True):
            out = Path(temp) / ("trimmed" if trim else "untrimmed")
            folder = build(out, trim)
            size = folder_bytes(folder) / 1e6
            packed = compressed_bytes(folder, out / "sitbreak.tar.gz") / 1e6
            rows.append(("trimmed" if trim else "untrimmed", size, packed))
    folder_ref, packed_ref = REFERENCE_MB
    reference = f"vs. {folder_ref:.0f} / {packed_ref:.0f} MB"
    print(f"{'build':<10} {'folder MB':>10} {'tar.gz MB':>10}   {reference}")
    for name, size, packed in rows:
        ratios = f"{size / folder_ref:.2f} x / {packed / packed_ref:.2f} x"
        print(f"{name:<10} {size:>10.1f} {packed:>10.1f}   {ratios}")
    (_, before, before_packed), (_, after, after_packed) = rows
    saved, saved_packed = before - after, before_packed - after_packed
    print(f"trimming saves {saved:.1f} MB on disk ({saved / before:.0%}), "
          f"{saved_packed:.1f} MB compressed ({saved_packed / before_packed:.0%})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
