"""The first page as a new visitor sees it: seconds from opening the address to a usable page, cold server.

Each round starts a fresh `streamlit run ui/app.py` (a new process: nothing imported, nothing cached), waits
until its health check answers (the server is up), then a new headless Chromium context (empty browser cache)
opens the address. Per round:
- sign-in: the sidebar's "Demo sign-in" is visible (the script's imports and settings are done);
- Build page: the "Build audience" button is visible (the warehouse and catalog are open, the page drawn);
- server CPU: the seconds of CPU the server process spent from "up" to the Build page (less noisy than the
  wall clock on a shared machine).
`--baseline DIR` (another checkout, e.g. `git archive main | tar -x -C DIR`) alternates rounds between it and
this one, and prints the medians side by side with the median of the paired ratios. Then the script's own first
run without a browser (Streamlit AppTest in a fresh process): CPU and wall seconds of that run alone.
Target (issue 15): <= 3 s after the server is up. Needs Chromium (Debian's package) and Playwright.
Usage: python benchmarks/first_page.py [--db PATH] [--rounds R] [--baseline DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime


def serve(root: Path, db: Path, home: str) -> tuple[subprocess.Popen, str]:
    """A fresh server of the checkout at `root`; returns once its health check answers."""
    port = free_port()
    env = {**os.environ, "AUDIENCE_HOME": home, "AUDIENCE_DB": str(db), "PYTHONPATH": str(root)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(root / "ui" / "app.py"), "--server.headless",
                             "true", "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                sys.exit(f"the app in {root} did not start")
            time.sleep(0.1)


def one_round(browser, root: Path, db: Path) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as home:
        proc, url = serve(root, db, home)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.set_default_timeout(120_000)
            cpu, started = cpu_seconds(proc.pid), time.perf_counter()
            page.goto(url)
            page.get_by_text("Demo sign-in").wait_for()
            sign_in = time.perf_counter() - started
            page.get_by_role("button", name="Build audience").wait_for()
            build, cpu = time.perf_counter() - started, cpu_seconds(proc.pid) - cpu
            context.close()
            return sign_in, build, cpu
        finally:
            proc.terminate()
            proc.wait(10)


FIRST_RUN = r"""
import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1] + "/ui/app.py", default_timeout=300)
cpu, wall = time.process_time(), time.perf_counter()
at.run()
assert not at.exception, at.exception
print(time.process_time() - cpu, time.perf_counter() - wall)
"""


def first_run(root: Path, db: Path) -> tuple[float, float]:
    """CPU and wall seconds of the app's first script run in a fresh process (imports, catalog, warehouse, page)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "AUDIENCE_HOME": home, "AUDIENCE_DB": str(db), "PYTHONPATH": str(root)}
        out = subprocess.run([sys.executable, "-c", FIRST_RUN, str(root)], env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        return float(out[-2]), float(out[-1])


def summary(samples: list[float]) -> str:
    return f"{statistics.median(samples):.2f} s (min {min(samples):.2f}, max {max(samples):.2f})"


def report(name: str, rounds: list[tuple[float, float, float]]) -> None:
    print(f"{name}: sign-in visible {summary([r[0] for r in rounds])}; Build page ready {summary([r[1] for r in rounds])}; "
          f"server CPU {summary([r[2] for r in rounds])}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=ROOT / ".data" / "demo_warehouse.duckdb")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline", type=Path, help="another checkout to compare with, round by round")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("no chromium on this machine: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    mine, base = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        for _ in range(args.rounds):
            if args.baseline:
                base.append(one_round(browser, args.baseline.resolve(), args.db))
            mine.append(one_round(browser, ROOT, args.db))
        browser.close()
    print(f"first page, cold server ({args.db.name}, {args.rounds} rounds, wall clock from opening the address)")
    if base:
        report("  baseline  ", base)
    report("  this code ", mine)
    if base:
        ratios = sorted(m[1] / b[1] for m, b in zip(mine, base))
        print(f"  Build page ready, this / baseline: median of paired ratios {statistics.median(ratios):.2f}")
    roots = {"baseline": args.baseline.resolve()} if args.baseline else {}
    runs = {name: [] for name in [*roots, "this code"]}
    for _ in range(args.rounds):
        for name, root in [*roots.items(), ("this code", ROOT)]:
            runs[name].append(first_run(root, args.db))
    print("first script run without a browser (AppTest, fresh process)")
    for name, samples in runs.items():
        print(f"  {name:<10}: CPU {summary([s[0] for s in samples])}; wall {summary([s[1] for s in samples])}")


if __name__ == "__main__":
    main()
