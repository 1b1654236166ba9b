"""A throw-away PostgreSQL server for the test session (initdb + pg_ctl in a temp folder).

Uses ``CAXA_TEST_PG_URL`` when set (an existing server, the database is
re-created per test from a template). Otherwise looks for PostgreSQL's binaries
(PATH, /usr/lib/postgresql/*/bin) and starts a private server on a Unix socket.
PostgreSQL refuses to run as root, so as root the server runs as ``postgres``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine


@dataclass
class PgServer:
    base_url: str  # URL of the maintenance database ("postgres")
    stop: Callable[[], None] | None = None
    _engine: Engine | None = field(default=None, repr=False)

    def url_for(self, name: str) -> str:
        head, _, query = self.base_url.partition("?")
        return head.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")

    def execute(self, sql: str) -> None:
        """Run one statement on the maintenance database, outside a transaction (CREATE/DROP DATABASE)."""
        from sqlalchemy import create_engine, text

        if self._engine is None:
            self._engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT", pool_size=1)
        with self._engine.connect() as conn:
            conn.execute(text(sql))

    def drop_database(self, name: str) -> None:
        """Drop a test database, ending any connection a test left open (PostgreSQL 13+)."""
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.stop is not None:
            self.stop()


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def start() -> tuple[PgServer | None, str]:
    """Return (server, "") or (None, reason it is not available)."""
    url = os.environ.get("CAXA_TEST_PG_URL")
    if url:
        return PgServer(url), ""
    bindir = _bindir()
    if bindir is None:
        return None, "PostgreSQL không có trên máy này (không thấy pg_ctl); .ci/run cài nó trong CI"
    base = Path(tempfile.mkdtemp(prefix="caxa-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        os.chmod(base, 0o755)

    def run(*cmd: str) -> subprocess.CompletedProcess:
        full = ["runuser", "-u", "postgres", "--", *cmd] if as_root else list(cmd)
        return subprocess.run(full, capture_output=True, text=True, check=False)

    done = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
               "-U", "postgres")
    if done.returncode != 0:
        return None, f"initdb thất bại: {done.stderr.strip()[-300:]}"
    opts = f"-k {sock} -p 5439 -c listen_addresses= -c fsync=off -c full_page_writes=off"
    done = run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w", "start")
    if done.returncode != 0:
        log = (base / "log").read_text(errors="replace")[-500:] if (base / "log").exists() else ""
        return None, f"pg_ctl start thất bại: {done.stderr.strip()[-300:]} {log}"

    def stop() -> None:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)

    return PgServer(f"postgresql+psycopg://postgres@/postgres?host={sock}&port=5439", stop), ""
