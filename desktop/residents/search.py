"""As-you-type search over persons: one folded key per person, the same SQL on SQLite and PostgreSQL.

The key (``person.search_key``) holds the folded name, other name, ID number, old CMND numbers,
phone and the numbers of the residence files of the person and their household, so
``nguyen van an`` finds "Nguyễn Văn Ấn" and ``dak`` finds "Đắk". Every word of the query must
appear in the key (substring) — or, in prefix mode, the folded name must start with the query.
Lists are ordered by (folded name, id) and fetched a page at a time by keyset (``search_page`` with
``after=``): a keystroke costs one page, whatever the number of matches.

Indexes (migration ``residents_0002``): SQLite keeps an FTS5 trigram table over the key
(``person_fts``, triggers keep it in step); PostgreSQL a GIN ``pg_trgm`` index on the key, and the
folded name in the "C" collation (byte order, as SQLite); both an index on the old ID numbers.
``count`` is exact, or stops at ``cap + 1`` for a label such as "hơn 10.000 nhân khẩu"
(``count_text``): an exact count of a common word reads every match.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    union,
    update,
)
from sqlalchemy.sql import ColumnElement, Select

from desktop.db import UnitOfWork
from desktop.residents import validate
from desktop.residents.models import SEXES, STATUSES, Household, OldIdNumber, Person, ResidenceFile
from desktop.settings import Village
from desktop.text import DROP_APOSTROPHES, clean, fold

#: status filter choices (code → Vietnamese)
STATUS_FILTERS = {
    "": "Mọi tình trạng",
    "registered": "Đang đăng ký thường trú",
    "living": "Đang sinh sống",
    "deceased": "Đã chết",
    "moved": "Đã chuyển đi",
    "struck_off": "Đã xóa đăng ký thường trú",
}


@dataclass(frozen=True)
class SearchFilter:
    text: str = ""
    mode: str = "contains"  # or "prefix"
    village_id: int | None = None
    status: str = ""
    problem: str = ""  # a data-quality rule code (quality.RULES)
    household_id: int | None = None


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    birth_text: str
    sex_text: str
    id_number: str
    phone: str
    village_label: str
    household_number: str
    relation: str
    status_text: str
    id_issue: str
    name_key: str


@dataclass(frozen=True)
class Page:
    rows: tuple[PersonRow, ...]
    #: pass as ``after`` to get the next page; None when this was the last page
    after: tuple[str, int] | None


#: the person's fields the search key is made of (with their old ID numbers and the residence-file
#: numbers of the person and of their household)
KEY_FIELDS = frozenset({"full_name", "other_name", "id_number", "phone", "household_id"})


def build_key(full_name: str, other_name: str, id_number: str, phone: str, extra: Iterable[str] = ()) -> str:
    parts = [full_name, other_name, id_number, phone.replace(" ", "").replace(".", ""), *extra]
    return fold(" ".join(p for p in parts if p))[:500]


def build_keys(persons: Sequence[tuple[str, str, str, str, Sequence[str]]]) -> list[str]:
    """``build_key`` of many persons (name, other name, number, phone, extra numbers) at once: each
    text cleaned as ``fold`` cleans it, then all folded in one pass (``io_rows.fold_many``; a test
    holds the two equal) instead of a Python step per character."""
    from desktop.residents.io_rows import fold_many

    texts = [
        clean(
            " ".join(
                p for p in (name, other, number, phone.replace(" ", "").replace(".", ""), *extra) if p
            ).translate(DROP_APOSTROPHES)
        )
        for name, other, number, phone, extra in persons
    ]
    return [key[:500] for key in fold_many(texts)]


def file_numbers_for(uow: UnitOfWork, person_ids: Sequence[int]) -> dict[int, list[str]]:
    """The residence-file numbers that belong to each person (own files and their household's)."""
    out: dict[int, list[str]] = defaultdict(list)
    if not person_ids:
        return out
    s = uow.session
    for chunk in _chunks(person_ids):
        own = s.execute(
            select(ResidenceFile.person_id, ResidenceFile.number)
            .where(ResidenceFile.person_id.in_(chunk))
            .order_by(ResidenceFile.number)
        )
        for pid, number in own:
            out[pid].append(number)
        hh = s.execute(
            select(Person.id, ResidenceFile.number)
            .join(ResidenceFile, ResidenceFile.household_id == Person.household_id)
            .where(Person.id.in_(chunk))
            .order_by(ResidenceFile.number)
        )
        for pid, number in hh:
            if number not in out[pid]:
                out[pid].append(number)
    return out


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def refresh_keys(uow: UnitOfWork, person_ids: Sequence[int]) -> None:
    """Recompute the stored search key of these persons (after an edit, a new file, a move)."""
    s = uow.session
    files = file_numbers_for(uow, person_ids)
    updates = []
    for chunk in _chunks(person_ids):
        olds: dict[int, list[str]] = defaultdict(list)
        for pid, number in s.execute(
            select(OldIdNumber.person_id, OldIdNumber.number).where(OldIdNumber.person_id.in_(chunk))
        ):
            olds[pid].append(number)
        rows = s.execute(
            select(Person.id, Person.full_name, Person.other_name, Person.id_number, Person.phone).where(
                Person.id.in_(chunk)
            )
        )
        found = [(pid, (name, other, number, phone, [*olds.get(pid, []), *files.get(pid, [])]))
                 for pid, name, other, number, phone in rows]  # fmt: skip
        keys = build_keys([parts for _pid, parts in found])
        updates += [{"pid": pid, "key": key} for (pid, _parts), key in zip(found, keys, strict=True)]
    if updates:
        table = Person.__table__
        s.connection().execute(
            update(table).where(table.c.id == bindparam("pid")).values(search_key=bindparam("key")), updates
        )


def refresh_household_keys(uow: UnitOfWork, household_id: int | None) -> None:
    if household_id is None:
        return
    ids = list(uow.session.scalars(select(Person.id).where(Person.household_id == household_id)))
    refresh_keys(uow, ids)


#: substring search on SQLite: when the FTS5 trigram table finds at most this many persons, they are
#: fetched through it and sorted; more, and scanning the ordered search index finds a page sooner
FTS_CAP = 10_000


def _like(word: str) -> str:
    return "%" + word.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _glob(word: str) -> str:
    return "*" + "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word) + "*"


def has_fts(conn: Connection) -> bool:
    """SQLite: the FTS5 trigram table exists (SQLite ≥ 3.34 with FTS5 when the database was migrated)."""
    if conn.dialect.name != "sqlite":
        return False
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'person_fts'").first() is not None


def _fts_match(words: Sequence[str]) -> str:
    """An FTS5 query: every word a quoted phrase (the trigram tokenizer matches it as a substring)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _text_conditions(conn: Connection, q: str, mode: str) -> list[ColumnElement[bool]]:
    """The search text as conditions the database answers from an index.

    Prefix: a range of ``name_key`` (byte order on both databases), read from ``ix_person_order`` in
    display order. Substring: one ``LIKE '%word%'`` per word on PostgreSQL, answered from the GIN
    trigram index. SQLite asks its FTS5 trigram table first (words of 3 characters or more; shorter
    words are tested on the rows found): up to ``FTS_CAP`` matches are the candidates, sorted for the
    page (a partial ID number, a phone, a rare name); more, and the scan of the ordered search index
    meets a page of them sooner than sorting them all would. A whole ID number (12 digits) is looked
    up in the indexes of the current and old ID numbers on both databases.
    """
    if mode == "prefix":
        return [Person.name_key >= q, Person.name_key < q + "\U0010ffff"]
    words = q.split()
    if len(words) == 1 and len(q) == 12 and q.isdigit():
        # a whole ID number: the current and old numbers' b-tree indexes, not a substring search
        holders = union(
            select(Person.id).where(Person.id_number == q),
            select(OldIdNumber.person_id).where(OldIdNumber.number == q),
        )
        return [Person.id.in_(holders)]
    if conn.dialect.name != "sqlite":
        return [Person.search_key.like(_like(w), escape="/") for w in words]
    # GLOB: the keys are folded to lower case already, and SQLite's GLOB is twice as fast as LIKE
    globs = [Person.search_key.op("GLOB")(_glob(w)) for w in words]
    long_words = [w for w in words if len(w) >= 3]
    if not long_words or not has_fts(conn):
        return globs
    match = _fts_match(long_words)
    found = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?", (match, FTS_CAP + 1)
        )
    ]
    if len(found) > FTS_CAP:
        return globs
    short = [g for w, g in zip(words, globs, strict=True) if len(w) < 3]
    # the ids found, handed back as one JSON parameter: no second FTS lookup, no thousands of binds
    ids = select(literal_column("value")).select_from(func.json_each(bindparam("fts_ids", json.dumps(found))))
    return [Person.id.in_(ids), *short]


def _where(uow: UnitOfWork, flt: SearchFilter) -> list[ColumnElement[bool]]:
    return _conditions(flt, uow.session.connection())


def _conditions(flt: SearchFilter, conn: Connection | None = None) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions; without ``conn`` the text is plain ``LIKE`` on any database
    (whole-list scans such as the export, where no index would help)."""
    conds: list[ColumnElement[bool]] = []
    q = fold(flt.text)
    if q and conn is not None:
        conds.extend(_text_conditions(conn, q, flt.mode))
    elif q and flt.mode == "prefix":
        conds.append(Person.name_key.startswith(q, autoescape=True))
    elif q:
        conds.extend(Person.search_key.contains(word, autoescape=True) for word in q.split())
    if flt.village_id is not None:
        conds.append(Person.village_id == flt.village_id)
    if flt.household_id is not None:
        conds.append(Person.household_id == flt.household_id)
    if flt.status == "registered":
        conds.append(Person.struck_off_date.is_(None))
    elif flt.status == "struck_off":
        conds.append(Person.struck_off_date.is_not(None))
    elif flt.status:
        conds.append(Person.status == flt.status)
    if flt.problem:
        from desktop.residents import quality

        codes = quality.WRONG_ID_RULES if flt.problem == "wrong_id" else (flt.problem,)
        conds.append(or_(*(Person.id.in_(quality.failing_ids(code)) for code in codes)))
    return conds


def _row_select() -> Select:
    return (
        select(
            Person.id,
            Person.full_name,
            Person.birth_year,
            Person.birth_month,
            Person.birth_day,
            Person.sex,
            Person.id_number,
            Person.phone,
            Village.kind,
            Village.name,
            Household.number,
            Person.relation,
            Person.status,
            Person.struck_off_date,
            Person.id_issue,
            Person.name_key,
        )
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(Household, Household.id == Person.household_id)
    )


def _to_row(r: Sequence) -> PersonRow:
    (pid, full_name, year, month, day, sex, id_number, phone, kind, village, household, relation,
     status_code, struck_off, id_issue, name_key) = r
    status = STATUSES.get(status_code, status_code)
    if struck_off is not None:
        status = "Đã xóa thường trú" if status_code == "living" else status + ", đã xóa thường trú"
    return PersonRow(
        pid,
        full_name,
        validate.birth_text(year, month, day),
        SEXES.get(sex, sex),
        id_number,
        phone,
        f"{kind} {village}" if kind else "",
        household or "",
        relation,
        status,
        id_issue,
        name_key,
    )


def search_page(
    uow: UnitOfWork, flt: SearchFilter, *, after: tuple[str, int] | None = None, limit: int = 100
) -> Page:
    """One page of matches in (name, id) order, starting after the keyset ``after``.

    Two steps: the ids come from the search indexes (``page_statement``), then one query fetches the
    page's rows (one query joining the rows makes PostgreSQL's planner pick worse plans).
    """
    uow.require("read")
    stmt = page_statement(uow, flt, after=after, limit=limit + 1)
    ids = list(uow.session.connection().execute(stmt).scalars())
    more = len(ids) > limit
    rows = _rows(uow, ids[:limit])
    return Page(tuple(rows), (rows[-1].name_key, rows[-1].id) if more and rows else None)


def page_statement(
    uow: UnitOfWork, flt: SearchFilter, *, after: tuple[str, int] | None = None, limit: int = 101
) -> Select:
    """The ids of one page, in display order (the statement ``search_page`` runs; tests EXPLAIN it)."""
    stmt = select(Person.id).where(*_where(uow, flt))
    if after is not None:
        stmt = stmt.where(tuple_(Person.name_key, Person.id) > tuple_(*after))
    return stmt.order_by(Person.name_key, Person.id).limit(limit)


def search_ids(uow: UnitOfWork, flt: SearchFilter) -> list[int]:
    """Every matching id in display order (ints only) — for whole-list work such as printing a
    selection; the as-you-type list uses ``search_page`` (one page per keystroke)."""
    uow.require("read")
    stmt = select(Person.id).where(*_where(uow, flt)).order_by(Person.name_key, Person.id)
    return _int_column(uow, stmt)


def _int_column(uow: UnitOfWork, stmt: Select) -> list[int]:
    """Run a one-column query straight on the driver's cursor: 200,000 ids in half the time of
    SQLAlchemy's result rows (the statement is still compiled by SQLAlchemy for the dialect)."""
    conn = uow.session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = [params[name] for name in compiled.positiontup] if compiled.positional else params
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def fetch_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[PersonRow]:
    """The rows for ``ids``, in the order given (one page of the big table)."""
    uow.require("read")
    return _rows(uow, ids)


def _rows(uow: UnitOfWork, ids: Sequence[int]) -> list[PersonRow]:
    """One query for the rows of ``ids`` on the driver's cursor: the id list is one parameter (a JSON
    array on SQLite, an array on PostgreSQL), so the statement is compiled once per process and a
    page of 100 rows costs what the bare query costs (no per-row result objects)."""
    if not ids:
        return []
    conn = uow.session.connection()
    sql, positional = _rows_statement(conn)
    ids = [int(i) for i in ids]
    value: object = json.dumps(ids) if conn.dialect.name == "sqlite" else ids
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, (value,) if positional else {"ids": value})
        found = {r[0]: _to_row(r) for r in cursor.fetchall()}
    finally:
        cursor.close()
    return [found[i] for i in ids if i in found]


_ROWS_SQL: dict[str, tuple[str, bool]] = {}


def _rows_statement(conn: Connection) -> tuple[str, bool]:
    """The rows query compiled for this dialect (cached): its SQL and whether it binds by position."""
    name = conn.dialect.name
    if name not in _ROWS_SQL:
        if name == "sqlite":
            wanted = select(literal_column("value")).select_from(func.json_each(bindparam("ids")))
            cond = Person.id.in_(wanted)
        else:
            cond = Person.id == func.any(bindparam("ids"))
        compiled = _row_select().where(cond).compile(dialect=conn.dialect)
        _ROWS_SQL[name] = (str(compiled), bool(compiled.positional))
    return _ROWS_SQL[name]


def count(uow: UnitOfWork, flt: SearchFilter, *, cap: int | None = None) -> int:
    """How many persons match. With ``cap`` it stops counting at ``cap + 1`` (a few milliseconds
    whatever the query): a result above ``cap`` means "more than cap" (``count_text``)."""
    uow.require("read")
    if cap is None:
        stmt = select(func.count()).select_from(Person).where(*_where(uow, flt))
    else:
        some = select(Person.id).where(*_where(uow, flt)).limit(cap + 1).subquery()
        stmt = select(func.count()).select_from(some)
    return int(uow.session.scalar(stmt) or 0)


def count_text(n: int, cap: int | None = None) -> str:
    """The count as the clerk reads it: "1.234 nhân khẩu", or "hơn 10.000 nhân khẩu" above ``cap``."""
    if cap is not None and n > cap:
        return f"hơn {cap:,} nhân khẩu".replace(",", ".")
    return f"{n:,} nhân khẩu".replace(",", ".")


def find_by_id_number(uow: UnitOfWork, number: str) -> list[int]:
    uow.require("read")
    return list(uow.session.scalars(select(Person.id).where(Person.id_number == number.strip())))


#: what the PostgreSQL server's administrator runs when the role could not create pg_trgm
PG_TRGM_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm; "
    "CREATE INDEX ix_person_search_trgm ON person USING gin (search_key gin_trgm_ops);"
)


def index_notice(conn: Connection) -> str:
    """'' when the search has its indexes; else, in Vietnamese, what is missing and what to do."""
    if conn.dialect.name == "sqlite":
        if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'person'").first():
            return ""
        if has_fts(conn):
            return ""
        return (
            "Tìm kiếm nhân khẩu chạy không có chỉ mục FTS5 (SQLite của máy này cũ hơn 3.34 hoặc không có "
            "FTS5): kết quả vẫn đúng nhưng chậm hơn khi có nhiều nhân khẩu."
        )
    if not conn.exec_driver_sql("SELECT 1 FROM pg_tables WHERE tablename = 'person'").first():
        return ""
    if conn.exec_driver_sql("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_person_search_trgm'").first():
        return ""
    return (
        "Tìm kiếm nhân khẩu chạy không có chỉ mục trigram: tài khoản PostgreSQL của CAXA không được tạo "
        "tiện ích pg_trgm. Kết quả vẫn đúng nhưng chậm khi có nhiều nhân khẩu. Người quản trị máy chủ "
        f"cần chạy trong cơ sở dữ liệu này: {PG_TRGM_SQL}"
    )
