"""Demo records of the weapons register: a hand-in forum where villagers handed in 1 súng kíp
and 10 súng cồn tự chế, a few receipts of earlier months, handovers to PC06 and to the
military, a destruction, an inspection, a voided receipt and a stocktake.

Givers are persons of the demo register (linked by id) where the residents' demo made some, with one
giver from outside the commune kept as a named outsider; the forum's receipts are linked to the
schedule's forum at which they were handed in."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from desktop import demo
from desktop.db import UnitOfWork, now
from desktop.staff import service as staff
from desktop.staff.service import OfficerInput
from desktop.weapons import custody, receipts, service, stocktake
from desktop.weapons.views import HandoverInput, ItemInput, ReceiptInput

OFFICERS = [
    OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã"),
    OfficerInput("Nguyễn Văn Hùng", "Đại úy", "Phó Trưởng Công an xã"),
    OfficerInput("Điểu K'Lung", "Trung úy", "Cán bộ"),
    OfficerInput("Trần Thị Thu Hà", "Thượng úy", "Cán bộ"),
]
FORUM = "Ngày hội toàn dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo – thôn Nia Đơn"
FORUM_PLACE = "Nhà văn hóa thôn Nia Đơn, xã Đắk Nia"
STORE = "Kho vũ khí Công an xã – tủ sắt số 1"

VILLAGERS = [
    ("Y Thuông Niê", "bon Bu Sir, xã Đắk Nia"),
    ("Điểu Xiêng", "bon Ting Wel Đơm, xã Đắk Nia"),
    ("Nguyễn Văn Lực", "thôn Nia Đơn, xã Đắk Nia"),
    ("H'Lan Byă", "bon N'Riêng, xã Đắk Nia"),
    ("Thị Ngọc Bích", "bon Phai Kol Pru Đăng, xã Đắk Nia"),
    ("Lê Văn Tâm", "thôn Nam Rạ, xã Đắk Nia"),
    ("Điểu Bình", "bon N'Riêng, xã Đắk Nia"),
    ("Phạm Thị Hoa", "thôn Phú Xuân, xã Đắk Nia"),
]


def _officer_ids(uow: UnitOfWork) -> list[int]:
    current = staff.list_officers(uow)
    if len(current) < 2:
        for data in OFFICERS:
            staff.add_officer(uow, data)
        current = staff.list_officers(uow)
    return [o.id for o in current]


def _register_givers(uow: UnitOfWork, rng: random.Random, count: int) -> list[int]:
    """Adults of the demo register with a sound ID number (none when the residents' demo did not run)."""
    from desktop.residents.search import SearchFilter, search_page

    rows = [
        r
        for r in search_page(uow, SearchFilter(status="living"), limit=400).rows
        if r.id_number and not r.id_issue and r.birth_text[-4:].isdigit() and int(r.birth_text[-4:]) < 2000
    ]
    return [r.id for r in rng.sample(rows, min(count, len(rows)))]


def _forum_event(uow: UnitOfWork) -> Any:
    """The schedule's forum at which weapons were handed in (topic "weapons"), held at least six days
    ago (the gun handed in there goes for inspection and comes back afterwards); None when absent."""
    from desktop.schedule.events import list_events

    today = now().date()
    past = [
        e
        for e in list_events(uow, today - dt.timedelta(days=400), today, kind="forum")
        if "weapons" in e.topics and e.ends_at <= now() - dt.timedelta(days=6)
    ]
    return past[-1] if past else None


def _officer_named(uow: UnitOfWork, name: str) -> int | None:
    return next((o.id for o in staff.list_officers(uow) if o.full_name == name), None)


def _at(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    return (now() - dt.timedelta(days=days_ago)).replace(hour=hour, minute=minute, second=0)


class _Seals:
    def __init__(self, year: int) -> None:
        self.year, self.n = year, 0

    def __call__(self) -> str:
        self.n += 1
        return f"NP-{self.year}-{self.n:03d}"


def demo_step(uow: UnitOfWork, scale: int) -> None:
    rng = random.Random(5)
    officers = _officer_ids(uow)
    cats = {c.name: c.id for c in service.list_categories(uow)}
    seal = _Seals(now().year)
    witness = ["Y Bhin Niê", "K'Thị Hương", "Trần Văn Quý", "Lê Thị Mai"]

    def item(
        cat: str, qty: str, unit: str, desc: str, cond: str = "Đã cũ, rỉ sét", mark: str = ""
    ) -> ItemInput:
        return ItemInput(cats[cat], qty, unit, desc, mark, cond, seal(), STORE)

    register = _register_givers(uow, rng, len(VILLAGERS))
    # the demo's villagers: persons of the register where there are some; the last one lives in
    # another commune and stays a named outsider
    givers: list[int | tuple[str, str]] = [
        register[n] if n < len(register) and n < len(VILLAGERS) - 1 else VILLAGERS[n]
        for n in range(len(VILLAGERS))
    ]

    def receipt(
        at: dt.datetime,
        origin: str,
        items: list[ItemInput],
        person: int | tuple[str, str],
        event: str = "",
        place: str = "Trụ sở Công an xã Đắk Nia",
        notes: str = "",
        event_id: int | None = None,
    ) -> int:
        person_id = person if isinstance(person, int) else None
        name, address = ("", "") if isinstance(person, int) else person
        pid = f"0670{rng.randint(80, 99)}{rng.randint(0, 999999):06d}" if person_id is None else ""
        crew = tuple(rng.sample(officers[:3], 2))
        data = ReceiptInput(
            at,
            origin,
            place,
            event,
            False,
            name,
            pid,
            address,
            crew,
            tuple(rng.sample(witness, 2)),
            notes,
            (),
            tuple(items),
            person_id=person_id,
            event_id=event_id,
            drafted_by=crew[-1],
        )
        return receipts.record_receipt(uow, data).id

    # earlier months: a grenade found in a coffee field, an air rifle, a seizure
    grenade = receipt(
        _at(120, 9, 15),
        "found",
        [item("lựu đạn", "1", "quả", "Lựu đạn cũ thời chiến tranh", "Rỉ sét nặng, còn kíp nổ")],
        givers[0],
        place="Rẫy cà phê giáp bon Bu Sir",
        notes="Người dân phát hiện khi cuốc đất, báo Công an xã.",
    )
    air = receipt(
        _at(95, 14, 30),
        "voluntary",
        [
            item("súng hơi", "1", "khẩu", "Súng hơi tự chế, nòng dài 80 cm", "Còn sử dụng được"),
            item("đạn chì", "0,5", "kg", "Đạn chì cỡ 5,5 mm đựng trong túi nilon", "Mới"),
        ],
        givers[6],
    )
    seized = receipt(
        _at(80, 20, 10),
        "seized",
        [
            item("công cụ hỗ trợ", "2", "cái", "Đèn pin kích điện", "Còn sử dụng được", "Trung Quốc"),
            item("vũ khí thô sơ", "1", "cái", "Dao phóng lợn dài 60 cm", "Còn sắc"),
        ],
        givers[5],
        notes="Thu giữ khi tuần tra đêm tại quán tạp hóa thôn Nam Rạ.",
    )
    for rid in (grenade, air, seized):
        receipts.mark_printed(uow, rid)
    ids = {rid: [i.id for i in service.get_receipt(uow, rid).items] for rid in (grenade, air, seized)}
    custody.record_handover(
        uow,
        HandoverInput(
            _at(110, 8),
            "Ban Chỉ huy Quân sự xã Đắk Nia",
            tuple(ids[grenade]),
            "05/BB-BCHQS",
            "Hoàng Văn Sơn",
            "Nguyễn Văn Hùng",
            place="Trụ sở Ban Chỉ huy Quân sự xã Đắk Nia",
            receiver_rank="Thượng úy",
            receiver_position="Chỉ huy phó Ban Chỉ huy Quân sự xã",
            deliverer_id=_officer_named(uow, "Nguyễn Văn Hùng"),
        ),
    )
    custody.record_handover(
        uow,
        HandoverInput(
            _at(60, 9),
            "Phòng Cảnh sát QLHC về TTXH (PC06) Công an tỉnh Lâm Đồng",
            tuple(ids[air] + ids[seized]),
            "112/BB-PC06",
            "Phan Minh Tuấn",
            "Y Đức Niê",
            place="Kho vũ khí Phòng PC06 Công an tỉnh Lâm Đồng",
            receiver_rank="Đại úy",
            receiver_position="Cán bộ Đội Quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ",
            deliverer_id=_officer_named(uow, "Y Đức Niê"),
        ),
    )
    custody.record_destruction(
        uow,
        ids[air],
        (now() - dt.timedelta(days=40)).date(),
        "27/QĐ-HĐTH",
        "Tiêu hủy tập trung tại Công an tỉnh",
    )

    # the forum: 1 súng kíp and 10 súng cồn tự chế from four villagers
    forum = [
        (givers[0], [item("súng kíp", "1", "khẩu", "Súng kíp tự chế, báng gỗ, nòng 1,1 m")]),
        (
            givers[1],
            [
                item("súng cồn tự chế", "1", "khẩu", f"Súng cồn tự chế, nòng ống tuýp sắt số {n}")
                for n in range(1, 5)
            ],
        ),
        (
            givers[2],
            [
                item("súng cồn tự chế", "1", "khẩu", f"Súng cồn tự chế, thân nhựa PVC số {n}")
                for n in range(1, 4)
            ],
        ),
        (
            givers[3],
            [
                item("súng cồn tự chế", "1", "khẩu", f"Súng cồn tự chế, bình ga mini số {n}")
                for n in range(1, 4)
            ],
        ),
    ]
    event = _forum_event(uow)
    forum_ids = [
        receipt(
            (event.starts_at + dt.timedelta(minutes=30 + 40 * n)) if event else _at(20, 8 + n, 10 * n),
            "voluntary",
            items,
            person,
            event.title if event else FORUM,
            (event.place or FORUM_PLACE) if event else FORUM_PLACE,
            "Người dân tự nguyện giao nộp, được tuyên dương tại ngày hội.",
            event.id if event else None,
        )
        for n, (person, items) in enumerate(forum)
    ]
    for rid in forum_ids[:-1]:
        receipts.mark_printed(uow, rid)
    gun = service.get_receipt(uow, forum_ids[0]).items[0]
    gun = custody.move_item(
        uow,
        gun.id,
        gun.version,
        "taken_out",
        (gun.received_at + dt.timedelta(days=1)).replace(hour=8, minute=0),
        holder="Phòng Kỹ thuật hình sự (PC09)",
        location="PC09 Công an tỉnh Lâm Đồng",
        note="Giám định tính năng, tác dụng",
    )
    custody.move_item(
        uow,
        gun.id,
        gun.version,
        "returned",
        (gun.received_at + dt.timedelta(days=3)).replace(hour=15, minute=0),
        note="Giám định xong, niêm phong lại",
        seal_number=f"NP-{now().year}-GD01",
    )

    # a receipt recorded twice by mistake, voided
    dup = receipt(_at(19, 10), "voluntary", [item("pháo", "1,2", "kg", "Pháo nổ tự chế")], givers[7])
    receipts.mark_printed(uow, dup)
    receipts.void_receipt(
        uow, dup, service.get_receipt(uow, dup).version, "Lập sai người giao nộp; đã lập biên bản thay thế."
    )
    receipt(
        _at(19, 10, 30),
        "voluntary",
        [item("pháo", "1,2", "kg", "Pháo nổ tự chế", "Còn nguyên")],
        givers[4],
    )

    # bigger demo stations: more hand-ins over the last year
    kinds = [
        ("súng kíp", "khẩu", "1"),
        ("súng cồn tự chế", "khẩu", "1"),
        ("đạn", "viên", "12"),
        ("vũ khí thô sơ", "cái", "1"),
        ("công cụ hỗ trợ", "cái", "1"),
    ]
    for n in range(3 * (scale - 1)):
        cat, unit, qty = rng.choice(kinds)
        receipt(
            _at(rng.randint(25, 360), rng.randint(7, 17)),
            rng.choice(["voluntary", "found"]),
            [item(cat, qty, unit, f"{cat.capitalize()} (mẫu số {n + 1})")],
            rng.choice(givers),
        )

    st = stocktake.start_stocktake(
        uow,
        (now() - dt.timedelta(days=2)).date(),
        ("Nguyễn Văn Hùng", "Điểu K'Lung"),
        "Kiểm kê định kỳ cuối tháng",
        dt.time(14, 0),
    )
    for line in st.lines:
        stocktake.tick(uow, line.id, line.version, True)
    stocktake.close_stocktake(uow, st.id, stocktake.get_stocktake(uow, st.id).version)


demo.STEPS.append(demo_step)
