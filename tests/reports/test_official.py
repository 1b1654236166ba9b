"""Official document layout (ND30): text, page numbers, fonts, atomic writes, validation."""

from __future__ import annotations

import dataclasses
import datetime
import io
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import fonts, official
from desktop.reports.official import (
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureColumns,
    Signer,
    Table,
    escape,
    format_number,
    format_place_date,
    render,
    render_bytes,
)

LETTERHEAD = Letterhead("Công an tỉnh Lâm Đồng", "Công an xã Đắk Nia", "Đắk Nia")
HEADER = (("STT", "Họ và tên", "Địa bàn", "Nội dung", "Số người"),)


def _rows(n: int) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(i), f"Người thứ {i:03d}", f"bon Bu Sir, thôn {i % 7 + 1}",
         "Tuần tra, kiểm soát" if i % 3 else "Tuyên truyền pháp luật về an toàn giao thông", str(i * 3))
        for i in range(1, n + 1)
    )


def sample_report(**changes: object) -> Document:
    doc = Document(
        letterhead=LETTERHEAD,
        kind_code="BC",
        title="Báo cáo",
        subject="Kết quả công tác tháng 12 năm 2025",
        doc_date=datetime.date(2026, 1, 5),
        number=5,
        addressees=("Công an tỉnh Lâm Đồng",),
        body=(
            Heading("I. TÌNH HÌNH AN NINH, TRẬT TỰ"),
            Paragraph("Nguyễn Thị Ánh Tuyết phụ trách địa bàn bon Bu Sir đã vận động nhân dân giao nộp "
                      "01 khẩu súng kíp và 10 khẩu súng cồn tự chế."),
            Heading("II. KẾT QUẢ CÔNG TÁC"),
            Heading("1. Tuần tra, kiểm soát", level=2),
            Paragraph("Tổ chức 22 lượt tuần tra; <b>2 điểm nóng</b> giao thông trên Quốc lộ 28."),
            Heading("a) Danh sách chi tiết", level=3),
            Table(header=HEADER, rows=_rows(120), col_widths=(0.7, 2.2, 2, 3, 1),
                  align=("center", "left", "left", "left", "right")),
            Heading("III. PHƯƠNG HƯỚNG THÁNG TỚI"),
            Paragraph("Tiếp tục thực hiện Đề án 06, rà soát, làm sạch dữ liệu dân cư."),
        ),
        recipients=("Công an tỉnh (PC06)", "Lưu: VT"),
        signer=Signer("Trưởng Công an xã", "Y Đức Niê", "Thiếu tá"),
    )
    return dataclasses.replace(doc, **changes)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _top_texts(page) -> list[str]:
    """Text drawn in the top margin of a page."""
    limit = float(page.mediabox.height) - official.MARGIN_TOP
    found: list[str] = []

    def visit(text, cm, tm, _font, _size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > limit:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def _baselines(page) -> dict[str, float]:
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.setdefault(text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> tuple[int, PdfReader]:
    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    pages = render(sample_report(), path)
    return pages, PdfReader(path)


# ------------------------------------------------------------------ the sample report


def test_report_text_is_extractable_in_vietnamese(report_pdf):
    _, reader = report_pdf
    text = _flat("\n".join(page.extract_text() for page in reader.pages))
    for expected in (
        "CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ ĐẮK NIA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-CAX", "Đắk Nia, ngày 05 tháng 01 năm 2026",
        "BÁO CÁO", "Kết quả công tác tháng 12 năm 2025", "Kính gửi: Công an tỉnh Lâm Đồng.",
        "Nguyễn Thị Ánh Tuyết", "bon Bu Sir", "2 điểm nóng",
        "Nơi nhận:", "- Công an tỉnh (PC06);", "- Lưu: VT.",
        "TRƯỞNG CÔNG AN XÃ", "Thiếu tá", "Y Đức Niê",
    ):
        assert expected in text, expected


def test_report_spans_pages_and_returns_page_count(report_pdf):
    pages, reader = report_pdf
    assert pages == len(reader.pages) > 1


def test_page_numbers_only_from_page_two_in_top_margin(report_pdf):
    _, reader = report_pdf
    assert _top_texts(reader.pages[0]) == []
    for number, page in enumerate(reader.pages[1:], start=2):
        assert _top_texts(page) == [str(number)]


def test_number_and_place_date_share_a_baseline(report_pdf):
    _, reader = report_pdf
    lines = _baselines(reader.pages[0])
    assert lines["Số: 05/BC-CAX"] == pytest.approx(lines["Đắk Nia, ngày 05 tháng 01 năm 2026"], abs=0.5)
    national = lines["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert lines["CÔNG AN TỈNH LÂM ĐỒNG"] == pytest.approx(national, abs=0.5)


def test_table_header_repeated_on_every_page_it_spans(report_pdf):
    _, reader = report_pdf
    texts = [page.extract_text() for page in reader.pages]
    spanned = [text for text in texts if re.search(r"Người thứ \d{3}", text)]
    assert len(spanned) >= 3
    for text in spanned:
        assert "Họ và tên" in text and "Số người" in text
    all_text = "".join(spanned)
    assert "Người thứ 001" in all_text and "Người thứ 120" in all_text


def test_signature_kept_with_recipients_and_last_paragraph(report_pdf):
    _, reader = report_pdf
    last = _flat(reader.pages[-1].extract_text())
    for expected in ("Nơi nhận:", "TRƯỞNG CÔNG AN XÃ", "Y Đức Niê", "làm sạch dữ liệu dân cư"):
        assert expected in last


def test_fonts_are_embedded_truetype_subsets(report_pdf):
    _, reader = report_pdf
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            seen.add(font["/BaseFont"])
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert re.match(r"/[A-Z]{6}\+", font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert len(seen) >= 3  # regular, bold, italic (and bold italic for "Nơi nhận")


def test_metadata(report_pdf):
    _, reader = report_pdf
    meta = reader.metadata
    assert meta.title == "BÁO CÁO Kết quả công tác tháng 12 năm 2025"
    assert meta.author == "CÔNG AN XÃ ĐẮK NIA"
    assert meta.creator == "CAXA"


# ------------------------------------------------------------------ formatting


@pytest.mark.parametrize(("day", "expected"), [
    (datetime.date(2026, 1, 5), "Đắk Nia, ngày 05 tháng 01 năm 2026"),
    (datetime.date(2026, 2, 15), "Đắk Nia, ngày 15 tháng 02 năm 2026"),
    (datetime.date(2026, 3, 5), "Đắk Nia, ngày 05 tháng 3 năm 2026"),
    (datetime.date(2026, 10, 1), "Đắk Nia, ngày 01 tháng 10 năm 2026"),
    (datetime.date(2026, 12, 20), "Đắk Nia, ngày 20 tháng 12 năm 2026"),
])
def test_format_place_date(day, expected):
    assert format_place_date("Đắk Nia", day) == expected


def test_format_number():
    assert format_number(5, "BC", "CAX") == "Số: 05/BC-CAX"
    assert format_number(12, "BC", "CAX") == "Số: 12/BC-CAX"
    assert format_number(123, "BB", "CAX") == "Số: 123/BB-CAX"
    assert format_number(None, "BC", "CAX") == "Số:      /BC-CAX"
    with pytest.raises(ValueError, match="Số văn bản"):
        format_number(0, "BC", "CAX")


def test_escape():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_nfd_input_comes_out_nfc():
    name = "Nguyễn Văn Đức Thường"
    doc = sample_report(body=(Paragraph(unicodedata.normalize("NFD", name)),),
                        subject=unicodedata.normalize("NFD", "Kết quả tháng"))
    text = _flat(PdfReader(io.BytesIO(render_bytes(doc))).pages[0].extract_text())
    assert name in text and "Kết quả tháng" in text
    assert not any(unicodedata.combining(ch) for ch in text)


def test_markup_is_sanitised_and_plain_text_escaped():
    doc = sample_report(body=(
        Paragraph("so sánh a < b & c > d <script>x</script> <b>đậm chưa đóng"),
        Heading("1. Mục <i>không</i> phải markup", level=2),
        Table(header=(("A&B", "<C>"),), rows=(("x < y", "Dòng 1\nDòng 2"),)),
    ))
    text = _flat(PdfReader(io.BytesIO(render_bytes(doc))).pages[0].extract_text())
    assert "so sánh a < b & c > d <script>x</script> đậm chưa đóng" in text
    assert "1. Mục <i>không</i> phải markup" in text
    assert "A&B" in text and "<C>" in text and "x < y" in text and "Dòng 2" in text


def test_other_layouts_render():
    doc = sample_report(
        kind_code="BB", title="Biên bản", number=None, show_place_date=False,
        subject="Tiếp nhận vũ khí do nhân dân tự nguyện giao nộp",
        addressees=("Công an tỉnh Lâm Đồng", "Ủy ban nhân dân xã Đắk Nia;"),
        body=(Paragraph("Trang một.", indent=False), PageBreak(), Paragraph("Trang hai."),
              SignatureColumns((("Người giao nộp", "K' Brăng"), ("Người lập biên bản", "")))),
        recipients=(),
        signer=Signer("KT. Trưởng Công an xã\nPhó Trưởng Công an xã", "Trần Thị Hoa"),
    )
    buf = io.BytesIO()
    assert render(doc, buf) == 2
    reader = PdfReader(buf)
    first, second = (_flat(p.extract_text()) for p in reader.pages)
    assert "/BB-CAX" in first and "ngày" not in first and "Nơi nhận" not in first + second
    assert "Kính gửi:" in first and "- Công an tỉnh Lâm Đồng;" in first
    assert "- Ủy ban nhân dân xã Đắk Nia." in first
    assert "Trang hai." in second and "NGƯỜI GIAO NỘP" in second and "(Ký, ghi rõ họ tên)" in second
    assert "KT. TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ" in second and "Trần Thị Hoa" in second


# ------------------------------------------------------------------ validation


def test_empty_title_rejected():
    with pytest.raises(ValueError, match="[Tt]iêu đề"):
        render_bytes(sample_report(title="  "))


def test_empty_subject_rejected():
    with pytest.raises(ValueError, match="[Tt]rích yếu"):
        render_bytes(sample_report(subject=""))


def test_ragged_table_row_rejected():
    table = Table(header=(("A", "B", "C"),), rows=(("1", "2", "3"), ("4", "5")))
    with pytest.raises(ValueError, match="dòng 2 có 2 ô"):
        render_bytes(sample_report(body=(table,)))


def test_bad_heading_level_and_widths_rejected():
    with pytest.raises(ValueError, match="cấp 4"):
        render_bytes(sample_report(body=(Heading("x", level=4),)))
    with pytest.raises(ValueError, match="độ rộng cột"):
        render_bytes(sample_report(body=(Table(header=(("A", "B"),), rows=(), col_widths=(1,)),)))


def test_body_size_and_line_spacing_stay_within_nd30():
    """13 to 14 pt, single (1.15) to 1.5 lines; the smaller setting takes fewer lines."""
    with pytest.raises(ValueError, match="Cỡ chữ phần nội dung 12"):
        render_bytes(sample_report(body_size=12))
    with pytest.raises(ValueError, match="Giãn dòng 1.0"):
        render_bytes(sample_report(line_spacing=1.0))
    long = (Paragraph("Nội dung báo cáo tháng của Công an xã. " * 400),)
    pages = [len(PdfReader(io.BytesIO(render_bytes(sample_report(body=long, **kw)))).pages)
             for kw in ({}, {"body_size": 13, "line_spacing": 1.15})]
    assert pages[0] > pages[1]


# ------------------------------------------------------------------ atomic write


def test_invalid_document_leaves_no_file(tmp_path):
    target = tmp_path / "out.pdf"
    table = Table(header=(("A", "B"),), rows=(("1",),))
    with pytest.raises(ValueError):
        render(sample_report(body=(table,)), target)
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_render_keeps_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old report")

    def broken_build(*args, **kwargs):
        out = args[3]
        out.write(b"%PDF-1.4 partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(official, "_build", broken_build)
    with pytest.raises(RuntimeError):
        render(sample_report(), target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_layout_failure_is_a_vietnamese_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "out.pdf"
    huge = Table(header=(("A", "B"),), rows=(("chữ " * 8000, "x"),), col_widths=(1, 5))
    with pytest.raises(ValueError, match="dài hơn cả một trang"):
        render(sample_report(body=(huge,)), target)
    assert list(tmp_path.iterdir()) == []


def test_success_replaces_existing_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old report")
    render(sample_report(body=()), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


# ------------------------------------------------------------------ fonts


def test_font_dir_without_a_family_falls_back(tmp_path, monkeypatch):
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    system = fonts.find_serif_family()
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    assert fonts.find_serif_family() == system
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):  # not fonts at all
        (tmp_path / name).write_bytes(b"not a font")
    assert fonts.find_serif_family() == system


def test_font_dir_override_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    family = fonts.find_serif_family()
    for path in (family.regular, family.bold, family.italic, family.bold_italic):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setenv(fonts.FONT_DIR_ENV, str(tmp_path))
    found = fonts.find_serif_family()
    assert found.name == family.name and found.regular.parent == tmp_path


def test_no_font_raises_vietnamese_message(tmp_path, monkeypatch):
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    monkeypatch.setattr(fonts, "_system_roots", lambda: [tmp_path / "nowhere"])
    with pytest.raises(fonts.FontNotFound, match="Không tìm thấy phông chữ Times New Roman"):
        fonts.find_serif_family()


def test_family_without_vietnamese_letters_is_skipped(tmp_path, monkeypatch):
    old = Path("/usr/share/fonts/truetype/liberation")  # Liberation 1.x has no ạ, ầ, ữ …
    if not (old / "LiberationSerif-Regular.ttf").exists() or not fonts._missing_letters(
        old / "LiberationSerif-Regular.ttf"
    ):
        pytest.skip("no font lacking Vietnamese letters installed")
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    monkeypatch.setattr(fonts, "_system_roots", lambda: [old])
    with pytest.raises(fonts.FontNotFound):
        fonts.find_serif_family()


def test_registered_family_is_cached():
    name = fonts.register_family()
    assert name == fonts.register_family()
    assert name.startswith("CAXA-")
