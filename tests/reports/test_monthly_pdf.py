"""The monthly report's PDF: every label and figure extracts exactly, long narrative flows over pages,
the appendix header repeats, the signature never stands alone, a draft says so, and issuing numbers it."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.register import issuing
from desktop.register import service as register
from desktop.reports.monthly import pdf
from desktop.reports.monthly.model import Figure, Item, Narrative, Section
from tests.reports.monthly_sample import configure, figures_i, figures_ii, pages, report, text

DUMP = os.environ.get("CAXA_DUMP_PDF")  # a folder: write the PDFs there to look at them


def _render(db, admin, rep, name: str, *, issue: bool = False) -> bytes:  # noqa: ANN001
    with db.uow(admin) as work:
        if issue:
            with issuing.issuing():
                data = pdf.render(work, rep)
        else:
            data = pdf.render(work, rep)
    if DUMP:
        Path(DUMP, f"{name}.pdf").write_bytes(data)
    return data


def test_every_label_and_figure_extracts_exactly(db, admin):
    configure(db, admin)
    data = _render(db, admin, report(), "draft")
    body = text(data)
    assert "BÁO CÁO" in body
    assert "Kết quả công tác Công an xã tháng 11 năm 2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)" in body
    assert "Kính gửi: - Công an tỉnh Lâm Đồng; - Đảng ủy, Ủy ban nhân dân xã Đắk Nia." in body
    assert "Số: /BC-CAX" in body and pdf.DRAFT_MARK in body
    for line in (
        "- Trộm cắp tài sản: 3 vụ (tháng trước 1, tăng 2; cùng kỳ năm trước 4, giảm 1; lũy kế năm 27).",
        "- Tai nạn giao thông: 2 vụ (tháng trước 2, bằng; cùng kỳ năm trước 0, tăng 2; lũy kế năm 15).",
    ):
        assert line in body
    assert ("- Số tiền phạt vi phạm hành chính: 12.500.000 đồng (tháng trước 3.000.000, tăng 9.500.000; "
            "lũy kế năm 41.750.000).") in body
    assert "- Hồ sơ cư trú được sắp xếp: 4.000 hồ sơ (tháng trước 3.500, tăng 500;" in body
    assert ("- Vật liệu nổ thu hồi: 12,5 kg (tháng trước 0,75, tăng 11,75; cùng kỳ năm trước 3, tăng 9,5; "
            "lũy kế năm 40,125).") in body
    assert "- Vũ khí đang quản lý cuối kỳ: 14 khẩu." in body
    for phrase in ("I. TÌNH HÌNH AN NINH, TRẬT TỰ", "II. KẾT QUẢ CÁC MẶT CÔNG TÁC", "III. ĐÁNH GIÁ CHUNG",
                   "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ",
                   "Tình hình an ninh chính trị trên địa bàn ổn định.", "1. Ưu điểm",
                   "2. Tồn tại, hạn chế và nguyên nhân", "Tiếp tục tuần tra vào ban đêm.",
                   "- Ngày 03/12/2026: Họp thôn — Họp bon Bu Sir (Nhà văn hóa bon).",
                   "Đề nghị Công an tỉnh hỗ trợ thêm phương tiện.", "Nơi nhận: - Như trên; "
                   "- Lãnh đạo Công an xã; - Lưu: VT.", "TRƯỞNG CÔNG AN XÃ", "Y Đức Niê",
                   pdf.APPENDIX_TITLE, "Mã kiểm chứng nhật ký"):
        assert phrase in body, phrase
    # the appendix: a row per figure with every comparison column and the change
    assert "1 Trộm cắp tài sản vụ 3 1 4 27 +2" in body
    assert "3 Số tiền phạt vi phạm hành chính đồng 12.500.000 3.000.000 x 41.750.000 +9.500.000" in body
    assert "6 Vũ khí đang quản lý cuối kỳ khẩu 14 x x x x" in body
    assert "5 Vật liệu nổ thu hồi kg 12,5 0,75 3 40,125 +11,75" in body


def test_issuing_takes_the_register_number_and_a_reprint_keeps_it(db, admin):
    configure(db, admin)
    rep = report(version=1)
    first = _render(db, admin, rep, "issued", issue=True)
    body = text(first)
    assert "Số: 01/BC-CAX" in body and pdf.DRAFT_MARK not in body
    assert "Đắk Nia, ngày 01 tháng 12 năm 2026" in body
    assert "(Kèm theo Báo cáo số 01/BC-CAX ngày 01/12/2026 của Công an xã Đắk Nia)" in body
    assert "Số: 01/BC-CAX" in text(_render(db, admin, rep, "reprint", issue=True))
    with db.uow(admin) as work:
        [entry] = register.list_entries(work)
    assert (entry.area, entry.record_key, entry.kind_code) == (
        "reports.monthly", "monthly:2026-11-01:v1", "BC"
    )
    # a correction is a new version: a new number, and the page says it replaces the earlier one
    second = text(_render(db, admin, report(version=2), "v2", issue=True))
    assert "Số: 02/BC-CAX" in second and "Bản điều chỉnh, ban hành lần thứ 2" in second


def test_fifty_pages_of_narrative_flow_and_the_signature_never_stands_alone(db, admin):
    configure(db, admin)
    sentence = "Lực lượng Công an xã phối hợp với các thôn, bon tuyên truyền, vận động nhân dân. "
    long_text = "\n".join(f"Đoạn {n}. " + sentence * 6 for n in range(1, 400))
    single_block = "Kiến nghị cuối cùng rất dài. " + sentence * 120  # one paragraph over a page long
    rep = report(narrative=Narrative(summary="Tóm tắt.", strengths=long_text, proposals=single_block))
    page_texts = pages(_render(db, admin, rep, "long"))
    assert len(page_texts) >= 50
    joined = " ".join(page_texts)
    assert "Đoạn 1. " in joined and "Đoạn 399. " in joined
    sign_page = next(i for i, p in enumerate(page_texts) if "Nơi nhận:" in p)
    signature = page_texts[sign_page]
    before_closing = signature.split("Nơi nhận:")[0]
    # lines of the last paragraph lead the closing on its page
    assert "phối hợp" in before_closing and len(before_closing.split()) >= 20
    assert "Y Đức Niê" in signature
    # page numbers from page 2, the audit mark on every page
    assert all("Mã kiểm chứng nhật ký" in p for p in page_texts)


def test_the_appendix_header_repeats_on_each_of_its_pages(db, admin):
    configure(db, admin)
    many = tuple(Figure(f"schedule.outreach_by_topic.t{n}", f"Tuyên truyền chủ đề số {n}", "buổi", n, n - 1,
                        0, n * 3) for n in range(1, 121))
    rep = report(sections=(Section("II", "Kết quả các mặt công tác", (Item("7", "Tuyên truyền", many),)),))
    page_texts = pages(_render(db, admin, rep, "appendix"))
    first = next(i for i, p in enumerate(page_texts) if pdf.APPENDIX_TITLE in p)
    appendix = page_texts[first:]
    assert len(appendix) >= 2
    for page in appendix:
        assert "STT Chỉ tiêu Đơn vị tính Tháng này Tháng trước Cùng kỳ năm trước Lũy kế năm" in page
    assert "120 Tuyên truyền chủ đề số 120 buổi 120 119 0 360 +1" in appendix[-1]
    assert "Nơi nhận:" not in " ".join(appendix)  # the appendix follows the signature


def test_a_mostly_zero_month_renders(db, admin):
    configure(db, admin)
    zero = [dataclasses.replace(f, value=0, previous=0, last_year=0, year_to_date=0)
            for f in figures_i() + figures_ii()]
    rep = report(sections=(Section("I", "Tình hình an ninh, trật tự", (Item("1", "Trật tự", tuple(zero)),)),),
                 narrative=Narrative())
    body = text(_render(db, admin, rep, "zero"))
    assert "- Trộm cắp tài sản: 0 vụ (tháng trước 0, bằng; cùng kỳ năm trước 0, bằng; lũy kế năm 0)." in body
    assert "III. ĐÁNH GIÁ CHUNG Không có." in body and "V. ĐỀ XUẤT, KIẾN NGHỊ Không có." in body
    # no sections at all (a station without records): still a valid report
    assert "BÁO CÁO" in text(_render(db, admin, report(sections=(), narrative=Narrative()), "empty"))


def test_format_value():
    from decimal import Decimal

    assert pdf.format_value(1_500_000) == "1.500.000"
    assert pdf.format_value(Decimal("1234.5")) == "1.234,5"
    assert pdf.format_value(Decimal("3.000")) == "3"
    assert pdf.format_change(-3) == "-3" and pdf.format_change(None) == "x" and pdf.format_change(0) == "0"


def test_a_station_without_its_letterhead_is_told_so(db, admin):
    with db.uow(admin) as work, pytest.raises(ValidationError, match="Báo cáo tháng: Tên cơ quan ban hành"):
        pdf.render(work, report())


def test_a_ward_whose_deputy_signs(db, admin):
    from desktop.register import signers
    from desktop.settings import save_station
    from desktop.staff import service as staff
    from tests.reports.monthly_sample import STATION

    ward = dataclasses.replace(STATION, commune_name="Phường Hòa Bình",
                               issuing_body="CÔNG AN PHƯỜNG HÒA BÌNH", parent_body="CÔNG AN THÀNH PHỐ HÀ NỘI",
                               unit_kind="phường",
                               head_title="TRƯỞNG CÔNG AN PHƯỜNG", place_name="Hòa Bình")
    with db.uow(admin) as work:
        save_station(work, ward)
        deputy = staff.add_officer(
            work, staff.OfficerInput("Nguyễn Văn Hùng", "Đại úy", "Phó Trưởng Công an phường")
        )
        signers.choose(work, deputy.id)
    body = text(_render(db, admin, report(version=1), "ward", issue=True))
    assert "Kết quả công tác Công an phường tháng 11 năm 2026" in body
    assert "Kính gửi: - Công an thành phố Hà Nội; - Đảng ủy, Ủy ban nhân dân phường Hòa Bình." in body
    assert "KT. TRƯỞNG CÔNG AN PHƯỜNG PHÓ TRƯỞNG CÔNG AN PHƯỜNG" in body and "Nguyễn Văn Hùng" in body
    assert "Lãnh đạo Công an phường" in body


def test_sections_three_to_five_as_compose_gives_them_print_the_text_once(db, admin):
    """compose carries the narrative in III–V's points (Item.text); the PDF prints each text once."""
    configure(db, admin)
    n = Narrative(summary="Tóm tắt tình hình.", strengths="Ưu điểm riêng.", shortcomings="",
                  next_tasks="Nhiệm vụ riêng.", proposals="Kiến nghị riêng.")
    sections = report().sections + (
        Section("III", "Đánh giá", (Item("1", "Ưu điểm", text=n.strengths),
                                    Item("2", "Tồn tại, hạn chế và nguyên nhân", text=n.shortcomings))),
        Section("IV", "Phương hướng, nhiệm vụ tháng tới",
                (Item("1", "Nhiệm vụ trọng tâm", text=n.next_tasks),)),
        Section("V", "Đề xuất, kiến nghị", (Item("1", "Đề xuất, kiến nghị", text=n.proposals),)),
    )
    stock = Figure("security.reports.pending_end", "Đang xác minh (cuối kỳ)", "tin", 2, 3, 1, None,
                   stock=True)
    sections = (Section("I", "Tình hình an ninh, trật tự", (Item("1", "Tin báo", (stock,)),)),) + sections[1:]
    body = text(_render(db, admin, report(sections=sections, narrative=n), "composed"))
    for once in ("Tóm tắt tình hình.", "Ưu điểm riêng.", "Nhiệm vụ riêng.", "Kiến nghị riêng."):
        assert body.count(once) == 1, once
    assert "III. ĐÁNH GIÁ 1. Ưu điểm Ưu điểm riêng. IV." in body  # the empty point is left out
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI 1. Nhiệm vụ trọng tâm Nhiệm vụ riêng. Các hoạt động" in body
    assert "V. ĐỀ XUẤT, KIẾN NGHỊ Kiến nghị riêng." in body
    # a count on the last day compares with the previous period's and last year's last days
    assert "- Đang xác minh (cuối kỳ): 2 tin (tháng trước 3, giảm 1; cùng kỳ năm trước 1, tăng 1)." in body
