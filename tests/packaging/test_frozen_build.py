"""The one-folder build, built for real with `python3 packaging/build.py` as a user would,
then smoke-tested: --version, stats on an empty data folder, and a start / status /
routine / quit cycle offscreen and on a real X server (pytest-xvfb's)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import sitbreak
from tests.packaging.scripts import PACKAGING, ROOT
from tests.support.source_tree import one_build_at_a_time
from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built on Linux in CI")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The executable; the build's own environment (build/venv) is reused between runs."""
    out = tmp_path_factory.mktemp("frozen")
    python = shutil.which("python3") or sys.executable
    with one_build_at_a_time(ROOT):
        done = subprocess.run(
            [python, str(PACKAGING / "build.py"), "--dist", str(out / "dist"),
             "--work", str(out / "work")],
            cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    executable = Path(done.stdout.strip().splitlines()[-1])
    assert executable == out / "dist" / "sitbreak" / "sitbreak"
    return executable


def environment(tmp_path: Path, platform: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM=platform,
        SITBREAK_CONFIG_DIR=str(tmp_path / "config"),
        SITBREAK_DATA_DIR=str(tmp_path / "data"),
    )
    return env


def run(executable: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def started(
    built: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[dict[str, str]]:
    env = environment(tmp_path, request.param)
    log = (tmp_path / "app.out").open("w")
    app = subprocess.Popen([str(built)], env=env, stdout=log, stderr=subprocess.STDOUT)

    def answers() -> dict | None:
        assert app.poll() is None, (tmp_path / "app.out").read_text()
        done = run(built, env, "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else None

    env["STATUS"] = json.dumps(wait_until(answers, 60, what="the frozen app to answer `status`"))
    yield env
    if app.poll() is None:
        app.terminate()
    app.wait(30)
    log.close()


def test_the_build_is_a_folder_with_its_licence_resources_and_no_trimmed_parts(built: Path) -> None:
    bundle = built.parent / "_internal"
    assert (bundle / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    shipped = sorted(p.name for p in (ROOT / "resources" / "exercises").glob("*.toml"))
    assert (
        sorted(p.name for p in (bundle / "sitbreak" / "resources" / "exercises").iterdir())
        == shipped
    )
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    # Our translations, and Qt's own only for the languages we ship (standard buttons).
    assert "sitbreak/resources/translations/sitbreak_de.qm" in names
    assert any(n.endswith("translations/qtbase_de.qm") for n in names)
    ours_or_shipped = ("sitbreak/resources/translations/", "qtbase_de.qm", "qt_de.qm")
    left_in = [n for n in names if ("translations/" in n and not n.endswith(ours_or_shipped)
               and not n.startswith(ours_or_shipped[0])) or "xcbglintegrations" in n
               or "qgtk3" in n or "libgtk-3" in n or "qjpeg" in n or "/tls/" in n
               or "QtNetwork" in n]  # fmt: skip  # a Unix socket here; the pipe is Windows's
    assert left_in == []
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "iconengines/libqsvgicon.so", "imageformats/libqsvg.so"):  # fmt: skip
        assert any(n.endswith(needed) for n in names), needed


def test_version(built: Path, tmp_path: Path) -> None:
    done = run(built, environment(tmp_path, "offscreen"), "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"sitbreak {sitbreak.__version__}")


def test_stats_on_an_empty_data_folder_says_so(built: Path, tmp_path: Path) -> None:
    done = run(built, environment(tmp_path, "offscreen"), "stats")
    assert done.returncode == 1
    assert "has not recorded anything" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("started", ["offscreen"], indirect=True)
def test_start_status_routine_quit_offscreen(
    built: Path, started: dict[str, str], tmp_path: Path
) -> None:
    status = json.loads(started["STATUS"])
    assert status["state"] == "sitting"
    opened = run(built, started, "routine", "desk")  # the exercise files load from the bundle
    assert (opened.returncode, opened.stdout.strip()) == (0, "Routine 'desk' opened.")
    done = run(built, started, "quit")
    assert done.returncode == 0, done.stderr
    log = tmp_path / "data" / "logs" / "sitbreak.log"
    wait_until(lambda: "Sitbreak stopped" in log.read_text(), 30, what="the app to stop")
    assert "exercise files:" not in log.read_text()


@pytest.mark.xvfb
@pytest.mark.parametrize("started", ["xcb"], indirect=True)
def test_start_on_a_real_x_server_reads_idle_time(built: Path, started: dict[str, str]) -> None:
    assert started.get("DISPLAY"), "pytest-xvfb provides the X server"
    status = json.loads(started["STATUS"])
    assert status["manual_mode"] is False  # X11 idle time read by the frozen app
    assert run(built, started, "quit").returncode == 0
