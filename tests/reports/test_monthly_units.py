"""A weapons category counted in two units (explosive by the kg and by the stick) is one monthly-report
line per unit: the figure keys, labels and units, the records behind each line and the workbook's check
sheet all agree, and no line sums kilograms with pieces."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl

from desktop import figures
from desktop.reports.monthly import service, workbook
from desktop.reports.monthly.model import Period
from desktop.settings import save_station
from desktop.staff import service as staff
from desktop.staff.service import OfficerInput
from desktop.weapons import service as weapons
from desktop.weapons.views import ItemInput, ReceiptInput
from tests.reports.monthly_world import OCT, STATION

PATH = "weapons.received.by_category"


def _build(db, admin) -> None:
    with db.uow(admin) as work:
        save_station(work, STATION)
        officer = staff.add_officer(work, OfficerInput("Y Đức Niê", "Thiếu tá")).id
        cats = {c.name: c.id for c in weapons.list_categories(work)}
        for when, items in (
            (dt.datetime(2026, 10, 5, 9), [("thuốc nổ", "2,5", "kg"), ("súng kíp", "1", "khẩu")]),
            (dt.datetime(2026, 10, 20, 9), [("thuốc nổ", "3", "cái"), ("thuốc nổ", "0,5", "kg")]),
            (dt.datetime(2026, 9, 14, 9), [("thuốc nổ", "1", "kg")]),
        ):
            weapons.record_receipt(work, ReceiptInput(
                when, origin="voluntary", place="Nhà văn hóa thôn Nia Đơn", person_name="Y Thuông Niê",
                officer_ids=(officer,), witnesses=("Y Bhin Niê",),
                items=tuple(ItemInput(cats[name], qty, unit) for name, qty, unit in items),
            ))


def test_a_category_in_two_units_is_a_line_per_unit(db, admin):
    _build(db, admin)
    period = Period(*OCT)
    with db.uow(admin) as work:
        report = service.compose(work, period)
        lines = {f.key: f for f in report.figures() if f.key.startswith(PATH + ".")}
        assert set(lines) == {f"{PATH}.sung kip", f"{PATH}.thuoc no/kg", f"{PATH}.thuoc no/cai"}
        kg, sticks = lines[f"{PATH}.thuoc no/kg"], lines[f"{PATH}.thuoc no/cai"]
        assert (kg.label, kg.unit, Decimal(str(kg.value)), Decimal(str(kg.previous))) == (
            "Tiếp nhận: thuốc nổ (kg)", "kg", Decimal(3), Decimal(1))
        assert (sticks.label, sticks.unit, sticks.value, sticks.previous) == (
            "Tiếp nhận: thuốc nổ (cái)", "cái", 3, 0)
        gun = lines[f"{PATH}.sung kip"]
        assert (gun.label, gun.unit) == ("Tiếp nhận: súng kíp", "khẩu")
        on_hand = {f.key for f in report.figures() if f.key.startswith("weapons.on_hand_end.by_category.")}
        assert {f"weapons.on_hand_end.by_category.thuoc no/{u}" for u in ("kg", "cai")} <= on_hand
        # the records behind each line: only its unit, summing to its figure
        for f in lines.values():
            rows = figures.records(work, f.key, period.start, period.end)
            assert sum(Decimal(str(r.amount)) for r in rows) == Decimal(str(f.value)), f.key
            assert all(f" {f.unit} " in r.what for r in rows), [r.what for r in rows]
        assert len(figures.records(work, f"{PATH}.thuoc no/kg", period.start, period.end)) == 2
        # the category as a whole (every unit) is still listed by its name
        assert len(figures.records(work, f"{PATH}.thuoc no", period.start, period.end)) == 3
        book = openpyxl.load_workbook(io.BytesIO(workbook.workbook_bytes(work, report)), read_only=True)
    check = [tuple(r) for r in book["Kiểm tra II"].iter_rows(values_only=True)]
    for key, said, listed in ((f"{PATH}.thuoc no/kg", "Tiếp nhận: thuốc nổ (kg): 3 kg", 2),
                              (f"{PATH}.thuoc no/cai", "Tiếp nhận: thuốc nổ (cái): 3 cái", 1)):
        at = next(n for n, r in enumerate(check) if r[0] == key)
        assert check[at][1] == said, check[at]
        rows = check[at + 2:at + 2 + listed]  # under the header: one row per item of that unit
        assert all(said.rpartition(" ")[2] in r[2] for r in rows), rows
        assert check[at + 2 + listed][1] == "Cộng: 3 — khớp với số liệu.", check[at + 2 + listed]
