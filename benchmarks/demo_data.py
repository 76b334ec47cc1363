"""Demo warehouse generation: seconds, rows per table and peak memory, for 100k and 1M customers.

Each size runs in its own child process so that its peak RSS is measured alone. CPU seconds are printed
beside the wall clock: on a shared machine they move much less with the load (target at 1M: <= 60 s, < 2 GiB).
Usage: python benchmarks/demo_data.py [SIZES...]   (default: 100000 1000000)
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
import duckdb
from assistant.demo.generate import generate
n, out = int(sys.argv[1]), sys.argv[2]
t = time.perf_counter()
generate(out, customers=n)
seconds = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
con = duckdb.connect(out, read_only=True)
tables = con.execute("SELECT schema_name || '.' || table_name, estimated_size FROM duckdb_tables() ORDER BY 1").fetchall()
rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t, _ in tables}
print(json.dumps({"customers": n, "seconds": seconds, "cpu": cpu, "peak_mib": peak_mib, "rows": rows}))
"""


def main(sizes: list[int]) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "w.duckdb"
            proc = subprocess.run([sys.executable, "-c", CHILD, str(n), str(out)], capture_output=True, text=True, check=True)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            total = sum(r["rows"].values())
            print(f"customers={n:,}  seconds={r['seconds']:.1f} (cpu {r['cpu']:.1f})  peak_memory={r['peak_mib']:.0f} MiB  "
                  f"rows={total:,} ({total / n:.1f} per customer)  file={out.stat().st_size / 2**20:.0f} MiB")
            for table, count in r["rows"].items():
                print(f"    {table:<24} {count:>12,}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
