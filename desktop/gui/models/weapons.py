"""Table models of the weapons page: receipts, items, custody history, handovers, stocktake lines."""

from __future__ import annotations

from desktop.gui.models.base import Column, ListTableModel
from desktop.text import format_date, format_datetime

RECEIPT_COLUMNS = [
    Column("Số biên bản", lambda r: r.label),
    Column("Trạng thái", lambda r: r.state_text),
    Column("Ngày giờ", lambda r: format_datetime(r.received_at)),
    Column("Người giao nộp", lambda r: r.person_text),
    Column("Vật phẩm", lambda r: r.item_summary, tooltip=lambda r: r.item_summary),
    Column("Hình thức", lambda r: r.origin_text),
    Column("Sự kiện", lambda r: r.event_text, tooltip=lambda r: r.event_text),
]
COL_RECEIPT_LABEL, COL_RECEIPT_STATE, COL_RECEIPT_DATE, COL_RECEIPT_PERSON, COL_RECEIPT_ITEMS = 0, 1, 2, 3, 4

ITEM_COLUMNS = [
    Column("Mã vật phẩm", lambda i: i.code),
    Column("Loại", lambda i: i.category),
    Column("Số lượng", lambda i: i.quantity_text, "right"),
    Column("Số niêm phong", lambda i: i.seal_number),
    Column("Nơi cất giữ / đang ở", lambda i: i.location),
    Column("Người quản lý", lambda i: i.holder),
    Column("Trạng thái", lambda i: i.status_text),
    Column("Biên bản", lambda i: i.receipt_label),
    Column("Mô tả", lambda i: i.description, tooltip=lambda i: i.description),
]
COL_ITEM_CODE, COL_ITEM_CATEGORY, COL_ITEM_QUANTITY, COL_ITEM_SEAL, COL_ITEM_LOCATION = 0, 1, 2, 3, 4

EVENT_COLUMNS = [
    Column("Thời gian", lambda e: e.at_text),
    Column("Diễn biến", lambda e: e.kind_text),
    Column("Người giữ / đơn vị", lambda e: e.holder),
    Column("Nơi", lambda e: e.location),
    Column("Giấy tờ", lambda e: e.handover_label and f"BB bàn giao {e.handover_label}" or e.decision_number),
    Column("Niêm phong", lambda e: e.seal_number),
    Column("Ghi chú", lambda e: e.note, tooltip=lambda e: e.note),
    Column("Người ghi", lambda e: e.recorded_by),
]
COL_EVENT_AT, COL_EVENT_KIND = 0, 1

HANDOVER_COLUMNS = [
    Column("Số biên bản", lambda h: h.label),
    Column("Ngày bàn giao", lambda h: format_datetime(h.handed_at)),
    Column("Đơn vị nhận", lambda h: h.receiving_unit),
    Column("Số BB bên nhận", lambda h: h.their_number),
    Column("Số vật phẩm", lambda h: len(h.items), "right"),
    Column("Đã in", lambda h: format_datetime(h.printed_at)),
]
COL_HANDOVER_LABEL = 0

FOUND_TEXT = {True: "Có", False: "Không thấy", None: "Chưa kiểm"}
STOCKTAKE_LINE_COLUMNS = [
    Column("Mã vật phẩm", lambda ln: ln.item.code),
    Column("Loại", lambda ln: ln.item.category),
    Column("Số lượng", lambda ln: ln.item.quantity_text, "right"),
    Column("Số niêm phong", lambda ln: ln.item.seal_number),
    Column("Nơi cất giữ theo sổ", lambda ln: ln.item.location),
    Column("Kết quả", lambda ln: FOUND_TEXT[ln.found], "center"),
    Column("Ghi chú", lambda ln: ln.note),
]
COL_LINE_CODE, COL_LINE_RESULT = 0, 5

STOCKTAKE_COLUMNS = [
    Column("Ngày kiểm kê", lambda s: format_date(s.held_on)),
    Column("Số vật phẩm", lambda s: len(s.lines), "right"),
    Column("Không thấy", lambda s: len(s.missing), "right"),
    Column("Trạng thái", lambda s: "Đã kết thúc" if s.closed_at else "Đang kiểm"),
]


def receipts_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(RECEIPT_COLUMNS, parent)


def items_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(ITEM_COLUMNS, parent)


def events_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(EVENT_COLUMNS, parent)


def handovers_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(HANDOVER_COLUMNS, parent)


def stocktake_lines_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(STOCKTAKE_LINE_COLUMNS, parent)


def stocktakes_model(parent=None) -> ListTableModel:  # noqa: ANN001
    return ListTableModel(STOCKTAKE_COLUMNS, parent)
