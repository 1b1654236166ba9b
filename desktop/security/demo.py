"""The demo station's month of security work: reports received, incidents classified (with fines,
an accident, a fire), persons under management with their contacts, residence checks and lodging
notices. Names come from the residents demo's generated persons (no real names)."""

from __future__ import annotations

import datetime as dt
import random

from desktop import demo, settings
from desktop.db import UnitOfWork, now
from desktop.residents.search import SearchFilter, search_page
from desktop.schedule import incidents
from desktop.schedule.views import IncidentInput, IncidentPersonInput
from desktop.security import managed, reports, residence
from desktop.security.views import CheckInput, ContactInput, LodgingInput, ManagedInput, ReportInput
from desktop.staff import service as staff

REPORTS = [  # channel, kind, content, outcome
    ("in_person", "denunciation", "Tố giác bị lấy trộm 01 xe máy Honda Wave để trước nhà.", "transferred"),
    ("phone", "information", "Báo tin có nhóm thanh niên tụ tập đánh bạc tại rẫy cà phê.", "closed"),
    ("letter", "denunciation", "Đơn tố giác bị lừa đảo chuyển tiền qua mạng 12.000.000 đồng.", "transferred"),
    ("online", "information", "Tin báo nghi vấn mua bán trái phép chất ma túy tại quán nước.", "verifying"),
    ("transferred", "prosecution_request", "UBND xã chuyển đến vụ khai thác đất trái phép.", "verifying"),
    ("phone", "information", "Báo tin mất trộm 02 con bò thả rông tại bìa rừng.", "received"),
    ("in_person", "denunciation", "Tố giác bị đánh gây thương tích sau khi uống rượu.", "transferred"),
]


def _persons(uow: UnitOfWork, n: int, rng: random.Random) -> list[tuple[int, str]]:
    year = now().year
    rows = [  # adults of 18 to 70 (the birth text ends with the year)
        r for r in search_page(uow, SearchFilter(status="living"), limit=600).rows
        if r.birth_text[-4:].isdigit() and 18 <= year - int(r.birth_text[-4:]) <= 70
    ]
    picked = rng.sample(rows, min(n, len(rows)))
    return [(r.id, r.full_name) for r in picked]


def step(uow: UnitOfWork, scale: int) -> None:
    rng = random.Random(12)
    today = now().date()
    first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # last month, whole
    officers = [o.id for o in staff.list_officers(uow)]
    villages = [v.id for v in settings.list_villages(uow)]
    people = _persons(uow, 40, rng)
    if not officers or len(people) < 20:
        return

    def day(n: int, hour: int = 9) -> dt.datetime:
        return dt.datetime.combine(first + dt.timedelta(days=n), dt.time(hour, rng.choice((0, 15, 30, 45))))

    for n, (channel, kind, content, outcome) in enumerate(REPORTS * max(1, scale)):
        when = day(2 + n * 4 % 27, 8 + n % 9)
        source = people[n % len(people)]
        closed = min(when.date() + dt.timedelta(days=3), today)
        reports.add_report(
            uow,
            ReportInput(
                when,
                channel,
                content,
                rng.choice(officers),
                kind,
                source_person_id=source[0] if channel != "transferred" else None,
                source_name="UBND xã" if channel == "transferred" else "",
                status=outcome,
                transferred_to="Cơ quan Cảnh sát điều tra Công an tỉnh" if outcome == "transferred" else "",
                transferred_on=closed if outcome == "transferred" else None,
                transfer_number=f"{n + 1:02d}/CAX" if outcome == "transferred" else "",
                closed_on=closed if outcome == "closed" else None,
                result="Xác minh không có dấu hiệu tội phạm; đã nhắc nhở." if outcome == "closed" else "",
            ),
        )

    def incident(n: int, hour: int, involved: int, victim: int | None = None, **kw) -> None:
        persons = [IncidentPersonInput("involved", people[involved][0])]
        if victim is not None:
            persons.append(IncidentPersonInput("victim", people[victim][0]))
        incidents.add_incident(
            uow, IncidentInput(day(n, hour), village_id=rng.choice(villages), persons=tuple(persons), **kw)
        )

    incident(
        3,
        22,
        5,
        6,
        klass="violation",
        violation_field="public_order",
        cause="personal_conflict",
        handling="administrative_fine",
        fine_amount=750_000,
        fined_persons=2,
        decision_number="01/QĐ-XPHC",
        place="Quán tạp hóa đầu thôn",
        summary="Hai thanh niên gây rối, xô xát vì mâu thuẫn cá nhân.",
    )
    incident(
        6,
        15,
        7,
        klass="violation",
        violation_field="gambling",
        handling="administrative_fine",
        fine_amount=1_500_000,
        fined_persons=4,
        decision_number="02/QĐ-XPHC",
        place="Chòi rẫy",
        summary="Bắt quả tang 4 người đánh bài ăn tiền.",
    )
    incident(
        9,
        2,
        8,
        9,
        klass="crime",
        crime_kind="theft",
        cause="property",
        handling="transferred",
        place="Rẫy cà phê",
        summary="Mất trộm 02 bao cà phê nhân; chuyển Công an tỉnh.",
    )
    incident(
        12,
        19,
        10,
        11,
        klass="traffic_accident",
        killed=0,
        injured=2,
        damage=8_000_000,
        handling="pending",
        place="Km 52 Quốc lộ 28",
        summary="Hai xe máy va chạm, hai người bị thương nhẹ.",
    )
    incident(
        14,
        16,
        12,
        klass="fire",
        damage=25_000_000,
        handling="pending",
        place="Nhà kho",
        summary="Cháy kho chứa nông sản do chập điện.",
    )
    incident(
        17,
        10,
        13,
        14,
        klass="dispute",
        cause="land",
        handling="mediation",
        place="Thôn Nam Rạ",
        summary="Tranh chấp ranh giới đất rẫy; hòa giải thành.",
    )
    incident(
        21,
        20,
        15,
        klass="violation",
        violation_field="traffic",
        handling="administrative_fine",
        fine_amount=600_000,
        fined_persons=1,
        decision_number="03/QĐ-XPHC",
        place="Quốc lộ 28",
        summary="Điều khiển xe máy không đội mũ bảo hiểm, không có giấy phép lái xe.",
    )
    incident(
        24,
        23,
        16,
        17,
        klass="crime",
        crime_kind="fraud",
        handling="transferred",
        summary="Lừa đảo chuyển tiền qua mạng xã hội.",
    )
    incident(
        26,
        14,
        18,
        klass="violation",
        violation_field="drugs",
        handling="warning",
        summary="Sử dụng trái phép chất ma túy; lập hồ sơ quản lý.",
    )

    cats = ("after_prison", "non_custodial", "commune_education", "drug_user")
    for n in range(8):
        pid = people[20 + n][0]
        cat = cats[n % 4]
        start = first - dt.timedelta(days=30 * (n + 1)) if n < 6 else first + dt.timedelta(days=10 + n)
        m = managed.add_managed(
            uow,
            ManagedInput(
                pid,
                cat,
                start,
                rng.choice(officers),
                None,
                decision=f"Quyết định số {n + 11}/QĐ ngày {start:%d/%m/%Y}",
            ),
        )
        for k, kind in enumerate(("summoned", "visited", "warned")[: 1 + n % 3]):
            on = max(first + dt.timedelta(days=5 + 7 * k), start)
            managed.add_contact(
                uow, m.id, ContactInput(on, kind, rng.choice(officers), "Làm việc, nhắc nhở.")
            )

    for n, vid in enumerate(villages[:4]):
        residence.add_check(
            uow,
            CheckInput(
                first + dt.timedelta(days=4 + 6 * n),
                vid,
                None,
                tuple(rng.sample(officers, 2)),
                20 + 7 * n,
                3 * n,
                n % 2,
                "Kiểm tra cư trú, nhà trọ; nhắc đăng ký tạm trú.",
            ),
        )
    for n in range(6):
        on = first + dt.timedelta(days=3 + 4 * n)
        guest = people[30 + n]
        residence.add_lodging(
            uow,
            LodgingInput(
                on,
                "Nhà nghỉ Hoa Sen, Quốc lộ 28" if n % 2 else "Nhà trọ công nhân thôn Nia Đơn",
                on,
                guest_person_id=guest[0],
                village_id=villages[0],
                to_date=on + dt.timedelta(days=2 + n),
            ),
        )


step.order = 60  # type: ignore[attr-defined]  # after residents, staff and schedule
demo.STEPS.append(step)
