"""An import that updates many stored persons writes each person's audit entry in bulk, byte for byte
what the audit's own row-by-row functions write, and keeps the search index in step in bulk."""

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from desktop import audit
from desktop.residents import io, io_audit, io_write, quality, search
from desktop.residents.idcard import make_number
from desktop.residents.models import Person, QualityIssue

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
N = io_write.BULK_FTS_UPDATES + 20
MOMENT = dt.datetime(2026, 6, 15, 9, 30, 0)


def _book(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    for row in rows:
        ws.append([row.get(h) for h in HEADERS])
    for cells in ws.iter_rows(min_row=2):
        cells[HEADERS.index("Số định danh cá nhân")].number_format = "@"
    wb.save(path)
    return path


def _number(i: int) -> str:
    return make_number("068", "M" if i % 2 else "F", 1950 + i % 60, 1000 + i)


def _stored(i: int) -> dict:
    return {
        "Họ và tên": f"Nguyễn Văn Cũ {i}",
        "Ngày sinh": f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/{1950 + i % 60}",
        "Giới tính": "Nam" if i % 2 else "Nữ",
        "Số định danh cá nhân": _number(i),
        "Số điện thoại": f"0905{i:06d}" if i % 3 else "",
        "Nghề nghiệp": "Làm nông",
        "Thôn, bon": "thôn Nia Đơn",
        "Ghi chú": "ghi chú cũ" if i % 5 == 0 else "",
    }


def _changed(i: int) -> dict:
    """Each row changes something, in many combinations: texts, a name, dates, a cleared field."""
    row = {"Số định danh cá nhân": _number(i), "Nghề nghiệp": ("Buôn bán", "Giáo viên", "Thợ xây")[i % 3]}
    if i % 2:
        row["Số điện thoại"] = f"0987{i:06d}"
    if i % 7 == 0:
        row["Họ và tên"] = f"Nguyễn Văn Mới {i}"
    if i % 11 == 0:
        row.update(
            {
                "Tình trạng căn cước": "Đã cấp",
                "Ngày nộp hồ sơ căn cước": "01/05/2022",
                "Ngày cấp căn cước": "01/06/2022",
            }
        )
    if i % 5 == 0:
        row["Ghi chú"] = "xóa"
    if i % 13 == 0:
        row["Mức VNeID"] = "Mức 2"
        row["Ngày kích hoạt VNeID mức 2"] = "02/02/2024"
    return row


class _Undo(Exception):
    pass


def _entries(work, after: int) -> list[tuple]:  # noqa: ANN001
    stmt = select(audit.AuditEntry.__table__).where(audit.AuditEntry.id > after).order_by(audit.AuditEntry.id)
    return [tuple(r) for r in work.session.connection().execute(stmt)]


def test_bulk_update_audit_is_the_row_by_row_audit(db, clerk, villages, tmp_path, monkeypatch):
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [_stored(i) for i in range(N)]))
    changes = _book(tmp_path / "b.xlsx", [_changed(i) for i in range(N)])
    for module in (audit, io_audit, io_write):
        monkeypatch.setattr(module, "now", lambda: MOMENT)
    with db.uow(clerk) as work:
        start = work.session.scalar(select(audit.AuditEntry.id).order_by(audit.AuditEntry.id.desc()).limit(1))
    runs = []
    for way in ("bulk", "rowwise"):
        if way == "rowwise":
            monkeypatch.setattr(io_write, "_update_audit", io_write._update_audit_rowwise)
        with pytest.raises(_Undo), db.uow(clerk) as work:
            report = io.import_persons(work, changes)
            assert report.updated == N and report.new == 0
            runs.append(_entries(work, start))
            raise _Undo
    bulk, rowwise = runs
    assert len(bulk) == N + 1  # an entry per person, and the import's own
    assert bulk == rowwise
    monkeypatch.undo()
    with db.uow(clerk) as work:
        io.import_persons(work, changes)
    assert audit.verify(db).ok


def test_bulk_search_key_updates_keep_the_index_in_step(db, clerk, villages, tmp_path):
    with db.uow(clerk) as work:
        io.import_persons(work, _book(tmp_path / "a.xlsx", [_stored(i) for i in range(N)]))
        io.import_persons(work, _book(tmp_path / "b.xlsx", [_changed(i) for i in range(N)]))
    with db.uow(clerk) as work:
        found = search.search_page(work, search.SearchFilter("0987000001"), limit=10)
        assert [r.full_name for r in found.rows] == ["Nguyễn Văn Cũ 1"]
        renamed = search.search_page(work, search.SearchFilter("nguyen van moi 14"), limit=10).rows
        assert "Nguyễn Văn Mới 14" in [r.full_name for r in renamed]
        old = search.search_page(work, search.SearchFilter("nguyen van cu 14"), limit=100).rows
        assert old and "Nguyễn Văn Cũ 14" not in [r.full_name for r in old]
        conn = work.session.connection()
        keys = dict(conn.execute(select(Person.id, Person.search_key)).all())
        assert all("0987" in keys[r.id] for r in found.rows)
        # the updated persons' data problems, checked by the import, are what a full check finds
        issues = select(QualityIssue.person_id, QualityIssue.rule).where(QualityIssue.cleared_on.is_(None))
        found = set(conn.execute(issues).all())
        quality.sync_issues(work)
        assert set(conn.execute(issues).all()) == found
        ids = dict(conn.execute(select(Person.id_number, Person.id)).all())
        assert (ids[_number(1)], "adult_no_idcard") in found  # no card yet
        assert (ids[_number(11)], "adult_no_idcard") not in found  # the card issued by the import
        if conn.dialect.name == "sqlite":
            # the FTS5 index holds exactly the stored keys (its own check against the person table),
            # and its update trigger is back
            conn.exec_driver_sql("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
            triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
            assert {"person_fts_ai", "person_fts_au", "person_fts_ad"} <= set(triggers)
