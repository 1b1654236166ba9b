import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop import paths
from desktop.errors import DatabaseError, ValidationError
from desktop.support import service as sv
from desktop.support.demo import png_bytes
from desktop.support.models import Photo


@pytest.fixture
def project(db, admin, world):
    with db.uow(admin) as work:
        return sv.add_project(work, sv.ProjectInput("Làm sân", world.kinds["yard"], "Thị Hơn", world.bu_sir,
                                                    "poor", start_date=dt.date.today()))


def _folder(project_id):
    return paths.media_dir() / "support" / str(project_id)


def _files(project_id):
    folder = _folder(project_id)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_photo_copied_listed_and_deleted(db, admin, project, tmp_path):
    src = tmp_path / "sân trước.png"
    src.write_bytes(png_bytes(8, 6, (120, 80, 40), (90, 60, 30)))
    with db.uow(admin) as work:
        ph = sv.add_photo(work, project.id, "before", src, "Sân đất")
    assert ph.path.read_bytes() == src.read_bytes()
    assert ph.path.parent == _folder(project.id) and ph.path.suffix == ".png"
    assert ph.original_name == "sân trước.png" and ph.stage_text == "Trước khi làm"
    with db.uow(admin) as work:
        assert [p.id for p in sv.list_photos(work, project.id)] == [ph.id]
        sv.delete_photo(work, ph.id, ph.version)
    assert _files(project.id) == []


@pytest.mark.parametrize("kind", ["text", "huge", "empty", "folder", "missing"])
def test_bad_photo_gets_a_message_and_nothing_is_copied(db, admin, project, tmp_path, kind):
    src = tmp_path / "anh.jpg"
    if kind == "text":
        src.write_text("không phải ảnh")
    elif kind == "huge":
        with src.open("wb") as fh:  # a 200 MB file (sparse: no disk used) that starts like a JPEG
            fh.write(b"\xff\xd8\xff\xe0")
            fh.truncate(200 * 1024 * 1024)
    elif kind == "empty":
        src.write_bytes(b"")
    elif kind == "folder":
        src.mkdir()
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_photo(work, project.id, "before", src)
    assert err.value.field == "Ảnh"
    if kind == "huge":
        assert "200 MB" in err.value.detail and "20 MB" in err.value.detail
    if kind == "text":
        assert "không phải ảnh" in err.value.detail
    assert _files(project.id) == []
    with db.uow(admin) as work:
        assert work.session.scalar(select(func.count(Photo.id))) == 0


def test_bad_stage_refused(db, admin, project, tmp_path):
    src = tmp_path / "a.png"
    src.write_bytes(png_bytes(2, 2, (0, 0, 0), (1, 1, 1)))
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_photo(work, project.id, "during", src)
    assert err.value.field == "Loại ảnh"
    assert _files(project.id) == []


def test_copied_file_removed_when_the_transaction_fails(db, admin, project, tmp_path):
    src = tmp_path / "a.gif"
    src.write_bytes(b"GIF89a" + b"\x00" * 20)
    with pytest.raises(RuntimeError), db.uow(admin) as work:
        sv.add_photo(work, project.id, "after", src)
        assert len(_files(project.id)) == 1
        raise RuntimeError("power cut")
    assert _files(project.id) == []


def test_deleted_photo_file_kept_when_the_transaction_fails(db, admin, project, tmp_path):
    src = tmp_path / "a.png"
    src.write_bytes(png_bytes(2, 2, (0, 0, 0), (1, 1, 1)))
    with db.uow(admin) as work:
        ph = sv.add_photo(work, project.id, "after", src)
    with pytest.raises((ValidationError, DatabaseError, RuntimeError)), db.uow(admin) as work:
        sv.delete_photo(work, ph.id, ph.version)
        raise RuntimeError("cancelled")
    assert ph.path.exists()


def test_file_that_grows_after_the_check_is_not_kept(db, admin, project, tmp_path, monkeypatch):
    from desktop.support import photos

    src = tmp_path / "lon.jpg"
    with src.open("wb") as fh:
        fh.write(b"\xff\xd8\xff\xe0")
        fh.truncate(photos.MAX_PHOTO_BYTES + 10)
    monkeypatch.setattr(photos, "check_image", lambda _path: ("jpg", 4))  # as if it was small when checked
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        sv.add_photo(work, project.id, "after", src)
    assert "20 MB" in err.value.detail
    assert _files(project.id) == []
