"""A real PostgreSQL server for tests: Debian's binaries, a temporary data folder, a free loopback port."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or ([shutil.which(name)] if shutil.which(name) else [])
    return found[-1] if found else None


def available() -> str | None:
    """None when a server can start here, else the reason it cannot."""
    if not _bin("initdb") or not _bin("postgres"):
        return "PostgreSQL server binaries are missing (Debian package 'postgresql'; .ci/run installs it)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser: PostgreSQL refuses to start as root"
    return None


class PostgresServer:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="audience-pg-", dir="/tmp")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if as_pg:
            shutil.chown(self.dir, "postgres")
        data = os.path.join(self.dir, "data")
        subprocess.run(as_pg + [_bin("initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
                       check=True, capture_output=True)
        self.proc = subprocess.Popen(as_pg + [_bin("postgres"), "-D", data, "-p", str(self.port), "-k", self.dir,
                                              "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.admin_dsn = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        deadline = time.time() + 30
        import psycopg
        while True:
            try:
                psycopg.connect(self.admin_dsn).close()
                break
            except psycopg.OperationalError:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("PostgreSQL did not start")
                time.sleep(0.2)

    def create_warehouse(self, name: str = "warehouse") -> tuple[str, str]:
        """A database and two roles: the loader (owner) and a read-only reader. Returns (loader_dsn, reader_dsn)."""
        import psycopg
        with psycopg.connect(self.admin_dsn, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
            con.execute("CREATE ROLE reader LOGIN PASSWORD 'reader-secret'")
        loader = f"host=127.0.0.1 port={self.port} user=postgres dbname={name}"
        reader = f"host=127.0.0.1 port={self.port} user=reader password=reader-secret dbname={name}"
        return loader, reader

    def grant_reader(self, name: str = "warehouse") -> None:
        import psycopg
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname={name}", autocommit=True) as con:
            for (schema,) in con.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' "
                                         "AND nspname <> 'information_schema'").fetchall():
                con.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO reader')
                con.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO reader')
            con.execute("ALTER ROLE reader SET default_transaction_read_only = on")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)
