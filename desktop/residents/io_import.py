"""The all-or-nothing import of persons and households from the CAXA template (python-calamine).

Everything is read and checked first; any bad row, column, merged cell, formula or wrong sheet is
listed in Vietnamese and nothing is written. Persons whose ID number is already known are updated.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update

from desktop import audit
from desktop.db import UnitOfWork
from desktop.errors import CaxaError, ValidationError
from desktop.jobs import SILENT, Progress
from desktop.residents import bulk, quality, search, validate
from desktop.residents.io import (
    FIELD_TO_COLUMN,
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_SHEET,
    PERSON_COLUMNS,
    PERSON_SHEET,
    ImportFailed,
    ImportReport,
    RowError,
)
from desktop.residents.models import RELATIONS, Household, Person, ResidenceFile
from desktop.residents.service import PersonInput, validate_fields
from desktop.settings import Village
from desktop.text import clean, format_int

MAX_ROWS = 60_000


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value))


def _formula_cells(path: Path, sheet_names: list[str], wanted: set[str]) -> dict[str, list[str]]:
    """Cells holding formulas, per wanted sheet (read straight from the sheet XML)."""
    found: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as zf:
        for index, name in enumerate(sheet_names, start=1):
            if name not in wanted:
                continue
            member = f"xl/worksheets/sheet{index}.xml"
            if member not in zf.namelist():
                continue
            xml = zf.read(member)
            if b"<f" not in xml:
                continue
            found[name] = re.findall(r'<c r="([A-Z]+\d+)"[^>]*>\s*<f', xml.decode("utf-8", "replace"))
    return found


def _open(path: Path, report: ImportReport) -> Any:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() != ".xlsx" or not zipfile.is_zipfile(path):
        report.errors.append(
            RowError(path.name, 0, "", "không phải tệp Excel .xlsx (hãy lưu lại dạng .xlsx).")
        )
        return None
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for broken files
        report.errors.append(RowError(path.name, 0, "", f"không đọc được tệp Excel: {exc}"))
        return None


def _header_map(
    sheet: str, header: list[Any], expected: list[tuple[str, bool]], report: ImportReport
) -> dict[str, int]:
    names = [_cell_text(h).rstrip("*").strip() for h in header]
    index = {n: i for i, n in enumerate(names) if n}
    missing = [name for name, required in expected if name not in index and required]
    missing += [name for name, required in expected if name not in index and not required]
    if missing:
        report.errors.append(
            RowError(
                sheet,
                1,
                "",
                "thiếu cột "
                + ", ".join(f"«{m}»" for m in missing)
                + " (hãy dùng tệp mẫu của CAXA: caxa template residents).",
            )
        )
    return index


def read_import(uow: UnitOfWork, path: Path | str, progress: Progress = SILENT) -> tuple[ImportReport, dict]:
    """Read and check everything; returns the report and the rows ready to write (nothing written)."""
    uow.require("write")
    path = Path(path)
    report = ImportReport()
    if not path.exists():
        raise CaxaError(f"Không có tệp {path}.")
    wb = _open(path, report)
    if wb is None:
        return report, {}
    names = list(wb.sheet_names)
    if PERSON_SHEET not in names:
        report.errors.append(
            RowError(
                path.name,
                0,
                "",
                f"không có trang «{PERSON_SHEET}» (các trang có: "
                + ", ".join(f"«{n}»" for n in names)
                + ").",
            )
        )
        return report, {}
    wanted = {PERSON_SHEET} | ({HOUSEHOLD_SHEET} if HOUSEHOLD_SHEET in names else set())
    for sheet_name in sorted(wanted):
        sheet = wb.get_sheet_by_name(sheet_name)
        merged = sheet.merged_cell_ranges or []
        if merged:
            report.errors.append(
                RowError(
                    sheet_name,
                    0,
                    "",
                    f"có {len(merged)} vùng ô gộp (vd. {_range_text(merged[0])}); hãy bỏ gộp ô.",
                )
            )
    for sheet_name, cells in _formula_cells(path, names, wanted).items():
        if cells:
            report.errors.append(
                RowError(
                    sheet_name,
                    0,
                    "",
                    "có công thức ở ô "
                    + ", ".join(cells[:10])
                    + ("…" if len(cells) > 10 else "")
                    + "; hãy dán giá trị (Paste Values).",
                )
            )
    if report.errors:
        return report, {}
    villages = {
        validate.clean(f"{v.kind} {v.name}").lower(): v.id for v in uow.session.scalars(select(Village))
    }
    villages.update({validate.clean(v.name).lower(): v.id for v in uow.session.scalars(select(Village))})
    existing_households = dict(uow.session.execute(select(Household.number, Household.id)).all())
    new_households: dict[str, dict] = {}
    if HOUSEHOLD_SHEET in names:
        rows = wb.get_sheet_by_name(HOUSEHOLD_SHEET).to_python(skip_empty_area=False)
        if rows:
            idx = _header_map(HOUSEHOLD_SHEET, rows[0], HOUSEHOLD_COLUMNS, report)
            for r, row in enumerate(rows[1:], start=2):
                values = {name: _cell_text(row[i]) if i < len(row) else "" for name, i in idx.items()}
                if not any(values.values()):
                    continue
                number, village = values.get("Số hộ", ""), values.get("Thôn, bon", "")
                if not number:
                    report.errors.append(RowError(HOUSEHOLD_SHEET, r, "Số hộ", "không được để trống."))
                elif number in new_households:
                    report.errors.append(
                        RowError(HOUSEHOLD_SHEET, r, "Số hộ", f"«{number}» lặp lại trong tệp.")
                    )
                vid = villages.get(village.lower())
                if vid is None:
                    report.errors.append(
                        RowError(HOUSEHOLD_SHEET, r, "Thôn, bon", f"«{village}» không có trong danh mục.")
                    )
                if number and vid and number not in existing_households:
                    new_households[number] = {
                        "number": number,
                        "village_id": vid,
                        "address": values.get("Địa chỉ", "")[:250],
                        "note": values.get("Ghi chú", ""),
                    }
    sheet = wb.get_sheet_by_name(PERSON_SHEET)
    rows = sheet.to_python(skip_empty_area=False)
    if not rows:
        report.errors.append(RowError(PERSON_SHEET, 0, "", "trang trống."))
        return report, {}
    if len(rows) - 1 > MAX_ROWS:
        report.errors.append(
            RowError(
                PERSON_SHEET,
                0,
                "",
                f"có {format_int(len(rows) - 1)} dòng, quá giới hạn "
                f"{format_int(MAX_ROWS)} dòng một lần nhập; hãy chia thành nhiều tệp.",
            )
        )
        return report, {}
    idx = _header_map(PERSON_SHEET, rows[0], [(h, req) for h, _k, req, _t in PERSON_COLUMNS], report)
    if report.errors:
        return report, {}
    by_id = {
        n: i
        for n, i in uow.session.execute(select(Person.id_number, Person.id).where(Person.id_number != ""))
    }
    seen_ids: dict[str, int] = {}
    inserts: list[dict] = []
    updates: list[dict] = []
    today = dt.date.today()
    total = len(rows) - 1
    for r, row in enumerate(rows[1:], start=2):
        if r % 2000 == 0:
            progress.step(r, total, "Đang kiểm tra")
        values: dict[str, Any] = {}
        for header, key, _req, _t in PERSON_COLUMNS:
            i = idx[header]
            values[key] = row[i] if i < len(row) else None
        if all(v in (None, "") for v in values.values()):
            continue
        report.rows += 1
        errors = _check_row(values, r, villages, existing_households, new_households, seen_ids, today)
        if errors:
            report.errors.extend(errors)
            continue
        record = values["_record"]
        pid = by_id.get(record["id_number"]) if record["id_number"] else None
        if pid is not None:
            record["id"] = pid
            updates.append(record)
        else:
            inserts.append(record)
    report.new, report.updated, report.households_new = len(inserts), len(updates), len(new_households)
    return report, {"inserts": inserts, "updates": updates, "households": list(new_households.values())}


def _range_text(rng: Any) -> str:
    try:
        (r1, c1), (r2, c2) = rng
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(c1 + 1)}{r1 + 1}:{get_column_letter(c2 + 1)}{r2 + 1}"
    except (TypeError, ValueError):
        return str(rng)


def _check_row(
    values: dict[str, Any],
    r: int,
    villages: dict[str, int],
    existing: dict[str, int],
    new: dict[str, dict],
    seen_ids: dict[str, int],
    today: dt.date,
) -> list[RowError]:
    errors: list[RowError] = []
    raw_id = values["id_number"]
    if isinstance(raw_id, float | int) and not isinstance(raw_id, bool):
        errors.append(
            RowError(
                PERSON_SHEET,
                r,
                "Số định danh cá nhân",
                f"ô là số ({_cell_text(raw_id)}), có thể đã mất số 0 ở đầu; hãy định dạng cột là "
                "Văn bản và nhập lại đủ 12 chữ số.",
            )
        )
    text = {
        k: _cell_text(v) if k != "id_number" else ("" if v is None else str(v).strip())
        for k, v in values.items()
    }
    village_id = None
    if text["village"]:
        village_id = villages.get(text["village"].lower())
        if village_id is None:
            errors.append(
                RowError(PERSON_SHEET, r, "Thôn, bon", f"«{text['village']}» không có trong danh mục.")
            )
    household = text["household"]
    if household and household not in existing and household not in new:
        errors.append(
            RowError(
                PERSON_SHEET,
                r,
                "Số hộ",
                f"hộ «{household}» chưa có trong CAXA và trong trang «{HOUSEHOLD_SHEET}».",
            )
        )
    if household and village_id is None and household in new:
        village_id = new[household]["village_id"]
    number = text["id_number"]
    if number and number in seen_ids:
        errors.append(
            RowError(
                PERSON_SHEET,
                r,
                "Số định danh cá nhân",
                f"«{number}» trùng với dòng {seen_ids[number]} trong tệp.",
            )
        )
    elif number:
        seen_ids[number] = r
    data = PersonInput(
        full_name=text["full_name"],
        sex=text["sex"],
        birth=text["birth"],
        other_name=text["other_name"],
        ethnic=text["ethnic"],
        religion=text["religion"] or "Không",
        id_number=number,
        phone=text["phone"],
        occupation=text["occupation"],
        permanent_address=text["permanent_address"],
        temporary_address=text["temporary_address"],
        relation=text["relation"],
        status=text["status"],
        death_date=text["death_date"],
        death_reported_date=text["death_reported_date"],
        moved_date=text["moved_date"],
        struck_off_date=text["struck_off_date"],
        strike_ground=text["strike_ground"],
        id_card_status=text["id_card_status"],
        id_card_applied_date=text["id_card_applied_date"],
        id_card_issued_date=text["id_card_issued_date"],
        vneid_level=text["vneid_level"],
        vneid2_date=text["vneid2_date"],
        note=text["note"],
    )
    # each column on its own first, so that every bad column of the row is listed
    single = [
        ("Họ và tên", lambda: validate_fields(PersonInput(data.full_name, "Nam"), today=today)),
        ("Ngày sinh", lambda: validate.parse_birth("Ngày sinh", data.birth, today=today)),
        ("Giới tính", lambda: validate.sex("Giới tính", data.sex)),
        (
            "Số định danh cá nhân",
            lambda: validate.id_number("Số định danh cá nhân", number, accept_warning=False),
        ),
        ("Số điện thoại", lambda: validate.phone("Số điện thoại", data.phone)),
        ("Dân tộc", lambda: validate.choice("Dân tộc", data.ethnic, validate.ETHNIC_GROUPS, "Kinh")),
        ("Tình trạng", lambda: validate.status(data.status)),
        ("Tình trạng căn cước", lambda: validate.id_card_status(data.id_card_status)),
        ("Mức VNeID", lambda: validate.vneid_level(data.vneid_level)),
    ]
    if data.relation:
        single.append(
            ("Quan hệ với chủ hộ", lambda: validate.choice("Quan hệ với chủ hộ", data.relation, RELATIONS))
        )
    for column, check in single:
        try:
            check()
        except ValidationError as exc:
            if not any(e.column == column for e in errors):
                errors.append(RowError(PERSON_SHEET, r, column, exc.detail))
    if errors:
        return errors
    try:
        record = validate_fields(data, today=today)
    except ValidationError as exc:
        return [RowError(PERSON_SHEET, r, FIELD_TO_COLUMN.get(exc.field, exc.field), exc.detail)]
    record.update(village_id=village_id, household_id=existing.get(household), note=record["note"])
    record["_household_number"] = household
    values["_record"] = record
    return []


def write_import(
    uow: UnitOfWork, report: ImportReport, plan: dict, source: str, progress: Progress = SILENT
) -> None:
    """Write what ``read_import`` checked, in the caller's unit of work (all or nothing)."""
    conn = uow.session.connection()
    numbers: dict[str, int] = {}
    for h in plan["households"]:
        obj = uow.add(Household(active=True, **h))
        uow.flush()
        numbers[h["number"]] = obj.id
    for rec in plan["inserts"] + plan["updates"]:
        number = rec.pop("_household_number", "")
        if number and rec.get("household_id") is None:
            rec["household_id"] = numbers.get(number)
    progress.step(0, 3, "Đang ghi nhân khẩu mới")
    bulk.insert_persons(uow, plan["inserts"])
    # new members of households that already have a residence file: their search key gets its number
    joined = {r["household_id"] for r in plan["inserts"] if r.get("household_id")}
    if joined:
        with_files = set(
            uow.session.scalars(
                select(ResidenceFile.household_id).where(ResidenceFile.household_id.in_(list(joined)))
            )
        )
        if with_files:
            members = list(
                uow.session.scalars(select(Person.id).where(Person.household_id.in_(list(with_files))))
            )
            search.refresh_keys(uow, members)
    progress.step(1, 3, "Đang cập nhật nhân khẩu đã có")
    if plan["updates"]:
        table = Person.__table__
        rows = []
        for rec in plan["updates"]:
            full = bulk.complete(rec)
            full["pid"] = full.pop("id")
            for key in ("created_at", "version", "reviewed_date", "mobilised_date", "mobilised_by"):
                full.pop(key, None)
            rows.append(full)
        cols = [k for k in rows[0] if k != "pid"]
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("pid"))
            .values({c: bindparam(c) for c in cols})
            .values(version=table.c.version + 1),
            rows,
        )
        search.refresh_keys(uow, [r["pid"] for r in rows])
    progress.step(2, 3, "Đang rà soát lỗi dữ liệu")
    quality.sync_issues(uow)
    audit.record(
        uow,
        "import",
        "person",
        None,
        f"Nhập từ {source}: {report.new} nhân khẩu mới, "
        f"{report.updated} cập nhật, {report.households_new} hộ mới",
    )
    report.written = True


def import_persons(
    uow: UnitOfWork, path: Path | str, *, dry_run: bool = False, progress: Progress = SILENT
) -> ImportReport:
    """Check the whole file; write nothing when any row is bad (ImportFailed lists every error)."""
    report, plan = read_import(uow, path, progress)
    if report.errors:
        raise ImportFailed(report)
    if not dry_run:
        write_import(uow, report, plan, Path(path).name, progress)
    return report
