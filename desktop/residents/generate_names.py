"""The names, occupations and ID-number provinces the resident generator (``generate``) draws from:
Kinh names in the thôn, M'Nông and Ê Đê names in the bon, as a commune of Lâm Đồng has them."""

from __future__ import annotations

import random

KINH_SURNAMES = (
    ["Nguyễn"] * 8
    + ["Trần"] * 3
    + ["Lê"] * 3
    + ["Phạm"] * 2
    + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
)
KINH_MIDDLE = {
    "M": ["Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Xuân"],
    "F": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"],
}
KINH_GIVEN = {
    "M": [
        "Hùng",
        "Dũng",
        "Nam",
        "Sơn",
        "Tuấn",
        "Hải",
        "Long",
        "Phúc",
        "Toàn",
        "Thắng",
        "Quân",
        "Bình",
        "An",
        "Ấn",
        "Khánh",
        "Lộc",
        "Đạt",
        "Hiếu",
        "Trung",
        "Vinh",
        "Cường",
        "Tâm",
    ],
    "F": [
        "Hoa",
        "Lan",
        "Hương",
        "Mai",
        "Linh",
        "Trang",
        "Thảo",
        "Hằng",
        "Nga",
        "Yến",
        "Ánh",
        "Tuyết",
        "Nhung",
        "Hạnh",
        "Dung",
        "Liên",
        "Loan",
        "Phương",
    ],
}
MNONG_GIVEN = {
    "M": [
        "K'Lung",
        "Khanh",
        "Minh",
        "Brơi",
        "Xuân",
        "Đăk",
        "Ngọc",
        "Bình",
        "Thanh",
        "Sơn",
        "K'Rông",
        "Lâm",
        "Lộc",
        "Bảo",
        "Dũng",
        "Hùng",
        "K'Đông",
        "K'Bình",
        "Nhích",
        "Sang",
        "Tiến",
        "Tuấn",
        "Vương",
        "Đoan",
        "Phước",
        "Thuận",
        "Lợi",
        "Điều",
        "Kha",
    ],
    "F": [
        "Hương",
        "Bình",
        "Mai",
        "Ngọc",
        "Đào",
        "Sương",
        "Nhàn",
        "Lan",
        "Lý",
        "Hoa",
        "Thoan",
        "Nga",
        "Phương",
        "Thủy",
        "Dung",
        "Hạnh",
        "Lệ",
        "Thơm",
        "Nguyệt",
        "Xuân",
        "Trang",
        "Huyền",
        "Bé",
        "Hiên",
    ],
}
EDE_CLANS = ["Niê", "Êban", "Mlô", "Ayun", "Byă", "Hđok", "Knul", "Adrơng"]
EDE_GIVEN = {
    "M": ["Bhin", "Moan", "Kông", "Sinh", "Jơn", "Thuột", "Ngông", "Bliêng", "Khoa", "Đức"],
    "F": ["Hen", "Bia", "Linh", "Mai", "Nga", "Yim", "Lan", "Juen", "Nhi", "Ruôl"],
}
OCCUPATIONS = [
    "Làm nông",
    "Làm rẫy",
    "Trồng cà phê",
    "Buôn bán",
    "Công nhân",
    "Giáo viên",
    "Lao động tự do",
    "Cán bộ xã",
    "Thợ xây",
]
PROVINCE_CODES = ["067"] * 12 + ["068"] * 2 + ["066", "066", "040", "038", "036", "042", "034"]



class Namer:
    """A person's name by people and sex (a household's surname or clan kept when given)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, people: str, sex: str, surname: str | None = None, clan: str | None = None) -> str:
        r = self.rng
        if people == "Kinh":
            family = surname or r.choice(KINH_SURNAMES)
            return f"{family} {r.choice(KINH_MIDDLE[sex])} {r.choice(KINH_GIVEN[sex])}"
        if people == "Mnông":
            return f"{'Điểu' if sex == 'M' else 'Thị'} {r.choice(MNONG_GIVEN[sex])}"
        prefix = "Y" if sex == "M" else "H'"
        given = r.choice(EDE_GIVEN[sex])
        return (
            f"{prefix} {given} {clan or r.choice(EDE_CLANS)}"
            if sex == "M"
            else f"H'{given} {clan or r.choice(EDE_CLANS)}"
        )
