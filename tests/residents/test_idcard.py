import csv

import pytest

from desktop.paths import data_file
from desktop.residents import idcard


def test_every_code_of_the_shipped_list_is_known():
    with data_file("id-province-codes.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 63
    codes = idcard.provinces()
    assert len(codes) == 63
    for row in rows:
        number = idcard.make_number(row["code"], "M", 1990, 1234)
        result = idcard.check(number, sex="M", birth_year=1990)
        assert result.ok, result.message
        assert result.province.name == row["province_at_birth_registration"]
        assert result.province.now_part_of == row["part_of_since_2025_07_01"]


def test_merged_province_label():
    assert idcard.provinces()["067"].label == "Đắk Nông (nay thuộc Lâm Đồng)"
    assert idcard.provinces()["068"].label == "Lâm Đồng"


def test_every_three_digit_code():
    unknown = 0
    for n in range(1000):
        code = f"{n:03d}"
        result = idcard.check(f"{code}090001234")
        if code in idcard.provinces():
            assert result.ok
        else:
            unknown += 1
            assert result.issue == "province"
            assert code in result.message
    assert unknown == 1000 - 63


@pytest.mark.parametrize(
    ("year", "sex", "digit"),
    [
        (1900, "M", 0),
        (1999, "F", 1),
        (2000, "M", 2),
        (2024, "F", 3),
        (2100, "M", 4),
        (2199, "F", 5),
        (2200, "M", 6),
        (2300, "F", 9),
    ],
)
def test_century_digit(year, sex, digit):
    assert idcard.century_digit(year, sex) == digit
    number = idcard.make_number("068", sex, year, 42)
    assert number[3] == str(digit)
    assert idcard.check(number, sex=sex, birth_year=year).ok


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("06819000123", "11 chữ số"),
        ("0681900012345", "13 chữ số"),
        ("06819000123A", "không phải chữ số"),
        ("068 190001234", "khoảng trắng"),
        ("'068190001234", "nháy đơn"),
        ("０６８１９０００１２３４", "không phải chữ số"),
    ],
)
def test_bad_formats(raw, words):
    result = idcard.check(raw)
    assert result.issue == "format"
    assert words in result.message


def test_missing():
    assert idcard.check("").issue == "missing"
    assert idcard.check(None).issue == "missing"


def test_sex_contradiction():
    number = idcard.make_number("066", "M", 1985, 7)
    result = idcard.check(number, sex="F", birth_year=1985)
    assert result.issue == "mismatch"
    assert "giới tính Nữ" in result.message


def test_year_and_century_contradiction():
    number = idcard.make_number("066", "F", 1985, 7)
    assert "năm sinh ghi 1986" in idcard.check(number, sex="F", birth_year=1986).message
    result = idcard.check(number, sex="F", birth_year=2085)
    assert result.issue == "mismatch"
    assert "thế kỷ" in result.message


def test_unknown_sex_or_year_checks_only_what_is_known():
    number = idcard.make_number("066", "F", 1985, 7)
    assert idcard.check(number).ok
    assert idcard.check(number, birth_year=1985).ok
    assert idcard.check(number, sex="F").ok


def test_province_and_mismatch_together_keeps_the_first_issue_and_all_reasons():
    result = idcard.check("003085000001", sex="F", birth_year=1990)
    assert result.issue == "province"
    assert len(result.reasons) == 3


def test_mask():
    assert idcard.mask("068190001234") == "068******234"
