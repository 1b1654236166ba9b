import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop import audit, audit_anchor, settings
from desktop.audit import AuditFilter
from desktop.errors import CaxaError

LOG = audit.AuditEntry.__table__


def tamper(db, *statements, params=None):
    """What someone with the database file (or a superuser) can do: lift the guards, write raw SQL."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        for statement in statements:
            conn.execute(text(statement), params or {})
        if not db.is_sqlite:
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))


def rechain(db, from_id):
    """Recompute every hash from ``from_id`` on, and the head row, as a careful forger would."""
    with db.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(LOG).order_by(LOG.c.id)).mappings()]
    prev = audit_anchor.GENESIS
    updates = []
    for row in rows:
        if row["id"] >= from_id:
            row["prev_hash"] = prev
            row["hash"] = audit._digest(prev, row)
            updates.append({"id": row["id"], "p": row["prev_hash"], "h": row["hash"]})
        prev = row["hash"]
    statements = [f"UPDATE audit_log SET prev_hash = '{u['p']}', hash = '{u['h']}' WHERE id = {u['id']}"
                  for u in updates]
    tamper(db, *statements, f"UPDATE audit_head SET last_id = {rows[-1]['id']}, last_hash = '{prev}'")


def add_villages(db, admin, *names):
    for name in names:
        with db.uow(admin) as work:
            settings.add_village(work, name, "thôn")


def test_changes_are_logged_with_old_and_new(db, admin):
    with db.uow(admin) as work:
        v = settings.add_village(work, "Bu Sir", "bon")
    with db.uow(admin) as work:
        settings.update_village(work, v.id, v.version, name="Bu Sir Mới", kind="bon", active=True)
    with db.uow(admin) as work:
        entries = audit.list_entries(work, AuditFilter(table_name="village"))
    assert [e.action for e in entries] == ["update", "insert"]
    assert entries[0].changes["Tên"] == ["Bu Sir", "Bu Sir Mới"]
    assert entries[0].username == "quantri" and entries[0].record_id == v.id
    assert entries[1].changes["Loại"] == [None, "bon"]
    assert not any(key.endswith("_key") for key in entries[1].changes)


def test_password_never_logged(db, admin):
    with db.uow(admin) as work:
        entries = audit.list_entries(work, AuditFilter(table_name="app_user"))
    assert entries[-1].changes["Mật khẩu"] == [None, "***"]


def test_caxa_cannot_update_or_delete_log_rows(db, admin):
    add_villages(db, admin, "Một")
    for statement in ("UPDATE audit_log SET summary = 'x' WHERE id = 1",
                      "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert audit.verify(db).ok


def test_verify_finds_altered_and_removed_rows(db, admin):
    add_villages(db, admin, "Một", "Hai", "Ba", "Bốn")
    assert audit.verify(db).ok
    tamper(db, "UPDATE audit_log SET summary = 'sửa lén' WHERE id = 3")
    result = audit.verify(db)
    assert not result.ok and result.first_bad_id == 3 and "bị sửa" in result.message()


def test_verify_finds_removed_middle_and_tail(db, admin):
    add_villages(db, admin, "Một", "Hai", "Ba")
    with db.engine.connect() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_log")).scalar()
    tamper(db, f"DELETE FROM audit_log WHERE id = {last}")
    tail = audit.verify(db)
    assert not tail.ok and tail.first_bad_id == last
    tamper(db, "DELETE FROM audit_log WHERE id = 2")
    middle = audit.verify(db)
    assert not middle.ok and middle.first_bad_id == 2 and "bị xóa" in middle.message()


def test_tail_cut_with_head_row_fixed_is_caught_by_the_signed_head(db, admin):
    add_villages(db, admin, "Một", "Hai", "Ba")
    with db.engine.connect() as conn:
        last, prev = conn.execute(text("SELECT id, prev_hash FROM audit_log ORDER BY id DESC LIMIT 1")).one()
    tamper(db, f"DELETE FROM audit_log WHERE id = {last}",
           f"UPDATE audit_head SET last_id = {last - 1}, last_hash = '{prev}'")
    result = audit.verify(db)
    assert not result.ok and result.first_bad_id == last and "bị xóa" in result.message()


def test_whole_log_deleted_is_caught_with_and_without_the_head_file(db, admin):
    add_villages(db, admin, "Một", "Hai")
    printed = audit.verify(db).fingerprint
    tamper(db, "DELETE FROM audit_log", "DELETE FROM audit_head")
    assert not audit.verify(db).ok
    audit_anchor.remove(db.url)  # the forger deletes the head file too
    result = audit.verify(db)
    assert not result.ok and "0 dòng" not in result.message()
    against = audit.verify(db, anchor=printed)
    assert not against.ok and printed in against.message()


def test_rechained_log_is_caught_by_the_head_file_and_by_a_printed_fingerprint(db, admin):
    add_villages(db, admin, "Một", "Hai", "Ba")
    printed = audit.verify(db).fingerprint
    tamper(db, "UPDATE audit_log SET summary = 'viết lại' WHERE id = 2")
    rechain(db, 2)
    result = audit.verify(db)
    assert not result.ok and "viết lại" in result.message()
    audit_anchor.remove(db.url)
    against = audit.verify(db, anchor=printed)
    assert not against.ok and against.first_bad_id == int(printed.split("-")[0])


def test_forged_row_appended_is_caught(db, admin):
    add_villages(db, admin, "Một")
    with db.engine.connect() as conn:
        last = dict(conn.execute(select(LOG).order_by(LOG.c.id.desc()).limit(1)).mappings().first())
    forged = {**last, "id": last["id"] + 1, "summary": "Đăng nhập", "action": "login", "changes": "{}",
              "record_id": None, "table_name": "", "state_hash": None, "prev_hash": last["hash"]}
    forged["hash"] = audit._digest(last["hash"], forged)
    tamper(db,
           "INSERT INTO audit_log (id, at, user_id, username, action, table_name, record_id, summary, "
           "changes, prev_hash, hash, state_hash) VALUES (:id, :at, :user_id, :username, :action, "
           ":table_name, :record_id, :summary, :changes, :prev_hash, :hash, :state_hash)",
           f"UPDATE audit_head SET last_id = {forged['id']}, last_hash = '{forged['hash']}'",
           params=forged)
    result = audit.verify(db)
    assert not result.ok and result.first_bad_id == forged["id"] and "ngoài CAXA" in result.message()


def test_a_person_changed_by_hand_is_caught(db, admin):
    from desktop.residents import service

    with db.uow(admin) as work:
        person = service.add_person(work, service.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
    with db.uow(admin) as work:
        data = service.input_from_view(service.get_person(work, person.id), phone="0912345678")
        service.update_person(work, person.id, person.version, data)
    assert audit.verify(db).ok
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE person SET full_name = 'Nguyễn Văn Hưng' WHERE id = :i"), {"i": person.id})
    result = audit.verify(db)
    assert not result.ok and f"số {person.id}" in result.message() and "ngoài CAXA" in result.message()


def test_an_account_added_by_hand_is_caught(db, admin):
    assert audit.verify(db).ok
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO app_user (username, full_name, role, password_hash, active, failed_count, "
            "created_at, updated_at, version) VALUES ('kegian', 'Kẻ gian', 'admin', 'x', true, 0, :t, :t, 1)"
        ), {"t": dt.datetime(2026, 11, 29, 9)})
    result = audit.verify(db)
    assert not result.ok and "ngoài CAXA" in result.message()


def test_missing_head_row_fails_and_a_damaged_head_does_not_break_saves(db, admin):
    add_villages(db, admin, "Một")
    tamper(db, "DELETE FROM audit_head")
    result = audit.verify(db)
    assert not result.ok and "audit_head" in result.message()
    tamper(db, "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 1, 'hỏng')")
    add_villages(db, admin, "Hai")  # no duplicate-key error: the chain goes on from its real end
    with db.uow(admin) as work:
        assert audit.count_entries(work, AuditFilter(text="Hai")) == 1
    assert audit.verify(db).ok


def test_forged_head_file_is_refused(db, admin):
    add_villages(db, admin, "Một")
    path = audit_anchor.anchor_path(db.url)
    path.write_text(path.read_text().replace('"count": ', '"count": 1'), encoding="utf-8")
    result = audit.verify(db)
    assert not result.ok and "chữ ký" in result.message()


def test_fingerprint_matches_verify_and_parses_loosely(db, admin):
    add_villages(db, admin, "Một")
    result = audit.verify(db)
    with db.uow(admin) as work:
        assert audit.fingerprint(work.session) == result.fingerprint
    assert audit.verify(db, anchor=result.fingerprint.lower().replace("0", "o")).ok
    with pytest.raises(CaxaError, match="mã kiểm chứng"):
        audit.verify(db, anchor="không phải mã")


def test_filters(db, admin):
    with db.uow(admin) as work:
        settings.add_village(work, "Nam Rạ", "thôn")
    with db.uow(admin) as work:
        assert audit.count_entries(work, AuditFilter(text="Nam Rạ")) == 1
        assert audit.count_entries(work, AuditFilter(username="nobody")) == 0
        assert "village" in audit.table_names(work)


def test_rolled_back_work_leaves_no_log(db, admin):
    try:
        with db.uow(admin) as work:
            settings.add_village(work, "Tạm", "thôn")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.uow(admin) as work:
        assert audit.count_entries(work, AuditFilter(text="Tạm")) == 0
    assert audit.verify(db).ok
