"""pytest-qt: the schedule page on the demo station (calendar, list, dialogs, print, .ics) and the
incidents page."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.schedule import events


@pytest.fixture
def page(qtbot, gui_ctx):
    from desktop.gui.pages.schedule import SchedulePage

    p = SchedulePage(gui_ctx)
    qtbot.addWidget(p)
    p.resize(1300, 760)
    p.refresh()
    return p


def next_monday() -> dt.date:
    today = dt.date.today()
    return today + dt.timedelta(days=7 - today.weekday())


def click_save(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_calendar_views_show_conflicts(page):
    monday = next_monday()
    page.go_to(monday)
    tuesday = page.month.list_for(monday + dt.timedelta(days=1))
    texts = [tuesday.item(i).text() for i in range(tuesday.count())]
    assert any(t.startswith("⚠ 19:30 Họp bon Bu Sir") for t in texts)
    assert "trùng lịch" in page.info_label.text()
    page.set_mode("week")
    assert page.period_label.text().startswith(f"Tuần {monday:%d/%m/%Y}")
    week_tue = page.week.list_for(monday + dt.timedelta(days=1))
    assert "Trung úy Điểu Lanh" in week_tue.item(0).text()
    page.set_mode("list")
    page.go_to(monday + dt.timedelta(days=1))  # the list shows that day's month
    model = page.list.model
    assert model.rowCount() > 3
    page.status.setCurrentIndex(page.status.findData("conflict"))
    assert model.rowCount() == 2
    assert all(model.row_at(i).conflict for i in range(2))
    from desktop.gui.dialogs.event import EventDialog, load_for_edit

    event, series, conflicts = page.ctx.run(load_for_edit, model.row_at(0).id)
    dialog = EventDialog(page.ctx, event, page, series=series, conflicts=conflicts)
    assert dialog.ui.warning.text().startswith("⚠") and "đã có lịch" in dialog.ui.warning.text()
    assert not dialog.ui.warning.isHidden()
    dialog.deleteLater()
    page.status.setCurrentIndex(0)
    assert page.officer.pick_text("mai anh") is not None  # diacritic-free, and the list follows
    assert model.rowCount() >= 1
    assert all("Nguyễn Thị Mai Anh" in model.row_at(i).officers_text for i in range(model.rowCount()))
    page.officer.set_value(None)
    page.village.pick_text("bu sir")
    assert all("bon Bu Sir" in model.row_at(i).villages_text for i in range(model.rowCount()))
    page.village.set_value(None)
    shown = page.period_label.text()
    page.step(-1)
    assert page.period_label.text() != shown and model.rowCount() > 0


def test_plan_recurring_and_single_events_through_the_dialog(qtbot, page, gui_ctx, messages):
    from desktop.gui.dialogs.event import EventDialog, load_for_edit

    monday = next_monday() + dt.timedelta(weeks=2)
    dialog = EventDialog(gui_ctx, None, page, day=monday)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.kind.setCurrentIndex(ui.kind.findData("patrol"))
    ui.title_edit.setText("Tuần tra thử nghiệm")
    ui.start_time.setTime(ui.start_time.time().fromString("22:00", "HH:mm"))
    ui.end_time.setTime(ui.end_time.time().fromString("22:00", "HH:mm"))
    click_save(qtbot, dialog)
    assert any("Kết thúc" in t for t in messages.texts("error"))  # 0 minutes
    assert dialog.isEnabled() and ui.title_edit.text() == "Tuần tra thử nghiệm"  # still open, text kept
    ui.end_time.setTime(ui.end_time.time().fromString("01:30", "HH:mm"))  # ends next morning
    first_officer = ui.officers.picker.choices()[0]
    ui.officers.add(first_officer.id)
    assert ui.officers.values() == (first_officer.id,)
    ui.repeat.setChecked(True)
    dialog.weekday_boxes[0].setChecked(True)
    dialog.weekday_boxes[3].setChecked(True)
    ui.until.setText("")
    click_save(qtbot, dialog)
    assert any("Lặp lại đến ngày" in t for t in messages.texts("error"))
    ui.until.set_date(monday + dt.timedelta(days=13))
    click_save(qtbot, dialog)
    assert dialog.result_value is not None and len(dialog.result_value.events) == 4
    first = dialog.result_value.events[0]
    assert first.ends_at - first.starts_at == dt.timedelta(hours=3, minutes=30)
    assert any("Đã lập 4 buổi" in t for t in messages.texts("info"))

    # edit one occurrence only: the others keep their title
    full, series, _ = gui_ctx.run(load_for_edit, first.id)
    edit = EventDialog(gui_ctx, full, page, series=series)
    qtbot.addWidget(edit)
    assert edit.ui.repeat.isChecked() and not edit.ui.repeat.isEnabled()
    assert edit.ui.officers.values() == (first_officer.id,)
    edit.ui.title_edit.setText("Tuần tra đổi riêng")
    click_save(qtbot, edit)
    titles = [
        e.title
        for e in gui_ctx.run(events.list_events, monday, monday + dt.timedelta(days=13))
        if e.series_id == full.series_id
    ]
    assert titles.count("Tuần tra đổi riêng") == 1 and titles.count("Tuần tra thử nghiệm") == 3

    # the whole series, opened from its last occurrence: the three untouched ones change, not the edited one
    last, series, _ = gui_ctx.run(load_for_edit, dialog.result_value.events[-1].id)
    whole = EventDialog(gui_ctx, last, page, series=series)
    qtbot.addWidget(whole)
    whole.ui.whole_series.setChecked(True)
    assert whole.ui.repeat.isEnabled()
    whole.ui.title_edit.setText("Tuần tra cả chuỗi")
    click_save(qtbot, whole)
    titles = [
        e.title
        for e in gui_ctx.run(events.list_events, monday, monday + dt.timedelta(days=13))
        if e.series_id == full.series_id
    ]
    assert sorted(titles) == ["Tuần tra cả chuỗi"] * 3 + ["Tuần tra đổi riêng"]


def test_outcome_cancel_move_delete(qtbot, page, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.gui.dialogs.event import OutcomeDialog

    past = dt.date.today() - dt.timedelta(days=1)
    saved = gui_ctx.run(
        events.create_event,
        events.EventInput(
            "village_meeting",
            "Họp thử",
            dt.datetime.combine(past, dt.time(8)),
            dt.datetime.combine(past, dt.time(9)),
        ),
    )
    page.go_to(past)
    page.current = saved.event
    dialog = OutcomeDialog(gui_ctx, gui_ctx.run(events.get_event, saved.event.id), page)
    qtbot.addWidget(dialog)
    dialog.ui.attendance.setText("-1")
    click_save(qtbot, dialog)
    assert any("Số người tham dự" in t for t in messages.texts("error"))
    dialog.ui.attendance.setText("1000000")
    click_save(qtbot, dialog)
    assert any("quá lớn" in t for t in messages.texts("error"))
    dialog.ui.attendance.setText("45")
    photo = tmp_path / "hop.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n fake")
    messages.open_path = str(photo)
    dialog.pick_photo()
    click_save(qtbot, dialog)
    got = gui_ctx.run(events.get_event, saved.event.id)
    assert (got.status, got.attendance) == ("done", 45)
    assert len(got.photos) == 1 and got.photos[0].original_name == "hop.png"

    future = gui_ctx.run(
        events.create_event,
        events.EventInput(
            "outreach",
            "Tuyên truyền thử",
            dt.datetime.combine(next_monday(), dt.time(14)),
            dt.datetime.combine(next_monday(), dt.time(16)),
        ),
    ).event
    page.set_mode("week")
    page.go_to(next_monday())
    page.week.moved.emit(future.id, next_monday() + dt.timedelta(days=2))  # dropped on Wednesday
    moved = gui_ctx.run(events.get_event, future.id)
    assert moved.starts_at == dt.datetime.combine(next_monday() + dt.timedelta(days=2), dt.time(14))
    page.current = moved
    from desktop.gui.dialogs.reason import ReasonDialog

    def give_reason(dialog):
        dialog.ui.reason.setText("Trùng lịch họp của xã")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    page.cancel_event()
    assert gui_ctx.run(events.get_event, future.id).status == "cancelled"
    page.current = gui_ctx.run(events.get_event, future.id)
    page.delete_event()
    assert any("Xóa «Tuyên truyền thử»" in t for t in messages.texts("confirm"))
    assert all(
        e.id != future.id
        for e in gui_ctx.run(events.list_events, next_monday(), next_monday() + dt.timedelta(days=6))
    )


def test_print_week_and_export_ics(page, gui_ctx, messages, monkeypatch, tmp_path):
    from desktop.gui.kit import print_action

    page.go_to(next_monday())
    page.acts["print"].trigger()
    assert "Lịch công tác tuần" in print_action.last_preview.windowTitle()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(print_action.last_preview.data)).pages)
    assert "LỊCH CÔNG TÁC TUẦN" in text and "Họp bon Bu Sir" in text
    messages.save_path = str(tmp_path / "tuan.ics")
    page.export_week()
    assert (tmp_path / "tuan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert any("Đã xuất" in t for t in messages.texts("info"))
    page.go_to(dt.date(2020, 1, 6))
    page.export_week()
    assert any("Không có công việc nào" in t for t in messages.texts("info"))


def test_viewer_cannot_change(qtbot, gui_ctx):
    from desktop.db import Actor
    from desktop.gui.context import AppContext
    from desktop.gui.pages.schedule import SchedulePage

    ctx = AppContext(gui_ctx.db, Actor(3, "xem", "viewer"), gui_ctx.prefs)
    p = SchedulePage(ctx)
    qtbot.addWidget(p)
    p.refresh()
    p.set_mode("list")
    p.go_to(next_monday())
    p.list.select_row(0)
    assert p.current is not None
    assert not p.acts["add"].isEnabled() and not p.acts["delete"].isEnabled()
    assert not p.acts["edit"].isEnabled() and not p.acts["cancel"].isEnabled()
    assert p.acts["print"].isEnabled() and p.acts["ics"].isEnabled()
    assert "không có quyền" in p.acts["delete"].toolTip()


def test_incidents_page(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.incident import HotspotDialog, IncidentDialog
    from desktop.gui.pages.incidents import IncidentsPage

    p = IncidentsPage(gui_ctx)
    qtbot.addWidget(p)
    p.refresh()
    # the schedule demo's 6 incidents and the security demo's 9
    assert p.incidents.model.rowCount() == 15 and p.hotspots.model.rowCount() == 2
    assert "12 đã giải quyết" in p.incidents.count_label.text()
    dialog = IncidentDialog(gui_ctx, None, p)
    qtbot.addWidget(dialog)
    dialog.ui.date.set_date(dt.date.today() + dt.timedelta(days=3))
    dialog.ui.people.setPlainText("Điểu Sơn")
    click_save(qtbot, dialog)
    assert any("tương lai" in t for t in messages.texts("error"))
    dialog.ui.date.set_date(dt.date.today() - dt.timedelta(days=1))
    dialog.ui.cause.setCurrentIndex(dialog.ui.cause.findData("alcohol"))
    dialog.ui.handling.setCurrentIndex(dialog.ui.handling.findData("warning"))
    dialog.ui.village.pick_text("nia don")
    click_save(qtbot, dialog)
    assert any("Lĩnh vực vi phạm" in t for t in messages.texts("error"))
    dialog.ui.violation_field.setCurrentIndex(dialog.ui.violation_field.findData("public_order"))
    click_save(qtbot, dialog)
    p.refresh()
    assert p.incidents.model.rowCount() == 16
    p.incidents.search.setText("dieu son")
    p.incidents.search.fire()
    assert p.incidents.model.rowCount() >= 1
    assert any("Nia Đơn" in row.village_name for row in p.incidents.rows())
    hot = HotspotDialog(gui_ctx, None, p)
    qtbot.addWidget(hot)
    click_save(qtbot, hot)
    assert any("Vị trí" in t for t in messages.texts("error"))
    hot.ui.place.setText("Dốc cầu Đắk Nia")
    click_save(qtbot, hot)
    p.refresh()
    assert p.hotspots.model.rowCount() == 3


def test_event_table_model_without_a_window(qtbot):
    from desktop.gui.models.base import ListTableModel
    from desktop.gui.models.events import COL_RESULT, COL_TITLE, EVENT_COLUMNS
    from desktop.schedule.views import EventView

    view = EventView(
        1,
        "village_meeting",
        "Họp thôn Nia Đơn",
        "Nhà văn hóa",
        dt.datetime(2025, 3, 5, 19),
        dt.datetime(2025, 3, 5, 21),
        "done",
        "",
        ("fraud",),
        "",
        "",
        (1,),
        ("Trung úy Điểu Lanh",),
        (2,),
        ("thôn Nia Đơn",),
        64,
        1,
        0,
        "",
        None,
        False,
        3,
        conflict=True,
    )
    model = ListTableModel(EVENT_COLUMNS)
    model.set_rows([view])
    assert model.data(model.index(0, COL_TITLE)) == "⚠ Họp thôn Nia Đơn"
    assert model.data(model.index(0, COL_RESULT)) == "64 người dự, 1 vi phạm"
    assert model.data(model.index(0, COL_TITLE), Qt.ItemDataRole.ToolTipRole) == "Có cán bộ bị trùng lịch"
    assert model.data(model.index(0, COL_TITLE), Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(COL_RESULT, Qt.Orientation.Horizontal) == "Kết quả"


def test_delete_key_in_the_list_not_in_the_search_box(qtbot, page, messages):
    page.set_mode("list")
    page.go_to(next_monday() + dt.timedelta(days=1))
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    messages.confirm_answer = False
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert messages.texts("confirm") == []
    page.list.table.setFocus()
    page.list.select_row(0)
    assert page.current is page.list.model.row_at(0)
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert len(messages.texts("confirm")) == 1


def test_saves_and_moves_show_on_the_calendar_by_themselves(qtbot, page, gui_ctx, messages):
    from desktop.gui.dialogs.event import EventDialog
    from desktop.gui.models.events import COL_DATE, COL_TITLE
    from desktop.text import sort_key

    monday = next_monday() + dt.timedelta(weeks=1)
    page.show()
    page.set_mode("week")
    page.go_to(monday)
    refreshed: list[int] = []
    original = page._show
    page._show = lambda start, end, rows: (refreshed.append(len(rows)), original(start, end, rows))
    dialog = EventDialog(gui_ctx, None, page, day=monday)
    qtbot.addWidget(dialog)
    dialog.ui.title_edit.setText("Họp dân thử")
    dialog.ui.villages.picker.pick_text("bu sir")
    click_save(qtbot, dialog)
    assert len(refreshed) == 1  # the save announced "schedule"; the page reloaded once, by itself
    day = page.week.list_for(monday)
    assert any("Họp dân thử" in day.item(i).text() for i in range(day.count()))
    saved = next(e for e in page.rows if e.title == "Họp dân thử")
    assert saved.villages_text == "bon Bu Sir"

    page.week.moved.emit(saved.id, monday + dt.timedelta(days=3))  # dropped on Thursday
    assert len(refreshed) == 2
    thursday = page.week.list_for(monday + dt.timedelta(days=3))
    assert any("Họp dân thử" in thursday.item(i).text() for i in range(thursday.count()))

    page.set_mode("list")
    table, model = page.list.table, page.list.model
    table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.row_at(i).title for i in range(model.rowCount())]
    assert titles == sorted(titles, key=sort_key)
    table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
    starts = [model.row_at(i).starts_at.date() for i in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)


def test_incidents_sort_by_time_and_a_viewer_cannot_change_them(qtbot, gui_ctx):
    from PySide6.QtGui import QAction

    from desktop.db import Actor
    from desktop.gui.context import AppContext
    from desktop.gui.models.events import COL_I_TIME
    from desktop.gui.pages.incidents import IncidentsPage

    ctx = AppContext(gui_ctx.db, Actor(3, "xem", "viewer"), gui_ctx.prefs)
    p = IncidentsPage(ctx)
    qtbot.addWidget(p)
    p.refresh()
    p.incidents.table.sortByColumn(COL_I_TIME, Qt.SortOrder.AscendingOrder)
    times = [row.occurred_at for row in p.incidents.rows()]
    assert len(times) == 15 and times == sorted(times)
    p.incidents.select_row(0)
    texts = {a.text(): a.isEnabled() for a in p.incidents.findChildren(QAction) if a.text()}
    assert texts == {"Ghi vụ việc": False, "Sửa…": False, "Xóa": False}
