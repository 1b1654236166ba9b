"""First start: set up the station and its first administrator in one transaction."""

from __future__ import annotations

from desktop import accounts, settings
from desktop.db import Actor, Database
from desktop.errors import ValidationError


def is_set_up(db: Database) -> bool:
    with db.uow(Actor.system()) as work:
        return accounts.count_users(work) > 0


def set_up_station(
    db: Database,
    station: settings.StationView,
    villages: list[tuple[str, str]],
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
) -> Actor:
    """Create the station's settings, villages and first admin; all or nothing."""
    if is_set_up(db):
        raise ValidationError("Cài đặt", "đơn vị này đã được cài đặt; hãy đăng nhập.")
    with db.uow(Actor.system()) as work:
        user = accounts.create_user(work, admin_username, admin_full_name, "admin", admin_password)
        station = settings.save_station(work, station)  # the chief's title follows the unit's kind
        if station.head_name.strip():  # the head of station is the station's first officer too
            from desktop.staff import service as staff

            position = station.head_title.capitalize().replace("công an", "Công an")
            staff.add_officer(work, staff.OfficerInput(station.head_name, station.head_rank, position))
        for name, kind in villages:
            settings.add_village(work, name, kind)
    return Actor(user.id, user.username, user.role, user.full_name)


def recovery_notice(db: Database, admin: Actor) -> str:
    """Issue the station's recovery code (replacing any earlier one) and the text that shows it once.

    Called right after ``set_up_station`` by ``caxa init`` and by the GUI's first-run dialog."""
    with db.uow(admin) as work:
        code = accounts.issue_recovery_code(work)
    return (
        f"Mã khôi phục quản trị: {code}\n"
        "Hãy chép mã này ra giấy và cất giữ cẩn thận; CAXA chỉ hiện mã một lần và không lưu lại mã. "
        "Khi quên mật khẩu của mọi quản trị viên, dùng lệnh «caxa user recover TÊN» với mã này "
        "để đặt mật khẩu mới."
    )
