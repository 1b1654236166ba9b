import datetime as dt
import threading

import pytest
from sqlalchemy import select

from desktop import accounts, audit
from desktop.accounts import login_user
from desktop.audit import AuditEntry
from desktop.db import Actor
from desktop.errors import AuthError, PermissionDenied, StaleRecord, ValidationError
from tests.conftest import make_user


def test_first_user_then_admin_only(db):
    admin = make_user(db, "quantri", "admin")
    clerk = make_user(db, "canbo", "clerk")
    with pytest.raises(PermissionDenied, match="không có quyền quản trị"), db.uow(clerk) as work:
        accounts.create_user(work, "moi", "Người Mới", "clerk", "matkhau123")
    with db.uow(admin) as work:
        assert [u.username for u in accounts.list_users(work)] == ["canbo", "quantri"]


def _audit_rows(db, action):
    with db.uow(Actor.system()) as work:
        return list(work.session.execute(
            select(AuditEntry.record_id, AuditEntry.summary).where(AuditEntry.action == action)
            .order_by(AuditEntry.id)))


def test_login_right_and_wrong(db, admin):
    actor = login_user(db, "QuanTri", "matkhau123")
    assert actor.username == "quantri" and actor.role == "admin"
    with pytest.raises(AuthError) as wrong_password:
        login_user(db, "quantri", "sai")
    with pytest.raises(AuthError) as unknown_user:
        login_user(db, "khongco", "x")
    make_user(db, "nghi", "clerk")
    with db.uow(admin) as work:
        gone = next(u for u in accounts.list_users(work) if u.username == "nghi")
        accounts.update_user(work, gone.id, gone.version, full_name="Nghỉ", role="clerk", active=False)
    with pytest.raises(AuthError) as disabled:
        login_user(db, "nghi", "matkhau123")
    # one message whatever was wrong: a guess learns nothing about which user names exist
    messages = {str(e.value) for e in (wrong_password, unknown_user, disabled)}
    assert messages == {accounts.LOGIN_FAILED}
    assert [summary for _, summary in _audit_rows(db, "login_failed")] == [
        "Đăng nhập sai: «quantri»", "Đăng nhập sai: «khongco»", "Đăng nhập sai: «nghi»"]


def test_many_failed_logins_at_once_are_all_logged(db, admin):
    """Eight PCs (threads) guessing at the same moment: each gets the same refusal, none an
    'unexpected' or 'busy' error, and each attempt has its audit row."""
    names = ["quantri", "khongco"] * 4
    start = threading.Barrier(len(names))
    errors: list[BaseException] = []

    def attempt(name: str) -> None:
        start.wait()
        try:
            login_user(db, name, "doan-mo")
        except BaseException as exc:  # noqa: BLE001  (checked below)
            errors.append(exc)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(errors) == len(names)
    assert all(isinstance(e, AuthError) for e in errors), errors
    assert {str(e) for e in errors} <= {accounts.LOGIN_FAILED}
    rows = _audit_rows(db, "login_failed")
    assert len(rows) == len(names)
    assert sum(1 for record_id, _ in rows if record_id == admin.user_id) == 4
    assert audit.verify(db).ok
    # four wrong tries counted, none lost to a race: the fifth locks the account
    with pytest.raises(AuthError):
        login_user(db, "quantri", "doan-mo")
    with pytest.raises(AuthError, match="đang bị khóa"):
        login_user(db, "quantri", "matkhau123")


def test_recovery_code_sets_a_new_admin_password(db, admin):
    with db.uow(admin) as work:
        code = accounts.issue_recovery_code(work)
    assert len(code) == 24 and code.count("-") == 4
    with db.uow(Actor.system()) as work:
        stored = work.session.scalar(select(accounts.RecoveryCode.code_hash))
    assert code not in stored and stored.startswith("$argon2")
    with pytest.raises(AuthError, match="Mã khôi phục không đúng"):
        accounts.recover_admin(db, "quantri", "AAAA-BBBB-CCCC-DDDD-EEEE", "matkhaumoi1")
    make_user(db, "canbo", "clerk")
    with pytest.raises(AuthError, match="không phải quản trị viên"):
        accounts.recover_admin(db, "canbo", code, "matkhaumoi1")
    # typed in lower case, without dashes, with O for 0: still the code
    typed = code.lower().replace("-", " ").replace("0", "o")
    new_code = accounts.recover_admin(db, "QuanTri", typed, "matkhaumoi1")
    assert new_code != code
    assert login_user(db, "quantri", "matkhaumoi1").user_id == admin.user_id
    with pytest.raises(AuthError):  # a used code stops working
        accounts.recover_admin(db, "quantri", code, "matkhaumoi2")
    failed = [s for _, s in _audit_rows(db, "login_failed")]
    assert failed == ["Khôi phục mật khẩu thất bại: «quantri»", "Khôi phục mật khẩu thất bại: «canbo»",
                      "Khôi phục mật khẩu thất bại: «quantri»"]
    assert any("bằng mã khôi phục" in s for _, s in _audit_rows(db, "update"))


def test_only_an_admin_issues_a_recovery_code(db, admin, clerk):
    with pytest.raises(PermissionDenied), db.uow(clerk) as work:
        accounts.issue_recovery_code(work)


def test_lockout_after_five_and_unlock_after_five_minutes(db, admin):
    t0 = dt.datetime(2026, 11, 27, 8, 0)
    for _ in range(4):
        with pytest.raises(AuthError):
            login_user(db, "quantri", "sai", at=t0)
    with pytest.raises(AuthError, match="bị khóa 5 phút"):
        login_user(db, "quantri", "sai", at=t0)
    # even the right password is refused while locked, ten more tries change nothing
    for _ in range(10):
        with pytest.raises(AuthError, match="đang bị khóa"):
            login_user(db, "quantri", "matkhau123", at=t0 + dt.timedelta(minutes=1))
    # a wrong password on a locked account gets the common message (it does not reveal the account)
    with pytest.raises(AuthError) as locked_wrong:
        login_user(db, "quantri", "sai", at=t0 + dt.timedelta(minutes=1))
    assert str(locked_wrong.value) == accounts.LOGIN_FAILED
    assert login_user(db, "quantri", "matkhau123", at=t0 + dt.timedelta(minutes=6)).username == "quantri"


def test_viewer_is_refused_by_services(db, viewer):
    with pytest.raises(PermissionDenied, match="Chỉ xem"), db.uow(viewer) as work:
        accounts.reset_password(work, viewer.user_id, "matkhaumoi1")
    with db.uow(viewer) as work:
        assert len(accounts.list_users(work)) == 2


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("", "A", "matkhau123", "Tên đăng nhập"),
        ("ok", "", "matkhau123", "Họ và tên"),
        ("ok", "x" * 1000, "matkhau123", "Họ và tên"),
        ("người", "A", "matkhau123", "Tên đăng nhập"),
        ("ok", "A", "ngan", "Mật khẩu"),
    ],
)
def test_bad_user_input_names_the_field(db, admin, username, full_name, password, field):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        accounts.create_user(work, username, full_name, "clerk", password)
    assert err.value.field == field
    with db.uow(admin) as work:
        assert len(accounts.list_users(work)) == 1


def test_duplicate_username(db, admin):
    with pytest.raises(ValidationError, match="đã có người dùng"), db.uow(admin) as work:
        accounts.create_user(work, "QUANTRI", "Khác", "clerk", "matkhau123")


def test_change_password_and_last_admin_kept(db, admin):
    with db.uow(admin) as work, pytest.raises(ValidationError, match="Mật khẩu hiện tại"):
        accounts.change_password(work, "sai", "matkhaumoi1")
    with db.uow(admin) as work:
        accounts.change_password(work, "matkhau123", "matkhaumoi1")
    assert login_user(db, "quantri", "matkhaumoi1").user_id == admin.user_id
    with db.uow(admin) as work:
        me = accounts.list_users(work)[0]
        with pytest.raises(ValidationError, match="ít nhất một quản trị viên"):
            accounts.update_user(work, me.id, me.version, full_name="X", role="clerk", active=True)


def test_stale_edit_is_refused(db, admin):
    clerk = make_user(db, "canbo", "clerk")
    with db.uow(admin) as work:
        view = next(u for u in accounts.list_users(work) if u.username == "canbo")
        accounts.update_user(work, view.id, view.version, full_name="Tên Một", role="clerk", active=True)
    with pytest.raises(StaleRecord), db.uow(admin) as work:
        accounts.update_user(work, view.id, view.version, full_name="Tên Hai", role="clerk", active=True)
    assert clerk.username == "canbo"


def test_real_hash_is_argon2id(db):
    assert accounts.PasswordHasher().hash("x").startswith("$argon2id$")
    make_user(db, "quantri", "admin")
    with db.uow(Actor.system()) as work:
        assert work.session.scalar(accounts.select(accounts.User.password_hash)).startswith("$argon2id$")


def test_first_run_shows_the_recovery_code_once(db):
    from desktop import firstrun
    from desktop.demo import DEMO_STATION

    admin = firstrun.set_up_station(db, DEMO_STATION, [], "quantri", "Quản Trị", "matkhau123")
    notice = firstrun.recovery_notice(db, admin)
    code = notice.split("Mã khôi phục quản trị: ")[1].split()[0]
    assert "caxa user recover" in notice
    accounts.recover_admin(db, "quantri", code, "matkhaumoi1")
    assert login_user(db, "quantri", "matkhaumoi1").username == "quantri"
