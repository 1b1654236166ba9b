"""The province roll-up: a row per commune, a column per figure, totals; every refusal names the file."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.errors import ValidationError
from desktop.reports.monthly import merge, workbook
from desktop.reports.monthly.merge_cli import add_merge_parser
from desktop.reports.monthly.model import FORMAT, FORMAT_VERSION, Figure, Item, Section, Station
from tests.conftest import make_user
from tests.reports.monthly_sample import NOVEMBER, configure, report


def layout(code: str, name: str, figures: dict[str, tuple], *, start="2026-11-01", end="2026-11-30",
           version: int = FORMAT_VERSION, report_version: int | None = 1) -> dict:
    """A commune's report in the documented JSON layout (README, "Báo cáo tháng")."""
    return {
        "format": FORMAT, "format_version": version,
        "station": {"code": code, "name": name, "province": "Lâm Đồng"},
        "period": {"from": start, "to": end}, "version": report_version,
        "number": f"0{report_version}/BC-CAX" if report_version else None,
        "issued_at": "2026-12-01T09:30:00" if report_version else None,
        "figures": {key: {"label": label, "unit": unit, "value": value, "previous": None, "last_year": None,
                          "year_to_date": None, "stock": stock}
                    for key, (label, unit, value, stock) in figures.items()},
    }


PATROLS = ("Tuần tra, kiểm soát", "lượt", 22, False)
ON_HAND = ("Vũ khí đang quản lý cuối kỳ", "khẩu", 14, True)


def _json(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    # decimals as JSON numbers with up to 3 places, as the report writes them
    path.write_text(json.dumps(data, ensure_ascii=False, default=lambda d: float(d)), encoding="utf-8")
    return path


def _rows(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path, read_only=True)["Tổng hợp"]
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


def test_a_row_per_commune_a_column_per_figure_and_totals(sqlite_db, tmp_path):
    admin = make_user(sqlite_db, "quantri", "admin")
    configure(sqlite_db, admin)
    a = _json(tmp_path, "dak-nia.json", layout("24611", "Công an xã Đắk Nia", {
        "schedule.patrols": PATROLS, "weapons.on_hand_end": ON_HAND,
        "weapons.received.quantity.kg": ("Vật liệu nổ thu hồi", "kg", Decimal("1.25"), False),
    }))
    b = _json(tmp_path, "quang-son.json", layout("24610", "Công an xã Quảng Sơn", {
        "schedule.patrols": ("Tuần tra, kiểm soát", "lượt", 9, False),
        "weapons.on_hand_end": ("Vũ khí đang quản lý cuối kỳ", "khẩu", 3, True),
    }))
    # a third commune sends its workbook
    third = report(version=1, station=Station("24620", "Công an phường Nghĩa Đức", "Lâm Đồng"), sections=(
        Section("II", "Kết quả", (Item("1", "Tuần tra", (
            Figure("schedule.patrols", "Tuần tra, kiểm soát", "lượt", 30, 28),
            Figure("weapons.received.quantity.kg", "Vật liệu nổ thu hồi", "kg", Decimal("0.5")),
        )),)),))
    with sqlite_db.uow(admin) as work:
        c = tmp_path / "nghia-duc.xlsx"
        c.write_bytes(workbook.workbook_bytes(work, third))
    out = tmp_path / "tong-hop.xlsx"
    rollup = merge.merge_files([a, b, c], out)
    assert rollup.period == NOVEMBER
    assert [col.key for col in rollup.columns] == [
        "schedule.patrols", "weapons.on_hand_end", "weapons.received.quantity.kg"
    ]
    assert rollup.totals == {"schedule.patrols": 61, "weapons.on_hand_end": 17,
                             "weapons.received.quantity.kg": Decimal("1.75")}
    rows = _rows(out)
    assert rows[0][0] == "TỔNG HỢP SỐ LIỆU BÁO CÁO THÁNG 11/2026"
    assert rows[3] == ("STT", "Mã đơn vị", "Tên đơn vị", "Tệp", "Tuần tra, kiểm soát (lượt)",
                       "Vũ khí đang quản lý cuối kỳ (khẩu)", "Vật liệu nổ thu hồi (kg)")
    assert rows[4][4:] == ("schedule.patrols", "weapons.on_hand_end", "weapons.received.quantity.kg")
    assert rows[5:] == [
        (1, "24610", "Công an xã Quảng Sơn", "quang-son.json", 9, 3, None),
        (2, "24611", "Công an xã Đắk Nia", "dak-nia.json", 22, 14, 1.25),
        (3, "24620", "Công an phường Nghĩa Đức", "nghia-duc.xlsx", 30, None, 0.5),
        (None, "Tổng cộng", None, None, 61, 17, 1.75),
    ]


def _refused(tmp_path: Path, files: list[Path], *phrases: str) -> None:
    out = tmp_path / "tong-hop.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(ValidationError) as err:
        merge.merge_files(files, out)
    for phrase in phrases:
        assert phrase in str(err.value)
    assert out.read_bytes() == b"old"  # nothing written over the old table


def test_mixed_periods_are_refused(tmp_path):
    a = _json(tmp_path, "a.json", layout("1", "Công an xã A", {"schedule.patrols": PATROLS}))
    b = _json(tmp_path, "b.json", layout("2", "Công an xã B", {"schedule.patrols": PATROLS},
                                         start="2026-10-01", end="2026-10-31"))
    _refused(tmp_path, [a, b], "Tệp «b.json»", "từ ngày 01/10/2026 đến ngày 31/10/2026",
             "khác kỳ của tệp «a.json»", "từ ngày 01/11/2026 đến ngày 30/11/2026")


def test_mixed_format_versions_are_refused(tmp_path):
    a = _json(tmp_path, "a.json", layout("1", "Công an xã A", {"schedule.patrols": PATROLS}))
    b = _json(tmp_path, "b.json", layout("2", "Công an xã B", {"schedule.patrols": PATROLS}, version=2))
    _refused(tmp_path, [a, b], "Tệp «b.json»", "phiên bản định dạng 2", "khác tệp «a.json»")
    _refused(tmp_path, [b], "Tệp «b.json»", "phiên bản định dạng 2")


def test_the_same_commune_twice_is_refused(tmp_path):
    a = _json(tmp_path, "a.json", layout("24611", "Công an xã Đắk Nia", {"schedule.patrols": PATROLS}))
    again = _json(tmp_path, "a-v2.json", layout("24611", "Công an xã Đắk Nia", {"schedule.patrols": PATROLS},
                                                report_version=2))
    _refused(tmp_path, [a, again], "Tệp «a-v2.json»: là báo cáo của Công an xã Đắk Nia (mã 24611), đơn vị "
                                   "đã có ở tệp «a.json»")


def test_files_that_are_not_reports_are_refused(tmp_path):
    good = _json(tmp_path, "a.json", layout("1", "Công an xã A", {"schedule.patrols": PATROLS}))
    broken = tmp_path / "hong.json"
    broken.write_text("{not json", encoding="utf-8")
    _refused(tmp_path, [good, broken], "Tệp «hong.json»", "không phải tệp JSON")
    other = _json(tmp_path, "khac.json", {"format": "something-else"})
    _refused(tmp_path, [other], "Tệp «khac.json»", "không phải báo cáo tháng CAXA")
    bad_value = layout("2", "Công an xã B", {"schedule.patrols": ("Tuần tra", "lượt", "hai mươi hai", False)})
    _refused(tmp_path, [_json(tmp_path, "chu.json", bad_value)], "Tệp «chu.json»", "không phải số")
    unit = _json(tmp_path, "c.json", layout("3", "Công an xã C", {"schedule.patrols": ("Tuần tra", "buổi", 2,
                                                                                      False)}))
    _refused(tmp_path, [good, unit], "Tệp «c.json»", "đơn vị «buổi»", "«lượt»")
    text = tmp_path / "a.csv"
    text.write_text("x", encoding="utf-8")
    _refused(tmp_path, [text], "Tệp «a.csv»", ".json hoặc .xlsx")
    _refused(tmp_path, [tmp_path / "khong-co.json"], "Tệp «khong-co.json»", "không có")
    with pytest.raises(ValidationError, match="chưa chọn tệp"):
        merge.combine([])


def test_the_command(tmp_path, capsys):
    a = _json(tmp_path, "a.json", layout("1", "Công an xã A", {"schedule.patrols": PATROLS}))
    b = _json(tmp_path, "b.json", layout("2", "Công an xã B", {"schedule.patrols": PATROLS}))
    parser = argparse.ArgumentParser()
    add_merge_parser(parser.add_subparsers())
    out = tmp_path / "tong-hop.xlsx"
    args = parser.parse_args(["merge", str(a), str(b), "--xlsx", str(out)])
    assert args.needs == "open"
    assert args.func(args) == 0
    said = capsys.readouterr().out
    assert "Đã tổng hợp 2 đơn vị, 1 chỉ tiêu, kỳ từ ngày 01/11/2026 đến ngày 30/11/2026" in said
    assert _rows(out)[-1][:5] == (None, "Tổng cộng", None, None, 44)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
