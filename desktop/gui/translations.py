"""Vietnamese for the texts Qt draws itself (standard buttons, file dialogs, context menus).

PySide6 ships no Vietnamese ``qtbase_vi.qm``; this small translator covers what a clerk sees.

Qt asks every installed translator in turn and stops at the first answer that is not a *null*
string. An empty string counts as an answer, so returning ``""`` for an unknown text would blank
every Designer form (``retranslateUi``), the "Ctrl" of every shortcut and the display format of
date fields. Unknown texts therefore return ``None``: Qt gets a null string and shows the source.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có tất cả", "&No": "&Không", "N&o to All": "Không tất cả", "Abort": "Dừng",
        "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy", "Discard": "Bỏ",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại", "Restore Defaults": "Mặc định",
    },
    "QFileDialog": {
        "Look in:": "Thư mục:", "File &name:": "Tên &tệp:", "Files of type:": "Loại tệp:",
        "&Open": "&Mở", "&Save": "&Lưu", "&Choose": "&Chọn", "Cancel": "Hủy", "Back": "Quay lại",
        "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới", "Detail View": "Chi tiết",
        "List View": "Danh sách", "Name": "Tên", "Size": "Dung lượng", "Type": "Loại",
        "Date Modified": "Ngày sửa", "All Files (*)": "Mọi tệp (*)",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "Cắ&t", "&Copy": "&Sao chép",
        "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "Cắ&t", "&Copy": "&Sao chép",
        "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả",
    },
    "QMessageBox": {"Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…"},
    "QPrintDialog": {"Print": "In", "&Print": "&In", "Printer": "Máy in", "Copies": "Số bản"},
}


class VietnameseTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return _TEXTS.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False
