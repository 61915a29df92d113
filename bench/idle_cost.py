"""What Sitbreak costs while it sits in the tray, beside a bare PySide6 tray measured in
the same run. Prints figures, targets (issue 15) and ratios; asserts nothing.

On a private Xvfb with a tray host (trayer), both programs start one after the other
(start-to-icon time: until the icon is embedded in trayer's panel), settle, and are then
measured together over two windows: while the user works (a real pointer move through
xdotool every 2 s) and while the user is away (no input, after Sitbreak's away
threshold, set to 60 s for the run), on a desktop with a window manager (openbox) and a
focused xterm whose user time is set with each input, as a browser or an Electron editor
does on every key press. As on a desktop, a session bus and a sound server (PulseAudio,
found where libpulse looks by default) run for both programs (`--no-services` leaves
them out, as the issue's first measurement did). Figures: resident and proportional
memory (RSS, PSS), CPU seconds per minute and wake-ups per minute (voluntary context
switches of all threads). Then a third process runs Sitbreak's composition root
in-process, shows the tray menu once and opens and closes the routine and stats windows
ten times, reading its own RSS; a fourth does the same with the routine window's code
loaded at start.

    .venv/bin/python bench/idle_cost.py [--seconds 60] [--settle 30]
    .venv/bin/python bench/idle_cost.py --starts 5   # start-to-icon only, 5 of each, median
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

BARE_TRAY = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QIcon, QPixmap, QColor
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
    app = QApplication(["baretray"])
    app.setApplicationName("BareTray")
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("teal"))
    menu = QMenu()
    for text in ("Status", "Squeeze now", "Stand up now", "Pause", "Stats", "Quit"):
        menu.addAction(text)
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    sys.exit(app.exec())
    """
)

# Targets of issue 15, as ratios to the bare tray where the issue gives them so.
RSS_RATIO_TARGET = 1.35
CPU_TARGET = 0.01  # s/min
WAKEUPS_OVER_BARE_TARGET = 3.0  # per minute, while working
START_RATIO_TARGET = 1.5
WINDOW_CYCLE_TARGET_MB = 5.0


# -noreset: a server that resets when its last client leaves refuses one connecting then.
XVFB_OPTIONS = ("-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> tuple[float, float]:
    """RSS and PSS in MB (PSS shares Qt's libraries among the processes that map them)."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if parts and parts[0] in ("Rss:", "Pss:"):
            values[parts[0]] = int(parts[1]) / 1024
    return values.get("Rss:", 0.0), values.get("Pss:", 0.0)


def switches(pid: int) -> dict[int, tuple[str, int]]:
    """Voluntary context switches per thread: each is the thread sleeping and waking."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches"):
                    counts[int(task.name)] = (name, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended meanwhile
    return counts


@dataclass
class Window:
    """One program over one measuring window."""

    cpu_per_min: float = 0.0
    wakeups_per_min: float = 0.0
    by_thread: dict[str, float] = field(default_factory=dict)


@dataclass
class Program:
    name: str
    process: subprocess.Popen[bytes]
    start_seconds: float
    ready_seconds: float | None = None  # until the app is built and answers (Sitbreak)
    windows: dict[str, Window] = field(default_factory=dict)
    rss: float = 0.0
    pss: float = 0.0


def measure(
    programs: list[Program], label: str, seconds: float, env: dict[str, str], editor: str
) -> None:
    """Measure all programs over the same `seconds`; with input every 2 s if working: a
    pointer move, and the focused `editor` window's user time set, as a browser or an
    Electron editor does on every key press."""
    working = label == "working"
    first = {p.name: (cpu_seconds(p.process.pid), switches(p.process.pid)) for p in programs}
    last = {p.name: dict(first[p.name][1]) for p in programs}
    start = time.monotonic()
    x = 100
    while (elapsed := time.monotonic() - start) < seconds:
        if working:
            x = 300 if x == 100 else 100
            subprocess.run(["xdotool", "mousemove", str(x), "400"], env=env, check=True)
            user_time = str(int(time.monotonic() * 1000) & 0xFFFFFFFF)
            subprocess.run(
                ["xprop", "-id", editor, "-f", "_NET_WM_USER_TIME", "32c",
                 "-set", "_NET_WM_USER_TIME", user_time],
                env=env, check=True,
            )  # fmt: skip
        time.sleep(min(2.0, max(0.0, seconds - elapsed)))
        for p in programs:
            last[p.name].update(switches(p.process.pid))
    minutes = (time.monotonic() - start) / 60
    for p in programs:
        cpu0, before = first[p.name]
        by_thread: dict[str, float] = {}
        for tid, (name, count) in last[p.name].items():
            by_thread[name] = by_thread.get(name, 0.0) + (count - before.get(tid, (name, 0))[1])
        p.windows[label] = Window(
            (cpu_seconds(p.process.pid) - cpu0) / minutes,
            sum(by_thread.values()) / minutes,
            {name: n / minutes for name, n in by_thread.items()},
        )
        if working:
            p.rss, p.pss = memory_mb(p.process.pid)


READY_LINE = "started (idle source"  # app.py logs it once the app is built and started


def start(
    name: str,
    cmd: list[str],
    env: dict[str, str],
    panel: str,
    marker: str,
    log: Path | None = None,
) -> Program:
    """Start a program; its start to icon, and with `log` (Sitbreak's log file) also its
    start to ready: the icon shows first, the app is built around it."""
    seen = log.read_text().count(READY_LINE) if log is not None and log.exists() else 0
    started = time.monotonic()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + 60
    while time.monotonic() < deadline:
        tree = subprocess.run(
            ["xwininfo", "-tree", "-id", panel],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if marker in tree:
            program = Program(name, process, time.monotonic() - started)
            break
        time.sleep(0.02)
    else:
        process.kill()
        raise SystemExit(f"{name}: no tray icon after 60 s")
    while log is not None and time.monotonic() < deadline:
        if log.exists() and log.read_text().count(READY_LINE) > seen:
            program.ready_seconds = time.monotonic() - started
            break
        time.sleep(0.01)
    return program


def xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()  # -displayfd: Xvfb picks a free display and says which
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), *XVFB_OPTIONS],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return server, ":" + pipe.readline().strip()


def trayer(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.support.desktop import TRAYER

    process = subprocess.Popen(TRAYER, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", "^panel$"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if found:
            return process, found[0]
        time.sleep(0.1)
    raise SystemExit("trayer did not start")


def focused_editor(env: dict[str, str]) -> tuple[list[subprocess.Popen[bytes]], str]:
    """A window manager (openbox) and a focused window to work in (an xterm standing in
    for the editor or browser the user types into)."""
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    wm = subprocess.Popen(["openbox"], env=env, **quiet)  # type: ignore[call-overload]
    deadline = time.monotonic() + 30
    while subprocess.run(["wmctrl", "-m"], env=env, capture_output=True, check=False).returncode:
        if time.monotonic() > deadline:
            raise SystemExit("openbox did not start")
        time.sleep(0.1)
    term = subprocess.Popen(["xterm", "-T", "bench-editor"], env=env, **quiet)  # type: ignore[call-overload]
    while not (
        found := subprocess.run(
            ["xdotool", "search", "--name", "^bench-editor$"],
            env=env, capture_output=True, text=True, check=False,
        ).stdout.split()
    ):  # fmt: skip
        if time.monotonic() > deadline:
            raise SystemExit("the xterm did not show")
        time.sleep(0.1)
    subprocess.run(["xdotool", "windowactivate", "--sync", found[0]], env=env, check=False)
    return [wm, term], found[0]


def desktop_services(tmp: str, env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """A session bus and a PulseAudio server, as a desktop has; `env` gets their
    addresses the way a desktop session sets them (no PULSE_SERVER)."""
    for tool in ("dbus-daemon", "pulseaudio"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (bash .ci/test installs it), or --no-services")
    runtime = Path(tmp, "run")
    runtime.mkdir(mode=0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        env=env,
        stdout=subprocess.PIPE,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
    env["XDG_RUNTIME_DIR"] = str(runtime)
    socket = runtime / "pulse" / "native"
    sound = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1",
         "-L", "module-null-sink sink_name=benchnull"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 15
    while not socket.exists():
        if time.monotonic() > deadline or sound.poll() is not None:
            raise SystemExit("the PulseAudio server did not start")
        time.sleep(0.05)
    return [bus, sound]


def window_cycles(env: dict[str, str], cycles: int, *options: str) -> dict[str, list[float]]:
    """Run the composition root in a child and open/close each window `cycles` times."""
    script = Path(__file__).with_name("window_cycles.py")
    child = subprocess.run(
        [sys.executable, str(script), str(cycles), *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if child.returncode != 0:
        raise SystemExit(f"window cycles failed:\n{child.stderr[-2000:]}")
    result: dict[str, list[float]] = json.loads(child.stdout.splitlines()[-1])
    return result


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}x" if base else "n/a"


def report(
    bare: Program,
    app: Program,
    cycles: dict[str, list[float]],
    preloaded: dict[str, list[float]],
    services: bool,
) -> None:
    around = " + session bus + PulseAudio" if services else " (no session bus, no sound server)"
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.node()} ·"
        f" {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} · Python"
        f" {platform.python_version()} · Xvfb + trayer{around}"
    )
    head = f"{'figure':<30} {'Sitbreak':>9} {'bare tray':>10} {'ratio':>7}  target"
    print(head)
    print("-" * len(head))

    def row(name: str, mine: float, base: float, target: str, fmt: str = ".1f") -> None:
        print(f"{name:<30} {mine:>9{fmt}} {base:>10{fmt}} {ratio(mine, base):>7}  {target}")

    row("RSS MB", app.rss, bare.rss, f"<= {RSS_RATIO_TARGET}x bare")
    row("PSS MB", app.pss, bare.pss, "-")
    for label in ("working", "away"):
        mine, base = app.windows[label], bare.windows[label]
        cpu_target = f"<= {CPU_TARGET} s/min"
        row(f"CPU s/min, {label}", mine.cpu_per_min, base.cpu_per_min, cpu_target, ".3f")
        wake_target = (
            f"<= bare + {WAKEUPS_OVER_BARE_TARGET:.0f} = "
            f"{base.wakeups_per_min + WAKEUPS_OVER_BARE_TARGET:.1f}"
            if label == "working"
            else f"< working ({app.windows['working'].wakeups_per_min:.1f})"
        )
        row(f"wake-ups/min, {label}", mine.wakeups_per_min, base.wakeups_per_min, wake_target)
    row("start to tray icon, s", app.start_seconds, bare.start_seconds, "<= 1.5x bare", ".2f")
    if app.ready_seconds is not None:
        print(f"{'start to ready (app built), s':<30} {app.ready_seconds:>9.2f}")
    menu = cycles.pop("tray menu shown once", None)
    if menu is not None:  # the process's first text; a user reaching a window pays it first
        print(
            f"{'RSS, tray menu shown once':<30} {menu[1]:>9.1f} {'':>10} {'':>7}  "
            f"+{menu[1] - menu[0]:.1f} MB (first text drawn), before the windows"
        )
    for name, rss in cycles.items():
        grown = rss[-1] - rss[0]
        print(
            f"{f'RSS after {len(rss) - 1}x ' + name:<30} {rss[-1]:>9.1f} {'':>10} {'':>7}  "
            f"+{grown:.1f} MB from {rss[0]:.1f} (target <= +{WINDOW_CYCLE_TARGET_MB:.0f} MB)"
        )
        # The first open loads the window's modules once; what follows is what repeats.
        print(
            f"{'  first open / the other ' + str(len(rss) - 2):<30} "
            f"+{rss[1] - rss[0]:.1f} MB / +{rss[-1] - rss[1]:.1f} MB"
        )
        loaded = preloaded.get(name) if name == "routine window" else None
        if loaded is not None:  # its modules' share of the first open, and of the start
            print(
                f"{'  its code loaded at start':<30} first open +{loaded[1] - loaded[0]:.1f} MB"
                f", start +{loaded[0] - rss[0]:.1f} MB, after {len(loaded) - 1}x"
                f" +{loaded[-1] - loaded[0]:.1f} MB"
            )
    for label in ("working", "away"):
        threads = sorted(app.windows[label].by_thread.items(), key=lambda item: -item[1])
        shown = ", ".join(f"{name} {n:.1f}" for name, n in threads if n >= 0.5)
        print(f"Sitbreak wake-ups by thread, {label}: {shown or 'none'}")


def starts_only(env: dict[str, str], panel: str, app_cmd: list[str], count: int, log: Path) -> None:
    """Start each program `count` times, alternating, and print the median start to icon
    (and the RSS 1 s after) beside the bare tray's, and Sitbreak's start to ready."""
    import statistics

    times: dict[str, list[float]] = {"bare tray": [], "Sitbreak": []}
    ready: list[float] = []
    rss: dict[str, list[float]] = {"bare tray": [], "Sitbreak": []}
    commands = {
        "bare tray": ([sys.executable, "-c", BARE_TRAY], '("baretray" "BareTray")', None),
        "Sitbreak": (app_cmd, '("sitbreak" "Sitbreak")', log),
    }
    for _ in range(count):
        for name, (cmd, marker, program_log) in commands.items():
            program = start(name, cmd, env, panel, marker, program_log)
            if program.ready_seconds is not None:
                ready.append(program.ready_seconds)
            time.sleep(1.0)  # the rest of the start, then read memory
            rss[name].append(memory_mb(program.process.pid)[0])
            program.process.terminate()
            program.process.wait(20)
            times[name].append(program.start_seconds)
    bare, mine = (statistics.median(times[n]) for n in ("bare tray", "Sitbreak"))
    for name, seconds in times.items():
        shown = " ".join(f"{t:.2f}" for t in seconds)
        print(
            f"{name:<10} start to icon, s: {shown}  median {statistics.median(seconds):.2f}"
            f"  RSS 1 s after, MB: median {statistics.median(rss[name]):.1f}"
        )
    print(f"ratio {mine / bare:.2f}x (target <= {START_RATIO_TARGET}x)")
    if ready:
        shown = " ".join(f"{t:.2f}" for t in ready)
        median = statistics.median(ready)
        print(f"Sitbreak   start to ready (app built), s: {shown}  median {median:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=30.0)
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument(
        "--starts",
        type=int,
        default=0,
        metavar="N",
        help="only measure start to icon, N starts of each program, alternating",
    )
    parser.add_argument(
        "--no-services",
        action="store_true",
        help="no session bus and no sound server (a desktop has both)",
    )
    parser.add_argument(
        "--app-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an environment variable for Sitbreak only (e.g. MALLOC_ARENA_MAX=2), to compare",
    )
    args = parser.parse_args()
    app_env = dict(item.split("=", 1) for item in args.app_env)
    for tool in ("Xvfb", "trayer", "xdotool", "xwininfo"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (bash .ci/test installs it)", file=sys.stderr)
            return 1
    away_after = 60
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "config")
        config.mkdir()
        (config / "settings.toml").write_text(f"[tracking]\naway_after_seconds = {away_after}\n")
        # A returning user, the steady state of a tray app: no first-start welcome window.
        data = Path(tmp, "data")
        data.mkdir(mode=0o700)
        (data / "welcome-shown").touch()
        server, display = xvfb()
        env = {
            **os.environ,
            "DISPLAY": display,
            "XDG_SESSION_TYPE": "x11",
            "QT_QPA_PLATFORM": "xcb",
            "SITBREAK_CONFIG_DIR": str(config),
            "SITBREAK_DATA_DIR": f"{tmp}/data",
        }
        env.pop("WAYLAND_DISPLAY", None)
        for name in ("DBUS_SESSION_BUS_ADDRESS", "PULSE_SERVER", "XDG_RUNTIME_DIR"):
            env.pop(name, None)
        services = [] if args.no_services else desktop_services(tmp, env)
        tray, panel = trayer(env)
        desk_windows, editor = focused_editor(env)
        programs: list[Program] = []
        app_cmd = [str(Path(sys.executable).with_name("sitbreak"))]
        if args.starts:
            try:
                starts_only(
                    {**env, **app_env}, panel, app_cmd, args.starts, data / "logs" / "sitbreak.log"
                )
            finally:
                for process in (*desk_windows, tray, *services, server):
                    process.terminate()
            return 0
        try:
            bare = start(
                "bare tray",
                [sys.executable, "-c", BARE_TRAY],
                env,
                panel,
                '("baretray" "BareTray")',
            )
            programs.append(bare)
            app = start(
                "Sitbreak",
                app_cmd,
                {**env, **app_env},
                panel,
                '("sitbreak" "Sitbreak")',
                data / "logs" / "sitbreak.log",
            )
            programs.append(app)
            time.sleep(args.settle)
            measure(programs, "working", args.seconds, env, editor)
            time.sleep(away_after + 5)  # no input: Sitbreak counts the user away
            measure(programs, "away", args.seconds, env, editor)
            cycles = window_cycles({**env, **app_env}, args.cycles)
            preloaded = window_cycles({**env, **app_env}, args.cycles, "--preload")
        finally:
            for p in programs:
                p.process.terminate()
                p.process.wait(20)
            for process in (*desk_windows, tray, *services, server):
                process.terminate()
    report(bare, app, cycles, preloaded, services=bool(services))
    return 0


if __name__ == "__main__":
    sys.exit(main())
