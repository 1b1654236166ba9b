"""Demo records: the seed case (donors gave materials, officers built a new 30 m² yard for an
ethnic-minority household in hardship in a bon) and a few other projects.

The projects name households of the register (the seed case's households are added to it; Tết
gifts go to households the register has) and the schedule events at which they were handed over;
one proposed project stays typed only ("chưa gắn hộ")."""

from __future__ import annotations

import datetime as dt
import random
import struct
import tempfile
import zlib
from pathlib import Path

from desktop import demo
from desktop.db import UnitOfWork
from desktop.residents import households as hh
from desktop.residents import idcard
from desktop.residents import service as residents
from desktop.schedule import events as ev
from desktop.schedule.views import EventInput, OutcomeInput
from desktop.settings import list_villages
from desktop.staff import service as staff
from desktop.support import service as sv

SEED = 6
DEMO_OFFICERS = [
    ("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã"),
    ("Nguyễn Văn Thành", "Đại úy", "Phó Trưởng Công an xã"),
    ("Điểu Săn", "Thượng úy", "Cảnh sát khu vực"),
    ("Trần Quốc Bảo", "Trung úy", "Cán bộ"),
    ("H'Nhung Byă", "Thiếu úy", "Cán bộ"),
]
GIFT_HEADS = ["Thị Hrin", "Điểu Đam", "Lê Thị Hoa", "Y Kông Mlô", "Phạm Văn Lực", "H'Lim Ktla", "Thị Ngoan"]


def png_bytes(width: int, height: int, rgb: tuple[int, int, int], stripe: tuple[int, int, int]) -> bytes:
    """A small real PNG (no imaging library needed): a flat colour with a darker band."""
    rows = b""
    for y in range(height):
        colour = stripe if height // 3 <= y < height // 3 + height // 8 else rgb
        rows += b"\x00" + bytes(colour) * width

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


def _officers(uow: UnitOfWork) -> list[int]:
    existing = staff.list_officers(uow)
    if len(existing) >= 3:
        return [o.id for o in existing]
    names = {o.full_name for o in existing}
    for name, rank, position in DEMO_OFFICERS:
        if name not in names:
            staff.add_officer(uow, staff.OfficerInput(name, rank, position))
    return [o.id for o in staff.list_officers(uow)]


#: the seed households (head, sex, birth year, people) added to the register when it lacks them
SEED_HEADS = {
    "Thị Hơn": ("F", 1961, "Mnông"),
    "Y Blim Niê": ("M", 1975, "Ê Đê"),
    "Điểu Bêl": ("M", 1979, "Mnông"),
}


def _seed_household(uow: UnitOfWork, village_id: int, head: str, serial: int) -> int:
    """A household of the register headed by ``head`` in the village (the head with a valid ID card)."""
    sex, year, people = SEED_HEADS[head]
    issued = dt.date.today() - dt.timedelta(days=400 + serial)
    person = residents.add_person(uow, residents.PersonInput(
        head, sex, f"{year}", ethnic=people, id_number=idcard.make_number("067", sex, year, 990000 + serial),
        village_id=village_id, id_card_status="issued", id_card_issued_date=issued))
    return hh.add_household(uow, hh.HouseholdInput(f"{village_id:02d}-{9000 + serial}", village_id),
                            head_id=person.id).id


def _register_heads(uow: UnitOfWork, village_id: int) -> list[tuple[int, str]]:
    """(household id, head name) of the register's households in a village that have a head."""
    out = []
    for hid, _number, _village in hh.list_households(uow, village_id=village_id, limit=12):
        head = hh.get_household(uow, hid).head_name
        if head:
            out.append((hid, head))
    return out


def _handover(uow: UnitOfWork, title: str, day: dt.date, village_id: int, officers: list[int],
              attendance: int) -> int:
    """A done "support" event in the schedule: the day the project was handed over."""
    start = dt.datetime.combine(day, dt.time(8, 0))
    made = ev.create_event(uow, EventInput("support", title, start, start + dt.timedelta(hours=3),
                                           "Nhà văn hóa", (village_id,), tuple(officers[:2]))).event
    ev.complete_event(uow, made.id, made.version, OutcomeInput(attendance))
    return made.id


def duty_weeks(uow: UnitOfWork, today: dt.date) -> None:
    """The station's duty for this week and the next (the roster prints it): the chief and his deputy
    lead in turn, the other officers of the station take the days in turn."""
    from desktop.staff.duty import DutyInput, monday_of, set_week

    station = [o for o in staff.list_officers(uow) if o.kind == "station" and o.active]
    heads = sorted((o for o in station if "Trưởng" in o.position), key=lambda o: "Phó" in o.position)
    leaders = [o.id for o in heads] or [o.id for o in station[:1]]
    others = [o.id for o in station if o.id not in leaders] or [o.id for o in station]
    if not leaders or not others:
        return
    monday = monday_of(today)
    days = [monday + dt.timedelta(days=i) for i in range(14)]
    n, m = len(leaders), len(others)
    set_week(uow, [DutyInput(d, leaders[i % n], others[i % m]) for i, d in enumerate(days)])


def demo_step(uow: UnitOfWork, scale: int) -> None:
    rng = random.Random(SEED)
    today = dt.date.today()
    villages = {v.name: v.id for v in list_villages(uow)}
    kinds = {k.code: k.id for k in sv.list_kinds(uow)}
    officers = _officers(uow)

    def village(name: str) -> int:
        return villages.get(name) or next(iter(villages.values()))

    shop = sv.add_donor(uow, sv.DonorInput("Cửa hàng vật liệu xây dựng Minh Phát", "business",
                                           "Trần Minh Phát", "0263 3544 128",
                                           "Tổ dân phố 2, phường Nghĩa Đức"))
    person = sv.add_donor(uow, sv.DonorInput("Nguyễn Văn Hùng", "person", "", "0918 245 377",
                                             "Thôn Nghĩa Hòa, xã Đắk Nia", sex="M"))
    youth = sv.add_donor(uow, sv.DonorInput("Đoàn Thanh niên xã Đắk Nia", "organisation", "Bí thư Lê Thị Thu",
                                            "0987 612 054"))
    coffee = sv.add_donor(uow, sv.DonorInput("Công ty TNHH Cà phê Đắk Nia Xanh", "business",
                                             "Phạm Quang Vinh", "0263 3720 919", "Thôn Nia Đơn, xã Đắk Nia"))

    # The seed case: a new 30 m² concrete yard for a poor M'Nông household in bon Bu Sir.
    start = today - dt.timedelta(days=12)
    done = today - dt.timedelta(days=8)
    hon = _seed_household(uow, village("Bu Sir"), "Thị Hơn", 1)
    yard = sv.add_project(uow, sv.ProjectInput(
        "Làm sân bê tông cho hộ bà Thị Hơn", kinds["yard"], "Thị Hơn", village("Bu Sir"), "poor",
        address="Nhà số 14, đường liên bon", ethnic_minority=True, ethnicity="M'Nông", status="in_progress",
        start_date=start, size_value=30, size_unit="m²",
        description="Sân đất trước nhà lầy lội mùa mưa, bà Hơn nuôi hai cháu nhỏ. Đổ sân bê tông dày 10 cm "
                    "để phơi cà phê, nông sản.", household_id=hon))
    sv.add_contribution(uow, yard.id, sv.ContributionInput(
        shop.id, "material", 2_700_000, 2_700_000, start, "Xi măng PCB40", 30, "bao"))
    sv.add_contribution(uow, yard.id, sv.ContributionInput(
        person.id, "material", 2_100_000, 2_100_000, start, "Cát, đá 1x2", 6, "m³"))
    sv.add_contribution(uow, yard.id, sv.ContributionInput(youth.id, "cash", 1_000_000, 1_000_000, start,
                                                           note="Mua thép, thuê máy trộn"))
    for officer in officers[:4]:
        sv.add_labour(uow, yard.id, sv.LabourInput(officer, 2, start, "Trộn, đổ bê tông"))
    photos = (("before", (139, 94, 60), (110, 72, 45), "Sân đất trước khi làm"),
              ("after", (190, 190, 185), (160, 160, 150), "Sân bê tông mới"))
    with tempfile.TemporaryDirectory(prefix="caxa-demo-") as folder:
        for stage, colour, band, caption in photos:
            path = Path(folder) / f"san-{stage}.png"
            path.write_bytes(png_bytes(160, 120, colour, band))
            sv.add_photo(uow, yard.id, stage, path, caption)
    handed = _handover(uow, "Bàn giao sân bê tông cho hộ bà Thị Hơn", done, village("Bu Sir"), officers, 25)
    sv.update_project(uow, yard.id, sv.get_project(uow, yard.id).version, sv.ProjectInput(
        yard.title, yard.kind_id, yard.head_name, yard.village_id, yard.hardship, yard.address, True,
        "M'Nông", "completed", start, done, 30, "m²", yard.description, hon, handed))

    # A house repair under way for an Ê Đê family in bon N'Riêng.
    house = sv.add_project(uow, sv.ProjectInput(
        "Sửa mái nhà cho hộ ông Y Blim Niê", kinds["house"], "Y Blim Niê", village("N'Riêng"), "near_poor",
        ethnic_minority=True, ethnicity="Ê Đê", status="in_progress", start_date=today - dt.timedelta(days=5),
        size_value=45, size_unit="m²", description="Thay tôn mái bị dột, gia cố xà gồ.",
        household_id=_seed_household(uow, village("N'Riêng"), "Y Blim Niê", 2)))
    sv.add_contribution(uow, house.id, sv.ContributionInput(coffee.id, "cash", 8_000_000, 5_000_000,
                                                            today - dt.timedelta(days=4)))
    sv.add_labour(uow, house.id, sv.LabourInput(officers[1], 1.5, today - dt.timedelta(days=3)))

    # Tết gifts and a scholarship, completed last month; a latrine proposed.
    gift_day = today - dt.timedelta(days=40)
    gift_event = _handover(uow, "Trao quà Tết cho hộ nghèo, hộ khó khăn", gift_day, village("Nia Đơn"),
                           officers, 60)
    used: set[int] = set()
    for i in range(2 + 5 * (scale - 1)):
        vname = rng.choice(["Nia Đơn", "Nam Rạ", "Ting Wel Đơm", "Phai Kol Pru Đăng", "Cây Xoài"])
        # a household of the register in that village; typed names only when the register has none
        free = [(hid, name) for hid, name in _register_heads(uow, village(vname)) if hid not in used]
        if free:
            household, head = free[rng.randrange(len(free))]
            used.add(household)
        else:
            household = None
            n = len(GIFT_HEADS)
            head = GIFT_HEADS[i % n] + ("" if i < n else f" ({i // n})")
        gift = sv.add_project(uow, sv.ProjectInput(
            f"Tặng quà Tết hộ {head}", kinds["gift"], head, village(vname), rng.choice(["poor", "difficult"]),
            ethnic_minority=head.startswith(("Thị", "Điểu", "Y ", "H'")), status="completed",
            start_date=gift_day, completed_date=gift_day, size_value=1, size_unit="suất",
            household_id=household, event_id=gift_event))
        sv.add_contribution(uow, gift.id, sv.ContributionInput(
            coffee.id, "material", 500_000, 500_000, gift_day, "Gạo, dầu ăn, bánh kẹo", 1, "suất"))
    school = sv.add_project(uow, sv.ProjectInput(
        "Học bổng cho em Điểu Thị Loan", kinds["scholarship"], "Điểu Bêl", village("Ting Wel Đơm"), "poor",
        ethnic_minority=True, ethnicity="M'Nông", status="completed", start_date=gift_day,
        completed_date=gift_day, size_value=1, size_unit="suất",
        description="Học sinh lớp 9 vượt khó học giỏi.",
        household_id=_seed_household(uow, village("Ting Wel Đơm"), "Điểu Bêl", 3), event_id=gift_event))
    sv.add_contribution(uow, school.id,
                        sv.ContributionInput(person.id, "cash", 2_000_000, 2_000_000, gift_day))
    duty_weeks(uow, today)
    sv.add_project(uow, sv.ProjectInput(
        "Xây nhà vệ sinh cho hộ bà Lê Thị Mến", kinds["sanitation"], "Lê Thị Mến", village("Nam Rạ"),
        "difficult", status="proposed", description="Chờ vận động nhà hảo tâm."))


demo.STEPS.append(demo_step)
