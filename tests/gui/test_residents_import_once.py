"""pytest-qt: the residents page checks an import file once; the import takes the checked rows."""

from __future__ import annotations

import openpyxl

from desktop.residents import io, io_import, search
from desktop.residents.search import SearchFilter


def test_the_page_reads_and_checks_an_import_file_once(qtbot, gui_ctx, messages, tmp_path, monkeypatch):
    from desktop.gui.pages.residents import ResidentsPage

    page = ResidentsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    reads = []
    real = io_import.read_import

    def counted(*args, **kwargs):
        reads.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(io_import, "read_import", counted)
    path = tmp_path / "one.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append([h for h, *_ in io.PERSON_COLUMNS])
    ws.append(["Nguyễn Văn Một Lần", "", "02/02/2000", "Nam"])
    wb.save(path)
    messages.open_path = str(path)
    before = gui_ctx.run(search.count, SearchFilter())
    page.import_action.trigger()
    assert any("1 nhân khẩu mới" in t for t in messages.texts("confirm"))
    assert gui_ctx.run(search.count, SearchFilter()) == before + 1
    assert len(reads) == 1
