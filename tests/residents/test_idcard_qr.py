"""The ID card's QR text: the layouts readers deliver, noise, garbage, and compare() with the register."""

import dataclasses
import datetime as dt
import unicodedata

import pytest

from desktop.residents import idcard_qr
from desktop.residents.idcard_qr import CardData, parse

CCCD = "068190001234|245678901|Nguyễn Văn Ấn|05011990|Nam|Thôn 3, Tâm Thắng, Cư Jút, Đắk Nông|20042021"


def test_chip_cccd_seven_fields():
    """In the published order: "Số CCCD, số CMND 9 số; họ và tên; ngày sinh; giới tính; nơi thường trú;
    ngày cấp CCCD" (baobariavungtau.com.vn, 12/2022)."""
    card = parse(CCCD)
    assert card == CardData(
        number="068190001234",
        old_id="245678901",
        full_name="Nguyễn Văn Ấn",
        birth_date=dt.date(1990, 1, 5),
        sex="M",
        address="Thôn 3, Tâm Thắng, Cư Jút, Đắk Nông",
        issue_date=dt.date(2021, 4, 20),
    )
    assert card.kind == "cccd"


def test_card_without_old_cmnd_and_can_cuoc_issued_after_july_2024():
    card = parse("068305001234||H'Hen Niê|30122005|Nữ|Bon Bu Sir, xã Tâm Thắng, tỉnh Lâm Đồng|02072024")
    assert card.old_id == ""
    assert card.full_name == "H'Hen Niê"
    assert card.birth_date == dt.date(2005, 12, 30)
    assert card.sex == "F"
    assert card.issue_date == dt.date(2024, 7, 2)
    assert card.kind == "can_cuoc"


def test_layout_without_the_cmnd_field():
    card = parse("001090123456|Trần Thị Bích|01011990|Nữ|Phường Bến Nghé, TP. Hồ Chí Minh|15042021")
    assert (card.number, card.old_id, card.full_name) == ("001090123456", "", "Trần Thị Bích")
    assert card.birth_date == dt.date(1990, 1, 1)
    assert card.sex == "F"
    assert card.address == "Phường Bến Nghé, TP. Hồ Chí Minh"
    assert card.issue_date == dt.date(2021, 4, 15)


def test_extra_fields_after_the_seventh_are_kept_not_guessed():
    card = parse(CCCD + "|Lê Văn B|068060009999|")
    assert card.issue_date == dt.date(2021, 4, 20)
    assert card.extra == ("Lê Văn B", "068060009999")


@pytest.mark.parametrize(
    "text",
    [
        "]Q1" + CCCD,  # AIM symbology prefix
        "]Q3" + CCCD + "\r\n",
        CCCD + "\r",
        CCCD + "\n",
        CCCD + "\t",
        "\ufeff" + CCCD,
        "  " + CCCD + "  ",
        CCCD.replace("|", "¦"),  # the broken bar of another keyboard layout
        unicodedata.normalize("NFD", CCCD),  # decomposed letters
        CCCD.replace("Nguyễn Văn Ấn", "Nguyễn  Văn\tẤn"),
    ],
)
def test_noise_around_and_inside(text):
    card = parse(text)
    assert card is not None
    assert card.number == "068190001234"
    assert card.full_name == "Nguyễn Văn Ấn"
    assert card.birth_date == dt.date(1990, 1, 5)
    assert card.address == "Thôn 3, Tâm Thắng, Cư Jút, Đắk Nông"


def test_missing_and_malformed_fields_are_left_empty():
    short = parse("068190001234|245678901|Nguyễn Văn Ấn")
    assert short == CardData("068190001234", "245678901", "Nguyễn Văn Ấn")
    assert short.kind == ""
    bad = parse("068190001234||Nguyễn Văn Ấn|31021990|Không rõ||9999")
    assert bad.birth_date is None  # 31 February does not exist
    assert bad.sex == ""
    assert bad.address == ""
    assert bad.issue_date is None
    slashed = parse("068190001234||Nguyễn Văn Ấn|05/01/1990|NAM|x|20/04/2021")
    assert slashed.birth_date == dt.date(1990, 1, 5)
    assert slashed.sex == "M"


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "Nguyễn Văn Ấn",
        "068190001234",  # a number typed in the search box is not a card
        "0681900012|245678901|Nguyễn Văn Ấn|05011990|Nam|x|20042021",  # 10 digits
        "06819000123456|245678901|Nguyễn Văn Ấn|05011990",  # 14 digits
        "068190001234|245678901",  # no name
        "068190001234|245678901|05011990|Nam",  # a date where the name belongs
        "068190001234|abc123|Nguyễn Văn Ấn|05011990",  # the CMND field is neither empty nor digits
        "|||||||",
        "https://example.vn/?q=068190001234|x",
        "HS01-000123|Nguyễn Văn Ấn",
        "a|b|c|d|e|f|g",
    ],
)
def test_garbage_is_refused(text):
    assert parse(text) is None


@dataclasses.dataclass
class _Person:
    id_number: str = "068190001234"
    full_name: str = "NGUYEN  van an"
    birth_year: int | None = 1990
    birth_month: int | None = 1
    birth_day: int | None = 5
    sex: str = "M"
    permanent_address: str = "Thôn 3 - Tâm Thắng - Cư Jút - Đắk Nông"


def test_compare_agrees_when_only_case_diacritics_and_punctuation_differ():
    assert idcard_qr.compare(parse(CCCD), _Person()) == []


def test_compare_lists_every_disagreement():
    person = _Person(
        id_number="068190001243",
        full_name="Nguyễn Văn An Bình",
        birth_year=1990,
        birth_month=None,
        birth_day=None,
        sex="F",
        permanent_address="Thôn 5, Tâm Thắng",
    )
    diffs = {d.field: d for d in idcard_qr.compare(parse(CCCD), person)}
    assert list(diffs) == ["id_number", "full_name", "birth", "sex", "permanent_address"]
    assert (diffs["id_number"].card_value, diffs["id_number"].register_value) == (
        "068190001234",
        "068190001243",
    )
    assert (diffs["birth"].card_value, diffs["birth"].register_value) == ("05/01/1990", "1990")
    assert (diffs["sex"].card_value, diffs["sex"].register_value) == ("Nam", "Nữ")
    assert diffs["full_name"].label == "Họ và tên"


def test_compare_ignores_what_the_card_does_not_carry():
    card = parse("068190001234|245678901|Nguyễn Văn Ấn")
    assert idcard_qr.compare(card, _Person(sex="F", permanent_address="")) == []
