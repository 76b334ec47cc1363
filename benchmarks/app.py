"""The Build click in the app (Streamlit AppTest): seconds from the click to the full result on the page.

For each warehouse: the first click of a fresh process (the translator and its value index are built by
then or meanwhile), clicked as soon as the page is drawn and again after a 3 s pause (a user typing), then
the median, min and max of clicks on the page's example requests, each in a new session (no dry run
cached); CPU seconds of the process beside them (the machine is shared). Targets: <= 1.5 s on the 20k demo, <= 3 s at 1M.
Usage: python benchmarks/app.py --db 20000=/path/w20k.duckdb --db 1000000=/path/w1m.duckdb [--rounds 2] [--app ui/app.py]
Each first click runs in its own child process, so it is really the first.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
from streamlit.testing.v1 import AppTest
app, rounds, pause = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
REQUESTS = [
    "VIP customers who bought at least twice in store in the last 6 months, but not anyone who got more than 5 messages this month",
    "gold or VIP customers in France or Belgium who opened an email in the last 30 days",
    "lapsed customers who bought shoes before",
    "cart abandoners aged 18-34",
    "top 10% spenders last year except those with an open ticket",
]

def click(request, pause=0.0):
    at = AppTest.from_file(app, default_timeout=300)
    at.session_state["user"] = "maria"
    at.run()
    at.switch_page("views/build.py")
    at.run()
    time.sleep(pause)
    at.text_area(key="request").set_value(request)
    t, c = time.perf_counter(), time.process_time()
    at.button(key="build").click().run()
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    assert not at.exception, at.exception
    assert [m for m in at.metric if m.label == "Final audience"], f"no result on the page: {[e.value for e in at.error]}"
    return seconds, cpu

first = click(REQUESTS[0], pause)
warm = [click(r) for _ in range(rounds) for r in REQUESTS[1:]]
print(json.dumps({"first": first, "warm": [w for w, _ in warm], "cpu": [c for _, c in warm]}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", action="append", required=True, help="CUSTOMERS=PATH, repeatable")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--app", default=str(Path(__file__).resolve().parent.parent / "ui" / "app.py"))
    args = ap.parse_args()
    for spec in args.db:
        label, path = spec.split("=", 1)
        paused = child(args.app, path, 0, 3.0)["first"]
        r = child(args.app, path, args.rounds, 0.0)
        warm, cpu = sorted(r["warm"]), sorted(r["cpu"])
        print(f"{int(label):>9,} customers: first Build click {r['first'][0]:.2f} s at once, {paused[0]:.2f} s after a 3 s pause; "
              f"later clicks median {warm[len(warm) // 2]:.2f} s (min {warm[0]:.2f}, max {warm[-1]:.2f}, {len(warm)} clicks), "
              f"CPU median {cpu[len(cpu) // 2]:.2f} s (all threads of the process)")


def child(app: str, db: str, rounds: int, pause: float) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "AUDIENCE_HOME": home, "AUDIENCE_DB": db}
        proc = subprocess.run([sys.executable, "-c", CHILD, app, str(rounds), str(pause)], capture_output=True, text=True, env=env)
        if proc.returncode:
            sys.exit(proc.stderr[-3000:])
        return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
