"""Table columns over staff views: officers, reinforcement assignments, awards."""

from __future__ import annotations

from desktop.gui.models.base import Column
from desktop.text import format_date, name_sort_key

COL_NAME, COL_RANK, COL_POSITION, COL_PHONE, COL_KIND, COL_ACTIVE = range(6)

OFFICER_COLUMNS = [
    Column("Họ và tên", lambda o: o.full_name, sort=lambda o: name_sort_key(o.full_name)),
    Column("Cấp bậc", lambda o: o.rank),
    Column("Chức vụ", lambda o: o.position),
    Column("Điện thoại", lambda o: o.phone),
    Column("Loại", lambda o: o.kind_text),
    Column("Trạng thái", lambda o: "Đang công tác" if o.active else "Không còn công tác"),
]

COL_A_OFFICER, COL_A_UNIT, COL_A_PERIOD, COL_A_DECISION, COL_A_VILLAGES = range(5)

ASSIGNMENT_COLUMNS = [
    Column("Cán bộ", lambda a: a.officer_label, sort=lambda a: name_sort_key(a.officer_name)),
    Column("Đơn vị cử đi", lambda a: a.home_unit),
    Column("Thời gian", lambda a: a.period_text, sort=lambda a: (a.start_date, a.end_date)),
    Column(
        "Quyết định",
        lambda a: a.decision_number + (f" ngày {format_date(a.decision_date)}" if a.decision_date else ""),
    ),
    Column("Địa bàn phụ trách", lambda a: a.villages_text, tooltip=lambda a: a.villages_text),
]

COL_W_OFFICER, COL_W_TITLE, COL_W_BY, COL_W_DATE, COL_W_DECISION, COL_W_REASON = range(6)

AWARD_COLUMNS = [
    Column("Cán bộ", lambda a: a.officer_name, sort=lambda a: name_sort_key(a.officer_name)),
    Column("Hình thức", lambda a: a.title),
    Column("Cơ quan khen thưởng", lambda a: a.issued_by),
    Column("Ngày", lambda a: format_date(a.award_date)),
    Column("Số quyết định", lambda a: a.decision_number),
    Column("Thành tích", lambda a: a.reason, tooltip=lambda a: a.reason),
]
