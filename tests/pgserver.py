"""A throw-away PostgreSQL server for the test session (initdb + pg_ctl in a temp folder).

Uses ``CAXA_TEST_PG_URL`` when set (an existing server, the database is
re-created per test from a template). Otherwise looks for PostgreSQL's binaries
(PATH, /usr/lib/postgresql/*/bin) and starts a private server on a Unix socket.
PostgreSQL refuses to run as root, so as root the server runs as ``postgres``.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine


@dataclass
class PgServer:
    """The server, and the test databases it copies from a template.

    Copying a database takes the server a few tenths of a second; the next copy is made
    in a background thread while a test runs, and a test's database is dropped there too.
    """

    base_url: str  # URL of the maintenance database ("postgres")
    stop: Callable[[], None] | None = None
    _engine: Engine | None = field(default=None, repr=False)
    _worker: ThreadPoolExecutor | None = field(default=None, repr=False)
    _next: Future[str] | None = field(default=None, repr=False)
    _drops: list[Future[None]] = field(default_factory=list, repr=False)
    _numbers: Iterator[int] = field(default_factory=itertools.count, repr=False)

    def url_for(self, name: str) -> str:
        head, _, query = self.base_url.partition("?")
        return head.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")

    def execute(self, sql: str) -> None:
        """Run one statement on the maintenance database, outside a transaction (CREATE/DROP DATABASE)."""
        from sqlalchemy import create_engine, text

        if self._engine is None:
            self._engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT", pool_size=2)
        with self._engine.connect() as conn:
            conn.execute(text(sql))

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any connection a test left open (PostgreSQL 13+)."""
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def _copy(self, template: str) -> str:
        name = f"caxa_t{os.getpid()}_{next(self._numbers)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def take_database(self, template: str) -> str:
        """A fresh copy of ``template`` for one test; give it back with ``give_back``."""
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-test-databases")
        ready = self._next or self._worker.submit(self._copy, template)
        self._next = self._worker.submit(self._copy, template)
        return ready.result()

    def give_back(self, name: str) -> None:
        """Drop a test's database (its engine disposed) in the background."""
        assert self._worker is not None
        self._drops = [f for f in self._drops if not f.done() or f.exception()]
        self._drops.append(self._worker.submit(self.drop_database, name))

    def close(self) -> None:
        """Wait for the background work (raising a failed drop), then stop the server."""
        try:
            if self._worker is not None:
                spare = self._next.result() if self._next is not None else None
                if spare is not None:
                    self.drop_database(spare)
                for dropped in self._drops:
                    dropped.result()
        finally:
            if self._worker is not None:
                self._worker.shutdown(wait=True)
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
