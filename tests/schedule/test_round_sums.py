"""The reinforcement-round report: its "Cộng" row adds up the rows above it (read back from the PDF),
the number of distinct events is said in words, and stored phrases read right inside sentences."""

import datetime as dt
import re

from desktop.reports.official import render_bytes
from desktop.schedule import events as ev
from desktop.schedule.printouts import round_report
from desktop.schedule.rounds import round_summary
from desktop.schedule.views import OutcomeInput
from desktop.staff import service
from desktop.staff.assignments import AssignmentInput, AwardInput, add_assignment, add_award
from desktop.staff.service import OfficerInput
from tests.schedule.conftest import at, event
from tests.schedule.test_printouts import pdf_text

START, END = dt.date(2025, 3, 1), dt.date(2025, 5, 31)


def _two_officers_sharing_events(db, admin, base) -> int:
    with db.uow(admin) as work:
        d = service.add_officer(work, OfficerInput("Lê Minh Khoa", "Thượng úy", kind="reinforcement")).id
        for officer in (base.c, d):
            add_assignment(work, AssignmentInput(officer, "Phòng Cảnh sát cơ động Công an tỉnh", START, END,
                                                 "2186/QĐ-CAT", dt.date(2025, 2, 20), (base.v1,)))

        def done(kind, when, officers, attendance=None):
            e = ev.create_event(work, event(kind, when, 3, officers)).event
            ev.complete_event(work, e.id, e.version, OutcomeInput(attendance))

        done("patrol", at(2025, 3, 4, 20), (base.c, d))  # one patrol, two turns of duty
        done("patrol", at(2025, 3, 11, 20), (base.c,))
        done("village_meeting", at(2025, 4, 6, 19), (base.c, d), 40)
        done("outreach", at(2025, 4, 9, 8), (d,), 60)
        done("forum", at(2025, 5, 10, 8), (base.c, d, base.a), 300)  # "việc khác"
        reason = "Có thành tích xuất sắc trong đợt tăng cường."
        add_award(work, AwardInput(d, "Giám đốc Công an tỉnh Lâm Đồng", dt.date(2025, 6, 2),
                                   "Giấy khen", "3051/QĐ-CAT", reason))
    return d


def test_total_row_adds_up_the_officers_rows(db, admin, base):
    _two_officers_sharing_events(db, admin, base)
    with db.uow(admin) as work:
        summary = round_summary(work, START, END)
        text = pdf_text(render_bytes(round_report(work, START, END)))
    turns = [o.by_kind for o in summary.officers]
    assert [o.events for o in summary.officers] == [4, 4]  # each officer's own turns
    m = re.search(r"Cộng \(lượt tham gia\)\s+((?:\d+\s+){5}\d+)", text)
    assert m, text
    cells = [int(x) for x in m.group(1).split()]
    expected = [sum(t[k] for t in turns) for k in ("patrol", "village_meeting", "outreach", "campaign")]
    other = sum(o.events for o in summary.officers) - sum(expected)
    assert cells == [*expected, other, sum(o.events for o in summary.officers)] == [3, 2, 1, 0, 2, 8]
    assert cells[-1] == sum(cells[:-1])
    # the distinct events (5) are said plainly, not passed off as the column's total
    assert summary.totals["events"] == 5
    assert "số buổi công việc khác nhau có cán bộ tăng cường tham gia là 5" in text
    assert "mỗi đồng chí tính một lượt" in text


def test_overlapping_assignments_count_an_event_once(db, admin, base):
    with db.uow(admin) as work:
        for first, last in ((START, dt.date(2025, 4, 30)), (dt.date(2025, 4, 1), END)):  # April twice
            add_assignment(work, AssignmentInput(base.c, "Phòng Cảnh sát hình sự Công an tỉnh", first, last))
        e = ev.create_event(work, event("patrol", at(2025, 4, 15, 20), 3, (base.c,))).event
        ev.complete_event(work, e.id, e.version, OutcomeInput())
        summary = round_summary(work, START, END)
    assert [(o.by_kind["patrol"], o.events) for o in summary.officers] == [(1, 1)]
    assert summary.totals["events"] == 1


def test_stored_phrases_read_right_mid_sentence(db, admin, base):
    _two_officers_sharing_events(db, admin, base)
    with db.uow(admin) as work:
        text = pdf_text(render_bytes(round_report(work, START, END)))
    flat = " ".join(text.split())
    assert "vì có thành tích xuất sắc trong đợt tăng cường." in flat
    assert "vì Có" not in flat and ".." not in flat
    assert "tặng giấy khen" in flat and "được Giám đốc Công an tỉnh Lâm Đồng tặng" in flat
    assert "thuộc Phòng Cảnh sát cơ động Công an tỉnh được tăng cường" in flat
