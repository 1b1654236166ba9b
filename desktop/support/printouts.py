"""Printouts of the support area, through the official layout: the project sheet, a thank-you
letter to a donor, and the summary list of a period.

Building a document only reads (a preview logs nothing); ``log_*`` record the print in the audit log
once the clerk printed or saved it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, or_, select

from desktop import audit
from desktop.db import UnitOfWork
from desktop.register.issuing import numbered
from desktop.reports.phrases import contains_name, honorific, mid_sentence, sentence_start
from desktop.settings import get_station
from desktop.support.contributions import list_contributions, list_labour
from desktop.support.donors import get_donor
from desktop.support.figures import support_figures
from desktop.support.models import Project
from desktop.support.photos import list_photos
from desktop.support.projects import ProjectView, get_project, project_totals
from desktop.support.values import format_decimal
from desktop.text import fold, format_date, format_vnd


def _official():  # lazy: reportlab loads only when something is printed
    from desktop.reports import official

    return official


def _minority(p: ProjectView) -> str:
    if not p.ethnic_minority:
        return "không thuộc diện đồng bào dân tộc thiểu số"
    return "đồng bào dân tộc thiểu số" + (f" (dân tộc {p.ethnicity})" if p.ethnicity else "")


def _dates(p: ProjectView) -> str:
    if p.start_date and p.completed_date == p.start_date:
        return f"ngày {format_date(p.start_date)}"
    if p.start_date and p.completed_date:
        return f"từ {format_date(p.start_date)} đến {format_date(p.completed_date)}"
    if p.start_date:
        return f"bắt đầu {format_date(p.start_date)}"
    return "chưa bắt đầu"


def project_sheet(uow: UnitOfWork, project_id: int, *, doc_date: dt.date | None = None):  # -> Document
    """Who was helped, by whom, with what: one project on the official layout."""
    uow.require("read")
    o = _official()
    p = get_project(uow, project_id)
    station = get_station(uow)
    contributions = list_contributions(uow, project_id=p.id)
    labour = list_labour(uow, p.id)
    photos = list_photos(uow, p.id)
    t = p.totals
    before = sum(1 for ph in photos if ph.stage == "before")
    body: list = [
        o.Heading("I. HỘ ĐƯỢC HỖ TRỢ"),
        o.Paragraph(f"Chủ hộ: <b>{o.escape(p.head_name)}</b>; nơi ở: "
                    f"{o.escape(', '.join(x for x in (p.address, p.village_label) if x))}; "
                    f"diện: {o.escape(p.hardship_text.lower())}; {o.escape(_minority(p))}."),
        *([o.Paragraph(f"Số hộ trong sổ hộ khẩu: {o.escape(p.household_number)}.")]
          if p.household_number else []),
        o.Heading("II. CÔNG TRÌNH, PHẦN VIỆC"),
        o.Paragraph(f"Tên: <b>{o.escape(p.title)}</b>; loại: {o.escape(mid_sentence(p.kind_name))}"
                    + (f"; quy mô: {o.escape(p.size_text)}" if p.size_text else "") + "."),
        o.Paragraph(f"Thời gian thực hiện: {_dates(p)}; trạng thái: {p.status_text.lower()}; "
                    f"ảnh lưu kèm hồ sơ: "
                    f"{before} ảnh trước, {len(photos) - before} ảnh sau khi làm."),
    ]
    if p.event_label:
        body.append(o.Paragraph(f"Bàn giao, trao tặng tại: {o.escape(p.event_label)}."))
    if p.description:
        body.append(o.Paragraph(f"Nội dung: {o.escape(p.description)}"))
    body.append(o.Heading("III. NHÀ HẢO TÂM VÀ ĐÓNG GÓP"))
    if contributions:
        rows = [(str(i), c.donor_name, c.what, format_vnd(c.pledged_vnd) if c.pledged_vnd else "",
                 format_vnd(c.received_vnd) if c.received_vnd else "", format_date(c.received_date))
                for i, c in enumerate(contributions, 1)]
        rows.append(("", "Cộng", "", format_vnd(t.pledged_vnd), format_vnd(t.received_vnd), ""))
        body.append(o.Table((("STT", "Nhà hảo tâm", "Nội dung", "Cam kết", "Đã nhận", "Ngày nhận"),),
                            tuple(rows), col_widths=(0.8, 3.1, 2.5, 1.9, 1.9, 1.6),
                            align=("center", "left", "left", "right", "right", "center"), font_size=10))
    else:
        body.append(o.Paragraph("Chưa ghi nhận đóng góp."))
    body.append(o.Heading("IV. NGÀY CÔNG CỦA CÁN BỘ, CHIẾN SĨ"))
    if labour:
        rows = [(str(i), e.officer_label, format_date(e.work_date), e.days_text, e.note)
                for i, e in enumerate(labour, 1)]
        rows.append(("", "Cộng", "", format_decimal(t.labour_days), ""))
        body.append(o.Table((("STT", "Cán bộ, chiến sĩ", "Ngày làm", "Số ngày công", "Ghi chú"),),
                            tuple(rows),
                            col_widths=(0.8, 3.4, 1.6, 1.5, 3.0),
                            align=("center", "left", "center", "right", "left"), font_size=10))
    else:
        body.append(o.Paragraph("Chưa ghi nhận ngày công."))
    body.append(o.Paragraph(
        f"Tổng giá trị hỗ trợ đã nhận: <b>{format_vnd(t.received_vnd)}</b> (tiền mặt "
        f"{format_vnd(t.cash_received_vnd)}, hiện vật trị giá khoảng {format_vnd(t.material_received_vnd)}) "
        f"và <b>{format_decimal(t.labour_days)}</b> ngày công của cán bộ, chiến sĩ."))
    return o.Document(
        letterhead=station.letterhead(), kind_code="PTT", title="PHIẾU THÔNG TIN",
        subject=f"Công trình, phần việc hỗ trợ: {p.title}", doc_date=doc_date or dt.date.today(),
        body=tuple(body), recipients=("Lưu: VT",), signer=station.signer(),
    )


@dataclass(frozen=True)
class DonorWords:
    """How a letter names its donor: "Ông Nguyễn Văn Hùng" on the address line, "ông Nguyễn Văn
    Hùng" at the first mention, then "ông"; a business or body by its name, then "Quý đơn vị"."""

    addressee: str
    first: str
    later: str
    wish: str


def donor_words(kind: str, sex: str, name: str) -> DonorWords:
    if kind == "person":
        h = honorific(sex)
        title = "/".join(sentence_start(w) for w in h.split("/"))  # "Ông", "Bà", "Ông/Bà"
        return DonorWords(f"{title} {name}", f"{h} {name}", h,
                          f"Kính chúc {h} và gia đình sức khỏe, hạnh phúc và thành công.")
    return DonorWords(name, name, "Quý đơn vị", "Kính chúc Quý đơn vị ngày càng phát triển.")


def _issuer(commune: str) -> str:
    """"Công an xã Đắk Nia" from the station's commune name ("Xã Đắk Nia" or "xã Đắk Nia")."""
    commune = commune.strip()
    return f"Công an {mid_sentence(commune)}" if commune else "Công an xã"


def project_line(p: ProjectView) -> str:
    """The project and its household named once: "Làm sân cho hộ bà Thị Hơn, bon Bu Sir", or
    "Tặng quà Tết (hộ Thị Hrin, thôn Nia Đơn)" when the title does not name the head."""
    place = "" if not p.village_label or contains_name(p.title, p.village_label) else p.village_label
    if contains_name(p.title, p.head_name):
        return f"{p.title}, {place}" if place else p.title
    return f"{p.title} (hộ {p.head_name}" + (f", {place})" if place else ")")


def thank_you_letter(uow: UnitOfWork, donor_id: int, *, date_from: dt.date | None = None,
                     date_to: dt.date | None = None, doc_date: dt.date | None = None):  # -> Document
    """"THƯ CẢM ƠN" to a donor, listing what they gave (received; optionally within a period).

    A person is addressed "ông"/"bà" by the recorded sex ("ông/bà" when it is not recorded); a
    business or body by its name, with wishes fit for a body."""
    uow.require("read")
    o = _official()
    donor = get_donor(uow, donor_id)
    station = get_station(uow)
    given = [c for c in list_contributions(uow, donor_id=donor_id) if c.received_vnd and c.received_date
             and (date_from is None or c.received_date >= date_from)
             and (date_to is None or c.received_date <= date_to)]
    words = donor_words(donor.kind, donor.sex, donor.name)
    issuer = _issuer(station.commune_name) if station.commune_name.strip() else station.unit_label
    body: list = [o.Paragraph(
        f"{o.escape(issuer)} trân trọng cảm ơn {o.escape(words.first)} đã quan tâm, đồng hành cùng đơn vị "
        "trong phong trào thi đua “Dân vận khéo”, chung tay giúp đỡ các hộ gia đình có hoàn cảnh khó khăn "
        "trên địa bàn.")]
    if given:
        rows = []
        projects = {}
        for c in given:
            if c.project_id not in projects:
                projects[c.project_id] = get_project(uow, c.project_id)
            rows.append((str(len(rows) + 1), project_line(projects[c.project_id]), c.what,
                         format_vnd(c.received_vnd), format_date(c.received_date)))
        total = sum(c.received_vnd for c in given)
        rows.append(("", "Tổng cộng", "", format_vnd(total), ""))
        body.append(o.Paragraph(f"Trong thời gian qua, {o.escape(words.later)} đã đóng góp:"))
        body.append(o.Table((("STT", "Công trình, hộ được hỗ trợ", "Nội dung", "Giá trị", "Ngày nhận"),),
                            tuple(rows), col_widths=(0.8, 4.1, 2.5, 1.9, 1.6),
                            align=("center", "left", "left", "right", "center"), font_size=11))
        households = len({("h", p.household_id) if p.household_id is not None
                          else (fold(p.head_name), p.village_id) for p in projects.values()})
        body.append(o.Paragraph(
            f"Những đóng góp thiết thực ấy đã giúp {households} hộ gia đình có thêm điều kiện ổn định cuộc "
            "sống, góp phần xây dựng khối đại đoàn kết toàn dân tộc và giữ vững an ninh, trật tự ở cơ sở."))
    body.append(o.Paragraph(f"{o.escape(words.wish)} Rất mong tiếp tục nhận được sự đồng hành của "
                            f"{o.escape(words.later)} trong thời gian tới."))
    body.append(o.Paragraph("Trân trọng cảm ơn!"))
    return o.Document(
        letterhead=station.letterhead(), kind_code="TC", title="THƯ CẢM ƠN",
        subject="Về việc ủng hộ các công trình, phần việc hỗ trợ hộ gia đình khó khăn",
        doc_date=doc_date or dt.date.today(), body=tuple(body), addressees=(words.addressee,),
        recipients=(words.addressee, "Lưu: VT"), signer=station.signer(),
    )


def summary_list(uow: UnitOfWork, start: dt.date, end: dt.date, *, doc_date: dt.date | None = None):
    """The projects under way in a period (not cancelled), with totals and the period's figures."""
    uow.require("read")
    o = _official()
    station = get_station(uow)
    stmt = select(Project.id).where(
        Project.status != "cancelled", Project.start_date <= end,
        or_(Project.completed_date.is_(None), and_(Project.completed_date >= start)),
    ).order_by(Project.start_date, Project.id)
    ids = list(uow.session.scalars(stmt))
    totals = project_totals(uow, ids)
    rows = []
    for i, pid in enumerate(ids, 1):
        p = get_project(uow, pid)
        household = f"{p.head_name}, {p.village_label} ({p.hardship_text.lower()}" + \
            (", DTTS)" if p.ethnic_minority else ")")
        what = mid_sentence(p.kind_name) + (f", {p.size_text}" if p.size_text else "")
        rows.append((str(i), f"{p.title} ({what})",
                     household, _dates(p), p.status_text, format_vnd(totals[pid].received_vnd),
                     format_decimal(totals[pid].labour_days) if totals[pid].labour_days else ""))
    f = support_figures(uow, start, end)
    period = f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
    body: list = [o.Paragraph(
        f"Trong kỳ ({period}): bắt đầu {f['projects_started_total']} công trình, hoàn thành "
        f"{f['projects_completed_total']} công trình cho {f['households_helped']} hộ (trong đó "
        f"{f['households_ethnic_minority']} hộ đồng bào dân tộc thiểu số, {f['households_poor']} hộ nghèo); "
        f"nhận tiền mặt {format_vnd(f['cash_received_vnd'])}, "
        f"hiện vật trị giá {format_vnd(f['in_kind_value_vnd'])} "
        f"của {f['donors']} nhà hảo tâm; cán bộ, chiến sĩ góp "
        f"{format_decimal(Decimal(str(f['officer_labour_days'])))} ngày công.")]
    if rows:
        rows.append(("", "Cộng", "", "", "", format_vnd(sum(t.received_vnd for t in totals.values())),
                     format_decimal(sum((t.labour_days for t in totals.values()), start=Decimal(0)))))
        body.append(o.Table(
            (("STT", "Công trình, phần việc", "Hộ được hỗ trợ", "Thời gian", "Trạng thái", "Đã nhận",
              "Ngày công"),),
            tuple(rows), col_widths=(0.7, 3.0, 2.8, 1.9, 1.4, 1.6, 1.0),
            align=("center", "left", "left", "left", "left", "right", "right"), font_size=10))
    else:
        body.append(o.Paragraph("Không có công trình nào trong kỳ."))
    return o.Document(
        letterhead=station.letterhead(), kind_code="DS", title="DANH SÁCH",
        subject=f"Công trình, phần việc hỗ trợ hộ gia đình khó khăn\n{period}",
        doc_date=doc_date or dt.date.today(), body=tuple(body), recipients=("Lưu: VT",),
        signer=station.signer(),
    )


def pdf(doc) -> bytes:  # noqa: ANN001 - Document, imported lazily
    return _official().render_bytes(doc)


def project_sheet_pdf(uow: UnitOfWork, project_id: int) -> bytes:
    return pdf(numbered(uow, project_sheet(uow, project_id), "support.project", project_id))


def thank_you_letter_pdf(uow: UnitOfWork, donor_id: int, date_from: dt.date | None = None,
                         date_to: dt.date | None = None) -> bytes:
    doc = thank_you_letter(uow, donor_id, date_from=date_from, date_to=date_to)
    return pdf(numbered(uow, doc, "support.thanks", donor_id, key=f"{date_from}..{date_to}", own_code=True))


def summary_list_pdf(uow: UnitOfWork, start: dt.date, end: dt.date) -> bytes:
    return pdf(numbered(uow, summary_list(uow, start, end), "support.list", key=f"{start}..{end}"))


def log_sheet_printed(uow: UnitOfWork, project_id: int) -> None:
    p = get_project(uow, project_id)
    audit.record(uow, "print", "support_project", p.id, f"In phiếu thông tin công trình «{p.title}»")


def log_letter_printed(uow: UnitOfWork, donor_id: int) -> None:
    donor = get_donor(uow, donor_id)
    audit.record(uow, "print", "support_donor", donor.id, f"In thư cảm ơn «{donor.name}»")


def log_list_printed(uow: UnitOfWork, start: dt.date, end: dt.date) -> None:
    uow.require("read")
    period = f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
    audit.record(uow, "print", "support_project", None, f"In danh sách công trình hỗ trợ {period}")
