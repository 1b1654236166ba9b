"""What the weapons records say and who signs them: a seizure is no hand-in, ownerless finds name the
finder, every named person has a place to sign, handovers name both sides, the law cited is a setting."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.staff import service as staff
from desktop.staff.service import OfficerInput
from desktop.weapons import printouts, service
from desktop.weapons.categories import DEFAULT_LEGAL_BASIS
from desktop.weapons.views import HandoverInput, WeaponSettingsView
from tests.weapons.conftest import at
from tests.weapons.printing import flat, text_of


def _text(world, receipt) -> str:
    return flat(text_of(world.run(printouts.receipt_pdf, receipt.id)))


def test_seizure_is_held_not_handed_in(world):
    r = world.run(
        service.record_receipt,
        world.receipt(at(2025, 3, 8), [world.item("vũ khí thô sơ", unit="cái")], origin="seized"),
    )
    text = _text(world, r)
    assert "Tạm giữ vũ khí, vật liệu nổ, công cụ hỗ trợ" in text
    assert "Người vi phạm / người có đồ vật: Y Thuông Niê" in text
    assert "NGƯỜI VI PHẠM / NGƯỜI CÓ ĐỒ VẬT" in text and "CÁN BỘ TẠM GIỮ" not in text  # one officer drafts
    assert "giao nộp" not in text.lower() and "tịch thu" not in text.lower()
    assert "mỗi bên giữ 01 bản" not in text.lower() and "người vi phạm / người có đồ vật giữ 01 bản" in text


def test_confiscation_only_with_the_sanction_decision(world):
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 8),
            [world.item("vũ khí thô sơ", unit="cái")],
            origin="seized",
            sanction_number="12/QĐ-XPVPHC",
            sanction_date=dt.date(2025, 3, 7),
        ),
    )
    text = _text(world, r)
    assert "Tịch thu vũ khí, vật liệu nổ, công cụ hỗ trợ" in text
    assert "Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC ngày 07/03/2025" in text
    assert "tạm giữ" not in text.lower()


def test_ownerless_find_names_the_finder_who_signs(world):
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 8),
            [world.item("lựu đạn", unit="quả")],
            origin="found",
            person_name="Điểu Xiêng",
            person_id_number="",
        ),
    )
    text = _text(world, r)
    assert "không xác định được chủ sở hữu do Điểu Xiêng phát hiện" in text
    assert "Người phát hiện: Điểu Xiêng" in text and "NGƯỜI PHÁT HIỆN" in text
    assert "giao nộp" not in text.lower()


def test_every_named_person_signs_with_rank_and_position(world):
    drafter = world.run(staff.add_officer, OfficerInput("Lê Văn Lập", "Trung úy", "Cán bộ điều tra")).id
    r = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 8),
            [world.item("súng kíp")],
            officer_ids=(world.officer, world.officer2),
            witnesses=("Y Bhin Niê", "K'Thị Hương", "Trần Văn Quý"),
            drafted_by=drafter,
        ),
    )
    text = _text(world, r)
    assert text.count("NGƯỜI CHỨNG KIẾN") == 3 and text.count("CÁN BỘ TIẾP NHẬN") == 2
    named = ("Y Thuông Niê", "Y Bhin Niê", "K'Thị Hương", "Trần Văn Quý", "Trần Thị Thu Hà", "Điểu K'Lung")
    for name in named:
        assert text.count(name) >= 2, name  # named in the text and under a place to sign
    assert "NGƯỜI LẬP BIÊN BẢN" in text and "Lê Văn Lập Trung úy, Cán bộ điều tra" in text
    assert "Thượng úy Trần Thị Thu Hà" in text
    assert "(Ký, ghi rõ họ tên)" in text and "CMND" not in text
    assert "người giao nộp giữ 01 bản, Công an xã Đắk Nia giữ 01 bản" in text


def test_legal_basis_is_a_station_setting(world):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 8), [world.item("súng kíp")]))
    text = _text(world, r)
    assert "42/2024/QH15" in text and "149/2024/NĐ-CP" in text and "75/2024/TT-BCA" in text
    # the decree's date and exact title (thuvienphapluat.vn, verified in session 20)
    assert ("Nghị định số 149/2024/NĐ-CP ngày 15 tháng 11 năm 2024 của Chính phủ quy định chi tiết một số "
            "điều và biện pháp thi hành Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;"
            in " ".join(text.split()))
    s = world.run(service.get_weapon_settings)
    assert s.legal_basis == DEFAULT_LEGAL_BASIS
    world.run(
        service.save_weapon_settings,
        WeaponSettingsView(s.receipt_intro, s.receipt_closing, s.handover_intro, False, s.version,
                           "Căn cứ Luật số 99/2030/QH17;"),
    )
    text = _text(world, r)
    assert "Căn cứ Luật số 99/2030/QH17;" in text and "42/2024/QH15" not in text


def test_handover_names_place_and_both_sides(world):
    data = world.receipt(at(2025, 3, 8), [world.item("súng kíp", seal="NP-1")])
    r = world.run(service.record_receipt, data)
    chief = world.run(staff.add_officer, OfficerInput("Y Đức Niê", "Thiếu tá", "Trưởng Công an xã")).id
    h = world.run(
        service.record_handover,
        HandoverInput(
            at(2025, 3, 20),
            "Phòng Cảnh sát QLHC về TTXH (PC06)",
            (r.items[0].id,),
            receiver_name="Phan Minh Tuấn",
            receiver_rank="Đại úy",
            receiver_position="Cán bộ Đội QLVK",
            deliverer_id=chief,
            place="Trụ sở Công an tỉnh Lâm Đồng",
        ),
    )
    assert h.deliverer is not None and h.deliverer_name == "Y Đức Niê"
    pdf = world.run(printouts.handover_pdf, h.id)
    text = flat(text_of(pdf))
    assert "tại Trụ sở Công an tỉnh Lâm Đồng" in text
    assert "Đại diện: Thiếu tá Y Đức Niê, chức vụ: Trưởng Công an xã" in text
    assert "Đại diện: Đại úy Phan Minh Tuấn, chức vụ: Cán bộ Đội QLVK" in text
    # the delivering side signs left, the receiving side right
    last = flat(PdfReader(io.BytesIO(pdf)).pages[-1].extract_text())
    assert last.index("ĐẠI DIỆN BÊN GIAO") < last.index("ĐẠI DIỆN BÊN NHẬN")
    assert "Thiếu tá, Trưởng Công an xã" in last and "Đại úy, Cán bộ Đội QLVK" in last


def test_stocktake_prints_the_time_and_unbroken_seal_numbers(world):
    seals = [f"NP-2025-{n:05d}-BIS" for n in range(3)]
    world.run(
        service.record_receipt,
        world.receipt(at(2025, 3, 8), [world.item("súng kíp", seal=s) for s in seals]),
    )
    st = world.run(service.start_stocktake, dt.date(2025, 3, 30), ("Trần Thị Thu Hà", "Khách Mời"), "",
                   dt.time(14, 30))
    text = flat(text_of(world.run(printouts.stocktake_pdf, st.id)))
    assert "vào hồi 14 giờ 30 phút, ngày 30/03/2025" in text
    for seal in seals:
        assert seal in text, seal  # a number broken over two lines would not read whole
    assert text.count("THÀNH VIÊN KIỂM KÊ") == 2 and "Thượng úy" in text


@pytest.mark.parametrize(
    ("name", "unit", "quantity"),
    [("kíp nổ", "cái", "20"), ("dây nổ", "mét", "12,5"), ("dây cháy chậm", "mét", "3"),
     ("phụ kiện nổ khác", "cái", "1"), ("dao có tính sát thương cao", "cái", "2"),
     ("vũ khí thể thao", "khẩu", "1")],
)
def test_new_categories_and_metres(world, name, unit, quantity):
    cats = {c.name: c for c in world.run(service.list_categories)}
    assert cats[name].default_unit == unit and cats[name].builtin
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 8), [world.item(name, quantity, unit)]))
    assert r.items[0].unit == unit and r.items[0].quantity_text == f"{quantity} {unit}"
    added = world.run(service.add_category, service.CategoryInput("súng bắn đinh", "cái"))
    assert added.name in {c.name for c in world.run(service.list_categories)}  # the station's own


def _pages(pdf: bytes, tmp_path) -> list[str]:
    """The text of each page as pdftotext reads it (one call per page)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        return [flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    path = tmp_path / "record.pdf"
    path.write_bytes(pdf)
    count = len(PdfReader(io.BytesIO(pdf)).pages)
    return [
        flat(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                            capture_output=True, text=True, check=True).stdout)
        for n in range(1, count + 1)
    ]


def test_no_page_holds_only_signatures(world, tmp_path):
    """Handovers of growing size: the signatures always share their page with table rows; a record
    of several pages counts them and has a line for initials on each."""
    for n in range(6, 31, 3):
        data = world.receipt(
            at(2025, 3, 8), [world.item("đạn", "12", "viên", seal=f"NP-{n:02d}-{k:03d}") for k in range(n)]
        )
        items = world.run(service.record_receipt, data).items
        h = world.run(
            service.record_handover,
            HandoverInput(at(2025, 3, 20), "PC06", tuple(i.id for i in items), receiver_name="Phan Tuấn"),
        )
        pages = _pages(world.run(printouts.handover_pdf, h.id), tmp_path)
        signed = [p for p in pages if "ĐẠI DIỆN BÊN GIAO" in p]
        assert len(signed) == 1 and signed[0] == pages[-1], n
        assert h.items[-1].code in pages[-1], n  # the last table row stays with the signatures
    long = "Súng cồn tự chế, nòng ống tuýp sắt, thân nhựa PVC, bình ga mini, báng gỗ, dây đeo bằng vải dù"
    for n in (6, 9, 14):
        data = world.receipt(
            at(2025, 3, 9),
            [world.item("súng cồn tự chế", description=f"{long} số {k}") for k in range(n)],
            witnesses=("Y Bhin Niê", "K'Thị Hương", "Trần Văn Quý"),
            officer_ids=(world.officer, world.officer2),
        )
        r = world.run(service.record_receipt, data)
        pages = _pages(world.run(printouts.receipt_pdf, r.id), tmp_path)
        assert len(pages) > 1
        assert f"Biên bản gồm {len(pages):02d} trang" in pages[-1]
        assert all("ký nháy" in p for p in pages)
        assert r.items[-1].code in pages[-1] and "NGƯỜI LẬP BIÊN BẢN" in pages[-1]
        assert not any("NGƯỜI CHỨNG KIẾN" in p for p in pages[:-1])
