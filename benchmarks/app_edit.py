"""The Build page's speed as the marketer feels it, driven by Streamlit's AppTest (the whole script runs).

Prints medians on a demo warehouse (default: the 20,000-customer demo, generated if missing):
- Build click: the request is translated, dry-run (no cached result) and every card, chart and editor drawn;
- Edit -> new size: an editor field changed and Apply clicked, the criterion compiled and bound, the dry run
  of the edited definition (never seen before, so never cached) and the page drawn again.
CPU: seconds of CPU of the whole process (every thread, DuckDB's too), less noisy than the wall clock on a
shared machine. Targets (issue 15): <= 1.5 s at 20k, <= 3 s at 1M.
Usage: python benchmarks/app_edit.py [--customers N] [--db PATH] [--runs R]
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from demo_warehouse import arguments, demo_db  # benchmarks/demo_warehouse.py

REQUEST = "VIP customers in Germany who bought online in the last 6 months, except anyone who got more than 5 messages this month"
APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def final_size(at) -> int:
    return int(next(m for m in at.metric if m.label == "Final audience").value.replace(",", ""))


def main() -> None:
    args = arguments(customers=20_000, runs=7)
    with tempfile.TemporaryDirectory() as tmp:
        db = demo_db(args, tmp)
        os.environ.update(AUDIENCE_DB=str(db), AUDIENCE_HOME=str(Path(tmp) / "home"))
        import streamlit as st
        from streamlit.testing.v1 import AppTest

        at = AppTest.from_file(APP, default_timeout=600)
        at.session_state["user"] = "maria"
        at.run()
        at.switch_page("views/build.py")
        at.run()
        at.text_area(key="request").set_value(REQUEST)
        at.selectbox(key="channel").set_value("email")
        at.button(key="build").click().run()          # warm: the warehouse and the catalog are opened once
        builds, edits, build_cpu, edit_cpu = [], [], [], []
        for i in range(args.runs):
            st.cache_data.clear()                      # a build never seen before: no cached dry run
            t, c = time.perf_counter(), time.process_time()
            at.button(key="build").click().run()
            builds.append(time.perf_counter() - t)
            build_cpu.append(time.process_time() - c)
            at.number_input(key="edit_c2_amount").set_value(2 + i)   # a window not seen before: never cached
            t, c = time.perf_counter(), time.process_time()
            at.button(key="edit_c2_apply").click().run()
            edits.append(time.perf_counter() - t)
            edit_cpu.append(time.process_time() - c)
            assert not at.exception, at.exception
            assert f"in the last {2 + i} months" in " ".join(str(m.value) for m in at.markdown), "the edit did not land"
        print(f"customers={args.customers:,} (or --db) runs={args.runs} final_size={final_size(at):,}")
        print(f"Build click -> full result (AppTest, uncached dry run): median {statistics.median(builds) * 1000:.0f} ms"
              f" (min {min(builds) * 1000:.0f}, max {max(builds) * 1000:.0f}); CPU median {statistics.median(build_cpu) * 1000:.0f} ms")
        print(f"Edit -> new size (AppTest, Apply on a card):          median {statistics.median(edits) * 1000:.0f} ms"
              f" (min {min(edits) * 1000:.0f}, max {max(edits) * 1000:.0f}); CPU median {statistics.median(edit_cpu) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
