"""The import's audit entries made column by column are byte for byte the audit's own: the changes
text, the state hash and the chained digest, so `caxa audit verify` accepts every imported person."""

import datetime as dt
import hashlib
import json

import openpyxl
from sqlalchemy import select

from desktop import audit, audit_state
from desktop.audit import AuditEntry
from desktop.residents import io, io_audit
from desktop.residents.idcard import make_number
from desktop.residents.models import Person

HEADERS = [h for h, *_ in io.PERSON_COLUMNS]

#: values a JSON encoder treats specially: quotes, backslashes, control and non-ASCII letters
ODD = ['Nguyễn "Ấn"', "H'Bla \\ Niê", "tab\there", "", "Đ" * 3, "emoji 😀", "line\u2028sep", "x\x7f"]


def _rows() -> list[dict]:
    rows = []
    for i, text in enumerate(ODD * 3):
        rows.append(
            {
                "id": i + 1,
                "full_name": text or "Y",
                "other_name": text,
                "birth_year": 1990 + i if i % 2 else None,
                "birth_month": i % 12 + 1,
                "birth_day": None,
                "sex": "MF"[i % 2],
                "death_date": dt.date(2020, 1, i + 1) if i % 3 == 0 else None,
                "vneid_level": i % 3,
                "note": text * 2,
            }
        )
    return rows


def test_changes_texts_are_json_dumps():
    rows = _rows()
    keys = ["note", "full_name", "other_name", "birth_year", "birth_month", "birth_day", "sex", "death_date"]
    want = [
        json.dumps(
            {k: [None, r[k]] for k in keys if r[k] is not None},
            ensure_ascii=False,
            default=str,
            sort_keys=True,
        )
        for r in rows
    ]
    assert io_audit.changes_texts(rows, keys) == want
    assert io_audit.changes_texts([{"a": None}], ["a"]) == ["{}"]


def test_state_texts_hash_as_the_audit_state():
    table = Person.__table__
    rows = []
    for r in _rows():
        row = {c.name: None for c in table.columns}
        row.update(r, id_number=r["other_name"], phone="", struck_off_date=None)
        rows.append(row)
    got = [hashlib.sha256(t.encode()).hexdigest() for t in io_audit.state_texts(table, rows)]
    assert got == [audit_state.state_hash(table, r) for r in rows]


def test_an_import_chains_entries_the_audit_verifies(db, admin, villages, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    texts = [t for t in ODD if "\x7f" not in t]  # a control character stops an import
    for i, text in enumerate(texts):
        values = {
            "Họ và tên": f"Người {i} {text}".strip()[:100],
            "Giới tính": "Nam" if i % 2 else "Nữ",
            "Ngày sinh": f"05/03/{1980 + i}",
            "Số định danh cá nhân": make_number("068", "M" if i % 2 else "F", 1980 + i, 700 + i),
            "Thôn, bon": "thôn Nia Đơn",
            "Ngày rà soát": "01/02/2024",
            "Ghi chú": text,
        }
        ws.append([values.get(h) for h in HEADERS])
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    with db.uow(admin) as work:
        report = io.import_persons(work, path)
    assert report.new == len(texts)
    with db.engine.connect() as conn:
        entries = (
            conn.execute(
                select(AuditEntry.__table__).where(
                    AuditEntry.action == "insert", AuditEntry.table_name == "person"
                )
            )
            .mappings()
            .all()
        )
        persons = {r["id"]: r for r in conn.execute(select(Person.__table__)).mappings()}
    assert len(entries) == len(texts)
    for entry in entries:
        person = persons[entry["record_id"]]
        changes = json.loads(entry["changes"])
        assert changes["full_name"] == [None, person["full_name"]]
        assert changes["reviewed_date"] == [None, "2024-02-01"]
        assert entry["state_hash"] == audit_state.state_hash(Person.__table__, person)
        assert entry["hash"] == audit._digest(entry["prev_hash"], entry)
        assert entry["username"] == admin.username and entry["user_id"] == admin.user_id
    result = audit.verify(db)
    assert result.ok, result
