"""Property-based fuzzing of the residents' import, its validators and the xlsx guard.

`make test` runs a short profile (a few seconds). For a long local run:
``CAXA_FUZZ=long .venv/bin/python -m pytest tests/residents/test_io_fuzz.py`` (about 50× the
examples; ``CAXA_FUZZ_EXAMPLES=N`` sets any number).
"""

import contextlib
import os

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from desktop.errors import CaxaError, FileRefused, ValidationError
from desktop.residents import io, io_rows
from desktop.residents.io_import import _read_book
from desktop.xlsx_guard import inspect_xlsx

_DEFAULT = {"short": 25, "long": 1200}[os.environ.get("CAXA_FUZZ", "short")]
EXAMPLES = int(os.environ.get("CAXA_FUZZ_EXAMPLES", _DEFAULT))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADERS = [h for h, *_ in io.PERSON_COLUMNS]
TRICKY = st.sampled_from(
    [
        "",
        " ",
        "xóa",
        "XÓA",
        "=1+1",
        "'=x",
        "0",
        "-1",
        "05/03/1990",
        "31/02/2000",
        "2099",
        "13/2000",
        "Nam",
        "Nữ",
        "Kinh",
        "Ê Đê",
        "Mức 2",
        "Đã chết",
        "Đã cấp",
        "thôn Nia Đơn",
        "Chủ hộ",
        "068090001234",
        "\u202e",
        "\u200b",
        "\ufeffx",
        "a\x00b",
        "\ud7ff",
        "9" * 40,
        "e" * 3000,
    ]
)
CELL = st.one_of(
    st.none(),
    TRICKY,
    st.text(max_size=40),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
)
_XML_SAFE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(["\t", "\n"]), max_size=40
)


@FUZZ
@given(st.lists(CELL, max_size=30))
def test_clean_column_never_fails_and_leaves_no_invisible_characters(values):
    errors = []
    out = io_rows.clean_column(values, header="X", first_row=2, errors=errors)
    assert len(out) == len(values)
    for text in out:
        assert isinstance(text, str)
        assert text == text.strip() and "  " not in text
        assert not set(text) & set(io_rows.INVISIBLE + io_rows.BIDI)


@FUZZ
@given(st.text(max_size=60))
def test_the_formula_guard_is_undone_exactly(text):
    assert io_rows.unquote(io_rows.quote(text)) == text
    assert not io_rows.quote(text).startswith(("=", "+", "-", "@"))


@FUZZ
@given(st.one_of(TRICKY, st.text(max_size=50)))
def test_every_field_parser_answers_a_value_or_a_validation_error(text):
    import datetime as dt

    for key, (label, parse, cache) in io_rows.field_parsers(dt.date(2026, 6, 1)).items():
        result = io_rows.ColumnParser(key, label, parse, cache)(" ".join(text.split()))
        if isinstance(result, Exception):
            assert isinstance(result, ValidationError) and result.field


@FUZZ
@given(data=st.binary(min_size=0, max_size=400), cut=st.integers(0, 4000), flip=st.integers(0, 255))
def test_damaged_or_random_files_only_ever_give_file_refused(tmp_path_factory, data, cut, flip):
    folder = tmp_path_factory.mktemp("fz")
    good = folder / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = io.PERSON_SHEET
    wb.active.append(HEADERS)
    wb.active.append(["Ấn", None, "1990", "Nam"])
    wb.save(good)
    raw = bytearray(good.read_bytes())
    at = cut % len(raw)
    raw[at] ^= flip or 1
    variants = {
        "random.xlsx": data,
        "flipped.xlsx": bytes(raw),
        "cut.xlsx": bytes(raw[: max(cut, 1)]),
        "spliced.xlsx": bytes(raw[:at]) + data + bytes(raw[at:]),
    }
    for name, content in variants.items():
        path = folder / name
        path.write_bytes(content)
        try:
            inspect_xlsx(path)
            _read_book(path, io.ImportReport())
        except FileRefused as exc:
            assert f"«{name}»" in str(exc)


@FUZZ
@given(parts=st.lists(_XML_SAFE, min_size=1, max_size=6))
def test_random_sheet_xml_only_ever_gives_file_refused(tmp_path_factory, parts):
    path = tmp_path_factory.mktemp("fx") / "x.xlsx"
    from tests.xlsx_corpus import header_row, write_book

    tags = ["<row>", "</row>", "<c>", "</c>", '<c r="B2">', "<v>", "</v>", "<f>", "</f>", '<c t="s">']
    body = "".join(p + tags[i % len(tags)] for i, p in enumerate(parts))
    xml = f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{header_row()}{body}</sheetData></worksheet>'
    write_book(path, [(io.PERSON_SHEET, xml)])
    with contextlib.suppress(FileRefused):
        _read_book(path, io.ImportReport())


ROWS = st.lists(st.lists(CELL, min_size=0, max_size=len(HEADERS)), min_size=0, max_size=6)


@FUZZ
@given(rows=ROWS)
def test_the_import_checks_any_rows_without_crashing(db, admin, villages, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("fi") / "a.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append(HEADERS)
    try:
        for row in rows:
            ws.append([v if not isinstance(v, str) or not v.startswith("=") else "'" + v for v in row])
        wb.save(path)
    except (ValueError, TypeError, IllegalCharacterError):
        return  # openpyxl refuses some characters; those files cannot exist
    with db.uow(admin) as work:
        try:
            report = io.import_persons(work, path, dry_run=True)
        except CaxaError:
            return
        assert report.rows <= len(rows) and report.new + report.updated + report.unchanged == report.rows
        work.session.rollback()


def test_the_short_profile_is_short():
    assert EXAMPLES <= 100 or os.environ.get("CAXA_FUZZ") or os.environ.get("CAXA_FUZZ_EXAMPLES")


@FUZZ
@given(st.lists(st.text(max_size=30), max_size=20))
def test_column_wise_fold_equals_text_fold(texts):
    from desktop.text import fold

    cleaned = [" ".join(t.split()) for t in texts]
    assert io_rows.fold_many(cleaned) == [fold(t) for t in cleaned]
