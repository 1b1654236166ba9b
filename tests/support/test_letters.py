"""Letters of thanks address a man "ông", a woman "bà", a body by its name; project and household are
named once; stored phrases keep no capital mid-sentence (read back from the PDF)."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desktop import settings
from desktop.demo import DEMO_STATION
from desktop.errors import ValidationError
from desktop.reports.phrases import honorific, mid_sentence
from desktop.support import printouts
from desktop.support import service as sv

DAY = dt.date(2025, 10, 5)


def _word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){word}(?!\w)", text) is not None


def _text(doc) -> str:
    reader = PdfReader(io.BytesIO(printouts.pdf(doc)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def donors(db, admin, world):
    with db.uow(admin) as work:
        settings.save_station(work, DEMO_STATION)
        man = sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person", sex="M")).id
        woman = sv.add_donor(work, sv.DonorInput("Lê Thị Thu", "person", sex="F")).id
        body = sv.add_donor(work, sv.DonorInput("Công ty TNHH Cà phê Đắk Nia Xanh", "business", sex="F")).id
        yard = sv.add_project(work, sv.ProjectInput(
            "Làm sân bê tông cho hộ bà Thị Hơn", world.kinds["yard"], "Thị Hơn", world.bu_sir, "poor",
            status="completed", start_date=DAY, completed_date=DAY)).id
        gift = sv.add_project(work, sv.ProjectInput(
            "Tặng quà Tết", world.kinds["gift"], "Điểu Đam", world.nia_don, "poor", status="completed",
            start_date=DAY, completed_date=DAY)).id
        for donor in (man, woman, body):
            sv.add_contribution(work, yard, sv.ContributionInput(donor, "cash", 1_000_000, 1_000_000, DAY))
        sv.add_contribution(work, gift, sv.ContributionInput(body, "cash", 500_000, 500_000, DAY))
    return {"man": man, "woman": woman, "body": body}


def test_a_man_is_ong(db, admin, donors):
    with db.uow(admin) as work:
        text = _text(printouts.thank_you_letter(work, donors["man"]))
    assert "Kính gửi: Ông Nguyễn Văn Hùng" in text
    assert "trân trọng cảm ơn ông Nguyễn Văn Hùng đã quan tâm" in text
    assert "Trong thời gian qua, ông đã đóng góp" in text
    assert "Kính chúc ông và gia đình sức khỏe" in text
    assert not _word("bà", text.replace("hộ bà Thị Hơn", "")) and "Ông/Bà" not in text
    assert "Quý đơn vị" not in text


def test_a_woman_is_ba(db, admin, donors):
    with db.uow(admin) as work:
        text = _text(printouts.thank_you_letter(work, donors["woman"]))
    assert "Kính gửi: Bà Lê Thị Thu" in text
    assert "trân trọng cảm ơn bà Lê Thị Thu đã quan tâm" in text
    assert "Trong thời gian qua, bà đã đóng góp" in text and "Kính chúc bà và gia đình" in text
    assert not _word("ông", text) and not _word("Ông", text)


def test_a_body_by_its_name(db, admin, donors):
    with db.uow(admin) as work:
        view = sv.get_donor(work, donors["body"])
        text = _text(printouts.thank_you_letter(work, donors["body"]))
    assert view.sex == ""  # a business has no sex, whatever the form sent
    assert "Kính gửi: Công ty TNHH Cà phê Đắk Nia Xanh" in text
    assert "trân trọng cảm ơn Công ty TNHH Cà phê Đắk Nia Xanh đã quan tâm" in text
    assert "Trong thời gian qua, Quý đơn vị đã đóng góp" in text
    assert "Kính chúc Quý đơn vị ngày càng phát triển" in text
    assert "sức khỏe" not in text and "gia đình sức" not in text
    for word in ("Ông", "Bà", "ông"):
        assert not _word(word, text), word
    assert not _word("bà", text.replace("hộ bà Thị Hơn", ""))
    # the project that names its household is printed once; the other names its household in brackets
    assert "Làm sân bê tông cho hộ bà Thị Hơn, bon Bu Sir" in text
    assert text.count("Thị Hơn") == 1
    assert "Tặng quà Tết (hộ Điểu Đam, thôn Nia Đơn)" in text
    assert "2 hộ gia đình" in text


def test_donor_sex_is_checked(db, admin, world):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_donor(work, sv.DonorInput("Nguyễn Văn Hùng", "person", sex="X"))
    assert err.value.field == "Giới tính"


@pytest.mark.parametrize(("stored", "printed"), [
    ("Có thành tích xuất sắc", "có thành tích xuất sắc"),
    ("Giấy khen", "giấy khen"),
    ("ANTT ổn định", "ANTT ổn định"),
    ("VNeID mức 2", "VNeID mức 2"),
    ("Đoàn Thanh niên xã", "Đoàn Thanh niên xã"),
    ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng"),
    ("Xã Đắk Nia", "xã Đắk Nia"),
    ("H'Nhung Byă", "H'Nhung Byă"),
    ("Tết Nguyên đán", "Tết Nguyên đán"),
    ("Công an xã", "Công an xã"),
    ("Xây, sửa nhà", "xây, sửa nhà"),
    ("", ""),
    ("3 suất quà", "3 suất quà"),
])
def test_mid_sentence(stored, printed):
    assert mid_sentence(stored) == printed


def test_mid_sentence_normalises_to_nfc():
    assert mid_sentence("Co\u0301 thành tích") == "có thành tích"


def test_honorific():
    assert (honorific("M"), honorific("F"), honorific("")) == ("ông", "bà", "ông/bà")
