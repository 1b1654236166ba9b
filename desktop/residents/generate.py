"""Realistic residents for the demo station and the benchmarks: Kinh households in the thôn,
M'Nông and Ê Đê households in the bon, residence files in boxes, loans, and data defects at
realistic rates. Deterministic (``random.Random(seed)``) and fast (Core inserts in batches)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text

from desktop.db import UnitOfWork, now
from desktop.residents import bulk, idcard
from desktop.residents.generate_names import EDE_CLANS, KINH_SURNAMES, OCCUPATIONS, PROVINCE_CODES
from desktop.residents.generate_names import Namer as _Namer  # the benchmarks name people with it
from desktop.residents.models import (
    FileLoan,
    Household,
    Person,
    ResidenceEvent,
    ResidenceFile,
    StorageLocation,
)
from desktop.settings import Village
from desktop.staff.models import Officer


@dataclass(frozen=True)
class GenerateResult:
    persons: int
    households: int
    files: int
    loans: int


def _next_id(uow: UnitOfWork, model: type) -> int:
    return int(uow.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _fix_sequences(uow: UnitOfWork, tables: list[str]) -> None:
    if uow.session.bind.dialect.name != "postgresql":  # type: ignore[union-attr]
        return
    for table in tables:
        uow.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )


def generate(
    uow: UnitOfWork,
    n_persons: int,
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> GenerateResult:
    """Add about ``n_persons`` residents in households across the station's villages."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    namer = _Namer(rng)
    villages = list(uow.session.execute(select(Village.id, Village.kind, Village.name).order_by(Village.id)))
    if not villages:
        raise ValueError("no villages")
    officers = list(uow.session.scalars(select(Officer.id).order_by(Officer.id)))
    stamp = now()
    hh_id = _next_id(uow, Household)
    person_id = _next_id(uow, Person)
    file_id = _next_id(uow, ResidenceFile)
    boxes = _archive(uow, max(1, n_persons // 4 // 60 + 1))
    households: list[dict] = []
    files: list[dict] = []
    persons: list[dict] = []
    events: list[dict] = []
    serial = rng.randrange(100000, 900000)
    per_village: dict[int, int] = {}
    conn = uow.session.connection()
    made = 0
    while made < n_persons:
        vid, kind, vname = rng.choice(villages)
        people = (
            "Kinh" if kind != "bon" or rng.random() < 0.12 else ("Mnông" if rng.random() < 0.7 else "Ê Đê")
        )
        per_village[vid] = per_village.get(vid, 0) + 1
        number = f"{vid:02d}-{per_village[vid]:04d}"
        address = f"{kind} {vname}"
        households.append(
            {
                "id": hh_id,
                "number": number,
                "village_id": vid,
                "address": address,
                "active": True,
                "note": "",
                "created_at": stamp,
                "updated_at": stamp,
                "version": 1,
            }
        )
        file_number = (
            f"67{vid:03d}-{per_village[vid]:06d}"
            if rng.random() > 0.02
            else f"HK{per_village[vid]:04d}/{vid}"
        )
        arranged = rng.random() < 0.85
        files.append(
            {
                "id": file_id,
                "number": file_number,
                "number_key": file_number.lower(),
                "household_id": hh_id,
                "person_id": None,
                "location_id": rng.choice(boxes) if arranged else None,
                "arranged_date": today - dt.timedelta(days=rng.randrange(1, 200)) if arranged else None,
                "digitised": rng.choice(["none", "none", "partial", "done"]),
                "note": "",
                "created_at": stamp,
                "updated_at": stamp,
                "version": 1,
            }
        )
        surname = rng.choice(KINH_SURNAMES)
        clan = rng.choice(EDE_CLANS)
        head_sex = "M" if rng.random() < 0.8 else "F"
        head_year = rng.randrange(1940, 2000)
        members = [("Chủ hộ", head_sex, head_year)]
        if rng.random() < 0.85:
            members.append(
                (
                    "Vợ" if head_sex == "M" else "Chồng",
                    "F" if head_sex == "M" else "M",
                    head_year + rng.randrange(-3, 6),
                )
            )
        for _ in range(rng.choice([0, 1, 2, 2, 3, 3, 4])):
            members.append(("Con", rng.choice("MF"), min(today.year, head_year + rng.randrange(20, 35))))
        if rng.random() < 0.15:
            members.append(("Mẹ", "F", head_year - rng.randrange(20, 30)))
        for relation, sex, year in members:
            serial += 1
            family = surname if relation in ("Chủ hộ", "Con") else rng.choice(KINH_SURNAMES)
            row = _person(rng, namer, people, sex, year, family, clan, serial, today, officers)
            row.update(
                id=person_id, village_id=vid, household_id=hh_id, relation=relation, permanent_address=address
            )
            row["_keys"] = [file_number]
            if persons and rng.random() < 0.002:  # the same number typed for two people
                row["id_number"] = persons[-1]["id_number"]
            elif persons and rng.random() < 0.002:  # one person registered twice
                prev = persons[-1]
                row.update(
                    {k: prev[k] for k in ("full_name", "sex", "birth_year", "birth_month", "birth_day")}
                )
            persons.append(row)
            made += 1
            if rng.random() < 0.08:
                events.append(
                    {
                        "person_id": person_id,
                        "kind": rng.choice(["permanent", "temporary", "absence"]),
                        "event_date": today - dt.timedelta(days=rng.randrange(1, 700)),
                        "reason": "",
                        "form_ref": rng.choice(["CT01", "CT03", ""]),
                        "note": "",
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                    }
                )
            person_id += 1
        hh_id += 1
        file_id += 1
        if len(households) >= 2000:
            _flush(conn, households, files, persons, events, stamp)
            if progress:
                progress(made, n_persons)
    _flush(conn, households, files, persons, events, stamp)
    loans = _loans(uow, rng, today, officers)
    _fix_sequences(uow, ["household", "person", "residence_file", "residence_event", "archive_location"])
    if uow.session.bind.dialect.name == "postgresql":  # type: ignore[union-attr]
        # statistics for what follows in the same transaction (quality scan, demo steps)
        uow.session.execute(text("ANALYZE household, residence_file, person, residence_event, file_loan"))
    total = int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)
    hh = int(uow.session.scalar(select(func.count()).select_from(Household)) or 0)
    nf = int(uow.session.scalar(select(func.count()).select_from(ResidenceFile)) or 0)
    return GenerateResult(total, hh, nf, loans)


def _write(conn, model: type, rows: list[dict]) -> None:  # noqa: ANN001
    """Insert ``rows`` (dicts with the same keys): PostgreSQL's COPY (ten times an executemany), else
    a Core executemany."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(model), rows)
        return
    names = list(rows[0])
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f"COPY {model.__tablename__} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[n] for n in names])
    finally:
        cursor.close()


def _flush(conn, households, files, persons, events, stamp) -> None:  # noqa: ANN001
    if households:
        _write(conn, Household, households)
        _write(conn, ResidenceFile, files)
        rows = [
            bulk.complete({k: v for k, v in p.items() if k != "_keys"}, stamp, p["_keys"]) for p in persons
        ]
        _write(conn, Person, rows)
    _write(conn, ResidenceEvent, events)
    households.clear()
    files.clear()
    persons.clear()
    events.clear()


def _person(
    rng: random.Random,
    namer: _Namer,
    people: str,
    sex: str,
    year: int,
    surname: str,
    clan: str,
    serial: int,
    today: dt.date,
    officers: list[int],
) -> dict:
    year = min(year, today.year - 1)
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    religion = (
        rng.choice(["Không"] * 7 + ["Công giáo"] * 2 + ["Phật giáo"])
        if people == "Kinh"
        else rng.choice(["Tin Lành"] * 5 + ["Công giáo"] * 2 + ["Không"] * 3)
    )
    age = today.year - year
    row: dict = {
        "full_name": namer.person(people, sex, surname, clan),
        "sex": sex,
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "ethnic": people,
        "religion": religion,
        "occupation": "Học sinh" if 6 <= age < 18 else ("" if age < 6 else rng.choice(OCCUPATIONS)),
    }
    row["id_number"] = idcard.make_number(rng.choice(PROVINCE_CODES), sex, year, serial)
    if age >= 16 and rng.random() < 0.6:
        row["phone"] = (
            f"0{rng.choice(['905', '935', '973', '986', '348', '392'])} {rng.randrange(100, 999)} "
            f"{rng.randrange(100, 999)}"
        )
    # defects at realistic rates
    roll = rng.random()
    if roll < 0.012:
        row.update(birth_year=None, birth_month=None, birth_day=None)
    elif roll < 0.04:
        row.update(birth_month=None, birth_day=None) if rng.random() < 0.7 else row.update(birth_day=None)
    roll = rng.random()
    if roll < 0.01:
        row["id_number"] = row["id_number"][:11]
    elif roll < 0.015:
        row["id_number"] = "003" + row["id_number"][3:]
    elif roll < 0.03:
        g = int(row["id_number"][3])
        row["id_number"] = row["id_number"][:3] + str(g ^ 1) + row["id_number"][4:]
    elif roll < 0.04 and age < 10:
        row["id_number"] = ""
    if year < 1960 and rng.random() < 0.06:
        death = today - dt.timedelta(days=rng.randrange(3, 500))
        row.update(status="deceased", death_date=death, death_reported_date=death + dt.timedelta(days=2))
        if rng.random() < 0.6:
            row.update(struck_off_date=death + dt.timedelta(days=3), strike_ground="a")
        return row
    if age >= 14:
        r = rng.random()
        if r < 0.78:
            issued = today - dt.timedelta(days=rng.randrange(30, 1500))
            row.update(
                id_card_status="issued",
                id_card_applied_date=issued - dt.timedelta(days=14),
                id_card_issued_date=issued,
            )
        elif r < 0.88:
            row.update(
                id_card_status="applied", id_card_applied_date=today - dt.timedelta(days=rng.randrange(1, 40))
            )
        level = rng.random()
        # no step dated after today (the form and the import refuse a future date)
        if row.get("id_card_status") == "issued" and level < 0.65:
            row.update(
                vneid_level=2,
                vneid2_date=min(today, row["id_card_issued_date"] + dt.timedelta(days=rng.randrange(0, 60))),
            )
        elif level < 0.8:
            row["vneid_level"] = 1
        if rng.random() < 0.55:
            row["reviewed_date"] = today - dt.timedelta(days=rng.randrange(1, 120))
            if rng.random() < 0.45:
                row.update(
                    mobilised_date=min(today, row["reviewed_date"] + dt.timedelta(days=rng.randrange(0, 10))),
                    mobilised_by=rng.choice(officers) if officers else None,
                )
    return row


def _archive(uow: UnitOfWork, n_boxes: int) -> list[int]:
    """Kho Tàng thư → tủ → ngăn → hộp; returns the box ids."""
    existing = list(uow.session.scalars(select(StorageLocation.id).where(StorageLocation.kind == "hộp")))
    if existing:
        return existing
    conn = uow.session.connection()
    stamp = now()
    next_id = _next_id(uow, StorageLocation)
    rows = [{"id": next_id, "parent_id": None, "kind": "kho", "name": "Tàng thư hồ sơ cư trú"}]
    boxes: list[int] = []
    cabinets = max(1, (n_boxes + 15) // 16)
    for c in range(1, cabinets + 1):
        next_id += 1
        cab = next_id
        rows.append({"id": cab, "parent_id": rows[0]["id"], "kind": "tủ", "name": str(c)})
        for s in range(1, 5):
            next_id += 1
            shelf = next_id
            rows.append({"id": shelf, "parent_id": cab, "kind": "ngăn", "name": str(s)})
            for b in range(1, 5):
                if len(boxes) >= n_boxes:
                    break
                next_id += 1
                rows.append(
                    {
                        "id": next_id,
                        "parent_id": shelf,
                        "kind": "hộp",
                        "name": f"{(c - 1) * 16 + (s - 1) * 4 + b:02d}",
                    }
                )
                boxes.append(next_id)
    for r in rows:
        r.update(created_at=stamp, updated_at=stamp, version=1)
    conn.execute(insert(StorageLocation), rows)
    return boxes


def _loans(uow: UnitOfWork, rng: random.Random, today: dt.date, officers: list[int]) -> int:
    file_ids = list(
        uow.session.scalars(
            select(ResidenceFile.id)
            .where(ResidenceFile.location_id.is_not(None))
            .order_by(ResidenceFile.id)
            .limit(400)
        )
    )
    if not file_ids:
        return 0
    borrowers = [
        ("Trần Văn Bình", "Đội Cảnh sát QLHC về TTXH, Công an tỉnh"),
        ("Lê Thị Thu", "UBND xã"),
        ("Nguyễn Hữu Phước", "Tòa án nhân dân khu vực"),
        ("Y Kông Niê", "Công an xã"),
        ("Phạm Quang Huy", "Viện kiểm sát nhân dân khu vực"),
    ]
    purposes = [
        "Xác minh nhân thân",
        "Đối chiếu hồ sơ tách hộ",
        "Giải quyết tranh chấp đất đai",
        "Số hóa hồ sơ",
        "Xác minh thông tin cư trú (CT10)",
    ]
    stamp = now()
    rows = []
    for i, fid in enumerate(rng.sample(file_ids, min(14, len(file_ids)))):
        out = today - dt.timedelta(days=rng.randrange(2, 60))
        due = out + dt.timedelta(days=rng.choice([3, 7, 14]))
        returned = out + dt.timedelta(days=rng.randrange(1, 10)) if i % 3 == 0 else None
        if returned and returned > today:
            returned = today
        who, unit = rng.choice(borrowers)
        rows.append(
            {
                "file_id": fid,
                "borrower": who,
                "borrower_unit": unit,
                "purpose": rng.choice(purposes),
                "out_date": out,
                "due_date": due,
                "returned_date": returned,
                "officer_id": rng.choice(officers) if officers else None,
                "return_officer_id": None,
                "created_at": stamp,
                "updated_at": stamp,
                "version": 1,
            }
        )
    uow.session.connection().execute(insert(FileLoan), rows)
    return len(rows)
