import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.text import fold, format_vnd, parse_date, require_text


def test_fold_examples():
    assert fold("Nguyễn Văn Ấn") == "nguyen van an"
    assert fold("ĐẮK NIA") == "dak nia"
    assert fold(unicodedata.normalize("NFD", "Điểu K'Lung")) == "dieu klung"


@pytest.mark.parametrize(
    "name", ["N'Jriêng", "N’Jriêng", "Nʼ Jriêng", "N`Jriêng", "N´Jriêng", "N‘Jriêng", "NJriêng"]
)
def test_every_apostrophe_form_folds_away(name):
    assert fold(name).replace(" ", "") == "njrieng"
    assert fold(f"Y {name}") in {"y njrieng", "y n jrieng"}


def test_fold_many_folds_like_fold():
    from desktop.residents.io_rows import fold_many

    names = ["M’Nông Điểu K'Lung", "Ê Đê Y Ŏn", "H`Ngọc Niê", "Nguyễn Văn Ấn"]
    assert fold_many(names) == [fold(n) for n in names]


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    once = fold(text)
    assert fold(once) == once


def test_dates():
    assert parse_date("Ngày sinh", "05/01/2026") == dt.date(2026, 1, 5)
    assert parse_date("Ngày sinh", "2026-01-05") == dt.date(2026, 1, 5)
    assert parse_date("Ngày sinh", "") is None
    with pytest.raises(ValidationError, match="không có thật"):
        parse_date("Ngày sinh", "31/02/2020")
    with pytest.raises(ValidationError, match="Ngày sinh"):
        parse_date("Ngày sinh", "hôm qua")


def test_money_and_text():
    assert format_vnd(1500000) == "1.500.000 đ"
    assert require_text("Tên", "  Bu   Sir ") == "Bu Sir"
    with pytest.raises(ValidationError, match="điều khiển"):
        require_text("Tên", "a\x00b")
