"""What Sitbreak costs while it sits in the tray on an idle desk.

Starts the installed app on a private Xvfb with a tray host (trayer), lets it settle,
then measures over a window: resident memory, CPU seconds per minute and wake-ups
(voluntary context switches of all its threads) per minute. The app samples idle time
every 5 s by design, so a dozen wake-ups a minute is its floor. Prints the figures and
ratios against peers measured the same way on this kind of machine.

    python bench/idle_cost.py [--seconds 60] [--settle 45]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEERS = {  # name: (RSS MB, CPU s/min, wake-ups/min)
    "Workrave 1.10": (97.0, 0.095, 450.0),
    "bare PySide6 tray": (51.0, 0.0, 2.0),
}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


thread_names: dict[int, str] = {}


def thread_switches(pid: int) -> dict[int, int]:
    """Voluntary context switches per thread: each is the thread sleeping and waking again.

    (Involuntary ones only say that another process on this busy machine took the core.)"""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            thread_names.setdefault(int(task.name), (task / "comm").read_text().strip())
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches"):
                    counts[int(task.name)] = int(line.split()[1])
        except FileNotFoundError:
            continue  # the thread ended meanwhile
    return counts


def count_wakeups(pid: int, seconds: float) -> dict[str, int]:
    """Wake-ups per thread name over `seconds`, following threads that start and end."""
    first = thread_switches(pid)
    last = dict(first)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
        for tid, count in thread_switches(pid).items():
            last[tid] = count
    by_name: dict[str, int] = {}
    for tid, count in last.items():
        name = thread_names.get(tid, "?")
        by_name[name] = by_name.get(name, 0) + count - first.get(tid, 0)
    return by_name


def wait_for_panel(env: dict[str, str]) -> None:
    """Start the app only once the tray exists, as at a real login."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", "^panel$"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if found.strip():
            return
        time.sleep(0.2)
    raise SystemExit("trayer did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=45.0)  # start-up threads end at 30 s
    args = parser.parse_args()
    for tool in ("Xvfb", "trayer", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (bash .ci/test installs it)", file=sys.stderr)
            return 1
    app_cmd = [str(Path(sys.executable).with_name("sitbreak"))]
    with tempfile.TemporaryDirectory() as tmp:
        # -displayfd: Xvfb picks a free display and tells us which.
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "SITBREAK_CONFIG_DIR": f"{tmp}/config",
            "SITBREAK_DATA_DIR": f"{tmp}/data",
        }
        tray = subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--transparent",
                "false",
                "--SetDockType",
                "true",
            ],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        wait_for_panel(env)
        app = subprocess.Popen(
            app_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            time.sleep(args.settle)
            cpu0, t0 = cpu_seconds(app.pid), time.monotonic()
            woke = count_wakeups(app.pid, args.seconds)
            cpu1, t1 = cpu_seconds(app.pid), time.monotonic()
            rss = rss_mb(app.pid)
        finally:
            app.terminate()
            app.wait(20)
            tray.terminate()
            xvfb.terminate()
    minutes = (t1 - t0) / 60
    cpu = (cpu1 - cpu0) / minutes
    wakeups = sum(woke.values()) / minutes
    print(f"Sitbreak on an idle desk, {t1 - t0:.0f} s measured after {args.settle:.0f} s settling")
    print(f"  resident memory : {rss:7.1f} MB")
    print(f"  CPU             : {cpu:7.3f} s/min")
    print(f"  wake-ups        : {wakeups:7.1f} /min (voluntary context switches, all threads)")
    for name, count in sorted(woke.items(), key=lambda item: -item[1]):
        print(f"    {name:<22}{count / minutes:7.1f} /min")
    for name, (p_rss, p_cpu, p_wake) in PEERS.items():
        cpu_ratio = f"{cpu / p_cpu:.2f}x" if p_cpu else "n/a"
        print(
            f"  vs {name:<18}: memory {rss / p_rss:.2f}x, CPU {cpu_ratio}, "
            f"wake-ups {wakeups / p_wake:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
