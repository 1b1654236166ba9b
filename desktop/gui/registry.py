"""The pages of the main window, in navigation order. Each area adds its line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    target: str  # "module:Class"
    permission: str = "read"
    group: str = "Nghiệp vụ"


PAGES: list[PageEntry] = [
    # the first page after login (every role reads it)
    PageEntry("dashboard", "Tổng quan", "desktop.gui.pages.dashboard:DashboardPage"),
    # areas (each area issue adds its pages here)
    PageEntry("residents", "Nhân khẩu, hộ", "desktop.gui.pages.residents:ResidentsPage"),
    PageEntry("archive", "Tàng thư hồ sơ", "desktop.gui.pages.archive:ArchivePage"),
    PageEntry("quality", "Làm sạch dữ liệu", "desktop.gui.pages.quality:QualityPage"),
    PageEntry("campaign", "Căn cước, VNeID", "desktop.gui.pages.campaign:CampaignPage"),
    PageEntry("schedule", "Lịch công tác", "desktop.gui.pages.schedule:SchedulePage"),
    PageEntry("incidents", "Vụ việc, điểm nguy cơ", "desktop.gui.pages.incidents:IncidentsPage"),
    PageEntry("security", "An ninh, trật tự", "desktop.gui.pages.security:SecurityPage"),
    PageEntry("managed", "Đối tượng quản lý", "desktop.gui.pages.security:ManagedPage", "write"),
    PageEntry("staff", "Cán bộ, chiến sĩ", "desktop.gui.pages.staff:StaffPage"),
    PageEntry("weapons", "Vũ khí, vật liệu nổ", "desktop.gui.pages.weapons:WeaponsPage"),
    PageEntry("support", "Dân vận, an sinh", "desktop.gui.pages.support:SupportPage"),
    PageEntry("register", "Sổ văn bản đi", "desktop.gui.pages.register:RegisterPage"),
    PageEntry("station", "Thông tin đơn vị", "desktop.gui.pages.station:StationPage", "read", "Hệ thống"),
    PageEntry("users", "Người dùng", "desktop.gui.pages.users:UsersPage", "admin", "Hệ thống"),
    PageEntry("audit", "Nhật ký thao tác", "desktop.gui.pages.audit:AuditPage", "audit", "Hệ thống"),
    PageEntry("backup", "Sao lưu, phục hồi", "desktop.gui.pages.backup:BackupPage", "backup", "Hệ thống"),
]


def load(entry: PageEntry) -> type:
    import importlib

    module, _, cls = entry.target.partition(":")
    return getattr(importlib.import_module(module), cls)
