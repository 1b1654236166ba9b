"""Photos before and after: checked to be a real image, copied atomically into
``media_dir()/support/<project id>/``; files follow the transaction (removed on rollback,
deleted only after a commit)."""

from __future__ import annotations

import contextlib
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, select

from desktop import paths
from desktop.db import UnitOfWork
from desktop.errors import ValidationError
from desktop.files import atomic_write
from desktop.support.models import PHOTO_STAGES, Photo, Project
from desktop.text import clean, require_text

logger = logging.getLogger(__name__)

MAX_PHOTO_BYTES = 20 * 1024 * 1024
FIELD = "Ảnh"


@dataclass(frozen=True)
class PhotoView:
    id: int
    project_id: int
    stage: str
    file_name: str
    original_name: str
    size_bytes: int
    caption: str
    version: int

    @property
    def stage_text(self) -> str:
        return PHOTO_STAGES.get(self.stage, self.stage)

    @property
    def path(self) -> Path:
        return photo_dir(self.project_id) / self.file_name


def photo_dir(project_id: int) -> Path:
    return paths.media_dir() / "support" / str(project_id)


def image_type(head: bytes) -> str | None:
    """The image format from the first bytes of a file: 'jpg', 'png', 'gif', 'webp' or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def check_image(source: Path) -> tuple[str, int]:
    """(extension, size) of a photo file, or a ValidationError saying why it cannot be used."""
    name = source.name
    try:
        size = source.stat().st_size
    except OSError:
        raise ValidationError(FIELD, f"không mở được tệp «{name}».") from None
    if not source.is_file():
        raise ValidationError(FIELD, f"«{name}» không phải là tệp.")
    if size > MAX_PHOTO_BYTES:
        raise ValidationError(FIELD, f"tệp «{name}» nặng {size / 1024 / 1024:.0f} MB, quá giới hạn 20 MB; "
                                     "hãy thu nhỏ ảnh rồi chọn lại.")
    try:
        with source.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        raise ValidationError(FIELD, f"không đọc được tệp «{name}».") from None
    kind = image_type(head)
    if kind is None:
        raise ValidationError(FIELD, f"tệp «{name}» không phải ảnh (chỉ nhận JPEG, PNG, WebP, GIF).")
    return kind, size


def _hooks(uow: UnitOfWork) -> dict[str, list[Path]]:
    """Files to remove if the transaction rolls back ('new') or once it commits ('dead')."""
    info = uow.session.info
    if "support_files" not in info:
        files: dict[str, list[Path]] = {"new": [], "dead": []}
        info["support_files"] = files

        def _unlink(items: list[Path]) -> None:
            for path in items:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            items.clear()

        def after_commit(_session: object) -> None:
            _unlink(files["dead"])
            files["new"].clear()

        def after_rollback(_session: object) -> None:
            _unlink(files["new"])
            files["dead"].clear()

        event.listen(uow.session, "after_commit", after_commit)
        event.listen(uow.session, "after_rollback", after_rollback)
    return info["support_files"]


def remove_files_after_commit(uow: UnitOfWork, files: list[tuple[int, str]]) -> None:
    _hooks(uow)["dead"].extend(photo_dir(pid) / name for pid, name in files)


def _copy_atomically(source: Path, folder: Path, name: str) -> Path:
    """Copy to a temporary file beside the target, then rename; a failure leaves nothing behind."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(FIELD, f"không tạo được thư mục ảnh {folder}: {exc.strerror}.") from None
    target = folder / name
    copied = 0
    with atomic_write(target) as out, source.open("rb") as src:
        while chunk := src.read(1024 * 1024):
            copied += len(chunk)
            if copied > MAX_PHOTO_BYTES:  # the file grew after it was checked
                raise ValidationError(FIELD, f"tệp «{source.name}» lớn hơn 20 MB.")
            out.write(chunk)
    return target


def _view(p: Photo) -> PhotoView:
    return PhotoView(p.id, p.project_id, p.stage, p.file_name, p.original_name, p.size_bytes, p.caption,
                     p.version)


def add_photo(uow: UnitOfWork, project_id: int, stage: str, source: Path | str,
              caption: str = "") -> PhotoView:
    """Copy a photo into the data folder and record it; a non-image or a file over 20 MB is refused
    and nothing is copied."""
    uow.require("write")
    project = uow.get(Project, project_id)
    if stage not in PHOTO_STAGES:
        raise ValidationError("Loại ảnh", "hãy chọn «Trước khi làm» hoặc «Sau khi làm».")
    caption = require_text("Chú thích ảnh", caption, max_len=200, required=False)
    src = Path(source)
    kind, size = check_image(src)
    name = f"{stage}-{uuid.uuid4().hex[:16]}.{kind}"
    target = _copy_atomically(src, photo_dir(project.id), name)
    _hooks(uow)["new"].append(target)
    photo = uow.add(Photo(project_id=project.id, stage=stage, file_name=name,
                          original_name=clean(src.name)[:255], size_bytes=size, caption=caption))
    uow.flush()
    logger.info("photo %s copied for support project %s", name, project.id)
    return _view(photo)


def list_photos(uow: UnitOfWork, project_id: int) -> list[PhotoView]:
    uow.require("read")
    stmt = select(Photo).where(Photo.project_id == project_id).order_by(Photo.stage.desc(), Photo.id)
    return [_view(p) for p in uow.session.scalars(stmt)]


def delete_photo(uow: UnitOfWork, photo_id: int, version: int) -> None:
    uow.require("write")
    photo = uow.get(Photo, photo_id, version=version)
    remove_files_after_commit(uow, [(photo.project_id, photo.file_name)])
    uow.session.delete(photo)
    uow.flush()
