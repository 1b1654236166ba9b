from decimal import Decimal

import pytest

from desktop.errors import ValidationError
from desktop.support.photos import image_type
from desktop.support.values import format_decimal, parse_decimal, parse_vnd


@pytest.mark.parametrize(("raw", "amount"), [
    (1500000, 1_500_000), ("1.500.000", 1_500_000), ("1 500 000 đ", 1_500_000), ("2500000", 2_500_000),
    ("1,500,000", 1_500_000), ("", 0), (None, 0), (Decimal("700000"), 700_000), (10**12, 10**12),
])
def test_vnd_accepted(raw, amount):
    assert parse_vnd("Số tiền", raw) == amount


@pytest.mark.parametrize(("raw", "words"), [
    ("1500,5", "phần lẻ"), (1500.5, "phần lẻ"), (Decimal("99.99"), "phần lẻ"), ("-500000", "âm"), (-1, "âm"),
    (10**15, "quá lớn"), ("1.000.000.000.000.000", "quá lớn"), ("năm trăm", "không phải số tiền"),
    ("1.50.000", "không phải số tiền"), (True, "không phải số tiền"),
])
def test_vnd_rejected_names_field(raw, words):
    with pytest.raises(ValidationError) as err:
        parse_vnd("Số tiền đã nhận", raw)
    assert err.value.field == "Số tiền đã nhận"
    assert words in err.value.detail


def test_decimal_quantities():
    assert parse_decimal("Số lượng", "2,5") == Decimal("2.5")
    assert parse_decimal("Số lượng", 30) == Decimal(30)
    assert parse_decimal("Số lượng", "1.500") == Decimal(1500)
    assert parse_decimal("Số lượng", "1.234,5") == Decimal("1234.5")
    assert parse_decimal("Số lượng", "2.5") == Decimal("2.5")
    for bad in ("0", "-3", "abc", "1,234", "1e20", "nan", "1,2,3"):
        with pytest.raises(ValidationError) as err:
            parse_decimal("Số lượng", bad)
        assert err.value.field == "Số lượng"
    assert format_decimal(Decimal("2.50")) == "2,5"
    assert format_decimal(Decimal("30.00")) == "30"
    assert format_decimal(Decimal("1500")) == "1.500"


def test_image_magic_bytes():
    assert image_type(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "jpg"
    assert image_type(b"\x89PNG\r\n\x1a\n\x00\x00") == "png"
    assert image_type(b"GIF89a\x01\x00") == "gif"
    assert image_type(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == "webp"
    assert image_type(b"%PDF-1.7") is None
    assert image_type(b"") is None
