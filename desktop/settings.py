"""The station's settings (letterhead, reporting period) and its villages.

Stored in the database, so every PC of a station shares them. Per-PC window
layout lives in the GUI's own settings (``desktop/gui/prefs.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Boolean, Integer, String, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db import Record, UnitOfWork
from desktop.errors import StaleRecord, ValidationError
from desktop.text import fold, require_text

#: Thông tư 04/2012/TT-BNV Điều 2: "1. Thôn, làng, ấp, bản, buôn, bon, phum, sóc,... (gọi chung là thôn);
#: thôn được tổ chức ở xã" — plus xóm as stations in the north name them — "2. Tổ dân phố, khu phố, khối
#: phố, khóm, tiểu khu,... (gọi chung là tổ dân phố)" (https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-
#: chinh/Thong-tu-04-2012-TT-BNV-huong-dan-to-chuc-hoat-dong-cua-thon-to-dan-pho-147688.aspx). Amended by
#: 14/2018/TT-BNV and 05/2022/TT-BNV (consolidated text 08/VBHN-BNV of 27/10/2022) and still in force
#: (checked session 20): in 12/2025 the Bộ Nội vụ asked provinces to "giữ nguyên các thôn, tổ dân phố … cho
#: đến khi có quy định của Chính phủ" (https://vneconomy.vn/bo-noi-vu-de-nghi-giu-nguyen-cac-thon-to-dan-
#: pho-den-khi-co-quy-dinh-moi.htm) and in 01/2026 was still drafting "Nghị định về tổ chức và hoạt động của
#: thôn, tổ dân phố" (https://vtcnews.vn/bo-noi-vu-dang-xay-dung-quy-dinh-moi-ve-to-chuc-cua-thon-to-dan-
#: pho-ar996914.html); no replacing text was found. Whichever applies, a station may type its own kind.
VILLAGE_KINDS_COMMUNE: tuple[str, ...] = ("thôn", "làng", "ấp", "bản", "buôn", "bon", "phum", "sóc", "xóm")
VILLAGE_KINDS_WARD: tuple[str, ...] = ("tổ dân phố", "khu phố", "khối phố", "khóm", "tiểu khu")
VILLAGE_KINDS: tuple[str, ...] = VILLAGE_KINDS_COMMUNE + VILLAGE_KINDS_WARD
#: the circular's lists end with "…": a station may name its own kind (plei, đội …), but never an
#: administrative unit, which a village is not
NOT_VILLAGE_KINDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")

#: the day of the month the monthly report's period starts: the 15th, so "tháng 11" runs 15/10–14/11.
#: A station setting (1 = the calendar month); this is only the default of a new station.
#: - Nghị định 09/2019/NĐ-CP (24/01/2019) Điều 12 khoản 1: "Báo cáo định kỳ hằng tháng: Tính từ ngày 15
#:   tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo"
#:   (http://118.69.201.249:801/phap-luat/che-do-bao-cao-dinh-ky-la-gi-thoi-gian-chot-so-lieu-che-do-bao-cao-
#:   dinh-ky-hang-nam-duoc-tinh-tu-ng-175130-188832.html, thuvienphapluat.vn);
#: - the Bộ Công an counts its own monthly figures that way: "số liệu (sơ bộ) về công tác đấu tranh phòng,
#:   chống tội phạm tháng 5/2023 (từ ngày 15/4/2023 đến ngày 14/5/2023)" (https://www.bocongan.gov.vn/
#:   bai-viet/so-lieu-ve-cong-tac-dau-tranh-phong-chong-toi-pham-thang-52023-d101-t35221), and its year
#:   "từ ngày 15-12-2019 đến ngày 14-12-2020" (https://plo.vn/thoi-su/bo-cong-an-nam-2020-co-14-can-bo-
#:   chien-sy-hy-sinh-964427.html). No Bộ Công an circular stating it for Công an cấp xã was found.
DEFAULT_PERIOD_START_DAY = 15

#: the kinds of commune-level unit since the 2025 reform (Luật Tổ chức chính quyền địa phương 2025)
UNIT_KINDS: tuple[str, ...] = ("xã", "phường", "đặc khu")


def named_unit_kind(issuing_body: str) -> str | None:
    """The kind the issuing body's name states: 'CÔNG AN PHƯỜNG HÒA BÌNH' → 'phường'; None if none."""
    words = f" {fold(issuing_body)} "
    for kind in ("đặc khu", "phường", "xã"):
        if f" {fold(kind)} " in words:
            return kind
    return None


def infer_unit_kind(issuing_body: str) -> str:
    """The kind the issuing body's name states; a name that states none is a commune (xã)."""
    return named_unit_kind(issuing_body) or "xã"


def chief_title(unit_kind: str) -> str:
    """'TRƯỞNG CÔNG AN PHƯỜNG'."""
    return f"TRƯỞNG CÔNG AN {unit_kind.upper()}"


class Station(Record):
    """A single row (id 1): who we are, as printed on every document."""

    __tablename__ = "station"
    __label__ = "Thông tin đơn vị"

    commune_name: Mapped[str] = mapped_column(String(120), default="", info={"label": "Tên xã/phường"})
    commune_code: Mapped[str] = mapped_column(String(10), default="", info={"label": "Mã đơn vị hành chính"})
    parent_body: Mapped[str] = mapped_column(String(120), default="", info={"label": "Cơ quan cấp trên"})
    issuing_body: Mapped[str] = mapped_column(String(120), default="", info={"label": "Tên đơn vị"})
    place_name: Mapped[str] = mapped_column(String(80), default="", info={"label": "Địa danh"})
    head_name: Mapped[str] = mapped_column(String(120), default="", info={"label": "Người ký"})
    head_title: Mapped[str] = mapped_column(
        String(120), default="TRƯỞNG CÔNG AN XÃ", info={"label": "Chức danh người ký"}
    )
    head_rank: Mapped[str] = mapped_column(String(40), default="", info={"label": "Cấp bậc"})
    show_rank: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": "In cấp bậc"})
    doc_symbol: Mapped[str] = mapped_column(String(20), default="CAX", info={"label": "Ký hiệu văn bản"})
    period_start_day: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_PERIOD_START_DAY, info={"label": "Ngày bắt đầu kỳ báo cáo"}
    )
    backups_to_keep: Mapped[int] = mapped_column(
        Integer, default=30, info={"label": "Số bản sao lưu giữ lại"}
    )
    unit_kind: Mapped[str] = mapped_column(String(10), default="xã", info={"label": "Loại đơn vị"})
    own_code: Mapped[str] = mapped_column(
        String(10), default="TCƠ", info={"label": "Ký hiệu riêng (thư cảm ơn)"}
    )
    #: the officer who signs printouts (a deputy signs "KT."); None: the chief named above
    signer_officer_id: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info={"label": "Người ký văn bản"}
    )


class Village(Record):
    __tablename__ = "village"
    __label__ = "Thôn, bon, tổ dân phố"
    __table_args__ = (UniqueConstraint("kind", "name_key"),)

    name: Mapped[str] = mapped_column(String(80), info={"label": "Tên"})
    name_key: Mapped[str] = mapped_column(String(80), index=True)
    kind: Mapped[str] = mapped_column(String(20), info={"label": "Loại"})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": "Đang dùng"})


@dataclass(frozen=True)
class StationView:
    commune_name: str = ""
    commune_code: str = ""
    parent_body: str = ""
    issuing_body: str = ""
    place_name: str = ""
    head_name: str = ""
    head_title: str = "TRƯỞNG CÔNG AN XÃ"
    head_rank: str = ""
    show_rank: bool = False
    doc_symbol: str = "CAX"
    period_start_day: int = DEFAULT_PERIOD_START_DAY
    backups_to_keep: int = 30
    unit_kind: str = "xã"
    own_code: str = "TCƠ"
    signer_officer_id: int | None = None
    version: int = 0

    @property
    def configured(self) -> bool:
        return bool(self.commune_name and self.issuing_body)

    def letterhead(self) -> Any:
        """The letterhead every printout uses (imports reportlab lazily)."""
        from desktop.reports.official import Letterhead

        return Letterhead(self.parent_body, self.issuing_body, self.place_name, self.doc_symbol)

    def signer(self) -> Any:
        from desktop.reports.official import Signer

        return Signer(self.head_title, self.head_name, self.head_rank if self.show_rank else "")

    @property
    def unit_label(self) -> str:
        """'Công an phường' — the unit's kind in running text (no place name)."""
        return f"Công an {self.unit_kind}"

    @property
    def unit_name(self) -> str:
        """'Công an phường Hòa Bình' — the issuing body in running text."""
        body = " ".join(self.issuing_body.split())
        prefix = f"CÔNG AN {self.unit_kind.upper()} "
        if body.upper().startswith(prefix):
            return self.unit_label + " " + body[len(prefix):].title()
        return body.capitalize() if body else self.unit_label


_EDITABLE = [f.name for f in fields(StationView) if f.name != "version"]

_LABELS = {
    "commune_name": ("Tên xã/phường", 120, True),
    "commune_code": ("Mã đơn vị hành chính", 10, False),
    "parent_body": ("Cơ quan cấp trên", 120, True),
    "issuing_body": ("Tên đơn vị", 120, True),
    "place_name": ("Địa danh ghi trên văn bản", 80, True),
    "head_name": ("Họ tên Trưởng Công an xã", 120, False),
    "head_title": ("Chức danh người ký", 120, True),
    "head_rank": ("Cấp bậc", 40, False),
    "doc_symbol": ("Ký hiệu đơn vị trên văn bản", 20, True),
    "own_code": ("Ký hiệu riêng cho văn bản ngoài Phụ lục III (thư cảm ơn)", 10, True),
}


@dataclass(frozen=True)
class VillageView:
    id: int
    name: str
    kind: str
    active: bool
    version: int

    @property
    def label(self) -> str:
        """'bon Bu Sir', 'tổ dân phố 3'."""
        return f"{self.kind} {self.name}"


def get_station(uow: UnitOfWork) -> StationView:
    uow.require("read")
    row = uow.session.get(Station, 1)
    if row is None:
        return StationView()
    return StationView(**{name: getattr(row, name) for name in _EDITABLE}, version=row.version)


def validate_station(data: StationView) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, (label, max_len, required) in _LABELS.items():
        values[name] = require_text(label, getattr(data, name), max_len=max_len, required=required)
    for caps in ("parent_body", "issuing_body", "head_title"):
        values[caps] = values[caps].upper()
    values["doc_symbol"] = values["doc_symbol"].upper()
    if not all(ch.isalnum() or ch == "-" for ch in values["doc_symbol"]):
        raise ValidationError("Ký hiệu đơn vị trên văn bản", "chỉ gồm chữ và số, ví dụ CAX.")
    values["own_code"] = values["own_code"].upper()
    if not all(ch.isalnum() for ch in values["own_code"]):
        raise ValidationError(_LABELS["own_code"][0], "chỉ gồm chữ và số.")
    if data.unit_kind not in UNIT_KINDS:
        raise ValidationError("Loại đơn vị", f"«{data.unit_kind}» không hợp lệ (xã, phường hoặc đặc khu).")
    # the name printed in the header decides; a kind chosen against it is a mistake to point out
    named = named_unit_kind(values["issuing_body"])
    if named and data.unit_kind not in ("xã", named):
        body = values["issuing_body"]
        raise ValidationError("Loại đơn vị", f"«{data.unit_kind}» khác với tên đơn vị «{body}».")
    values["unit_kind"] = named or data.unit_kind
    # the standard chief's title follows the unit's kind (a ward's chief is not "TRƯỞNG CÔNG AN XÃ")
    if values["head_title"] in {chief_title(k) for k in UNIT_KINDS}:
        values["head_title"] = chief_title(values["unit_kind"])
    values["signer_officer_id"] = int(data.signer_officer_id) if data.signer_officer_id else None
    if not 1 <= int(data.period_start_day) <= 28:
        raise ValidationError("Ngày bắt đầu kỳ báo cáo", "phải từ 1 đến 28.")
    if not 1 <= int(data.backups_to_keep) <= 365:
        raise ValidationError("Số bản sao lưu giữ lại", "phải từ 1 đến 365.")
    values["period_start_day"] = int(data.period_start_day)
    values["backups_to_keep"] = int(data.backups_to_keep)
    values["show_rank"] = bool(data.show_rank)
    return values


def save_station(uow: UnitOfWork, data: StationView) -> StationView:
    """Save the station's settings; ``data.version`` must match (0 for the first save)."""
    uow.require("admin")
    values = validate_station(data)
    row = uow.session.get(Station, 1)
    if row is None:
        row = uow.add(Station(id=1))
    elif row.version != data.version:
        raise StaleRecord(Station.__label__)
    for name, value in values.items():
        setattr(row, name, value)
    uow.flush()
    return get_station(uow)


def list_villages(uow: UnitOfWork, *, include_inactive: bool = False) -> list[VillageView]:
    uow.require("read")
    stmt = select(Village).order_by(Village.kind, Village.name_key)
    if not include_inactive:
        stmt = stmt.where(Village.active.is_(True))
    return [VillageView(v.id, v.name, v.kind, v.active, v.version) for v in uow.session.scalars(stmt)]


def _check_village(uow: UnitOfWork, name: str, kind: str, exclude_id: int | None) -> tuple[str, str]:
    clean_name = require_text("Tên thôn/bon", name, max_len=80)
    kind = village_kind(kind)
    stmt = select(Village.id).where(Village.kind == kind, Village.name_key == fold(clean_name))
    if exclude_id is not None:
        stmt = stmt.where(Village.id != exclude_id)
    if uow.session.scalar(stmt) is not None:
        raise ValidationError("Tên thôn/bon", f"{kind} «{clean_name}» đã có trong danh sách.")
    return clean_name, kind


def village_kind(kind: str | None) -> str:
    """A kind of the circular's lists, or the station's own: one or two words of letters, lower case."""
    text = require_text("Loại", kind, max_len=20).lower()
    if text in VILLAGE_KINDS:
        return text
    if text in NOT_VILLAGE_KINDS:
        raise ValidationError("Loại", f"«{text}» là đơn vị hành chính, không phải thôn, tổ dân phố.")
    if not all(ch.isalpha() or ch == " " for ch in text) or len(text.split()) > 3:
        raise ValidationError(
            "Loại", f"«{text}» không phải tên loại thôn, tổ dân phố (vd. {', '.join(VILLAGE_KINDS[:6])} …)."
        )
    return text


def village_kinds(used: Iterable[str] = ()) -> list[str]:
    """The kinds to offer: the circular's lists, then the station's own kinds already in use."""
    return [*VILLAGE_KINDS, *sorted({k for k in used if k and k not in VILLAGE_KINDS})]


def add_village(uow: UnitOfWork, name: str, kind: str) -> VillageView:
    uow.require("admin")
    clean_name, kind = _check_village(uow, name, kind, None)
    v = uow.add(Village(name=clean_name, name_key=fold(clean_name), kind=kind))
    uow.flush()
    return VillageView(v.id, v.name, v.kind, v.active, v.version)


def update_village(
    uow: UnitOfWork, village_id: int, version: int, *, name: str, kind: str, active: bool
) -> VillageView:
    uow.require("admin")
    v = uow.get(Village, village_id, version=version)
    clean_name, kind = _check_village(uow, name, kind, village_id)
    v.name, v.name_key, v.kind, v.active = clean_name, fold(clean_name), kind, active
    uow.flush()
    return VillageView(v.id, v.name, v.kind, v.active, v.version)


def delete_village(uow: UnitOfWork, village_id: int, version: int) -> None:
    """Delete a village nothing refers to; otherwise ask to mark it unused instead."""
    uow.require("admin")
    v = uow.get(Village, village_id, version=version)
    label = f"{v.kind} {v.name}"
    try:
        with uow.session.begin_nested():
            uow.session.delete(v)
    except IntegrityError:
        raise ValidationError(
            "Thôn/bon", f"«{label}» đang được dùng trong hồ sơ; hãy bỏ chọn «Đang dùng» thay vì xóa."
        ) from None
