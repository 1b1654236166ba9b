import datetime as dt

import pytest
from sqlalchemy import select

from desktop.audit import AuditEntry
from desktop.errors import PermissionDenied, ValidationError
from desktop.security import managed as svc
from desktop.security.views import ContactInput, ManagedInput


def period(base, person, start, end=None, category="after_prison", **kw) -> ManagedInput:
    return ManagedInput(person, category, start, base.a, end, **kw)


def _views_logged(db, admin, username):
    with db.uow(admin) as work:
        return list(
            work.session.scalars(
                select(AuditEntry.summary)
                .where(AuditEntry.action == "view", AuditEntry.username == username)
                .order_by(AuditEntry.id)
            )
        )


def test_admin_and_clerk_see_the_list_every_view_logged(db, admin, clerk, base):
    with db.uow(admin) as work:
        m = svc.add_managed(
            work, period(base, base.p1, dt.date(2025, 6, 1), decision="Giấy chứng nhận 15/GCN")
        )
        svc.add_contact(
            work, m.id, ContactInput(dt.date(2025, 7, 1), "summoned", base.b, "Làm việc tại trụ sở")
        )
    with db.uow(clerk) as work:
        rows = svc.list_managed(work, active_on=dt.date(2026, 1, 1))
        assert [(r.person_name, r.category_text, r.contacts, r.officer_name) for r in rows] == [
            ("Điểu Sơn", "Người chấp hành xong án phạt tù", 1, "Y Đức Niê")
        ]
        assert svc.get_managed(work, m.id).decision == "Giấy chứng nhận 15/GCN"
        assert [c.kind_text for c in svc.list_contacts(work, m.id)] == ["Gọi hỏi, làm việc"]
    assert _views_logged(db, admin, clerk.username) == [
        "Xem danh sách đối tượng quản lý (1 người)",
        "Xem đối tượng quản lý: Điểu Sơn",
        "Xem các lần làm việc với đối tượng quản lý (1)",
    ]


def test_viewer_refused_every_read(db, admin, viewer, base):
    with db.uow(admin) as work:
        m = svc.add_managed(work, period(base, base.p1, dt.date(2025, 6, 1)))
    for call in (
        lambda w: svc.list_managed(w),
        lambda w: svc.list_managed(w, active_on=dt.date(2026, 1, 1)),
        lambda w: svc.get_managed(w, m.id),
        lambda w: svc.list_contacts(w, m.id),
        lambda w: svc.add_contact(w, m.id, ContactInput(dt.date(2025, 7, 1), "visited")),
    ):
        with (
            pytest.raises(PermissionDenied, match="không có quyền xem danh sách đối tượng quản lý"),
            db.uow(viewer) as work,
        ):
            call(work)
    assert _views_logged(db, admin, viewer.username) == []


def test_periods_and_overlaps(db, admin, base):
    with db.uow(admin) as work:
        first = svc.add_managed(work, period(base, base.p1, dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
        svc.add_managed(work, period(base, base.p1, dt.date(2025, 1, 1)))  # after the first ended
        svc.add_managed(work, period(base, base.p1, dt.date(2024, 6, 1), category="drug_user"))
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.update_managed(
            work, first.id, first.version, period(base, base.p1, dt.date(2024, 1, 1), dt.date(2025, 1, 1))
        )
    assert err.value.field == "Từ ngày" and "không được trùng nhau" in err.value.detail


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"end": dt.date(2025, 5, 31)}, "Đến ngày", "không thể trước ngày bắt đầu quản lý."),
        ({"start": dt.date(2025, 3, 1)}, "Từ ngày", None),  # overlaps the open period from 1/1/2025
        ({"category": "spy"}, "Diện quản lý", "hãy chọn diện quản lý."),
        ({"category": "other"}, "Diện khác (ghi rõ)", "không được để trống."),
        ({"person": None}, "Nhân khẩu", "hãy chọn một người trong danh sách nhân khẩu."),
        ({"start": None}, "Từ ngày", "không được để trống."),
        ({"officer": None}, "Cán bộ phụ trách", "hãy chọn cán bộ."),
    ],
)
def test_bad_period_saves_nothing(db, admin, base, kw, field, message):
    with db.uow(admin) as work:
        svc.add_managed(work, period(base, base.p2, dt.date(2025, 1, 1)))
    data = ManagedInput(
        kw.get("person", base.p2),
        kw.get("category", "after_prison"),
        kw.get("start", dt.date(2025, 6, 1)),
        kw.get("officer", base.a),
        kw.get("end"),
    )
    if "start" not in kw and "end" not in kw:
        data = ManagedInput(
            data.person_id,
            data.category,
            dt.date(2026, 6, 1) if data.category != "after_prison" else data.starts_on,
            data.officer_id,
        )
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_managed(work, data)
    assert err.value.field == field and (message is None or err.value.detail == message)
    with db.uow(admin) as work:
        assert len(svc.list_managed(work)) == 1
