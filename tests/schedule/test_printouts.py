import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.errors import ValidationError
from desktop.reports.official import render_bytes
from desktop.schedule import events as ev
from desktop.schedule import incidents as inc
from desktop.schedule.printouts import body_name, duty_roster, roster_rows, round_report, week_of
from desktop.schedule.rounds import round_summary
from desktop.schedule.views import HotspotInput, IncidentInput, OutcomeInput
from desktop.staff.assignments import AssignmentInput, AwardInput, add_assignment, add_award
from tests.schedule.conftest import at, event


def pdf_text(data: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


def test_body_name():
    assert body_name("CÔNG AN TỈNH LÂM ĐỒNG") == "Công an tỉnh Lâm Đồng"
    assert body_name("CÔNG AN XÃ ĐẮK NIA") == "Công an xã Đắk Nia"
    assert body_name("CÔNG AN THÀNH PHỐ HÀ NỘI") == "Công an thành phố Hà Nội"


def test_week_of():
    assert week_of(dt.date(2025, 3, 6)) == (dt.date(2025, 3, 3), dt.date(2025, 3, 9))


def test_duty_roster(db, admin, base):
    with db.uow(admin) as work:
        ev.create_event(
            work,
            event(
                "patrol",
                at(2025, 3, 4, 20),
                3,
                (base.a, base.b),
                (base.v1,),
                "Tuần tra đêm",
                place="Chợ Đắk Nia",
            ),
        )
        ev.create_event(
            work,
            event(
                "village_meeting", at(2025, 3, 6, 19), 2, (base.c,), (base.v2,), "Họp bon Bu Sir", ("fraud",)
            ),
        )
        c = ev.create_event(work, event("campaign", at(2025, 3, 8, 7), 3, title="Ra quân đã hủy")).event
        ev.cancel_event(work, c.id, c.version, "Trùng lịch của xã")
        rows = roster_rows(work, dt.date(2025, 3, 5))
        doc = duty_roster(work, dt.date(2025, 3, 5))
    assert len(rows) == 7  # every day once; the cancelled campaign is left out
    assert rows[1] == (
        "Thứ Ba\n04/03/2025",
        "20:00–23:00",
        "Tuần tra đêm",
        "Chợ Đắk Nia, thôn Nia Đơn",
        "Trung úy Điểu Lanh, Thiếu tá Y Đức Niê",
    )
    text = pdf_text(render_bytes(doc))
    for words in (
        "LỊCH CÔNG TÁC TUẦN",
        "Từ ngày 03/03/2025 đến ngày 09/03/2025",
        "Tuần tra đêm",
        "Họp bon Bu Sir",
        "Đại úy Hoàng Văn Thắng",
        "Thứ Năm",
        "CÔNG AN XÃ ĐẮK NIA",
        "Y Đức Niê",
    ):
        assert words in text, words
    assert "Ra quân đã hủy" not in text


def _round(db, admin, base):
    with db.uow(admin) as work:
        add_assignment(
            work,
            AssignmentInput(
                base.c,
                "Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng",
                dt.date(2025, 3, 1),
                dt.date(2025, 5, 31),
                "2186/QĐ-CAT",
                dt.date(2025, 2, 24),
                (base.v1, base.v2),
            ),
        )
        for day in (4, 11, 18):
            e = ev.create_event(work, event("patrol", at(2025, 3, day, 20), 3, (base.b, base.c))).event
            ev.complete_event(work, e.id, e.version, OutcomeInput())
        e = ev.create_event(work, event("patrol", at(2025, 3, 25, 20), 3, (base.b,))).event  # without him
        ev.complete_event(work, e.id, e.version, OutcomeInput())
        for day in (6, 13):
            e = ev.create_event(work, event("village_meeting", at(2025, 4, day, 19), 2, (base.c,))).event
            ev.complete_event(work, e.id, e.version, OutcomeInput(50))
        e = ev.create_event(work, event("campaign", at(2025, 4, 20, 7), 3, (base.a, base.c))).event
        ev.complete_event(work, e.id, e.version, OutcomeInput(None, 4))
        e = ev.create_event(work, event("forum", at(2025, 5, 10, 8), 3, (base.a, base.c))).event
        ev.complete_event(work, e.id, e.version, OutcomeInput(320))
        for day in (3, 9):
            inc.add_incident(
                work, IncidentInput(at(2025, 4, day, 21), "fight", "alcohol", handling="mediation")
            )
        inc.add_incident(work, IncidentInput(at(2025, 4, 12, 2), "theft", "property"))
        inc.add_hotspot(work, HotspotInput("Km 52", dt.date(2025, 4, 20)))
        add_award(
            work,
            AwardInput(
                base.c,
                "Giám đốc Công an tỉnh Lâm Đồng",
                dt.date(2025, 6, 2),
                decision_number="3051/QĐ-CAT",
                reason="thành tích xuất sắc",
            ),
        )


def test_round_summary_and_report(db, admin, base):
    _round(db, admin, base)
    with db.uow(admin) as work:
        summary = round_summary(work, dt.date(2025, 3, 1), dt.date(2025, 5, 31))
        doc = round_report(work, dt.date(2025, 3, 1), dt.date(2025, 5, 31))
    assert [o.label for o in summary.officers] == ["Đại úy Hoàng Văn Thắng"]
    o = summary.officers[0]
    assert (o.by_kind["patrol"], o.by_kind["village_meeting"], o.by_kind["campaign"], o.events) == (
        3,
        2,
        1,
        7,
    )
    assert summary.duration_text == "3 tháng"
    with db.uow(admin) as work:  # a longer period still counts him only inside his own assignment
        wider = round_summary(work, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        e = ev.create_event(work, event("patrol", at(2025, 7, 1, 20), 3, (base.c,))).event
        ev.complete_event(work, e.id, e.version, OutcomeInput())
        after = round_summary(work, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert wider.officers[0].events == after.officers[0].events == 7
    assert wider.totals == after.totals and after.totals["events"] == 7
    assert summary.paragraph() == (
        "Qua 3 tháng thực hiện nhiệm vụ (từ ngày 01/03/2025 đến ngày 31/05/2025), đồng chí cán bộ tăng cường "
        "đã cùng Công an xã tham gia 3 buổi tuần tra, kiểm soát; 1 đợt ra quân; dự 2 cuộc họp thôn, bon với "
        "100 lượt người dân; 1 diễn đàn với 320 người tham dự; phát hiện, báo cáo 1 điểm nguy cơ mất an toàn "
        "giao thông; giải quyết 2 vụ việc về an ninh, trật tự: 2 vụ đánh nhau do rượu bia (hòa giải)."
    )
    text = pdf_text(render_bytes(doc))
    for words in (
        "BÁO CÁO",
        "Qua 3 tháng thực hiện nhiệm vụ",
        "Hoàng Văn Thắng",
        "2186/QĐ-CAT",
        "Kính gửi",
        "Công an tỉnh Lâm Đồng",
        "KHEN THƯỞNG",
        "3051/QĐ-CAT",
        "320 người",
    ):
        assert words in text, words


def test_round_without_reinforcement(db, admin, base):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        round_summary(work, dt.date(2025, 3, 1), dt.date(2025, 5, 31))
    assert err.value.field == "Đợt tăng cường"
