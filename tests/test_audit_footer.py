"""Every issued document carries the audit log's fingerprint in its footer."""

import datetime as dt
import io

from pypdf import PdfReader

from desktop import audit, settings
from desktop.reports.official import Document, Letterhead, Paragraph, render_bytes

LETTERHEAD = Letterhead("Công an tỉnh Lâm Đồng", "Công an xã Đắk Nia", "Đắk Nia")


def _document(**changes):
    return Document(LETTERHEAD, "BC", "BÁO CÁO", "Kết quả công tác", dt.date(2026, 11, 29),
                    body=(Paragraph("Nội dung."),), **changes)


def _footer(pdf: bytes) -> list[str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [line for page in pages for line in page.extract_text().splitlines() if "Mã kiểm chứng" in line]


def test_document_laid_out_in_a_unit_of_work_carries_its_fingerprint(db, admin):
    with db.uow(admin) as work:
        settings.add_village(work, "Bu Sir", "bon")
        audit.record(work, "print", "", None, "In báo cáo")
        expected = audit.fingerprint(work.session)
        pdf = render_bytes(_document())
    assert _footer(pdf) == [f"Mã kiểm chứng nhật ký: {expected}"]
    assert audit.verify(db, anchor=expected).ok


def test_document_laid_out_after_the_commit_carries_the_last_head(db, admin):
    with db.uow(admin) as work:
        audit.record(work, "print", "", None, "In báo cáo")
    pdf = render_bytes(_document())
    assert _footer(pdf) == [f"Mã kiểm chứng nhật ký: {audit.verify(db).fingerprint}"]


def test_explicit_mark_wins_and_an_empty_one_draws_nothing():
    assert _footer(render_bytes(_document(audit_mark="12-ABCD-EFGH-JKMN"))) == [
        "Mã kiểm chứng nhật ký: 12-ABCD-EFGH-JKMN"
    ]
    assert _footer(render_bytes(_document(audit_mark=""))) == []


def test_document_laid_out_after_a_read_only_unit_of_work_carries_the_head(db, admin):
    with db.uow(admin) as work:
        settings.add_village(work, "Bu Sir", "bon")
    expected = audit.verify(db).fingerprint
    with db.uow(admin) as work:  # reads only, logs nothing (a figures page, a preview)
        settings.list_villages(work)
    assert _footer(render_bytes(_document())) == [f"Mã kiểm chứng nhật ký: {expected}"]
