"""Photos of an event: files copied into the data folder (``media/events/<event id>/``)."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.schedule.events import photo_path
from desktop.schedule.models import Event, EventPhoto
from desktop.schedule.views import PhotoView
from desktop.text import clean, require_text

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic"}
MAX_PHOTO_BYTES = 25 * 1024 * 1024


def add_photo(uow: UnitOfWork, event_id: int, source: str | Path, caption: str = "") -> PhotoView:
    """Copy an image into the data folder and attach it to the event (the original stays where it was)."""
    uow.require("write")
    ev = uow.get(Event, event_id)
    src = Path(clean(str(source)))
    if not src.is_file():
        raise ValidationError("Ảnh", f"không tìm thấy tệp «{src}».")
    if src.suffix.lower() not in IMAGE_SUFFIXES:
        raise ValidationError("Ảnh", "chỉ nhận tệp ảnh (jpg, png, gif, bmp, webp, heic).")
    if src.stat().st_size > MAX_PHOTO_BYTES:
        raise ValidationError("Ảnh", "tệp lớn quá 25 MB.")
    text = require_text("Chú thích", caption, max_len=300, required=False)
    rel = f"events/{ev.id}/{uuid.uuid4().hex}{src.suffix.lower()}"
    dest = photo_path(rel)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(dest)
    photo = uow.add(EventPhoto(event_id=ev.id, file_name=rel, original_name=src.name[:300], caption=text))
    try:
        uow.flush()
    except Exception:
        dest.unlink(missing_ok=True)
        raise
    return PhotoView(photo.id, ev.id, str(dest), photo.original_name, photo.caption, photo.version)


def delete_photo(uow: UnitOfWork, photo_id: int, version: int) -> None:
    """Detach a photo; the copied file is left in the media folder (backups may refer to it)."""
    uow.require("write")
    uow.session.delete(uow.get(EventPhoto, photo_id, version=version))
    uow.flush()
