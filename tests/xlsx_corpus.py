"""Hostile and broken .xlsx files, built byte by byte by the tests themselves.

``CORPUS`` maps a name to (builder, words the refusal must contain). Each builder writes a file
into a folder and returns its path. ``python -m tests.xlsx_corpus FILE`` reads FILE as the
residents' import does (guard, then python-calamine) and prints the outcome and the process's
peak memory as JSON, for the memory tests (run in a subprocess).
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

HEADERS = ["Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân"]


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row(headers: list[str] | None = None) -> str:
    cells = "".join(inline(f"{chr(65 + i)}1", h) for i, h in enumerate(headers or HEADERS))
    return f'<row r="1">{cells}</row>'


def sheet_xml(rows: str, *, ns: str = MAIN, extra: str = "", before: str = "") -> str:
    return f'<worksheet xmlns="{ns}">{before}<sheetData>{rows}</sheetData>{extra}</worksheet>'


def write_book(
    path: Path,
    sheets: list[tuple[str, str | Iterable[bytes]]],
    *,
    parts: dict[str, str] | None = None,
    targets: list[str] | None = None,
    book_ns: str = MAIN,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A minimal workbook: ``sheets`` are (name, XML text or an iterable of byte pieces)."""
    targets = targets or [f"worksheets/sheet{i}.xml" for i in range(1, len(sheets) + 1)]
    overrides = "".join(f'<Override PartName="/xl/{t}" ContentType="{SHEET_CT}"/>' for t in targets)
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _x) in enumerate(sheets, 1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="{t}"/>' for i, t in enumerate(targets, 1)
    )
    with zipfile.ZipFile(path, "w", compression) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_CT}"/>{overrides}</Types>',
        )
        zf.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{book_ns}" xmlns:r="{REL}"><sheets>{entries}</sheets></workbook>',
        )
        zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>')
        for (_name, xml), target in zip(sheets, targets, strict=True):
            if isinstance(xml, str):
                zf.writestr(f"xl/{target}", xml)
            else:
                with zf.open(f"xl/{target}", "w", force_zip64=False) as fh:
                    for piece in xml:
                        fh.write(piece)
        for name, text in (parts or {}).items():
            zf.writestr(name, text)
    return path


def person(rows: str = "", **kw: object) -> list[tuple[str, str]]:
    return [("Nhân khẩu", sheet_xml(header_row() + rows, **kw))]  # type: ignore[arg-type]


def _many_rows(n: int, *, with_refs: bool) -> Iterable[bytes]:
    yield f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    yield header_row().encode()
    step = 20_000
    for start in range(2, n + 1, step):
        stop = min(start + step, n + 1)
        if with_refs:
            yield "".join(f'<row r="{i}"><c r="A{i}"><v>1</v></c></row>' for i in range(start, stop)).encode()
        else:
            yield "".join(f"<row><c><v>{i}</v></c></row>" for i in range(start, stop)).encode()
    yield b"</sheetData></worksheet>"


def _padding(megabytes: int) -> Iterable[bytes]:
    yield f'<worksheet xmlns="{MAIN}"><sheetData>{header_row()}</sheetData>'.encode()
    for _ in range(megabytes):
        yield b" " * (1024 * 1024)
    yield b"</worksheet>"


def _patch_sizes(path: Path, member: str, size: int) -> Path:
    """Declare ``size`` as the member's inflated size in both headers (a lying zip bomb)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    data[info.header_offset + 22 : info.header_offset + 26] = size.to_bytes(4, "little")
    name = member.encode()
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        nlen = int.from_bytes(data[at + 28 : at + 30], "little")
        if bytes(data[at + 46 : at + 46 + nlen]) == name:
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
        at += 4
    path.write_bytes(bytes(data))
    return path


def _corrupt(path: Path, member: str) -> Path:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    start = info.header_offset + 30 + len(member.encode()) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size - 4, 200)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
ROW2 = '<row r="2">' + inline("A2", "Nguyễn Văn Ấn") + inline("B2", "Nam") + "</row>"
FORMULA_ROW = '<row r="2">' + inline("A2", "Ấn") + '<c r="H2"><f>1+1</f><v>2</v></c></row>'


def _far_cell(d: Path) -> Path:
    return write_book(d / "far-cell.xlsx", person('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))


def _far_dimension(d: Path) -> Path:
    return write_book(d / "far-dimension.xlsx", person(ROW2, before='<dimension ref="A1:XFD1048576"/>'))


def _million_rows(d: Path) -> Path:
    return write_book(d / "million-rows.xlsx", [("Nhân khẩu", _many_rows(1_048_576, with_refs=True))])


def _million_rows_bare(d: Path) -> Path:
    return write_book(d / "million-rows-bare.xlsx", [("Nhân khẩu", _many_rows(1_048_576, with_refs=False))])


def _wide_row(d: Path) -> Path:
    return write_book(d / "wide-row.xlsx", person("<row>" + "<c><v>1</v></c>" * 20_000 + "</row>"))


def _bomb_ratio(d: Path) -> Path:
    return write_book(d / "bomb-ratio.xlsx", [("Nhân khẩu", _padding(40))])


def _bomb_total(d: Path) -> Path:
    path = write_book(d / "bomb-total.xlsx", person(ROW2))
    return _patch_sizes(path, "xl/worksheets/sheet1.xml", 3_000_000_000)


def _bomb_lying(d: Path) -> Path:
    path = write_book(d / "bomb-lying.xlsx", [("Nhân khẩu", _padding(30))])
    return _patch_sizes(path, "xl/worksheets/sheet1.xml", 900_000)


def _corrupt_deflate(d: Path) -> Path:
    rows = "".join(f'<row r="{i}">{inline(f"A{i}", f"Người {i}")}</row>' for i in range(2, 400))
    return _corrupt(write_book(d / "corrupt.xlsx", person(rows)), "xl/worksheets/sheet1.xml")


def _truncated(d: Path) -> Path:
    path = write_book(d / "truncated.xlsx", person(ROW2))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _not_zip(d: Path) -> Path:
    path = d / "not-zip.xlsx"
    path.write_bytes(b"\x00\x01hello, not a zip file" * 50)
    return path


def _entities_sheet(d: Path) -> Path:
    xml = LAUGHS + sheet_xml(header_row() + '<row r="2">' + inline("A2", "&lol3;") + "</row>")
    return write_book(d / "entities.xlsx", [("Nhân khẩu", xml)])


def _external_entity(d: Path) -> Path:
    xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + sheet_xml(
        header_row() + '<row r="2">' + inline("A2", "&e;") + "</row>"
    )
    return write_book(d / "external-entity.xlsx", [("Nhân khẩu", xml)])


def _entities_strings(d: Path) -> Path:
    sst = LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&lol3;</t></si></sst>'
    return write_book(d / "entities-sst.xlsx", person(ROW2), parts={"xl/sharedStrings.xml": sst})


def _nul_reference(d: Path) -> Path:
    sst = f'<sst xmlns="{MAIN}"><si><t>a&#0;b</t></si></sst>'
    return write_book(d / "nul-sst.xlsx", person(ROW2), parts={"xl/sharedStrings.xml": sst})


def _nul_inline(d: Path) -> Path:
    return write_book(d / "nul-inline.xlsx", person('<row r="2">' + inline("A2", "a&#0;b") + "</row>"))


def _formula_plain(d: Path) -> Path:
    return write_book(d / "formula-plain.xlsx", person(FORMULA_ROW))


def _formula_prefixed(d: Path) -> Path:
    rows = (header_row() + FORMULA_ROW).replace("<", "<x:").replace("<x:/", "</x:")
    xml = f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>{rows}</x:sheetData></x:worksheet>'
    return write_book(d / "formula-prefixed.xlsx", [("Nhân khẩu", xml)])


def _formula_shared(d: Path) -> Path:
    row = (
        '<row r="2">' + inline("A2", "Ấn") + '<c r="H2"><f t="shared" ref="H2:H3" si="0"/><v>2</v></c></row>'
    )
    return write_book(d / "formula-shared.xlsx", person(row))


def _formula_strict(d: Path) -> Path:
    return write_book(d / "formula-strict.xlsx", person(FORMULA_ROW, ns=STRICT))


def _formula_other_part(d: Path) -> Path:
    sheets = [
        ("Hướng dẫn", sheet_xml(header_row(["x"]))),
        ("Nhân khẩu", sheet_xml(header_row() + FORMULA_ROW)),
    ]
    return write_book(d / "formula-part-name.xlsx", sheets, targets=["worksheets/b.xml", "worksheets/a.xml"])


def _formula_no_ref(d: Path) -> Path:
    row = "<row>" + inline("A2", "Ấn").replace(' r="A2"', "") + "<c><f>1+1</f><v>2</v></c></row>"
    return write_book(d / "formula-no-ref.xlsx", person(row))


def _bzip2(d: Path) -> Path:
    return write_book(d / "bzip2.xlsx", person(ROW2), compression=zipfile.ZIP_BZIP2)


def _many_members(d: Path) -> Path:
    return write_book(d / "members.xlsx", person(ROW2), parts={f"x/{i}.xml": "<a/>" for i in range(1500)})


def _bad_ref(d: Path) -> Path:
    return write_book(d / "bad-ref.xlsx", person('<row r="2"><c r="A-1"><v>1</v></c></row>'))


CORPUS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "far_cell": (_far_cell, "XFD1048576"),
    "far_dimension": (_far_dimension, "khai báo vùng dữ liệu tới ô XFD1048576"),
    "million_rows": (_million_rows, "quá giới hạn"),
    "million_rows_bare": (_million_rows_bare, "quá giới hạn"),
    "wide_row": (_wide_row, "quá giới hạn"),
    "bomb_ratio": (_bomb_ratio, "bom nén"),
    "bomb_total": (_bomb_total, "bom nén"),
    "bomb_lying": (_bomb_lying, "dài hơn khai báo"),
    "corrupt_deflate": (_corrupt_deflate, "bị hỏng"),
    "truncated": (_truncated, "không phải tệp Excel"),
    "not_zip": (_not_zip, "không phải tệp Excel"),
    "entities_sheet": (_entities_sheet, "DOCTYPE"),
    "external_entity": (_external_entity, "DOCTYPE"),
    "entities_strings": (_entities_strings, "DOCTYPE"),
    "nul_shared_string": (_nul_reference, "bị hỏng"),
    "nul_inline": (_nul_inline, "bị hỏng"),
    "bzip2": (_bzip2, "kiểu nén"),
    "many_members": (_many_members, "phần bên trong"),
    "bad_ref": (_bad_ref, "địa chỉ sai"),
}
FORMULAS: dict[str, Callable[[Path], Path]] = {
    "plain": _formula_plain,
    "prefixed": _formula_prefixed,
    "shared": _formula_shared,
    "strict": _formula_strict,
    "part_name": _formula_other_part,
    "no_ref": _formula_no_ref,
}


def probe(path: Path) -> dict[str, object]:
    """Read ``path`` as the import does, without a database; the outcome and the peak memory."""
    from desktop.errors import CaxaError
    from desktop.residents.io import ImportReport
    from desktop.residents.io_import import _read_book

    report = ImportReport()
    try:
        sheets = _read_book(path, report)
        outcome = {"refused": bool(report.errors), "message": "\n".join(str(e) for e in report.errors)}
        outcome["rows"] = sum(len(v) for v in sheets.values())
    except CaxaError as exc:
        outcome = {"refused": True, "message": str(exc)}
    outcome["peak_mb"] = peak_mb()
    return outcome


def peak_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM, which starts afresh at exec (ru_maxrss
    keeps the forking parent's peak, e.g. pytest's)."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 2**20, 1) if sys.platform == "darwin" else round(peak / 1024, 1)


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1])), ensure_ascii=False))
