import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from desktop import cli, settings
from desktop.db import Actor
from desktop.demo import DEMO_STATION
from desktop.figures import PROVIDERS
from desktop.support import printouts
from desktop.support import service as sv

OCT1, OCT31 = dt.date(2025, 10, 1), dt.date(2025, 10, 31)


def d(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


@pytest.fixture
def october(db, admin, world):
    """Hand-built data around October 2025 (boundaries included on purpose)."""
    k = world.kinds
    with db.uow(admin) as work:
        settings.save_station(work, DEMO_STATION)
        a = sv.add_donor(work, sv.DonorInput("Đoàn Thanh niên xã Đắk Nia", "organisation")).id
        b = sv.add_donor(work, sv.DonorInput("Cửa hàng VLXD Minh Phát", "business")).id
        c = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person")).id

        def project(title, kind, head, village, hardship, status, start, done=None, em=False):
            return sv.add_project(work, sv.ProjectInput(title, k[kind], head, village, hardship, "",
                                                        em, "", status, start, done, 30 if kind == "yard" else
                                                        None, "m²" if kind == "yard" else "")).id

        p1 = project("Làm sân bê tông", "yard", "Thị Hơn", world.bu_sir, "poor", "completed", d(9, 28),
                     d(10, 5), em=True)
        p2 = project("Sửa nhà", "house", "Lê Văn An", world.nia_don, "near_poor", "in_progress", d(10, 10))
        p3 = project("Tặng quà", "gift", "THỊ HƠN", world.bu_sir, "poor", "completed", d(10, 20), d(10, 20),
                     em=True)
        p4 = project("Tặng quà", "gift", "Trần Bình", world.nia_don, "difficult", "completed", d(11, 1),
                     d(11, 1))
        project("Tặng quà (hủy)", "gift", "Võ Cường", world.nia_don, "poor", "cancelled", d(10, 15))
        project("Học bổng", "scholarship", "Phạm Chung", world.nia_don, "policy", "completed", d(10, 31),
                d(10, 31), em=True)
        add = sv.add_contribution
        add(work, p1, sv.ContributionInput(a, "cash", 1_000_000, 1_000_000, d(10, 1)))
        add(work, p1, sv.ContributionInput(b, "material", 2_700_000, 2_700_000, d(9, 30), "Xi măng", 30,
                                           "bao"))
        add(work, p3, sv.ContributionInput(b, "material", 500_000, 500_000, d(10, 20), "Gạo", 50, "kg"))
        add(work, p2, sv.ContributionInput(c, "cash", 3_000_000, 0))
        add(work, p4, sv.ContributionInput(c, "cash", 2_000_000, 2_000_000, d(11, 1)))
        o = world.officers
        sv.add_labour(work, p1, sv.LabourInput(o[0], 2, d(9, 29)))
        sv.add_labour(work, p1, sv.LabourInput(o[1], "1,5", d(10, 2)))
        sv.add_labour(work, p2, sv.LabourInput(o[2], 3, d(10, 31)))
    return {"p1": p1, "a": a, "b": b, "c": c}


EXPECTED = {
    "projects_started": {"house": 1, "yard": 0, "sanitation": 0, "gift": 1, "livelihood": 0, "scholarship": 1,
                         "other": 0},
    "projects_started_total": 3,
    "projects_completed": {"house": 0, "yard": 1, "sanitation": 0, "gift": 1, "livelihood": 0,
                           "scholarship": 1, "other": 0},
    "projects_completed_total": 3,
    "households_helped": 2,
    "households_ethnic_minority": 2,
    "households_poor": 1,
    "households_near_poor": 0,
    "cash_received_vnd": 1_000_000,
    "in_kind_value_vnd": 500_000,
    "donors": 2,
    "officer_labour_days": 4.5,
    "officers": 2,
}


def test_period_figures(db, admin, october):
    with db.uow(admin) as work:
        assert PROVIDERS["support"](work, OCT1, OCT31) == EXPECTED
        nov = PROVIDERS["support"](work, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert nov["projects_completed_total"] == 1 and nov["households_helped"] == 1
    assert nov["cash_received_vnd"] == 2_000_000 and nov["officer_labour_days"] == 0.0


def test_figures_cli_json(db, admin, october, capsys):
    assert cli.main(["--db", db.url, "figures", "support", "--from", "01/10/2025", "--to", "31/10/2025",
                     "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["figures"] == EXPECTED


def test_support_cli_prints_and_lists(db, admin, october, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("matkhau123\n" * 10))  # the password of --user quantri
    out = tmp_path / "thu.pdf"
    base = ["--db", db.url, "--user", "quantri"]
    assert cli.main([*base, "support", "print", "letter", str(october["b"]), "--out", str(out)]) == 0
    assert "THƯ CẢM ƠN" in PdfReader(str(out)).pages[0].extract_text()
    assert cli.main([*base, "support", "print", "list", "--from", "01/10/2025", "--to", "31/10/2025",
                     "--out", str(tmp_path / "ds.pdf")]) == 0
    assert cli.main([*base, "support", "projects", "--search", "hoc bong"]) == 0
    assert "Học bổng — Phạm Chung" in capsys.readouterr().out
    assert cli.main([*base, "support", "print", "sheet", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Cần số hiệu" in capsys.readouterr().err


def _text(doc) -> str:
    reader = PdfReader(io.BytesIO(printouts.pdf(doc)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_project_sheet_pdf(db, admin, october):
    with db.uow(admin) as work:
        text = _text(printouts.project_sheet(work, october["p1"], doc_date=d(10, 6)))
    for expected in ("PHIẾU THÔNG TIN", "Làm sân bê tông", "Thị Hơn", "bon Bu Sir", "diện: hộ nghèo", "30 m²",
                     "Đoàn Thanh niên xã Đắk Nia", "30 bao xi măng", "3.700.000 đ", "Thượng úy Điểu Săn",
                     "3,5", "TRƯỞNG CÔNG AN XÃ", "Y Đức Niê", "Đắk Nia, ngày 06 tháng 10 năm 2025"):
        assert expected in text, expected


def test_thank_you_letter_pdf(db, admin, october):
    with db.uow(admin) as work:
        text = _text(printouts.thank_you_letter(work, october["b"], doc_date=d(11, 2)))
        only_oct = _text(printouts.thank_you_letter(work, october["b"], date_from=OCT1, date_to=OCT31))
    for expected in ("THƯ CẢM ƠN", "Kính gửi: Cửa hàng VLXD Minh Phát",
                     "Công an xã Đắk Nia trân trọng cảm ơn", "30 bao xi măng", "50 kg gạo", "3.200.000 đ",
                     "1 hộ gia đình", "Trân trọng cảm ơn"):  # "Thị Hơn" and "THỊ HƠN" of bon Bu Sir
        assert expected in text, expected
    assert "30 bao xi măng" not in only_oct and "500.000 đ" in only_oct


def test_letter_to_a_person_says_ong_ba(db, admin, october):
    with db.uow(admin) as work:
        text = _text(printouts.thank_you_letter(work, october["c"]))
    assert "Kính gửi: Ông/Bà Nguyễn Văn Hùng" in text and "2.000.000 đ" in text  # sex not recorded


def test_summary_list_pdf(db, admin, october):
    with db.uow(admin) as work:
        text = _text(printouts.summary_list(work, OCT1, OCT31))
    assert "DANH SÁCH" in text and "từ ngày 01/10/2025 đến ngày 31/10/2025" in text
    assert "hoàn thành 3 công trình cho 2 hộ" in text
    assert "Sửa nhà" in text and "Học bổng" in text and "(hủy)" not in text and "Trần Bình" not in text


def test_prints_are_audited(db, admin, october):
    from desktop import audit

    def printed() -> list[str]:
        with db.uow(Actor.system()) as work:
            return [e.summary for e in audit.list_entries(work, audit.AuditFilter()) if e.action == "print"]

    # building a document for a preview logs nothing; the print is logged once printed or saved
    with db.uow(admin) as work:
        printouts.project_sheet(work, october["p1"])
        printouts.thank_you_letter(work, october["b"])
        printouts.summary_list(work, OCT1, OCT31)
    assert printed() == []
    with db.uow(admin) as work:
        printouts.log_sheet_printed(work, october["p1"])
        printouts.log_letter_printed(work, october["b"])
        printouts.log_list_printed(work, OCT1, OCT31)
    summaries = printed()
    assert any("Làm sân bê tông" in s for s in summaries)
    assert any("In thư cảm ơn «Cửa hàng VLXD Minh Phát»" in s for s in summaries)
    assert any("từ ngày 01/10/2025 đến ngày 31/10/2025" in s for s in summaries)
