"""The 12-digit personal ID number (số định danh cá nhân): format, province, century/sex, year.

``PPP G YY RRRRRR`` — PPP the province where the birth was registered (the 63 codes of
``desktop/data/id-province-codes.csv``), G the century and sex (even = Nam, odd = Nữ; 0/1 the
1900s, 2/3 the 2000s …), YY the last two digits of the birth year, then six random digits.
There is no check digit. A problem is a *warning* with a Vietnamese reason, never a rejection:
the person exists even when their number was typed wrong.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from desktop.paths import data_file

#: problem codes stored in ``person.id_issue`` ('' = no problem)
ISSUES = {
    "missing": "Chưa có số định danh cá nhân",
    "format": "Số định danh sai định dạng",
    "province": "Mã tỉnh nơi đăng ký khai sinh không có",
    "mismatch": "Số định danh không khớp giới tính, năm sinh",
}
#: the issues that make an ID number "wrong" (the clerks' "sai mã số định danh")
WRONG = ("format", "province", "mismatch")


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    now_part_of: str

    @property
    def label(self) -> str:
        if self.name == self.now_part_of:
            return self.name
        return f"{self.name} (nay thuộc {self.now_part_of})"


@dataclass(frozen=True)
class IdCheck:
    """The result of checking one number: ``issue`` ('' = fine) and the reasons in Vietnamese."""

    number: str
    issue: str
    reasons: tuple[str, ...]
    province: Province | None = None
    sex: str | None = None
    birth_year_digits: str | None = None
    century: int | None = None

    @property
    def ok(self) -> bool:
        return not self.issue

    @property
    def message(self) -> str:
        return " ".join(self.reasons)


@lru_cache(maxsize=1)
def provinces() -> dict[str, Province]:
    """The 63 birth-registration codes, read from the shipped list."""
    with data_file("id-province-codes.csv").open(encoding="utf-8", newline="") as fh:
        return {
            row["code"]: Province(
                row["code"], row["province_at_birth_registration"], row["part_of_since_2025_07_01"]
            )
            for row in csv.DictReader(fh)
        }


def describe_format_problem(raw: str) -> str | None:
    """Why ``raw`` is not a 12-digit number (None when it is one)."""
    if len(raw) == 12 and raw.isascii() and raw.isdigit():
        return None
    if raw.startswith("'"):
        return "có dấu nháy đơn (') ở đầu — hãy nhập chỉ 12 chữ số"
    if any(ch.isspace() for ch in raw):
        return "có khoảng trắng ở giữa — số định danh gồm 12 chữ số liền nhau"
    if not raw.isascii() or not raw.isdigit():
        return "có ký tự không phải chữ số"
    if len(raw) != 12:
        return f"có {len(raw)} chữ số, phải đủ 12 chữ số (kể cả số 0 ở đầu)"
    return None


def century_digit(birth_year: int, sex: str) -> int:
    """The digit G for a birth year and sex ('M'/'F'): 1900s → 0/1, 2000s → 2/3, 2100s → 4/5 …"""
    return (birth_year // 100 - 19) * 2 + (1 if sex == "F" else 0)


def check(number: str | None, *, sex: str | None = None, birth_year: int | None = None) -> IdCheck:
    """Check ``number`` against the format, the province list and (when known) sex and birth year."""
    raw = (number or "").strip()
    if not raw:
        return IdCheck("", "missing", (ISSUES["missing"] + ".",))
    problem = describe_format_problem(raw)
    if problem:
        return IdCheck(raw, "format", (f"Số định danh «{raw}» {problem}.",))
    code, g, yy = raw[:3], int(raw[3]), raw[4:6]
    digit_sex = "F" if g % 2 else "M"
    century = 1900 + (g // 2) * 100
    province = provinces().get(code)
    reasons: list[str] = []
    issue = ""
    if province is None:
        issue = "province"
        reasons.append(
            f"Mã «{code}» không phải mã tỉnh nơi đăng ký khai sinh nào (có thể khai sinh ở "
            "nước ngoài — cần kiểm tra lại)."
        )
    if sex in ("M", "F") and sex != digit_sex:
        issue = issue or "mismatch"
        reasons.append(
            f"Chữ số thứ 4 là {g} (giới tính {'Nữ' if digit_sex == 'F' else 'Nam'}) nhưng hồ sơ "
            f"ghi giới tính {'Nữ' if sex == 'F' else 'Nam'}."
        )
    if birth_year is not None:
        if century != birth_year // 100 * 100:
            issue = issue or "mismatch"
            reasons.append(
                f"Chữ số thứ 4 là {g} (sinh thế kỷ {century}–{century + 99}) nhưng năm sinh ghi {birth_year}."
            )
        if yy != f"{birth_year % 100:02d}":
            issue = issue or "mismatch"
            reasons.append(f"Chữ số thứ 5–6 là {yy} nhưng năm sinh ghi {birth_year}.")
    return IdCheck(raw, issue, tuple(reasons), province, digit_sex, yy, century)


def issue_code(number: str | None, sex: str | None, birth_year: int | None) -> str:
    """Just the stored problem code for ``person.id_issue``."""
    return check(number, sex=sex, birth_year=birth_year).issue


def make_number(province_code: str, sex: str, birth_year: int, serial: int) -> str:
    """A well-formed number (demo data and tests): province, century/sex digit, year, 6-digit serial."""
    return f"{province_code}{century_digit(birth_year, sex)}{birth_year % 100:02d}{serial % 1_000_000:06d}"


def mask(number: str) -> str:
    """'068190001234' → '068******234' for lists that do not need the full number."""
    return number if len(number) < 7 else number[:3] + "*" * (len(number) - 6) + number[-3:]
