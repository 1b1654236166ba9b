"""Weapons register (vũ khí, vật liệu nổ, công cụ hỗ trợ): receipts, items, chain of custody."""

from desktop.weapons import cli, demo, figure_records, figures, models, person_links  # noqa: F401
