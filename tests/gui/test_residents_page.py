"""pytest-qt: the residents page on the demo station — search as you type, filters, detail, household,
add/edit through the dialog, strike-off, Excel export and import with the preview."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from desktop.gui.dialogs.person import PersonDialog, StrikeOffDialog
from desktop.residents import io, search, service
from desktop.residents.search import SearchFilter


def _page(qtbot, gui_ctx):
    from desktop.gui.pages.residents import ResidentsPage

    page = ResidentsPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_model_loads_pages_on_demand(qtbot, gui_ctx):
    from desktop.gui.models.residents import COL_NAME, PAGE, PersonTableModel

    calls = []

    def fetch(ids):
        calls.append(len(ids))
        return gui_ctx.run(search.fetch_rows, ids)

    model = PersonTableModel(fetch)
    ids = gui_ctx.run(search.search_ids, SearchFilter())
    model.set_ids(ids)
    assert model.rowCount() == len(ids) > PAGE
    assert calls == []
    first = model.data(model.index(0, COL_NAME))
    assert calls == [PAGE] and first == model.row_at(0).full_name
    model.data(model.index(PAGE * 3 + 5, COL_NAME))
    assert model.loaded_pages == 2
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Họ và tên"
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.DecorationRole) is None


def test_search_filters_and_detail(qtbot, gui_ctx):
    page = _page(qtbot, gui_ctx)
    registered = gui_ctx.run(search.count, SearchFilter(status="registered"))
    assert page.model.rowCount() == registered
    assert page.current is not None and "Họ và tên" in page.detail.toHtml()
    page.search_box.setText("dieu")
    page.search_box.fire()
    names = [page.model.row_at(i).full_name for i in range(page.model.rowCount())]
    assert names and all("Điểu" in n or "điểu" in n.lower() for n in names)
    page.search_box.setText("")
    page.problem.setCurrentIndex(page.problem.findData("deceased_registered"))
    expected = gui_ctx.run(search.count, SearchFilter(status="registered", problem="deceased_registered"))
    assert page.model.rowCount() == expected > 0
    page.problem.setCurrentIndex(0)
    page.village.setCurrentIndex(page.village.findText("bon Bu Sir"))
    assert all(page.model.row_at(i).village_label == "bon Bu Sir" for i in range(page.model.rowCount()))
    # the household tab shows the members of the selected person's household
    page.table.selectRow(0)
    assert page.members.rowCount() >= 1
    assert "Hộ số" in page.household_label.text()


def test_add_edit_and_strike_off(qtbot, gui_ctx, messages, monkeypatch):
    page = _page(qtbot, gui_ctx)

    def fill(dialog):
        dialog.full_name.setText("Y Moan Êban")
        dialog.birth.setText("1988")
        dialog.ethnic.setCurrentIndex(dialog.ethnic.findData("Ê Đê"))
        dialog.id_number.setText("06608800012")  # 11 digits: asked, then saved with a warning
        dialog.village.setCurrentIndex(dialog.village.findText("bon Bu Sir"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert any("11 chữ số" in t for t in messages.texts("confirm"))
    assert page.current.full_name == "Y Moan Êban" and page.current.id_issue == "format"
    assert "⚠" in page.detail.toHtml() or "11 chữ số" in page.detail.toPlainText()

    def edit(dialog):
        dialog.id_number.setText("066088000123")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", edit)
    page.edit_person()
    assert page.current.id_number == "066088000123" and page.current.id_issue == ""

    def strike(dialog):
        dialog.ground.setCurrentIndex(dialog.ground.findData("e"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StrikeOffDialog, "exec", strike)
    pid = page.current.id
    page.strike_off()
    # the list shows registered people: the struck-off person leaves it, the record stays
    assert page.model.row_of(pid) == -1
    assert gui_ctx.run(service.get_person, pid).strike_ground == "e"


def test_bad_input_keeps_dialog_open(qtbot, gui_ctx, messages):
    dialog = PersonDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Trần Văn Tương Lai")
    dialog.birth.setText("31/02/1990")
    dialog.save()
    assert dialog.result() == 0
    assert any("Ngày sinh" in t for t in messages.texts("error"))
    dialog.id_number.setText("067090001234")
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    assert "giới tính" in dialog.id_hint.text()


def test_export_and_import_preview(qtbot, gui_ctx, messages, tmp_path):
    page = _page(qtbot, gui_ctx)
    page.village.setCurrentIndex(page.village.findText("bon Bu Sir"))
    shown = page.model.rowCount()
    messages.save_path = str(tmp_path / "bu-sir.xlsx")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(tmp_path / "bu-sir.xlsx").active.values)
    assert len(rows) == shown + 1
    bad = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = io.PERSON_SHEET
    ws.append([h for h, *_ in io.PERSON_COLUMNS])
    ws.append(["Nguyễn Văn Mới", "", "31/02/2000", "Nam"])
    wb.save(bad)
    messages.open_path = str(bad)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert any("dòng 2, cột «Ngày sinh»" in t for t in messages.texts("warn"))
    good = tmp_path / "good.xlsx"
    ws.delete_rows(2)
    ws.append(["Nguyễn Văn Mới", "", "02/02/2000", "Nam", "", "", "", "", "", "", "", "thôn Nia Đơn"])
    wb.save(good)
    messages.open_path = str(good)
    before = gui_ctx.run(search.count, SearchFilter())
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert any("1 nhân khẩu mới" in t for t in messages.texts("confirm"))
    assert gui_ctx.run(search.count, SearchFilter()) == before + 1


def test_event_dialog_adds_an_event(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs.person import EventDialog

    page = _page(qtbot, gui_ctx)
    before = page.events.rowCount()

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("temporary"))
        dialog.form_ref.setText("CT01")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill)
    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    assert page.events.rowCount() == before + 1
    assert page.events.row_at(0).kind_text == "Đăng ký tạm trú"


def test_split_and_join_household(qtbot, gui_ctx, messages, monkeypatch):
    from desktop.gui.dialogs.household import JoinDialog, SplitDialog
    from desktop.residents import households

    page = _page(qtbot, gui_ctx)
    # a household with at least three members
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if page.members.rowCount() >= 3:
            break
    old = gui_ctx.run(households.get_household, page.current.household_id)
    leaving = [m for m in old.members if m.relation != "Chủ hộ"][:2]

    def split(dialog):
        for i in range(dialog.members.count()):
            item = dialog.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in {m.person_id for m in leaving}:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.number.setText("TÁCH-01")
        dialog.head.setCurrentIndex(0)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SplitDialog, "exec", split)
    qtbot.mouseClick(page.split_button, Qt.MouseButton.LeftButton)
    after = gui_ctx.run(households.get_household, old.id)
    assert len(after.members) == len(old.members) - 2
    new_id = gui_ctx.run(service.get_person, leaving[0].person_id).household_id
    new = gui_ctx.run(households.get_household, new_id)
    assert new.number == "TÁCH-01" and len(new.members) == 2 and new.head_name
    assert "Tách hộ" in new.changes[0].text

    # put one of them back into the old household as a child
    page.reload(keep=leaving[1].person_id)

    def join(dialog):
        dialog.number.setText(old.number)
        dialog.relation.setCurrentText("Con")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(JoinDialog, "exec", join)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    person = gui_ctx.run(service.get_person, leaving[1].person_id)
    assert person.household_id == old.id and person.relation == "Con"
