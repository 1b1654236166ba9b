"""Monthly reports built by hand with known figures, for the PDF, workbook and roll-up tests."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from pypdf import PdfReader

from desktop.reports.monthly.model import (
    Figure,
    Item,
    MonthlyReport,
    Narrative,
    Period,
    PlannedEvent,
    Section,
    Station,
)
from desktop.settings import StationView, save_station

STATION = StationView(
    commune_name="Xã Đắk Nia",
    commune_code="24611",
    parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
    issuing_body="CÔNG AN XÃ ĐẮK NIA",
    place_name="Đắk Nia",
    head_name="Y Đức Niê",
    head_title="TRƯỞNG CÔNG AN XÃ",
    doc_symbol="CAX",
    period_start_day=1,  # the hand-built months here are calendar months (a new station's default is 15)
)
NOVEMBER = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def configure(db, admin) -> None:  # noqa: ANN001
    with db.uow(admin) as work:
        save_station(work, STATION)


def figures_i() -> tuple[Figure, ...]:
    return (
        Figure("security.incidents.crimes.by_kind.theft", "Trộm cắp tài sản", "vụ", 3, 1, 4, 27),
        Figure("security.incidents.by_kind.traffic_accident", "Tai nạn giao thông", "vụ", 2, 2, 0, 15),
        Figure("security.fines.amount", "Số tiền phạt vi phạm hành chính", "đồng", 12_500_000, 3_000_000,
               None, 41_750_000),
    )


def figures_ii() -> tuple[Figure, ...]:
    return (
        Figure("schedule.patrols", "Tuần tra, kiểm soát", "lượt", 22, 18, 20, 201),
        Figure("schedule.village_meetings", "Họp thôn, bon", "buổi", 20, 19, 16, 190),
        Figure("residents.files_arranged", "Hồ sơ cư trú được sắp xếp", "hồ sơ", 4000, 3500, 0, 36100),
        Figure("weapons.received.by_category.sung_kip", "Súng kíp thu hồi", "khẩu", 1, 0, 2, 9),
        Figure("weapons.received.quantity.kg", "Vật liệu nổ thu hồi", "kg", Decimal("12.5"), Decimal("0.75"),
               Decimal("3"), Decimal("40.125")),
        Figure("weapons.on_hand_end", "Vũ khí đang quản lý cuối kỳ", "khẩu", 14, stock=True),
    )


def report(*, version: int | None = None, narrative: Narrative | None = None,
           sections: tuple[Section, ...] | None = None, station: Station | None = None,
           period: Period = NOVEMBER) -> MonthlyReport:
    if sections is None:
        sections = (
            Section("I", "Tình hình an ninh, trật tự", (
                Item("1", "Trật tự, an toàn xã hội", figures_i(), "Tình hình ổn định."),
            )),
            Section("II", "Kết quả các mặt công tác", (
                Item("1", "Tuần tra, kiểm soát", figures_ii()[:2]),
                Item("2", "Quản lý cư trú", figures_ii()[2:3]),
                Item("3", "Vũ khí, vật liệu nổ, công cụ hỗ trợ", figures_ii()[3:]),
            )),
        )
    return MonthlyReport(
        station=station or Station("24611", "Công an xã Đắk Nia", "Lâm Đồng"),
        period=period,
        sections=sections,
        narrative=narrative or Narrative(
            summary="Tình hình an ninh chính trị trên địa bàn ổn định.",
            strengths="Lực lượng chủ động nắm tình hình.",
            shortcomings="Còn để xảy ra trộm cắp vặt; nguyên nhân: người dân chủ quan.",
            next_tasks="Tiếp tục tuần tra vào ban đêm.",
            proposals="Đề nghị Công an tỉnh hỗ trợ thêm phương tiện.",
        ),
        planned_next=(PlannedEvent(dt.date(2026, 12, 3), "Họp thôn", "Họp bon Bu Sir", "Nhà văn hóa bon"),),
        version=version,
        number_label=None if version is None else "15/BC-CAX",
        issued_at=None if version is None else dt.datetime(2026, 12, 1, 9, 30),
    )


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))
