"""Demo records: officers (station + a 3-month reinforcement round), a season of events shaped like the
seed case (22 patrols incl. a twice-weekly series, 6 road-corridor campaigns, 20 village meetings, a forum
of 300+), 5 fights over alcohol resolved by mediation, 2 traffic hotspots, and next week's plan."""

from __future__ import annotations

import datetime as dt
import random

from desktop import demo
from desktop.db import UnitOfWork, now
from desktop.schedule import events as ev_service
from desktop.schedule import incidents
from desktop.schedule.recurrence import Recurrence
from desktop.schedule.views import EventInput, HotspotInput, IncidentInput, OutcomeInput
from desktop.settings import list_villages
from desktop.staff import assignments, service

STATION_OFFICERS = [
    ("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã", "0905 214 377"),
    ("Nguyễn Văn Hùng", "Đại úy", "Phó Trưởng Công an xã", "0912 448 105"),
    ("Trần Thị Thu Hà", "Thượng úy", "Phó Trưởng Công an xã", "0978 330 216"),
    ("Điểu Lanh", "Trung úy", "Cán bộ phụ trách bon", "0367 551 902"),
    ("H'Bla Niê", "Thiếu úy", "Cán bộ cư trú", "0388 120 647"),
    ("Lê Quang Vinh", "Trung úy", "Cán bộ phụ trách thôn", "0944 702 318"),
    ("Phạm Minh Tuấn", "Thượng sĩ", "Cán bộ tuần tra", "0332 845 190"),
]
REINFORCEMENT = [
    ("Hoàng Văn Thắng", "Đại úy", "Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng"),
    ("Nguyễn Thị Mai Anh", "Thượng úy", "Phòng Cảnh sát QLHC về TTXH Công an tỉnh Lâm Đồng"),
    ("Y Sơn Byă", "Trung úy", "Phòng Cảnh sát giao thông Công an tỉnh Lâm Đồng"),
]
PEOPLE = [
    "Điểu Sơn",
    "Nguyễn Văn Tài",
    "Y Bluêh Êban",
    "Trần Văn Lực",
    "K'Dũng",
    "Lê Văn Sáu",
    "Thị Hoa",
    "Điểu Nhanh",
    "Phan Văn Bình",
    "Y Krăk Niê",
]
MEETING_TOPICS = [
    ("id_card",),
    ("fraud",),
    ("drugs", "trafficking"),
    ("military_service",),
    ("traffic",),
    ("fraud", "id_card"),
    ("weapons",),
]


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _done(
    uow: UnitOfWork,
    rng: random.Random,
    view,
    *,
    attendance: int | None = None,
    violations: int = 0,
    notes: str = "",
) -> None:
    ev_service.complete_event(uow, view.id, view.version, OutcomeInput(attendance, violations, 0, notes))


def _plan(uow: UnitOfWork, data: EventInput, moment: dt.datetime, rng: random.Random, **outcome) -> int:
    saved = ev_service.create_event(uow, data).event
    if data.starts_at < moment:
        _done(uow, rng, saved, **outcome)
    return saved.id


def demo_step(uow: UnitOfWork, scale: int) -> None:
    rng = random.Random(4)
    moment = now()
    today = moment.date()
    first_of_month = today.replace(day=1)
    year, month = (today.year, today.month - 2) if today.month > 2 else (today.year - 1, today.month + 10)
    round_start = dt.date(year, month, 1)
    round_end = (first_of_month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    villages = list_villages(uow)
    vil = {v.name: v for v in villages}

    # other areas' demo steps may have added some of the same station officers: reuse them by name
    existing = {o.full_name: o for o in service.list_officers(uow, include_inactive=True)}
    station = [
        existing.get(n) or service.add_officer(uow, service.OfficerInput(n, r, p, ph))
        for n, r, p, ph in STATION_OFFICERS
    ]
    reinf = []
    for i, (name, rank, unit) in enumerate(REINFORCEMENT):
        o = service.add_officer(
            uow, service.OfficerInput(name, rank, "Cán bộ tăng cường", kind="reinforcement")
        )
        covered = tuple(v.id for v in villages[i * 3 : i * 3 + 4])
        assignments.add_assignment(
            uow,
            assignments.AssignmentInput(
                o.id,
                unit,
                round_start,
                round_end,
                "2186/QĐ-CAT-PX01",
                round_start - dt.timedelta(days=6),
                covered,
                "Đợt tăng cường cán bộ về Công an xã theo đề án «Tôi làm Công an xã».",
            ),
        )
        reinf.append(o)
    everyone = station + reinf

    def crew(k: int, must=None) -> tuple[int, ...]:
        picked = rng.sample(everyone, k)
        if must is not None and must not in picked:
            picked[0] = must
        return tuple(o.id for o in picked)

    past_end = today - dt.timedelta(days=1)
    past_days = (past_end - round_start).days

    def past_day(lo: int = 0) -> dt.date:
        return round_start + dt.timedelta(days=rng.randint(lo, past_days))

    busy_evenings: set[dt.date] = set()

    def free_evening(lo: int = 0) -> dt.date:
        """A past day with no evening work yet and no series patrol (Tuesday, Friday)."""
        for _ in range(500):
            day = past_day(lo)
            if day.weekday() not in (1, 4) and day not in busy_evenings:
                busy_evenings.add(day)
                return day
        return past_day(lo)

    # Night patrols: a Tuesday/Friday series from eight weeks ago to the end of the round.
    series_first = today - dt.timedelta(days=today.weekday() + 56 - 1)  # Tuesday eight weeks ago
    patrol = EventInput(
        "patrol",
        "Tuần tra, kiểm soát ban đêm",
        _at(series_first, 20),
        _at(series_first, 23),
        "Trục Quốc lộ 28 và các thôn",
        (vil["Nia Đơn"].id, vil["Nam Rạ"].id),
        (station[3].id, station[6].id, reinf[2].id),
        "Dân quân, Bảo vệ ANTT ở cơ sở",
    )
    series = ev_service.create_event(
        uow, patrol, Recurrence("weekly", round_end + dt.timedelta(days=21), 1, (1, 4))
    )
    past = [e for e in series.events if e.starts_at < moment]
    done_patrols = 0
    for i, e in enumerate(past):
        if i == 3:
            ev_service.cancel_event(uow, e.id, e.version, "Mưa lớn, lực lượng trực tại trụ sở")
            continue
        _done(
            uow,
            rng,
            e,
            violations=rng.choice([0, 0, 1, 2]),
            notes="Nhắc nhở thanh thiếu niên tụ tập, không phát hiện vụ việc phức tạp.",
        )
        done_patrols += 1
    for _ in range(max(0, 22 - done_patrols)):
        day = free_evening()
        _plan(
            uow,
            EventInput(
                "patrol",
                "Tuần tra, kiểm soát",
                _at(day, 19, 30),
                _at(day, 22, 30),
                "Khu vực chợ và trường học",
                (rng.choice(villages).id,),
                crew(3),
                "Dân quân",
            ),
            moment,
            rng,
            violations=rng.choice([0, 1]),
        )

    campaign_ids = []
    for i in range(6):
        day = round_start + dt.timedelta(days=5 + i * max(1, past_days // 6))
        v = rng.choice([vil["Nia Đơn"], vil["Nam Rạ"], vil["Phú Xuân"], vil["Bu Sir"]])
        campaign_ids.append(
            _plan(
                uow,
                EventInput(
                    "campaign",
                    "Ra quân lập lại trật tự hành lang an toàn giao thông Quốc lộ 28",
                    _at(day, 7, 30),
                    _at(day, 11, 0),
                    f"Quốc lộ 28 đoạn qua {v.label}",
                    (v.id,),
                    crew(5),
                    "Dân quân, Đoàn thanh niên",
                    ("traffic",),
                    "Tháo dỡ lều quán, biển quảng cáo lấn chiếm hành lang an toàn đường bộ.",
                ),
                moment,
                rng,
                violations=rng.randint(3, 12),
                notes="Vận động các hộ tự tháo dỡ lều quán lấn chiếm.",
            )
        )

    for v in villages * 2:
        day = free_evening(3)
        _plan(
            uow,
            EventInput(
                "village_meeting",
                f"Họp {v.label}",
                _at(day, 19),
                _at(day, 21),
                f"Nhà văn hóa {v.label}",
                (v.id,),
                crew(2, rng.choice(reinf)),
                "Ban tự quản thôn, bon",
                rng.choice(MEETING_TOPICS),
            ),
            moment,
            rng,
            attendance=rng.randint(35, 95),
        )
    for topic, place in (
        ("fraud", "Trường THCS Đắk Nia"),
        ("drugs", "Trường THPT Đắk Nia"),
        ("trafficking", "Hội trường UBND xã"),
        ("military_service", "Hội trường UBND xã"),
    ):
        day = past_day(10)
        _plan(
            uow,
            EventInput(
                "outreach",
                "Tuyên truyền pháp luật",
                _at(day, 8),
                _at(day, 10, 30),
                place,
                (),
                crew(2),
                "Đoàn thanh niên",
                (topic,),
            ),
            moment,
            rng,
            attendance=rng.randint(80, 250),
        )
    day = round_start + dt.timedelta(days=past_days * 2 // 3)
    _plan(
        uow,
        EventInput(
            "forum",
            "Diễn đàn «Công an xã lắng nghe ý kiến Nhân dân»",
            _at(day, 8),
            _at(day, 11, 30),
            "Sân vận động xã",
            (),
            tuple(o.id for o in everyone),
            "Dân quân, Hội Cựu chiến binh",
            ("weapons", "fraud"),
        ),
        moment,
        rng,
        attendance=320,
        notes="Nhân dân giao nộp 01 súng kíp và 10 súng cồn tự chế.",
    )
    day = past_day(20)
    _plan(
        uow,
        EventInput(
            "support",
            "Hỗ trợ làm sân bê tông 30 m² cho hộ đồng bào khó khăn",
            _at(day, 7),
            _at(day, 16),
            vil["Bu Sir"].label,
            (vil["Bu Sir"].id,),
            crew(4),
            "Đoàn thanh niên",
        ),
        moment,
        rng,
        notes="Vật liệu do các nhà hảo tâm ủng hộ.",
    )

    # Next week's plan, with one deliberate double booking to show the conflict warning.
    monday = today + dt.timedelta(days=7 - today.weekday())
    ev_service.create_event(
        uow,
        EventInput(
            "village_meeting",
            f"Họp {vil['Bu Sir'].label}",
            _at(monday + dt.timedelta(days=1), 19, 30),
            _at(monday + dt.timedelta(days=1), 21, 30),
            f"Nhà sinh hoạt cộng đồng {vil['Bu Sir'].label}",
            (vil["Bu Sir"].id,),
            (station[3].id, reinf[0].id),
            "Ban tự quản thôn, bon",
            ("id_card",),
        ),
    )
    ev_service.create_event(
        uow,
        EventInput(
            "outreach",
            "Tuyên truyền phòng, chống lừa đảo qua mạng",
            _at(monday + dt.timedelta(days=3), 8),
            _at(monday + dt.timedelta(days=3), 10),
            "Trường THCS Đắk Nia",
            (),
            (station[2].id, reinf[1].id),
            "Đoàn thanh niên",
            ("fraud",),
        ),
    )
    ev_service.create_event(
        uow,
        EventInput(
            "campaign",
            "Ra quân lập lại trật tự hành lang an toàn giao thông Quốc lộ 28",
            _at(monday + dt.timedelta(days=5), 7, 30),
            _at(monday + dt.timedelta(days=5), 11),
            "Quốc lộ 28 đoạn qua thôn Nia Đơn",
            (vil["Nia Đơn"].id,),
            crew(4),
            "Dân quân, Đoàn thanh niên",
            ("traffic",),
        ),
    )

    for i in range(5):
        when = _at(past_day(), rng.choice([19, 20, 21, 22]), rng.choice([0, 15, 30, 45]))
        a, b = rng.sample(PEOPLE, 2)
        incidents.add_incident(
            uow,
            IncidentInput(
                when,
                "fight",
                "alcohol",
                rng.choice(villages).id,
                "Quán tạp hóa đầu thôn" if i % 2 else "Đám cưới",
                f"{a}, {b}",
                "Sau khi uống rượu, hai bên xảy ra xô xát, không ai bị thương nặng.",
                "mediation",
                "Hòa giải thành tại Công an xã, hai bên cam kết không tái phạm.",
            ),
        )
    incidents.add_incident(
        uow,
        IncidentInput(
            _at(past_day(), 3, 0),
            "theft",
            "property",
            vil["Phú Xuân"].id,
            "Rẫy cà phê",
            rng.choice(PEOPLE),
            "Mất trộm 2 bao cà phê nhân tại chòi rẫy.",
            "pending",
            "Đang xác minh.",
        ),
    )
    incidents.add_hotspot(
        uow,
        HotspotInput(
            "Km 52 Quốc lộ 28, đoạn cua dốc qua thôn Nam Rạ",
            round_start + dt.timedelta(days=20),
            "Cua gấp, che khuất tầm nhìn, thiếu biển cảnh báo; đã xảy ra va chạm.",
            vil["Nam Rạ"].id,
            "UBND xã, Phòng CSGT Công an tỉnh",
            "Cắm biển cảnh báo nguy hiểm, phát quang bụi cây.",
            "fixed",
            round_start + dt.timedelta(days=45),
            campaign_ids[1],
        ),
    )
    incidents.add_hotspot(
        uow,
        HotspotInput(
            "Ngã ba vào bon Bu Sir",
            round_start + dt.timedelta(days=50),
            "Đường nhánh đổ ra Quốc lộ 28 không có gờ giảm tốc, học sinh qua đường đông.",
            vil["Bu Sir"].id,
            "UBND xã",
            "Làm gờ giảm tốc và vạch sơn cho người đi bộ.",
            "open",
            None,
            campaign_ids[3],
        ),
    )
    assignments.add_award(
        uow,
        assignments.AwardInput(
            reinf[0].id,
            "Giám đốc Công an tỉnh Lâm Đồng",
            min(today, round_end),
            "Giấy khen",
            "3051/QĐ-CAT",
            "Có thành tích xuất sắc trong đợt tăng cường cán bộ về Công an xã",
        ),
    )
    for _ in range(max(0, scale - 1) * 60):  # larger stations: older, quieter history
        day = round_start - dt.timedelta(days=rng.randint(1, 365 * min(scale, 10)))
        kind = rng.choice(["patrol", "village_meeting", "outreach", "campaign"])
        _plan(
            uow,
            EventInput(kind, "", _at(day, 19), _at(day, 21), "", (rng.choice(villages).id,), crew(2)),
            moment,
            rng,
            attendance=rng.randint(20, 90) if kind != "patrol" else None,
        )


demo_step.order = 10  # type: ignore[attr-defined]  # officers before the areas that name them
demo.STEPS.append(demo_step)
