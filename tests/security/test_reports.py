import datetime as dt

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.security import reports as svc
from desktop.security.views import ReportInput
from tests.security.conftest import at


def report(when, officer, **kw) -> ReportInput:
    kw.setdefault("source_name", "Bà Trần Thị Lan")
    return ReportInput(when, kw.pop("channel", "phone"), kw.pop("content", "Mất trộm xe máy"), officer, **kw)


def test_reports_numbered_per_year_and_followed(db, admin, viewer, base):
    with db.uow(admin) as work:
        a = svc.add_report(work, report(at(2025, 12, 30), base.a))
        b = svc.add_report(work, report(at(2026, 1, 2), base.a, source_person_id=base.p1, source_name=""))
        c = svc.add_report(work, report(at(2026, 1, 3), base.b, kind="denunciation"))
    assert (a.number_text, b.number_text, c.number_text) == ("01/2025", "01/2026", "02/2026")
    assert b.source_name == "Điểu Sơn" and c.officer_name == "Điểu Lanh"
    with db.uow(admin) as work:
        moved = svc.update_report(
            work,
            c.id,
            c.version,
            report(
                at(2026, 1, 3),
                base.b,
                kind="denunciation",
                status="transferred",
                transferred_to="Cơ quan CSĐT Công an tỉnh",
                transferred_on=dt.date(2026, 1, 5),
                transfer_number="12/CAX",
            ),
        )
    assert moved.status == "transferred" and moved.transferred_to.startswith("Cơ quan") and not moved.overdue
    with db.uow(viewer) as work:
        assert [r.number for r in svc.list_reports(work, text="mat trom")] == [2, 1, 1]
        assert [r.id for r in svc.list_reports(work, dt.date(2026, 1, 1), dt.date(2026, 1, 31))] == [
            c.id,
            b.id,
        ]
        with pytest.raises(PermissionDenied):
            svc.add_report(work, report(at(2026, 1, 4), base.a))


def test_overdue_after_the_configured_deadline(db, admin, clerk, base):
    with db.uow(admin) as work:
        svc.set_deadline_days(work, 5)
        r = svc.add_report(work, report(at(2026, 1, 2), base.a))
    with db.uow(clerk) as work:
        with pytest.raises(PermissionDenied):
            svc.set_deadline_days(work, 2)
        assert svc.list_reports(work, overdue=True, today=dt.date(2026, 1, 7)) == []
        late = svc.list_reports(work, overdue=True, today=dt.date(2026, 1, 8))
        assert [x.id for x in late] == [r.id] and late[0].status_text == "Mới tiếp nhận — quá hạn"
        svc.update_report(
            work,
            r.id,
            r.version,
            report(at(2026, 1, 2), base.a, status="closed", closed_on=dt.date(2026, 1, 9)),
        )
        assert svc.overdue_count(work, today=dt.date(2026, 2, 1)) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source_name": ""}, "Người báo tin"),
        ({"source_name": "  "}, "Người báo tin"),
        ({"source_person_id": 99999, "source_name": ""}, "Người báo tin"),
        ({"content": ""}, "Nội dung tin báo"),
        ({"channel": "pigeon"}, "Hình thức tiếp nhận"),
        ({"kind": "rumour"}, "Loại nguồn tin"),
        ({"officer": None}, "Cán bộ tiếp nhận"),
        ({"when": None}, "Thời gian tiếp nhận"),
        ({"when": dt.datetime.now() + dt.timedelta(days=2)}, "Thời gian tiếp nhận"),
        ({"status": "transferred", "transferred_on": dt.date(2026, 1, 5)}, "Chuyển đến cơ quan"),
        ({"status": "transferred", "transferred_to": "CSĐT"}, "Ngày chuyển"),
        ({"status": "closed", "closed_on": dt.date(2025, 12, 1)}, "Ngày giải quyết xong"),
    ],
)
def test_bad_report_saves_nothing(db, admin, base, changes, field):
    changes = dict(changes)
    when = changes.pop("when", at(2026, 1, 2))
    officer = changes.pop("officer", base.a)
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_report(work, report(when, officer, **changes))
    assert err.value.field == field
    if field == "Người báo tin" and not changes.get("source_person_id"):
        assert str(err.value).startswith("Người báo tin: cần người hoặc cơ quan báo tin")
    with db.uow(admin) as work:
        assert svc.list_reports(work) == []
