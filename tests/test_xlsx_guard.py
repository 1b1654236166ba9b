"""The .xlsx guard: hostile files refused with a Vietnamese message naming the file, within 200 MB."""

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from desktop.errors import FileRefused
from desktop.residents.io import ImportReport
from desktop.residents.io_import import _read_book
from desktop.xlsx_guard import Limits, column_index, column_letter, inspect_xlsx
from tests import xlsx_corpus
from tests.xlsx_corpus import CORPUS, FORMULAS, MAIN, header_row, inline, sheet_xml, write_book

ROOT = Path(__file__).resolve().parent.parent


def _refusal(path: Path) -> str:
    report = ImportReport()
    try:
        _read_book(path, report)
    except FileRefused as exc:
        return str(exc)
    assert report.errors, f"{path.name} was not refused"
    return "\n".join(str(e) for e in report.errors)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_refused_with_a_clear_message(tmp_path, name):
    build, words = CORPUS[name]
    path = build(tmp_path)
    message = _refusal(path)
    assert words in message
    assert f"«{path.name}»" in message


@pytest.mark.parametrize("form", sorted(FORMULAS))
def test_formulas_found_in_every_form(tmp_path, form):
    path = FORMULAS[form](tmp_path)
    message = _refusal(path)
    assert "có công thức ở ô" in message
    assert ("B2" if form == "no_ref" else "H2") in message


def test_hostile_files_stay_under_200_mb(tmp_path):
    """Every hostile file read in one fresh process, the peak memory after each (VmHWM)."""
    paths = [build(tmp_path) for build, _words in CORPUS.values()]
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from tests.xlsx_corpus import probe\n"
        "print(json.dumps([probe(Path(p)) for p in sys.argv[1:]], ensure_ascii=False))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, paths)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    outcomes = json.loads(done.stdout)
    for path, outcome in zip(paths, outcomes, strict=True):
        assert outcome["refused"], path.name
        assert outcome["peak_mb"] < 200, (path.name, outcome["peak_mb"])


def test_usual_workbooks_pass_and_are_measured(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nhân khẩu"
    for r in range(1, 31):
        ws.append([f"a{r}", "Nam", None, "x"])
    ws.merge_cells("A40:B40")
    wb.create_sheet("Khác")
    wb.save(tmp_path / "o.xlsx")
    info = inspect_xlsx(tmp_path / "o.xlsx")
    sheet = info.sheet("Nhân khẩu")
    assert (sheet.rows, sheet.columns, sheet.formulas, sheet.merged) == (30, 4, 0, ("A40:B40",))
    assert [s.name for s in info.sheets] == ["Nhân khẩu", "Khác"]
    book = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    sheet_x = book.add_worksheet("Nhân khẩu")
    for r in range(100):
        sheet_x.write_row(r, 0, ["0123", "b", "c"])
    book.close()
    assert inspect_xlsx(tmp_path / "x.xlsx").sheet("Nhân khẩu").rows == 100


def test_data_validation_lists_in_extensions_are_not_formulas(tmp_path):
    ext = (
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        "<x14:dataValidation type=\"list\"><x14:formula1><xm:f>'Danh mục'!$A$2:$A$5</xm:f></x14:formula1>"
        "<xm:sqref>B2:B100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>"
    )
    row = '<row r="2">' + inline("A2", "Ấn") + "</row>"
    path = write_book(tmp_path / "dv.xlsx", [("Nhân khẩu", sheet_xml(header_row() + row, extra=ext))])
    sheet = inspect_xlsx(path).sheet("Nhân khẩu")
    assert (sheet.formulas, sheet.rows) == (0, 2)


def test_limits_are_settable_and_area_counts(tmp_path):
    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="J{r}"><v>1</v></c></row>' for r in range(1, 201)
    )
    path = write_book(tmp_path / "area.xlsx", [("S", sheet_xml(rows))])
    assert inspect_xlsx(path).sheet("S").cells == 400
    with pytest.raises(FileRefused) as err:
        inspect_xlsx(path, Limits(area=1_000))
    assert "200 dòng × 10 cột, quá giới hạn 1.000 ô" in str(err.value)


def test_wrong_extension_and_missing_file(tmp_path):
    with pytest.raises(FileRefused, match="không phải tệp Excel"):
        inspect_xlsx(write_book(tmp_path / "a.xlsm", [("S", sheet_xml(""))]))
    with pytest.raises(FileRefused, match="không có"):
        inspect_xlsx(tmp_path / "none.xlsx")


def test_column_letters_round_trip():
    for n in (1, 26, 27, 52, 256, 702, 703, 16384):
        assert column_index(column_letter(n)) == n
    assert column_letter(16384) == "XFD"
    assert xlsx_corpus.MAIN == MAIN


def _long_sheet(rows: int, odd_row: int, odd_cells: str, width: int = 4) -> str:
    """``rows`` ordinary rows of ``width`` cells (many 64 KiB pieces), one of them with ``odd_cells``."""
    parts = []
    for r in range(2, rows + 1):
        cells = "".join(inline(f"{chr(65 + i)}{r}", f"Người {r}") for i in range(width))
        parts.append(f'<row r="{r}">{cells}{odd_cells if r == odd_row else ""}</row>')
    return sheet_xml(header_row() + "".join(parts))


def test_fast_scan_still_refuses_a_far_cell_deep_in_a_long_sheet(tmp_path):
    """Cells far down or far right, hidden in an ordinary row in the middle of a long sheet (pieces
    before it passed the quick check): refused with the cell named, as the careful scan does."""
    path = write_book(tmp_path / "far-row.xlsx", [("Nhân khẩu", _long_sheet(6000, 4000, '<c r="B200000"/>'))])
    with pytest.raises(FileRefused) as err:
        inspect_xlsx(path)
    assert "200.000 dòng" in str(err.value)
    path = write_book(tmp_path / "far-col.xlsx", [("Nhân khẩu", _long_sheet(6000, 4000, '<c r="XFD4000"/>'))])
    with pytest.raises(FileRefused) as err:
        inspect_xlsx(path)
    assert "XFD" in str(err.value)


def test_fast_scan_measures_again_when_a_late_cell_widens_the_sheet(tmp_path):
    """Early pieces are held to the rows the area leaves for the columns seen so far; a column far
    to the right later shrinks that, so the whole sheet is measured again and refused by its area."""
    path = write_book(tmp_path / "wider.xlsx", [("S", _long_sheet(6000, 5000, '<c r="IV5000"/>', width=2))])
    assert inspect_xlsx(path).sheet("S").columns == 256
    with pytest.raises(FileRefused) as err:
        inspect_xlsx(path, Limits(area=200_000))
    assert "6.000 dòng × 256 cột, quá giới hạn 200.000 ô" in str(err.value)


def test_fast_scan_counts_like_the_careful_scan(tmp_path):
    path = write_book(tmp_path / "long.xlsx", [("S", _long_sheet(6000, 0, ""))])
    sheet = inspect_xlsx(path).sheet("S")
    assert (sheet.rows, sheet.columns, sheet.cells) == (6000, 4, 4 + 5999 * 4)


def test_import_refuses_a_cell_out_of_order_beyond_its_row_limit(tmp_path):
    """A cell at row 60,999 hidden early in a 3,000-row sheet: the import counts the rows the reader
    gave and refuses more than it takes at once."""
    path = write_book(tmp_path / "late.xlsx", [("Nhân khẩu", _long_sheet(3000, 100, '<c r="C60999"/>'))])
    assert "có 60.998 dòng, quá giới hạn 60.000 dòng" in _refusal(path)
