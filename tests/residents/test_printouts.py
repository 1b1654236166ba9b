import datetime as dt
import io as bio

from pypdf import PdfReader

from desktop.residents import archive, bulk, loans, printouts, service
from desktop.residents.archive import FileInput
from desktop.residents.idcard import make_number
from desktop.residents.loans import LoanInput
from desktop.settings import StationView, save_station
from desktop.staff.service import OfficerInput, add_officer


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(bio.BytesIO(pdf)).pages)


def _station(work):
    save_station(
        work,
        StationView(
            commune_name="Xã Đắk Nia",
            parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
            issuing_body="CÔNG AN XÃ ĐẮK NIA",
            place_name="Đắk Nia",
            head_name="Y Đức Niê",
        ),
    )


def test_loan_slip_and_overdue(sqlite_db, villages_sqlite):
    db, admin = sqlite_db, villages_sqlite
    today = dt.date.today()
    with db.uow(admin) as work:
        _station(work)
        p = service.add_person(work, service.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
        f = archive.add_file(work, FileInput("68123-000045", person_id=p.id))
        archive.add_document(work, f.id, "HK01", "Phiếu báo thay đổi hộ khẩu, nhân khẩu", "02/03/2010")
        officer = add_officer(work, OfficerInput("Điểu Minh", "Trung úy"))
        loan = loans.lend(
            work,
            LoanInput(
                f.id,
                "Trần Văn Bình",
                "Xác minh nhân thân",
                today - dt.timedelta(days=9),
                today - dt.timedelta(days=2),
                officer.id,
                "Công an tỉnh",
            ),
        )
        slip = _text(printouts.render_pdf(work, "loan_slip", loan.id))
        overdue = _text(printouts.render_pdf(work, "overdue_list"))
    assert "PHIẾU MƯỢN HỒ SƠ" in slip and "68123-000045" in slip and "Trần Văn Bình" in slip
    assert "Phiếu báo thay đổi hộ khẩu" in slip and "CÔNG AN XÃ ĐẮK NIA" in slip
    assert "Hồ sơ cư trú cho mượn quá hạn" in overdue and "Trần Văn Bình" in overdue
    assert "có 1 hồ sơ" in overdue


def test_village_lists(sqlite_db, villages_sqlite):
    db, admin = sqlite_db, villages_sqlite
    from desktop.settings import list_villages

    with db.uow(admin) as work:
        _station(work)
        bu_sir = next(v for v in list_villages(work) if v.name == "Bu Sir")
        bulk.insert_persons(
            work,
            [
                {
                    "full_name": "Điểu K'Lung",
                    "sex": "M",
                    "birth_year": 1985,
                    "village_id": bu_sir.id,
                    "id_number": make_number("067", "F", 1985, 1),
                },
                {"full_name": "Thị Hương", "sex": "F", "birth_year": None, "village_id": bu_sir.id},
                {
                    "full_name": "Y Bhin Niê",
                    "sex": "M",
                    "birth_year": 1940,
                    "birth_month": 1,
                    "birth_day": 2,
                    "village_id": bu_sir.id,
                    "status": "deceased",
                    "death_date": dt.date(2026, 1, 5),
                    "death_reported_date": dt.date(2026, 1, 6),
                    "id_card_status": "issued",
                },
            ],
        )
        problems = _text(printouts.render_pdf(work, "problem_list", bu_sir.id))
        field = _text(printouts.render_pdf(work, "campaign_list", bu_sir.id))
    assert "bon Bu Sir" in problems
    assert "Thiếu ngày sinh (1 người)" in problems and "Thị Hương" in problems
    assert "Chết chưa xóa thường trú (1 người)" in problems and "Y Bhin Niê" in problems
    assert "Số định danh không khớp giới tính, năm sinh (1 người)" in problems
    assert "Điểu K'Lung" in field and "067******001" in field and "Y Bhin Niê" not in field


def _heading_numbers(text: str) -> list[int]:
    import re

    return [int(m) for m in re.findall(r"^\s*(\d+)\. .+\(\d+ người\)", text, flags=re.MULTILINE)]


def test_problem_list_numbers_its_headings_and_reads_for_the_whole_station(sqlite_db, villages_sqlite):
    db, admin = sqlite_db, villages_sqlite
    from desktop.settings import list_villages

    with db.uow(admin) as work:
        _station(work)
        bu_sir = next(v for v in list_villages(work) if v.name == "Bu Sir")
        nia = next(v for v in list_villages(work) if v.name == "Nia Đơn")
        bulk.insert_persons(
            work,
            [  # rules 1 (birth missing) and 9 (deceased registered) only: no heading numbered 9
                {"full_name": "Thị Hương", "sex": "F", "birth_year": None, "village_id": bu_sir.id,
                 "id_number": make_number("068", "F", 1990, 5)},
                {"full_name": "Y Bhin Niê", "sex": "M", "birth_year": 1940, "birth_month": 1, "birth_day": 2,
                 "village_id": nia.id, "status": "deceased", "death_date": dt.date(2026, 1, 5),
                 "id_number": make_number("068", "M", 1940, 6), "id_card_status": "issued",
                 "id_card_issued_date": dt.date(2021, 1, 1), "vneid_level": 2,
                 "vneid2_date": dt.date(2023, 1, 1)},
            ],
        )  # fmt: skip
        rules = ("birth_missing", "id_format", "deceased_registered")
        one = _text(printouts.render_pdf(work, "problem_list", bu_sir.id, rules=rules))
        everywhere = _text(printouts.render_pdf(work, "problem_list", None, rules=rules))
    assert _heading_numbers(one) == [1]
    assert _heading_numbers(everywhere) == [1, 2]
    assert "2. Chết chưa xóa thường trú (1 người)" in everywhere
    assert "tại bon Bu Sir" in one and "Thị Hương" in one and "Y Bhin Niê" not in one
    assert "trên địa bàn xã Đắk Nia" in everywhere
    assert "chưa có thôn" not in everywhere and "tại ." not in everywhere
    assert "Thị Hương" in everywhere and "Y Bhin Niê" in everywhere
    assert "thôn Nia Đơn" in everywhere and "Thôn, tổ" in everywhere  # the village column
    assert "Lưu: VT" in everywhere


def test_loan_slip_has_the_request_approval_and_return(sqlite_db, villages_sqlite):
    db, admin = sqlite_db, villages_sqlite
    today = dt.date.today()
    with db.uow(admin) as work:
        _station(work)
        p = service.add_person(work, service.PersonInput("Nguyễn Văn Hùng", "Nam", "1970"))
        f = archive.add_file(work, FileInput("68123-000046", person_id=p.id))
        officer = add_officer(work, OfficerInput("Điểu Minh", "Trung úy"))
        back = add_officer(work, OfficerInput("Thị Lan", "Thượng úy"))
        request = "Giấy đề nghị số 12/GĐN-TAND ngày 02/11/2026 của Tòa án nhân dân khu vực 9"
        loan = loans.lend(
            work,
            LoanInput(f.id, "Trần Văn Bình", "Xác minh nhân thân", today - dt.timedelta(days=3), today,
                      officer.id, "Tòa án nhân dân khu vực 9", request_ref=request),
        )  # fmt: skip
        out = _text(printouts.render_pdf(work, "loan_slip", loan.id))
        loans.return_file(work, f.id, today, back.id)
        returned = _text(printouts.render_pdf(work, "loan_slip", loan.id))
        plain = loans.lend(work, LoanInput(f.id, "Lê Văn Cư", "Tra cứu", today, today, officer.id))
        blank = _text(printouts.render_pdf(work, "loan_slip", plain.id))
    flat = " ".join(out.split())
    assert "Giấy đề nghị số 12/GĐN-TAND ngày 02/11/2026" in flat
    assert "LÃNH ĐẠO DUYỆT" in out and "NGƯỜI MƯỢN" in out and "NGƯỜI GIAO HỒ SƠ" in out
    assert "PHẦN TRẢ HỒ SƠ" in out and "NGƯỜI TRẢ" in out and "CÁN BỘ NHẬN LẠI" in out
    assert "Thị Lan" not in out and "Thị Lan" in returned
    assert f"Ngày trả: {today:%d/%m/%Y}; cán bộ nhận lại: Thượng úy Thị Lan" in " ".join(returned.split())
    assert "Văn bản đề nghị Số" in " ".join(blank.split())  # a line to fill in by hand


def test_overdue_list_is_addressed_to_the_chief(sqlite_db, villages_sqlite):
    db, admin = sqlite_db, villages_sqlite
    today = dt.date.today()
    with db.uow(admin) as work:
        _station(work)
        p = service.add_person(work, service.PersonInput("Nguyễn Thị Mai", "Nữ", "1975"))
        f = archive.add_file(work, FileInput("68123-000047", person_id=p.id))
        loans.lend(work, LoanInput(f.id, "Trần Văn Bình", "Xác minh", today - dt.timedelta(days=9),
                                   today - dt.timedelta(days=2)))  # fmt: skip
        text = " ".join(_text(printouts.render_pdf(work, "overdue_list")).split())
    assert "Kính gửi: Trưởng Công an xã Đắk Nia." in text
    assert "Lưu: VT" in text and "Lưu: hồ sơ" not in text
    assert "CÁN BỘ QUẢN LÝ HỒ SƠ" in text
