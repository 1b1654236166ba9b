"""A throw-away PostgreSQL server for the test session (initdb + pg_ctl in a temp folder).

Uses ``CAXA_TEST_PG_URL`` when set (an existing server, the test databases are
copied from a template on it). Otherwise looks for PostgreSQL's binaries
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
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

# One text for everything about a database's schema that a test could change: tables, columns,
# defaults, constraints, indexes, triggers (and whether they are enabled), functions, views,
# rules, types, sequences' parameters, extensions, schemas, grants, database settings.
# Names only, no OIDs, so a database restored from a dump of its own schema still matches.
_FINGERPRINT = r"""
WITH parts(x) AS (
  SELECT concat_ws(':', 'c', c.oid::regclass, c.relkind, c.relacl, c.relrowsecurity, c.relpersistence)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND n.nspname NOT LIKE 'pg\_%temp\_%'
  UNION ALL
  SELECT concat_ws(':', 'a', a.attrelid::regclass, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, a.attisdropped, a.attgenerated, a.attidentity,
                   pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0
  UNION ALL
  SELECT concat_ws(':', 'k', conrelid::regclass, conname, convalidated, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL
  SELECT concat_ws(':', 'i', pg_get_indexdef(i.indexrelid), i.indisvalid)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL
  SELECT concat_ws(':', 't', tgenabled, pg_get_triggerdef(oid)) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT concat_ws(':', 'p', p.oid::regprocedure, md5(p.prosrc), p.proacl)
    FROM pg_proc p
   WHERE p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  UNION ALL
  SELECT concat_ws(':', 'v', c.oid::regclass, pg_get_viewdef(c.oid))
    FROM pg_class c WHERE c.relkind IN ('v', 'm') AND c.relnamespace = 'public'::regnamespace
  UNION ALL
  SELECT concat_ws(':', 'r', schemaname, tablename, rulename, definition) FROM pg_rules
  UNION ALL
  SELECT concat_ws(':', 'y', t.oid::regtype, t.typtype) FROM pg_type t
   WHERE t.typnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace,
                                'pg_toast'::regnamespace)
  UNION ALL
  SELECT concat_ws(':', 'n', enumtypid::regtype, enumsortorder, enumlabel) FROM pg_enum
  UNION ALL
  SELECT concat_ws(':', 'q', seqrelid::regclass, seqtypid::regtype, seqincrement, seqstart, seqmin, seqmax,
                   seqcache, seqcycle) FROM pg_sequence
  UNION ALL
  SELECT concat_ws(':', 'o', polrelid::regclass, polname) FROM pg_policy
  UNION ALL
  SELECT concat_ws(':', 'e', extname, extversion) FROM pg_extension
  UNION ALL
  SELECT concat_ws(':', 'ev', evtname, evtenabled) FROM pg_event_trigger
  UNION ALL
  SELECT concat_ws(':', 'ns', nspname, nspacl) FROM pg_namespace WHERE nspname NOT LIKE 'pg\_%temp\_%'
  UNION ALL
  SELECT concat_ws(':', 'lo', count(*)) FROM pg_largeobject_metadata
  UNION ALL
  SELECT concat_ws(':', 'pub', pubname) FROM pg_publication
  UNION ALL
  SELECT concat_ws(':', 'd', d.datallowconn, d.datconnlimit, d.datacl, s.setconfig)
    FROM pg_database d LEFT JOIN pg_db_role_setting s ON s.setdatabase = d.oid
   WHERE d.datname = current_database()
)
SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM parts
"""


# Changes nothing about the schema unless a row of these catalogs was added, changed or removed:
# every such change gives the row a newer xmin (transaction ids only grow in a test session) or
# changes a count. Cheaper than the fingerprint by a factor of ten; when it differs, the
# fingerprint decides.
_CATALOGS = ("pg_class", "pg_attribute", "pg_attrdef", "pg_constraint", "pg_index", "pg_trigger", "pg_proc",
             "pg_type", "pg_namespace", "pg_extension", "pg_rewrite", "pg_enum", "pg_sequence", "pg_policy",
             "pg_event_trigger", "pg_largeobject_metadata", "pg_publication", "pg_database",
             "pg_db_role_setting")
_CATALOG_STAMP = ", ".join(
    f"(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM {c})" for c in _CATALOGS)


@dataclass(frozen=True)
class _Snapshot:
    """What a fresh copy of a template holds, to put a used copy back into that state."""

    fingerprint: str  # of its schema (_FINGERPRINT)
    tables: tuple[str, ...]  # the public schema's tables without rows, quoted
    rows: tuple[tuple[str, bytes], ...]  # (table, COPY text) of the tables that hold rows
    sequences: tuple[tuple[str, int, bool], ...]  # (sequence, last_value, is_called)
    sizes: tuple[tuple[str, int, float, int], ...]  # (relation, relpages, reltuples, relallvisible)
    reusable: bool = True  # False: each test gets a new copy


@dataclass
class PgServer:
    """The server, and the test databases it copies from a template.

    Copying a database (CREATE DATABASE … TEMPLATE) costs the server about half a second. So a
    test's database is given back and reset in place instead, in a few milliseconds, then handed
    to the next test (see ``_reset``). A database whose schema no longer matches a fresh copy's
    (a migration test downgraded it, a test disabled a trigger) is dropped instead, and the next
    test gets a new copy.
    """

    base_url: str  # URL of the maintenance database ("postgres")
    stop: Callable[[], None] | None = None
    copies: int = 0  # databases copied from a template
    resets: int = 0  # databases reset in place for the next test
    _engine: Engine | None = field(default=None, repr=False)
    _numbers: Iterator[int] = field(default_factory=itertools.count, repr=False)
    _snapshots: dict[str, _Snapshot] = field(default_factory=dict, repr=False)
    _clean: dict[str, list[str]] = field(default_factory=dict, repr=False)  # template -> reset databases
    _lent: dict[str, str] = field(default_factory=dict, repr=False)  # database -> its template
    _stamps: dict[str, tuple] = field(default_factory=dict, repr=False)  # database -> catalogs after reset

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

    def _connect(self, name: str):  # noqa: ANN202 (psycopg is imported lazily)
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.url_for(name)).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def _copy(self, template: str) -> str:
        name = f"caxa_t{os.getpid()}_{next(self._numbers)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        self.copies += 1
        if template not in self._snapshots:
            self._snapshots[template] = self._take_snapshot(name)
        return name

    def _take_snapshot(self, name: str) -> _Snapshot:
        with self._connect(name) as conn:
            fingerprint = conn.execute(_FINGERPRINT).fetchone()[0]
            # statistics (ANALYZE run on the template by a server's autovacuum) could not be put back
            analyzed = conn.execute("SELECT EXISTS (SELECT FROM pg_statistic s JOIN pg_class c ON c.oid = "
                                    "s.starelid WHERE c.relnamespace = 'public'::regnamespace)").fetchone()[0]
            empty, rows = [], []
            for (table,) in conn.execute("SELECT quote_ident(tablename) FROM pg_tables "
                                         "WHERE schemaname = 'public' ORDER BY 1").fetchall():
                if conn.execute(f"SELECT EXISTS (SELECT FROM {table})").fetchone()[0]:
                    with conn.cursor().copy(f"COPY {table} TO STDOUT") as copy:
                        rows.append((table, b"".join(bytes(block) for block in copy)))
                else:
                    empty.append(table)
            sequences = []
            for (sequence,) in conn.execute(
                    "SELECT c.oid::regclass::text FROM pg_class c WHERE c.relkind = 'S' "
                    "AND c.relnamespace = 'public'::regnamespace ORDER BY 1").fetchall():
                value, called = conn.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()
                sequences.append((sequence, value, called))
            sizes = conn.execute("SELECT c.oid::regclass::text, relpages, reltuples, relallvisible "
                                 "FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
                                 "AND c.relkind IN ('r', 'i') ORDER BY 1").fetchall()
        return _Snapshot(fingerprint, tuple(empty), tuple(rows), tuple(sequences), tuple(map(tuple, sizes)),
                         reusable=not analyzed)

    def _reset(self, name: str, snapshot: _Snapshot) -> bool:
        """Put ``name`` back into the state of a fresh copy of its template; False when that cannot
        be done (its schema differs): then the database is left as it is.

        Every table that holds rows is emptied with DELETE and VACUUM (which gives its pages back,
        so new rows are stored in the order they come, as in a fresh table; TRUNCATE would cost
        a tenth of a second per table referenced by many, for the same result); the template's
        rows are copied back, every sequence and every table's and index's size as the planner
        sees it are set as a fresh copy has them, and planner statistics are dropped (a fresh
        copy has none). No triggers fire meanwhile (the audit log's append-only guard, the
        foreign keys): the rows put back are a fresh copy's own.
        """
        stamp = len(_CATALOGS)
        with self._connect(name) as conn:
            # connections and transactions a test left open end here (their changes roll back)
            first = conn.execute(
                "SELECT (SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()), "
                + _CATALOG_STAMP + ", " + ", ".join(f"EXISTS (SELECT FROM {t})" for t in snapshot.tables)
            ).fetchone()[1:]
            unchanged = first[:stamp] == self._stamps.get(name)
            if not unchanged and conn.execute(_FINGERPRINT).fetchone()[0] != snapshot.fingerprint:
                return False
            filled = [table for table, rows in zip(snapshot.tables, first[stamp:], strict=True) if rows]
            dirty = filled + [table for table, _ in snapshot.rows]
            # one round trip: the server is busy with the other tests meanwhile
            if dirty:
                conn.execute("BEGIN; SET LOCAL session_replication_role = replica; "
                             + "".join(f"DELETE FROM {table}; " for table in dirty) + "COMMIT")
                conn.execute(f"VACUUM {', '.join(dirty)}")
            with conn.transaction():
                sizes = ", ".join(f"pg_relation_size('{table}') > 0" for table in dirty)
                if dirty and any(conn.execute(f"SELECT {sizes}").fetchone()):
                    return False  # VACUUM could not give the pages back
                conn.execute("SET LOCAL session_replication_role = replica")
                for table, data in snapshot.rows:
                    with conn.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                        copy.write(data)
                values = ", ".join(f"('{rel}'::regclass, {pages}, {tuples}::real, {visible})"
                                   for rel, pages, tuples, visible in snapshot.sizes)
                setval = "".join(f", setval('{seq}', {value}, {called})"
                                 for seq, value, called in snapshot.sequences)
                conn.execute(
                    "UPDATE pg_class c SET relpages = v.p, reltuples = v.t, relallvisible = v.a "
                    f"FROM (VALUES {values}) AS v(r, p, t, a) WHERE c.oid = v.r "
                    "AND (c.relpages, c.reltuples, c.relallvisible) IS DISTINCT FROM (v.p, v.t, v.a); "
                    "DELETE FROM pg_statistic s USING pg_class c WHERE c.oid = s.starelid "
                    f"AND c.relnamespace = 'public'::regnamespace; SELECT 1{setval}")
                # what the catalogs look like after this transaction (it sees its own changes)
                self._stamps[name] = conn.execute(f"SELECT {_CATALOG_STAMP}").fetchone()
        return True

    def take_database(self, template: str) -> str:
        """A database in the state of a fresh copy of ``template``; give it back with ``give_back``."""
        clean = self._clean.setdefault(template, [])
        name = clean.pop() if clean else self._copy(template)
        self._lent[name] = template
        return name

    def give_back(self, name: str) -> None:
        """Reset a test's database (its engines disposed) for the next test, or drop it."""
        import psycopg

        template = self._lent.pop(name)
        snapshot = self._snapshots[template]
        try:
            reset = snapshot.reusable and self._reset(name, snapshot)
        except psycopg.Error:
            reset = False  # e.g. the test dropped or renamed it
        if reset:
            self.resets += 1
            self._clean[template].append(name)
        else:
            self.drop_database(name)

    def close(self) -> None:
        """Drop the databases kept for reuse, then stop the server."""
        try:
            for names in self._clean.values():
                for name in names:
                    self.drop_database(name)
        finally:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            if self.stop is not None:
                self.stop()


def _log_cpu(data: Path) -> None:
    """Append the server's CPU seconds to the file named by ``CAXA_TEST_PG_CPU``, if set: its
    own, its ended backends' and those still running (the tests' CPU includes the server's)."""
    target = os.environ.get("CAXA_TEST_PG_CPU")
    if not target:
        return

    def ticks(pid: str, fields: slice) -> int:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return 0
        return sum(int(f) for f in stat[fields]) if stat[1] == postmaster or pid == postmaster else 0

    try:
        postmaster = (data / "postmaster.pid").read_text().split()[0]
    except (OSError, IndexError):
        return
    total = ticks(postmaster, slice(11, 15))  # utime stime cutime cstime
    total += sum(ticks(p.name, slice(11, 13)) for p in Path("/proc").iterdir() if p.name.isdigit())
    with open(target, "a") as log:
        log.write(f"{total / os.sysconf('SC_CLK_TCK'):.2f}\n")


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
    # no autovacuum: a database lives on from test to test (reset in place), its planner's view of
    # it as a fresh copy's, never analyzed in the background
    opts = f"-k {sock} -p 5439 -c listen_addresses= -c fsync=off -c full_page_writes=off -c autovacuum=off"
    done = run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w", "start")
    if done.returncode != 0:
        log = (base / "log").read_text(errors="replace")[-500:] if (base / "log").exists() else ""
        return None, f"pg_ctl start thất bại: {done.stderr.strip()[-300:]} {log}"

    def stop() -> None:
        _log_cpu(data)
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)

    return PgServer(f"postgresql+psycopg://postgres@/postgres?host={sock}&port=5439", stop), ""
