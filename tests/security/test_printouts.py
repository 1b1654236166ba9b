import datetime as dt
import io

from pypdf import PdfReader
from sqlalchemy import select

from desktop import settings
from desktop.audit import AuditEntry
from desktop.cli import main
from desktop.reports.official import render_bytes
from desktop.security import reports
from desktop.security.printouts import reports_register
from desktop.security.views import ReportInput
from tests.security.conftest import at


def _text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages).split())


def _station(work):
    settings.save_station(
        work,
        settings.StationView(
            commune_name="Xã Đắk Nia",
            parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
            issuing_body="CÔNG AN XÃ ĐẮK NIA",
            place_name="Đắk Nia",
            head_name="Y Đức Niê",
            head_title="TRƯỞNG CÔNG AN XÃ",
        ),
    )


def test_register_pdf_lists_each_report(db, admin, base):
    with db.uow(admin) as work:
        _station(work)
        reports.add_report(
            work,
            ReportInput(
                at(2026, 1, 5, 9, 30),
                "in_person",
                "Tố giác mất trộm xe máy",
                base.a,
                "denunciation",
                source_person_id=base.p1,
                source_contact="thôn Nia Đơn",
                status="transferred",
                transferred_to="Cơ quan CSĐT Công an tỉnh",
                transferred_on=dt.date(2026, 1, 7),
                transfer_number="03/CAX",
            ),
        )
        reports.add_report(
            work,
            ReportInput(
                at(2026, 1, 9, 14), "phone", "Báo tin đánh bạc tại rẫy", base.b, source_name="Người giấu tên"
            ),
        )
        reports.add_report(work, ReportInput(at(2026, 2, 1), "phone", "Tháng sau", base.b, source_name="X"))
        data = render_bytes(reports_register(work, dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
        printed = list(work.session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "print")))
    text = _text(data)
    for expected in (
        "SỔ TIẾP NHẬN TỐ GIÁC, TIN BÁO VỀ TỘI PHẠM VÀ KIẾN NGHỊ",
        "Từ ngày 01/01/2026 đến ngày 31/01/2026",
        "CÔNG AN XÃ ĐẮK NIA",
        "01/2026",
        "05/01/2026 09:30",
        "Điểu Sơn",
        "Tố giác mất trộm xe máy",
        "Y Đức Niê",
        "văn bản số 03/CAX",
        "02/2026",
        "Người giấu tên",
        "Báo tin đánh bạc tại rẫy",
        "Điểu Lanh",
        "Tổng số: 2 tin; đã chuyển hoặc giải quyết xong: 1",
        "TRƯỞNG CÔNG AN XÃ",
    ):
        assert expected in text, expected
    assert "Tháng sau" not in text
    assert printed == ["In sổ tiếp nhận tin báo 01/01/2026–31/01/2026"]


def test_register_from_the_command_line_on_the_demo(sqlite_db, sqlite_demo, tmp_path, monkeypatch):
    """The demo station's month prints; a clerk may, and the command asks the password."""
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n"))
    today = dt.date.today()
    end = today.replace(day=1) - dt.timedelta(days=1)
    out = tmp_path / "so.pdf"
    args = [
        "--db",
        sqlite_db.url,
        "--user",
        "canbo",
        "export",
        "security-register",
        "--from",
        f"01/{end:%m/%Y}",
        "--to",
        f"{end:%d/%m/%Y}",
        "--pdf",
        str(out),
    ]
    assert main(args) == 0
    text = _text(out.read_bytes())
    assert "Tổng số: 7 tin" in text and f"01/{end.year}" in text and "UBND xã" in text
