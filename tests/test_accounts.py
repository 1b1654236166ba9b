import datetime as dt

import pytest

from desktop import accounts
from desktop.accounts import login_user
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


def test_login_right_and_wrong(db, admin):
    actor = login_user(db, "QuanTri", "matkhau123")
    assert actor.username == "quantri" and actor.role == "admin"
    with pytest.raises(AuthError, match="còn 4 lần"):
        login_user(db, "quantri", "sai")
    with pytest.raises(AuthError, match="Sai tên đăng nhập"):
        login_user(db, "khongco", "x")


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
