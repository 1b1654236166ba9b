"""Table models of the weapons page: receipts, items, custody history, handovers, stocktake lines."""

from __future__ import annotations

from desktop.gui.models.base import Column
from desktop.text import format_date, format_datetime, name_sort_key

RECEIPT_COLUMNS = [
    # numbers restart every year: 01/BB of 2026 comes after 12/BB of 2025
    Column("Số biên bản", lambda r: r.label, sort=lambda r: (r.received_at.year, r.label)),
    Column(
        "Trạng thái",
        lambda r: r.state_text + (" · chưa gắn sổ" if r.unlinked else ""),
        tooltip=lambda r: "Người hoặc sự kiện chưa gắn với sổ: dùng «Gắn với sổ…»" if r.unlinked else "",
    ),
    Column("Ngày giờ", lambda r: format_datetime(r.received_at)),
    Column("Người liên quan", lambda r: r.person_text, sort=lambda r: name_sort_key(r.person_text)),
    Column("Vật phẩm", lambda r: r.item_summary, tooltip=lambda r: r.item_summary),
    Column("Hình thức", lambda r: r.origin_text),
    Column("Sự kiện", lambda r: r.event_text, tooltip=lambda r: r.event_text),
]

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

HANDOVER_COLUMNS = [
    Column("Số biên bản", lambda h: h.label, sort=lambda h: (h.handed_at.year, h.label)),
    Column("Ngày bàn giao", lambda h: format_datetime(h.handed_at)),
    Column("Đơn vị nhận", lambda h: h.receiving_unit),
    Column("Số BB bên nhận", lambda h: h.their_number),
    Column("Số vật phẩm", lambda h: len(h.items), "right"),
    Column("Đã in", lambda h: format_datetime(h.printed_at)),
]

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

STOCKTAKE_COLUMNS = [
    Column("Ngày kiểm kê", lambda s: format_date(s.held_on)),
    Column("Số vật phẩm", lambda s: len(s.lines), "right"),
    Column("Không thấy", lambda s: len(s.missing), "right"),
    Column("Trạng thái", lambda s: "Đã kết thúc" if s.closed_at else "Đang kiểm"),
]

