import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop import audit
from desktop.errors import PermissionDenied, ValidationError
from desktop.register import service as register
from desktop.weapons import labels, printouts, service
from desktop.weapons.views import HandoverInput, WeaponSettingsView
from tests.weapons.conftest import at
from tests.weapons.printing import flat, text_of


@pytest.fixture
def forum(world):
    return world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 8, 9, 30),
            [
                world.item("súng kíp", seal="NP-001", description="Súng kíp báng gỗ, nòng 1,1 m"),
                world.item("súng cồn tự chế", "10", seal="NP-002"),
            ],
            event_text="Ngày hội toàn dân giao nộp vũ khí",
            witnesses=("Y Bhin Niê", "K'Thị Hương"),
            officer_ids=(world.officer, world.officer2),
        ),
    )


def test_receipt_pdf_reads_as_an_official_record(world, forum):
    pdf = world.run(printouts.print_receipt, forum.id)
    text = flat(text_of(pdf))
    for expected in (
        "CÔNG AN TỈNH LÂM ĐỒNG",
        "CÔNG AN XÃ ĐẮK NIA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 01/BB-CAX",
        "Đắk Nia, ngày 08 tháng 3 năm 2025",
        "BIÊN BẢN",
        "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ",
        "09 giờ 30 phút, ngày 08/03/2025",
        "Thượng úy Trần Thị Thu Hà, Trung úy Điểu K'Lung",
        "Y Bhin Niê, K'Thị Hương",
        "Y Thuông Niê",
        "067097106927",
        "Ngày hội toàn dân giao nộp vũ khí",
        "VK-2025-0001",
        "NP-002",
        "súng cồn tự chế",
        "1 khẩu súng kíp; 10 khẩu súng cồn tự chế",
        "NGƯỜI GIAO NỘP",
        "NGƯỜI CHỨNG KIẾN",
        "CÁN BỘ TIẾP NHẬN",
        "Trần Thị Thu Hà",
    ):
        assert expected in text, expected
    with world.db.uow(world.admin) as work:
        entries = audit.list_entries(work, audit.AuditFilter(table_name="weapon_receipt"))
    assert [e.action for e in entries][:2] == ["update", "print"]
    assert world.run(service.get_receipt, forum.id).printed_at is not None


def test_receipt_keeps_the_seal_it_was_signed_with(world, forum):
    gun = forum.items[0]
    gun = world.run(
        service.move_item, gun.id, gun.version, "taken_out", at(2025, 3, 9), holder="PC09", note="GĐ"
    )
    world.run(service.move_item, gun.id, gun.version, "returned", at(2025, 3, 10), seal_number="NP-GD1")
    text = flat(text_of(world.run(printouts.print_receipt, forum.id)))
    assert "NP-001" in text and "NP-GD1" not in text


def test_receipt_wording_is_configurable(world, forum, clerk):
    s = world.run(service.get_weapon_settings)
    custom = WeaponSettingsView(
        "Vào hồi {gio}, tại {dia_diem}, chúng tôi tiếp nhận từ {nguoi_giao}:",
        "Biên bản lập xong lúc 11 giờ.",
        s.handover_intro,
        False,
        s.version,
    )
    with pytest.raises(ValidationError) as err:
        world.run(service.save_weapon_settings, WeaponSettingsView("Lúc {gio_sai}", "", "", False, s.version))
    assert err.value.field == "Lời mở đầu biên bản tiếp nhận"
    world.run(service.save_weapon_settings, custom)
    text = flat(text_of(world.run(printouts.print_receipt, forum.id, actor=clerk)))
    assert (
        "Vào hồi 09 giờ 30 phút, ngày 08/03/2025, tại Nhà văn hóa thôn Nia Đơn, chúng tôi tiếp nhận từ "
        "Y Thuông Niê:" in text
    )
    assert "Biên bản lập xong lúc 11 giờ." in text


def test_viewer_cannot_make_the_first_print(world, forum, viewer):
    with pytest.raises(PermissionDenied):
        world.run(printouts.print_receipt, forum.id, actor=viewer)
    assert world.run(service.get_receipt, forum.id).printed_at is None
    world.run(printouts.print_receipt, forum.id)
    assert b"%PDF" in world.run(printouts.print_receipt, forum.id, actor=viewer)[:8]


def test_voided_receipt_is_not_printed(world, forum):
    world.run(service.void_receipt, forum.id, forum.version, "Lập trùng")
    with pytest.raises(ValidationError, match="đã hủy"):
        world.run(printouts.print_receipt, forum.id)


def test_handover_pdf_lists_kind_quantity_origin(world, forum):
    world.run(printouts.print_receipt, forum.id)  # the receipt is issued first: 01/BB-CAX in the register
    h = world.run(
        service.record_handover,
        HandoverInput(
            at(2025, 3, 20),
            "Phòng Cảnh sát QLHC về TTXH (PC06)",
            tuple(i.id for i in forum.items),
            "112/BB-PC06",
            "Đại úy Phan Minh Tuấn",
            "Y Đức Niê",
        ),
    )
    text = flat(text_of(world.run(printouts.print_handover, h.id)))
    for expected in (
        "Số: 02/BB-CAX",  # one register for the year: the handover cannot be 01 as well
        "Bàn giao vũ khí, vật liệu nổ, công cụ hỗ trợ",
        "Bên giao: Công an xã Đắk Nia",
        "Phòng Cảnh sát QLHC về TTXH (PC06)",
        "112/BB-PC06",
        "Tự nguyện giao nộp",
        "BB 01/BB-CAX ngày 08/03/2025",
        "Y Thuông Niê",
        "1 khẩu súng kíp; 10 khẩu súng cồn tự chế",
        "ĐẠI DIỆN BÊN NHẬN",
        "ĐẠI DIỆN BÊN GIAO",
        "Phan Minh Tuấn",
    ):
        assert expected in text, expected
    assert world.run(service.get_handover, h.id).printed_at is not None


def test_labels_carry_a_qr_code_of_each_identifier(world, forum, monkeypatch):
    more = world.run(
        service.record_receipt,
        world.receipt(
            at(2025, 3, 9), [world.item("đạn", "12", "viên", seal=f"NP-1{n:02d}") for n in range(9)]
        ),
    )
    ids = [i.id for i in forum.items] + [i.id for i in more.items]
    encoded: list[str] = []
    real_qr = labels._qr
    monkeypatch.setattr(
        labels, "_qr", lambda canvas, value, *a: (encoded.append(value), real_qr(canvas, value, *a))
    )
    pdf = world.run(labels.print_labels, ids)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert encoded == [f"VK-2025-{n:04d}" for n in range(1, 12)]
    first = flat(reader.pages[0].extract_text())
    assert "VK-2025-0001" in first and "Niêm phong: NP-001" in first and "súng kíp – 1 khẩu" in first
    assert "BB ngày 08/03/2025 (chưa in)" in first  # not printed yet: no register number
    world.run(printouts.print_receipt, forum.id)
    again = PdfReader(io.BytesIO(world.run(labels.labels_for, ids)))
    assert "BB 01/BB-CAX – 08/03/2025" in flat(again.pages[0].extract_text())
    assert "VK-2025-0011" in flat(reader.pages[1].extract_text())
    with pytest.raises(ValidationError):
        world.run(labels.print_labels, [])


def test_signature_block_stays_on_one_page(world):
    """Never a page of signatures alone: the last table rows come along; a record of several pages says
    how many and leaves a line for initials on each."""
    long = "Súng cồn tự chế, nòng ống tuýp sắt, thân nhựa PVC, bình ga mini, báng gỗ, dây đeo bằng vải dù"
    for n in range(3, 12):
        r = world.run(service.record_receipt, world.receipt(at(2025, 3, 8), [
            world.item("súng cồn tự chế", description=f"{long} số {k}") for k in range(n)]))
        pdf = world.run(printouts.print_receipt, r.id)
        pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
        with_titles = [p for p in pages if "NGƯỜI LẬP BIÊN BẢN" in p]
        assert len(with_titles) == 1 and with_titles[0] == pages[-1], n
        assert "Trần Thị Thu Hà" in pages[-1], n
        assert f"số {n - 1}" in pages[-1], n  # the table's last row signs with the parties
        if len(pages) > 1:
            assert f"Biên bản gồm {len(pages):02d} trang" in pages[-1], n
            assert all("ký nháy" in p for p in pages), n
        else:
            assert "Biên bản gồm" not in pages[0], n


def test_handover_of_a_receipt_never_printed_cites_no_number(world, forum):
    h = world.run(
        service.record_handover,
        HandoverInput(at(2025, 3, 20), "Phòng PC06", tuple(i.id for i in forum.items), "", "", "Y Đức Niê"),
    )
    text = flat(text_of(world.run(printouts.print_handover, h.id)))
    assert "Số: 01/BB-CAX" in text  # the handover is the year's first issued document
    assert "BB ngày 08/03/2025 (chưa in)" in text and "BB 01/BB-CAX" not in text


def test_screen_and_paper_carry_the_same_register_number(world, forum):
    # a report went out first this year: the receipt is the register's 2nd document, its own sequence 1
    report = register.IssueInput("BC", dt.date(2025, 3, 8), "Báo cáo tuần", unit_symbol="CAX")
    world.run(register.issue, report)
    assert [r.label for r in world.run(service.list_receipts)] == ["Chưa cấp số"]
    text = flat(text_of(world.run(printouts.print_receipt, forum.id)))
    assert "Số: 02/BB-CAX" in text
    (row,) = world.run(service.list_receipts)
    view = world.run(service.get_receipt, forum.id)
    assert (row.label, view.label, view.number) == ("02/BB-CAX", "02/BB-CAX", 1)
    assert {i.receipt_label for i in view.items} == {"02/BB-CAX"}
    with world.db.uow(world.admin) as work:
        logged = audit.list_entries(work, audit.AuditFilter(table_name="weapon_receipt"))
    assert [e.summary for e in logged if e.action == "print"] == ["In biên bản tiếp nhận 02/BB-CAX"]
    # a reprint keeps the number and logs it again under the same number
    assert "Số: 02/BB-CAX" in flat(text_of(world.run(printouts.print_receipt, forum.id)))
    assert world.run(service.get_receipt, forum.id).label == "02/BB-CAX"


@pytest.mark.parametrize("items", [1, 2, 3])
def test_receipt_of_a_few_items_fits_one_page(world, items):
    """Giver, witness and officer sign a receipt of 1 to 3 items on its one page, at ND30's sizes (body
    13 pt, single line spacing), with the station's legal basis and each item's details in full."""
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 8), [
        world.item("súng kíp", seal=f"NP-00{k}", description="Súng kíp báng gỗ, nòng 1,1 m",
                   condition="Đã cũ, rỉ sét") for k in range(items)],
        event_text="Ngày hội toàn dân giao nộp vũ khí"))
    reader = PdfReader(io.BytesIO(world.run(printouts.print_receipt, r.id)))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    for expected in ("Căn cứ Luật Quản lý", "Ngày hội toàn dân giao nộp vũ khí", f"VK-2025-{items:04d}",
                     f"Tổng cộng: {items} khẩu súng kíp", "NGƯỜI GIAO NỘP", "NGƯỜI CHỨNG KIẾN",
                     "NGƯỜI LẬP BIÊN BẢN", "Trần Thị Thu Hà"):
        assert expected in text, expected
    assert "Biên bản gồm" not in text and "ký nháy" not in text


def _lowest_text(page, skip: tuple[str, ...] = ("Chữ ký (ký nháy)", "Mã kiểm chứng")) -> float:
    """How far down the page its body text reaches (points from the bottom; the footer lines left out)."""
    ys: list[float] = []

    def seen(text, _cm, tm, _font, _size):
        if text.strip() and not text.strip().startswith(skip):
            ys.append(tm[5])

    page.extract_text(visitor_text=seen)
    return min(ys)


def test_a_found_item_signed_by_five_fills_its_first_page(world):
    """The demo's found-item receipt: one item, five signers (the finder, two witnesses, two officers).
    It fits one page when it can; else page 1 holds the item table with its totals and runs well past
    half the page, and page 2 carries the closing text with the signatures — never signatures alone."""
    r = world.run(service.record_receipt, world.receipt(
        at(2025, 8, 1, 9, 15), [world.item("súng kíp", seal="NP-2025-001", condition="Rỉ sét nặng")],
        origin="found", place="Rẫy cà phê giáp bon Bu Sir", person_name="Điểu Minh",
        witnesses=("Lê Thị Mai", "Y Bhin Niê"), officer_ids=(world.officer, world.officer2),
        notes="Người dân phát hiện khi cuốc đất, báo Công an xã."))
    reader = PdfReader(io.BytesIO(world.run(printouts.print_receipt, r.id)))
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert sum("NGƯỜI CHỨNG KIẾN" in p for p in pages) == 1 and "NGƯỜI LẬP BIÊN BẢN" in pages[-1]
    assert "NGƯỜI PHÁT HIỆN" in pages[-1] and "CÁN BỘ TIẾP NHẬN" in pages[-1]  # one grid, 3 + 2
    if len(pages) == 1:
        return
    assert len(pages) == 2
    first, last = pages
    assert r.items[0].code in first and "Tổng cộng" in first
    assert "Biên bản kết thúc" in last  # the closing text signs with the parties
    assert "Biên bản gồm 02 trang" in last and all("ký nháy" in p for p in pages)
    height = float(reader.pages[0].mediabox.height)
    assert _lowest_text(reader.pages[0]) < height / 3, "page 1 is half empty"
