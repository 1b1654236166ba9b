"""The monthly report's outline as data: sections, numbered items, and the figure lines of each item.

Each line names the period figure that feeds it, ``<area>.<path>`` into that area's provider
(``caxa figures AREA --json``, README "Period figures"). ``compose`` reads the outline; nothing here
counts. The outline follows the domain notes ("The monthly report"): where a point needs a figure
no provider gives yet (political security, drugs users' lists, fire-prevention checks, the base-level
security force), the point is left out, and the clerk writes about it in the narrative.

A line's ``kind`` decides its comparison columns:

- ``flow``: counted within the period, so the previous period, the same period last year and the
  year to date are the same count over those dates;
- ``end``: a count on the period's last day (weapons on hand, open hotspots, pending reports): the
  previous period and last year are the counts on *their* last days; the year to date is None;
- ``now``: a count as of today whatever the period (open data problems, registered residents):
  no comparison column;
- ``once``: counted within the period but about something that happens once (a hand-in campaign):
  no comparison column.

``optional`` lines are the outline's NEW figures: printed once the station has records of them (the
all-time count up to the period's end, ``exists``, is above zero); every other line prints zeros.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.residents.models import EVENT_KINDS as RESIDENCE_EVENTS
from desktop.residents.quality import RULES as QUALITY_RULES
from desktop.schedule.codes import CRIME_KINDS, INCIDENT_CAUSES, TOPICS, VIOLATION_FIELDS
from desktop.security.codes import CONTACT_KINDS, MANAGED_CATEGORIES, REPORT_CHANNELS, REPORT_KINDS
from desktop.text import fold
from desktop.weapons.models import ORIGINS

FLOW, END, NOW, ONCE = "flow", "end", "now", "once"


@dataclass(frozen=True)
class Line:
    """One figure line: its key, Vietnamese label, unit and kind (see the module's notes)."""

    key: str
    label: str
    unit: str = ""
    kind: str = FLOW
    optional: bool = False
    exists: str = ""  # optional lines: the all-time key whose count shows records exist (default: key)


@dataclass(frozen=True)
class Expand:
    """Lines expanded from what a provider returns at ``path``:

    - ``codes``: a {code: n} dict → ``<path>.<code>``, labelled from ``labels`` (unknown codes, e.g.
      a station's own support kinds, by the names ``compose`` is given for the area);
    - ``categories``: a weapons list [{category, unit, quantity}] → ``<path>.<folded category name>``;
      a category counted in two units (pieces and kg) is one line per unit, keyed
      ``<path>.<folded category name>/<folded unit>`` and labelled with the unit;
    - ``campaigns``: the weapons ``received.by_campaign`` list of the period itself (a campaign happens
      once: no comparison) → ``<path>.<campaign title>.receipts`` (``<path>.<index>.receipts`` when two
      campaigns of the period share a title);
    - ``officers``: the schedule ``officers`` list, officers of ``officer_kind`` →
      ``<path>.<officer_id>.events``.
    ``suffix`` is appended to each key of a ``codes`` expansion (``.found`` for quality rules).
    """

    path: str
    how: str
    labels: tuple[tuple[str, str], ...] = ()
    unit: str = ""
    kind: str = FLOW
    #: the line's label: ``{name}`` is the code's or row's name, ``{lname}`` it with a small first letter
    label: str = "{name}"
    suffix: str = ""
    officer_kind: str = ""
    optional: bool = False
    exists: str = ""


@dataclass(frozen=True)
class OutlineItem:
    number: str
    title: str
    lines: tuple[Line | Expand, ...] = ()
    narrative: str = ""  # the ``Narrative`` field this item prints (sections III–V)


@dataclass(frozen=True)
class OutlineSection:
    number: str
    title: str
    items: tuple[OutlineItem, ...]


def slug(name: str) -> str:
    """A code made of a name: folded, words joined by '_' ("Xã Đắk Nia" → "xa_dak_nia")."""
    out, gap = [], False
    for ch in fold(name):
        if ch.isalnum():
            if gap and out:
                out.append("_")
            out.append(ch)
            gap = False
        else:
            gap = True
    return "".join(out) or "khac"


def category_segment(name: str) -> str:
    """The key segment of a weapons category row: its name folded ("Súng cồn tự chế" → "sung con tu
    che"), as the weapons records name a row of a ``by_category`` list; dots would split the key."""
    return fold(name).replace(".", " ").strip() or "khac"


#: between a category's segment and its unit's, for a category counted in two units ("thuoc no/kg")
UNIT_SEPARATOR = "/"


def unit_segment(unit: str) -> str:
    """The key segment of a unit ("Kg" → "kg", "mét" → "met"), after ``UNIT_SEPARATOR``."""
    return fold(unit).replace(".", " ").replace(UNIT_SEPARATOR, " ").strip() or "khac"


def _labels(codes: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(codes.items())


_SEC = "security."
_NEW = {"optional": True}

SECTIONS: tuple[OutlineSection, ...] = (
    OutlineSection("I", "Tình hình an ninh, trật tự", (
        OutlineItem("1", "Tin báo, tố giác về tội phạm, kiến nghị khởi tố", (
            Line(_SEC + "reports.received", "Tiếp nhận tin báo, tố giác, kiến nghị khởi tố", "tin", **_NEW),
            Expand(_SEC + "reports.by_kind", "codes", _labels(REPORT_KINDS), "tin", optional=True,
                   exists=_SEC + "reports.received"),
            Expand(_SEC + "reports.by_channel", "codes", _labels(REPORT_CHANNELS), "tin",
                   label="Tiếp nhận theo hình thức: {lname}", optional=True,
                   exists=_SEC + "reports.received"),
            Line(_SEC + "reports.transferred", "Đã chuyển cơ quan có thẩm quyền", "tin", **_NEW,
                 exists=_SEC + "reports.received"),
            Line(_SEC + "reports.closed", "Đã giải quyết xong tại đơn vị", "tin", **_NEW,
                 exists=_SEC + "reports.received"),
            Line(_SEC + "reports.pending_end", "Đang xác minh, giải quyết (cuối kỳ)", "tin", END, **_NEW,
                 exists=_SEC + "reports.received"),
            Line(_SEC + "reports.overdue_end", "Trong đó quá hạn giải quyết", "tin", END, **_NEW,
                 exists=_SEC + "reports.received"),
        )),
        OutlineItem("2", "Phạm pháp hình sự", (
            Line(_SEC + "incidents.crimes.count", "Số vụ phạm pháp hình sự", "vụ"),
            Expand(_SEC + "incidents.crimes.by_kind", "codes", _labels(CRIME_KINDS), "vụ"),
            Line(_SEC + "incidents.crimes.resolved", "Đã giải quyết, xử lý", "vụ"),
            Line(_SEC + "incidents.crimes.transferred", "Chuyển cơ quan điều tra", "vụ"),
        )),
        OutlineItem("3", "Ma túy", (
            Line(_SEC + "incidents.drugs.crimes", "Tội phạm về ma túy", "vụ", **_NEW),
            Line(_SEC + "incidents.drugs.violations", "Vi phạm hành chính về ma túy", "vụ", **_NEW),
        )),
        OutlineItem("4", "Tệ nạn xã hội", (
            Line(_SEC + "incidents.gambling.crimes", "Tội phạm đánh bạc, tổ chức đánh bạc", "vụ", **_NEW),
            Line(_SEC + "incidents.gambling.violations", "Vi phạm hành chính về cờ bạc", "vụ", **_NEW),
        )),
        OutlineItem("5", "Tai nạn, va chạm giao thông", (
            Line(_SEC + "incidents.traffic.accidents", "Số vụ tai nạn, va chạm giao thông", "vụ"),
            Line(_SEC + "incidents.traffic.killed", "Số người chết", "người"),
            Line(_SEC + "incidents.traffic.injured", "Số người bị thương", "người"),
            Line(_SEC + "incidents.traffic.damage", "Thiệt hại tài sản", "đồng", **_NEW),
            Line("schedule.hotspots.found", "Điểm nóng, điểm đen phát hiện", "điểm"),
            Line("schedule.hotspots.fixed", "Điểm nóng, điểm đen đã khắc phục", "điểm"),
            Line("schedule.hotspots.open", "Điểm nóng, điểm đen chưa khắc phục (cuối kỳ)", "điểm", END),
        )),
        OutlineItem("6", "Cháy, nổ", (
            Line(_SEC + "incidents.fire.count", "Số vụ cháy, nổ", "vụ", **_NEW),
            Line(_SEC + "incidents.fire.damage", "Thiệt hại", "đồng", **_NEW,
                 exists=_SEC + "incidents.fire.count"),
        )),
        OutlineItem("7", "Vi phạm hành chính", (
            Line(_SEC + "incidents.violations.count", "Số vụ vi phạm hành chính", "vụ"),
            Expand(_SEC + "incidents.violations.by_field", "codes", _labels(VIOLATION_FIELDS), "vụ",
                   label="Vi phạm về {lname}"),
            Line(_SEC + "incidents.fines.count", "Số vụ ra quyết định xử phạt", "vụ", **_NEW),
            Line(_SEC + "incidents.fines.persons", "Số người bị xử phạt", "người", **_NEW,
                 exists=_SEC + "incidents.fines.count"),
            Line(_SEC + "incidents.fines.amount", "Số tiền phạt", "đồng", **_NEW,
                 exists=_SEC + "incidents.fines.count"),
        )),
        OutlineItem("8", "Mâu thuẫn, tranh chấp, hòa giải", (
            Line(_SEC + "incidents.disputes.count", "Số vụ mâu thuẫn, tranh chấp", "vụ"),
            Line(_SEC + "incidents.disputes.mediated", "Đã hòa giải thành", "vụ"),
            Expand("schedule.incidents.by_cause", "codes", _labels(INCIDENT_CAUSES), "vụ",
                   label="Vụ việc có nguyên nhân: {name}"),
        )),
    )),
    OutlineSection("II", "Kết quả các mặt công tác", (
        OutlineItem("1", "Quản lý địa bàn, đối tượng", (
            Line(_SEC + "managed.end", "Đối tượng đang quản lý (cuối kỳ)", "người", END, **_NEW,
                 exists=_SEC + "managed.added"),
            Expand(_SEC + "managed.by_category_end", "codes", _labels(MANAGED_CATEGORIES), "người", END,
                   optional=True, exists=_SEC + "managed.added"),
            Line(_SEC + "managed.added", "Đưa vào quản lý trong kỳ", "người", **_NEW),
            Line(_SEC + "managed.ended", "Kết thúc quản lý trong kỳ", "người", **_NEW,
                 exists=_SEC + "managed.added"),
            Line(_SEC + "managed.contacts", "Lượt gặp, làm việc với đối tượng", "lượt", **_NEW),
            Expand(_SEC + "managed.contacts_by_kind", "codes", _labels(CONTACT_KINDS), "lượt",
                   optional=True, exists=_SEC + "managed.contacts"),
        )),
        OutlineItem("2", "Tuần tra, kiểm soát", (
            Line("schedule.patrols", "Số buổi tuần tra, kiểm soát", "buổi"),
            Line("schedule.violations", "Vi phạm phát hiện qua tuần tra, hoạt động", "trường hợp"),
        )),
        OutlineItem("3", "Quản lý cư trú", (
            Expand("residents.events", "codes", _labels(RESIDENCE_EVENTS), "trường hợp"),
            Line(_SEC + "residence.checks", "Số lần kiểm tra cư trú", "lần", **_NEW),
            Line(_SEC + "residence.households_checked", "Hộ gia đình được kiểm tra", "hộ", **_NEW,
                 exists=_SEC + "residence.checks"),
            Line(_SEC + "residence.rooms_checked", "Phòng cho thuê được kiểm tra", "phòng", **_NEW,
                 exists=_SEC + "residence.checks"),
            Line(_SEC + "residence.violations", "Vi phạm về cư trú phát hiện", "trường hợp", **_NEW,
                 exists=_SEC + "residence.checks"),
            Line(_SEC + "residence.lodging_notices", "Thông báo lưu trú tiếp nhận", "lượt", **_NEW),
            Line("residents.files_arranged", "Hồ sơ cư trú đã sắp xếp vào tàng thư", "hồ sơ"),
            Line("residents.loans.lent", "Lượt cho mượn hồ sơ", "lượt"),
            Line("residents.loans.returned", "Lượt trả hồ sơ", "lượt"),
            Line("residents.loans.overdue_at_end", "Hồ sơ mượn quá hạn (cuối kỳ)", "hồ sơ", END),
            Line("residents.quality.wrong_id.found", "Phát hiện sai số định danh cá nhân", "trường hợp"),
            Line("residents.quality.wrong_id.cleared", "Đã sửa sai số định danh cá nhân", "trường hợp"),
            Expand("residents.quality", "codes", _labels({c: r.label for c, r in QUALITY_RULES.items()}),
                   "trường hợp", label="Làm sạch dữ liệu, phát hiện: {name}", suffix=".found"),
            Expand("residents.quality", "codes", _labels({c: r.label for c, r in QUALITY_RULES.items()}),
                   "trường hợp", label="Làm sạch dữ liệu, đã xử lý: {name}", suffix=".cleared"),
            Expand("residents.quality_open", "codes",
                   _labels({c: r.label for c, r in QUALITY_RULES.items()}), "trường hợp", NOW,
                   label="Lỗi dữ liệu còn tồn (hiện nay): {name}"),
            Line("residents.residents.registered", "Nhân khẩu đang đăng ký (hiện nay)", "người", NOW),
        )),
        OutlineItem("4", "Căn cước, định danh điện tử (Đề án 06)", (
            Line("residents.campaign.reviewed", "Đã rà soát", "người"),
            Line("residents.campaign.mobilised", "Đã vận động", "người"),
            Line("residents.campaign.applied", "Đã nộp hồ sơ cấp căn cước", "người"),
            Line("residents.campaign.issued", "Đã được cấp thẻ căn cước", "người"),
            Line("residents.campaign.vneid2_activated", "Đã kích hoạt định danh điện tử mức 2", "người"),
        )),
        OutlineItem("5", "Vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo", (
            Line("weapons.received.receipts", "Biên bản tiếp nhận", "biên bản"),
            Line("weapons.received.items", "Hiện vật tiếp nhận", "hiện vật"),
            Expand("weapons.received.by_category", "categories", label="Tiếp nhận: {name}"),
            *(Expand(f"weapons.received.by_origin.{code}", "categories", label=f"{text}: {{name}}")
              for code, text in ORIGINS.items()),
            Expand("weapons.received.by_campaign", "campaigns", unit="biên bản",
                   label="Tiếp nhận tại {name}"),
            Line("weapons.handed_over.items", "Hiện vật đã bàn giao", "hiện vật"),
            Expand("weapons.handed_over.by_category", "categories", label="Bàn giao: {name}"),
            Line("weapons.destroyed.items", "Hiện vật đã tiêu hủy", "hiện vật"),
            Expand("weapons.destroyed.by_category", "categories", label="Tiêu hủy: {name}"),
            Line("weapons.on_hand_end.items", "Hiện vật đang quản lý (cuối kỳ)", "hiện vật", END),
            Expand("weapons.on_hand_end.by_category", "categories", kind=END,
                   label="Đang quản lý (cuối kỳ): {name}"),
            Line("weapons.voided_receipts", "Biên bản đã hủy", "biên bản"),
        )),
        OutlineItem("6", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc, tuyên truyền", (
            Line("schedule.village_meetings.count", "Họp thôn, bon, tổ dân phố", "buổi"),
            Line("schedule.village_meetings.attendance", "Lượt người dự họp", "lượt người"),
            Line("schedule.outreach.count", "Buổi tuyên truyền", "buổi"),
            Line("schedule.outreach.attendance", "Lượt người nghe tuyên truyền", "lượt người"),
            Expand("schedule.outreach_by_topic", "codes", _labels(TOPICS), "buổi",
                   label="Tuyên truyền {lname}"),
            Line("schedule.forums.count", "Diễn đàn", "buổi"),
            Line("schedule.forums.attendance", "Lượt người dự diễn đàn", "lượt người"),
            Line("schedule.festivals.count", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "buổi"),
            Line("schedule.festivals.attendance", "Lượt người dự ngày hội", "lượt người"),
            Line("schedule.campaigns", "Đợt ra quân", "đợt"),
        )),
        OutlineItem("7", "Dân vận, an sinh xã hội", (
            Line("support.projects_started_total", "Công trình, phần việc khởi công", "công trình"),
            Expand("support.projects_started", "codes", unit="công trình", label="Khởi công: {name}"),
            Line("support.projects_completed_total", "Công trình, phần việc hoàn thành", "công trình"),
            Expand("support.projects_completed", "codes", unit="công trình", label="Hoàn thành: {name}"),
            Line("support.households_helped", "Hộ gia đình được hỗ trợ", "hộ"),
            Line("support.households_ethnic_minority", "Trong đó hộ đồng bào dân tộc thiểu số", "hộ"),
            Line("support.households_poor", "Trong đó hộ nghèo", "hộ"),
            Line("support.households_near_poor", "Trong đó hộ cận nghèo", "hộ"),
            Line("support.cash_received_vnd", "Tiền mặt vận động được", "đồng"),
            Line("support.in_kind_value_vnd", "Hiện vật, vật liệu quy ra tiền", "đồng"),
            Line("support.donors", "Nhà hảo tâm, đơn vị tài trợ", "nhà hảo tâm"),
            Line("support.officer_labour_days", "Ngày công của cán bộ, chiến sĩ", "ngày công"),
            Line("support.officers", "Cán bộ, chiến sĩ tham gia", "người"),
        )),
        OutlineItem("8", "Cán bộ tăng cường", (
            Expand("schedule.officers", "officers", unit="hoạt động", officer_kind="reinforcement",
                   label="{name}"),
        )),
    )),
    OutlineSection("III", "Đánh giá", (
        OutlineItem("1", "Ưu điểm", narrative="strengths"),
        OutlineItem("2", "Tồn tại, hạn chế và nguyên nhân", narrative="shortcomings"),
    )),
    OutlineSection("IV", "Phương hướng, nhiệm vụ tháng tới", (
        OutlineItem("1", "Nhiệm vụ trọng tâm", narrative="next_tasks"),
    )),
    OutlineSection("V", "Đề xuất, kiến nghị", (
        OutlineItem("1", "Đề xuất, kiến nghị", narrative="proposals"),
    )),
)
