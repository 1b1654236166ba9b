import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.schedule.recurrence import MAX_OCCURRENCES, Recurrence, expand

TUE = dt.date(2025, 3, 4)  # a Tuesday


def test_weekly_tuesday_friday():
    dates = expand(Recurrence("weekly", dt.date(2025, 3, 30), 1, (1, 4)), TUE)
    assert len(dates) == 8
    assert {d.weekday() for d in dates} == {1, 4}
    assert dates[0] == TUE and dates[-1] == dt.date(2025, 3, 28)


def test_every_second_week_and_default_weekday():
    dates = expand(Recurrence("weekly", dt.date(2025, 4, 30), 2), TUE)
    assert dates == [TUE + dt.timedelta(weeks=2 * i) for i in range(5)]


def test_weekly_days_before_first_in_first_week_are_skipped():
    dates = expand(Recurrence("weekly", dt.date(2025, 3, 9), 1, (0, 1, 6)), TUE)  # Monday 3/3 is before
    assert dates == [TUE, dt.date(2025, 3, 9)]


def test_daily_every_three():
    dates = expand(Recurrence("daily", dt.date(2025, 3, 13), 3), TUE)
    assert dates == [dt.date(2025, 3, d) for d in (4, 7, 10, 13)]


def test_describe():
    rule = Recurrence("weekly", dt.date(2025, 3, 30), 1, (1, 4))
    assert rule.describe() == "Hằng tuần vào Thứ Ba, Thứ Sáu, đến hết ngày 30/03/2025"


@pytest.mark.parametrize(
    ("rule", "field", "words"),
    [
        (Recurrence("weekly", None, 1, (1,)), "Lặp lại đến ngày", "ngày kết thúc"),
        (Recurrence("daily", dt.date(2027, 3, 4)), "Lặp lại đến ngày", str(MAX_OCCURRENCES)),
        (Recurrence("weekly", dt.date(2045, 1, 1), 1, (0, 1, 2, 3, 4, 5, 6)), "Lặp lại đến ngày", "366"),
        (Recurrence("daily", dt.date(2025, 3, 1)), "Lặp lại đến ngày", "sau hoặc bằng"),
        (Recurrence("monthly", dt.date(2025, 5, 1)), "Lặp lại", "không phải"),
        (Recurrence("daily", dt.date(2025, 5, 1), 0), "Lặp lại mỗi", "từ 1"),
        (Recurrence("weekly", dt.date(2025, 5, 1), 1, (9,)), "Các thứ trong tuần", "không hợp lệ"),
        (Recurrence("weekly", dt.date(2025, 3, 5), 1, (5,)), "Các thứ trong tuần", "không có buổi"),
    ],
)
def test_bad_rules(rule, field, words):
    with pytest.raises(ValidationError) as err:
        expand(rule, TUE)
    assert err.value.field == field
    assert words in err.value.detail


def test_exactly_the_cap_is_allowed():
    dates = expand(Recurrence("daily", TUE + dt.timedelta(days=MAX_OCCURRENCES - 1)), TUE)
    assert len(dates) == MAX_OCCURRENCES
