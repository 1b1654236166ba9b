from sqlalchemy import text

from desktop import audit, settings
from desktop.audit import AuditFilter


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


def test_verify_finds_altered_and_removed_rows(db, admin):
    for name in ("Một", "Hai", "Ba", "Bốn"):
        with db.uow(admin) as work:
            settings.add_village(work, name, "thôn")
    assert audit.verify(db).ok
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET summary = 'sửa lén' WHERE id = 3"))
    result = audit.verify(db)
    assert not result.ok and result.first_bad_id == 3 and "bị sửa" in result.message()


def test_verify_finds_removed_middle_and_tail(db, admin):
    for name in ("Một", "Hai", "Ba"):
        with db.uow(admin) as work:
            settings.add_village(work, name, "thôn")
    with db.engine.begin() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_log")).scalar()
        conn.execute(text(f"DELETE FROM audit_log WHERE id = {last}"))
    tail = audit.verify(db)
    assert not tail.ok and tail.first_bad_id == last
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 2"))
    middle = audit.verify(db)
    assert not middle.ok and middle.first_bad_id == 2 and "bị xóa" in middle.message()


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
