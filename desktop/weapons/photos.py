"""Photos of a hand-in and of items, copied into the data folder (``media/weapons/<year>/``).

The database keeps the path relative to the media folder; the file is copied first and
the row updated in the same unit of work, so a failed save leaves at most an unused copy.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from desktop import paths
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.weapons.common import item_views, receipt_view, split_lines
from desktop.weapons.models import WeaponItem, WeaponReceipt
from desktop.weapons.views import ItemView, ReceiptView

logger = logging.getLogger(__name__)

PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".bmp")
MAX_BYTES = 25 * 1024 * 1024
MAX_PHOTOS = 30


def photo_file(relative: str) -> Path:
    """Where a stored photo is on this PC."""
    return paths.media_dir() / relative


def _copy_in(source: Path | str, stem: str, year: int, existing: tuple[str, ...]) -> str:
    src = Path(source)
    if not src.is_file():
        raise ValidationError("Ảnh", f"không tìm thấy tệp «{src}».")
    if src.suffix.lower() not in PHOTO_TYPES:
        raise ValidationError("Ảnh", f"«{src.name}» không phải tệp ảnh ({', '.join(PHOTO_TYPES)}).")
    if src.stat().st_size > MAX_BYTES:
        raise ValidationError("Ảnh", f"«{src.name}» lớn quá 25 MB.")
    if len(existing) >= MAX_PHOTOS:
        raise ValidationError("Ảnh", f"đã có {MAX_PHOTOS} ảnh; không thêm được nữa.")
    folder = paths.media_dir() / "weapons" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    n = len(existing) + 1
    while (folder / f"{stem}-{n:02d}{src.suffix.lower()}").exists():
        n += 1
    target = folder / f"{stem}-{n:02d}{src.suffix.lower()}"
    shutil.copy2(src, target)
    logger.info("photo copied to %s", target)
    return target.relative_to(paths.media_dir()).as_posix()


def add_receipt_photo(uow: UnitOfWork, receipt_id: int, source: Path | str) -> ReceiptView:
    """Attach a photo of the hand-in (the scene, the signed paper) — allowed after printing too."""
    uow.require("write")
    receipt = uow.get(WeaponReceipt, receipt_id)
    if receipt.voided_at is not None:
        raise ValidationError("Ảnh", "biên bản đã hủy.")
    existing = split_lines(receipt.photos)
    stem = f"BB-{receipt.number:02d}-{receipt.year}"
    rel = _copy_in(source, stem, receipt.year, existing)
    receipt.photos = "\n".join((*existing, rel))
    uow.flush()
    return receipt_view(uow, receipt)


def add_item_photo(uow: UnitOfWork, item_id: int, source: Path | str) -> ItemView:
    """Attach a photo of an item; not for items handed over, destroyed or voided."""
    uow.require("write")
    item = uow.get(WeaponItem, item_id)
    if item.status in ("handed_over", "destroyed", "voided"):
        raise ValidationError("Ảnh", f"{item.code} không còn do Công an xã quản lý nên không thêm ảnh được.")
    existing = split_lines(item.photos)
    rel = _copy_in(source, item.code, item.year, existing)
    item.photos = "\n".join((*existing, rel))
    uow.flush()
    return item_views(uow, [item])[0]

