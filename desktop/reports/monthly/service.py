"""The monthly report's use-cases: its period, composing, drafts, issuing and the issued versions.

``printout`` is the render function the GUI hands to the print flow: a stored version with
``issued_id``; inside ``register.issuing.issuing()`` it issues the report (the next version, numbered
from the outgoing register, frozen with its PDF and workbook); elsewhere an unnumbered draft preview.
An issued version never changes: a correction is issued again as the next version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop import audit, figures
from desktop.db import UnitOfWork, now
from desktop.errors import DatabaseError, StaleRecord, ValidationError
from desktop.register import issuing
from desktop.reports.monthly import compose as composing
from desktop.reports.monthly import jsonio
from desktop.reports.monthly.model import MonthlyReport, Narrative, Number, Period, Station
from desktop.reports.monthly.models import IssuedMonthlyReport, MonthlyReportDraft
from desktop.settings import Station as StationRow
from desktop.settings import StationView, get_station
from desktop.text import nfc

FIELD = "Tháng báo cáo"
REGISTER_AREA = "reports.monthly"
NARRATIVE_FIELDS = {
    "summary": "Tình hình chung",
    "strengths": "Ưu điểm",
    "shortcomings": "Tồn tại, hạn chế và nguyên nhân",
    "next_tasks": "Phương hướng, nhiệm vụ tháng tới",
    "proposals": "Đề xuất, kiến nghị",
}
MAX_NARRATIVE = 400_000  # characters per part (~100 pages)


class AlreadyIssued(StaleRecord):
    """Another clerk issued this version of the period's report meanwhile (or before)."""

    def __init__(self, period: Period, version: int, label: str) -> None:
        number = f", số {label}" if label else ""
        Exception.__init__(
            self,
            f"Báo cáo tháng {_period_text(period)} lần {version}{number} đã được phát hành "
            "(có thể ở máy khác, ngay lúc này). Hãy mở lại danh sách báo cáo đã phát hành; nếu cần "
            "sửa, phát hành lần tiếp theo.",
        )
        self.version = version


@dataclass(frozen=True)
class IssuedSummary:
    id: int
    period: Period
    version: int
    number_label: str
    issued_at: dt.datetime
    issued_by: str


@dataclass(frozen=True)
class IssuedReport:
    summary: IssuedSummary
    report: MonthlyReport
    pdf: bytes
    xlsx: bytes

    @property
    def id(self) -> int:
        return self.summary.id


def _period_text(period: Period) -> str:
    if period.start.day == 1 and (period.end + dt.timedelta(days=1)).day == 1:
        return f"{period.end:%m/%Y}"
    return f"{period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}"


def station_of(view: StationView) -> Station:
    """The report's station: a stable code for the roll-up, its name and province."""
    from desktop.reports.monthly.outline import slug

    parent = " ".join(view.parent_body.split())
    province = ""
    for prefix in ("CÔNG AN TỈNH ", "CÔNG AN THÀNH PHỐ "):
        if parent.upper().startswith(prefix):
            province = parent[len(prefix):].title()
    code = view.commune_code.strip() or slug(view.commune_name or view.issuing_body)
    return Station(code, view.unit_name, province)


# --------------------------------------------------------------------------- the period


def _has_records_until(uow: UnitOfWork, end: dt.date) -> bool:
    """Whether any area holds a record dated on or before ``end`` (asked through the providers)."""
    flows = {
        "residents": ("events", "files_arranged", "loans.lent", "campaign.reviewed"),
        "schedule": ("events.total", "incidents.count", "hotspots.found"),
        "weapons": ("received.receipts", "voided_receipts"),
        "support": ("projects_started_total", "projects_completed_total", "cash_received_vnd",
                    "in_kind_value_vnd", "officer_labour_days"),
        "security": ("reports.received", "incidents.count", "managed.added", "residence.checks",
                     "residence.lodging_notices"),
    }
    for area, keys in flows.items():
        fn = figures.PROVIDERS.get(area)
        if fn is None:
            continue
        data = fn(uow, composing.EPOCH, end)
        for key in keys:
            value = composing.resolve(data, key)
            if isinstance(value, dict):
                value = sum(v for v in value.values() if isinstance(v, int | float))
            if value:
                return True
    return False


def month_period(uow: UnitOfWork, year: int, month: int) -> Period:
    """The reporting period of month ``month``/``year``: the calendar month, or with a start day
    set (e.g. 15) from that day of the month before to the day before it in this month."""
    uow.require("read")
    if isinstance(year, bool) or isinstance(month, bool) or not 1 <= int(month) <= 12 \
            or not 1975 <= int(year) <= 9998:
        raise ValidationError(FIELD, f"«{month}/{year}» không phải tháng hợp lệ.")
    station = get_station(uow)
    period = Period(*figures.period_for(dt.date(int(year), int(month), 1), station.period_start_day))
    today = now().date()
    if period.start > today:
        raise ValidationError(FIELD, f"tháng {month:02d}/{year} chưa bắt đầu (hôm nay {today:%d/%m/%Y}).")
    created = uow.session.scalar(select(StationRow.created_at).where(StationRow.id == 1))
    if created is not None and period.end < created.date() and not _has_records_until(uow, period.end):
        raise ValidationError(
            FIELD,
            f"tháng {month:02d}/{year} ở trước khi đơn vị bắt đầu dùng CAXA ({created:%d/%m/%Y}) và "
            "không có hồ sơ nào từ thời gian đó.",
        )
    return period


# --------------------------------------------------------------------------- composing and drafts


def compose(uow: UnitOfWork, period: Period, narrative: Narrative | None = None) -> MonthlyReport:
    """The report of ``period``, counted now from the records, with ``narrative`` (default: the draft)."""
    uow.require("read")
    view = get_station(uow)
    if narrative is None:
        narrative = load_draft(uow, period)
    return composing.compose_report(uow, period, station_of(view), view.period_start_day, narrative)


def _draft_row(uow: UnitOfWork, period: Period) -> MonthlyReportDraft | None:
    return uow.session.scalar(
        select(MonthlyReportDraft).where(
            MonthlyReportDraft.period_start == period.start, MonthlyReportDraft.period_end == period.end
        )
    )


def load_draft(uow: UnitOfWork, period: Period) -> Narrative:
    """The narrative saved for ``period`` (empty when none yet)."""
    uow.require("read")
    row = _draft_row(uow, period)
    if row is None:
        return Narrative()
    return Narrative(**{name: getattr(row, name) for name in NARRATIVE_FIELDS})


def _clean_text(label: str, value: str | None) -> str:
    """Narrative text as written (paragraphs and line breaks kept): NFC, line ends as '\n', no
    trailing spaces, no control characters."""
    raw = nfc(str(value or "")).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in raw.split("\n")]
    text = "\n".join(lines).strip("\n")
    if len(text) > MAX_NARRATIVE:
        raise ValidationError(label, f"dài quá {MAX_NARRATIVE} ký tự (hiện có {len(text)}).")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise ValidationError(label, "chứa ký tự điều khiển không hợp lệ.")
    return text


def clean_narrative(narrative: Narrative) -> Narrative:
    fields = NARRATIVE_FIELDS.items()
    return Narrative(**{name: _clean_text(label, getattr(narrative, name)) for name, label in fields})


def save_draft(uow: UnitOfWork, period: Period, narrative: Narrative) -> None:
    """Keep the clerk's narrative for ``period`` (a later save replaces it)."""
    uow.require("write")
    clean = clean_narrative(narrative)
    row = _draft_row(uow, period)
    if row is None:
        row = uow.add(MonthlyReportDraft(period_start=period.start, period_end=period.end))
    for name in NARRATIVE_FIELDS:
        if getattr(row, name) != getattr(clean, name):
            setattr(row, name, getattr(clean, name))
    uow.flush()


# --------------------------------------------------------------------------- issuing


def _summary(row: IssuedMonthlyReport) -> IssuedSummary:
    return IssuedSummary(row.id, Period(row.period_start, row.period_end), row.report_version,
                         row.number_label, row.issued_at, row.issued_by)


def latest_version(uow: UnitOfWork, period: Period) -> int:
    """The last version issued for ``period`` (0 when none)."""
    uow.require("read")
    return int(uow.session.scalar(
        select(func.max(IssuedMonthlyReport.report_version)).where(
            IssuedMonthlyReport.period_start == period.start, IssuedMonthlyReport.period_end == period.end
        )
    ) or 0)


def _label_of(uow: UnitOfWork, period: Period, version: int) -> str:
    row = uow.session.scalar(select(IssuedMonthlyReport.number_label).where(
        IssuedMonthlyReport.period_start == period.start, IssuedMonthlyReport.period_end == period.end,
        IssuedMonthlyReport.report_version == version))
    return row or ""


def register_key(period: Period, version: int | None) -> str:
    """The outgoing register's record key of a version (what ``pdf.render`` passes to ``numbered``)."""
    return f"monthly:{period.start}:v{version}"


def issue(uow: UnitOfWork, period: Period, narrative: Narrative | None = None, *,
          as_version: int | None = None) -> IssuedReport:
    """Issue the report of ``period``: the next version (or exactly ``as_version``: what the clerk
    saw was the latest plus one), numbered from the register, frozen with its PDF and workbook.
    Raises ``AlreadyIssued`` when that version exists (another clerk issued it meanwhile)."""
    from desktop.register.service import find_issued
    from desktop.reports.monthly import pdf, workbook

    uow.require("write")  # on SQLite: the write lock first, so two PCs issue one after the other
    version = latest_version(uow, period) + 1
    if as_version is not None and as_version != version:
        if 1 <= as_version < version:
            raise AlreadyIssued(period, as_version, _label_of(uow, period, as_version))
        raise ValidationError("Lần phát hành",
                              f"lần tiếp theo của tháng {_period_text(period)} là {version}.")
    narrative = clean_narrative(narrative if narrative is not None else load_draft(uow, period))
    report = dataclasses.replace(compose(uow, period, narrative), version=version, issued_at=now())
    with issuing.issuing():
        pdf_bytes = pdf.render(uow, report)
    entry = find_issued(uow, REGISTER_AREA, None, register_key(period, version))
    if entry is None:  # the printout did not go through the register: nothing may go out unnumbered
        raise DatabaseError("Báo cáo chưa lấy được số văn bản đi; không có gì được phát hành.")
    report = dataclasses.replace(report, number_label=entry.symbol)
    xlsx_bytes = workbook.workbook_bytes(uow, report)
    actor = uow.actor
    row = IssuedMonthlyReport(
        period_start=period.start, period_end=period.end, report_version=version,
        number_label=report.number_label or "", issued_at=report.issued_at,
        issued_by=actor.full_name or actor.username,
        report_json=json.dumps(jsonio.to_json(report), ensure_ascii=False, sort_keys=False),
        narrative_json=json.dumps(dataclasses.asdict(narrative), ensure_ascii=False),
        pdf=pdf_bytes, xlsx=xlsx_bytes,
    )
    try:
        with uow.session.begin_nested():
            uow.add(row)
            uow.flush()
    except IntegrityError:  # another PC issued this version meanwhile (its row is committed now)
        raise AlreadyIssued(period, version, _label_of(uow, period, version)) from None
    frozen = hashlib.sha256(row.report_json.encode("utf-8")).hexdigest()
    audit.record(uow, "print", IssuedMonthlyReport.__tablename__, row.id,
                 f"Phát hành báo cáo tháng {_period_text(period)} lần {version}, số {row.number_label}",
                 {"Lần phát hành": [None, version], "Số văn bản": [None, row.number_label],
                  "SHA-256 số liệu": [None, frozen]})
    return IssuedReport(_summary(row), report, pdf_bytes, xlsx_bytes)


def printout(uow: UnitOfWork, period: Period, narrative: Narrative | None = None,
             issued_id: int | None = None, *, as_version: int | None = None) -> bytes:
    """The report's PDF: the stored PDF of an issued version (``issued_id``); inside
    ``register.issuing.issuing()`` the report is issued now (see ``issue``); else a draft preview,
    unnumbered ("Số:      /BC-CAX")."""
    if issued_id is not None:
        return get_issued(uow, issued_id).pdf
    if issuing.is_issuing():
        return issue(uow, period, narrative, as_version=as_version).pdf
    from desktop.reports.monthly import pdf

    return pdf.render(uow, compose(uow, period, narrative))


def list_issued(uow: UnitOfWork, period: Period | None = None) -> list[IssuedSummary]:
    """Issued versions, newest period first, versions in order (``period``: that period's only)."""
    uow.require("read")
    cols = (IssuedMonthlyReport.id, IssuedMonthlyReport.period_start, IssuedMonthlyReport.period_end,
            IssuedMonthlyReport.report_version, IssuedMonthlyReport.number_label,
            IssuedMonthlyReport.issued_at, IssuedMonthlyReport.issued_by)
    stmt = select(*cols).order_by(IssuedMonthlyReport.period_start.desc(), IssuedMonthlyReport.report_version)
    if period is not None:
        stmt = stmt.where(IssuedMonthlyReport.period_start == period.start,
                          IssuedMonthlyReport.period_end == period.end)
    return [IssuedSummary(r.id, Period(r.period_start, r.period_end), r.report_version, r.number_label,
                          r.issued_at, r.issued_by) for r in uow.session.execute(stmt)]


def get_issued(uow: UnitOfWork, issued_id: int) -> IssuedReport:
    """An issued version as it went out: the report rebuilt from its frozen JSON, its PDF and workbook.

    The stored workbook's check sheets were written by the clerk who issued it and may name managed
    persons: only the roles that may see those (``security.managed.ALLOWED_ROLES``) get it; others get
    empty bytes (the figures and the PDF carry no names of managed persons)."""
    from desktop.security.managed import ALLOWED_ROLES

    uow.require("read")
    row = uow.get(IssuedMonthlyReport, issued_id)
    xlsx = bytes(row.xlsx) if uow.actor.role in ALLOWED_ROLES else b""
    return IssuedReport(_summary(row), jsonio.from_json(json.loads(row.report_json)), bytes(row.pdf), xlsx)


def find_issued_version(uow: UnitOfWork, period: Period, version: int) -> IssuedSummary:
    """The summary of version ``version`` of ``period`` (NotFound-like ValidationError when absent)."""
    for s in list_issued(uow, period):
        if s.version == version:
            return s
    raise ValidationError("Lần phát hành", f"tháng {_period_text(period)} chưa phát hành lần {version}.")


Difference = tuple[str, str, Number | None, Number | None]


def differences(old: MonthlyReport, new: MonthlyReport) -> list[Difference]:
    """(key, label, old value, new value) for each figure whose value differs between two versions
    (None: the figure is not in that version)."""
    before = {f.key: f for f in old.figures()}
    after = {f.key: f for f in new.figures()}
    out: list[Difference] = []
    for key in [*after, *(k for k in before if k not in after)]:
        a, b = before.get(key), after.get(key)
        old_value = a.value if a is not None else None
        new_value = b.value if b is not None else None
        if old_value != new_value:
            out.append((key, (b or a).label, old_value, new_value))  # type: ignore[union-attr]
    return out
